"""Pemberley Borough Council - secondary plan, Year 10 pupil with dyslexia, developmental
coordination disorder (dyspraxia) and anxiety at a mainstream 11-16 academy. Cover
details as a shaded two-column table. Word Heading 1 headings 'Section A: ...'. Section F
is short headed paragraphs (a bold lead-in such as 'Touch-typing:' then the provision)
under Heading 2 area sub-headings, the last being 'Preparing for adulthood'. FINAL."""

TITLE = "EHC Plan - Isla Marchbank"


def build(d):
    d.simple_footer("Pemberley Borough Council \u2013 Education, Health and Care Plan \u2013 "
                    "OFFICIAL-SENSITIVE")
    d.title("Pemberley Borough Council", size=12, color="7B2D26")
    d.title("Education, Health and Care Plan", size=22, color="7B2D26")
    d.para("Final plan", bold=True, size=13)
    d.details_table([
        ("Name", "Isla Marchbank"),
        ("Date of birth", "14/02/2011"),
        ("NHS number", "999 482 6610"),
        ("UPN", "P204999813552"),
        ("Home address", "27 Wharfside Road, Pemberley, ZY4 6QT"),
        ("Parent / carer", "Claire Marchbank (mother), tel. 07700 900377, claire.marchbank@example.org"),
        ("Current school and year", "Castlegate Academy, Year 10"),
        ("EHC co-ordinator", "Mr T. Halloran, Pemberley SEND Assessment Team"),
        ("Date plan issued", "16 January 2026"),
        ("Annual review to be completed by", "15 January 2027"),
    ])

    # ---------------------------------------------------------------- A
    d.heading("Section A: Isla's views, interests and aspirations", section="A")
    d.para("Isla is fourteen and lives with her mum Claire, her stepdad Neil Okafor and her "
           "younger brother Finn. She looks after two rescue guinea pigs and volunteers on "
           "Saturday mornings at her aunt's riding stables. She is kind, funny and very good at "
           "drawing animals.")
    d.para("Isla told the SENCO in November 2025: \"I know the answers in my head but when I "
           "have to write them down it all comes out wrong and slow. I panic in tests and then my "
           "mind goes blank. I don't want everyone to see me getting help. I want to do animal "
           "care at college and then be a veterinary nurse.\"")
    d.para("Claire says: \"Isla has started refusing to go in on days with tests. She needs "
           "proper specialist teaching for her dyslexia and someone to help her with the "
           "panic, and she needs to start learning to get about on her own before college.\"")

    # ---------------------------------------------------------------- B
    d.heading("Section B: Isla's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Isla has dyslexia (specialist teacher assessment, September 2025). Her verbal "
           "reasoning is in the average range, but her reading accuracy is at the 9th "
           "percentile and her spelling at the 5th percentile. Her reading speed is about half "
           "that expected for her age, so she runs out of time on text-heavy tasks. Her working "
           "memory is weak: she loses track of multi-step instructions and mental calculations "
           "in maths.")
    d.heading("Physical and sensory", level=2)
    d.para("Isla has developmental coordination disorder (dyspraxia). Her handwriting speed "
           "is 11 words per minute, well below the 20 expected at her age, and becomes "
           "illegible when she hurries. She finds it hard to organise equipment, to use "
           "knives and glassware safely in practical lessons, and to follow sequences in PE. "
           "She tires quickly by the afternoon.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Isla experiences significant anxiety, especially before tests and when she may be "
           "asked to read aloud. She has had panic attacks in lessons and her attendance this "
           "year is 84%. She hides her difficulties from friends and avoids asking for help.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Isla wants to study animal care at college. She has never travelled on a bus on "
           "her own and does not yet know what post-16 courses require. She is anxious about "
           "new places and new people.")

    # ---------------------------------------------------------------- C
    d.heading("Section C: Isla's health needs related to her SEN", section="C")
    d.para("Developmental coordination disorder and joint hypermobility, diagnosed by the "
           "community paediatrician in 2019. Generalised anxiety: Isla was referred to CAMHS by "
           "her GP in October 2025 and is waiting for an assessment.")

    # ---------------------------------------------------------------- D
    d.heading("Section D: Isla's social care needs related to her SEN or disability", section="D")
    d.para("Isla's anxiety means she rarely goes out with people of her own age outside "
           "school. Children's social care assessed the family in November 2025; no needs "
           "were identified that call for services under the CSDPA 1970, but Isla would "
           "benefit from a structured youth activity.")

    # ---------------------------------------------------------------- E
    d.heading("Section E: Outcomes", section="E")
    d.para("The school will set termly steps towards each outcome and share them with Isla "
           "and Claire.", italic=True)
    d.numbered([
        "By the end of Year 11, Isla will read an unseen GCSE-level text of about 500 words and answer literal and inference questions on it with at least 70% accuracy.",
        "By July 2026, Isla will touch-type at 30 words per minute with 90% accuracy and will use her laptop for all extended writing in lessons.",
        "Isla will feel less anxious in school.",
        "By the end of Year 10, when she starts to feel panicky in a lesson, Isla will use her calm plan and return to the lesson within 15 minutes on at least four out of five occasions.",
        "By February 2027, Isla will travel by bus on her own between home and her chosen college on at least three days a week.",
        "Isla will go to college and become a veterinary nurse.",
        "Isla will be supported by the ELSA every week.",
    ], fmt="{n})")

    # ---------------------------------------------------------------- F
    d.heading("Section F: Special educational provision", section="F")
    d.para("Pemberley Borough Council will secure the provision below. It is delivered at "
           "Castlegate Academy during term time unless stated otherwise.", italic=True)

    d.heading("Cognition and learning", level=2)
    d.para("**Specialist literacy teaching:** Two 45-minute 1:1 lessons every week with a specialist dyslexia teacher who holds AMBDA, using the Units of Sound programme to build reading fluency and the spelling of subject vocabulary; the lessons are timetabled so that Isla does not miss English, maths or science.")
    d.para("**Reading in class:** A teaching assistant will read longer texts aloud to Isla in lessons where there is a significant amount of reading.")
    d.para("**Pre-teaching of vocabulary:** In the week each new science and geography topic begins, a teaching assistant trained in Precision Teaching will spend one 20-minute session with Isla going through a printed glossary of the topic's key words, which the subject teacher provides.")
    d.para("**Assistive technology:** Isla should have access to a laptop and software to help her record her work.")
    d.para("**Touch-typing:** Isla will work through the Touch-type Read and Spell (TTRS) course for 20 minutes during registration on Monday, Wednesday and Friday (8:40 to 9:00) in the learning support base, supervised by a learning support assistant trained in TTRS, on a school laptop kept for her sole use.")
    d.para("**Homework:** Teachers may differentiate homework where appropriate and allow Isla extended deadlines.")
    d.para("**Maths:** One 50-minute lesson each week in a maths intervention group, taught by a maths teacher, in place of one of her modern languages lessons.")
    d.para("**Exam access arrangements:** In all internal tests, mock examinations and GCSE examinations, Isla will have 25% extra time, a word processor with the spelling and grammar check switched off, and a separate room with no more than eight candidates; the SENCO will apply for these arrangements by the JCQ deadline.")

    d.heading("Physical and sensory", level=2)
    d.para("**Handwriting:** A handwriting and fine-motor programme delivered by the SENCO, with the content and frequency at her discretion.")
    d.para("**Occupational therapy:** An occupational therapist from Pemberley Children's Therapies will advise Isla's teachers on strategies for her coordination and organisation difficulties.")
    d.para("**Practical lessons:** In food preparation and science practicals (three 60-minute lessons a fortnight on her Year 10 timetable), a learning support assistant who has completed the Pemberley DCD awareness training will work alongside Isla for the whole lesson, setting out equipment in the order it is needed and helping her to use knives, hobs and glassware safely.")
    d.para("**PE:** In every PE lesson, Isla's PE teacher will adapt activities in line with the recommendations in the physiotherapy report (Appendix 6).")

    d.heading("Social, emotional and mental health", level=2)
    d.para("**ELSA sessions:** One 40-minute 1:1 session every week with the school's Emotional Literacy Support Assistant, who is trained and supervised by Pemberley Educational Psychology Service, working through a CBT-based anxiety programme using 'Think Good, Feel Good': noticing early signs of panic, breathing and grounding techniques, and planning for tests.")
    d.para("**Exit pass:** Isla holds an exit pass which lets her leave any lesson and go to the Wellbeing Hub as and when she needs to.")
    d.para("**Counselling:** Six weekly 50-minute 1:1 sessions with a counsellor registered with the BACP during the spring term 2026, funded from the school's wellbeing budget if places remain.")
    d.para("**Morning check-in:** Up to three times a week, Isla's learning mentor will meet her at the school gate for a 10-minute check-in before registration.")
    d.para("**Moving between lessons:** Every subject teacher will release Isla two minutes before the end of each lesson, with a friend she has chosen, so that she can move along the corridors before they become crowded.")

    d.heading("Preparing for adulthood", level=2)
    d.para("**Careers guidance:** Two 45-minute 1:1 careers interviews in Year 10 (one in the spring term and one in the summer term) with the school's careers adviser, who holds a Level 6 Diploma in Career Guidance and Development, looking at post-16 animal care courses; after each interview the adviser writes an action plan and sends it to Isla and Claire.")
    d.para("**Travel training:** Twelve weekly 60-minute sessions of independent travel training from April 2026 on the bus route between home and Pemberley College, delivered by a travel trainer from the council's Independent Travel Training Team who has completed its accredited travel-trainer course.")
    d.para("**Work experience:** A work experience placement in an animal-care setting during Year 10, with help as needed from school staff.")

    # ---------------------------------------------------------------- G
    d.heading("Section G: Health care provision", section="G")
    d.bullets([
        "Review of Isla's coordination disorder and hypermobility by Dr Amara Osei, Community Paediatrician, once every 12 months at the Pemberley Child Development Centre.",
        "CAMHS assessment of Isla's anxiety once she reaches the top of the waiting list.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Pemberley Children's Social Care assessed Isla in November 2025 and found "
           "no needs that require provision under section 2 of the CSDPA 1970.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("A youth worker from Pemberley Youth Service will meet Isla for 2 hours every other "
           "Thursday evening at the Wharfside youth club, for 12 months from February 2026, so "
           "that she can join its art group.")

    # ---------------------------------------------------------------- I
    d.heading("Section I: Placement", section="I")
    d.para("Castlegate Academy, Pemberley (mainstream academy for pupils aged 11 to 16).")

    # ---------------------------------------------------------------- J
    d.heading("Section J: Personal budget", section="J")
    d.para("A personal budget is in place for some of Isla's provision.")

    # ---------------------------------------------------------------- K
    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Views of Isla and of Claire Marchbank, 18 November 2025",
        "Educational advice \u2013 Mrs L. Pennock, SENCO, Castlegate Academy, 24 November 2025",
        "Specialist teacher assessment (dyslexia) \u2013 Ms R. Quist, AMBDA, 22 September 2025",
        "Educational psychology advice \u2013 Dr H. Baptiste, Educational Psychologist, 1 December 2025",
        "Medical advice \u2013 Dr Amara Osei, Community Paediatrician, 26 November 2025",
        "Occupational therapy advice",
        "Physiotherapy report \u2013 Pemberley Children's Therapies, 10 November 2025 (Appendix 6)",
        "Social care advice \u2013 Pemberley Children's Social Care, 28 November 2025",
        "Preparing for adulthood advice \u2013 Mr J. Adebayo, Careers Adviser, 2 December 2025",
    ])
