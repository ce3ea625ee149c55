"""Calderbrook Metropolitan Borough Council - young person aged 19 (Year 14), autistic with a
moderate to severe learning disability and an AAC user, at an independent specialist
residential college (s.41) on a 38-week placement. Word Heading 1 headings with an en dash
and a first-person gloss ('Section A \u2013 About me: my views, interests and aspirations').
Cover details in a four-column table; running header and 'FINAL  Page X of Y' footer. E is a
list numbered E1-E8 with PfA outcomes. Section F is in three parts with different layouts:
Part 1 a four-column study-programme table (Part of my study programme | Hours each week |
Who teaches it, and group size | Outcome); Part 2 paragraphs numbered (i)-(viii); Part 3 a
waking-day table with the time first (When | What I will learn in residence | Staff).
H1 not applicable (over 18); H2 refers to the Care Act care and support plan. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reuben Okafor-Lyle"

ROMAN = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)"]


def make_doc():
    from importlib import util
    from pathlib import Path
    spec = util.spec_from_file_location("ehcp_build", Path(__file__).resolve().parent.parent / "build.py")
    mod = util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.PlanDoc(heading_color="5B2C6F")


def build(d):
    d.running_header_footer("Calderbrook MBC  |  Education, Health and Care Plan  |  Reuben Okafor-Lyle",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Calderbrook Metropolitan Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN", bold=True, size=12)
    d.table(None, [
        ["Name", "Reuben Okafor-Lyle", "Date of birth", "17 November 2006"],
        ["Age", "19", "NC year", "Year 14"],
        ["NHS number", "999 604 2187", "Home address", "27 Heronsgate Road, Calderbrook, XJ3 8TW"],
        ["Reuben's mobile", "07700 900263", "Parents", "Grace Okafor and Martin Lyle"],
        ["Parents' phone", "01632 960731", "E-mail", "grace.okafor@example.org"],
        ["College", "Denby Hall College (residential)", "Date of final plan", "2 March 2026"],
        ["Last annual review", "21 January 2026", "Next review by", "1 March 2027"],
    ], widths_cm=[3.2, 5.0, 3.2, 5.2], bold_first_col=True)
    d.para("Plan co-ordinator: Femi Adebayo-Clarke, Calderbrook Post-16 SEND Team. Reuben "
           "agreed that his parents could help him to read this plan and take part in his "
           "reviews.", italic=True)

    d.heading("Section A \u2013 About me: my views, interests and aspirations", section="A")
    d.heading("What I said", level=2)
    d.para("Reuben shared his views with his speech and language therapist on 12 January 2026, "
           "using Talking Mats and his communication app. He chose the symbols and the "
           "therapist wrote down his words: \"I like the caf\u00e9. I like buses. Tuesday is "
           "swimming, good. Shouting is bad. Hand dryer is bad. I want my flat. My key. I want "
           "a job making coffee.\" He put 'cooking', 'caf\u00e9', 'my room' and 'swimming' "
           "under 'things I like at college', and 'new staff' and 'the minibus when it is "
           "late' under 'things I don't like'.")
    d.heading("What my family said", level=2)
    d.para("Grace and Martin say Reuben is gentle, loyal and very funny, and has grown up a "
           "lot since he started at Denby Hall. His sister Esme, who is 15, says he is the "
           "best at remembering everyone's birthday. His parents are worried about how "
           "trusting he is online, about his distress when plans change without warning, and "
           "about what will happen when college ends. They would like him to move into "
           "supported living near home with two or three friends and to have a job for part "
           "of the week.")

    d.heading("Section B \u2013 My special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben is autistic (diagnosed at the age of four). He uses a few single spoken "
           "words and short learned phrases with people he knows. His main way of "
           "communicating is Proloquo2Go on his iPad, which he uses well to ask for things but "
           "not yet to tell people that he is worried, in pain or that something has gone "
           "wrong. He understands short sentences with two key words when they are backed up "
           "with a photo or sign. He would like friends but does not know how to start or "
           "keep a conversation going, and usually stays on the edge of a group.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben has a moderate to severe learning disability. He is working towards Entry "
           "Level 1 in English and maths. He reads about 20 social sight words (such as "
           "'exit', 'toilets', 'open' and 'closed'), recognises all coins and notes but "
           "cannot yet add amounts together or check his change. He learns best through "
           "practical tasks that are repeated in the same way many times.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben becomes very anxious when there is an unexpected change, for example a new "
           "member of staff, a cancelled activity or a late minibus. When this happens he "
           "paces, shouts and bites the back of his hand; at college this happened on 31 "
           "occasions in the autumn term 2025. He had a period of low mood in the winter of "
           "2024.")
    d.heading("Sensory and physical", level=2)
    d.para("The occupational therapy assessment of June 2025 found that Reuben seeks deep "
           "pressure and movement and becomes distressed by sudden loud noises, especially "
           "hand dryers and crowded rooms. When he has not had enough movement in a morning "
           "he finds it hard to sit for a taught session.")
    d.heading("Independence and preparing for adulthood", level=2)
    d.para("Reuben can make toast and a hot drink safely, but needs step-by-step prompts to "
           "cook a meal, to wash and shave and to sort his laundry. He has never made a bus "
           "journey without an adult. He completed a one-week work placement at a garden "
           "centre in 2024 and enjoyed it. Online, he has accepted friend requests from "
           "strangers and once gave out his address, so he needs to learn how to keep himself "
           "safe.")

    d.heading("Section C \u2013 My health needs", section="C")
    d.para("Reuben's autism and learning disability are described above. His anxiety and "
           "low mood are treated with sertraline, prescribed by his GP after advice from the "
           "Calderbrook community learning disability team, which he transferred to from "
           "children's services at 18. He has eczema, managed with emollients. He is entitled "
           "to an annual learning disability health check.")

    d.heading("Section D \u2013 My social care needs", section="D")
    d.para("Reuben is eligible for adult care and support under the Care Act 2014; his care "
           "and support plan was agreed on 14 October 2025. He needs prompting with personal "
           "care and cannot yet go out in the community on his own. When college is closed, "
           "Grace and Martin provide all of his care and need regular breaks.")

    d.heading("Section E \u2013 My outcomes", section="E")
    d.para("These outcomes are for the end of Reuben's second year at Denby Hall (July 2027) "
           "unless another date is given. His tutor sets termly targets towards each of them, "
           "which are checked at his progress reviews each term.")
    d.numbered([
        "By July 2027, Reuben will use his AAC app to tell a member of staff that he is worried and what about, at least four times a week, without being prompted.",
        "By the end of his second year (July 2027), Reuben will pass Entry Level 1 Functional Skills maths, including paying for items costing up to \u00a310 and checking his change.",
        "Reuben will develop his independence.",
        "By July 2027, Reuben will work a 3-hour shift in the college caf\u00e9 every week for a whole term, taking customers' orders with his picture menu, with the job coach standing back for at least the last hour.",
        "By April 2027, Reuben will cook three different evening meals from his photo recipe cards, with no more than two spoken prompts from staff.",
        "Reuben will attend travel training.",
        "By July 2027, Reuben will name three adults he can go to if he feels unsafe online or with other people, and will show his 'Keep Safe' card to a member of staff when he needs help.",
        "Reuben will live in his own flat with his friends.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 Special educational provision: what I will get at college", section="F")
    d.para("Reuben will attend Denby Hall College as a residential student for 38 weeks a year, "
           "from Sunday evening to Friday afternoon, with one stay weekend in each half-term. "
           "The residential placement is needed for his education: the waking-day curriculum "
           "in Part 3 teaches the independent living skills in outcomes E3, E5 and E7. The "
           "provision below is made during the 38 weeks for the life of this plan.")

    d.heading("Part 1 \u2013 My study programme (Monday to Friday)", level=2)
    d.table(["Part of my study programme", "Hours each week", "Who teaches it, and group size", "Outcome"], [
        ["Functional Skills English and maths at Entry Level 1, taught through real tasks in the college shop and training kitchen (reading labels, weighing, paying and checking change)",
         "4 hours (two 2-hour sessions, Monday and Thursday mornings)",
         "Teacher with QTLS; a group of no more than five students, with one learning support assistant in the room",
         "E2"],
        ["Supported work experience in the college caf\u00e9, The Potting Shed: taking orders with a picture menu, clearing and wiping tables and loading the dishwasher",
         "3 hours (every Wednesday, 10:00 to 13:00)",
         "Job coach who holds the BASE Level 3 Certificate in Supported Employment, working 1:1 with Reuben for the whole shift",
         "E4"],
        ["Horticulture and land-based vocational sessions",
         "Varies with the season",
         "Staff from the horticulture department",
         "E4"],
        ["Independent living skills: cooking, laundry and budgeting",
         "Up to 6 hours",
         "Independent living skills team",
         "E5"],
        ["Social communication group",
         "1 hour",
         "Students from his house group, led by a member of the support team",
         "E1"],
        ["Independent travel training",
         "To be confirmed once a travel trainer has been allocated",
         "-",
         "E6"],
        ["Personal, social and health education on staying safe online, relationships and consent, taught from the college's 'Safe and Well' scheme of work with Makaton signs and photo symbols",
         "1.5 hours (Thursday, 13:30 to 15:00)",
         "Teacher with QTLS who has completed training in relationships and sex education for learners with learning disabilities; a group of no more than six",
         "E7"],
    ], widths_cm=[5.8, 3.4, 5.6, 1.8], font_size=9.5)

    d.heading("Part 2 \u2013 Therapy and specialist support", level=2)
    part2 = [
        "Speech and language therapy: a 45-minute individual session every week in term time with an HCPC-registered speech and language therapist employed by the college, working on using Proloquo2Go to make requests, to repair a conversation when he has not been understood and to say when he is worried. The same therapist runs a 30-minute training session for Reuben's learning support assistants once every half-term.",
        "Occupational therapy input as recommended in the OT report of June 2025.",
        "Reuben would benefit from a sensory diet and regular movement breaks.",
        "Clinical psychology: one 50-minute individual session every fortnight with the college's HCPC-registered clinical psychologist, using an adapted, visual CBT approach (a stress thermometer and a worry box) to teach Reuben to notice when his anxiety is rising and to choose one of the three calming strategies on his card.",
        "Counselling will be available to Reuben on request.",
        "Positive behaviour support from the college's behaviour team as and when incidents occur.",
        "Reuben's own iPad with Proloquo2Go, in a rugged case with a shoulder strap, for his use in every session and in residence; the college's assistive technology technician adds or changes vocabulary pages within two college days of each request from the speech and language therapist.",
        "A 1:1 learning support assistant for part of the day.",
    ]
    for ref, text in zip(ROMAN, part2):
        d.numbered([text], fmt=ref)

    d.heading("Part 3 \u2013 The waking-day curriculum in residence", level=2)
    d.table(["When", "What I will learn in residence", "Staff"], [
        ["Monday to Thursday evenings, 17:00 to 18:30",
         "Planning, shopping for and cooking his evening meal with one housemate, following photo recipe cards; on one of these evenings each week this includes walking to the village shop with a \u00a310 budget",
         "Residential support worker who holds the Level 3 Diploma in Adult Care; one worker to Reuben and one housemate (1:2)"],
        ["Evenings and weekends",
         "Leisure and social activities, for example bowling, swimming or the cinema",
         "Residential staff"],
        ["Every night in residence, at bedtime",
         "Help with his personal care and bedtime routine, to be withdrawn gradually as Reuben becomes more independent",
         "Residential support worker"],
        ["Sunday evening, on arrival (18:00 to 18:20)",
         "A 20-minute 'week ahead' session in which Reuben puts the photos for each day on his visual timetable and is told about any changes of staff or activity for the week",
         "Senior residential support worker who has completed Studio III low-arousal training"],
        ["Stay weekends (one in each half-term)",
         "Opportunities to practise travelling on local buses",
         "Staff on duty"],
    ], widths_cm=[3.8, 7.8, 5.0], font_size=9.5)

    d.heading("Section G \u2013 My health care provision", section="G")
    d.bullets([
        "Sertraline 50 mg each morning, given by residential staff trained in medication administration, following the college's medication procedure and the GP's prescription.",
        "An annual learning disability health check with his GP at Calderbrook Health Centre, booked for the summer holiday each year.",
        "Emollient cream for his eczema, applied by Reuben with a prompt from residential staff after his evening shower.",
        "Input from the community learning disability psychiatrist if his mood gets worse.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Reuben is over 18.")
    d.heading("Section H2 \u2013 Other social care provision", section="H2")
    d.bullets([
        "During the 14 weeks a year when college is closed, a personal assistant for 10 hours a week, paid for by a Care Act direct payment of \u00a3185 a week, so that Reuben can go swimming and to the Saturday caf\u00e9 club (care and support plan dated 14 October 2025).",
        "Short breaks at Larchfield House during college holidays.",
        "Calderbrook Adult Social Care will review the care and support plan by October 2026 and start planning with Reuben and his parents for supported living after college.",
    ])

    d.heading("Section I \u2013 Where I will go to college", section="I")
    d.para("Denby Hall College, Denby Moor, Westmarch (independent specialist post-16 "
           "institution approved under section 41 of the Children and Families Act 2014), as a "
           "residential student for 38 weeks a year.")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Reuben has not asked for a personal budget for the provision in Section F. The "
           "direct payment in Section H2 is an adult social care direct payment under the "
           "Care Act 2014, managed by his mother as his suitable person.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.table(["Advice", "Given by", "Date"], [
        ["Reuben's views", "Reuben, with Ms A. Lindqvist, speech and language therapist", "12 January 2026"],
        ["Parents' views", "Grace Okafor and Martin Lyle", "14 January 2026"],
        ["Educational advice", "Mr D. Huxtable, Head of Learning, Denby Hall College", "9 January 2026"],
        ["Psychological advice", "Dr C. Fairbairn, Educational Psychologist", "16 December 2025"],
        ["Medical advice", "Dr P. Narang, Consultant Psychiatrist, Calderbrook Community Learning Disability Team", "5 January 2026"],
        ["Speech and language therapy advice", "Ms A. Lindqvist, HCPC-registered SLT, Denby Hall College", "8 January 2026"],
        ["Occupational therapy report", "Mr J. Okonjo, Occupational Therapist", "June 2025"],
        ["Social care advice (Care Act assessment)", "Calderbrook Adult Social Care", "14 October 2025"],
        ["Preparing for adulthood advice", "Calderbrook Careers and Transition Service", ""],
    ], widths_cm=[5.2, 8.2, 3.2], font_size=10)
