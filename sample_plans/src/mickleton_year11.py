"""Mickleton County Council - Year 11 pupil with Tourette syndrome, ADHD and dyscalculia
at a mainstream 11-16 academy in his GCSE year. Word Heading 1 headings with a colon and a
personalised title ('Section A: Callum's views, interests and aspirations'), Heading 2
area-of-need sub-headings in B. Two-column cover details table. E is numbered
'Outcome 1:' to 'Outcome 8:'. F is one five-column table with the year split into term
columns (Ref | Provision | Who, and their training | Autumn and spring terms | Summer term
(to the last GCSE paper)), shaded area banner rows merged across the table, and a 'TBC'
cell. Separate H1 and H2. K is a numbered list. FINAL plan."""

TITLE = "Education, Health and Care Plan - Callum Ashdown"


def _banner(table, index, fill="E2EFD9"):
    """Merge a table row across all columns and shade it (an area-of-need band)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    row = table.rows[index]
    merged = row.cells[0].merge(row.cells[-1])
    for extra in merged.paragraphs[1:]:
        if not extra.text.strip():
            extra._p.getparent().remove(extra._p)
    for p in merged.paragraphs:
        for r in p.runs:
            r.bold = True
    tcpr = merged._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def build(d):
    d.simple_footer("Mickleton County Council SEND Service  |  EHC Plan (final)  |  "
                    "Callum Ashdown  |  Issued 10 November 2025")
    d.title("Mickleton County Council", size=13, color="385723")
    d.title("Education, Health and Care Plan", size=21, color="385723")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Name", "Callum Ashdown"),
        ("Date of birth", "14/02/2010"),
        ("Home address", "27 Coldharbour Lane, Mickleton, ZY4 8PD"),
        ("NHS number", "999 613 2274"),
        ("UPN", "J999000582316"),
        ("Parents / carers", "Donna Ashdown (mother) and Marek Ashdown (stepfather)"),
        ("Contact", "01632 960318 / 07700 900562, donna.ashdown@example.org"),
        ("School and year group", "Aldergate Academy, Year 11"),
        ("Date of this final plan", "10 November 2025"),
        ("Next review", "By 6 March 2026 (review to plan the move to post-16)"),
        ("SEND case officer", "Priya Venkataraman, Mickleton SEND Assessment Team"),
    ])

    d.heading("Section A: Callum's views, interests and aspirations", section="A")
    d.heading("In Callum's own words", level=2)
    d.para("Callum talked to Mrs Brightwell, the SENCO, on 11 September 2025 and checked the "
           "typed notes afterwards. \"My tics aren't me being rude. I can hold them in for a "
           "bit but then they come out worse and I get a headache. The worst bit is when a "
           "supply teacher thinks I'm doing it on purpose. I like drumming, fixing bikes with "
           "my stepdad and gaming with my mates online. Maths makes my brain go blank, "
           "especially times tables. I want to pass maths and English so I can do music "
           "technology or motor vehicle at Harrowfield College. One day I want my own "
           "recording studio or my own garage.\"")
    d.heading("What Callum's parents say", level=2)
    d.para("Donna and Marek describe Callum as kind, funny and brilliant with his little "
           "sister, Ellie. They say he comes home exhausted from holding his tics in all "
           "day and that his mood at home dips badly before exams. They want teachers to "
           "understand Tourette syndrome, for Callum to get the extra maths help he has "
           "needed for years, and for the move to college to be planned early so that he "
           "does not fall through the gap.")

    d.heading("Section B: Callum's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum has Tourette syndrome with frequent vocal tics (throat clearing, sniffing, "
           "and short words or noises several times in most lessons). Vocal tics increase "
           "when he is anxious, tired or asked to speak in front of the class. He avoids "
           "answering questions aloud and will not read aloud, so teachers rarely hear what "
           "he knows. Some classmates copy his tics, and he has become reluctant to work in "
           "groups.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum was assessed as having dyscalculia by the Mickleton Learning Support "
           "Service in June 2024. His number sense is weak: he cannot reliably compare the "
           "size of numbers beyond 1,000, does not know multiplication facts beyond the 2, 5 "
           "and 10 times tables, and counts on his fingers for number bonds to 20. His "
           "predicted GCSE maths grade is 2 (Foundation tier). His ADHD affects sustained "
           "attention and working memory: he loses track of instructions with more than two "
           "steps and often does not start written tasks without a prompt. Arm tics make "
           "handwriting slow and untidy, and he writes about half as much as his peers in "
           "timed tasks. He is a capable reader and his spoken ideas in English and science "
           "are good.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Suppressing tics all day leaves Callum drained and irritable, and he has had "
           "two fixed-term exclusions in Year 10 after confrontations with staff who thought "
           "his tics were deliberate. His anxiety about the coming GCSEs is high: before his "
           "Year 10 mock exams he stopped sleeping well and his tics became much more "
           "frequent. He is impulsive and will walk out of lessons when overwhelmed. He has "
           "a small group of loyal friends but finds lunchtimes in the crowded canteen very "
           "hard.")
    d.heading("Sensory and physical", level=2)
    d.para("Callum has motor tics of the head, shoulders and right arm. When the arm tics "
           "are frequent he cannot hold a pen steadily or handle glassware, tools or hot "
           "equipment safely in science and design and technology.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Callum leaves Aldergate Academy in July 2026. He has not yet chosen a college "
           "course, is unsure what grades he needs, and is worried about telling a new "
           "college about his Tourette syndrome. He has not yet visited Harrowfield College.")

    d.heading("Section C: Health needs relating to Callum's SEN", section="C")
    d.para("Callum was diagnosed with ADHD (combined presentation) in 2019 and with Tourette "
           "syndrome in 2021, both by the community paediatric service. He takes "
           "methylphenidate at home each morning. Tics are worse when he is tired or "
           "stressed, and he has difficulty getting to sleep. He has been referred to the "
           "regional tic disorders clinic.")

    d.heading("Section D: Social care needs relating to Callum's SEN or disability", section="D")
    d.para("Callum is not known to children's social care. The social care advice (19 "
           "September 2025) found no social care needs relating to his SEN or disability, "
           "and the family did not ask for an assessment.")

    d.heading("Section E: Outcomes sought for Callum", section="E")
    d.para("The outcomes below run to the end of Year 11 unless another date is given. Each "
           "half-term the SENCO will set short steps towards each outcome and send them home.")
    d.numbered([
        "By the end of the spring term 2026, Callum will use his competing-response technique to stay in the lesson when he feels a tic urge, in at least 4 out of 5 lessons observed by the SENCO.",
        "By July 2026, Callum will achieve at least grade 4 in GCSE mathematics (Foundation tier).",
        "Callum will develop his number skills.",
        "By February 2026, Callum will arrive at every lesson with his planner and the right equipment on at least 9 school days out of 10, as recorded at his morning check-in.",
        "Callum will feel more confident about his tics.",
        "Callum will stop shouting out in lessons.",
        "By 31 March 2026, Callum will have visited Harrowfield College twice and applied for the course he has chosen.",
        "Callum will attend weekly mentoring sessions.",
    ], fmt="Outcome {n}:")

    d.heading("Section F: Special educational provision for Callum", section="F")
    d.para("Aldergate Academy and Mickleton County Council will make the provision below for "
           "the rest of Callum's time in Year 11. The last two columns show how much happens "
           "in the autumn and spring terms and in the summer term, when Callum sits his "
           "GCSEs and then goes on study leave.")
    rows = [
        ["Communication, interaction and tics", "", "", "", ""],
        ["F1", "Individual Comprehensive Behavioural Intervention for Tics (CBIT): awareness training so that Callum notices the urge before a tic, a competing response for his head-jerk and throat-clearing tics, and relaxation practice",
         "HCPC-registered clinical psychologist trained in CBIT, Mickleton Neurodevelopmental Psychology Service",
         "One 50-minute session in school each Monday (period 5) from 17 November 2025",
         "One 50-minute session each Monday until study leave begins on 22 May 2026"],
        ["F2", "Callum should be allowed to leave lessons when he needs a break from suppressing his tics",
         "All staff", "When needed", "When needed"],
        ["F3", "Whole-staff training on Tourette syndrome and how to respond to tics in class",
         "Trainer to be sourced by the SENCO", "TBC", ""],
        ["F4", "Subject teachers to follow the classroom recommendations in the tic management advice from Dr Y. Okonedo (Section K, report 5)",
         "Subject teachers", "All lessons", "All lessons"],
        ["Cognition and learning, including dyscalculia", "", "", "", ""],
        ["F5", "Individual specialist teaching for dyscalculia using the secondary modules of Dynamo Maths, covering place value, number bonds to 100, estimation and multiplication facts with Numicon and Cuisenaire rods; progress checked every half-term with the Dynamo assessment",
         "Specialist teacher holding a Level 7 Postgraduate Certificate in Specific Learning Difficulties (Mathematics), Mickleton Learning Support Service",
         "Two 40-minute sessions a week, Tuesday and Thursday period 1",
         "Two 40-minute sessions a week until 15 May 2026"],
        ["F6", "A teaching assistant sits with Callum for the first 20 minutes of every maths lesson to check he has understood the task, talk through the first example with him and set out his multiplication grid and calculator",
         "Teaching assistant who has completed the four-hour dyscalculia course run by the Mickleton Learning Support Service",
         "First 20 minutes of each of his four 60-minute maths lessons a week",
         "As in autumn and spring, until study leave"],
        ["F7", "GCSE Foundation maths revision in a group of no more than five pupils, working on the non-calculator topics picked out in Callum's December mock paper",
         "Maths teacher (QTS)",
         "One 50-minute session after school every Wednesday from 7 January 2026",
         "Every Wednesday until his last maths paper"],
        ["F8", "Extra maths catch-up sessions alongside other Year 11 pupils who are working towards grade 3",
         "Maths department", "Fortnightly", "\u2013"],
        ["F9", "In-class support from a teaching assistant in English, science and humanities lessons, to help Callum start tasks and keep his notes in order",
         "Teaching assistant", "Up to 10 hours a week", "Up to 10 hours a week"],
        ["F10", "Adult help in science and design and technology practicals so that Callum can use equipment safely when his arm tics are frequent, the amount to be set by each head of department according to need",
         "Heads of department", "As decided by the department", "As decided by the department"],
        ["F11", "Use of a laptop for extended writing where this is practical",
         "Subject teachers", "Where possible", "Where possible"],
        ["F12", "Exam access arrangements: 25% extra time, a word processor, supervised rest breaks, and a room of his own with one invigilator so that his vocal tics do not disturb other candidates",
         "Arranged by the exams officer; every invigilator briefed on Tourette syndrome by the SENCO before each exam series",
         "December and March mock examinations", "Every GCSE examination"],
        ["Social, emotional and mental health", "", "", "", ""],
        ["F13", "A 10-minute check-in before registration to go through Callum's planner, check his equipment and warn him about cover lessons or room changes",
         "His key worker, the Student Support Base lead",
         "Every school day, 8:35 to 8:45",
         "Every school day, and before each exam on study leave days"],
        ["F14", "Emotional literacy sessions on exam stress and on explaining Tourette syndrome to others: how anxiety affects his tics, breathing and grounding techniques, and a short script Callum can use with classmates",
         "Emotional Literacy Support Assistant trained by the Mickleton Educational Psychology Service, with half-termly supervision from an educational psychologist",
         "One 30-minute session each Wednesday lunchtime for 12 weeks from 7 January 2026",
         "\u2013"],
        ["F15", "Mentoring on organisation, homework planning and revision timetables, initially for the autumn term",
         "Learning mentor", "Weekly, 30 minutes", "To be reviewed"],
        ["F16", "Counselling through the school's commissioned counselling service if Callum wishes to take it up",
         "School counsellor", "Subject to capacity in the service", ""],
        ["F17", "Callum can access the Student Support Base at lunchtime when the canteen is too busy or his tics are bad",
         "Pastoral team", "If needed", "If needed"],
        ["F18", "Regular movement breaks to help Callum concentrate",
         "Class teachers", "Daily", "Daily"],
        ["Preparing for adulthood", "", "", "", ""],
        ["F19", "Individual careers guidance to choose a post-16 course, prepare his Harrowfield College application and interview, and decide how he will tell the college about his Tourette syndrome",
         "Careers adviser holding a Level 6 Diploma in Career Guidance and Development, Mickleton Futures Service",
         "Three 40-minute interviews, in October, January and March",
         "One 30-minute interview in June to check his college place and enrolment date"],
        ["F20", "Transition visits to Harrowfield College, with the number and timing to be agreed between the school and the college",
         "SENCO", "To be agreed", "To be agreed"],
    ]
    t = d.table(["Ref", "Provision", "Who, and their training", "Autumn and spring terms",
                 "Summer term (to the last GCSE paper)"], rows,
                widths_cm=[1.2, 5.6, 3.9, 3.0, 2.9], font_size=9)
    for i, r in enumerate(rows, start=1):
        if not r[0].startswith("F"):
            _banner(t, i)

    d.heading("Section G: Health care provision", section="G")
    d.bullets([
        "Methylphenidate (modified release), prescribed by the community paediatrician and taken at home each morning; no doses are given in school.",
        "Review of Callum's ADHD medication and sleep by Dr Y. Okonedo, Consultant Community Paediatrician, every six months.",
        "An appointment at the regional tic disorders clinic when a clinic slot becomes available.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No social care needs were identified (see Section D).")
    d.heading("Section H2: Any other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I: Placement", section="I")
    d.para("Aldergate Academy, Mickleton (mainstream academy for pupils aged 11 to 16).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Callum's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.numbered([
        "Parents' views \u2013 Donna and Marek Ashdown, 4 September 2025",
        "Callum's views \u2013 recorded by Mrs H. Brightwell, SENCO, 11 September 2025",
        "Educational advice \u2013 Mrs H. Brightwell, SENCO, Aldergate Academy, 15 September 2025",
        "Psychological advice \u2013 Dr S. Leadbetter, Educational Psychologist, 22 September 2025",
        "Medical advice, including tic management advice \u2013 Dr Y. Okonedo, Consultant Community Paediatrician, 18 September 2025",
        "Clinical psychology advice (CBIT) \u2013 Mickleton Neurodevelopmental Psychology Service, 24 September 2025",
        "Specialist teacher advice (dyscalculia) \u2013 Mickleton Learning Support Service",
        "Social care advice \u2013 Mickleton Children's Services, 19 September 2025",
        "Preparing for adulthood advice \u2013 Mr J. Ferreira-Holt, Careers Adviser, Mickleton Futures Service, 1 October 2025",
    ])
