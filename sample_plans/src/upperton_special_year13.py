"""Upperton County Council - young person aged 18 (Year 13) with profound and multiple
learning difficulties, epilepsy, gastrostomy feeding, cortical visual impairment and
scoliosis, in the sixth form of a maintained all-age special school. Headings are bold,
coloured Normal text (no heading styles) in upper case with an em dash ('F \u2014 SPECIAL
EDUCATIONAL PROVISION'); the cover is a details table. A records the young person's views
gathered by observation and his communication passport, with a Mental Capacity Act note. E
is a three-column table (Ref | Outcome | Preparing for adulthood area). Section F has two
parts: Part 1 is a weekly provision grid (Ref | Provision | Staff and training | Mon | Tue |
Wed | Thu | Fri), the day cells holding session lengths or ticks, some 'As needed' or
'Most weeks', one with a review note; Part 2 is numbered paragraphs F14-F20 for provision
that is not weekly. H1 'not applicable' (aged 18); H2 is the Care Act support. FINAL
amended plan after an annual review."""

TITLE = "Education, Health and Care Plan - Reuben Ashdown-Kaye"

COLOUR = "5B2C6F"


def _h(d, text, section):
    d.bold_line(text, section=section, size=13, color=COLOUR)


def build(d):
    d.simple_footer("Upperton County Council  \u00b7  EHC Plan (final, amended after annual "
                    "review)  \u00b7  Reuben Ashdown-Kaye")
    d.title("UPPERTON COUNTY COUNCIL", size=12, color=COLOUR)
    d.title("Education, Health and Care Plan", size=20, color=COLOUR)
    d.para("Final plan, amended following the annual review held on 18 November 2025",
           italic=True)
    d.details_table([
        ("Name", "Reuben Ashdown-Kaye"),
        ("Date of birth", "22/10/2007 (age 18)"),
        ("NHS number", "999 216 4580"),
        ("UPN", "Z999000582104"),
        ("Address", "4 Heronsgate Close, Upperton, XJ3 6TD"),
        ("Parents", "Helen Ashdown and Marcus Kaye"),
        ("Telephone", "01632 960358 (home); 07700 900247 (Helen)"),
        ("E-mail", "helen.ashdown@example.org"),
        ("School / year", "Larkspur Hill School sixth form, Year 13"),
        ("Date of this plan", "16 February 2026"),
        ("Annual review due by", "15 February 2027"),
        ("Plan co-ordinator", "Tariq Whitlock, Upperton 0-25 SEND Service"),
    ], widths_cm=(4.4, 12.2), fill="EADCF0")

    _h(d, "A \u2014 VIEWS, INTERESTS AND ASPIRATIONS", "A")
    d.para("**Reuben's views.** Reuben does not use words. His views were gathered by his key "
           "TA, Ms Oyelaran, and his speech and language therapist over two weeks in December "
           "2025, from video of him in class, from his communication passport and from what he "
           "showed them with his eyes, his vocal sounds and his body.")
    d.bullets([
        "Reuben smiles, laughs and vocalises loudly on the trampoline, in the pool and when someone sings to him, especially \"Bring Me Sunshine\".",
        "He looks towards people he knows well and turns away, shuts his eyes or bites his hand when a room is noisy, when he is moved without warning or when he is in pain.",
        "He reaches towards the light box and the vibrating cushion, and he pushes away the tabard when it is time for lunch, which staff read as \"not yet\".",
        "He is calmest when the same few adults work with him and when they tell him what is about to happen using his objects of reference.",
    ])
    d.para("**Making decisions.** A Mental Capacity Act assessment (October 2025) found that "
           "Reuben cannot make decisions about his education and care on his own. Decisions "
           "in this plan were made in his best interests with his parents, who have applied to "
           "the Court of Protection to become his deputies for health and welfare.")
    d.para("**Helen's and Marcus's views.** \"Reuben is a sociable young man with a wicked "
           "laugh who loves music, water and being where the action is. We want him to stay at "
           "Larkspur Hill until he is 19 and then to go to a day service near home where people "
           "know how to look after him and where he still learns new things. One day we would "
           "like him to live in a small supported home near us, with his own room and his own "
           "things. Above all we want him to be safe, comfortable and happy, and to have "
           "people in his life who are not paid to be there.\" His sister Poppy, who is 15, "
           "says he is \"the best audience in the world\".")

    _h(d, "B \u2014 SPECIAL EDUCATIONAL NEEDS", "B")
    d.para("**Communication and interaction.** Reuben communicates through facial "
           "expression, vocal sounds, body movement and eye-pointing. He is beginning to use "
           "a single switch on purpose to get an adult's attention, but only in familiar "
           "routines and with a long wait for his response (up to 20 seconds). He recognises "
           "four objects of reference (cup for drink, towel for swimming, bell for music, bag "
           "for going out). He cannot yet make a choice between two photographs reliably.")
    d.para("**Cognition and learning.** Reuben is working at an early developmental level. "
           "He is learning that his actions cause things to happen and to anticipate familiar "
           "events. He needs new experiences repeated many times in the same way, with long "
           "pauses for him to respond, before he shows that he recognises them. His cortical "
           "visual impairment means he sees single, brightly coloured or lit objects best, "
           "held to his right, and that cluttered scenes are hard for him to make sense of.")
    d.para("**Social, emotional and mental health.** Reuben enjoys being with people but "
           "becomes distressed in noisy rooms, when routines change without warning and when "
           "he is uncomfortable. When distressed he bites the back of his left hand, which has "
           "caused broken skin several times this year. He has no way yet of telling adults "
           "that he wants to stop.")
    d.para("**Physical and sensory.** Reuben has spastic quadriplegic cerebral palsy and a "
           "scoliosis. He cannot sit without support, has no independent mobility and is "
           "moved by hoist. He needs regular changes of position through the day to protect "
           "his hips, spine and skin, and he has little purposeful hand movement, although he "
           "can reach with his right arm when he is well positioned. He enjoys movement and "
           "deep pressure.")
    d.para("**Preparing for adulthood.** Reuben will leave Larkspur Hill in July 2027. He has "
           "no experience yet of the adult day service his parents prefer, and its staff do "
           "not know him. He needs to be helped to take part in daily living routines such as "
           "dressing, and to take part in activities in the community and in useful "
           "work-related tasks.")

    _h(d, "C \u2014 HEALTH NEEDS", "C")
    d.para("Reuben has epilepsy with tonic-clonic and absence seizures, treated with "
           "sodium valproate and clobazam; he has buccal midazolam as rescue medication. He "
           "is fed by gastrostomy (pump feeds at school at 10:30 and 13:00) because of an "
           "unsafe swallow, and he has tastes of smooth food only under his eating and "
           "drinking plan. He has reflux and frequent chest infections, and needs oral "
           "suction when his secretions build up. He has a scoliosis monitored by the spinal "
           "team, wears ankle-foot orthoses and hand splints, and uses a tilt-in-space "
           "wheelchair. He moved to adult health services in his 18th year; his GP practice "
           "co-ordinates his care.")

    _h(d, "D \u2014 SOCIAL CARE NEEDS", "D")
    d.para("Reuben needs help from two people with every part of his personal care, "
           "including hoisting, and he needs supervision day and night because of his "
           "seizures. His parents both work part time and provide most of his care. Adult "
           "social care completed a Care Act assessment in November 2025 and Reuben has "
           "eligible needs for care and support at home, for overnight short breaks and for "
           "support to take part in activities in the community.")

    _h(d, "E \u2014 OUTCOMES", "E")
    d.para("These outcomes run to the end of Reuben's time at Larkspur Hill (July 2027). The "
           "class teacher sets termly steps towards them, recorded against the Engagement "
           "Model, and shares them with Helen and Marcus each term.")
    d.table(["Ref", "Outcome", "Preparing for adulthood area"], [
        ["E1", "By July 2027, Reuben will press his BIGmack switch to greet a familiar adult or to ask for \"more\" during music and sensory sessions, on 4 out of 5 observed occasions.", "Community inclusion; health"],
        ["E2", "By July 2027, Reuben will use eye-pointing to choose between two photographs of activities, making at least two real choices each school day.", "Independent living"],
        ["E3", "Reuben will experience a range of sensory activities.", "Community inclusion"],
        ["E4", "By July 2027, Reuben will stay in his standing frame for 45 minutes after lunch each day without signs of distress.", "Health"],
        ["E5", "By the end of Year 14 (July 2027), Reuben will take part in a community activity once a week, staying settled for at least 30 minutes.", "Community inclusion"],
        ["E6", "Reuben will attend Heathercombe Day Opportunities.", "Employment and occupation"],
        ["E7", "Reuben will stop biting his hand.", "Health"],
    ], widths_cm=[1.1, 11.5, 4.0], font_size=10, header_fill="EADCF0")

    _h(d, "F \u2014 SPECIAL EDUCATIONAL PROVISION", "F")
    d.para("Reuben is taught in the Larkspur Hill sixth form for 39 weeks a year. Part 1 lists "
           "the provision that happens every week: the day columns give the length of each "
           "session, and a tick means it happens that day. Part 2 lists provision that is not "
           "weekly.")
    d.para("Part 1 \u2014 Weekly provision", bold=True)
    d.table(["Ref", "Provision", "Staff and training", "Mon", "Tue", "Wed", "Thu", "Fri"], [
        ["F1", "Intensive Interaction: 1:1 sessions in which the adult follows Reuben's lead, joining in with his vocal sounds, breathing rhythm and hand movements to build shared attention and turn-taking",
         "His key TA or the class teacher, both of whom have completed the two-day Intensive Interaction foundation course",
         "20 min", "20 min", "20 min", "20 min", "20 min"],
        ["F2", "Switch communication teaching: using a BIGmack to greet people and a two-message step-by-step switch to ask for \"more\" or \"stop\" during music, cooking and sensory stories",
         "Speech and language therapy assistant, supervised each half-term by the HCPC-registered therapist in F3",
         "", "30 min", "", "30 min", ""],
        ["F3", "Direct speech and language therapy, 1:1, on eye-pointing between two photographs and on using his objects of reference; the therapist also updates his communication passport each term",
         "HCPC-registered speech and language therapist, Brightwell Therapy Partnership (commissioned by Upperton County Council)",
         "", "", "45 min", "", ""],
        ["F4", "Sensory curriculum activities", "Class team",
         "\u2713", "\u2713", "\u2713", "\u2713", "\u2713"],
        ["F5", "Direct physiotherapy: passive stretches to hips, knees and ankles, head-control work in supported sitting, and standing practice in the Rifton frame",
         "HCPC-registered physiotherapist from the Larkspur Hill on-site therapy team",
         "40 min", "", "", "40 min", ""],
        ["F6", "Planned changes of position so that Reuben is never in his wheelchair for more than 90 minutes at a time: the standing frame for 45 minutes after lunch, and side-lying on the floor wedge for 30 minutes mid-morning and again mid-afternoon",
         "Two TAs at each change, trained by the physiotherapist in hoisting and in moving and handling, with refresher training every September",
         "3 changes", "3 changes", "3 changes", "3 changes", "3 changes"],
        ["F7", "Hydrotherapy in the school pool", "Class staff, subject to pool and lifeguard availability",
         "", "", "", "", "\u2713"],
        ["F8", "Rebound therapy on the school's sunken trampoline, for body awareness, movement and vocalising",
         "TA holding a current Rebound Therapy qualification, with a second trained adult as spotter",
         "", "", "25 min (subject to review)", "", ""],
        ["F9", "Teaching Reuben to take an active part in his personal care, e.g. lifting his arm when dressing or looking towards the shirt he wants",
         "Staff on the day's rota",
         "As needed", "As needed", "As needed", "As needed", "As needed"],
        ["F10", "CVI sessions in the dark room: single high-contrast or lit objects shown against a black background to Reuben's right, to build looking, reaching and tracking",
         "Class teacher, following a programme written by the Qualified Teacher of Vision Impairment (QTVI), who visits twice a term to observe and update it",
         "15 min", "", "15 min", "", "15 min"],
        ["F11", "Community visits (local shops, the park, the library)", "Class team",
         "", "", "", "Most weeks", ""],
        ["F12", "Music therapy, individual", "Music therapist",
         "", "", "30\u201345 min", "", ""],
        ["F13", "Work experience opportunities in the school's Greenleaf Caf\u00e9, where possible, using his switch to run the blender and to greet customers",
         "Key TA", "", "\u2713", "", "", ""],
    ], widths_cm=[0.9, 4.7, 3.25, 1.55, 1.55, 1.55, 1.55, 1.55], font_size=8.5,
        header_fill="EADCF0")
    d.para("Part 2 \u2014 Other provision", bold=True)
    d.numbered([
        "Between September and December 2026, six half-day transition visits to Heathercombe Day Opportunities, one every other Wednesday morning, each with Reuben's key TA, who has supported him since September 2023 and will show the Heathercombe staff his moving and handling, feeding and communication routines; the school's post-16 transition co-ordinator will complete Reuben's transition passport with his parents and Heathercombe by 31 January 2027.",
        "An eye-gaze system, to be trialled once the regional AAC hub has assessed Reuben.",
        "Occupational therapy consultation to the class team on Reuben's seating, splints and hand use.",
        "The number of adults supporting Reuben in each activity will be decided by the school in line with its moving and handling policy.",
        "When Reuben moves to the Year 14 leavers' class in September 2026, a 1:1 TA for the first half-term, withdrawn once staff judge that he has settled.",
        "Staff should follow the recommendations in the speech and language therapy and physiotherapy reports listed in Section K.",
        "Reuben is taught in a class of no more than six students, staffed every day by a teacher and three TAs who have each completed the school's PMLD induction and the annual moving and handling course; one of those TAs is with Reuben 1:1 for every hoist, tube feed and personal care routine.",
    ], start=14, fmt="F{n}")

    _h(d, "G \u2014 HEALTH PROVISION", "G")
    d.bullets([
        "An epilepsy care plan written by the adult epilepsy nurse specialist and reviewed every 12 months; buccal midazolam 10 mg is given as required under the plan by one of the four Larkspur Hill staff trained by the school nurse.",
        "Gastrostomy pump feeds at 10:30 and 13:00 each school day, given by TAs who are trained and signed off as competent by the community nursing team every year.",
        "Dietetic input as appropriate.",
        "Review of Reuben's tilt-in-space wheelchair and seating by Upperton Wheelchair Service when an appointment becomes available.",
        "A review by the spinal team at Upperton General Hospital every six months to monitor his scoliosis.",
    ])

    _h(d, "H1 \u2014 SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", "H1")
    d.para("Not applicable. Reuben turned 18 in October 2025, so section 2 of the 1970 Act no "
           "longer applies. His adult social care is set out in H2.")
    _h(d, "H2 \u2014 OTHER SOCIAL CARE PROVISION", "H2")
    d.para("Adult social care provision from Reuben's Care Act care and support plan dated "
           "24 November 2025:")
    d.bullets([
        "A personal assistant for 6 hours every Saturday, paid for through a Care Act direct payment managed by Helen, so that Reuben can go swimming and to the Upperton sensory cinema.",
        "Overnight short breaks at Juniper Lodge, three nights each month, with two staff trained in his epilepsy and gastrostomy care.",
        "Additional short breaks in the school holidays as needed.",
    ])

    _h(d, "I \u2014 PLACEMENT", "I")
    d.para("Larkspur Hill School, Upperton (maintained special school for pupils aged 2\u201319 "
           "with severe or profound and multiple learning difficulties), sixth form, until "
           "July 2027.")

    _h(d, "J \u2014 PERSONAL BUDGET", "J")
    d.para("No personal budget has been requested for the provision in Section F. Helen "
           "manages a Care Act direct payment for the personal assistant in H2; it is not part "
           "of this plan's special educational provision.")

    _h(d, "K \u2014 ADVICE AND INFORMATION", "K")
    d.bullets([
        "Reuben's views \u2013 gathered by Ms A. Oyelaran (key TA) and the speech and language therapist, December 2025",
        "Parents' advice \u2013 Helen Ashdown and Marcus Kaye, 3 November 2025",
        "Educational advice and annual review report \u2013 Mr D. Fairbanks, Head of Sixth Form, Larkspur Hill School, 18 November 2025",
        "Psychological advice \u2013 Dr M. Quist, Educational Psychologist, 6 November 2025",
        "Medical advice \u2013 Dr P. Hallam, GP, and the adult epilepsy nurse specialist, 10 November 2025",
        "Speech and language therapy advice \u2013 Brightwell Therapy Partnership, 4 November 2025",
        "Physiotherapy advice \u2013 Larkspur Hill on-site therapy team",
        "Vision impairment advice \u2013 Mrs E. Rourke, QTVI, Upperton Sensory Service, 31 October 2025",
        "Social care advice \u2013 Upperton Adult Social Care (Care Act assessment), 24 November 2025",
        "Preparing for adulthood advice \u2013 Ms G. Antrobus, Post-16 Transition Co-ordinator, 12 November 2025",
    ])
