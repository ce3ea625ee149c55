"""Kestrel Moor Council - Word headings 'Section A - ...' (hyphen), Section B with a
preparing-for-adulthood sub-section, F split into 'Provision to meet needs' and 'Provision to
prepare for adulthood', and ONE combined 'Section H: Social care provision' (no H1/H2).
Year 9 pupil in a mainstream school's enhanced resource provision. FINAL."""

TITLE = "Education, Health and Care Plan - Nathan Delacroix"


def build(d):
    d.running_header_footer("Nathan Delacroix - EHC Plan - Kestrel Moor Council", first_page_plain=True)
    d.title("Kestrel Moor Council", size=15, color="4B2E83")
    d.title("Education, Health and Care Plan", size=21, color="4B2E83")
    d.details_table([
        ("Name", "Nathan Delacroix"),
        ("Date of birth", "19/06/2012"),
        ("Year group", "Year 9"),
        ("Lives with", "Marguerite Delacroix (grandmother, special guardian)"),
        ("Address", "41 Heronsgate Road, Kestrel Moor, XJ3 8RW"),
        ("Plan type", "Final EHC plan (following annual review)"),
        ("Date issued", "20 February 2026"),
        ("Review date", "February 2027"),
    ], fill="E4DFEC")
    d.page_break()

    d.heading("Section A - About Nathan: his views, interests and aspirations", section="A")
    d.para("Nathan is 13. He is into anything with an engine, spends weekends helping his uncle "
           "fix motorbikes and has recently started boxing. He is loyal to his friends and has a "
           "sharp sense of humour.")
    d.para("Nathan said: \"School's alright when I'm in the base. In big classes I lose it "
           "because everyone's looking at me when I read. I want to be a mechanic and have my "
           "own garage.\"")
    d.para("His grandmother, Marguerite, wants Nathan to get some qualifications, to learn to "
           "control his temper and to be able to get around on his own. She worries about what "
           "will happen when he leaves school.")

    d.heading("Section B - Nathan's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Nathan has dyslexia (assessed in Year 6). His reading age is around 8 years 6 months "
           "and his spelling is well below age expectations. His verbal reasoning is a strength. "
           "He is embarrassed by his reading and avoids written tasks.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Nathan has a diagnosis of ADHD. He is impulsive and finds it hard to sit for a full "
           "lesson. When he feels shown up he can become verbally aggressive and walk out. He "
           "experiences anxiety about school, and his attendance fell to 71% in Year 8.")
    d.heading("Communication and interaction", level=2)
    d.para("Nathan's communication is generally age-appropriate, but he misreads other people's "
           "intentions when he is anxious, which leads to conflict with peers.")
    d.heading("Sensory and/or physical", level=2)
    d.para("Nathan needs frequent movement to stay regulated. There are no physical needs.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Nathan does not yet travel independently and has not had any careers guidance. He has "
           "little understanding of money and relies on his grandmother for all purchases.")

    d.heading("Section C - Health needs relating to SEN", section="C")
    d.para("ADHD, diagnosed by CAMHS in 2021. Nathan takes methylphenidate twice a day. He has "
           "been referred to CAMHS for his anxiety.")

    d.heading("Section D - Social care needs relating to SEN or disability", section="D")
    d.para("Nathan lives with his grandmother under a special guardianship order. A child and "
           "family assessment (November 2025) found that Nathan needs structured activities with "
           "peers outside school and that his grandmother needs breaks from caring.")

    d.heading("Section E - Outcomes", section="E")
    d.bullets([
        "By the end of Year 10, Nathan will read a page of his GCSE English set text independently and answer three comprehension questions about it correctly.",
        "Nathan will manage his emotions better.",
        "By July 2027, Nathan will travel by bus from home to school on his own on at least four days a week.",
        "Nathan will become a mechanic.",
        "Nathan will not swear at staff.",
        "By the end of Year 10, Nathan will complete a one-week work experience placement and receive a positive report from the employer.",
        "Nathan's attendance will rise to at least 90% by the end of the spring term 2027.",
    ])

    d.heading("Section F - Special educational provision", section="F")
    d.heading("Provision to meet needs", level=2)
    d.bullets([
        "Nathan will be taught English and maths in a class of no more than eight students with a teacher and a teaching assistant, for all English and maths lessons (nine 50-minute lessons per week).",
        "A specialist dyslexia teacher holding a Level 7 qualification (AMBDA) will teach Nathan 1:1 using Units of Sound for two 40-minute sessions each week.",
        "Nathan should have access to assistive technology to support his recording.",
        "An ADHD-friendly classroom with clear routines and movement breaks.",
        "Regular check-ins with his keyworker throughout the day.",
        "Zones of Regulation sessions, 1:1 with the resource base's learning mentor (trained in Zones of Regulation), 30 minutes every Monday and Thursday.",
        "Counselling or play therapy may be offered if Nathan's anxiety increases.",
        "Outreach support from the Kestrel Moor Behaviour Support Team will be requested, subject to panel approval.",
        "A phased return to a full-time timetable, increasing as Nathan's attendance improves, to be agreed with the school.",
        "Nathan will receive a high level of adult support during unstructured times.",
        "During morning break and lunch (10:40\u201311:00 and 12:50\u201313:30) every day, a named teaching assistant with Team Teach training will stay with Nathan and support him to join the structured games club in the resource base.",
        "A homework club place in the resource base on Tuesdays and Thursdays from 15:20 to 16:10, supervised by an HLTA, in a group of up to six students.",
        "The resource provision's top-up funding at Band C will be used to meet Nathan's needs.",
    ])
    d.heading("Provision to prepare for adulthood", level=2)
    d.bullets([
        "Independent travel training on the route between home and Larkhill High School, delivered by a qualified travel trainer from the council's travel training service, in two 60-minute sessions per week for ten weeks from September 2026.",
        "Careers advice will be made available.",
        "Work experience opportunities, where possible, in areas of interest such as mechanics or animal care.",
        "Nathan would benefit from learning to manage money, e.g. through a budgeting programme.",
        "The ASDAN Personal Progress 'Managing money' module, taught in a group of no more than six students by the resource base teacher, one 50-minute lesson each week from September 2026 to July 2027.",
    ])

    d.heading("Section G - Health provision", section="G")
    d.bullets([
        "Methylphenidate given at 12:30 each school day by a trained member of the school office staff, following Nathan's ADHD care plan.",
        "Medication review every six months by the CAMHS ADHD nurse.",
        "CAMHS will offer anxiety-management sessions to help Nathan learn calming techniques when a clinician is available.",
    ])

    d.heading("Section H: Social care provision", section="H")
    d.bullets([
        "Short breaks at the Kestrel Moor youth scheme, as assessed.",
        "A support worker for 3 hours every Saturday to help Nathan take part in a community boxing club, funded by a social care direct payment of \u00a348 per week.",
        "Travel training by the social care team.",
    ])

    d.heading("Section I - Placement", section="I")
    d.para("Larkhill High School (mainstream maintained secondary school), attending its Enhanced "
           "Resource Provision for social, emotional and mental health needs.")

    d.heading("Section J - Personal budget", section="J")
    d.para("Nathan's grandmother receives a direct payment.")

    d.heading("Section K - Advice and information", section="K")
    d.bullets([
        "Views of Nathan and his grandmother, 2 December 2025",
        "Annual review report - Larkhill High School, SENCO Mr P. Obi, 8 December 2025",
        "Educational psychology advice, 3 December 2025",
        "CAMHS letter - Dr F. Whitlow, Consultant Psychiatrist, 10 November 2025",
        "Child and family assessment - Kestrel Moor Children's Services, 24 November 2025",
        "Careers and preparing for adulthood advice - Amrit Sohal, Careers Adviser, 15 January 2026",
    ])
