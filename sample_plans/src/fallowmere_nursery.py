"""Fallowmere City Council - early years plan for a 3-year-old at a maintained nursery
school. Word Heading 1 headings of the form 'F – My special educational provision'
(letter, en dash, first-person title). Section F is a series of short labelled-line
blocks (Provision / How often and how long / Who / Outcome it supports) under Heading 2
area sub-headings. Six-monthly review date. FINAL plan."""

TITLE = "Education, Health and Care Plan - Arlo Venn"


def _block(d, provision, how, who, outcome):
    from docx.shared import Pt
    for i, (label, value) in enumerate((("Provision: ", provision),
                                        ("How often and how long: ", how),
                                        ("Who: ", who),
                                        ("Outcome it supports: ", outcome))):
        d.label_para(label, value)
        pf = d.doc.paragraphs[-1].paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(7) if i == 0 else Pt(0)
        pf.keep_with_next = i < 3


def build(d):
    from docx.shared import Pt
    d.doc.styles["Normal"].font.size = Pt(10.5)   # compact early years template
    d.running_header_footer("Fallowmere City Council  -  Early Years EHC Plan  -  Arlo Venn",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Fallowmere City Council", size=15, color="1B5E20")
    d.title("Education, Health and Care Plan", size=20, color="1B5E20")
    d.title("Early Years - Final Plan", size=13, color="1B5E20")
    d.details_table([
        ("Child", "Arlo Venn"),
        ("Date of birth", "18/06/2022"),
        ("Age", "3 years 7 months"),
        ("Year group", "Nursery (FS1)"),
        ("NHS number", "999 650 1127"),
        ("Setting", "Hawthorn Street Nursery School"),
        ("Parents", "Freya Venn and Tomasz Wolski"),
        ("Address", "Flat 2, 41 Kiln Street, Fallowmere, XJ5 3PD"),
        ("Telephone", "07700 900156"),
        ("Date of final plan", "20/01/2026"),
        ("Review by (six-monthly, under 5)", "20/07/2026"),
        ("EHC co-ordinator", "Delyth Marsh, Early Years SEND Team"),
    ], widths_cm=(6.0, 10.5))
    d.page_break()

    d.heading("A \u2013 All about me", section="A")
    d.para("This section was written by Arlo's mum and dad with his key person, Shona, using "
           "photos of Arlo at nursery and at home. Arlo does not yet use many words, so we have "
           "described what he shows us he likes.")
    d.bullets([
        "Arlo loves water, bubbles, spinning tops and anything with wheels. He laughs out loud on the big swing in the park.",
        "He likes lining up his toy buses on the windowsill and gets upset if they are moved.",
        "He enjoys songs with actions, especially \"Wind the Bobbin Up\", and will finish the last word of a line.",
        "He finds noisy, busy rooms, having his hair washed and new foods very hard.",
    ])
    d.para("Freya and Tomasz say: \"Arlo is a gorgeous, affectionate little boy who gives the "
           "best cuddles. We want him to be able to tell us what he wants so he doesn't get so "
           "frustrated, to be safe, and to be happy going to school next year. We are "
           "exhausted because he sleeps so little, and we would like some help.\"")

    d.heading("B \u2013 My special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Arlo is on the waiting list for an autism assessment. He uses about 15 single words, "
           "mostly names of foods and vehicles, and often repeats phrases from television "
           "rather than using them to communicate. He does not yet point to show an adult "
           "something, and to get what he wants he takes an adult's hand and leads them to it. "
           "He responds to his name about half of the time. He can follow a single-step "
           "instruction when it is part of a familiar routine and shown with a gesture.")
    d.heading("Cognition and learning", level=2)
    d.para("Arlo's development is at about the level of a child aged 18 to 24 months across most "
           "areas of learning. He can hold his attention on an adult-led activity for one to "
           "two minutes. He is most engaged by cause-and-effect toys and by sorting and lining "
           "up objects, and he does not yet join in pretend play.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Arlo becomes very distressed at changes of activity, such as tidy-up time or going "
           "outside, and when an expected routine changes. He drops to the floor, screams and "
           "sometimes bites the back of his own hand. He plays alongside other children but "
           "not with them, and he can push a child who comes close to his toys.")
    d.heading("Sensory and physical", level=2)
    d.para("Arlo seeks a lot of movement: he spins, climbs furniture and finds it very hard to "
           "sit for group times. He mouths toys and covers his ears in noisy rooms. His gross "
           "motor skills are a relative strength; his fine motor skills are emerging.")
    d.heading("Independence and self-care", level=2)
    d.para("Arlo wears nappies and shows no awareness of being wet or soiled. He feeds himself "
           "with his fingers and eats a narrow range of dry foods. He has no sense of danger: "
           "he runs towards the nursery gate and the road when outside and will climb onto "
           "high surfaces.")

    d.heading("C \u2013 My health needs", section="C")
    d.para("Arlo has great difficulty getting to sleep and wakes for two to three hours most "
           "nights; he takes melatonin prescribed by the community paediatrician. His diet is "
           "very restricted. His hearing was tested in October 2025 and is normal. He is "
           "awaiting an autism diagnostic assessment.")

    d.heading("D \u2013 My social care needs", section="D")
    d.para("Arlo's parents care for him and his baby sister, and both are exhausted by his "
           "night waking and by keeping him safe. The Children with Disabilities Team assessed "
           "the family in December 2025 and found that they need regular breaks from caring.")

    d.heading("E \u2013 My outcomes", section="E")
    d.para("Outcomes are to be reached by the date given. Hawthorn Street will set small steps "
           "towards them every six weeks and share them with Freya and Tomasz.")
    d.bullets([
        "**Communication 1** \u2013 By July 2026, Arlo will give an adult a picture card to ask for a snack or toy, without physical prompting, at least five times in a session.",
        "**Communication 2** \u2013 By the end of Reception (July 2027), Arlo will use at least 50 words or Makaton signs to ask for things and to comment.",
        "**Play 1** \u2013 Arlo will learn to play nicely with other children.",
        "**Sensory 1** \u2013 By July 2026, Arlo will stay seated on his wobble cushion for a five-minute group story on four days out of five.",
        "**Independence 1** \u2013 Arlo will be toilet trained.",
        "**Emotional 1** \u2013 Arlo will stop dropping to the floor and biting his hand.",
    ])

    d.heading("F \u2013 My special educational provision", section="F")
    d.para("Fallowmere City Council will make sure the provision below is in place for every "
           "session Arlo attends (five mornings a week, 38 weeks a year).")
    d.heading("Communication and interaction", level=2)
    _block(d, "Attention Autism sessions (stages 1 to 3) in a group of four children",
           "15 minutes every morning session, five days a week",
           "The room leader, a qualified early years teacher who has completed the two-day Attention Autism training",
           "Communication 2")
    _block(d, "Intensive Interaction, 1:1, following Arlo's lead in play",
           "Two 10-minute sessions every day he attends",
           "Arlo's key person, a Level 3 early years practitioner trained in Intensive Interaction by the Early Years SEND Advisory Teacher",
           "Communication 2")
    _block(d, "PECS phases 1 and 2, teaching Arlo to exchange a picture for a snack or toy",
           "At snack time and in four planned 5-minute play trials in each session",
           "Arlo's key person and a second practitioner, both of whom have completed the PECS Level 1 course",
           "Communication 1")
    _block(d, "Speech and language therapy",
           "A block of sessions as determined by the therapist",
           "NHS speech and language therapist",
           "Communication 2")
    _block(d, "Makaton signs used alongside speech", "Where possible", "Staff", "Communication 2")
    _block(d, "Modelling and coaching of Attention Autism and PECS in the room, with written feedback to Arlo's key person",
           "One 90-minute visit every half-term",
           "Fallowmere Early Years SEND Advisory Teacher (qualified teacher)",
           "Communication 1")
    _block(d, "A home programme of language games", "Daily", "Parents", "Communication 2")
    _block(d, "A daily picture diary (three photos of his day) shared with his parents at home time, so that Arlo can show them what he has done by pointing and using single words",
           "Every day he attends, 5 minutes at collection",
           "Arlo's key person",
           "Communication 2")
    d.heading("Sensory and physical", level=2)
    _block(d, "Sensory activities such as messy play, swings and the trampoline", "Daily",
           "Early years practitioner", "Sensory 1")
    _block(d, "A weighted lap pad (1 kg), ear defenders and a wobble cushion for Arlo's own use",
           "Set out at every carpet time and meal time", "Arlo's key person", "Sensory 1")
    _block(d, "Occupational therapy assessment, followed by a sensory programme",
           "To be arranged", "Occupational therapist", "Sensory 1")
    d.heading("Independence, safety and play", level=2)
    _block(d, "A toilet-training routine using the same four-step picture sequence at every visit",
           "Taken to the toilet every 45 minutes throughout each session",
           "Arlo's key person (Level 3 qualified early years practitioner), with the deputy room leader covering her breaks",
           "Independence 1")
    _block(d, "1:1 support from an early years practitioner with a Level 3 qualification and Team Teach training, to keep Arlo safe outdoors and at changes of activity",
           "Up to 15 hours per week", "Dedicated 1:1 practitioner", "Emotional 1")
    _block(d, "Portage home visits to build Arlo's play and early learning skills",
           "1 hour every fortnight, subject to a Portage place becoming available",
           "Portage home visitor who has completed the National Portage Association workshop",
           "Play 1")
    _block(d, "Small group play in a calm, structured environment", "Every session", "Nursery",
           "Play 1")
    _block(d, "Behaviour support in line with the nursery's positive behaviour policy",
           "Throughout the day", "All staff", "Emotional 1")
    _block(d, "Visits to Arlo's Reception class to prepare him for starting school",
           "Initially weekly in the summer term, reducing as he settles",
           "Arlo's key person", "Emotional 1")

    d.heading("G \u2013 My health provision", section="G")
    d.bullets([
        "Melatonin 2 mg at bedtime, prescribed by Dr L. Pryor, Community Paediatrician, and reviewed by her every six months.",
        "Autism diagnostic assessment by the Fallowmere Neurodevelopmental Service when Arlo reaches the top of the waiting list.",
        "Dietetic advice on Arlo's restricted diet as appropriate.",
    ])

    d.heading("H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Short breaks for Arlo's family from the Children with Disabilities Team.")
    d.heading("H2 \u2013 Other social care provision", section="H2")
    d.para("None at present.")

    d.heading("I \u2013 Name and type of setting", section="I")
    d.para("Hawthorn Street Nursery School, Fallowmere (maintained nursery school), five "
           "mornings a week (15 hours).")

    d.heading("J \u2013 Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("K \u2013 Advice and information", section="K")
    d.bullets([
        "Parents' views - Freya Venn and Tomasz Wolski, 3 November 2025",
        "Early years setting advice - Hawthorn Street Nursery School, Mrs C. Abara, Head Teacher, 10 November 2025",
        "Psychological advice - Dr Ruth Haldane, Educational Psychologist, 24 November 2025",
        "Medical advice - Dr L. Pryor, Community Paediatrician, 17 November 2025",
        "Speech and language therapy advice - Fallowmere Children's SaLT Service",
        "Early Years SEND Advisory Teacher advice - Ms J. Okoro, 12 November 2025",
        "Social care advice - Children with Disabilities Team, 9 December 2025",
    ])
