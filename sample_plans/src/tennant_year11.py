"""Halverton City Council - Year 11 young man with social, emotional and mental health
needs after repeated suspensions, directed off-site to a pupil referral unit on a
part-time timetable with a planned return to his mainstream academy for the summer term.
Bold-label cover lines; running header and 'FINAL PLAN Page X of Y' footer. The sections
are grouped under three Word Heading 1 'Part one / two / three' banners that carry no
section letter; each section is a Word Heading 2 with an em dash ('Section F \u2014 Special
educational provision'), with Heading 3 area sub-headings in B. E is numbered 1-9.
Section F is ONE four-column table (Ref | Where | Provision | Frequency / duration /
staffing): the 'Where' column says which setting delivers the item (PRU, academy, both,
college, community, home) and the last column combines how often, how long and who.
Separate H1 and H2. Section I names both institutions with the dates of the move.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Reece Tennant"


def build(d):
    d.running_header_footer("Halverton City Council  |  EHC Plan  |  Reece Tennant  |  "
                            "DOB 2 November 2009", footer_left="FINAL PLAN",
                            first_page_plain=True)
    d.title("Halverton City Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN \u2013 issued 23 January 2026", bold=True, size=12)
    d.label_para("Name: ", "Reece Tennant")
    d.label_para("Date of birth: ", "2 November 2009")
    d.label_para("NHS number: ", "999 318 4467")
    d.label_para("UPN: ", "H999000640722")
    d.label_para("Address: ", "Flat 3, 41 Kestle Road, Halverton, XJ2 6TW")
    d.label_para("Lives with: ", "Shona Tennant (mother), Gary Lomax (mother's partner) and his sister Kayla (13)")
    d.label_para("Contact: ", "Shona Tennant, 07700 900631 / 01632 960872, shona.tennant@example.org")
    d.label_para("Year group: ", "Year 11")
    d.label_para("School on roll: ", "Brockwell Park Academy (dual-registered with the Lanyard Centre since 18 November 2025)")
    d.label_para("Date of request for assessment: ", "8 September 2025")
    d.label_para("Date of final plan: ", "23 January 2026")
    d.label_para("Next review: ", "by 13 March 2026 (brought forward to plan Reece's move to post-16)")
    d.label_para("Case officer: ", "Imran Haddow-Price, Halverton SEN Team")

    # ------------------------------------------------------------------ Part one
    d.heading("Part one: about Reece and what he needs", level=1)

    d.heading("Section A \u2014 Reece's views, interests and aspirations", level=2, section="A")
    d.para("Reece did not want to fill in a form. His key worker at the Lanyard Centre, "
           "Mr Fairweather, talked with him on two walks to the shop in December 2025 and "
           "wrote down what he said afterwards; Reece read it and changed two bits.")
    d.para("\"School was alright till Year 9. Then stuff kicked off at home and I just "
           "couldn't be bothered with teachers going on at me. If someone gets in my face I "
           "go off, and then I'm the one who gets sent home. Lanyard is better because it's "
           "small and they don't shout. I want to go back to Brockwell for my exams because "
           "my mates are there. I'm good with my hands. I fix bikes for people on the estate "
           "and I want to be a mechanic and have my own garage one day. I want to pass "
           "English and maths so I can get on the motor vehicle course at Halverton College. "
           "I want to learn to drive as soon as I'm 17.\"")
    d.para("Shona says Reece is loyal, funny and protective of his little sister, and very "
           "practical: he rebuilt a scooter engine from parts last summer. She feels he was "
           "written off at school after the family's difficulties and wants him to get "
           "qualifications and a college place, not to \"end up on the streets\". Gary, who "
           "has lived with the family for a year, says Reece is \"a good lad when people give "
           "him a chance\". Both worry about who Reece spends time with in the evenings.")

    d.heading("Section B \u2014 Special educational needs", level=2, section="B")
    d.para("Reece has been at Brockwell Park Academy since Year 7. He was suspended six times "
           "in Year 10 (19 days in all) and twice in the autumn term of Year 11. On 18 "
           "November 2025 the academy directed him off-site to the Lanyard Centre under "
           "section 29A of the Education Act 2002, and he is dual-registered. He currently "
           "attends the centre for three hours each morning.")
    d.heading("Social, emotional and mental health", level=3)
    d.para("Reece has experienced domestic abuse at home (before 2023) and was diagnosed with "
           "low mood by CAMHS in 2025. He is quick to feel criticised or cornered. When an "
           "adult corrects him in front of others, or when he is asked to read aloud, he "
           "swears, kicks furniture or walks out of the building, and he cannot yet notice "
           "the early signs that he is becoming angry. Once he has calmed down he is "
           "remorseful but finds it very hard to talk about what happened. He trusts very few "
           "adults. He sleeps badly and is often tired and irritable in the mornings. He has "
           "lost touch with most of his friends from Brockwell Park.")
    d.heading("Communication and interaction", level=3)
    d.para("A language screen by the speech and language therapist (November 2025) found "
           "that Reece's understanding of vocabulary is well below the average for his age "
           "(standard score 76), particularly for subject words and words for feelings. He "
           "often misunderstands long or indirect instructions, and when he is stressed he "
           "cannot find the words to explain himself, which adults can mistake for rudeness.")
    d.heading("Cognition and learning", level=3)
    d.para("Reece's reading age is 11 years 2 months (Fresh Start assessment, January 2026), "
           "and he reads slowly and avoids reading in front of others. His spelling is weak "
           "and his written answers are short. He is working at GCSE grade 2 in English and "
           "grade 3 in maths, and has gaps in his knowledge because of the time he has "
           "missed. His short-term memory for spoken information is weak.")
    d.heading("Preparing for adulthood", level=3)
    d.para("Reece has not yet applied for a post-16 course and does not know what entry "
           "requirements the motor vehicle course has. He has never done work experience. He "
           "travels independently by bus around Halverton and manages his own money.")

    d.heading("Section C \u2014 Health needs", level=2, section="C")
    d.para("Reece was diagnosed with low mood by Halverton CAMHS in June 2025 and takes "
           "fluoxetine 10 mg each morning. He has been on the waiting list for an ADHD "
           "assessment with the neurodevelopmental service since March 2025. He has told his "
           "key worker that he sometimes uses cannabis to help him sleep.")

    d.heading("Section D \u2014 Social care needs", level=2, section="D")
    d.para("Reece and Kayla have been supported under a child in need plan since January 2024 "
           "because of the domestic abuse the family experienced. Reece received a youth "
           "conditional caution in September 2025 for criminal damage and is working with "
           "the Halverton Youth Justice Service until March 2026. He has no structured "
           "activities in the evenings, and his social worker is concerned that older young "
           "people are drawing him into risky situations.")

    # ------------------------------------------------------------------ Part two
    d.heading("Part two: what we want Reece to achieve and how we will help", level=1)

    d.heading("Section E \u2014 Outcomes", level=2, section="E")
    d.para("The outcomes run to the end of Year 11 (July 2026) unless another date is given. "
           "Reece's key worker, and from April his head of year, will set fortnightly targets "
           "with him and share them with Shona.")
    d.numbered([
        "By July 2026, Reece will sit all of his GCSE English Language and maths papers at Brockwell Park Academy, using his access arrangements.",
        "By July 2026, Reece will read an unseen passage at a reading age of 13 years aloud to an adult with at least 95% accuracy.",
        "Reece will manage his anger better.",
        "By the end of March 2026, Reece will show his exit card and go to the agreed space instead of leaving the building, on at least 8 of 10 recorded occasions.",
        "By the end of the summer term 2026, Reece will attend Brockwell Park Academy for his full timetable for four weeks in a row without a suspension.",
        "Reece will attend anger management sessions.",
        "By September 2026, Reece will have enrolled on, and started, a Level 1 motor vehicle course at Halverton College.",
        "Reece wants to be a mechanic and own his own garage.",
        "Reece will stop swearing at staff.",
    ], fmt="{n}.")

    d.heading("Section F \u2014 Special educational provision", level=2, section="F")
    d.para("The table sets out Reece's provision for the rest of Year 11. The \"Where\" "
           "column shows which setting is responsible: the Lanyard Centre until 17 April "
           "2026, Brockwell Park Academy from 20 April 2026, or both. Provision is in term "
           "time unless the table says otherwise.")
    d.table(["Ref", "Where", "Provision", "Frequency / duration / staffing"], [
        ["F1", "Lanyard Centre",
         "GCSE English Language and maths (Foundation tier), taught in a group of no more than six pupils",
         "Five 1-hour lessons a week in each subject; taught by qualified teachers (QTS) who teach these subjects at the centre"],
        ["F2", "Lanyard Centre",
         "Reece's part-time timetable will be extended as he shows he can cope with longer days",
         "15 hours a week at present (9:00 to 12:00, Monday to Friday); any increase at the discretion of the head of centre"],
        ["F3", "Both settings",
         "Read Write Inc. Fresh Start, 1:1, starting at the module that matches his latest reading assessment",
         "20 minutes on four mornings a week, before the first lesson; a teaching assistant who has completed the Read Write Inc. Fresh Start training (at Brockwell Park, the Year 11 literacy TA, who has the same training)"],
        ["F4", "Both settings",
         "In-class help with reading and writing tasks from a learning support assistant",
         "Up to 5 hours a week, spread across lessons"],
        ["F5", "Both settings",
         "Use of a laptop or a reading pen in lessons where one is available",
         "On request"],
        ["F6", "Brockwell Park",
         "Exam access arrangements for every mock and GCSE paper: 25% extra time, a reader, and a room of his own with one invigilator",
         "Each mock and each GCSE examination; arranged by the academy's exams officer; the reader is an invigilator trained by the exams officer in the JCQ rules"],
        ["F7", "Both settings",
         "Individual psychological therapy, trauma-informed and CBT-based: noticing his early warning signs of anger, rehearsing his exit plan, and going back over incidents to challenge the thoughts behind them",
         "50 minutes every week in term time until the end of July 2026, moving with him to Brockwell Park after 20 April; an HCPC-registered clinical psychologist from the Halverton Inclusion Support Service"],
        ["F8", "Community",
         "A place on an anger management group run by Halverton Youth Service",
         "Weekly, subject to places"],
        ["F9", "Lanyard Centre",
         "A 10-minute check-in at 8:50 each day he attends, going through the day's timetable, any change of staff or room, and his exit card",
         "Daily; his key worker, who is the centre's learning mentor"],
        ["F10", "Lanyard Centre",
         "Time out in the reflection room when he is becoming agitated",
         "As and when; supervised by staff"],
        ["F11", "Brockwell Park",
         "A phased return to Brockwell Park Academy from 20 April 2026, starting with two lessons a day and building up to his full timetable",
         "Timetable to be set by the academy's pastoral team; TA support initially"],
        ["F12", "Both settings",
         "Meetings between the two settings will be held regularly to plan the return",
         "Regularly; Brockwell Park SENCO and Lanyard Centre staff"],
        ["F13", "Brockwell Park",
         "End-of-day 1:1 check-out with his head of year: going through his report card together and agreeing one target for the next day",
         "10 minutes at 15:05 every day for the rest of Year 11; Head of Year 11"],
        ["F14", "Both settings",
         "The speech and language therapist will advise staff on adapting their language when Reece is dysregulated",
         "One consultation visit a term, to be reviewed in July 2026"],
        ["F15", "Both settings",
         "Pre-teaching of the vocabulary for each new GCSE English text and maths topic using word maps, with Reece keeping his own word book",
         "Two 20-minute 1:1 sessions a week; an HLTA trained in the Word Aware approach by the Halverton speech and language therapy service"],
        ["F16", "Lanyard Centre",
         "Two individual careers guidance interviews to settle his post-16 course choice and complete his Halverton College application",
         "45 minutes each, both held before 13 March 2026; a careers adviser holding a Level 6 careers guidance qualification, from Halverton Futures"],
        ["F17", "Halverton College",
         "A six-week motor vehicle taster course in Halverton College's Pier Road workshops",
         "Every Wednesday afternoon, 13:00 to 15:30, for six weeks from 22 April 2026; the Lanyard Centre learning mentor travels with him and stays on site"],
        ["F18", "Community",
         "Reece would benefit from a work taster in a local garage if a suitable placement can be found",
         "Pastoral team"],
        ["F19", "Both settings",
         "Restorative conversations after any incident",
         "As appropriate; staff trained in restorative practice"],
        ["F20", "Home",
         "Revision set by his teachers, to be completed at home with Reece's mother checking it each evening",
         "Each evening; parent"],
        ["F21", "Lanyard Centre",
         "Element 3 top-up funding at Halverton Band 4 towards the centre's staffing",
         "\u00a37,200 per year"],
    ], widths_cm=[1.1, 2.6, 7.0, 5.9], font_size=9.5, header_fill="E8DAEF")

    d.heading("Section G \u2014 Health provision", level=2, section="G")
    d.bullets([
        "Fluoxetine 10 mg once daily, prescribed by Dr Ashworth, consultant child and adolescent psychiatrist, Halverton CAMHS, who reviews Reece every eight weeks.",
        "ADHD assessment by the Halverton neurodevelopmental service when Reece reaches the top of the waiting list.",
        "Drug and alcohol support from the Compass young people's service if Reece wants it.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2, section="H1")
    d.para("Not applicable: Reece has not been assessed as needing any service under "
           "section 2 of the 1970 Act.")
    d.heading("Section H2 \u2014 Other social care provision", level=2, section="H2")
    d.bullets([
        "A Halverton Targeted Youth Support worker for 2 hours every Thursday evening (18:00 to 20:00) to take Reece to the Foundry Boxing Club and stay for the session, for the life of the child in need plan.",
        "Weekly 1-hour sessions with his Youth Justice Service case worker until his conditional caution ends on 14 March 2026.",
        "Family support from the Early Help team when needed.",
    ])

    # ------------------------------------------------------------------ Part three
    d.heading("Part three: where Reece will learn, and the advice we used", level=1)

    d.heading("Section I \u2014 Placement", level=2, section="I")
    d.para("The Lanyard Centre, Halverton (pupil referral unit), where Reece is dual-registered "
           "under an off-site direction until 17 April 2026; then Brockwell Park Academy, "
           "Halverton (mainstream academy, 11-16), where he stays on roll, from 20 April 2026 "
           "to the end of Year 11.")

    d.heading("Section J \u2014 Personal budget", level=2, section="J")
    d.para("Neither Reece nor his mother has asked for a personal budget.")

    d.heading("Section K \u2014 Advice and information", level=2, section="K")
    d.bullets([
        "Reece's views - recorded by Mr D. Fairweather, key worker, Lanyard Centre, 12 December 2025",
        "Parent's views - Shona Tennant, 2 October 2025",
        "Educational advice - Brockwell Park Academy, Mrs A. Cheung, SENCO, 10 October 2025",
        "Educational advice - the Lanyard Centre, Mr P. Rhodes, head of centre, 5 December 2025",
        "Psychological advice - Dr Sian Velasco, Educational Psychologist, 21 October 2025",
        "Medical advice - Dr M. Ashworth, Consultant Psychiatrist, Halverton CAMHS, 15 October 2025",
        "Speech and language therapy advice - Ms K. Adeyemi, Speech and Language Therapist, 18 November 2025",
        "Social care advice - Ms G. Okafor, social worker, Halverton Children's Services, 20 October 2025",
        "Youth Justice Service information - Halverton YJS",
        "Preparing for adulthood advice - Mr L. Sandhu, careers adviser, Halverton Futures, 9 December 2025",
    ])
