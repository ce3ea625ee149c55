"""Westmarch County Council - Year 5 pupil with developmental language disorder and ADHD
in a small rural Church of England primary school (mixed Year 4/5/6 class). Word Heading 1
headings with a vertical bar ('Section B | Special educational needs'); Heading 2
area-of-need sub-headings in B. Two-column cover details table. Running header with the
child's name and a 'FINAL  Page X of Y' footer. E is a list numbered E1-E8. Section F is one
four-column table (Ref | Provision | Frequency / duration / staffing | Outcomes) in which
how often, how long and who delivers are combined in a single cell; rows F1-F20, repeated
header row, rows running over a page break. G has PRN inhaler wording. H1 and H2 both
'None'. FINAL plan."""

TITLE = "Education, Health and Care Plan - Callum Routledge"


def build(d):
    d.running_header_footer("Westmarch County Council  |  EHC Plan  |  Callum Routledge",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Westmarch County Council", size=13, color="2E5E3E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E3E")
    d.para("Final plan issued under section 37 of the Children and Families Act 2014",
           italic=True)
    d.details_table([
        ("Child's name", "Callum Routledge"),
        ("Date of birth", "14/11/2015"),
        ("NHS number", "999 603 2274"),
        ("UPN", "Z999000627140"),
        ("Home address", "2 Hagg Row, Crossthwaite Bridge, Westmarch, XJ4 8PN"),
        ("Parents", "Gemma Routledge and Andrew Routledge"),
        ("Contact", "01632 960731  /  gemma.routledge@example.org"),
        ("School and year group", "Eskdale Fold CE Primary School, Year 5 (mixed Year 4/5/6 class)"),
        ("Date of final plan", "20 February 2026"),
        ("Annual review due by", "19 February 2027"),
        ("EHC co-ordinator", "Philippa Nakamura-Dent, Westmarch SEND Casework Team (West)"),
    ], widths_cm=(5.0, 11.6))

    d.heading("Section A | Views, interests and aspirations", section="A")
    d.heading("What Callum told us", level=2)
    d.para("Callum's views were gathered by Mrs Pattinson, his teaching assistant, on 12 "
           "December 2025, using a talking mat with picture symbols so that he did not have to "
           "find all the words himself. She wrote down what he said.")
    d.para("\"I like being outside best. I help my grandad with the sheep at lambing and I can "
           "drive the quad bike in the field, only slow. I like football and Lego and my dog "
           "Bess. I don't like it when Miss talks for ages and I don't know what we are doing. "
           "My head goes fuzzy and then I get told off for fiddling. Writing is the worst. When "
           "I'm big I want to be a farmer or work with tractors, or be a footballer.\"")
    d.heading("What Callum's parents told us", level=2)
    d.para("Gemma and Andrew describe Callum as kind, practical and very good with animals and "
           "with his younger sister, Isla. He can build almost anything from a diagram. They "
           "feel that for years his language difficulties were mistaken for bad behaviour, and "
           "they want staff to understand that when he does not follow an instruction it is "
           "usually because he has not understood it. They are worried that he is falling "
           "further behind with reading and writing, that he has started saying he is "
           "\"thick\", and about the move to a large secondary school in the town in 2027. "
           "They would like him to leave primary school able to read well enough to enjoy it "
           "and with at least one good friend.")

    d.heading("Section B | Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum has a developmental language disorder (diagnosed by the NHS speech and "
           "language therapy service in March 2024). On the CELF-5 in October 2025 his "
           "receptive language score was at the 5th centile and his expressive score at the "
           "9th centile. He does not reliably understand sentences with 'before', 'after', "
           "'unless' or 'if ... then', and he loses track of spoken instructions with more "
           "than two parts, particularly when they are given to the whole class. He has a "
           "narrow vocabulary for his age, especially for curriculum words, and often uses "
           "'thing' or 'that one'. When he retells an event his sentences are short and not "
           "linked, so listeners cannot follow the order of what happened. He rarely says "
           "when he has not understood.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum's reading age is 7 years 2 months (York Assessment of Reading for "
           "Comprehension, November 2025) at a chronological age of 10 years. He decodes "
           "simple words but cannot read many common words on sight, and he misses the "
           "meaning of longer sentences. His spelling is at an early Year 2 level. Written work "
           "is very short, with little punctuation; he finds it hard to plan what he wants to "
           "say and to hold a sentence in mind while he writes it. His handwriting is slow and "
           "laborious. In maths he is working at a Year 3 level; he has a good understanding of "
           "shape and measure but struggles with word problems because of the language.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum was diagnosed with ADHD (combined presentation) by the community "
           "paediatrician in June 2025. He finds it very hard to stay in his seat and to sustain "
           "attention on adult-led tasks for more than four or five minutes, calls out, and "
           "acts before thinking. In unstructured times, especially at lunch, games with other "
           "boys often end in arguments because he misreads what they say and reacts quickly. "
           "He has low self-esteem about his learning and becomes tearful or angry when he "
           "cannot do a task, sometimes screwing up his work or walking out of the classroom.")
    d.heading("Sensory and physical", level=2)
    d.para("Callum seeks movement and fiddles constantly with objects. Noise in the shared "
           "hall at lunch overwhelms him. His fine motor control is weaker than his peers' and "
           "he tires quickly when handwriting.")

    d.heading("Section C | Health needs", section="C")
    d.para("ADHD, under the care of the community paediatrician at Westmarch Children's "
           "Centre. Callum takes a long-acting stimulant before school, which has helped his "
           "attention in the mornings; the effect wears off by about 2 pm. He has mild asthma "
           "and uses a reliever inhaler. His developmental language disorder was diagnosed by "
           "the NHS speech and language therapy service.")

    d.heading("Section D | Social care needs", section="D")
    d.para("No social care needs relating to Callum's special educational needs or disability "
           "were identified. Social care advice was given by the Westmarch Early Help Team on "
           "19 November 2025.")

    d.heading("Section E | Outcomes", section="E")
    d.para("The outcomes below are to be achieved by the end of Key Stage 2 (July 2027) unless "
           "another date is given. Eskdale Fold will set small steps towards each outcome every "
           "half-term and send them home with Callum's review sheet.")
    d.numbered([
        "By the end of Year 6, Callum will carry out a three-part spoken instruction given to the class without asking for it to be repeated, on 4 out of 5 observed occasions.",
        "By July 2027, Callum will retell a story or a real event in at least five linked sentences, correctly using 'because', 'then' and 'after that'.",
        "Callum will improve his reading and spelling.",
        "By the end of Key Stage 2, Callum will write a paragraph of at least six sentences on his own using Clicker 8, with capital letters and full stops in most sentences.",
        "Callum will stop shouting out and leaving his seat.",
        "By Easter 2027, Callum will name which zone he is in and choose a calming strategy from his toolkit without an adult prompting him, on three out of four occasions recorded in a week.",
        "Callum will have a social skills group and a lunchtime buddy.",
        "Callum will play football for England.",
    ], fmt="E{n}")

    d.heading("Section F | Special educational provision", section="F")
    d.para("Each row below is provision that Westmarch County Council must secure for Callum "
           "at Eskdale Fold CE Primary School in term time. The third column sets out how "
           "often, for how long and by whom it is delivered; the last column shows the "
           "outcomes in Section E that it supports.")
    d.table(["Ref", "Provision", "Frequency / duration / staffing", "Outcomes"], [
        ["F1",
         "Direct speech and language therapy on understanding sentences with 'before', 'after', 'unless' and 'if ... then', and on using linking words when Callum retells events",
         "A 45-minute 1:1 session every second week, in school, with an HCPC-registered speech and language therapist commissioned by Westmarch County Council",
         "E1, E2"],
        ["F2",
         "Practice of Callum's current therapy targets, using the written activity sheet the therapist leaves after each visit",
         "15 minutes on Monday, Wednesday and Friday after lunch, 1:1 with a teaching assistant who has completed Elklan Language Builders training; the therapist observes one practice session each half-term",
         "E1, E2"],
        ["F3",
         "Colourful Semantics, building from 'who / what doing / what' to the 'where', 'when' and 'how' strands, with each sentence then written using the coloured prompt cards",
         "Two 25-minute sessions a week in a group of no more than four pupils, led by the HLTA, who was trained in Colourful Semantics by the Westmarch Language Support Team",
         "E2, E4"],
        ["F4",
         "Visual supports where appropriate, e.g. task boards and now/next cards",
         "Throughout the day; class teacher",
         "E1"],
        ["F5",
         "The speech and language therapist will share strategies with the class team for simplifying spoken instructions",
         "Termly liaison visit; NHS speech and language therapist (Westmarch Children's Therapies)",
         "E1"],
        ["F6",
         "Precision Teaching of the high-frequency words and Year 3/4 spelling-list words that Callum cannot yet read or spell automatically, with a one-minute probe charted daily",
         "Every school morning from 8:50 to 9:00, before registration, 1:1 with a teaching assistant trained in Precision Teaching by the Westmarch Educational Psychology Service",
         "E3"],
        ["F7",
         "Small group reading comprehension intervention",
         "Weekly; teaching assistant",
         "E3"],
        ["F8",
         "Adult support in writing lessons to help Callum plan, start and finish his work",
         "Up to four hours a week; teaching assistant",
         "E4"],
        ["F9",
         "Maths catch-up sessions, the number and length to be decided by the headteacher and SENCO in light of Callum's progress",
         "To be decided by school",
         "E3"],
        ["F10",
         "A laptop with Clicker 8 word-prediction software, a writing slope and a pencil grip, kept for Callum's own use in every lesson that involves writing",
         "From the first week of the summer term 2026; a 30-minute training session for Callum and his teaching assistant from the Westmarch ICT advisory teacher when the laptop is issued",
         "E4"],
        ["F11",
         "Seating at the end of the front table nearest the teacher, away from the door and window, with a wobble cushion; spoken instructions given in chunks of no more than two steps, with Callum saying them back before he starts",
         "In every lesson; class teacher and teaching assistant",
         "E1, E5"],
        ["F12",
         "A movement break from Callum's movement card: taking the register or a message to the office, or five wall push-ups and one lap of the hall",
         "5 minutes at 10:15 and again at 14:00 every school day, supervised by the class teaching assistant",
         "E5"],
        ["F13",
         "Individual sessions using the Zones of Regulation curriculum, teaching Callum to notice when he is moving into the yellow or red zone and to choose a strategy from his toolkit",
         "30 minutes every Thursday, 1:1 with the school's ELSA, who is trained by Westmarch EPS and receives group supervision from an educational psychologist each half-term",
         "E6"],
        ["F14",
         "A daily check-in with a familiar adult to go through the visual timetable and any changes, subject to staffing being available",
         "Every morning, 5 minutes; familiar adult",
         "E5, E6"],
        ["F15",
         "Callum may benefit from a social skills group to help with friendships and turn-taking at playtime",
         "Ideally weekly; teaching assistant",
         "E7"],
        ["F16",
         "Access to a quiet space in the library corner when Callum feels overwhelmed",
         "As and when needed",
         "E6"],
        ["F17",
         "Organised games at lunchtime with Callum and two classmates, run by a named midday supervisor, gradually withdrawn as his friendships become more settled",
         "12:20 to 12:50 each day in the autumn term, then reducing; midday supervisor",
         "E7"],
        ["F18",
         "Mentoring with the learning mentor shared with Fellside Federation, to be reviewed at Christmas",
         "Fortnightly, 30 minutes; learning mentor",
         "E6"],
        ["F19",
         "Assessment of Callum's sensory and handwriting needs by occupational therapy, with a programme drawn up afterwards",
         "To be confirmed; occupational therapist",
         "E4"],
        ["F20",
         "Classroom adjustments for attention as listed in the educational psychologist's report (Appendix K3)",
         "Daily; all staff",
         "E5"],
    ], widths_cm=[1.2, 7.0, 6.3, 2.1], font_size=9.5)

    d.heading("Section G | Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician in the ADHD clinic at Westmarch Children's Centre every six months, including checks of Callum's height, weight, blood pressure and medication dose.",
        "Methylphenidate (long-acting) is given at home before school; no doses are given in school.",
        "A salbutamol reliever inhaler kept in the classroom and given as required in line with Callum's asthma plan by staff trained by the school nurse each September.",
        "NHS speech and language therapy to extend Callum's vocabulary, once he reaches the top of the service's waiting list.",
    ])

    d.heading("Section H1 | Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No social care provision under section 2 of the 1970 Act is required.")
    d.heading("Section H2 | Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I | Placement", section="I")
    d.para("Eskdale Fold CE Primary School, Westmarch (mainstream voluntary controlled Church "
           "of England primary school, ages 4 to 11).")

    d.heading("Section J | Personal budget", section="J")
    d.para("Callum's parents have not asked for a personal budget.")

    d.heading("Section K | Advice and information", section="K")
    d.bullets([
        "Parental advice - Gemma and Andrew Routledge, 28 November 2025",
        "Callum's views - gathered by Mrs J. Pattinson, teaching assistant, 12 December 2025",
        "Educational advice - Mr D. Clegg, headteacher and SENCO, Eskdale Fold CE Primary School, 5 December 2025",
        "Psychological advice - Dr Saoirse Lindqvist, Educational Psychologist, Westmarch EPS, 9 December 2025 (Appendix K3)",
        "Medical advice - Dr A. Bhattacharya, Community Paediatrician, 1 December 2025",
        "Speech and language therapy advice - Ms H. Rowntree, Speech and Language Therapist, 20 October 2025",
        "Social care advice - Westmarch Early Help Team, 19 November 2025",
        "Occupational therapy - referral made",
    ])
