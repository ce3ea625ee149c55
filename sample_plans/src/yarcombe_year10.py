"""Yarcombe County Council - Year 10 student who is registered severely sight impaired
(optic nerve hypoplasia, braille reader, long-cane user) at a mainstream 11-16 academy with
outreach from the county Sensory Support Service. Cover details in a two-column shaded
details table. Word Heading 1 headings with a spaced em dash ('Section A \u2014 Esme's
views, interests and aspirations'), Heading 2 area sub-headings in B. E numbered O1-O8 with
PfA outcomes. Section F opens with an italic note, then four numbered Heading 2 area
groups, each a 4-column table with the deliverer and their expertise in SEPARATE columns
(Provision | Amount and frequency | Delivered by | Expertise / training); some expertise
cells hold a dash or are blank, one deliverer cell is blank. H1 and H2 split. FINAL plan."""

TITLE = "Education, Health and Care Plan - Esme Callaghan-Reid"

_HEAD = ["Provision", "Amount and frequency", "Delivered by", "Expertise / training"]
_W = [6.2, 3.9, 3.3, 3.3]


def build(d):
    d.simple_footer("Yarcombe County Council  \u2022  EHC Plan (Final)  \u2022  Esme Callaghan-Reid  \u2022  "
                    "Issued 9 March 2026  \u2022  OFFICIAL-SENSITIVE")
    d.title("Yarcombe County Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("Children's Services \u2013 SEND Assessment and Review Team", italic=True)
    d.details_table([
        ("Name", "Esme Callaghan-Reid"),
        ("Date of birth", "17/02/2011"),
        ("NHS number", "999 318 6427"),
        ("Unique pupil number", "H999206551473"),
        ("Home address", "Glebe Cottage, 4 Ottery Lane, Yarcombe Cross, ZY4 7HD"),
        ("Parents", "Bronwen Callaghan (mother) and Daniel Reid (father)"),
        ("Contact", "01632 960733 (home), 07700 900582 (Bronwen), bronwen.callaghan@example.org"),
        ("School and year group", "Westhayes Academy, Year 10"),
        ("Plan status", "FINAL"),
        ("Date this plan was issued", "9 March 2026"),
        ("Annual review to be held by", "8 March 2027"),
        ("SEND caseworker", "Priya Tregenza-Moss"),
    ])
    d.para("This plan replaces the plan issued on 3 March 2025 following the Year 9 annual "
           "review. Esme read the draft in braille and her comments are included in Section A.",
           italic=True, size=10)

    # ------------------------------------------------------------------ A
    d.heading("Section A \u2014 Esme's views, interests and aspirations", section="A")
    d.heading("In Esme's words", level=2)
    d.para("Esme dictated this to her QTVI, Mrs Pascoe, on 12 January 2026 and then checked it "
           "on her note-taker. \"I've been blind since I was born so to me it's just normal. "
           "The annoying part isn't not seeing, it's when stuff isn't ready - when a worksheet "
           "turns up in print and everyone else has started. I love music, I play piano by ear "
           "and I make tracks on my laptop. I want to do music technology at college and work "
           "in radio or in a studio, maybe producing podcasts. I want to be able to get into "
           "Yarcombe on the bus without my mum, and to go to gigs with my friends without "
           "someone holding my arm the whole time.\"")
    d.heading("What Esme's parents told us", level=2)
    d.para("Bronwen and Daniel describe Esme as bright, stubborn and very funny. They are "
           "proud that she has kept up with her friends academically, but they have watched "
           "her become more isolated since Year 8 as her friends go into town without her. "
           "Their worries are about GCSE maths and science, where the diagrams and notation "
           "are hardest to get in braille, about her safety near roads, and about how she "
           "will manage at college. They want her to leave school able to cook, travel and "
           "manage money as her younger brother Finlay will.")

    # ------------------------------------------------------------------ B
    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("Sensory: vision", level=2)
    d.para("Esme has bilateral optic nerve hypoplasia and has been registered severely sight "
           "impaired since 2012. She has light perception in her right eye only and no "
           "useful vision for learning. She reads and writes Grade 2 Unified English Braille "
           "(UEB) fluently for text at around 95 words per minute, but she has not been "
           "taught the UEB technical code for maths and science, so she cannot yet read or "
           "write algebra, indices, chemical formulae or units independently. She cannot "
           "access diagrams, graphs or maps unless they are produced as tactile graphics and "
           "she is taught how to explore them.")
    d.heading("Cognition and learning", level=2)
    d.para("Esme's verbal reasoning is in the high average range (educational psychology "
           "advice, November 2025). She is predicted grades 6-7 in English and music but "
           "grade 4 in maths and combined science, which her teachers link to late or missing "
           "braille resources rather than understanding. Reading in braille is slower than "
           "print reading, so she needs materials in advance and extra time in assessments. "
           "She types on a standard keyboard but uses two fingers and does not yet know the "
           "JAWS screen-reader commands she will need for coursework and at college.")
    d.heading("Mobility, orientation and independence", level=2)
    d.para("Esme uses a long cane. She knows her routes between her main classrooms but "
           "becomes disorientated in crowded corridors, in the new science block opened in "
           "January 2026 and in the sports hall. She has not yet travelled on a bus or train "
           "alone. At home she can make a drink and a sandwich but has not been taught to use "
           "the hob or oven, identify coins and notes, or use a contactless card safely.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Esme is confident with adults but says she feels \"left out\" at lunchtimes and "
           "outside school. She finds it hard to tell new adults what help she wants and "
           "sometimes accepts help she does not need rather than say no. She has recently "
           "been worrying about her future and about whether college will be accessible.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Esme has had one careers conversation in a group. She has not had work "
           "experience, and she does not yet know which post-16 courses in music technology "
           "are accessible to a braille user.")

    # ------------------------------------------------------------------ C
    d.heading("Section C \u2014 Health needs which relate to Esme's SEN", section="C")
    d.para("Optic nerve hypoplasia is linked in Esme's case with hypopituitarism: she has "
           "cortisol and growth hormone deficiency. She takes hydrocortisone three times a "
           "day and has a growth hormone injection each evening. Illness, injury or severe "
           "stress can trigger an adrenal crisis, so she has an emergency hydrocortisone "
           "injection kit in school. She also has nystagmus and tires easily, particularly in "
           "the afternoons. She is seen by paediatric endocrinology and by ophthalmology.")

    # ------------------------------------------------------------------ D
    d.heading("Section D \u2014 Social care needs which relate to Esme's SEN or disability",
              section="D")
    d.para("Esme was assessed by the Yarcombe Sensory Impairment Social Work Team in October "
           "2025. Because of her sight loss she cannot yet go out in the community without an "
           "adult, and her parents both work, so she rarely takes part in leisure activities "
           "at weekends. The assessment found that she needs support to take part in a youth "
           "activity each week and that the family would benefit from occasional breaks.")

    # ------------------------------------------------------------------ E
    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below run to the end of Year 11 unless a date is given. Mrs Pascoe "
           "and the SENCO will agree shorter-term steps with Esme each term and share them "
           "with her parents.")
    d.numbered([
        "By July 2027, Esme will read and write GCSE maths and science notation in UEB braille well enough to complete a one-hour past paper with no more than two queries about the braille.",
        "By the end of the spring term 2027, Esme will travel on her own, using her long cane, from Yarcombe Cross to Yarcombe bus station and back on the X53 bus on three consecutive days.",
        "Esme will be more independent around school.",
        "By July 2026, Esme will touch-type at 30 words per minute with 95% accuracy and will move through a Word document by headings using JAWS without help.",
        "Esme will receive habilitation lessons each week.",
        "By her annual review in March 2027, Esme will explain her sight condition and the help she wants to a new adult, such as a supply teacher, on at least three occasions without prompting.",
        "Esme will become a radio producer.",
        "By July 2027, Esme will cook a simple hot meal for her family using talking scales and tactile hob markings, on two occasions.",
    ], fmt="O{n}")

    # ------------------------------------------------------------------ F
    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("Yarcombe County Council will secure the provision below for as long as this plan "
           "is maintained. It is delivered in term time at Westhayes Academy unless a row "
           "says otherwise. Outreach from the Yarcombe Sensory Support Service is "
           "commissioned separately from the academy's funding.", italic=True)

    d.heading("1. Access to learning and the curriculum", level=2)
    d.table(_HEAD, [
        ["Direct teaching of the Unified English Braille technical code for maths and science, and of how to explore tactile graphs and diagrams",
         "One 50-minute 1:1 lesson every week (Thursday, period 3)",
         "QTVI, Yarcombe Sensory Support Service",
         "Holds the mandatory qualification for teachers of children with vision impairment"],
        ["Transcription of every worksheet, textbook extract, homework task and internal assessment into UEB braille or an accessible Word file, with tactile versions of diagrams, handed to Esme no later than 24 hours before the lesson",
         "All subjects, every week of term; a transcriber employed for 22.5 hours a week",
         "Braille transcriber in the Learning Resource Centre",
         "Holds a UEB Grade 2 transcription certificate and has completed tactile graphics training"],
        ["In-class support from a teaching assistant to describe board work and diagrams and to keep Esme's braille files in order",
         "Up to 20 hours per week across core subjects",
         "Teaching assistant",
         ""],
        ["Pre-teaching of the tactile diagrams and key words for the coming week's science topic",
         "20 minutes every Monday, 8:40 to 9:00, in place of tutor time",
         "Intervenor teaching assistant",
         "Level 3 award in supporting learners with vision impairment; reads Grade 2 UEB"],
        ["PE lessons adapted so that Esme can take part safely, for example guide-running and audible balls",
         "Every PE lesson",
         "PE staff",
         "\u2014"],
        ["Access arrangements for tests, mocks and GCSE examinations in line with the school's exams policy",
         "Every assessment",
         "School exams office",
         "\u2014"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("2. Braille, technology and equipment", level=2)
    d.table(_HEAD, [
        ["A BrailleNote Touch Plus 32 note-taker and a Perkins SMART Brailler for Esme's sole use at school and at home, with a loan replacement within two school days if either goes for repair",
         "Used in every lesson and for homework; serviced once a year",
         "Bought and maintained by Yarcombe Sensory Support Service",
         "Three hours of set-up training in the autumn term from the Service's assistive technology teacher"],
        ["Assistive technology for GCSE coursework, to be agreed after the QTVI's technology assessment",
         "Not yet agreed",
         "QTVI",
         ""],
        ["Lessons in touch-typing and JAWS screen-reader keyboard commands",
         "Weekly sessions",
         "ICT technician",
         ""],
        ["A check that Esme's note-taker and laptop are charged and that the day's files have synced",
         "Five minutes at the start of each school day",
         "Learning Resource Centre assistant",
         "\u2014"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("3. Mobility, habilitation and independent living", level=2)
    d.table(_HEAD, [
        ["Habilitation training in orientation and long-cane skills: routes on the school site, from home to the Yarcombe Cross bus stop, and the X53 bus journey into Yarcombe",
         "One 60-minute session each week in term time, on Wednesday afternoons",
         "Habilitation specialist, Yarcombe Sensory Support Service",
         "Level 6 qualification in habilitation (vision impairment); on the Habilitation VI UK register"],
        ["Mobility sessions to learn the routes around the new science block and the sports hall",
         "Twice a week at first, reducing as Esme grows in confidence",
         "Mobility officer",
         ""],
        ["Independent living skills, e.g. using the hob, identifying coins and labelling clothes",
         "Some sessions each half-term",
         "Habilitation specialist",
         "As above"],
        ["Esme may be offered a sighted guide at lunchtimes and in busy corridors",
         "When needed",
         "Peer or member of staff",
         ""],
    ], widths_cm=_W, font_size=9.5)

    d.heading("4. Wellbeing, friendships and preparing for adulthood", level=2)
    d.table(_HEAD, [
        ["A self-advocacy group for young people with vision impairment (never more than six students) at the Sensory Support Service base: explaining her sight condition, asking for the help she wants and turning down help she does not want",
         "One 90-minute session every half-term (six a year)",
         "QTVI and habilitation specialist together",
         "Mandatory qualification (QTVI); Level 6 habilitation qualification"],
        ["Sessions with the pastoral team to talk through any worries",
         "Weekly, subject to review at Christmas",
         "Pastoral team",
         ""],
        ["Personal careers guidance on post-16 routes into music technology and audio production, with the QTVI present for part of each interview to advise on access",
         "Two 45-minute interviews in Year 10 (October and May) and two in Year 11",
         "Careers adviser, Yarcombe Careers Service",
         "Level 6 Diploma in Career Guidance and Development"],
        ["A one-week work experience placement in a recording studio or local radio station",
         "Summer term of Year 10, subject to a placement being available",
         "Careers lead (teacher)",
         "\u2014"],
        ["Travel training for the train journey to Yarcombe College before Esme moves to post-16",
         "To be decided at the Year 10 annual review",
         "",
         ""],
        ["Opportunities to join lunchtime and after-school clubs, with support if required",
         "",
         "Staff",
         ""],
    ], widths_cm=_W, font_size=9.5)

    # ------------------------------------------------------------------ G
    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "Review by the paediatric endocrinology team at Yarcombe District Hospital every six months, including hydrocortisone and growth hormone dose checks.",
        "An emergency hydrocortisone injection given as required under Esme's adrenal insufficiency care plan by one of the two members of staff trained each September by the endocrine nurse specialist.",
        "Annual ophthalmology review at the Eye Clinic, Yarcombe District Hospital.",
        "Emotional support from the Eye Clinic Liaison Officer if a referral is accepted.",
    ])

    # ------------------------------------------------------------------ H
    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick "
              "and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for 3 hours every Saturday afternoon so that Esme can attend the "
           "Yarcombe VI Youth Club and get to and from the town centre, paid for through a "
           "social care direct payment to her parents.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("Short breaks as agreed with the Sensory Impairment Social Worker.")

    # ------------------------------------------------------------------ I
    d.heading("Section I \u2014 Placement", section="I")
    d.para("Westhayes Academy, Yarcombe \u2013 mainstream academy (11\u201316), with outreach "
           "from the Yarcombe Sensory Support Service as set out in Section F.")

    # ------------------------------------------------------------------ J
    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Esme's parents receive a social care direct payment of \u00a336.00 a week for the "
           "support worker in Section H1, which meets the social care need in Section D for "
           "weekly leisure activity in the community. Nothing in Section F is delivered through a "
           "personal budget, and the family has not asked for one.")

    # ------------------------------------------------------------------ K
    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Esme's views \u2013 dictated to Mrs J. Pascoe, 12 January 2026",
        "Parents' views \u2013 Bronwen Callaghan and Daniel Reid, 8 January 2026",
        "Educational advice \u2013 Mr A. Hocking, SENCO, Westhayes Academy, 15 January 2026",
        "Advice from a qualified teacher of the visually impaired \u2013 Mrs J. Pascoe, QTVI, Yarcombe Sensory Support Service, 12 January 2026",
        "Habilitation advice \u2013 Yarcombe Sensory Support Service",
        "Psychological advice \u2013 Dr S. Varga, Educational Psychologist, 24 November 2025",
        "Medical advice \u2013 Dr K. Olumide, Consultant Paediatric Endocrinologist, 19 December 2025",
        "Social care advice \u2013 Sensory Impairment Social Work Team, 28 October 2025",
        "Preparing for adulthood advice \u2013 Mr R. Liddicoat, Careers Adviser, Yarcombe Careers Service, 20 January 2026",
    ])
