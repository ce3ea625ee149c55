"""Netherby City Council - young person aged 19 (Year 14) with Down syndrome at a general FE
college on a Foundation Learning 'Pathways to Work' course, moving towards supported
employment. Word Heading 1 headings with an em dash and first-person titles ('Section A \u2014
About me: my views, interests and aspirations'). Four-column cover table. E numbered
E1-E9 with PfA outcomes. Section F is written as answers to the young person's own
questions: Heading 2 PfA sub-headings, then bold first-person question lines ('How will I
get ready for a real job?') each followed by one or more prose paragraphs, one provision per
paragraph. H1 says it does not apply (over 18); H2 holds Care Act support. Simple footer.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Rhys Abernethy"

Q_COLOUR = "7030A0"


def _q(d, text):
    d.bold_line(text, size=11.5, color=Q_COLOUR)


def build(d):
    d.simple_footer("Netherby City Council  \u2013  Education, Health and Care Plan  \u2013  "
                    "Rhys Abernethy  \u2013  FINAL  \u2013  23 February 2026")
    d.title("Netherby City Council", size=13, color="7030A0")
    d.title("My Education, Health and Care Plan", size=21, color="7030A0")
    d.para("Final plan, issued after the annual review meeting held on 29 January 2026.",
           italic=True)
    d.table(None, [
        ["My name", "Rhys Abernethy", "Date of birth", "2 November 2006"],
        ["NHS number", "999 604 2178", "Age / year", "19 (Year 14)"],
        ["Address", "14 Wharfside Close, Netherby, XJ3 8PW", "My mobile", "07700 900583"],
        ["Family", "Carol Abernethy (mum) and Gary Thewlis (stepdad)", "Family contact",
         "01632 960418\ncarol.abernethy@example.org"],
        ["College", "Calderbrook College", "Course", "Foundation Learning \u2013 Pathways to Work"],
        ["Plan finalised", "23 February 2026", "Next review", "By 22 February 2027"],
    ], widths_cm=[2.8, 5.6, 2.8, 5.4], bold_first_col=True)
    d.para("Plan co-ordinator: Tomasz Wielgosz, Netherby 14\u201325 SEND Team.", size=10)

    d.heading("Section A \u2014 About me: my views, interests and aspirations", section="A")
    d.heading("In my own words", level=2)
    d.para("Rhys talked to his personal tutor, Ms Adebayo-Clarke, on 15 January 2026, using "
           "photos of college and of his work placement. She wrote down what he said and read "
           "it back to him; Rhys agreed this is right.")
    d.para("\"I am Rhys. I am 19. I like college, my friends Jordan and Lily-Mae, the café "
           "job, wrestling on the telly and dancing at Gateway. I am good at making people "
           "laugh and I always say hello. I want a real job with wages, maybe in a café or at "
           "the leisure centre. I want to go on the bus by myself like my sister Megan. I "
           "want my own flat one day with my mate. I don't like it when they change the room "
           "and don't tell me. Sometimes I get sad because my friends from school have gone.\"")
    d.heading("What my mum and stepdad say", level=2)
    d.para("Carol and Gary say Rhys is sociable, kind and stubborn in a good way. He has grown "
           "up a lot in his two years at Calderbrook and is proud of his café work. They want "
           "this to be the year he gets much more independent: travelling alone, handling "
           "money, and cooking a few meals, so that a supported internship and, later, paid "
           "work are realistic. They are worried that his mood has dipped since his older "
           "friends left, and that he cannot yet explain to a doctor what is wrong when he is "
           "ill. Rhys's sister Megan, who is 22, helps him with his phone and his bus pass.")

    d.heading("Section B \u2014 My special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Rhys has Down syndrome and a moderate learning disability. He is working at Entry "
           "Level 1 to 2 in English and at Entry Level 1 in maths. He reads familiar words "
           "and short sentences with pictures, and writes his name, address and simple "
           "lists. He can count reliably to 20 but does not yet understand the value of coins "
           "and notes, so he hands over all his money and does not check his change. He "
           "cannot yet tell the time from an analogue clock. He learns best by doing, with "
           "lots of repetition, and forgets new routines if they are not practised every "
           "week.")
    d.heading("Communication and interaction", level=2)
    d.para("Rhys understands short sentences about the here and now but struggles with longer "
           "instructions and with words about time ('before', 'later', 'next week'). His "
           "speech is often hard for unfamiliar people to understand, especially when he is "
           "excited or tired, and he does not always notice when he has not been understood. "
           "He uses some Makaton signs to support his speech. He has a mild conductive hearing "
           "loss and wears hearing aids, which means he misses information in noisy places "
           "such as the college canteen and the café kitchen.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Rhys is friendly and well liked, but he becomes anxious and sometimes refuses to "
           "move when his routine changes unexpectedly. Since the summer, when several "
           "friends left college, he has been low in mood: he says he is 'sad', spends "
           "breaks on his own, and has had three days off with no clear illness this term.")
    d.heading("Sensory and physical", level=2)
    d.para("Rhys has low muscle tone and tires by the afternoon, particularly after a "
           "standing shift at his placement. His fine motor skills are sufficient for most "
           "practical tasks but he is slow with buttons, zips and opening packaging.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Employment: Rhys has worked in the college café for two terms and wants paid work. "
           "He needs to learn to follow a task list, ask for help at work and manage a full "
           "shift. Independent living: he has never travelled alone, cannot plan a journey, "
           "and cannot cook a meal without someone beside him. Community: his social life is "
           "limited to Gateway Club on Thursdays with his mum. Health: he does not know the "
           "names of his medicines and cannot book or explain a GP appointment.")

    d.heading("Section C \u2014 My health needs", section="C")
    d.para("Rhys has Down syndrome. He had an atrioventricular septal defect repaired when he "
           "was a baby and is reviewed by the adult congenital heart team every two years. He "
           "has hypothyroidism, treated with levothyroxine, and mild asthma. He has a mild "
           "conductive hearing loss in both ears and wears hearing aids. He is entitled to an "
           "annual learning disability health check from his GP.")

    d.heading("Section D \u2014 My social care needs", section="D")
    d.para("Rhys needs support to go out in the community, to use money and to stay safe away "
           "from home. His mother and stepfather both work, and his mother is his main carer. "
           "Adult social care completed a Care Act needs assessment in December 2025 and Rhys "
           "has a care and support plan dated 12 January 2026.")

    d.heading("Section E \u2014 What I want to achieve (outcomes)", section="E")
    d.para("These outcomes look ahead to the end of Rhys's final year at Calderbrook (July "
           "2027). His personal tutor will agree small steps towards each one with him every "
           "term and record them in his individual learning plan.")
    d.numbered([
        "By July 2027, Rhys will complete a three-hour café shift at his work placement, carrying out four set tasks (wiping tables, restocking, clearing trays and greeting customers) with no more than two prompts from his job coach.",
        "By July 2026, Rhys will pay for shopping costing up to \u00a310 with coins and notes and check his change, in 4 out of 5 observed shop visits.",
        "By December 2026, Rhys will travel on his own by bus from home to Calderbrook College and back on every college day.",
        "Rhys will be more independent.",
        "Rhys will get a paid job.",
        "By July 2026, Rhys will cook three simple meals (beans on toast, pasta with sauce and a jacket potato) safely, without an adult helping.",
        "Rhys will attend Gateway Club every week.",
        "Rhys will feel happier and less worried about changes.",
        "By his next annual review, Rhys will book his own GP appointment by phone using a script and tell the receptionist what the problem is.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 The help I will get with my learning (special educational provision)", section="F")
    d.para("This section answers the questions Rhys asked at his review. Everything here is "
           "provided by Calderbrook College or by the services named, during the 36-week "
           "college year, until this plan is next amended.", italic=True)

    d.heading("Getting ready for work", level=2)
    _q(d, "What will I learn at college?")
    d.para("Rhys will follow the Foundation Learning 'Pathways to Work' programme at Entry "
           "Level 3 for 16 hours a week, Monday to Thursday from 9:30 to 14:30 with an hour "
           "for lunch, taught in a class of no more than ten students by tutors who hold a "
           "teaching qualification (QTLS or Cert Ed), with a learning support assistant who "
           "holds at least a Level 2 support qualification in the room for every session.")
    d.para("Functional Skills maths at Entry Level 2, concentrating on money and time, will be "
           "taught by a qualified maths teacher to a group of six in two 1-hour lessons each "
           "week; in both lessons a learning support assistant who holds the Level 3 "
           "Certificate in Supporting Teaching and Learning will sit with Rhys to repeat "
           "instructions and check that he has picked the right coins or notes.")
    d.para("English will be delivered in line with Rhys's Individual Learning Plan.")
    _q(d, "How will I get ready for a real job?")
    d.para("Every Friday from 10:00 to 13:00 Rhys will work in the caf\u00e9 at Netherby Leisure "
           "Centre, with a job coach who holds the BASE Level 3 Certificate in Supported "
           "Employment Practice working alongside him for the whole three-hour shift and "
           "using a photo task list that they keep up to date together.")
    d.para("The college's employability team will look for a supported internship for Rhys "
           "to start in September 2026, subject to a place being available with a host "
           "employer.")
    d.para("Careers guidance will be available to Rhys on request.")
    _q(d, "How will people help me to understand and be understood at work?")
    d.para("An HCPC-registered speech and language therapist employed by Calderbrook College "
           "will see Rhys on his own for 45 minutes every other week in term time, working on "
           "the phrases he needs at work (greeting customers, asking for help and saying when "
           "he has not understood) and on slowing down and using key words so that strangers "
           "understand him; after each session the therapist will spend 20 minutes showing "
           "his learning support assistant what to practise, and will review his targets each "
           "term and report on them at the annual review.")
    d.para("His learning support assistant will reinforce the therapy targets in lessons as "
           "and when opportunities arise.")
    d.para("Makaton signing to be used by staff with Rhys where appropriate.")

    d.heading("Living more independently", level=2)
    _q(d, "How will I learn to get about on my own?")
    d.para("A travel trainer from the Netherby Travel Training Team who has completed the "
           "team's accredited travel trainer course will teach Rhys the 47 bus journey from "
           "home to the Calderbrook main campus on Tuesday and Thursday mornings (a journey "
           "of 40 minutes door to door), continuing until Rhys has made the whole journey "
           "alone, shadowed at a distance, on five journeys in a row.")
    d.para("Rhys may benefit from some practice travelling to his placement with the job "
           "coach if the placement moves further from home.")
    _q(d, "How will I learn to cook, shop and look after my money?")
    d.para("Each Wednesday from 13:00 to 15:00, Rhys will take part in independent living "
           "skills sessions in the college training flat, in a group of no more than four "
           "students led by the independent living skills tutor, a qualified teacher, "
           "working through the ASDAN Towards Independence 'Food and cookery' and 'Managing "
           "money' modules, including a weekly shop for ingredients with a \u00a310 budget.")
    d.para("Rhys will have the chance to practise budgeting and using his bank card out in "
           "the community.")
    d.para("Carol and Gary will help Rhys to cook a simple meal at home each weekend.")

    d.heading("Friends and my community", level=2)
    _q(d, "How will I make friends and do things I enjoy?")
    d.para("Rhys can join the college's enrichment clubs at lunchtime.")
    d.para("A peer mentoring scheme will be set up for Rhys once the Students' Union has "
           "recruited volunteers.")

    d.heading("Staying healthy and well", level=2)
    _q(d, "How will I learn to look after my health?")
    d.para("Rhys's personal tutor, a qualified teacher, will meet him 1:1 for 30 minutes every "
           "fortnight throughout the college year, using the college's easy-read 'My Health' "
           "workbook to teach him the names of his medicines, how to book a GP appointment "
           "by phone using a script, and how to say what is wrong.")
    _q(d, "Who will help me when I feel worried or sad?")
    d.para("Support from the wellbeing team with anxiety about changes at college, reduced "
           "once Rhys has settled into his placement.")
    d.para("Counselling with an appropriate practitioner will be arranged if Rhys's low mood "
           "continues.")
    d.para("At 9:15 on every college day a learning support assistant Rhys knows will spend "
           "five minutes going through his visual timetable with him, marking any change of "
           "room, tutor or activity with the change symbol he has learned.")

    d.heading("Section G \u2014 My health provision", section="G")
    d.bullets([
        "Levothyroxine, prescribed by Rhys's GP and taken at home each morning; thyroid blood tests every 12 months arranged by the GP practice.",
        "A salbutamol inhaler, which Rhys carries with him and uses as required for asthma, as set out in his college health care plan.",
        "Review by the adult congenital heart team at Netherby Royal Infirmary every two years (next due in October 2026).",
        "An annual learning disability health check with his GP, with an easy-read health action plan.",
        "Hearing aids supplied and maintained by Netherby Audiology, with a hearing review when an appointment becomes available.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("This section does not apply because Rhys is over 18. His social care provision is "
           "set out in Section H2.")

    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.bullets([
        "A personal assistant for 6 hours every Saturday, paid for by an adult social care direct payment under Rhys's Care Act care and support plan dated 12 January 2026, so that he can go swimming, shop in town and meet friends.",
        "Respite for Carol and Gary at Larchfield House.",
    ])

    d.heading("Section I \u2014 Where I will learn (placement)", section="I")
    d.para("Calderbrook College, Netherby (general further education college) \u2013 "
           "Foundation Learning 'Pathways to Work', Entry Level 3, Monday to Thursday, with "
           "the Friday work placement set out in Section F.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Rhys receives an adult social care direct payment for the personal assistant in "
           "Section H2. He has not asked for a personal budget for any of the provision in "
           "Section F.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "My views \u2013 recorded by Ms N. Adebayo-Clarke, personal tutor, 15 January 2026",
        "Family views \u2013 Carol Abernethy and Gary Thewlis, 12 January 2026",
        "Educational advice \u2013 Mr K. Hollis, Head of Foundation Learning, Calderbrook College, 19 January 2026",
        "Psychological advice \u2013 Dr Imogen Saltash, Educational Psychologist, 8 December 2025",
        "Medical advice \u2013 Dr R. Venkatesan, GP, 6 January 2026",
        "Speech and language therapy advice \u2013 Calderbrook College Therapy Team, 14 January 2026",
        "Social care advice \u2013 Netherby Adult Social Care, Care Act care and support plan, 12 January 2026",
        "Preparing for adulthood advice \u2013 Netherby Works supported employment service",
    ])
