"""Kellingdale County Council - Year 11 young person with ME/CFS and anxiety, educated
otherwise than at school (s.61) through a package of live online school lessons, home tuition,
therapy and mentoring, moving to an FE college in September 2026. Word Heading 1 headings
with 'Section X:' and personalised titles ('Section F: The special educational provision
Imogen needs'). Cover details as a two-column shaded table. E numbered E1-E7. Section F opens
with a section 61 statement, then Part 1 is one five-column table (Ref | Provision | Mode and
place | Amount | Provider and staffing) with items F1-F14, one blank amount and provider pair
and a 'TBC' cell; Part 2 'Arrangements across the whole package' continues the numbering as
F15-F20 in hanging-indent paragraphs. Plain footer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Imogen Harcastle"


def build(d):
    d.simple_footer("Kellingdale County Council  \u2022  Education, Health and Care Plan  \u2022  "
                    "Imogen Harcastle  \u2022  FINAL  \u2022  Official-Sensitive")
    d.title("Kellingdale County Council", size=13, color="20603D")
    d.title("Education, Health and Care Plan", size=21, color="20603D")
    d.para("Final plan following re-assessment", bold=True, size=12)
    d.details_table([
        ("Name", "Imogen Harcastle"),
        ("Date of birth", "3 April 2010"),
        ("NHS number", "999 274 6613"),
        ("UPN", "A999002240871"),
        ("Address", "14 Calder Rise, Kellingdale, ZX3 7PW"),
        ("Parent", "Louise Harcastle (mother); Imogen also lives with her stepfather, Gareth Pryce, and her brother Noah"),
        ("Contact", "01632 960752 / 07700 900183 / louise.harcastle@example.org"),
        ("Year group", "Year 11"),
        ("Education", "Education otherwise than at school (section 61, Children and Families Act 2014)"),
        ("Date of final plan", "26 January 2026"),
        ("Next review", "By 30 June 2026 (brought forward to plan the move to college)"),
        ("EHC co-ordinator", "Tobias Fairweather-Lund, Kellingdale SEND 0-25 Team"),
    ], widths_cm=(4.2, 12.4), fill="E2EFDA")

    d.heading("Section A: What Imogen and her family want you to know", section="A")
    d.heading("In Imogen's words", level=2)
    d.para("Imogen wrote this on her laptop over three short sittings in December 2025 and "
           "sent it to her EHC co-ordinator by e-mail.")
    d.para("\"I used to love school. Then in Year 8 I got glandular fever and I never really "
           "got better. Now if I do too much one day, like a two-hour lesson and then going to "
           "the shops, I'm wiped out for three days and my brain goes foggy. Online lessons are "
           "OK because I can turn my camera off and lie down if I have to. I get panic attacks "
           "if I have to go somewhere new or be around lots of people. I still draw every day. "
           "I want to do art at college and one day illustrate children's books. I'd like to "
           "have a couple of friends I actually see, not just online.\"")
    d.heading("What Imogen's mum and stepdad say", level=2)
    d.para("Louise and Gareth say Imogen is kind, clever and very talented. They have watched "
           "her lose nearly two years of school and most of her friendships, and they want her "
           "to sit the GCSEs she is capable of without making herself ill. They worry about how "
           "she will manage at college, and they want the plan to make clear who is responsible "
           "for each part of her education, because last year nobody seemed to be in charge.")

    d.heading("Section B: Imogen's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Imogen is of above-average ability (educational psychology assessment, November "
           "2025) but has missed most of Years 9 and 10. She has significant gaps in maths "
           "(algebra, ratio and number work beyond Key Stage 3) and in the science content and "
           "required practicals of the GCSE course. Cognitive fatigue limits her to about three "
           "hours of focused work a day at present, in blocks of no more than 45 minutes; after "
           "that her processing speed and working memory drop sharply and she cannot retain new "
           "learning. She has not yet sat an examination longer than one hour.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Imogen has generalised anxiety with panic attacks. New places, crowds, and being "
           "asked to speak in front of a group can trigger panic, and she then avoids the "
           "situation for weeks. She has lost contact with most friends from her secondary "
           "school and spends almost all of her time at home. Her confidence in herself as a "
           "learner is low and she is very self-critical about her art.")
    d.heading("Sensory and physical", level=2)
    d.para("Imogen's ME/CFS causes physical and cognitive fatigue with post-exertional malaise "
           "(a worsening of all symptoms one to three days after too much activity). She feels "
           "dizzy if she stands for more than a few minutes and is sensitive to bright light "
           "and noise. She cannot yet plan her activity across a week to avoid crashes.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Imogen will leave Year 11 in July 2026. She has not had any careers guidance, has "
           "not visited a college and does not know what support a college could offer. She "
           "has not used public transport alone since 2023.")

    d.heading("Section C: Imogen's health needs", section="C")
    d.para("Imogen was diagnosed with ME/CFS (moderate) by the Kellingdale Paediatric CFS/ME "
           "Service in March 2024, and with generalised anxiety disorder in 2025. She has "
           "orthostatic intolerance, unrefreshing sleep and a reduced appetite. She takes "
           "melatonin at night. Her health needs mean she cannot attend a school site full "
           "time, and her energy has to be managed across the whole week.")

    d.heading("Section D: Imogen's social care needs", section="D")
    d.para("Imogen is socially isolated because of her illness and anxiety. A child in need "
           "assessment (Kellingdale Children's Services, October 2025) found that she needs "
           "an adult she trusts to help her get to and take part in activities in the "
           "community. No other social care needs were identified.")

    d.heading("Section E: The outcomes Imogen is working towards", section="E")
    d.para("The EOTAS co-ordinator will agree half-termly steps towards each outcome with "
           "Imogen and all providers and record them in the package review.")
    d.numbered([
        "By the end of Year 11 (July 2026), Imogen will sit GCSE English Language and mathematics, attending every paper with her agreed access arrangements.",
        "By Easter 2026, Imogen will take part in three 45-minute live online lessons a day on at least four days a week, without needing the following day to recover.",
        "Imogen will be less anxious.",
        "By July 2026, Imogen will leave the house for a planned activity (a tutorial, an art group or a college visit) on at least two days every week.",
        "Imogen will attend her online lessons and receive home tuition.",
        "By September 2026, Imogen will have enrolled on a Level 2 art and design course at Kellingdale College and agreed her first-term timetable with the college's learning support team.",
        "Imogen will become an illustrator.",
    ], fmt="E{n}")

    d.heading("Section F: The special educational provision Imogen needs", section="F")
    d.para("Kellingdale County Council is satisfied that it would be inappropriate for "
           "Imogen's special educational provision to be made in a school or post-16 "
           "institution, and arranges it otherwise than in a school under section 61 of the "
           "Children and Families Act 2014. The provision below is made in term time until "
           "the end of Year 11 unless it says otherwise.")
    d.heading("Part 1: Weekly package", level=2)
    d.table(["Ref", "Provision", "Mode and place", "Amount", "Provider and staffing"], [
        ["F1", "Live online GCSE lessons in English Language and mathematics, taught in classes of no more than ten students, with Imogen free to keep her camera off and answer in the chat.",
         "Live online, from home",
         "Four 45-minute lessons a week (two English, two maths), Monday to Thursday at 10:00",
         "Kestrelwood Online School; subject teachers with QTS"],
        ["F2", "1:1 tuition in GCSE Combined Science (Foundation), including the required practicals that cannot be done online.",
         "At home",
         "Two 50-minute sessions a week, Tuesday and Friday at 11:00",
         "Qualified science teacher (QTS), Kellingdale Medical Needs Teaching Service"],
        ["F3", "Additional maths tuition to close gaps in number and algebra from Years 9 and 10.",
         "At home",
         "Up to 2 hours a week",
         "Home tutor"],
        ["F4", "1:1 art and design tuition towards GCSE Art and Design, covering Imogen's sketchbook and the externally set task.",
         "At home, Wednesdays",
         "One 75-minute session every week, with a 10-minute rest break halfway",
         "Art teacher with QTS and at least three years' experience of teaching GCSE, Kellingdale Medical Needs Teaching Service"],
        ["F5", "Access to recorded lessons on the online school's platform for any live lessons Imogen misses.",
         "Online",
         "As needed",
         "Kestrelwood Online School"],
        ["F6", "Occupational therapy advice on pacing and energy management, given to Imogen's tutors and family.",
         "Video call",
         "Once a term",
         "Occupational therapist, Paediatric CFS/ME Service"],
        ["F7", "Psychological support for anxiety.",
         "To be agreed",
         "To be agreed following CAMHS assessment",
         "CAMHS"],
        ["F8", "Individual CBT-informed sessions on managing panic, graded practice in leaving the house, and preparing to learn alongside other students again, working from a written plan that Imogen keeps.",
         "Alternate weeks at home and by video call",
         "A block of 14 sessions of 50 minutes, one each week in term time from 2 February 2026",
         "HCPC-registered clinical psychologist, Kellingdale Paediatric CFS/ME Service"],
        ["F9", "A key adult from the online school to check in with Imogen regularly.",
         "Online",
         "Regularly",
         "Online school pastoral team"],
        ["F10", "A named EOTAS co-ordinator who holds Imogen's timetable, links all the providers, and meets Imogen and her mother to go over how the fortnight has gone; the co-ordinator also writes a review of the whole package each half-term.",
         "Home visit or video call",
         "30 minutes every fortnight; written package review every half-term",
         "EOTAS co-ordinator (qualified teacher), Kellingdale SEND 0-25 Team"],
        ["F11", "Opportunities to meet other Kestrelwood students in person at the termly meet-ups in Kellingdale.",
         "Community venue",
         "",
         ""],
        ["F12", "A laptop and any software Imogen needs for her online lessons.",
         "Home",
         "",
         "SEND Team to arrange"],
        ["F13", "Exam access arrangements for GCSE examinations.",
         "Exam centre",
         "TBC",
         "To be confirmed by the exam centre"],
        ["F14", "Two individual careers guidance interviews on post-16 art and design courses and how to apply, with a written action plan sent to Imogen after each one.",
         "Video call",
         "Two 45-minute interviews, in February and March 2026",
         "Careers adviser holding a Level 6 Diploma in Career Guidance and Development, Kellingdale Careers Service"],
    ], widths_cm=[1.0, 5.6, 2.8, 3.6, 3.6], font_size=9)

    d.heading("Part 2: Arrangements across the whole package", level=2)
    d.numbered([
        "Imogen would benefit from a phased programme of visits to Kellingdale College before she starts there in September 2026.",
        "Imogen's home tuition will be phased out over the spring term as she moves on to more online lessons.",
        "At the start of every live online lesson the subject teacher will post the lesson outline and mark the point where there will be a 5-minute camera-off rest, so that Imogen can pace herself.",
        "Imogen's mother will supervise her daily reading practice and keep her reading log.",
        "Every Monday at 13:00, a 40-minute 1:1 mentoring call with her Kestrelwood learning mentor, who holds the Youth Mental Health First Aid certificate, to plan the week's work against Imogen's energy diary.",
        "Small group sessions with other students to rebuild confidence, offered by the online school's wellbeing team.",
    ], start=15, fmt="F{n}")

    d.heading("Section G: Health provision for Imogen", section="G")
    d.bullets([
        "Review by the consultant paediatrician at the Kellingdale Paediatric CFS/ME Service every four months, covering her sleep, orthostatic symptoms and activity levels.",
        "Melatonin at bedtime, prescribed and reviewed by the consultant paediatrician every six months.",
        "Dietetic advice on Imogen's reduced appetite as appropriate.",
        "Referral to the adult CFS/ME service before Imogen's 18th birthday (April 2028), made by the consultant paediatrician.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker from the Kellingdale Young People's Inclusion Service for 2 hours "
           "every other Saturday, so that Imogen can get to and take part in a community art "
           "group in Kellingdale town centre.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None at present.")

    d.heading("Section I: Where Imogen will be educated", section="I")
    d.para("Education otherwise than at school under section 61 of the Children and Families "
           "Act 2014, arranged by Kellingdale County Council as set out in Section F. Imogen is "
           "not on the roll of any school.")

    d.heading("Section J: Personal budget", section="J")
    d.para("No personal budget has been requested. The local authority commissions each part "
           "of the Section F package directly.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Imogen's views \u2013 written by Imogen, December 2025",
        "Parents' views \u2013 Louise Harcastle and Gareth Pryce, 1 December 2025",
        "Educational advice \u2013 Kellingdale Medical Needs Teaching Service, Mr R. Osei, Head of Service, 28 November 2025",
        "Educational advice \u2013 Kestrelwood Online School, Ms H. Lyall, SENCO, 2 December 2025",
        "Psychological advice \u2013 Dr Corinne Baptiste-Hale, Educational Psychologist, 19 November 2025",
        "Medical advice \u2013 Dr E. Mirza, Consultant Paediatrician, Paediatric CFS/ME Service, 25 November 2025",
        "Occupational therapy advice \u2013 Paediatric CFS/ME Service",
        "Clinical psychology advice \u2013 Dr N. Haldane, Clinical Psychologist, 4 December 2025",
        "Social care advice \u2013 Kellingdale Children's Services, child in need assessment, 21 October 2025",
        "Preparing for adulthood advice \u2013 Ms F. Adebayo, Careers Adviser, Kellingdale Careers Service, 8 December 2025",
    ])
