"""Stonebridge City Council - Year 7 pupil with ADHD, SEMH needs and literacy
difficulties at a mainstream secondary academy. Details table on the cover page;
Word Heading 1 headings numbered '1. Section A: ...' to '12. Section K: ...'; Section F is
numbered paragraphs F1..F20 under bold area-of-need sub-headings, several of them with
lettered sub-points '(a)', '(b)', '(c)' on their own lines (what / how often / who),
followed by a closing 'Staffing and training' paragraph. K is a table. FINAL."""

from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Darius Fenn"


def _sub(d, text):
    d.para(text, bold=True)


def _item(d, n, text, subs=()):
    """Numbered F item; lettered sub-points go on their own indented lines."""
    p = d.doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.0)
    pf.first_line_indent = Cm(-1.0)
    pf.tab_stops.add_tab_stop(Cm(1.0))
    if subs:
        pf.space_after = Pt(2)
        pf.keep_with_next = True
    d._runs(p, f"F{n}\t{text}")
    for i, s in enumerate(subs):
        q = d.doc.add_paragraph()
        qf = q.paragraph_format
        qf.left_indent = Cm(1.8)
        qf.first_line_indent = Cm(-0.8)
        qf.space_after = Pt(2) if i < len(subs) - 1 else Pt(6)
        if i < len(subs) - 1:
            qf.keep_with_next = True
        d._runs(q, s)


def build(d):
    d.running_header_footer("Stonebridge City Council \u2013 EHC Plan \u2013 Darius Fenn \u2013 FINAL",
                            first_page_plain=True)
    d.title("Stonebridge City Council", size=14, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Children's Services \u2013 SEND Assessment and Review Team", italic=True)
    d.details_table([
        ("Name of child", "Darius Fenn"),
        ("Date of birth", "09/05/2014"),
        ("Year group", "Year 7"),
        ("NHS number", "999 614 3378"),
        ("Unique pupil number", "S871999926031"),
        ("Home address", "14 Quarry Bank Close, Stonebridge, ZY7 2LN"),
        ("Parent with parental responsibility", "Shona Fenn (mother)"),
        ("Telephone", "07700 900516"),
        ("E-mail", "shona.fenn@example.com"),
        ("Date of request for assessment", "03/11/2025"),
        ("Date draft plan issued", "26/01/2026"),
        ("Date final plan issued", "02/03/2026"),
        ("Plan status", "FINAL"),
        ("Annual review to be held by", "01/03/2027"),
        ("EHC coordinator", "Mr A. Brightwell, SEND Assessment and Review Team"),
    ], widths_cm=(5.6, 11.0), fill="EADCF0")
    d.page_break()

    # ---- A ---------------------------------------------------------------------------
    d.heading("1. Section A: Views, interests and aspirations", section="A")
    d.para("Darius is 11 and lives with his mum, Shona, and his half-sister Lyla, who is four. "
           "He sees his dad, Craig Fenn, every other weekend. Darius is quick-witted, generous "
           "with his time for younger children and very good at sport. He goes to a boxing gym "
           "with his uncle on Saturday mornings and knows a great deal about training and "
           "nutrition.")
    d.para("Darius talked to his EHC coordinator at school on 18 November 2025. He said: "
           "\"I'm good at PE and boxing and I'm funny. I hate it when teachers shout across the "
           "room at me in front of everyone, and when the corridors are rammed and people bang "
           "into me. Reading out loud is the worst. I want a teacher who gets ADHD. When I'm "
           "older I want to be a personal trainer and have my own gym.\"")
    d.para("Shona said: \"Darius started Year 7 really wanting to do well, but by October he "
           "had been sent home twice. He's not a bad kid \u2013 he just can't sit still for an "
           "hour and his reading is years behind, so he messes about instead. We want him to "
           "have one person in school he trusts, to catch up with his reading, and to stay in "
           "school.\"")

    # ---- B ---------------------------------------------------------------------------
    d.heading("2. Section B: Special educational needs", section="B")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Darius has a diagnosis of attention deficit hyperactivity disorder (ADHD, combined "
           "presentation). He finds it very hard to manage strong feelings: when he is "
           "frustrated or feels embarrassed he swears, throws equipment or walks out of the "
           "lesson, and he then finds it hard to come back. Between September and December "
           "2025 he left lessons without permission 41 times and received two suspensions "
           "(one and two days) after fights at lunchtime.")
    d.para("Darius has low self-esteem about learning and describes himself as \"thick\". He "
           "is anxious in crowded corridors and at lesson changes, and unstructured lunchtimes "
           "are when most incidents happen. He wants friends but often misreads teasing as an "
           "attack and does not know how to put things right after an argument.")
    d.heading("Cognition and learning", level=2)
    d.para("Darius's reading age is 9 years 2 months (New Group Reading Test, November 2025, "
           "standard score 78) and his single-word spelling is at the level of a typical "
           "eight-year-old. He has not secured vowel digraphs and reads unfamiliar subject "
           "words by guessing from the first letter. His verbal reasoning is in the average "
           "range, so his understanding is much better than his reading suggests.")
    d.para("His working memory is weak (Educational Psychologist, December 2025): he forgets "
           "instructions of more than two steps, loses track of what he is writing and often "
           "arrives at lessons without the right books or equipment. In maths he is working at "
           "about the level expected in Year 4; he does not know his times tables and has gaps "
           "in place value.")
    d.heading("Communication and interaction", level=2)
    d.para("Darius's speech is clear and his vocabulary is good for his age, but he loses the "
           "thread of long spoken instructions and explanations, especially when they are "
           "given to the whole class. He interrupts, talks over others and finds it hard to "
           "take turns in conversation, which leads to conflict with other pupils.")
    d.heading("Sensory and physical", level=2)
    d.para("Darius needs to move. He fidgets, taps and rocks on his chair and cannot stay "
           "seated for a whole 60-minute lesson without a break. His concentration is poorest "
           "in the afternoon, when his medication has worn off. He has no physical or sensory "
           "impairment.")

    # ---- C ---------------------------------------------------------------------------
    d.heading("3. Section C: Health needs relating to SEN", section="C")
    d.para("Darius was diagnosed with ADHD by the community paediatrician in May 2023. He takes "
           "a modified-release stimulant medication every morning at home, which lasts until "
           "early afternoon. It reduces his appetite at lunchtime. He has difficulty getting "
           "to sleep and takes melatonin at bedtime, prescribed by the paediatrician. When he "
           "has slept badly he is more irritable and less able to concentrate the next day.")
    d.para("In November 2025 CAMHS assessed Darius after he said he was \"rubbish at "
           "everything\". They found low mood linked to his difficulties at school but no "
           "mental illness.")

    # ---- D ---------------------------------------------------------------------------
    d.heading("4. Section D: Social care needs", section="D")
    d.para("Darius's ADHD affects family life. Shona is a single parent working part-time and "
           "says that evenings and weekends are very difficult, particularly when Darius is "
           "tired and hungry after school. Darius was asked to leave a youth football club in "
           "2025 because of arguments with other players, and he would like to join a club or "
           "activity with children his age. The family had Early Help support from a family "
           "support worker between September 2025 and January 2026; that support has now "
           "ended. Shona would like to learn more about ADHD and how to manage flashpoints at "
           "home.")

    # ---- E ---------------------------------------------------------------------------
    d.heading("5. Section E: Outcomes sought", section="E")
    d.para("The SENCO at Sallowfield Academy will set half-termly steps towards each outcome "
           "with Darius and share them with Shona at each progress meeting.")
    d.numbered([
        "By the end of Year 8, when Darius feels overwhelmed in a lesson he will show his exit card and return to the lesson within ten minutes, instead of walking out, on at least four out of five occasions.",
        "By the end of Year 8, Darius will achieve a standard score of at least 85 on the New Group Reading Test.",
        "Darius will manage his behaviour better.",
        "By the end of the summer term 2026, Darius will arrive with the equipment on his checklist for at least 80% of lessons, as recorded on his report card.",
        "Darius will attend sessions with the learning mentor.",
        "Darius will stop getting into fights at lunchtime.",
    ], fmt="E{n}")

    # ---- F ---------------------------------------------------------------------------
    d.heading("6. Section F: Special educational provision", section="F")
    d.para("Sallowfield Academy must make the provision below for Darius in term time. Items are "
           "numbered F1 to F20 so that they can be referred to at reviews. The staff who deliver "
           "them are described under \"Staffing and training\" at the end of this section.")

    _sub(d, "Social, emotional and mental health")
    _item(d, 1, "A 1:1 adult for the whole school day.", [
        "(a) What: Darius's key teaching assistant works alongside him in every lesson, helps him start and finish tasks using his task-breakdown card, and uses Emotion Coaching with him when he becomes dysregulated.",
        "(b) How often: every school day from 8:40am to 3:10pm, including break and lunchtime \u2013 32.5 hours a week in term time.",
        "(c) Who: his key teaching assistant. When she is absent, the SENCO arranges cover from a second named teaching assistant who has completed the same Emotion Coaching training.",
    ])
    _item(d, 2, "At every change of lesson, his key teaching assistant will leave the classroom with Darius two minutes before the bell and walk with him to his next lesson by the route past the library, so that he avoids the crowded main corridor.")
    _item(d, 3, "Every morning before registration, Darius's form tutor will spend five minutes with him in the form room (8:30 to 8:35am), going through his timetable for the day, any cover lessons and his equipment checklist.")
    _item(d, 4, "Nurture provision.", [
        "(a) Darius will join a small group for the school's Year 7 nurture programme in the Lighthouse room.",
        "(b) Two sessions a week, each lasting one 60-minute lesson period.",
        "(c) The group is run by the pastoral team.",
    ])
    _item(d, 5, "Individual sessions on recognising and managing anger, using the Zones of Regulation curriculum.", [
        "(a) What: Darius learns to name his zone, to spot his early warning signs and to use two calming tools he has chosen; each half-term he and the learning mentor agree one strategy, which the learning mentor e-mails to all his teachers.",
        "(b) How often: one 40-minute session every Tuesday during period 3, in term time.",
        "(c) Who: the learning mentor, 1:1, in the Harbour room.",
    ])
    _item(d, 6, "Darius can access the Harbour room, using his exit card, at times when he feels overwhelmed.")
    _item(d, 7, "A place at the Harbour room lunch club from 12:35 to 1:10pm every day, supervised by the learning mentor, reducing as Darius settles into the main dining hall.")
    _item(d, 8, "A daily report card with three targets agreed with Darius, which his Head of Year checks and discusses with him for five minutes at the end of each school day, to be reviewed after six weeks.")
    _item(d, 9, "Counselling.", [
        "(a) Individual counselling with the school counsellor, who is a registered member of the BACP.",
        "(b) Weekly, in term time.",
        "(c) In the counselling room in the Wellbeing Centre.",
    ])

    _sub(d, "Cognition and learning")
    _item(d, 10, "Specialist literacy teaching, 1:1.", [
        "(a) What: the Read Write Inc. Fresh Start programme, starting at Module 9, with fluency and spelling practice in every session.",
        "(b) How often: three 30-minute sessions each week in term time, taken from tutor time and from one Year 7 library lesson.",
        "(c) Who: a specialist teacher from the Stonebridge Learning Support Service who holds the OCR Level 5 Diploma in Teaching Learners with Specific Learning Difficulties.",
    ])
    _item(d, 11, "Additional literacy support in a small group with a teaching assistant.")
    _item(d, 12, "In the week before each new topic in science, history and geography, his key teaching assistant will pre-teach Darius the key words for that topic, using a word map, in two 15-minute sessions during Wednesday and Thursday tutor time.")
    _item(d, 13, "A C-Pen Reader scanning pen for Darius's own use in every lesson and in school exams, to read printed text aloud to him through earphones; his key teaching assistant checks every Monday morning that it is charged and working.")
    _item(d, 14, "Maths intervention.", [
        "(a) What: Catch Up Numeracy, 1:1, working on times tables, place value and number bonds to 100.",
        "(b) How often: twice weekly, with the length of each session to be decided by the maths department after baseline testing.",
        "(c) Who: a teaching assistant trained in Catch Up Numeracy.",
    ])
    _item(d, 15, "The classroom strategies recommended in the Educational Psychologist's report (Appendix 3) will be used by all staff who teach Darius.")

    _sub(d, "Communication and interaction")
    _item(d, 16, "Social communication group.", [
        "(a) What: the Talkabout for Teenagers programme, working on taking turns in conversation, listening without interrupting and putting things right after a falling-out.",
        "(b) Group: up to five pupils from Years 7 and 8.",
        "(c) When and who: one 45-minute session every Thursday in period 5, in term time, led by the learning mentor.",
    ])
    _item(d, 17, "A speech and language therapist will make a consultation visit each term to advise Darius's teachers on breaking down spoken instructions.")

    _sub(d, "Attention, sensory and physical")
    _item(d, 18, "His key teaching assistant will take Darius for a ten-minute movement break, walking to the PE block and back, at the end of period 2 and period 4 each day, when staffing permits.")
    _item(d, 19, "Sensory and fidget tools, such as a wobble cushion, a stress ball or a chewable pencil topper, to be used as needed.")
    _item(d, 20, "In all lessons, subject teachers will differentiate work and use a range of ADHD-friendly strategies.")

    _sub(d, "Staffing and training")
    d.para("Darius's key teaching assistant (F1, F2, F12, F13 and F18) holds a Level 3 Diploma in "
           "Supporting Teaching and Learning and was trained by the Educational Psychologist in "
           "Emotion Coaching (two days, October 2025); she has a 30-minute supervision session "
           "with the Educational Psychologist each half-term. The learning mentor (F5, F7 and "
           "F16) has completed the Zones of Regulation practitioner course and the two-day "
           "Talkabout training, and is supervised by the SENCO, who holds the National Award "
           "for SEN Co-ordination.")

    # ---- G ---------------------------------------------------------------------------
    d.heading("7. Section G: Health care provision", section="G")
    d.bullets([
        "Review of Darius's ADHD medication by the community paediatrician every six months at Stonebridge Child Development Centre, including his height, weight, blood pressure and sleep.",
        "Six weekly sessions of CBT-based anger management with a CAMHS practitioner in the summer term 2026, to teach Darius strategies for managing his anger.",
        "Support from the school nurse as required.",
    ])

    # ---- H1 / H2 ---------------------------------------------------------------------
    d.heading("8. Section H1: Social care provision under section 2 CSDPA 1970", section="H1")
    d.para("Darius will be supported to join an after-school or holiday activity of his choice, "
           "as agreed with the Short Breaks team.")
    d.heading("9. Section H2: Other social care provision", section="H2")
    d.para("Shona will attend the Understanding ADHD parenting programme run by Stonebridge "
           "Family Support Service: six weekly two-hour sessions in the summer term 2026.")

    # ---- I / J -----------------------------------------------------------------------
    d.heading("10. Section I: School to be attended", section="I")
    d.para("Sallowfield Academy, Stonebridge (mainstream secondary academy for pupils aged 11 to "
           "18, part of the Brackenholt Learning Trust).")
    d.heading("11. Section J: Personal budget", section="J")
    d.para("Shona has not asked for a personal budget. Information on how to request one has "
           "been sent to her with this plan.")

    # ---- K ---------------------------------------------------------------------------
    d.heading("12. Section K: Advice and information", section="K")
    d.table(["Advice and information", "Provided by", "Date"], [
        ["Views of Darius and his mother", "Gathered by the EHC coordinator", "18/11/2025"],
        ["Educational advice", "Mrs L. Oduya, SENCO, Sallowfield Academy", "01/12/2025"],
        ["Educational psychology advice (Appendix 3)", "Dr M. Carrick, Educational Psychologist", "12/12/2025"],
        ["Medical advice", "Dr S. Venn, Community Paediatrician", "28/11/2025"],
        ["CAMHS advice", "Stonebridge CAMHS, Getting Help team", "03/12/2025"],
        ["Speech and language therapy advice", "Stonebridge Children's Therapy Service", "10/12/2025"],
        ["Specialist teacher (literacy) advice", "Stonebridge Learning Support Service", ""],
        ["Social care advice", "Early Help and Children's Social Care", "05/12/2025"],
    ], widths_cm=[6.2, 7.6, 2.8])
