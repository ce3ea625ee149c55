"""Westhallow County Council - post-16 young person (18, Year 13) with cerebral palsy,
physical and learning needs at a general FE college, on the second year of an Entry Level
'Pathways to Independence' study programme. Word Heading 1 headings with an em dash
('Section F \u2014 Special educational provision'). Bold-label cover lines with NHS number,
contacts and dates. B is written under preparing-for-adulthood sub-headings; E has PfA
outcomes numbered E1-E8. Section F is grouped by HOW OFTEN the provision happens: Heading 2
sub-headings ('Every college day (Monday to Thursday, term time)', 'Every week in term
time', 'Every term', 'At set points in the year', 'Other provision'), each followed by a
four-column table (What will be provided | Length and timing | Delivered by | Outcome), so
the frequency of many rows is given only once, in the sub-heading. One empty Outcome cell.
H1 says it does not apply (the young person is 18); H2 holds the Care Act support. FINAL
plan."""

TITLE = "Education, Health and Care Plan - Nia Tremellen"

_HEAD = ["What will be provided", "Length and timing", "Delivered by", "Outcome"]
_W = [6.1, 3.8, 4.6, 2.1]


def build(d):
    d.simple_footer("Westhallow County Council \u2013 Final EHC Plan \u2013 Nia Tremellen \u2013 "
                    "issued 9 March 2026")
    d.title("Westhallow County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=21, color="5B2C6F")
    d.label_para("Young person: ", "Nia Tremellen")
    d.label_para("Date of birth: ", "14 November 2007 (age 18)")
    d.label_para("NHS number: ", "999 318 6420")
    d.label_para("Home address: ", "2 Heron Quay Cottages, Westhallow, XJ3 8LN")
    d.label_para("Nia's mobile: ", "07700 900273 (Nia prefers text messages)")
    d.label_para("Parents: ", "Sian Tremellen and Gareth Tremellen, 01632 960418, sian.tremellen@example.org")
    d.label_para("Education: ", "Nettlecombe College, Barnfield campus \u2013 Year 13 (second year of study programme)")
    d.label_para("Date of this final plan: ", "9 March 2026")
    d.label_para("Review to be completed by: ", "8 March 2027")
    d.label_para("Caseworker: ", "Joel Armitage-Reyes, Westhallow 0-25 SEND Service")

    d.heading("Section A \u2014 My views, interests and aspirations", section="A")
    d.heading("In my own words", level=2)
    d.para("Nia gave her views to her personal tutor, Mr Ashworth-Bell, on 15 January 2026. "
           "She spoke and used her communication app for some answers, and checked the typed "
           "version before it was sent.")
    d.para("\"I'm Nia and I'm 18. I love music, especially musicals, and I go swimming on "
           "Saturdays. At college my favourite thing is the market stall because I'm good at "
           "talking to customers and working out the money. I hate it when people talk to my "
           "mum instead of me. I want to get a job in a shop or a theatre box office. I want "
           "to get the bus on my own and one day live in my own flat with support, near my "
           "friends.\"")
    d.heading("My family's views (shared with my permission)", level=2)
    d.para("Sian and Gareth say Nia is sociable, stubborn and very funny, and that she has "
           "grown in confidence since starting at Nettlecombe. They want her to leave college "
           "with real work experience and the skills to manage her own support. They are "
           "worried about her tiredness and pain, and about what will happen when college "
           "ends. Her brother Rhys, who is 15, says she is \"the boss of the house\".")

    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("Learning and work", level=2)
    d.para("Nia has moderate learning difficulties. She is working at Entry Level 2 in "
           "English and Entry Level 2 to 3 in maths. She learns best through practical "
           "tasks and repetition, and needs new information given in short chunks with time "
           "to process it. She cannot handwrite, and typing with one finger on a keyguard is "
           "slow and tiring, so she produces very little written work on her own. She has "
           "had no work experience outside college.")
    d.heading("Communication", level=2)
    d.para("Nia has dysarthria. Familiar people understand most of what she says, but "
           "unfamiliar listeners understand about half, especially in noisy places or when "
           "she is tired. She has Proloquo2Go on her tablet but does not yet use it quickly "
           "enough to rescue a conversation that has broken down, and often gives up.")
    d.heading("Physical and sensory", level=2)
    d.para("Nia has bilateral spastic cerebral palsy and uses a powered wheelchair, which she "
           "drives well. She cannot stand or transfer without two people and a hoist. Her "
           "hand function is limited: she can press large switches and a touch screen but "
           "cannot hold kitchen utensils or garden tools securely. She tires quickly, and "
           "her muscle tightness has increased since her growth spurt.")
    d.heading("Independent living", level=2)
    d.para("Nia has never travelled by bus on her own. She cannot yet plan a shop to a "
           "budget, and she does not direct her own personal care, which her mother usually "
           "explains to carers on her behalf.")
    d.heading("Friends, relationships and community", level=2)
    d.para("Nia has two close friends at college. Outside college she depends on her "
           "parents for every outing and has few chances to see friends.")

    d.heading("Section C \u2014 Health needs", section="C")
    d.para("Nia has bilateral spastic cerebral palsy (GMFCS level IV). She has botulinum "
           "toxin injections for muscle tightness and takes baclofen twice a day at home. She "
           "has mild oropharyngeal dysphagia and follows an eating and drinking plan. She has "
           "regular hip and spine surveillance, and her care moved from children's to adult "
           "neurodisability services at Westhallow General Hospital in December 2025. She "
           "often has muscle pain in the afternoon.")

    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("Westhallow Adult Social Care completed a Care Act assessment on 3 December 2025. "
           "Nia has eligible needs for help with personal care and transfers at home, and "
           "for support to take part in activities in the community. Her parents are her "
           "main carers and both work; they have asked for a carer's assessment.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below are for the end of Nia's study programme (July 2027) unless "
           "another date is given. Her personal tutor will agree half-termly targets towards "
           "them with Nia.")
    d.numbered([
        "By July 2027, Nia will travel by bus in her powered wheelchair from Westhallow Market Square to the Barnfield campus and back without a travel trainer, on five college days in a row.",
        "By the end of her study programme in July 2027, Nia will complete a 10-week work placement one day a week, arriving on time on at least 8 of the 10 days.",
        "Nia will improve her communication.",
        "By July 2026, Nia will repair a breakdown in conversation with an unfamiliar listener, using her app or her 'clear speech' strategies, in 4 out of 5 observed attempts.",
        "By July 2027, Nia will plan a week's food shopping within a \u00a330 budget and pay for it with her bank card, needing no more than spoken prompts.",
        "Nia will attend physiotherapy and use her standing frame.",
        "Nia will live in her own flat.",
        "By December 2026, Nia will explain each step of her morning routine to a new carer and direct them through it, without her mother present.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("The provision below is grouped by how often it happens. It will be made at "
           "Nettlecombe College in term time for as long as this plan is maintained. The "
           "Outcome column refers to Section E.")

    d.heading("Every college day (Monday to Thursday, term time)", level=2)
    d.table(_HEAD, [
        ["Stretching and standing programme written by Nia's physiotherapist: 20 minutes in her standing frame followed by hamstring and calf stretches, in the college therapy room",
         "30 minutes, straight after lunch",
         "Physiotherapy assistant employed by the college, trained by Nia's physiotherapist, with the training refreshed every September",
         "E6"],
        ["Hands-on support in kitchen skills and horticulture sessions: setting up equipment on the height-adjustable bench and carrying out the steps Nia cannot do with her hands, while she directs each step",
         "9 hours a week: Monday, Tuesday and Thursday, 9:15 to 12:15",
         "Learning support assistant with a Level 3 Certificate in Supporting Teaching and Learning and the college's moving and handling training",
         "E5"],
        ["Communication support in lessons, including help to use her communication app",
         "When she is struggling to be understood",
         "Learning support staff",
         "E4"],
        ["A rest on the therapy-room plinth mid-morning, cut back as Nia's stamina improves",
         "20 minutes at 10:45",
         "Learning support assistant",
         "E6"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Every week in term time", level=2)
    d.table(_HEAD, [
        ["Direct speech and language therapy on speech clarity (pacing, breath support and her 'clear speech' strategies) and on using Proloquo2Go on her tablet to repair a breakdown with an unfamiliar listener",
         "One 45-minute 1:1 session, Wednesday at 10:00",
         "HCPC-registered speech and language therapist from Westhallow Adult Community Therapies, commissioned by Westhallow County Council",
         "E3, E4"],
        ["Practice of the therapist's current speech and app targets, using the session sheet the therapist leaves each week",
         "Two 15-minute sessions, in Tuesday and Thursday tutor time",
         "Learning support assistant who has attended the therapist's autumn training (below) and is observed by the therapist once each half-term",
         "E4"],
        ["Independent travel training in her powered wheelchair on the accessible 17 bus between Westhallow Market Square and the Barnfield campus, covering her bus pass, asking the driver for the ramp, and what to do if the ramp fails or the bus is full",
         "Two 90-minute sessions, Monday and Thursday afternoons, through the autumn and spring terms",
         "Travel trainer from the Westhallow Travel Independence Team who has completed the council's accredited travel trainer course",
         "E1"],
        ["Functional Skills maths at Entry Level 3 with a focus on money (budgeting, checking change and reading a bank statement), in a class of no more than eight students",
         "Two 75-minute lessons, Tuesday and Thursday afternoons",
         "Functional Skills maths teacher holding a Level 5 teaching qualification",
         "E5"],
        ["Independent living skills sessions, such as meal planning, using the adapted kitchen and laundry",
         "",
         "Independent Living Skills team",
         "E5"],
        ["Physiotherapy",
         "Up to 45 minutes, if the adult service can offer a slot",
         "Adult community physiotherapist",
         "E6"],
        ["Nia will have the opportunity to help run the college's Young Enterprise market stall",
         "",
         "Enterprise tutor",
         "E2"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Every term", level=2)
    d.table(_HEAD, [
        ["Occupational therapy review of Nia's seating, keyboard access and kitchen equipment, with advice for college staff",
         "",
         "Occupational therapist",
         "E5"],
        ["A 1:1 careers guidance meeting on supported internships and other supported employment routes, followed by a written action plan sent to Nia within a week",
         "45 minutes each term",
         "Careers adviser holding the Level 6 Diploma in Career Guidance and Development, Westhallow Careers Service",
         "E2"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("At set points in the year", level=2)
    d.table(_HEAD, [
        ["Training for Nia's learning support assistants and tutors on her communication app and 'clear speech' strategies",
         "90 minutes in the first fortnight of the autumn term, and a 60-minute refresher in January",
         "The speech and language therapist who delivers Nia's weekly therapy",
         "E4"],
        ["Work experience placement",
         "To be arranged once a suitable employer has been found",
         "Careers and Employability Team",
         "E2"],
        ["Assistive technology to help Nia produce written work",
         "Before the end of the autumn term",
         "College IT services",
         "E3"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Other provision", level=2)
    d.table(_HEAD, [
        ["Quality first teaching with differentiated resources in every session",
         "Throughout the course",
         "All tutors",
         "E3"],
        ["Nia's parents to keep up her stretching programme at weekends and during college holidays",
         "Weekends and holidays",
         "Mr and Mrs Tremellen",
         "E6"],
        ["Additional learning support funded at Westhallow post-16 Band E",
         "\u00a36,200 per year",
         "Nettlecombe College Additional Learning Support team",
         ""],
        ["Access arrangements in assessments (a scribe, a reader or a word processor), as decided by the college exams officer",
         "Each assessment",
         "Exams officer",
         "E3"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Section G \u2014 Health care provision", section="G")
    d.bullets([
        "Botulinum toxin injections to Nia's hamstrings and calves every four months, with review by Dr Imogen Carthew, consultant in neurodisability, at Westhallow General Hospital.",
        "Review of Nia's powered wheelchair and seating by the Westhallow Wheelchair Service every 12 months, with repairs within five working days of a fault being reported.",
        "Paracetamol given as required for muscle pain at college, under Nia's health care plan, by staff trained by the college nurse.",
        "Her eating and drinking plan reviewed every six months by the adult dysphagia speech and language therapist.",
        "Hydrotherapy if a place becomes available with the adult physiotherapy service.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable. Nia turned 18 in November 2025, so her social care is now "
           "provided under the Care Act 2014 and is set out in Section H2.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.bullets([
        "A personal assistant for 6 hours a week (Tuesday evening and Saturday afternoon, 3 hours each), paid through Nia's adult social care direct payment, so that she can go swimming and meet friends in town.",
        "Two carers from Westhallow Homecare each morning and evening, 45 minutes per visit, for personal care and hoist transfers, as set out in Nia's Care Act care and support plan of 3 December 2025.",
        "Respite at Kingfisher House when the family needs a break.",
    ])

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Nettlecombe College, Barnfield campus (general further education college): "
           "Pathways to Independence study programme, Entry Level 2 and 3, four days a week.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Nia receives a direct payment from adult social care for the personal assistant "
           "in Section H2. No personal budget has been requested for the special educational "
           "provision in Section F.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Nia's views, recorded by Mr T. Ashworth-Bell, personal tutor, 15 January 2026",
        "Parents' views, Sian and Gareth Tremellen, 12 January 2026",
        "Educational advice, Ms K. Varga, Head of Additional Learning Support, Nettlecombe College, 20 January 2026",
        "Psychological advice, Dr Eleanor Whitcombe, Educational Psychologist, 23 January 2026",
        "Medical advice, Dr Imogen Carthew, Consultant in Neurodisability, 16 January 2026",
        "Physiotherapy advice, Mr O. Fairlie, Physiotherapist, 14 January 2026",
        "Occupational therapy advice, Westhallow Adult Community Therapies",
        "Speech and language therapy advice, Ms R. Pendry, Speech and Language Therapist, 19 January 2026",
        "Social care advice, Westhallow Adult Social Care (Care Act assessment), 3 December 2025",
        "Preparing for adulthood advice, Westhallow Careers Service, 22 January 2026",
    ])
