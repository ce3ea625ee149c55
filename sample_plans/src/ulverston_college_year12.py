"""Borough of Ulverdale - young person aged 17 (Year 12) with autism and anxiety at a
sixth form college, studying three A-levels. Cover is a two-column details table.
Section headings are bold coloured Normal text (no heading styles) with an em dash and
first-person titles ('Section A \u2014 All about me: my views, interests and
aspirations'); sub-headings are Word Heading 2. B has a preparing-for-adulthood
sub-section; E is a list numbered E1-E8. Section F is a run of 'provision cards': one small
two-column table per item, whose shaded top row holds the item number (F1-F20) and the
provision, followed by 'When and how long' / 'Delivered by' / 'Outcome' rows; the cards are
grouped under PfA sub-headings. Separate H1 and H2. Plain footer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Elliot Marchbank"

HEAD = "2E4A62"


def _sec(d, sid, text):
    d.bold_line(text, section=sid, size=14, color=HEAD)


def _card(d, ref, what, when, who, outcome):
    d.table([ref, what], [
        ["When and how long", when],
        ["Delivered by", who],
        ["Outcome", outcome],
    ], widths_cm=[3.6, 13.0], font_size=9.5, header_fill="DCE6EE", repeat_header=False)


def build(d):
    d.simple_footer("Borough of Ulverdale  \u2022  Final EHC Plan  \u2022  Elliot Marchbank  "
                    "\u2022  Issued 19 January 2026")
    d.title("Borough of Ulverdale \u2013 Special Educational Needs and Disabilities Service",
            size=12, color=HEAD)
    d.title("Education, Health and Care Plan (Final)", size=20, color=HEAD)
    d.details_table([
        ("Name", "Elliot Marchbank"),
        ("Date of birth", "03/10/2008"),
        ("Age when this plan was issued", "17"),
        ("Address", "4 Kestrel Wharf, Ulverdale, ZY3 6HD"),
        ("Elliot's contact details", "07700 900582, elliot.marchbank@example.org"),
        ("Parents", "Helen Marchbank and Martin Marchbank, 01632 960318, helen.marchbank@example.org"),
        ("NHS number", "999 604 2173"),
        ("Unique learner number", "9999046215"),
        ("College and year", "Carrow Priory Sixth Form College, Year 12"),
        ("Date of this plan", "19 January 2026"),
        ("Annual review due by", "18 January 2027"),
        ("Plan co-ordinator", "Tamsin Rigby-Holt, Post-16 SEND Team"),
    ], widths_cm=(5.2, 11.4), fill="DCE6EE")

    _sec(d, "A", "Section A \u2014 All about me: my views, interests and aspirations")
    d.heading("In my own words", level=2)
    d.para("Elliot wrote this himself on his laptop and e-mailed it to his learning support "
           "coordinator, Ms Abara, on 6 November 2025.")
    d.para("\"I'm Elliot. I am doing Biology, Chemistry and Psychology. I like animals more than "
           "people, mostly, especially reptiles and birds of prey, and I know a lot about them. "
           "I want to go to university to do zoology and then work in conservation, maybe "
           "abroad. College is better than school because people leave you alone more, but "
           "the canteen is unbearable and I hate practicals where you get put with someone "
           "random. Exams make me feel sick for weeks beforehand. Last year I missed two "
           "papers because I couldn't get out of the car. I would like to learn to get the "
           "train on my own and to have a job on Saturdays so I have my own money.\"")
    d.heading("My parents' views", level=2)
    d.para("Helen and Martin say Elliot is honest, thoughtful and extremely knowledgeable. They "
           "are proud that he chose A-levels and settled at Carrow Priory, but they worry that "
           "his anxiety will stop him sitting exams, as it did in Year 11. They would like him "
           "to have the same specialist help with exams and organisation that made a "
           "difference at school, and to become more independent before he leaves home. His "
           "younger sister Rosie, who is 14, says he is \"the best at explaining science\".")

    _sec(d, "B", "Section B \u2014 My special educational needs")
    d.heading("Communication and interaction", level=2)
    d.para("Elliot is autistic (diagnosed at age 11). He understands and uses language at a "
           "high level but interprets questions literally, so he can misread what an exam "
           "question or coursework brief is asking for. He finds unstructured group work and "
           "paired practicals with unfamiliar students very stressful, and he does not ask "
           "teachers for clarification in front of others.")
    d.heading("Cognition and learning", level=2)
    d.para("Elliot is a capable student; his GCSE results included grade 7s in Biology and "
           "Chemistry. He has marked difficulties with planning, starting and organising "
           "extended tasks, and with keeping track of deadlines across three subjects. When "
           "instructions are only given orally he often misses them.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Elliot experiences high levels of anxiety, particularly before tests and when "
           "routines change. In Year 11 he had panic attacks before examinations, his "
           "attendance fell to 81% and he did not sit two GCSE papers. He has very few friends "
           "outside an online gaming group and says he does not know how to join in with "
           "conversations at college.")
    d.heading("Sensory", level=2)
    d.para("Elliot is over-sensitive to noise, crowds and flickering lights. Crowded stairwells "
           "at lesson changes and the canteen at lunchtime overwhelm him; he leaves the "
           "building or skips lunch to avoid them.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Elliot wants to study zoology at university. He has had no careers guidance since "
           "Year 10 and has no work experience. He has never travelled by train or bus on his "
           "own and is driven to college each day. He does not have a bank card, has never "
           "cooked a meal on his own and relies on his parents to book and attend his health "
           "appointments.")

    _sec(d, "C", "Section C \u2014 My health needs")
    d.para("Elliot's autism was diagnosed by the Ulverdale Child Development Service in 2019. "
           "He has generalised anxiety disorder, diagnosed by Ulverdale CAMHS in 2024, and "
           "difficulty getting to sleep, for which he takes melatonin. He is prescribed "
           "propranolol by his GP to take before examinations if needed. He will move from "
           "CAMHS to adult mental health services when he turns 18 in October 2026.")

    _sec(d, "D", "Section D \u2014 My social care needs")
    d.para("Elliot is not known to children's social care, and the social care advice found no "
           "social care needs arising from his SEN or disability at present. Because he will "
           "be 18 in October 2026, the Ulverdale 14-25 Transitions Team will offer him a Care "
           "Act transition assessment.")

    _sec(d, "E", "Section E \u2014 My outcomes")
    d.para("These outcomes are for the end of Elliot's A-level course in July 2027 unless "
           "another date is given. His learning support coordinator will agree steps towards "
           "each outcome with him at the start of each term.")
    d.numbered([
        "By July 2026, Elliot will stay in every timetabled lesson for the whole lesson on at least 9 days out of 10, using his agreed exit routine if the noise becomes too much.",
        "By June 2027, Elliot will sit every A-level paper in Biology, Chemistry and Psychology.",
        "Elliot will become more organised.",
        "By the end of Year 12, Elliot will use two calming strategies from his anxiety plan before a test and rate his anxiety at 5 out of 10 or lower on at least four out of five test days.",
        "Elliot will go to university to study zoology.",
        "By December 2026, Elliot will travel by train from home to college on his own on every college day.",
        "Elliot will be supported to manage his money.",
        "Elliot will have a better social life.",
    ], fmt="E{n}")

    _sec(d, "F", "Section F \u2014 The support I will get at college (special educational provision)")
    d.para("Each card below describes one piece of Elliot's provision. Unless a card says "
           "otherwise, the provision is made in term time at Carrow Priory Sixth Form College "
           "for the life of this plan.", italic=True)

    d.heading("Education, exams and employment", level=2)
    _card(d, "F1",
          "Exam access arrangements in every mock, end-of-topic test and public examination: 25% extra time, a room with no more than six other candidates, a prompter, and a word processor with the spelling and grammar checker switched off",
          "Every assessment, throughout Years 12 and 13",
          "College Exams Officer, with the evidence gathered by the access arrangements assessor, who holds the CPT3A qualification",
          "E2")
    _card(d, "F2",
          "Supervised rest breaks during mock examinations, at the invigilator's discretion",
          "Mock examinations",
          "Invigilator",
          "E2, E4")
    _card(d, "F3",
          "One-to-one study skills tuition in which Elliot breaks each piece of coursework into dated steps, records them in his planner and checks off last week's steps",
          "45 minutes every Monday in period 3, term time",
          "Specialist study skills tutor with the Level 5 Diploma in Education and Training and at least three years' experience of teaching autistic students",
          "E3")
    _card(d, "F4",
          "In-class support in biology and chemistry practicals when Elliot has to work with a partner he does not know",
          "When needed",
          "Learning support assistant",
          "E1")
    _card(d, "F5",
          "Teaching staff to follow the autism strategies set out in the Specialist Autism Team report of 4 November 2025",
          "All lessons",
          "Subject teachers",
          "E1, E3")
    _card(d, "F6",
          "Every homework task and assessment brief posted on Elliot's Teams page by the end of the lesson in which it is set, with the instructions as a numbered list, the deadline and one worked example",
          "Each lesson in which work is set",
          "Subject teachers; Elliot's learning support coordinator checks the Teams page every other Friday and follows up anything missing",
          "E3")
    _card(d, "F7",
          "Individual careers guidance on entry to zoology and animal science degrees, writing a UCAS personal statement and applying for Disabled Students' Allowance, each interview followed by a written action plan sent to Elliot within a week",
          "One 40-minute interview each term (three a year)",
          "Careers adviser holding the Level 6 Diploma in Career Guidance and Development, Ulverdale Careers Service",
          "E5")
    _card(d, "F8",
          "Help to find a work experience placement in animal care or conservation, if a suitable placement can be found",
          "Summer term of Year 12",
          "College work placements team",
          "E5")
    _card(d, "F9",
          "Elliot should be encouraged to volunteer on Saturdays at the Ulverdale Wildlife Trust reserve",
          "Saturdays",
          "Enrichment coordinator",
          "E5, E8")

    d.heading("Living independently", level=2)
    _card(d, "F10",
          "Independent travel training for the train journey between Ulverdale Central and Carrow Priory station and the walk to college, covering buying tickets, checking the rail app for delays and what to do if a train is cancelled",
          "Two accompanied return journeys a week for eight weeks from 20 April 2026, followed by two journeys on which the trainer follows at a distance",
          "Travel trainer from the Ulverdale Independent Travel Training Team who has completed the team's accredited travel trainer course",
          "E6")
    _card(d, "F11",
          "Small-group independent living sessions on money, bank cards and planning meals",
          "A number of sessions during the spring term",
          "Independence tutor",
          "E7")

    d.heading("Friends, relationships and community", level=2)
    _card(d, "F12",
          "A place in 'Common Ground', the college's social group for autistic students (board games, film club and one off-site trip each half-term); the facilitator meets Elliot at the door and stays with him for the first 15 minutes",
          "Every Wednesday, 12:40 to 13:30, in term time; no more than eight students",
          "Student support practitioner who has completed the Autism Education Trust's Good Autism Practice training",
          "E8")
    _card(d, "F13",
          "Opportunities to join college clubs and enrichment activities",
          "",
          "",
          "E8")

    d.heading("Being healthy and emotional wellbeing", level=2)
    _card(d, "F14",
          "Individual cognitive behavioural therapy for exam-related and social anxiety, including a written plan for the morning of each exam",
          "Twelve weekly 50-minute sessions from 23 February 2026, then six further weekly sessions from 27 April 2026",
          "CBT therapist accredited by the BABCP, Ulverdale Youth Wellbeing Service",
          "E4")
    _card(d, "F15",
          "Counselling with the college counsellor, for a maximum of six sessions",
          "Weekly, 50 minutes",
          "College counsellor",
          "E4")
    _card(d, "F16",
          "Emotional regulation programme with the learning mentor, continuing subject to review at the end of the summer term",
          "Fortnightly, 30 minutes",
          "Learning mentor",
          "E4")
    _card(d, "F17",
          "Check-ins with the student support team, tapering off once Elliot has settled into Year 13",
          "Daily at first",
          "Student support team",
          "E4")
    _card(d, "F18",
          "A sensory assessment by the occupational therapist, with any programme arising from it to be agreed afterwards",
          "To be confirmed",
          "Occupational therapist",
          "E1")
    _card(d, "F19",
          "A pass letting Elliot leave each lesson two minutes before the bell and use the staff corridor, so that he avoids the crowded main stairwell",
          "Every lesson change",
          "Pass issued by the learning support coordinator; subject teachers release him",
          "E1")
    _card(d, "F20",
          "A calm space in the library annexe that Elliot can use when the canteen is too noisy",
          "Lunchtimes, when necessary",
          "Library staff",
          "E1")

    _sec(d, "G", "Section G \u2014 My health provision")
    d.bullets([
        "Melatonin 2 mg at bedtime, prescribed by the CAMHS psychiatrist and given at home; no sleep medication is needed in college.",
        "Propranolol 10 mg, taken as required before an examination under the GP's prescription, kept by the college first-aid officer and handed to Elliot on request.",
        "Review by the CAMHS psychiatrist every three months, with a planned transfer to the Ulverdale Adult Autism and Mental Health Service before Elliot turns 18 in October 2026.",
        "Assessment by the Ulverdale Sleep Service, depending on service capacity.",
    ])

    _sec(d, "H1", "Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    d.para("None.")
    _sec(d, "H2", "Section H2 \u2014 Other social care provision")
    d.para("None at present. The Ulverdale 14-25 Transitions Team will offer Elliot a Care Act "
           "transition assessment by 31 July 2026.")

    _sec(d, "I", "Section I \u2014 Where I will study")
    d.para("Carrow Priory Sixth Form College, Ulverdale (sixth form college): A-level study "
           "programme in Biology, Chemistry and Psychology.")

    _sec(d, "J", "Section J \u2014 Personal budget")
    d.para("Elliot and his parents have not asked for a personal budget.")

    _sec(d, "K", "Section K \u2014 Advice and information")
    d.bullets([
        "Elliot's views - written by Elliot and sent to Ms N. Abara, learning support coordinator, 6 November 2025",
        "Parents' views - Helen and Martin Marchbank, 3 November 2025",
        "Educational advice - Mr G. Solberg, Head of Learning Support, Carrow Priory Sixth Form College, 10 November 2025",
        "Psychological advice - Dr Fenella Croft, Educational Psychologist, 12 November 2025",
        "Medical advice - Dr S. Iqbal, Consultant Child and Adolescent Psychiatrist, Ulverdale CAMHS, 7 November 2025",
        "Specialist autism teaching advice - Mrs D. Ferreira, Specialist Autism Team, 4 November 2025",
        "Sensory screening - Ulverdale Children's Occupational Therapy Service, 28 October 2025",
        "Social care advice - Ulverdale 14-25 Transitions Team, 14 November 2025",
        "Preparing for adulthood advice - Ulverdale Careers Service",
    ])
