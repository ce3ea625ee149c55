"""Tollbridge Metropolitan Borough Council - post-16 young person (18, Year 13) at a general FE
college. 'Section A: ...' Word Heading 1 headings with 'My ...' titles, running header and
page-numbered footer. Cover details table. Section F is one four-column table
(Outcome | Provision | Who | When), one row with an empty outcome cell. FINAL."""

TITLE = "Education, Health and Care Plan - Reuben Achterberg"


def build(d):
    d.running_header_footer("Tollbridge MBC - EHC Plan - Reuben Achterberg - DOB 14/10/2007",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Tollbridge Metropolitan Borough Council", size=14, color="1B4F72")
    d.title("Education, Health and Care Plan", size=22, color="1B4F72")
    d.para("Final plan (amended following annual review)", bold=True)
    d.details_table([
        ("Name", "Reuben Achterberg"),
        ("Date of birth", "14 October 2007 (age 18)"),
        ("Year of education", "Year 13 (second year at college)"),
        ("Address", "58 Saltpan Road, Tollbridge, XJ3 5HD"),
        ("Reuben's contact", "reuben.achterberg@example.com"),
        ("Parents", "Helen Achterberg and Mark Achterberg - 01632 960577"),
        ("NHS number", "999 883 0419"),
        ("Date of final amended plan", "18 February 2026"),
        ("Next annual review", "by 17 February 2027"),
    ])

    d.heading("Section A: My views, interests and aspirations", section="A")
    d.para("Written with Reuben by his EHC coordinator on 9 January 2026, in his words:")
    d.para("\"I'm Reuben. I'm 18 and I'm in my second year of Animal Care at Tollbridge College. "
           "I'm really good with reptiles and dogs, better than with people most of the time. I "
           "like gaming, drawing creatures and walking my dog Pepper. I want to work at a vet's "
           "or a kennels and one day live in my own flat. I hate the canteen because it is so "
           "loud, and I hate being asked to do things on the spot.\"")
    d.para("Helen and Mark (shared with Reuben's agreement) said: \"Reuben has come a long way. "
           "We want him to get a job he loves, cope with money and cooking, and not let anxiety "
           "stop him.\"")

    d.heading("Section B: My special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("I am autistic. I take things literally and find it hard to tell when people are "
           "joking or annoyed. Group work is hard because I don't know when to speak. I need "
           "time to process what people say, and I often don't ask for help even when I'm stuck. "
           "At my placement I find it hard to understand instructions given quickly.")
    d.heading("Cognition and learning", level=2)
    d.para("I have dyspraxia (developmental coordination disorder). My handwriting is slow and "
           "messy and I can't keep up with note-taking. I find it hard to plan assignments, keep "
           "track of deadlines and organise my folders. I got a grade 3 in GCSE English, so I am "
           "resitting it; I passed maths at grade 5 in Year 11 and maths is one of my strengths.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("I get very anxious, especially in crowded places. I had panic attacks in the canteen "
           "and corridors last year, and periods of low mood in spring 2025. When I'm overloaded "
           "I shut down and can't talk.")
    d.heading("Sensory and physical", level=2)
    d.para("Loud noise and crowds overwhelm me. Because of my dyspraxia I am clumsy when handling "
           "animals and equipment that need fine control, like nail clippers and syringes.")
    d.heading("Preparing for adulthood", level=2)
    d.para("I haven't had a paid job. I get the bus to college on a route I know, but I can't do "
           "new journeys on my own yet. I don't know how to budget and I can only cook a few "
           "simple things.")

    d.heading("Section C: My health needs", section="C")
    d.para("Autism spectrum condition, developmental coordination disorder and generalised "
           "anxiety disorder. I take sertraline, prescribed by my GP. I was discharged from CAMHS "
           "at 18 and have been referred to adult mental health services.")

    d.heading("Section D: My social care needs", section="D")
    d.para("A Care Act transition assessment (22 January 2026) found that I have eligible needs "
           "for support to plan meals, shop and manage money at home.")

    d.heading("Section E: My outcomes", section="E")
    d.table(["No.", "Outcome", "By when"], [
        ["E1", "I will complete my Level 2 Diploma in Animal Care, including handling and health-checking small animals safely without help.", "July 2026"],
        ["E2", "I will get a grade 4 or above in GCSE English language.", "June 2026"],
        ["E3", "I will feel less anxious.", ""],
        ["E4", "I will travel on my own by bus to my work placement and to two new places I choose.", "End of the summer term 2026"],
        ["E5", "I will plan a weekly food budget of \u00a340 and cook three simple meals on my own.", "February 2027"],
        ["E6", "I will get a job working with animals.", "After college"],
    ], widths_cm=[1.3, 11.3, 4.0])

    d.heading("Section F: Special educational provision", section="F")
    d.para("This provision is for the 36-week college year at Tollbridge College unless stated "
           "otherwise. The Outcome column refers to Section E.")
    d.table(["Outcome", "Provision", "Who", "When"], [
        ["E1", "Level 2 Diploma in Animal Care study programme, taught in groups of no more than 14 students",
         "Qualified FE lecturers", "16.5 hours per week, Tuesday to Friday"],
        ["E2", "GCSE English language resit teaching in a group of no more than ten students",
         "Qualified English teacher", "Two 90-minute lessons per week"],
        ["E1", "In-class support in practical animal-handling sessions",
         "Learning support assistant", "6 hours per week"],
        ["E3", "Support to manage anxiety",
         "Student wellbeing team", "As and when required"],
        ["E3", "Individual counselling using a CBT-based approach to panic and anxiety",
         "College counsellor (BACP-accredited)", "50 minutes every week during term time"],
        ["E3", "A quiet room available at break and lunch",
         "", "Daily"],
        ["E4", "Independent travel training on the new bus route from home to his work placement at Fernleigh Kennels",
         "Travel trainer trained in the Tollbridge independent travel training scheme",
         "Two 60-minute sessions per week for the first six weeks of the summer term 2026"],
        ["E6", "A supported internship for 2026-27, subject to a place being available on the college's internship programme",
         "Job coach", "To be confirmed"],
        ["E6", "Job coach support at his Fernleigh Kennels work placement, reducing as Reuben gains confidence",
         "Job coach who holds the BASE Level 3 Certificate in Supported Employment",
         "Initially the whole 5-hour placement day every Wednesday"],
        ["E5", "ASDAN Money Management short course, in a group of no more than six students",
         "Independent living skills tutor", "Every Monday 13:00-14:30 in the autumn and spring terms"],
        ["E5", "Cooking sessions to develop independent living skills",
         "College staff", "Weekly"],
        ["E1", "Appropriate assistive technology for written work",
         "Additional learning support department", "Ongoing"],
        ["E1, E2", "Exam access arrangements: 25% extra time, a laptop with the spellchecker turned off, and a separate room with no more than six candidates",
         "Exams officer", "All internal assessments and GCSE examinations"],
        ["E1", "Occupational therapy to improve his coordination and fine motor control when handling animals, as per the OT recommendations",
         "Occupational therapist", "Block of sessions"],
        ["E1", "Mentoring to plan assignments, deadlines and folders",
         "Learning mentor", "Up to 1 hour per week"],
        ["", "Meeting Reuben at the college gate and walking with him to his first class",
         "Learning support assistant", "10 minutes at 8:50 every college day"],
        ["E3", "Reuben should be allowed to leave each lesson 5 minutes early to avoid crowded corridors",
         "Lecturers", "Every lesson"],
        ["E1", "1:1 maths tuition for dyscalculia",
         "Specialist dyscalculia teacher (Level 5 qualification in teaching learners with SpLD)",
         "45 minutes every Thursday"],
        ["E1, E4", "Individual speech and language therapy on understanding spoken instructions at work and on joining conversations with colleagues",
         "HCPC-registered speech and language therapist", "45 minutes every fortnight in term time"],
        ["E1", "A check-in with Reuben to go through his visual weekly planner on his phone and agree the day's priorities",
         "Personal tutor (qualified teacher)", "10 minutes at 9:00 every college day"],
    ], widths_cm=[2.0, 6.8, 4.0, 3.8], font_size=9.5)

    d.heading("Section G: My health provision", section="G")
    d.bullets([
        "A review of my sertraline every six months by my GP.",
        "An assessment by the adult community mental health team, when capacity allows.",
        "NHS speech and language therapy to teach me how to start and keep up conversations at work, six sessions.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Reuben is 18, so his social care provision is in H2.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("A personal assistant for 4 hours every Saturday to support Reuben to plan meals, shop "
           "and manage his money, as set out in his Care Act care and support plan dated 22 "
           "January 2026.")

    d.heading("Section I: My placement", section="I")
    d.para("Tollbridge College (general further education college), Level 2 Animal Care.")

    d.heading("Section J: My personal budget", section="J")
    d.para("Reuben receives a social care direct payment of \u00a396 per week to employ his "
           "personal assistant (Section H2). It meets his needs for support with planning meals, "
           "shopping and managing money (Section D) and outcome E5.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "My views and my parents' views - 9 January 2026",
        "College advice - Tollbridge College Head of Learning Support, 12 January 2026",
        "Educational psychology advice - Dr Felix Moorhouse, EP, 15 January 2026",
        "Medical advice - GP, Saltpan Road Surgery, 5 January 2026",
        "Occupational therapy report - Tollbridge Adult Community OT, 20 October 2025",
        "Speech and language therapy advice - Tollbridge SaLT Service, 13 January 2026",
        "Care Act transition assessment - Tollbridge Adult Social Care, 22 January 2026",
        "Preparing for adulthood advice",
    ])
