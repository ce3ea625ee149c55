"""Otley Moor Borough Council - post-16 young person (18, Year 13) with dyslexia and ADHD at
a general further education college, second year of a Level 3 engineering diploma, planning
to move on to an engineering technician apprenticeship. Plain-text bold coloured headings
with a colon and a plain-English gloss after a dash ('Section F: Special educational
provision - the support I will get'). Bold-label cover lines. E numbered O1-O8 with PfA
outcomes. Section F is in three parts under bold sub-headings: Part 1 a two-column table
(Area | What the college will provide), the provision written out in a sentence in the
right-hand cell; Part 2 a five-column table of additional learning support (Support | Staff
and their qualification | Sessions | Length | Weeks a year); Part 3 numbered paragraphs 3.1
to 3.8 on the move to an apprenticeship. H1 marked not applicable (18+); H2 'none'.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Reece Fairbairn"

COL = "0E5A4E"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=13.5, color=COL)


def _sub(d, text):
    d.bold_line(text, size=11.5)


def build(d):
    d.running_header_footer("Otley Moor Borough Council  |  EHC Plan  |  Reece Fairbairn",
                            footer_left="Final plan", first_page_plain=True)
    d.title("Otley Moor Borough Council", size=13, color=COL)
    d.title("Education, Health and Care Plan (Final)", size=21, color=COL)
    d.label_para("Young person: ", "Reece Fairbairn")
    d.label_para("Date of birth: ", "3 November 2007 (age 18)")
    d.label_para("NHS number: ", "999 604 2917")
    d.label_para("Address: ", "14 Kilnhouse Row, Otley Moor, XJ3 6PW")
    d.label_para("Reece's contact details: ", "07700 900528, reece.fairbairn@example.org")
    d.label_para("Family (contacted with Reece's agreement): ", "Danielle Fairbairn (mother) and Marcus Oyelaran (stepfather), 01632 960871")
    d.label_para("College and year: ", "Chevin Vale College, Year 13 (second year of a two-year Level 3 course)")
    d.label_para("Date of final plan: ", "6 March 2026")
    d.label_para("Next review: ", "by 5 March 2027 (a transition review will be held in June 2026)")
    d.label_para("Case officer: ", "Joel Haverstock-Ince, Post-16 SEND Team")

    _h(d, "Section A: Views, interests and aspirations \u2013 about me", section="A")
    _sub(d, "What I want people to know (Reece)")
    d.para("Reece wrote this himself in February 2026 on his laptop, using speech-to-text, and "
           "went through it with his learning support co-ordinator.")
    d.para("\"I'm into anything mechanical. I rebuilt a moped engine with my stepdad last "
           "summer and it actually runs. I'm good in the workshop and I'm good at fault-finding, "
           "I just can't get it down on paper, and the written assignments are what drag my "
           "grades down. I lose track of deadlines and then I panic and leave it. I want to do an "
           "apprenticeship as a maintenance technician, earn my own money and eventually get my "
           "own place. I want to pass my driving test this year. I don't want someone sat next to "
           "me in every lesson like at school, I just want help with the writing and with "
           "staying organised.\"")
    _sub(d, "What my family say (shared with my agreement)")
    d.para("Danielle and Marcus say Reece is practical, generous and very good with his younger "
           "sister Amber. They have seen him lose confidence when he fails written work that does "
           "not reflect what he knows. They are worried about how he will cope with the written "
           "side of an apprenticeship and with getting up and out on time for a 7:30 start.")

    _h(d, "Section B: Special educational needs \u2013 what I find hard", section="B")
    _sub(d, "Cognition and learning")
    d.para("Reece has dyslexia (diagnostic assessment by a specialist assessor, Year 10). His "
           "reading speed is well below average (standardised score 76) and he has to re-read "
           "technical texts several times to take in the meaning. His spelling of subject words "
           "is inconsistent, his written reports are short and poorly organised, and he copies "
           "numbers and formulae from the board inaccurately. His verbal reasoning and his "
           "practical and spatial skills are well above average.")
    _sub(d, "Attention and organisation")
    d.para("Reece has ADHD (combined presentation), diagnosed at 12. He finds it very hard to "
           "keep attention on spoken explanations longer than about 15 minutes, to start written "
           "tasks and to plan work across several weeks. In 2024\u201325 he submitted 9 of his 14 "
           "assignments late. In the workshop he sometimes starts a machine process before "
           "checking the procedure, which is a safety risk.")
    _sub(d, "Social, emotional and mental health")
    d.para("Reece's self-esteem about learning is low. When he is criticised or falls behind he "
           "becomes frustrated, has walked out of two lessons this year, and stops attending for "
           "several days. He says he feels 'thick' in written lessons.")
    _sub(d, "Preparing for adulthood")
    d.para("Reece has not yet applied for an apprenticeship and does not know how to find or "
           "apply for vacancies, or how to explain his dyslexia and ADHD to an employer. He has "
           "never had a paid job. He does not yet budget his money, and he relies on his mother "
           "to order his repeat prescriptions.")

    _h(d, "Section C: Health needs \u2013 my health", section="C")
    d.para("Reece takes lisdexamfetamine each morning for ADHD, prescribed by the CAMHS ADHD "
           "clinic. Because he is now 18, his care is moving to the adult ADHD service, which "
           "has a waiting list. When he forgets or runs out of his medication, his attention and "
           "his safety in the workshop are much worse. He has mild asthma.")

    _h(d, "Section D: Social care needs", section="D")
    d.para("No social care needs relating to Reece's SEN have been identified. Adult social care "
           "screened Reece in December 2025 and found no eligible needs under the Care Act 2014.")

    _h(d, "Section E: Outcomes \u2013 what I am working towards", section="E")
    d.para("The outcomes run to July 2027 unless another date is given. Reece's learning "
           "support co-ordinator will agree half-termly targets with him at his progress reviews.")
    d.numbered([
        "By July 2026, Reece will hand in every assignment for his Level 3 Extended Diploma in Engineering by the agreed deadline, or with an extension agreed in advance.",
        "By July 2026, Reece will write a 1,500-word technical report using his assistive software, with the structure checked against the assignment brief, without help from a support assistant.",
        "Reece will improve his confidence.",
        "By the end of his course, Reece will follow each workshop safety procedure in full before starting a machine, in every observed practical.",
        "By September 2026, Reece will have applied for at least five Level 3 engineering apprenticeships and attended at least two interviews.",
        "Reece will become a maintenance technician.",
        "By December 2026, Reece will order his own repeat prescription and keep a week's supply of medication in hand, every month without reminders.",
        "Reece will receive ADHD coaching and dyslexia tuition.",
    ], fmt="O{n}")

    _h(d, "Section F: Special educational provision \u2013 the support I will get", section="F")
    d.para("Chevin Vale College must make the provision in Parts 1 and 2 for the rest of "
           "Reece's course (36 weeks a year). Part 3 covers his move into an apprenticeship.")

    _sub(d, "Part 1 \u2013 Adjustments across the study programme")
    d.table(["Area", "What the college will provide"], [
        ["Workshop safety",
         "Before Reece uses any machine for the first time, the workshop technician, who holds the college's Machine Tool Instructor certificate, will take him through its safety procedure one-to-one for at least 20 minutes and give him a laminated step card to keep at the machine (O4)."],
        ["Assignment deadlines",
         "Deadlines for written assignments will be flexible where appropriate (O1)."],
        ["English",
         "GCSE English resit classes, if Reece does not achieve a grade 4 this summer, in line with college policy."],
        ["Examinations and assessments",
         "In every college examination, end-of-unit test and external Pearson examination Reece will have 25% extra time, a word processor with the spell checker switched on, and text-to-speech software as a computer reader, sitting in a separate room with no more than six other candidates; the Exams Office sets this up before each assessment (O2)."],
        ["Technology",
         "Suitable assistive software for reading and writing (O2)."],
    ], widths_cm=[3.6, 13.0], bold_first_col=True, font_size=10, header_fill="D5ECE6")

    _sub(d, "Part 2 \u2013 Additional learning support")
    d.table(["Support", "Staff and their qualification", "Sessions", "Length", "Weeks a year"], [
        ["1:1 specialist dyslexia tuition on reading technical texts, spelling engineering vocabulary and planning and structuring written reports (O2)",
         "Specialist dyslexia teacher holding AMBDA", "One a week", "50 minutes", "36 (term time)"],
        ["In-class support in Engineering Principles and Mathematics for Technicians lessons, taking notes and breaking tasks into steps (O1, O2)",
         "Learning support assistant", "Up to four a week", "1 hour", "36"],
        ["Study skills and organisation coaching (O1)",
         "Study skills coach", "Weekly", "", ""],
        ["ADHD coaching with the college's 'Plan \u2013 Do \u2013 Review' planner: setting three priorities for the week, breaking each assignment into dated tasks and checking the previous week's list (O1, O3)",
         "Coach who has completed accredited ADHD coaching training and holds the ILM Level 5 Certificate in Coaching", "Every Monday at 9:00", "30 minutes", "36"],
        ["Drop-in mentoring with Student Support (O3)",
         "Student Support", "As and when", "", ""],
        ["A movement break at the half-way point of any lesson longer than an hour, taken outside the workshop door (O4)",
         "Lecturer for that lesson", "One in each such lesson", "5 minutes", "36"],
        ["Counselling on self-esteem and on managing frustration (O3)",
         "College counsellor", "Weekly for six sessions, to be reviewed after that", "50 minutes", ""],
    ], widths_cm=[6.2, 4.4, 2.4, 1.8, 1.8], font_size=9.5, header_fill="D5ECE6")

    _sub(d, "Part 3 \u2013 Moving into an apprenticeship")
    d.numbered([
        "Reece will have four careers guidance interviews of 45 minutes, one in each half-term from April 2026 to March 2027, with a careers adviser who holds the Level 6 Diploma in Career Guidance and Development, covering Level 3 engineering apprenticeships, how to apply, and how to talk to an employer about his dyslexia and ADHD (O5).",
        "The college will help Reece to look for apprenticeship vacancies (O5).",
        "Before each apprenticeship interview Reece is offered, his careers adviser (see 3.1) will run two 40-minute mock interviews with him in the fortnight before the interview date (O5).",
        "A work placement with a local engineering employer should be arranged for Reece before the end of the course (O5, O6).",
        "Once Reece starts his apprenticeship, support from the training provider's learning support team will continue at a level to be agreed with the employer (O6).",
        "Support with preparing for the driving theory test, subject to funding.",
        "Reece will complete the six-week 'Money Ready' module (budgeting a wage, reading a payslip, tax and National Insurance, bank accounts and direct debits) in a group of no more than eight, in one 1-hour session a week during the summer term 2026, taught by the Foundation Learning tutor, who is a qualified teacher (O6).",
        "Sessions with the Student Health Adviser on managing his own medication and repeat prescriptions, weekly at first and reducing as Reece becomes more independent (O7).",
    ], fmt="3.{n}")

    _h(d, "Section G: Health provision", section="G")
    d.bullets([
        "Lisdexamfetamine prescribed by the CAMHS ADHD clinic, with a medication review every six months until Reece transfers to the adult ADHD service.",
        "Transfer to the Otley Moor adult ADHD service when he reaches the top of its waiting list.",
        "Reece carries his own reliever inhaler (salbutamol), used as required in line with his asthma plan from his GP practice.",
    ])

    _h(d, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Reece is over 18.")
    _h(d, "Section H2: Other social care provision", section="H2")
    d.para("None. Adult social care found no eligible needs under the Care Act 2014 (December 2025).")

    _h(d, "Section I: Placement", section="I")
    d.para("Chevin Vale College, Otley Moor (general further education college) \u2013 Level 3 "
           "Extended Diploma in Engineering, second year, five days a week.")

    _h(d, "Section J: Personal budget", section="J")
    d.para("Reece has not requested a personal budget.")

    _h(d, "Section K: Advice and information", section="K")
    d.bullets([
        "Reece's views \u2013 written by Reece, 10 February 2026",
        "Family views \u2013 Danielle Fairbairn and Marcus Oyelaran, 12 January 2026",
        "Educational advice \u2013 Mr A. Penrose, Learning Support Co-ordinator, Chevin Vale College, 19 January 2026",
        "Psychological advice \u2013 Dr Imogen Castleford, Educational Psychologist, 27 January 2026",
        "Medical advice \u2013 CAMHS ADHD clinic",
        "Social care advice \u2013 Otley Moor Adult Social Care, Transitions Team, 15 December 2025",
        "Preparing for adulthood advice \u2013 Ms R. Lindqvist, Careers Adviser, Chevin Vale College, 2 February 2026",
    ])
