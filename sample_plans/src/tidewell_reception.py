"""Tidewell Borough Council - Reception child (age 5) with permanent bilateral profound
hearing loss and bilateral cochlear implants, in a mainstream community primary school with
a Hearing Resource Base. Word Heading 1 headings in title case with an em dash ('Section F
\u2014 Special Educational Provision'); Heading 2 sub-headings inside A and B. Cover details
in a two-column details table (NHS number, UPN, address, phone, e-mail, dates). E is a list
numbered E1-E6. Section F is ONE grid table: one row per outcome group ('E1 Listening',
'E2 and E4 ...', a last row 'All outcomes') and one column per place or deliverer ('In the
Reception class' | 'In the Hearing Resource Base' | 'From visiting specialists'); each cell
holds one or two provisions as separate paragraphs, and some cells hold only a dash. No
bullets or numbers on the provisions. H1 and H2 both 'None'. FINAL plan with an early-years
six-month review date."""

TITLE = "Education, Health and Care Plan - Rosa Adebayo-Finch"


def build(d):
    d.simple_footer("Tidewell Borough Council \u2013 SEND Assessment Team \u2013 FINAL EHC Plan "
                    "\u2013 OFFICIAL-SENSITIVE")
    d.title("Tidewell Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Rosa Adebayo-Finch"),
        ("Date of birth", "14 February 2021"),
        ("NHS number", "999 384 2716"),
        ("Unique pupil number", "Z999000463120"),
        ("Home address", "27 Saltpan Lane, Tidewell, ZY4 8NE"),
        ("Parents", "Grace Adebayo-Finch (mother) and Daniel Finch (father)"),
        ("Home telephone", "01632 960713"),
        ("Mother's mobile and e-mail", "07700 900582 / grace.adebayofinch@example.org"),
        ("School and year group", "Seabright Primary School (Hearing Resource Base), Reception"),
        ("Date plan finalised", "9 March 2026"),
        ("Next review", "By 8 September 2026 (six-monthly early years review)"),
        ("SEND caseworker", "Lucinda Marr, Tidewell SEND Assessment Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFDA")

    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("What Rosa told us", level=2)
    d.para("Rosa's views were gathered on 20 January 2026 by Mrs Kaur, a teaching assistant in "
           "the Hearing Resource Base, using a talking mat with photographs of school and home. "
           "Rosa answered in speech and signs, and her words are written down as she said them.")
    d.para("\"I like the big slide and the water tray. Theo is my brother, he is eight. I like "
           "Mrs Kaur's room because it is quiet. The hall is too loud, it hurts my ears when my "
           "ears are on. I want to be a doctor for animals.\"")
    d.heading("What Rosa's parents told us", level=2)
    d.para("Grace and Daniel describe Rosa as a busy, affectionate girl who loves animals, "
           "painting and being outside, and who copies everything her big brother Theo does. "
           "Rosa was born deaf and had her cochlear implants when she was just over a year old. "
           "Her parents are delighted with how much she now talks, but they notice that she is "
           "very tired after school and that she often misses what other children say in the "
           "playground. At home the family speak English and use some signs; Grace has "
           "finished a Level 1 BSL course.")
    d.para("Their hopes are that Rosa will be a confident talker who can make herself "
           "understood by anyone, that she will learn to read with her class, and that she "
           "will have friends who are hearing and friends who are deaf. In the longer term "
           "they would like her to go to the local secondary school with her brother and to "
           "have the same choices about work and further study as any other child.")
    d.heading("How to communicate with Rosa", level=2)
    d.para("Get Rosa's attention before you speak, face her, keep your mouth visible and use "
           "the remote microphone. Speak in short sentences at a natural pace and back them up "
           "with a sign or gesture. Check she has understood by asking her to show you or tell "
           "you, not by asking \"Do you understand?\"")

    d.heading("Section B \u2014 Special Educational Needs", section="B")
    d.heading("Sensory: hearing and listening", level=2)
    d.para("Rosa has a permanent, profound hearing loss in both ears. She hears through two "
           "cochlear implants, which give her good access to speech in a quiet room at close "
           "range. Her listening falls away sharply in noise and at a distance: in the "
           "Reception classroom and the hall she often does not respond to her name, and she "
           "misses instructions given to the whole class. She does not yet tell adults when a "
           "processor has stopped working, and staff have found her with a flat battery for "
           "most of a morning. Listening all day is tiring for her, and by the afternoon she "
           "attends for much shorter periods.")
    d.heading("Communication and language", level=2)
    d.para("Rosa's understanding of spoken language is around 18 months behind her age (Preschool "
           "Language Scales, November 2025), and her vocabulary for school topics is limited. "
           "She talks in sentences of two or three words and leaves out small words and word "
           "endings. Her speech is often hard for unfamiliar listeners to follow: she replaces "
           "/k/ and /g/ with /t/ and /d/ and drops the last sound of many words. She is "
           "learning some signs and uses them alongside speech when she is not understood.")
    d.heading("Cognition and learning", level=2)
    d.para("Rosa's non-verbal reasoning is in the average range (educational psychology "
           "advice, December 2025). Her difficulty hearing the differences between similar "
           "speech sounds means she is slow to learn letter sounds: she knows 9 of the Phase 2 "
           "sounds and cannot yet blend three sounds into a word. In maths she can count "
           "objects to 10 but does not yet understand the language of number such as \"more\", "
           "\"fewer\" and \"how many altogether\".")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Rosa is friendly and wants to play with other children, but in busy play she "
           "cannot follow what is being said and drifts off to play alone or with the one "
           "other deaf child in Reception. When she is not understood she becomes upset and "
           "sometimes pushes. She is only beginning to see herself as a deaf child and asks why "
           "other children do not wear \"ears\".")
    d.heading("Physical development and independence", level=2)
    d.para("Rosa's balance is weaker than that of her classmates. She is unsteady on "
           "climbing equipment and on uneven ground and falls more often than other children. "
           "She needs an adult to put her processors back on after PE and to check they are "
           "working, and she needs help to put on her coat and shoes.")

    d.heading("Section C \u2014 Health Needs", section="C")
    d.para("Rosa has congenital bilateral profound sensorineural hearing loss (connexin 26), "
           "identified through newborn hearing screening. She received bilateral cochlear "
           "implants at 13 months at the Southmere Children's Auditory Implant Programme, which "
           "programmes her processors and follows her up. She has had four middle ear "
           "infections in the last year, which are managed by the ENT team at Tidewell General "
           "Hospital. The implant team has asked for an assessment of her balance (vestibular) "
           "function, because the weak balance described in Section B may be linked to her "
           "inner ear.")

    d.heading("Section D \u2014 Social Care Needs", section="D")
    d.para("No social care needs relating to Rosa's SEN or disability were identified. The "
           "Children with Disabilities Team screened the family's request on 2 December 2025 "
           "and found no assessed needs; the family were given information about the local "
           "deaf children's society and its family days.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("These outcomes run to the end of Reception unless another date is given. The "
           "Teacher of the Deaf in the Hearing Resource Base will set small steps towards each "
           "outcome every half-term and share them with Grace and Daniel at the half-termly "
           "parents' meeting.")
    d.numbered([
        "By July 2026, in the classroom with ordinary background noise, Rosa will turn to her name and carry out a two-part spoken instruction in 4 out of 5 observed attempts.",
        "By the end of Reception (July 2026), Rosa will use a sentence of four or more words to tell an adult about something she has done, at least three times each school day.",
        "Rosa will develop her early reading skills.",
        "By the end of Year 1 (July 2027), Rosa will keep a game going with a hearing classmate for at least five turns each, without an adult joining in.",
        "By July 2026, Rosa will tell an adult, in words or with her \"my ears\" card, every time one of her processors stops working.",
        "Rosa will be happy and confident at school.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special Educational Provision", section="F")
    d.para("Rosa's provision is set out by outcome. Reading across a row shows what happens in "
           "her Reception class, what happens in the Hearing Resource Base, and what is given by "
           "visiting specialists. The provision applies in term time for the life of this plan "
           "unless a cell says otherwise.")
    d.table(["Outcomes", "In the Reception class", "In the Hearing Resource Base",
             "From visiting specialists"], [
        ["E1 Listening and attention",
         "A Roger Touchscreen remote microphone, paired to both processors, worn by whichever "
         "adult is leading the teaching in every carpet session, phonics lesson, PE lesson and "
         "assembly; the class TA checks at 8:45 each morning that it is charged and paired.\n"
         "Rosa should be seated near the teacher where possible during carpet time.",
         "A 1:1 listening session of 20 minutes every school day at 13:15 in the quiet room of "
         "the base, working on the CASLLS listening targets set by the Teacher of the Deaf; it "
         "is led by a base teaching assistant who holds a Level 3 qualification in supporting "
         "deaf learners and it also gives Rosa a rest from classroom noise.",
         "Auditory verbal therapy, with the frequency to be agreed once the therapist has "
         "assessed Rosa in school."],
        ["E2 Talking and being understood",
         "Opportunities throughout the day to talk with adults and other children in small "
         "groups.",
         "Pre-teaching of eight new words a week from the class topic, 1:1 with the base "
         "teacher (a qualified Teacher of the Deaf holding the mandatory qualification), for "
         "15 minutes on Monday and Wednesday mornings before the topic is introduced in class.",
         "Individual speech and language therapy for 40 minutes each week in school, working on "
         "/k/ and /g/, final consonants and sentence building with Colourful Semantics, given "
         "by an HCPC-registered speech and language therapist experienced in working with "
         "children who use cochlear implants.\n"
         "The speech and language therapist will set practice activities for staff and for "
         "Rosa's parents to carry out between visits."],
        ["E3 Early reading and number",
         "Rosa will join in the daily Read Write Inc. phonics lesson with her class, with "
         "reasonable adjustments made by staff.",
         "Phonics re-teaching, 1:1, for 15 minutes each day straight after the class phonics "
         "lesson: that day's sound is re-taught with lip patterns and Cued Articulation hand "
         "cues by a base TA who is trained in both Read Write Inc. and Cued Articulation.\n"
         "Maths teaching will be adapted in line with the Teacher of the Deaf's report of "
         "November 2025.",
         "\u2014"],
        ["E4 and E6 Play, friendships and confidence",
         "A 20-minute turn-taking game every Tuesday and Thursday at 14:00 for Rosa and two "
         "hearing classmates, led by the class TA, who has completed the Tidewell Sensory "
         "Support Service's day course on deaf awareness in the early years.\n"
         "A familiar adult with Rosa at playtimes and lunchtimes for the first half-term, "
         "reducing as she settles.",
         "Time with other deaf pupils in the base to build Rosa's deaf identity, which could "
         "include visits from a deaf adult role model.",
         "\u2014"],
        ["E5 Looking after her equipment; balance and dressing",
         "A five-minute processor check when Rosa arrives (8:50) and when she comes in from lunch (13:10): "
         "the base TA listens through each processor with the monitor earphones, runs the "
         "Ling six-sound check with Rosa, records the result and shows her how to hand over "
         "her \"my ears\" card.",
         "Up to 30 minutes a day of 1:1 time with a teaching assistant to practise putting on "
         "her coat and shoes and looking after her processors, to be reviewed at Christmas.",
         "Physiotherapy advice to school about Rosa's balance, if the community physiotherapy "
         "team accepts the referral."],
        ["All outcomes",
         "Suitable listening equipment for group work and assemblies.",
         "Deaf awareness and equipment training from the Teacher of the Deaf for the Reception "
         "teacher, the class TA and the midday supervisor on Rosa's lunch duty: one 90-minute "
         "session in the first week of each term.",
         "Monitoring by the base's Teacher of the Deaf, with the amount of input decided by "
         "the base each term."],
    ], widths_cm=[2.6, 4.8, 4.8, 4.4], font_size=9, header_fill="C6E0B4",
        bold_first_col=True)

    d.heading("Section G \u2014 Health Provision", section="G")
    d.bullets([
        "Mapping of both processors at the Southmere Children's Auditory Implant Programme once a year, with an extra appointment within 10 working days whenever the school or Rosa's parents report a change in her hearing.",
        "A spare processor, coils, cables and rechargeable batteries supplied by the implant programme, with one full set kept in the Hearing Resource Base.",
        "ENT review at Tidewell General Hospital every six months for Rosa's middle ear infections.",
        "A vestibular (balance) assessment at the paediatric audiology clinic when the clinic has capacity.",
    ])

    d.heading("Section H1 \u2014 Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("None. Rosa has no assessed needs under section 2 of the 1970 Act.")
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Seabright Primary School, Tidewell (mainstream community primary school), with a "
           "place in its Hearing Resource Base (specially resourced provision for deaf "
           "children, 12 places).")

    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("Rosa's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and Information", section="K")
    d.bullets([
        "Parents' advice \u2013 Grace Adebayo-Finch and Daniel Finch, 12 December 2025",
        "Rosa's views \u2013 gathered by Mrs J. Kaur, Hearing Resource Base TA, 20 January 2026",
        "Educational advice \u2013 Ms H. Okafor, SENCO, Seabright Primary School, 8 December 2025",
        "Teacher of the Deaf advice \u2013 Mr C. Penrose, qualified Teacher of the Deaf, Seabright Hearing Resource Base, 28 November 2025",
        "Psychological advice \u2013 Dr S. Lindqvist, Educational Psychologist, 15 December 2025",
        "Medical advice \u2013 Dr F. Abara, Community Paediatrician, 3 December 2025",
        "Cochlear implant programme report \u2013 Southmere Children's Auditory Implant Programme",
        "Speech and language therapy advice \u2013 Ms R. Delacroix, Speech and Language Therapist, 10 December 2025",
        "Social care advice \u2013 Children with Disabilities Team, 2 December 2025",
    ])
