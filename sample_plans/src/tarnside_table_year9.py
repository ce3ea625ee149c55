"""Tarnside Metropolitan Borough Council - Word Heading 1 headings 'Section A. Views,
interests and aspirations' (letter followed by a full stop). Cover details in a four-column
table with NHS number and UPN. E is a list numbered E1-E8. F is one four-column table
(Provision | How much / how often | Delivered by | Linked outcome) with a repeated header
row; one row has an empty outcome cell. Year 9 young person with cerebral palsy in a
mainstream academy. FINAL plan."""

TITLE = "Education, Health and Care Plan - Kian Hollowell"


def build(d):
    d.simple_footer("Tarnside MBC  |  Final EHC Plan  |  Kian Hollowell  |  Issued 2 March 2026")
    d.title("Tarnside Metropolitan Borough Council", size=14, color="7B3F00")
    d.title("Final Education, Health and Care Plan", size=20, color="7B3F00")
    d.table(None, [
        ["Young person", "Kian Hollowell", "Date of birth", "23/01/2012"],
        ["NHS number", "999 427 5810", "UPN", "Z999000314159"],
        ["School", "Brackenholt Academy", "Year group", "Year 9"],
        ["Parents", "Jodie Hollowell and Lewis Hollowell", "Telephone", "01632 960587"],
        ["Address", "3 Millrace Court, Tarnside, XQ7 2RB", "E-mail", "jodie.hollowell@example.org"],
        ["Date of final plan", "2 March 2026", "Next review by", "1 March 2027"],
    ], widths_cm=[3.0, 5.8, 2.8, 5.0], bold_first_col=True)
    d.para("Kian helped to write Section A. The plan co-ordinator is Marcus Adeyemi-Shaw, "
           "Tarnside SEND Team.", italic=True)
    d.page_break()

    d.heading("Section A. Views, interests and aspirations", section="A")
    d.heading("What Kian says", level=2)
    d.para("Kian talked with his form tutor and wrote some of this himself on his laptop. \"I "
           "love football, I just can't play it the normal way. I do wheelchair basketball on "
           "Saturdays and I'm the team's stats person. I hate being the kid who gets helped all "
           "the time. When I'm older I want to be a sports journalist, live in a flat in the "
           "city and drive my own adapted car.\"")
    d.heading("What Kian's parents say", level=2)
    d.para("Jodie and Lewis say Kian is funny, quick-witted and very determined. They want school "
           "to help him be as independent as possible, especially getting about safely and "
           "travelling on his own, and they are worried that he is exhausted by Wednesday most "
           "weeks. They would like him to take GCSE Media Studies and to get proper careers "
           "advice early.")

    d.heading("Section B. Special educational needs", section="B")
    d.heading("Sensory and physical", level=2)
    d.para("Kian has right-sided hemiplegic cerebral palsy. He walks independently but his "
           "balance is poor on stairs and in crowded corridors, and he has fallen twice this "
           "year between lessons. He writes with his left hand; his writing is slow and he "
           "cannot keep up with note-taking. His right hand has a weak grip, so he needs to be "
           "taught one-handed ways of dressing, cutting food and using a ruler and compasses. "
           "He cannot yet hold or pour equipment safely in science, design and technology or "
           "food lessons. He needs help to change for PE and takes much longer than his peers. "
           "He becomes very tired as the day goes on, and by the afternoon he is less steady "
           "and less able to concentrate.")
    d.heading("Communication and interaction", level=2)
    d.para("Kian has a mild dysarthria. When he is well rested his speech is clear, but when he "
           "is tired or rushed he speaks quickly and runs out of breath, and unfamiliar "
           "listeners often do not understand him. He then gives up and says \"doesn't matter\".")
    d.heading("Cognition and learning", level=2)
    d.para("Kian is working at or above age-related expectations in English, history and media. "
           "In maths he has difficulties with visual-spatial work (shape, graphs, place value "
           "in long calculations) and with holding several steps in his working memory, and he "
           "is currently working around two years below his peers.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Kian is sociable and well liked. He becomes frustrated and withdrawn when he cannot "
           "do things as quickly as his friends, and he sometimes refuses help in front of "
           "others even when he needs it. He finds it hard to tell teachers what he needs.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Kian has never travelled by bus on his own and relies on his parents for every "
           "journey. He has had no careers guidance so far, and he does not yet know which "
           "subjects and qualifications lead towards journalism.")

    d.heading("Section C. Health needs", section="C")
    d.para("Kian has right-sided hemiplegic cerebral palsy, managed by the paediatric "
           "orthopaedic team at Tarnside General Hospital. He wears a right ankle-foot orthosis "
           "and has botulinum toxin injections to his right calf. He uses a wheelchair for "
           "long distances and on school trips but does not yet have one of his own. Fatigue "
           "is a significant feature of his condition.")

    d.heading("Section D. Social care needs", section="D")
    d.para("Kian is a disabled child under section 17 of the Children Act 1989. He needs an "
           "adult to help him get to and take part in community activities, because of his "
           "mobility and fatigue. His parents both work shifts.")

    d.heading("Section E. Outcomes", section="E")
    d.para("These outcomes look ahead to the end of Key Stage 4. Brackenholt will set termly "
           "targets for each outcome and share them with Kian and his parents.")
    d.numbered([
        "By July 2027, Kian will set up and carry out a science practical with a partner, using adapted equipment, without hands-on help from an adult.",
        "By the end of Year 10, Kian will produce a 500-word piece of writing in 45 minutes using speech recognition.",
        "Kian will improve his maths.",
        "By July 2026, Kian will change for PE independently within 10 minutes.",
        "Kian will be able to move around school safely.",
        "Kian will receive speech and language therapy and mentoring.",
        "By December 2026, Kian will travel by bus from home to Tarnside town centre and back on his own, on three separate occasions.",
        "Kian will become a sports journalist.",
    ], fmt="E{n}")

    d.heading("Section F. Special educational provision", section="F")
    d.para("The provision in this table must be made in term time for the life of the plan. "
           "The last column gives the outcome in Section E that each item supports.")
    d.table(["Provision", "How much / how often", "Delivered by", "Linked outcome"], [
        ["Individual physiotherapy to improve Kian's balance, stair climbing and right-leg strength",
         "One 40-minute session every fortnight in school",
         "HCPC-registered paediatric physiotherapist, Tarnside Children's Therapy Service", "E5"],
        ["Daily practice of the exercise programme written by the physiotherapist (stretches, step-ups and balance-board work)",
         "15 minutes every school day, during tutor time",
         "Teaching assistant trained by the physiotherapist, with the training refreshed each term", "E5"],
        ["Occupational therapy teaching one-handed methods for dressing, cutting food and using a ruler and compasses",
         "A block of six 45-minute 1:1 sessions each term",
         "HCPC-registered occupational therapist", "E4"],
        ["Help getting changed for PE", "As required", "Staff", "E4"],
        ["1:1 support in science, design and technology and food technology practicals so that Kian can handle equipment safely",
         "Up to 6 hours per week", "Learning support assistant", "E1"],
        ["A school laptop with Dragon speech-recognition software and a one-handed keyboard layout, for Kian's sole use in every lesson and in examinations",
         "Every lesson; three 1-hour training sessions in the first three weeks of the autumn term",
         "Laptop set up by the SENCO; training by the LA's assistive technology advisory teacher", "E2"],
        ["Appropriate specialist equipment for science practicals", "As needed", "Science department", "E1"],
        ["Small group maths intervention", "Weekly", "Maths department", "E3"],
        ["Catch Up Numeracy, 1:1", "Two 15-minute sessions per week",
         "HLTA trained in Catch Up Numeracy", "E3"],
        ["Speech and language therapy on breath support and slowing his rate of speech so that he is understood when tired",
         "Termly consultation with school", "NHS speech and language therapist", "E6"],
        ["A 10-minute rest break in the SEN base",
         "At 11:00 and 13:50 each day in the autumn term, then phased out",
         "SEN base teaching assistant", "E5"],
        ["Kian should have a peer buddy when moving between lessons", "When needed",
         "Form tutor to arrange", "E5"],
        ["Mentoring sessions", "Weekly, subject to review after one term", "Learning mentor", "E6"],
        ["Kian's teachers will follow the advice in the occupational therapy report of 14 October 2025",
         "All lessons", "Subject teachers", "E4"],
        ["Independent travel training on the 42 bus route between home and Tarnside town centre",
         "Two 1-hour sessions per week for 10 weeks from April 2026",
         "Qualified travel trainer from the Tarnside Independent Travel Team", "E7"],
        ["Personal careers guidance interviews exploring routes into sports journalism and media",
         "One 45-minute interview each term",
         "Careers adviser with a Level 6 qualification in careers guidance (Tarnside Careers Hub)", "E8"],
        ["Work experience opportunities", "To be confirmed in Year 10", "School", "E8"],
        ["Top-up funding at Tarnside Band C (element 3)", "£4,850 per year",
         "Tarnside Council High Needs Team", ""],
    ], widths_cm=[6.0, 4.3, 4.5, 1.8], font_size=9.5)

    d.heading("Section G. Health provision", section="G")
    d.bullets([
        "Review by the paediatric orthopaedic consultant at Tarnside General Hospital every six months, including Kian's botulinum toxin injections to the right calf.",
        "A right ankle-foot orthosis, supplied by the orthotics service and refitted every six months.",
        "A lightweight wheelchair for school trips and long distances, once Kian reaches the top of the Wheelchair Service waiting list.",
    ])

    d.heading("Section H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A personal assistant for 3 hours every Saturday so that Kian can attend Tarnside "
           "Wheelchair Basketball Club, arranged by the Children with Disabilities Team.")
    d.heading("Section H2. Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I. Placement", section="I")
    d.para("Brackenholt Academy, Tarnside (mainstream academy, 11-18).")

    d.heading("Section J. Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K. Advice and information", section="K")
    d.bullets([
        "Parents' views - Jodie and Lewis Hollowell, 30 September 2025",
        "Kian's views - written with Mr P. Danquah, form tutor, 2 October 2025",
        "Educational advice - Brackenholt Academy, Ms R. Ellery, SENCO, 8 October 2025",
        "Psychological advice - Dr Hannah Voss, Educational Psychologist, 10 October 2025",
        "Medical advice - Dr O. Mensah, Consultant Paediatrician, 6 October 2025",
        "Physiotherapy advice - Tarnside Children's Therapy Service, 3 October 2025",
        "Occupational therapy advice - Ms F. Quayle, Occupational Therapist, 14 October 2025",
        "Speech and language therapy advice - Tarnside NHS SaLT Service, 9 October 2025",
        "Social care advice - Children with Disabilities Team, 13 October 2025",
        "Preparing for adulthood advice - Tarnside Careers Hub",
    ])
