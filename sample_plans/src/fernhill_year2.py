"""Fernhill Borough Council - Year 2 pupil with developmental language disorder and
attention difficulties at a mainstream primary school. Word Heading 1 headings of the form
'Section F — Special educational provision (what help I will get)' (letter, em dash, formal
title, child-friendly subtitle in brackets). Cover details table. Section E is numbered
paragraphs E1-E10 under area sub-headings. Section F is ONE landscape table
(Outcome | Provision | Frequency | Duration | Delivered by | Monitoring) with merged,
shaded area-of-need band rows, running over several pages. K is a table. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ezra Pennington-Whyte"

BAND_FILL = "E2EFD9"
HEAD_FILL = "C5E0B3"


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _provision_table(d, header, groups, widths_cm, size=9):
    """One table; each group = (band title, rows). Band rows are merged across all columns."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    ncols = len(header)
    t = d.doc.add_table(rows=0, cols=ncols)
    t.style = d.doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False

    def fill_cell(cell, text, bold=False):
        cell.text = ""
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)

    cells = t.add_row().cells
    for ci, h in enumerate(header):
        fill_cell(cells[ci], h, bold=True)
        _shade(cells[ci], HEAD_FILL)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)

    for band, rows in groups:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[ncols - 1])
        fill_cell(merged, band, bold=True)
        _shade(merged, BAND_FILL)
        for row in rows:
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                fill_cell(cells[ci], val)

    for ci, w in enumerate(widths_cm):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths_cm):
            try:
                row.cells[ci].width = Cm(w)
            except IndexError:
                pass
    d.doc.add_paragraph()
    return t


def _new_section(d, landscape):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm
    sec = d.doc.add_section(WD_SECTION.NEW_PAGE)
    sec.different_first_page_header_footer = False
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def build(d):
    d.running_header_footer(
        "Ezra Pennington-Whyte   |   DOB 14/03/2019   |   Final EHC Plan   |   Fernhill Borough Council",
        footer_left="OFFICIAL - SENSITIVE", first_page_plain=True)
    d.title("Fernhill Borough Council", size=14, color="385623")
    d.title("Education, Health and Care Plan", size=22, color="385623")
    d.para("FINAL PLAN", bold=True, size=13)
    d.details_table([
        ("Child's full name", "Ezra Pennington-Whyte"),
        ("Known as", "Ezra"),
        ("Date of birth", "14/03/2019"),
        ("NHS number", "999 412 7736"),
        ("Unique pupil number (UPN)", "F820419031207"),
        ("Home address", "7 Damson Row, Fernhill, XQ3 8RT"),
        ("Parents", "Hannah Pennington (mother) and Callum Whyte (father)"),
        ("Telephone", "01632 960284"),
        ("E-mail", "h.pennington@example.org"),
        ("Current school and year group", "Larchwood Primary School, Year 2"),
        ("Date of request for assessment", "29/09/2025"),
        ("Date draft plan issued", "19/01/2026"),
        ("Date plan finalised", "09/02/2026"),
        ("Next annual review by", "08/02/2027"),
        ("EHC co-ordinator", "Bethan Quarrie, SEN Assessment and Review Team"),
    ], widths_cm=(6.0, 10.6), fill="E2EFD9")
    d.para("This plan was written with Ezra and his parents. It sets out what Ezra needs, what "
           "we hope he will achieve and the help he will get. Each section is labelled with "
           "the letter used in the SEND Code of Practice.", italic=True, size=9.5)

    # ---- A --------------------------------------------------------------------------
    d.heading("Section A \u2014 Views, interests and aspirations (all about me)", section="A")
    d.heading("What Ezra told us", level=2)
    d.para("Ezra talked to his teaching assistant, Mrs Dacre, in December 2025 while they played "
           "with his fire station. She wrote down what he said:")
    d.bullets([
        "\"I like fire engines and Minecraft and my dog Pickle.\"",
        "\"I'm good at running. I'm the fastest in Year 2.\"",
        "\"Sometimes the words go out of my head and I can't find them.\"",
        "\"When I'm at big school I want to be a fireman.\"",
    ])
    d.heading("What Ezra's parents told us", level=2)
    d.para("Hannah and Callum describe Ezra as funny, kind and full of energy. He is a loving big "
           "brother to Rosa, who is four. They are worried that he is falling behind with reading "
           "and that he has started to say he is \"stupid\". They would like him to be able to "
           "explain what has happened at school, to read for pleasure, and to have friends to play "
           "with at lunchtime. In the longer term they hope Ezra will go to their local secondary "
           "school with his friends.")
    d.heading("How to communicate with Ezra", level=2)
    d.para("Get down to Ezra's level, say his name first, use short sentences and show him what "
           "you mean with a picture or gesture. Give him time (count to ten) before repeating a "
           "question.")

    # ---- B --------------------------------------------------------------------------
    d.heading("Section B \u2014 Special educational needs (what I find difficult)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Ezra was diagnosed with developmental language disorder (DLD) by the Fernhill "
           "Children's Speech and Language Therapy Service in June 2024. On the CELF-5 in "
           "October 2025 his understanding of language was below the 2nd centile and his "
           "expressive language at the 5th centile.")
    d.bullets([
        "He can follow a two-part instruction in a quiet room but loses the second part in a "
        "busy classroom, and he does not yet understand 'why' and 'how' questions.",
        "His vocabulary is at about the level of a child of four and a half; he often uses "
        "'thing' or points when he cannot find a word.",
        "He speaks in short sentences with missing grammar ('him goed to the park'), and he "
        "cannot yet retell a story or an event in order.",
        "In group play he misunderstands the rules of games and becomes upset when others do "
        "not understand him.",
    ])
    d.heading("Cognition and learning", level=2)
    d.bullets([
        "Ezra is working at Read Write Inc. Set 1 and early Set 2 (most Year 2 pupils are at "
        "Set 3). He can blend three-sound words but not four- and five-sound words, and he reads "
        "12 of the 42 Year 1 common exception words.",
        "He can count objects to 20 and add within 10 using his fingers, but cannot yet "
        "partition numbers or recall number bonds to 10.",
        "His working memory is weak (EP assessment, November 2025): he forgets steps of a task "
        "part way through.",
        "Ezra can attend to an adult-led task for about three to four minutes. He leaves his "
        "seat, fiddles with equipment and calls out, and he misses much of the teacher's input "
        "on the carpet.",
    ])
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ezra becomes frustrated when he is not understood. Since September there have been "
           "nine incidents at lunchtime in which he pushed or hit another child, usually during "
           "a game. He has started to refuse to try new work and to call himself stupid. He has "
           "difficulty naming how he feels.")
    d.heading("Sensory and physical", level=2)
    d.para("Ezra's pencil grip is immature and his letters vary in size and do not sit on the "
           "line. He tires quickly when writing. He fidgets and seeks movement when sitting on "
           "the carpet.")

    # ---- C --------------------------------------------------------------------------
    d.heading("Section C \u2014 Health needs (my health)", section="C")
    d.para("Ezra had persistent glue ear and had grommets fitted in 2022. His hearing was normal "
           "when it was last tested (October 2025), but the audiologist wants it checked every "
           "six months because fluctuating hearing would make his language difficulties worse. "
           "The community paediatrician has placed Ezra on the neurodevelopmental pathway for an "
           "assessment of his attention difficulties. He has difficulty settling to sleep.")

    # ---- D --------------------------------------------------------------------------
    d.heading("Section D \u2014 Social care needs (my family and care)", section="D")
    d.para("Ezra does not have social care needs arising from his special educational needs or "
           "disability. His parents have asked for help with his bedtime routine and are "
           "working with the Fernhill Family Hub (Early Help).")

    # ---- E --------------------------------------------------------------------------
    d.heading("Section E \u2014 Outcomes (what I want to achieve)", section="E")
    d.para("Larchwood Primary School will break each outcome into short-term targets every term "
           "and share them with Ezra's parents at the termly SEN review.")
    d.heading("Communication and interaction", level=2)
    d.numbered([
        "By the end of Year 3 (July 2027), Ezra will follow a three-part spoken instruction given to the whole class, without a picture prompt, on 4 out of 5 occasions.",
        "By July 2027, Ezra will retell a short story he has heard in at least five sentences, in the right order, using 'first', 'next' and 'at the end'.",
    ], start=1, fmt="E{n}")
    d.heading("Cognition and learning", level=2)
    d.numbered([
        "Ezra will improve his reading.",
        "By the end of Year 2 (July 2026), Ezra will read all 42 Year 1 common exception words and at least 30 Year 2 common exception words accurately.",
        "Ezra will receive speech and language therapy every week.",
    ], start=3, fmt="E{n}")
    d.heading("Social, emotional and mental health", level=2)
    d.numbered([
        "By July 2026, Ezra will name how he is feeling using the four Zones of Regulation colours and choose a calming tool without an adult prompting him, on at least 4 days out of 5.",
        "Ezra will stop hitting other children at playtime.",
    ], start=6, fmt="E{n}")
    d.heading("Attention, sensory and physical", level=2)
    d.numbered([
        "By the end of Year 2 (July 2026), Ezra will stay on an independent task for 10 minutes using his sand timer, in 3 out of 4 lessons observed.",
        "By July 2027, Ezra will write two sentences with correctly formed lower-case letters sitting on the line, without a model to copy.",
        "By the end of Year 3 (July 2027), Ezra will recall all number bonds to 10 and use them to add and subtract within 20 without counting on his fingers.",
    ], start=8, fmt="E{n}")

    # ---- F (landscape) --------------------------------------------------------------
    _new_section(d, landscape=True)
    d.heading("Section F \u2014 Special educational provision (what help I will get)", section="F")
    d.para("Fernhill Borough Council will secure the provision below for every day that Ezra "
           "attends school (38 weeks a year) until this plan is amended. The Outcome column "
           "refers to Section E.")
    header = ["Outcome", "Provision", "Frequency", "Duration", "Delivered by", "Monitoring"]
    widths = [1.8, 8.2, 3.6, 2.8, 5.0, 3.9]
    groups = [
        ("Communication and interaction", [
            ["E1, E2", "Direct 1:1 speech and language therapy on understanding question words, learning topic vocabulary and building sentences, using Colourful Semantics",
             "Once a week in term time", "40 minutes",
             "HCPC-registered speech and language therapist, Fernhill Children's Therapy Service",
             "SaLT sets new targets each half-term and writes a progress summary for the annual review"],
            ["E1, E2", "Practice of that week's therapy targets, using the activities the speech and language therapist leaves after each session",
             "Monday to Thursday, straight after the register", "15 minutes",
             "Ezra's named teaching assistant, trained by the SaLT in Colourful Semantics (2 hours, autumn term 2025)",
             "Practice log checked by the SaLT at each weekly visit"],
            ["E2", "1:1 pre-teaching of five key words for each new science and topic unit, using word maps and pictures",
             "Twice a week", "15 minutes", "", "Word check at the end of each unit"],
            ["E1", "A language-rich classroom with visual supports and differentiated instructions",
             "Throughout the school day", "", "All staff", ""],
            ["E1", "Meet and greet at the classroom door at 8:45, going through his visual timetable for the day with him",
             "Every morning", "3 minutes", "Ezra's named teaching assistant", ""],
        ]),
        ("Cognition and learning", [
            ["E3, E4", "Read Write Inc. 1:1 phonics tutoring on Set 2 and Set 3 sounds and green words",
             "Every afternoon, 1:40 to 1:55 pm", "15 minutes",
             "Teaching assistant who has completed the Read Write Inc. Phonics online training",
             "Reading Leader reassesses Ezra on the RWI assessment each half-term"],
            ["E4", "Precision Teaching of Year 1 and Year 2 common exception words, 1:1",
             "Each afternoon when the class teaching assistant is not needed to support the group",
             "10 minutes",
             "Teaching assistant trained in Precision Teaching by Fernhill Educational Psychology Service",
             "Daily probe chart, checked half-termly by the SENCO"],
            ["E10", "Numicon 'Firm Foundations' teaching in a group of no more than four pupils, pre-teaching the number work for the next maths lesson",
             "Monday, Wednesday and Friday mornings", "20 minutes",
             "HLTA who has completed the Numicon Firm Foundations course",
             "Numicon assessment each term; results shared with parents"],
            ["E8", "Attention and listening group work in a small group",
             "Three times a week", "20 minutes", "Teaching assistant", "Class teacher"],
            ["E8", "Strategies to support Ezra's attention, as set out in the educational psychology advice of 3 November 2025 (Appendix K4)",
             "Daily", "Throughout lessons", "Class teacher", "SENCO learning walk each term"],
            ["E8", "A 'now and next' board on Ezra's table and a 5-minute sand timer for each independent task; the teaching assistant checks in with him each time the timer runs out",
             "Every independent task, in every lesson", "5-minute blocks",
             "Ezra's named teaching assistant (as above)",
             "Class teacher records his on-task time once a week"],
        ]),
        ("Social, emotional and mental health", [
            ["E6", "1:1 Zones of Regulation sessions: naming feelings, linking them to the four zones and practising two calming tools from his toolkit",
             "Tuesdays and Thursdays, 10:40 to 11:00", "20 minutes",
             "ELSA trained by Fernhill Educational Psychology Service, with half-termly supervision from the EP",
             "Progress reviewed termly by the SENCO with Ezra's parents"],
            ["E6", "Emotional literacy programme \u2013 content to be agreed once the educational psychologist has completed a follow-up observation in the summer term",
             "TBC", "TBC", "To be confirmed", "EP"],
            ["E7", "Adult support at morning play and lunchtime to help Ezra join in games and sort out disagreements, to be reduced gradually as his confidence grows",
             "Every playtime and lunchtime", "15 minutes (morning play); 45 minutes (lunch)",
             "Named midday supervisor", "Incident log checked weekly by the class teacher"],
            ["E6", "Time with a familiar adult to talk through worries",
             "As and when Ezra needs it", "", "Familiar adult", ""],
            ["E7", "LEGO-based therapy group (builder, supplier and engineer roles) with two other pupils",
             "Every Wednesday lunchtime", "30\u201345 minutes",
             "Teaching assistant trained in LEGO-based therapy",
             "Session notes; SENCO reviews each term"],
        ]),
        ("Sensory and physical", [
            ["E9", "Occupational therapy advice to class staff on Ezra's pencil grip, seating and letter formation",
             "One visit each term", "", "NHS occupational therapist", "OT to check at next visit"],
            ["E9", "A wobble cushion, a writing slope and a triangular pencil grip for Ezra's own use, kept at his table",
             "Every lesson", "\u2014", "Class teacher makes sure they are set out",
             "Checked at the termly SEN review"],
            ["E8", "Movement break using a short sensory circuit (wall push-ups, star jumps, carrying the register to the office)",
             "", "5 minutes", "Class teaching assistant", ""],
        ]),
        ("Home and school", [
            ["E3", "Home reading: Ezra's parents to share his phonically decodable book with him",
             "Every evening", "10 minutes", "Parents",
             "Reading record checked weekly by the class teacher"],
        ]),
    ]
    _provision_table(d, header, groups, widths)

    # ---- G onwards (portrait) -------------------------------------------------------
    _new_section(d, landscape=False)
    d.heading("Section G \u2014 Health provision (help with my health)", section="G")
    d.bullets([
        "Hearing checked by Fernhill Children's Hearing Service every six months because of Ezra's history of glue ear (next appointment April 2026).",
        "Assessment of Ezra's attention by the community paediatrician, when he reaches the top of the neurodevelopmental waiting list.",
        "Paediatric advice to school on managing Ezra's attention as appropriate.",
    ])
    d.para("The health provision above has been agreed by Fernhill and Wyeford Integrated Care "
           "Board (designated clinical officer, 30/01/2026).")

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick "
              "and Disabled Persons Act 1970", section="H1")
    d.para("None. Ezra has not been assessed as needing services under section 2 of the Chronically "
           "Sick and Disabled Persons Act 1970.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("A place for Hannah on the Fernhill Family Hub 'Calmer Bedtimes' parenting group: six "
           "weekly 2-hour sessions starting on 3 March 2026.")

    d.heading("Section I \u2014 Placement (my school)", section="I")
    d.para("Larchwood Primary School, Fernhill (mainstream maintained community primary school).")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Ezra's parents have not asked for a personal budget. Information about personal "
           "budgets was given to them at the planning meeting on 9 December 2025.")

    d.heading("Section K \u2014 Advice and information (who was asked)", section="K")
    d.para("The following advice was gathered during the EHC needs assessment and is attached to "
           "this plan as appendices K1 to K8.")
    d.table(["No.", "Advice", "From", "Date"], [
        ["K1", "Parents' views and Ezra's views", "Hannah Pennington and Callum Whyte", "24/10/2025"],
        ["K2", "Educational advice", "Mrs A. Kowalczyk, SENCO, Larchwood Primary School", "06/11/2025"],
        ["K3", "Medical advice", "Dr T. Ferreira, Community Paediatrician", "12/11/2025"],
        ["K4", "Educational psychology advice", "Dr M. Sandhu, Educational Psychologist", "03/11/2025"],
        ["K5", "Speech and language therapy advice", "Fernhill Children's Therapy Service", "21/10/2025"],
        ["K6", "Occupational therapy advice", "Fernhill Children's Therapy Service", ""],
        ["K7", "Audiology report", "Fernhill Children's Hearing Service", "14/10/2025"],
        ["K8", "Social care advice", "Fernhill Family Hub (Early Help)", "18/11/2025"],
    ], widths_cm=[1.2, 5.6, 7.2, 2.6], repeat_header=False)
    d.para("Signed on behalf of Fernhill Borough Council: Bethan Quarrie, EHC co-ordinator. "
           "Date: 09/02/2026.", size=10)
