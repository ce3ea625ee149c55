"""Hemsford County Council - Year 8 pupil with Duchenne muscular dystrophy, moderate
learning difficulties and a language disorder, who uses a powered wheelchair and a
symbol-based AAC app, at a maintained special school for pupils with physical disabilities.
Title Case Word Heading 1 headings with the letter and an abbreviation ('Section F: Special
Educational Provision (SEP)'); running header and 'Page X of Y' footer; bold-label cover
lines. E is bullets under Heading 2 area sub-headings. Section F opens with a note that
amounts are given per school year, then one five-column table (Ref | Provision | How it is
delivered | Provider and qualification | Amount in a school year) with a repeated header
row; the 'How it is delivered' column carries the mode (direct / indirect / consultation)
and the grouping. Dashes in some empty cells. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reuben Castellane"


def build(d):
    d.running_header_footer("Hemsford County Council  |  EHC Plan  |  Reuben Castellane  |  FINAL",
                            footer_left="Hemsford SEND Service", first_page_plain=True)
    d.title("Hemsford County Council", size=14, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN \u2013 issued 9 March 2026", bold=True, size=12)
    d.label_para("Name: ", "Reuben Castellane")
    d.label_para("Date of birth: ", "03.11.2012")
    d.label_para("NHS no.: ", "999 308 7742")
    d.label_para("UPN: ", "H999000738215")
    d.label_para("Address: ", "Flat 2, 14 Coppergate Row, Hemsford, XJ3 6PD")
    d.label_para("Parent / carers: ", "Sinead Castellane (mother) and Aled Pryce (stepfather)")
    d.label_para("Telephone: ", "01632 960391 / 07700 900672")
    d.label_para("E-mail: ", "sinead.castellane@example.org")
    d.label_para("School and year group: ", "Varley Park School, Year 8")
    d.label_para("Date of plan: ", "9 March 2026")
    d.label_para("Review by: ", "8 March 2027")
    d.label_para("Plan writer: ", "Tomasz Rindell-Okoro, SEND Casework Officer")

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("About me (Reuben)", level=2)
    d.para("Reuben gave his views to his speech and language therapist over two sessions in "
           "January 2026, partly by speaking and partly with his communication app. The words "
           "in quotation marks are his own; the therapist has added the rest.")
    d.para("Reuben is a sociable, quick-humoured 13-year-old who loves video games (especially "
           "racing and football games), watching gaming channels and going to powerchair "
           "football on Sundays. He told us: \"I am good at FIFA. I beat my brother.\" He likes "
           "his friends in class and his teacher, \"because she makes it funny\". He does not "
           "like \"when people talk for me\", being rushed, or long writing. Asked what he "
           "wants to be when he is older, he typed \"make YouTube game videos\" and \"live "
           "with my mates\".")
    d.heading("What Reuben's family say", level=2)
    d.para("Sinead and Aled describe Reuben as determined, cheeky and very loving with his "
           "younger brother Finn. They are proud of how he has kept going since he stopped "
           "walking. They worry that he is more tired and low in mood this year, that he does "
           "not always tell staff when something hurts, and that people underestimate what "
           "he understands because his speech is quiet and unclear. They want him to be "
           "able to say what he thinks to anyone, to read well enough to follow what is going "
           "on in his games and on his phone, and to stay with his friends at Varley Park.")

    d.heading("Section B: Special Educational Needs (SEN)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben has a language disorder alongside Duchenne muscular dystrophy. His speech is "
           "quiet because of weak breath support and becomes slurred when he is tired; "
           "unfamiliar listeners understand about half of what he says. He uses a "
           "symbol-based communication app on a tablet mounted on his wheelchair, but mostly "
           "for single words, and he rarely starts a conversation with an adult he does not "
           "know. He understands everyday conversation but has difficulty with longer "
           "instructions, abstract vocabulary in subjects such as science and history, and "
           "questions that ask him to explain 'why' or 'how'.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben has moderate learning difficulties. His working memory and speed of "
           "processing are well below average (educational psychology advice, December "
           "2025). His reading is at about the level expected of a seven-year-old: he knows "
           "most single sounds but reads longer words slowly and guesses at unfamiliar ones. "
           "In maths he is secure with numbers to 50 and simple addition, but is not yet able "
           "to use multiplication facts, money or time. Recording by hand is not possible for "
           "more than a few words.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben is well liked and has two close friends in his class. Over the past year he "
           "has become more aware that his condition is getting worse. He has had periods of "
           "low mood, says he is \"fed up\", and has twice refused to leave the classroom at "
           "break. He finds it hard to put his worries into words.")
    d.heading("Sensory and physical", level=2)
    d.para("Reuben stopped walking at the age of ten and now uses a powered wheelchair, which "
           "he drives with a joystick. His arms are weak and he cannot raise them against "
           "gravity; he needs his tablet and work positioned close to him and mobile arm "
           "supports to reach. He is at risk of contractures at the hips, knees, ankles and "
           "elbows and needs a daily stretching and standing routine. He needs a hoist and "
           "two adults for every transfer and for toileting. He tires quickly, particularly "
           "in the afternoon.")
    d.heading("Independence and self-care", level=2)
    d.para("Reuben relies on adults for all personal care. He is not yet able to tell new "
           "staff how he likes to be moved and positioned, and he sometimes lets them get it "
           "wrong rather than say so. He drives his wheelchair confidently in open spaces but "
           "bumps into doors and people in busy corridors.")

    d.heading("Section C: Health Care Needs", section="C")
    d.para("Reuben has Duchenne muscular dystrophy, diagnosed at the age of four. He is under "
           "the neuromuscular team at Hemsford Royal Infirmary. He takes deflazacort (a "
           "steroid) and vitamin D each morning at home, and an ACE inhibitor to protect his "
           "heart. He has yearly heart scans and six-monthly breathing tests; his lung "
           "function has started to fall. Steroid treatment puts him at risk of weight gain "
           "and weak bones. He wears night splints on both ankles. He has aches in his legs "
           "and back after long periods of sitting or after physiotherapy.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Reuben is a disabled child under section 17 of the Children Act 1989 and is known "
           "to the Hemsford Children with Disabilities Team. His family live in a ground-floor "
           "flat that has been partly adapted. Reuben needs two adults for all transfers, so "
           "his mother and stepfather provide a very high level of care, including at night. "
           "Reuben needs support from an adult other than his parents to take part in "
           "activities in the community, and the family need regular breaks from caring.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below are for the end of Key Stage 3 (July 2027) unless another date "
           "is given. Varley Park School sets termly targets towards them and reports on them "
           "at each review.")
    d.heading("Communication", level=2)
    d.bullets([
        "By July 2027, Reuben will use his AAC app to ask and answer questions in a small-group lesson at least three times in each lesson, without an adult prompting him.",
        "Reuben will have speech and language therapy every week.",
    ])
    d.heading("Learning", level=2)
    d.bullets([
        "Reuben will improve his reading.",
        "By the end of Year 9, Reuben will read aloud a 100-word passage at his reading level with at least 90% accuracy.",
    ])
    d.heading("Physical and independence", level=2)
    d.bullets([
        "By July 2026, Reuben will tell a new member of staff, by speech or with his app, the four steps of his hoisting routine in the right order.",
        "By the end of Year 9, Reuben will drive his powered wheelchair between his classroom, the dining hall and the therapy suite at busy times without touching a person or a door frame.",
    ])
    d.heading("Well-being", level=2)
    d.bullets([
        "Reuben will feel more positive about the future.",
        "Reuben will become a YouTuber who makes gaming videos.",
    ])

    d.heading("Section F: Special Educational Provision (SEP)", section="F")
    d.para("Varley Park School is open for 39 weeks a year. Amounts in the last column are for "
           "one school year unless a weekly or daily amount is given. All provision continues "
           "for the life of this plan.")
    d.table(["Ref", "Provision", "How it is delivered", "Provider and qualification",
             "Amount in a school year"], [
        ["F1",
         "Direct speech and language therapy: building sentences on his AAC app, starting and repairing conversations, and voice projection exercises.",
         "Direct, 1:1; every other session in class",
         "HCPC-registered speech and language therapist with specialist AAC experience (Varley Park therapy team)",
         "38 sessions (weekly in term time), 40 minutes each"],
        ["F2",
         "Aided language modelling: while talking, the adult points to the key words on Reuben's AAC grid, in every English, maths and topic lesson.",
         "Direct, in class",
         "Class teaching assistant who has completed the school's two-day AAC modelling course",
         "11 lessons each week"],
        ["F3",
         "Keeping Reuben's AAC vocabulary up to date and sorting out problems with the app.",
         "Indirect",
         "Staff",
         "As needed"],
        ["F4",
         "Input from Hemsford Assistive Technology Service on a future communication system.",
         "Consultation",
         "Hemsford Assistive Technology Service",
         "To be agreed after their assessment"],
        ["F5",
         "English and maths taught in a class of no more than eight pupils, with every written task set up on the touch-screen or for switch access.",
         "Direct, class of up to 8 with three adults",
         "Class teacher (QTS) and two teaching assistants with Level 3 qualifications",
         "10 hours a week (all English and maths lessons)"],
        ["F6",
         "Precision Teaching of high-frequency words.",
         "Direct, 1:1",
         "Teaching assistant",
         "Regularly, 5 minutes a session"],
        ["F7",
         "Reuben would benefit from a structured numeracy intervention.",
         "\u2014",
         "\u2014",
         "\u2014"],
        ["F8",
         "Units of Sound reading programme on the tablet, with the adult reading the on-screen instructions aloud.",
         "Direct, 1:1",
         "Higher level teaching assistant trained in Units of Sound",
         "Four 20-minute sessions a week (152 sessions)"],
        ["F9",
         "More time to process and work broken into smaller steps in all lessons.",
         "In class",
         "All teaching staff",
         "Throughout the day"],
        ["F10",
         "Physiotherapy: passive and active-assisted stretches to hips, knees, ankles and elbows, checks of his night splints and standing-frame tolerance, and advice to class staff on positioning.",
         "Direct, 1:1",
         "HCPC-registered paediatric physiotherapist with neuromuscular experience (Hemsford Children's Physiotherapy)",
         "19 sessions (every other week in term time), 45 minutes each"],
        ["F11",
         "Daily stretching routine written by the physiotherapist, plus standing in his standing frame during one seated lesson.",
         "Direct, 1:1",
         "Teaching assistant trained and signed off as competent by the physiotherapist, retrained every September",
         "Every school day: 20 minutes of stretches at 9:15 and 45 minutes in the frame after lunch"],
        ["F12",
         "Hydrotherapy when the pool is free.",
         "Group",
         "Hydrotherapy staff",
         "Weekly where possible"],
        ["F13",
         "Occupational therapy sessions on his seating, arm supports and how he reaches his tablet and switch.",
         "Direct, 1:1",
         "Occupational therapist",
         "Up to three sessions, 45 minutes"],
        ["F14",
         "Specialist ICT and seating equipment in line with the occupational therapist's recommendations.",
         "Equipment",
         "School",
         "\u2014"],
        ["F15",
         "Hoisting and transfers for toileting and changes of position.",
         "Direct, two adults",
         "Two teaching assistants holding current moving-and-handling certificates, refreshed each year",
         "At 10:30, 12:15 and 14:30 every school day, and at any other time Reuben asks"],
        ["F16",
         "Emotional support to help Reuben talk about his condition and what worries him.",
         "Direct, 1:1",
         "Learning mentor",
         "Weekly to begin with, reducing over the year"],
        ["F17",
         "Drawing and Talking sessions in the same quiet room at the same time each week, so that Reuben can explore his feelings about his condition through drawing.",
         "Direct, 1:1",
         "Emotional Literacy Support Assistant who has completed Drawing and Talking training, supervised half-termly by the school's educational psychologist",
         "Two 12-week blocks (autumn and summer terms): 24 sessions of 30 minutes"],
        ["F18",
         "Access to the school counsellor.",
         "Direct",
         "School counsellor",
         "On request"],
        ["F19",
         "Support for Reuben to direct his own personal care and explain to new staff how to help him, subject to review.",
         "Direct",
         "Care staff",
         "Daily"],
        ["F20",
         "Powered wheelchair skills practice around school and in the local community.",
         "Direct, 1:1",
         "School",
         "Termly, depending on staffing"],
    ], widths_cm=[1.1, 5.6, 2.9, 4.0, 3.2], font_size=9, header_fill="E8DAEF")

    d.heading("Section G: Health Care Provision (HCP)", section="G")
    d.bullets([
        "Review by the consultant in paediatric neuromuscular medicine at Hemsford Royal Infirmary every six months, covering steroid treatment, bone health and spinal checks.",
        "Echocardiogram and ECG every 12 months with the paediatric cardiology team.",
        "Lung function tests every six months; a sleep study will be arranged when the respiratory team has capacity.",
        "Paracetamol for leg and back pain, given by a trained member of staff as required under Reuben's individual health care plan.",
        "Weight and diet review by the paediatric dietitian every three months.",
        "A replacement powered wheelchair with tilt-in-space and a rising seat, once Hemsford Wheelchair Service has completed its assessment and the funding has been agreed.",
    ])

    d.heading("Section H1: Social Care Provision (CSDPA 1970, section 2)", section="H1")
    d.bullets([
        "A support worker for four hours every other Sunday (two sessions a month) so that Reuben can play powerchair football with Hemsford Hawks, paid for through a social care direct payment to Sinead.",
        "Help with further adaptations to the family home.",
    ])
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.bullets([
        "Overnight short breaks at Lindenfield House.",
    ])

    d.heading("Section I: Placement", section="I")
    d.para("Varley Park School, Hemsford \u2013 maintained special school for pupils aged 2 to "
           "19 with physical disabilities and medical needs.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Sinead receives a social care direct payment for the support worker in Section H1. "
           "No personal budget has been requested for the provision in Section F.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Parent views \u2013 Sinead Castellane and Aled Pryce, 6 January 2026",
        "Reuben's views \u2013 gathered by Ms R. Dunmore, Speech and Language Therapist, 13 and 20 January 2026",
        "Educational advice \u2013 Mr K. Abernethy, Deputy Headteacher, Varley Park School, 15 January 2026",
        "Psychological advice \u2013 Dr Miriam Solberg, Educational Psychologist, 10 December 2025",
        "Medical advice \u2013 Dr F. Oyelaran, Consultant in Paediatric Neuromuscular Medicine, 19 December 2025",
        "Speech and language therapy advice \u2013 Ms R. Dunmore, Speech and Language Therapist, 22 January 2026",
        "Physiotherapy advice \u2013 Hemsford Children's Physiotherapy, 9 January 2026",
        "Occupational therapy advice \u2013 Mr D. Halloran, Occupational Therapist, 12 January 2026",
        "Assistive technology advice \u2013 Hemsford Assistive Technology Service",
        "Social care advice \u2013 Hemsford Children with Disabilities Team, 7 January 2026",
    ])
