"""Fellmoor County Council - post-16 young person (17, Year 12) with spina bifida
(lumbar myelomeningocele) and shunted hydrocephalus at a sixth form college, studying three
A-levels, with personal care and continence needs. Headings are bold coloured Normal text
(no heading styles) in the form bare letter, vertical bar, title ('F | Special educational
provision'). Bold-label cover lines; running header and 'Final plan Page X of Y' footer.
E numbered E1-E8. Section F opens with a FREQUENCY KEY (D = every college day, W = once a
week, F = once a fortnight, T = once a term, L = every timetabled A-level lesson) and is one
six-column table (No. | Provision | Freq. | Time | Staff and training | Outcome) in which the
Freq. column holds only the key codes, dashes or words, with shaded full-width PfA banner
rows and a repeated header row. H1/H2 split; social care direct payment. FINAL plan."""

TITLE = "Education, Health and Care Plan - Anya Raistrick"

COLOUR = "7030A0"


def _banner_rows(table, indices, fill="E4DFEC"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for i in indices:
        row = table.rows[i]
        merged = row.cells[0].merge(row.cells[-1])
        for p in merged.paragraphs[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
        for r in merged.paragraphs[0].runs:
            r.bold = True
            r.italic = True
        tcpr = merged._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=13.5, color=COLOUR)


def _sub(d, text):
    d.para(text, bold=True)


def build(d):
    d.running_header_footer("Anya Raistrick  |  Education, Health and Care Plan  |  "
                            "Fellmoor County Council", footer_left="Final plan",
                            first_page_plain=True)
    d.title("Fellmoor County Council", size=13, color=COLOUR)
    d.title("Education, Health and Care Plan", size=22, color=COLOUR)
    d.para("Status: FINAL", bold=True)
    d.label_para("Young person: ", "Anya Raistrick")
    d.label_para("Date of birth: ", "14.03.2009 (age 17)")
    d.label_para("NHS number: ", "999 683 2047")
    d.label_para("Home address: ", "12 Beck Lane, Ashbeck, XJ4 6PD")
    d.label_para("Anya's contact details: ", "07700 900731")
    d.label_para("Parents: ", "Joanne Raistrick and Mark Raistrick, 01632 960318, joanne.raistrick@example.org")
    d.label_para("Current setting: ", "Ashbeck Sixth Form College, Year 12 (first year of A-levels)")
    d.label_para("Date of this plan: ", "13 April 2026")
    d.label_para("Next annual review: ", "by 12 April 2027")
    d.label_para("Plan co-ordinator: ", "Tomasz Wierzbicki, Fellmoor 14-25 SEND Team")
    d.para("Anya read the draft of this plan with her co-ordinator before it was "
           "finalised.", italic=True)

    _h(d, "A | Views, interests and aspirations", section="A")
    _sub(d, "My views")
    d.para("Anya wrote this section herself on 2 February 2026 and chose what to include.")
    d.para("\"I'm doing Psychology, English Lit and Sociology and I actually like college a "
           "lot more than school, because nobody treats me like I'm fragile. What I don't "
           "like is being late for everything because the lift is slow, and having to leave "
           "lessons for my cath with everybody watching. I get tired and my head aches by "
           "Thursday. I want to go to university to do psychology, and I want to live in "
           "halls like everyone else, not at home. I want to learn to drive. Most of my school "
           "friends went to Fellmoor College so I don't really have anyone here yet.\"")
    _sub(d, "My parents' views (shared with my agreement)")
    d.para("Joanne and Mark are proud of how hard Anya works and how determined she is. "
           "They worry that she pushes herself until she is exhausted and that she will not "
           "ask for help with her catheter or her skin when she is away from home. They want "
           "college to help her become fully independent with her personal care and her "
           "hospital appointments before she leaves, and to give her proper advice about "
           "university and student support. Her brother Harvey, who is 14, says she is "
           "\"the bossiest person in Ashbeck\".")

    _h(d, "B | Special educational needs", section="B")
    _sub(d, "Cognition and learning")
    d.para("Anya is a capable student (eight GCSEs at grades 5 to 7), but her hydrocephalus "
           "affects her processing speed and executive functioning. The educational "
           "psychologist (January 2026) found processing speed around the 9th centile, "
           "against verbal reasoning around the 75th. She finds it hard to plan long essays, "
           "to break coursework into stages and to keep track of deadlines, and she takes "
           "much longer than her peers to copy and to make notes. She misses content when she "
           "is out of lessons for medical reasons.")
    _sub(d, "Physical and sensory")
    d.para("Anya has a lumbar myelomeningocele with paralysis below the waist. She uses a "
           "self-propelled wheelchair full time. She can transfer to and from her chair with "
           "a board, but not yet without it, and she finds kerbs, ramps and heavy doors hard "
           "to manage on her own. She needs to relieve pressure on her skin regularly and "
           "has had a pressure sore in the past. Her hand function is good but her handwriting "
           "is slow, and she tires quickly when writing for long periods.")
    _sub(d, "Personal care and independence")
    d.para("Anya has a neurogenic bladder and bowel. She needs intermittent catheterisation "
           "twice during the college day. At home she does this herself, but at college an "
           "adult still sets up her equipment and helps her, because the accessible toilets "
           "are awkward and she has had infections. She needs to learn to manage the whole "
           "routine independently in any toilet, to manage her bowel routine and to recognise "
           "and act on the early signs of a shunt problem.")
    _sub(d, "Social, emotional and mental health")
    d.para("Anya is articulate and confident with adults, but she has become low and "
           "anxious this year. She has few friends at college, feels self-conscious about "
           "leaving lessons for personal care, and worries about how she will cope at "
           "university. She sometimes skips lunch so that she does not have to go to the "
           "crowded canteen.")
    _sub(d, "Preparing for adulthood")
    d.para("Anya wants to study psychology at university and to live away from home. She has "
           "not yet had any guidance on courses, the Disabled Students' Allowance or "
           "accessible accommodation. She has never travelled on public transport alone; her "
           "father drives her to college every day. She cannot yet cook a full meal or plan "
           "a weekly shop, and she relies on her mother to book her hospital and clinic "
           "appointments.")

    _h(d, "C | Health needs", section="C")
    d.para("Anya was born with a lumbar myelomeningocele, closed in the first days of life, "
           "and has hydrocephalus treated with a ventriculo-peritoneal (VP) shunt, last "
           "revised in 2021. Headaches, vomiting, drowsiness or a change in behaviour can be "
           "signs that the shunt is blocked and need an urgent response. She has a neurogenic "
           "bladder (intermittent catheterisation and oxybutynin) and a neurogenic bowel "
           "(managed with a daily routine at home). She is at risk of pressure sores and of "
           "urinary tract infections. She is under the paediatric neurosurgery and urology "
           "teams at Fellmoor Royal Infirmary and will move to adult services at 18.")

    _h(d, "D | Social care needs", section="D")
    d.para("Anya is a disabled young person under 18. Because of her mobility and personal "
           "care needs she cannot go out socially without planned support, and her parents "
           "provide all her personal care at home. She wants to do more with people her own "
           "age, including wheelchair tennis. A Care Act transition assessment is needed so "
           "that adult support is in place by her 18th birthday in March 2027.")

    _h(d, "E | Outcomes", section="E")
    d.para("These outcomes are for the end of Anya's A-level course (July 2027) unless another "
           "date is given. Her personal tutor will agree smaller steps towards them with Anya "
           "each half-term and record them in her learning plan.")
    d.numbered([
        "By July 2027, Anya will hand in every A-level coursework draft by its deadline, using her own planner, without reminders from staff.",
        "Anya will achieve her potential in her A-levels.",
        "By July 2027, Anya will carry out her own intermittent catheterisation at college, including setting up and disposing of her equipment, without help.",
        "By December 2026, Anya will transfer without a board between her wheelchair and a classroom chair, a toilet and a car seat.",
        "Anya will feel more confident and less anxious.",
        "By March 2027, Anya will travel by accessible bus between home and college on her own, at least three days a week.",
        "Anya will go to university.",
        "Anya will be supported by the physiotherapist to stay fit and healthy.",
    ], fmt="E{n}")

    _h(d, "F | Special educational provision", section="F")
    d.para("The provision below must be made during Anya's study programme at Ashbeck Sixth "
           "Form College, in term time, for as long as this plan is maintained.")
    d.para("Frequency key: D = every college day; W = once a week; F = once a fortnight; "
           "T = once a term; L = in every timetabled A-level lesson.", italic=True)
    rows = [
        ["Learning and A-level study", "", "", "", "", ""],
        ["1",
         "1:1 study skills tuition teaching Anya to plan essays, break coursework into stages and keep her own deadline planner",
         "W", "45 minutes",
         "Learning support tutor holding a Level 5 qualification in teaching learners with specific learning difficulties",
         "E1"],
        ["2",
         "Exam access arrangements: 25% extra time, supervised rest breaks with the clock stopped, a word processor and a ground-floor room, for all internal and external A-level assessments",
         "Every assessment", "\u2014",
         "College Exams Officer; invigilators trained in access arrangements",
         "E1, E2"],
        ["3",
         "Copies of lesson slides and notes in advance where possible",
         "L", "\u2014", "Subject teachers", "E2"],
        ["4",
         "Note-taking support in lessons",
         "As req.", "\u2014", "Learning support", "E2"],
        ["5",
         "Catch-up tutorials after medical absences",
         "\u2014", "TBC", "To be agreed", "E2"],
        ["6",
         "A college laptop for Anya's sole use in lessons and assessments, with Read&Write and a text-to-speech voice installed, plus training in using them",
         "L", "Three 1-hour training sessions in the autumn term",
         "Assistive technology adviser (qualified teacher), Fellmoor Physical and Sensory Support Service",
         "E1, E2"],
        ["Personal care, physical skills and independence", "", "", "", "", ""],
        ["7",
         "Teaching Anya to carry out her own intermittent catheterisation at college, step by step from the continence nurse's written plan, until she has managed the whole routine unaided on ten days running",
         "D (10:50 and 14:30)", "15 minutes each time",
         "Personal care assistant trained by the paediatric continence nurse specialist and signed off by her as competent",
         "E3"],
        ["8",
         "Assistance with personal care, toileting and changing",
         "As req.", "\u2014", "Support staff", "E3"],
        ["9",
         "Direct physiotherapy in the college gym on board-free transfers, upper-body strength and wheelchair skills on kerbs and ramps",
         "F", "45 minutes, 1:1",
         "HCPC-registered physiotherapist, Fellmoor Community Neurological Physiotherapy Team",
         "E4"],
        ["10",
         "Pressure-relief and stretching programme",
         "D", "\u2014", "LSA", "E4"],
        ["11",
         "Occupational therapy assessment of Anya's seating and workstation in each teaching room; any equipment recommended will then be supplied",
         "Once, autumn term", "\u2014", "Occupational therapist", "E2, E4"],
        ["12",
         "A timetable adjusted for fatigue, with rest periods as agreed with Anya's personal tutor",
         "\u2014", "\u2014", "Personal tutor", "E2"],
        ["Emotional wellbeing", "", "", "", "", ""],
        ["13",
         "Person-centred counselling on adjusting to college, independence and living with her health condition",
         "W, for 10 weeks from 20 April 2026", "50 minutes",
         "College counsellor registered with the BACP",
         "E5"],
        ["14",
         "Anya can access the Wellbeing Hub at lunchtimes",
         "\u2014", "\u2014", "\u2014", "E5"],
        ["15",
         "Peer mentoring with a second-year student, if a suitable mentor can be found",
         "F", "30 minutes", "Student peer mentor", "E5"],
        ["Preparing for adulthood", "", "", "", "", ""],
        ["16",
         "Individual higher education guidance on psychology degree courses, UCAS, the Disabled Students' Allowance and accessible student accommodation",
         "T", "45 minutes",
         "Careers adviser with the Qualification in Career Guidance (Level 6)",
         "E7"],
        ["17",
         "It is recommended that Anya's parents arrange a driving assessment at the regional mobility centre",
         "\u2014", "\u2014", "Parents", "E6"],
        ["18",
         "Independent living skills: planning, shopping for and cooking a two-course meal within a \u00a310 budget in the college's accessible training kitchen, in a group of no more than four students",
         "W", "90 minutes",
         "Independent living skills tutor (qualified teacher)",
         "E6, E7"],
        ["19",
         "Travel training on accessible buses",
         "W, reducing once Anya is confident", "2 hours", "Travel trainer", "E6"],
        ["20",
         "Work experience placement in a psychology or health-related setting, such as a hospital or a charity",
         "One week, dates TBC", "\u2014", "Work placement team", "E7"],
    ]
    t = d.table(["No.", "Provision", "Freq.", "Time", "Staff and training", "Outcome"], rows,
                widths_cm=[1.0, 6.0, 2.0, 2.2, 3.9, 1.7], font_size=9, header_fill="D9D2E9")
    banners = [i + 1 for i, r in enumerate(rows) if r[0] and not any(r[1:])]
    _banner_rows(t, banners)

    _h(d, "G | Health provision", section="G")
    d.bullets([
        "An individual health care plan written by the neurosurgical clinical nurse specialist, setting out the signs of shunt blockage that college staff must act on and the emergency steps to take; the nurse will update it and brief Anya's personal tutor and personal care assistant every September.",
        "Catheters, lubricant and continence supplies on monthly prescription from the Fellmoor Continence Service.",
        "Oxybutynin taken at home; paracetamol given in college as required for headaches, following the health care plan, with any headache recorded and reported to Anya's parents the same day.",
        "Review of Anya's wheelchair and cushion by the Fellmoor Wheelchair Service, subject to the service's eligibility criteria.",
        "Physiotherapy advice as needed.",
    ])

    _h(d, "H1 | Social care provision under section 2 of the Chronically Sick and Disabled "
          "Persons Act 1970", section="H1")
    d.bullets([
        "Six hours a fortnight of support from a personal assistant, paid for through a social care direct payment, so that Anya can play wheelchair tennis at Ashbeck Leisure Centre and go out with friends.",
        "Short breaks as needed.",
    ])
    _h(d, "H2 | Other social care provision", section="H2")
    d.bullets([
        "A Care Act transition assessment by the Fellmoor Preparing for Adulthood Team, to be completed by 30 September 2026 so that any adult care and support plan is agreed before Anya turns 18.",
    ])

    _h(d, "I | Placement", section="I")
    d.para("Ashbeck Sixth Form College (sixth form college), full-time study programme: "
           "A-levels in Psychology, English Literature and Sociology.")

    _h(d, "J | Personal budget", section="J")
    d.para("The personal assistant in Section H1 is funded through a social care direct "
           "payment made to Joanne Raistrick. Anya has not asked for a personal budget for "
           "her Section F provision.")

    _h(d, "K | Advice and information", section="K")
    d.numbered([
        "Anya's views \u2013 written by Anya, 2 February 2026",
        "Parents' views \u2013 Joanne and Mark Raistrick, 30 January 2026",
        "Educational advice \u2013 Mrs H. Cattermole, Head of Learning Support, Ashbeck Sixth Form College, 5 February 2026",
        "Psychological advice \u2013 Dr Farid Haddad, Educational Psychologist, 22 January 2026",
        "Medical advice \u2013 Dr E. Lindgren, Consultant Paediatrician, Fellmoor Royal Infirmary, 27 January 2026",
        "Physiotherapy advice \u2013 Fellmoor Community Neurological Physiotherapy Team, 29 January 2026",
        "Occupational therapy advice \u2013 Fellmoor Children's Occupational Therapy",
        "Continence advice \u2013 Ms R. Ogunleye, Paediatric Continence Nurse Specialist, 26 January 2026",
        "Social care advice \u2013 Fellmoor Disabled Children's Team, 9 February 2026",
        "Preparing for adulthood advice \u2013 Fellmoor Careers Service, Ms J. Abara, 3 February 2026",
    ], fmt="{n}.")
