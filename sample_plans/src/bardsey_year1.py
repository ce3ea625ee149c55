"""Bardsey County Council - Year 1 child with Down syndrome at a mainstream voluntary aided
infant school. Word Heading 1 headings personalised with the child's name ('Section F: The
special educational provision Freddie needs'), Heading 2 area-of-need sub-headings. Cover
details in a two-column details table. E is numbered E1-E7. Section F is bullets under five
area sub-headings; every bullet opens with a bold lead-in giving how often and how long
('Every week, 40 minutes:', 'When needed:', 'To be confirmed:') and the deliverer, if any, is
named in the sentence that follows. Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Freddie Okonkwo-Marsh"


def build(d):
    d.simple_footer("Bardsey County Council  \u2022  Final EHC Plan  \u2022  Freddie Okonkwo-Marsh  "
                    "\u2022  OFFICIAL-SENSITIVE")
    d.title("Bardsey County Council", size=13, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=22, color="2E5E3A")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Freddie Okonkwo-Marsh"),
        ("Date of birth", "14/02/2020"),
        ("NHS number", "999 318 6604"),
        ("UPN", "Q999260045127"),
        ("Home address", "27 Ferrier Lane, Bardsey, ZY4 6LP"),
        ("Parents", "Gemma Okonkwo-Marsh and Tunde Okonkwo"),
        ("Contact", "01632 960814  /  gemma.okmarsh@example.org"),
        ("School and year group", "St Aldhelm's Church of England Infant School, Year 1"),
        ("Date of request for assessment", "8 September 2025"),
        ("Date of final plan", "19 January 2026"),
        ("Annual review to be held by", "18 January 2027"),
        ("SEND case officer", "Priya Castellano, Bardsey SEND Assessment Team"),
    ], widths_cm=(5.2, 11.3), fill="E2EFDA")
    d.para("This plan was written with Freddie's parents at a co-production meeting at "
           "St Aldhelm's on 4 December 2025. Freddie's own views were gathered by his class "
           "teacher and teaching assistant using photographs and Makaton.", italic=True)

    d.heading("Section A: Freddie's views, interests and aspirations", section="A")
    d.heading("What Freddie told us", level=2)
    d.para("Freddie chose photographs of the things he likes best at school and signed or "
           "said a word about each one. He picked the sand tray (\"dig\"), the big red bike "
           "in the outdoor area (\"go fast\"), a photograph of his best friend from class (\"my friend\") and Mrs "
           "Adebayo, his teaching assistant (\"nice\"). When he was shown a photograph of "
           "the hall at assembly time he signed \"finished\" and pushed it away, and he did "
           "the same with a photograph of the toilets.")
    d.para("At home Freddie loves dancing to music in the kitchen, bath time, his dinosaur "
           "books, and playing chase with his big sister, Ada. He likes helping to feed the "
           "family's cat.")
    d.heading("What Freddie's parents said", level=2)
    d.para("Gemma and Tunde describe Freddie as affectionate, funny and determined. He "
           "notices when someone is sad and will bring them a toy. They are proud of how "
           "much he has learned since starting Reception. They want him to stay at his "
           "local school with the friends he has made, to learn to read, and to be able to "
           "tell people what he wants without getting frustrated. They are worried that "
           "other children now understand him less than they did in Reception, about "
           "toileting, and about him running off when he is upset.")
    d.heading("Hopes for the future", level=2)
    d.para("His parents hope that Freddie will go on to his local junior school with his "
           "friends, and that as an adult he will have a job he enjoys, friends of his own "
           "and as much independence as possible.")

    d.heading("Section B: Freddie's special educational needs", section="B")
    d.para("Freddie has Down syndrome. The needs below are taken from the advice listed in "
           "Section K, and each is described here in full.")
    d.heading("Communication and interaction", level=2)
    d.para("Freddie understands much more than he can say. He follows familiar one-step "
           "instructions in class routines but misses two-part instructions, especially "
           "when they are given to the whole class. He uses about 60 single words and 40 "
           "Makaton signs, and is just beginning to join two words together (\"more "
           "juice\", \"Daddy car\"). His speech is hard to understand for people who do not "
           "know him: he leaves off the first sound of many words and replaces p and b with "
           "other sounds. When he is not understood he drops to the floor or walks away. "
           "He finds it hard to take turns in play and conversation and often takes toys "
           "from other children instead of asking.")
    d.heading("Cognition and learning", level=2)
    d.para("Freddie is working within the early learning goals of the Early Years "
           "Foundation Stage, broadly at a level expected of a child of about three. He "
           "learns best through pictures, objects and repetition, and his visual memory is "
           "a strength: he recognises 15 printed words on sight, including his name and "
           "the names of his family. His auditory memory is weak and he cannot yet blend "
           "sounds, so he is not able to take part in the class phonics lessons. In number "
           "he can count to five by rote but does not yet match one object to each number, "
           "and he does not recognise numerals beyond 3. He needs new vocabulary to be "
           "taught before he meets it in a lesson.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Freddie is sociable and enjoys being with other children, but he finds changes "
           "of activity difficult, particularly moving from outdoor play to indoor work "
           "and going into the hall. At these times he may sit down and refuse to move, or "
           "run away from adults; he ran out of the classroom into the playground twice in "
           "the autumn term. He copes much better when he knows what is coming next. He "
           "finds sharing and waiting hard and needs to be taught how to join in a game.")
    d.heading("Sensory and physical", level=2)
    d.para("Freddie has low muscle tone and loose joints. He tires quickly, his balance is "
           "unsteady on steps and uneven ground, and he cannot yet jump with two feet "
           "together. He holds a pencil in his fist and cannot yet use scissors. He sits "
           "slumped at the table after a few minutes, which makes mark-making harder. "
           "Freddie has a mild conductive hearing loss in both ears (see Section C), so he "
           "misses speech in noisy rooms and when the speaker is more than a couple of "
           "metres away. He wears glasses for long sight.")
    d.heading("Self-care and independence", level=2)
    d.para("Freddie is not yet toilet trained. He wears pull-ups, has several wet accidents "
           "each day and does not yet tell an adult when he needs the toilet. He needs "
           "help with fastenings on his coat and shoes, and with opening packets and "
           "using a knife and fork at lunch.")

    d.heading("Section C: Freddie's health needs related to his SEN", section="C")
    d.para("Freddie was born with an atrioventricular septal defect, which was repaired "
           "when he was five months old; he has a yearly cardiology check at Bardsey "
           "General Hospital. He has hypothyroidism, treated with levothyroxine given at "
           "home. He has had grommets fitted twice for glue ear and has a mild conductive "
           "hearing loss, monitored by the Children's Audiology Service. He is long-sighted "
           "and wears glasses. He has mild asthma, triggered by colds, and uses a reliever "
           "inhaler. His weight has risen above the 91st centile on the Down syndrome "
           "growth chart and his paediatrician has asked for dietetic advice.")

    d.heading("Section D: Freddie's social care needs related to his SEN or disability",
              section="D")
    d.para("Freddie is a disabled child. His parents both work, his father on shifts, and "
           "they have told the Disabled Children's Team that they are finding weekends and "
           "school holidays hard because Freddie needs an adult with him all the time to "
           "keep him safe. Freddie cannot yet go to the after-school club or holiday play "
           "scheme that his sister attends without an adult to support him. A child and "
           "family assessment was completed on 21 November 2025.")

    d.heading("Section E: Outcomes for Freddie", section="E")
    d.para("St Aldhelm's will set small steps towards each outcome every term and share "
           "them with Gemma and Tunde at parents' evenings and at the annual review.")
    d.numbered([
        "By the end of Year 2, Freddie will ask for what he wants using a three-word phrase, spoken or signed, in four out of five chances observed by his class team.",
        "By July 2027, Freddie will read 50 words from his See and Learn word set on sight and match each word to its picture.",
        "Freddie will develop his number skills.",
        "By the end of Year 2, Freddie will play a turn-taking game with two classmates for five minutes without an adult prompting him.",
        "Freddie will receive help with toileting.",
        "By July 2026, Freddie will put on his coat and do up the zip by himself at home time.",
        "Freddie will stop running away from adults.",
    ], fmt="E{n}")

    d.heading("Section F: The special educational provision Freddie needs", section="F")
    d.para("Unless an item says otherwise, the provision below is made in term time for as "
           "long as this plan is maintained. The words in bold at the start of each item "
           "say how often it happens and for how long.")
    d.heading("Communication and interaction", level=2)
    d.bullets([
        "**Every week, 40 minutes:** one-to-one speech and language therapy in school with an HCPC-registered speech and language therapist commissioned by Bardsey County Council, working on two- and three-word phrases, the sounds p, b and m at the start of words, and pairing Makaton signs with speech. The therapist reports Freddie's progress in writing before each annual review.",
        "**Four mornings a week, 15 minutes each:** Freddie's teaching assistant, who has completed Makaton Foundation Level 2 and has been shown each activity by the therapist, carries out the therapist's written language programme with him one-to-one in the group room; the therapist updates the programme every half-term.",
        "**Throughout the day:** adults working with Freddie should try to use Makaton signs and visual supports where possible.",
        "**Regularly:** opportunities for Freddie to practise turn-taking and conversation with his classmates in a small group.",
    ])
    d.heading("Cognition and learning", level=2)
    d.bullets([
        "**Daily, 20 minutes before morning play:** a 1:1 reading session following See and Learn Language and Reading, matching pictures to printed words and building a bank of sight words, led by a teaching assistant who has completed Down Syndrome Education International's online See and Learn course.",
        "**Three afternoons a week (Monday, Wednesday and Friday), 20 minutes:** Numicon number work in a group of no more than three children, using the Numicon Firm Foundations teaching activities, taught by the school's higher level teaching assistant, who has attended Numicon's 'Getting Started' course.",
        "**As appropriate:** Freddie's work will be differentiated to his level across the curriculum.",
        "**Daily:** pre-teaching of the key vocabulary for the week's topic, so that Freddie meets new words before the class lesson.",
        "**Up to 25 hours a week:** one-to-one support from a teaching assistant in lessons and at playtimes and lunchtimes.",
    ])
    d.heading("Social, emotional and mental health", level=2)
    d.bullets([
        "**At 9:00, 10:45 and 13:15 each day:** a two-minute now-and-next routine with his teaching assistant, using a photo strip of the next two activities, so that Freddie knows what is coming before each change.",
        "**When needed:** Freddie will have access to the nurture room if he becomes upset or refuses to move.",
        "**Weekly, to begin with:** a social skills group with the ELSA, practising sharing, waiting and asking to join a game; this will be reviewed at the end of the autumn term and phased out once Freddie has settled.",
    ])
    d.heading("Sensory and physical", level=2)
    d.bullets([
        "**Every other week, 45 minutes:** occupational therapy in school from an HCPC-registered occupational therapist from Bardsey Children's Therapy Service, teaching pencil grip, snipping with spring-loaded scissors and doing up buttons and zips; the therapist reviews Freddie's targets each term and sends the class teacher and his parents a short written update.",
        "**Daily, if time allows:** Freddie will practise the activities in his fine-motor programme with an adult.",
        "**Once a term:** the NHS physiotherapist will advise the class team about Freddie's balance, managing steps and joining in with PE.",
        "**To be confirmed:** specialist seating and a writing slope, following the occupational therapist's assessment of how Freddie sits at the table.",
        "**Twice each term, for an hour each visit:** a qualified teacher of the deaf (holding the mandatory qualification) from the Bardsey Sensory Support Service will observe Freddie in class, check the listening conditions in his classroom and show his class team how to check he has heard, where to seat him and how to cut down background noise.",
    ])
    d.heading("Self-care and independence", level=2)
    d.bullets([
        "**As and when required:** help with toileting and changing, in line with the school's intimate care policy.",
        "**Three times a day (10:15, 12:00 and 14:15), five minutes each time:** a visual toileting routine using a four-step picture sequence, led by one of the two teaching assistants named in his intimate care plan who have completed the school nurse's continence and intimate care training; they record each visit on his chart, which the school nurse checks every half-term.",
        "**Lunchtimes:** support from the midday team with eating and opening packets, reducing as Freddie becomes more independent.",
    ])

    d.heading("Section G: Health care provision", section="G")
    d.bullets([
        "Freddie's salbutamol reliever inhaler and spacer are kept in his classroom and given by a member of staff trained by the school nurse, as required, following his written asthma plan.",
        "Hearing assessment by the Children's Audiology Service at Bardsey General Hospital every six months, with the results sent to the school and the teacher of the deaf.",
        "Yearly review by the paediatric cardiology clinic at Bardsey General Hospital.",
        "Dietetic advice on Freddie's weight when the community dietetic team has capacity.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A support worker from the Bardsey Disabled Children's Team so that Freddie can attend the Rainbow Club play scheme at Bardsey Leisure Centre: 3 hours every Saturday in term time, and 5 days (10:00 to 15:00) in each summer holiday.",
        "Freddie's family can also access short breaks through the Bardsey local offer.",
    ])
    d.heading("Section H2: Any other social care provision", section="H2")
    d.para("None identified at this time.")

    d.heading("Section I: School", section="I")
    d.para("St Aldhelm's Church of England Infant School, Bardsey (mainstream voluntary "
           "aided infant school, ages 4 to 7).")

    d.heading("Section J: Personal budget", section="J")
    d.para("No personal budget has been requested by Freddie's parents.")

    d.heading("Section K: Advice and information", section="K")
    d.para("The following advice was gathered during the EHC needs assessment and is "
           "attached to this plan as appendices.")
    d.numbered([
        "Parental advice - Gemma Okonkwo-Marsh and Tunde Okonkwo, 2 October 2025",
        "Educational advice - Mrs H. Treharne, SENCO, St Aldhelm's C of E Infant School, 10 October 2025",
        "Psychological advice - Dr Imogen Faulds, Educational Psychologist, Bardsey Educational Psychology Service, 24 October 2025",
        "Medical advice - Dr S. Ranganathan, Consultant Community Paediatrician, 15 October 2025",
        "Speech and language therapy advice - Ms L. Whitcombe, Speech and Language Therapist, 17 October 2025",
        "Occupational therapy advice - Bardsey Children's Therapy Service, 22 October 2025",
        "Physiotherapy advice - Bardsey Children's Therapy Service",
        "Advice from a qualified teacher of the deaf - Mr R. Osei, Bardsey Sensory Support Service, 20 October 2025",
        "Social care advice - Disabled Children's Team, 21 November 2025",
    ], fmt="K{n}")
