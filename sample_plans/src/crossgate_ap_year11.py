"""Crossgate City Council - Year 11 autistic young person with anxiety-based school
avoidance, on the roll of a hospital-and-home education service (a pupil referral unit for
pupils with medical needs) and taught at home and at its teaching base. Headings are bold,
dark-red Normal text (no heading styles) in the form 'SECTION F  Special Educational
Provision' (upper-case word, letter, two spaces, title case, no punctuation). Running header
with name and DOB, 'Page X of Y' footer. Cover details in a two-column shaded table. E is
numbered E1-E8 with PfA outcomes. Section F is grouped by outcome: a bold 'For outcome ...'
line, then a two-column sub-table (Provision | Frequency / duration / staffing) whose second
cell packs the quantity and the staffing together, separated by a slash. Section I names the
current service until July 2026 and the FE college from September 2026. FINAL plan, issued
at the Year 11 phase transfer."""

TITLE = "Education, Health and Care Plan - Elliot Brayshaw"

_RED = "8B1A1A"
_W = [9.4, 7.2]
_HEAD = ["Provision", "Frequency / duration / staffing"]


def _sec(d, letter, title, sid=None):
    d.bold_line(f"SECTION {letter}  {title}", section=sid or letter, size=13, color=_RED)


def build(d):
    d.running_header_footer("Elliot Brayshaw  |  DOB 03/04/2010  |  Crossgate City Council "
                            "EHC Plan", footer_left="FINAL", first_page_plain=True)
    d.title("CROSSGATE CITY COUNCIL", size=12, color=_RED)
    d.title("Education, Health and Care Plan", size=22, color=_RED)
    d.para("Final plan, amended following the Year 11 annual review", italic=True)
    d.details_table([
        ("Name", "Elliot Brayshaw"),
        ("Date of birth", "03/04/2010"),
        ("NHS number", "999 604 2197"),
        ("UPN", "A999000577215"),
        ("Address", "7 Fennel Row, Crossgate, XJ3 5TW"),
        ("Parents / carers", "Claire Brayshaw (mother) and Marcus Dunmore (stepfather)"),
        ("Telephone", "01632 960418 (home); 07700 900263 (Elliot's mobile, text only)"),
        ("E-mail", "claire.brayshaw@example.org"),
        ("National Curriculum year", "Year 11"),
        ("Current education", "The Orchard Hospital and Home Education Service, Crossgate"),
        ("Date of annual review meeting", "22 January 2026"),
        ("Date this final plan was issued", "12 March 2026"),
        ("Next review", "By 11 March 2027"),
        ("Caseworker", "Dominic Achebe-Rowe, Crossgate SEND Team"),
    ], widths_cm=(5.0, 11.6), fill="F4E4E4")

    _sec(d, "A", "Views, Interests and Aspirations")
    d.para("**Elliot's views.** Elliot prefers to write rather than talk to people he does not "
           "know well, so he answered his caseworker's questions by e-mail in January 2026. "
           "His answers are copied below without changes.")
    d.para("\"I'm good at computers and building things in Minecraft and Blender. I want to "
           "make games when I'm older, like proper ones with a studio. School was too loud "
           "and too many people and everyone looking at you, and I couldn't go in any more. "
           "Home lessons are OK because it's just me and Mr Fenwick. The Orchard base is "
           "better than school but I still feel sick in the car on the way. I want to go to "
           "college and do IT but I'm worried about the bus and about people talking to me. "
           "One day I'd like my own flat and to learn to drive.\"")
    d.para("**Claire's and Marcus's views.** Claire and Marcus say Elliot is clever, kind to "
           "his sister Holly and very funny once he knows you. They watched him shut down "
           "over two years at secondary school and say the move to the Orchard service "
           "\"gave us our son back\". They want him to sit his GCSEs, to get to college and "
           "stay there, and to have at least one friend outside the family. They worry that "
           "he hardly leaves the house at weekends and that he will not cope with the size of "
           "a college.")

    _sec(d, "B", "Special Educational Needs")
    d.para("**Communication and interaction.** Elliot is autistic (diagnosed in 2022). He "
           "understands language literally and misses hints, jokes and instructions that are "
           "implied rather than stated. He rarely speaks to adults he does not know and will "
           "not use the phone. In a group he does not ask when he has not understood, and he "
           "stops working rather than ask for help. He communicates much more fully in "
           "writing.")
    d.para("**Cognition and learning.** Elliot is a capable learner with strengths in "
           "computing, science and visual reasoning; his teachers predict grades 4 to 6. He "
           "missed most of Years 9 and 10, so he has gaps in maths (algebra, ratio and "
           "geometry) and in extended writing. He processes spoken information slowly and "
           "finds it hard to plan longer pieces of work and to organise revision.")
    d.para("**Social, emotional and mental health.** Elliot has a high level of anxiety "
           "linked to school, crowds and being watched, and he stopped attending his "
           "mainstream secondary school in January 2025. Before sessions at the base he has "
           "stomach pains and sometimes cannot get out of the car. When overwhelmed he shuts "
           "down and leaves the room. His mood is low at times and he has few ways of "
           "calming himself other than gaming. He has no friends outside his family.")
    d.para("**Sensory and physical.** Elliot is very sensitive to noise, bright lights and "
           "being touched. Busy rooms, bells and strong smells raise his anxiety quickly.")
    d.para("**Preparing for adulthood.** Elliot has never travelled on public transport on "
           "his own and does not go out without a parent. He has had one careers meeting and "
           "has not yet chosen a post-16 course. He has had no work experience.")

    _sec(d, "C", "Health Needs")
    d.para("Elliot has a diagnosis of autism from the Crossgate Child Development Centre "
           "(2022) and of generalised anxiety disorder from Crossgate CAMHS (2024). He takes "
           "sertraline, prescribed by the CAMHS consultant psychiatrist, and melatonin for "
           "difficulty getting to sleep. His community paediatrician has confirmed that he is "
           "unable to attend a mainstream school for medical reasons. He has been referred to "
           "the CAMHS neurodevelopmental team for assessment of possible ADHD.")

    _sec(d, "D", "Social Care Needs")
    d.para("The Crossgate Children with Disabilities Team assessed Elliot in January 2026. He "
           "is a disabled child who is isolated at home: he needs an adult he trusts to help "
           "him go out into the community, because of his anxiety and his sensory needs.")

    _sec(d, "E", "Outcomes")
    d.para("Outcomes E1, E2 and E8 are for the end of Year 11; the rest look ahead to Elliot's "
           "first year at college. The Orchard service and then the college will agree "
           "half-termly steps towards each outcome with Elliot.")
    d.numbered([
        "By July 2026, Elliot will attend at least 80% of his timetabled sessions at the Orchard teaching base, arriving within 10 minutes of the start time.",
        "By the end of Year 11, Elliot will sit GCSE examinations in English Language, mathematics, combined science and computer science.",
        "Elliot will feel less anxious about learning.",
        "By December 2026, Elliot will travel by bus between home and Crossgate College on his own on every day of his college timetable.",
        "Elliot will be supported by a mentor and will work with CAMHS.",
        "Elliot will become a video game designer.",
        "By the end of the autumn term 2026, Elliot will ask a named member of college staff for help or a break, in words or with his break card, without being prompted, on at least four occasions.",
        "By July 2026, Elliot will have chosen a post-16 course and completed his college enrolment interview.",
    ], fmt="E{n}")

    _sec(d, "F", "Special Educational Provision")
    d.para("The provision below is made by the Orchard Hospital and Home Education Service "
           "until 17 July 2026 unless another provider is named. It is grouped by the "
           "outcome it works towards.")

    d.para("For outcome E1 \u2013 attending and learning", bold=True)
    d.table(_HEAD, [
        ["1:1 tuition at home in English Language and mathematics (GCSE Foundation tier)",
         "Three 2-hour sessions a week (Monday, Wednesday and Friday) / the same qualified "
         "teacher (QTS) from the Orchard service each time"],
        ["Taught sessions at the Orchard teaching base in computer science and combined "
         "science, in a group of no more than five Year 11 students",
         "Tuesday and Thursday, 9:30 to 12:00 / qualified subject teachers (QTS) in "
         "computer science and science"],
        ["A gradual build-up of Elliot's time at the base, with home tuition reduced as his "
         "attendance improves",
         "Pace to be decided by the Orchard service at half-termly reintegration meetings"],
        ["Contact from a key worker to encourage Elliot to attend",
         "As and when needed / key worker"],
        ["Live online lessons in the Orchard virtual classroom for any GCSE subject not "
         "covered by tuition, if a place is available",
         "Up to 4 hours a week / online tutor"],
    ], widths_cm=_W, font_size=10)

    d.para("For outcome E2 \u2013 GCSE examinations", bold=True)
    d.table(_HEAD, [
        ["Exam access arrangements for every mock and GCSE paper: a separate room with one "
         "invigilator Elliot has met beforehand, 25% extra time and supervised rest breaks",
         "Each examination / arranged by the Orchard examinations officer"],
        ["Revision support in the run-up to the summer examinations",
         "Some extra sessions / tutor"],
        ["Pre-teaching of the vocabulary and one worked example for each new maths topic, so "
         "that Elliot has seen the method before it comes up in his tuition session",
         "Every Monday, 30 minutes by video call / higher level teaching assistant holding "
         "HLTA status, supervised by Elliot's maths tutor"],
        ["Work to be sent home on days Elliot is too anxious to attend the base",
         "When necessary / the service"],
    ], widths_cm=_W, font_size=10)

    d.para("For outcomes E3 and E7 \u2013 managing anxiety and communicating", bold=True)
    d.table(_HEAD, [
        ["Anxiety management teaching using the CBT-based 'Exploring Feelings: Anxiety' "
         "programme (Attwood), adapted for Elliot with visual worksheets",
         "Weekly in term time until 17 July 2026, 45 minutes 1:1 / learning mentor trained "
         "as an ELSA, with monthly supervision from the service's educational psychologist"],
        ["Counselling",
         "Six sessions, then to be reviewed / counsellor"],
        ["Clinical psychologist from CAMHS to advise tutors on managing Elliot's anxiety",
         "When required"],
        ["A safe space at the base that Elliot can go to whenever he feels overwhelmed",
         "Available at all times / staff"],
        ["Direct speech and language therapy on social communication: noticing when he has "
         "not understood, asking for clarification, and rehearsing scripts for phoning and "
         "e-mailing adults he does not know",
         "Every fortnight, 40 minutes 1:1 at home or by video call / HCPC-registered speech "
         "and language therapist commissioned by Crossgate City Council"],
        ["Adults working with Elliot to use a range of autism-friendly strategies",
         "In all sessions / all staff"],
        ["A social skills group",
         "Weekly, small group / Orchard staff"],
    ], widths_cm=_W, font_size=10)

    d.para("For outcomes E4, E6 and E8 \u2013 preparing for college and work", bold=True)
    d.table(_HEAD, [
        ["Independent travel training on the number 12 bus between Fennel Row and Crossgate "
         "College, Merestone Road, including what to do if the bus does not turn up",
         "Two 75-minute sessions a week for ten weeks from 8 June 2026 / travel trainer from "
         "the Crossgate Travel Independence Team who holds the Level 3 Award in Travel "
         "Training"],
        ["Careers guidance interviews to help Elliot choose a post-16 course and plan a route "
         "into computing and game design",
         "Three 1-hour interviews, in March, May and July 2026 / careers adviser with a Level "
         "6 Diploma in Career Guidance and Development, Crossgate Careers Hub"],
        ["Transition visits to Crossgate College, as many as Elliot needs",
         "Dates TBC / college and Orchard staff"],
        ["A work experience placement in an IT setting should be arranged if Elliot feels "
         "ready",
         "Summer term 2026 / Orchard service"],
    ], widths_cm=_W, font_size=10)

    _sec(d, "G", "Health Care Provision")
    d.bullets([
        "Sertraline 50 mg each morning, prescribed by the CAMHS consultant psychiatrist, who reviews it every eight weeks.",
        "Melatonin 2 mg at bedtime, prescribed by the community paediatrician and reviewed every six months.",
        "A course of cognitive behavioural therapy sessions with a CAMHS therapist to teach Elliot coping skills for his anxiety.",
        "Assessment by the CAMHS neurodevelopmental team for possible ADHD when Elliot reaches the top of the waiting list.",
    ])

    _sec(d, "H1", "Social Care Provision (Chronically Sick and Disabled Persons Act 1970, "
         "section 2)")
    d.para("A support worker from the Crossgate Children with Disabilities Team for 3 hours "
           "every Saturday, so that Elliot can go to the Crossgate Library gaming club and "
           "into town.")
    _sec(d, "H2", "Other Social Care Provision")
    d.para("No other social care provision is needed at present.")

    _sec(d, "I", "Placement")
    d.para("Until 17 July 2026: The Orchard Hospital and Home Education Service, Crossgate "
           "(pupil referral unit for pupils with medical needs), through home tuition and "
           "its teaching base.")
    d.para("From September 2026: Crossgate College, Merestone Road campus (general further "
           "education college), Level 1 Diploma in IT.")

    _sec(d, "J", "Personal Budget")
    d.para("No personal budget has been requested.")

    _sec(d, "K", "Advice and Information")
    d.bullets([
        "Elliot's views \u2013 by e-mail to the caseworker, 14 January 2026",
        "Parents' views \u2013 Claire Brayshaw and Marcus Dunmore, 12 January 2026",
        "Educational advice \u2013 Mrs J. Penhaligon, Head of Service, The Orchard Hospital and Home Education Service, 16 January 2026",
        "Psychological advice \u2013 Dr Sunil Varma, Educational Psychologist, 19 January 2026",
        "Medical advice \u2013 Dr A. Kovacs, Consultant Community Paediatrician, 9 January 2026",
        "Mental health advice \u2013 Dr L. Ferreira, Consultant Child and Adolescent Psychiatrist, Crossgate CAMHS, 15 January 2026",
        "Speech and language therapy advice \u2013 Ms R. Oyelaran, Speech and Language Therapist, 13 January 2026",
        "Social care advice \u2013 Crossgate Children with Disabilities Team",
        "Preparing for adulthood advice \u2013 Mr T. Brannigan, Careers Adviser, Crossgate Careers Hub, 20 January 2026",
        "Annual review report \u2013 The Orchard Hospital and Home Education Service, 29 January 2026",
    ])
