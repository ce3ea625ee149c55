"""Saxby County Council - Year 3 child with Williams syndrome, anxiety and learning
difficulties at a mainstream voluntary aided primary school. Word Heading 1 headings
'Section A: Views, interests and aspirations', running header with the child's name and
a 'FINAL - Page X of Y' footer. Cover details in a two-column details table. E is numbered
E1-E8. Section F is five area tables (Heading 2 area titles, an italic 'Outcomes:' line)
in a stacked layout: each provision takes two table rows, the provision text spanning the
width in the first row and 'How often | How long each time | Who provides it | Their
training and expertise' cells in the second, with the item reference (F1-F20) merged down
both rows; two header rows repeat on each page; some detail cells are blank. Separate H1
and H2. FINAL plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Maisie Threlfall"


def _fill(cell, colour):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcpr.append(shd)


def _header_row(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _keep_together(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tidy(cell):
    """Drop the empty paragraphs left behind when cells are merged."""
    paras = cell.paragraphs
    for para in paras[1:]:
        if not para.text.strip():
            para._p.getparent().remove(para._p)


def _area(d, title, outcomes, items):
    """items: (ref, provision, how often, how long, who, training)."""
    d.heading(title, level=2)
    d.para("Outcomes: " + outcomes, italic=True)
    rows = [["", "How often", "How long each time", "Who provides it",
             "Their training and expertise"]]
    for ref, prov, often, long_, who, training in items:
        rows.append([ref, prov, "", "", ""])
        rows.append(["", often, long_, who, training])
    t = d.table(["Ref", "What will be provided", "", "", ""], rows,
                widths_cm=[1.2, 3.6, 3.2, 4.2, 4.4], font_size=9.5)
    # header: title spans the provision columns, second header row under it
    _tidy(t.cell(0, 1).merge(t.cell(0, 4)))
    for c in range(5):
        _fill(t.cell(1, c), "E4ECF7")
    _header_row(t.rows[1])
    _tidy(t.cell(0, 0).merge(t.cell(1, 0)))
    for i in range(len(items)):
        top = 2 + 2 * i
        _tidy(t.cell(top, 1).merge(t.cell(top, 4)))
        _fill(t.cell(top, 1), "F7F3E8")
        _tidy(t.cell(top, 0).merge(t.cell(top + 1, 0)))
        _keep_together(t.rows[top])
        _keep_together(t.rows[top + 1])
        # keep the provision row with its detail row
        for p in t.cell(top, 1).paragraphs:
            p.paragraph_format.keep_with_next = True
        for r in t.cell(top, 0).paragraphs:
            for run in r.runs:
                run.bold = True


def build(d):
    d.running_header_footer("Saxby County Council  \u2022  EHC Plan for Maisie Threlfall",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Saxby County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan issued under section 37 of the Children and Families Act 2014", italic=True)
    d.details_table([
        ("Child's name", "Maisie Threlfall"),
        ("Known as", "Maisie"),
        ("Date of birth", "14/11/2017"),
        ("NHS number", "999 634 2178"),
        ("Unique pupil number", "H999000271828"),
        ("Home address", "27 Kestrel Rise, Saxby, ZY4 8PN"),
        ("Parents", "Rachel Threlfall (mother) and Daniel Threlfall (father)"),
        ("Contact", "01632 960713 / 07700 900582 / rachel.threlfall@example.org"),
        ("School and year group", "St Aldric's CE Primary School, Year 3"),
        ("Date of this final plan", "12 March 2026"),
        ("Annual review to be held by", "11 March 2027"),
        ("EHC co-ordinator", "Fiona Brackenridge, Saxby SEND Assessment Team"),
    ])
    d.para("Maisie's older brother Alfie (10) also attends St Aldric's. Maisie chose the "
           "photograph of herself singing that her parents attached to her one-page profile.",
           italic=True)

    d.heading("Section A: Views, interests and aspirations", section="A")
    d.heading("Maisie's views", level=2)
    d.para("Maisie's views were gathered by her teaching assistant, Mrs Okonjo, over two "
           "short sessions in January 2026 using Talking Mats picture cards. Maisie chose "
           "the cards and Mrs Okonjo wrote down what she said.")
    d.para("\"I love singing and the Greatest Showman songs. I love my teacher Mr Pryce and "
           "Mrs Okonjo and the dinner ladies and everybody. I don't like the hand dryers, "
           "they are too loud and they hurt my ears. I don't like it when the fire bell is "
           "a surprise. Reading is hard and sums are hard. When I'm big I want to be a singer "
           "on the telly or work at the animal rescue with the dogs.\"")
    d.heading("What Maisie's parents say", level=2)
    d.para("Rachel and Daniel describe Maisie as loving, musical and full of chat. She "
           "remembers the words of whole songs after hearing them twice and knows the name of "
           "every adult in school. They are worried that she will go off with anyone who is "
           "kind to her, that her worries are getting bigger as she gets older, and that she "
           "is falling further behind in reading and maths. They would like Maisie to read "
           "for pleasure, to have one or two real friends of her own age and to stay safe "
           "when she is out.")
    d.para("In the longer term they hope she will be able to work, perhaps with animals or "
           "in music, and to have as independent a life as possible.")

    d.heading("Section B: Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie has a wide spoken vocabulary and speaks in long, well-formed sentences, "
           "which can make her understanding seem better than it is. Her understanding of "
           "language is around the level of a typical five-year-old (CELF-5 receptive "
           "subtests, October 2025). She finds 'why' and 'how' questions hard, cannot yet say "
           "what might happen next in a story and often repeats phrases she has heard adults "
           "use without knowing what they mean. In conversation she talks at length about her "
           "favourite topics and does not notice when the listener has lost interest.")
    d.para("Maisie is very sociable and will approach, hug and chat to adults she does not "
           "know. She does not yet understand the difference between friends, familiar adults "
           "and strangers, and on a school trip in 2025 she walked away from her group to "
           "talk to a stranger in a caf\u00e9.")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has a learning difficulty associated with Williams syndrome, with a marked "
           "difference between her verbal skills and her visual-spatial skills. She knows the "
           "Phase 3 phonics graphemes but is not secure with Phase 4 blends, and reads books "
           "at Read Write Inc. Yellow level. She can count to 20 by rote but cannot yet "
           "recall number bonds to 10, struggles to organise objects when counting and cannot "
           "read a clock or use place value. Busy worksheets confuse her because she cannot "
           "tell where to start. She can focus on an adult-led task for about five minutes "
           "before she becomes distracted, and she forgets multi-step instructions.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie has significant anxiety. She worries in advance about events such as "
           "swimming, visitors and supply teachers, and asks the same question (\"Is it "
           "swimming tomorrow?\") many times an hour. Separation at the classroom door is "
           "becoming harder, and on three mornings a week this term she has cried for more "
           "than 20 minutes after coming in. She wants friends but finds it hard to play "
           "games with other children of her age, and prefers the company of adults.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie has hyperacusis. Sudden loud noises (hand dryers, balloons, the fire "
           "alarm, the school bell, clapping in assembly) cause her real distress and she may "
           "drop to the floor with her hands over her ears. Her fine motor skills are "
           "delayed: she holds her pencil in a fisted grip, cannot use scissors along a line "
           "and cannot do up zips or buttons. She is unsteady on stairs and uneven ground, "
           "and she tires easily by the afternoon.")
    d.heading("Independence and keeping safe", level=2)
    d.para("Maisie needs help to carry her lunch tray, open food packets and put on her coat. "
           "She has no awareness of road danger and would step into the road if not held.")

    d.heading("Section C: Health needs related to special educational needs", section="C")
    d.para("Maisie has Williams syndrome (7q11.23 deletion, confirmed by genetic testing in "
           "2019). She has mild supravalvular aortic stenosis, followed by the paediatric "
           "cardiology clinic at Saxby General Hospital, and her blood calcium levels are "
           "monitored because of a history of raised calcium in infancy. Hyperacusis was "
           "confirmed by paediatric audiology in 2024. She has been referred to the CAMHS "
           "Learning Disability Team because of her anxiety. Her community paediatrician is "
           "Dr L. Varga.")

    d.heading("Section D: Social care needs", section="D")
    d.para("Maisie is a disabled child. A child and family assessment by the Children with "
           "Disabilities Team (November 2025) found that she cannot join out-of-school "
           "activities without a dedicated adult, because of her anxiety, her lack of danger "
           "awareness and her readiness to go off with strangers. Her parents both work and "
           "also need time with Alfie.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below are to be achieved by the end of Year 4 (July 2027) unless "
           "another date is given. Mr Pryce and the SENCO will set smaller steps towards them "
           "each half-term and share them with Maisie's parents at the termly review meeting.")
    d.numbered([
        "By the end of Year 4, Maisie will answer 'why' and 'what will happen next' questions about a short story read to her, getting at least four out of five questions right.",
        "Maisie will be more aware of stranger danger.",
        "By July 2027, Maisie will read all the Phase 5 graphemes and read a Read Write Inc. Blue book aloud with 90% accuracy.",
        "By the end of Year 4, Maisie will recall all number bonds to 10 without counting objects and will add two 2-digit numbers using Numicon shapes.",
        "By March 2027, Maisie will come into class from the side gate and start her first task within five minutes on at least four mornings out of five.",
        "Maisie will receive anxiety support from CAMHS.",
        "By the end of Year 4, Maisie will cut along a curved line and do up the zip on her coat without adult help.",
        "Maisie will be happy and safe at lunchtimes.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision", section="F")
    d.para("Each item has two rows: what will be provided, and then how often, for how long "
           "and by whom. All provision is made in term time at St Aldric's for the life of "
           "this plan unless the table says otherwise.")

    _area(d, "Communication and interaction", "E1, E2", [
        ("F1",
         "Language for Thinking sessions to build Maisie's understanding of 'why' and 'how' questions and of what happens next in a story",
         "Three times a week (Monday, Wednesday and Friday)",
         "20 minutes",
         "Teaching assistant, working with Maisie and no more than two other pupils",
         "Has completed Language for Thinking training and is observed by the school's speech and language therapist once each half-term"),
        ("F2",
         "The NHS speech and language therapist will visit school to review Maisie and advise staff on her comprehension targets",
         "Termly, subject to caseload",
         "",
         "Saxby Children's Community Speech and Language Therapy Service",
         ""),
        ("F3",
         "A small group to work on Maisie's social communication",
         "Weekly",
         "",
         "ELSA or another suitable adult",
         ""),
        ("F4",
         "Individual relationships teaching using a colour-coded 'circles' chart, so that Maisie learns whom she may hug, whom she may talk to and whom she must never go with, with role play of being approached by a stranger at the gate and on a trip",
         "Every Tuesday afternoon",
         "15 minutes, 1:1",
         "Maisie's ELSA (Mrs Okonjo)",
         "Completed the Saxby five-day ELSA course; half-termly supervision from the educational psychologist"),
    ])

    _area(d, "Cognition and learning", "E3, E4", [
        ("F5",
         "Read Write Inc. Phonics one-to-one tutoring at Maisie's assessed level",
         "Every school day, straight after morning registration",
         "15 minutes",
         "Teaching assistant",
         "Trained by the school's Read Write Inc. reading leader, who observes a session each half-term"),
        ("F6",
         "Precision teaching of high-frequency words",
         "Little and often",
         "A few minutes",
         "Class staff",
         ""),
        ("F7",
         "Numicon Intervention Programme 1:1, covering number bonds to 10, counting on and place value to 100",
         "Four times a week (not Thursdays)",
         "20 minutes",
         "Higher level teaching assistant",
         "Has completed the Numicon intervention training day; guided by the maths lead"),
        ("F8",
         "Work differentiated as recommended in the educational psychologist's report (Appendix 3)",
         "All lessons",
         "",
         "Class teacher",
         ""),
        ("F9",
         "In-class support in English and maths lessons: a TA sits with Maisie to give one instruction at a time, covers the parts of the page she is not working on and checks she knows where to start",
         "Every English and maths lesson (10 hours across the school week)",
         "The whole lesson",
         "Teaching assistant",
         "Level 3 Certificate in Supporting Teaching and Learning; one-day course on Williams syndrome from the Saxby Specialist Teaching Service"),
    ])

    _area(d, "Social, emotional and mental health", "E5, E6", [
        ("F10",
         "Meet-and-greet at the side gate: Maisie's TA goes through her visual timetable for the day with her and tells her about any changes, such as a fire drill, a visitor or a supply teacher",
         "Every morning at 8:40",
         "5 minutes",
         "Maisie's named teaching assistant",
         "\u2013"),
        ("F11",
         "Worry time to talk through Maisie's worries, reducing as she becomes more settled",
         "Initially daily",
         "10 minutes",
         "A trusted adult",
         ""),
        ("F12",
         "Maisie would benefit from a CBT-informed anxiety programme adapted for children with learning difficulties",
         "To be decided after the CAMHS Learning Disability Team assessment",
         "",
         "",
         ""),
        ("F13",
         "Access to a calm space when Maisie is anxious",
         "When needed",
         "",
         "",
         ""),
    ])

    _area(d, "Sensory and physical", "E7", [
        ("F14",
         "Planned loud noises: Maisie is told the day before every planned fire drill, wears her own Peltor Kid ear defenders (kept in her tray) and leaves the building with her TA two minutes before the alarm sounds; she also wears the ear defenders and sits at the end of a row for every assembly with live music",
         "Before every planned fire drill and every assembly with live music",
         "Two minutes' warning before the alarm",
         "Maisie's named teaching assistant",
         "\u2013"),
        ("F15",
         "Fine motor programme",
         "Regularly",
         "",
         "TA",
         ""),
        ("F16",
         "Direct occupational therapy on pencil grip, scissor skills and fastening zips and buttons, using the Write from the Start programme",
         "Once a fortnight (19 sessions a year)",
         "40 minutes, 1:1",
         "Occupational therapist, Saxby Children's Therapies",
         "HCPC-registered occupational therapist"),
        ("F17",
         "Sensory breaks",
         "As appropriate throughout the day",
         "Up to 10 minutes",
         "Staff",
         ""),
        ("F18",
         "Physiotherapy advice to the PE teacher on stairs, balance and uneven ground",
         "One visit at the start of Year 4",
         "",
         "Physiotherapist",
         ""),
    ])

    _area(d, "Independence and keeping safe", "E2, E8", [
        ("F19",
         "Road safety and everyday independence skills, for example crossing at the zebra crossing outside school and carrying her lunch tray",
         "Weekly",
         "20 minutes",
         "Teaching assistant",
         ""),
        ("F20",
         "One-to-one supervision in the dining hall and on the playground, to be reviewed at the end of the autumn term",
         "Every lunchtime",
         "12:00 to 12:45",
         "Midday supervisor",
         ""),
    ])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Review at the paediatric cardiology clinic, Saxby General Hospital, every 12 months, with an echocardiogram; the clinic will send a summary letter to the school nurse after each review.",
        "Blood calcium tests every six months, arranged by Dr Varga, community paediatrician.",
        "Paracetamol for headaches, given by trained first-aid staff as required under the school's medicines policy and the signed parental consent form.",
        "Audiology will see Maisie for a course of six sound-tolerance sessions to teach her strategies for coping with loud noises.",
        "Assessment by the CAMHS Learning Disability Team when a clinician becomes available.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker from Saxby Short Breaks for 2 hours every Saturday morning in "
           "term time, so that Maisie can attend the 'Little Voices' singing class at Saxby "
           "Stage School.")

    d.heading("Section H2: Any other social care provision", section="H2")
    d.para("None. The family has not asked for overnight short breaks.")

    d.heading("Section I: Placement", section="I")
    d.para("St Aldric's Church of England Primary School, Saxby (mainstream voluntary aided "
           "primary school).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget for any of the provision in "
           "this plan.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parental advice \u2013 Rachel and Daniel Threlfall, 6 January 2026",
        "Maisie's views \u2013 gathered by Mrs A. Okonjo, teaching assistant, 13 and 20 January 2026",
        "Educational advice \u2013 Mrs H. Lindqvist, SENCO, St Aldric's CE Primary School, 16 January 2026",
        "Psychological advice \u2013 Dr Samir Chaudhry, Educational Psychologist, 22 January 2026 (Appendix 3)",
        "Medical advice \u2013 Dr L. Varga, Community Paediatrician, 19 January 2026",
        "Speech and language therapy advice \u2013 Saxby Children's Community Speech and Language Therapy Service, 14 January 2026",
        "Occupational therapy advice \u2013 Ms J. Tregarthen, Occupational Therapist, 21 January 2026",
        "Physiotherapy advice \u2013 Saxby Children's Therapies",
        "Social care advice \u2013 Children with Disabilities Team, 26 January 2026",
    ])
