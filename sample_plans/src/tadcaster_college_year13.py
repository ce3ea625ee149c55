"""Borough of Haverthorpe - post-16 young person (18, Year 13) with an acquired brain injury
after a road accident, on a general FE college foundation-learning course, with fatigue and
memory needs. Word Heading 1 headings 'Part A \u2013 ...' (the word 'Part' instead of
'Section'); H1 and H2 as 'Part H1' / 'Part H2'. Bold-label cover lines. Running header and
'Page X of Y' footer. B has a preparing-for-adulthood sub-section; E numbered E1-E9.
Section F is a set of TRANSPOSED tables under PfA Heading 2 sub-headings: each column is
one provision (header row 'Ref | F1 | F2 ...'), and the rows are 'Provision', 'How often
and how long', 'Delivered by (role and training)' and 'Outcome(s)'; tables have two to
four provision columns, a few cells are blank and one says 'TBC'. FINAL plan."""

TITLE = "Education, Health and Care Plan - Nathan Brierley"

ROW_LABELS = ["Provision", "How often and how long", "Delivered by (role and training)",
              "Outcome(s)"]


def _grid(d, refs, items):
    """Transposed table: one column per provision. items = [(what, when, who, outcome)]."""
    n = len(items)
    first = 2.8
    rest = round((16.6 - first) / n, 2)
    rows = []
    for ri, label in enumerate(ROW_LABELS):
        rows.append([label] + [it[ri] for it in items])
    d.table(["Ref"] + refs, rows, widths_cm=[first] + [rest] * n, font_size=9.5,
            bold_first_col=True, header_fill="FCE4D6")


def build(d):
    d.running_header_footer("Borough of Haverthorpe \u2013 EHC Plan \u2013 Nathan Brierley "
                            "(DOB 19/10/2007)", footer_left="FINAL", first_page_plain=True)
    d.title("Borough of Haverthorpe", size=14, color="833C0B")
    d.title("Education, Health and Care Plan", size=22, color="833C0B")
    d.para("FINAL PLAN", bold=True, size=12)
    d.label_para("Name: ", "Nathan Brierley")
    d.label_para("Date of birth: ", "19/10/2007 (age 18)")
    d.label_para("NHS number: ", "999 604 2291")
    d.label_para("Address: ", "7 Coldwell Lane, Haverthorpe, ZY3 8NW")
    d.label_para("Nathan's mobile and e-mail: ", "07700 900634, nathan.brierley@example.org")
    d.label_para("Family: ", "Nathan lives with his mother, Karen Brierley, his stepfather, Gavin Udall, and his sister Ellie (14)")
    d.label_para("Family contact (with Nathan's agreement): ", "Karen Brierley, 01632 960771, karen.brierley@example.org")
    d.label_para("Education: ", "Wetherdyke College, Foundation Learning \u2013 Skills for Work and Life, second year (Year 13)")
    d.label_para("Date of final plan: ", "10 March 2026")
    d.label_para("Review due by: ", "9 March 2027")
    d.label_para("Plan co-ordinator: ", "Tomasz Eberhardt-Lowe, Haverthorpe 14\u201325 SEND Team")

    d.heading("Part A \u2013 Views, interests and aspirations", section="A")
    d.heading("In Nathan's words", level=2)
    d.para("Nathan dictated this to his learning support assistant on 12 January 2026 and "
           "changed some of it after she read it back.")
    d.para("\"Before the accident I was doing my GCSEs and I was going to do an "
           "apprenticeship at a garage. Now my head gets tired really fast and I forget "
           "stuff, like what room I'm in or what I did on Monday. That does my head in. I "
           "like the practical bits at college, especially the horticulture unit, and I "
           "like being outside. I want a job at a garden centre or on a farm with animals. I "
           "want to get the bus by myself again because I hate my mum having to take me "
           "everywhere. I want to see my mates more, most of them went off to college or "
           "work and I don't really see them now.\"")
    d.heading("What Nathan's family say (shared with his permission)", level=2)
    d.para("Karen and Gavin say Nathan has worked incredibly hard since the accident and is "
           "still the kind, stubborn young man he was before. They worry that he "
           "pushes himself until he is exhausted, and that on bad days he is irritable "
           "and low. They would like him to leave college with a qualification and a real "
           "chance of a job, to travel safely on his own, and in time to live with friends "
           "or in his own flat with some support.")

    d.heading("Part B \u2013 Special educational needs", section="B")
    d.para("Nathan sustained a severe traumatic brain injury when he was hit by a car in "
           "June 2024, at the end of Year 11. His needs have changed since his school "
           "years and are described below as they are now.")
    d.heading("Cognition and learning", level=2)
    d.para("Nathan's memory for new information is his greatest difficulty. He cannot "
           "reliably recall instructions, rooms, times or what was covered in the previous "
           "lesson, and without written prompts he forgets to bring equipment or to hand "
           "work in. His speed of processing is slow: on the neuropsychology assessment "
           "(December 2025) it was below the 5th centile. He finds it hard to plan a task, "
           "get started and switch from one activity to another. He is working at Entry "
           "Level 3 in English and maths, having been on track for GCSE grade 4 before the "
           "accident, and finds the gap between what he could do and what he can do now "
           "very distressing.")
    d.heading("Communication and interaction", level=2)
    d.para("Nathan has word-finding difficulties, especially when tired, and loses the "
           "thread when several people talk at once or when a conversation moves quickly. "
           "He sometimes says things bluntly and does not notice that he has upset someone, "
           "which he did not do before his injury.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Nathan has low mood and is quick to become frustrated, particularly when he "
           "cannot remember something or when a plan changes. He is anxious near busy "
           "roads. He has lost contact with most of his school friends and spends much of "
           "his free time alone in his room.")
    d.heading("Sensory and physical", level=2)
    d.para("Fatigue affects everything Nathan does. He is usually alert for the first two "
           "hours of the day; after that, and especially after lunch, his concentration, "
           "memory and mood deteriorate sharply unless he rests. Noisy rooms make the "
           "fatigue worse and bring on headaches. He has a mild weakness of his left arm "
           "and leg, his balance is poor on uneven ground, and he tires when standing for "
           "long periods in practical sessions.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Nathan has not travelled on public transport alone since the accident. He has "
           "had one short work taster at a garden centre and has no clear idea how to get "
           "from his course into paid work. At home he can make a sandwich but forgets "
           "food on the hob, and he does not manage money or appointments. He needs to "
           "rebuild a social life and to understand and manage his own health.")

    d.heading("Part C \u2013 Health needs", section="C")
    d.para("Nathan has an acquired (traumatic) brain injury, June 2024. He was an inpatient "
           "at Haverthorpe General Hospital for three weeks and then at the regional "
           "neuro-rehabilitation unit for ten weeks. He is under the care of a consultant in "
           "rehabilitation medicine. He has post-traumatic headaches, severe fatigue and a "
           "mild left-sided weakness. His GP is monitoring his low mood. He has not had any "
           "seizures.")

    d.heading("Part D \u2013 Social care needs", section="D")
    d.para("Nathan had a Care Act 2014 assessment by Haverthorpe Adult Social Care in "
           "January 2026. He was found to have eligible needs for support to take part in "
           "community and leisure activities and to prepare meals safely. His mother works "
           "full time, and Nathan is isolated at weekends.")

    d.heading("Part E \u2013 Outcomes", section="E")
    d.para("The outcomes below run to the end of Nathan's study programme in July 2027 "
           "unless another date is given. His personal tutor will agree half-termly "
           "targets with him towards each one.")
    d.numbered([
        "By July 2027, Nathan will use his phone calendar and memory book to arrive at the right room, with the right equipment, for at least 9 out of 10 timetabled sessions without reminders from staff.",
        "By the end of his course in July 2027, Nathan will pass Functional Skills English and maths at Level 1.",
        "By December 2026, Nathan will travel on his own by bus between home and the Wetherdyke campus on every college day for four weeks in a row.",
        "Nathan will get a job working with plants or animals.",
        "By July 2027, Nathan will complete a 30-week work placement at the garden centre, carrying out the three tasks on his task card on each shift without prompting.",
        "Nathan will manage his fatigue better.",
        "By March 2027, Nathan will plan and cook a simple hot meal in the training flat twice a week, following a recipe card, without adult help.",
        "Nathan will attend a college club.",
        "Nathan will feel more confident with his friends.",
    ], fmt="E{n}")

    d.heading("Part F \u2013 Special educational provision", section="F")
    d.para("Each column of the tables below is one piece of provision, read from top to "
           "bottom. Provision runs in term time (36 weeks a year) for as long as this plan "
           "is maintained, unless the column says otherwise.", italic=True)

    d.heading("Learning and qualifications", level=2)
    _grid(d, ["F1", "F2", "F3", "F4"], [
        ("In-class learning support in every session of the foundation course: checking Nathan has written each task in his memory book before he starts, and breaking practical tasks into numbered steps.",
         "All taught sessions, 15 hours a week (Monday to Thursday)",
         "Learning support assistant with a Level 3 Certificate in Supporting Teaching and Learning, who has completed the college's one-day acquired brain injury awareness training",
         "E1, E2"),
        ("Functional Skills English and maths at Level 1, taught in a class of no more than eight students, with a printed summary of each lesson given to Nathan at the end.",
         "Two 75-minute lessons a week in each subject",
         "Functional Skills teacher with a Level 5 teaching qualification",
         "E2"),
        ("Extra time to finish coursework.",
         "Where appropriate",
         "Course team",
         "E2"),
        ("Memory strategies work with a specialist.",
         "Weekly",
         "TBC",
         "E1"),
    ])
    _grid(d, ["F5", "F6", "F7"], [
        ("Neuropsychology advice to Nathan's tutors on how his memory difficulties affect his learning.",
         "Once a term",
         "Clinical neuropsychologist, Haverthorpe Brain Injury Service",
         "E1"),
        ("For every Functional Skills and vocational assessment: 25% extra time, a 10-minute supervised rest after each 40 minutes of work, and a reader throughout, in a room with no more than three other candidates.",
         "Every assessment",
         "Set up by the college's access arrangements assessor (Level 7 qualification in assessing access arrangements); reader and invigilator from the college Exams Office, trained in the JCQ regulations",
         "E2"),
        ("Teaching staff will follow the recommendations in the neuropsychology report of 2 December 2025.",
         "In all lessons",
         "Teaching staff",
         "E1, E2"),
    ])

    d.heading("Work", level=2)
    _grid(d, ["F8", "F9"], [
        ("A supported work placement in the plant nursery at Greenacre Garden Centre, Haverthorpe, with a job coach working alongside Nathan for the whole of every shift and using a picture task card for each shift.",
         "Every Friday in term time, 9:30 to 13:00 (3.5 hours)",
         "Job coach from the college's Pathways to Work team who holds the Level 3 Certificate in Supported Employment Practice",
         "E5"),
        ("Help to explore jobs in horticulture and animal care.",
         "During the year",
         "College careers team",
         "E4, E5"),
    ])

    d.heading("Living independently", level=2)
    _grid(d, ["F10", "F11", "F12", "F13"], [
        ("Independent travel training on the 27 bus between Coldwell Lane and the Wetherdyke campus, using a step-by-step route card and phone alarms, including what to do if he misses his stop.",
         "Three journeys a week (each about 40 minutes) from April 2026, until Nathan has made the journey alone and safely on five college days in a row",
         "Qualified travel trainer, Haverthorpe Independent Travel Service",
         "E3"),
        ("Daily living skills in the college training flat, e.g. cooking, laundry and keeping a diary.",
         "Regularly",
         "Support worker",
         "E7"),
        ("Help to use memory aids such as a reminder app on his phone and a paper diary.",
         "Ongoing",
         "Staff",
         "E1"),
        ("A 10-minute planning meeting at the start of each college day to go through the day's rooms, times and tasks and enter them in Nathan's phone calendar.",
         "Every college day at 9:00",
         "Nathan's learning support assistant (see F1)",
         "E1"),
    ])

    d.heading("Friends and community", level=2)
    _grid(d, ["F14", "F15"], [
        ("Nathan will be encouraged to join a college enrichment club.",
         "",
         "Student Services",
         "E8, E9"),
        ("A peer mentor scheme.",
         "Fortnightly, for the first term",
         "Peer mentor",
         "E9"),
    ])

    d.heading("Health and wellbeing", level=2)
    _grid(d, ["F16", "F17", "F18"], [
        ("1:1 psychological sessions helping Nathan to understand his brain injury, manage frustration and low mood, and use a pacing plan for his fatigue.",
         "45 minutes every week in term time",
         "HCPC-registered clinical psychologist from the Haverthorpe Brain Injury Service, commissioned by the Borough of Haverthorpe",
         "E6, E9"),
        ("Counselling.",
         "Weekly for 6 weeks, then subject to review",
         "College counsellor",
         "E6, E9"),
        ("Occupational therapy on fatigue management and planning everyday tasks, when the community OT team has capacity.",
         "Fortnightly",
         "Occupational therapist",
         "E6, E7"),
    ])
    _grid(d, ["F19", "F20"], [
        ("A physiotherapy exercise programme for balance and left-side strength, to be carried out at home by Nathan's family.",
         "Daily",
         "Parents",
         "E6"),
        ("A rest period in the Learning Hub quiet room, with the lights dimmed and a phone alarm set to end it.",
         "20 minutes at 11:15 and again at 13:30 every college day",
         "Supervised by the Learning Hub assistant on duty",
         "E6"),
    ])

    d.heading("Part G \u2013 Health provision", section="G")
    d.bullets([
        "Review by the consultant in rehabilitation medicine at Haverthorpe General Hospital every six months, including management of Nathan's headaches.",
        "Paracetamol as required for headaches during the college day, kept by Student Services and given under Nathan's individual health care plan by a member of staff with a first-aid qualification.",
        "Follow-up from the community brain injury nurse when the service has capacity.",
    ])

    d.heading("Part H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable. Nathan is 18, so his social care provision is made under the Care "
           "Act 2014 and is set out in Part H2.")
    d.heading("Part H2 \u2013 Other social care provision", section="H2")
    d.bullets([
        "A personal assistant for 6 hours a week (two 3-hour sessions, one on Saturday) under Nathan's Care Act care and support plan dated 21 January 2026, to go with him to the gym, into town and to see friends.",
        "Support with budgeting from adult social care as and when needed.",
    ])

    d.heading("Part I \u2013 Placement", section="I")
    d.para("Wetherdyke College (general further education college) \u2013 Foundation "
           "Learning: Skills for Work and Life, Monday to Thursday, with the supported work "
           "placement in F8 on Fridays.")

    d.heading("Part J \u2013 Personal budget", section="J")
    d.para("No personal budget has been requested for the special educational provision in "
           "Part F. Nathan receives a direct payment from adult social care to employ the "
           "personal assistant in Part H2.")

    d.heading("Part K \u2013 Advice and information", section="K")
    d.bullets([
        "Nathan's views \u2013 recorded by his learning support assistant, 12 January 2026",
        "Family views \u2013 Karen Brierley and Gavin Udall, 9 January 2026",
        "Educational advice \u2013 Ms D. Halloran, Head of Foundation Learning, Wetherdyke College, 16 January 2026",
        "Psychological advice \u2013 Dr Imogen Sallis, Educational Psychologist, 19 January 2026",
        "Neuropsychology advice \u2013 Dr R. Vasquez-Holt, Clinical Neuropsychologist, Haverthorpe Brain Injury Service, 2 December 2025",
        "Medical advice \u2013 Dr K. Oduya, Consultant in Rehabilitation Medicine, 14 January 2026",
        "Occupational therapy advice \u2013 Haverthorpe Community Occupational Therapy, 15 January 2026",
        "Physiotherapy advice \u2013 Haverthorpe Community Neuro-Physiotherapy Team",
        "Social care advice \u2013 Haverthorpe Adult Social Care (Care Act assessment), 21 January 2026",
        "Preparing for adulthood advice \u2013 Mr L. Pennock, Careers Adviser, Wetherdyke College, 20 January 2026",
    ])
