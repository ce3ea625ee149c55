"""Greywater Borough Council - post-16 young person (17, Year 12) who is severely sight
impaired and reads braille, at a general further education college (Level 2 Business
Administration and a GCSE maths resit). Word Heading 1 headings 'Section F: My special
educational provision' (first-person titles after 'Section X:'). Cover details in a
two-column details table; simple footer. B has a preparing-for-adulthood part; E is a list
numbered E1-E8. Section F is under four PfA Heading 2 sub-headings; every item is one
hanging-indent paragraph whose bold lead-in (before a tab) gives the amount or timing, then
what will be provided and who delivers it. H1 and H2 separate. FINAL plan."""

from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Nadia Kowalczyk"

HANG = 4.6


def _item(d, amount, text):
    p = d.doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(HANG)
    pf.first_line_indent = Cm(-HANG)
    pf.tab_stops.add_tab_stop(Cm(HANG))
    pf.space_after = Pt(6)
    r = p.add_run(amount)
    r.bold = True
    p.add_run("\t" + text)


def _key(d):
    p = d.doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(HANG)
    pf.first_line_indent = Cm(-HANG)
    pf.tab_stops.add_tab_stop(Cm(HANG))
    r = p.add_run("How much / when\tWhat will be provided, and who will provide it")
    r.italic = True
    r.font.size = Pt(9.5)


def build(d):
    d.simple_footer("Greywater Borough Council  \u00b7  Final EHC plan  \u00b7  Nadia Kowalczyk  \u00b7  23 March 2026")
    d.title("Greywater Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=20, color="5B2C6F")
    d.details_table([
        ("Young person", "Nadia Kowalczyk"),
        ("Date of birth", "22 October 2008 (age 17)"),
        ("NHS number", "999 604 2719"),
        ("Address", "Flat 3, 14 Cinder Row, Varden, XJ2 8PW"),
        ("Nadia's mobile", "07700 900734"),
        ("Parents", "Marta Kowalczyk and Tomasz Kowalczyk, 01632 960418, marta.kowalczyk@example.org"),
        ("Year group", "Year 12 (first year of a two-year study programme)"),
        ("College", "Varden College"),
        ("Date of this final plan", "23 March 2026"),
        ("Review by", "22 March 2027"),
        ("SEND officer", "Priyanka Deveraux-Holt, Greywater 14\u201325 SEND Team"),
    ], fill="EFE6F5")

    d.heading("Section A: My views, interests and aspirations", section="A")
    d.heading("What I want people to know (Nadia's words)", level=2)
    d.para("Nadia wrote this herself in braille and on her laptop in January 2026, with some "
           "questions from her QTVI, Ms Haverford.")
    d.para("\"I'm Nadia. I've been blind since I was born, I see a bit of light and that's it. "
           "I read braille fast and I use JAWS on my laptop, so don't talk to me like I'm "
           "five. I like podcasts, true crime, baking and my brother Olek's terrible jokes. "
           "College is bigger and louder than school and I still get lost between the blocks, "
           "which is embarrassing. Maths is my worst subject because the braille for it is "
           "different and the diagrams are a nightmare. I want to work in an office, maybe "
           "for a charity or on a helpline, and one day live in my own flat with my friend "
           "Kasia. I want to get the bus on my own and not wait for Dad every day.\"")
    d.heading("My parents' views (shared with my agreement)", level=2)
    d.para("Marta and Tomasz say Nadia is determined, clever and stubborn in a good way. They "
           "worry that she is lonely at college and that she will not be safe travelling "
           "alone. They want her to pass GCSE maths and to leave college ready for work or "
           "further study.")

    d.heading("Section B: My special educational needs", section="B")
    d.heading("Vision", level=2)
    d.para("Nadia has Leber congenital amaurosis and is registered severely sight impaired. "
           "She has light perception only and no usable vision for learning. She reads and "
           "writes contracted Unified English Braille at about 90 words a minute and uses the "
           "JAWS screen reader and a refreshable braille display. Every printed or on-screen "
           "resource, diagram, chart and video must be made accessible for her.")
    d.heading("Cognition and learning", level=2)
    d.para("Nadia is a capable learner. She passed GCSE English (grade 5) but gained grade 3 in "
           "maths: she has not been taught the UEB maths code fully, cannot yet read tactile "
           "graphs and diagrams accurately, and is slow with her talking calculator. She finds "
           "it hard to plan longer assignments and to find her way around the college's "
           "online learning platform with JAWS.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Nadia has become anxious since starting college, particularly about getting lost "
           "and being late. She finds group conversations hard because she cannot see who is "
           "speaking or when to join in, and she has not yet made friends at college. She "
           "spends breaks alone in the Learning Support Centre.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Nadia uses a long cane confidently on routes she knows, but she does not yet know "
           "the college campus or the bus route from home, and her father drives her every "
           "day. She has never used a hob on her own or managed money in a shop, and cannot "
           "yet label or identify food at home. She has had no work experience and no careers "
           "guidance since Year 11.")

    d.heading("Section C: My health needs", section="C")
    d.para("Nadia has Leber congenital amaurosis (genetic), reviewed each year at the Greywater "
           "Eye Unit. She has dry eyes and uses lubricating drops. There are no other health "
           "needs relating to her special educational needs.")

    d.heading("Section D: My social care needs", section="D")
    d.para("Nadia is a disabled young person known to the Greywater Children with Disabilities "
           "Team. Because of her sight loss she cannot yet go out to social activities without "
           "another person, and her parents both work. She will need a Care Act transition "
           "assessment before her 18th birthday in October 2026.")

    d.heading("Section E: My outcomes", section="E")
    d.para("These outcomes are for the end of Nadia's study programme in July 2027 unless "
           "another date is given. Her tutor will agree termly targets with her at each "
           "progress review.")
    d.numbered([
        "By July 2027, Nadia will gain grade 4 or above in GCSE maths, reading every question and diagram in braille or tactile form.",
        "By December 2026, Nadia will travel from home to the Varden campus by bus, using her cane, on her own every college day.",
        "Nadia will be more independent around college.",
        "By the end of her course in July 2027, Nadia will cook a hot two-course meal for herself and a friend using her adapted equipment, without sighted help.",
        "Nadia will get a job in an office.",
        "Nadia will attend a college club.",
        "By March 2027, Nadia will introduce herself and explain her sight loss to a new group of students or colleagues on at least three occasions.",
        "Nadia will receive habilitation training and wellbeing sessions.",
    ], fmt="E{n}")

    d.heading("Section F: My special educational provision", section="F")
    d.para("Greywater Borough Council will secure the provision below. It runs in term time "
           "at Varden College for the life of this plan unless a different period is given. "
           "The first column gives how much provision there is, or when it happens.")
    _key(d)

    d.heading("Study programme and work", level=2)
    _item(d, "3 \u00d7 50 min a week",
          "1:1 teaching of the Unified English Braille maths code, reading tactile graphs and diagrams, and using a talking scientific calculator, so that Nadia can sit her GCSE maths resit in braille. Taught by a qualified teacher of the visually impaired (QTVI) holding the mandatory qualification, from the Greywater Sensory Support Service.")
    _item(d, "All course materials",
          "Every handout, worksheet, assignment brief and practice paper transcribed into contracted Unified English Braille, or sent as an accessible Word file if Nadia asks for that, at least two working days before the lesson, with a tactile diagram for any picture, chart or graph that carries meaning. Produced by the college's braille transcriber, who holds a certificate in UEB transcription.")
    _item(d, "12 hours a week",
          "In-class support in every Business Administration and maths lesson, Monday to Thursday, to describe visual content, guide Nadia to equipment and resources and keep her screen reader and braille display working. Given by a learning support practitioner who holds a Level 3 Certificate in Learning Support and has completed sighted guide training.")
    _item(d, "As required",
          "A learning support assistant in other sessions, for example to read out board work or describe videos.")
    _item(d, "Termly",
          "Visit from the QTVI to advise tutors on making course materials accessible.")
    _item(d, "Up to 2 hours a week",
          "Training in JAWS, her braille display and Microsoft Teams, given by the college's assistive technology officer.")
    _item(d, "Sole use, all day",
          "A laptop with a current JAWS licence, a 40-cell refreshable braille display, a Perkins brailler, a talking scientific calculator and a tactile image maker kept in the Learning Support Centre, supplied and insured by the college; the assistive technology officer checks and updates every item in the first week of each term.")
    _item(d, "To be decided",
          "Study skills sessions on planning assignments and finding her way around the college's online learning platform with a screen reader; the amount will be decided after Nadia's first progress review.")
    _item(d, "Summer term 2026",
          "Nadia would benefit from a work experience placement in an office, with reasonable adjustments.")
    _item(d, "3 \u00d7 45 min a year",
          "Careers guidance interviews on routes into office and customer service work, apprenticeships and Access to HE courses, one in each term, with a careers adviser who holds a Level 6 Diploma in Career Guidance and Development and has experience of working with blind young people.")

    d.heading("Getting around and living independently", level=2)
    _item(d, "2 \u00d7 60 min/wk, 10 wks",
          "Orientation and mobility training with her long cane, starting on 20 April 2026: the route from Varden bus station to the main entrance, and between the teaching block, the Learning Support Centre, the canteen and the library, including what to do when a route is blocked. Delivered by a habilitation specialist from the Greywater Sensory Support Service who holds a Foundation Degree in Habilitation (Vision Impairment).")
    _item(d, "At first, daily",
          "Sighted guide support between lessons until Nadia feels confident around the campus.")
    _item(d, "Every Wed, 90 min",
          "Independent living skills in the college training flat, in a group of no more than four students: cooking a simple hot meal using tactile hob markings and talking scales, labelling food in braille, and paying by card and checking change. Taught by an independent living skills tutor with a Level 3 teaching qualification; the habilitation specialist joins one session each half-term to adapt the kitchen.")
    _item(d, "As appropriate",
          "Opportunities to practise travelling to the town centre and the local supermarket.")
    _item(d, "Once a term",
          "Travel training on the bus route home with a travel trainer, subject to the availability of the council's Independent Travel Team.")

    d.heading("Friends and community", level=2)
    _item(d, "1 \u00d7 45 min a week",
          "A Talkabout for Teenagers group, in the autumn and spring terms, in which Nadia learns to introduce herself, to join a conversation when she cannot see who is speaking and to explain her sight loss to new people, with no more than six students. Run by a learning support practitioner trained in the Talkabout programme.")
    _item(d, "Regularly",
          "Encourage Nadia to join enrichment clubs and student union events.")

    d.heading("Health and wellbeing", level=2)
    _item(d, "Daily, 8:50, 5 min",
          "Nadia calls at the Learning Support Centre desk on arrival to collect any braille printed overnight and to hear about room changes; the learning support co-ordinator on duty sees her.")
    _item(d, "Weekly, review at 6 wks",
          "Wellbeing sessions with the college wellbeing team about her worries over the new campus.")
    _item(d, "All lessons",
          "Tutors will follow the recommendations in the QTVI report of 4 December 2025 (Appendix 5).")
    _item(d, "Flexible",
          "Additional 1:1 support hours, at the discretion of the Head of Learning Support.")

    d.heading("Section G: My health provision", section="G")
    d.bullets([
        "Review at the Greywater Eye Unit by the consultant ophthalmologist every 12 months.",
        "Lubricating eye drops, prescribed by her GP and used as required.",
        "Support from the Eye Clinic Liaison Officer when the service has capacity.",
    ])

    d.heading("Section H1: My social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("A personal assistant for 3 hours every other Saturday, paid through a social care "
           "direct payment from the Children with Disabilities Team, so that Nadia can go to "
           "town, the cinema and audio-described events with friends.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Greywater Adult Social Care will complete a Care Act transition assessment with "
           "Nadia by 31 July 2026.")

    d.heading("Section I: My college", section="I")
    d.para("Varden College, Greywater (general further education college): Level 2 Diploma "
           "in Business Administration and GCSE maths, Monday to Thursday.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Nadia has not asked for a personal budget for any of the provision in Section F. "
           "The social care direct payment is described in Section H1.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Nadia's views \u2013 written by Nadia, 15 January 2026",
        "Parents' views \u2013 Marta and Tomasz Kowalczyk, 12 January 2026",
        "Educational advice \u2013 Varden College, Head of Learning Support, 20 January 2026",
        "Advice from a qualified teacher of the visually impaired \u2013 Ms L. Haverford, Greywater Sensory Support Service, 4 December 2025",
        "Habilitation advice \u2013 Mr D. Oyelaran, Habilitation Specialist, 8 December 2025",
        "Medical advice \u2013 Greywater Eye Unit",
        "Psychological advice \u2013 Dr S. Marchetti, Educational Psychologist, 16 January 2026",
        "Social care advice \u2013 Children with Disabilities Team, 19 January 2026",
        "Preparing for adulthood advice \u2013 Greywater Careers Service, 21 January 2026",
    ])
