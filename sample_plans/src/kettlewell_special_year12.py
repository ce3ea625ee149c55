"""Kettlewell Metropolitan Borough Council - Year 12 young person (17) with Duchenne
muscular dystrophy in the sixth form of a maintained special school for physical and
medical needs, with preparing-for-adulthood content. Word Heading 1 headings personalised
after the letter ('Section B: Callum's special educational needs'). Cover details as a
two-column details table. E numbered E1-E9. Section F is one four-column table written in
the young person's voice (What I will get | How much and when | Who provides it, and their
training | Outcome) with a repeated header row and four shaded PfA banner rows merged across
the table; one empty Outcome cell. Separate H1 and H2. FINAL plan."""


TITLE = "Education, Health and Care Plan - Callum Aspinall"


def _banner(table, row_idx, fill="E2EFD9"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    row = table.rows[row_idx]
    first = row.cells[0]
    merged = first.merge(row.cells[-1])
    # keep only the first paragraph (merging appends empty ones)
    paras = merged.paragraphs
    for p in paras[1:]:
        if not p.text:
            p._p.getparent().remove(p._p)
    for r in merged.paragraphs[0].runs:
        r.bold = True
    tcpr = merged._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def build(d):
    d.simple_footer("Kettlewell MBC SEND Service  \u2022  Final EHC Plan  \u2022  Callum Aspinall  \u2022  "
                    "Issued 20 March 2026  \u2022  OFFICIAL-SENSITIVE")
    d.title("Kettlewell Metropolitan Borough Council", size=13, color="2E5E3A")
    d.title("Education, Health and Care Plan (Final)", size=21, color="2E5E3A")
    d.details_table([
        ("Name", "Callum Aspinall"),
        ("Date of birth", "14/02/2009"),
        ("Home address", "22 Ferncliffe Rise, Kettlewell, ZY4 8NT"),
        ("NHS number", "999 318 6642"),
        ("Unique pupil number", "A999214003717"),
        ("Parent", "Lorna Aspinall (mother). Callum lives with his mother, his stepfather Gary Pritchett and his sister Mia, who is 12."),
        ("Contact", "01632 960731 / 07700 900582, lorna.aspinall@example.org"),
        ("School and year group", "Brantwood Park School Sixth Form, Year 12"),
        ("Date this plan was finalised", "20 March 2026"),
        ("Annual review to be held by", "19 March 2027"),
        ("EHC co-ordinator", "Priya Holroyd-Baines, Kettlewell SEND Service"),
    ], widths_cm=(5.0, 11.5), fill="E2EFD9")

    d.heading("Section A: Callum's views, interests and aspirations", section="A")
    d.heading("In Callum's words", level=2)
    d.para("Callum dictated this on his laptop with his form tutor, Mrs Iveson, in January 2026 "
           "and checked it before it was added to the plan.")
    d.para("\"I'm 17 and I'm in the sixth form at Brantwood Park. I've got Duchenne, which means my "
           "muscles are getting weaker, and I use a powered chair. I'm into gaming, game design "
           "and football \u2013 I support Kettlewell Town and I play powerchair football on "
           "Saturdays. What I'm good at: fixing anybody's tech problem, and being funny. What I "
           "don't like: people talking to my carer instead of me, and being stuck indoors. After "
           "school I want to go to college and do games design or IT, and then get a proper job, "
           "maybe testing games. One day I want my own flat with carers who do things my way. I "
           "want to be able to go into town on the bus without Mum.\"")
    d.heading("What Callum's family say", level=2)
    d.para("Lorna says Callum is sociable, sharp and stubborn in a good way. The family worry "
           "that Callum spends most evenings alone in his room gaming, that he is tired and low "
           "more often than last year, and that there is very little for him to do at weekends "
           "apart from football. They want Callum to leave school with a clear plan for college, "
           "to be able to tell carers what he needs, and to have a life outside the house. Gary "
           "would like the school and health services to talk to each other more.")

    d.heading("Section B: Callum's special educational needs", section="B")
    d.heading("Physical and sensory", level=2)
    d.para("Callum has Duchenne muscular dystrophy. He stopped walking at 11 and uses a powered "
           "wheelchair with tilt-in-space and a joystick control. His arms are weak: he can type "
           "for around ten minutes before his hands and shoulders tire, he cannot lift his arms "
           "above shoulder height, and he cannot write by hand for more than a line or two. He "
           "depends on adults for all transfers (by hoist), toileting and dressing. Tight "
           "muscles in his ankles, knees, hips and fingers will worsen without daily stretching. "
           "Fatigue is the biggest barrier to his learning: by early afternoon he is slower, "
           "makes more errors and sometimes falls asleep.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum has a specific difficulty with verbal working memory, which is common in "
           "Duchenne. He loses track of spoken instructions of more than two steps, and his "
           "reading comprehension is about two years below his age (tested November 2025). He "
           "is working at Level 1 in Functional Skills English and maths and at Level 2 in "
           "Digital IT, where he is strong.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum has become more withdrawn over the last year and tells staff he worries about "
           "his heart, his breathing and \"what's the point of planning\". He has two close "
           "friends in school but sees nobody outside school apart from at football. He does "
           "not like asking for help in front of others.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Employment: Callum has had no work experience and does not yet know what courses "
           "or supported routes into IT work exist. Independent living: he cannot yet explain "
           "to a new carer how he wants to be moved and helped, and he has never prepared food "
           "or handled money. Community: he has never used public transport without a family "
           "member. Health: he does not yet know his own medicines or book his own "
           "appointments, and he will move to adult health services before he is 19.")

    d.heading("Section C: Callum's health needs related to his SEN", section="C")
    d.para("Callum was diagnosed with Duchenne muscular dystrophy at the age of four. He takes "
           "deflazacort (a steroid) and lisinopril, which protects his heart; an echocardiogram "
           "in 2025 showed the early signs of cardiomyopathy. He has used a non-invasive "
           "ventilator overnight since June 2025 and needs a cough assist machine when he has a "
           "chest infection. He has a mild scoliosis that is being monitored. He has cramps and "
           "aches in his legs and sometimes needs pain relief in school. His care is led by the "
           "neuromuscular team at Kettlewell General Hospital.")

    d.heading("Section D: Callum's social care needs", section="D")
    d.para("Callum is a disabled child under section 17 of the Children Act 1989 and was "
           "assessed by the Children with Disabilities Team in October 2025. He needs two "
           "adults for every transfer and cannot go into the community without an adult. His "
           "mother is his main carer and is up several times a night. The family need regular "
           "overnight breaks. As Callum is 17, he needs a Care Act transition assessment so that "
           "his support from the age of 18 can be planned.")

    d.heading("Section E: The outcomes Callum is working towards", section="E")
    d.para("The school will break each outcome into termly targets and share them with Callum "
           "and his mother at his progress meetings.")
    d.numbered([
        "By July 2027, Callum will complete the BTEC Level 2 Certificate in Digital Information Technology, producing all his written coursework on his laptop using voice recognition.",
        "By March 2027, Callum will have visited two post-19 options and will tell his annual review meeting which one he wants to apply for, giving two reasons.",
        "Callum will get a job in the games industry.",
        "By the end of Year 13, Callum will drive his powered wheelchair from the school gate to Kettlewell bus station and board an accessible bus, with an adult following but not directing him.",
        "By July 2027, Callum will explain to a new carer, step by step, how he wants to be hoisted and helped in the bathroom, without prompting from staff.",
        "Callum will manage his fatigue better.",
        "Callum will go to more clubs and activities with friends.",
        "Callum will receive physiotherapy and hydrotherapy.",
        "By December 2026, Callum will name three things that help when he feels low and will use one of them at least once a week, recorded on his weekly check sheet.",
    ], fmt="E{n}")

    d.heading("Section F: The special educational provision Callum needs", section="F")
    d.para("Callum asked for this section to be written in his own voice. The provision runs in term time "
           "for as long as this plan is maintained, unless a row says otherwise. The shaded rows "
           "show the preparing-for-adulthood area each group of rows belongs to.")
    header = ["What I will get", "How much and when", "Who provides it, and their training", "Outcome"]
    rows = [
        ["Learning, college and work", "", "", ""],
        ["Teaching for my BTEC Level 2 Certificate in Digital Information Technology and my Functional Skills English and maths, in a sixth-form teaching group of no more than seven students, with every handout and task sent to my laptop so that I never have to write by hand",
         "My full timetable: 25 hours a week, 38 weeks a year",
         "Subject teachers with qualified teacher status",
         "E1"],
        ["Someone to scribe for me on the days my arms are too tired to use the keyboard",
         "Whenever I need it",
         "Class staff",
         "E1"],
        ["My own laptop on a wheelchair-mounted arm, with Dragon Professional voice recognition and a trackball mouse, for lessons, homework and exams, plus 1:1 lessons in dictating, correcting and formatting coursework by voice",
         "Equipment used in every lesson. Lessons: 30 minutes every Monday in the autumn and spring terms of 2026/27",
         "Assistive technology adviser, a qualified teacher from the Kettlewell Access to Learning Service",
         "E1"],
        ["Careers guidance interviews about routes into IT, games testing and supported internships, with a written action plan sent to me and Mum after each one",
         "One 45-minute interview every half-term (six a year)",
         "Careers adviser holding the Level 6 Diploma in Career Guidance and Development (Kettlewell Careers and Transition)",
         "E2, E3"],
        ["A work experience placement with adjustments for my wheelchair",
         "To be arranged once a suitable employer is found",
         "Sixth-form team",
         "E2"],
        ["It would be good for me to have taster days at Kettlewell College before I choose my next step",
         "",
         "Transition coordinator",
         "E2"],
        ["Looking after myself and getting about", "", "", ""],
        ["Powered-wheelchair skills training outdoors: kerbs and dropped kerbs, crossings, ramps onto accessible buses, and what to do if my chair breaks down",
         "60 minutes every Thursday (13:30 to 14:30) for 20 term-time weeks from September 2026",
         "Wheelchair skills trainer from the Kettlewell Wheelchair Service who has completed the Wheelchair Skills Program trainer certificate",
         "E4"],
        ["Teaching me to direct my own personal care, so that I can tell staff how I want to be hoisted, positioned and helped in the toilet",
         "Built into my care routines where possible",
         "Care staff",
         "E5"],
        ["Cooking and money sessions in the sixth-form training flat, using the perching stool, height-adjustable hob and lightweight pans",
         "Up to two 50-minute sessions a week",
         "Life skills teaching assistant",
         "E5"],
        ["Travel training on wheelchair-accessible buses, starting when a travel trainer becomes free",
         "Weekly",
         "Kettlewell Travel Ability Team",
         "E4"],
        ["A check-in at registration to plan my day around my energy: which lessons need the laptop arm, when my rest break falls and whether my chair battery is charged",
         "5 minutes at 8:50 every school day",
         "My form tutor",
         "E6"],
        ["Friends, community and sport", "", "", ""],
        ["Opportunities to join clubs and activities with other young people, in school and outside it",
         "",
         "",
         "E7"],
        ["A confidence and friendship group with other disabled young people, working through the Talkabout for Teenagers programme",
         "Every other week",
         "Learning mentor",
         "E7, E9"],
        ["Boccia club, using my own ramp and chute, in a squad of no more than six players",
         "Every Wednesday lunchtime, 12:40 to 13:20",
         "PE teacher who holds the Boccia England Level 1 coaching award",
         "E7"],
        ["Staying as healthy and well as I can", "", "", ""],
        ["Hands-on physiotherapy: passive stretches to my ankles, knees, hips and hands, checks on how I sit in my wheelchair, and practice in explaining my stretches to a new carer. The physiotherapist updates my written programme each term and reports on my progress to my annual review",
         "One 45-minute session a week in school",
         "HCPC-registered paediatric physiotherapist, Kettlewell Children's Therapies",
         "E5"],
        ["My daily stretching routine from the physiotherapist's written programme, done on the plinth in the therapy room",
         "20 minutes straight after lunch, every school day",
         "One of two named teaching assistants, each trained by the physiotherapist and signed off as competent every term",
         "E6"],
        ["Occupational therapy to look at my arm supports, seating and how I reach my laptop",
         "The OT will visit and advise staff once a year",
         "Occupational therapist",
         "E6"],
        ["Hydrotherapy, if the pool at Kettlewell Leisure Centre has a slot for me",
         "Fortnightly, 30 minutes",
         "Physiotherapy assistant",
         "E6"],
        ["Someone to talk to about my worries about my health and what happens after school, until I feel more settled",
         "Weekly to begin with",
         "School counsellor",
         "E9"],
        ["My teachers will use the memory and reading strategies set out in Dr Okafor's educational psychology report of 4 December 2025",
         "In lessons",
         "Teachers",
         ""],
    ]
    t = d.table(header, rows, widths_cm=[6.7, 3.8, 4.2, 1.9], font_size=9.5,
                header_fill="C5E0B4")
    for i, r in enumerate(rows, start=1):
        if r[1] == "" and r[2] == "" and r[3] == "":
            _banner(t, i)

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Paracetamol for cramps and aches, given in school as required under Callum's individual health care plan by staff trained by the school nurse.",
        "Two teaching assistants trained each September by the respiratory physiotherapist to use Callum's cough assist machine in school during chest infections, following his respiratory care plan.",
        "Cardiology review with an echocardiogram every 12 months, and respiratory review with overnight oximetry every six months, at Kettlewell General Hospital.",
        "Neuromuscular clinic review every six months, including a spinal X-ray once a year to monitor his scoliosis.",
        "A plan for moving to the adult neuromuscular service, to be drawn up when the adult team has capacity.",
        "Dietitian advice as appropriate.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A personal assistant for 5 hours every Saturday, funded through a social care direct "
           "payment, so that Callum can play powerchair football with Kettlewell Powerchair FC and "
           "go into town with friends.")

    d.heading("Section H2: Other social care provision", section="H2")
    d.bullets([
        "Overnight short breaks at Larchfield House, as and when beds allow.",
        "A Care Act transition assessment by the Kettlewell Preparing for Adulthood Team, to be completed by 14 August 2026, six months before Callum turns 18.",
    ])

    d.heading("Section I: Placement", section="I")
    d.para("Brantwood Park School, Kettlewell (maintained special school for pupils aged 11 to 19 "
           "with physical disabilities and complex medical needs) \u2013 sixth form.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Lorna Aspinall receives a social care direct payment of \u00a392.50 a week for the "
           "personal assistant in Section H1. It meets Callum's need for an adult to support him "
           "in the community (Section D) and supports outcome E7. No personal budget has been "
           "requested for the special educational provision in Section F.")

    d.heading("Section K: Advice and information", section="K")
    d.numbered([
        "Callum's views \u2013 dictated with Mrs J. Iveson, form tutor, 15 January 2026",
        "Parent's views \u2013 Lorna Aspinall, 12 January 2026",
        "Educational advice \u2013 Mr D. Featherstone, Head of Sixth Form, Brantwood Park School, 19 January 2026",
        "Psychological advice \u2013 Dr N. Okafor, Educational Psychologist, 4 December 2025",
        "Medical advice \u2013 Dr S. Rahmani, Consultant Paediatric Neurologist, Kettlewell General Hospital, 8 January 2026",
        "Physiotherapy advice \u2013 Ms K. Lund, Paediatric Physiotherapist, Kettlewell Children's Therapies, 9 January 2026",
        "Occupational therapy advice \u2013 Kettlewell Children's Therapies",
        "Social care advice \u2013 Mr A. Brennan, Social Worker, Children with Disabilities Team, 21 January 2026",
        "Preparing for adulthood advice \u2013 Ms T. Okoro, Careers Adviser, Kettlewell Careers and Transition, 16 January 2026",
    ], fmt="{n}.")
