"""Hallamford City Council - Year 11 student (16) with moderate learning difficulties and
autism at a special academy, moving to an independent specialist college (s.41) in
September 2026. FINAL AMENDED plan issued after the Year 11 phase-transfer review, before
31 March. Running header and 'Page X of Y' footer. Bold-label cover lines and a small
amendment-history table. Word Heading 1 headings 'Section A: ...'; B and F use PfA
sub-headings (Heading 2). E is numbered E1-E9. Section F is a transition layout: four PfA
tables whose columns are the two phases of the year, Ref | What will be provided | At
Pinewood Academy (until 17 July 2026) | At Ferncliffe College (from 7 September 2026),
with how often, how long and who written into each phase cell; some phase cells say 'Not
applicable', 'To be agreed' or leave it to the college. Separate H1 and H2. Section I names
both institutions in sequence with their types."""

TITLE = "Education, Health and Care Plan - Callum Yeardley"

PW = "At Pinewood Academy (until 17 July 2026)"
FC = "At Ferncliffe College (from 7 September 2026)"


def _phase_table(d, rows):
    d.table(["Ref", "What will be provided", PW, FC], rows,
            widths_cm=[1.0, 5.0, 5.3, 5.3], font_size=9, header_fill="E2E0F0")


def build(d):
    d.running_header_footer(
        "Callum Yeardley  |  Hallamford City Council  |  Final amended EHC plan, 9 March 2026",
        footer_left="OFFICIAL \u2013 SENSITIVE", first_page_plain=True)
    d.title("Hallamford City Council \u2013 SEND Assessment and Review Team", size=12,
            color="3B2F6B")
    d.title("Education, Health and Care Plan", size=22, color="3B2F6B")
    d.para("FINAL AMENDED PLAN (following the Year 11 annual review)", bold=True, size=12)
    d.label_para("Name: ", "Callum Yeardley")
    d.label_para("Date of birth: ", "03/11/2009")
    d.label_para("NHS number: ", "999 604 2187")
    d.label_para("UPN: ", "Y999000582036")
    d.label_para("Address: ", "14 Copperbeech Walk, Hallamford, XJ3 6TW")
    d.label_para("Parent: ", "Donna Yeardley (mother). Callum also lives with his stepfather, Gareth Pryce, and his sister, Jade Yeardley (19).")
    d.label_para("Contact: ", "01632 960418 / 07700 900237, donna.yeardley@example.org")
    d.label_para("Year group: ", "Year 11")
    d.label_para("Current school: ", "Pinewood Academy")
    d.label_para("Date of final amended plan: ", "9 March 2026")
    d.label_para("Next annual review by: ", "8 March 2027")
    d.label_para("Caseworker: ", "Rhys Okonedo-Bell")
    d.table(["Version", "Date", "Reason"], [
        ["Original plan", "14 June 2018", "Issued after EHC needs assessment (Year 3)"],
        ["Amendment 1", "2 April 2021", "Transfer to Pinewood Academy (Year 7)"],
        ["Amendment 2", "9 March 2026", "Year 11 review: move to Ferncliffe College; proposed amendments sent 2 February 2026"],
    ], widths_cm=[3.0, 3.2, 10.4], font_size=9, header_fill="E2E0F0")

    d.heading("Section A: About me \u2013 views, interests and aspirations", section="A")
    d.heading("What Callum says", level=2)
    d.para("Callum talked to his class teacher, Ms Hargreaves, in January 2026, using a "
           "\"Me and my future\" symbol sheet. She wrote down his words.")
    d.para("\"I'm Callum. I like animals the best, especially goats and the pigs at the city "
           "farm. I like Minecraft and Warhammer and drawing maps. I don't like the hand dryers "
           "and when people shout. When I leave school I want to go to Ferncliffe because they "
           "have a farm bit. I want to work on a farm or at a pet shop. When I'm older I want "
           "to live in a flat with my best mate and have a dog. I want to get the bus on my "
           "own like Jade does.\"")
    d.heading("What Callum's family says", level=2)
    d.para("Donna and Gareth describe Callum as kind, honest and very funny once he knows "
           "people. He knows everything about farm animals and Warhammer. They want him to "
           "leave education able to do a real job, to manage his money and to look after "
           "himself. They are anxious about the move from Pinewood, where he has been happy, "
           "and want the change to be planned carefully and early. They also want him to have "
           "friends outside school and to do things at weekends that don't involve them.")

    d.heading("Section B: My special educational needs", section="B")
    d.heading("Learning and work (cognition and learning)", level=2)
    d.para("Callum has moderate learning difficulties. He reads simple texts at about Entry "
           "Level 2 and can write two or three sentences about a familiar topic, but his "
           "spelling is phonetic and he avoids writing. In maths he can add and subtract "
           "money to \u00a310 with coins but cannot yet work out change or tell the time "
           "from an analogue clock. He finds it hard to start a task on his own, to plan the "
           "steps of a task or to keep going when it gets difficult, and he loses track of "
           "what he is meant to be doing if instructions are spoken rather than shown.")
    d.heading("Friends and community (communication and interaction)", level=2)
    d.para("Callum is autistic. He talks readily about his interests but finds it hard to "
           "take turns in a conversation, to notice when others are bored or upset, and to "
           "sort out a misunderstanding. He takes what people say literally. He has one close "
           "friend at school and is not yet confident meeting new people, and he does not "
           "always know when a situation, including online, is unsafe.")
    d.heading("Good health and wellbeing (social, emotional, mental health and sensory)", level=2)
    d.para("Callum becomes very anxious about change, new places and people he does not know. "
           "When he is anxious or overloaded he walks out of the room, and he then finds it "
           "hard to come back. Loud, echoing rooms, hand dryers and shouting are painful for "
           "him. He is calmer after heavy physical activity and with time in a quiet place.")
    d.heading("Independent living", level=2)
    d.para("Callum has never travelled anywhere on his own. He can make toast and a cold "
           "sandwich but has not yet used a hob or oven safely. He needs reminders to follow "
           "the steps of getting changed after PE and packing his bag, and he loses "
           "belongings. He does not yet understand how to use a bank card or keep money safe.")

    d.heading("Section C: My health needs", section="C")
    d.para("Callum's autism was diagnosed at the age of six by the community paediatric team. "
           "He has difficulty getting to sleep and takes melatonin, prescribed by Dr F. "
           "Balogun, community paediatrician. He has hay fever in the summer. His anxiety "
           "has grown over the last year and his GP referred him to the CAMHS Learning "
           "Disability team in November 2025. He will need an annual learning disability "
           "health check from his GP.")

    d.heading("Section D: My social care needs", section="D")
    d.para("Callum is a disabled child known to the Children with Disabilities Team. Because "
           "of his learning difficulties, anxiety and lack of road and stranger awareness, he "
           "cannot yet go out in the community without an adult, and he has no activities at "
           "weekends that he does without his family. Donna and Gareth both work, and the "
           "family needs regular breaks. Callum will need a Care Act transition assessment "
           "before he turns 18 in November 2027.")

    d.heading("Section E: Outcomes", section="E")
    d.para("These outcomes look ahead to the end of Callum's first year at Ferncliffe College "
           "(July 2027) unless another date is given. Pinewood, and then Ferncliffe, will set "
           "steps towards each outcome every term and share them with Callum and his family.")
    d.numbered([
        "By July 2027, Callum will pass Functional Skills English and maths at Entry Level 3.",
        "By the end of his first year at Ferncliffe (July 2027), Callum will travel between home and college by bus on his own every college day.",
        "By July 2027, Callum will complete his Friday work placement at the garden centre and animal unit, arriving on time on at least 32 of the 36 Fridays and finishing the tasks on his rota with no more than one prompt from the job coach.",
        "Callum will get a job working with animals.",
        "By March 2027, Callum will cook a hot meal for his family from a picture recipe, using the hob and oven safely, once a week for four weeks in a row.",
        "Callum will become more confident socially.",
        "Callum will access counselling and occupational therapy.",
        "Callum will stop walking out of lessons.",
        "By December 2026, Callum will use his sensory routine and show his break card to ask for time out, instead of leaving the room, on four out of five observed occasions.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision", section="F")
    d.para("Callum moves from Pinewood Academy to Ferncliffe College in September 2026. Each "
           "table below shows what he will receive in each place. Provision at Pinewood runs "
           "for the rest of the summer term 2026; provision at Ferncliffe runs for the 38 weeks "
           "of the college year. Outcome links are given after each table.")

    d.heading("Employment and learning", level=2)
    _phase_table(d, [
        ["F1", "English and maths teaching towards Functional Skills Entry Level 3, using concrete materials, visual step cards and real-life contexts (money, time and bus timetables)",
         "One 50-minute English lesson and one 50-minute maths lesson every school day, in Callum's class of no more than eight students, taught by a qualified teacher with a teaching assistant in the room",
         "Two 1-hour English sessions and two 1-hour maths sessions each week, in a group of no more than six students, taught by a qualified teacher who holds a Functional Skills teaching qualification"],
        ["F2", "Help with finishing his ASDAN Personal Progress units",
         "As needed during lessons, from class staff",
         "Not applicable"],
        ["F3", "A supported work placement with a job coach, learning animal-care tasks (feeding, mucking out, filling water troughs) and how to follow a work rota",
         "Every Thursday, 13:00 to 15:10, for the 11 weeks of the summer term, at Hallamford City Farm, with a job coach who holds the Level 3 Certificate in Supported Employment Practice working alongside him",
         "Every Friday, 9:30 to 15:00, 36 weeks a year, at the college's Brookside garden centre and animal unit, with a Ferncliffe job coach holding the same qualification alongside him all day"],
        ["F4", "Careers guidance about courses and jobs working with animals",
         "A careers interview before Callum leaves Pinewood",
         "Available from the college careers team on request"],
        ["F5", "Structured work-station tasks using TEACCH, so that Callum learns to start, finish and put away a tray of three tasks without an adult prompting him",
         "The first 20 minutes of every afternoon, set up by his class teaching assistant, who has completed the two-day TEACCH Foundation course",
         "Three 30-minute sessions each week, set up by his learning support practitioner, who has also completed the TEACCH Foundation course"],
        ["F6", "ICT equipment to help Callum record his work",
         "Available in class",
         "To be assessed by the college once Callum starts"],
    ])
    d.para("Outcomes supported: E1, E3, E4.", italic=True, size=9.5)

    d.heading("Independent living", level=2)
    _phase_table(d, [
        ["F7", "Independent travel training on the journey Callum will make to Ferncliffe: walking to the stop on Copperbeech Walk, the number 17 bus to Ferncliffe Road, showing his bus pass, and what to do if the bus is late or does not come",
         "Two 75-minute sessions a week from 20 April to 17 July 2026, with a travel trainer from the Hallamford Travel Training Unit who holds the Level 3 Award in Travel Training",
         "The same trainer continues on the morning journey twice a week from 7 September 2026 until Callum has made the whole journey alone and safely on five days in a row; the trainer records each journey and reports the sign-off to the LA"],
        ["F8", "Cooking and kitchen safety teaching so that Callum can make a hot snack and then a simple meal",
         "Weekly, in the school's training flat",
         "Weekly, in the Independent Living flat"],
        ["F9", "Money skills using real coins, notes and his own bank card, in a small group",
         "Where the timetable allows",
         "Part of the Independent Living curriculum"],
        ["F10", "A visual checklist for getting changed after PE and swimming and for packing his bag, taught step by step until Callum can follow each checklist with no prompts",
         "After each PE and swimming lesson (twice a week, 15 minutes) and for 5 minutes at the end of each school day, with his class teaching assistant (Level 3 Certificate in Supporting Teaching and Learning)",
         "10 minutes at the end of every college day, with his learning support practitioner (Level 3 Certificate in Supporting Teaching and Learning)"],
    ])
    d.para("Outcomes supported: E2, E5.", italic=True, size=9.5)

    d.heading("Friends, relationships and community", level=2)
    _phase_table(d, [
        ["F11", "Speech and language therapy group using the Talkabout for Teenagers programme, working on starting and ending conversations, reading facial expressions and putting right a misunderstanding, in a group of no more than five students",
         "One 45-minute group each week in term time, led by the academy's HCPC-registered speech and language therapist",
         "One 45-minute group each week with Ferncliffe's HCPC-registered speech and language therapist, plus one 30-minute individual session every fortnight"],
        ["F12", "Visual supports to help Callum make sense of social situations, for example Social Stories and Comic Strip Conversations",
         "Across the school day",
         "Across the college day"],
        ["F13", "Help to join a lunchtime or after-school club",
         "Callum is encouraged to go to Warhammer club on Tuesday lunchtimes",
         "Enrichment clubs are open to all students"],
        ["F14", "1:1 sessions with a learning mentor on friendships, consent and staying safe online",
         "30 minutes every week",
         "To be agreed with Ferncliffe"],
    ])
    d.para("Outcomes supported: E6.", italic=True, size=9.5)

    d.heading("Good health and wellbeing", level=2)
    _phase_table(d, [
        ["F15", "A sensory regulation routine written by the occupational therapist: 10 minutes of heavy work (carrying PE mats, wall push-ups, pulling a resistance band) followed by 5 minutes in a quiet room with his ear defenders",
         "Each morning before registration and again straight after lunch, supervised by his class teaching assistant, who was shown the routine by the academy's HCPC-registered occupational therapist; the therapist checks and updates it every half-term",
         "On arrival and straight after lunch every college day, in the sensory room, supervised by his learning support practitioner; Ferncliffe's HCPC-registered occupational therapist checks and updates it every half-term"],
        ["F16", "Occupational therapy",
         "A termly consultation visit from an NHS occupational therapist to update his sensory profile and advise staff",
         "Following the college's own OT assessment on entry"],
        ["F17", "CBT-based anxiety sessions",
         "Up to six sessions with the school counsellor",
         "Referral to the college wellbeing team if needed"],
        ["F18", "Transition visits to Ferncliffe, with a photo book of the rooms, staff and bus stop made with Callum after the first visit",
         "Six half-day visits (9:30 to 12:30) between 8 June and 10 July 2026, with his class teaching assistant (Level 3, who has worked in Callum's class for three years); the photo book is made in two 30-minute sessions after the first visit",
         "Ferncliffe's transition coordinator meets Callum at reception at the start of each visit and again on each of his first three days in September"],
        ["F19", "A quiet space",
         "Callum can use the Hive when he feels overwhelmed",
         "A low-stimulus area will be provided where possible"],
        ["F20", "Adult support in lessons to help Callum start tasks and stay on task",
         "A teaching assistant in every lesson, shared with the rest of his class of eight",
         "The level of support will be set by Ferncliffe and reduced as Callum settles"],
    ])
    d.para("Outcomes supported: E7, E8, E9.", italic=True, size=9.5)

    d.heading("Section G: Health provision", section="G")
    d.para("Agreed by Hallamford Integrated Care Board on 24 February 2026.")
    d.bullets([
        "Melatonin 2 mg each night, prescribed by the community paediatrician and given at home.",
        "Cetirizine 10 mg for hay fever as required in the summer term, kept in the school office and given by a trained first-aider.",
        "An annual learning disability health check with his GP, the first one by December 2026.",
        "Six sessions with the CAMHS Learning Disability psychologist to teach Callum ways to calm himself when he is anxious.",
        "Assessment of Callum's sleep and anxiety by the CAMHS Learning Disability team once a clinician is free to take the referral.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A support worker from Hallamford Community Support for 4 hours every Saturday (10:00 to 14:00), paid for through a social care direct payment of \u00a394 a week, so that Callum can go to Hallamford Young Farmers' Club with a friend from school.",
        "Short breaks at Larkspur House.",
    ])

    d.heading("Section H2: Other social care provision", section="H2")
    d.para("The Hallamford 14\u201325 Transitions Team will carry out a Care Act transition "
           "assessment by May 2027, six months before Callum turns 18.")

    d.heading("Section I: Placement", section="I")
    d.para("Until 17 July 2026: Pinewood Academy, Hallamford (special academy for students "
           "aged 11 to 16 with moderate learning difficulties and autism).")
    d.para("From 7 September 2026: Ferncliffe College, Hallamford (independent specialist "
           "post-16 institution approved under section 41 of the Children and Families Act "
           "2014), as a day student, five days a week, 38 weeks a year, on its Pathways to "
           "Work programme.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Donna receives a social care direct payment of \u00a394 a week for the support "
           "worker in Section H1. No personal budget has been requested for the special "
           "educational provision in Section F.")

    d.heading("Section K: Advice and information", section="K")
    d.numbered([
        "Callum's views \u2013 recorded by Ms L. Hargreaves, class teacher, 13 January 2026",
        "Parents' views \u2013 Donna Yeardley and Gareth Pryce, 12 January 2026",
        "Annual review report and educational advice \u2013 Mr N. Sandhu, Assistant Principal (SEND), Pinewood Academy, 28 January 2026",
        "Psychological advice \u2013 Dr Imogen Ashdown, Educational Psychologist, 9 December 2025",
        "Medical advice \u2013 Dr F. Balogun, Consultant Community Paediatrician, 5 December 2025",
        "Speech and language therapy advice \u2013 Mr T. Whitlock, Speech and Language Therapist, Pinewood Academy, 16 December 2025",
        "Occupational therapy advice \u2013 Ms K. Delaney, Occupational Therapist, 19 December 2025",
        "Social care advice \u2013 Children with Disabilities Team, Hallamford City Council, 7 January 2026",
        "Preparing for adulthood advice \u2013 Ms A. Frobisher, Careers Adviser (Level 6 Diploma in Career Guidance), 14 January 2026",
        "Ferncliffe College assessment day report",
    ], fmt="{n}.")
