"""Flookburgh Borough Council - Year 9 young person with congenital nystagmus (reduced
visual acuity, null point to the left) and anxiety, in a mainstream 11-16 academy. Word
Heading 1 headings in title case with a colon ('Section F: Special Educational Provision').
Cover details in a two-column shaded table; running header with the name and a 'Page X of Y'
footer. E is a list numbered 'E1'-'E8'. Section F is four area tables, each introduced by a
Heading 2 area title and an italic 'Supports outcomes:' line, with the columns Provision |
Minimum amount and timing | Staff and expertise | How it will be reviewed. Separate H1 and
H2 ('None'). FINAL plan."""

TITLE = "Education, Health and Care Plan - Leon Halloran"

_W = [5.6, 3.9, 3.8, 3.3]
_HEAD = ["Provision", "Minimum amount and timing", "Staff and expertise",
         "How it will be reviewed"]


def build(d):
    d.running_header_footer("Flookburgh Borough Council  \u2022  EHC Plan  \u2022  Leon Halloran",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Flookburgh Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Name", "Leon Halloran"),
        ("Date of birth", "14/02/2012"),
        ("NHS number", "999 604 2178"),
        ("Unique pupil number", "H999031207725"),
        ("Home address", "22 Saltcote Lane, Flookburgh Green, XJ4 6PD"),
        ("Parents", "Gemma Halloran (mother) and Rory Halloran (father)"),
        ("Contact", "01632 960718 / 07700 900583 / gemma.halloran@example.org"),
        ("School and year group", "Holme Leys Academy, Year 9"),
        ("Date this plan was finalised", "9 March 2026"),
        ("Annual review to be held by", "8 March 2027"),
        ("EHC co-ordinator", "Priya Venkataraman, SEND Assessment and Review Team"),
    ])

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("In Leon's words", level=2)
    d.para("Leon dictated this to his Teacher of the Visually Impaired, Mrs Oduya, on 19 January "
           "2026, using his phone's voice notes, and checked it afterwards with screen zoom.")
    d.para("\"My eyes wobble all the time, that's the nystagmus. I can see fine close up if I "
           "tilt my head, but I can't read the board and I hate being the only one with a big "
           "paper. Music is my thing. I play bass, I make beats on my laptop and I want to do "
           "music production at college and then work in a studio. I'm never going to drive, "
           "so I need to be able to get the train to Cartmere by myself. The worst bit of school "
           "is the corridors at lesson change, and tests, because I'm slow at reading and I "
           "panic.\"")
    d.heading("What Leon's parents say", level=2)
    d.para("Gemma and Rory describe Leon as kind, funny and stubborn in a good way. They say he "
           "has become much more anxious since starting Year 8, especially on Sunday nights "
           "and before assessments, and that he sometimes refuses to use his magnifier in "
           "class because he does not want to look different. His younger sister, Tilly, looks "
           "up to him. They would like him to leave school with GCSEs that get him onto a "
           "music technology course, and to be able to travel and live on his own one day.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Sensory: vision", level=2)
    d.para("Leon has congenital idiopathic nystagmus. His distance vision with glasses is "
           "6/24 (logMAR 0.6) with both eyes open, and his near vision is N12 at 15cm. His "
           "eyes are steadiest when he turns his head to the left (his null point), so where "
           "he sits matters. He cannot read a whiteboard or projected slides from a normal "
           "seat, and standard 11-point print is too small for him to read for more than a "
           "few minutes. He holds work very close to his face, which gives him neck and "
           "shoulder pain, and his eyes tire over the day, so the nystagmus becomes worse in "
           "the afternoon. He has not yet been taught to use his magnification apps quickly, "
           "and he types with two fingers.")
    d.para("In crowded corridors and on unfamiliar routes he misjudges steps and kerbs and "
           "finds it hard to pick out signs, room numbers and timetable boards.")
    d.heading("Cognition and learning", level=2)
    d.para("Leon's reasoning and verbal skills are in the average range, but his reading is "
           "slow (about 85 words per minute on N18 text, against about 200 for his age), so he "
           "falls behind in text-heavy subjects and in timed assessments. Science and "
           "geography diagrams, graphs and maps are hard for him to interpret without "
           "enlargement and explanation. Homework takes him two to three times longer than "
           "his classmates.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Leon has significant anxiety about being seen as different and about tests. He "
           "has started to miss Monday mornings (attendance 88% this year), he leaves lessons "
           "when he cannot see and does not want to say so, and he has had panic attacks "
           "before two assessments. He finds it very hard to tell a teacher what he needs.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Leon has never travelled on public transport on his own. He has had no careers "
           "guidance about music technology courses or about the support he could have at "
           "college and in work.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Leon's nystagmus is monitored by the paediatric ophthalmology clinic at Cartmere "
           "Royal Infirmary. He wears glasses with a light tint. He has no other diagnosed "
           "medical conditions. His GP has noted his anxiety and has referred him to the "
           "Cartmere CAMHS service.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Leon has no social care needs relating to his special educational needs at "
           "present. His family have not asked for a social care assessment.")

    d.heading("Section E: Outcomes", section="E")
    d.para("These outcomes run to the end of Key Stage 4 unless another date is given. Holme "
           "Leys Academy will set half-termly steps towards each one with Leon and share "
           "them with his parents.")
    d.numbered([
        "By the end of Year 10, Leon will read a 400-word GCSE-style passage in N18 print at 120 words per minute and answer the comprehension questions with 80% accuracy.",
        "By July 2026, Leon will set up his magnifier app and screen zoom at the start of every lesson without reminders.",
        "Leon will be more confident about his vision.",
        "By the end of Year 10, Leon will tell a teacher or his tutor what he needs when a lesson resource is not accessible, on at least four out of five observed occasions.",
        "Leon will get support from the ELSA and a counsellor.",
        "By December 2026, Leon will travel by train from Flookburgh Green to Cartmere and back on his own on three separate days.",
        "Leon will become a music producer.",
        "By the end of Year 11, Leon will touch-type at 35 words per minute with at least 95% accuracy.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision in the tables below is to be made in term time for the life of this "
           "plan unless a table says otherwise. Amounts are minimums.")

    d.heading("1. Vision and access to learning", level=2)
    d.para("Supports outcomes: E2, E4, E8", italic=True)
    d.table(_HEAD, [
        ["Specialist teaching on using his magnifier app, screen magnification and keyboard shortcuts quickly and without help",
         "One 50-minute individual session every fortnight, in the learning support room",
         "Qualified Teacher of the Visually Impaired (QTVI) holding the mandatory qualification, Flookburgh Sensory Support Service",
         "QTVI sends a written progress note to the SENCO and parents each half-term"],
        ["Handouts, worksheets, board notes and assessment papers enlarged to N18 bold sans-serif on buff paper, ready before the lesson begins",
         "Every lesson and every internal assessment",
         "Resources technician who has completed the Sensory Support Service's modified-materials training",
         "SENCO checks a sample of materials with Leon twice a term"],
        ["A fixed seat in the second row, left of centre, so that Leon can keep his head turned to his null point and see the board",
         "Every lesson, marked on each class seating plan",
         "Subject teachers; SENCO checks the seating plans at the start of each term",
         "At each annual review"],
        ["Access to a laptop for longer written tasks where appropriate",
         "As needed", "Subject teachers", "Ongoing"],
        ["Touch-typing using Touch-type Read and Spell (TTRS) with screen magnification switched on",
         "15 minutes each morning before registration (8:30 to 8:45), four mornings a week",
         "Teaching assistant trained by the QTVI to set up and run TTRS with magnification",
         "QTVI checks words per minute and accuracy at every fortnightly visit"],
        ["Habilitation sessions to learn the route to the new science block and the walk from school to Flookburgh Green station",
         "A block of sessions in the summer term; number and length to be agreed with the service",
         "Habilitation worker (Sensory Support Service)", ""],
        ["In-class help in science practicals and design and technology to set up and use equipment safely",
         "Up to 3 hours a week", "Learning support assistant", "Termly"],
        ["Occupational therapy visit to advise staff on Leon's posture and on a writing slope and desk lamp",
         "One visit in the autumn term", "Occupational therapist", ""],
    ], widths_cm=_W, font_size=9.5)

    d.heading("2. Reading, writing and study", level=2)
    d.para("Supports outcomes: E1, E4", italic=True)
    d.table(_HEAD, [
        ["Reading fluency teaching with the Rapid Plus programme, using large-print texts, in a group of no more than four pupils",
         "Three 20-minute sessions a week (Monday, Wednesday and Friday tutor time) through the autumn and spring terms",
         "HLTA who has completed the Rapid Plus training",
         "HLTA re-tests reading rate at the end of each half-term and reports to the SENCO"],
        ["Pre-teaching of key vocabulary and diagrams before each new science and geography topic",
         "Weekly", "Teaching assistant", ""],
        ["Modified exam papers and extra time, arranged in line with the academy's access arrangements policy",
         "Mock exams and GCSE examinations", "Exams officer and SENCO", "Before each exam series"],
        ["Adjustments to homework as set out in the QTVI's advice (Appendix 3)",
         "All homework", "Subject teachers", "At parents' evenings"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("3. Emotional wellbeing", level=2)
    d.para("Supports outcomes: E3, E4, E5", italic=True)
    d.table(_HEAD, [
        ["A short check-in to go through the day's rooms, cover lessons and any changes, so that nothing is sprung on him",
         "5 minutes every school day at 8:45 in the Student Hub",
         "Leon's form tutor (the Head of Year 9 when the tutor is absent)",
         "Form tutor records any missed check-ins weekly"],
        ["ELSA sessions on managing worry",
         "Weekly for six weeks initially, then less often as Leon grows in confidence",
         "ELSA trained through the Flookburgh Educational Psychology Service", ""],
        ["Leon may use his time-out card to leave a lesson and go to a calm space when his eyes are tired or he feels overwhelmed",
         "When needed", "Pastoral team", ""],
        ["Cool Connections, a CBT-based group programme on worry, exams and feeling different, in a group of no more than six pupils from Years 8 to 10",
         "Ten weekly 45-minute sessions starting the week of 20 April 2026",
         "Two Education Mental Health Practitioners from the Cartmere Mental Health Support Team, supervised by an HCPC-registered clinical psychologist",
         "Practitioners share Leon's before-and-after RCADS scores with the SENCO and his parents"],
        ["Counselling through the academy's counselling service, subject to the referral being accepted",
         "", "School counsellor", ""],
    ], widths_cm=_W, font_size=9.5)

    d.heading("4. Preparing for adulthood", level=2)
    d.para("Supports outcomes: E6, E7", italic=True)
    d.table(_HEAD, [
        ["Independent travel training on the train from Flookburgh Green to Cartmere, including reading departure boards with his phone's camera zoom and walking from Cartmere station to Cartmere College",
         "Two 75-minute sessions a week for eight weeks from 1 June 2026, ending with a journey Leon makes alone while the trainer follows at a distance",
         "Travel trainer from the Flookburgh Independent Travel Team holding the Level 3 Award in Travel Training",
         "Trainer signs off each stage on the route checklist and sends it to parents"],
        ["Careers guidance on music technology courses and the support available at college",
         "Termly", "Careers adviser", ""],
        ["A work experience placement in Year 10, with the details to be decided nearer the time",
         "", "School", ""],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Ophthalmology review at the Cartmere Royal Infirmary paediatric eye clinic every 12 months, including a refraction test and glasses prescription by the hospital optometrist.",
        "Tinted glasses supplied on an NHS voucher and replaced whenever the prescription changes.",
        "CAMHS assessment for anxiety once Leon reaches the top of the waiting list.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("None.")

    d.heading("Section I: Placement", section="I")
    d.para("Holme Leys Academy, Flookburgh Green (mainstream academy, 11\u201316).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Leon's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Leon's views \u2013 recorded with Mrs A. Oduya, QTVI, 19 January 2026",
        "Parents' views \u2013 Gemma and Rory Halloran, 14 January 2026",
        "Educational advice \u2013 Mr D. Lindqvist, SENCO, Holme Leys Academy, 21 January 2026",
        "Advice from a qualified teacher of the visually impaired \u2013 Mrs A. Oduya, Flookburgh Sensory Support Service, 23 January 2026 (Appendix 3)",
        "Psychological advice \u2013 Dr M. Farrelly, Educational Psychologist, 27 January 2026",
        "Medical advice \u2013 Mr K. Ashdown, Consultant Paediatric Ophthalmologist, 16 January 2026",
        "Occupational therapy advice \u2013 Cartmere Children's Occupational Therapy Service",
        "Mental health advice \u2013 Cartmere Mental Health Support Team, 29 January 2026",
        "Social care advice \u2013 Flookburgh Children's Services (no assessed needs), 22 January 2026",
        "Preparing for adulthood advice \u2013 Ms H. Bright, Careers Adviser, Flookburgh Careers Service, 28 January 2026",
    ])
