"""Halstow County Council - post-16 young person (16, Year 12) with autism and ADHD in the
first year of a study programme at a general FE college (Level 1 Diploma in Digital
Technology, GCSE maths resit, one day a week of supported work experience). Word Heading 1
headings 'Section A: ...' with sentence-case titles and Heading 2 preparing-for-adulthood
sub-headings in A and B. Cover details as a two-column details table with no UPN. E is
numbered E1-E9. Section F is ONE four-column table in an unusual order
(Ref | Outcome | Provision | Frequency / duration / staffing), where the last column combines
how often, how long and who in one line-broken cell; refs are coded by PfA strand (EL1,
IL1, CF1, HW1 ...) and the table runs over a page break. H1 and H2 are separate. FINAL
plan."""

TITLE = "Education, Health and Care Plan - Callum Oduya"


def build(d):
    d.running_header_footer("Halstow County Council | EHC Plan | Callum Oduya | DOB 27/03/2009",
                            footer_left="Final plan issued 12 January 2026",
                            first_page_plain=False)
    d.title("Halstow County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=20, color="5B2C6F")
    d.details_table([
        ("Young person", "Callum Oduya"),
        ("Date of birth", "27/03/2009"),
        ("NHS number", "999 604 2297"),
        ("Address", "Flat 2, 41 Cooperage Lane, Halstow, XJ3 5NW"),
        ("Callum's contact details", "07700 900731; callum.oduya@example.org"),
        ("Parents", "Sinead Oduya (mother, main contact, 01632 960874, sinead.oduya@example.org); Femi Oduya (father)"),
        ("Education setting", "Jessop College, Foundry Road campus \u2013 Year 12 (first year of study programme)"),
        ("Date of final plan", "12 January 2026"),
        ("Date of next review", "by 11 January 2027"),
        ("Plan co-ordinator", "Dominic Achterlonie, Halstow 0-25 SEND Service"),
    ], widths_cm=(5.0, 11.5), fill="EDE3F1")
    d.para("Callum agreed the wording of Section A and asked that his parents' views be "
           "included.", italic=True, size=9.5)

    d.heading("Section A: Views, interests and aspirations", section="A")
    d.heading("What Callum says", level=2)
    d.para("Callum met his plan co-ordinator twice in November 2025 at the college Student "
           "Hub, and wrote the points below himself on his phone.")
    d.bullets([
        "\u201cI'm into bikes and computers. I fix my mates' bikes and I built my own PC from parts.\u201d",
        "\u201cCollege is better than school because nobody makes you sit still for six hours. I hate the canteen, it's too loud and everyone stares.\u201d",
        "\u201cI forget stuff. Not because I don't care, my brain just drops it. If someone tells me five things I remember the last one.\u201d",
        "\u201cI want to work in a bike shop doing repairs, and maybe one day have my own workshop. I want my own flat when I'm about 20.\u201d",
        "\u201cI want to get the train to college on my own and not have Mum drive me.\u201d",
    ])
    d.heading("What Callum's parents say (shared with his agreement)", level=2)
    d.para("Sinead and Femi say Callum is kind, practical and brilliant with his hands, and "
           "very patient with his younger sister Ruby. They worry that his school years were "
           "dominated by exclusions for walking out and that he has little confidence in "
           "himself as a learner. They would like college to keep him on a course he enjoys, "
           "help him pass maths, and find him real work experience that could lead to a job. "
           "They also want him to learn to look after his own medication and money.")

    d.heading("Section B: Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum is autistic (diagnosed at 11). He speaks fluently but takes language "
           "literally, misses jokes and sarcasm, and often does not realise when a tutor's "
           "comment is an instruction. He avoids starting conversations with people he does "
           "not know and will not ask for help, even when stuck, because he does not know what "
           "to say. On the phone he freezes.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum has ADHD (combined presentation). His working memory is well below "
           "average (EP assessment, October 2025) and he loses track of multi-step tasks, "
           "assignment briefs and deadlines. He achieved grade 3 in GCSE maths and grade 4 in "
           "English in summer 2025. Practical and visual tasks suit him; long written "
           "assignments do not, and in Year 11 he handed in fewer than half of his coursework "
           "tasks.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum becomes anxious in crowded, noisy spaces and when plans change at short "
           "notice. His response is to leave the room, and at school this led to repeated "
           "sanctions. He has low self-esteem about learning. He has two close friends from "
           "school but none on his course yet.")
    d.heading("Sensory", level=2)
    d.para("Callum is over-sensitive to noise and strong smells. The college canteen, the "
           "open-plan IT room at busy times and fire alarms cause him real distress.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Callum has never had a work placement, as his school placement in Year 10 was "
           "cancelled. He has not travelled on public transport on his own. He cannot yet "
           "budget, has no bank account of his own, and relies on his mother to remind him to "
           "take his medication.")

    d.heading("Section C: Health needs", section="C")
    d.para("Callum's ADHD is treated with lisdexamfetamine, taken at home each morning; his "
           "prescription and reviews are managed by the community paediatrician until he "
           "moves to adult ADHD services. He has mild asthma and carries a salbutamol inhaler. "
           "His GP referred him to CAMHS in 2025 for anxiety. Autism and ADHD were diagnosed by "
           "the Halstow Child Development Centre.")

    d.heading("Section D: Social care needs", section="D")
    d.para("Callum lives with his mother and his sister Ruby, who is 12, and stays with his "
           "father in Halstow on alternate weekends. He rarely goes out except with family, "
           "because he finds busy places overwhelming and does not yet know how to plan a "
           "journey. A Children with Disabilities Team assessment (November 2025) found that "
           "he needs support to take part in activities in the community. A Care Act "
           "transition assessment will be needed before he is 18.")

    d.heading("Section E: Outcomes", section="E")
    d.para("These outcomes look ahead to the end of Callum's first year at college (July "
           "2026) unless another date is given. His personal tutor will agree termly targets "
           "for each outcome with Callum at his progress reviews.")
    d.numbered([
        "By Easter 2026, Callum will travel by train from Halstow to the Foundry Road campus and back on his own, on every college day for two consecutive weeks.",
        "By August 2026, Callum will achieve grade 4 or above in GCSE maths.",
        "By July 2026, Callum will complete 20 days of work experience at Halstow Cycle Hub, arriving on time on at least 18 of them.",
        "Callum will become a bike mechanic.",
        "Callum will manage his anxiety better.",
        "Callum will be supported by a job coach on placement.",
        "By the end of Year 12, Callum will hand in at least nine of his ten diploma assignments by the deadline, using reminders he has set on his phone, without being chased by a tutor.",
        "By July 2026, Callum will ask a tutor or workplace supervisor for help, using a phrase he has practised, on at least four occasions each half-term.",
        "Callum will not walk out of lessons.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision", section="F")
    d.para("The table sets out the provision Callum needs. Provision is delivered in term "
           "time for as long as the plan is maintained. Refs: EL = employment and learning; "
           "IL = independent living; CF = communication and friendships; HW = health and "
           "wellbeing.")
    d.table(["Ref", "Outcome", "Provision", "Frequency / duration / staffing"], [
        ["EL1", "E7",
         "Pre-teaching of the vocabulary for each practical IT task, with a printed step-by-step task sheet that Callum ticks off as he works.",
         "Before each of his three weekly practical IT sessions: 15 minutes, 1:1\nLearning support practitioner holding a Level 3 qualification in supporting teaching and learning"],
        ["EL2", "E7",
         "Learning support in lessons to keep Callum on task.",
         "Up to 10 hours per week\nLearning support worker"],
        ["EL3", "E2",
         "GCSE maths resit in a group of no more than eight students, plus a 1:1 catch-up on the week's topic.",
         "Two 90-minute lessons a week and a 30-minute 1:1 catch-up every Friday\nQualified maths teacher"],
        ["EL4", "E2, E7",
         "Access to the Learning Centre for help with assignments.",
         "Drop-in, as and when Callum chooses\nLearning Centre staff"],
        ["EL5", "E7",
         "Coaching to help Callum plan assignments and manage deadlines.",
         "Weekly; length to be agreed\nStudy skills mentor"],
        ["EL6", "E3",
         "Supported work experience at Halstow Cycle Hub, a bicycle repair workshop, learning to strip, clean and rebuild brakes and gears under the workshop manager.",
         "Every Thursday in term time, 9:30 to 15:00, for 20 weeks from 5 February 2026\nA job coach who holds the Level 3 Certificate in Supported Employment Practice works alongside Callum for the whole of each placement day"],
        ["EL7", "E3, E4",
         "Callum will be offered the employability workshops that run within the college tutorial programme.",
         "As timetabled for his course group\nTutorial team"],
        ["EL8", "E4",
         "A one-to-one careers guidance appointment each term, looking at Level 2 cycle mechanics courses and apprenticeships in bike repair and IT support.",
         "Three 45-minute appointments a year (one per term)\nCareers adviser qualified to Level 6 in careers guidance and development"],
        ["IL1", "E1",
         "Independent travel training on the train from Halstow to Foundry Road station and the walk to campus, including buying a ticket on the app and what to do if a train is cancelled.",
         "Two accompanied return journeys a week (Mondays and Wednesdays) for ten weeks from 19 January 2026\nTrained travel trainer from the Halstow Independent Travel Team"],
        ["IL2", "",
         "Money management and budgeting sessions.",
         "Weekly, subject to sufficient numbers\nIndependent Living Skills tutor"],
        ["IL3", "",
         "Staff should encourage Callum to set his own medication and appointment reminders on his phone.",
         "Daily\nStaff"],
        ["CF1", "E8",
         "Social communication group.",
         "Fortnightly, one hour, for one term, subject to review\nAdditional Learning Support team"],
        ["CF2", "E8",
         "Direct speech and language therapy on asking for help, repairing misunderstandings, understanding sarcasm and indirect instructions, and workplace phone calls. The therapist sets targets each half-term and reports progress at each review.",
         "45 minutes, 1:1, every fortnight\nHCPC-registered speech and language therapist commissioned by Halstow County Council"],
        ["CF3", "E8",
         "Encouragement to join a college enrichment club, e.g. e-sports or the cycling club.",
         "Student Life team"],
        ["HW1", "E5, E9",
         "A ten-minute run-through of the day at the Student Hub before his first lesson, going through Callum's phone calendar and flagging any room, tutor or timetable changes.",
         "Every college day on arrival\nHis named learning support practitioner"],
        ["HW2", "E5, E9",
         "A time-out card that lets Callum leave a lesson for a short break when he needs to.",
         "As required\nTutors to be made aware"],
        ["HW3", "E5",
         "Counselling from the college wellbeing service if a place becomes available.",
         "Wellbeing counsellor"],
        ["HW4", "E2",
         "Exam access arrangements in all GCSE and diploma assessments and mocks: 25% extra time, supervised rest breaks, a word processor, and a room with no more than five other candidates.",
         "Every formal assessment\nArranged by the college Exams Officer"],
        ["HW5", "E5, E9",
         "Tutors to follow the strategies in the Autism Outreach Team report (see Appendix 4).",
         "All sessions\nAll teaching staff"],
        ["HW6", "E7",
         "Appropriate assistive technology, e.g. a laptop, to help with written work.",
         "College IT"],
    ], widths_cm=[1.2, 1.7, 7.4, 6.3], font_size=9.5, header_fill="E4D7EA")

    d.heading("Section G: Health provision", section="G")
    d.para("Agreed by Halstow and Wyvern Integrated Care Board on 5 January 2026.")
    d.bullets([
        "Lisdexamfetamine prescribed and reviewed every six months by the community paediatrician, Halstow Child Development Centre, until Callum transfers to adult services.",
        "Salbutamol inhaler carried by Callum at college and on placement, used as required for asthma symptoms.",
        "CAMHS: six sessions of cognitive behavioural therapy to teach Callum strategies for managing his anxiety.",
        "Transfer to the adult ADHD service once Callum reaches the top of its waiting list.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A personal assistant for four hours every other Saturday, funded through a social "
           "care direct payment, so that Callum can go to Halstow BMX Park and the town centre "
           "with a friend.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Support from the 14-25 Transitions Team as needed.")

    d.heading("Section I: Placement", section="I")
    d.para("Jessop College (general further education college), Foundry Road campus: Level 1 "
           "Diploma in Digital Technology with GCSE maths, Monday to Wednesday, and supported "
           "work experience on Thursdays, as set out in Section F.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Sinead Oduya receives a social care direct payment for the personal assistant in "
           "Section H1. No personal budget has been requested for the special educational "
           "provision in Section F.")

    d.heading("Section K: Advice and information", section="K")
    d.numbered([
        "Callum's views \u2013 written by Callum with Mr D. Achterlonie, 18 and 25 November 2025",
        "Parents' views \u2013 Sinead and Femi Oduya, 20 November 2025",
        "Educational advice \u2013 Ms P. Gunnarsdottir, Head of Additional Learning Support, Jessop College, 24 November 2025",
        "Psychological advice \u2013 Dr Owain Pritchard-Lamb, Educational Psychologist, 21 October 2025",
        "Medical advice \u2013 Dr H. Mbatha, Community Paediatrician, 17 November 2025",
        "Speech and language therapy advice \u2013 Ms R. Castellanos, Speech and Language Therapist, 26 November 2025",
        "Autism Outreach Team advice \u2013 Halstow Autism Outreach Team",
        "Social care advice \u2013 Children with Disabilities Team, 28 November 2025",
        "Preparing for adulthood advice \u2013 Halstow Careers and Participation Service, 1 December 2025",
    ], fmt="K{n}")
