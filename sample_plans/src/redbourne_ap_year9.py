"""Medwick Borough Council - amended final plan for a Year 9 pupil who was permanently
excluded and now attends a pupil referral unit, with a phased return to a mainstream
academy in the summer term. SEMH needs and developmental language disorder. Word Heading 1
headings with an em dash ('Section A \u2014 Kaden's views, interests and aspirations');
grey two-column cover details table; running header and 'Page X of Y' footer. B is split
into numbered needs B1-B4 (B4 preparing for adulthood). E is a bulleted list. Section F
is one five-column table (Need (Section B) | Provision | Who | How much and how often |
Starts) with a repeated header row; the first column cites the B need, the last gives a
start date or 'Now'; one Who cell is blank. Separate H1 and H2. I names the PRU and the
academy for the dual-registered return, with an explanation."""

TITLE = "Education, Health and Care Plan (amended) - Kaden Whitlow"


def build(d):
    d.running_header_footer("Medwick Borough Council  |  EHC plan  |  Kaden Whitlow",
                            footer_left="Amended final plan", first_page_plain=True)
    d.title("Medwick Borough Council", size=14, color="4B2C5E")
    d.title("Education, Health and Care Plan", size=22, color="4B2C5E")
    d.para("Amended final plan, issued after the annual review held on 8 January 2026",
           bold=True, size=12)
    d.details_table([
        ("Name", "Kaden Whitlow"),
        ("Date of birth", "2 November 2011"),
        ("NHS number", "999 308 6451"),
        ("Unique pupil number", "M999314250087"),
        ("Address", "Flat 12, Corbel House, Linthwaite Road, Medwick, ZY3 8NF"),
        ("Parent / carers", "Shannon Whitlow (mother) and Marc Delaney (stepfather)"),
        ("Contact", "07700 900583; shannon.whitlow@example.org"),
        ("Year group", "Year 9"),
        ("Current setting", "Redbourne Centre (pupil referral unit) since 3 November 2025"),
        ("Date of this amended plan", "2 March 2026"),
        ("Next annual review by", "7 January 2027"),
        ("SEND case officer", "Tomasz Ellery-Quinn, Medwick SEND Assessment Team"),
    ], widths_cm=(4.6, 12.0), fill="E7E6E6")

    d.heading("Section A \u2014 Kaden's views, interests and aspirations", section="A")
    d.heading("What Kaden told us", level=2)
    d.para("Kaden met his key worker, Ms Adebayo, twice in December 2025 to talk about this "
           "plan. He did not want to write anything himself, so she wrote down his words and "
           "read them back to him.")
    d.para("\"I'm good with engines. Me and my stepdad fixed up a moped and I did most of it. "
           "At Hexley they were always on at me and the teachers talked too fast and then "
           "shouted when I didn't get it. Here is alright cos it's small and they explain "
           "things. I want to go back to a proper school but not Hexley. I want to do motor "
           "vehicle at college and be a mechanic and have my own garage one day. I don't like "
           "talking about my dad.\"")
    d.heading("What Kaden's family said", level=2)
    d.para("Shannon says Kaden is loyal, practical and very protective of his younger sister "
           "Ava. She says things went wrong at Hexley Park Academy from Year 7, when nobody "
           "seemed to understand that he could not follow what was being said in lessons. She "
           "wants him back in a mainstream school with proper help, but is worried about him "
           "being set up to fail again. Marc would like Kaden to get onto a motor-vehicle "
           "course and to keep away from the older boys he has been spending time with on "
           "the estate. Kaden's older brother, Jordan, is at Medwick College and has offered "
           "to show him round.")

    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("B1 Speech, language and communication", level=2)
    d.para("Kaden has developmental language disorder, diagnosed by the Medwick speech and "
           "language therapy service when he was seven. On the CELF-5 (November 2025) his "
           "receptive language was at the 2nd centile and his expressive language at the 5th "
           "centile. He misses key parts of instructions with more than two steps, especially "
           "when they are given quickly to the whole class, and he does not know the meaning "
           "of many subject words. He takes sarcasm and idioms literally. After an incident he "
           "cannot give a clear account of what happened, which adults have often taken as "
           "lying or refusing to co-operate.")
    d.heading("B2 Social, emotional and mental health", level=2)
    d.para("Kaden was permanently excluded from Hexley Park Academy in October 2025 after a "
           "fight in which a member of staff was hurt. He becomes angry very quickly when he "
           "feels shown up or does not understand what is expected, and then shouts, swears "
           "or walks out. He has experienced domestic abuse (he has had no contact with his "
           "father since 2021) and the death of his grandfather in 2024. He finds it hard to "
           "trust adults, but has built a good relationship with his key worker at Redbourne. "
           "His mood is often low and he sleeps poorly. He has few friends of his own age "
           "and has been spending time with older young people in the community.")
    d.heading("B3 Cognition and learning", level=2)
    d.para("Kaden's attendance in Year 8 was 61%, and he has large gaps in his learning. His "
           "reading age on the Salford Sentence Reading Test (January 2026) was 9 years 3 "
           "months, against a chronological age of 14 years 2 months. His written work is "
           "short and his spelling is weak. In maths he is secure in addition and subtraction "
           "but has gaps in place value, fractions and negative numbers. He is quick to learn "
           "practical skills when he is shown what to do.")
    d.heading("B4 Preparing for adulthood", level=2)
    d.para("Kaden has had no careers guidance. He does not yet know which Key Stage 4 courses "
           "lead to a motor-vehicle apprenticeship. He has never travelled across Medwick on "
           "his own and will need to get two buses to reach Stanmoor Academy.")

    d.heading("Section C \u2014 Health needs", section="C")
    d.para("Developmental language disorder (see B1). Kaden has difficulty getting to sleep and "
           "takes melatonin prescribed by the community paediatrician. His GP referred him to "
           "CAMHS in December 2025 because of low mood; he is on the waiting list for the "
           "Getting More Help team.")

    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("Kaden has been supported under a Child in Need plan since November 2025 because of "
           "concerns that he is at risk of criminal exploitation. He has an allocated social "
           "worker in the Medwick Adolescent Support Team. He needs a trusted adult outside "
           "school and safe, structured activities in the evenings.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("These outcomes run to the end of Year 10 (July 2027) unless a date is given. "
           "Redbourne, and later Stanmoor, will set half-termly steps towards each outcome and "
           "go through them with Kaden and his mother.")
    d.bullets([
        "By July 2026, Kaden will tell an adult in his own words what a task requires before he starts it, in four out of five lessons observed by his key worker.",
        "By the end of the summer term 2026, Kaden will use his exit card and return to the lesson within 15 minutes on at least 8 out of 10 occasions.",
        "Kaden will manage his anger better.",
        "By July 2027, Kaden will reach a reading age of at least 11 years 6 months on the Salford Sentence Reading Test.",
        "Kaden will attend Stanmoor Academy full time.",
        "By February 2027, Kaden will have chosen his Key Stage 4 options, including a motor-vehicle course, and will be able to explain how they lead to an apprenticeship.",
        "By December 2026, Kaden will travel by bus between home and Stanmoor Academy on his own on every day that he attends.",
        "Kaden will become a mechanic and run his own garage.",
    ])

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("The provision below must be made for Kaden in term time for the life of this plan, "
           "at Redbourne Centre and, from 20 April 2026, at Stanmoor Academy. The first column "
           "shows the need in Section B that each item meets; the last column shows when it "
           "begins.")
    d.table(["Need (Section B)", "Provision", "Who", "How much and how often", "Starts"], [
        ["B1",
         "Direct speech and language therapy, 1:1, on understanding subject vocabulary, following multi-step instructions and repairing a conversation when he has lost track, using the Language for Thinking and Word Aware approaches",
         "HCPC-registered speech and language therapist, Medwick Children's Therapy Service",
         "One 45-minute session every week in term time, at Redbourne and then at Stanmoor",
         "Now"],
        ["B1",
         "Speech and language therapist to visit termly and advise Redbourne staff on Kaden's language targets",
         "Speech and language therapist",
         "Termly",
         "Now"],
        ["B1",
         "Practice of the week's five new subject words, taught with the Word Aware STAR approach and recorded in his vocabulary book",
         "Kaden's key-worker teaching assistant (Level 3 qualified), trained in Word Aware by the SaLT, who joins the first 10 minutes of each therapy session",
         "10 minutes at the start of every school day (9:05 to 9:15)",
         "Now"],
        ["B1",
         "Instructions chunked and backed up visually wherever possible",
         "All teaching staff",
         "Throughout the day",
         "Now"],
        ["B1, B2",
         "It is recommended that Kaden's Stanmoor teachers are briefed on his language difficulties before he starts",
         "",
         "Before 20 April 2026",
         "April 2026"],
        ["B2",
         "Meet-and-greet when the Redbourne minibus arrives: a 5-minute check on how Kaden has slept and eaten, and a look through the day's timetable together",
         "Key-worker teaching assistant",
         "8:50 to 8:55 every day",
         "Now"],
        ["B2",
         "Individual anger-management sessions based on CBT, working through the 'Starving the Anger Gremlin' workbook, identifying his triggers and rehearsing his exit plan",
         "Redbourne learning mentor, who holds a Level 4 Certificate in Counselling Skills and is supervised monthly by the Centre's clinical psychologist",
         "One 50-minute session each week (Thursday, period 3)",
         "Now"],
        ["B2",
         "Therapeutic work on loss and past trauma",
         "To be confirmed",
         "To be decided after the CAMHS assessment",
         "TBC"],
        ["B2",
         "Time out in the reflection room when Kaden is dysregulated, for as long as staff feel is necessary",
         "Duty staff",
         "As required",
         "Now"],
        ["B2",
         "A place in a group working on friendships and putting things right after conflict",
         "Pastoral team",
         "Once a week",
         "Now"],
        ["B3",
         "Read Write Inc. Fresh Start, taught in a group of no more than four pupils, with a progress check every eight weeks using the Fresh Start assessment",
         "Teacher trained in Fresh Start by Ruth Miskin Training",
         "Four 35-minute lessons a week (Monday to Thursday, period 1)",
         "Now"],
        ["B3",
         "Maths catch-up lessons on the Key Stage 2 and 3 number work Kaden missed (fractions, place value, negative numbers)",
         "Maths teacher",
         "Up to three hours a week",
         "Now"],
        ["B3",
         "Differentiated work in all subjects",
         "Class teachers",
         "All lessons",
         "Now"],
        ["B3",
         "A laptop or other suitable ICT for longer pieces of writing",
         "Redbourne SENCO",
         "In lessons where needed",
         "Now"],
        ["B2, B4",
         "Phased return to mainstream: Kaden attends Stanmoor Academy on Tuesday and Thursday mornings (8:40 to 12:20) from 20 April to 22 May 2026, then on Monday, Tuesday and Thursday (full days) from 1 June 2026 to the end of the summer term, and full time from September 2026; on his other days he is taught at Redbourne. A meeting chaired by the Medwick SEND case officer reviews each step on 22 May and 17 July 2026.",
         "Redbourne reintegration lead (a qualified teacher) and the Stanmoor SENCO",
         "Two mornings a week (7 hours 20 minutes), then three full days a week (19 hours 30 minutes), then full time (32 hours 30 minutes)",
         "20 April 2026"],
        ["B2",
         "In-class support at Stanmoor during reintegration, gradually withdrawn as Kaden settles",
         "Teaching assistant",
         "Initially in every lesson he attends",
         "20 April 2026"],
        ["B2",
         "End-of-day check-out with his named pastoral mentor at Stanmoor, going through his report card and the next day's timetable",
         "Stanmoor Year 9 pastoral mentor",
         "5 minutes at 15:05 on every day he attends Stanmoor",
         "20 April 2026"],
        ["B4",
         "Construction and motor-vehicle taster days at Medwick College, subject to places being available",
         "Medwick College vocational tutors, with the Redbourne transition coordinator travelling with Kaden",
         "One day each half-term",
         "Spring term 2026"],
        ["B4",
         "Personal careers guidance: 1:1 interviews to plan his Key Stage 4 options and a route to a motor-vehicle apprenticeship, the first held before the Stanmoor options evening on 18 March 2026",
         "Careers adviser qualified to Level 6 in careers guidance, Medwick Careers Service",
         "Two 45-minute interviews each school year",
         "Now"],
        ["B4",
         "Independent travel training so that Kaden can get to Stanmoor by bus",
         "Travel trainer",
         "As needed before the move",
         "Summer term 2026"],
    ], widths_cm=[1.5, 6.2, 3.8, 3.4, 1.7], font_size=9, header_fill="E4DFEC")

    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "Melatonin 2 mg at bedtime, prescribed and reviewed every six months by the Medwick community paediatrician (given at home).",
        "The Medwick school nurse will meet Kaden at Redbourne for 30 minutes once each half-term to go through his sleep diary and sleep routine.",
        "Assessment by the CAMHS Getting More Help team for low mood when Kaden reaches the top of the waiting list.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("No services under section 2 of the 1970 Act have been assessed as needed.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.bullets([
        "A youth worker from the Medwick Targeted Youth Support service meets Kaden for 2 hours every Wednesday evening (17:00 to 19:00), in term time and school holidays, as part of his Child in Need plan.",
        "Positive activities through the youth service as capacity allows.",
    ])

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Redbourne Centre, Medwick (pupil referral unit, Key Stages 3 and 4). From 20 April "
           "2026 Kaden will be dual-registered with Stanmoor Academy, Medwick (mainstream "
           "academy, 11\u201316) for the phased return set out in Section F, and will attend "
           "Stanmoor Academy alone from September 2026.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Kaden's mother has not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Kaden's views \u2013 recorded by Ms F. Adebayo, key worker, Redbourne Centre, 11 December 2025",
        "Parent's views \u2013 Shannon Whitlow, 5 December 2025",
        "Educational advice \u2013 Mr G. Lockhart, Head of Centre, Redbourne Centre, 9 December 2025",
        "Psychological advice \u2013 Dr Nadia Brennock, Educational Psychologist, 15 December 2025",
        "Speech and language therapy advice \u2013 Ms H. Coutinho, Speech and Language Therapist, 27 November 2025",
        "Medical advice \u2013 Dr S. Varga, Community Paediatrician, 2 December 2025",
        "Social care advice \u2013 Medwick Adolescent Support Team, 10 December 2025",
        "Preparing for adulthood advice \u2013 Medwick Careers Service",
        "Annual review report \u2013 Redbourne Centre, 12 January 2026",
    ])
