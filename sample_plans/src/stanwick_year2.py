"""Nethercote Council - Year 2 child with a permanent, bilateral moderate-to-severe
sensorineural hearing loss (hearing aids and a radio aid) at a mainstream maintained primary
school with a Hearing Support Centre (resourced provision). Child-friendly Word Heading 1
headings that keep the letter ('Section F: The help I need to learn (special educational
provision)'), teal heading colour, a plain centred footer. Cover is bold-label lines. B is
numbered B1-B5 paragraphs under area sub-headings. E is a list numbered E1-E8. Section F is
ONE four-column table (Area of need (Section B) | Provision | Staffing and expertise | How
much and how often) whose first column is vertically merged over each group of rows; two
cells are left blank. Section K includes Teacher of the Deaf advice. FINAL plan."""

from docx.shared import RGBColor

TITLE = "Education, Health and Care Plan - Zara Pennington"

TEAL = "006D77"


def _merge_first_column(table, groups):
    """groups: list of (first_row, last_row) indexes (header is row 0)."""
    for r1, r2 in groups:
        if r2 > r1:
            table.cell(r1, 0).merge(table.cell(r2, 0))


def build(d):
    for name in ("Heading 1", "Heading 2"):
        d.doc.styles[name].font.color.rgb = RGBColor.from_string(TEAL)
    d.simple_footer("Nethercote Council  \u2022  Final EHC Plan for Zara Pennington  \u2022  "
                    "Issued 27 February 2026  \u2022  Confidential")

    d.title("Nethercote Council", size=13, color=TEAL)
    d.title("My Education, Health and Care Plan", size=22, color=TEAL)
    d.para("FINAL PLAN", bold=True, size=12)
    d.label_para("My name: ", "Zara Pennington")
    d.label_para("Date of birth: ", "3 March 2019")
    d.label_para("Year group: ", "Year 2")
    d.label_para("NHS number: ", "999 604 2281")
    d.label_para("UPN: ", "R999204817305")
    d.label_para("Home address: ", "14 Larkspur Close, Stanwick Green, XJ3 5TD")
    d.label_para("Parents: ", "Danielle Pennington and Gareth Pennington")
    d.label_para("Telephone: ", "01632 960771 (home), 07700 900239 (Danielle)")
    d.label_para("E-mail: ", "danielle.pennington@example.org")
    d.label_para("School: ", "Stanwick Meadows Primary School and Hearing Support Centre")
    d.label_para("Draft plan issued: ", "2 February 2026")
    d.label_para("Final plan issued: ", "27 February 2026")
    d.label_para("First annual review by: ", "26 February 2027")
    d.label_para("EHC co-ordinator: ", "Helen Strachan-Moyo, Nethercote SEND Team")

    # ---------------------------------------------------------------------------------
    d.heading("Section A: All about me (views, interests and aspirations)", section="A")
    d.heading("What Zara told us", level=2)
    d.para("Zara shared her views with her Teacher of the Deaf in the Hearing Support Centre, "
           "using a 'my school day' picture board and drawings. We have written down what she "
           "said.")
    d.para("\"I like drawing horses and doing gymnastics. My best thing at school is the "
           "listening room because it is quiet. I don't like the hall because it is echoey and "
           "everyone talks at once. Sometimes my friends run off and I don't know what game "
           "they are playing. My hearing aids are purple. When I'm big I want to be a vet "
           "or a teacher like Mrs Aldous.\"")
    d.heading("What Zara's parents told us", level=2)
    d.para("Danielle and Gareth describe Zara as bright, determined and very funny, and say "
           "that she copes with a lot more than people realise. They are pleased with the "
           "Hearing Support Centre but worry that in her own class she \"nods along\" without "
           "understanding. They want her to learn to read with her friends, to be confident "
           "about her hearing aids, and to know other deaf children. Her big brother Toby, who "
           "is in Year 5 at the same school, often translates for her at playtime and they "
           "would like that to stop being his job.")

    # ---------------------------------------------------------------------------------
    d.heading("Section B: My special educational needs", section="B")
    d.heading("B1 Hearing and listening", level=2)
    d.para("Zara has a permanent bilateral moderate-to-severe sensorineural hearing loss, "
           "identified at 14 months. She has worn behind-the-ear hearing aids in both ears "
           "since she was 18 months old and has used a radio aid in class since Reception. "
           "With her aids she hears speech well in quiet at close range, but in a noisy "
           "classroom, the hall or the playground she misses much of what is said, especially "
           "from peers and from adults who are behind her or more than two metres away. She "
           "relies heavily on lip-reading. She does not yet tell an adult when a battery is "
           "flat or the radio aid is not working, and by the afternoon she is visibly tired "
           "from the effort of listening.")
    d.heading("B2 Language and communication", level=2)
    d.para("Zara's vocabulary is below that of her hearing peers (British Picture Vocabulary "
           "Scale standard score 79). She often leaves out word endings she cannot hear, such "
           "as plural 's' and past-tense '-ed'. She can answer 'who' and 'what' questions about "
           "a story but finds 'why' and 'how' questions hard. She often misses the second part "
           "of a whole-class instruction and then copies what other children are doing.")
    d.heading("B3 Literacy and phonics", level=2)
    d.para("Zara finds it hard to tell apart sounds that are quiet or similar, such as 's', "
           "'f' and 'th', and 'm' and 'n'. She scored 24 out of 40 in the Year 1 phonics "
           "screening check and is not yet secure in Phase 5. She reads simple decodable "
           "books accurately but slowly, and her spelling reflects what she hears rather than "
           "the correct graphemes.")
    d.heading("B4 Friendships and confidence", level=2)
    d.para("Zara is the only deaf child in her class. In the playground she often plays "
           "alone or follows her brother, and she becomes quiet and withdrawn when she has "
           "missed what her friends are talking about. She has started to pull her hair over "
           "her hearing aids and has said she does not want the radio aid \"in front of "
           "everybody\".")
    d.heading("B5 Learning environment and assessment", level=2)
    d.para("Zara's Year 2 classroom is in the older part of the building, with a high ceiling, "
           "hard floors and a noisy projector, so speech is hard for her to hear. Class videos "
           "are usually shown without subtitles. In assessments she is disadvantaged when "
           "questions are read aloud to the whole class.")

    # ---------------------------------------------------------------------------------
    d.heading("Section C: My health needs", section="C")
    d.para("Zara's hearing loss is managed by Nethercote Hospital Paediatric Audiology, who "
           "supply and maintain her hearing aids and ear moulds. She has also had episodes "
           "of glue ear, which make her hearing worse for several weeks at a time, and she is "
           "waiting to be seen by ENT. She has mild asthma, treated with a salbutamol inhaler.")

    d.heading("Section D: My social care needs", section="D")
    d.para("Zara is a disabled child. Her parents would like her to spend time with other "
           "deaf children outside school and to have the chance to take part in activities "
           "where adults are deaf aware. There are no other social care needs.")

    # ---------------------------------------------------------------------------------
    d.heading("Section E: What I want to achieve (outcomes)", section="E")
    d.para("These outcomes are for the end of Key Stage 1 (July 2026) or the end of Year 3 "
           "(July 2027). The class teacher and the Teacher of the Deaf will set "
           "half-termly targets towards them and share them with Zara's parents.")
    d.numbered([
        "By July 2027, Zara will tell an adult when her hearing aid or radio aid is not working, every time this happens over a whole half-term.",
        "By July 2026, Zara will follow a two-part instruction given to the whole class, without it being repeated, in 8 out of 10 observed lessons.",
        "Zara will improve her listening skills.",
        "By July 2026, Zara will read 50 of the Year 1 and Year 2 common exception words correctly and pass the phonics screening check.",
        "Zara will feel more confident in the playground.",
        "By the end of Key Stage 1, Zara will answer 'why' and 'how' questions about a story read to her, giving a reason in a full sentence, for four out of five questions.",
        "Zara will have visits from her Teacher of the Deaf.",
        "By July 2027, Zara will join a game with at least two other children at lunchtime, without an adult prompting her, on three days a week.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------------------------
    d.heading("Section F: The help I need to learn (special educational provision)", section="F")
    d.para("Zara is on the roll of Stanwick Meadows Primary School and is taught in her Year 2 "
           "class for most of the week, with the Hearing Support Centre sessions below. All "
           "provision is for term time and for the life of this plan unless stated.")
    rows = [
        # B1
        ["B1 Hearing and listening",
         "Direct teaching of listening skills and of looking after her own hearing equipment: checking and changing hearing-aid batteries, telling an adult when something is not working, and asking for repetition.",
         "Teacher of the Deaf holding the mandatory qualification for teachers of deaf children, based in the Hearing Support Centre",
         "Two 30-minute individual sessions every week, in the Centre's acoustically treated room"],
        ["",
         "A personal radio aid (Phonak Roger Touchscreen Mic, with a Roger receiver on each hearing aid), used in every lesson, assembly, PE session and school trip.",
         "Class teacher wears the transmitter; the educational audiologist from Nethercote Sensory Support Service fits and verifies the system",
         "Throughout every school day; the system is checked by the educational audiologist once each half-term"],
        ["",
         "A Ling six-sound check and a listening check of both hearing aids and the radio aid.",
         "Zara's Hearing Support Centre teaching assistant, shown how to carry out the checks by the Teacher of the Deaf",
         "5 minutes every morning before registration"],
        ["",
         "Acoustic improvements to Zara's classroom where possible.",
         "School",
         ""],
        ["",
         "Zara would benefit from sitting near the front, where she can see the teacher's face.",
         "Class teacher",
         "All lessons"],
        # B2
        ["B2 Language and communication",
         "Pre-tutoring of the key vocabulary for each new topic, using pictures, objects and signs, with the words added to Zara's home-school vocabulary book each Friday.",
         "Hearing Support Centre teaching assistant who holds BSL Level 2 and has completed the Teacher of the Deaf's pre-tutoring training",
         "15 minutes, three times a week (Monday, Wednesday and Friday, 13:00 to 13:15)"],
        ["",
         "The speech and language therapist will visit school to set targets for Zara's expressive language, for staff to work on in class.",
         "Nethercote Children's Speech and Language Therapy Service",
         "Once a term"],
        ["",
         "Small-group language work on following instructions and answering 'why' and 'how' questions.",
         "Teaching assistant",
         "Regularly"],
        ["",
         "Language for Thinking sessions in the Hearing Support Centre's quiet room, in a group of no more than three pupils, working on inference and on explaining 'why' from the picture scenes.",
         "Teaching assistant trained in Language for Thinking; the Teacher of the Deaf plans the sessions with her each half-term",
         "Two 20-minute sessions per week"],
        # B3
        ["B3 Literacy and phonics",
         "Additional phonics support.",
         "Year 2 team",
         ""],
        ["",
         "Precision Teaching of Phase 5 graphemes and Year 2 common exception words, presented face to face so that Zara can see the speaker's lips, with each new sound shown on a card.",
         "Zara's teaching assistant, trained in Precision Teaching by the Nethercote Educational Psychology Service",
         "Every school day, 9:05 to 9:15"],
        ["",
         "A reading intervention chosen from the school's menu of interventions.",
         "SENCO to allocate",
         "In line with the school's intervention timetable"],
        # B4
        ["B4 Friendships and confidence",
         "Opportunities to meet other deaf children of her age.",
         "Sensory Support Service",
         "Where available"],
        ["",
         "A deaf-awareness lesson for Zara's class, with Zara helping to show how her radio aid works, and a separate deaf-awareness session for the lunchtime supervisors.",
         "Teacher of the Deaf",
         "A 45-minute class lesson and a 1-hour staff session, both in the first three weeks of each autumn term"],
        ["",
         "Playtime support to help Zara join in with games, reduced as she grows in confidence.",
         "Midday supervisor",
         "Each lunchtime, 12:15 to 12:45"],
        ["",
         "Time with the ELSA if Zara seems withdrawn or upset.",
         "ELSA",
         "As needed"],
        # B5
        ["B5 Learning environment and assessment",
         "A soundfield system in Zara's classroom, linked to her Roger transmitter, moved with her when she changes classroom in Year 3.",
         "Installed and checked every term by the Nethercote Sensory Support Service technician",
         "In use for all teaching in the classroom"],
        ["",
         "Zara will have access to a tablet for watching captioned videos.",
         "",
         "When needed"],
        ["",
         "Monitoring visits by the Teacher of the Deaf to observe Zara in class and advise her teachers.",
         "Teacher of the Deaf",
         "To be agreed after her audiology review in May 2026"],
        ["",
         "Modified arrangements for classroom assessments in line with school policy.",
         "Class teacher",
         ""],
    ]
    t = d.table(["Area of need (Section B)", "Provision", "Staffing and expertise",
                 "How much and how often"], rows,
                widths_cm=[2.9, 6.2, 4.2, 3.3], font_size=9.5, header_fill="CDEBEA")
    # header is row 0, so data row i is table row i + 1
    _merge_first_column(t, [(1, 5), (6, 9), (10, 12), (13, 16), (17, 20)])

    # ---------------------------------------------------------------------------------
    d.heading("Section G: Help with my health (health care provision)", section="G")
    d.bullets([
        "Hearing tests and hearing-aid checks at Nethercote Hospital Paediatric Audiology every six months, with new ear moulds made every four months.",
        "Salbutamol inhaler, two puffs as required when Zara is wheezy, kept in her classroom and given by staff trained under her individual asthma plan.",
        "An ENT review of Zara's glue ear when an appointment becomes available.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A place at the 'Sound Steps' Saturday club for deaf children run by Nethercote "
           "Deaf Children's Society, 10:00 to 13:00 every other Saturday in term time, funded "
           "by the Children with Disabilities Team.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I: Where I go to school (placement)", section="I")
    d.para("Stanwick Meadows Primary School (mainstream maintained primary school), including "
           "its Hearing Support Centre (resourced provision for deaf children).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Zara's parents have not requested a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views: Danielle and Gareth Pennington, 28 October 2025",
        "Zara's views, gathered by Mrs J. Aldous, Teacher of the Deaf, 4 November 2025",
        "Educational advice: Mr T. Varga, SENCO, Stanwick Meadows Primary School, 10 November 2025",
        "Teacher of the Deaf advice: Mrs J. Aldous, QToD, Nethercote Sensory Support Service, 4 November 2025",
        "Educational audiologist report: Nethercote Sensory Support Service, 12 November 2025",
        "Medical advice: Dr F. Nwachukwu, Consultant in Audiovestibular Medicine, 6 November 2025",
        "Speech and language therapy advice: Nethercote Children's Speech and Language Therapy Service",
        "Psychological advice: Dr Elin Rowntree, Educational Psychologist, 18 November 2025",
        "Social care advice: Children with Disabilities Team, 14 November 2025",
    ])
