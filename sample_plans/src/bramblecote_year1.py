"""Bramblecote Council - Year 1 pupil with autism and sensory processing differences in a
mainstream infant school. Word Heading 1 headings 'Section A: Views, Interests and
Aspirations' ... 'Section F: Special Educational Provision (SEN)'. Cover details in a
two-column shaded table. Section F is prose: short paragraphs under Heading 2 area-of-need
sub-headings, written as 'Isla will ...' / 'The school will ...' sentences, one provision
per sentence, sometimes with the frequency or deliverer in the following sentence.
H1/H2 split. FINAL plan."""

TITLE = "Education, Health and Care Plan - Isla Fairbrother"


def build(d):
    d.simple_footer("Bramblecote Council  |  Education, Health and Care Plan  |  Isla Fairbrother  |  FINAL")
    d.title("Bramblecote Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan", bold=True, size=13)
    d.details_table([
        ("Child's full name", "Isla Fairbrother"),
        ("Known as", "Isla"),
        ("Date of birth", "14/11/2019"),
        ("NHS number", "999 208 6613"),
        ("UPN", "Z999000577215"),
        ("Year group", "Year 1"),
        ("Home address", "27 Larkspur Way, Bramblecote, ZY4 6PL"),
        ("Parents", "Rachel Fairbrother and Tomasz Fairbrother"),
        ("Contact telephone", "01632 960718"),
        ("E-mail", "rachel.fairbrother@example.org"),
        ("Current school", "Hazelmead Infant School"),
        ("Date EHC plan finalised", "9 February 2026"),
        ("Annual review to be held by", "8 February 2027"),
        ("SEND case officer", "Gideon Ashworth-Pryce"),
    ], widths_cm=(5.5, 11.0), fill="EDE3F2")
    d.para("This plan was written with Isla's parents and with the people who work with her. "
           "Bramblecote Council has a legal duty to secure the special educational provision "
           "in Section F.", italic=True, size=9.5)

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Isla told us", level=2)
    d.para("Isla's teaching assistant asked her about school in January 2026 using a "
           "talking mat with picture cards. Isla put \"drawing\", \"the swing\", \"my "
           "dinosaur book\" and \"Mrs Okon\" under the happy face. She put \"the hall\", "
           "\"hand dryer\" and \"lining up\" under the sad face, and covered her ears when "
           "she placed the hand dryer card. When asked what helps, she said: \"Quiet. My "
           "headphones. Mummy at home time.\"")
    d.heading("What Isla's parents told us", level=2)
    d.para("Rachel and Tomasz describe Isla as bright, funny and very determined. She knows "
           "the names of more than forty dinosaurs and loves to draw them. She is a kind big "
           "sister to Felix, who is two. They say school days are hard for her: she often "
           "holds herself together in class and then has long meltdowns after school. Their "
           "hopes are that Isla will have one or two real friends, that she will be able to "
           "tell adults when something is wrong, and that she can stay at her local school "
           "with the children she knows. In the longer term they hope she will be happy and "
           "able to follow her interests, perhaps into science or art.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Isla was diagnosed as autistic in January 2025. She speaks in sentences but much "
           "of her talk is repeated phrases from books and television, and she rarely starts "
           "a conversation with another child. She finds it hard to answer open questions, "
           "and she often misses or misunderstands spoken instructions given to the whole "
           "class, particularly when there are two or more parts. She does not yet take turns "
           "in play and tends to take over or walk away.")
    d.heading("Cognition and learning", level=2)
    d.para("Isla has a good visual memory and an excellent vocabulary for her interests. Her "
           "phonics is behind that of her classmates: in December 2025 she knew 21 of the Set "
           "1 sounds and could blend three-sound words only with adult help. She can count "
           "objects to 10 but does not yet understand that a number stays the same when the "
           "objects are moved. She learns best with concrete, visual materials and short, "
           "clear tasks.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Isla becomes very anxious when routines change, when the classroom is noisy, or "
           "when she does not know what is coming next. When overwhelmed she hides under a "
           "table, screams or runs out of the classroom; this happened on 14 occasions in the "
           "autumn term 2025. She cannot yet say how she is feeling and relies on adults to "
           "notice. At playtime she usually wanders alone around the edge of the playground.")
    d.heading("Sensory and physical", level=2)
    d.para("Isla is very sensitive to sound; hand dryers, the school bell and the hall at "
           "lunchtime cause her real distress. She seeks movement and finds it very hard to "
           "sit still on the carpet for more than three or four minutes. Her pencil grip is "
           "immature, she tires quickly when drawing letters, and she has difficulty with "
           "scissors and fastenings.")
    d.heading("Independence and self-care", level=2)
    d.para("Isla has two or three toileting accidents a week at school, usually when she has "
           "been too anxious to ask to go. She needs help to change for PE.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Isla's autism diagnosis was made by the Bramblecote Child Development Centre in "
           "January 2025. She has great difficulty getting to sleep and is prescribed "
           "melatonin by her community paediatrician, Dr Anjali Rosenthal. She eats a narrow "
           "range of foods (mainly beige, dry foods), which her parents and the paediatrician "
           "are monitoring. Her hearing was tested in March 2025 and is within normal limits.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("The Children with Disabilities Team assessed the family in November 2025. Isla "
           "cannot take part in local clubs and play activities without an adult with her at "
           "all times, and her parents are tired from broken nights and from managing her "
           "distress after school. They have asked for advice on sleep routines and on "
           "managing meltdowns at home.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below are for the end of Key Stage 1 unless another date is given. "
           "Hazelmead's SENCO will set small steps towards them each term and share them with "
           "Isla's parents at termly meetings.")
    d.bullets([
        "By the end of Year 2, Isla will ask an adult for help or for a break, using a short spoken phrase or her symbol card, at least four times a day without being prompted.",
        "Isla will improve her social skills.",
        "By July 2026, Isla will know all the Set 1 Read Write Inc. sounds and read short words containing them.",
        "By the end of Key Stage 1, Isla will tell an adult which Zone she is in and choose a calming strategy from her card, on 4 out of 5 occasions when she is upset.",
        "Isla will have a sensory diet.",
        "By the end of Year 1, Isla will stay with her class for the whole of a 15-minute carpet session, using her wobble cushion and ear defenders, on four days out of five.",
        "Isla will stop running out of the classroom.",
    ])

    d.heading("Section F: Special Educational Provision (SEN)", section="F")
    d.para("The provision below is to be made at Hazelmead Infant School during term time. "
           "The SENCO will report on each part of it at Isla's annual review.")

    d.heading("Communication and interaction", level=2)
    d.para("Isla will receive direct speech and language therapy from an HCPC-registered "
           "speech and language therapist, working on requesting, answering 'what' and "
           "'where' questions and following two-step instructions. Sessions will take place "
           "in school, once a week in term time, and will last 30 minutes.")
    d.para("A teaching assistant trained by the speech and language therapist will run a "
           "Colourful Semantics group for Isla and up to three other children, three times a "
           "week for 20 minutes. It would be helpful for Isla to have opportunities to "
           "practise turn-taking games with a friend.")
    d.para("The school will use visual supports such as symbols, now-and-next boards and "
           "social stories throughout the school day.")
    d.para("The Autism Outreach Team will work with Isla and school staff, with the amount "
           "and type of involvement to be agreed after their first visit.")

    d.heading("Cognition and learning", level=2)
    d.para("Isla will have 1:1 Read Write Inc. phonics tutoring every afternoon. Each "
           "session will last 10 minutes and will be led by a teaching assistant who has "
           "completed the Read Write Inc. training.")
    d.para("Isla will take part in Numicon maths sessions in a group of up to six pupils, "
           "four times a week for 20 minutes, taught by her class teacher. Isla will have "
           "Precision Teaching for high-frequency words.")
    d.para("Isla will have 1:1 support from a teaching assistant in lessons, to help her stay "
           "with the class and complete her work. This will be between 15 and 20 hours per "
           "week.")

    d.heading("Social, emotional and mental health", level=2)
    d.para("Isla will have a weekly ELSA session using the Zones of Regulation to help her "
           "recognise and name her feelings. Sessions will last 30 minutes and will be "
           "delivered 1:1 by a trained Emotional Literacy Support Assistant.")
    d.para("Each morning her class teacher will meet Isla at the classroom door and spend "
           "five minutes going through her visual timetable with her.")
    d.para("A named teaching assistant trained in Team Teach will be with Isla at every "
           "morning playtime and lunchtime (10:30 to 10:45 and 12:00 to 13:00), helping her "
           "to join games and to move away when the noise becomes too much. This support "
           "will reduce as she becomes more independent.")
    d.para("Isla will take part in a social skills programme to help her play alongside and "
           "with other children. Isla will have access to a quiet area when she becomes "
           "overwhelmed.")

    d.heading("Sensory and physical", level=2)
    d.para("Before registration and again straight after lunch each school day, Isla will "
           "complete a ten-minute sensory circuit in the hall, led by a teaching assistant "
           "trained in Sensory Circuits. Isla will use her own ear defenders and wobble "
           "cushion in every lesson and assembly; her class teacher will keep them in the "
           "classroom and take them to the hall.")
    d.para("An occupational therapist will visit school once a term to update Isla's sensory "
           "profile and give advice and a programme to staff.")
    d.para("A 30-minute fine motor group using the Clever Hands programme will run once a "
           "week, staffing permitting. Staff will use the sensory strategies recommended in "
           "the occupational therapy report of 3 November 2025 in all lessons.")
    d.para("Isla will be supported with toileting and changing for PE as and when required.")

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by Dr Anjali Rosenthal, community paediatrician, every 12 months, including Isla's sleep and her melatonin prescription.",
        "Melatonin given at home by Isla's parents each evening, as prescribed.",
        "Referral to the Bramblecote Children's Sleep Service; support will be offered when Isla reaches the top of the waiting list.",
        "Dietetic input as appropriate.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A 1:1 play worker for 3 hours every other Saturday so that Isla can attend the "
           "Bramblecote Playscheme (a non-residential short break), arranged and funded by "
           "the Children with Disabilities Team.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("The family will be offered Early Help support as needed.")

    d.heading("Section I: Placement", section="I")
    d.para("Hazelmead Infant School, Bramblecote (mainstream community infant school, "
           "Reception to Year 2).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Isla's parents have not requested a personal budget.")

    d.heading("Section K: Advice and Information", section="K")
    d.para("The following advice was gathered during the EHC needs assessment and is "
           "attached to this plan.")
    d.numbered([
        "Parents' views \u2013 Rachel and Tomasz Fairbrother, 20 October 2025",
        "Isla's views \u2013 gathered by Mrs E. Okon, teaching assistant, 12 January 2026",
        "Educational advice \u2013 Mrs J. Whitlock, SENCO, Hazelmead Infant School, 24 October 2025",
        "Psychological advice \u2013 Dr Callum Ferrars, Educational Psychologist, 30 October 2025",
        "Medical advice \u2013 Dr Anjali Rosenthal, Community Paediatrician, 28 October 2025",
        "Occupational therapy advice \u2013 Ms N. Baptiste, Occupational Therapist, 3 November 2025",
        "Speech and language therapy advice \u2013 Bramblecote Children's Therapy Service, 5 November 2025",
        "Social care advice \u2013 Children with Disabilities Team, 18 November 2025",
        "Autism Outreach Team advice",
    ], fmt="K{n}")
