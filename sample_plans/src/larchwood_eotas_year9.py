"""Larchwood County Council - Year 9 girl with ME/chronic fatigue syndrome. Part of her week
is at the Hospital Education Service (a pupil referral unit for pupils with medical needs);
the rest is education otherwise than in school under section 61 (live lessons with an online
school and home tuition). FINAL amended plan. Word Heading 1 headings made of the section
letter, a tab and the title ('F<tab>Special educational provision', 'H1<tab>...'). Bold-label
cover lines. E is bullets under preparing-for-adulthood sub-headings. Section F opens with
the s.61 statement and the weekly hours, then ONE four-column table
(When | What will be provided | Who provides it, and their training | Where) whose rows are
grouped under full-width shaded banner rows for each weekday ('Monday' ... 'Friday'), then
'Across the week' and 'Each half-term and each term'; the weekday comes only from the banner.
One 'Who' cell and one 'Where' cell are blank. H1/H2 split. Running header and page footer."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Freya Lindqvist-Moss"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_text(cell, text, bold=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def _banded_table(d, header, groups, widths):
    t = d.doc.add_table(rows=0, cols=len(header))
    t.style = d.doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    cells = t.add_row().cells
    for c, h in zip(cells, header):
        _cell_text(c, h, bold=True)
        _shade(c, "C9D9C3")
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for banner, rows in groups:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        _cell_text(merged, banner, bold=True, size=10)
        _shade(merged, "EAF1E6")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                _cell_text(c, v)
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, c in enumerate(row.cells):
            if ci < len(widths):
                c.width = Cm(widths[ci])
    d.doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _h(d, letter, title):
    d.heading(f"{letter}\t{title}", section=letter)


def build(d):
    d.running_header_footer("Larchwood County Council \u2013 EHC plan \u2013 Freya Lindqvist-Moss "
                            "(DOB 21/11/2011)", footer_left="Final amended plan, 2 March 2026",
                            first_page_plain=True)
    d.title("LARCHWOOD COUNTY COUNCIL", size=12, color="3B5B2E")
    d.title("Education, Health and Care Plan", size=22, color="3B5B2E")
    d.para("Final amended plan", bold=True, size=12)
    d.label_para("Name: ", "Freya Lindqvist-Moss")
    d.label_para("Date of birth: ", "21/11/2011")
    d.label_para("Year group: ", "Year 9")
    d.label_para("NHS number: ", "999 604 2187")
    d.label_para("UPN: ", "H999304118260")
    d.label_para("Address: ", "Holly Barn, 4 Stoney Lane, Upper Larchwood, XJ2 5NP")
    d.label_para("Parents: ", "Helen Moss and Anders Lindqvist")
    d.label_para("Telephone: ", "01632 960391 (home); 07700 900578 (Helen)")
    d.label_para("E-mail: ", "helen.moss@example.org")
    d.label_para("Education: ", "Larchwood Hospital Education Service (Tuesday and Thursday) and education otherwise than in school (Monday, Wednesday and Friday)")
    d.label_para("Date of this plan: ", "2 March 2026")
    d.label_para("Interim review: ", "September 2026")
    d.label_para("Annual review by: ", "1 March 2027")
    d.label_para("Case officer: ", "Gareth Pryce-Ollerton, Larchwood SEND Statutory Team")

    _h(d, "A", "Views, interests and aspirations")
    d.heading("Freya's views", level=2)
    d.para("Freya typed her views on her laptop over three short sessions in January 2026, "
           "because she could not manage to do it in one go. Her EOTAS coordinator, Ms "
           "Okafor, put them together with her and read them back to her.")
    d.para("\"Before I got ill I was in the top sets and did netball and orchestra. Now a "
           "good day is two hours of work and then I have to lie down. If I push it I pay "
           "for it for days. The online lessons are good because I can do them from the "
           "sofa, but I miss people. I like the Thursday group at Ward Road. I am scared of "
           "falling so far behind that I can't do GCSEs. I still want to be a marine "
           "biologist and live by the sea and learn to drive. I want teachers to believe "
           "me when I say I'm tired.\"")
    d.heading("Her parents' views", level=2)
    d.para("Helen and Anders say Freya is determined, clever and very funny, and that the "
           "illness has taken away her friends, her music and her confidence. They want her "
           "education to fit around her energy rather than the other way round, with "
           "teachers who understand post-exertional malaise. They worry that she is lonely "
           "and that her older brother Tobias now does things she cannot. They hope she can "
           "take a smaller number of GCSEs and go on to sixth form or college.")
    d.heading("Looking ahead", level=2)
    d.para("Freya would like to study marine biology at university, live near the coast, "
           "drive her own car and have a part-time job at an aquarium or sea-life centre "
           "while she studies.")

    _h(d, "B", "Special educational needs")
    d.heading("Cognition and learning", level=2)
    d.para("Freya has average to above-average ability, but ME/CFS affects her thinking as "
           "well as her body. After about 30 minutes of concentrated work her processing "
           "slows, she loses her train of thought and she cannot retain new information; "
           "she describes this as \"brain fog\". She missed most of Year 8 and has gaps in "
           "maths (fractions, negative numbers, algebra) and science. She cannot manage a "
           "full lesson of copying or note-taking, and she finds it hard to plan work over "
           "a week and keep track of deadlines.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Freya has lost contact with most of her friends from Thornfield High School and "
           "is socially isolated. She is anxious about falling behind and about not being "
           "believed, and her mood has been low since the autumn. She needs regular contact "
           "with other young people in a setting where she can rest.")
    d.heading("Sensory and physical", level=2)
    d.para("Freya has moderate ME/CFS. Any physical, mental or social activity beyond her "
           "limit is followed, usually a day or two later, by a crash lasting several days "
           "(post-exertional malaise). She cannot sit upright for more than about 30 "
           "minutes because she becomes dizzy (orthostatic intolerance) and needs to recline "
           "or lie down. Bright light and background noise quickly exhaust her. She can "
           "walk short distances but uses a wheelchair for longer ones.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Freya will choose her GCSE options this year and needs guidance on subjects and "
           "routes that suit a reduced timetable. She has no experience of the world of "
           "work. She relies on her parents for meals and has stopped cooking for herself.")

    _h(d, "C", "Health needs")
    d.para("Freya was diagnosed with myalgic encephalomyelitis / chronic fatigue syndrome in "
           "March 2025 by the paediatric CFS/ME team at Larchwood General Hospital, after a "
           "viral illness in late 2024. She has orthostatic intolerance, unrefreshing sleep, "
           "headaches and muscle pain, and sensitivity to light and noise. The team has "
           "agreed an activity and rest plan with her that limits her to about 8 hours of "
           "planned activity of all kinds per week.")

    _h(d, "D", "Social care needs")
    d.para("Freya is a disabled child. She rarely leaves the house apart from her education "
           "sessions and hospital appointments, and has very little contact with young "
           "people of her age outside them. Her parents both reduced their working hours to "
           "care for her. The Children with Disabilities Team completed an assessment on 20 "
           "January 2026.")

    _h(d, "E", "Outcomes")
    d.para("The EOTAS coordinator will agree half-termly steps towards each outcome with "
           "Freya at the half-termly review meeting.")
    d.heading("Education and employment", level=2)
    d.bullets([
        "By July 2027, Freya will complete and hand in at least 80% of the work set in English, maths and science each half-term, within her agreed weekly hours.",
        "By the end of Year 10, Freya will choose her GCSE subjects with a careers adviser and explain how each one links to her plan to study marine biology.",
        "Freya will catch up on the work she missed in Year 8.",
    ])
    d.heading("Health", level=2)
    d.bullets([
        "By December 2026, Freya will keep her own daily activity and rest diary and use it to plan her week with the EOTAS coordinator, without a parent filling it in.",
        "Freya will be well enough to go back to school full time.",
    ])
    d.heading("Friends, relationships and community", level=2)
    d.bullets([
        "By July 2026, Freya will take part in the Thursday creative group on at least three Thursdays out of four and name one pupil there she talks to.",
        "Freya will attend the Hospital Education Service twice a week.",
    ])
    d.heading("Independent living", level=2)
    d.bullets([
        "By her next annual review, Freya will make herself a simple lunch at home on two days a week, sitting on a perching stool and following her pacing plan.",
    ])

    _h(d, "F", "Special educational provision")
    d.para("Under section 61 of the Children and Families Act 2014, the local authority has "
           "decided that it would be inappropriate for the provision on Mondays, Wednesdays "
           "and Fridays, and the home tuition, to be made in a school, and arranges it "
           "otherwise than in a school. The Tuesday and Thursday provision is made by the "
           "Larchwood Hospital Education Service. The fixed sessions below add up to 5 hours "
           "55 minutes each week, within the 8-hour weekly activity limit agreed with the "
           "CFS/ME team. Provision runs in term time (39 weeks) for the life of this plan.")
    _banded_table(d, ["When", "What will be provided", "Who provides it, and their training", "Where"], [
        ("Monday", [
            ["9:30\u201310:30",
             "Live online English lesson following the Key Stage 3 scheme (currently poetry and non-fiction writing) in a virtual class of no more than 12 pupils, with Freya's camera off if she chooses; the recording is e-mailed to her the same day so that she can catch up on anything she misses",
             "Qualified teacher of English, Brightpath Online School",
             "Home, on her laptop"],
            ["14:00\u201314:40",
             "One-to-one online mentoring on planning her week's work and keeping on top of deadlines, subject to review at the end of the spring term",
             "Brightpath learning mentor",
             "Home (video call)"],
        ]),
        ("Tuesday", [
            ["10:00\u201311:30, with a 10-minute lying-down rest at 10:40",
             "Maths teaching, one to one in the small teaching room, to close the gaps from Year 8 (fractions, negative numbers and algebraic notation)",
             "Qualified maths teacher, Larchwood Hospital Education Service",
             "Hospital Education Service, Ward Road"],
            ["After maths",
             "The chance to stay on and chat with other pupils in the common room if Freya feels well enough",
             "",
             "Hospital Education Service, Ward Road"],
        ]),
        ("Wednesday", [
            ["11:00\u201311:45",
             "Home tuition in science (biology and chemistry), following Brightpath's Key Stage 3 scheme of work so that Freya neither repeats nor misses topics, with a practical demonstration every other week",
             "Qualified science teacher from the Larchwood Home Tuition Team",
             "Freya's home"],
            ["Afternoon, 45 minutes each",
             "Up to two further live online lessons chosen from geography, history and computing",
             "Brightpath Online School subject teachers",
             "Home"],
        ]),
        ("Thursday", [
            ["10:00\u201311:00, with a 5-minute break at half time",
             "'Write and Make' creative group: a shared writing and art project with other Key Stage 3 pupils, in a group of no more than four, with a reclining chair for Freya",
             "Qualified art teacher, Larchwood Hospital Education Service",
             "Hospital Education Service, art room"],
            ["Not yet fixed",
             "Weekly counselling about living with a long-term illness, once the service's counsellor has capacity",
             "Hospital Education Service counsellor",
             "Ward Road"],
        ]),
        ("Friday", [
            ["10:00\u201310:30",
             "Study skills and memory strategies (mind maps, spaced retrieval practice, chunking notes), reducing to fortnightly once Freya is coping",
             "Home tutor",
             "Home"],
            ["Friday morning",
             "Project work set by Brightpath, completed independently with her parents supervising",
             "Freya's parents",
             "Home"],
            ["14:00\u201314:30",
             "Planning call with Freya and a parent: going through her activity and rest diary against the limit agreed with the CFS/ME team and setting next week's timetable from the fixed sessions in this table",
             "EOTAS coordinator (a qualified teacher in the Larchwood Medical Needs Team)",
             "Video call"],
        ]),
        ("Across the week", [
            ["Every session longer than 30 minutes",
             "A 5-minute rest break at the 30-minute point, with the lights dimmed and Freya lying down or reclining",
             "The teacher or tutor leading the session",
             "All settings"],
            ["All sessions",
             "Every teacher and tutor will follow the energy management advice in the CFS/ME team's letter of 12 September 2025",
             "All of Freya's teachers and tutors",
             "All settings"],
            ["From April 2026",
             "A laptop and any software she needs",
             "Larchwood County Council",
             "Home and Hospital Education Service"],
            ["From the summer term 2026",
             "Freya's weekly hours will be increased in stages when the EOTAS coordinator judges that she is ready",
             "EOTAS coordinator",
             "All settings"],
            ["Once a term",
             "Advice to Freya's teachers and tutors on pacing, posture and screen use",
             "Occupational therapist, paediatric CFS/ME team",
             "Virtual meeting"],
            ["Each year",
             "EOTAS package funded at \u00a39,400 a year from the high needs block",
             "Larchwood County Council",
             ""],
        ]),
        ("Each half-term and each term", [
            ["Each half-term, 45 minutes",
             "Review meeting with Freya, her parents, the EOTAS coordinator, her Brightpath tutor and the Hospital Education Service lead teacher, to check her attendance and energy diary against this timetable; any change to the hours above is made by amending this plan",
             "Chaired by the EOTAS coordinator",
             "Video call"],
            ["One in the spring term and one in the summer term 2026, 40 minutes each",
             "Careers guidance interviews exploring GCSE options that fit a reduced timetable, and routes into marine biology",
             "Careers adviser holding a Level 6 qualification in career guidance, Larchwood Careers Service",
             "Video call"],
            ["Each term",
             "Freya would benefit from virtual work-related activities, for example online talks from scientists or a virtual work experience week",
             "Brightpath Online School",
             "Online"],
        ]),
    ], widths=[3.1, 6.9, 4.2, 2.4])

    _h(d, "G", "Health provision")
    d.bullets([
        "Review every three months by the paediatric CFS/ME team at Larchwood General Hospital (consultant paediatrician and clinical nurse specialist), including her activity and rest plan.",
        "Amitriptyline 10 mg each night for pain and sleep, prescribed by the consultant and given at home by her parents.",
        "Paracetamol as required for headaches under her medication plan, kept in the Hospital Education Service office and given only with her parents' written consent.",
        "Review of Freya's low mood by the CFS/ME team's clinical psychologist if she meets the service criteria.",
        "A lightweight wheelchair for days out and hospital appointments \u2013 to be confirmed by health.",
    ])

    _h(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    d.para("A befriender from the Larchwood Befriending Scheme for 2 hours every other "
           "Saturday, at home or on short trips out, arranged by the Children with "
           "Disabilities Team.")
    _h(d, "H2", "Other social care provision")
    d.para("Support for Helen and Anders as carers from the Larchwood Carers' Centre where needed.")

    _h(d, "I", "Placement")
    d.para("Larchwood Hospital Education Service, Ward Road, Larchwood (pupil referral unit for pupils with medical needs) \u2013 Tuesday and Thursday mornings.")
    d.para("For the rest of the week, education otherwise than in school under section 61 of the Children and Families Act 2014: live online lessons with Brightpath Online School and home tuition, as set out in Section F.")

    _h(d, "J", "Personal budget")
    d.para("A personal budget was discussed with Helen and Anders in January 2026; they decided not to request one.")

    _h(d, "K", "Advice and information")
    d.bullets([
        "Views of Freya and her parents \u2013 collected by Ms D. Okafor, EOTAS coordinator, January 2026",
        "Educational advice \u2013 Larchwood Hospital Education Service, Mrs J. Albright, lead teacher, 19 January 2026",
        "Brightpath Online School \u2013 progress report",
        "Educational psychology advice \u2013 Dr Samir Haddad, Educational Psychologist, 26 January 2026",
        "Medical advice \u2013 Dr Ruth Calloway, Consultant Paediatrician, Larchwood CFS/ME Team, 14 January 2026",
        "Occupational therapy advice \u2013 Larchwood CFS/ME Team, 14 January 2026",
        "Social care advice \u2013 Children with Disabilities Team, 20 January 2026",
        "Preparing for adulthood advice \u2013 Larchwood Careers Service, 9 February 2026",
    ])
