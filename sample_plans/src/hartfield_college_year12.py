"""Hartfield Borough Council - post-16 young person (16, Year 12) at a general FE college
on an Entry Level 3 catering study programme. Word Heading 1 headings with an en dash
('Section A \u2013 My views, interests and aspirations'). Bold-label cover lines. B has a
preparing-for-adulthood sub-section; E has PfA outcomes numbered E1-E9. Section F is a run
of labelled-line blocks ('What:' / 'How often:' / 'How long:' / 'Who:' / 'Outcomes
supported:') under PfA sub-headings; some lines are blank or 'TBC' and some blocks pack two
provisions into one 'What:'. One combined 'Section H \u2013 Social care provision' (no
H1/H2). Section I names the college without its type. FINAL plan."""

TITLE = "Education, Health and Care Plan - Owen Maddox-Greer"


def _block(d, what, how_often, how_long, who, outcomes):
    d.label_para("What: ", what)
    d.label_para("How often: ", how_often)
    d.label_para("How long: ", how_long)
    d.label_para("Who: ", who)
    d.label_para("Outcomes supported: ", outcomes)
    d.para("")


def build(d):
    d.running_header_footer("Hartfield Borough Council \u2013 EHC Plan \u2013 Owen Maddox-Greer",
                            footer_left="Final EHC plan", first_page_plain=True)
    d.title("Hartfield Borough Council", size=14, color="0B5563")
    d.title("Education, Health and Care Plan", size=22, color="0B5563")
    d.para("FINAL", bold=True, size=13)
    d.label_para("Name: ", "Owen Maddox-Greer")
    d.label_para("Date of birth: ", "9 May 2009")
    d.label_para("NHS number: ", "999 512 3086")
    d.label_para("Address: ", "Flat 6, Tansy Court, Hartfield, ZX9 3QL")
    d.label_para("Owen's mobile: ", "07700 900416")
    d.label_para("Parent: ", "Natalie Greer (mother); Owen's father, Craig Maddox, lives in Hartfield and sees Owen every weekend")
    d.label_para("Parent contact: ", "01632 960245, natalie.greer@example.org")
    d.label_para("Year group: ", "Year 12 (first year of a two-year study programme)")
    d.label_para("College: ", "Wyckham Vale College")
    d.label_para("Date of final plan: ", "16 March 2026")
    d.label_para("Next annual review by: ", "15 March 2027")
    d.label_para("SEND coordinator: ", "Abigail Kettlewell-Nunn, Hartfield Post-16 SEND Team")

    d.heading("Section A \u2013 My views, interests and aspirations", section="A")
    d.heading("My views", level=2)
    d.para("Owen wrote this with his personal tutor, Mr Dawoud, on 14 January 2026. His tutor "
           "typed while Owen talked and then read it back to him.")
    d.para("\"My name is Owen and I am 16. I like cooking, especially bread and pizza "
           "dough because you can punch it. I like my course but I don't like it when the "
           "chef talks fast and everyone is banging pans, because then I don't know what to "
           "do and I just stand there. I want to work in a proper kitchen and one day have my "
           "own food van. I want to get the bus to college on my own so my mum doesn't have "
           "to drive me. I'd like to have more mates to go out with on Saturdays.\"")
    d.heading("My mum's and dad's views (shared with my agreement)", level=2)
    d.para("Natalie and Craig say Owen is hard-working, gentle and very good with his younger "
           "cousins. They are proud of how he has settled at college. They worry about how "
           "anxious he gets when plans change, about his epilepsy when he is out on his own, "
           "and about how he will manage money. They would like him to leave college with a "
           "job, or a clear route into one, and to be able to look after himself.")

    d.heading("Section B \u2013 Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Owen has a developmental language disorder. He understands short, familiar "
           "instructions, but when an instruction has three or more parts, or is given "
           "quickly to a group, he misses key information and does not ask for it to be "
           "repeated. He has a limited vocabulary for his course (equipment, methods and "
           "food-safety terms). His spoken sentences are short and he finds it hard to "
           "explain what has happened or what he needs.")
    d.heading("Cognition and learning", level=2)
    d.para("Owen has moderate learning difficulties. He is working at Entry Level 2 in "
           "English and maths. He reads simple texts slowly, and finds it hard to plan and "
           "organise written work or to keep track of coursework deadlines. He needs written "
           "tasks broken into numbered steps and learns best by doing.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Owen has high levels of anxiety, diagnosed by his GP in 2024. Unexpected changes "
           "of room, tutor or timetable make him freeze or leave the room, and on bad days "
           "he has refused to come into college. He has two friends from school but finds it "
           "hard to join conversations with new people.")
    d.heading("Sensory and physical", level=2)
    d.para("Owen has developmental coordination disorder (diagnosed aged 8). He is slow and "
           "unsteady with knife skills and with carrying hot pans, and his handwriting is "
           "slow and hard to read, so he cannot keep up with note-taking.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Owen has never travelled on a bus alone and relies on his mother for every "
           "journey. He has done one week of work experience (at a school kitchen, 2025) but "
           "has had no careers guidance since leaving school. He cannot yet plan a meal to a "
           "budget, use a bank card or keep track of money. He does not yet manage his own "
           "epilepsy medication.")

    d.heading("Section C \u2013 Health needs", section="C")
    d.para("Owen has focal epilepsy, well controlled on lamotrigine; his last seizure was in "
           "August 2025. He is under the care of a paediatric neurologist at Hartfield "
           "General Hospital and will transfer to adult services before he is 18. He has a "
           "rescue medication plan. His anxiety was diagnosed by his GP, who has referred him "
           "to CAMHS. Developmental language disorder and developmental coordination disorder "
           "were diagnosed in childhood.")

    d.heading("Section D \u2013 Social care needs", section="D")
    d.para("Owen lives with his mother and spends weekends with his father. Because of his "
           "anxiety and epilepsy he does not go out without a family member, and he has very "
           "little social life outside college. His mother works full time and cannot always "
           "take him to activities. Owen will need a Care Act transition assessment before "
           "he turns 18.")

    d.heading("Section E \u2013 Outcomes", section="E")
    d.para("These outcomes are for the end of Owen's two-year study programme (July 2027) "
           "unless another date is given. The college will agree termly targets towards each "
           "outcome with Owen at his progress reviews.")
    d.numbered([
        "By July 2027, Owen will follow a three-step spoken instruction in the training kitchen without needing it repeated, in 8 out of 10 observed sessions.",
        "By the end of his course in July 2027, Owen will pass Functional Skills English and maths at Entry Level 3.",
        "By December 2026, Owen will travel by bus between home and the Wyckham Vale campus on his own, every college day.",
        "By July 2027, Owen will complete a 12-week work placement in a commercial or training kitchen, arriving on time for at least 10 of the 12 shifts.",
        "Owen will get a job as a chef.",
        "By July 2027, Owen will plan, shop for and cook a two-course meal for four people within a \u00a315 budget, without adult help.",
        "Owen will make more friends and join in with activities in the community.",
        "Owen will feel less anxious at college.",
        "Owen will receive support to manage his epilepsy.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 Special educational provision", section="F")
    d.para("Each block below is one part of Owen's provision at Wyckham Vale College. Unless "
           "it says otherwise, the provision runs in term time for the life of this plan.",
           italic=True)

    d.heading("Employment and learning", level=2)
    _block(d,
           "Direct speech and language therapy on understanding multi-step spoken instructions, learning catering vocabulary and asking for repetition when he has not understood.",
           "Once a week in term time",
           "45 minutes, 1:1",
           "HCPC-registered speech and language therapist commissioned by Hartfield Borough Council",
           "E1")
    _block(d,
           "Visual supports and written copies of instructions in all lessons.",
           "As appropriate",
           "",
           "Curriculum staff",
           "E1, E2")
    _block(d,
           "English and maths taught towards Functional Skills Entry Level 3 in a class of up to eight students.",
           "Four sessions a week (two English, two maths)",
           "90 minutes each",
           "Qualified Functional Skills teacher",
           "E2")
    _block(d,
           "Learning support in practical catering sessions, breaking recipes into numbered steps and checking Owen has understood each instruction before he starts.",
           "Every practical kitchen session (Tuesdays and Thursdays, 9:00 to 12:30)",
           "7 hours a week",
           "Learning support assistant with a Level 3 Certificate in Supporting Teaching and Learning",
           "E1, E4")
    _block(d,
           "Occupational therapy advice to the catering tutors on adapted knives and safe kitchen techniques.",
           "Once a term",
           "",
           "Occupational therapist",
           "E4, E6")
    _block(d,
           "1:1 tuition in English and maths, plus access to the Learning Hub for help with homework.",
           "Weekly",
           "Up to one hour",
           "Learning Hub staff",
           "E2")
    _block(d,
           "Exam access arrangements: 25% extra time and a reader for all Functional Skills and course assessments, taken in a separate room with no more than four other students.",
           "Every assessment",
           "",
           "Reader: a trained exam invigilator; arranged by the college Exams Office",
           "E2")
    _block(d,
           "A laptop with speech-to-text software and a scanning reading pen, for Owen's use in all lessons and assessments, if resources permit.",
           "All lessons",
           "2 hours of set-up training in the first half-term",
           "Assistive technology advisory teacher",
           "E2")
    _block(d,
           "A mentor to help Owen plan his coursework and keep track of deadlines.",
           "TBC",
           "TBC",
           "To be agreed with college",
           "E2")
    _block(d,
           "A supported work placement in the college's training restaurant, The Vale Kitchen, with a job coach working alongside Owen for the first two hours of each placement day.",
           "Every Wednesday in term time, 10:00 to 14:00",
           "4 hours each placement day",
           "Job coach who holds the Level 3 Certificate in Supported Employment Practice",
           "E4")
    _block(d,
           "Careers guidance, and help to look for a Saturday job in a caf\u00e9 or kitchen.",
           "",
           "",
           "Careers adviser",
           "E4, E5")

    d.heading("Independent living", level=2)
    _block(d,
           "Independent travel training on the bus route from home to the Wyckham Vale campus, including what to do if the bus is late or cancelled.",
           "Two journeys a week",
           "Each journey takes 35 minutes; training continues until Owen has completed the whole route on his own, safely, on three journeys in a row",
           "Trained independent travel trainer from the Hartfield Travel Ability Team",
           "E3")
    _block(d,
           "Cooking and budgeting skills sessions, such as planning a weekly shop, paying with a bank card and cooking simple meals.",
           "Weekly",
           "",
           "Staff in the Independent Living Skills department",
           "E6")

    d.heading("Friends, relationships and community", level=2)
    _block(d,
           "Support to join a community group or club of Owen's choice, reducing as he becomes more confident.",
           "Weekly",
           "2 hours",
           "Enrichment support worker",
           "E7")
    _block(d,
           "Social skills and friendship group.",
           "Fortnightly",
           "1 hour",
           "Student Support Team",
           "E7")

    d.heading("Health and wellbeing", level=2)
    _block(d,
           "A 5-minute check-in with his personal tutor at the start of each college day, to go through his timetable and any room or staff changes.",
           "Every college day at 8:50",
           "5 minutes",
           "Personal tutor",
           "E8")
    _block(d,
           "1:1 CBT-informed anxiety sessions using the 'Think Good, Feel Good' workbook, teaching Owen to notice the early signs of anxiety and to use his calming plan.",
           "Weekly for 24 term-time weeks from April 2026",
           "40 minutes",
           "Assistant psychologist supervised by an HCPC-registered clinical psychologist (Hartfield CAMHS Education Team)",
           "E8")
    _block(d,
           "Owen can access the quiet room in Student Services at break times and whenever he feels anxious.",
           "As needed",
           "",
           "",
           "E8")
    _block(d,
           "Counselling with the college wellbeing service.",
           "Weekly for six weeks, then reviewed",
           "50 minutes",
           "Wellbeing counsellor",
           "E8")
    _block(d,
           "Lessons on managing his epilepsy medication, recognising his seizure triggers and booking his own GP appointments, as part of the tutorial programme.",
           "TBC",
           "",
           "Personal tutor",
           "E9")

    d.heading("Section G \u2013 Health provision", section="G")
    d.bullets([
        "An epilepsy care plan written by the epilepsy nurse specialist, followed in college by two members of staff trained to give buccal midazolam, which is given as required under the plan.",
        "Review by the paediatric neurologist at Hartfield General Hospital every 12 months, with transfer to the adult epilepsy clinic planned before Owen's 18th birthday.",
        "Support from CAMHS for anxiety if Owen meets the service's threshold.",
    ])

    d.heading("Section H \u2013 Social care provision", section="H")
    d.bullets([
        "A personal assistant for 4 hours every Saturday, paid for through a social care direct payment, so that Owen can go to the gym and meet friends in town.",
        "Short breaks with the Hartfield Youth Short Breaks scheme.",
        "Adult social care will complete a Care Act transition assessment before Owen's 18th birthday (May 2027).",
    ])

    d.heading("Section I \u2013 Placement", section="I")
    d.para("Wyckham Vale College \u2013 Foundation Learning, Entry Level 3 Catering and "
           "Hospitality, four days a week.")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Owen's mother receives a social care direct payment for the personal assistant "
           "in Section H. No personal budget has been requested for the special educational "
           "provision in Section F.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.bullets([
        "Owen's views \u2013 written with Mr S. Dawoud, personal tutor, 14 January 2026",
        "Parents' views \u2013 Natalie Greer and Craig Maddox, 9 January 2026",
        "Educational advice \u2013 Ms L. Farrant, Additional Learning Support Manager, Wyckham Vale College, 19 January 2026",
        "Psychological advice \u2013 Dr Rhiannon Palfrey, Educational Psychologist, 23 January 2026",
        "Medical advice \u2013 Dr T. Achterberg, Consultant Paediatric Neurologist, 20 January 2026",
        "Speech and language therapy advice \u2013 Ms C. Yardley, Speech and Language Therapist, 16 January 2026",
        "Occupational therapy advice \u2013 Hartfield Community Therapy Service",
        "Social care advice \u2013 Hartfield 14-25 Transitions Team, 27 January 2026",
        "Preparing for adulthood advice \u2013 Hartfield Careers and Transition Service, 21 January 2026",
    ])
