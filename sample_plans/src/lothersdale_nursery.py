"""Lothersdale District Council - early years (age 4, nursery class of a mainstream
maintained primary school), speech sound disorder and social communication needs, on the
autism assessment pathway. Word Heading 1 headings that give a first-person title with
the statutory title in brackets ('Section F: How I will be helped (special educational
provision)'). Cover details as bold-label lines. E numbered E1-E7. Section F is written in
the child's voice: bullets ('I will ...', 'My key person will ...') under Heading 2
area sub-headings, each group opened by an italic 'This helps with outcomes ...' line;
some bullets run to two sentences. Separate H1 and H2. Six-monthly review for an
under-five. FINAL plan."""

TITLE = "Education, Health and Care Plan - Zara Whitlock"


def build(d):
    d.running_header_footer("Lothersdale District Council  |  EHC Plan  |  Zara Whitlock",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Lothersdale District Council", size=13, color="5B2C6F")
    d.title("My Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan", bold=True, size=12)
    d.label_para("Child: ", "Zara Whitlock")
    d.label_para("Date of birth: ", "6 November 2021 (age 4)")
    d.label_para("Address: ", "5 Clough Lane, Fellbeck, XJ3 6DW")
    d.label_para("NHS number: ", "999 604 2271")
    d.label_para("UPN: ", "H999210457083")
    d.label_para("Parents: ", "Hannah Whitlock and Jamal Whitlock")
    d.label_para("Telephone: ", "01632 960418 (home), 07700 900317 (Hannah)")
    d.label_para("E-mail: ", "hannah.whitlock@example.org")
    d.label_para("Setting: ", "Fellbeck Primary School, nursery class (starting Reception in September 2026)")
    d.label_para("Date of this plan: ", "24 February 2026")
    d.label_para("Next review: ", "by 17 July 2026 (reviewed every six months while Zara is under five)")
    d.label_para("Caseworker: ", "Oliver Szymanski, Lothersdale Early Years SEND Team")

    d.heading("Section A: All about me (views, interests and aspirations)", section="A")
    d.heading("What I like and what I want", level=2)
    d.para("Zara's key person gathered her views over two weeks in January 2026, using photos "
           "of the nursery and a talking mat. Her words are in quotation marks.")
    d.para("Zara loves the water tray, dinosaurs, jigsaws and anything with buttons to press. "
           "She pointed to the photo of the slide and said \"I go high\". She put the hall "
           "(music and PE) on the \"don't like\" side of the mat and covered her ears. When "
           "asked who she plays with, she pointed to her big brother Idris. Zara likes to line "
           "up her dinosaurs and gets cross if they are moved.")
    d.heading("What my mum and dad say", level=2)
    d.para("Hannah and Jamal say Zara is loving, determined and very funny at home. It upsets "
           "them that other children and adults often cannot understand her, and that she has "
           "started to hit out or scream when she is not understood. Their hopes are that Zara "
           "will be able to talk so that everyone understands her, that she will have a friend "
           "to play with, and that she will be happy and settled when she starts Reception. In "
           "the longer term they want her to go to the same school as her brother Idris and to do well.")

    d.heading("Section B: What I find hard (special educational needs)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Zara has a speech sound disorder (phonological). She replaces sounds made at the "
           "back of the mouth with front sounds (\"tar\" for car, \"do\" for go), leaves off the "
           "first sound of clusters (\"poon\" for spoon) and drops the ends of words. Unfamiliar "
           "adults understand less than half of what she says. Her understanding of language is "
           "within the expected range for her age, and she uses three- to four-word sentences.")
    d.para("Zara also has social communication needs. She rarely shares attention with an adult "
           "on an activity of their choosing, she does not yet point to show things, and she "
           "plays alongside other children rather than with them. She finds it very hard to "
           "wait for a turn. She is on the autism assessment pathway at the Fellbeck Child "
           "Development Centre.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Changes of activity, particularly tidy-up time, going outside and home time, upset "
           "Zara greatly. She screams, drops to the floor and sometimes hits the nearest adult. "
           "These episodes last up to 15 minutes and happen most days. She is calmer when she "
           "knows what is coming next.")
    d.heading("Sensory and physical", level=2)
    d.para("Zara is distressed by loud or sudden noise (the hand dryers, singing in the hall, "
           "fire drills). Her gross and fine motor skills are developing as expected.")
    d.heading("Cognition and learning", level=2)
    d.para("Zara's play and problem-solving are at the level expected for her age. She can "
           "complete a 24-piece jigsaw and sort objects by colour and size. Her speech "
           "difficulties mean she cannot yet join in with rhymes and early phonics games.")

    d.heading("Section C: My health (health needs related to my SEN)", section="C")
    d.para("Zara is seen by a community paediatrician at the Fellbeck Child Development Centre, "
           "who referred her for an autism assessment in October 2025. She had repeated ear "
           "infections in 2024 and has not yet had a hearing test to rule out glue ear. She has "
           "mild asthma and uses a salbutamol inhaler when she is wheezy. She is otherwise "
           "well.")

    d.heading("Section D: My family and social care (social care needs)", section="D")
    d.para("No social care needs related to Zara's special educational needs or disability were "
           "identified. The family has been given information about the Local Offer and parent "
           "support groups (social care advice, 2 February 2026).")

    d.heading("Section E: What we want me to achieve (outcomes)", section="E")
    d.para("The nursery teacher will set small steps towards each outcome every half-term and "
           "share them with Zara's parents.")
    d.numbered([
        "By the end of Reception (July 2027), Zara will say 'k' and 'g' correctly at the start of words in her everyday talk, so that her teacher understands at least three-quarters of what she says.",
        "Zara will talk more clearly.",
        "By July 2026, Zara will take turns in a simple game with one other child for five turns each, with an adult nearby but not prompting.",
        "Zara will stop screaming at tidy-up time.",
        "By the end of the autumn term 2026, Zara will move from the carpet to her next activity using her now-and-next board, without crying, on four days out of five.",
        "Zara will receive speech and language therapy every week.",
        "By October 2026, Zara will come into her Reception class each morning and hang up her coat without becoming upset.",
    ], fmt="E{n}")

    d.heading("Section F: How I will be helped (special educational provision)", section="F")
    d.para("This part of my plan says what the nursery and my therapists must do for me. It "
           "applies during the nursery's term time for as long as I have this plan. My key "
           "person is a nursery nurse with a Level 3 early years qualification.")

    d.heading("Talking and being understood", level=2)
    d.para("This helps with outcomes E1 and E2.", italic=True)
    d.bullets([
        "Every week in term time, a speech and language therapist registered with the HCPC will see me on my own for 30 minutes in the nursery's quiet room. She will teach me to hear and say 'k' and 'g' at the start of words, and then 's' clusters, using minimal-pair picture games (tea/key, tap/cap).",
        "For 10 minutes straight after snack each morning, my key person, who has been trained by my therapist, will practise the sounds I am learning with me, using the activity sheet my therapist updates every fortnight.",
        "Grown-ups in nursery will say my words back to me the right way whenever they can.",
        "My speech and language therapist will come into nursery once a term to see how I am getting on and to update the advice for the people who work with me.",
        "Strategies from my speech and language therapy report of 12 January 2026 will be used by the nursery team.",
        "My speech sound practice will also be done at home by Mum and Dad every evening, using games my therapist sends home.",
    ])

    d.heading("Playing and being with other children", level=2)
    d.para("This helps with outcome E3.", italic=True)
    d.bullets([
        "I will take part in Attention Autism sessions for 15 minutes every day at 10:15, in a group of no more than four children. The sessions are led by the nursery teaching assistant, who has completed the two-day Attention Autism training, and build from the 'bucket' stage to taking turns at the table.",
        "Each afternoon, the nursery teaching assistant will spend 10 minutes with me on my own on the carpet, following my lead and copying my sounds and play (Intensive Interaction); she completed the Early Years Autism Outreach Team's Intensive Interaction course in 2025.",
        "I will be part of a small group for listening and turn-taking games a few times a week with a teaching assistant.",
        "A listening and attention programme may be added by the SENCO if she feels it is needed.",
        "An adult will help me join in with other children outside when I need it.",
        "I will have opportunities to play alongside other children in the home corner and sand tray.",
    ])

    d.heading("Feeling calm and coping with changes", level=2)
    d.para("This helps with outcomes E4 and E5.", italic=True)
    d.bullets([
        "At 8:45 every morning, my key person will meet me at the classroom door, help me hang up my coat and go through my photo timetable with me for five minutes before I join the carpet.",
        "I will have my own child-size ear defenders, kept in my drawer, to put on whenever I choose; my key person will help me put them on at the start of every music and PE session in the hall.",
        "A quiet space will be available for me when the room gets too loud.",
        "Extra adult help at tidy-up time, going outside and home time, which will be reduced as I get used to the routines.",
        "An adult will read my Social Stories about changes with me, once the Early Years Autism Outreach Team has capacity to write them.",
    ])

    d.heading("Getting ready for Reception", level=2)
    d.para("This helps with outcome E7.", italic=True)
    d.bullets([
        "In the second half of the summer term 2026, I will make three 30-minute visits to the Reception classroom with my key person, who will take photographs so that the nursery teacher can make a 'My new class' book with me to share at home.",
        "The nursery teacher and my key person will use 20 core Makaton signs with me alongside their speech throughout every nursery session; both have completed Makaton Level 1 and Level 2 training.",
        "How I am supported when I start Reception will be decided at a transition meeting in June.",
    ])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician at the Fellbeck Child Development Centre every six months, including the autism assessment that has already begun.",
        "A salbutamol inhaler, given as required under Zara's asthma care plan by nursery staff who have completed the school nurse's asthma training.",
        "A hearing test at the Lothersdale Audiology Department to rule out glue ear, when an appointment becomes available.",
        "A block of six NHS speech and language therapy sessions at the Fellbeck clinic in the summer term to practise speech sounds.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No needs for provision under section 2 of the Act were identified.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I: Where I will go (placement)", section="I")
    d.para("Fellbeck Primary School (mainstream maintained primary school) \u2013 nursery class, "
           "30 hours a week, moving to the school's Reception class in September 2026.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Zara's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Hannah and Jamal Whitlock, 8 January 2026",
        "Zara's views \u2013 gathered by her key person with a talking mat, January 2026",
        "Educational advice \u2013 Mrs E. Pickersgill, Nursery Teacher and SENCO, Fellbeck Primary School, 14 January 2026",
        "Psychological advice \u2013 Dr M. Castellano, Educational Psychologist, 20 January 2026",
        "Medical advice \u2013 Dr R. Adeyemi, Community Paediatrician, Fellbeck Child Development Centre, 16 December 2025",
        "Speech and language therapy advice \u2013 Ms L. Haworth, Speech and Language Therapist, 12 January 2026",
        "Early Years Autism Outreach Team advice",
        "Social care advice \u2013 Lothersdale Early Help Hub, 2 February 2026",
    ])
