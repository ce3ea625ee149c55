"""Brackwater County Council - Reception child with spina bifida (lumbar myelomeningocele,
shunted hydrocephalus) and neurogenic bladder and bowel, at a mainstream voluntary aided
primary school. Simple footer. Word Heading 1 headings 'Section F: Title' in sentence
case. Cover as bold-label lines. E numbered E1-E8. Section F is grouped by how often the
provision happens (Heading 2 'Every school day', 'Every week', 'Every half-term and term',
'Equipment and adaptations', 'Moving on to Year 1'), items numbered F1-F20 straight through
as prose, the frequency for some items coming only from the group heading. Separate H1
and H2. FINAL plan, six-month review date (under 5)."""

TITLE = "Education, Health and Care Plan - Esme Wardrop"


def build(d):
    d.simple_footer("Brackwater County Council  \u2022  EHC Plan for Esme Wardrop  \u2022  "
                    "Final  \u2022  Issued 20 January 2026")
    d.title("Brackwater County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=20, color="5B2C6F")
    d.label_para("Child: ", "Esme Wardrop")
    d.label_para("Date of birth: ", "03/03/2021")
    d.label_para("NHS number: ", "999 604 2197")
    d.label_para("UPN: ", "N999000930462")
    d.label_para("Address: ", "4 Beckside Cottages, Lamplugh Green, XJ3 6TN")
    d.label_para("Parents: ", "Kirsty Wardrop (mother) and Sam Achebe (father)")
    d.label_para("Telephone: ", "01632 960319 / 07700 900683")
    d.label_para("E-mail: ", "kirsty.wardrop@example.org")
    d.label_para("Setting: ", "St Aidan's Church of England Primary School, Reception class (Robins)")
    d.label_para("Date of final plan: ", "20 January 2026")
    d.label_para("Next review: ", "by 17 July 2026 (six-monthly while Esme is under five)")
    d.label_para("Caseworker: ", "Gareth Lindqvist, Brackwater SEND 0\u201325 Team")

    d.heading("Section A: Views, interests and aspirations", section="A")
    d.heading("About Esme", level=2)
    d.para("Esme is four. She loves the role-play corner, dinosaurs, anything pink and her "
           "big brother Alfie, who is in Year 2 at the same school. Her teacher, Mrs Quayle, "
           "asked her about school using photographs of the classroom, and Esme pointed and "
           "talked.")
    d.para("Esme said: \"I like the dinosaur tray and Mrs Pell. I don't like it when they all "
           "run outside and I'm still doing my shoes. I want to go on the big slide. When I'm "
           "big I'm going to be a dinosaur doctor.\"")
    d.heading("What Esme's parents say", level=2)
    d.para("Kirsty and Sam say Esme is determined, funny and sociable, and will tell anyone who "
           "listens about her shunt. Their biggest worry is her toileting: they want her "
           "catheter and bowel routine done safely and privately, and they want her to learn "
           "to take part in it herself as she grows. They would like her to be with her friends "
           "as much as possible rather than taken out of class, and for her to walk further with "
           "her frame. In the long term they hope she will live independently and drive.")

    d.heading("Section B: Special educational needs", section="B")
    d.heading("Physical and sensory", level=2)
    d.para("Esme has spina bifida (a lumbar myelomeningocele, closed at birth). She has "
           "weakness in both legs and reduced sensation below the knee. She walks short "
           "distances with a posterior walking frame and ankle-foot orthoses and uses a "
           "manual wheelchair outdoors and for longer distances, which she cannot yet push "
           "far on her own. She cannot sit on the carpet or on a standard chair without losing "
           "her balance. She needs help and close supervision for every transfer (chair, "
           "toilet, floor, wheelchair). Her hand skills are behind those of her classmates: she "
           "holds a pencil in a fisted grip, finds cutting and threading very hard and tires "
           "quickly. She has visual-perceptual difficulties that are common with hydrocephalus, "
           "so she finds it hard to copy shapes and to find an object on a busy tray.")
    d.heading("Independence and self-care", level=2)
    d.para("Esme has a neurogenic bladder and bowel. She cannot feel when she needs the toilet "
           "and is not continent. She needs clean intermittent catheterisation several times a "
           "day and a timed bowel routine, and she wears pads. She does not yet take any part "
           "in these routines, and cannot manage her own clothing or wash her hands at the "
           "toilet without help.")
    d.heading("Communication and interaction", level=2)
    d.para("Esme talks readily and uses long sentences, but her understanding is weaker than "
           "her talking suggests. She often repeats phrases she has heard without knowing what "
           "they mean, and she misses parts of instructions given to the whole class, "
           "especially when there are two steps.")
    d.heading("Cognition and learning", level=2)
    d.para("Esme's attention and working memory are below what is expected for her age "
           "(educational psychology advice, November 2025). She forgets routines that her "
           "classmates have learned and needs new ideas broken into small steps and repeated.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Esme wants to play with other children but cannot keep up with running games, so "
           "at playtimes she is often with an adult rather than with her friends. She becomes "
           "tearful and cross when she is tired, which is usually by early afternoon.")

    d.heading("Section C: Health needs", section="C")
    d.para("Esme has spina bifida and hydrocephalus with a ventriculoperitoneal (VP) shunt, and "
           "is seen at the spina bifida and hydrocephalus clinic at Brackwater Children's "
           "Hospital. Staff must know the signs of shunt blockage (headache, vomiting, "
           "drowsiness) and call 999. She has a neurogenic bladder managed by clean "
           "intermittent catheterisation every three hours, and a neurogenic bowel managed by "
           "a daily bowel routine at home. She has a latex allergy. Her skin below the knee has "
           "little feeling and must be checked for pressure marks. Her wheelchair was issued "
           "in 2024 and she has outgrown the seat.")

    d.heading("Section D: Social care needs", section="D")
    d.para("Esme lives with her mother, her father and Alfie in a rented cottage with steps "
           "to the front door and the only bathroom upstairs. Her parents carry her upstairs "
           "several times a day. A child and family assessment by the Disabled Children's "
           "Team (12 November 2025) found that the home needs adapting.")

    d.heading("Section E: Outcomes", section="E")
    d.para("Outcomes are for the end of Reception (July 2026) or the end of Year 1 (July "
           "2027). Mrs Quayle and the SENCO will set smaller steps each half-term and share "
           "them with Kirsty and Sam at a meeting.")
    d.numbered([
        "By the end of Reception, Esme will move between the carpet area, her table and the toilet in her walking frame, with an adult beside her but giving no physical help, each time she needs to.",
        "By July 2027, Esme will take part in her catheter routine by washing her hands, lowering her clothing and passing the equipment to the adult, in 4 out of 5 routines.",
        "Esme will develop her independence in toileting.",
        "By the end of Reception, Esme will follow a two-part instruction supported by a picture, in 8 out of 10 small-group activities.",
        "By July 2026, Esme will write the four letters of her name so that they can be read, using a chunky pencil and a writing slope.",
        "Esme will have physiotherapy and occupational therapy.",
        "Esme will make friends.",
        "By the end of Reception, Esme will play a game with two or more classmates for 5 minutes at lunchtime, on at least three days a week.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision", section="F")
    d.para("The provision below is grouped by how often it happens. All of it is to be made "
           "in term time at St Aidan's for as long as this plan is maintained.", italic=True)

    d.heading("Every school day", level=2)
    d.numbered([
        "A named teaching assistant is with Esme for 32.5 hours a week, across the whole school day including playtimes, lunchtime and every transfer, to keep her safe, help her use her frame and chair and make sure she takes part in all class activities. The teaching assistant has completed moving-and-handling training and has been signed off as competent in clean intermittent catheterisation by the Brackwater Children's Community Nursing Team.",
        "Support with toileting and personal care as required.",
        "At each of her three toilet visits (10:00, 13:00 and 14:45), Esme is taught the steps of her routine using a photo sequence: moving to the toilet with her frame, managing her clothing and washing her hands. Each visit takes 15 minutes and is led by her teaching assistant, following the self-care programme written by the Brackwater children's occupational therapist, who reviews it with the teaching assistant every half-term.",
        "Esme will have regular opportunities to stand in her standing frame during the day.",
        "Her teaching assistant, trained by the physiotherapist with a one-hour refresher each half-term, carries out Esme's exercise programme (hip and knee stretches, sit-to-stand practice, and standing in her frame while she does a table-top activity) for 20 minutes straight after morning registration and for 20 minutes after lunch.",
        "Esme can have a rest on the beanbag in the afternoons if she is tired, at the discretion of the class teacher.",
    ], fmt="F{n}")

    d.heading("Every week", level=2)
    d.numbered([
        "Direct physiotherapy in school: one 45-minute individual session every week with an HCPC-registered paediatric physiotherapist from the Brackwater Children's Therapy Service, working on balance, walking with her frame and safe transfers, and updating the daily exercise programme in F5.",
        "Occupational therapy will be provided on a consultative basis to advise school on seating, pencil grips and access to the classroom.",
        "A Clever Hands fine-motor group three times a week (Monday, Wednesday and Friday at 13:30) for 20 minutes, in a group of no more than four children, led by the Reception HLTA, who has completed the occupational therapist's fine-motor training. Esme sits in her supportive chair at a cut-out table.",
        "Small group language work to develop Esme's understanding.",
        "Speech and language therapy assessment of Esme's understanding of language; provision will be agreed once the assessment has been completed.",
        "In the weekly 40-minute PE lesson, Esme's class teacher plans an adapted activity for each part of the lesson (seated throwing and catching, a relay she does in her wheelchair, parachute games from her chair) and her teaching assistant works alongside her for the whole lesson.",
        "Esme would benefit from a nurture group to help her build friendships.",
    ], start=7, fmt="F{n}")

    d.heading("Every half-term and term", level=2)
    d.numbered([
        "The Brackwater advisory teacher for physical and medical needs visits once every half-term for two hours. She observes Esme in class and at play, checks the classroom layout and the routes Esme uses, and leaves written targets for the class teacher and teaching assistant to work on until her next visit.",
        "Staff training on spina bifida and hydrocephalus will be arranged if funding is available.",
        "Esme's 1:1 hours will be reviewed each term and reduced as she becomes more independent.",
    ], start=14, fmt="F{n}")

    d.heading("Equipment and adaptations", level=2)
    d.numbered([
        "A supportive classroom chair with a pelvic strap and footplate, and a height-adjustable table with a cut-out, set up by the occupational therapist before the start of the summer term and checked by her each term. Esme uses them for all table-top work.",
        "Appropriate ICT and any other equipment recommended by therapists.",
        "A writing slope, chunky pencils, etc.",
    ], start=17, fmt="F{n}")

    d.heading("Moving on to Year 1", level=2)
    d.numbered([
        "Extra transition visits to the Year 1 classroom before September 2026, the number to be agreed with parents.",
    ], start=20, fmt="F{n}")

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Clean intermittent catheterisation at 10:00 and 13:00 in school, carried out by two members of staff trained and signed off by the Brackwater Children's Community Nursing Team, who reassess their competency every 12 months.",
        "Cetirizine given as required under Esme's allergy care plan if she shows signs of a reaction to latex.",
        "Review at the spina bifida and hydrocephalus clinic, Brackwater Children's Hospital, every six months, including her shunt and her bladder and bowel management.",
        "Wheelchair Service reassessment of Esme's seating when a slot becomes free.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A ramp to the front door and a ground-floor level-access shower room and toilet, "
           "fitted through a Disabled Facilities Grant by 31 July 2026, as agreed by the "
           "Children's Social Care Occupational Therapist on 2 December 2025.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I: Placement", section="I")
    d.para("St Aidan's Church of England Primary School, Lamplugh Green (mainstream voluntary "
           "aided primary school, 4\u201311).")

    d.heading("Section J: Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Kirsty Wardrop and Sam Achebe, 30 October 2025",
        "Esme's views \u2013 gathered by Mrs H. Quayle, Reception teacher, 4 November 2025",
        "Educational advice \u2013 Mrs H. Quayle and Mr T. Blenkinsop (SENCO), St Aidan's CE Primary School, 7 November 2025",
        "Psychological advice \u2013 Dr Samira Okafor, Educational Psychologist, 14 November 2025",
        "Medical advice \u2013 Dr J. Fennimore, Consultant Paediatrician, 5 November 2025",
        "Physiotherapy advice \u2013 Ms R. Tranter, Paediatric Physiotherapist, 10 November 2025",
        "Occupational therapy advice \u2013 Brackwater Children's Therapy Service",
        "Continence nursing advice \u2013 Children's Community Nursing Team, 11 November 2025",
        "Social care advice \u2013 Disabled Children's Team, 12 November 2025",
        "Advisory teacher for physical and medical needs \u2013 Mrs P. Ahmed, 18 November 2025",
    ])
