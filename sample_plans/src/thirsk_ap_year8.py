"""Vale of Mowbray Council - Year 8 boy with SEMH needs and ADHD, permanently excluded in
November 2025, now at a pupil referral unit with a planned, dual-registered return to a
mainstream academy from September 2026. Word Heading 1 headings with an em dash and a
personalised title ('Section F \u2014 Special educational provision Reece needs'). Running
header with name and DOB; 'FINAL  Page X of Y' footer. Cover details as bold-label lines.
E numbered E1-E8. Section F is ONE six-column table (Ref | Provision | Group size | Staff
and their training | Minutes per session | Sessions per week) with full-width shaded phase
banner rows ('Part 1 ...', 'Part 2 ...', 'Part 3 ...'), refs R1-R20, dashes and blank
cells, repeated header row. H1 says none; H2 has two items. I names the PRU and the academy
with an explanation. FINAL plan."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Reece Wardle-Baines"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _fill(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)


def _provision_table(d, header, parts, widths):
    """parts = [(banner_text, [[ref, provision, group, staff, minutes, sessions], ...]), ...]"""
    doc = d.doc
    ncol = len(header)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.add_row()
    for ci, h in enumerate(header):
        _fill(hdr.cells[ci], h, bold=True)
        _shade(hdr.cells[ci], "C9D3E6")
    trpr = hdr._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    banner_rows = []
    for banner, rows in parts:
        br = t.add_row()
        banner_rows.append((br, banner))
        for row in rows:
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                _fill(cells[ci], val, bold=(ci == 0))
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    for br, banner in banner_rows:
        merged = br.cells[0].merge(br.cells[ncol - 1])
        _fill(merged, banner, bold=True, size=9.5)
        _shade(merged, "EEF1F7")
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build(d):
    d.running_header_footer(
        "Vale of Mowbray Council  |  EHC Plan  |  Reece Wardle-Baines  |  DOB 03.02.2013",
        footer_left="FINAL", first_page_plain=True)
    d.title("Vale of Mowbray Council", size=13, color="34406B")
    d.title("Education, Health and Care Plan", size=21, color="34406B")
    d.para("Status: FINAL     Issued: 9 March 2026", bold=True)
    d.label_para("Name: ", "Reece Wardle-Baines")
    d.label_para("Date of birth: ", "03.02.2013")
    d.label_para("NHS no.: ", "999 604 2187")
    d.label_para("UPN: ", "Z999000161803")
    d.label_para("Address: ", "27 Beckside Terrace, Mowbray Bridge, ZY3 8HD")
    d.label_para("Lives with: ", "Shannon Wardle (mother), her partner Dean Baines, and Reece's sister Lacey (5)")
    d.label_para("Contact: ", "07700 900538, shannon.wardle@example.com")
    d.label_para("National Curriculum year: ", "Year 8")
    d.label_para("Current setting: ", "The Garth Learning Centre (pupil referral unit), since 1 December 2025")
    d.label_para("Annual review due by: ", "8 March 2027")
    d.label_para("Caseworker: ", "Liam Ashworth-Reid, Vale of Mowbray SEND Assessment Team")

    d.heading("Section A \u2014 Reece's views, interests and aspirations", section="A")
    d.heading("In Reece's words", level=2)
    d.para("Reece talked to his key worker at The Garth, Ms Okafor, over two mornings in "
           "January and she wrote down what he said. \"I got kicked out of Kirkby Moor "
           "because of the fight and the stuff before. I know I kick off. My head goes too "
           "fast and then I can't stop it. At the Garth it's better because there's only six "
           "of us and the teachers don't shout. I want to go back to a proper school but not "
           "if it's going to be the same. I'm good at fixing bikes and I like boxing. When "
           "I'm older I want to be a mechanic and have my own garage.\"")
    d.heading("What Reece's family say", level=2)
    d.para("Shannon says Reece is kind, loyal and brilliant with his little sister Lacey, "
           "and that he has been let down by too many changes of school. She says he cannot "
           "sit still, forgets things within minutes and feels that teachers have \"already "
           "made their minds up\" about him. Shannon and Dean want him back in mainstream "
           "school with his friends, but only with a proper plan and the same adults "
           "helping him. They would like him to keep up his boxing, which is the one place "
           "he is calm.")

    d.heading("Section B \u2014 Reece's special educational needs", section="B")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reece has attention deficit hyperactivity disorder (combined type), diagnosed in "
           "2021. He is restless and impulsive: he shouts out, leaves his seat and acts "
           "before thinking about what will happen. When he feels criticised, embarrassed "
           "or treated unfairly his anger rises very quickly, and at Kirkby Moor this led to "
           "swearing at staff, walking out of lessons and, in November 2025, a fight with "
           "another pupil that resulted in his permanent exclusion. He finds it hard to "
           "notice the early signs that he is becoming angry and, once dysregulated, needs "
           "20 to 30 minutes to calm. He has a low opinion of himself as a learner and says "
           "he is \"thick\". He finds it hard to repair friendships after an argument.")
    d.heading("Cognition and learning", level=2)
    d.para("Reece's reasoning skills are in the average range, but his working memory and "
           "processing speed are well below average (educational psychology assessment, "
           "January 2026). He forgets instructions with more than two steps and loses track "
           "in longer tasks. Gaps in his learning from missed schooling mean his reading "
           "age is about 9 years 6 months and his spelling is at about a Year 4 level. He "
           "does not yet know his 6, 7 and 8 times tables and relies on finger counting.")
    d.heading("Communication and interaction", level=2)
    d.para("Reece's language is within the expected range. He can misread other people's "
           "intentions in tense moments, assuming a remark or a look is aimed at him, and "
           "he does not yet have the words to negotiate or to explain his side calmly.")
    d.heading("Sensory and physical", level=2)
    d.para("Reece needs to move often. He fidgets, taps and rocks on his chair, and he "
           "concentrates better after physical activity.")

    d.heading("Section C \u2014 Health needs related to Reece's SEN", section="C")
    d.para("Reece has ADHD and is under the care of Dr S. Halloran, Consultant Community "
           "Paediatrician. He takes a long-acting stimulant medicine each morning at home. "
           "His sleep is poor and he often goes to bed after midnight. He was referred to "
           "CAMHS in 2024 for anger and low mood but did not meet the threshold for the "
           "specialist service at that time.")

    d.heading("Section D \u2014 Social care needs related to Reece's SEN or disability", section="D")
    d.para("The family has been supported by the Vale of Mowbray Early Help service since "
           "the exclusion. Shannon has asked for help with routines at home, especially "
           "bedtimes and mornings, and with managing conflict between Reece and Dean. "
           "Reece is not open to Children's Social Care as a child in need.")

    d.heading("Section E \u2014 Outcomes for Reece", section="E")
    d.para("These outcomes look to the end of Key Stage 3 (July 2027) unless stated. Staff at "
           "The Garth, and then at Kirkby Moor, will agree half-termly targets with Reece "
           "and share them with his family at his six-weekly review meetings.")
    d.numbered([
        "By July 2027, Reece will stay in class for the whole of a one-hour lesson, using his break card instead of walking out, in at least four lessons out of five.",
        "Reece will manage his anger.",
        "By the end of Year 9, Reece will read aloud a text written for Year 7 with at least 90% accuracy and spell 150 of the 200 most common words correctly in a dictation.",
        "Reece will stop swearing at staff.",
        "By December 2026, Reece will attend Kirkby Moor Academy four full days a week, with at least 90% attendance over the half-term.",
        "Reece will receive mentoring and ELSA sessions.",
        "By July 2027, Reece will spend break time with two friends from his tutor group on four days out of five without an adult having to step in to sort out a disagreement.",
        "Reece will become a mechanic.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special educational provision Reece needs", section="F")
    d.para("Part 1 is provided at The Garth Learning Centre. Part 2 is provided at Kirkby "
           "Moor Academy during Reece's dual-registered return, which starts on 7 September "
           "2026. Part 3 applies in both settings. All provision is in term time.")
    _provision_table(d, [
        "Ref", "Provision", "Group size", "Staff and their training",
        "Minutes per session", "Sessions per week",
    ], [
        ("Part 1 \u2013 At The Garth Learning Centre (from 1 December 2025)", [
            ["R1", "English, maths and science taught in a class of no more than six pupils, with a teacher and a teaching assistant in the room for every lesson",
             "Max. 6", "Qualified teachers; teaching assistant holding a Level 3 certificate in supporting teaching and learning", "60", "15 (five of each subject)"],
            ["R2", "Check-in at the start and check-out at the end of each day with his key worker, going through his target card, his points and a plan for anything that went wrong",
             "1:1", "Key worker: a learning mentor who has completed the Check-in/Check-out training from the Vale Behaviour Support Team", "10 at 8:50 and 10 at 14:50", "10 (twice daily)"],
            ["R3", "Anger management work",
             "1:1 or small group", "Pastoral staff", "", "Weekly"],
            ["R4", "Individual CBT-informed sessions teaching Reece to notice the body signals of rising anger, to use a 'stop, breathe, step away' plan and to rehearse what to say afterwards",
             "1:1", "Education Mental Health Practitioner from the Mowbray Mental Health Support Team, supervised by an HCPC-registered clinical psychologist", "45", "1, for 12 weeks from 16 March 2026"],
            ["R5", "Reece may benefit from a movement break when he becomes restless",
             "1:1", "Any adult", "5", "As needed"],
            ["R6", "Literacy intervention",
             "Small group", "TA", "20\u201330", "3"],
            ["R7", "Precision Teaching of the 100 most common spellings and his 6, 7 and 8 times tables, with progress plotted on a daily probe sheet",
             "1:1", "HLTA who has been trained in Precision Teaching by the Vale Educational Psychology Service", "10, straight after registration", "5"],
            ["R8", "Access to the sensory room at the Garth",
             "\u2014", "\u2014", "\u2014", "\u2014"],
            ["R9", "Outdoor learning at the Garth's forest school site (fire-lighting, tool use and shelter building), if places are available",
             "Group of 8", "Outdoor learning leader with a Level 3 Forest School Leader qualification", "120", "1 (Friday mornings)"],
        ]),
        ("Part 2 \u2013 Return to Kirkby Moor Academy (dual registration from 7 September 2026)", [
            ["R10", "Attendance at Kirkby Moor Academy on Tuesday and Thursday mornings (8:40 to 12:15) from 7 September to 23 October 2026, with the rest of the week at The Garth; the academy timetables him into English, maths and PE on those mornings",
             "Mainstream class", "Academy subject teachers, with the teaching assistant in R11", "215", "2"],
            ["R11", "A teaching assistant Reece already knows from The Garth goes with him to every Kirkby Moor lesson during the phased return, sitting nearby, prompting him to use his break card and writing a short note for his key worker at the end of each morning",
             "1:1", "Garth teaching assistant (Level 3 qualification; Team Teach trained)", "215", "2"],
            ["R12", "In-class support at Kirkby Moor, reducing as Reece settles",
             "1:1", "Learning support assistant", "", "Initially every lesson"],
            ["R13", "Mentoring with the academy's pastoral team",
             "1:1", "Pastoral team, as decided by the Head of Year", "", ""],
            ["R14", "ELSA sessions",
             "1:1", "ELSA", "30", "Weekly for six weeks, then to be reviewed"],
            ["R15", "A reduced timetable may be used at the academy's discretion if Reece struggles",
             "\u2014", "Head of Year", "\u2014", "\u2014"],
            ["R16", "A printed task checklist at the start of every lesson, breaking the main task into short numbered steps, and a seat near the door agreed with Reece",
             "Whole class", "Each subject teacher, briefed by the SENCO at the start of every half-term", "2 (start of lesson)", "Every lesson (25)"],
        ]),
        ("Part 3 \u2013 In both settings", [
            ["R17", "Educational psychologist involvement",
             "\u2014", "Educational psychologist", "", "As part of the school's traded hours"],
            ["R18", "Talkabout for Teenagers group (friendship and handling conflict units), practising how to join in, disagree and put things right after an argument",
             "4 pupils", "Learning mentor who has completed Talkabout training", "45", "1 (Wednesday, period 5)"],
            ["R19", "Help with organisation, e.g. planners, reminders and colour-coded exercise books",
             "\u2014", "Form tutor", "\u2014", "Daily"],
            ["R20", "Mum and Dean to use the same points chart at home and to practise the breathing exercises from his CBT sessions with him",
             "1:1", "Parents", "\u2014", "Every evening"],
        ]),
    ], widths=[1.0, 5.6, 2.0, 3.9, 1.9, 2.2])

    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "ADHD medication (methylphenidate, modified release) prescribed and reviewed by the community paediatrician every six months, with height, weight and blood pressure checked at each review.",
        "Sleep hygiene advice and a melatonin trial, to be considered by the paediatrician.",
        "Further CAMHS support if Reece meets the criteria for the specialist service.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 CSDPA 1970", section="H1")
    d.para("None assessed as needed.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.bullets([
        "A family support worker from the Vale of Mowbray Early Help service will visit the family at home for one hour every fortnight until 31 July 2026, working with Shannon and Dean on morning and bedtime routines and on calming conflict at home.",
        "Youth work sessions through the Mowbray Youth Hub as appropriate.",
    ])

    d.heading("Section I \u2014 Placement", section="I")
    d.para("The Garth Learning Centre, Mowbray Bridge (pupil referral unit). From 7 September "
           "2026 Reece will also be registered at Kirkby Moor Academy (mainstream academy, "
           "11-16) for the phased return set out in Section F, and this section will be "
           "amended to name Kirkby Moor Academy alone when the return is complete.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("No request for a personal budget has been made.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.numbered([
        "Reece's views, recorded by Ms A. Okafor, key worker, The Garth Learning Centre, 14 January 2026",
        "Parental views, Shannon Wardle and Dean Baines, 9 January 2026",
        "Educational advice, Mr D. Fenwick, Head of Centre, The Garth Learning Centre, 20 January 2026",
        "Educational advice, Kirkby Moor Academy SENCO, Mrs H. Greenhalgh, 22 January 2026",
        "Psychological advice, Dr Ruth Akinola, Educational Psychologist, 27 January 2026",
        "Medical advice, Dr S. Halloran, Consultant Community Paediatrician, 19 January 2026",
        "Mental health advice, Mowbray Mental Health Support Team (Education Mental Health Practitioner), 2 February 2026",
        "Social care advice, Vale of Mowbray Early Help service",
    ], fmt="{n})")
