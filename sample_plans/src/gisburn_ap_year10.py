"""Calderfell Borough Council - Year 10 young person with dyslexia and social, emotional and
mental health needs, at an alternative provision academy (Gisburn Learning Centre) with a
planned return to a mainstream academy. Running header with the plan status and a
'Page X of Y' footer. Word Heading 1 headings with an em dash ('Section A \u2014 ...').
Bold-label cover lines. B under Heading 2 area sub-headings, including a preparing-for-
adulthood paragraph. E is a numbered list 1-9 under a lead-in sentence. Section F opens with
a key to the setting codes, then is ONE six-column table (Ref | Provision | Staff (role and
training) | How much | Where | Outcome) with refs CL1-CL7, SEMH1-SEMH6, R1-R3 and PfA1-PfA4,
a repeated header row and rows over page breaks; one cell says 'TBC'. Section I names both
settings with dates for the move. FINAL plan."""

TITLE = "Education, Health and Care Plan - Mason Threlfall"

EM = "\u2014"


def build(d):
    d.running_header_footer(f"Calderfell Borough Council {EM} Final EHC Plan {EM} Mason Threlfall",
                            footer_left="Calderfell SEND Service", first_page_plain=True)
    d.title("Calderfell Borough Council", size=14, color="14532D")
    d.title("Education, Health and Care Plan (Final)", size=20, color="14532D")
    d.label_para("Name: ", "Mason Threlfall")
    d.label_para("Date of birth: ", "03/03/2011")
    d.label_para("NHS number: ", "999 734 0192")
    d.label_para("UPN: ", "R999000161803")
    d.label_para("Home address: ", "14 Weaver's Row, Gisburn, XJ3 6TN")
    d.label_para("Parent: ", "Leanne Threlfall (mother). Mason lives with his mother, her partner Darren Cole and his brother Alfie (aged 8).")
    d.label_para("Contact: ", "07700 900627 / leanne.threlfall@example.org")
    d.label_para("Year group: ", "Year 10")
    d.label_para("Current setting: ", "Gisburn Learning Centre (alternative provision academy) since March 2025")
    d.label_para("Date this plan was finalised: ", "20 January 2026")
    d.label_para("Next annual review: ", "by 19 January 2027")
    d.label_para("Case officer: ", "Tomasz Brennan-Hale, SEND Officer")

    d.heading(f"Section A {EM} Views, interests and aspirations", section="A")
    d.heading("Mason's views", level=2)
    d.para("Mason met his case officer and his learning mentor at the Centre on 27 November "
           "2025. He did not want to write anything down, so the learning mentor typed his "
           "answers and read them back to him before he agreed them.")
    d.para("\"I got kicked out because I kept losing it. Teachers used to make me read out "
           "loud and everyone laughed, so I'd walk out or chuck stuff. Here it's smaller and "
           "they don't have a go at me for my spelling. I want to go back to a normal school "
           "for Year 11 so I can do proper GCSEs, but I don't want it to be like before. I'm "
           "good at fixing things. I've rebuilt my bike and my uncle lets me help in his "
           "garage. I want to be a mechanic and get my own van.\"")
    d.heading("Mason's mother's views", level=2)
    d.para("Leanne says Mason is practical, generous and brilliant with his little brother. "
           "She believes his dyslexia was missed for years and that this is why he became so "
           "angry at school. She is pleased with how he has settled at the Centre but worries "
           "that a big school will overwhelm him again. She wants a slow, planned move back, "
           "proper help with reading and spelling, and good careers advice so that he can get "
           "onto a motor vehicle course at college.")

    d.heading(f"Section B {EM} Special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Mason was assessed as having dyslexia in June 2025 by a specialist teacher. His "
           "single-word reading and spelling are below the 5th percentile for his age, and his "
           "phonological processing and working memory scores are in the low range, while his "
           "verbal reasoning is average. He reads slowly and guesses longer words from their "
           "first letters, so he misreads exam questions and source texts. His spelling makes "
           "much of his writing hard to read, and he will often write only a sentence or two to "
           "avoid mistakes. He does not know the technical vocabulary of GCSE science and "
           "history. Time out of school in Years 8 and 9 has left gaps in his maths, especially "
           "in algebra and ratio.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Mason was permanently excluded from his previous secondary school in March 2025 "
           "after a series of incidents in which he shouted at staff, threw furniture and left "
           "the site. Most incidents followed tasks that exposed his reading and spelling in "
           "front of others. He has low self-esteem about learning, describes himself as "
           "\"thick\", and becomes angry very quickly when he feels embarrassed. He finds it "
           "hard to calm down without leaving the room and then to return to learning. He has "
           "a small number of loyal friends but is easily drawn into conflict. At the Centre, "
           "incidents have reduced from several a week to about one a fortnight.")
    d.heading("Communication and interaction", level=2)
    d.para("Mason's spoken language is a strength. No needs were identified in this area.")
    d.heading("Sensory and physical", level=2)
    d.para("No needs were identified in this area.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Mason has a clear interest in motor vehicle work but has had no careers guidance "
           "and does not know what qualifications colleges ask for. He travels to the Centre "
           "by taxi and has never used a bus on his own, so he will need to learn the bus "
           "route to Ribblesden High School before he moves there.")

    d.heading(f"Section C {EM} Health needs", section="C")
    d.para("Mason has no diagnosed medical condition. He reports poor sleep and headaches after "
           "reading for long periods; an optometrist found no difficulty with his eyesight in "
           "June 2025. His GP referred him to CAMHS in October 2025 because of low mood.")

    d.heading(f"Section D {EM} Social care needs", section="D")
    d.para("Mason is not known to children's social care as a child in need. The family has "
           "an Early Help plan, opened in May 2025, because of conflict at home after the "
           "exclusion. His mother would like help with managing Mason's anger at home.")

    d.heading(f"Section E {EM} Outcomes", section="E")
    d.para("The outcomes below look ahead to the end of Key Stage 4 and the move to college. "
           "Gisburn Learning Centre, and Ribblesden High School once Mason is on roll there, "
           "will set half-termly targets towards each outcome and share them with Mason and "
           "his mother.")
    d.numbered([
        "By July 2027, Mason will read GCSE exam questions and source texts on his own, decoding at least 95% of the words correctly, and will spell the 100 subject words on his personal list with 90% accuracy.",
        "By the end of Year 11, Mason will sit all of his GCSE examinations using his agreed access arrangements, without leaving any paper early.",
        "Mason will improve his self-esteem and confidence.",
        "By December 2026, Mason will use a strategy from his calm-down plan and return to learning within 15 minutes after being upset, on at least 8 out of 10 recorded occasions.",
        "By the end of the autumn term 2026, Mason will attend Ribblesden High School full-time with attendance of at least 90%.",
        "Mason will be supported by a key worker at Ribblesden.",
        "By March 2027, Mason will have applied for a Level 1 or Level 2 motor vehicle course at college, using an application he has typed himself.",
        "Mason will become a motor mechanic.",
        "By July 2026, Mason will travel by bus on his own between home and Ribblesden High School on five school days in a row.",
    ], fmt="{n}.")

    d.heading(f"Section F {EM} Special educational provision", section="F")
    d.para("The provision below must be made in term time for the life of this plan. The Where "
           "column shows the setting: GLC = Gisburn Learning Centre; RHS = Ribblesden High "
           "School; GLC and RHS = the provision continues unchanged when Mason moves. The "
           "Outcome column refers to the numbered outcomes in Section E.")
    d.table(["Ref", "Provision", "Staff (role and training)", "How much", "Where", "Outcome"], [
        ["CL1", "Structured, cumulative, multisensory literacy teaching with the Units of Sound programme, focused on decoding words of three or more syllables and on the spelling rules in his personal list", "Specialist dyslexia teacher holding AMBDA, from the Calderfell Specialist Teaching Service", "Three 40-minute individual lessons every week", "GLC and RHS", "1"],
        ["CL2", "Touch-typing practice on a typing program", "Teaching assistant", "Regularly", "GLC", "1, 7"],
        ["CL3", "Access arrangements for all GCSE, mock and internal examinations: 25% extra time, a computer reader, and a word processor with the spellchecker switched off, in a room with no more than eight candidates", "Exams officer, using the assessment of need by a specialist teacher with a Level 7 qualification in SpLD assessment", "Every examination and timed assessment", "GLC and RHS", "2"],
        ["CL4", "Access to a reading pen and other assistive technology as appropriate", "Class staff", "As appropriate", "GLC and RHS", "1, 2"],
        ["CL5", "Small group maths catch-up to fill the gaps from missed schooling", "Maths teacher", "Twice weekly", "GLC", "2"],
        ["CL6", "Pre-teaching of key vocabulary for GCSE science and history: each word taught with a definition, a picture and an example sentence before the lesson in which it is used", "HLTA who has completed the Word Aware training", "15 minutes before each science and history lesson, five times a week", "GLC and RHS", "1"],
        ["CL7", "Homework to be differentiated where possible", "Subject teachers", "", "GLC and RHS", "2"],
        ["SEMH1", "Individual sessions of the Decider Skills programme, teaching Mason to recognise his triggers and to use the STOPP, grounding and 'fact or opinion' skills written into his own calm-down plan", "Education Mental Health Practitioner from the Calderfell Mental Health Support Team, supervised by a clinical psychologist", "One 45-minute session a week for 16 weeks from 2 February 2026", "GLC", "3, 4"],
        ["SEMH2", "A key worker who will check in with Mason and help him when things go wrong", "Key worker", "Daily", "GLC", "4"],
        ["SEMH3", "Counselling may be offered if Mason wishes", "School counsellor", "", "RHS", "3"],
        ["SEMH4", "End-of-day check-out: Mason rates his day on his 1 to 10 scale and agrees one thing to do differently tomorrow", "Form tutor at GLC; his Head of Year once he is at RHS", "5 minutes at the end of every school day", "GLC and RHS", "4"],
        ["SEMH5", "Anger management group", "Youth worker", "One hour a week, initially for one term", "GLC", "4"],
        ["SEMH6", "Restorative conversations after any incident, in line with the Centre's behaviour policy", "Staff", "After each incident", "GLC", "4"],
        ["R1", "A phased move to Ribblesden High School, starting with one morning a week and increasing at a pace agreed between the Centre and the school", "Deputy headteacher (reintegration lead), GLC", "From March 2026", "GLC and RHS", "5"],
        ["R2", "Accompanied visits to Ribblesden High School, each including one timetabled lesson, with his GLC learning mentor staying in the lesson with him", "GLC learning mentor who has completed the Trauma Informed Schools UK practitioner training", "One half-day visit (9:00 to 12:30) every Wednesday for the six weeks before the split placement begins", "RHS", "5"],
        ["R3", "Outreach support from the Centre once Mason is back in mainstream", "GLC outreach worker", "Fortnightly visits, subject to review after the first half-term", "RHS", "5"],
        ["PfA1", "Careers guidance interviews exploring routes into motor vehicle work, with a written action plan after each one, shared with Mason and his mother", "Careers adviser holding the Level 6 Diploma in Career Guidance and Development", "Two 45-minute interviews in 2026 (February and June), then one each term in Year 11", "GLC and RHS", "7"],
        ["PfA2", "Work experience in a motor vehicle workshop, subject to a suitable employer being available", "Work experience co-ordinator", "Two weeks in June 2026", "GLC", "7"],
        ["PfA3", "A place on Calderfell College's Year 10 motor vehicle taster course (basic servicing, tyres and hand tools), with his GLC learning mentor travelling with him", "Qualified motor vehicle lecturer at Calderfell College", "Every Thursday afternoon (13:00 to 15:30) for 10 weeks from 26 February 2026", "Calderfell College", "7"],
        ["PfA4", "Travel training so that Mason can get the bus to Ribblesden", "TBC", "To be arranged", "RHS", "9"],
    ], widths_cm=[1.5, 5.1, 3.7, 3.1, 1.6, 1.6], font_size=9)

    d.heading(f"Section G {EM} Health provision", section="G")
    d.bullets([
        "CAMHS assessment of Mason's low mood, subject to the service's eligibility criteria.",
        "A 20-minute health and wellbeing appointment with the school nurse once every half-term, covering sleep and headaches, with a note of each appointment sent to his mother.",
        "A sight test every 12 months at a community optometrist.",
    ])

    d.heading(f"Section H1 {EM} Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("No provision is required under section 2 of the 1970 Act.")
    d.heading(f"Section H2 {EM} Other social care provision", section="H2")
    d.bullets([
        "A one-hour home visit every fortnight from the family's Early Help family support worker while the Early Help plan remains open, with the plan reviewed every 12 weeks.",
        "Parenting support for Mason's mother as appropriate.",
    ])

    d.heading(f"Section I {EM} Placement", section="I")
    d.para("Until 31 August 2026: Gisburn Learning Centre (alternative provision academy). From "
           "April to July 2026 Mason will be dual-registered and will attend Ribblesden High "
           "School on Tuesdays and Wednesdays.")
    d.para("From 1 September 2026: Ribblesden High School, Gisburn (mainstream academy, 11 to 16).")

    d.heading(f"Section J {EM} Personal budget", section="J")
    d.para("A personal budget has not been requested.")

    d.heading(f"Section K {EM} Advice and information", section="K")
    d.bullets([
        "Mason's views, recorded by Mr R. Okafor (learning mentor) and the case officer, 27 November 2025",
        "Leanne Threlfall's views, 25 November 2025",
        "Educational advice, Ms H. Garside, Head of Centre, Gisburn Learning Centre, 1 December 2025",
        "Psychological advice, Dr Nadia Khoury, Educational Psychologist, 3 December 2025",
        "Specialist teacher assessment of dyslexia, Mrs S. Pennington (AMBDA), 16 June 2025",
        "Medical advice, Dr L. Fairclough, Community Paediatrician, 28 November 2025",
        "Social care advice, Early Help Team, Calderfell Borough Council",
        "Preparing for adulthood advice, Mr J. Ashworth, Careers Adviser, Calderfell Careers Service, 5 December 2025",
    ])
