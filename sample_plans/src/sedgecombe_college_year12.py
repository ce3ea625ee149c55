"""Sedgecombe County Council - POST-16 young person (aged 17, Year 12) at a general FE
college. Every section heading is a full-width shaded BANNER (a one-cell table) reading
'Section F: Special educational provision'. Section E is a three-column table
(Preparing for adulthood area | Outcome | By when). Section F is grouped under
preparing-for-adulthood sub-headings, and each provision item is a block of labelled lines
('Provision:', 'How often and for how long:', 'Delivered by:'). FINAL."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TITLE = "Education, Health and Care Plan - Kieran Pascoe"

BANNER_FILL = "1D5C63"


def _banner(d, text, section):
    """A full-width one-cell table with a coloured background and white bold text."""
    t = d.doc.add_table(rows=1, cols=1)
    t.style = d.doc.styles["Table Grid"]
    cell = t.rows[0].cells[0]
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12.5)
    r.font.color.rgb = RGBColor.from_string("FFFFFF")
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), BANNER_FILL)
    tcpr.append(shd)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    trpr.append(cant)
    t.autofit = False
    t.columns[0].width = Cm(16.6)
    cell.width = Cm(16.6)
    sp = d.doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(0)
    sp.paragraph_format.keep_with_next = True
    d.headings.append((section, text))


def _subhead(d, text):
    p = d.doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string(BANNER_FILL)


def _block(d, provision, how_often, delivered_by):
    """One provision item as labelled lines, kept together on a page."""
    lines = [("Provision: ", provision), ("How often and for how long: ", how_often),
             ("Delivered by: ", delivered_by)]
    for i, (label, value) in enumerate(lines):
        p = d.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1 if i < len(lines) - 1 else 8)
        p.paragraph_format.left_indent = Cm(0.4)
        if i < len(lines) - 1:
            p.paragraph_format.keep_with_next = True
        r = p.add_run(label)
        r.bold = True
        if value:
            p.add_run(value)


def build(d):
    d.running_header_footer("Sedgecombe County Council  |  EHC Plan  |  Kieran Pascoe  |  FINAL",
                            first_page_plain=True)
    d.title("Sedgecombe County Council", size=14, color=BANNER_FILL)
    d.title("Education, Health and Care Plan", size=22, color=BANNER_FILL)
    d.para("Post-16  \u2022  Final plan following annual review", bold=True)
    d.details_table([
        ("Name", "Kieran Pascoe"),
        ("Date of birth", "4 December 2008"),
        ("NHS number", "999 702 3315"),
        ("Year of education", "Year 12 (first year of post-16 study)"),
        ("Address", "Flat 2, 9 Orchard Rise, Sedgecombe, XJ8 4NS"),
        ("Parent", "Donna Pascoe (mother), 07700 900871"),
        ("College", "Sedgecombe College"),
        ("Date of this plan", "13 February 2026"),
        ("Review by", "12 February 2027"),
        ("Plan co-ordinator", "Hamid Rostami, Post-16 SEND Team"),
    ], widths_cm=(5.0, 11.6), fill="DDEEEE")

    _banner(d, "Section A: Views, interests and aspirations", "A")
    d.para("Kieran is 17. He is gentle, dry-humoured and very knowledgeable about plants, "
           "fishing and old tractors. He lives with his mum Donna and his older sister Jade, and "
           "helps his grandad on his allotment most weekends.")
    d.para("Kieran said: \"College is better than school because nobody shouts. I want a job "
           "outside, maybe at a garden centre or on a farm. I want to get the bus on my own so I "
           "don't have to go in the taxi. I don't like the canteen when it's loud.\"")
    d.para("Donna said: \"Kieran can do far more than people think if you give him time. My "
           "worry is what happens after college - I want him to have a proper job and friends of "
           "his own, and one day to live with some support but not with me.\"")

    _banner(d, "Section B: Special educational needs", "B")
    _subhead(d, "Communication and interaction")
    d.para("Kieran is autistic. He takes language literally, needs time to process spoken "
           "information and rarely asks for help. He finds conversations with unfamiliar people, "
           "including on the telephone, very difficult.")
    _subhead(d, "Cognition and learning")
    d.para("Kieran has moderate learning difficulties. He reads at about Entry Level 2 and his "
           "maths is at Entry Level 1 to 2; he can add amounts of money up to \u00a35 but cannot yet "
           "work out change.")
    _subhead(d, "Social, emotional and mental health")
    d.para("Kieran has generalised anxiety. New places, noise and being rushed can lead him to "
           "shut down and leave the room. He has few friends outside his family.")
    _subhead(d, "Sensory and physical")
    d.para("Kieran is highly sensitive to noise and crowds, especially in the canteen and "
           "corridors at changeover times.")
    _subhead(d, "Independence and preparing for adulthood")
    d.para("Kieran travels to college by LA taxi and has never used a bus alone. He can make "
           "toast and a hot drink but has not cooked a meal. He has not yet done any work "
           "experience.")

    _banner(d, "Section C: Health needs related to SEN", "C")
    d.para("Kieran has epilepsy (focal seizures, about one a month), treated with "
           "levetiracetam. He is under the paediatric neurology team and will move to adult "
           "services at 18. His anxiety has been assessed by CAMHS.")

    _banner(d, "Section D: Social care needs related to SEN or disability", "D")
    d.para("Kieran is supported by the Sedgecombe Disabled Children's Team. He needs an adult "
           "with him to take part in leisure activities outside the home, and his mother has "
           "asked for overnight breaks. He will need a transition assessment under the Care Act "
           "2014 before he turns 18.")

    _banner(d, "Section E: Outcomes", "E")
    d.para("The college will agree termly steps towards each outcome with Kieran and review them "
           "at his progress reviews.")
    d.table(["Preparing for adulthood area", "Outcome", "By when"], [
        ["Employment", "Kieran will complete a 5-hour shift at his work placement, following a written task list, with the job coach checking in no more than twice.", "July 2027"],
        ["Employment", "Kieran will get a job.", ""],
        ["Independent living", "Kieran will travel from home to college on the number 14 bus on his own, five days a week.", "December 2026"],
        ["Independent living", "Kieran will cook a two-course meal for his family using a recipe card and a budget of \u00a310.", "End of the study programme (July 2027)"],
        ["Community inclusion", "Kieran will take part in more activities in the community.", "Ongoing"],
        ["Health", "Kieran will receive counselling.", "Summer term 2026"],
        ["Health", "Kieran will book and attend his own GP appointment, using the online booking app.", "By his next annual review"],
    ], widths_cm=[3.6, 9.6, 3.4])

    _banner(d, "Section F: Special educational provision", "F")
    d.para("The college must make the provision below during the 36-week college year unless a "
           "different period is stated.")
    _subhead(d, "Learning and work")
    _block(d, "Study programme on the Step Up to Work (Entry 3) course, taught in a class of no more than 10 students",
           "16.5 hours per week over 36 weeks, Monday to Thursday",
           "Qualified further education lecturers in the Foundation Studies department")
    _block(d, "In-class support in practical workshop sessions (catering and horticulture)",
           "As appropriate to the activity", "Learning support assistant")
    _block(d, "English and maths Functional Skills at Entry Level 2, taught in a group of up to 8 students",
           "Two 90-minute lessons in each subject every week",
           "Functional Skills tutors with a teaching qualification")
    _block(d, "Exam access arrangements for Functional Skills tests: 25% extra time, a reader and a room with no more than four candidates",
           "Every Functional Skills test and mock test",
           "College exams office, with the reader provided by Kieran's named learning support practitioner")
    _block(d, "Work experience placement",
           "To be arranged when a suitable employer becomes available", "Employability team")
    _block(d, "A supported work placement at Sedgecombe Garden Centre in the spring and summer terms, with the job coach beside Kieran for the whole shift in weeks 1 to 4 and for the first and last hour of each shift from week 5",
           "Every Friday, 9:30 to 14:30",
           "Job coach holding the Level 3 Certificate in Supported Employment")
    _block(d, "Careers guidance interviews to plan Kieran's next step after his study programme, in addition to the college's standard careers programme",
           "Two 45-minute interviews a year, in October and March",
           "Careers adviser qualified to Level 6 in careers guidance")
    _subhead(d, "Communication and interaction")
    _block(d, "Speech and language therapy to develop Kieran's social communication skills",
           "A block of six sessions, subject to NHS capacity", "NHS speech and language therapist")
    _block(d, "A social skills group for young adults following the PEERS programme, in a group of six students",
           "One 60-minute session every Wednesday for 16 weeks from September 2026",
           "Two lecturers who have completed the certified PEERS training")
    _block(d, "Extra time to process spoken information and instructions",
           "Throughout the day", "All college staff")
    _subhead(d, "Living independently")
    _block(d, "Independent travel training on the number 14 bus route from home to the Sedgecombe campus, following the five-stage travel training scheme",
           "Three 75-minute sessions a week for the 12 weeks of the autumn term 2026",
           "Travel trainer from the Sedgecombe Independent Travel Training Team who holds the team's accredited travel trainer award")
    _block(d, "Cooking and budgeting skills in the college training flat", "Weekly",
           "Independent living tutor")
    _block(d, "Practice using money in real shops", "Every weekend", "Donna (Kieran's mum)")
    _block(d, "Access to the college's independence skills programme",
           "Where the timetable allows", "Independence skills staff")
    _subhead(d, "Health and wellbeing")
    _block(d, "Individual counselling using CBT-based approaches for anxiety",
           "Between 6 and 10 sessions per year, 50 minutes each",
           "College counsellor accredited by the BACP")
    _block(d, "A daily check-in to plan the day, and a weekly review of how the week has gone",
           "10 minutes at 9:00 every college day in the Student Support Hub; 20 minutes every Thursday at 14:30",
           "Kieran's named learning support practitioner (Level 3 qualification, autism awareness trained)")
    _block(d, "Use of a quiet space when needed", "When Kieran feels anxious", "")
    _subhead(d, "Sensory")
    _block(d, "Sensory strategies as set out in the occupational therapy report of 14 May 2025",
           "Throughout the day", "Teaching and support staff")
    _block(d, "Kieran's own noise-reducing ear defenders, a seat by the door in every teaching room and a reserved booth in the canteen at lunchtime",
           "Every college day",
           "Course tutor arranges the seating plan at the start of each term and tells each lecturer")
    _subhead(d, "Funding")
    _block(d, "High needs top-up funding at Band C", "Per academic year", "Sedgecombe County Council")

    _banner(d, "Section G: Health provision", "G")
    d.bullets([
        "Buccal midazolam to be given as required in line with Kieran's epilepsy care plan, by two college staff trained by the epilepsy specialist nurse, who refreshes the training every September.",
        "Epilepsy review by the paediatric neurology team every 12 months, with transfer to the adult neurology clinic planned for his 18th birthday.",
        "Support from CAMHS for anxiety when Kieran reaches the top of the waiting list.",
    ])

    _banner(d, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("A personal assistant for 4 hours every Saturday so that Kieran can attend Sedgecombe "
           "Climbing Club, funded by a social care direct payment of \u00a364 per week.")
    _banner(d, "Section H2: Other social care provision", "H2")
    d.para("A Care Act transition assessment by the Adult Social Care Transitions Team, to be "
           "completed by 30 September 2026.")
    d.para("Overnight short breaks at Larkfield House when the family needs them.")

    _banner(d, "Section I: Placement", "I")
    d.para("Sedgecombe College, Harrowfield Road campus (general further education college), "
           "Foundation Studies department.")

    _banner(d, "Section J: Personal budget", "J")
    d.para("A social care direct payment of \u00a364 per week funds the personal assistant in "
           "Section H1. No personal budget has been requested for the special educational "
           "provision in Section F.")

    _banner(d, "Section K: Advice and information", "K")
    d.bullets([
        "Views of Kieran and his mother - 2 December 2025",
        "College advice - Ms R. Antwi, Head of Foundation Studies, Sedgecombe College - 8 January 2026",
        "Educational psychology advice - Dr Colm Fairley, Educational Psychologist - 15 January 2026",
        "Medical advice - Dr E. Whitcombe, Consultant Paediatric Neurologist - 18 December 2025",
        "Occupational therapy report - Sedgecombe Children's Therapy Service - 14 May 2025",
        "Preparing for adulthood and careers advice - Sedgecombe College Careers Service - 12 January 2026",
        "Social care advice - Sedgecombe Disabled Children's Team",
    ])
