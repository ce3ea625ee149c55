"""Thornsby County Council - Year 8 deaf pupil (BSL user, bilateral hearing aids) with
social communication needs (autism), on roll at a mainstream academy and attending its
Hearing Impaired Resource Base (HIRB). Child-centred Word Heading 1 headings
('Section B: My special educational needs', 'Section F: The help I will get (special
educational provision)'), running header with the name and a 'Page X of Y' footer. Cover
details are bold-label lines. E is a list numbered 1-8. Section F is grouped under Heading
2 sub-headings; each group opens with ONE 'Delivered by:' line naming the staff (and their
qualification) for the whole group, then lettered items (a), (b), ... that do not repeat
the deliverer unless a different person delivers that item. Separate H1 and H2. FINAL
plan."""

TITLE = "Education, Health and Care Plan - Lowri Abbasi-Fenn"


def _items(d, texts):
    letters = "abcdefghij"
    for i, t in enumerate(texts):
        d.numbered([t], fmt="(" + letters[i] + ")")


def _group(d, heading, delivered_by, texts):
    d.heading(heading, level=2)
    d.label_para("Delivered by: ", delivered_by)
    _items(d, texts)


def build(d):
    d.running_header_footer("Thornsby County Council  \u2022  EHC Plan  \u2022  Lowri Abbasi-Fenn  \u2022  FINAL",
                            footer_left="Thornsby SEND Service", first_page_plain=True)
    d.title("Thornsby County Council", size=13, color="2E5E4E")
    d.title("My Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("FINAL PLAN \u2013 issued 10 February 2026", bold=True, size=12)
    d.label_para("My name: ", "Lowri Abbasi-Fenn")
    d.label_para("Date of birth: ", "14/11/2012")
    d.label_para("NHS number: ", "999 318 6642")
    d.label_para("Unique pupil number: ", "L999000615243")
    d.label_para("Home address: ", "27 Weaver's Row, Thornsby, ZY4 8TD")
    d.label_para("Parents: ", "Sadia Abbasi (mum, Deaf, BSL user) and Gareth Fenn (dad)")
    d.label_para("Contact: ", "text or e-mail preferred \u2013 Gareth 07700 900582, Sadia sadia.abbasi@example.org; home landline 01632 960731 (Gareth)")
    d.label_para("School and year: ", "Gillingham Moor Academy, Year 8")
    d.label_para("First language: ", "British Sign Language (BSL)")
    d.label_para("Date of this plan: ", "10 February 2026")
    d.label_para("Annual review due by: ", "9 February 2027")
    d.label_para("EHC coordinator: ", "Priyanka Ollerenshaw, Thornsby SEND Service")
    d.para("A BSL video version of this plan was recorded for Lowri and her mum by the "
           "Thornsby Sensory Support Service.", italic=True)

    d.heading("Section A: About me (my views, interests and aspirations)", section="A")
    d.heading("What I told the people writing my plan", level=2)
    d.para("Lowri gave her views in BSL to her Teacher of the Deaf on 19 November 2025. They "
           "were translated into English by a registered BSL/English interpreter and checked "
           "back with Lowri in BSL.")
    d.para("\"I am Deaf and I am proud of it. My mum is Deaf and BSL is our language at "
           "home. I like drawing comics, swimming and my cat Biscuit. At school the base is my "
           "safe place because everyone signs there. In big lessons I get tired from watching "
           "the interpreter all day and sometimes I miss what the other kids say because they "
           "all talk at once. I don't always understand why people are laughing. I want more "
           "friends who are not only in the base. When I am older I want to design video "
           "games or be an illustrator, and I want to go to college in the city.\"")
    d.heading("What my mum and dad think", level=2)
    d.para("Sadia and Gareth describe Lowri as creative, loyal and very funny in BSL. They are "
           "pleased that she has settled in the resource base but worry that she is isolated "
           "in mainstream lessons and that she comes home exhausted and goes straight to her "
           "room. They want her English reading and writing to catch up so that she can sit "
           "GCSEs alongside her hearing friends, and they want the school to understand that "
           "her autism and her deafness both affect how she communicates. Lowri's brother, "
           "Idris (15), also attends Gillingham Moor and signs with her at lunchtime.")

    d.heading("Section B: My special educational needs", section="B")
    d.heading("Hearing and communication", level=2)
    d.para("Lowri has a profound bilateral sensorineural hearing loss, diagnosed at six weeks "
           "old. She wears two behind-the-ear hearing aids, which give her awareness of "
           "environmental sound but very little access to speech. BSL is her first and "
           "strongest language. She does not follow spoken English without an interpreter, and "
           "she cannot lip-read reliably in groups or when the speaker moves about. Her "
           "written English vocabulary and grammar are about four years behind her age, so she "
           "misreads subject words, word order in questions and figurative language.")
    d.heading("Social communication", level=2)
    d.para("Lowri was diagnosed as autistic in June 2025 by the regional Deaf child and "
           "adolescent mental health service, following an assessment carried out in BSL. "
           "She finds it hard to join in group conversations, to read other people's "
           "intentions and to understand jokes, sarcasm and idioms in either language. She "
           "prefers predictable routines and becomes anxious when her timetable, room or "
           "interpreter changes without warning. She has one close friend in the base and few "
           "connections with hearing pupils.")
    d.heading("Cognition and learning", level=2)
    d.para("Lowri's non-verbal reasoning is in the average range. Her attainment is held back "
           "by her English: in January 2026 her reading age was 8 years 2 months (chronological "
           "age 13 years 2 months). She has gaps in mental arithmetic and times tables and "
           "finds it hard to learn new subject vocabulary in two languages at once.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Lowri experiences listening and watching fatigue by the middle of the afternoon. "
           "When she is overloaded she puts her head down or walks out of the lesson without "
           "telling anyone; this happened 14 times in the autumn term. She can become tearful "
           "and withdrawn after misunderstandings with peers.")

    d.heading("Section C: My health needs", section="C")
    d.para("Lowri has a profound bilateral sensorineural hearing loss (Thornsby Paediatric "
           "Audiology) and is autistic (diagnosed June 2025). She has mild asthma, for which "
           "she has a reliever inhaler. She is reviewed by the paediatric audiology service.")

    d.heading("Section D: My social care needs", section="D")
    d.para("Lowri is a disabled child under section 17 of the Children Act 1989. A social "
           "care assessment by the Children with Disabilities Team (December 2025) found that "
           "she has almost no social contact with other deaf young people outside school and "
           "that she needs signing adults to take part in community activities. Her father "
           "and brother sign at a basic level only, and the family would like to improve "
           "their BSL.")

    d.heading("Section E: My outcomes", section="E")
    d.para("Gillingham Moor will set short steps towards each outcome at the start of every "
           "term and send them to Lowri's parents in English and as a BSL video.")
    d.numbered([
        "By the end of Year 9, Lowri will explain the method of a science practical in BSL and in written English, scoring at least 7 out of 10 on the HIRB language-for-learning rubric.",
        "By July 2026, Lowri will start a conversation with a hearing classmate, using BSL through a communication support worker or her notebook, and keep it going for at least four turns on three days out of five.",
        "Lowri will develop her confidence.",
        "By the end of Key Stage 3, Lowri will read a text written for Year 7 pupils on her own and answer 8 of 10 comprehension questions correctly.",
        "Lowri will have a communication support worker in all her lessons.",
        "By Easter 2027, Lowri will show her agreed 'time out' sign to a named adult before she leaves a lesson, on at least four out of five occasions.",
        "Lowri will stop walking out of lessons.",
        "Lowri will become a video game designer.",
    ], fmt="{n}.")

    d.heading("Section F: The help I will get (special educational provision)", section="F")
    d.para("The provision below will be made during the school term for as long as this plan "
           "is maintained. The staff named on each \"Delivered by\" line deliver every item in "
           "that group, unless an item names someone else.")

    _group(d, "1. Teaching of language and literacy in the resource base",
           "Ms Harriet Quenby, HIRB Teacher of the Deaf, who holds the mandatory qualification for teachers of hearing-impaired pupils and BSL Level 6.",
           [
               "Three 40-minute 1:1 lessons each week in the HIRB on English vocabulary and sentence structure, including pre-teaching the key subject words for the following week's science, geography and history lessons.",
               "Advice and strategies for Lowri's subject teachers when they need it.",
               "A functional listening check and a review of her language targets, 30 minutes each half-term, subject to review after the first year.",
           ])

    _group(d, "2. Communication support in lessons",
           "Communication support workers (CSWs) employed in the HIRB, each holding at least BSL Level 3 and the Thornsby certificate in educational communication support.",
           [
               "BSL/English interpreting in every timetabled lesson, tutor time and assembly, which comes to 25 hours a week.",
               "A typed set of notes for each science, history and geography lesson, written by the CSW during the lesson and handed to Lowri before the end of that school day.",
               "Support at break and lunchtime where possible so that Lowri can join in with her friends.",
               "Interpreting for after-school clubs, with the HIRB lead deciding which clubs and how many sessions.",
           ])

    _group(d, "3. Speech and language therapy",
           "Mr Daniel Ferreira-Holt, speech and language therapist, HCPC-registered, Thornsby Deaf Children's Team, who signs at BSL Level 6.",
           [
               "Individual therapy in BSL and English on social communication (starting and keeping up a conversation, repairing misunderstandings, and understanding jokes and idioms), 45 minutes every week in term time, with progress reported in writing before each annual review.",
               "Termly consultation visits to the HIRB team on Lowri's communication targets.",
           ])

    _group(d, "4. Friendships and emotional well-being",
           "the HIRB team and the pastoral team.",
           [
               "Talkabout sessions in a small group with other deaf students every Thursday after lunch.",
               "A five-minute meet-and-greet in the HIRB at 8:35 every morning with the HIRB teaching assistant on duty, who signs through the day's timetable and any cover teachers or room changes.",
               "Lowri would benefit from a trusted adult she can go to when she feels overwhelmed.",
               "ELSA sessions with the school's Emotional Literacy Support Assistant, who has completed the Thornsby Educational Psychology Service ELSA training, interpreted by a CSW, initially once a week and then less often when Lowri has settled.",
           ])

    _group(d, "5. Reading and maths",
           "a HIRB teaching assistant.",
           [
               "Precision Teaching of number facts and times tables, 1:1, for ten minutes at the start of every registration period (five times a week), by a HIRB teaching assistant who signs at BSL Level 3 and was trained in Precision Teaching by the Thornsby Inclusion Service.",
               "Adapted and differentiated texts across the curriculum, prepared by subject staff.",
               "Up to two hours a week of reading support using a structured programme.",
           ])

    _group(d, "6. Hearing equipment and the listening environment",
           "the Thornsby Sensory Support Service (educational audiologist and Teacher of the Deaf with the mandatory qualification).",
           [
               "A Roger Touchscreen radio aid transmitter with a receiver on each hearing aid, for Lowri's sole use in every lesson, set up by the educational audiologist and checked each morning by the HIRB teaching assistant using the listening check the Teacher of the Deaf has trained them to do.",
               "Acoustic improvements to Lowri's main classrooms if funding can be found.",
               "Teachers to use the strategies in the Sensory Support Service report of 24 November 2025 in every lesson.",
           ])

    _group(d, "7. Deaf identity and looking ahead",
           "Mr Callum Reddaway, Deaf adult mentor from the Thornsby Deaf Youth Project, who has an enhanced DBS check and has completed the project's accredited youth mentor training.",
           [
               "A Deaf identity and careers group for no more than five deaf students from the HIRB, meeting for 50 minutes once a fortnight, covering Deaf history, Deaf role models in art and design, and the access rights Lowri will have at college and work.",
           ])

    d.heading("Section G: My health provision", section="G")
    d.bullets([
        "A review by Thornsby Paediatric Audiology every six months, including hearing aid checks, new earmoulds when needed and a hearing test.",
        "A salbutamol reliever inhaler kept in the HIRB office and given as required under Lowri's individual healthcare plan.",
        "Follow-up from the Deaf child and adolescent mental health service when an appointment becomes available.",
    ])

    d.heading("Section H1: My social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.bullets([
        "A place at the Thornsby Deaf Youth Club every Friday in term time from 6:00pm to 8:30pm, with a signing support worker and a taxi home, arranged by the Children with Disabilities Team.",
    ])
    d.heading("Section H2: Other social care provision", section="H2")
    d.bullets([
        "A 20-week BSL Level 1 course for Gareth and Idris at Thornsby Adult Learning, paid for by the Children with Disabilities Team, starting in April 2026.",
        "Short breaks when the family feels they need them.",
    ])

    d.heading("Section I: My school", section="I")
    d.para("Gillingham Moor Academy, Thornsby \u2013 a mainstream academy for pupils aged 11 "
           "to 16. Lowri attends its Hearing Impaired Resource Base, which is part of the "
           "academy.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Lowri's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.para("The following advice was gathered during the needs assessment and is attached to "
           "this plan:")
    d.bullets([
        "Parents' views \u2013 Sadia Abbasi and Gareth Fenn, 14 November 2025 (BSL video with English translation)",
        "Lowri's views \u2013 given in BSL to Ms H. Quenby, Teacher of the Deaf, 19 November 2025",
        "Educational advice \u2013 Gillingham Moor Academy, Mrs J. Pettifer, SENCO, 21 November 2025",
        "Advice from a qualified Teacher of the Deaf \u2013 Thornsby Sensory Support Service, 24 November 2025",
        "Psychological advice \u2013 Dr Leanne Ostrowski, Educational Psychologist, 28 November 2025",
        "Medical advice \u2013 Dr S. Banerjee, Community Paediatrician, 20 November 2025",
        "Audiology report \u2013 Thornsby Paediatric Audiology, 3 November 2025",
        "Speech and language therapy advice \u2013 Thornsby Deaf Children's Team, 1 December 2025",
        "Autism diagnostic report \u2013 regional Deaf CAMHS",
        "Social care advice \u2013 Children with Disabilities Team, 9 December 2025",
    ])
