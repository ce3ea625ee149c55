"""Vinehall Metropolitan Borough Council - post-19 young person (19, Year 14) with Down
syndrome at an independent specialist day college, in a pre-internship year before a
supported internship. Word Heading 1 headings of the form 'F. What I will learn and the
help I will get (special educational provision)': letter and full stop, a first-person
title, the statutory title in brackets. Cover details as bold-label lines. E numbered
E1-E8. Section F follows the college's study-programme structure: an italic note on the
columns, then five strands, each a bold Normal-text strand line over a four-column table
(Ref | What Ellis will be taught or given | Planned hours | Who delivers it, and their
training); planned hours are mostly totals for the college year with the weekly pattern
in brackets; two cells left blank. H1 'not applicable' (over 18); H2 adult social care
with a direct payment, reflected in J. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ellis Marchbank"

HEAD = ["Ref", "What Ellis will be taught or given", "Planned hours",
        "Who delivers it, and their training"]
WIDTHS = [1.2, 7.4, 3.6, 4.4]


def _strand(d, title, outcomes, rows):
    d.bold_line(title, size=11.5, color="5B2C6F")
    d.para("Works towards: " + outcomes, italic=True, size=9.5)
    d.table(HEAD, rows, widths_cm=WIDTHS, font_size=9.5, header_fill="E8DAEF")


def build(d):
    d.running_header_footer("Vinehall MBC  |  Education, Health and Care Plan  |  Ellis Marchbank",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Vinehall Metropolitan Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="5B2C6F")
    d.para("FINAL PLAN \u2013 issued after the annual review held on 20 January 2026", bold=True)
    d.label_para("Name: ", "Ellis Marchbank")
    d.label_para("Date of birth: ", "3 November 2006 (age 19)")
    d.label_para("NHS number: ", "999 741 2058")
    d.label_para("Address: ", "Flat 2, 14 Orchard Row, Vinehall, XJ3 8PD")
    d.label_para("Ellis's mobile: ", "07700 900587")
    d.label_para("Parents: ", "Rachel Marchbank and Graham Marchbank (home 01632 960934, rachel.marchbank@example.org)")
    d.label_para("Year group: ", "Year 14 (second year at Heronsbrook College)")
    d.label_para("Date of this plan: ", "23 February 2026")
    d.label_para("Next review by: ", "22 February 2027")
    d.label_para("Plan co-ordinator: ", "Lewis Amankwah-Byrne, Vinehall 14\u201325 SEND Team")

    d.heading("A. What I think and what I want for my future (views, interests and aspirations)", section="A")
    d.heading("My views", level=2)
    d.para("Ellis told his personal tutor, Ms Farrow, what he wanted to say on 8 January 2026, "
           "using photos of his week at college and on placement. Ms Farrow wrote it down and "
           "read it back to him, and Ellis changed two things.")
    d.para("\"I'm Ellis. I like Thursdays best because I go to the leisure centre caf\u00e9 and "
           "I'm good at clearing tables fast. I like wrestling on TV, my Xbox, and going "
           "swimming. I want a real job in a hotel, with a uniform and a badge with my name. I "
           "want to go on the bus on my own like my sister Hollie. Sometimes people say 'what?' "
           "when I talk and that makes me cross. I want to live in a flat with my mates one day "
           "but not yet.\"")
    d.heading("My parents' views (shared with my agreement)", level=2)
    d.para("Rachel and Graham say Ellis is sociable, funny and proud of his work at the caf\u00e9. "
           "Since leaving school he has lost touch with most of his friends and his mood dipped "
           "badly in spring 2025. They want this year to get him ready for a supported "
           "internship, and they want him to travel on his own, manage some money and cook a "
           "few simple meals so that he has real choices about work and where he lives later on.")

    d.heading("B. What I find hard and what I need to learn (special educational needs)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Ellis has Down syndrome. He understands everyday spoken language well in familiar "
           "places but loses track of instructions with more than two parts, especially in "
           "noisy settings such as a caf\u00e9. His speech is hard for unfamiliar people to "
           "understand when he speaks fast: at his speech and language assessment (December "
           "2025) an unfamiliar listener understood about half of what he said in connected "
           "speech. When he is not understood he repeats himself louder, then gives up and walks "
           "away. He uses some Makaton signs but no longer relies on them.")
    d.heading("Cognition and learning", level=2)
    d.para("Ellis has a moderate learning disability. He reads familiar signs, his name and "
           "address and about 60 common words, and writes short phrases with support. In maths "
           "he counts reliably to 50, recognises all coins and notes, but cannot yet add "
           "amounts or check change. He reads o'clock and half past on an analogue clock but not "
           "other times, so he cannot yet follow a rota on his own. He learns best through "
           "repetition in real settings.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ellis had a period of low mood in 2025 after leaving school, when he stopped going "
           "out and spent long periods in his room. This has improved, but he is still lonely "
           "outside college and does not know how to keep in touch with friends or make plans "
           "with them. He becomes frustrated when he is misunderstood.")
    d.heading("Physical and sensory", level=2)
    d.para("Ellis has low muscle tone and weak hand strength. He finds buttons, zips and "
           "cutting with a knife hard, and he tires on longer walks. He is above a healthy "
           "weight for his height.")
    d.heading("Preparing for adulthood: employment and independent living", level=2)
    d.para("Ellis has completed one year of a work-skills programme and wants paid work. He "
           "does not yet manage a full shift without prompts to move on to the next task. He has "
           "never travelled alone and relies on his parents or college transport. He cannot yet "
           "prepare a simple hot meal safely, and he would go off with a stranger who was "
           "friendly to him.")

    d.heading("C. My health (health care needs)", section="C")
    d.para("Ellis has Down syndrome and hypothyroidism, treated with levothyroxine and "
           "monitored by his GP. He is above a healthy weight, and the community learning "
           "disability nurse has linked this to inactivity since he left school. His low mood "
           "in 2025 was managed by his GP without medication.")

    d.heading("D. Help at home and in the community (social care needs)", section="D")
    d.para("Vinehall Adult Social Care completed a Care Act assessment on 14 October 2025. "
           "Ellis has eligible needs for support to take part in leisure and community "
           "activities and to keep in touch with friends, because he cannot yet go out safely "
           "on his own. His parents have carer's needs: both work and they have little time "
           "for themselves.")

    d.heading("E. What I want to achieve by next year (outcomes)", section="E")
    d.para("These outcomes look ahead to the end of Ellis's pre-internship year (July 2026) "
           "unless stated. Heronsbrook College sets half-termly targets towards each one with "
           "Ellis at his progress reviews.")
    d.numbered([
        "By July 2026, Ellis will complete a four-and-a-half-hour caf\u00e9 shift, moving between tasks from his picture task list with no more than two prompts from his job coach, on 8 of 10 consecutive Thursdays.",
        "Ellis will be ready for a supported internship.",
        "By the end of July 2026, Ellis will travel on the 27 bus from home to the leisure centre and back on his own on three placement days in a row.",
        "By July 2026, Ellis will pay for items costing up to \u00a310 with cash or his bank card and check his change, in four out of five community sessions.",
        "Ellis will attend the college cookery club.",
        "By July 2026, Ellis will greet an unfamiliar customer and take a two-item order that the customer understands first time, in three out of four tries.",
        "Ellis will feel happier and make new friends.",
        "Ellis will get a paid job in a hotel.",
    ], fmt="E{n}")

    d.heading("F. What I will learn and the help I will get (special educational provision)", section="F")
    d.para("Ellis's study programme at Heronsbrook College runs Monday to Thursday, 36 weeks a "
           "year. The provision is set out in the five strands of that programme. Planned "
           "hours are the total for the 2025/26 college year, with the weekly pattern in "
           "brackets, unless the cell says otherwise.", italic=True)

    _strand(d, "Strand 1 \u2013 Core aim: pre-internship employability", "E1, E2, E8", [
        ["F1",
         "Employability teaching towards the Entry Level 3 Award in Employability Skills: getting to work on time, following a picture or written task list, asking a supervisor for help and knowing the rules of a workplace.",
         "108 hours (3 hours every Tuesday morning)",
         "Vocational teacher with QTLS, in a class of no more than eight learners"],
        ["F2",
         "A range of work tasters around the college, such as the caf\u00e9, reception and the grounds team.",
         "Flexible, depending on what is available",
         "Vocational staff"],
        ["F3",
         "Supported work placement in the caf\u00e9 at Vinehall Leisure Centre, clearing tables, loading the dishwasher and restocking the counter, with a job coach beside Ellis for the whole shift.",
         "162 hours (every Thursday, 10:00 to 14:30)",
         "Job coach who holds the Level 3 Certificate in Supported Employment Practice"],
        ["F4",
         "Help from the careers adviser to choose and apply for a supported internship starting in September 2026.",
         "As and when needed",
         "Careers adviser"],
    ])

    _strand(d, "Strand 2 \u2013 English, maths and communication", "E4, E6", [
        ["F5",
         "Functional maths through money and time: counting coins and notes up to \u00a320, checking change, reading a 12-hour clock and reading his work rota.",
         "72 hours (two 1-hour lessons a week)",
         "Maths teacher with QTLS; group of six learners"],
        ["F6",
         "English sessions to work on reading and writing skills.",
         "Weekly",
         "English department"],
        ["F7",
         "Speech and language therapy consultation with college staff; a communication programme will be written once the therapist has observed Ellis on placement.",
         "Once a term",
         "Speech and language therapist"],
        ["F8",
         "Direct 1:1 speech and language therapy on clear speech at work: slowing his rate, using a short script to greet a customer and take an order, and putting things right when he is not understood.",
         "15 hours (one 30-minute session each week for 30 weeks)",
         "HCPC-registered speech and language therapist employed by Heronsbrook College"],
    ])

    _strand(d, "Strand 3 \u2013 Independent living and travel", "E3, E4, E5", [
        ["F9",
         "Independent travel training on the 27 bus between home and the leisure centre, covering using his bus pass, knowing his stop and what to do if the bus does not come.",
         "36 hours (two 90-minute sessions a week for 12 weeks from 13 April 2026)",
         "Travel trainer from the Vinehall Independent Travel Training Service who has completed the service's accredited trainer course"],
        ["F10",
         "Cooking sessions in the training flat, to be reviewed at Christmas.",
         "Up to 2 hours a week",
         "Independent living support worker"],
        ["F11",
         "Opportunities to practise shopping and paying in local shops and caf\u00e9s during community sessions.",
         "Termly, subject to staffing",
         "Community team"],
        ["F12",
         "Personal safety and stranger-awareness lessons.",
         "To be decided by the tutor",
         "Personal tutor"],
    ])

    _strand(d, "Strand 4 \u2013 Wellbeing, friendships and community", "E6, E7", [
        ["F13",
         "Each morning when he arrives, Ellis's personal tutor goes through his picture timetable with him and shows him any change of room, staff or activity.",
         "10 minutes at the start of every college day",
         "Personal tutor"],
        ["F14",
         "Relationships and sex education, adapted to Ellis's level.",
         "As part of the tutorial programme",
         "Tutor"],
        ["F15",
         "Ellis can see the college counsellor if his low mood comes back.",
         "When needed",
         "College counsellor"],
        ["F16",
         "Talkabout Relationships friendship sessions (starting, keeping going and ending a conversation, and making plans with a friend), in a group of no more than six learners.",
         "40 hours (one 75-minute session every Wednesday for 32 weeks)",
         "Learning support practitioner trained in Talkabout, supervised each half-term by the college's speech and language therapist"],
    ])

    _strand(d, "Strand 5 \u2013 Physical skills, health and support across the programme", "E1, E5", [
        ["F17",
         "Occupational therapy, 1:1, teaching Ellis to use a knife and vegetable peeler safely and to fasten the small buttons and zips on his work uniform.",
         "6 hours (a block of eight 45-minute sessions in the summer term)",
         "HCPC-registered occupational therapist commissioned by the college"],
        ["F18",
         "Ellis's mum and dad will take him through his exercise and stretching routine at home on the days he is not at college.",
         "Three times a week",
         "Parents"],
        ["F19",
         "Sport and healthy-living sessions, with the amount set by Heronsbrook each term according to the timetable.",
         "",
         ""],
        ["F20",
         "In-class learning support funded at Vinehall Post-19 Band 3 (\u00a318,600 a year).",
         "All timetabled sessions",
         "Learning support team"],
    ])

    d.heading("G. Help with my health (health care provision)", section="G")
    d.bullets([
        "Levothyroxine 50 micrograms taken at home each morning, prescribed by Ellis's GP, with a thyroid function blood test every 12 months.",
        "An annual learning disability health check with his GP, with a written health action plan given to Ellis and his parents.",
        "Dietetic input for weight management as appropriate.",
    ])

    d.heading("H1. Social care under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Ellis is over 18. His social care provision is in H2.")
    d.heading("H2. Other help from social care (other social care provision)", section="H2")
    d.bullets([
        "A personal assistant for 6 hours every Saturday, paid through an adult social care direct payment, so that Ellis can go swimming and meet friends at the Vinehall Gateway Club (Care Act care and support plan, 14 October 2025).",
        "Respite at Larch House when the family needs a break.",
    ])

    d.heading("I. Where I will study (placement)", section="I")
    d.para("Heronsbrook College, Vinehall (independent specialist post-16 institution approved "
           "under section 41 of the Children and Families Act 2014), as a day student four days "
           "a week.")

    d.heading("J. Personal budget", section="J")
    d.para("Ellis receives a direct payment of \u00a396 a week from Vinehall Adult Social Care for "
           "the personal assistant in Section H2. No personal budget has been requested for the "
           "special educational provision in Section F.")

    d.heading("K. Advice and information", section="K")
    d.bullets([
        "Ellis's views \u2013 recorded by Ms J. Farrow, personal tutor, 8 January 2026",
        "Parents' views \u2013 Rachel and Graham Marchbank, 6 January 2026",
        "Educational advice \u2013 Mr D. Okonjo, Head of Learning, Heronsbrook College, 12 January 2026",
        "Psychological advice \u2013 Dr M. Sandoval-Kerr, Educational Psychologist, 13 December 2025",
        "Medical advice \u2013 Dr A. Whitlock, GP, and the community learning disability nurse, 9 January 2026",
        "Speech and language therapy advice \u2013 Ms T. Ibekwe, Speech and Language Therapist, 10 December 2025",
        "Occupational therapy advice \u2013 Heronsbrook College therapy team",
        "Social care advice \u2013 Vinehall Adult Social Care, Care Act assessment, 14 October 2025",
        "Preparing for adulthood advice \u2013 Ms S. Collier, Careers Adviser, Vinehall Careers Service, 15 January 2026",
    ])
