"""Kelsford County Council - final amended plan after the Year 9 annual review for a
profoundly deaf BSL user with ADHD, at a mainstream 11-16 academy with a Hearing Support
Base (resourced provision). Word Heading 1 headings with the title in brackets after the
letter ('Section F (Special educational provision)'); Heading 2 sub-headings. Cover details
as two groups of bold-label lines, with a running header and 'Page X of Y' footer. E is
numbered E1-E9 with PfA outcomes. Section F is four area tables, each introduced by a bold
numbered area line and an italic 'Links to outcomes:' line, with five columns
(No. | Provision | Staffing and qualification | Sessions / hours per week | Weeks per year);
empty cells hold a dash. H1 provision is funded by a social care direct payment, which J
records. FINAL plan."""

from docx.shared import Pt

TITLE = "Education, Health and Care Plan - Callum Brightwell"

COLS = ["No.", "Provision", "Staffing and qualification", "Sessions / hours per week",
        "Weeks per year"]
WIDTHS = [1.0, 6.2, 4.2, 2.8, 2.4]


def _area(d, heading, links, rows):
    d.bold_line(heading, size=11.5, color="2E5C6E")
    d.para(links, italic=True)
    d.table(COLS, rows, widths_cm=WIDTHS, font_size=9.5, header_fill="DCE9EE")


def build(d):
    d.doc.styles["Normal"].font.size = Pt(10.5)
    d.running_header_footer("Kelsford County Council \u2013 Final amended EHC plan \u2013 "
                            "Callum Brightwell", footer_left="FINAL", first_page_plain=True)
    d.title("Kelsford County Council", size=13, color="2E5C6E")
    d.title("Education, Health and Care Plan", size=22, color="2E5C6E")
    d.para("Final amended plan, following the Year 9 annual review held on 15 January 2026",
           bold=True)
    d.bold_line("About Callum", size=11.5)
    d.label_para("Full name: ", "Callum Brightwell")
    d.label_para("Date of birth: ", "27.06.2012")
    d.label_para("NHS number: ", "999 604 2217")
    d.label_para("UPN: ", "K999304512118")
    d.label_para("Address: ", "27 Quarry Bank, Kelsford, XJ3 6TW")
    d.label_para("Parents: ", "Sophie Brightwell (mother) and Ian Brightwell (father)")
    d.label_para("Contact: ", "Sophie 01632 960914; Ian by text or video call only, 07700 900238; "
                 "sophie.brightwell@example.org")
    d.label_para("Preferred language: ", "British Sign Language (BSL); Ian is Deaf and also uses BSL")
    d.bold_line("About this plan", size=11.5)
    d.label_para("School and year group: ", "Verwood Lane Academy, Year 9")
    d.label_para("Date of this final amended plan: ", "24 February 2026")
    d.label_para("Next annual review by: ", "14 January 2027")
    d.label_para("Case officer: ", "Joel Amankwah-Reid, Kelsford SEND Assessment and Review Team")

    # ---- A ---------------------------------------------------------------------------
    d.heading("Section A (Views, interests and aspirations)", section="A")
    d.heading("Callum's views", level=2)
    d.para("Callum gave his views in BSL to his Teacher of the Deaf, Mrs Halloran, on 8 "
           "January 2026. Mr Obi, the Deaf instructor in the Hearing Support Base, translated "
           "them into written English and signed them back to Callum, who agreed them.")
    d.para("\"I like the base because everyone signs and I don't have to work hard to "
           "understand. In mainstream lessons I watch the CSW all day and my eyes get tired and "
           "then I mess about. I like DT, PE and anything with engines. My uncle has a garage "
           "and I help him on Saturdays. I want to be a mechanic, or make computer games. When "
           "I'm older I want my own flat and a car, and to play for a Deaf football team. I "
           "don't like being the only Deaf one in the room. I want to get the bus to school "
           "like my friends, not the taxi.\"")
    d.heading("What Callum's parents say", level=2)
    d.para("Sophie and Ian say Callum is kind, funny and very practical: he can take things "
           "apart and put them back together, and he is patient with his sister Poppy, who is "
           "ten. Ian is Deaf himself and wants Callum to be proud of being Deaf and to leave "
           "school with good qualifications. Both parents worry that Callum is falling "
           "behind in English, that his ADHD means he forgets homework and loses equipment, "
           "and that he has no hearing friends at school. They want him to have clear advice "
           "about college and apprenticeships this year, before he chooses his GCSE options.")

    # ---- B ---------------------------------------------------------------------------
    d.heading("Section B (Special educational needs)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum has a profound bilateral hearing loss and BSL is his first language. He is "
           "a fluent, expressive signer. He cannot follow spoken English, even with his "
           "hearing aids, and he lipreads only a few familiar words. His speech is understood "
           "by his family but rarely by anyone else. In mainstream lessons he depends on a "
           "communication support worker for everything that is said, and he misses "
           "discussion between other pupils, comments made while the teacher faces the board, "
           "and the content of videos without subtitles. New subject vocabulary often has no "
           "agreed sign, so he meets words in lessons that he does not understand.")
    d.heading("Cognition and learning", level=2)
    d.para("English is Callum's second language. His reading age was 10 years 2 months when "
           "he was tested in December 2025, at the age of 13 years 6 months. His written "
           "English follows BSL word order, he leaves out small words such as \"the\" and "
           "\"is\", and he finds tenses difficult. In maths he is working close to the level "
           "expected for his age with number, but he cannot work out what written word "
           "problems are asking. He forgets the steps of longer tasks unless they are written "
           "down for him.")
    d.heading("Social, emotional and mental health (including ADHD)", level=2)
    d.para("Callum was diagnosed with ADHD (combined presentation) in 2021. He can attend to a "
           "task for 10 to 15 minutes before he starts fidgeting, leaving his seat or "
           "distracting others. He loses equipment and homework and often arrives at lessons "
           "without what he needs. He acts before thinking and has had two fixed-term "
           "suspensions this year, both after misunderstandings with hearing pupils. He feels left out in mainstream classes "
           "and says he is \"stupid at English\", and he is anxious about GCSEs.")
    d.heading("Sensory and physical", level=2)
    d.para("Callum's hearing aids give him awareness of loud sounds only. He becomes visually "
           "tired from watching a signer all day, which makes his attention difficulties "
           "worse in the afternoons. He needs to move regularly to stay alert.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Callum has had no careers guidance yet and does not know which courses or "
           "apprenticeships lead to motor vehicle work. He is taken to school by an LA taxi "
           "and has never travelled on a bus alone. He does not know how to use text relay "
           "or video relay services to make phone calls, and he has not managed money of his "
           "own. Outside school and his uncle's garage he sees few other young people.")

    # ---- C ---------------------------------------------------------------------------
    d.heading("Section C (Health needs)", section="C")
    d.para("Callum has a profound bilateral sensorineural hearing loss caused by a connexin 26 "
           "gene variant, identified through newborn hearing screening. He wears two "
           "behind-the-ear hearing aids and is reviewed by Kelsford Children's Hearing Service. "
           "His family decided against cochlear implants when he was a baby. He has ADHD and "
           "takes modified-release methylphenidate at home each morning, prescribed by the "
           "CAMHS ADHD clinic. His low self-esteem has been noted by his GP.")

    # ---- D ---------------------------------------------------------------------------
    d.heading("Section D (Social care needs)", section="D")
    d.para("Callum is a disabled child under section 17 of the Children Act 1989. Local "
           "youth activities are not accessible to him without a signing adult, so he has "
           "little social life outside school and family. His parents both work, and Ian "
           "cannot use a telephone to arrange activities for him. The Children with "
           "Disabilities Team assessed Callum in November 2025.")

    # ---- E ---------------------------------------------------------------------------
    d.heading("Section E (Outcomes)", section="E")
    d.para("These outcomes look ahead to the end of Key Stage 4 (July 2028) unless another "
           "date is given. The Teacher of the Deaf will set termly targets towards each one "
           "with Callum and his parents and record them in his base profile.")
    d.numbered([
        "By July 2027, Callum will write a 300-word explanation in science or design and technology in standard English word order, with no more than five grammar errors, after planning it with his Teacher of the Deaf.",
        "By the end of Year 10, Callum will read a GCSE-style comprehension text on his own and answer at least 8 out of 10 questions correctly.",
        "Callum will improve his concentration.",
        "By December 2026, Callum will arrive at lessons with the right equipment and his planner on at least 4 days out of 5, as recorded at his morning check.",
        "Callum will feel more confident.",
        "By the end of the summer term 2026, Callum will travel by bus on his own between home and Verwood Lane Academy every school day for two weeks.",
        "Callum will be a car mechanic.",
        "Callum will have a communication support worker in all lessons.",
        "By July 2027, Callum will have visited two colleges or training providers with a BSL interpreter and will say which post-16 course he wants to apply for.",
    ], fmt="E{n}")

    # ---- F ---------------------------------------------------------------------------
    d.heading("Section F (Special educational provision)", section="F")
    d.para("Callum is taught in mainstream classes with communication support, and in the "
           "Hearing Support Base for some English lessons, pre-tutoring and his morning check. "
           "The provision below is for the life of this plan unless a row gives other dates. "
           "The school year at Verwood Lane is 39 weeks.")

    _area(d, "1.  Communication and interaction", "Links to outcomes: E1, E2, E8", [
        ["F1",
         "Interpreting between BSL and spoken English in every mainstream lesson and in tutor time, including group discussion, practical instructions, announcements and visiting speakers. The CSW also adds the agreed sign and a BSL note for new subject words to Callum's glossary sheets.",
         "Communication support worker holding BSL Level 6 and the Level 3 Certificate in Communication Support for Deaf Learners, supervised by the Teacher of the Deaf who leads the base",
         "All mainstream lessons and tutor time: 23 hours a week",
         "39"],
        ["F2",
         "Direct teaching of written English in the Hearing Support Base: sentence structure, tenses and linking words, compared with BSL grammar, and reading comprehension using texts from Callum's GCSE subjects, in a group of no more than four Deaf pupils.",
         "Teacher of the Deaf with the mandatory qualification",
         "Four 50-minute lessons a week, in place of French",
         "39"],
        ["F3",
         "Pre-tutoring of new vocabulary in science, maths and design and technology: the meaning in BSL, the agreed sign, the English spelling and an example sentence, before the words come up in class.",
         "Deaf instructor (native BSL user, BSL Level 6), planned with the Teacher of the Deaf",
         "Three 20-minute sessions a week, in registration on Monday, Wednesday and Friday",
         "39"],
        ["F4",
         "Speech and language therapy consultation to the Hearing Support Base on developing Callum's English language.",
         "Speech and language therapist",
         "Once a term",
         "\u2014"],
        ["F5",
         "Opportunities to develop his BSL and his Deaf identity with Deaf adults.",
         "Deaf adults",
         "\u2014",
         "\u2014"],
        ["F6",
         "Appropriate assistive listening equipment where this is of benefit to Callum.",
         "Hearing Support Base",
         "\u2014",
         "\u2014"],
    ])

    _area(d, "2.  Cognition and learning", "Links to outcomes: E1, E2", [
        ["F7",
         "Reading comprehension intervention in a small group.",
         "Teaching assistant",
         "Three times a week",
         "39"],
        ["F8",
         "1:1 help in maths lessons to break written word problems into steps.",
         "Teaching assistant",
         "Up to two lessons a week",
         "39"],
        ["F9",
         "Access arrangements for all internal tests, mock exams and GCSE assessments: 25% extra time; questions signed in BSL (except in papers that test English reading); a separate room; and a visual countdown clock.",
         "Exams officer makes the arrangements; questions signed by a communication support worker with BSL Level 6 who is not Callum's usual CSW",
         "Every test and examination",
         "As timetabled"],
        ["F10",
         "The base's after-school homework club is open to Callum.",
         "\u2014",
         "\u2014",
         "\u2014"],
    ])

    _area(d, "3.  Social, emotional and mental health, and attention (ADHD)",
          "Links to outcomes: E3, E4, E5", [
        ["F11",
         "A morning organisation check in the base: Callum goes through his visual timetable, planner, equipment and homework deadlines in BSL and agrees one target for the day.",
         "Callum's keyworker in the base, a teaching assistant who signs at BSL Level 3",
         "10 minutes every school day at 8:35, before registration",
         "39"],
        ["F12",
         "Movement breaks as and when Callum needs them.",
         "\u2014",
         "\u2014",
         "\u2014"],
        ["F13",
         "An evidence-based intervention to improve his organisation and working memory.",
         "SEN department",
         "Weekly",
         "39"],
        ["F14",
         "ELSA sessions on recognising his feelings and calming down after conflict, reducing to fortnightly when he seems more settled.",
         "ELSA, with his keyworker interpreting",
         "One 30-minute session a week",
         "39"],
        ["F15",
         "Teachers should use the ADHD classroom strategies set out in the CAMHS clinic letter of 3 November 2025.",
         "Subject teachers",
         "All lessons",
         "39"],
        ["F16",
         "Counselling in BSL about feeling left out in mainstream lessons and his worries about GCSEs, with no interpreter in the room.",
         "Deaf counsellor, fluent in BSL and registered with the BACP, from Kelsford Deaf Children's Service",
         "One 50-minute session a week, starting 20 April 2026",
         "12"],
    ])

    _area(d, "4.  Preparing for adulthood", "Links to outcomes: E6, E9", [
        ["F17",
         "Careers guidance interviews on routes into motor vehicle engineering and games design (college courses, apprenticeships and the Access to Work scheme), with a registered BSL/English interpreter booked for every interview.",
         "Careers adviser holding a Level 6 qualification in careers guidance, Kelsford Careers Service",
         "One 45-minute interview each term",
         "3 interviews a year"],
        ["F18",
         "Independent travel training on the 14 bus between Quarry Bank and Verwood Lane Academy: reading the timetable and live departure screen, showing his pass, using his written 'I am Deaf' card, and texting home if a bus is cancelled.",
         "Independent travel trainer from the Kelsford Travel Training Team who has completed Deaf awareness training and holds BSL Level 2",
         "Two 1-hour sessions a week",
         "8, from the start of the summer term 2026"],
        ["F19",
         "A week of work experience in Year 10 with a Deaf-aware employer, if a suitable placement can be found.",
         "\u2014",
         "One week (Year 10)",
         "1"],
        ["F20",
         "Independent living sessions on managing money, using video relay and text relay to make calls, and booking his own appointments, subject to review at the end of the summer term.",
         "Base teaching assistant",
         "Weekly",
         "39"],
    ])

    # ---- G ---------------------------------------------------------------------------
    d.heading("Section G (Health provision)", section="G")
    d.bullets([
        "Modified-release methylphenidate, taken at home each morning as prescribed, with a medication and growth review by the CAMHS ADHD clinic every six months.",
        "Audiology review at Kelsford Children's Hearing Service every six months, including hearing-aid checks and new earmoulds when he outgrows them.",
        "Emotional well-being support from the regional Deaf CAMHS team, once Callum reaches the top of its waiting list.",
    ])

    # ---- H ---------------------------------------------------------------------------
    d.heading("Section H1 (Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("A BSL-signing support worker for four hours on alternate Saturdays, so that Callum "
           "can go to Kelsford Deaf Youth Club and other activities in town. This is paid for "
           "through a social care direct payment to Sophie Brightwell.")
    d.heading("Section H2 (Other social care provision)", section="H2")
    d.para("None identified at this review.")

    # ---- I J K -----------------------------------------------------------------------
    d.heading("Section I (Placement)", section="I")
    d.para("Verwood Lane Academy, Kelsford (mainstream 11\u201316 academy), attending its "
           "Hearing Support Base (resourced provision for deaf pupils).")

    d.heading("Section J (Personal budget)", section="J")
    d.para("A social care direct payment of \u00a3236 every four weeks pays for the support "
           "worker in Section H1. It meets Callum's social care needs in Section D and supports "
           "outcomes E5 and E9. No personal budget has been requested for the special "
           "educational provision in Section F.")

    d.heading("Section K (Advice and information)", section="K")
    d.bullets([
        "Callum's views \u2013 given in BSL to Mrs T. Halloran, Teacher of the Deaf, 8 January 2026",
        "Parents' views \u2013 Sophie and Ian Brightwell, 6 January 2026",
        "Educational advice \u2013 Mr D. Fairclough, SENCO, Verwood Lane Academy, 9 January 2026",
        "Advice from a qualified Teacher of the Deaf \u2013 Mrs T. Halloran, Hearing Support Base, 8 January 2026",
        "Psychological advice \u2013 Dr E. Marchetti, Educational Psychologist, 12 January 2026",
        "Medical advice \u2013 CAMHS ADHD clinic letter, Dr P. Sandhu, 3 November 2025",
        "Audiology advice \u2013 Kelsford Children's Hearing Service, 17 December 2025",
        "Speech and language therapy advice \u2013 Ms R. Whitlock, Speech and Language Therapist",
        "Social care advice \u2013 Children with Disabilities Team, 25 November 2025",
        "Preparing for adulthood advice \u2013 Kelsford Careers Service, 13 January 2026",
    ])
