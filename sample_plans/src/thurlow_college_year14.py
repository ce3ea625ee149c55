"""Thurlow Metropolitan Borough Council - young person aged 19 (Year 14) with autism and a
moderate learning disability at an independent specialist post-16 college (day placement),
in a pre-internship year before a supported internship. Section headings are bold coloured
Normal text (no heading style) that pair the letter with a first-person title ('Section F:
What will help me learn and get ready for work'). Cover details in a two-column details
table; a short version-history line. E numbered E1-E8. Section F is laid out under
preparing-for-adulthood Heading 2 sub-headings, each provision with its own short Heading 3
title followed by one prose paragraph that carries the detail. H1 states it does not apply
(age 19); H2 holds the Care Act support. FINAL plan."""

TITLE = "Education, Health and Care Plan - Jamie Pendlebury"

COLOUR = "1D5C4D"


def _sec(d, text, sid):
    d.bold_line(text, section=sid, size=14, color=COLOUR)


def _item(d, title, text):
    d.heading(title, level=3)
    d.para(text)


def build(d):
    d.simple_footer("Thurlow MBC  \u00b7  Final EHC Plan  \u00b7  Jamie Pendlebury  \u00b7  "
                    "Issued 9 March 2026")
    d.title("Thurlow Metropolitan Borough Council", size=13, color=COLOUR)
    d.title("Education, Health and Care Plan", size=21, color=COLOUR)
    d.para("FINAL \u2013 amended following the annual review held on 21 January 2026",
           bold=True)
    d.details_table([
        ("Name", "Jamie Pendlebury"),
        ("Date of birth", "2 December 2006"),
        ("Age / year group", "19 / Year 14"),
        ("NHS number", "999 871 4402"),
        ("Address", "9 Ferngate Close, Thurlow, XJ3 6TW"),
        ("Jamie's mobile", "07700 900735"),
        ("Family", "Sandra Pendlebury (mother), Mark Hollis (stepfather), Chloe Pendlebury (sister, 15)"),
        ("Family contact", "01632 960358, sandra.pendlebury@example.org"),
        ("College", "Ravensgill Specialist College \u2013 Steps to Work programme"),
        ("Date of final amended plan", "9 March 2026"),
        ("Next annual review by", "20 January 2027"),
        ("Lead officer", "Tomasz Wierzbicki, Thurlow 16\u201325 SEND Team"),
    ])
    d.para("Jamie asked for this plan to be written to him and about him in plain words. "
           "His mum helped him read the draft.", italic=True)

    _sec(d, "Section A: About me \u2013 my views, interests and hopes", "A")
    d.para("Jamie's views were recorded by his personal tutor, Ms Abara, on 12 January 2026. "
           "Jamie typed some of it himself and pointed to photographs for the rest.")
    d.para("\"I am Jamie. I like trains, buses and timetables. I know all the bus numbers in "
           "Thurlow. I like sorting the post at college because everything has a place. I "
           "don't like the canteen when it is loud and I don't like it when a teacher is off "
           "and nobody told me. I want to have a real job and get paid, maybe in a hospital "
           "stores or a depot. I want to go on the bus on my own to my job. When I am older I "
           "want a flat with my friend Dev.\"")
    d.para("Jamie's mum and stepdad (shared with Jamie's agreement): Sandra and Mark say "
           "Jamie is honest, reliable and proud of his work. They want him to leave college "
           "with a job or a clear route into one. They worry that he will not cope if his "
           "routine changes at work, that he could be taken advantage of with money, and that "
           "he spends most weekends alone in his room.")

    _sec(d, "Section B: What I find hard (my special educational needs)", "B")
    d.heading("Communication and interaction", level=2)
    d.para("Jamie is autistic. He speaks in short sentences and understands familiar, "
           "concrete instructions, but he does not understand idioms, sarcasm or vague "
           "requests (\"can you sort that out?\"). He does not ask for help: when he is stuck "
           "he waits, sometimes for the whole session. He finds it very hard to use the "
           "phone, to start a conversation with someone new or to tell people he is unwell.")
    d.heading("Cognition and learning", level=2)
    d.para("Jamie has a moderate learning disability. He reads and writes at Entry Level 1, "
           "can read familiar signs and his own timetable, and can add whole pounds but "
           "cannot yet work out change or keep to a budget. He learns new tasks best when "
           "they are broken into small steps and practised in the same order every time.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Jamie becomes very anxious when routines change without warning. When "
           "overwhelmed he walks out of the room and may go home without telling anyone. "
           "He would like friends but has no social contact outside college and his family.")
    d.heading("Sensory", level=2)
    d.para("Jamie is over-sensitive to noise and strong smells. Busy canteens, hand dryers "
           "and kitchens make him leave, and he often skips lunch at college for this reason.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Jamie is due to start a supported internship in the stores department at Thurlow "
           "Royal Infirmary in September 2026. He travels to college on the college minibus "
           "and has never travelled to an unfamiliar place on his own. He cannot cook a meal "
           "without step-by-step help and has not yet managed his own money.")

    _sec(d, "Section C: My health", "C")
    d.para("Jamie has autism (diagnosed aged 6) and a moderate learning disability. He takes "
           "sertraline for anxiety, prescribed by the psychiatrist in the Thurlow Adult "
           "Learning Disability Team, and he has gained weight since starting it. He has "
           "been referred to the dietetics service. He has an annual learning disability "
           "health check with his GP.")

    _sec(d, "Section D: My social care needs", "D")
    d.para("Jamie has eligible needs under the Care Act 2014 (assessment completed 14 "
           "October 2025). He needs support to take part in leisure activities in the "
           "community and to keep himself safe when out, and his family need regular breaks "
           "from caring.")

    _sec(d, "Section E: What I want to achieve (outcomes)", "E")
    d.para("These outcomes run to the end of Jamie's Steps to Work year unless another date "
           "is given. His personal tutor sets small steps towards each one every half-term "
           "and reviews them with Jamie at his progress meeting.")
    d.numbered([
        "By July 2026, Jamie will complete a two-hour shift in the college post room, following his picture task list, with no more than two prompts from his job coach.",
        "By December 2026, Jamie will work a five-hour day in the Thurlow Royal Infirmary stores on three days a week, arriving on time on every shift.",
        "Jamie will get a paid job.",
        "By July 2026, Jamie will ask a colleague for help, using a spoken script or his Help card, in four out of five observed situations.",
        "By September 2026, Jamie will travel by bus from home to Thurlow Royal Infirmary and back on his own.",
        "Jamie will improve his cooking skills.",
        "Jamie will attend social groups at college.",
        "By July 2026, Jamie will tell his tutor or job coach when he feels overwhelmed, using his 5-point scale, instead of leaving the room, on four days out of five.",
    ], fmt="E{n}")

    _sec(d, "Section F: What will help me learn and get ready for work", "F")
    d.para("This is the special educational provision Ravensgill Specialist College and "
           "Thurlow Council will make for Jamie. It runs in term time (38 weeks a year) "
           "for the life of this plan unless an item says otherwise.")

    d.heading("My college week", level=2)
    _item(d, "Study programme",
          "Jamie's Steps to Work study programme at Ravensgill runs four days a week, Monday "
          "to Thursday from 9:30 to 15:00, 38 weeks a year, and is taught in a class of eight "
          "learners by a qualified teacher with two learning support assistants throughout "
          "the day.")
    _item(d, "Extra adult help",
          "Jamie will have 1:1 support at key times of the day, depending on his "
          "presentation, within the college's staffing resources.")
    _item(d, "English and maths",
          "Functional Skills English and maths at Entry Level 1, linked to Jamie's job "
          "tasks, reducing once his internship begins.")

    d.heading("Getting ready for work", level=2)
    _item(d, "Post room",
          "Jamie will work in the college post room every Tuesday and Thursday from 10:00 to "
          "12:00, sorting, logging and delivering mail to departments, in a group of no more "
          "than four students with one job coach. The job coach holds the Level 3 "
          "Certificate in Supported Employment and teaches each job by systematic "
          "instruction from a written task analysis, which she updates every half-term.")
    _item(d, "Preparing for the internship",
          "Before the internship starts, Jamie's job coach (Level 3 Certificate in Supported "
          "Employment) will take him on three two-hour visits to the Thurlow Royal Infirmary "
          "stores during the summer term of 2026, photographing the entrance, locker room, "
          "break room and work areas and making a visual guide to the site with him.")
    _item(d, "Work experience",
          "Jamie will have opportunities for external work experience with local employers "
          "where suitable placements can be found.")
    _item(d, "Careers",
          "Careers advice should be arranged for Jamie so that he can think about his options "
          "after the internship.")
    _item(d, "Qualification",
          "Jamie will work towards an employability qualification at the appropriate level, "
          "with help from his tutors as needed.")

    d.heading("Communicating with people", level=2)
    _item(d, "Speech and language therapy",
          "An HCPC-registered speech and language therapist employed by Ravensgill will see "
          "Jamie for a 45-minute individual session every fortnight in term time (19 sessions "
          "a year), teaching him to ask for help and clarification at work with his Help card "
          "scripts and to make a short phone call to report that he is ill; the therapist "
          "also writes the scripts his job coach uses on placement.")
    _item(d, "How people talk to me",
          "Staff will use a total communication approach with Jamie in all sessions, for "
          "example Widgit symbols, photographs, objects of reference etc.")

    d.heading("Living more independently", level=2)
    _item(d, "Travel",
          "A travel trainer from the Thurlow Travel Ability Team who holds the Level 3 Award "
          "in Independent Travel Training will train Jamie on the new route from home to "
          "Thurlow Royal Infirmary (the 14 bus and a six-minute walk) in two sessions a week "
          "from 20 April 2026, each covering the full return journey of 90 minutes, until he "
          "has made the journey alone while shadowed on five consecutive occasions.")
    _item(d, "Cooking",
          "Jamie will take part in independent living skills sessions in the training flat "
          "every Wednesday from 13:00 to 15:00, tapering off once he can cook simple meals on "
          "his own.")
    _item(d, "Money",
          "Money skills teaching using the college shop and a prepaid card, for up to 30 "
          "minutes a week, led by a learning support assistant.")

    d.heading("Friends and my community", level=2)
    _item(d, "Talkabout group",
          "Jamie will join a Talkabout relationships and social skills group for young adults "
          "for one hour every Monday afternoon, with no more than five learners, run by the "
          "college's autism practitioner, who holds a postgraduate certificate in autism and "
          "has completed Talkabout training.")
    _item(d, "Friday club",
          "Jamie can join the college's Friday social club if he wishes, and staff will "
          "encourage him to mix with other students.")
    _item(d, "Out and about",
          "Trips into the community will be arranged by the college at its discretion.")

    d.heading("Staying well", level=2)
    _item(d, "Morning check-in",
          "Every college day at 9:15 Jamie has a ten-minute check-in with his personal tutor, "
          "using his 5-point scale to say how he feels and checking his visual timetable for "
          "changes; the tutor rings home the afternoon before any planned change of staff or "
          "room.")
    _item(d, "Quiet lunch and headphones",
          "Jamie eats lunch each college day in the Willow Room, which is limited to six "
          "learners and supervised by a learning support assistant who has completed the "
          "college's two-day autism practice course; his own noise-cancelling headphones, "
          "bought by the college, go with him between sessions and to his work placements.")
    _item(d, "Anxiety",
          "Psychology input to be agreed following the assessment by the Thurlow Adult "
          "Learning Disability Team.")
    _item(d, "Sensory needs",
          "An occupational therapist will complete a sensory profile and advise staff on a "
          "sensory diet for Jamie.")

    _sec(d, "Section G: Health care provision", "G")
    d.bullets([
        "An annual learning disability health check at Ferngate Medical Practice, with a health action plan that Jamie agrees can be shared with his tutor.",
        "Review of Jamie's sertraline by the psychiatrist in the Thurlow Adult Learning Disability Team every six months.",
        "Dietetic advice on healthy eating once Jamie reaches the top of the dietetics waiting list.",
    ])

    _sec(d, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("This section does not apply: Jamie is 19, and his social care is provided under "
           "the Care Act 2014 (see H2).")

    _sec(d, "Section H2: Other social care provision", "H2")
    d.bullets([
        "A personal assistant for 6 hours every Saturday, under Jamie's Care Act care and support plan of 14 October 2025 and paid through a direct payment, so that he can go swimming and to the cinema.",
        "Overnight respite at Maple House as agreed with adult social care.",
    ])

    _sec(d, "Section I: Where I will learn (placement)", "I")
    d.para("Ravensgill Specialist College, Thurlow (independent specialist post-16 "
           "institution approved under section 41, day placement), four days a week, 38 weeks "
           "a year.")

    _sec(d, "Section J: Personal budget", "J")
    d.para("Jamie receives a social care direct payment for the personal assistant in "
           "Section H2. No personal budget has been requested for the provision in Section F.")

    _sec(d, "Section K: Advice and information used to write this plan", "K")
    d.bullets([
        "Jamie's views \u2013 recorded by Ms N. Abara, personal tutor, 12 January 2026",
        "Family views \u2013 Sandra Pendlebury and Mark Hollis, 8 January 2026",
        "Educational advice \u2013 Mr G. Haldane, Head of Learner Services, Ravensgill Specialist College, 15 January 2026",
        "Psychological advice \u2013 Dr Ines Carvalho, Educational Psychologist, 14 January 2026",
        "Medical advice \u2013 Dr P. Okwuosa, Consultant Psychiatrist, Thurlow Adult Learning Disability Team, 9 January 2026",
        "Speech and language therapy advice \u2013 Ravensgill therapy team, 13 January 2026",
        "Occupational therapy advice \u2013 Thurlow Adult Learning Disability Team",
        "Social care advice \u2013 Care Act assessment, Thurlow Adult Social Care, 14 October 2025",
        "Preparing for adulthood advice \u2013 Thurlow Supported Employment Service, 16 January 2026",
        "Annual review report \u2013 Ravensgill Specialist College, 21 January 2026",
    ])
