"""Cressingham County Council - final amended plan after the Year 6 phase-transfer review
for a boy with spinal muscular atrophy type 2 (powered wheelchair, full hoist transfers,
daily physiotherapy programme, night-time ventilation and a gastrostomy) at an all-through
maintained special school. Word Heading 1 headings with an em dash ('Section A \u2014 Views,
interests and aspirations'); running header and 'Page X of Y' footer; cover details in a
two-column details table. E is a list numbered E1-E8. Section F is grouped by outcome:
each group has a Heading 2 line ('For outcomes E1 and E2: ...') followed by its own
four-column sub-table (Provision | Who provides it | When and how long | Where), some cells
left blank. Section I names the school's secondary department for Year 7. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reuben Ashdown"

F_HEAD = ["Provision", "Who provides it", "When and how long", "Where"]
F_WIDTHS = [5.8, 4.4, 3.5, 2.9]


def _ftable(d, rows):
    d.table(F_HEAD, rows, widths_cm=F_WIDTHS, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Cressingham County Council \u2014 EHC Plan \u2014 Reuben Ashdown",
                            footer_left="Final amended plan", first_page_plain=True)
    d.title("Cressingham County Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=22, color="385623")
    d.para("Final amended plan following the Year 6 annual review (phase transfer)", bold=True)
    d.details_table([
        ("Name", "Reuben Ashdown"),
        ("Date of birth", "14/11/2014"),
        ("Year group", "Year 6"),
        ("NHS number", "999 613 2047"),
        ("UPN", "W999302615480"),
        ("Home address", "12 Wendover Rise, Cressingham, ZY4 7HD"),
        ("Parents", "Hannah Ashdown and Marcus Ashdown"),
        ("Contact", "01632 960318 / 07700 900562, hannah.ashdown@example.org"),
        ("Current school", "Sandholme School (primary department, Kestrel class)"),
        ("Date of annual review meeting", "10 December 2025"),
        ("Date this amended plan was issued", "6 February 2026"),
        ("Next annual review by", "5 February 2027"),
        ("SEND officer", "Priya Lindqvist, Cressingham SEND Statutory Team"),
    ], widths_cm=(5.0, 11.5))
    d.para("Reuben's younger sister Poppy (7) also contributed a drawing and a few words to "
           "Section A. This plan replaces the plan issued on 19 February 2025.", italic=True)

    d.heading("Section A \u2014 Views, interests and aspirations", section="A")
    d.heading("Reuben's views", level=2)
    d.para("Reuben gave his views to his class teacher, Mrs Okoro, over two sessions in "
           "November 2025. He dictated and she typed. \"I'm Reuben and I'm ten, nearly "
           "eleven. I'm really good at Minecraft and I know loads about space and the "
           "planets. I drive my chair better than anyone in Kestrel class. I like boccia "
           "because I can beat my dad. I don't like being stretched when it hurts and I "
           "don't like it when people talk to my helper instead of me. I don't like going "
           "into hospital because I miss school and then I'm behind. When I'm older I want to "
           "make computer games or work at a space centre. I want to be able to tell people "
           "how to help me so I don't need my mum all the time.\"")
    d.para("Poppy said: \"Reuben is funny and he lets me ride on the back of his chair when "
           "Mum isn't looking.\"")
    d.heading("Hannah and Marcus's views", level=2)
    d.para("Reuben's parents describe him as bright, stubborn and very sociable. They are "
           "pleased that he will stay at Sandholme for secondary, where staff know his medical "
           "needs, but they want him to be stretched academically and to leave school able to "
           "manage his own care through other people. They are worried about the gaps in his "
           "learning after three hospital admissions in 2025, about how tired he is by the "
           "end of the week, and about the possibility of spinal surgery. They would like "
           "hydrotherapy to start again, as it was the one activity Reuben enjoyed without "
           "pain.")
    d.heading("Aspirations", level=2)
    d.para("Reuben wants to design computer games or work with space science. In the shorter "
           "term he wants to move into Year 7 with his friends, keep playing boccia and take "
           "part in a school residential trip.")

    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben has age-appropriate understanding and vocabulary, and he is a confident "
           "talker with adults he knows. Because of weak breathing muscles his voice is quiet "
           "and tires quickly. In group work and assemblies he is often not heard, and he has "
           "started to stay silent rather than repeat himself. He has a personal voice "
           "amplifier but rarely uses it because he says it makes him look different.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben's verbal reasoning is in the average range (educational psychology "
           "advice, October 2025). Missed schooling has left gaps: his reading age is 8 years "
           "3 months (chronological age 11 years 0 months), his spelling is around two years "
           "behind, and he is not secure with place value beyond 1,000, money or time. He "
           "cannot hold a pencil for more than a few words and relies on a touch screen for "
           "recording, which he uses slowly because it is not positioned for him.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben is popular in class but worries a great deal about hospital, operations "
           "and breathing at night. After admissions he is low in mood and reluctant to come "
           "back to school for several days. He has few opportunities to mix with children "
           "outside his class, and at lunchtime he is often alone because his friends move "
           "faster than his chair can follow in the dining hall.")
    d.heading("Sensory and physical", level=2)
    d.para("Reuben has spinal muscular atrophy type 2. He cannot stand or walk and uses a "
           "powered wheelchair with a chin-and-hand joystick. All transfers need a hoist and "
           "two adults. He has a progressive scoliosis, wears a spinal brace for most of the "
           "day, and is at risk of contractures at his hips, knees and ankles unless he is "
           "stretched and stands in a standing frame every day. His hand strength is very "
           "limited and his reach is about 20 cm from his tray. He tires quickly, and his "
           "stamina is lowest on Thursday and Friday afternoons.")
    d.heading("Independence and self-care", level=2)
    d.para("Reuben needs adults for all his personal care, eating (set-up and cutting) and "
           "positioning. He knows his routines well but does not yet tell unfamiliar staff "
           "what to do, so new staff sometimes handle him in ways that hurt.")

    d.heading("Section C \u2014 Health needs related to SEN", section="C")
    d.para("Reuben is under the neuromuscular team at St Aldhelm's Children's Hospital and "
           "takes a daily disease-modifying medicine at home. He has a weak cough and has "
           "had three chest infections needing admission in the past year. He uses "
           "non-invasive ventilation (BiPAP) overnight. He has a gastrostomy, used for "
           "top-up fluids and feeds during the school day because eating is tiring for him. "
           "He has mild asthma. His scoliosis is being monitored by the spinal surgeons, who "
           "will decide in 2026 whether he needs surgery.")

    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("Reuben is a disabled child. His home has been adapted with a ceiling hoist and "
           "a level-access bathroom. His parents turn him two or three times every night and "
           "are very tired, and Poppy's routines are often disrupted by Reuben's "
           "appointments. Reuben needs an adult with moving and handling skills to take part "
           "in any activity outside home and school.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below run to the end of Year 7 (July 2027) unless a different date "
           "is given. Sandholme will set half-termly steps towards them and share these with "
           "Reuben and his parents.")
    d.numbered([
        "By the end of Year 7, Reuben will write a 100-word recount on his laptop using word prediction in 30 minutes, with no more than five spelling errors.",
        "Reuben will use his voice more in class.",
        "By July 2026, Reuben will solve two-step money problems up to \u00a310 correctly in 8 out of 10 questions.",
        "By July 2027, Reuben will stand in his standing frame for 40 minutes each school day, rating his discomfort at 2 or below on his pain scale.",
        "Reuben will receive physiotherapy and hydrotherapy.",
        "By the end of Year 7, Reuben will explain to an adult he has not worked with before, step by step, how to hoist and position him, on four out of five observed occasions.",
        "Reuben will be happier and worry less about hospital.",
        "By October 2026, Reuben will drive himself to each Year 7 lesson on time using his printed timetable, on at least four days a week.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("The provision is grouped under the outcomes it is mainly meant to achieve. It "
           "applies at Sandholme School for 39 weeks a year.", italic=True)

    d.heading("For outcomes E1 and E2: reading, writing and using his voice", level=2)
    _ftable(d, [
        ["Reading and spelling taught 1:1 through Read Write Inc. Fresh Start, working on from Module 14",
         "Class teacher, or the class HLTA who has completed the Read Write Inc. Fresh Start training day",
         "20 minutes every morning, 9:10 to 9:30, Monday to Friday", "Kestrel class base"],
        ["Chances to use his voice amplifier when speaking to a group",
         "Staff", "Where possible", ""],
        ["A speech and language therapy programme for breath support and projecting his voice",
         "Set by the NHS speech and language therapist; carried out by the class team",
         "Therapist reviews the programme once a year", "School"],
        ["A touch-screen laptop with Clicker 8 word prediction, fixed to Reuben's wheelchair tray on a mounting arm, for his sole use in every lesson and for homework",
         "Supplied and set up by the Cressingham assistive technology adviser, who will also train Reuben and his TA",
         "Every lesson; three 45-minute training sessions before 22 May 2026", "Class base, therapy rooms and home"],
    ])

    d.heading("For outcome E3: number and money", level=2)
    _ftable(d, [
        ["Some extra maths in a small group", "Teaching assistant", "A few times a week", "Classroom"],
        ["Numicon sessions on place value, coins and telling the time, in a group of no more than four pupils",
         "HLTA who has completed Numicon 'Getting Started' training, with sessions planned by the class teacher",
         "Three 30-minute sessions a week (Monday, Wednesday and Friday afternoons)", "Maths room"],
    ])

    d.heading("For outcomes E4 and E5: posture, movement and stamina", level=2)
    _ftable(d, [
        ["Direct physiotherapy: passive and active-assisted stretches to hips, knees and ankles, checking the fit of his spinal brace and the standing-frame set-up, and updating his daily programme",
         "HCPC-registered paediatric physiotherapist, Cressingham Children's Therapies",
         "One 45-minute session every week in term time", "Physiotherapy room"],
        ["Standing in his Rifton standing frame and the stretches in his written daily programme",
         "Two teaching assistants, each trained by the physiotherapist and signed off as competent, with the training refreshed every term",
         "40 minutes every school day, 13:15 to 13:55", "Kestrel class base"],
        ["Hydrotherapy", "School", "When a pool slot can be found", "Hydrotherapy pool"],
        ["All transfers (wheelchair, changing bed, standing frame and floor mat) made with the ceiling-track hoist and Reuben's own medium Arjo sling, following his individual moving and handling plan",
         "Two teaching assistants at every transfer, both holding a current moving and handling certificate from the school's accredited trainer and trained on Reuben's plan",
         "At every transfer during the school day", "Throughout school"],
        ["Occupational therapy to look at his seating, reach and desk height and consider any changes",
         "Occupational therapist", "Consultation visit each term", ""],
        ["Positioning in line with the physiotherapist's 24-hour postural management plan (Appendix 6)",
         "Class team", "Throughout the day", "All areas"],
        ["A 20-minute rest out of his wheelchair on the tilting mat after lunch, cutting back as his stamina builds",
         "Teaching assistant", "Daily to begin with", "Kestrel class base"],
    ])

    d.heading("For outcome E6: directing his own care", level=2)
    _ftable(d, [
        ["Teaching Reuben to talk an unfamiliar adult through each step of his hoisting and toileting routine, using his photo step cards",
         "Class HLTA who has completed Level 3 moving and handling and intimate care training",
         "Ten minutes within the lunchtime personal-care routine, four days a week", "Hygiene suite"],
        ["Reuben to be encouraged to tell staff how he likes to be positioned, e.g. which sling loops to use",
         "Adults working with him", "", ""],
    ])

    d.heading("For outcome E7: worries and friendships", level=2)
    _ftable(d, [
        ["Emotional support around hospital admissions and health worries",
         "Pastoral team", "As and when", ""],
        ["ELSA sessions using 'Starving the Anxiety Gremlin', helping Reuben name his worries about hospital and plan what helps; progress on his worry scale checked by the ELSA and the educational psychologist each half-term",
         "The school's ELSA, trained by Cressingham Educational Psychology Service, with half-termly group supervision from an educational psychologist",
         "30 minutes every Tuesday afternoon in term time", "Nurture room"],
        ["A lunchtime friendship group", "Midday supervisors", "Weekly if staffing allows", "Dining hall"],
    ])

    d.heading("For outcome E8: moving up to the secondary department", level=2)
    _ftable(d, [
        ["A transition programme into the secondary department",
         "To be agreed between the Year 6 and Year 7 teams",
         "Summer term 2026, details to follow", "Secondary department"],
        ["An assessment by the physical disability specialist teacher of any further equipment or strategies needed in Year 7",
         "Physical and Medical Needs Outreach Team", "To be arranged", ""],
    ])

    d.heading("Section G \u2014 Health care provision", section="G")
    d.para("Agreed by Cressingham and Wealdmoor Integrated Care Board on 27 January 2026.")
    d.bullets([
        "Gastrostomy top-up fluids at 10:30 and a feed at 14:00 each school day, given by two members of staff trained and signed off by the community children's nursing team, following the feeding plan dated 12 January 2026.",
        "Salbutamol through a spacer, given as required when Reuben is wheezy, under his respiratory care plan.",
        "Chest physiotherapy and cough-assist training for school staff from the respiratory physiotherapist, when the service has capacity.",
        "Wheelchair Services will reassess Reuben's powered wheelchair and seating by 31 July 2026, before he starts Year 7, and then every six months.",
        "Input from the community paediatrician as appropriate.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A personal assistant trained in moving and handling for 3 hours every Saturday, paid through a social care direct payment, so that Reuben can play at Cressingham Boccia Club.",
    ])
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.bullets([
        "Overnight short breaks at Larkfield House when a bed becomes available.",
    ])

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Sandholme School, Cressingham \u2014 maintained special school for pupils aged 3 "
           "to 19 with physical disabilities and complex medical needs. Reuben will move into "
           "the school's secondary department (Year 7) in September 2026.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Reuben's parents receive a social care direct payment for the personal assistant "
           "in Section H1. There is no personal budget for the special educational provision "
           "in Section F.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.numbered([
        "Parents' views \u2014 Hannah and Marcus Ashdown, 18 November 2025",
        "Reuben's views \u2014 recorded by Mrs A. Okoro, class teacher, 20 November 2025",
        "Educational advice \u2014 Mr J. Halloran, Deputy Head (primary), Sandholme School, 1 December 2025",
        "Psychological advice \u2014 Dr Sunniva Brereton, Educational Psychologist, 14 October 2025",
        "Medical advice \u2014 Dr K. Varadarajan, Consultant Paediatric Neurologist, St Aldhelm's Children's Hospital, 3 November 2025",
        "Physiotherapy advice and 24-hour postural management plan \u2014 Ms L. Tregear, Cressingham Children's Therapies, 7 November 2025",
        "Occupational therapy advice \u2014 Cressingham Children's Therapies",
        "Speech and language therapy advice \u2014 Ms R. Mbeki, NHS Speech and Language Therapist, 11 November 2025",
        "Social care advice \u2014 Children with Disabilities Team, 25 November 2025",
        "Annual review report \u2014 Sandholme School, 10 December 2025",
    ])
