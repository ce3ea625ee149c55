"""Corrowby City Council - Year 10 young person with SEMH needs at an alternative provision
academy. Headings are 'A) Title' in Word Heading 1 style. Cover details are a two-column
details table. Section F is numbered paragraphs 1-20 under bold area sub-headings, numbering
continuous across the sub-headings. FINAL."""

TITLE = "Education, Health and Care Plan - Callum Dewhurst-Amadi"


def build(d):
    d.simple_footer("Corrowby City Council - SEND Service - Education, Health and Care Plan - "
                    "Callum Dewhurst-Amadi - FINAL")
    d.title("Corrowby City Council", size=14, color="5B2A86")
    d.title("Education, Health and Care Plan", size=22, color="5B2A86")
    d.details_table([
        ("Name", "Callum Dewhurst-Amadi"),
        ("Date of birth", "2 December 2010"),
        ("National Curriculum year", "Year 10"),
        ("Home address", "41 Ferrand Street, Corrowby, XQ7 2NW"),
        ("Parent", "Lorraine Dewhurst (mother) - 07700 900631"),
        ("NHS number", "999 602 1148"),
        ("UPN", "X999000000518"),
        ("Plan status", "Final"),
        ("Date of this plan", "20 January 2026"),
        ("Next review", "by 19 January 2027"),
    ])

    d.heading("A) Views, interests and aspirations of Callum and his family", section="A")
    d.para("Callum is 15. He lives with his mum Lorraine, his nan Pat and his younger brother "
           "Kai. He is into cars and engines, BMX, and cooking big breakfasts at the weekend. He "
           "has been at Brackenlea since the spring of Year 9.")
    d.para("Callum told his learning mentor (8 December 2025): \"Brackenlea is alright because "
           "the groups are small and they don't shout. I want to be a mechanic and have my own "
           "garage. I don't like it when people talk about me like I'm not there.\"")
    d.para("Lorraine said: \"He is a good lad with a big heart. I want him to get his English and "
           "maths, get onto a motor vehicle course at college and learn to walk away when he is "
           "wound up, before it goes too far.\"")

    d.heading("B) Special educational needs", section="B")
    d.para("Social, emotional and mental health", bold=True)
    d.para("Callum's main needs are in this area. He experienced domestic abuse in early "
           "childhood and is quick to read threat in other people's faces and tone. When he "
           "feels criticised or cornered his anger rises very fast; he has thrown furniture and "
           "walked out of school. He was permanently excluded from his secondary school in "
           "Year 9. He was diagnosed with ADHD in 2023 and finds it very hard to sit and attend "
           "for more than ten minutes. Unstructured times, such as breaks and lunch, are when "
           "most incidents happen. He finds it hard to trust new adults.")
    d.para("Communication and interaction", bold=True)
    d.para("A speech and language therapy assessment (October 2025) found that Callum's "
           "understanding of spoken language is at the low end of the average range, but his "
           "ability to explain events and feelings in words is well below average. He struggles "
           "to follow long verbal instructions in lessons and to put into words what has upset "
           "him, which often leads to conflict.")
    d.para("Cognition and learning", bold=True)
    d.para("Callum has missed a great deal of school. His reading age is about 11 years; he reads "
           "slowly and avoids reading aloud. His writing is brief and his spelling is weak; "
           "typing is easier for him than handwriting. His maths is close to a GCSE grade 3 and "
           "he is strongest at practical, hands-on learning.")
    d.para("Sensory and physical", bold=True)
    d.para("No sensory or physical needs have been identified.")
    d.para("Preparing for adulthood", bold=True)
    d.para("Callum has not had any work experience and does not yet know what courses or "
           "apprenticeships are open to him. He is anxious about going to unfamiliar places on "
           "his own and has not travelled by bus outside his estate without a family member.")

    d.heading("C) Health needs", section="C")
    d.para("ADHD, treated with methylphenidate, taken at home each morning and prescribed by the "
           "community paediatrician. He has difficulty falling asleep. He was seen by CAMHS in "
           "2024 and is on their waiting list for further work on anger and low mood.")

    d.heading("D) Social care needs", section="D")
    d.para("A Child in Need plan closed in 2024. Children's Social Care assessed in November 2025 "
           "that Callum would benefit from a positive activity outside school, to reduce the time "
           "he spends unsupervised in the evenings.")

    d.heading("E) Outcomes", section="E")
    d.numbered([
        "By the end of Year 11 (July 2027), Callum will achieve a GCSE grade 4 or above in maths and a grade 3 or above in English language.",
        "Callum will manage his anger better.",
        "By July 2026, when he feels angry, Callum will use one of his agreed calming strategies and return to his lesson within 15 minutes on at least four out of five occasions.",
        "Callum will attend counselling.",
        "By the end of Year 11, Callum will have completed a work experience placement in a motor vehicle workshop and applied for a Level 1 motor vehicle course.",
        "By July 2026, Callum will explain what has happened in an incident to an adult, in the correct order, using at least five sentences.",
    ], fmt="E{n}")

    d.heading("F) Special educational provision", section="F")
    d.para("The provision below applies during the 39-week school year at the placement in "
           "Section I.")
    d.para("Learning", bold=True)
    d.numbered([
        "Callum will be taught in a class of no more than eight students by a qualified teacher, with a teaching assistant holding a Level 3 qualification in the room, for the whole of the 25-hour school week.",
        "He will have 1:1 reading tuition using Read Write Inc. Fresh Start for 30 minutes, four times a week, delivered by a teaching assistant who has completed Fresh Start training.",
        "Callum should have extra help with writing.",
        "Maths will be taught in a small group, with work pitched at his level.",
        "Exam access arrangements, including 25% extra time and a separate room, will be put in place as appropriate.",
        "A laptop for his sole use in all lessons, with Clicker 8 word prediction installed, and 2 hours of training in using it from the centre's ICT technician during the first half-term.",
    ], start=1)
    d.para("Emotional well-being and behaviour", bold=True)
    d.numbered([
        "Callum will meet his named learning mentor for a 10-minute check-in at 9:00 every day to go through his timetable and rate how he is feeling.",
        "Individual art psychotherapy with an HCPC-registered art psychotherapist, 50 minutes every week during term time, focused on trauma and on recognising and managing anger.",
        "Callum will have opportunities to talk to a trusted adult when he feels angry.",
        "Zones of Regulation sessions in a group of four students, 40 minutes every Tuesday and Thursday, run by an ELSA trained by the Corrowby Educational Psychology Service.",
        "A behaviour support plan will be drawn up by the centre and followed by all staff.",
        "1:1 supervision from a teaching assistant at every break and lunchtime, initially, to be phased out over the spring term.",
        "Mentoring from the CAMHS primary mental health worker, subject to CAMHS capacity.",
    ], start=7)
    d.para("Physical development", bold=True)
    d.numbered([
        "A gross motor programme of balance and coordination exercises designed by the physiotherapist, 30 minutes every Monday, led by a teaching assistant trained by the physiotherapist.",
    ], start=14)
    d.para("Communication", bold=True)
    d.numbered([
        "Speech and language therapy input in line with the recommendations of the Corrowby SaLT report (14 October 2025).",
        "Staff will use a range of strategies in all lessons to support his understanding of spoken language, for example chunking instructions and checking understanding.",
    ], start=15)
    d.para("Preparing for adulthood", bold=True)
    d.numbered([
        "Callum will attend a work experience placement at Hartsfield Motors vehicle workshop for one day (9:00 to 15:00) each week for six weeks in the summer term 2026, and the centre's work-related learning coordinator will visit him there for 30 minutes each week.",
        "Careers guidance from a careers adviser qualified to Level 6 in careers guidance: three 45-minute individual interviews during Year 10 (October, February and June), ending with a written careers action plan.",
        "Travel training will be available to help Callum get to college taster days.",
        "The centre will receive top-up funding at Band 3 for Callum's provision.",
    ], start=17)

    d.heading("G) Health provision", section="G")
    d.bullets([
        "Review of Callum's ADHD medication and sleep every six months by the community paediatrician.",
        "CAMHS will offer an assessment for anger and low mood when he reaches the top of the waiting list.",
    ])

    d.heading("H1) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None.")
    d.heading("H2) Other social care provision", section="H2")
    d.para("A targeted youth support worker from the Corrowby Youth Service will take Callum to "
           "the Northgate BMX club for 2 hours every Wednesday evening, for the school year "
           "2025-26.")

    d.heading("I) Placement", section="I")
    d.para("Brackenlea Learning Centre, Corrowby (alternative provision academy for pupils aged "
           "11 to 16).")

    d.heading("J) Personal budget", section="J")
    d.para("Not applicable. Callum's mother has not asked for a personal budget.")

    d.heading("K) Advice and information", section="K")
    d.bullets([
        "Views of Callum and his mother - 8 December 2025",
        "Educational advice - Head of Centre, Brackenlea Learning Centre, 1 December 2025",
        "Educational psychology advice - Dr Olu Baptiste, EP, 24 November 2025",
        "Medical advice - Community Paediatrician, Corrowby Child Health, 17 November 2025",
        "Speech and language therapy report - Corrowby SaLT Service, 14 October 2025",
        "Social care advice - Corrowby Children's Social Care, 26 November 2025",
        "Careers advice",
    ])
