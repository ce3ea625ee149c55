"""Hexworth Borough Council - young person aged 17 (Year 12) with severe learning
difficulties, epilepsy, sensory processing and communication needs, in the sixth form of a
maintained special school. Headings are bold, coloured, upper-case Normal text ('SECTION A:
RHYS'S VIEWS, INTERESTS AND ASPIRATIONS'); sub-headings are bold italic Normal text. Cover
details are bold-label lines. E numbered E1-E8 with PfA outcomes. Section F opens with a
short paragraph, then one provision grid: rows are the areas of need (with the outcomes they
serve) and the two content columns are 'Provision made by Rhys's class team' and 'Provision
made by therapists and specialist staff', each cell holding typed '\u2022' bullets (one
provision each); one cell says there is no further provision. H1 and H2 separate. FINAL
plan."""

TITLE = "Education, Health and Care Plan - Rhys Penhaligon"

PURPLE = "5B2C6F"


def _h(d, text, sid):
    d.bold_line(text, section=sid, size=12.5, color=PURPLE)


def _sub(d, text):
    d.para(text, bold=True, italic=True)


def _cell(items):
    return "\n".join("\u2022 " + it for it in items)


def build(d):
    d.simple_footer("Hexworth Borough Council  \u2022  FINAL Education, Health and Care Plan  \u2022  Issued 16 February 2026")
    d.title("Hexworth Borough Council", size=13, color=PURPLE)
    d.title("Education, Health and Care Plan", size=21, color=PURPLE)
    d.para("Status: FINAL", bold=True)
    d.label_para("Young person: ", "Rhys Penhaligon")
    d.label_para("Date of birth: ", "22 October 2008 (age 17)")
    d.label_para("NHS number: ", "999 604 1275")
    d.label_para("UPN: ", "Z999000577216")
    d.label_para("Address: ", "4 Chapel Row, Hexworth, XJ3 5PW")
    d.label_para("Parents: ", "Tamsin Penhaligon and Gareth Penhaligon")
    d.label_para("Contact: ", "07700 900582 (Tamsin), 01632 960744 (home), tamsin.penhaligon@example.org")
    d.label_para("Current setting: ", "Hexworth Park School, sixth form (Year 12)")
    d.label_para("Date of final plan: ", "16 February 2026")
    d.label_para("Next annual review due by: ", "15 February 2027")
    d.label_para("SEND officer: ", "Lewin Abernethy-Clarke, Hexworth 0-25 SEND Service")

    _h(d, "SECTION A: RHYS'S VIEWS, INTERESTS AND ASPIRATIONS", "A")
    _sub(d, "How Rhys's views were gathered")
    d.para("Rhys's speech and language therapist and his class TA spent two sessions with him "
           "in December 2025, using his communication book, photographs of school and home, "
           "and Talking Mats. Rhys put cards on the 'like' and 'don't like' sides of the mat "
           "and signed or pointed to answer questions. What he told us is below.")
    _sub(d, "What Rhys told us")
    d.bullets([
        "He likes: the school garden, the trampoline, the bus, Elowen (his sister), the dog next door, music with a strong beat, and helping in the caf\u00e9 (he pointed to the tills and the dishwasher several times).",
        "He does not like: the hand dryers, the school hall at lunchtime, having his hair washed, and waiting.",
        "When asked about the future he chose the photos of the garden centre and of a flat, then signed 'work' and 'me'.",
    ])
    _sub(d, "What Rhys's parents say")
    d.para("Tamsin and Gareth describe Rhys as affectionate, funny and determined, with a real "
           "sense of when other people are sad. They say he has grown up a lot since joining "
           "the sixth form. Their biggest worries are his seizures, how he will communicate "
           "with people who do not know him, and what happens when he leaves school at 19. "
           "They would like him to have a part-time job with support, perhaps in a garden "
           "centre, to go to a day service or college he enjoys, and one day to live in "
           "supported accommodation near the family.")

    _h(d, "SECTION B: SPECIAL EDUCATIONAL NEEDS", "B")
    _sub(d, "Communication and interaction")
    d.para("Rhys has very little speech: he uses about 20 single words, mostly understood only "
           "by his family. He uses around 60 Makaton signs and a paper-based PODD "
           "communication book, which he can navigate to request food, activities and people "
           "when an adult models it for him. He understands sentences with two key words in "
           "familiar routines but not longer or unfamiliar instructions. He rarely starts an "
           "interaction with anyone outside his family, and cannot yet tell staff that he "
           "feels unwell or is in pain.")
    _sub(d, "Cognition and learning")
    d.para("Rhys has severe learning difficulties. He is working at the early stages of "
           "Entry Level 1. He recognises his name, a few social signs (toilet, exit, caf\u00e9) "
           "and coins but not their value. He needs a task to be shown to him several times "
           "before he can do it, and he loses skills he has learnt in one place when he is "
           "somewhere new. Seizure activity and tiredness make it harder for him to retain "
           "new learning.")
    _sub(d, "Sensory and physical")
    d.para("Rhys has marked sensory processing differences (occupational therapy assessment, "
           "November 2025). He is very sensitive to sudden or loud noise and to touch on his "
           "head and hands, and he seeks deep pressure and movement; when his sensory needs "
           "are not met he rocks, bites his sleeve or drops to the floor. He has low muscle "
           "tone and poor fine-motor control: he cannot manage zips, buttons or a knife, and "
           "he spills hot drinks. He walks independently but tires over long distances.")
    _sub(d, "Social, emotional and mental health")
    d.para("Rhys becomes very anxious when routines change without warning or when he has to "
           "wait, and this can lead to him hitting out or refusing to move, about twice a "
           "week. He enjoys being near his classmates but finds it hard to share space or take "
           "turns with them.")
    _sub(d, "Preparing for adulthood")
    d.para("Rhys has never used public transport without a parent. He enjoys practical jobs "
           "but needs an adult beside him to stay on a task for more than five minutes. He "
           "cannot yet make a drink or snack for himself, and depends on adults for personal "
           "care, money and health appointments. He cannot yet show anyone that he is "
           "feeling unwell.")

    _h(d, "SECTION C: HEALTH CARE NEEDS RELATING TO SPECIAL EDUCATIONAL NEEDS", "C")
    d.para("Rhys has a rare chromosome disorder (a deletion on chromosome 2) that causes his "
           "learning difficulties, low muscle tone and epilepsy. He has generalised epilepsy "
           "with tonic-clonic seizures about once a month and frequent short absence seizures, "
           "and takes levetiracetam and clobazam. After a tonic-clonic seizure he usually "
           "sleeps for about two hours and is not ready to learn for the rest of the day. He "
           "has a rescue medication plan (buccal midazolam). He is long-sighted and wears "
           "glasses. His weight has fallen over the last year and his GP has asked for it to "
           "be monitored. He is under the care of the paediatric neurology team at Hexworth "
           "General Hospital and will move to adult services at 18.")

    _h(d, "SECTION D: SOCIAL CARE NEEDS", "D")
    d.para("Rhys is a disabled child. He needs an adult with him at all times in the community "
           "and for all personal care. His parents both work part-time and care for him, and "
           "they have asked for regular breaks. Rhys has few chances to take part in leisure "
           "activities outside school. A Care Act transition assessment is needed before he "
           "is 18 so that adult social care can plan his support from October 2026.")

    _h(d, "SECTION E: OUTCOMES SOUGHT", "E")
    d.para("These outcomes are for the end of Year 13 (July 2027) unless another date is "
           "given. The sixth-form team will break each one into half-termly steps, recorded "
           "in Rhys's learning journey and shared with his parents.")
    d.numbered([
        "By February 2027, Rhys will use his communication book to make a request to an unfamiliar adult in the school caf\u00e9, in four out of five opportunities.",
        "By July 2027, Rhys will make himself a hot drink using a kettle tipper, needing no more than one spoken prompt.",
        "By the end of Year 13, Rhys will make the bus journey from school to Hexworth town centre with an adult walking a few steps behind him, getting on and off at the right stops.",
        "Rhys will get a job in a garden centre.",
        "Rhys will tolerate noisy environments better.",
        "By July 2027, Rhys will complete a 20-minute job in the school garden or caf\u00e9 (such as potting on or loading the dishwasher) with an adult nearby but not beside him, on three days in a row.",
        "Rhys will receive occupational therapy and sensory support.",
        "By his next annual review, Rhys will show a member of staff his 'I feel poorly' page when he is unwell, on each occasion it is observed over a half-term.",
    ], fmt="E{n}")

    _h(d, "SECTION F: SPECIAL EDUCATIONAL PROVISION", "F")
    d.para("Rhys is taught in a sixth-form class of eight students with a teacher and three "
           "teaching assistants. The grid below sets out the provision he needs in addition "
           "to, or different from, that class offer. It runs for 39 weeks a year, in term "
           "time, unless an entry says otherwise.")
    d.table(["Area of need (Section B) and outcomes",
             "Provision made by Rhys's class team",
             "Provision made by therapists and specialist staff"], [
        ["Communication and interaction\n(E1, E8)",
         _cell([
             "Aided language modelling on Rhys's 60-page PODD communication book throughout every lesson, break and lunchtime, by the teaching assistant working with him in each session; every TA in the sixth-form team has completed the two-day PODD introductory course.",
             "Makaton signs to be used alongside speech where appropriate.",
         ]),
         _cell([
             "Direct 1:1 speech and language therapy, 45 minutes every week in term time, from an HCPC-registered speech and language therapist, teaching Rhys to use his book to request, refuse, comment and say how he feels, including the 'I feel poorly' page.",
             "Termly consultation from the speech and language therapist for the class team, who may then update his communication targets.",
             "A voice output communication aid, make and vocabulary package to be confirmed following assessment by the regional AAC hub.",
         ])],
        ["Cognition and learning\n(E2, E6)",
         _cell([
             "ASDAN Personal Progress units on using money and recognising everyday signs, taught by the class teacher for 30 minutes at 9:30 every morning in a group of no more than four students.",
             "Rhys will be given opportunities to practise his skills out in the community.",
         ]),
         "No further specialist provision in this area."],
        ["Sensory and physical\n(E5, E6)",
         _cell([
             "A 10-minute sensory diet session at 9:10, 11:20 and 13:30 every school day (deep-pressure activities on the therapy ball and a trampette routine, written by the occupational therapist), carried out by a TA whom the occupational therapist has trained, plus a weighted lap pad for the first 15 minutes after lunch.",
             "Rhys will have access to the sensory room as and when he needs it.",
             "Sensory equipment, e.g. ear defenders and chewy tubes, to be available to him.",
         ]),
         _cell([
             "Occupational therapy from an HCPC-registered occupational therapist: a 40-minute 1:1 session every fortnight in term time teaching Rhys to fasten his coat, use a one-cup kettle tipper safely and butter bread, plus a 30-minute review of the sensory diet with the TA who delivers it each half-term.",
             "Hydrotherapy sessions at the school pool during the summer term, subject to the pool being available and a qualified member of staff.",
         ])],
        ["Social, emotional and mental health\n(E1, E5)",
         _cell([
             "A 'now and next' board and photo timetable, gone through with Rhys by his key TA when he arrives at 8:50 each morning; any change to the day is shown to him on the board before it happens.",
             "Intensive Interaction with a familiar adult, daily at first and then less often as he becomes more relaxed around his peers.",
             "A positive behaviour support plan, to be written by the school once Rhys has settled into the sixth form.",
         ]),
         _cell([
             "Music therapy sessions with the school's music therapist; frequency to be agreed with the therapist.",
         ])],
        ["Preparing for adulthood: employment, independent living, community and health\n(E2, E3, E4, E6, E8)",
         _cell([
             "Travel training on the number 14 bus between school and Hexworth town centre every Thursday from 9:30 to 11:30, in a group of no more than four students with one adult to every two, led by the sixth-form travel-training lead, who is an accredited independent travel trainer; Rhys practises waiting at the stop, showing his bus pass and pressing the bell for his stop.",
             "Work-related learning in the school garden and caf\u00e9, such as watering, potting on and clearing tables, for up to three afternoons a week.",
             "Independent living lessons in the school's training flat every Monday and Wednesday from 13:30 to 14:15, in which Rhys is taught to make a hot drink and a simple snack, with 1:1 support from a TA who holds a Level 3 Certificate in Supporting Teaching and Learning and has completed the school's epilepsy awareness and buccal midazolam training.",
         ]),
         _cell([
             "Careers guidance from the Hexworth careers service when an adviser is available.",
         ])],
    ], widths_cm=[3.4, 6.6, 6.6], font_size=9.5, bold_first_col=True)

    _h(d, "SECTION G: HEALTH CARE PROVISION", "G")
    d.bullets([
        "An individual epilepsy care plan written by the paediatric epilepsy nurse specialist and updated every 12 months; buccal midazolam is given as required under that plan by one of the sixth-form staff trained to give it, with at least two trained staff on duty in Rhys's class every day.",
        "Review by the paediatric neurologist at Hexworth General Hospital every six months, and a joint transition appointment with the adult neurology service before Rhys turns 18.",
        "Dietetic advice if his weight continues to fall.",
        "An annual learning disability health check with his GP.",
    ])

    _h(d, "SECTION H1: SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", "H1")
    d.bullets([
        "A personal assistant for 4 hours every Saturday so that Rhys can go swimming and to the garden centre caf\u00e9, paid for through a social care direct payment of \u00a372 a week.",
        "Support to attend a youth club as agreed with the family.",
    ])
    _h(d, "SECTION H2: OTHER SOCIAL CARE PROVISION", "H2")
    d.bullets([
        "Overnight short breaks at Tor View short-break house.",
        "A Care Act transition assessment by the Hexworth Adult Social Care Transitions Team, to be completed by 22 April 2026.",
    ])

    _h(d, "SECTION I: NAME AND TYPE OF SCHOOL", "I")
    d.para("Hexworth Park School, sixth form (maintained special school for students aged 11 "
           "to 19 with severe and profound learning difficulties).")

    _h(d, "SECTION J: PERSONAL BUDGET", "J")
    d.para("No personal budget has been requested for the special educational provision in "
           "Section F. Rhys's parents receive a social care direct payment for the personal "
           "assistant in Section H1.")

    _h(d, "SECTION K: ADVICE AND INFORMATION", "K")
    d.bullets([
        "Rhys's views \u2013 gathered with Talking Mats by Ms E. Trevithick, speech and language therapist, and his class TA, December 2025",
        "Parents' views \u2013 Tamsin and Gareth Penhaligon, 2 December 2025",
        "Educational advice \u2013 Mr D. Fairweather, Head of Sixth Form, Hexworth Park School, 8 December 2025",
        "Psychological advice \u2013 Dr Saoirse Lindqvist, Educational Psychologist, 11 December 2025",
        "Medical advice \u2013 Dr N. Okwuosa, Consultant Paediatric Neurologist, 5 December 2025",
        "Speech and language therapy advice \u2013 Ms E. Trevithick, HCPC-registered SaLT, 9 December 2025",
        "Occupational therapy advice \u2013 Mr K. Bellamy-Ross, Occupational Therapist, 20 November 2025",
        "Social care advice \u2013 Hexworth Disabled Children's Team, 10 December 2025",
        "Preparing for adulthood advice \u2013 Hexworth Careers and Transition Service",
    ])
