"""Brenmoor Metropolitan Borough Council - Year 11 young person with Tourette syndrome,
OCD and ADHD at a mainstream 11-16 academy, GCSE year, amended at the phase-transfer review
for the move to a sixth form college. Word Heading 1 headings with an em dash and title-case
titles ('Section F \u2014 Special Educational Provision'). Running header and 'Page X of Y'
footer. Cover details in a four-column table. B has area sub-headings and a preparing-for-
adulthood sub-section. E is numbered E1-E9. Section F has four Heading 3 area sub-headings,
each over a four-column table (What will be provided | Amount and timing | Staff and
training | Funded by), the last column naming the school budget, the LA top-up, the NHS,
or 'Within existing resources'. H1 and H2 both 'None'. Section I names the academy until
31 August 2026 and the sixth form college from 1 September 2026. FINAL amended plan."""

TITLE = "Education, Health and Care Plan - Jonah Whitcombe"


def build(d):
    d.running_header_footer(
        "Brenmoor MBC \u2014 Education, Health and Care Plan \u2014 Jonah Whitcombe (amended March 2026)",
        footer_left="FINAL", first_page_plain=True)
    d.title("Brenmoor Metropolitan Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final amended plan following the Year 11 annual review (phase transfer to post-16)",
           italic=True)
    d.table(None, [
        ["Name", "Jonah Whitcombe", "Date of birth", "17 June 2010"],
        ["NHS number", "999 604 2871", "UPN", "H999000518276"],
        ["Address", "Flat 2, 41 Quayside Terrace, Brenmoor, ZY3 8HN", "Year group", "Year 11"],
        ["Parent / carer", "Leanne Whitcombe (mother); Dev Karalis (stepfather)", "Telephone", "01632 960433; Jonah: 07700 900781"],
        ["E-mail", "leanne.whitcombe@example.org", "School", "Fairhaven Academy"],
        ["Annual review meeting", "3 February 2026", "Date of final amended plan", "12 March 2026"],
        ["Next review", "By 11 March 2027", "SEND case officer", "Gareth Nwachukwu, Brenmoor SEND Service"],
    ], widths_cm=[3.0, 5.6, 3.2, 4.8], bold_first_col=True, font_size=10)

    # ---------------------------------------------------------------- A
    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("In Jonah's words", level=2)
    d.para("Jonah met his SENCO, Mrs Achterberg, before the review and recorded his answers on "
           "his phone; this is a shortened version in his own words. \"Most people think "
           "Tourette's is just swearing. Mine isn't. It's my neck and my shoulder and noises "
           "like a cough or a squeak, and they get way worse when I'm stressed or trying to "
           "hold them in. The OCD is the bit nobody sees. I have to check my bag and re-write "
           "things until they feel right, so I'm always behind. I'm good at computers and I "
           "want to do IT at Cresswell and then make games. I want to get the bus on my own "
           "and not have Mum drive me everywhere. The thing I'm most scared about is sitting "
           "my exams in the hall with everyone hearing me.\"")
    d.heading("Jonah's mother and stepfather", level=2)
    d.para("Leanne and Dev describe Jonah as kind, funny and brilliant with technology; he "
           "fixes the whole family's phones. They feel Year 11 has been the hardest year so "
           "far: his tics have increased with exam pressure and his checking rituals have made "
           "him late for school on many mornings. They want the plan to make sure he can sit "
           "his GCSEs in a way that is fair to him, and that Cresswell Sixth Form College know "
           "him before he starts. His sister Amber (9) says \"Jonah is the best at Minecraft.\"")
    d.heading("Aspirations", level=2)
    d.para("Jonah wants to study a Level 3 IT course, then work in games development or "
           "software testing. In the longer term he wants to live in his own flat in the city.")

    # ---------------------------------------------------------------- B
    d.heading("Section B \u2014 Special Educational Needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Jonah is predicted grades 4 to 6 in his GCSEs. His ADHD (combined presentation) "
           "means he loses track of multi-part tasks, misses instructions given once to the "
           "class, and struggles to plan revision and coursework over several weeks. Hand and "
           "arm tics make handwriting slow and painful after about 15 minutes, and OCD-driven "
           "re-writing means that timed written work is often unfinished.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Jonah has Tourette syndrome with frequent motor tics (neck, shoulder, hand) and "
           "vocal tics (coughs, squeaks and short words). Suppressing tics in quiet lessons "
           "causes a build-up, after which tics become more intense. He also has obsessive-"
           "compulsive disorder: checking his bag and locker, touching door frames a set "
           "number of times and re-writing work until it 'feels right'. He is anxious about "
           "being watched and has been teased about his tics. His self-esteem is low and he "
           "has begun to avoid the canteen and some lessons.")
    d.heading("Communication and interaction", level=2)
    d.para("Jonah's language skills are age-appropriate. Impulsivity means he sometimes talks "
           "over others, and he finds it hard to explain his tics to new people.")
    d.heading("Sensory and physical", level=2)
    d.para("Repeated tics cause muscle pain in his neck and right arm, and tiredness by the "
           "afternoon. He is sensitive to sudden loud noise, which can trigger tics.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Jonah has never travelled on public transport alone. He has not yet had "
           "individual careers guidance on Level 3 routes into IT. He relies on his mother to "
           "order his medication and book his appointments.")

    # ---------------------------------------------------------------- C
    d.heading("Section C \u2014 Health Needs", section="C")
    d.para("Jonah was diagnosed with Tourette syndrome in 2019 and with ADHD in 2021 by the "
           "Brenmoor community paediatric service. He takes modified-release methylphenidate "
           "each morning at home. Obsessive-compulsive disorder was diagnosed by CAMHS in "
           "2024; he has been referred back to the CAMHS OCD pathway for treatment. He is "
           "seen by the paediatric neurology Tourette clinic at Brenmoor General Hospital.")

    # ---------------------------------------------------------------- D
    d.heading("Section D \u2014 Social Care Needs", section="D")
    d.para("Jonah has no assessed social care needs and is not open to children's social "
           "care.")

    # ---------------------------------------------------------------- E
    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("Outcomes E1 to E3 run to the end of Year 11; the others run to the end of "
           "Jonah's first year at college (July 2027). Fairhaven, and then Cresswell, will "
           "set half-termly targets towards each outcome with Jonah.")
    d.numbered([
        "By the end of June 2026, Jonah will sit every one of his GCSE papers using his agreed access arrangements.",
        "By May 2026, Jonah will use his planner and revision timetable to hand in all remaining coursework by the subject deadline, without reminders from home.",
        "Jonah will feel less anxious about his tics.",
        "By December 2026, Jonah will use at least two of his competing-response techniques in lessons, so that he leaves class because of tics no more than twice a week.",
        "By October 2026, Jonah will travel to and from Cresswell Sixth Form College by bus on his own every college day.",
        "Jonah will be supported with his OCD.",
        "Jonah will become a video game developer.",
        "By July 2027, Jonah will complete the first year of a Level 3 BTEC in Information Technology, attending at least 90% of his timetabled sessions.",
        "Jonah will stop interrupting in lessons.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    d.heading("Section F \u2014 Special Educational Provision", section="F")
    d.para("The provision below is made at Fairhaven Academy until the end of Year 11, except "
           "where a row refers to the move to college. The last column shows who funds each "
           "row; it does not limit what must be provided.")
    head = ["What will be provided", "Amount and timing", "Staff and training", "Funded by"]
    w = [6.4, 4.0, 4.1, 2.3]

    d.heading("F1 Learning and examinations", level=3)
    d.table(head, [
        ["GCSE access arrangements: 25% extra time, supervised rest breaks with the clock stopped, and a room of his own so that his vocal tics do not worry him or other candidates",
         "Every GCSE paper in May and June 2026, and every mock and end-of-topic test before then",
         "Exams officer; invigilators briefed on Tourette syndrome by the SENCO before each exam series",
         "Fairhaven Academy"],
        ["A school laptop for Jonah's sole use as his normal way of working in every lesson and exam, with a OneNote notebook set up for each subject",
         "Every lesson and exam; 1 hour of set-up with Jonah in the first week after this plan is issued",
         "Set up by the IT technician; the SENCO checks each half-term that it is being used in all subjects",
         "Fairhaven Academy"],
        ["Small-group revision sessions in English and maths in the lead-up to the exams",
         "Weekly, where timetabling allows",
         "Subject staff",
         "Fairhaven Academy"],
        ["1:1 organisation coaching for Jonah's ADHD: building a revision timetable, breaking each coursework task into dated steps and checking his planner, with a printed copy of the week's plan for Jonah to take home",
         "20 minutes every Monday and Thursday at 8:40 until his last GCSE exam; progress reviewed by the SENCO each half-term",
         "HLTA who has completed at least 12 hours of accredited training in coaching young people with ADHD",
         "Brenmoor MBC (high-needs top-up)"],
        ["Jonah would benefit from copies of lesson slides and notes ahead of each lesson, so that he does not need to copy from the board",
         "All lessons",
         "Class teachers",
         "Fairhaven Academy"],
        ["Extra maths tuition to help him secure a grade 5",
         "Up to 2 hours a week until the maths exams",
         "Maths tutor",
         "Brenmoor MBC"],
    ], widths_cm=w, font_size=9.5)

    d.heading("F2 Tics, OCD and emotional wellbeing", level=3)
    d.table(head, [
        ["Comprehensive Behavioural Intervention for Tics (CBIT), taught 1:1 in school: tic-awareness training, a competing-response plan for each of Jonah's main tics, and practice of the responses in classroom situations",
         "Twelve 50-minute sessions, once a week from 20 April 2026, on days when he has no exam",
         "HCPC-registered clinical psychologist trained in CBIT, Brenmoor Neurodevelopmental Psychology Service",
         "Brenmoor MBC"],
        ["A tic-break card that lets Jonah leave any lesson for five minutes in the SEN base (Room G14) without being asked why; the teaching assistant in the base logs the time and sends him back to his lesson",
         "Five minutes each time Jonah shows the card, in any lesson",
         "SEN base teaching assistant on duty (no specialist training needed)",
         "Fairhaven Academy"],
        ["Mentoring to help Jonah manage his OCD in school",
         "Regular check-ins",
         "Pastoral team",
         "Fairhaven Academy"],
        ["Training for all staff who teach Jonah on Tourette syndrome, tics and OCD, so that teachers do not draw attention to his tics or rituals",
         "Date and length to be arranged by the SENCO",
         "An external trainer",
         "Fairhaven Academy"],
        ["A quiet room at break and lunchtime when the canteen and corridors are too much for him",
         "As needed",
         "Duty staff",
         "Fairhaven Academy"],
        ["ELSA sessions on anxiety, self-esteem and how to talk to friends about his tics, weekly to start with and then reducing as Jonah grows in confidence",
         "Weekly at first",
         "ELSA",
         "Fairhaven Academy"],
        ["A morning check-in to go through the day, warn Jonah of any cover teachers or room changes, and make sure he has his tic-break card and laptop",
         "10 minutes at 8:30 every school day, in the SEN base",
         "SEN base HLTA (Jonah's named key worker)",
         "Fairhaven Academy"],
    ], widths_cm=w, font_size=9.5)

    d.heading("F3 Physical and sensory", level=3)
    d.table(head, [
        ["Occupational therapy consultation with school about Jonah's writing stamina, the pain caused by his hand tics, and whether a sloping board would help",
         "One visit in the spring term",
         "Occupational therapist",
         "NHS"],
        ["Movement breaks and a range of fidget items to help him manage the urge to tic and to concentrate",
         "As and when",
         "Class teachers",
         "Fairhaven Academy"],
    ], widths_cm=w, font_size=9.5)

    d.heading("F4 Preparing for adulthood and the move to college", level=3)
    d.table(head, [
        ["Independent travel training on the number 14 bus between home and Cresswell Sixth Form College, including what to do if other passengers comment on his tics or the bus is late or cancelled",
         "Two 75-minute sessions a week for five weeks from 15 June 2026",
         "Trained independent travel trainer, Brenmoor Travel Training Team",
         "Brenmoor MBC"],
        ["A 1-hour transition meeting with Cresswell's learning support manager, Jonah and his mother by 22 May 2026, followed by three half-day taster visits to Cresswell in June and July 2026 with the SEN base HLTA accompanying Jonah on each visit",
         "One meeting and three half-day visits, summer term 2026",
         "SENCO (meeting); SEN base HLTA (visits)",
         "Fairhaven Academy"],
        ["A supported work taster at a local IT repair shop, if a suitable employer can be found",
         "One week in the summer term, dates to be agreed",
         "Work experience co-ordinator",
         "Fairhaven Academy"],
        ["Jonah should be encouraged to start managing his own medication and appointments before he leaves school",
         "Ongoing",
         "Form tutor and school nurse",
         "Fairhaven Academy / NHS"],
        ["Advice from the Brenmoor Careers Service on post-16 courses and apprenticeships",
         "As appropriate",
         "Careers adviser",
         "Within existing resources"],
    ], widths_cm=w, font_size=9.5)

    # ---------------------------------------------------------------- G
    d.heading("Section G \u2014 Health Provision", section="G")
    d.bullets([
        "Modified-release methylphenidate, prescribed by the community paediatrician and given at home each morning, with a medication review by the paediatrician every six months.",
        "Annual review at the paediatric neurology Tourette clinic, Brenmoor General Hospital, with a referral to the adult neurology service before Jonah turns 18.",
        "Assessment by the CAMHS OCD pathway when Jonah reaches the top of the waiting list.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1 \u2014 Social Care Provision (Chronically Sick and Disabled Persons Act 1970, section 2)", section="H1")
    d.para("None.")
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.para("None.")

    # ---------------------------------------------------------------- I
    d.heading("Section I \u2014 Placement", section="I")
    d.para("Fairhaven Academy (mainstream academy, 11\u201316) until 31 August 2026; from 1 "
           "September 2026, Cresswell Sixth Form College (sixth form college), Level 3 BTEC "
           "Extended Certificate in Information Technology.")

    # ---------------------------------------------------------------- J
    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("No personal budget has been requested by Jonah or his mother.")

    # ---------------------------------------------------------------- K
    d.heading("Section K \u2014 Advice and Information", section="K")
    d.bullets([
        "Jonah's views \u2013 recorded with Mrs H. Achterberg, SENCO, 27 January 2026",
        "Parents' views \u2013 Leanne Whitcombe and Dev Karalis, 29 January 2026",
        "Educational advice \u2013 Fairhaven Academy annual review report, 3 February 2026",
        "Psychological advice \u2013 Dr M. Ferreira-Lowe, Educational Psychologist, 14 January 2026",
        "Clinical psychology advice \u2013 Brenmoor Neurodevelopmental Psychology Service, 23 January 2026",
        "Medical advice \u2013 Dr R. Banerjee, Community Paediatrician, 20 January 2026",
        "CAMHS letter \u2013 Brenmoor CAMHS",
        "Occupational therapy advice \u2013 Brenmoor Children's Therapy Service, 22 January 2026",
        "Preparing for adulthood advice \u2013 Brenmoor Careers Service, 28 January 2026",
        "Social care \u2013 Brenmoor Children's Services confirmation of no involvement, 19 January 2026",
    ])
