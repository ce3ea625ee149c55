"""Redwater Borough Council - post-16 young person (17, Year 12) with moderate learning
difficulties and an anxiety disorder at a general FE college, Entry Level 3 retail study
programme. Word Heading 1 headings 'Section A: My views, interests and aspirations'
(colon), Heading 2 sub-headings; running header and 'FINAL  Page X of Y' footer. Cover
details in a two-column table without a header row. E numbered E1-E8 with PfA outcomes.
Section F is grouped by WHO DELIVERS it: a bold 'Delivered by ...' line (sometimes with the
staff qualification, sometimes only a team or department) introduces each group, and the
items under it are numbered F1-F20 continuously, usually without repeating the deliverer.
A final 'Other provision' group has no deliverer. H1/H2 split. FINAL plan."""

TITLE = "Education, Health and Care Plan - Tamsin Holroyd"


def _by(d, text):
    d.bold_line(text, size=11, color="145A32")


def build(d):
    d.running_header_footer("Redwater Borough Council  |  EHC Plan  |  Tamsin Holroyd",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Redwater Borough Council", size=14, color="145A32")
    d.title("Education, Health and Care Plan", size=22, color="145A32")
    d.table(None, [
        ["Young person", "Tamsin Holroyd"],
        ["Date of birth", "22/10/2008 (age 17)"],
        ["NHS number", "999 730 4418"],
        ["Address", "Flat 2, 41 Ropewalk Street, Redwater, XJ3 6PD"],
        ["Tamsin's contact details", "07700 900731, tamsin.holroyd@example.org"],
        ["Parent / carer", "Sharon Holroyd (mother), 01632 960918"],
        ["Education setting", "Redwater and Haysham College, Year 12 (first year of Entry Level 3 Pathways to Work)"],
        ["Plan status", "FINAL"],
        ["Date of this plan", "23 March 2026"],
        ["Review by", "22 March 2027"],
        ["Caseworker", "Declan Ferreira-Moss, Redwater 0\u201325 SEND Service"],
    ], widths_cm=[4.6, 12.0], bold_first_col=True)

    # ---- A ---------------------------------------------------------------------------
    d.heading("Section A: My views, interests and aspirations", section="A")
    d.heading("What I want people to know about me", level=2)
    d.para("Tamsin wrote this with her personal tutor, Ms Adeyinka, in two short sessions in "
           "January 2026. She chose which parts to share and read it through before it was "
           "included in her plan.")
    d.para("\"I'm Tamsin and I'm 17. I like animals, baking and watching make-up tutorials. I'm "
           "good at sorting things out and making them look tidy, which is why I like the shop "
           "work on my course. I get really panicky in new places and when people I don't know "
           "talk to me, and sometimes I can't breathe properly and I have to go outside. I hate "
           "being asked to read out loud. I want to work in a shop, maybe a pet shop, and earn my "
           "own money. One day I want my own flat with my cat. I want to be able to get the bus "
           "into town without my mum.\"")
    d.heading("My mum's views (shared with my agreement)", level=2)
    d.para("Sharon says Tamsin is kind, funny and very patient with her younger brother, "
           "Callum. She has grown up a lot since starting college but still finds new situations "
           "overwhelming, and she has had panic attacks on the bus. Sharon works night shifts "
           "and worries about how Tamsin will manage money, travel and cooking as an adult. She "
           "would like Tamsin to leave college with a job, or a clear route into one. Tamsin's "
           "stepdad, Gary Pilling, also lives at home and gives her lifts to college.")

    # ---- B ---------------------------------------------------------------------------
    d.heading("Section B: My special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Tamsin has moderate learning difficulties. The educational psychologist (January "
           "2026) found her reasoning skills to be in the low range, with a particular weakness "
           "in working memory. She is working at Entry Level 2 in English and maths. She reads "
           "short, familiar texts slowly and loses the meaning of longer passages. She can add "
           "and subtract amounts of money up to \u00a310 with a calculator but cannot yet work out "
           "change or plan a budget. She finds it hard to organise her work and forgets "
           "instructions given earlier in a lesson.")
    d.heading("Communication and interaction", level=2)
    d.para("Tamsin's understanding of spoken language is below what is expected for her age. "
           "She misunderstands abstract and workplace words (for example \"stock rotation\", "
           "\"refund\", \"deadline\") and does not ask what they mean. When she is anxious she "
           "speaks very quietly or not at all, especially to customers and to adults she does "
           "not know.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tamsin has generalised anxiety disorder with panic attacks (diagnosed by CAMHS in "
           "2024). Her anxiety is highest in new places, on public transport and when she has "
           "to speak to strangers or read aloud. In the autumn term 2025 she left lessons 22 "
           "times and missed 11 college days. She has low self-esteem and often calls herself "
           "\"stupid\". She has one close friend at college.")
    d.heading("Sensory and physical", level=2)
    d.para("Tamsin has no sensory or physical needs.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Tamsin has never had paid work and has never travelled on public transport alone. "
           "She cannot yet plan a simple meal, shop for it within a budget or pay with a bank "
           "card. She relies on her mother to book and go with her to appointments.")

    # ---- C, D ------------------------------------------------------------------------
    d.heading("Section C: My health needs", section="C")
    d.para("Tamsin's anxiety disorder is described in Section B. She takes sertraline, "
           "prescribed by her GP in 2025. CAMHS discharged her in July 2025, and her GP "
           "re-referred her in November 2025 because her panic attacks had become more "
           "frequent. She also has occasional migraines, which cause her to miss college.")

    d.heading("Section D: My social care needs", section="D")
    d.para("Tamsin had no social care involvement until the Redwater 14\u201325 Transitions Team "
           "assessed her in January 2026. The assessment found that, because of her learning "
           "difficulties and anxiety, she needs an adult with her to take part in activities in "
           "the community, and that she will need help to learn to manage money and daily living "
           "tasks as she approaches adulthood. She will need a Care Act transition assessment "
           "before she turns 18 in October 2026.")

    # ---- E ---------------------------------------------------------------------------
    d.heading("Section E: My outcomes", section="E")
    d.para("These outcomes are for the end of Tamsin's first year (July 2026) or the end of her "
           "two-year programme (July 2027), as shown. Her personal tutor will agree termly "
           "targets with her at each progress review.")
    d.numbered([
        "By July 2027, Tamsin will pass Functional Skills English and maths at Entry Level 3.",
        "By the end of her course (July 2027), Tamsin will serve customers on the till during a three-hour placement shift, asking a supervisor for help when she needs it, on at least 8 of 10 shifts observed by her job coach.",
        "By December 2026, Tamsin will travel on her own by bus between home and the Haysham Road campus on every college day.",
        "Tamsin will become more confident.",
        "Tamsin will be supported by the wellbeing team to manage her anxiety.",
        "By July 2027, Tamsin will plan a week's lunches to a \u00a320 budget and pay for the shopping with her own bank card, without help.",
        "Tamsin will work in a shop.",
        "By July 2026, when she feels panicky in a lesson Tamsin will use one of her three agreed calming strategies and stay in, or return within 10 minutes, on 4 out of 5 recorded occasions.",
    ], fmt="E{n}")

    # ---- F ---------------------------------------------------------------------------
    d.heading("Section F: Special educational provision", section="F")
    d.para("Tamsin attends college for 16.5 hours a week over four days (Monday to Thursday) in "
           "term time. Her provision is listed below under the team or service that will deliver "
           "it, and is numbered F1 to F20 so that it can be referred to at reviews.")

    _by(d, "Delivered by Foundation Studies tutors (qualified teachers holding QTLS or a Level 5 Diploma in Education and Training)")
    d.numbered([
        "English and maths taught towards Functional Skills Entry Level 3, in a class of no more than eight students: two 75-minute English lessons and two 75-minute maths lessons each week.",
        "Teaching adjusted in line with the strategies in the educational psychologist's report of 12 January 2026.",
        "Extra time to finish classwork, at the tutor's discretion.",
        "A ten-minute one-to-one catch-up with her personal tutor at the end of every Thursday, going through the coming week's timetable, deadlines and any room changes and writing them into her planner.",
    ], start=1, fmt="F{n}")

    _by(d, "Delivered by the Additional Learning Support (ALS) team")
    d.numbered([
        "In-class support from a learning support assistant who holds a Level 3 Certificate in Supporting Teaching and Learning, in every Retail and Customer Service practical session (Tuesdays and Wednesdays, 9:30 to 15:00; 10 hours a week), breaking each task into written steps and checking that Tamsin has understood before she starts.",
        "Support from an ALS assistant every lunchtime to help Tamsin find her friend and a seat in the refectory while she settles in, gradually withdrawn over the autumn term.",
        "A reader and a scribe for assessments, subject to the outcome of the college's exam access arrangements assessment.",
        "Mentoring sessions with a learning mentor about every two weeks until Christmas, after which the arrangement will be looked at again.",
    ], start=5, fmt="F{n}")

    _by(d, "Delivered by a speech and language therapist registered with the HCPC (Redwater Community Therapies, commissioned by Redwater Borough Council)")
    d.numbered([
        "A block of eight 45-minute individual therapy sessions each term, teaching Tamsin the vocabulary of her retail course and practising short scripts for asking for help and greeting customers, with a written summary for her tutor after every session.",
        "Advice to Tamsin's tutors on communication-friendly teaching, once a year.",
    ], start=9, fmt="F{n}")

    _by(d, "Delivered by the college Wellbeing Service")
    d.numbered([
        "Twelve weekly 50-minute individual sessions of cognitive behavioural therapy for anxiety and panic in the autumn term of each college year, with a CBT therapist accredited by the BABCP, who will report Tamsin's progress to each annual review.",
        "Drop-in sessions with the wellbeing team are available to Tamsin whenever she feels overwhelmed.",
        "Group work on building self-esteem and confidence.",
    ], start=11, fmt="F{n}")

    _by(d, "Delivered by the Careers and Employability team")
    d.numbered([
        "A supported work placement at Redwater Community Pantry (shop floor, till and stock room) every Thursday in term time from 10:00 to 13:00, with a job coach holding the Level 3 Certificate in Supported Employment working alongside her for the first hour of every placement day and phoning her at 12:00.",
        "Careers guidance interviews with a careers adviser as and when Tamsin asks for them.",
        "Work experience in a second setting may be arranged in Year 13 if a suitable employer can be found.",
    ], start=14, fmt="F{n}")

    _by(d, "Delivered by the Redwater Independent Travel Training Service (travel trainers who have completed the service's accredited travel trainer course)")
    d.numbered([
        "Travel training on the number 14 bus between the Ropewalk Street stop and the Haysham Road campus, including buying a ticket, what to do if the bus is late and who to phone: two 90-minute sessions a week for twelve weeks from 7 September 2026.",
    ], start=17, fmt="F{n}")

    _by(d, "Delivered by the Independent Living Skills department")
    d.numbered([
        "Sessions on money, budgeting and cooking, with a range of practical activities.",
        "One 60-minute session every Monday afternoon, 1:1 with an independent living skills tutor who holds a Level 3 Award in Education and Training, learning to pay by bank card and contactless in the college shop and the supermarket on Haysham Road.",
    ], start=18, fmt="F{n}")

    _by(d, "Other provision")
    d.numbered([
        "Element 3 top-up funding at Redwater Band 3, to be used by the college as it sees fit to meet Tamsin's needs.",
    ], start=20, fmt="F{n}")

    # ---- G, H ------------------------------------------------------------------------
    d.heading("Section G: Health care provision", section="G")
    d.bullets([
        "Sertraline 50 mg each morning, prescribed by Tamsin's GP and taken at home, with a medication review by the GP every three months.",
        "Paracetamol for migraine, kept at Student Services and given by a first-aider as required, with Tamsin's written consent.",
        "Psychological therapy with Redwater CAMHS, once she reaches the top of the waiting list.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Two hours every Saturday afternoon with a youth support worker from the Redwater "
           "Youth Inclusion Project, so that Tamsin can go to the animal-care club at Millbeck "
           "Farm, funded by Redwater Borough Council.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Adult social care will complete a Care Act transition assessment at a suitable point "
           "before Tamsin turns 18.")

    # ---- I, J, K ---------------------------------------------------------------------
    d.heading("Section I: Placement", section="I")
    d.para("Redwater and Haysham College, Haysham Road campus (general further education "
           "college) \u2013 Entry Level 3 Pathways to Work: Retail and Customer Service, 16.5 hours "
           "a week over four days.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Tamsin has not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Tamsin's views \u2013 written with Ms F. Adeyinka, personal tutor, 20 January 2026",
        "Mother's views \u2013 Sharon Holroyd, 14 January 2026",
        "Educational advice \u2013 Mr K. Obuya, Head of Foundation Studies, Redwater and Haysham College, 16 January 2026",
        "Psychological advice \u2013 Dr Imogen Tarrant-Bell, Educational Psychologist, 12 January 2026",
        "Medical advice \u2013 Dr P. Varga, GP, Ropewalk Medical Practice, 19 January 2026",
        "Speech and language therapy advice \u2013 Ms H. Lindgren, Speech and Language Therapist, Redwater Community Therapies, 21 January 2026",
        "Social care advice \u2013 Redwater 14\u201325 Transitions Team, 26 January 2026",
        "Preparing for adulthood advice \u2013 Redwater Careers Service",
    ])
