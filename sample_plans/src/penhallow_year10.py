"""Penhallow City Council - LA template with a cover details table and Word headings of the
form 'Section F. Special educational provision' (letter followed by a full stop). Section E
is a table (Ref | Outcome | By when). Section F is one table per area of need with the
columns Provision | Frequency | Duration | Staffing / expertise | Outcome link. Year 10
pupil in a mainstream academy, with preparing-for-adulthood provision. FINAL."""

TITLE = "Education, Health and Care Plan - Tyrese Okonjo-Bell"

HDR = ["Provision", "Frequency", "Duration", "Staffing / expertise", "Outcome link"]
W = [5.6, 2.9, 2.2, 4.0, 1.9]


def build(d):
    d.running_header_footer("Penhallow City Council \u2013 Education, Health and Care Plan "
                            "\u2013 Tyrese Okonjo-Bell", first_page_plain=True)
    d.title("Penhallow City Council", size=14, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan issued under section 39 of the Children and Families Act 2014",
           italic=True)
    d.details_table([
        ("Name", "Tyrese Okonjo-Bell"),
        ("Date of birth", "17/05/2011"),
        ("UPN", "J719999904512"),
        ("NHS number", "999 442 1806"),
        ("Address", "27 Lantern Hill, Penhallow, ZX7 2RF"),
        ("Parent/carer", "Adaeze Okonjo (mother); Marcus Bell (father)"),
        ("Telephone", "07700 900562"),
        ("Email", "adaeze.okonjo@example.com"),
        ("National Curriculum year", "Year 10"),
        ("Current school", "Penhallow Ridge Academy"),
        ("Date plan issued", "28/11/2025"),
        ("Annual review by", "27/11/2026"),
        ("Status", "Final"),
        ("Case officer", "Hollie Drennan, SEND Assessment Team"),
    ], widths_cm=(5.2, 11.4), fill="E8DFF0")

    d.heading("Section A. Views, interests and aspirations", section="A")
    d.para("Tyrese is 14 and in Year 10. He is into cars and motorbikes, helps his dad fix "
           "bikes at weekends and plays five-a-side football on Thursdays. He has a younger "
           "brother, Jayden, and an older sister, Chioma.")
    d.para("Tyrese told his case officer: \"I know loads about engines but when I have to "
           "write it down it all goes. Reading out loud in class is the worst thing. I want to "
           "do motor vehicle at college and have my own garage one day.\"")
    d.para("Adaeze and Marcus say Tyrese has lost confidence since Year 8 and sometimes "
           "refuses to go to school on days with English. They want him to get the GCSEs he "
           "needs for college and to be able to get there on the bus by himself.")

    d.heading("Section B. Special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Tyrese has dyslexia (specialist assessment, March 2024). His reading age is about "
           "10 years and his spelling age about 9 years. His processing speed is well below "
           "average, so he cannot finish written work or tests in the time allowed. He has gaps "
           "in maths, particularly fractions, percentages and ratio.")
    d.heading("Communication and interaction", level=2)
    d.para("Tyrese has a developmental language disorder (DLD). He struggles to understand and "
           "remember subject vocabulary and long spoken instructions, and sometimes loses the "
           "thread of group discussions.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tyrese has ADHD and is anxious about reading aloud and being seen to struggle. His "
           "attendance fell to 86% last year, with most absences on days with English.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Tyrese wants to study motor vehicle maintenance at Penhallow College. He has not yet "
           "travelled independently on public transport and has had no careers guidance.")

    d.heading("Section C. Health needs", section="C")
    d.para("ADHD, diagnosed in 2022 by the community paediatrician. Tyrese takes "
           "methylphenidate (morning and lunchtime doses).")

    d.heading("Section D. Social care needs", section="D")
    d.para("No social care needs relating to Tyrese's SEN have been identified. The family "
           "is not known to Children's Social Care.")

    d.heading("Section E. Outcomes", section="E")
    d.para("Penhallow Ridge Academy will set half-termly targets towards each outcome and "
           "share them with Tyrese and his parents.")
    d.table(["Ref", "Outcome", "By when"], [
        ["E1", "Tyrese will read a 500-word GCSE-level text aloud to an adult with 95% accuracy and answer four questions about it.", "July 2027"],
        ["E2", "Tyrese will produce extended written answers in timed conditions.", "End of Year 11"],
        ["E3", "Tyrese will make good progress in maths.", "Ongoing"],
        ["E4", "Tyrese will explain the meaning of ten key words from each new science topic in his own words.", "End of Year 10 (July 2026)"],
        ["E5", "Tyrese will work with the speech and language therapist.", "July 2026"],
        ["E6", "Tyrese will feel less anxious at school.", ""],
        ["E7", "Tyrese will travel by bus from home to Penhallow College and back on his own, on a route he has practised, every day for a week.", "March 2027"],
        ["E8", "Tyrese will become a mechanic.", ""],
    ], widths_cm=[1.3, 11.5, 3.8])

    d.heading("Section F. Special educational provision", section="F")
    d.para("The provision below must be made for Tyrese. The outcome link column refers to "
           "the outcomes in Section E.")
    d.para("Cognition and learning", bold=True)
    d.table(HDR, [
        ["Specialist literacy teaching using the Units of Sound programme, 1:1", "Twice a week in term time", "45 minutes", "Specialist dyslexia teacher (AMBDA)", "E1"],
        ["Exam access arrangements: a human reader and 25% extra time in all mock exams, internal tests and GCSE papers, applied for by the SENCO under the JCQ regulations", "Every test and examination", "25% extra time on each paper", "Exams officer; readers trained by the SENCO", "E2"],
        ["Literacy support in English lessons", "Regular", "As appropriate", "Learning support staff", "E1"],
        ["Use of a laptop in lessons if required", "As required", "", "", "E2"],
        ["Small-group maths sessions on fractions, percentages and ratio", "Three times a week", "20\u201330 minutes", "Teaching assistant", "E3"],
        ["Maths taught in a set of no more than 14 students, with a teaching assistant in the room", "All five maths lessons each week", "60 minutes each", "Qualified maths teacher, and a teaching assistant with a Level 3 qualification", "E3"],
    ], widths_cm=W, font_size=9.5)
    d.para("Communication and interaction", bold=True)
    d.table(HDR, [
        ["Direct speech and language therapy on subject vocabulary and following multi-part instructions, 1:1 in school", "Fortnightly in term time", "40 minutes", "HCPC-registered speech and language therapist", "E4"],
        ["A speech and language programme", "As advised by the speech and language therapist", "15 minutes", "Teaching assistant", "E4"],
        ["Pre-teaching of the key vocabulary for each new science, history and geography topic, 1:1, with the word list also sent to his laptop", "At the start of every new topic", "20 minutes per topic", "Teaching assistant trained in the Word Aware approach", "E4"],
        ["Tyrese would benefit from access to a social communication group", "", "", "", "E6"],
    ], widths_cm=W, font_size=9.5)
    d.para("Social, emotional and mental health", bold=True)
    d.table(HDR, [
        ["1:1 ELSA sessions on anxiety and self-esteem, following the ELSA programme", "Weekly, in a six-week block each term", "30 minutes", "ELSA trained by the Penhallow educational psychology service, with half-termly supervision from the EP", "E6"],
        ["A time-out pass to leave the lesson for a supervised break in the Hub", "When needed", "Up to 10 minutes", "", ""],
        ["Mentoring with the learning mentor, weekly at first and then reducing to fortnightly", "Weekly, then fortnightly", "30 minutes", "Learning mentor", "E6"],
        ["A calm and supportive classroom environment with differentiated work", "All lessons", "", "Subject teachers", "E6"],
        ["CBT-informed counselling, subject to review after the first half-term", "Weekly", "50 minutes", "BACP-registered school counsellor", "E6"],
    ], widths_cm=W, font_size=9.5)
    d.para("Preparing for adulthood", bold=True)
    d.table(HDR, [
        ["Independent travel training on the route from home to Penhallow College (the number 42 bus and a ten-minute walk)", "Twice a week for 10 weeks from April 2026", "90 minutes per session", "Travel trainer from the Penhallow Independent Travel Training Service who has completed the service's accredited trainer course", "E7"],
        ["Careers guidance", "As appropriate", "", "Careers adviser", "E8"],
        ["A one-week work experience placement in Year 11, subject to a suitable placement being found", "Once, in Year 11", "One week", "School", "E8"],
        ["Funding at Band 4 (element 3 top-up) to meet Tyrese's needs", "", "", "", ""],
    ], widths_cm=W, font_size=9.5)

    d.heading("Section G. Health provision", section="G")
    d.bullets([
        "Methylphenidate given at 12:00 each school day by a member of the school office team trained in administering medicines, in line with Tyrese's individual health care plan.",
        "Review of Tyrese's ADHD medication by the community paediatrician every six months.",
        "CAMHS support as appropriate.",
    ])

    d.heading("Section H1. Social care provision under section 2 of the CSDPA 1970", section="H1")
    d.para("None. Tyrese has not been assessed as needing social care provision.")
    d.heading("Section H2. Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I. Placement", section="I")
    d.para("Penhallow Ridge Academy, Penhallow (mainstream academy, secondary, 11\u201316).")

    d.heading("Section J. Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K. Advice and information", section="K")
    d.table(["No.", "Advice", "Provided by", "Date"], [
        ["1", "Views of Tyrese and his parents", "Tyrese, Adaeze Okonjo and Marcus Bell", "02/10/2025"],
        ["2", "Educational advice", "SENCO, Penhallow Ridge Academy", "08/10/2025"],
        ["3", "Psychological advice", "Dr Saoirse Kinane, Educational Psychologist", "15/10/2025"],
        ["4", "Medical advice", "Community Paediatrician, Penhallow Child Health", "10/10/2025"],
        ["5", "Speech and language therapy advice", "Penhallow NHS Speech and Language Therapy", "13/10/2025"],
        ["6", "Social care advice", "Penhallow Children's Social Care", "09/10/2025"],
        ["7", "Careers and preparing-for-adulthood advice", "Penhallow Careers Hub", ""],
    ], widths_cm=[1.2, 5.6, 6.8, 3.0])
