"""Fellbridge Metropolitan Borough Council - early years (age 4, the year before Reception)
at a private day nursery, with visits from the council's Early Years Specialist Outreach
Team. Quadriplegic cerebral palsy and epilepsy. Headings are bold teal Normal text (no
heading styles) written 'Section A   Title' (letter, spaces, title, no punctuation). Cover
details in a two-column shaded table. E is a list numbered E1-E7. Section F opens with a
short note, then a 'typical week' grid table (Ref | Provision | Staff and training | Length
| Mon | Tue | Wed | Thu) where a tick in a day column means the item happens that day, some
rows with no ticks; then a numbered list F14-F20 of provision that happens less often than
weekly. H1/H2 split. K is a numbered list K1-K9. FINAL plan, first review brought forward
to the phase-transfer deadline."""

TITLE = "Education, Health and Care Plan - Maisie Threlfall"

TEAL = "0E6E6E"
TICK = "\u2713"


def _h(d, letter, title, sid=None):
    d.bold_line(f"Section {letter}   {title}", section=sid or letter, size=13.5, color=TEAL)


def _sub(d, text):
    d.para(text, bold=True)


def build(d):
    d.simple_footer("Fellbridge MBC  \u2022  EHC Plan  \u2022  Maisie Threlfall  \u2022  "
                    "FINAL  \u2022  OFFICIAL-SENSITIVE")
    d.title("Fellbridge Metropolitan Borough Council", size=13, color=TEAL)
    d.title("Education, Health and Care Plan", size=22, color=TEAL)
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Maisie Threlfall"),
        ("Date of birth", "19/10/2021"),
        ("NHS number", "999 631 4072"),
        ("Home address", "12 Linnet Close, Fellbridge, ZY4 8DN"),
        ("Parents", "Gemma Threlfall and Ryan Threlfall"),
        ("Telephone", "01632 960318 (home); 07700 900527 (Gemma, mobile)"),
        ("E-mail", "gemma.threlfall@example.org"),
        ("Early years setting", "Oakworth Lane Day Nursery (private day nursery), four days a week"),
        ("Specialist support", "Fellbridge Early Years Specialist Outreach Team"),
        ("Date of draft plan", "20 October 2025"),
        ("Date final plan issued", "24 November 2025"),
        ("First review", "By 13 February 2026 (phase transfer review, so that the Reception school can be named before 15 February 2026)"),
        ("SEND officer", "Priya Hollingdrake, Fellbridge 0-25 SEND Service"),
    ])
    d.para("This plan was written with Maisie's parents at a planning meeting at the nursery "
           "on 8 October 2025. Reviews will take place at least every six months while Maisie "
           "is under five.", italic=True, size=10)

    _h(d, "A", "Views, interests and aspirations of Maisie and her family")
    _sub(d, "About Maisie")
    d.para("Maisie is a bright, sociable four-year-old with a big laugh. She loves Hey Duggee, "
           "bubbles, being swung in a blanket by her dad and anything to do with her big "
           "brother Archie, who is seven. She lets you know she is pleased with a wide smile "
           "and by kicking both legs, and she turns her head away firmly when she has had "
           "enough. At nursery her favourite times are singing, the water tray and being "
           "pushed fast round the garden.")
    _sub(d, "What Maisie tells us")
    d.para("Maisie cannot yet tell us her views in words. Her key practitioner, Ms Hadley, "
           "watched her over two weeks and shared photographs of her choices with her parents. "
           "Maisie looks longest at, and reaches towards, the musical instruments, the light "
           "box and the other children. She smiles when her name is sung in the hello song. "
           "She becomes upset, arches and cries when she is moved without being told first.")
    _sub(d, "What Maisie's parents say")
    d.para("Gemma and Ryan describe Maisie as \"determined and nosy - she wants to be in the "
           "middle of everything.\" They want her to be able to tell people what she wants and "
           "how she feels, to sit and play with other children, and to go to the same primary "
           "school as Archie if it can meet her needs. They worry about her seizures, about "
           "her being lifted by people who do not know her, and about how tired she is after a "
           "full day. In the long term they hope she will have friends, be as independent as "
           "she can be and never be left out.")

    _h(d, "B", "Special educational needs")
    _sub(d, "Communication and interaction")
    d.para("Maisie has very limited speech because of her cerebral palsy (dysarthria). She "
           "makes a small number of sounds with meaning (\"ma\" for more, a long \"aaah\" for "
           "yes) and uses eye pointing, smiling and looking away to make choices. Her "
           "understanding appears to be much better than her expression: she follows familiar "
           "routines and responds to her name and to simple spoken instructions in context. "
           "She is beginning to use a PODD communication book with adult support but cannot "
           "yet start a conversation or ask for something that is not in front of her.")
    _sub(d, "Cognition and learning")
    d.para("Assessment by the educational psychologist suggests that Maisie's learning is "
           "developing at around the 16-26 month level, although her physical needs make this "
           "hard to measure. She understands cause and effect with a switch, looks for a toy "
           "that has been hidden and anticipates the next part of a familiar song. She needs "
           "learning to be presented at her eye level, within reach, and with extra time to "
           "respond.")
    _sub(d, "Physical and sensory")
    d.para("Maisie has bilateral spastic (quadriplegic) cerebral palsy, GMFCS level IV. She "
           "cannot sit without support, roll reliably or bear her own weight. She needs to be "
           "hoisted for every transfer and to change position regularly through the day to "
           "protect her hips and spine. Both hands are affected; she can swipe at a toy and "
           "sometimes grasp a chunky object but finds it very hard to let go. She cannot feed "
           "herself and is at risk of choking. She tires quickly, and her muscle tone increases "
           "when she is excited, unsettled or unwell.")
    _sub(d, "Social, emotional and mental health")
    d.para("Maisie is interested in other children but cannot get close to them or join their "
           "play without an adult. She becomes distressed and stiff when routines change "
           "suddenly or when she is handled by unfamiliar adults, and she needs time to settle "
           "with new people.")

    _h(d, "C", "Health needs related to Maisie's special educational needs")
    d.para("Maisie has bilateral spastic cerebral palsy following a premature birth at 29 "
           "weeks. She has focal epilepsy, diagnosed in 2023, with seizures about once a "
           "fortnight; her last prolonged seizure (over five minutes) was in July 2025. She is "
           "prescribed levetiracetam and has buccal midazolam as rescue medication. She has an "
           "unsafe swallow for thin fluids and normal-textured food and has a dysphagia plan. "
           "She wears ankle-foot orthoses and night-time hand splints. Her hips are monitored "
           "by X-ray every six months under the national CP hip surveillance programme.")

    _h(d, "D", "Social care needs related to Maisie's special educational needs or disability")
    d.para("Maisie is a disabled child. Her parents provide all her personal care, including "
           "lifting her several times a night, and both report being exhausted. Archie's "
           "activities are often cancelled because Maisie cannot be left with other carers. The "
           "family home has no downstairs bathroom and the bath is no longer safe. A Children "
           "with Disabilities assessment was completed on 29 September 2025.")

    _h(d, "E", "Outcomes")
    d.para("Outcomes are for the end of Reception (July 2027) unless another date is given. "
           "The nursery SENCO and the outreach teacher will set small-step targets every six "
           "weeks and share them with Maisie's parents.")
    d.numbered([
        "By the end of Reception (July 2027), Maisie will use her PODD book or eye pointing to choose between two activities at least five times in a session with an adult she knows.",
        "By July 2026, Maisie will sit in her specialist chair with her head upright for 10 minutes during a table-top activity, on four days out of five.",
        "Maisie will be happy and settled at nursery.",
        "By her next review, Maisie will press a switch to take her turn in a group song or story on three separate occasions.",
        "Maisie will receive physiotherapy and occupational therapy.",
        "By July 2026, Maisie will bring food to her mouth with her angled spoon for half of her snack, with an adult steadying her elbow.",
        "Maisie will improve her fine motor skills.",
    ], fmt="E{n}")

    _h(d, "F", "Special educational provision")
    d.para("Maisie attends Oakworth Lane Day Nursery on Monday, Tuesday, Wednesday and Thursday "
           "from 8:30 to 15:00, 38 weeks a year. The grid shows what happens in a typical "
           "week: a tick means the provision is made on that day. Provision that happens less "
           "often than weekly is listed underneath the grid.", italic=True)
    T = TICK
    d.table(["Ref", "Provision", "Staff and training", "Length", "Mon", "Tue", "Wed", "Thu"], [
        ["F1", "One-to-one support from a named early years practitioner for every minute Maisie is at nursery, covering play, meals, personal care, positioning and moving between rooms",
         "Early years practitioner with a Level 3 Early Years Educator qualification who has completed the outreach team's moving-and-handling course and the epilepsy training in Section G",
         "Whole session, 8:30-15:00 (26 hours a week)", T, T, T, T],
        ["F2", "Postural routine: Maisie changes position at least every 45 minutes, moving between her specialist seat, her standing frame and side-lying on a wedge, with the hoist used for every transfer",
         "Her 1:1 practitioner (F1) with a second member of staff for hoisting; both trained in hoisting by the outreach team's physiotherapist",
         "Throughout the session; 20 minutes in the standing frame each morning", T, T, T, T],
        ["F3", "Stretches to her hamstrings, calves and wrists, and supported sitting-balance play on a peanut ball, following the written programme her physiotherapist updates at each visit (F14)",
         "1:1 practitioner (F1), shown each exercise by the physiotherapist and observed doing it at least once every half-term",
         "20 minutes before lunch", T, T, T, T],
        ["F4", "One-to-one communication session with Maisie's PODD book and an E-Tran frame: the adult models core words, offers choices and waits at least 10 seconds for Maisie to eye-point or vocalise",
         "1:1 practitioner (F1), who has completed the two-day PODD introductory course",
         "15 minutes, after morning snack", T, T, T, T],
        ["F5", "Opportunities to use switches and cause-and-effect toys during free play",
         "Nursery staff", "", "", "", "", ""],
        ["F6", "Story and song group of no more than four children, adapted with objects of reference and a BIGmack switch recorded with the repeated line, so that Maisie can take her turn",
         "Room leader (Level 3 qualified) with the 1:1 practitioner",
         "20 minutes at 13:15", T, "", T, T],
        ["F7", "Maisie would benefit from practising feeding herself with her angled spoon and scoop bowl at snack and lunch",
         "Nursery staff", "Snack and lunch", T, T, T, T],
        ["F8", "Messy play and sensory activities to encourage reaching and grasping, such as gloop, sand, paint and shaving foam",
         "Room staff", "Most days", "", "", "", ""],
        ["F9", "A rest on the beanbag in the sleep room after lunch, reducing as Maisie builds up her stamina",
         "1:1 practitioner (F1)", "30 minutes", T, T, T, T],
        ["F10", "Time in the garden in her activity chair or on the adapted trike, subject to there being enough staff on shift",
         "Room staff", "Daily", T, T, T, T],
        ["F11", "Key words signed to Maisie in Makaton throughout the day, alongside speech",
         "Every practitioner in the Caterpillars room; all have completed the Makaton Foundation Workshop (Levels 1 and 2)",
         "Whole session", T, T, T, T],
        ["F12", "Turn-taking games with one or two other children",
         "Early years practitioner", "Up to 15 minutes", "", T, "", ""],
        ["F13", "An eye-gaze device for cause-and-effect and choosing games (make and software to be agreed after the outreach team's trial)",
         "Key person", "10 minutes", "", "", "", ""],
    ], widths_cm=[1.0, 5.3, 3.7, 2.4, 1.05, 1.05, 1.05, 1.05], font_size=9)

    _sub(d, "Provision that happens less often than weekly")
    d.numbered([
        "Direct physiotherapy at nursery: a 45-minute session every three weeks in term time with Maisie's HCPC-registered paediatric physiotherapist from Fellbridge Children's Therapy Service, who also checks her seat, standing frame and splints and updates the programme in F3 at each visit.",
        "The speech and language therapist will visit to advise staff and update Maisie's communication targets.",
        "A block of four occupational therapy sessions in the spring term, led by an occupational therapist, on reaching, grasp and release; whether any further blocks follow is subject to review.",
        "A specialist teacher from the Fellbridge Early Years Specialist Outreach Team, who holds the postgraduate Certificate in Teaching Children with Physical and Multiple Disabilities, will spend 90 minutes at the nursery every fortnight in term time, working alongside Maisie and her 1:1 practitioner on play-based early learning and setting her next steps with the nursery SENCO.",
        "Whenever Maisie is lifted or moved, nursery staff will follow the moving and handling recommendations in the physiotherapy report (K6).",
        "The nursery will plan Maisie's move to Reception as it sees fit, including extra visits to her new school in the summer term.",
        "Maisie's parents will carry out her stretching programme at home at weekends.",
    ], start=14, fmt="F{n}")

    _h(d, "G", "Health care provision")
    d.bullets([
        "Maisie's epilepsy is managed under her individual health care plan written by the children's epilepsy nurse specialist (2 September 2025); buccal midazolam is kept at the nursery and given as required under that plan by one of the three practitioners trained to give it.",
        "Epilepsy awareness and buccal midazolam training for three named nursery practitioners, delivered by the epilepsy nurse specialist each September and whenever a trained practitioner leaves.",
        "An eating and drinking plan from the dysphagia speech and language therapist, setting out food texture (IDDSI Level 5, minced and moist), drink thickness (Level 2) and seating position, reviewed every six months.",
        "Community paediatrician review as appropriate.",
        "Ankle-foot orthoses and night-time hand splints, supplied by Fellbridge Orthotics and checked every four months.",
        "Hydrotherapy at Fellbridge Child Development Centre in which the physiotherapist teaches Maisie to roll and kick in the water: six weekly 30-minute sessions each spring term.",
        "A new supportive buggy from the Wheelchair Service when one becomes available.",
    ])

    _h(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    d.bullets([
        "A support worker from Fellbridge Short Breaks Service for 3 hours every Saturday so that Maisie can go swimming and to the park with her family, paid for through a social care direct payment.",
        "Adaptations to the family home (a level-access shower room and a ceiling track hoist), following the social care occupational therapist's assessment.",
    ])
    _h(d, "H2", "Other social care provision")
    d.bullets([
        "Overnight short breaks at Brackenhill Children's Short Breaks Unit.",
    ])

    _h(d, "I", "Placement")
    d.para("Oakworth Lane Day Nursery, Fellbridge (private day nursery - early years setting), "
           "Monday to Thursday, 8:30 to 15:00.")
    d.para("The school Maisie will attend from September 2026 will be named at the phase "
           "transfer review, which must be completed by 15 February 2026.")

    _h(d, "J", "Personal budget")
    d.para("Maisie's parents receive a social care direct payment of \u00a384 a week to employ "
           "the support worker in Section H1. No personal budget has been requested for the "
           "provision in Section F.")

    _h(d, "K", "Advice and information")
    d.numbered([
        "Parents' views - Gemma and Ryan Threlfall, 8 October 2025",
        "Early years educational advice - Ms J. Hadley and Mrs K. Boothroyd (SENCO), Oakworth Lane Day Nursery, 22 September 2025",
        "Psychological advice - Dr Leon Varga, Educational Psychologist, 25 September 2025",
        "Medical advice - Dr S. Ilunga, Community Paediatrician, 17 September 2025",
        "Advice from the Early Years Specialist Outreach Team - Mrs A. Castellano, specialist teacher, 24 September 2025",
        "Physiotherapy advice - Mr D. Kowalczyk, Paediatric Physiotherapist, 19 September 2025",
        "Speech and language therapy advice - Fellbridge Children's Therapy Service",
        "Occupational therapy advice - Ms H. Osei, Occupational Therapist, 30 September 2025",
        "Social care advice - Children with Disabilities Team, 29 September 2025",
    ], fmt="K{n}")
