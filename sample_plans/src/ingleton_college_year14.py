"""Wharfemoor County Council - post-19 young person (19, Year 14) with a learning disability
and autism at an independent specialist college, in the year of his supported internship at
a garden centre. Bold coloured Normal-text headings in title case ('Section F: Special
Educational Provision'), no heading styles anywhere; sub-headings are smaller bold lines.
Cover details as bold-label lines. E numbered E1-E8. F is one run of items numbered 1-20
across four preparing-for-adulthood sub-headings; each item is a single hanging-indent
paragraph: the provision sentence, then a soft line break and an italic details line
('How much: ... \u00b7 Who: ... \u00b7 Outcomes: ...'). H1 says not applicable (18+);
adult care in H2. FINAL plan."""

from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt, RGBColor

TITLE = "Education, Health and Care Plan - Kieran Blackwood"
COLOUR = "6A1B4D"


def _sec(d, text, section=None):
    d.bold_line(text, section=section, size=14, color=COLOUR)


def _sub(d, text):
    d.bold_line(text, size=11.5)


def _item(d, n, text, how_much, who, outcomes):
    p = d.doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
    p.paragraph_format.space_after = Pt(7)
    p.add_run(f"{n}.\t{text}")
    p.runs[-1].add_break(WD_BREAK.LINE)
    r = p.add_run(f"How much: {how_much}  \u00b7  Who: {who}  \u00b7  Outcomes: {outcomes}")
    r.italic = True
    r.font.size = Pt(9.5)
    r.font.color.rgb = RGBColor.from_string("404040")


def build(d):
    d.running_header_footer("Wharfemoor County Council | EHC Plan | Kieran Blackwood",
                            footer_left="Final plan issued 23 February 2026", first_page_plain=True)
    d.title("Wharfemoor County Council", size=13, color=COLOUR)
    d.title("Education, Health and Care Plan", size=21, color=COLOUR)
    d.para("Status: FINAL", bold=True)
    d.label_para("Name: ", "Kieran Blackwood")
    d.label_para("Date of birth: ", "03.11.2006 (age 19)")
    d.label_para("NHS number: ", "999 738 1526")
    d.label_para("Address: ", "Flat 2, 14 Kilnbeck Road, Wharfemoor, XJ3 8TD")
    d.label_para("Kieran's mobile: ", "07700 900842")
    d.label_para("Family: ", "Kieran lives with his mum, Sandra Blackwood, and his sister Leah (15)")
    d.label_para("Mum's contact details: ", "01632 960391; sandra.blackwood@example.org")
    d.label_para("Year group: ", "Year 14 (second year at college; supported internship year)")
    d.label_para("College: ", "Thornlea College")
    d.label_para("Date of this plan: ", "23 February 2026")
    d.label_para("Review by: ", "22 February 2027")
    d.label_para("Caseworker: ", "Olumide Farrant-Hughes, Wharfemoor Post-16 SEND Team")

    _sec(d, "Section A: My Views, Interests and Aspirations", section="A")
    _sub(d, "About me, in my own words")
    d.para("Kieran's views were gathered over two sessions with his personal tutor, Ms "
           "Haddad, on 13 and 20 January 2026. Kieran chose photos of places and people, "
           "talked about them, and checked the finished notes with his tutor, who read them "
           "back to him. He asked for them to be kept in his own words.")
    d.para("\"I'm Kieran. I'm good at plants. At the garden centre I do the watering and "
           "price labels and I know all the Latin names for the herbs. I don't like the café "
           "when it's busy and the coffee machine screams. I want a real job with a wage, "
           "maybe at the garden centre. I want to get the bus there by myself. One day I want "
           "my own flat with a balcony for tomatoes. I like my mum but I don't want her "
           "doing my washing when I'm 25.\"")
    _sub(d, "What Kieran's mum says")
    d.para("Sandra says Kieran is kind, honest and very reliable once he knows a routine. "
           "She is proud of how he has grown since starting the internship. She worries "
           "about what happens when college ends, about him being taken advantage of with "
           "money, and about how he shuts down when plans change. She would like him to "
           "have a paid job, friends of his own and, in time, supported living near home.")

    _sec(d, "Section B: Special Educational Needs", section="B")
    d.para("Kieran has a moderate learning disability and is autistic (diagnosed aged 6). "
           "His needs are set out below under the preparing-for-adulthood areas.")
    _sub(d, "Employment and learning")
    d.para("Kieran learns new tasks well when they are shown to him step by step and "
           "practised in the same order each time, but he cannot yet carry out a new task "
           "from spoken instructions alone. He finds it hard to ask for help: when he is "
           "stuck he stops and waits, sometimes for a long time, rather than tell his "
           "supervisor. He does not yet tell anyone when he has made a mistake. He is "
           "working at Entry Level 1 in maths; he cannot yet give change, read a 24-hour "
           "clock or measure accurately, all of which his jobs need. He works slowly on the "
           "café till and becomes flustered when there is a queue.")
    _sub(d, "Communication")
    d.para("Kieran speaks in short sentences and understands familiar language well, but "
           "he takes figurative language literally and does not follow quick exchanges "
           "between colleagues. On the phone he cannot take a message.")
    _sub(d, "Sensory and emotional wellbeing")
    d.para("Kieran is very sensitive to loud, high-pitched noise, heat and crowds. In the "
           "busy café he becomes anxious, covers his ears and may walk away from his task. "
           "Unexpected changes to his day (a different supervisor, a cancelled bus) make "
           "him very anxious, and he can shut down and stop speaking for the rest of the "
           "day. He cannot yet say how he is feeling or ask for a break.")
    _sub(d, "Independent living")
    d.para("Kieran can make a sandwich and heat food in a microwave but cannot yet plan or "
           "cook a hot meal. He does not understand the value of money, has been persuaded "
           "to give his money to others, and cannot budget. He has never travelled on a "
           "bus on his own; his mum drives him everywhere. He has not used a washing "
           "machine.")
    _sub(d, "Friends, relationships and community")
    d.para("Kieran has no friends outside college and spends his weekends at home on his "
           "games console. He would like friends but does not know how to arrange to meet "
           "someone or keep a conversation going beyond his own interests.")

    _sec(d, "Section C: Health Needs", section="C")
    d.para("Kieran's learning disability and autism are recorded by his GP. He has "
           "difficulty getting to sleep and takes melatonin prescribed by his GP following "
           "advice from the Community Learning Disability Team. He has a restricted diet "
           "(he eats around twelve foods) and is overweight; his GP has referred him to the "
           "community dietitian.")

    _sec(d, "Section D: Social Care Needs", section="D")
    d.para("Kieran had a Care Act needs assessment in May 2025 (Wharfemoor Adult Social "
           "Care, Learning Disability Team). He has eligible needs in managing money, "
           "preparing food, maintaining his home and taking part in community activities. "
           "His mum provides most of his support and has asked for a carer's assessment.")

    _sec(d, "Section E: Outcomes", section="E")
    d.para("These outcomes are for the end of Kieran's internship year (July 2026) unless "
           "another date is given. Thornlea College sets shorter steps towards each outcome "
           "with Kieran at his four-weekly reviews.")
    d.numbered([
        "By July 2026, Kieran will complete his internship at Brackendale Garden Centre, doing the eight tasks on his task list without a job coach present for at least three whole shifts.",
        "By July 2026, Kieran will tell his supervisor when he is stuck or has made a mistake, using one of his practised phrases, on at least four out of five occasions seen by his job coach.",
        "By December 2026, Kieran will travel by bus between home and Brackendale Garden Centre on his own on every working day.",
        "By July 2026, Kieran will give the correct change from \u00a310 on the café till for at least nine out of ten customers.",
        "Kieran will cope better with noise and changes at work.",
        "By July 2026, Kieran will plan, shop for and cook two hot meals in the college training flat within a \u00a325 budget, with no more than one prompt from staff.",
        "Kieran will have more friends.",
        "Kieran will get a paid job.",
    ], fmt="E{n}")

    _sec(d, "Section F: Special Educational Provision", section="F")
    d.para("The items below are the special educational provision Kieran needs. They run "
           "through the college year (36 weeks) for the life of this plan unless the item "
           "gives other dates. Kieran is at Thornlea College on Mondays and Fridays and at "
           "Brackendale Garden Centre on Tuesdays, Wednesdays and Thursdays.")

    _sub(d, "Employment and learning")
    _item(d, 1,
          "A supported internship at Brackendale Garden Centre, working in the plant area and the café, with a job coach working alongside Kieran for the first hour of every shift and joining him at each break.",
          "Tuesday, Wednesday and Thursday, 9.30 am to 3 pm (16.5 hours a week), for 36 weeks from September 2025 to July 2026",
          "Job coach from Thornlea College who holds the Level 4 Diploma in Supported Employment Practice",
          "E1, E2")
    _item(d, 2,
          "Employability lessons on Kieran's college day.",
          "Each Monday",
          "College tutor",
          "E1")
    _item(d, 3,
          "Extra coaching on the café till while Kieran learns to use it, tailing off once he can manage on his own.",
          "To be decided by the job coach",
          "Job coach",
          "E2, E4")
    _item(d, 4,
          "Progress review at the garden centre: Kieran, his job coach and his host supervisor go through the task checklist together and agree which tasks Kieran is ready to do alone.",
          "30 minutes at the end of every fourth internship week",
          "The job coach in item 1, with the garden centre's plant area supervisor",
          "E1, E2")
    _item(d, 5,
          "Careers guidance and help to apply for paid work when the internship ends.",
          "Arrangements to be confirmed at the summer review",
          "Careers adviser",
          "E1, E8")
    _item(d, 6,
          "Functional Skills maths at Entry Level 2, using money, time and measuring tasks taken from Kieran's jobs at the garden centre, taught in a group of no more than six students.",
          "One 60-minute lesson on each college day (Mondays and Fridays)",
          "Maths lecturer holding the Level 5 Diploma in Education and Training",
          "E4")
    _item(d, 7,
          "Individual speech and language therapy practising short scripts for asking a supervisor for help, saying when something has gone wrong and taking a phone message, using video clips of Kieran's own shifts.",
          "One 45-minute session every fortnight, on Fridays at college",
          "HCPC-registered speech and language therapist employed by Thornlea College",
          "E2")
    _item(d, 8,
          "Occupational therapy blocks through the year on managing noise, crowds and heat at work.",
          "Blocks of sessions through the year",
          "Occupational therapist",
          "E5")

    _sub(d, "Independent living")
    _item(d, 9,
          "Independent living skills teaching in the college training flat: planning a weekly menu, shopping to a \u00a325 budget at the local Co-op and cooking two simple hot meals.",
          "Every Friday afternoon in term time, 1 pm to 3.30 pm",
          "Independent living skills tutor with a Level 3 Award in Education and Training, one tutor to three students",
          "E6")
    _item(d, 10,
          "Money management support where possible.",
          "Ongoing",
          "Staff",
          "E4, E6")
    _item(d, 11,
          "Kieran's mum will practise using the washing machine and making a packed lunch with him at home.",
          "Each weekend",
          "Parent",
          "E6")
    _item(d, 12,
          "A suitable app or device to help Kieran organise his day and remember his break times, when one becomes available.",
          "\u2014",
          "College IT department",
          "E5")
    _item(d, 13,
          "Travel training on the 72 bus between home and Brackendale Garden Centre, including the change at Wharfemoor bus station and what to do if a bus does not turn up.",
          "Two accompanied return journeys a week (45 minutes each way) from 20 April 2026, until Kieran has done the whole route alone, with the trainer observing from a distance, on five days in a row",
          "Travel trainer from the Wharfemoor Travel Training Team who has completed the team's accredited travel trainer course",
          "E3")

    _sub(d, "Friends, relationships and community")
    _item(d, 14,
          "Opportunities to take part in enrichment activities and clubs at college.",
          "Throughout the year",
          "Enrichment team",
          "E7")
    _item(d, 15,
          "PEERS\u00ae for Young Adults social skills group, teaching how to start and keep up a conversation, use text messages and arrange to meet a friend.",
          "90 minutes every Wednesday evening for 16 weeks from 22 April 2026, in a group of no more than eight young adults",
          "Two PEERS-certified facilitators from the Wharfemoor Autism Team (a specialist youth worker and an assistant psychologist supervised by a clinical psychologist)",
          "E7")
    _item(d, 16,
          "1:1 support on college days.",
          "Up to 5 hours a day",
          "Learning support assistant",
          "E4, E6")

    _sub(d, "Health and wellbeing")
    _item(d, 17,
          "A picture schedule for each shift, made by the job coach and gone through with Kieran before he starts work.",
          "5 minutes at the start of every shift",
          "Job coach",
          "E5")
    _item(d, 18,
          "Anxiety sessions with the college counsellor.",
          "50 minutes weekly for one term, to be reviewed",
          "College counsellor",
          "E5")
    _item(d, 19,
          "It would help Kieran to have a regular chat with someone he trusts about how his week at work has gone.",
          "Regularly",
          "A trusted adult",
          "E5")
    _item(d, 20,
          "Top-up funding for Kieran's place at Thornlea College at Wharfemoor post-16 Band E.",
          "\u00a318,400 a year",
          "Wharfemoor County Council SEND Team",
          "All")

    _sec(d, "Section G: Health Provision", section="G")
    d.bullets([
        "An annual learning disability health check with Kieran's GP at Kilnbeck Medical Practice, with a health action plan written with Kieran.",
        "Melatonin as prescribed by the GP, taken at home at bedtime; reviewed by the GP every six months.",
        "Dietitian appointments when the community dietetics service has a slot.",
    ])

    _sec(d, "Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable. Kieran is 19, so his social care provision is set out in H2.")
    _sec(d, "Section H2: Other Social Care Provision", section="H2")
    d.bullets([
        "A personal assistant for 6 hours every Saturday, under Kieran's Care Act care and support plan of 2 June 2025, to help him shop, cook lunch and go to the climbing wall in Wharfemoor.",
        "Extra support at home as and when the family needs it.",
        "A carer's assessment for Sandra by Wharfemoor Adult Social Care, to be completed by 30 April 2026.",
    ])

    _sec(d, "Section I: Placement", section="I")
    d.para("Thornlea College, Wharfemoor \u2013 independent specialist college (special "
           "post-16 institution), day student, supported internship programme.")

    _sec(d, "Section J: Personal Budget", section="J")
    d.para("The personal assistant in Section H2 is paid for through an adult social care "
           "direct payment to Kieran, managed with his mum's help; it does not fund any "
           "special educational provision. No personal budget has been requested for "
           "Section F.")

    _sec(d, "Section K: Advice and Information", section="K")
    d.bullets([
        "Kieran's views \u2013 recorded with Ms N. Haddad, personal tutor, 13 and 20 January 2026",
        "Parent's views \u2013 Sandra Blackwood, 9 January 2026",
        "Educational advice \u2013 Mr D. Opoku, Head of Supported Internships, Thornlea College, 16 January 2026",
        "Psychological advice \u2013 Dr Saoirse Lindgren, Educational Psychologist, 22 January 2026",
        "Medical advice \u2013 Dr P. Ekwueme, GP, Kilnbeck Medical Practice, 14 January 2026",
        "Speech and language therapy advice \u2013 Ms H. Carvalho, Speech and Language Therapist, Thornlea College, 19 January 2026",
        "Occupational therapy advice \u2013 Thornlea College therapy team",
        "Social care advice \u2013 Wharfemoor Adult Social Care, Learning Disability Team, 27 January 2026",
        "Preparing for adulthood advice \u2013 Wharfemoor Careers and Transition Service, 20 January 2026",
    ])
