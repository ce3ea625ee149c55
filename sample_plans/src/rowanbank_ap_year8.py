"""Castlereach Borough Council - Year 8 pupil with social, emotional and mental health needs
and undiagnosed language needs, on a part-time timetable: three mornings a week at Rowanbank
Academy (an alternative provision academy) and two days at Fellgate High School (mainstream
academy), dual-registered. Headings are bold, coloured, upper-case Normal text with an em
dash ('SECTION A \u2014 VIEWS, INTERESTS AND ASPIRATIONS'), no heading styles. Bold-label
cover lines. E numbered 1-8 with a bold 'Outcome n:' label. Section F is four area tables
with one column per setting (Provision | At Rowanbank Academy (Mon-Wed) | At Fellgate High
School (Thu-Fri) | Staff and their training), under bold Normal-text area lines; dashes in
the column of a setting that does not deliver the item. H1 and H2 separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reece Amberton"

EM = "\u2014"
COLOUR = "5B2C6F"


def _h(d, text, section):
    d.bold_line(text, section=section, size=12.5, color=COLOUR)


def _area(d, title, rows):
    d.para(title, bold=True)
    d.table(["Provision", "At Rowanbank Academy (Mon\u2013Wed)",
             "At Fellgate High School (Thu\u2013Fri)", "Staff and their training"], rows,
            widths_cm=[5.0, 3.8, 3.8, 4.0], font_size=9.5, header_fill="E8DDF0")


def build(d):
    d.simple_footer("Castlereach Borough Council \u2022 SEND Service \u2022 Final EHC Plan "
                    "\u2022 Reece Amberton \u2022 OFFICIAL-SENSITIVE")
    d.title("Castlereach Borough Council", size=13, color=COLOUR)
    d.title("Final Education, Health and Care Plan", size=20, color=COLOUR)
    d.label_para("Child: ", "Reece Amberton")
    d.label_para("Date of birth: ", "03.11.2012")
    d.label_para("NHS number: ", "999 208 6641")
    d.label_para("UPN: ", "C999318204557")
    d.label_para("Lives with: ", "Kayleigh Amberton (mother), Maureen Amberton (grandmother) "
                 "and his sister Lacey (aged 6)")
    d.label_para("Address: ", "Flat 2, 41 Dunmore Road, Castlereach, XJ3 5PT")
    d.label_para("Telephone: ", "07700 900871 (Kayleigh); 01632 960433 (home)")
    d.label_para("E-mail: ", "k.amberton@example.org")
    d.label_para("National Curriculum year: ", "Year 8")
    d.label_para("Educational settings: ", "Rowanbank Academy (Monday to Wednesday) and "
                 "Fellgate High School (Thursday and Friday); dual-registered")
    d.label_para("Date plan finalised: ", "2 February 2026")
    d.label_para("Annual review due by: ", "1 February 2027")
    d.label_para("Caseworker: ", "Tomasz Greenhalgh, Castlereach SEND Service")

    _h(d, "SECTION A \u2014 VIEWS, INTERESTS AND ASPIRATIONS", "A")
    d.para("What Reece told us", bold=True)
    d.para("Reece did not want a meeting. He talked to his Rowanbank key worker, Ms Delaney, "
           "over three short sessions in December 2025 while they played pool, and drew a "
           "picture of a 'good day'. Ms Delaney wrote down his words and read them back to "
           "him.")
    d.para("\"Teachers at Fellgate talk too much and then shout at me when I don't do it, "
           "but I didn't know what they wanted. Here is better because it's small and they "
           "don't go on at you. I like Ms D and I like pool and boxing. I get angry fast and "
           "then I can't stop it. I want to go back to Fellgate properly because my mates are "
           "there, but not if it's like before. When I'm older I want to be a mechanic like "
           "my uncle, or a boxer.\"")
    d.para("What Reece's family told us", bold=True)
    d.para("Kayleigh says Reece is loving and protective, especially towards Lacey, and that "
           "he is very practical and can fix bikes. She thinks teachers have seen him as "
           "naughty when he has not understood what was said to him. She wants him back at "
           "Fellgate full-time with people who understand him, and is worried about the "
           "older boys he has started spending time with near the flats. Maureen, who "
           "looks after the children after school, says he is calmer at home when he has "
           "had a good morning.")

    _h(d, "SECTION B \u2014 SPECIAL EDUCATIONAL NEEDS", "B")
    d.para("Social, emotional and mental health", bold=True)
    d.para("Reece has experienced domestic abuse at home in the past and a sudden loss of "
           "contact with his father in 2023. He is constantly on the lookout for threat: "
           "a raised voice, a hand on his shoulder or being told off in front of others can "
           "set off an explosive reaction within seconds. He received three suspensions at "
           "Fellgate in Year 7, two for fighting. Once dysregulated, he does not yet have "
           "any strategy to calm himself and needs an adult he trusts to help him. He finds "
           "unstructured times such as break and lunch very hard. He trusts very few "
           "adults, and relationships take time to build.")
    d.para("Communication and interaction", bold=True)
    d.para("A speech and language therapy screening in November 2025 found that Reece's "
           "understanding of spoken language is well below that expected for his age: he "
           "loses the meaning of instructions with more than two parts, does not know many "
           "subject words, and struggles to understand idioms and sarcasm. When he has not "
           "understood, he does not ask; he refuses, or does something else. He cannot yet "
           "tell what happened during an incident in a clear order, which means his side is "
           "often not heard. A full diagnostic assessment has not yet been completed, so it "
           "is not yet known whether he has a developmental language disorder.")
    d.para("Cognition and learning", bold=True)
    d.para("Reece's reading age is about 9 years. He decodes simple words but his reading is "
           "slow, and he does not read for meaning. His spelling is phonetic. He has missed "
           "a great deal of teaching through suspensions and the reduced timetable, and has "
           "large gaps in maths, particularly fractions, division and place value.")

    _h(d, "SECTION C \u2014 HEALTH NEEDS", "C")
    d.para("Reece has mild asthma, managed with a salbutamol inhaler. He sleeps poorly, often "
           "not until after midnight, and is tired in the mornings. His GP referred him to "
           "CAMHS in September 2025; the referral was accepted and he is waiting for an "
           "assessment.")

    _h(d, "SECTION D \u2014 SOCIAL CARE NEEDS", "D")
    d.para("Reece is supported under a child in need plan (dated 8 December 2025) because of "
           "the family's history of domestic abuse, his mother's mental health and concerns "
           "about his safety in the community. His mother needs help to manage his behaviour "
           "at home. Reece has no positive activities outside school.")

    _h(d, "SECTION E \u2014 OUTCOMES", "E")
    d.para("Rowanbank and Fellgate will agree shared half-termly targets towards these outcomes "
           "and send them to Kayleigh after each half-termly review meeting.")
    for n, text in enumerate([
        "By July 2026, Reece will use a strategy from his Zones toolkit to calm himself and return to the task within 10 minutes, on at least 4 out of 5 recorded occasions.",
        "Reece will stop getting into fights.",
        "By the end of Year 8, Reece will follow a three-part spoken instruction in class without a reminder in 8 out of 10 observed lessons.",
        "Reece will develop his vocabulary.",
        "By the end of the spring term 2027, Reece will read a passage at a 10-year-old reading level with at least 90% accuracy and answer four of five questions about it.",
        "Reece will attend Rowanbank and Fellgate.",
        "By September 2026, Reece will attend Fellgate High School for full days on at least four days a week.",
        "By his next annual review, Reece will tell an adult what happened during a falling-out in at least three clear steps, on at least three recorded occasions.",
    ], 1):
        d.label_para(f"Outcome {n}: ", text)

    _h(d, "SECTION F \u2014 SPECIAL EDUCATIONAL PROVISION", "F")
    d.para("Reece's timetable is split between two settings. Each table shows, for every "
           "provision, what happens at Rowanbank Academy and what happens at Fellgate High "
           "School. A dash means that setting does not deliver it. Provision runs in term "
           "time.")

    _area(d, "1. Social, emotional and mental health (Outcomes 1, 2 and 8)", [
        ["Meet and greet with his key adult: a 10-minute check-in on arrival using his 1\u20135 feelings scale, then planning the first task together",
         "Every day he attends, 9:30 to 9:40", "Every day he attends, 8:45 to 8:55",
         "Rowanbank: key worker (HLTA) who has completed Level 2 trauma-informed practice training. Fellgate: learning mentor with the same training"],
        ["Individual emotional regulation teaching using the Zones of Regulation curriculum, helping Reece notice his early body signals and pick a strategy from his personal toolkit card",
         "Two 30-minute 1:1 sessions a week, Monday and Wednesday at 11:15",
         "Not taught here; Fellgate staff use the same Zones language and his toolkit card in lessons",
         "Rowanbank key worker trained in Zones of Regulation, supervised by the Rowanbank SENCO"],
        ["Play or art therapy, whichever Reece engages with better",
         "A block of sessions", EM,
         "Therapist from Rowanbank's commissioned therapy provider, subject to funding being agreed"],
        ["A positive behaviour support plan setting out Reece's triggers and the de-escalation steps both settings will follow, to be drawn up by Rowanbank once he has settled",
         EM, "Fellgate to follow the plan once written", "Rowanbank pastoral lead"],
        ["1:1 support at unstructured times",
         "Where possible", "Break and lunch, staffing permitting", "Teaching assistant"],
        ["A structured lunchtime with a fixed group instead of the yard: board games, cooking or football skills",
         "Lunch 12:30 to 13:00 every day, with his key worker and no more than five other pupils",
         "'The Hub' lunch club, 12:15 to 12:50 on Thursday and Friday, no more than six pupils",
         "Rowanbank key worker; Fellgate learning mentor (both trained as above)"],
    ])

    _area(d, "2. Communication and language (Outcomes 3, 4 and 8)", [
        ["Direct speech and language therapy on understanding multi-part instructions, learning new words with the Word Aware approach, and telling what happened in the right order so that he can give his side after an incident",
         "One 40-minute 1:1 session every Tuesday at 10:30", EM,
         "HCPC-registered speech and language therapist experienced with teenagers with SEMH needs, commissioned by Castlereach Council"],
        ["A full speech and language assessment to find out whether Reece has a developmental language disorder, with further provision to be decided once the report is received",
         EM, EM,
         "NHS Children's Speech and Language Therapy Service, once the referral has been accepted"],
        ["Practice of the therapist's written programme: vocabulary maps for the coming week's topics and games following three-part instructions",
         "Three 15-minute sessions a week, Monday to Wednesday at 12:00",
         "Two 15-minute sessions a week in form time, Thursday and Friday",
         "Rowanbank teaching assistant and Fellgate teaching assistant, each trained by the speech and language therapist for two hours every term"],
        ["Adults to simplify their language where appropriate and check Reece has understood before he starts a task",
         "Throughout the morning", "Throughout the day", "All staff"],
        ["Speech and language therapy advice to Fellgate staff on adapting their language",
         EM, "One visit per term", "Speech and language therapist"],
    ])

    _area(d, "3. Reading, maths and learning (Outcome 5)", [
        ["Reading catch-up using Read Write Inc. Fresh Start, in a group of no more than three pupils",
         "Three 35-minute sessions a week, Monday to Wednesday at 9:45", EM,
         "Rowanbank English teacher trained in Fresh Start"],
        ["Precision teaching of high-frequency and subject words",
         "Little and often", EM, "Teaching assistant"],
        ["A personalised curriculum matched to Reece's interests and level, at the discretion of the Head of Centre",
         "All sessions", EM, "Rowanbank teachers"],
        ["Maths in a small group",
         "Daily", "Daily, in set 5", "Maths teacher"],
        ["Access to a laptop for longer pieces of writing",
         "When one is available", "When one is available", EM],
    ])

    _area(d, "4. Moving back to full-time school (Outcomes 6 and 7)", [
        ["A 15-minute phone handover between Reece's Rowanbank key worker and his Fellgate learning mentor on what has worked that week, written up on the shared transition log",
         "Every Wednesday at 13:45", "Every Wednesday at 13:45",
         "Rowanbank key worker and Fellgate learning mentor (named above)"],
        ["Social skills group using the Talkabout for Teenagers programme: joining a group, reading other people's intentions and putting things right after a falling-out",
         EM, "One 50-minute session every Thursday, 11:20 to 12:10, in a group of no more than five",
         "Fellgate HLTA who has completed Talkabout training"],
        ["Reece's part-time timetable to be increased towards full-time when he is ready, as agreed between the two schools",
         "Monday to Wednesday, 9:30 to 13:30", "Thursday and Friday, 8:45 to 14:15",
         "Rowanbank Head of Centre and Fellgate SENCO"],
        ["Sessions with a youth worker on anger and keeping safe in the community, stopping once Reece's behaviour has settled",
         EM, "Fortnightly", "Youth worker, Castlereach Youth Service"],
    ])

    _h(d, "SECTION G \u2014 HEALTH PROVISION", "G")
    d.bullets([
        "A salbutamol inhaler kept in the office at each setting and used as required under Reece's asthma plan.",
        "CAMHS assessment when Reece reaches the top of the waiting list.",
        "Sleep advice from the school nursing team as needed.",
    ])

    _h(d, "SECTION H1 \u2014 SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", "H1")
    d.para("None. Reece has not been assessed as a disabled child needing services under "
           "section 2 of the CSDPA 1970.")
    _h(d, "SECTION H2 \u2014 OTHER SOCIAL CARE PROVISION", "H2")
    d.bullets([
        "A one-hour home visit every week from a family support worker in the Castlereach Family Help Team, under Reece's child in need plan dated 8 December 2025, to help Kayleigh with routines and managing Reece's anger at home.",
        "A place at a youth club with a mentor when spaces allow.",
    ])

    _h(d, "SECTION I \u2014 PLACEMENT", "I")
    d.para("Rowanbank Academy, Castlereach (alternative provision academy) on Monday, Tuesday "
           "and Wednesday, and Fellgate High School, Castlereach (mainstream academy, 11\u201316) "
           "on Thursday and Friday. Reece is dual-registered: Fellgate is his main school and "
           "Rowanbank provides the alternative provision set out in Section F.")

    _h(d, "SECTION J \u2014 PERSONAL BUDGET", "J")
    d.para("No personal budget has been requested.")

    _h(d, "SECTION K \u2014 ADVICE AND INFORMATION", "K")
    d.bullets([
        "Reece's views \u2014 gathered by Ms C. Delaney, key worker, Rowanbank Academy, December 2025",
        "Parent's views \u2014 Kayleigh Amberton, 5 December 2025",
        "Educational advice \u2014 Rowanbank Academy, Mr J. Oduya, Head of Centre, 10 December 2025",
        "Educational advice \u2014 Fellgate High School, Mrs S. Whitlock, SENCO, 11 December 2025",
        "Psychological advice \u2014 Dr Imogen Farrant-Lee, Educational Psychologist, 15 December 2025",
        "Speech and language therapy screening \u2014 Ms H. Ritchie, Speech and Language Therapist, 20 November 2025",
        "Medical advice \u2014 Dr K. Bassey, Community Paediatrician, 9 December 2025",
        "Social care advice \u2014 Castlereach Children's Services, Child in Need Team, 12 December 2025",
        "Youth Service information \u2014 Castlereach Youth Service",
    ])
