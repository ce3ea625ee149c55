"""Kelmscote County Council - Year 8 pupil with developmental coordination disorder
(dyspraxia) and anxiety at a mainstream 11-16 academy. Word Heading 1 headings with an em
dash and title-case titles ('Section F \u2014 Special Educational Provision'); running
header with the child's name and a 'Page X of Y' footer. Cover details in a two-column
details table. E is a list numbered E1-E8. Section F is one five-column table (Ref |
Provision | When | Weekly total | Staff and training) whose rows are grouped under shaded,
merged area-of-need banner rows; the header row repeats on each page. H1 and H2 are
separate and say none. FINAL plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Ellis Brannigan"

BANNER = "__banner__"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _provision_table(d, header, rows, widths):
    """rows: lists of cells, or (BANNER, text) for a merged, shaded area row."""
    flat = []
    banners = []
    for r in rows:
        if isinstance(r, tuple) and r[0] == BANNER:
            banners.append(len(flat))
            flat.append([r[1]] + [""] * (len(header) - 1))
        else:
            flat.append(r)
    t = d.table(header, flat, widths_cm=widths, font_size=9.5)
    for bi in banners:
        row = t.rows[bi + 1]
        first = row.cells[0]
        merged = first.merge(row.cells[-1])
        # drop the empty paragraphs left behind by the merge
        for p in list(merged.paragraphs)[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
        for run in merged.paragraphs[0].runs:
            run.bold = True
        _shade(merged, "E2EFDA")
    return t


def build(d):
    d.running_header_footer("Kelmscote County Council  \u2014  EHC Plan  \u2014  Ellis Brannigan",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Kelmscote County Council", size=13, color="245E5A")
    d.title("Education, Health and Care Plan", size=22, color="245E5A")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Name", "Ellis Brannigan"),
        ("Date of birth", "14/11/2012"),
        ("Year group", "Year 8"),
        ("NHS number", "999 318 6624"),
        ("UPN", "H999000161803"),
        ("Home address", "27 Furrow Lane, Uffington Marsh, Kelmscote, ZY4 6TD"),
        ("Parents", "Siobhan Brannigan and Dermot Brannigan"),
        ("Contact", "01632 960733 / 07700 900582 / siobhan.brannigan@example.org"),
        ("School", "Uffington Park Academy"),
        ("Date plan finalised", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Gareth Llewellyn-Mott, Kelmscote SEND Assessment Team"),
    ])

    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("About me, in my own words", level=2)
    d.para("Ellis talked to Mrs Pettigrew, the SENCO, in two short meetings in November 2025. "
           "She wrote down what he said and he checked it and changed a few words.")
    d.para("\"I'm Ellis and I'm 13. I'm good at Minecraft redstone builds and I know loads about "
           "trains, especially steam engines. I like science when we get to do experiments but "
           "I'm scared I'll smash something. My writing goes messy and my hand aches after about "
           "half a page, so I stop. I hate PE because I'm always last to get changed and "
           "everyone waits for me. The canteen is too loud and I usually skip lunch. When I'm "
           "worried I get a stomach ache and don't want to come in. When I'm older I want to "
           "design games, or maybe work on a heritage railway.\"")
    d.heading("What Ellis's parents say", level=2)
    d.para("Siobhan and Dermot describe Ellis as kind, curious and very funny once he knows "
           "people. They say the move to secondary school has been much harder than they "
           "expected: he comes home exhausted, has lost interest in things he used to enjoy and "
           "some mornings cannot get out of the car. They want the school to understand that "
           "his difficulties are real and not laziness. Ellis's younger sister, Aoife, who is 9, "
           "is also finding the mornings hard. His parents hope Ellis will leave school with "
           "good GCSEs and the confidence to go on to college.")

    d.heading("Section B \u2014 Special Educational Needs", section="B")
    d.heading("Physical and sensory", level=2)
    d.para("Ellis has developmental coordination disorder (dyspraxia), diagnosed by the "
           "community paediatrician when he was seven. His pencil grip is weak and awkward, his "
           "handwriting is large, slow (about 9 words a minute when copying) and often "
           "unreadable even to him, and his hand aches after 10 minutes of writing. He cannot "
           "use a ruler, protractor or pair of compasses accurately. He cannot yet tie his "
           "shoelaces or school tie and takes around 20 minutes to change for PE. He struggles "
           "with ball skills and balance and is unsafe carrying hot liquids, cutting with a "
           "knife or handling glassware in practical lessons.")
    d.heading("Cognition and learning", level=2)
    d.para("Ellis is of average ability and his spoken answers show good understanding, "
           "especially in science and history. His written work does not show what he knows. "
           "He has weak visual-spatial skills, which affect geometry, graphs and the layout of "
           "written methods in maths, and a low working memory score (Educational Psychologist, "
           "November 2025), so he loses track of multi-step instructions and new vocabulary. "
           "He finds it very hard to organise himself: he often arrives without the right "
           "books or kit, misses homework deadlines and gets lost moving between the two "
           "teaching blocks.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ellis has high levels of anxiety, which have grown since he started Year 7. He "
           "worries about being late, getting lost, being laughed at in PE and making mistakes "
           "in front of others. His attendance this year is 84%, and most absences follow a "
           "weekend or a PE day. He becomes tearful and goes quiet rather than asking for help. "
           "He has two friends from primary school but avoids the canteen and the yard at "
           "lunchtime because of the noise and crowds, and spends most lunchtimes alone.")
    d.heading("Communication and interaction", level=2)
    d.para("Ellis's spoken language is a strength. He needs extra time to process questions "
           "when he is anxious.")

    d.heading("Section C \u2014 Health Needs", section="C")
    d.para("Ellis has developmental coordination disorder (community paediatrician, 2019) and "
           "is reviewed once a year by Dr A. Sandhu, Consultant Community Paediatrician. He has "
           "mild asthma, controlled with a salbutamol inhaler. His GP has noted anxiety with "
           "stomach pains and poor sleep, and has made a referral to Kelmscote CAMHS.")

    d.heading("Section D \u2014 Social Care Needs", section="D")
    d.para("No social care needs relating to Ellis's special educational needs or disability "
           "were identified during the assessment. The family are not known to Children's "
           "Services.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below are for the end of Key Stage 3 (July 2027) unless a different "
           "date is given. Uffington Park Academy will agree half-termly steps towards each "
           "outcome with Ellis and his parents.")
    d.numbered([
        "By the end of Year 9, Ellis will type at 25 words per minute with at least 90% accuracy and will produce all extended written homework on his laptop.",
        "By July 2027, Ellis will fasten his tie and shoelaces and change for PE within 8 minutes without help from an adult.",
        "Ellis will develop his organisational skills.",
        "By the end of Year 8, Ellis will arrive with the correct books and equipment for every lesson on at least four days out of five, using his checklist.",
        "Ellis will not panic before PE.",
        "Ellis will have ELSA sessions and a quiet space to go to.",
        "By February 2027, Ellis will attend school on at least 95% of days and will show his calm card to a named adult when he feels anxious, rather than leaving the room.",
        "Ellis will be happy and confident at secondary school.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special Educational Provision", section="F")
    d.para("The provision below will be made during term time for as long as this plan is "
           "maintained. \"Weekly total\" is the total time across the school week.")
    _provision_table(d, ["Ref", "Provision", "When", "Weekly total", "Staff and training"], [
        (BANNER, "Physical and sensory (outcomes E1 and E2)"),
        ["F1", "Touch-typing tuition using the Touch-type Read and Spell (TTRS) course, so that Ellis can record his work on a keyboard",
         "Monday, Wednesday and Friday, 8:35\u20138:55, in the Learning Resource Centre",
         "60 minutes",
         "Higher level teaching assistant who has completed the TTRS tutor course"],
        ["F2", "A school laptop with Clicker 8 and the Read&Write toolbar for Ellis's sole use in all lessons, for homework and in internal exams, charged overnight in a locker in the SEN base",
         "Every lesson",
         "\u2014",
         "Set up and maintained by the academy's IT technician; Ellis and his key worker given two 1-hour training sessions by the Kelmscote Assistive Technology Service adviser in the first half-term of this plan"],
        ["F3", "A fine motor programme to strengthen Ellis's grip and pencil control",
         "Ongoing",
         "Flexible",
         "SEN department"],
        ["F4", "Occupational therapy to review Ellis's seating, grip and equipment and to guide staff on his needs",
         "One visit per term",
         "\u2014",
         "NHS occupational therapist, Kelmscote Children's Therapy Service"],
        ["F5", "Individual occupational therapy on everyday practical skills: fastening a tie and shoelaces, using a ruler, protractor and compasses, and cutting food with a knife and fork",
         "One 45-minute session in school every fortnight",
         "45 minutes per fortnight",
         "HCPC-registered occupational therapist commissioned by Kelmscote County Council"],
        ["F6", "Ellis may be offered a modified role or an alternative activity in PE when the activity is not safe for him",
         "When necessary",
         "\u2014",
         "PE teacher"],
        ["F7", "Release from the lesson before PE five minutes early, so that Ellis can change in the accessible changing room without being rushed or watched",
         "Both PE lessons each week (Tuesday period 3 and Thursday period 5)",
         "10 minutes",
         "Teacher of the lesson before PE (agreed in his pupil passport)"],
        ["F8", "Adult support in science, design and technology and food preparation lessons, so that Ellis can handle equipment safely",
         "During practical lessons",
         "Up to 4 hours",
         "Teaching assistant"],
        (BANNER, "Cognition and learning (outcomes E3 and E4)"),
        ["F9", "Morning organisation routine: Ellis's key worker goes through his timetable, homework planner and equipment checklist with him and checks his bag before the day starts",
         "Every school day, 8:40\u20138:50, in the SEN base",
         "50 minutes",
         "Ellis's key worker (a teaching assistant in the SEN team)"],
        ["F10", "Ellis should be given printed copies of lesson notes and homework tasks where possible",
         "Where possible",
         "\u2014",
         "Subject teachers"],
        ["F11", "Small-group maths intervention on geometry, measures and setting out written methods",
         "Weekly",
         "",
         "Maths department"],
        ["F12", "Pre-teaching of key vocabulary and diagrams for each new science and geography topic, in a group of no more than four pupils",
         "Thursdays, 8:35\u20139:05 (tutor time)",
         "30 minutes",
         "Teaching assistant holding a Level 3 Certificate in Supporting Teaching and Learning, using topic lists provided each half-term by the science and geography teachers"],
        (BANNER, "Social, emotional and mental health (outcomes E5 to E8)"),
        ["F13", "Individual ELSA sessions teaching Ellis to recognise the early signs of anxiety, to plan what to do when he is worried about being late or lost, and to use his calm card",
         "One session a week, rotating between periods 1, 2 and 4 so that he does not miss the same lesson every week",
         "40 minutes",
         "Emotional Literacy Support Assistant trained by the Kelmscote Educational Psychology Service, with half-termly supervision from an educational psychologist"],
        ["F14", "Ellis can use the Hub at break and lunch and at other times if he needs to",
         "Whenever required",
         "",
         "Pastoral staff"],
        ["F15", "Sessions with a learning mentor on managing worries, once the mentor has completed an initial assessment",
         "To be agreed",
         "To be agreed",
         "Learning mentor"],
        ["F16", "Meet and greet at the school gate each morning, reducing as Ellis's attendance improves",
         "Every morning at 8:30, initially",
         "5 minutes a day",
         "Pastoral team"],
        ["F17", "A lunchtime club in the library (board games and LEGO Technic) for Ellis and up to five friends he chooses, so that he can eat away from the canteen and spend time with other pupils",
         "Monday, Wednesday and Friday, 12:35\u201313:05",
         "90 minutes",
         "Teaching assistant from the SEN team who holds a Level 3 Certificate in Supporting Teaching and Learning"],
        (BANNER, "Across the curriculum"),
        ["F18", "Classroom strategies as set out in the occupational therapy and educational psychology reports (Section K, items 6 and 7)",
         "All lessons",
         "\u2014",
         "Subject teachers"],
        ["F19", "An additional adult on school trips and off-site visits, subject to staffing being available",
         "Each trip",
         "\u2014",
         "Support staff"],
        ["F20", "Exam access arrangements as appropriate (e.g. extra time, a laptop, rest breaks)",
         "Internal and external exams",
         "\u2014",
         "SENCO and exams officer"],
    ], widths=[1.0, 6.0, 3.7, 2.2, 3.7])

    d.heading("Section G \u2014 Health Provision", section="G")
    d.bullets([
        "Annual review by the consultant community paediatrician, with a copy of the clinic letter sent to the SENCO.",
        "A salbutamol inhaler, with one kept in Ellis's bag and a spare in the medical room, used as required in line with his asthma plan.",
        "CAMHS to offer support with anxiety if Ellis's needs meet their criteria.",
    ])

    d.heading("Section H1 \u2014 Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("No social care provision is needed under section 2 of the Chronically Sick and "
           "Disabled Persons Act 1970.")
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Uffington Park Academy, Kelmscote (mainstream academy, ages 11\u201316).")

    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("Ellis's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and Information", section="K")
    d.numbered([
        "Parents' views \u2013 Siobhan and Dermot Brannigan, 28 October 2025",
        "Ellis's views \u2013 gathered by Mrs J. Pettigrew, SENCO, 4 and 11 November 2025",
        "Educational advice \u2013 Uffington Park Academy, Mrs J. Pettigrew, SENCO, 14 November 2025",
        "Medical advice \u2013 Dr A. Sandhu, Consultant Community Paediatrician, 6 November 2025",
        "Social care advice \u2013 Kelmscote Children's Services, 10 November 2025",
        "Occupational therapy advice \u2013 Kelmscote Children's Therapy Service",
        "Psychological advice \u2013 Dr R. Okonjo, Educational Psychologist, 19 November 2025",
    ])
