"""Nidderby County Council - young person aged 18 (Year 13) with a moderate learning
disability and focal epilepsy at an independent specialist post-16 college (s.41), 38-week
residential. Section headings are bold coloured Normal text (no heading styles) in the form
'SECTION F \u2014 What I will learn and the support I will get', the titles written in the
first person. Cover details in a four-column table. E numbered E1-E8 with PfA outcomes.
Section F is four PfA tables under bold plain-text sub-headings, each with the columns
Ref | What Aaron will learn or be given | In the college day | In the residence | Staff and
their training: the amount sits in whichever setting column applies, the other left blank.
H1 says it does not apply (aged 18); adult social care in H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Aaron Whitlock"

COLOUR = "7A1F3D"
F_HEAD = ["Ref", "What Aaron will learn or be given", "In the college day",
          "In the residence", "Staff and their training"]
F_WIDTHS = [1.1, 5.2, 3.1, 3.1, 4.1]


def _sec(d, letter, title, sid):
    d.bold_line(f"SECTION {letter} \u2014 {title}", section=sid, size=13, color=COLOUR)


def _sub(d, text):
    d.para(text, bold=True, size=11.5)


def _ftable(d, rows):
    d.table(F_HEAD, rows, widths_cm=F_WIDTHS, font_size=9, header_fill="F2DCE4")


def build(d):
    d.simple_footer("Nidderby County Council  \u2022  Final EHC plan for Aaron Whitlock  \u2022  "
                    "issued 23 March 2026")
    d.title("Nidderby County Council", size=13, color=COLOUR)
    d.title("Education, Health and Care Plan \u2013 FINAL", size=20, color=COLOUR)
    d.table(None, [
        ["Name", "Aaron Whitlock", "Date of birth", "2 November 2007 (age 18)"],
        ["NHS number", "999 738 4415", "Year group", "Year 13 (second year of three)"],
        ["Home address", "14 Kilnhurst Close, Wensley Moor, ZY3 5DP", "Aaron's mobile", "07700 900532"],
        ["Family contact", "Sharon Whitlock (mum), 01632 960391", "E-mail", "sharon.whitlock@example.org"],
        ["College", "Hawkshaw Lodge College", "Plan co-ordinator", "Imran Sheikh-Lowe, Nidderby 16-25 SEND Team"],
        ["Date of this final plan", "23 March 2026", "Next annual review by", "22 March 2027"],
    ], widths_cm=[3.0, 5.3, 3.2, 5.1], bold_first_col=True, font_size=9.5)

    _sec(d, "A", "My views, interests and hopes for the future", "A")
    d.para("Aaron told his personal tutor, Ms Hebden, what he wanted in this section over two "
           "short sessions in January 2026, using his communication passport, Makaton and "
           "photographs of college. Ms Hebden wrote down his words and read them back to him.")
    d.para("\"I am Aaron. I am 18. I like the farm shop and the polytunnels best. I like "
           "growing tomatoes and I like the tills. I like living at Hawkshaw with my mates but "
           "I miss my mum and Chloe and our dog Biscuit. I don't like it when people talk too "
           "fast. I want a job in a garden centre and get paid. I want my own flat one day with "
           "my friend Dean. I want to go to the shop by myself.\"")
    d.para("With Aaron's agreement, his mum Sharon and his stepdad Gary also gave their views. "
           "They say Aaron is cheerful, gentle and hard-working, and that he has grown up a lot "
           "since starting at Hawkshaw Lodge. They worry about his seizures when he is out "
           "without staff, and about who will support him when college ends in 2028. They "
           "would like him to have a proper work placement and to learn to manage his own "
           "medication and money. Aaron's younger sister, Chloe, is 14.")

    _sec(d, "B", "My special educational needs", "B")
    _sub(d, "Communication and interaction")
    d.para("Aaron has a moderate learning disability. He understands short sentences about "
           "familiar things, especially when they are backed up with Makaton signs or pictures, "
           "but gets lost when people speak quickly or use long sentences. He speaks in two- or "
           "three-word phrases and people who do not know him often cannot follow what he "
           "means. He rarely asks for help and tends to say \"yes\" when he has not understood.")
    _sub(d, "Cognition and learning")
    d.para("Aaron is working at Entry Level 1 in English and maths. He reads about 40 "
           "familiar words and simple signs at work. He can count reliably to 20 and recognise "
           "coins, but cannot yet add amounts of money or check his change. He learns best "
           "through practical, repeated routines and needs new tasks broken into small steps.")
    _sub(d, "Social, emotional and mental health")
    d.para("Aaron becomes anxious when his routine changes or when he is in a crowded or noisy "
           "place. He then goes quiet, bites his sleeve and sometimes refuses to move. He has a "
           "small group of friends at college but finds it hard to join in with new people, "
           "and he is very trusting, which leaves him at risk online and with strangers.")
    _sub(d, "Sensory and physical")
    d.para("Aaron dislikes loud, sudden noises and strong smells. Staff have noticed that he "
           "seeks deep pressure when he is anxious. No occupational therapy assessment has been "
           "carried out since he started college.")
    _sub(d, "Preparing for adulthood")
    d.para("Aaron relies on staff or family for every journey and has never been to a shop on "
           "his own. He can make toast and a hot drink but cannot yet plan or cook a meal. He "
           "needs picture prompts for washing, shaving and dressing. He does not know the "
           "warning signs of his seizures or how to take his medication without help. He has "
           "not yet had a work placement outside college.")

    _sec(d, "C", "My health needs", "C")
    d.para("Aaron has focal epilepsy with occasional secondary generalised (tonic-clonic) "
           "seizures, the most recent in November 2025. He takes lamotrigine twice a day and has "
           "a rescue medication plan (buccal midazolam). He moved from the children's epilepsy "
           "service to the adult neurology clinic at Nidderby Royal Infirmary in December 2025. "
           "He has a bed seizure alarm at college and at home. Aaron's anxiety has not been "
           "assessed by a psychologist.")

    _sec(d, "D", "My social care needs", "D")
    d.para("Aaron lives at college from Monday to Friday in term time and at home with his mum, "
           "stepdad and sister at weekends and in the holidays. Because of his epilepsy and "
           "learning disability he cannot go out in the community without support, and his "
           "family need a break during the long holidays. Nidderby Adult Social Care carried "
           "out a Care Act assessment in January 2026 and found that he has eligible needs.")

    _sec(d, "E", "What I will be able to do (outcomes)", "E")
    d.para("These outcomes are for the end of Aaron's second year at college (July 2027) unless "
           "another date is given. Hawkshaw Lodge will set half-termly targets towards each "
           "outcome and go through them with Aaron at his tutorials.")
    d.numbered([
        "By July 2027, Aaron will ask for help at work using a full spoken sentence or his communication passport, in 4 out of 5 observed shifts.",
        "By the end of his course year in July 2027, Aaron will pass Functional Skills maths at Entry Level 1, including paying for items costing up to \u00a310 and checking his change.",
        "Aaron will get a paid job.",
        "By July 2027, Aaron will cook three different simple evening meals in the training flat from his picture recipes, with no more than one prompt from staff.",
        "Aaron will be more independent.",
        "By March 2027, Aaron will walk from college to Netherdale village shop and back on his own, carrying his phone, on three occasions in a row.",
        "Aaron will attend a weekly club in the community.",
        "By July 2027, Aaron will tell a member of staff each time he has his warning 'funny feeling', and will take his evening medication from his dosette box with one prompt.",
    ], fmt="E{n}")

    _sec(d, "F", "What I will learn and the support I will get", "F")
    d.para("Hawkshaw Lodge College will make the provision below for 38 weeks a year for the "
           "life of this plan. Each row says whether it happens in the college day (Monday to "
           "Thursday, 9:15 to 15:45, and Friday mornings) or in the residence (evenings and "
           "weekends), and how much Aaron will get there.", italic=True)

    _sub(d, "Employment and further learning")
    _ftable(d, [
        ["F1", "Functional Skills English and maths at Entry Level 1, taught in a class of no more than six learners, with money, time and reading signs at work used as the context",
         "Four 60-minute lessons a week (two English, two maths), Monday to Thursday", "",
         "Qualified teacher (QTS or QTLS) with a learning support assistant in the room"],
        ["F2", "Supported work experience in the college's market garden and farm shop: weighing, bagging and pricing produce, restocking shelves and serving customers",
         "Every Thursday, 10:00 to 14:30 (four and a half hours)", "",
         "Job coach holding the Level 3 Certificate in Supported Employment Practice, working alongside Aaron 1:1 for the whole session"],
        ["F3", "A work placement with an employer in the community",
         "To be arranged for the second year of the course", "",
         "Vocational team"],
        ["F4", "Careers guidance about jobs in horticulture and retail",
         "Periodically", "",
         "Careers adviser"],
        ["F5", "Direct speech and language therapy on asking for help in full sentences, explaining what has happened, and using his communication passport with people he does not know",
         "One 40-minute 1:1 session each week in term time", "",
         "HCPC-registered speech and language therapist employed by the college"],
        ["F6", "Makaton signs used alongside speech to back up what is said to Aaron",
         "Throughout the day", "Evenings and weekends",
         "All staff, where possible trained in Makaton"],
    ])

    _sub(d, "Independent living")
    _ftable(d, [
        ["F7", "Cooking lessons in the residence training flat: choosing a meal from his picture recipe book, shopping for it with a list and cooking it using talking scales and a timer",
         "", "Three evenings a week (Monday, Tuesday and Wednesday), 17:00 to 18:30, 90 minutes each",
         "Residential support worker who holds the Level 3 Diploma in Health and Social Care and has completed the college's Teaching Daily Living Skills course"],
        ["F8", "Help with laundry and keeping his room tidy",
         "", "Ongoing",
         "Residential staff"],
        ["F9", "Independent travel training on the walking route from the college to Netherdale village, once the epilepsy risk assessment for travel has been completed",
         "Twice a week", "",
         "Travel trainer"],
        ["F10", "Money skills with a pre-paid card: checking prices, paying at the till and checking his change against a shopping list of up to five items at the village shop",
         "", "Every Saturday morning for 60 minutes, to be reviewed at Christmas",
         "Residential support worker trained in the college's Money Matters course"],
        ["F11", "Prompts through a picture sequence for washing, shaving and dressing, reducing as Aaron becomes more independent",
         "", "Each morning and evening, 20 minutes each time",
         "Residential support worker"],
    ])

    _sub(d, "Friends, relationships and community")
    _ftable(d, [
        ["F12", "Aaron should be encouraged to join a club or activity in the local community",
         "", "At weekends",
         "Residential team"],
        ["F13", "Relationships and sex education with pictorial resources, covering consent, keeping safe online and what to do if a stranger asks to meet, in a group of four learners",
         "One 45-minute session a week in the autumn and spring terms", "",
         "Personal tutor who has completed accredited training in teaching relationships and sex education to learners with learning disabilities"],
        ["F14", "Small-group friendship sessions",
         "Weekly", "",
         "Support staff"],
    ])

    _sub(d, "Being healthy and staying safe")
    _ftable(d, [
        ["F15", "Teaching Aaron to recognise his seizure warning signs and tell staff, to fill in his picture seizure diary and to take his evening medication from his dosette box with a single prompt",
         "", "A 30-minute 1:1 session every Monday evening",
         "The college's registered nurse, who has completed accredited epilepsy management training"],
        ["F16", "Counselling for anxiety",
         "Available on request", "",
         "College counsellor"],
        ["F17", "A sensory programme to be devised following assessment",
         "To be confirmed", "",
         "Therapy team"],
        ["F18", "A 1:1 learning support assistant in all horticulture and catering lessons, prompting Aaron through each step with his picture task list and keeping him safe if he has a seizure",
         "10 hours a week, covering every horticulture and catering lesson from Monday to Thursday", "",
         "Learning support assistant trained in epilepsy awareness and in giving buccal midazolam"],
        ["F19", "A tablet with a communication app, if funding is agreed by the college's assistive technology panel",
         "All sessions", "Evenings",
         "Assistive technology lead, with 2 hours of set-up and training for Aaron in his first week of using it"],
        ["F20", "Person-centred transition review meetings with Aaron, his mum, adult social care and the Nidderby Preparing for Adulthood co-ordinator, planning where Aaron will live and what he will do after college",
         "One 90-minute meeting each term (three a year)", "",
         "The college's Head of Transitions, who holds a Level 6 qualification in careers guidance"],
    ])

    _sec(d, "G", "My health provision", "G")
    d.bullets([
        "Buccal midazolam given as required under Aaron's epilepsy care plan by staff trained by the Nidderby epilepsy nurse specialist, with a trained member of staff on duty in the residence every night.",
        "Review by the adult neurology clinic at Nidderby Royal Infirmary every six months, including his lamotrigine dose.",
        "An annual learning disability health check with his GP.",
        "A bed seizure alarm in his residence room and at home, supplied and serviced each year by Nidderby Community Equipment Service.",
        "Assessment of his anxiety by the Community Learning Disability Team psychologist once Aaron reaches the top of the team's waiting list.",
    ])

    _sec(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("Not applicable. Aaron is 18, so his social care provision is set out in H2 under "
           "the Care Act 2014.")
    _sec(d, "H2", "Other social care provision", "H2")
    d.bullets([
        "A personal assistant for 6 hours a week in college holiday weeks, under Aaron's Care Act care and support plan dated 12 January 2026, so that he can go swimming and to the Friday youth club at Wensley Moor Leisure Centre.",
        "Respite for the family during the holidays.",
        "Nidderby Adult Social Care will review the care and support plan alongside each annual review of this plan.",
    ])

    _sec(d, "I", "Where I will learn (placement)", "I")
    d.para("Hawkshaw Lodge College, Netherdale: an independent specialist post-16 institution "
           "approved under section 41 of the Children and Families Act 2014, 38-week residential "
           "placement (Monday to Friday in term time).")

    _sec(d, "J", "Personal budget", "J")
    d.para("Aaron's mum manages a social care direct payment for the personal assistant in "
           "Section H2, under his Care Act care and support plan. No personal budget has been "
           "requested for the special educational provision in Section F.")

    _sec(d, "K", "Advice and information", "K")
    d.bullets([
        "Aaron's views \u2013 recorded by Ms T. Hebden, personal tutor, 19 January 2026",
        "Parent's views \u2013 Sharon Whitlock, 16 January 2026",
        "Educational advice \u2013 Mr D. Osei, Head of Learning Support, Hawkshaw Lodge College, 21 January 2026",
        "Psychological advice \u2013 Dr Miriam Calloway, Educational Psychologist, 26 January 2026",
        "Medical advice \u2013 Dr S. Venkatesan, Consultant Neurologist, Nidderby Royal Infirmary, 15 January 2026",
        "Speech and language therapy advice \u2013 Hawkshaw Lodge College therapy team",
        "Social care advice \u2013 Nidderby Adult Social Care Transitions Team, 12 January 2026",
        "Preparing for adulthood advice \u2013 Nidderby Careers and Preparing for Adulthood Service, 22 January 2026",
    ])
