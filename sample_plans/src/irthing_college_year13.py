"""Carrowfell County Council - amended final plan for a young person of 18 (Year 13) who is
autistic and has an anxiety disorder, studying three A levels at a sixth form college and
applying to university. Word Heading 1 headings 'Section F: The support I will get at
college (special educational provision)' - letter, colon, a first-person title and the
statutory name in brackets. Bold-label cover lines with an amendment note. E is numbered
E1-E8 with PfA outcomes. Section F is laid out as a timeline of the college year: Heading 2
sub-headings for each stage ('Throughout Year 13 ...', 'Autumn term 2025: the UCAS
application', 'Spring term 2026', 'Summer term 2026: examinations', 'Summer 2026: moving on
to university'), each over plain bullets written as prose with the amount, timing and
deliverer inside the sentence. H1 'not applicable' (18+), H2 Care Act. FINAL amended plan."""

TITLE = "Education, Health and Care Plan - Tobias Marr"


def build(d):
    d.running_header_footer("Carrowfell County Council  |  EHC plan  |  Tobias (Toby) Marr",
                            footer_left="Final amended plan, 3 October 2025",
                            first_page_plain=True)
    d.title("Carrowfell County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="5B2C6F")
    d.para("FINAL AMENDED PLAN (following the annual review of 10 July 2025)", bold=True)
    d.label_para("Name: ", "Tobias Marr (known as Toby)")
    d.label_para("Date of birth: ", "19 September 2007 (age 18)")
    d.label_para("NHS number: ", "999 604 2217")
    d.label_para("Unique learner number: ", "9990483126")
    d.label_para("Address: ", "Flat 2, 14 Coldwell Terrace, Irthingbridge, XJ3 5PN")
    d.label_para("Toby's contact details: ", "07700 900734; toby.marr@example.org")
    d.label_para("Parents (contact only with Toby's agreement): ", "Sigrid Marr and Daniel Marr, 01632 960418")
    d.label_para("Year group: ", "Year 13 (second year of A levels)")
    d.label_para("Education setting: ", "Irthingbridge Sixth Form College")
    d.label_para("Proposed amendments sent: ", "1 September 2025")
    d.label_para("Date of this final amended plan: ", "3 October 2025")
    d.label_para("Next annual review: ", "by 9 July 2026")
    d.label_para("Plan co-ordinator: ", "Priya Vasudevan, Carrowfell 14-25 SEND Team")
    d.para("This plan was amended after Toby's Year 12 annual review. The main changes are "
           "the new preparing-for-adulthood outcomes and provision for his move to "
           "university, and the cognitive behavioural therapy in Section F.", italic=True)

    d.heading("Section A: My views, interests and hopes for the future", section="A")
    d.heading("In my own words", level=2)
    d.para("Toby wrote this section himself and e-mailed it to his plan co-ordinator on 24 "
           "June 2025. He asked for it to be included without changes.")
    d.para("\"I am 18 and in my last year at Irthingbridge Sixth Form College doing Biology, "
           "Chemistry and Psychology. I like science because it has rules that make sense. "
           "Outside college I play chess online, I keep tropical fish (I have a 120-litre "
           "tank) and I run a small blog about freshwater shrimp. I want to study Biomedical "
           "Science at university and then work in a hospital laboratory or do research. I "
           "want to live in halls, but the thought of a shared kitchen and freshers' week "
           "makes me feel sick. The things that make college hard are noise in the canteen, "
           "group work when nobody says what the rules are, and teachers who say 'we'll see' "
           "instead of giving an answer. I don't want a TA following me around. I do want "
           "someone I can go to who already knows me, and I want to learn how to cook more "
           "than pasta.\"")
    d.heading("My parents' views (shared with my agreement)", level=2)
    d.para("Sigrid and Daniel are very proud of how hard Toby works and of his predicted "
           "grades. They worry that he hides how anxious he is until he reaches a point "
           "where he cannot leave the house, as happened for three weeks in Year 12. They "
           "would like the plan to prepare him properly for living away from home: cooking, "
           "money, travelling by train and knowing who to ask for help at university. "
           "Toby's younger sister Freya, who is 15, says he is \"the best at explaining "
           "homework\".")

    d.heading("Section B: What I find difficult (special educational needs)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Toby is autistic (diagnosed in 2019). He has a wide vocabulary and expresses "
           "himself well in writing, but he takes vague language literally and becomes "
           "anxious when instructions are open-ended. In group discussions and group "
           "practicals he does not know when to speak, so he either says nothing or takes "
           "over. He finds phone calls and speaking to people he does not know very hard, "
           "and he will not ask a teacher for help or an extension even when he needs one.")
    d.heading("Cognition and learning", level=2)
    d.para("Toby's predicted grades are A, A and B. His difficulties are with executive "
           "function: he cannot yet plan a long piece of work, break it into steps or "
           "estimate how long tasks will take, and he misses deadlines when several fall in "
           "the same week. His processing speed is in the low average range (educational "
           "psychologist, 2023), so he takes longer than his peers to complete timed "
           "written answers.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Toby has generalised anxiety disorder and social anxiety. When his anxiety "
           "builds he stops eating at college, goes home early and then cannot face coming "
           "back; in Year 12 he missed three weeks in the spring term. Exam halls trigger "
           "panic attacks: in his Year 12 mock examinations he left two papers after 20 "
           "minutes. He has one close friend at college and avoids the common room.")
    d.heading("Sensory", level=2)
    d.para("Toby is very sensitive to noise and to flickering fluorescent light. The "
           "canteen and the sports hall used for examinations are the hardest places for "
           "him; he wears his own noise-cancelling headphones between lessons.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Toby has never travelled on a train on his own, has not used a washing machine "
           "or cooked a meal other than pasta, and does not manage a bank account or a "
           "budget. He has not yet applied for Disabled Students' Allowances and does not "
           "know how to tell a university about his autism.")

    d.heading("Section C: My health needs", section="C")
    d.para("Toby was diagnosed with autism by the Carrowfell Child Development Service in "
           "2019 and with generalised anxiety disorder by CAMHS in 2023. He takes sertraline "
           "every day and has propranolol to use before examinations. CAMHS will discharge "
           "him because he is now 18, and his care is to move to adult mental health services.")

    d.heading("Section D: My social care needs", section="D")
    d.para("Adult social care carried out a Care Act 2014 assessment on 12 August 2025. It "
           "found that Toby does not have eligible care and support needs, but that he "
           "needs to learn everyday living skills (cooking, laundry, managing money) before "
           "he lives independently.")

    d.heading("Section E: What I want to achieve (outcomes)", section="E")
    d.para("These outcomes run to the end of Toby's A-level course in July 2026, or to the "
           "date given. Toby and his learning support tutor will agree half-termly steps "
           "towards each one.")
    d.numbered([
        "By June 2026, Toby will sit every paper of his A-level Biology, Chemistry and Psychology examinations in his agreed exam room, without leaving any paper early.",
        "By 14 January 2026, Toby will have submitted a UCAS application to five Biomedical Science courses, with personal statement answers written by himself.",
        "Toby will go to university.",
        "By July 2026, Toby will plan, buy and cook five evening meals within a weekly budget of \u00a340, without prompting.",
        "By the end of the spring term 2026, Toby will ask a teacher or his tutor for a break or an extension, in words or using his card, on at least four out of five occasions when he needs one.",
        "Toby will manage his anxiety better.",
        "By September 2026, Toby will travel by train on his own from Irthingbridge to his university city and find his way to his accommodation.",
        "Toby will receive mentoring and counselling.",
    ], fmt="E{n}")

    d.heading("Section F: The support I will get at college (special educational provision)", section="F")
    d.para("The provision below is made at Irthingbridge Sixth Form College in term time. It "
           "is set out in the order in which it happens over Toby's final year.")

    d.heading("Throughout Year 13 (8 September 2025 to 19 June 2026)", level=2)
    d.bullets([
        "A 20-minute check-in with Toby's named learning support tutor, Ms D. Harrowby, every Monday and Thursday at 8:40 in the Learning Support base, to go through the week's timetable, deadlines and any room or staff changes. Ms Harrowby holds the Level 5 Diploma in Education and Training and has completed the Autism Education Trust's Good Autism Practice training.",
        "One hour each week of 1:1 executive-function coaching (Wednesdays, period 3) with the college's specialist autism tutor, Mr R. Kaur, a qualified teacher who holds the Postgraduate Certificate in Autism: planning essays and coursework in steps, building a weekly study timetable and keeping a deadline tracker. Mr Kaur will report Toby's progress towards E1 and E5 at each termly progress review.",
        "Learning support in chemistry practicals as and when Toby needs it.",
        "Subject teachers are encouraged to share lesson slides with Toby before each lesson.",
        "The quiet study room (G14) will be available to Toby during his free periods.",
        "Mentoring from a member of the pastoral team, fortnightly to begin with, dropping to monthly once Toby has settled into Year 13.",
        "Sensory equipment as needed, such as ear defenders, a fidget tool or tinted glasses.",
        "Access arrangements in all mock and final A-level examinations: 25% extra time, a separate room with no more than eight candidates and a seat by the door, invigilated by the college's trained access-arrangements invigilators. Toby will sit one practice paper in that room in December 2025 so that it is familiar before the January mocks.",
    ])

    d.heading("Autumn term 2025: the UCAS application", level=2)
    d.bullets([
        "Three 45-minute 1:1 meetings in September and October 2025 with the college's UCAS adviser, Mrs T. Oyelaran (Level 6 Diploma in Career Guidance and Development), to choose five Biomedical Science courses, draft Toby's answers to the UCAS personal statement questions and submit the application by the college's internal deadline of 14 November 2025.",
        "Toby will be supported to attend university open days, with a member of staff going with him if staffing allows.",
        "Interview practice for any university that invites Toby to an interview, the number and style of sessions to be agreed by his personal tutor.",
    ])

    d.heading("Spring term 2026", level=2)
    d.bullets([
        "Ten weekly 1:1 sessions of cognitive behavioural therapy for social anxiety, adapted for autistic young people, each lasting 50 minutes, starting on 12 January 2026 in the college's Wellbeing Suite and delivered by an HCPC-registered clinical psychologist from the Carrowfell Young Adults Psychology Service.",
        "Drop-in time with the college counselling team of up to 30 minutes a week.",
        "A place in the college's social communication group for autistic students will be offered to Toby.",
        "Two 1-hour sessions in February 2026 with the Learning Support Manager, Mrs E. Baptiste, who has seven years' experience of supporting Disabled Students' Allowances applications, to complete Toby's DSA application with him and prepare him for his DSA needs assessment, including practising what he will say about his autism.",
        "A one-off assessment by an occupational therapist of Toby's sensory needs in the exam hall and canteen, with written advice for college staff.",
        "Independent living skills: two 90-minute sessions each week in the college's Life Skills flat from 5 January to 27 March 2026, in which Toby plans a week's meals on a \u00a340 budget, orders the shopping online and cooks it, and learns to use a washing machine and pay a bill online. The sessions are taught by the college's independent living skills instructor, who holds the Level 3 Diploma in Adult Care, in a group of no more than four students.",
    ])

    d.heading("Summer term 2026: examinations", level=2)
    d.bullets([
        "From 20 April 2026 until his last A-level paper, a 30-minute revision-planning meeting each Friday at 13:30 with Mr Kaur, his specialist autism tutor, to set the next week's revision timetable and go through the room plan for each paper.",
    ])

    d.heading("Summer 2026: moving on to university", level=2)
    d.bullets([
        "Travel training on the train route to whichever university city Toby chooses, to be arranged once his place is confirmed.",
        "Liaison with the university's disability service as appropriate.",
    ])

    d.heading("Section G: My health provision", section="G")
    d.bullets([
        "Sertraline 50 mg once a day, prescribed by Toby's GP, Dr H. Lindgren, and reviewed by the GP every three months.",
        "Propranolol 10 mg, taken as required before examinations; Toby carries it and takes it himself as prescribed by his GP.",
        "Transfer of Toby's care from CAMHS to the Carrowfell Adult Community Mental Health Team once a slot is free.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Toby is 18.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.bullets([
        "Toby's Care Act assessment of 12 August 2025 found no eligible needs for care and support, so he has no care and support plan.",
        "Adult social care will offer advice and signposting to community activities when Toby needs it.",
    ])

    d.heading("Section I: Where I will study (placement)", section="I")
    d.para("Irthingbridge Sixth Form College (sixth form college), A-level programme in "
           "Biology, Chemistry and Psychology, until the end of Year 13 in July 2026.")
    d.para("This plan will stop if Toby starts a university course. His support at "
           "university will then come from Disabled Students' Allowances and the "
           "university's disability service.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Toby has not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Toby's views - written by Toby, 24 June 2025",
        "Parents' views - Sigrid and Daniel Marr, 30 June 2025",
        "Educational advice - Mr O. Pennycook, Head of Learning Support, Irthingbridge Sixth Form College, 3 July 2025",
        "Psychological advice - Dr S. Achebe, Educational Psychologist, 14 March 2023 (agreed at the review to be still sufficient)",
        "Medical advice - Dr F. Whitlock, Consultant Child and Adolescent Psychiatrist, Carrowfell CAMHS, 26 June 2025",
        "Social care advice - Carrowfell Adult Social Care, Care Act assessment, 12 August 2025",
        "Preparing for adulthood advice - Mrs T. Oyelaran, UCAS and careers adviser, 4 July 2025",
        "Annual review report - Irthingbridge Sixth Form College",
    ])
