"""Zouchmoor County Council - Year 10 pupil with ADHD (combined presentation) and dyslexia
at a mainstream 11-16 academy, choosing GCSE routes and needing exam access arrangements.
Word Heading 1 headings in title case with a colon ('Section F: Special Educational
Provision'); Heading 2 sub-headings; a running header and 'Page X of Y' footer. Cover
details as a two-column details table. E is a list numbered 'Outcome 1' to 'Outcome 7'.
F opens with a short note on the columns, then one six-column table (No. | Provision |
Staffing and expertise | How often / how long | Outcome | Advice source) with area codes in
the No. column (CL1, EX1, SE1, PA1) and a column naming the Section K advice each row comes
from. H1 and H2 both say none. FINAL plan."""

TITLE = "Education, Health and Care Plan - Rhys Penhaligon"


def build(d):
    d.running_header_footer(
        "Zouchmoor County Council  |  Education, Health and Care Plan  |  Rhys Penhaligon",
        footer_left="FINAL", first_page_plain=True)
    d.title("Zouchmoor County Council", size=13, color="2E4A3F")
    d.title("Education, Health and Care Plan", size=21, color="2E4A3F")
    d.para("Status: FINAL (annual review amendment)", bold=True)
    d.details_table([
        ("Name", "Rhys Penhaligon"),
        ("Date of birth", "14/02/2011"),
        ("NC year", "Year 10"),
        ("NHS number", "999 603 4417"),
        ("Unique pupil number", "Z999000815273"),
        ("Home address", "22 Larkspur Rise, Zouchmoor, XJ4 8NP"),
        ("Parent / carers", "Carys Penhaligon (mother) and Dean Whitlock (stepfather)"),
        ("Contact", "01632 960318 / 07700 900582 / carys.penhaligon@example.org"),
        ("School", "Holmecroft Academy"),
        ("Date of annual review meeting", "13 January 2026"),
        ("Date this plan was finalised", "24 February 2026"),
        ("Next annual review due by", "January 2027"),
        ("SEND case officer", "Imogen Stroud-Baptiste, Zouchmoor SEND Assessment and Review Team"),
    ], widths_cm=(5.0, 11.6))

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Rhys told us", level=2)
    d.para("Rhys talked to the SEND case officer and his mentor at his annual review "
           "meeting. He did not want to write anything down, so his mentor typed what he "
           "said and read it back to him before it was added here.")
    d.para("\"I'm good at practical stuff. If you give me a plug to wire or a bike to fix "
           "I'll do it no problem, it's the reading and the sitting still I can't do. In "
           "exams my brain goes blank after about half an hour and I start messing about. "
           "I picked engineering and construction for my options. I want to be an "
           "electrician and have my own van one day. I don't want people making a big "
           "thing of it when I go out to the Hub, it's embarrassing in Year 10.\"")
    d.heading("What Rhys's mum and stepdad told us", level=2)
    d.para("Carys and Dean describe Rhys as kind, funny and very good with his younger "
           "sister, Ffion. He can spend hours taking things apart and rebuilding them. They "
           "are worried that he is falling behind in his GCSE subjects because he cannot "
           "read the exam papers quickly enough and loses track of homework. They want "
           "exam arrangements sorted out early, not in the spring of Year 11, and they "
           "want him to get proper advice about apprenticeships and college courses.")
    d.heading("Rhys's hopes for the future", level=2)
    d.para("Rhys would like to go to college to do an electrical installation course, get "
           "an apprenticeship, learn to drive and eventually run his own business. He "
           "would like to keep playing for his Saturday football team.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Rhys has dyslexia (diagnosed by a specialist teacher assessor in Year 7). His "
           "reading accuracy is around the level expected of an 11-year-old and his "
           "reading speed is well below average (standardised score 74 on the DASH "
           "test in November 2025), so he cannot finish reading an exam paper in the "
           "standard time. He misreads subject words in science and history and often "
           "does not understand questions that he could answer if they were read to him. "
           "His spelling is weak and he avoids writing longer answers. Handwritten work "
           "is hard to read, and his typing speed is about 12 words per minute.")
    d.para("In maths he understands methods when they are shown practically but forgets "
           "the steps of multi-stage problems because of weak working memory.")
    d.heading("Social, emotional and mental health, including attention", level=2)
    d.para("Rhys has ADHD (combined presentation). Even with medication he finds it very "
           "hard to stay seated and focused for a whole 60-minute lesson; after about 20 "
           "minutes he fidgets, calls out or leaves his seat. He is disorganised: he loses "
           "equipment, forgets homework and misses coursework deadlines. When he feels "
           "criticised or is asked to read aloud he can become angry and walk out, and he "
           "received three fixed-term suspensions in Year 9. He says he feels stupid in "
           "English and science and his self-esteem as a learner is low.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Rhys has a clear interest in electrical work but does not yet know the entry "
           "requirements for college courses or apprenticeships. He has not had any work "
           "experience. He has not yet visited a further education college.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Rhys was diagnosed with ADHD in 2019 by the Zouchmoor community paediatric "
           "service. He takes extended-release methylphenidate each morning at home and "
           "is reviewed by the ADHD clinic. His medication reduces his appetite at lunch "
           "and can affect his sleep. He also has mild asthma and carries a reliever "
           "inhaler.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("No social care needs relating to Rhys's special educational needs were "
           "identified during the review. The family are not known to children's social "
           "care and did not ask for a social care assessment.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 4 (July 2027). Holmecroft "
           "Academy will set half-termly targets towards each outcome and send them to "
           "Carys and Dean with Rhys's progress report.")
    for n, outcome in enumerate([
        "By July 2027, Rhys will read a 300-word GCSE-style source or question passage aloud with at least 95% accuracy in under four minutes.",
        "By the end of Year 10, Rhys will type a 400-word extended answer on a laptop in 40 minutes, using the spell-checker and Read&Write tools without help.",
        "Rhys will make good progress in maths.",
        "By July 2026, Rhys will record every homework task in his planner and hand in at least 9 out of 10 tasks on time across a half-term.",
        "Rhys will be calmer in lessons.",
        "By the end of Year 10, Rhys will name two college courses and one apprenticeship route into electrical work and the grades each one needs.",
        "Rhys will become an electrician.",
    ], 1):
        d.label_para(f"Outcome {n}:  ", outcome)

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The table sets out the special educational provision Rhys needs. All of it is "
           "made in term time for the life of this plan unless a row says otherwise. The "
           "last column shows which advice in Section K the row is drawn from; the "
           "provision itself is as written in the row.")
    d.table(["No.", "Provision", "Staffing and expertise", "How often / how long",
             "Outcome", "Advice source"], [
        ["CL1",
         "Individual specialist literacy teaching using Units of Sound, working on reading multisyllabic subject words, reading fluency and spelling; Rhys's reading speed is re-tested each half-term and the results go to his parents and to the annual review",
         "Specialist dyslexia teacher holding AMBDA, from the Zouchmoor Specialist Teaching Service",
         "Two 40-minute sessions per week, taken from his non-examined PSHE and enrichment time",
         "1", "K4, K5"],
        ["CL2",
         "Pre-teaching of key vocabulary for GCSE science and history where possible",
         "Learning support staff",
         "Regularly",
         "1", "K3"],
        ["CL3",
         "A laptop with Read&Write and a C-Pen ReaderPen for Rhys's sole use in every lesson and for homework, plus training in using both",
         "Laptop issued by the SENCO; training by the Specialist Teaching Service's assistive technology teacher",
         "Every lesson. Training: three 30-minute sessions in the second half of the spring term 2026",
         "2", "K5"],
        ["CL4",
         "Rhys will be able to access a small group for English and maths",
         "English and maths departments",
         "Timing and length to be decided by the school",
         "1, 3", "K3"],
        ["CL5",
         "In-class support in GCSE maths and science to help Rhys start tasks and set out his working",
         "Teaching assistant",
         "Up to 4 hours a week",
         "3", "K3"],
        ["CL6",
         "Touch-typing course using English Type Senior, with practice of typing extended answers once Rhys reaches 25 words per minute",
         "HLTA who has completed the English Type supervisor training",
         "Three 20-minute sessions each week during morning registration, from 2 March 2026 to the end of the summer term 2026",
         "2", "K5"],
        ["CL7",
         "Differentiated resources and homework in line with the school's SEND policy",
         "All staff",
         "Ongoing",
         "1, 3", "K3"],
        ["EX1",
         "Access arrangements in every internal test, mock and GCSE examination: 25% extra time, a word processor with the spell-check switched off, and a separate room with no more than six candidates",
         "Applied for by the SENCO, who holds the CPT3A qualification for assessing access arrangements; run by the exams officer",
         "Every assessment from Year 10 onwards",
         "2", "K3, K5"],
        ["EX2",
         "Rest breaks in exams if Rhys needs them",
         "Invigilators",
         "As appropriate",
         "2, 5", "K3"],
        ["EX3",
         "A reader for exams, to be confirmed once the access arrangements assessment has been carried out",
         "SENCO",
         "",
         "1", "K5"],
        ["SE1",
         "A planner check at the start of the day: going through the day's timetable, equipment and homework deadlines, and writing any new deadline in his planner",
         "His learning mentor, Mr T. Agbaje",
         "Every school day, 8:35 to 8:45, before registration",
         "4", "K3"],
        ["SE2",
         "Movement breaks as and when needed",
         "Class teachers to use their discretion",
         "",
         "5", "K4"],
        ["SE3",
         "Executive-function coaching group using the 'Smart but Scattered Teens' approach: planning revision, breaking coursework into steps and setting phone reminders",
         "Assistant SENCO who has completed the Zouchmoor Educational Psychology Service's ADHD coaching course",
         "One 45-minute session every week, in a group of no more than four pupils",
         "4", "K4"],
        ["SE4",
         "It would be helpful for Rhys to have mentoring after any incident in class",
         "Pastoral team",
         "",
         "5", "K4"],
        ["SE5",
         "Lunchtime club in the Hub",
         "Hub staff",
         "Daily for the first half of the autumn term 2026, then reducing as Rhys settles into Year 11",
         "5", "K3"],
        ["SE6",
         "Counselling through the school's counselling service, subject to capacity",
         "School counsellor",
         "Weekly",
         "5", "K2"],
        ["SE7",
         "Strategies recommended in the educational psychologist's report to be used across the curriculum",
         "Subject teachers",
         "All lessons",
         "5", "K4"],
        ["PA1",
         "Two individual careers guidance interviews about electrical installation courses and apprenticeships, each followed by a written action plan copied to Rhys's mother",
         "Careers adviser registered with the Career Development Institute, Zouchmoor Careers Hub",
         "45 minutes each; one in March 2026 and one in June 2026",
         "6", "K7"],
        ["PA2",
         "A week's work experience with an electrical contractor, if a suitable placement can be found",
         "Careers lead (qualified teacher)",
         "One week in the summer term 2026",
         "6", "K7"],
        ["PA3",
         "Two taster days in the electrical installation department at Zouchmoor College, with Rhys accompanied throughout each day",
         "Assistant SENCO (see SE3)",
         "Two full days in the summer term 2026 (9:00 to 15:00)",
         "6", "K7"],
    ], widths_cm=[1.1, 5.0, 3.5, 3.2, 1.6, 2.2], font_size=9)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by the community paediatrician in the Zouchmoor ADHD clinic every six months to check Rhys's methylphenidate dose, appetite, weight and sleep.",
        "Rhys keeps his salbutamol reliever inhaler with him and uses it as required under his individual asthma plan; a spare inhaler is kept in the school office.",
        "Advice on sleep from the paediatric team if needed.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Rhys has not been assessed as needing services under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970.")
    d.heading("Section H2: Any Other Social Care Provision", section="H2")
    d.para("None.")

    d.heading("Section I: Placement", section="I")
    d.para("Holmecroft Academy, Zouchmoor - a mainstream academy for pupils aged 11 to 16.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Rhys's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and Information", section="K")
    d.numbered([
        "Rhys's views - gathered by Mr T. Agbaje, learning mentor, 13 January 2026",
        "Parents' views - Carys Penhaligon and Dean Whitlock, 13 January 2026",
        "Educational advice - Mrs A. Kowalczyk, SENCO, Holmecroft Academy, 6 January 2026",
        "Psychological advice - Dr Femi Oyelaran, Educational Psychologist, 28 November 2025",
        "Specialist teacher advice (SpLD) - Zouchmoor Specialist Teaching Service",
        "Medical advice - Dr R. Haverstock, Community Paediatrician, 2 December 2025",
        "Preparing for adulthood advice - Zouchmoor Careers Hub, 9 January 2026",
        "Social care - no social care advice was sought; the family confirmed there were no social care needs (13 January 2026)",
    ], fmt="K{n}")
