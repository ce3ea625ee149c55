"""Fellbrook Council - Year 10 young person registered severely sight impaired (Leber
congenital amaurosis), learning braille, in a mainstream 11-16 academy in the GCSE options
year. Word Heading 1 headings in title case with an em dash ('Section A \u2014 Views,
Interests and Aspirations'), each followed by a small italic line citing the regulation.
Cover details in a two-column shaded details table; simple footer. B is written under
area-of-need Heading 2 sub-headings plus a preparing-for-adulthood sub-section. E is a list
numbered E1-E9 with PfA outcomes. Section F is one four-column table grouped by the part of
the school day or subject (Part of the day or subject | Provision | Equipment and resources |
Staff, time and training); the first column is merged down each group of rows and the
third column is blank in some rows. Separate H1 and H2. FINAL amended plan after the Year 9
review."""

TITLE = "Education, Health and Care Plan - Ezra Whitlock"


def _reg(d, text):
    d.para(text, italic=True, size=8.5)


def _merge_groups(t, groups):
    """Merge column 0 down each (first_row, last_row) span (row indices include header)."""
    for a, b in groups:
        if b > a:
            top = t.cell(a, 0)
            merged = top.merge(t.cell(b, 0))
            for para in merged.paragraphs[1:]:
                if not para.text:
                    para._p.getparent().remove(para._p)


def build(d):
    d.simple_footer("Fellbrook Council  \u00b7  Final EHC plan (amended)  \u00b7  "
                    "Ezra Whitlock  \u00b7  OFFICIAL-SENSITIVE")
    d.title("Fellbrook Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("FINAL AMENDED PLAN", bold=True, size=12)
    d.details_table([
        ("Name", "Ezra Whitlock"),
        ("Date of birth", "17 June 2011"),
        ("NHS number", "999 318 6042"),
        ("Unique pupil number", "A999000271828"),
        ("Home address", "14 Heronsgate Lane, Fellbrook, ZY4 8NW"),
        ("Parents", "Helen Whitlock and Daniel Whitlock"),
        ("Contact", "01632 960718  /  helen.whitlock@example.org"),
        ("School and year group", "Kendal Rise Academy, Year 10"),
        ("Annual review meeting", "13 January 2026"),
        ("Date of this final plan", "24 February 2026"),
        ("Next annual review by", "12 January 2027"),
        ("SEND officer", "Gareth Pennock-Lyle, Fellbrook SEND Assessment Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFDA")
    d.para("This plan was amended after Ezra's Year 9 annual review. It has been produced in "
           "24-point bold and as an accessible Word file so that Ezra can read it himself.",
           italic=True)

    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    _reg(d, "SEND Regulations 2014, regulation 12(1)(a)")
    d.heading("Ezra's views", level=2)
    d.para("Ezra recorded his views on his phone with his QTVI, Ms Brightwell, on 5 January "
           "2026, and she typed them up word for word:")
    d.para("\"Music is the main thing for me. I play keyboard and I've started making tracks on "
           "my laptop with a screen reader, which is hard but I'm getting faster. I picked music, "
           "computer science and history for GCSE. What I don't like is when a teacher says "
           "'as you can see on the board' and I obviously can't, or when I get the worksheet "
           "after everyone else has started. I don't want someone sat next to me all day, it "
           "makes me look different. I want to go to college and do music technology and then "
           "be a sound engineer or a producer. I want to get the bus into town with my mates "
           "without my mum. Braille is slow but I know I need it because my eyes are getting "
           "worse.\"")
    d.heading("Helen and Daniel's views", level=2)
    d.para("Ezra's parents describe him as witty, stubborn in a good way and very musical. They "
           "are proud that he has kept up with his friends even though his sight has got worse "
           "since Year 8. They are worried that he is tired and irritable most evenings, that he "
           "hides how much he cannot see, and that he is falling behind in maths and science "
           "because diagrams are not ready for him. They want him to be able to travel, cook "
           "and look after himself before he leaves school, and they want him to get proper "
           "advice about colleges that are used to blind students. Ezra's younger sister, Rosa, "
           "is 11 and often guides him when they are out, which they would like to stop.")

    d.heading("Section B \u2014 Special Educational Needs", section="B")
    _reg(d, "Children and Families Act 2014, section 37(2)(a); regulation 12(1)(b)")
    d.heading("Sensory (vision)", level=2)
    d.para("Ezra has Leber congenital amaurosis, an inherited retinal condition, and has been "
           "registered severely sight impaired since 2023. His acuity is 1.3 logMAR in his right "
           "eye and he has light perception only in his left eye, with nystagmus and marked "
           "sensitivity to glare. His vision has deteriorated over the past two years and is "
           "expected to keep doing so. He can read 24-point bold print for short periods, but "
           "his reading speed falls sharply after about ten minutes. He cannot see the board, "
           "wall displays, videos or facial expressions across a classroom.")
    d.heading("Cognition and learning", level=2)
    d.para("Ezra is able and is working at or above expected levels in English, history, music "
           "and computer science when materials are accessible. His standardised reading "
           "comprehension score is average, but his reading speed in print is about half that "
           "of his peers. In maths and science he has gaps in shape, graphs, geometry and the "
           "reading of scales, because he has missed the visual content of many lessons. He "
           "cannot yet take part safely in science practicals without adaptations. He is at an "
           "early stage in braille: he reads uncontracted braille at about 12 words per minute "
           "and has begun learning contractions. He touch-types at 18 words per minute and "
           "knows only the basic screen-reader commands.")
    d.heading("Communication and interaction", level=2)
    d.para("Ezra talks easily with adults and friends, but he misses gestures, nods and facial "
           "expressions, so in group work he sometimes talks over others or does not realise "
           "that a question was meant for him. He is reluctant to tell new teachers what he "
           "needs.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ezra is anxious about losing more sight and told his QTVI that he 'doesn't want to "
           "think about it'. He becomes irritable and withdrawn when tired, and visual fatigue "
           "by the afternoon affects his concentration. He has a close group of three friends "
           "but knows no other young people with a vision impairment.")
    d.heading("Physical and independence", level=2)
    d.para("Ezra uses a long cane on familiar routes but relies on a sighted guide in crowded "
           "corridors, on stairs in poor light and anywhere unfamiliar. In PE he cannot follow "
           "fast-moving balls and is often left out of games. At home he does not cook, cannot "
           "tell coins and notes apart reliably and relies on his family to organise his "
           "clothes.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Ezra wants to study music technology after Year 11. He has not yet had any careers "
           "guidance, has not visited a college, and does not know what support colleges offer "
           "students who are blind. He has never travelled by bus without an adult or his "
           "sister and has had no work experience.")

    d.heading("Section C \u2014 Health Needs", section="C")
    _reg(d, "Regulation 12(1)(c)")
    d.para("Ezra's Leber congenital amaurosis is managed by the consultant ophthalmologist at "
           "Fellbrook Eye Unit, and he attends the Fellbrook Low Vision Clinic. He has been "
           "referred to clinical genetics to discuss the cause of his condition and possible "
           "treatment trials. He gets migraine-type headaches, usually on long school days, for "
           "which his GP has advised paracetamol. Glare and fatigue make his headaches worse.")

    d.heading("Section D \u2014 Social Care Needs", section="D")
    _reg(d, "Regulation 12(1)(d)")
    d.para("Ezra is a disabled child. The Children with Disabilities Team assessed him in "
           "January 2026 and found that he cannot go to clubs or activities in the community "
           "without a sighted adult, because of his vision and his limited mobility skills on "
           "unfamiliar routes. Both his parents work, and his sister is often asked to guide "
           "him, which the family want to stop.")

    d.heading("Section E \u2014 Outcomes", section="E")
    _reg(d, "Regulation 12(1)(e)")
    d.para("The outcomes below run to the end of Key Stage 4 unless a date is given. Kendal Rise "
           "Academy will set half-termly steps towards them with Ezra and share them with his "
           "parents and the QTVI.")
    d.numbered([
        "By July 2027, Ezra will read contracted (Grade 2) Unified English Braille aloud at 40 words per minute with at least 95% accuracy.",
        "By the end of Year 10, Ezra will use his screen reader and touch-typing to complete a 600-word history answer in 50 minutes without help from an adult.",
        "Ezra will achieve his potential in his GCSEs.",
        "By July 2026, Ezra will travel independently with his long cane from home to the bus stop on Heronsgate Lane and from the bus to the school gate, on five school days in a row.",
        "Ezra will be more confident about his sight loss.",
        "By July 2027, Ezra will cook a hot meal for his family, using his talking scales and liquid level indicator, without sighted help.",
        "Ezra will become a music producer.",
        "Ezra will be supported by a TA in all lessons.",
        "By February 2027, Ezra will have visited at least two colleges and applied for a post-16 music technology course.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special Educational Provision", section="F")
    _reg(d, "Children and Families Act 2014, section 37(2)(c); regulation 12(1)(f)")
    d.para("Fellbrook Council must secure the provision below for the life of this plan. It runs "
           "in term time unless stated. The table is arranged by the part of the school day or "
           "the subject the provision belongs to; QTVI means a qualified teacher of children "
           "with vision impairment from the Fellbrook Sensory Support Service.")
    groups = [
        ("All lessons", [
            ["Every worksheet, text, slide and board resource modified into Ezra's agreed format (Arial 24-point bold on buff A4 paper, or an accessible Word or PDF file for his laptop) and given to him no later than the start of the lesson in which it is used.",
             "A3 photocopier and enlarging software in the Learning Support Base",
             "An access technician who has completed the Sensory Support Service's materials-modification course, with 12 hours a week set aside for Ezra's resources; subject teachers send her their materials at least two school days ahead"],
            ["A teaching assistant in lessons to read the board to Ezra, describe pictures and videos and keep his equipment organised.",
             "",
             "Teaching assistant, as appropriate across the timetable"],
            ["A laptop running ZoomText Magnifier/Reader and the NVDA screen reader, and a desktop video magnifier with a distance camera for the board, for Ezra's own use in every lesson and at home for homework.",
             "Laptop, software licences and video magnifier supplied and insured by Fellbrook Council",
             "Set up and checked each September by the Sensory Support Service technician; three 1-hour training sessions for Ezra with the QTVI in the first half of the autumn term"],
            ["Ezra should be seated where he can see best, and teachers should think about glare and lighting in each room.",
             "",
             "Subject teachers"],
            ["Homework deadlines extended when Ezra needs more time, at the discretion of his Head of Year.",
             "",
             "Head of Year"],
        ]),
        ("English, maths and science", [
            ["Opportunities to listen to the GCSE set texts in audio format.",
             "Audiobooks",
             "English department"],
            ["Pre-teaching of the diagrams, graphs and geometry coming up in the next week's maths lessons, using tactile and enlarged versions, so that Ezra has explored them before the class meets them.",
             "Swell-paper tactile diagrams; a talking scientific calculator; raised-line ruler, protractor and graph board",
             "The QTVI, who holds the mandatory qualification for teachers of children with vision impairment: one 30-minute 1:1 session every Monday during tutor time"],
            ["Adult support during science practicals so that Ezra can join in safely.",
             "Adapted equipment as needed, e.g. a liquid level indicator and a talking thermometer",
             "Science department support staff"],
        ]),
        ("PE and moving around school", [
            ["Adapted PE in place of ball games Ezra cannot follow, including goalball and VI football, when staffing allows.",
             "Audible balls; tactile court markings",
             "PE department"],
            ["Ezra leaves every lesson five minutes before the bell so that he can walk to his next room before the corridors fill.",
             "A corridor pass kept in his planner",
             "Subject teachers release him; his routes were taught by the habilitation specialist in Year 9"],
        ]),
        ("Examinations", [
            ["For every mock and GCSE examination: papers modified to 24-point bold on A3, 50% extra time, supervised rest breaks, a reader, a word processor with screen magnification, and a separate room.",
             "Modified papers ordered from the awarding bodies by the exams officer",
             "Exams officer; the reader is an invigilator who has completed the school's access-arrangements reader training"],
            ["Some practice sessions using his exam arrangements before the mocks.",
             "",
             "SENCO to organise"],
        ]),
        ("Specialist skills for sight loss", [
            ["Teaching of Unified English Braille, reading and writing, moving from uncontracted to contracted braille, so that Ezra has a second reading medium as his sight changes; the QTVI checks his reading speed against his targets at the end of every term.",
             "A Perkins brailler and a 40-cell refreshable braille display, kept at school",
             "A QTVI with the mandatory qualification and a UEB braille certificate: two 45-minute 1:1 lessons a week"],
            ["Touch-typing and screen-reader keyboard commands, using a typing programme.",
             "Typing software",
             "TA, initially three sessions a week, reducing once Ezra reaches 30 words per minute"],
            ["Habilitation training in using his long cane around the school site, between home and the bus stop, and in Fellbrook town centre.",
             "Long cane supplied by the Sensory Support Service",
             "Habilitation specialist; sessions to be arranged once the habilitation assessment has been completed in the spring term"],
            ["Independent living skills lessons: cooking simple hot meals safely, labelling and organising clothes, and telling coins and notes apart.",
             "Liquid level indicator, talking kitchen scales, bump-on tactile markers and a note gauge, kept in the food room",
             "A qualified habilitation specialist (Graduate Diploma in Habilitation and Disability Studies) from the Sensory Support Service: one 60-minute 1:1 session every fortnight in the food technology room"],
        ]),
        ("Wellbeing", [
            ["Counselling or mentoring may be offered if Ezra's worries about losing his sight increase.",
             "",
             "Pastoral team"],
            ["A place in the Sensory Support Service's VI youth group, a group of no more than eight young people with sight impairment that meets for two hours in school time on the first Wednesday of every half-term, with activities on explaining his needs to new people and joining group conversations without visual cues; the service arranges transport.",
             "",
             "Run by two QTVIs from the Sensory Support Service; the access technician travels with Ezra"],
        ]),
        ("Preparing for adulthood", [
            ["One 45-minute individual careers guidance interview each term until Ezra leaves Year 11, looking at music technology and sound engineering courses and the support colleges give to blind students.",
             "",
             "A careers adviser registered with the Career Development Institute; the QTVI joins the summer-term interview"],
            ["A week of work experience in July 2026, adjusted for Ezra's vision, if a suitable employer can be found.",
             "",
             "Careers lead"],
            ["Travel training on public transport.",
             "",
             "Fellbrook Travel Training Team; number and length of sessions to be agreed"],
        ]),
    ]
    rows, spans, r = [], [], 1
    for name, items in groups:
        start = r
        for i, it in enumerate(items):
            rows.append([name if i == 0 else ""] + it)
            r += 1
        spans.append((start, r - 1))
    t = d.table(["Part of the day or subject", "Provision", "Equipment and resources",
                 "Staff, time and training"], rows, widths_cm=[2.6, 6.2, 3.5, 4.3],
                font_size=9, header_fill="C6E0B4")
    _merge_groups(t, spans)

    d.heading("Section G \u2014 Health Care Provision", section="G")
    _reg(d, "Regulation 12(1)(g); agreed by Fellbrook and Marshdale Integrated Care Board on 10 February 2026")
    d.bullets([
        "Review by the consultant ophthalmologist at Fellbrook Eye Unit every six months, including acuity and visual field testing.",
        "A low vision assessment at the Fellbrook Low Vision Clinic once a year, with magnifiers and tinted lenses prescribed and supplied.",
        "Paracetamol for migraine-type headaches, given as required under Ezra's individual health care plan by a member of staff trained to administer medicines.",
        "Referral to clinical genetics when an appointment becomes available.",
    ])

    d.heading("Section H1 \u2014 Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for 3 hours every other Saturday so that Ezra can attend Fellbrook "
           "Goalball Club and travel there safely, provided by the Children with Disabilities Team.")
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.para("Ezra's family can ask the Sensory Team for short breaks.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Kendal Rise Academy, Fellbrook (mainstream academy, 11\u201316), with the visiting "
           "support of the Fellbrook Sensory Support Service set out in Section F.")

    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("Ezra's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and Information", section="K")
    d.bullets([
        "Ezra's views \u2013 recorded with Ms A. Brightwell, QTVI, 5 January 2026",
        "Parents' views \u2013 Helen and Daniel Whitlock, 6 January 2026",
        "Educational advice \u2013 Mr K. Osei-Lamb, SENCO, Kendal Rise Academy, 12 January 2026",
        "Advice from a qualified teacher of children with vision impairment \u2013 Ms A. Brightwell, QTVI, Fellbrook Sensory Support Service, 9 January 2026",
        "Habilitation advice \u2013 Mr T. Nkemelu, habilitation specialist, Fellbrook Sensory Support Service, 14 January 2026",
        "Psychological advice \u2013 Dr S. Marchetti, Educational Psychologist, 15 January 2026",
        "Medical advice \u2013 Mr R. Castellane, Consultant Ophthalmologist, Fellbrook Eye Unit, 8 January 2026",
        "Social care advice \u2013 Children with Disabilities Team, 16 January 2026",
        "Preparing for adulthood advice \u2013 Fellbrook Careers Service",
    ])
