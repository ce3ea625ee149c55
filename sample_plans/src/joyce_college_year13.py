"""Ellanby County Council - post-16 young person (18, Year 13) with bilateral spastic cerebral
palsy and cerebral visual impairment at a general FE college (Joyce Mill College), Level 2
IT study programme with a work placement; personal care and assistive technology. Section
headings are bold coloured Normal text (no heading styles) in the form 'Section F: What
will help me learn (special educational provision)'. Cover is a run of bold-label lines
followed by a version line. A is in the young person's own words with her parents' views
shared with her agreement. E numbered 1-9 with PfA outcomes. Section F opens with a short
statement and is set out under sub-headings for parts of the college week; each item is a
paragraph that starts with the deliverer in bold and a colon, then the provision in prose
(no numbers, no bullets). H1 says it does not apply at 18; H2 refers to the Care Act care
and support plan. K is a bulleted list, one entry undated. FINAL plan."""

TITLE = "Education, Health and Care Plan - Farah Qureshi-Lowe"

COL = "5B2C6F"


def _sec(d, text, sid):
    d.bold_line(text, section=sid, size=13.5, color=COL)


def _sub(d, text):
    d.bold_line(text, size=11.5, color="404040")


def build(d):
    d.simple_footer("Ellanby County Council \u2013 Final EHC Plan \u2013 Farah Qureshi-Lowe \u2013 "
                    "large-print copy available on request")
    d.title("Ellanby County Council", size=13, color=COL)
    d.title("My Education, Health and Care Plan", size=22, color=COL)
    d.label_para("Name: ", "Farah Qureshi-Lowe")
    d.label_para("Date of birth: ", "3 November 2007 (age 18)")
    d.label_para("Address: ", "Flat 2, 14 Weavers Row, Ellanby, XJ3 6PD")
    d.label_para("My phone: ", "07700 900738")
    d.label_para("Parents: ", "Shazia Qureshi and Martin Lowe (home 01632 960874, shazia.qureshi@example.org)")
    d.label_para("NHS number: ", "999 640 2217")
    d.label_para("Year: ", "Year 13 \u2013 second year at Joyce Mill College")
    d.label_para("Plan type: ", "FINAL (amended after the annual review held on 13 January 2026)")
    d.label_para("Date issued: ", "23 February 2026")
    d.label_para("Next annual review by: ", "22 February 2027")
    d.label_para("Post-16 SEND officer: ", "Declan Harrow-Feld, Ellanby Post-16 SEND Team")
    d.para("Farah asked for this plan to be sent to her by e-mail as an accessible Word document "
           "so that she can read it with her magnification software.", italic=True, size=10)

    _sec(d, "Section A: About me \u2013 my views, interests and aspirations", "A")
    _sub(d, "In my own words")
    d.para("I wrote this part myself on my laptop in January 2026, with my tutor Ms Ferreira "
           "checking the layout.")
    d.para("\"I'm Farah, I'm 18 and I'm in my second year at Joyce Mill doing Level 2 IT. I'm "
           "good at fixing laptops and I'm the one everyone asks when the printer won't work. I "
           "use a powered wheelchair and I see things best when they are big, bright and not "
           "cluttered. I hate it when people move my stuff or talk to my PA instead of me. I "
           "play boccia on Tuesdays and I want to get to Level 3 and then get a job in IT "
           "support, maybe at the hospital where I do my placement. One day I want my own "
           "adapted flat with a PA coming in, not living with my mum forever (sorry Mum). I "
           "want to get the bus by myself instead of waiting for a taxi.\"")
    _sub(d, "My parents' views (I said they could be included)")
    d.para("Shazia and Martin say Farah is determined, funny and far more capable than people "
           "expect. They want college and adult services to plan properly for her moving on, "
           "so that her care does not fall apart when she leaves. They worry about how tired "
           "she gets by Thursday, about who will help with her personal care at college if "
           "her usual assistants are off, and about whether her wheelchair will be replaced "
           "in time. Her brother Imran (15) helps her with gaming set-ups at home.")

    _sec(d, "Section B: My special educational needs", "B")
    _sub(d, "Physical and sensory")
    d.para("Farah has bilateral spastic cerebral palsy (GMFCS level IV). She drives a powered "
           "wheelchair using a joystick with her right hand and cannot walk. She needs two "
           "people and a hoist for all transfers, including toileting. Her hand control is "
           "limited: she types slowly with her right hand, cannot handwrite, and cannot open "
           "heavy doors or reach lift buttons that are set high. She tires easily, and by the "
           "afternoon her typing speed drops by about half. Without daily stretches and time "
           "in her standing frame her hips and knees stiffen and sitting becomes painful.")
    d.para("Farah has cerebral visual impairment with nystagmus and is registered as sight "
           "impaired. She reads print at 24 point or larger, finds crowded pages, diagrams and "
           "busy slides very hard to make sense of, and loses her place when moving between "
           "the board and her screen. She relies on screen magnification and speech output but "
           "has not yet been taught to use them efficiently, so she spends much of each lesson "
           "zooming in and out. Moving around the new Technology Building is hard because she "
           "cannot pick out doorways and landmarks in low-contrast corridors.")
    _sub(d, "Learning")
    d.para("Farah achieved a grade 5 in GCSE English and passed Functional Skills maths at "
           "Level 1 in 2025. She is working towards the Level 2 Certificate in IT User Skills "
           "and Functional Skills maths Level 2. She understands the content well but falls "
           "behind because of the time it takes her to read and produce work, and she finds "
           "multi-step calculations with tables and graphs very hard to see.")
    _sub(d, "Communication and social")
    d.para("Farah has mild dysarthria. Friends and familiar staff understand her easily, but "
           "she is harder to follow on the phone and in noisy group work, and she often lets "
           "others speak for her. She has a small group of friends from boccia but few at "
           "college.")
    _sub(d, "Preparing for adulthood")
    d.para("Farah has not yet done any paid work; her placement is her first experience of a "
           "workplace. She has never used public transport without a family member and has "
           "not yet planned a journey. She does not manage her own money and has never "
           "explained her own care routine to a new assistant. She wants to move towards "
           "supported living in the next few years.")

    _sec(d, "Section C: My health needs", "C")
    d.para("Farah's cerebral palsy is managed by the neurodisability team at Ellanby General "
           "Hospital; her care is moving to the adult neurology and rehabilitation services "
           "during 2026. She takes baclofen for muscle stiffness and has painful muscle spasms "
           "at times. She has a 24-hour postural management plan, a standing frame at home and "
           "at college, and hip surveillance X-rays every year. Her vision is reviewed at the "
           "Ellanby Eye Hospital low vision clinic. Her powered wheelchair is six years old "
           "and no longer fits her well.")

    _sec(d, "Section D: My social care needs", "D")
    d.para("Farah needs help with all personal care, dressing and transfers, and with cutting "
           "up food. At home most of this is done by her mother. Adult social care assessed "
           "Farah under the Care Act 2014 in December 2025 and found eligible needs for "
           "personal care and for taking part in community and leisure activities. Her parents "
           "need regular breaks from caring.")

    _sec(d, "Section E: My outcomes", "E")
    d.para("These outcomes are for the end of my study programme in July 2026, or for the date "
           "given. My personal tutor will set short steps towards them with me at each termly "
           "progress review.")
    d.numbered([
        "By July 2026, I will pass the Level 2 Certificate in IT User Skills, producing all my coursework on my own laptop using magnification and speech.",
        "By the end of the spring term 2027, I will use ZoomText and keyboard shortcuts to open, edit and save a document in under five minutes without help.",
        "I will gain more independence.",
        "By July 2026, I will complete a 20-week work placement, attending at least 18 of the 20 Friday shifts and resolving three helpdesk tickets on my own each shift.",
        "I will work in IT.",
        "By February 2027, I will explain to a new personal assistant how to help me transfer and use the toilet, using my own step-by-step guide, every time I meet a new assistant.",
        "I will be supported to travel on public transport.",
        "By December 2026, I will plan and keep to a weekly budget of \u00a360 for four weeks in a row, using online banking.",
        "I will make friends at college.",
    ], fmt="{n}.")

    _sec(d, "Section F: What will help me learn (special educational provision)", "F")
    d.para("The provision below is for Farah's study programme at Joyce Mill College, four days "
           "a week (Monday to Thursday) plus her Friday work placement, in term time. Each "
           "paragraph starts with the person who will provide it.")

    _sub(d, "Arriving and getting around college")
    d.para("**Personal care assistant (Level 3 Diploma in Health and Social Care, trained in "
           "moving and handling and in using Farah's ceiling-track hoist):** meets Farah at the "
           "accessible taxi bay at 8:45 each college day and goes with her to her first room, "
           "checking that her wheelchair tray, laptop mount and magnifier are set up before "
           "the lesson starts; 15 minutes each morning.")
    d.para("**Learning support:** help to move between classrooms and across the campus when "
           "needed, including lifts and heavy doors.")
    d.para("**Habilitation specialist:** orientation and mobility training around the new "
           "Technology Building, such as routes, landmarks and using the lift call buttons, "
           "initially weekly.")

    _sub(d, "In lessons and assessments")
    d.para("**Qualified teacher of the visually impaired (holding the mandatory qualification), "
           "Ellanby Sensory Support Service:** teaches Farah to use ZoomText magnification with "
           "its speech output, together with keyboard shortcuts for Microsoft 365, in 1:1 "
           "sessions of 45 minutes every fortnight in term time, and gives Farah's course "
           "tutors a 30-minute briefing at the start of each term on how her cerebral visual "
           "impairment affects her reading of screens, slides and diagrams.")
    d.para("**Learning resources technician, trained by the QTVI in modifying materials:** "
           "converts every handout, slide set and assessment brief into Farah's agreed format "
           "(Arial 24 point bold, yellow on black, one idea per page, no more than two "
           "diagrams to a sheet with thickened lines) and e-mails it to her at least two "
           "working days before the lesson.")
    d.para("**Course tutors:** should allow Farah extra time to finish tasks in class and give "
           "her rest breaks.")
    d.para("**Exams officer:** for every Functional Skills exam and course assessment Farah "
           "sits, arranges 50% extra time, a separate room with a height-adjustable desk, her "
           "own laptop with ZoomText, and a scribe or reader who has completed the college's "
           "access arrangements training; the arrangements are applied for each year by 31 "
           "October.")
    d.para("**Learning support assistant:** in-class support in Farah's Level 2 IT lessons, up "
           "to 12 hours a week.")
    d.para("**Maths department:** Functional Skills maths Level 2 in a small group, with "
           "catch-up sessions available.")

    _sub(d, "Personal care, lunch and rest")
    d.para("**Two personal care assistants with the training described above, working "
           "together for every transfer:** help Farah with toileting in the Changing Places "
           "room using the ceiling-track hoist and her own sling, at 10:30, 12:45 and 14:45 "
           "each college day and at any other time she asks, following the moving and "
           "handling plan written by her physiotherapist.")
    d.para("**Support staff:** help with eating and drinking at lunch as appropriate, in line "
           "with the speech and language therapist's eating and drinking guidelines.")
    d.para("**Student Services:** a rest space will be made available for Farah when she is "
           "tired.")

    _sub(d, "Therapy")
    d.para("**HCPC-registered physiotherapist commissioned by Ellanby County Council:** a "
           "45-minute session every three weeks in the college therapy room, working on "
           "supported standing transfers with the pivot frame and on the stretches in "
           "Farah's postural programme, and checking the set-up of her standing frame; the "
           "physiotherapist writes a short progress report for each annual review.")
    d.para("**Personal care assistant trained by the physiotherapist (training renewed each "
           "September):** supervises Farah in her standing frame for 30 minutes straight after "
           "lunch every college day.")
    d.para("**Occupational therapist:** an assessment of Farah's computer access and seating, "
           "with equipment to follow once the assessment is complete.")
    d.para("**Speech and language therapist:** consultation with college staff about Farah's "
           "speech clarity on the phone and in group work, once a year.")

    _sub(d, "Work, travel and living independently")
    d.para("**Job coach holding the Level 3 Certificate in Supported Employment Practice:** a "
           "work placement on the IT helpdesk at Ellanby Community Hospital every Friday from "
           "10:00 to 13:00 for 20 weeks from 6 March 2026, with the job coach working "
           "alongside Farah for the whole of every shift and meeting her line manager for 15 "
           "minutes at the end of each one.")
    d.para("**Careers adviser:** careers guidance to explore apprenticeships and supported "
           "employment options for next year.")
    d.para("**Independent living support worker:** weekly one-hour sessions on planning a "
           "budget, using online banking with magnification and directing a personal "
           "assistant, going down to fortnightly once Farah is more confident.")
    d.para("**Ellanby Travel Training Team:** travel training on the accessible bus from "
           "Farah's home to college, subject to the team's capacity and to her powered "
           "wheelchair being approved for use on the bus.")

    _sec(d, "Section G: My health provision", "G")
    d.bullets([
        "Baclofen three times a day; the lunchtime dose is given at college by a personal care assistant trained by the Ellanby Community Nursing Team, and paracetamol is given as required for muscle pain under Farah's health care plan.",
        "Hip surveillance X-ray and review by the neurodisability consultant at Ellanby General Hospital every 12 months, with transfer to the adult neurology and rehabilitation service agreed for September 2026.",
        "Review of Farah's 24-hour postural management plan by the community physiotherapist every six months.",
        "Low vision clinic review at Ellanby Eye Hospital every 12 months.",
        "A new powered wheelchair with tilt-in-space, when funding is agreed by the wheelchair service.",
    ])

    _sec(d, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("Farah turned 18 in November 2025, so section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970 no longer applies. Her social care provision is set out in H2.")
    _sec(d, "Section H2: Other social care provision", "H2")
    d.bullets([
        "A personal assistant for 6 hours each week (Tuesday and Thursday evenings, 3 hours each), paid through an adult social care direct payment under Farah's Care Act care and support plan dated 12 January 2026, so that she can go to boccia and meet friends in town.",
        "Personal care at home from a home care agency, two calls a day (7:00 and 21:00, 45 minutes each), under the same care and support plan.",
        "Respite for the family.",
        "Adult social care will assess Farah for supported living when she is ready.",
    ])

    _sec(d, "Section I: Where I will study (placement)", "I")
    d.para("Joyce Mill College, Ellanby (general further education college) \u2013 Level 2 IT "
           "study programme, Monday to Thursday, with the Friday work placement set out in "
           "Section F.")

    _sec(d, "Section J: Personal budget", "J")
    d.para("No personal budget has been requested for the special educational provision in "
           "Section F. The direct payment in Section H2 is made under Farah's Care Act care and "
           "support plan.")

    _sec(d, "Section K: Advice and information", "K")
    d.bullets([
        "My views \u2013 written by Farah, 8 January 2026",
        "Parents' views \u2013 Shazia Qureshi and Martin Lowe, 9 January 2026",
        "Educational advice \u2013 Joyce Mill College, Additional Learning Support Manager, annual review report, 13 January 2026",
        "Advice from the qualified teacher of the visually impaired \u2013 Ellanby Sensory Support Service, 5 December 2025",
        "Physiotherapy advice \u2013 Ellanby Children's Therapy Service, 28 November 2025",
        "Occupational therapy advice \u2013 Ellanby Community Occupational Therapy",
        "Medical advice \u2013 Dr R. Nwachukwu, Consultant in Neurodisability, 1 December 2025",
        "Social care advice \u2013 Care Act assessment, Ellanby Adult Social Care, 15 December 2025",
        "Preparing for adulthood advice \u2013 Ellanby Careers and Transitions Service, 10 December 2025",
    ])
