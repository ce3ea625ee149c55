"""Norbury City Council - young person aged 16 (Year 12), profoundly deaf BSL user with
dyslexia, studying three A levels at a sixth form college. Headings are Word Heading 1
with the bare letter, an em dash and a first-person title ('F \u2014 What college and
others will provide for me (special educational provision)'); running header and
'Page X of Y' footer. Bold-label cover lines. E numbered E1-E8 with PfA outcomes.
Section F part 1 is a WEEKLY GRID table (Ref | What will be provided | Who, and their
qualification | Mo | Tu | We | Th | Fr | Each time) in which ticks in the day columns
give the frequency and the last column the length; two rows have no ticks. Part 2 is a
table of provision that is not on the weekly timetable (Ref | What will be provided |
Who, and their qualification | When and how much), some cells blank. H1/H2 split.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Jonah Castellane"

T = "\u2713"


def build(d):
    d.running_header_footer("Norbury City Council \u00b7 Final EHC plan \u00b7 Jonah Castellane",
                            footer_left="Final plan issued 23 February 2026", first_page_plain=True)
    d.title("Norbury City Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (final)", size=20, color="5B2C6F")
    d.label_para("Young person: ", "Jonah Castellane")
    d.label_para("Date of birth: ", "12/07/2009 (aged 16)")
    d.label_para("NHS number: ", "999 734 1168")
    d.label_para("UPN: ", "H999318604927")
    d.label_para("Address: ", "Flat 2, 9 Weir Lane, Norbury Cross, ZY3 5DW")
    d.label_para("Jonah's contact: ", "text only, 07700 900263; jonah.castellane@example.org")
    d.label_para("Parents: ", "Rachel Castellane and Matteo Castellane, 01632 960418, rachel.castellane@example.org")
    d.label_para("Preferred language: ", "British Sign Language (BSL); written English for documents")
    d.label_para("Education: ", "Norbury Sixth Form College, Year 12 (A levels in Biology, Psychology and Art and Design)")
    d.label_para("Date of final plan: ", "23 February 2026")
    d.label_para("Review by: ", "22 February 2027")
    d.label_para("SEND officer: ", "Callum Ferreira-Strand, Norbury Post-16 SEND Team")
    d.para("A BSL video version of this plan was made for Jonah by the Sensory Support Service.",
           italic=True)

    d.heading("A \u2014 My views, interests and aspirations", section="A")
    d.heading("In my words", level=2)
    d.para("Jonah signed his views to his teacher of the deaf, Ms Okafor, on 12 January 2026. "
           "A registered interpreter translated them into English and Jonah checked the "
           "written version with her.")
    d.para("\"I am Deaf and BSL is my language. English is my second language and reading it "
           "is slow for me because I am dyslexic too. I love biology, especially animals and "
           "rivers, and I draw all the time. At school I had the same interpreter for five "
           "years. At college there are new people every week and sometimes nobody comes, so "
           "I miss the lesson. I get very tired from watching all day. I want to go to "
           "university to study ecology and work outdoors with wildlife. I also want more Deaf "
           "friends. In my year I am the only Deaf student.\"")
    d.heading("My parents' views (shared with my agreement)", level=2)
    d.para("Rachel and Matteo say Jonah is clever, stubborn and very creative, and they are "
           "proud of his GCSE results. They are worried that he is isolated at college and "
           "comes home exhausted, and that when there is no interpreter he is simply left "
           "to copy notes. They want him to have the same chance as hearing students to get "
           "the grades he needs for university, and to learn to ask for what he needs himself.")

    d.heading("B \u2014 My special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Jonah has a profound bilateral sensorineural hearing loss. BSL is his first "
           "language and he needs full BSL access to all spoken teaching, group discussion and "
           "video. With his hearing aids he can detect environmental sounds and a few familiar "
           "words in quiet, but he cannot follow speech without signing. He lip-reads a little "
           "but tires quickly. Many Biology and Psychology technical terms have no established "
           "sign, and when a term is finger-spelled each time he loses the thread of the "
           "explanation.")
    d.heading("Cognition and learning", level=2)
    d.para("Jonah has dyslexia (specialist assessment, May 2025). His reading speed is well "
           "below that of his peers and he has to re-read academic texts several times; his "
           "spelling of subject vocabulary is inconsistent. English is his second language, "
           "so his written sentences often follow BSL word order and leave out small grammar "
           "words, which costs him marks in essay answers. He finds it hard to plan an "
           "extended answer and to keep track of coursework deadlines across three subjects.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Jonah is the only deaf student in his year. He has not yet made friends at college "
           "and eats lunch alone most days. He becomes very tired by mid-afternoon from "
           "watching interpreters and lip patterns all day (concentration fatigue), and he says "
           "his mood is low on days when communication breaks down.")
    d.heading("Sensory and physical", level=2)
    d.para("Jonah's hearing aids and radio aid need daily checks; he does not always notice "
           "when a battery has failed.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Jonah wants to study ecology at university. He does not yet know about the support "
           "available to deaf and dyslexic students in higher education, such as the Disabled "
           "Students' Allowance, and he has never booked an interpreter himself.")

    d.heading("C \u2014 My health needs", section="C")
    d.para("Jonah has a profound bilateral sensorineural hearing loss, present from birth, and "
           "wears two behind-the-ear hearing aids with a Roger radio aid in college. He is seen "
           "by the Norbury Children's Hearing Centre and will move to adult audiology before "
           "he is 18. His GP has noted low mood and referred him to the National Deaf Child "
           "and Adolescent Mental Health Service.")

    d.heading("D \u2014 My social care needs", section="D")
    d.para("Jonah is a disabled young person. Because few people near his home sign, he has "
           "very little social contact outside his family and college, and he needs a signing "
           "adult to help him get to and take part in Deaf youth activities in the city.")

    d.heading("E \u2014 My outcomes", section="E")
    d.para("These outcomes run to the end of Jonah's A-level programme in July 2027 unless "
           "another date is given. His personal tutor will agree half-termly steps towards them "
           "with him at his progress reviews.")
    d.numbered([
        "By July 2027, Jonah will read an 800-word extract from a Biology journal and summarise its argument in 150 words of written English, without adult help, in three out of four practice tasks.",
        "By the end of Year 12, Jonah will use agreed signs for at least 40 Biology and Psychology technical terms and spell each of them correctly in his written work.",
        "By June 2027, Jonah will hand in every A-level coursework piece by the college deadline, using his own weekly plan.",
        "Jonah will be supported by a BSL interpreter in all lessons.",
        "Jonah will be more confident.",
        "By March 2027, Jonah will have sent a UCAS application and a Disabled Students' Allowance application for a degree in ecology or conservation.",
        "Jonah will go to university and become a wildlife ecologist.",
        "By the end of Year 12, Jonah will take part in at least one college or community activity each week with other deaf young people.",
    ], fmt="E{n}")

    d.heading("F \u2014 What college and others will provide for me (special educational provision)", section="F")
    d.para("Norbury City Council must secure all of this provision in term time for the life of "
           "this plan. Part 1 is Jonah's weekly timetable of support: a tick shows each day the "
           "provision happens. Part 2 lists provision that is not on the weekly timetable.")
    d.heading("Part 1: Weekly timetable of support", level=2)
    grid = [
        ["1.1", "BSL/English interpreting in every A-level lesson, tutorial and college assembly",
         "Two NRCPD-registered sign language interpreters working as a team, employed by the college",
         T, T, T, T, T, "All timetabled sessions: 18 hours a week"],
        ["1.2", "Specialist dyslexia tuition taught in BSL, concentrating on reading academic texts at speed, spelling of subject vocabulary and planning extended written answers",
         "Specialist teacher holding AMBDA and BSL Level 3",
         "", T, "", T, "", "50 minutes, 1:1"],
        ["1.3", "Pre-tutoring of new Biology and Psychology vocabulary for the coming week, agreeing a sign for each technical term with the interpreting team",
         "Teacher of the deaf holding the mandatory qualification (Norbury Sensory Support Service)",
         T, "", T, "", "", "40 minutes"],
        ["1.4", "Electronic note-taking in lessons", "Note-taker",
         T, T, T, T, T, "As appropriate"],
        ["1.5", "A morning check of Jonah's hearing aids and radio aid, replacing batteries and testing the link with the Roger microphone",
         "Deaf support assistant trained in hearing-aid care by the Sensory Support Service",
         T, T, T, T, T, "5 minutes at 8:40"],
        ["1.6", "A 1:1 tutorial to plan coursework deadlines and check Jonah's workload, with an interpreter present",
         "Personal tutor (a qualified teacher)",
         "", "", "", "", T, "30 minutes"],
        ["1.7", "Study skills group", "Study skills tutor",
         "", "", T, "", "", "1 hour"],
        ["1.8", "Mentoring from a Deaf adult role model, weekly at first and then less often as Jonah settles into college",
         "Deaf mentor, Deaf Futures North",
         "", "", "", "", T, "45 minutes"],
        ["1.9", "Speech and language therapy on written English grammar and sentence structure, if the NHS service has capacity",
         "NHS speech and language therapist",
         "", "", "", T, "", "30 minutes"],
        ["1.10", "Help with English in written assignments, including checking that his meaning is clear",
         "Qualified teacher of the deaf",
         "", "", "", "", "", "Up to 2 hours a week"],
        ["1.11", "Drop-in study support in the Learning Resource Centre", "Learning support staff",
         "", "", "", "", "", "When Jonah needs it"],
    ]
    d.table(["Ref", "What will be provided", "Who, and their qualification",
             "Mo", "Tu", "We", "Th", "Fr", "Each time"], grid,
            widths_cm=[1.0, 4.9, 3.5, 0.9, 0.9, 0.9, 0.9, 0.9, 2.7], font_size=9,
            header_fill="E8DAEF")

    d.heading("Part 2: Provision that is not on the weekly timetable", level=2)
    d.table(["Ref", "What will be provided", "Who, and their qualification", "When and how much"], [
        ["2.1", "Exam access arrangements in every mock and public exam: 25% extra time, a separate room, rest breaks, and a reader who signs the questions",
         "Reader: qualified teacher of the deaf; arrangements made by the Exams Officer",
         "Every mock and every external A-level exam"],
        ["2.2", "A deaf awareness and dyslexia-friendly teaching session for every teacher who teaches Jonah, covering seating, captioned video, lip-reading and the written English of BSL users",
         "Qualified teacher of the deaf from the Sensory Support Service",
         "90 minutes at the start of each academic year (September), with a 30-minute refresher in January"],
        ["2.3", "Two 1-hour sessions to prepare Jonah's UCAS personal statement and his Disabled Students' Allowance application, with an interpreter booked for both",
         "Transition worker with a Level 6 qualification in careers guidance, Norbury Sensory Support Service",
         "October and November 2026 (autumn term of Year 13)"],
        ["2.4", "Careers guidance on university and apprenticeship routes into ecology and conservation work",
         "College careers team", "To be arranged"],
        ["2.5", "Opportunities to meet other deaf young people through college enrichment activities",
         "Enrichment team", ""],
        ["2.6", "A college laptop with dyslexia software",
         "Head of Additional Learning Support", "From the start of the summer term 2026"],
        ["2.7", "Visits from the Sensory Support Service to monitor Jonah's progress and advise his subject teachers",
         "Qualified teacher of the deaf", "Once a term"],
        ["2.8", "Teachers will use the strategies in the specialist dyslexia assessment report (Appendix 5)",
         "Subject teachers", "All lessons"],
        ["2.9", "Counselling in BSL, available on request", "College counsellor", ""],
    ], widths_cm=[0.9, 7.0, 4.9, 3.8], font_size=9, header_fill="E8DAEF")

    d.heading("G \u2014 My health provision", section="G")
    d.bullets([
        "Audiology review at the Norbury Children's Hearing Centre every six months, including new earmoulds and servicing of Jonah's hearing aids and Roger radio aid.",
        "Transfer to adult audiology services when appropriate.",
        "An assessment by the National Deaf Child and Adolescent Mental Health Service once Jonah reaches the top of its waiting list.",
    ])

    d.heading("H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker who uses BSL, for 3 hours every other Saturday, so that Jonah can "
           "attend Norbury Deaf Youth Club and its outings; arranged by the Disabled Children's "
           "Team.")
    d.heading("H2 \u2014 Other social care provision", section="H2")
    d.para("No other social care provision is needed at present.")

    d.heading("I \u2014 Where I will study (placement)", section="I")
    d.para("Norbury Sixth Form College (sixth form college), full-time A-level study programme "
           "in Biology, Psychology and Art and Design.")

    d.heading("J \u2014 Personal budget", section="J")
    d.para("Jonah has not asked for a personal budget.")

    d.heading("K \u2014 Advice and information", section="K")
    d.bullets([
        "Jonah's views - signed to Ms A. Okafor, teacher of the deaf, and translated by an NRCPD-registered interpreter, 12 January 2026",
        "Parents' views - Rachel and Matteo Castellane, 9 January 2026",
        "Educational advice - Mr D. Lindqvist, Head of Additional Learning Support, Norbury Sixth Form College, 14 January 2026",
        "Advice from a qualified teacher of the deaf - Ms A. Okafor, Norbury Sensory Support Service, 15 January 2026",
        "Psychological advice - Dr Farah Quennell, Educational Psychologist, 19 January 2026",
        "Medical advice - Dr R. Teague, Consultant Audiovestibular Physician, Norbury Children's Hearing Centre, 8 January 2026",
        "Specialist dyslexia assessment - Mrs P. Gathercole, specialist assessor (AMBDA), 20 May 2025",
        "Speech and language therapy advice - Norbury NHS Speech and Language Therapy Service",
        "Social care advice - Disabled Children's Team, 21 January 2026",
        "Preparing for adulthood advice - Norbury Careers and Transition Service, 16 January 2026",
    ])
