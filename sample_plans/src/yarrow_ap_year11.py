"""Borough of Sallowmere - Year 11 young person with SEMH needs arising from early trauma,
who is also a young carer, at an alternative provision academy with a one-day-a-week college
link; amended plan after the phase-transfer review, naming the AP academy to July 2026 and
the FE college from September 2026. Headings are bold upper-case Normal text (no heading
styles) in a young-person-friendly form with the statutory title in brackets ('SECTION F -
WHAT WILL HELP ME (SPECIAL EDUCATIONAL PROVISION)'). Bold-label cover lines. E numbered
E1-E8. Section F is one four-column table (What we will do | So that Tyler can ... | Who,
and their training | When and how much) with shaded, merged banner rows by setting/phase and
a repeated header row; some cells blank. H1 and H2 separate. FINAL amended plan."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Tyler Ashdown"
HEAD_COLOUR = "7030A0"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=12.5, color=HEAD_COLOUR)


def _sub(d, text):
    d.para(text, bold=True)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _fill(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)


def _provision_table(d, header, groups, widths):
    doc = d.doc
    t = doc.add_table(rows=0, cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hrow = t.add_row()
    for c, h in zip(hrow.cells, header):
        _fill(c, h, bold=True)
        _shade(c, "D9C3E9")
    trpr = hrow._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for banner, rows in groups:
        brow = t.add_row()
        merged = brow.cells[0].merge(brow.cells[-1])
        _fill(merged, banner, bold=True, size=10)
        _shade(merged, "EFE6F6")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                _fill(c, v)
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            try:
                row.cells[ci].width = Cm(w)
            except IndexError:
                pass
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build(d):
    d.simple_footer("Borough of Sallowmere SEND Team  \u2022  Final amended EHC plan  \u2022  "
                    "Tyler Ashdown  \u2022  16 March 2026")
    d.title("Borough of Sallowmere", size=13, color=HEAD_COLOUR)
    d.title("Education, Health and Care Plan", size=21, color=HEAD_COLOUR)
    d.para("FINAL AMENDED PLAN (following the Year 11 annual review)", bold=True)
    d.label_para("Young person: ", "Tyler Ashdown")
    d.label_para("Date of birth: ", "3 March 2010")
    d.label_para("NHS number: ", "999 284 7731")
    d.label_para("UPN: ", "Z999000577215")
    d.label_para("Lives with: ", "Kerry Ashdown (mum), brother Mason (9) and sister Ellie-Mae (6)")
    d.label_para("Address: ", "27 Wharfside Terrace, Sallowmere, XJ3 6TD")
    d.label_para("Contact: ", "Kerry Ashdown, 07700 900274, kerry.ashdown@example.org; home 01632 960391")
    d.label_para("Other important adult: ", "Sandra Ashdown (nan), who lives two streets away")
    d.label_para("Current setting: ", "Yarrow Academy (Year 11), with Thursdays at Kettlewick College")
    d.label_para("Annual review meeting: ", "5 February 2026")
    d.label_para("Proposed amendments sent: ", "17 February 2026")
    d.label_para("Date of this final amended plan: ", "16 March 2026")
    d.label_para("Next annual review by: ", "4 February 2027")
    d.label_para("SEND officer: ", "Declan Mayhew-Osei")

    # ---------------------------------------------------------------- A
    _h(d, "SECTION A \u2013 ABOUT ME (VIEWS, INTERESTS AND ASPIRATIONS)", section="A")
    _sub(d, "What Tyler says")
    d.para("Tyler talked to his key adult at Yarrow while they played pool on 14 January 2026; "
           "she wrote down what he said and read it back to him, and he changed two bits.")
    d.para("\"I'm into cars and anything with an engine. On Thursdays at college I've been "
           "taking a brake system apart and I actually got it back together. I want to be a "
           "mechanic and have my own garage one day. School was rubbish for me because teachers "
           "shouted and I'd kick off. Here it's better because they don't make a big thing of "
           "it. I look after my mum a lot \u2013 I do tea and get Ellie-Mae ready \u2013 so "
           "sometimes I'm knackered. I don't want people feeling sorry for me. I want to pass "
           "English and maths so I can do Level 2 at college.\"")
    _sub(d, "What Tyler's mum says")
    d.para("Kerry says Tyler is loyal, funny and brilliant with his brother and sister, and "
           "that he does far more at home than a 15-year-old should because of her multiple "
           "sclerosis. She wants him to have a life of his own, to go to college in September "
           "and to stick at it. She worries that when something reminds him of the past he "
           "\"goes from nought to a hundred\" and that a new place will set him back.")

    # ---------------------------------------------------------------- B
    _h(d, "SECTION B \u2013 MY SPECIAL EDUCATIONAL NEEDS", section="B")
    _sub(d, "Social, emotional and mental health")
    d.para("Tyler lived with domestic abuse until he was nine. Since then he has shown signs of "
           "complex trauma: he is constantly alert to noise and raised voices, reads neutral "
           "faces as angry, and when he feels threatened he swears, throws furniture or walks "
           "out. At his previous secondary school this led to a permanent exclusion in Year 9. "
           "At Yarrow, incidents have dropped from several a week to about two a week, mostly "
           "on Mondays and after contact with social care. He finds it very hard to trust new "
           "adults and needs one consistent key adult. He sleeps badly and often arrives "
           "exhausted. He is not yet able to name his feelings or what triggers them.")
    _sub(d, "Cognition and learning")
    d.para("Tyler missed large parts of Years 8 to 10. His reading age is 11 years 2 months "
           "(New Group Reading Test, January 2026) and he avoids reading aloud. In maths he is "
           "secure with number but has gaps in algebra, ratio and geometry. He is working "
           "towards grade 3 in both subjects and is capable of grade 4 with targeted teaching. "
           "Written work is short because he gives up when he cannot spell a word.")
    _sub(d, "Being a young carer")
    d.para("Tyler cares for his mum, who has relapsing multiple sclerosis, and helps with his "
           "brother and sister every evening. As a result he is often late, rarely completes "
           "homework and misses deadlines; he is embarrassed to explain why.")
    _sub(d, "Preparing for adulthood")
    d.para("Tyler wants to work with vehicles. He has never travelled to Kettlewick College "
           "on his own (two buses), has had no work experience and does not yet know how to "
           "apply for a post-16 course or what a Level 1 course involves.")

    # ---------------------------------------------------------------- C
    _h(d, "SECTION C \u2013 MY HEALTH NEEDS", section="C")
    d.para("Tyler was assessed by Sallowmere CAMHS in June 2025. The psychiatrist described "
           "symptoms consistent with post-traumatic stress (hypervigilance, intrusive memories "
           "and poor sleep) and low mood. He has mild asthma, controlled with a reliever "
           "inhaler. He is registered with his GP as a young carer.")

    # ---------------------------------------------------------------- D
    _h(d, "SECTION D \u2013 MY SOCIAL CARE NEEDS", section="D")
    d.para("Sallowmere Children's Services completed a young carer's needs assessment in "
           "January 2026. It found that Tyler provides about 20 hours of care a week, that his "
           "caring role affects his education and wellbeing, and that he needs regular time "
           "away from caring with other young carers. The family has a child in need plan. "
           "Kerry has been referred to adult social care for a Care Act assessment of her own "
           "needs, which should reduce what Tyler has to do at home.")

    # ---------------------------------------------------------------- E
    _h(d, "SECTION E \u2013 WHAT I WANT TO ACHIEVE (OUTCOMES)", section="E")
    d.para("Tyler's key adult will break each outcome into half-termly steps and go through "
           "them with Tyler and Kerry at each progress meeting.")
    d.numbered([
        "By August 2026, Tyler will achieve grade 4 or above in GCSE English Language and GCSE Maths.",
        "By July 2026, Tyler will read a 500-word Key Stage 4 text aloud with at least 95% accuracy and answer five questions about it.",
        "Tyler will stop kicking off in lessons.",
        "Tyler will work with a therapist on his trauma.",
        "By the end of Year 11, Tyler will hand in all his GCSE English coursework tasks by the agreed deadlines.",
        "By October 2026, Tyler will have started a Level 1 Motor Vehicle course at Kettlewick College and attended at least 90% of sessions in his first half-term.",
        "By June 2026, Tyler will travel by bus from home to Kettlewick College and back on his own every Thursday for four weeks in a row.",
        "Tyler will be happier and have more friends.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    _h(d, "SECTION F \u2013 WHAT WILL HELP ME (SPECIAL EDUCATIONAL PROVISION)", section="F")
    d.para("The table below is set out by where and when the provision happens. Outcome "
           "numbers refer to Section E. Unless a row gives other dates, the provision is made "
           "in term time for the life of this plan.")
    _provision_table(
        d,
        ["What we will do", "So that Tyler can \u2026", "Who, and their training", "When and how much"],
        [
            ("At Yarrow Academy \u2013 Monday, Tuesday, Wednesday and Friday", [
                ["Teach GCSE English Language and GCSE Maths (Foundation tier) in a class of no more than five students, with a teaching assistant in the room alongside the teacher",
                 "sit both GCSEs in summer 2026 and reach grade 4 (E1)",
                 "Qualified subject teachers (QTS); teaching assistant holding a Level 3 Certificate in Supporting Teaching and Learning",
                 "Five 50-minute lessons of English and five of maths each week"],
                ["Meet Tyler off the minibus at 8:45 and spend ten minutes with him in the Hub, asking how his night and morning at home have gone and going through the day's timetable and any changes",
                 "start the day calm and knowing what is coming (E3)",
                 "Tyler's key adult, an HLTA who has completed the Trauma Informed Schools UK practitioner training",
                 "10 minutes each morning on all four Yarrow days"],
                ["Let Tyler use the Calm Room when he is getting wound up",
                 "calm down and get back to learning (E3)",
                 "Whoever is free",
                 "As and when"],
                ["Trauma-focused cognitive behavioural therapy (TF-CBT), one-to-one, in the therapy room at Yarrow",
                 "understand his reactions to reminders of the past and use grounding skills when he feels unsafe (E3, E4)",
                 "HCPC-registered clinical psychologist, Sallowmere CAMHS Schools Outreach",
                 "One 50-minute session every Wednesday in term time; Tyler and Kerry meet the psychologist each half-term to look at how it is going"],
                ["Family work with Tyler and his mum about his caring role and how they talk to each other",
                 "feel less alone with what happens at home (E8)",
                 "Family therapist",
                 "To be arranged once the family are ready"],
                ["ELSA sessions on noticing what sets off his anger and what his body does before he explodes",
                 "recognise his warning signs (E3)",
                 "ELSA",
                 "Weekly until Easter, then to be reviewed"],
                ["Give Tyler the chance to catch up on work he missed in Years 9 and 10",
                 "fill gaps before the exams (E1)",
                 "Teachers",
                 ""],
                ["Read Write Inc. Fresh Start, taught one-to-one, finishing each session with five minutes of Tyler reading a text he has chosen aloud",
                 "read Key Stage 4 texts accurately (E2)",
                 "Teaching assistant who has completed the Read Write Inc. Fresh Start training",
                 "30 minutes in period 1 on Monday, Wednesday and Friday"],
                ["Mentoring",
                 "E5, E8",
                 "Learning mentor",
                 "Regular sessions"],
                ["Restorative conversations after incidents, following the academy's relationships policy",
                 "repair things with staff and other students (E3)",
                 "Pastoral team",
                 "After each incident"],
                ["Anger management group",
                 "E3",
                 "Pastoral lead",
                 "Half-termly"],
            ]),
            ("At Kettlewick College \u2013 Thursdays", [
                ["A Level 1 motor vehicle taster course in the college workshop, in a group of no more than eight Year 11 link students",
                 "try out the course he wants for September and get used to the college (E6)",
                 "Motor vehicle lecturer with a teaching qualification and IMI Level 3 in light vehicle maintenance",
                 "Every Thursday in term time, 9:30 to 15:00"],
                ["A Yarrow link worker to go with Tyler to college, all day at first, then cut back and stopped when Yarrow judges he can cope alone",
                 "settle at college (E6)",
                 "Link worker",
                 "Every Thursday"],
            ]),
            ("Getting ready for college \u2013 spring and summer terms 2026", [
                ["Three one-to-one careers guidance interviews to choose a post-16 course, complete the Kettlewick application and prepare for the interview and enrolment",
                 "move on to the right course in September (E6)",
                 "Careers adviser holding the Level 6 Diploma in Career Guidance and Development, Sallowmere Careers Hub",
                 "45 minutes each: one before 31 March, one in May and one in early July 2026"],
                ["Draw up a transition plan for the move to college during the summer term",
                 "E6",
                 "To be agreed",
                 ""],
                ["Work experience, if a suitable placement can be found",
                 "find out what working in a garage is like (E6)",
                 "Work-related learning coordinator",
                 ""],
                ["Independent travel training on the two-bus route from home to Kettlewick College, including what to do if a bus does not turn up",
                 "get to college on his own (E7)",
                 "Qualified independent travel trainer, Sallowmere Travel Smart team",
                 "Two sessions a week (Tuesday and Thursday mornings), each covering the full 55-minute journey, for eight weeks from 20 April 2026"],
            ]),
            ("In both settings", [
                ["Be flexible about homework deadlines because of Tyler's caring at home",
                 "E5",
                 "All staff",
                 ""],
                ["A supervised homework and planning session in the Hub, so that coursework is done in school rather than at home",
                 "hand coursework in on time (E5)",
                 "Tyler's key adult (the trauma-informed HLTA above)",
                 "20 minutes at 14:40 on Monday, Wednesday and Friday"],
                ["Strategies from the educational psychology report (November 2025) to be used in lessons",
                 "E3",
                 "All staff",
                 "Every lesson"],
            ]),
        ],
        widths=[5.6, 3.6, 4.0, 3.4],
    )

    # ---------------------------------------------------------------- G
    _h(d, "SECTION G \u2013 MY HEALTH PROVISION", section="G")
    d.bullets([
        "A salbutamol reliever inhaler carried by Tyler, with a spare kept in the Yarrow office, used as required under his asthma plan.",
        "Review of Tyler's sleep and mood by the CAMHS consultant psychiatrist every three months at the Sallowmere CAMHS clinic.",
        "Sleep clinic assessment \u2013 Tyler has been referred and is on the waiting list.",
    ])

    # ---------------------------------------------------------------- H1 / H2
    _h(d, "SECTION H1 \u2013 SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", section="H1")
    d.para("None. Tyler has not been assessed as a disabled child, so no provision is made "
           "under section 2 of the 1970 Act.")
    _h(d, "SECTION H2 \u2013 OTHER SOCIAL CARE PROVISION", section="H2")
    d.bullets([
        "A place in the Sallowmere Young Carers Project Saturday group, 10:00 to 13:00 every other Saturday, with a minibus pick-up from home.",
        "Family support worker visits as needed.",
        "Short breaks from his caring role, arranged through the young carers service.",
    ])

    # ---------------------------------------------------------------- I
    _h(d, "SECTION I \u2013 WHERE I WILL LEARN (PLACEMENT)", section="I")
    d.bullets([
        "Until 31 July 2026: Yarrow Academy, Sallowmere \u2013 alternative provision academy (Key Stage 4), with Thursdays at Kettlewick College as set out in Section F.",
        "From 1 September 2026: Kettlewick College, Sallowmere \u2013 general further education college, Level 1 Motor Vehicle study programme.",
    ])

    # ---------------------------------------------------------------- J
    _h(d, "SECTION J \u2013 PERSONAL BUDGET", section="J")
    d.para("No personal budget has been requested.")

    # ---------------------------------------------------------------- K
    _h(d, "SECTION K \u2013 ADVICE AND INFORMATION", section="K")
    d.bullets([
        "Tyler's views \u2013 recorded by his key adult, Yarrow Academy, 14 January 2026",
        "Parent's views \u2013 Kerry Ashdown, 16 January 2026",
        "Educational advice \u2013 Mr R. Quayson, Head of Centre, Yarrow Academy, 22 January 2026",
        "Psychological advice \u2013 Dr Nia Whitlock, Educational Psychologist, 14 November 2025",
        "Medical advice \u2013 Dr A. Brennan-Liu, Consultant Child and Adolescent Psychiatrist, Sallowmere CAMHS, 20 January 2026",
        "Social care advice \u2013 young carer's needs assessment, Sallowmere Children's Services, 12 January 2026",
        "Post-16 advice \u2013 Ms E. Garside, Foundation Learning Manager, Kettlewick College, 29 January 2026",
        "Preparing for adulthood advice \u2013 Sallowmere Careers Hub",
    ])
