"""Farnley Metropolitan Borough Council - young person aged 17 (Year 12 age group) with
autism and severe anxiety, receiving education otherwise than at a school or post-16
institution (EOTAS, s.61): online tutoring, autism mentoring, CBT and a supported
work-experience placement at an animal sanctuary. Headings are bold coloured Normal text
(no heading styles) in the form 'Section F: Special educational provision - my EOTAS
package'; first-person A. E numbered E1-E9. Section F opens with the s.61 statement, then
four numbered strands (Heading 2), each made of bold 'Component n - title' lines followed by
one or two prose paragraphs (each paragraph one provision item). H1 / H2 split. Section J
describes a direct payment for the mentoring. FINAL plan."""

TITLE = "Education, Health and Care Plan - Elsie Marwood"

COL = "6A1B4D"


def _sec(d, sid, text):
    d.bold_line(text, section=sid, size=14, color=COL)


def _comp(d, text):
    d.para(text, bold=True)


def build(d):
    d.simple_footer("Farnley MBC \u2013 Education, Health and Care Plan \u2013 Elsie Marwood \u2013 "
                    "FINAL \u2013 23 February 2026")
    d.title("Farnley Metropolitan Borough Council", size=13, color=COL)
    d.title("My Education, Health and Care Plan", size=22, color=COL)
    d.para("Final plan issued after the annual review meeting of 12 January 2026, at which "
           "the education otherwise than at school (EOTAS) package was agreed.", italic=True)
    d.label_para("My name: ", "Elspeth Marwood (I like to be called Elsie)")
    d.label_para("Date of birth: ", "3 October 2008 (age 17)")
    d.label_para("NHS number: ", "999 204 7718")
    d.label_para("Address: ", "4 Linnet Close, Farnley Cross, XJ6 2PW")
    d.label_para("My mobile (text only, please): ", "07700 900263")
    d.label_para("Parents: ", "Rachel Marwood and Simon Marwood \u2013 01632 960918, "
                 "rachel.marwood@example.org")
    d.label_para("Year group: ", "Year 12 age group; not on the roll of a school or college")
    d.label_para("Date of this plan: ", "23 February 2026")
    d.label_para("Review meeting due by: ", "22 February 2027")
    d.label_para("SEND officer: ", "Tomasz Grealish-Odu, Farnley Post-16 SEND Team")

    _sec(d, "A", "Section A: About me \u2013 my views, interests and aspirations")
    d.para("Elsie wrote this herself by e-mail to her SEND officer in December 2025 and agreed "
           "the final wording. She asked that nothing be added to it.", italic=True)
    d.para("\"I'm Elsie. I'm autistic and I have really bad anxiety, which is why I stopped "
           "going to school in Year 10. I'm not lazy and I'm not stupid, I got a 5 in English. "
           "Talking to people I don't know is the hardest thing for me, especially on the phone. "
           "Writing is easier. I love animals, especially rabbits and guinea pigs, and I foster "
           "kittens with Mum. I want to be a veterinary care assistant or work at a rescue "
           "centre. I'd like to have a part-time job by the time I'm 19 and get my own place "
           "one day, maybe with a friend. I'd like to be able to get the bus without someone "
           "with me. I don't want to go to college yet because the canteen and corridors are too "
           "much.\"")
    d.heading("What Mum and Dad think (Elsie agreed to include this)", level=2)
    d.para("Rachel and Simon say Elsie is clever, caring and funny once she knows someone. "
           "She has been at home for almost two years and her world has shrunk; they want a "
           "package that helps her get out of the house as well as get qualifications. They "
           "worry about what happens when she turns 18 and about her younger brother Toby, who "
           "is 12 and has started to copy her avoidance.")

    _sec(d, "B", "Section B: My special educational needs")
    d.heading("Communication and interaction", level=2)
    d.para("Elsie is autistic (diagnosed by CAMHS in 2021). She takes spoken language very "
           "literally and can misread jokes or hints. Speaking to unfamiliar adults, either "
           "face to face or on the phone, causes her great distress and she may stop speaking "
           "altogether; she communicates far more easily in writing and by text. She needs to "
           "know in advance who she will meet, where and for how long, and a change at short "
           "notice can make her cancel a whole day. She has two friends she talks to online but "
           "has not met anyone of her own age in person for over a year.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Elsie has a diagnosed anxiety disorder with social anxiety and panic attacks. She "
           "has not attended school or college since April 2024. Leaving the house, busy "
           "places and being watched while she works all trigger panic, and she then needs "
           "several hours to recover. Her sleep is poor and she is often awake until the early "
           "hours, so mornings are difficult. She is self-critical and gives up quickly when a "
           "task goes wrong.")
    d.heading("Cognition and learning", level=2)
    d.para("Elsie is able. She took GCSEs at home in 2025 and gained English Language (grade "
           "5) and Combined Science (grade 4-4), but only a grade 3 in maths because of the "
           "gaps left by missed schooling (ratio, algebra and geometry in particular). Under "
           "stress her processing slows and she freezes in timed tasks. She finds it hard to "
           "plan independent study and to start work without a clear structure.")
    d.heading("Sensory and physical", level=2)
    d.para("Elsie is highly sensitive to noise, strong smells and crowds. Buses at peak times, "
           "canteens and large classrooms quickly overwhelm her.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Elsie has never had a work placement and has had no careers guidance since Year 10. "
           "She does not travel anywhere without a parent. She can make simple snacks but has "
           "not cooked a meal, and she has never paid for anything in a shop herself.")

    _sec(d, "C", "Section C: My health needs")
    d.para("Elsie's autism was diagnosed by Farnley CAMHS in 2021 and her anxiety disorder by "
           "a CAMHS consultant psychiatrist in 2024. She takes sertraline each morning and "
           "carries propranolol for panic symptoms. CAMHS will discharge her at 18 and her "
           "care will need to move to adult mental health services.")

    _sec(d, "D", "Section D: My social care needs")
    d.para("Elsie is a disabled young person. Because of her anxiety she does not go into the "
           "community without a parent, and both her parents work, so she spends most days "
           "alone at home. She needs support to take part in leisure activities and to build "
           "friendships. She will need a Care Act transition assessment before she turns 18.")

    _sec(d, "E", "Section E: My outcomes")
    d.para("My EOTAS coordinator will agree small steps towards each outcome with me every "
           "half-term and send them to me in writing.")
    d.numbered([
        "By the end of June 2026, Elsie will sit GCSE maths and achieve at least grade 4.",
        "By July 2027, Elsie will have completed an online Level 2 qualification in animal care.",
        "By December 2026, Elsie will travel by bus on her own from home to her placement and back, every week for a month.",
        "Elsie will feel more confident.",
        "By July 2026, Elsie will attend at least 85% of her timetabled tuition and mentoring sessions in each half-term.",
        "Elsie will attend a work placement.",
        "By her next annual review, Elsie will use a strategy from her CBT coping plan to stay at her placement for the full three hours on eight Thursdays out of ten.",
        "Elsie will live independently.",
        "By February 2027, Elsie will cook an evening meal for her family once a week, buying the ingredients herself from a weekly budget of \u00a315.",
    ], fmt="E{n}")

    _sec(d, "F", "Section F: Special educational provision \u2013 my EOTAS package")
    d.para("Farnley Metropolitan Borough Council is satisfied that it would be inappropriate "
           "for Elsie's special educational provision to be made in a school or post-16 "
           "institution at present, and it will arrange the provision below under section 61 "
           "of the Children and Families Act 2014. Unless a component says otherwise, it runs "
           "for 38 weeks a year, following the term dates of Farnley Sixth Form College.")

    d.heading("Strand 1 \u2013 Learning", level=2)
    _comp(d, "Component 1 \u2013 Online GCSE maths tuition")
    d.para("Elsie will have live one-to-one online GCSE maths tuition (Foundation tier, "
           "towards the June 2026 resit) with a qualified teacher holding QTS from Brightwell "
           "Online Tutors: three 50-minute sessions each week, on Monday, Wednesday and "
           "Thursday at 10:00, for 38 weeks a year. Elsie may keep her camera off and use the "
           "chat box instead of speaking.")
    d.para("By 6 pm on the evening before each session, the tutor sends Elsie the session "
           "plan and any new words through the platform's message function, so that nothing "
           "in the lesson is unexpected.")
    _comp(d, "Component 2 \u2013 Animal care qualification")
    d.para("Elsie will also study an online animal care qualification with a provider still "
           "to be agreed.")
    _comp(d, "Component 3 \u2013 Other subjects")
    d.para("Further tuition in other subjects can be requested by the family when Elsie feels "
           "ready for it.")
    _comp(d, "Component 4 \u2013 Examination arrangements")
    d.para("For the June 2026 GCSE maths exam, Farnley Sixth Form College will enter Elsie as "
           "a private candidate and she will sit the paper in a room on her own with 25% extra "
           "time and supervised rest breaks; the college's exams officer will confirm these "
           "arrangements to Elsie in writing by 31 March 2026.")
    _comp(d, "Component 5 \u2013 Equipment")
    d.para("Suitable IT equipment for her online lessons, to be provided if needed.")
    _comp(d, "Component 6 \u2013 Study at home")
    d.para("Rachel and Simon will make sure Elsie completes the tutor's set work at home on the "
           "days she has no tuition.")

    d.heading("Strand 2 \u2013 Communication, wellbeing and mentoring", level=2)
    _comp(d, "Component 7 \u2013 Autism mentoring")
    d.para("Two 90-minute mentoring sessions every week (Tuesdays and Fridays at 13:30), at "
           "home or at a caf\u00e9 or library Elsie chooses, always with the same mentor from "
           "Northlight Autism Mentoring, who holds a Level 3 Certificate in Understanding Autism "
           "and has at least two years' experience of mentoring autistic young adults. The "
           "sessions cover planning Elsie's week, practising going into community settings and "
           "speaking up for herself.")
    _comp(d, "Component 8 \u2013 Cognitive behavioural therapy")
    d.para("Twelve weekly 50-minute sessions of online cognitive behavioural therapy for social "
           "anxiety, starting in the week of 13 April 2026, with an HCPC-registered clinical "
           "psychologist from the Farnley Young Adults Psychology Service, followed by three "
           "monthly 50-minute booster sessions. After session six the psychologist sends a "
           "short written summary of Elsie's coping plan to her mentor and her job coach.")
    _comp(d, "Component 9 \u2013 Keeping in touch")
    d.para("Regular phone or text check-ins with the EOTAS coordinator.")
    _comp(d, "Component 10 \u2013 Meeting other young people")
    d.para("Opportunities to meet other young people, for example a youth group or an online "
           "gaming club.")
    _comp(d, "Component 11 \u2013 Communication advice")
    d.para("A speech and language therapist will advise Elsie's tutors and mentor on how she "
           "communicates.")

    d.heading("Strand 3 \u2013 Work, travel and independence", level=2)
    _comp(d, "Component 12 \u2013 Work-experience placement")
    d.para("A work-experience placement at Hollin Bank Animal Sanctuary every Thursday in term "
           "time from 23 April 2026, from 10:00 to 13:00, caring for small animals alongside the "
           "sanctuary staff. A job coach from Farnley Supported Employment Service who holds a "
           "BASE-endorsed Level 3 qualification in supported employment stays with Elsie for "
           "the whole of every shift.")
    _comp(d, "Component 13 \u2013 Settling in")
    d.para("A support worker will go with Elsie to the sanctuary at first, withdrawing once she "
           "has settled.")
    _comp(d, "Component 14 \u2013 A second placement")
    d.para("A second placement in a veterinary practice will be arranged by the coordinator "
           "when one becomes available.")
    _comp(d, "Component 15 \u2013 Independent travel training")
    d.para("Independent travel training on the 36 bus between Farnley Cross and Hollin Bank: "
           "two sessions a week of 75 minutes each for ten weeks from 20 April 2026, at quieter "
           "mid-morning times, with a travel trainer from the Farnley Travel Ability Team who "
           "has completed the team's accredited travel trainer course.")
    _comp(d, "Component 16 \u2013 Living skills")
    d.para("Life skills sessions covering cooking and handling money, as appropriate.")
    _comp(d, "Component 17 \u2013 Careers")
    d.para("Careers advice through the Farnley careers service.")

    d.heading("Strand 4 \u2013 Co-ordinating and reviewing the package", level=2)
    _comp(d, "Component 18 \u2013 EOTAS coordinator")
    d.para("A named EOTAS coordinator from the Farnley Post-16 SEND Team, a qualified teacher "
           "who holds the National Award for SEN Coordination, meets Elsie and her parents for "
           "one hour each half-term, checks each provider's attendance record every week and "
           "sends a written progress summary to the Council before every review.")
    _comp(d, "Component 19 \u2013 Review of the package")
    d.para("The package as a whole will be looked at again after one term, and the hours "
           "reduced if Elsie is coping.")

    _sec(d, "G", "Section G: My health provision")
    d.bullets([
        "Sertraline 50 mg each morning, prescribed by Dr A. Lindqvist, CAMHS consultant psychiatrist, who reviews it every three months until Elsie moves to adult mental health services.",
        "Propranolol 10 mg, which Elsie takes as required for the physical symptoms of panic, no more than three times a day, as prescribed by her GP.",
        "A CAMHS anxiety management group of six weekly sessions teaching Elsie breathing and grounding techniques.",
        "Transition from CAMHS to adult mental health services, to be planned when the adult team has capacity.",
    ])

    _sec(d, "H1", "Section H1: Social care provision under section 2 of the Chronically Sick "
                  "and Disabled Persons Act 1970")
    d.bullets([
        "A support worker from Farnley Community Support for four hours every Saturday, funded through a social care direct payment of \u00a388 a week, so that Elsie can go to the town library, the climbing wall and the Saturday youth group.",
        "Short breaks when the family needs them.",
    ])
    _sec(d, "H2", "Section H2: Other social care provision")
    d.para("A Care Act transition assessment by Farnley Adult Social Care, to be completed by "
           "3 July 2026, three months before Elsie's 18th birthday.")

    _sec(d, "I", "Section I: Placement")
    d.para("Education otherwise than in a school or post-16 institution, arranged by Farnley "
           "Metropolitan Borough Council under section 61 of the Children and Families Act 2014. "
           "No school or college is named.")

    _sec(d, "J", "Section J: Personal budget")
    d.para("Elsie's parents receive a direct payment of \u00a34,560 a year (114 hours at \u00a340 "
           "an hour) to buy the mentoring in Component 7 from Northlight Autism Mentoring. The "
           "direct payment meets Elsie's needs in Section B for communication and interaction "
           "and for anxiety, and supports outcomes E3, E5 and E7. All other parts of the EOTAS "
           "package are commissioned by the Council and paid to the providers directly. The "
           "social care direct payment for the Saturday support worker is described in Section "
           "H1.")

    _sec(d, "K", "Section K: Advice and information")
    d.numbered([
        "Elsie's views \u2013 written by Elsie, 15 December 2025",
        "Parents' views \u2013 Rachel and Simon Marwood, 11 December 2025",
        "Educational advice \u2013 Ms H. Oduya, Farnley Medical Needs Teaching Service, 5 December 2025",
        "Psychological advice \u2013 Dr K. Ballantyne, Educational Psychologist, 1 December 2025",
        "Medical advice \u2013 Dr A. Lindqvist, CAMHS Consultant Psychiatrist, 8 December 2025",
        "Speech and language therapy advice \u2013 Farnley Community SaLT Service",
        "Social care advice \u2013 Farnley 14\u201325 Preparing for Adulthood Team, 10 December 2025",
        "Preparing for adulthood advice \u2013 Mr D. Sefton, Careers Adviser, Farnley Careers Service, 9 December 2025",
    ])
