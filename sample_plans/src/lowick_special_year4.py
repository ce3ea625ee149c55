"""Sallowfield City Council - Year 4 pupil with severe learning difficulties, autism and
epilepsy who communicates with an AAC device, at a maintained special school. Word Heading 1
headings in Title Case with a colon ('Section A: Views, Interests and Aspirations'); running
header with the child's name and DOB and a 'Page X of Y' footer. Cover details in a
four-column table. E numbered E1-E6. Section F is one table with an outcome matrix: Ref |
Special educational provision | Staffing and expertise | E1 | E2 | E3 | E4 | E5 | E6, with a
tick in each outcome column the row supports; one row has no tick at all. No physiotherapy
advice in K although F waits on a physiotherapist. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ayaan Thorley"

T = "\u2713"


def _row(ref, provision, staffing, ticks):
    return [ref, provision, staffing] + [T if str(n) in ticks else "" for n in range(1, 7)]


def build(d):
    d.running_header_footer("Ayaan Thorley  |  DOB 14/11/2016  |  Education, Health and Care Plan",
                            footer_left="Sallowfield City Council \u2013 FINAL",
                            first_page_plain=True)
    d.title("Sallowfield City Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN \u2013 issued 20 February 2026", bold=True, size=12)
    d.table(None, [
        ["Child's name", "Ayaan Thorley", "Date of birth", "14/11/2016"],
        ["NHS number", "999 638 2047", "UPN", "W999001605539"],
        ["Home address", "27 Heronsgate Walk, Sallowfield, ZY4 8HN", "Year group", "Year 4 (Key Stage 2)"],
        ["Parents", "Farah Thorley and Daniel Thorley", "Home telephone", "01632 960318"],
        ["Mobile (mum)", "07700 900527", "E-mail", "farah.thorley@example.org"],
        ["School", "Lowick House School", "Plan co-ordinator", "Gwen Astbury-Nolan, SEND Assessment Team"],
        ["Date of this plan", "20 February 2026", "Annual review due by", "19 February 2027"],
    ], widths_cm=[3.1, 5.6, 3.0, 4.9], bold_first_col=True, font_size=10)
    d.para("Ayaan lives with his mum and dad and his sister Maisie, who is 12. This plan replaces "
           "the plan issued on 3 March 2025, following his annual review on 9 December 2025.",
           italic=True)

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("How we found out what Ayaan thinks", level=2)
    d.para("Ayaan does not use speech. His teacher, Mrs Oyelaran, and his speech and language "
           "therapist gathered his views over two weeks in November 2025 by watching what he "
           "chose, offering him photo and symbol choices, and noting what he said on his talker. "
           "His parents added what they see at home.")
    d.heading("What Ayaan tells us", level=2)
    d.para("On his talker Ayaan chose \"I like swing\", \"more bubbles\" and \"go car\". He "
           "pressed \"no\" and \"finished\" when shown a photo of the hall at assembly time. He "
           "goes straight to the sensory room lights, the water tray and the iPad song videos "
           "when he has free choice. He likes trains, the number blocks characters and lying "
           "under his weighted blanket. He does not like hand-dryers, crowds, or queuing.")
    d.heading("What Ayaan's parents say", level=2)
    d.para("Farah and Daniel describe Ayaan as affectionate, determined and very funny once he "
           "knows you. They say that since he started using his talker he gets cross far less "
           "often, because he can tell them what he wants. Their biggest hopes for the next year "
           "are that he uses his talker with other children, that he is dry during the day, and "
           "that he sleeps better. In the longer term they hope he will be able to live with "
           "support close to the family, go to a day service or college he enjoys, and have "
           "people in his life who understand him.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Ayaan is autistic and has no functional speech. He uses an iPad with TD Snap "
           "(core-word page set) and about fifteen Makaton signs. He can make single-symbol "
           "requests for preferred food and toys but rarely combines two symbols, and he does "
           "not yet use his device to protest, comment or ask for help; instead he pulls an "
           "adult's hand or drops to the floor. He understands familiar routines and single "
           "key words in context, but not sentences without visual support. He seldom "
           "initiates interaction with other children and does not yet take turns in play.")
    d.heading("Cognition and learning", level=2)
    d.para("Ayaan has severe learning difficulties. He is working within the pre-key stage "
           "standards (engagement model for some areas). He can match identical pictures, "
           "sort by colour, and count by rote to five but not yet match a number to a set of "
           "objects. His attention to an adult-led task is about two minutes unless it "
           "involves movement or a highly preferred object. He needs skills taught in very small "
           "steps and practised many times in the same way before he can use them elsewhere.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("When Ayaan is anxious, tired or cannot make himself understood he bites the back of "
           "his hand, sometimes hard enough to break the skin, and may drop to the floor. "
           "Unexpected changes (a different adult, a room change, a fire drill) are the most "
           "common triggers. He finds waiting very hard.")
    d.heading("Sensory and physical", level=2)
    d.para("Ayaan seeks deep pressure and movement, mouths objects, and covers his ears in "
           "noisy spaces. He has low muscle tone; he is unsteady on stairs and on uneven ground "
           "and tires on longer walks. His grip is weak, and he finds it hard to hold a chunky "
           "crayon, thread large beads or use a spoon without spilling.")
    d.heading("Independence and self-care", level=2)
    d.para("Ayaan wears pull-ups during the day. He will sit on the toilet when taken at a "
           "familiar time, but he does not yet tell anyone he needs to go. He needs help with "
           "all dressing other than pulling off his socks and coat.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Ayaan has epilepsy (focal seizures with impaired awareness and occasional "
           "tonic-clonic seizures), diagnosed in 2021 and managed by the paediatric neurology "
           "team at Sallowfield Royal Infirmary. He takes sodium valproate twice a day and has "
           "buccal midazolam as rescue medication. After a tonic-clonic seizure he usually "
           "sleeps for one to two hours and is drowsy and irritable for the rest of the day, "
           "which affects his learning. He has poor sleep (waking for two or more hours most "
           "nights), chronic constipation and a restricted diet of about ten foods.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Ayaan is a disabled child under section 17 of the Children Act 1989 and is known "
           "to the Children with Disabilities Team. Because of his broken sleep, his seizures "
           "and his need for constant supervision, his parents have very little time to rest "
           "or to spend with Maisie. Ayaan cannot yet take part in community activities "
           "without an adult who knows his communication and his epilepsy care.")

    d.heading("Section E: Outcomes", section="E")
    d.para("Outcomes run to the end of Year 5 (July 2027) unless another date is given. "
           "Lowick House School will set small-step targets for each outcome every term and "
           "share them with Ayaan's parents at the termly review meeting.")
    d.numbered([
        "By July 2027, Ayaan will use his talker to make a two-symbol request (for example \"want + swing\") to an adult or a classmate in at least four out of five opportunities during a school morning.",
        "Ayaan will develop his play skills.",
        "By July 2027, Ayaan will move from one activity to the next by checking his visual schedule, needing no more than one gestural prompt, on eight out of ten transitions in a day.",
        "By the end of Key Stage 2, Ayaan will use the toilet at set times in the school day with an adult nearby but no hands-on help, so that he no longer needs a pull-up at school.",
        "Ayaan will have speech and language therapy and sensory breaks.",
        "Ayaan will stop biting his hand when he is upset.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below will be made in term time (39 weeks a year) for the life of "
           "this plan. A tick shows which outcome in Section E the provision supports.")
    rows = [
        _row("F1", "Ayaan will be taught in a class of no more than eight pupils for the whole school day (32.5 hours a week), with a teacher and three teaching assistants in the room at all times.",
             "Class teacher (qualified teacher) with at least two years' experience of teaching pupils with SLD; teaching assistants who have completed the school's autism and epilepsy awareness training", "1234"),
        _row("F2", "Ayaan's own iPad running TD Snap with a core-word page set, kept charged and with him in every lesson, at break and lunch and on every trip. The page set is updated once each half-term.",
             "Page set updated by the HCPC-registered speech and language therapist; device checked and charged each morning by Ayaan's class teaching assistant", "1"),
        _row("F3", "Aided language modelling: while speaking, the adult points to the core words on Ayaan's talker, during at least three planned ten-minute activities every school day (snack, circle time and choosing time).",
             "Teaching assistants trained in aided language modelling by the speech and language therapist, with a refresher session every term", "12"),
        _row("F4", "Direct 1:1 speech and language therapy targeting two-symbol requests and the use of \"stop\", \"more\" and \"finished\" on the talker: one 30-minute session each week. Progress against the therapy targets is reported to parents at the end of each term.",
             "HCPC-registered speech and language therapist with specialist AAC experience (Sallowfield Children's Therapies)", "1"),
        _row("F5", "A communication programme will be written by the speech and language therapist for the class team to carry out.",
             "Speech and language therapist", "1"),
        _row("F6", "Intensive Interaction, 1:1, for 15 minutes twice every school day (straight after arrival and straight after lunch), following Ayaan's lead with sounds, movement and turn-taking.",
             "Teaching assistant who has completed two-day Intensive Interaction foundation training", "12"),
        _row("F7", "Attention Autism group sessions with a small group of classmates, four times a week, subject to review after the first term.",
             "Class staff", "2"),
        _row("F8", "A now-and-next board and visual timetable will be used as appropriate to help Ayaan with changes of activity.",
             "All staff", "3"),
        _row("F9", "1:1 adult support for every transition around school (classroom to hall, playground and hydrotherapy pool), gradually lessened as Ayaan gets more independent with his schedule.",
             "Teaching assistant", "3"),
        _row("F10", "A sensory programme written by the occupational therapist (weighted lap pad, trampette, deep-pressure 'sandwich' and chewy tube), carried out for 10 minutes at 9:15, 11:45 and 14:00 every school day.",
             "Teaching assistant trained by the occupational therapist; the HCPC-registered OT reviews and rewrites the programme each term", "356"),
        _row("F11", "Occupational therapy input will be provided subject to the capacity of the Children's Therapy Service.",
             "Occupational therapist", "4"),
        _row("F12", "Fine motor work in line with the recommendations in the occupational therapy report of 3 November 2025.",
             "Class staff", ""),
        _row("F13", "A toileting routine at 9:30, 11:00, 13:15 and 14:45 each school day, following a four-step photo sequence, with praise and bubbles straight away when Ayaan uses the toilet.",
             "One of two named teaching assistants who have completed the school's continence and intimate care training", "4"),
        _row("F14", "Ayaan should have a weekly hydrotherapy or swimming session if staffing allows.",
             "Class team", "2"),
        _row("F15", "Physiotherapy advice on managing stairs and uneven ground, with an exercise programme to be set up once the physiotherapist has assessed Ayaan.",
             "Physiotherapist (referral made December 2025)", "3"),
        _row("F16", "Access to the sensory room when Ayaan becomes distressed, together with calming strategies such as deep pressure and ear defenders.",
             "Staff who know Ayaan well", "6"),
        _row("F17", "A positive behaviour support plan will be written once school has gathered more information about Ayaan's hand-biting.",
             "School", "6"),
        _row("F18", "Up to three 1:1 number sessions a week on counting to five and matching a numeral to a set of objects.",
             "Teaching assistant", "2"),
        _row("F19", "After a seizure, Ayaan will be given rest and a reduced curriculum as the class teacher sees fit.",
             "Class teacher", "6"),
        _row("F20", "A 20-minute 1:1 Makaton session every fortnight, teaching two new signs that match the vocabulary on his talker, with the class team using those signs throughout the school day.",
             "Makaton tutor licensed by The Makaton Charity for the session; class team who have completed Makaton Level 2", "16"),
    ]
    d.table(["Ref", "Special educational provision", "Staffing and expertise",
             "E1", "E2", "E3", "E4", "E5", "E6"], rows,
            widths_cm=[1.0, 7.2, 4.0, 0.73, 0.73, 0.73, 0.73, 0.74, 0.74], font_size=9)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "An individual health care plan for Ayaan's epilepsy, written by the epilepsy nurse specialist and kept in his classroom; buccal midazolam is given as required under that plan by trained staff, and two trained adults go with Ayaan on every trip.",
        "The epilepsy nurse specialist trains the class team in seizure recognition, recording and rescue medication every September and whenever a new adult joins the class.",
        "Review by the consultant paediatric neurologist at Sallowfield Royal Infirmary every six months.",
        "Dietetic input when needed.",
        "An assessment by the children's sleep clinic once Ayaan reaches the top of the waiting list.",
    ])

    d.heading("Section H1: Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.bullets([
        "A support worker trained in Ayaan's epilepsy care plan for 3 hours every other Saturday, so that he can go swimming and to the soft-play centre, arranged by the Children with Disabilities Team.",
    ])
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.bullets([
        "Overnight stays at Willowbrook short-break house.",
    ])

    d.heading("Section I: Placement", section="I")
    d.para("Lowick House School, Sallowfield (maintained special school for pupils aged 2 to "
           "19 with severe and profound learning difficulties).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Parents' views \u2013 Farah and Daniel Thorley, 14 November 2025",
        "Ayaan's views \u2013 gathered by Mrs J. Oyelaran, class teacher, and Ms P. Rudd, speech and language therapist, 24 November 2025",
        "Educational advice \u2013 Mr C. Bellweather, Deputy Headteacher, Lowick House School, 2 December 2025",
        "Psychological advice \u2013 Dr Saskia Engelhart, Educational Psychologist, 28 November 2025",
        "Medical advice \u2013 Dr V. Raman, Consultant Paediatric Neurologist, 20 November 2025",
        "Speech and language therapy advice \u2013 Ms P. Rudd, Sallowfield Children's Therapies, 24 November 2025",
        "Occupational therapy advice \u2013 Mr A. Kowalczyk, Occupational Therapist, 3 November 2025",
        "Epilepsy nurse advice \u2013 Sallowfield Children's Epilepsy Service",
        "Social care advice \u2013 Children with Disabilities Team, 1 December 2025",
        "Annual review report \u2013 Lowick House School, 9 December 2025",
    ])
