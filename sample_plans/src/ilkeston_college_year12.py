"""Ilkeston Dale Borough Council - post-16 young person (17, Year 12) with bilateral spastic
cerebral palsy who uses a powered wheelchair, at a general FE college on a Level 2 Creative
Media course, with personal care needs. Word Heading 1 headings 'Section A - Views,
interests and aspirations' (en dash), each followed by an italic line citing the regulation
it meets. Cover details in a two-column details table; plain centred footer. E is numbered
E1-E7. Section F opens with an intro paragraph, then three Heading 2 parts (F1 Study
programme and learning; F2 Physical development and personal care; F3 Communication,
independence and adulthood), each with an italic 'Outcomes:' line and a five-column table
(What will be provided | Who provides it, and their training | How often | How long each
time | Start and end); some cells are dashes or blank. Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Tamsin Okonjo-Hale"

NAME = "Tamsin Okonjo-Hale"


def make_doc():
    from build import PlanDoc
    return PlanDoc(font_size=10.5, heading_color="4A235A", margins_cm=2.0)


def _reg(d, text):
    d.para(text, italic=True, size=9)


def build(d):
    d.simple_footer("Ilkeston Dale Borough Council  \u00b7  Final EHC Plan  \u00b7  "
                    "Tamsin Okonjo-Hale  \u00b7  Issued 18 March 2026")
    d.title("Ilkeston Dale Borough Council", size=13, color="4A235A")
    d.title("Education, Health and Care Plan", size=21, color="4A235A")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Name", NAME),
        ("Date of birth", "14 November 2008"),
        ("NHS number", "999 704 2286"),
        ("Home address", "27 Cressbrook Walk, Ilkeston Dale, ZY4 8NH"),
        ("Tamsin's mobile", "07700 900552"),
        ("Parents", "Adaeze Okonjo-Hale and Martin Hale"),
        ("Parents' contact", "01632 960318  /  adaeze.okonjohale@example.org"),
        ("Year group", "Year 12 \u2013 the first of her two years at college"),
        ("College", "Sherwin Bridge College"),
        ("Date of final plan", "18 March 2026"),
        ("Next review by", "17 March 2027"),
        ("Plan co-ordinator", "Gideon Farrer-Maitland, Post-16 SEND Team"),
    ], widths_cm=(4.5, 12.0), fill="EADCF0")
    d.para("Tamsin is 17 and makes her own decisions about this plan. She asked for her "
           "parents to be kept informed and to receive copies.", italic=True)

    d.heading("Section A \u2013 Views, interests and aspirations", section="A")
    _reg(d, "(Regulation 12(1)(a), SEND Regulations 2014)")
    d.heading("Tamsin's views", level=2)
    d.para("Tamsin dictated this to her personal tutor, Ms Ferreira-Boyd, using her "
           "voice-output app for the words she found hard to say, on 21 January 2026.")
    d.para("\"I'm Tamsin. I'm into design, editing and anything to do with social media. I "
           "run the Instagram page for my wheelchair football team and I made a short film "
           "last year that got shown at the college awards. What I don't like is people "
           "talking to whoever is pushing the door instead of me, or deciding stuff about "
           "me without asking. I want to do the Level 3 next year and then get a job in "
           "digital marketing or graphic design. One day I want my own flat with carers "
           "that I choose, and I want to get into town on the bus without my dad having to "
           "drive me everywhere.\"")
    d.heading("Tamsin's parents' views (shared with her agreement)", level=2)
    d.para("Adaeze and Martin describe Tamsin as stubborn in the best way, creative and "
           "very funny. They are proud that she chose her own college course. They worry "
           "that she is exhausted by the end of a college day, that she is sometimes left "
           "waiting for help to go to the toilet, and that nobody has yet taught her how to "
           "manage the carers she will need as an adult. Her younger brother Kobi (13) "
           "helps her with her camera at home.")

    d.heading("Section B \u2013 Special educational needs", section="B")
    _reg(d, "(Regulation 12(1)(b))")
    d.heading("Physical and sensory", level=2)
    d.para("Tamsin has bilateral spastic cerebral palsy affecting all four limbs (GMFCS level "
           "IV). She drives a powered wheelchair with a joystick on her right side and cannot "
           "walk. She can take some weight through her legs for a standing transfer with two "
           "people, but this is becoming harder as she grows. Her hand function is limited: "
           "she uses a trackball and a large-key keyboard, types with one finger and cannot "
           "handle cameras, tripods or lighting on her own. She tires quickly, and after "
           "about three hours of study her typing and speech both slow down. She finds "
           "narrow corridors, the lift and crowded spaces difficult to manoeuvre through "
           "safely.")
    d.heading("Communication and interaction", level=2)
    d.para("Tamsin has a moderate dysarthria. Familiar people understand almost everything "
           "she says, but unfamiliar listeners understand much less, especially when she is "
           "tired or in a noisy room. She uses a voice-output app on her tablet for longer "
           "messages and when she is not understood, but its phrase bank is out of date. She "
           "does not always have the words to explain to new staff how she needs to be "
           "moved.")
    d.heading("Cognition and learning", level=2)
    d.para("Tamsin is a capable learner working at Level 2 in her vocational subject. She "
           "gained grade 3 in GCSE English and is resitting it; she is working at Functional "
           "Skills Level 1 in maths. Her written work is limited by how slowly she can type "
           "rather than by her ideas, and she cannot keep up with note-taking.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tamsin is confident with friends but gets frustrated and withdrawn when she is "
           "talked over or has to wait for help. She finds it hard to organise her own "
           "coursework deadlines across several units.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Tamsin has never travelled on public transport without a family member. She has "
           "not yet had any work experience. She cannot yet direct a new carer through her "
           "hoisting and personal care, manage money for a personal assistant or plan "
           "meals, all of which she will need if she is to live in her own flat.")

    d.heading("Section C \u2013 Health needs", section="C")
    _reg(d, "(Regulation 12(1)(c))")
    d.para("Tamsin has bilateral spastic cerebral palsy and is under the care of the "
           "neurodisability team at Ilkeston Dale General Hospital; she will move to adult "
           "services at 18. She takes baclofen for muscle stiffness and has paracetamol for "
           "hip pain when she needs it. She needs help with all toileting and uses a hoist "
           "and changing bed. She has a gastro-oesophageal reflux and drinks thickened "
           "fluids. Her powered wheelchair and seating are provided by the Wheelchair "
           "Service, and she wears night splints.")

    d.heading("Section D \u2013 Social care needs", section="D")
    _reg(d, "(Regulation 12(1)(d))")
    d.para("Tamsin is a disabled young person under 18. She needs two people for all "
           "transfers and help with all personal care at home and in the community. She "
           "wants to go out with friends without her parents, which needs a personal "
           "assistant. Her parents both provide care overnight and need regular breaks. "
           "Because Tamsin turns 18 in November 2026, a Care Act transition assessment is "
           "needed to plan her support as an adult.")

    d.heading("Section E \u2013 Outcomes", section="E")
    _reg(d, "(Regulation 12(1)(e))")
    d.para("The outcomes run to the end of Tamsin's study programme in July 2027 unless "
           "another date is given. Her personal tutor will agree termly targets with her at "
           "each progress review.")
    d.numbered([
        "By July 2027, Tamsin will complete the Level 2 Diploma in Creative Media Production, producing all her coursework on her laptop using word prediction and her trackball.",
        "By the end of Year 12 (July 2026), Tamsin will talk a new personal care assistant through a hoist transfer using her written care profile, with no other adult needing to step in.",
        "Tamsin will improve her English.",
        "By December 2026, Tamsin will travel by bus and tram from home to the Sherwin Bridge campus on her own, three days a week.",
        "Tamsin will receive physiotherapy to keep her mobile.",
        "By July 2027, unfamiliar listeners will understand Tamsin at least four times out of five when she orders food, gives her address or answers an interview question.",
        "Tamsin will have a career in graphic design.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 Special Educational Provision", section="F")
    _reg(d, "(Regulation 12(1)(f); section 42 of the Children and Families Act 2014)")
    d.para("Ilkeston Dale Borough Council must secure the provision in the three tables below. "
           "It runs in college term time (36 weeks a year) unless the table says otherwise. "
           "A dash means that the column does not apply.")

    cols = ["What will be provided", "Who provides it, and their training", "How often",
            "How long each time", "Start and end"]
    widths = [5.5, 4.2, 2.8, 2.4, 2.1]

    d.heading("F1  Study programme and learning", level=2)
    d.para("Outcomes: E1, E3", italic=True)
    d.table(cols, [
        ["Learning support in every Creative Media lesson: setting up Tamsin's laptop, trackball and keyboard at her workstation, positioning cameras, tripods and lights at her direction, and scribing edit decisions when her hands tire",
         "A named learning support assistant who holds a Level 3 Certificate in Supporting Teaching and Learning and has been trained in Tamsin's moving and handling plan",
         "Every Creative Media lesson (Monday, Tuesday and Thursday)",
         "The whole lesson; 12 hours a week in total",
         "From the date of this plan to July 2027"],
        ["Extra in-class help in GCSE English and Functional Skills maths wherever Tamsin needs it",
         "Learning support staff",
         "Where required",
         "\u2013",
         "Ongoing"],
        ["GCSE English resit taught in a group of no more than six students, with every reading and writing task provided as an editable digital file so that Tamsin can use word prediction",
         "English teacher with QTS or QTLS",
         "Twice a week (Monday and Wednesday mornings)",
         "90 minutes",
         "Until the June 2026 exam, and again to June 2027 if needed for a resit"],
        ["Tamsin will have access to suitable software and equipment to help her record her work",
         "IT Services",
         "",
         "",
         "Dates to be agreed"],
        ["Exam access arrangements for every GCSE, Functional Skills and course assessment: 25% extra time, a word processor with word prediction, supervised rest breaks and a separate accessible room with a height-adjustable desk",
         "Arranged by the college Exams Officer; rest breaks supervised by a trained invigilator",
         "Every internal and external assessment",
         "\u2013",
         "For the whole course"],
        ["Tamsin would benefit from regular practice with one-switch keyboard shortcuts and word-prediction software to build up her typing speed",
         "Learning support",
         "Regularly",
         "",
         ""],
        ["Mentoring to help Tamsin organise her coursework deadlines and build her confidence",
         "Learning mentor",
         "Weekly",
         "Up to one hour",
         "Spring and summer terms 2026"],
    ], widths_cm=widths, font_size=9, header_fill="E4D7EC")

    d.heading("F2  Physical development and personal care", level=2)
    d.para("Outcomes: E2, E5", italic=True)
    d.table(cols, [
        ["Direct physiotherapy: stretches, supported standing and practice of two-person standing transfers, so that Tamsin keeps the range of movement in her hips and knees and can still take her own weight when she is transferred",
         "HCPC-registered physiotherapist from the Ilkeston Dale Children's Physiotherapy Service",
         "Once a fortnight",
         "45 minutes, 1:1, in the college therapy room",
         "From the date of this plan to July 2027"],
        ["Tamsin's standing programme in her standing frame, including the stretches her physiotherapist has set for her before she stands",
         "Two learning support assistants trained by the physiotherapist in the programme and in hoisting, with the training refreshed every September",
         "Each college day, straight after lunch",
         "30 minutes, including the transfer",
         "From the date of this plan to July 2027"],
        ["Personal care at college: toileting using the ceiling hoist and changing bed, repositioning in her wheelchair, and thickened drinks",
         "Two personal care assistants for every hoist transfer, both trained by the college's moving and handling lead in safer moving and handling and in Tamsin's hoisting plan",
         "At 10:30, 12:45 and 14:45 each college day, and at any other time Tamsin asks",
         "Allow 20 minutes each time",
         "For the whole course"],
        ["Teaching Tamsin to direct her own personal care: explaining to a new carer, from her written care profile, how she must be hoisted and positioned",
         "Personal care team",
         "Weekly at first, reducing once she is confident",
         "20 minutes",
         "From April 2026"],
        ["Occupational therapy: the OT will advise the Creative Media team on Tamsin's workstation, seating and use of the studio equipment",
         "Occupational therapist",
         "Periodically",
         "",
         ""],
        ["Hydrotherapy sessions may be offered if the pool at Sherwin Bridge Leisure Centre is available",
         "",
         "",
         "",
         ""],
        ["Powered wheelchair skills: practising safe manoeuvring through busy corridors, the lift and the media studio, subject to review at the end of the spring term",
         "Learning support assistant",
         "Weekly",
         "30 minutes",
         "Spring term 2026"],
        ["Teaching staff will follow the handling and positioning guidance in the physiotherapy advice (Appendix K7) in practical lessons",
         "Curriculum staff",
         "All practical lessons",
         "\u2013",
         "For the whole course"],
    ], widths_cm=widths, font_size=9, header_fill="E4D7EC")

    d.heading("F3  Communication, independence and adulthood", level=2)
    d.para("Outcomes: E4, E6, E7", italic=True)
    d.table(cols, [
        ["Speech and language therapy on pacing her speech and breath control so that unfamiliar listeners such as customers, interviewers and bus drivers understand her, and on keeping the phrase bank in her voice-output app up to date",
         "HCPC-registered speech and language therapist (Ilkeston Dale Community Therapies)",
         "Three sessions each half-term",
         "40 minutes, individual",
         "From the date of this plan to July 2027"],
        ["Careers guidance about routes into digital marketing and graphic design",
         "Careers adviser from the college Careers Hub",
         "Once a year",
         "",
         "Each academic year"],
        ["Supported work experience in a digital or creative workplace, with reasonable adjustments; the placement and any job coach support to be decided by the Work Placements team nearer the time",
         "Work Placements team",
         "",
         "",
         "Year 13"],
        ["Independent travel training on the accessible 9 bus and the tram between home and the Sherwin Bridge campus: boarding by ramp, parking her wheelchair in the bay, using her journey card to tell the driver her stop, and what to do if the ramp fails",
         "Travel trainer from the Ilkeston Dale Independent Travel Team who holds the team's accreditation in training wheelchair users",
         "Two training journeys a week",
         "Each journey 50 minutes, door to door",
         "14 weeks from 20 April 2026"],
        ["Opportunities to develop independent living skills such as managing money, planning meals and organising her own personal assistants",
         "College staff",
         "",
         "",
         ""],
        ["Moving on to adult support: working through the 'My Support, My Choice' workbook with Tamsin on choosing and instructing a personal assistant, managing a direct payment and planning a move to an adapted flat",
         "Post-16 SEND transition coordinator, Ilkeston Dale Borough Council (a registered social worker)",
         "Once every half-term",
         "One hour",
         "From the date of this plan to July 2027"],
    ], widths_cm=widths, font_size=9, header_fill="E4D7EC")

    d.heading("Section G \u2013 Health care provision", section="G")
    _reg(d, "(Regulation 12(1)(g); agreed by Ilkeston Dale Integrated Care Board on 4 March 2026)")
    d.bullets([
        "Baclofen given at 12:30 each college day by the college first aid lead, who has been trained by the community nurse; paracetamol given as required for hip pain, as set out in Tamsin's individual health care plan.",
        "Review of Tamsin's powered wheelchair and seating by the Ilkeston Dale Wheelchair Service every six months, with repairs completed within two working days of a fault being reported.",
        "Night splints reviewed by the orthotics service when it has capacity.",
        "Dietetic and reflux advice from the community team as appropriate.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    _reg(d, "(Regulation 12(1)(h)(i))")
    d.bullets([
        "Six hours of personal assistant support every Saturday, funded by a social care direct payment, so that Tamsin can go to the cinema and the shops with friends and to her wheelchair football club.",
        "Equipment and adaptations at home as assessed by the social care OT.",
    ])

    d.heading("Section H2 \u2013 Other social care provision", section="H2")
    _reg(d, "(Regulation 12(1)(h)(ii))")
    d.bullets([
        "Overnight short breaks at Holloway Lodge on two weekends a month (48 nights a year), with two trained carers for all transfers.",
        "A Care Act transition assessment by the Preparing for Adulthood social work team, completed before Tamsin's 18th birthday in November 2026.",
    ])

    d.heading("Section I \u2013 Placement", section="I")
    _reg(d, "(Regulation 12(1)(i))")
    d.para("Sherwin Bridge College, Ilkeston Dale (general further education college) \u2013 "
           "Level 2 Diploma in Creative Media Production with GCSE English and Functional "
           "Skills maths, four days a week (Monday to Thursday).")

    d.heading("Section J \u2013 Personal budget", section="J")
    _reg(d, "(Regulation 12(1)(j))")
    d.para("Tamsin's parents receive a social care direct payment of \u00a3108 a week for the "
           "personal assistant in Section H1. Tamsin has not asked for a personal budget for "
           "any of the provision in Section F.")

    d.heading("Section K \u2013 Advice and information", section="K")
    _reg(d, "(SEND Code of Practice 2015, paragraph 9.62)")
    d.numbered([
        "Tamsin's views \u2013 dictated to Ms A. Ferreira-Boyd, personal tutor, 21 January 2026",
        "Parents' views \u2013 Adaeze Okonjo-Hale and Martin Hale, 15 January 2026",
        "Educational advice \u2013 Mr D. Ruskin, Head of Learning Support, Sherwin Bridge College, 26 January 2026",
        "Psychological advice \u2013 Dr Priya Venkataraman, Educational Psychologist, 29 January 2026",
        "Medical advice \u2013 Dr J. Abernethy-Stroud, Consultant in Paediatric Neurodisability, 22 January 2026",
        "Speech and language therapy advice \u2013 Ms H. Quartey, Speech and Language Therapist, 19 January 2026",
        "Physiotherapy advice \u2013 Mr C. Lindqvist, Children's Physiotherapist, 20 January 2026",
        "Occupational therapy advice \u2013 Ilkeston Dale Community OT Service",
        "Social care advice \u2013 Children with Disabilities Team, 30 January 2026",
        "Preparing for adulthood advice \u2013 Ilkeston Dale Careers and Transition Service, 27 January 2026",
    ], fmt="K{n}")
