"""Borough of Felton - Year 10 pupil with social, emotional and mental health needs and
speech and language needs that have not yet been diagnosed, at an alternative provision
academy (one day a week at an FE college), with CAMHS involved. Word Heading 1 headings
in the form 'SECTION F \u2014 Special Educational Provision' (upper-case word, em dash, title
case). Bold-label cover lines. E is a three-column table (No. | What we want Tyler to
achieve | By when), one blank 'By when' cell. F has four Heading 2 area sub-headings; each
item is a paragraph numbered F1-F20 followed by its own one-row grid (How often | How long
| Who | Training / expertise), with em dashes or blank cells where nothing is given. FINAL plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Tyler Brannigan"

GRID = ["How often", "How long", "Who", "Training / expertise"]
DASH = "\u2014"


def _item(d, n, text, how_often, how_long, who, training):
    d.numbered([text], start=n, fmt="F{n}")
    d.doc.paragraphs[-1].paragraph_format.keep_with_next = True
    t = d.table(GRID, [[how_often, how_long, who, training]],
                widths_cm=[3.7, 2.9, 4.6, 5.4], font_size=9, header_fill="FBE4D5",
                repeat_header=False)
    for cell in t.rows[0].cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trpr.append(el)


def build(d):
    sec = d.doc.sections[0]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    d.doc.styles["Normal"].font.size = Pt(10.5)
    d.simple_footer("Borough of Felton \u2022 EHC Plan \u2022 Tyler Brannigan \u2022 FINAL \u2022 23 January 2026")
    d.title("BOROUGH OF FELTON", size=12, color="833C0B")
    d.title("Education, Health and Care Plan", size=22, color="833C0B")
    d.para("Final plan issued 23 January 2026", bold=True)
    d.label_para("Name: ", "Tyler Brannigan")
    d.label_para("Date of birth: ", "02/11/2010")
    d.label_para("NHS number: ", "999 284 7719")
    d.label_para("Unique pupil number: ", "Z999000662804")
    d.label_para("Address: ", "Flat 12, Ostler House, Coldharbour Lane, Felton, XJ3 5TD")
    d.label_para("Lives with: ", "Kerry Brannigan (mother), Dean Walsh (stepfather) and his sister Macey (16)")
    d.label_para("Contact: ", "Kerry Brannigan, 07700 900734 or 01632 960871, kerry.brannigan@example.org")
    d.label_para("Current setting: ", "Felton Bridge Academy, Year 10 (on roll since 24 March 2025)")
    d.label_para("Review: ", "the first annual review must be held by 22 January 2027")
    d.label_para("Plan co-ordinator: ", "Daniel Okoro-Price, Felton SEND 0\u201325 Team")

    d.heading("SECTION A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("Tyler's views", level=2)
    d.para("Tyler did not want to fill in a form. His key worker, Mr Hollis, talked with him "
           "while they worked on a bike in the academy's workshop on 3 December 2025 and wrote "
           "down what he said. Tyler checked it and asked for one sentence to be taken out.")
    d.para("\"I'm good with my hands. I can strip a bike down and put it back together and "
           "I help my uncle with his van. I don't like teachers who go on and on, I switch "
           "off, then they say I'm being rude. When someone gets in my face I just see red. "
           "It's better here because the groups are small. I want to go to college to do "
           "cars, and one day have my own garage. I want to pass my driving test the day "
           "I'm seventeen.\"")
    d.heading("Kerry's views", level=2)
    d.para("Kerry says Tyler is loyal, funny and brilliant with his little cousins, but that "
           "people only see his temper. She feels his difficulties with understanding were "
           "missed for years because he was labelled as naughty. She is worried about his "
           "low mood since the exclusion, about him staying in his room, and about the "
           "older lads he spends time with. She wants him to come out of school with "
           "qualifications and a college place, and wants everyone to speak to him calmly.")

    d.heading("SECTION B \u2014 Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Tyler has significant difficulties with understanding and using language which "
           "have not been formally diagnosed. A speech and language therapy assessment in "
           "November 2025 (CELF-5) placed his understanding of spoken language well below "
           "the average range for his age, and his expressive language below average. He "
           "loses track of long explanations, misunderstands instructions with more than "
           "two parts and does not know the meaning of many subject words (for example "
           "'evaluate', 'factor' and 'hypothesis'). He struggles to find the right words, "
           "especially when he is upset, and cannot give a clear account of what happened "
           "in a conflict. Adults have often read this as defiance.")
    d.heading("Cognition and learning", level=2)
    d.para("Tyler missed large parts of Years 8 and 9 through exclusions and absence. His "
           "reading age is about ten years, and he reads aloud accurately but slowly and "
           "has weak comprehension of what he reads. His written work is usually three or "
           "four sentences long. In maths he is secure with the four operations but has "
           "gaps in fractions, percentages and algebra. He learns best through practical, "
           "hands-on tasks.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tyler was permanently excluded from Ridgemoor High School in March 2025 after "
           "a series of fights. He reacts very quickly when he feels criticised or "
           "embarrassed, and at those times he shouts, swears and sometimes walks out of "
           "the building. He does not yet recognise the early signs that he is getting "
           "angry. Since the autumn of 2025 he has had periods of low mood, withdrawal and "
           "poor sleep, and he has told staff he feels \"pointless\". He trusts very few "
           "adults, and the relationship with his key worker has been the main reason he "
           "has attended well this term.")
    d.heading("Sensory and physical", level=2)
    d.para("No sensory or physical needs were identified.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Tyler wants to work as a mechanic but has had no work experience and no careers "
           "guidance. He travels by bus to places he knows with friends but has never made "
           "an unfamiliar journey alone and got lost on his only attempt to reach Felton "
           "College. He has not yet thought about what qualifications a motor vehicle "
           "course or apprenticeship would need.")

    d.heading("SECTION C \u2014 Health Needs", section="C")
    d.para("Tyler has been open to Felton Child and Adolescent Mental Health Service (CAMHS) "
           "since September 2025 because of low mood and thoughts of self-harm. A CAMHS "
           "consultant psychiatrist started him on fluoxetine in December 2025. He has "
           "difficulty getting to sleep and is often awake until 3 am, which leaves him "
           "tired and irritable in the morning; his GP has referred him to the paediatric "
           "sleep service. No formal diagnosis has yet been made of his language "
           "difficulties.")

    d.heading("SECTION D \u2014 Social Care Needs", section="D")
    d.para("Tyler was supported as a child in need from May to October 2025, after police "
           "contact over a fight in the town centre. The case was closed to social care and "
           "stepped down to the Early Help service, which is supporting Kerry with "
           "routines at home. Tyler needs positive activities outside school in the "
           "evenings, when he is at most risk of getting into trouble.")

    d.heading("SECTION E \u2014 Outcomes", section="E")
    d.para("Felton Bridge Academy will break each outcome into short-term targets at the "
           "start of each half term and review them with Tyler at his half-termly "
           "progress meeting.")
    d.table(["No.", "What we want Tyler to achieve", "By when"], [
        ["E1", "Tyler will explain what happened after a falling-out, using his 'stop, think, say' script, clearly enough for an adult to follow, on at least four out of five occasions.", "End of Year 10 (July 2026)"],
        ["E2", "Tyler will follow a three-part spoken instruction in lessons without asking for it to be repeated, in eight out of ten observed lessons.", "July 2026"],
        ["E3", "Tyler will achieve grade 4 or above in GCSE maths and GCSE English Language.", "Summer 2027"],
        ["E4", "Tyler will manage his anger better.", ""],
        ["E5", "Tyler will attend CAMHS.", "Ongoing"],
        ["E6", "Tyler will complete the Level 1 Certificate in Vehicle Maintenance and apply for a Level 2 motor vehicle course or apprenticeship starting in September 2027.", "March 2027"],
        ["E7", "Tyler will travel to and from Felton College by bus on his own every Thursday.", "October half-term 2026"],
        ["E8", "Tyler will be a mechanic with his own garage.", "Adulthood"],
    ], widths_cm=[1.2, 11.6, 3.8], font_size=10)

    d.heading("SECTION F \u2014 Special Educational Provision", section="F")
    d.para("Each item below is numbered and followed by a grid showing how often, for how "
           "long, by whom and with what training it will be delivered. The provision is "
           "made in term time at Felton Bridge Academy unless the item says otherwise.",
           italic=True)

    d.heading("Communication and interaction", level=2)
    _item(d, 1,
          "Direct 1:1 speech and language therapy working on understanding subject vocabulary, following spoken instructions with more than two parts, and using a 'stop, think, say' script to explain what has happened after an incident.",
          "Every week in term time (Monday, period 3)", "40 minutes",
          "Speech and language therapist commissioned by the Borough of Felton",
          "HCPC-registered, with at least two years' experience of working with teenagers in secondary or alternative provision settings")
    _item(d, 2,
          "Tyler's language will be formally assessed by the speech and language therapist, and provision will be added to this plan once the report is received.",
          DASH, DASH, "NHS speech and language therapist", DASH)
    _item(d, 3,
          "Pre-teaching of the key vocabulary for each new English, science and motor vehicle topic using the Word Aware approach (say the word, clap the syllables, draw it, use it in a sentence).",
          "Three times a week: Monday, Wednesday and Friday, straight after registration",
          "15 minutes",
          "Tyler's key worker, a higher level teaching assistant",
          "Trained in Word Aware by the speech and language therapist in F1, who observes one session every half-term")
    _item(d, 4,
          "Adults will keep their language simple and back it up with visuals where appropriate.",
          "Throughout the day", DASH, "All staff", DASH)
    _item(d, 5,
          "The speech and language therapist will give the key worker a programme to carry out with Tyler.",
          "", "", "Speech and language therapist (as F1)", "")

    d.heading("Cognition and learning", level=2)
    _item(d, 6,
          "English and maths taught in a class of no more than six pupils, following the GCSE Foundation maths course and the GCSE English Language course, with every written instruction also read out.",
          "Every school day (five English and five maths lessons a week)",
          "50 minutes each lesson",
          "English teacher and maths teacher at Felton Bridge Academy",
          "Qualified teachers (QTS), each a specialist in their subject")
    _item(d, 7,
          "Extra help with reading and writing in lessons.",
          "As needed", "", "Learning support assistant", "")
    _item(d, 8,
          "Lexia PowerUp Literacy on a laptop, with the teaching assistant sitting alongside Tyler to go back over the words and sentences he gets wrong.",
          "Four times a week (Monday to Thursday, period 1)", "20 minutes",
          "Literacy teaching assistant",
          "Has completed Lexia's implementation training; the SENCO checks the Lexia progress report every fortnight")
    _item(d, 9,
          "Access to a laptop for longer pieces of writing if required.",
          "", "", "", "")
    _item(d, 10,
          "Maths catch-up work in a small group.",
          "Weekly", "30 minutes", "Maths teaching assistant", "")

    d.heading("Social, emotional and mental health", level=2)
    _item(d, 11,
          "Tyler's key worker meets him at the front entrance when his taxi arrives and goes through the day's timetable with him; at the end of the day they agree one thing that went well and one thing to try tomorrow.",
          "Every school day, on arrival (about 9:05) and at 14:50",
          "10 minutes each time",
          "Tyler's key worker (the higher level teaching assistant in F3)",
          "No additional training needed")
    _item(d, 12,
          "Sessions with the Mental Health Support Team practitioner to help Tyler manage his low mood, at whatever frequency the practitioner decides.",
          "As decided by CAMHS", "", "Mental Health Support Team practitioner", "")
    _item(d, 13,
          "1:1 emotional regulation sessions using the Zones of Regulation, adapted for teenagers, teaching Tyler to notice his early warning signs (clenched fists, pacing, a raised voice) and to use his agreed calming plan.",
          "Weekly on Tuesday afternoons for the whole school year", "45 minutes",
          "The academy's Emotional Literacy Support Assistant (ELSA)",
          "ELSA-trained; supervised every half-term by the Felton Educational Psychology Service")
    _item(d, 14,
          "Time out in the Reset Room as and when Tyler needs to calm down.",
          "As and when", "", "Staff on duty", "")
    _item(d, 15,
          "Sports-based mentoring focused on goal-setting and handling conflict, provided by an external organisation if the AP funding panel agrees the cost.",
          "Weekly", "1 hour", "External mentor", "")

    d.heading("Preparing for adulthood", level=2)
    _item(d, 16,
          "A vocational day at Felton College's Castle Road campus studying the Level 1 Certificate in Vehicle Maintenance, with a teaching assistant from the academy staying with Tyler for the whole day.",
          "Every Thursday in term time",
          "9:30 to 14:30 (four and a half hours of teaching)",
          "Felton College motor vehicle lecturer; academy teaching assistant",
          "Lecturer holds a Level 3 vehicle maintenance qualification and a teaching qualification; the teaching assistant holds a Level 3 Certificate in Supporting Teaching and Learning")
    _item(d, 17,
          "Tyler will take part in the careers education lessons that every Year 10 pupil at Felton Bridge follows.",
          "Weekly", "50 minutes", "Form tutor", "")
    _item(d, 18,
          "Two individual careers guidance interviews a year, one in the autumn term and one in the spring term, looking at apprenticeships and college courses in motor vehicle maintenance; a written action plan is sent to Tyler and his mother within two weeks of each interview.",
          "Twice a year", "45 minutes each",
          "Independent careers adviser from Felton Futures",
          "Holds the Level 6 Diploma in Career Guidance and Development")
    _item(d, 19,
          "Support for Tyler to travel to Felton College by bus on Thursdays, accompanied at first and then phased out when he is ready.",
          "Every Thursday", "", "An adult from the academy", "")
    _item(d, 20,
          "A week of work experience at a local garage during Year 11; the placement and the support Tyler will need will be sorted out nearer the time.",
          "Once, in Year 11", "One week", "", "")

    d.heading("SECTION G \u2014 Health Provision", section="G")
    d.bullets([
        "Review of Tyler's fluoxetine by the CAMHS consultant psychiatrist every eight weeks at the Ashgrove Centre, Felton.",
        "CAMHS will continue to offer advice to the academy as appropriate.",
        "Assessment by the paediatric sleep service when Tyler reaches the top of its waiting list.",
    ])

    d.heading("SECTION H1 \u2014 Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Tyler has not been assessed as needing services under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970.")
    d.heading("SECTION H2 \u2014 Other Social Care Provision", section="H2")
    d.bullets([
        "Early Help family support as agreed with Kerry.",
        "A place at the Felton Youth Service boxing club every Friday from 6 pm to 8 pm, with a youth worker collecting Tyler from home and bringing him back.",
    ])

    d.heading("SECTION I \u2014 Placement", section="I")
    d.para("Felton Bridge Academy (alternative provision academy, Key Stages 3 and 4), with "
           "Tyler attending Felton College (further education college) every Thursday as "
           "set out in Section F.")

    d.heading("SECTION J \u2014 Personal Budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("SECTION K \u2014 Advice and Information", section="K")
    d.bullets([
        "Tyler's views, recorded by Mr L. Hollis, key worker, 3 December 2025",
        "Parent's views, Kerry Brannigan, 1 December 2025",
        "Educational advice, Ms P. Adebayo, SENCO, Felton Bridge Academy, 5 December 2025",
        "Psychological advice, Dr M. Sorensen, Educational Psychologist, 9 December 2025",
        "Speech and language therapy advice, Ms F. Kilbride, Speech and Language Therapist, 26 November 2025",
        "Medical advice, Dr R. Anand, CAMHS Consultant Psychiatrist, 11 December 2025",
        "Social care advice, Felton Early Help Service",
        "Preparing for adulthood advice, Felton Futures Careers Service, 8 December 2025",
    ])
