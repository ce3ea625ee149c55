"""Castlewick Metropolitan Borough Council - Reception child (aged 5) with Down syndrome and a
moderate bilateral hearing loss (hearing aids), at a maintained mainstream infant school.
Two-line headings: an upper-case Heading 1 'SECTION F' with the title as a Heading 2 on the
next line; sub-headings are Heading 3. Running header with the child's name and a 'Page X of
Y' footer. Cover details in a four-column table. E is numbered E1-E7. Section F opens with a
short statement, then two parts: 'Part 1 - Isla's school day', a three-column table (Time of
day | What will happen for Isla | Adult, and their training) whose time-of-day cells are
merged down groups of rows; and 'Part 2 - Provision each week and each term', a three-column
table (Provision | How often and for how long | Who, and their training). H1 and H2
separate. OT is relied on in F with no OT advice in K. FINAL plan."""

TITLE = "Education, Health and Care Plan - Isla Marchetti"


def _merge_down(table, col, first, last):
    """Merge a column's cells from row ``first`` to row ``last`` (table row indices)."""
    for r in range(first + 1, last + 1):
        c = table.cell(r, col)
        for p in c.paragraphs:
            for run in list(p.runs):
                run._r.getparent().remove(run._r)
    table.cell(first, col).merge(table.cell(last, col))


def _section(d, letter, title):
    d.heading(f"SECTION {letter}", level=1, section=letter)
    d.heading(title, level=2)


def build(d):
    d.running_header_footer("Castlewick MBC  |  EHC Plan  |  Isla Marchetti  |  FINAL",
                            footer_left="Castlewick SEND Assessment and Review Team",
                            first_page_plain=True)
    d.title("Castlewick Metropolitan Borough Council", size=13, color="1D5C4D")
    d.title("Education, Health and Care Plan", size=22, color="1D5C4D")
    d.para("Final plan issued 20 February 2026", bold=True)
    d.table(None, [
        ["Child", "Isla Marchetti", "Date of birth", "17/02/2021"],
        ["NHS number", "999 318 6642", "UPN", "Z999000271828"],
        ["Setting", "Jedburgh Road Infant School", "Year group", "Reception"],
        ["Parents", "Rhian Marchetti and Gianluca Marchetti", "Telephone", "01632 960771"],
        ["Address", "4 Heron Gate, Castlewick, XJ3 6TP", "E-mail", "rhian.marchetti@example.org"],
        ["Date of final plan", "20 February 2026", "Review by", "19 February 2027"],
    ], widths_cm=[3.0, 5.6, 2.9, 5.1], bold_first_col=True)
    d.para("Isla's caseworker is Bethan Oduya-Pryce. Because Isla is under five at the start "
           "of this plan, the school will also hold an interim review in July 2026.",
           italic=True)

    _section(d, "A", "Views, interests and aspirations")
    d.heading("What Isla has shown us", level=3)
    d.para("Isla's teaching assistant gathered her views in January 2026 using photographs of "
           "the classroom and asking Isla to sign or point to what she likes. Isla chose the "
           "water tray, the big red bike, story time with 'Dear Zoo' and her friend's pet "
           "rabbit. She pushed away the photographs of the hand dryer and the hall at "
           "lunchtime, which are both very noisy. When she is happy she claps and signs "
           "'more'.")
    d.heading("What Isla's parents say", level=3)
    d.para("Rhian and Gianluca say that Isla is affectionate, determined and a great mimic who "
           "loves music and dancing. Her big brother Luca (7) is in Year 2 at the same "
           "school and is teaching her signs. Her parents want her to talk and sign more so "
           "that she is not frustrated, to be toilet trained, and to have friends who invite "
           "her to parties. In the long run they hope she will read, live as independently "
           "as she can and have a job she enjoys. They worry that she cannot always hear in "
           "a busy classroom, especially when her hearing aids whistle or have flat "
           "batteries.")

    _section(d, "B", "Special educational needs")
    d.heading("Communication and interaction", level=3)
    d.para("Isla has Down syndrome. She uses about 20 single spoken words, many of them "
           "unclear, and about 30 Makaton signs. She is just beginning to put two signs "
           "together. She understands more than she can say but cannot yet follow an "
           "instruction with two key words unless it is signed and shown to her. She watches "
           "faces closely and loses track when she cannot see the speaker.")
    d.heading("Hearing", level=3)
    d.para("Isla has a moderate bilateral conductive hearing loss and wears two behind-the-ear "
           "hearing aids. Without them she misses most speech at normal conversational "
           "level. In a noisy classroom, or when she is more than two metres from the "
           "speaker, she does not hear key words even with her aids. Her aids often come "
           "out or stop working and she cannot yet tell an adult.")
    d.heading("Cognition and learning", level=3)
    d.para("Isla is working at about the level expected of a two-year-old in most areas of "
           "the Early Years Foundation Stage. She learns well from pictures, objects and "
           "routines, and needs many more repetitions than her classmates to remember new "
           "words and sounds. She can match colours and count to three with objects.")
    d.heading("Social, emotional and mental health", level=3)
    d.para("Isla is sociable and likes to be near other children, but she does not yet take "
           "turns and sometimes grabs toys. When she is tired or overwhelmed by noise she "
           "drops to the floor or runs away from the group, especially at playtime.")
    d.heading("Physical and self-care", level=3)
    d.para("Isla has low muscle tone. She tires when sitting on the carpet, cannot yet pedal "
           "a tricycle and is unsteady on steps. Her grip is weak, so she cannot yet hold a "
           "crayon in a tripod grip, use scissors or open her own snack. She wears nappies "
           "and is not yet toilet trained. She needs help to dress and undress.")

    _section(d, "C", "Health needs")
    d.para("Isla has Down syndrome. She had surgery for an atrioventricular septal defect at "
           "five months old and is reviewed by the cardiology team once a year. She has a "
           "moderate bilateral conductive hearing loss and is under the Castlewick Paediatric "
           "Audiology Service. She has mild asthma and uses a reliever inhaler. She has "
           "annual thyroid checks, as all children with Down syndrome do.")

    _section(d, "D", "Social care needs")
    d.para("The Children with Disabilities Team assessed the family on 3 November 2025. Isla "
           "is a disabled child. Her parents manage her care well but would benefit from "
           "some time at weekends to spend with Luca. No other social care needs were "
           "identified.")

    _section(d, "E", "Outcomes")
    d.para("These outcomes are for the end of Key Stage 1 (July 2028) unless an earlier date "
           "is given. The class teacher will set small steps towards them each half-term and "
           "share them with Isla's parents.")
    d.numbered([
        "By the end of Reception (July 2026), Isla will use 50 different words or Makaton signs to ask for things, greet people and comment, recorded over two weeks by her teaching assistant.",
        "By July 2027, Isla will join two words or signs together (for example 'more juice' or 'Mummy gone') at least ten times in a school day.",
        "Isla will develop her listening skills.",
        "By the end of Reception, Isla will tell an adult by sign or gesture that she needs the toilet on four days out of five.",
        "Isla will receive speech and language therapy every week.",
        "By July 2027, Isla will hold a crayon in a tripod grip and copy the first letter of her name.",
        "Isla will stop running off from the group at playtime.",
    ], fmt="E{n}")

    _section(d, "F", "Special educational provision")
    d.para("Castlewick Council will secure the provision below for Isla at Jedburgh Road Infant "
           "School in every week of the school year. Part 1 follows the shape of Isla's day; "
           "Part 2 lists the provision that happens each week or each term.")

    d.heading("Part 1 \u2013 Isla's school day", level=3)
    day = [
        ["Arrival\n(8:40\u20138:55)",
         "Every morning, Isla's hearing aids are checked with a listening stethoscope and the Ling six-sound test before she goes into class; a flat battery or blocked tube is replaced straight away, and a fault that cannot be fixed is reported to the audiology clinic the same day (5 minutes)",
         "Isla's named teaching assistant (see Part 2), trained in hearing aid checks by the Qualified Teacher of the Deaf, with the training repeated every September"],
        ["",
         "Isla will be shown a visual timetable when needed",
         "Staff"],
        ["Phonics and carpet time\n(9:00\u20139:40)",
         "Each day, straight after the class Read Write Inc. lesson, a 10-minute 1:1 session going over the day's sound using the Read Write Inc. picture card and the matching Makaton sign",
         "Isla's named teaching assistant, who is trained in Read Write Inc. Phonics and holds Makaton Level 2"],
        ["",
         "Seating near the front at carpet times where practicable, with key words signed",
         "Class team"],
        ["Play-based learning\n(9:40\u201311:45)",
         "Adult support during child-initiated play, as appropriate, to model two-word phrases and turn-taking",
         "Teaching assistant"],
        ["Lunch and afternoon playtime\n(11:45\u201313:00)",
         "Isla eats at a table with the same four classmates each day; a named midday supervisor sits with the group for the whole of lunch, cutting up food and showing Isla how to use her adapted cutlery",
         "Named midday supervisor who has completed Castlewick's Down syndrome awareness training"],
        ["",
         "Isla will be encouraged to play alongside her peers at break times",
         "Midday supervisors"],
        ["Toileting\n(through the day)",
         "Toilet-training routine: every day Isla is taken to the toilet at 9:45, 11:30, 13:15 and 14:45 using her photo sequence and the same words and signs each time, with nappy changes in the hygiene room; allow 10 minutes each time",
         "Isla's named teaching assistant or the Reception class's second teaching assistant, both trained in the school's intimate care procedures and named in Isla's intimate care plan"],
        ["Home time\n(15:15)",
         "Parents will practise the week's Makaton signs and phonics sounds with Isla at home each evening, using the sheet sent home on Fridays",
         "Isla's parents"],
    ]
    t = d.table(["Time of day", "What will happen for Isla", "Adult, and their training"],
                day, widths_cm=[3.0, 8.4, 5.2], font_size=9.5, header_fill="D5EBE4")
    # merge the time-of-day cells down each group (table row 0 is the header)
    _merge_down(t, 0, 1, 2)
    _merge_down(t, 0, 3, 4)
    _merge_down(t, 0, 6, 7)

    d.heading("Part 2 \u2013 Provision each week and each term", level=3)
    d.table(["Provision", "How often and for how long", "Who, and their training"], [
        ["A named teaching assistant working with Isla across the whole school day, in class, at playtimes and at lunch, and delivering the 1:1 sessions in Part 1",
         "25 hours a week (8:45 to 15:15, Monday to Friday)",
         "Teaching assistant with a Level 3 teaching assistant or early years qualification who has completed Makaton Level 2 and Castlewick's two-day Down syndrome education course"],
        ["Direct speech and language therapy on first words and two-word phrases, signing alongside speech, and listening for sounds with her hearing aids in",
         "One 30-minute 1:1 session every week in term time, in the school's quiet room",
         "HCPC-registered speech and language therapist, Castlewick Children's Therapy Service"],
        ["The speech and language therapist will leave a programme for staff to carry out between visits",
         "",
         "Staff"],
        ["Visits to check that Isla's hearing aids are working in class, to observe her listening during phonics and carpet time, and to advise the class team; plus deaf-awareness training for the whole Reception team",
         "One hour every half-term, and a 90-minute training session each September",
         "Qualified Teacher of the Deaf holding the mandatory qualification, Castlewick Sensory Support Service"],
        ["Physiotherapy",
         "A block of sessions once Isla reaches the top of the waiting list",
         "NHS physiotherapist"],
        ["Occupational therapy assessment of Isla's fine motor skills and sitting posture, with provision to be agreed following the assessment",
         "To be agreed",
         "Occupational therapist"],
        ["Fine-motor group: 'Dough Disco' to music, then threading, pegboard and posting activities, in a group of no more than four children",
         "Four mornings a week (Monday to Thursday), 15 minutes straight after phonics",
         "Teaching assistant who has completed Castlewick's 'Physical Development in the Early Years' training"],
        ["Small group language work",
         "Weekly",
         "Teaching assistant"],
        ["Numicon number work, 1:1",
         "Up to three 10-minute sessions a week",
         "Teaching assistant trained in Numicon"],
        ["A radio aid for Isla's use in all teaching sessions, if funding is agreed by the Sensory Support Service",
         "All teaching sessions",
         "Sensory Support Service"],
        ["Adult help with undressing and dressing for PE, faded as Isla learns each step",
         "Every PE lesson (Tuesday and Friday)",
         "Reception team"],
    ], widths_cm=[7.0, 4.4, 5.2], font_size=9.5, header_fill="D5EBE4")

    _section(d, "G", "Health provision")
    d.bullets([
        "Two behind-the-ear hearing aids supplied and maintained by the Castlewick Paediatric Audiology Service, with a hearing test and hearing aid review every four months.",
        "A cardiology review at Castlewick Royal Infirmary once a year and an annual thyroid blood test, under the Down syndrome health surveillance programme.",
        "Salbutamol reliever inhaler given as required for wheeze, following Isla's individual health care plan, by staff trained by the school nurse.",
        "Dietetic advice if needed.",
    ])

    _section(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    d.para("Short breaks at the Castlewick 'Play Together' Saturday club.")

    _section(d, "H2", "Any other social care provision")
    d.para("None identified at the assessment of 3 November 2025.")

    _section(d, "I", "Placement")
    d.para("Jedburgh Road Infant School, Castlewick (mainstream community infant school, "
           "maintained by Castlewick Council).")

    _section(d, "J", "Personal budget")
    d.para("Isla's parents have not asked for a personal budget.")

    _section(d, "K", "Advice and information")
    d.bullets([
        "Parents' views \u2013 Rhian and Gianluca Marchetti",
        "Isla's views \u2013 gathered by her teaching assistant, Mrs K. Pollard, 14 January 2026",
        "Educational advice \u2013 Mrs S. Haldane, SENCO, Jedburgh Road Infant School, 12 December 2025",
        "Psychological advice \u2013 Dr Ifeoma Brandt, Educational Psychologist, 8 December 2025",
        "Medical advice \u2013 Dr R. Castellanos, Community Paediatrician, 1 December 2025",
        "Qualified Teacher of the Deaf advice \u2013 Mr T. Ashworth, Castlewick Sensory Support Service, 5 December 2025",
        "Speech and language therapy advice \u2013 Ms L. Greenhalgh, Speech and Language Therapist, 28 November 2025",
        "Physiotherapy advice \u2013 Castlewick Children's Physiotherapy Service, 20 November 2025",
        "Social care advice \u2013 Children with Disabilities Team, 3 November 2025",
    ])
