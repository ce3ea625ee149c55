"""Kelderby Borough Council - Year 7 pupil with social, emotional and mental health needs
after the sudden death of his father, and a developmental language disorder. Placed at a
pupil referral unit (Abbeydale Centre) with a phased return to his mainstream academy.
FINAL plan with an early review date. Cover as bold-label lines; simple centred footer.
Word Heading 1 headings with the letter, a colon and a personalised title ('F: The help Ellis
will get (special educational provision)'). E numbered E1-E9. F opens with a small phase
table (Phase | Dates | Where Ellis attends), then one five-column table
(Ref | Applies in | Provision | Staff and their training | How much and how often) whose rows
are grouped under merged, shaded area banner rows; one Staff cell is blank. Separate H1 and
H2. Section I names both settings and explains the dates."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TITLE = "Education, Health and Care Plan - Ellis Mayhew"

HEAD_FILL = "D5E3E8"
BAND_FILL = "EFE6D2"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _write(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)


def _provision_table(d, header, groups, widths):
    t = d.doc.add_table(rows=0, cols=len(header))
    t.style = d.doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = t.add_row().cells
    for c, h in zip(cells, header):
        _write(c, h, bold=True)
        _shade(c, HEAD_FILL)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for band, rows in groups:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        _write(merged, band, bold=True)
        _shade(merged, BAND_FILL)
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                _write(c, v)
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            try:
                row.cells[ci].width = Cm(w)
            except IndexError:
                pass
    d.doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build(d):
    for name in ("Heading 1", "Heading 2"):
        d.doc.styles[name].font.color.rgb = RGBColor.from_string("2F5C6B")
    d.simple_footer("Kelderby Borough Council \u2013 Education, Health and Care Plan \u2013 "
                    "FINAL \u2013 OFFICIAL-SENSITIVE")
    d.title("Kelderby Borough Council", size=13, color="2F5C6B")
    d.title("Education, Health and Care Plan", size=22, color="2F5C6B")
    d.para("FINAL PLAN", bold=True, size=12)
    d.label_para("Child: ", "Ellis Mayhew")
    d.label_para("Date of birth: ", "03/06/2014")
    d.label_para("Year group: ", "Year 7")
    d.label_para("NHS number: ", "999 208 7754")
    d.label_para("UPN: ", "A999000466021")
    d.label_para("Address: ", "41 Tannery Walk, Kelderby, XJ3 6WD")
    d.label_para("Parent: ", "Kerry Mayhew (mother), 07700 900731, kerry.mayhew@example.org")
    d.label_para("Current setting: ", "Abbeydale Centre (pupil referral unit), since 1 December 2025")
    d.label_para("Home school: ", "St Aidan's Church of England Academy")
    d.label_para("Date plan finalised: ", "12 January 2026")
    d.label_para("Next review: ", "By 10 July 2026 (early review to check the return to St Aidan's)")
    d.label_para("Plan co-ordinator: ", "Hollie Brannigan, Kelderby SEN Team")

    d.heading("A: About Ellis (views, interests and aspirations)", section="A")
    d.heading("Ellis's views", level=2)
    d.para("Ellis shared his views with his speech and language therapist using a Talking Mat "
           "and then a drawing, on 10 November 2025. \"I miss my dad. He used to take me "
           "fishing at the reservoir on Sundays and we built a go-kart. At my old school "
           "people kept asking me about it and I got in fights. Teachers talk too fast and "
           "then shout when I don't do it. At Abbeydale it's quieter and Mr Harland lets me "
           "draw when I'm angry. I want to go back to St Aidan's but not every day straight "
           "away. When I'm big I want to be a mechanic like my dad or make comics.\"")
    d.para("Ellis loves drawing comic strips, riding his BMX, and looking after the family "
           "dog. He is proud of being a good big brother to Poppy.")
    d.heading("Kerry's views", level=2)
    d.para("Kerry says Ellis was a happy, chatty boy before his dad, Darren, died suddenly "
           "in March 2025. Since then he has been angry, has trouble sleeping and will not "
           "let her out of his sight at weekends. She feels his language difficulties were "
           "overlooked during Year 6 and that nobody at St Aidan's knew what had happened "
           "before the fights began. She wants Ellis back in mainstream school, with people "
           "around him who understand grief, and she wants the return to be slow. Ellis's "
           "grandmother, Pauline Rudd, collects him from school twice a week and his older "
           "brother, Connor, who is 16, helps at home.")

    d.heading("B: Ellis's special educational needs", section="B")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ellis's father died suddenly in March 2025, when Ellis was in Year 6. Since then "
           "he has shown intense anger, low mood and anxiety about his mother's safety. When "
           "he is overwhelmed he shouts, leaves the classroom or lashes out, most often at "
           "unstructured times and when he is questioned about his family. He had three "
           "fixed-term suspensions from St Aidan's in October and November 2025 and has "
           "attended Abbeydale Centre full-time since 1 December 2025. He finds unexpected "
           "changes very hard and needs a predictable adult at the start and end of the day. "
           "He has lost confidence with peers and struggles to join groups at lunchtime.")
    d.heading("Communication and interaction", level=2)
    d.para("Ellis was diagnosed with a developmental language disorder in Year 3. He "
           "struggles to understand long or fast instructions and abstract subject "
           "vocabulary, and he often guesses rather than saying he has not understood. His "
           "spoken narratives are short and out of order, and he has word-finding "
           "difficulties. He cannot easily explain his feelings in words, which adds to his "
           "frustration, and he sometimes misreads peers' jokes as insults.")
    d.heading("Cognition and learning", level=2)
    d.para("Ellis's reading age is 9 years 2 months (standardised score 78) and his spelling "
           "is weaker still. He decodes slowly and loses the meaning of longer texts. In maths "
           "he is secure at about Year 4 level and has gaps in fractions and multiplication "
           "facts, many linked to the learning he missed in Year 6.")
    d.heading("Sensory and physical", level=2)
    d.para("No special educational needs have been identified in this area.")

    d.heading("C: Ellis's health needs", section="C")
    d.para("Ellis has mild asthma, controlled with a salbutamol inhaler. He has had "
           "difficulty getting to sleep since his father's death. His GP referred him to "
           "Kelderby CAMHS in September 2025 because of low mood; he has not yet been seen. "
           "His language disorder was diagnosed by the community paediatrician in 2022.")

    d.heading("D: Social care needs", section="D")
    d.para("Ellis lives with his mother, his brother and his baby sister. Kerry is the only "
           "adult in the household and has been struggling with her own grief. The family "
           "has an Early Help plan (November 2025). Ellis is not assessed as a disabled child "
           "for social care purposes.")

    d.heading("E: What we want Ellis to achieve (outcomes)", section="E")
    d.para("Abbeydale and, from Phase 2, St Aidan's will set short-term targets towards these "
           "outcomes each half-term and share them with Ellis and Kerry.")
    d.numbered([
        "By July 2026, Ellis will tell a trusted adult how he is feeling, using his feelings scale or words, before he leaves a lesson, on at least 4 out of 5 occasions.",
        "By the end of Year 7, Ellis will attend St Aidan's full-time and stay for the whole lesson in at least 90% of his lessons over a four-week period.",
        "Ellis will manage his anger better.",
        "By April 2026, Ellis will follow a three-part spoken instruction in class without it being repeated, in 8 out of 10 observed opportunities.",
        "By July 2026, Ellis will retell a story or something that has happened to him in the right order, using at least five linked sentences.",
        "Ellis will receive bereavement counselling.",
        "By the end of Year 8, Ellis will read a Year 6-level text aloud with at least 95% accuracy and answer five questions about it correctly.",
        "Ellis will stop fighting at break times.",
        "Ellis will have a happy life and be a mechanic like his dad.",
    ], fmt="E{n}")

    d.heading("F: The help Ellis will get (special educational provision)", section="F")
    d.para("Ellis's return to St Aidan's happens in three phases. The second column of the "
           "provision table shows the phases in which each item applies.")
    d.table(["Phase", "Dates", "Where Ellis attends"], [
        ["Phase 1", "1 December 2025 to 17 April 2026", "Abbeydale Centre, Monday to Friday, 9:00\u201314:45"],
        ["Phase 2", "20 April to 22 May 2026", "St Aidan's on Tuesdays and Thursdays (8:45\u201315:15); Abbeydale on Mondays, Wednesdays and Fridays"],
        ["Phase 3", "From 1 June 2026", "St Aidan's, full-time"],
    ], widths_cm=[2.2, 5.0, 9.4], font_size=9.5)

    _provision_table(d, ["Ref", "Applies in", "Provision", "Staff and their training", "How much and how often"], [
        ("Social, emotional and mental health (outcomes E1, E2, E3, E8)", [
            ["S1", "All phases",
             "Individual bereavement counselling in which Ellis can talk about his dad, make a memory book and learn to name and manage feelings of grief and anger",
             "A counsellor from Kelderby Child Bereavement Service who is a registered member of the BACP and has completed the service's training in child bereavement",
             "One 50-minute session every Wednesday morning in term time (at Abbeydale in Phase 1, then at St Aidan's)"],
            ["S2", "All phases",
             "A meet-and-greet at the start of each day: his key adult goes through the day's timetable and any changes with Ellis and asks him to rate his mood on his 1\u20135 feelings scale, then checks in with him again before he goes home",
             "At Abbeydale, his key worker (a learning mentor who has completed ELSA training); at St Aidan's, the Year 7 pastoral lead, who has completed the same training",
             "10 minutes on arrival and 5 minutes at the end of every day he attends"],
            ["S3", "Phase 1",
             "Drawing and Talking sessions",
             "Teaching assistant",
             "Weekly at first"],
            ["S4", "All phases",
             "Work on the Zones of Regulation with Ellis as and when he needs it",
             "Abbeydale staff",
             "As and when"],
            ["S5", "All phases",
             "A safe space Ellis can use when he is upset or overwhelmed",
             "",
             "Available all day"],
            ["S6", "Phase 1",
             "Outdoor learning at Abbeydale's allotment and woodland site",
             "Outdoor learning staff",
             "One afternoon a week; to be reviewed at Easter"],
            ["S7", "Phases 2 and 3",
             "A quieter lunchtime club in the St Aidan's library (board games, drawing and Lego), limited to six pupils, where Ellis eats his lunch and is helped to join in with others",
             "The St Aidan's ELSA, a teaching assistant trained through the Kelderby Educational Psychology Service ELSA course",
             "Every lunchtime Ellis is at St Aidan's, 12:35\u201313:15"],
            ["S8", "All phases",
             "Kerry will go through Ellis's Zones of Regulation check-in with him at home every evening",
             "Ellis's mum",
             "Every evening"],
        ]),
        ("Communication and interaction (outcomes E1, E4, E5)", [
            ["C1", "All phases",
             "1:1 speech and language therapy on understanding spoken instructions, learning new subject words (Word Aware approach) and telling events in order (narrative therapy)",
             "An HCPC-registered speech and language therapist commissioned by Kelderby Borough Council from Kelderby Community Therapies",
             "Three six-week blocks in each school year, with one 40-minute session a week in each block (18 sessions a year)"],
            ["C2", "All phases",
             "Practice of Ellis's current therapy targets, using the activities the therapist writes for each block",
             "A teaching assistant who has completed ELKLAN Language Builders training and is shown the new activities by the therapist at the start of each block",
             "15 minutes on Monday, Wednesday and Friday in every week of term, including the weeks between therapy blocks"],
            ["C3", "Phase 3",
             "Advice from the speech and language therapist to St Aidan's staff on helping Ellis join in with group work",
             "Speech and language therapist",
             "One visit in the summer term"],
            ["C4", "All phases",
             "Visual supports in lessons, e.g. now-and-next boards, word mats and visual timetables",
             "Class teachers",
             "Where appropriate"],
        ]),
        ("Cognition and learning (outcome E7)", [
            ["L1", "All phases",
             "Read Write Inc. Fresh Start phonics and reading programme, in a group of no more than four pupils",
             "A teaching assistant who has completed the Read Write Inc. Fresh Start training",
             "Four 30-minute sessions a week during morning registration"],
            ["L2", "Phase 1",
             "Literacy and numeracy catch-up work",
             "Abbeydale staff",
             "Small group, several times a week"],
        ]),
        ("Returning to St Aidan's (outcome E2)", [
            ["R1", "Phase 2",
             "On his first ten days at St Aidan's, the Abbeydale transition teacher meets Ellis at the gate, walks him to tutor time and stays with him until the end of period 1; she then hands over to the Year 7 pastoral lead",
             "Abbeydale transition teacher (a qualified teacher with five years' experience of reintegrating pupils into mainstream school)",
             "75 minutes on each of the Tuesdays and Thursdays from 20 April to 21 May 2026"],
            ["R2", "Phases 2 and 3",
             "1:1 support in lessons at St Aidan's to keep Ellis on task, repeat and simplify instructions and help him use his calm-down plan",
             "A teaching assistant holding the Level 3 Certificate in Supporting Teaching and Learning who has completed Kelderby's trauma-informed practice course",
             "Phase 2: all lessons on his two St Aidan's days (10 hours a week). Phase 3: English, maths, science and humanities lessons (15 hours a week)"],
            ["R3", "Phase 3",
             "Outreach from Abbeydale to St Aidan's once Ellis is full-time there",
             "Abbeydale outreach team",
             "As agreed between the two schools"],
            ["R4", "Phases 2 and 3",
             "Ellis would benefit from a mentor at St Aidan's to help him settle back in",
             "Learning mentor",
             "\u2014"],
            ["R5", "All phases",
             "Consultation from the educational psychologist with Abbeydale and St Aidan's staff about Ellis's return",
             "Educational psychologist",
             "If needed"],
            ["R6", "All phases",
             "Top-up funding at Kelderby AP Band 3 to meet the needs in Section B",
             "Kelderby Borough Council SEN Team",
             "\u00a36,200 per year"],
        ]),
    ], widths=[1.0, 2.0, 5.6, 4.4, 3.6])

    d.heading("G: Health provision", section="G")
    d.bullets([
        "A salbutamol inhaler, kept in Ellis's bag and a spare in the school office, taken as required under his asthma plan.",
        "An annual asthma review with the practice nurse at Brookfield Medical Centre.",
        "Assessment by Kelderby CAMHS of Ellis's low mood and sleep, when he reaches the top of the waiting list.",
    ])

    d.heading("H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Ellis has not been assessed as a disabled child, and no provision is "
           "required under section 2 of the 1970 Act.")

    d.heading("H2: Other social care provision", section="H2")
    d.bullets([
        "An Early Help family support worker from Kelderby Family Hub visits Kerry at home for one hour every fortnight to help with the family's routines and her wellbeing, under the Early Help plan of 4 November 2025.",
        "Ellis will be offered a place in the Family Hub's bereavement group for children when the next group starts.",
    ])

    d.heading("I: Placement", section="I")
    d.para("Abbeydale Centre, Kelderby (pupil referral unit) until 22 May 2026, attending St "
           "Aidan's Church of England Academy on Tuesdays and Thursdays from 20 April 2026; "
           "then St Aidan's Church of England Academy, Kelderby (mainstream academy, 11\u201318) "
           "full-time from 1 June 2026.")
    d.para("Two settings are named because Ellis's return is phased. Both the Centre and the "
           "Academy have been consulted and agree to the dates above.")

    d.heading("J: Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("K: Advice and information", section="K")
    d.bullets([
        "Ellis's views \u2013 gathered with a Talking Mat by Ms R. Okoye, Speech and Language Therapist, 10 November 2025",
        "Kerry Mayhew's views \u2013 12 November 2025",
        "Educational advice \u2013 Mr D. Harland, Head of Centre, Abbeydale Centre, 14 November 2025",
        "Educational advice \u2013 Mrs C. Whitby, SENCO, St Aidan's Church of England Academy, 7 November 2025",
        "Psychological advice \u2013 Dr M. Castellanos, Educational Psychologist, 19 November 2025",
        "Speech and language therapy advice \u2013 Ms R. Okoye, Kelderby Community Therapies, 21 November 2025",
        "Medical advice \u2013 Dr P. Lindqvist, Community Paediatrician, 11 November 2025",
        "Bereavement service report \u2013 Kelderby Child Bereavement Service, 18 November 2025",
        "Social care advice \u2013 Kelderby Early Help Service",
    ])
