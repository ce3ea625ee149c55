"""Scarrowby County Council - Year 7 pupil with severe learning difficulties, drug-resistant
epilepsy on a ketogenic diet, low muscle tone and delayed self-care, at a maintained
special school (11-19). Upper-case Word Heading 1 headings with the letter and a colon
('A: VIEWS, INTERESTS AND ASPIRATIONS'). Cover details as bold-label lines. E is a
three-column table (Ref | Outcome sought | By when), two 'By when' cells reading 'Ongoing'.
Section F opens with a short paragraph, then five numbered area sub-headings (Heading 2,
'1. Communication and interaction') each with an italic 'Links:' line and provision
paragraphs numbered 1.1, 1.2 ... ; most items are followed by indented sub-bullets
('How often / how long: ...', 'Who: ...'), some have only a 'Who:' sub-bullet and some
have none. Speech and language therapy, OT and physiotherapy are in F; one eating and
drinking therapy block sits in G. Separate H1 / H2. FINAL plan."""

from docx.shared import RGBColor

TITLE = "Education, Health and Care Plan - Ellis Okonjo-Barr"


def _item(d, area, n, text, often=None, who=None):
    d.numbered([text], start=n, fmt=f"{area}.{{n}}")
    subs = []
    if often:
        subs.append("How often / how long: " + often)
    if who:
        subs.append("Who: " + who)
    if subs:
        d.bullets(subs, style="List Bullet 2")


def build(d):
    for name in ("Heading 1", "Heading 2"):
        d.doc.styles[name].font.color.rgb = RGBColor.from_string("5B2C6F")
    d.running_header_footer("Scarrowby County Council | EHC Plan | Ellis Okonjo-Barr | "
                            "DOB 03.02.2014", footer_left="FINAL", first_page_plain=True)

    d.title("SCARROWBY COUNTY COUNCIL", size=12, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN", bold=True, size=12)
    d.label_para("Name: ", "Ellis Okonjo-Barr")
    d.label_para("Date of birth: ", "03.02.2014")
    d.label_para("NHS number: ", "999 204 7761")
    d.label_para("UPN: ", "A999226300481")
    d.label_para("Home address: ", "27 Kilnworth Road, Scarrowby, XJ3 8TN")
    d.label_para("Parents: ", "Adaeze Okonjo (mother) and Thomas Barr (father)")
    d.label_para("Telephone: ", "01632 960348 / 07700 900237")
    d.label_para("E-mail: ", "adaeze.okonjo@example.org")
    d.label_para("School and year group: ", "Plumstead Vale School, Year 7 (Kestrel class)")
    d.label_para("Date of final plan: ", "9 March 2026")
    d.label_para("Annual review due by: ", "8 March 2027")
    d.label_para("Case officer: ", "Rhiannon Castellano-Price, SEND Casework Team, 01632 960119")
    d.para("This plan replaces the plan issued on 15 January 2025 and follows the Year 7 "
           "annual review held at Plumstead Vale School on 20 January 2026.", italic=True)

    d.heading("A: VIEWS, INTERESTS AND ASPIRATIONS", section="A")
    d.heading("Ellis's views", level=2)
    d.para("Ellis communicates with his body, his face, vocalisations and a growing number "
           "of symbols on his communication device. His class team and his mum put this "
           "section together from what Ellis chose, showed and pressed on his device over "
           "a month in school and at home. Ellis pressed \"like\" for: swimming, the swing, "
           "music, his sister and \"bus\". He pressed \"don't like\" when shown a photo of "
           "the hall during assembly. He lights up when he hears the Kestrel class hello "
           "song and will stand and bounce to music for a long time.")
    d.heading("What Ellis's family say", level=2)
    d.para("Adaeze and Thomas describe Ellis as cheeky and loving, with a big laugh. His "
           "older sister Zara, who is 15, says he is \"the best at hugs\". His parents are "
           "proud of how he has settled into secondary school. Their biggest worries are "
           "his seizures, the bruises he gets from falling, and how tired he is after a bad "
           "night. They want Ellis to be able to tell people what he wants and what hurts, "
           "to become more independent in the toilet and at mealtimes, and one day to live "
           "somewhere with support where he can still see his family every week.")

    d.heading("B: SPECIAL EDUCATIONAL NEEDS", section="B")
    d.heading("Need 1: Communication and interaction", level=2)
    d.para("Ellis has very limited speech: he uses about ten word approximations that "
           "familiar people understand (\"mum\", \"more\", \"bus\", \"no\"). He is learning to "
           "use a tablet with a symbol communication app and can find four symbols on "
           "the home page when prompted, but he rarely uses it without an adult physically "
           "guiding his hand. He understands short phrases in familiar routines with "
           "gesture and objects, but not instructions given in speech alone. He does not "
           "yet use the device or signs to comment or to tell an adult that something is "
           "wrong.")
    d.heading("Need 2: Cognition and learning", level=2)
    d.para("Ellis has severe learning difficulties. He is working within the school's "
           "pre-formal to semi-formal stages (broadly at the level of a typically developing "
           "child of 18 months to two years). He matches identical objects and pictures, "
           "counts by rote to three, and can attend to an adult-led activity for about five "
           "minutes. Learning is not retained after a cluster of seizures, and he often "
           "needs the same skill taught again after a bad week.")
    d.heading("Need 3: Social, emotional and mental health", level=2)
    d.para("Ellis becomes very distressed by unexpected changes, crowds and loud spaces "
           "such as the hall. When distressed he drops to the floor, screams and bites his "
           "hand. After a seizure he is often tearful and clingy for the rest of the day. "
           "He enjoys being near other pupils but does not yet take turns or join a shared "
           "game.")
    d.heading("Need 4: Sensory and physical", level=2)
    d.para("Ellis has low muscle tone and poor balance. He walks independently on flat "
           "floors but falls several times a week on uneven ground and on stairs, and he "
           "cannot yet get up from the floor without pulling on furniture or an adult. He "
           "has a weak grasp and uses a whole-hand grip. He seeks movement and deep "
           "pressure, mouths objects, and becomes unsettled when he has been sitting for "
           "more than ten minutes.")
    d.heading("Need 5: Independence and self-care", level=2)
    d.para("Ellis wears pads and is not yet aware when he is wet. He needs full help to "
           "dress and undress and to wash his hands, and he feeds himself with his fingers "
           "but spills most food from a spoon. He drinks from an open cup with help.")

    d.heading("C: HEALTH NEEDS", section="C")
    d.para("Ellis has drug-resistant focal epilepsy with tonic and atonic seizures. He has "
           "between three and ten seizures a week, most often in the morning, and has had "
           "two prolonged seizures this year that needed buccal midazolam. He takes three "
           "anti-seizure medicines and has been on a ketogenic diet since June 2025, "
           "overseen by the paediatric neurology team and the ketogenic dietitian at "
           "Scarrowby Royal Infirmary. He has mild oropharyngeal dysphagia: he takes very "
           "large mouthfuls and coughs on thin drinks. He has hypotonia, and he wears "
           "supportive boots (orthotics).")

    d.heading("D: SOCIAL CARE NEEDS", section="D")
    d.para("Ellis is a disabled child. He needs a high level of supervision at all times "
           "because of his seizures and his lack of awareness of danger. His parents both "
           "work part time and share his care; they have said that they are exhausted by "
           "broken nights. The Children's Disability Service assessment (December 2025) "
           "found that Ellis needs help to take part in community activities and that the "
           "family needs regular overnight breaks.")

    d.heading("E: OUTCOMES", section="E")
    d.para("Outcomes are set for the end of Key Stage 3 unless the table gives another "
           "date. The class teacher sets half-termly small steps towards each outcome and "
           "shares them with the family in Ellis's home-school book.")
    d.table(["Ref", "Outcome sought", "By when"], [
        ["E1", "Ellis will use his AAC device to ask for a preferred item or activity, without a physical prompt, at least five times each school day.", "July 2027 (end of Year 8)"],
        ["E2", "Ellis will communicate better.", "Ongoing"],
        ["E3", "Ellis will count up to five objects, touching each one once, in three different activities.", "July 2027"],
        ["E4", "Ellis will attend literacy sessions.", "Ongoing"],
        ["E5", "Ellis will move between his classroom, the hall and the dining room with his class, calmly and following his object of reference, on 9 out of 10 occasions.", "End of Key Stage 3 (July 2028)"],
        ["E6", "Ellis will get up from the floor to standing without help, in under 30 seconds.", "July 2027"],
        ["E7", "Ellis will become more independent with his self-care.", "End of Key Stage 3"],
        ["E8", "Ellis will pull up his own trousers and wash and dry his hands after using the toilet, with no more than one spoken prompt.", "July 2027"],
    ], widths_cm=[1.2, 11.2, 4.2], font_size=10)

    d.heading("F: SPECIAL EDUCATIONAL PROVISION", section="F")
    d.para("Ellis is taught at Plumstead Vale School for 39 weeks a year. The provision is "
           "set out under the five areas of need in Section B. Each item is numbered, and "
           "the lines beneath it say how often and for how long it happens and who "
           "delivers it.")

    d.heading("1. Communication and interaction", level=2)
    d.para("Links: Section B need 1; outcomes E1 and E2", italic=True, size=10)
    _item(d, 1, 1,
          "Direct speech and language therapy in which the therapist teaches Ellis to use his AAC device to request, refuse and comment, modelling core words on the device during a snack and a choosing game.",
          "one 45-minute session every week in term time, in class or in the therapy room",
          "HCPC-registered speech and language therapist with specialist AAC experience, Scarrowby Children's Therapy Service")
    _item(d, 1, 2,
          "Aided language modelling: adults point to the core words on Ellis's device as they speak to him, using the vocabulary targets the speech and language therapist sets each half-term.",
          "in every lesson, at snack and at lunch, across the full school week",
          "Ellis's class teacher and the three Kestrel class teaching assistants, each of whom attends the therapist's 90-minute AAC workshop at the start of every term")
    _item(d, 1, 3,
          "Ellis should be given opportunities to use his device with friends and around the wider school.")
    _item(d, 1, 4,
          "Signalong signs to be used alongside speech where appropriate.",
          who="staff team")
    _item(d, 1, 5,
          "The symbol app on Ellis's device will be updated as necessary by the Scarrowby Assistive Technology Service, subject to capacity.",
          who="Scarrowby Assistive Technology Service")

    d.heading("2. Cognition and learning", level=2)
    d.para("Links: Section B need 2; outcomes E3 and E4", italic=True, size=10)
    _item(d, 2, 1,
          "Teaching in a class of no more than eight pupils, with a teacher and at least three teaching assistants, following the school's semi-formal curriculum, with a personal work station and a visual timetable for Ellis.",
          "the whole school day (8:50 to 15:10), five days a week, 39 weeks a year",
          "class teacher with qualified teacher status and at least two years' experience of teaching pupils with severe learning difficulties; teaching assistants holding a Level 3 qualification")
    _item(d, 2, 2,
          "1:1 early number sessions using Numicon: matching patterns, counting up to five objects with one-to-one correspondence and finding 'one more'.",
          "four 15-minute sessions each week, before morning break",
          "a teaching assistant who has completed the Numicon Firm Foundations training day")
    _item(d, 2, 3,
          "Ellis would benefit from a multi-sensory early literacy programme.",
          "weekly",
          "class team")
    _item(d, 2, 4,
          "Catch-up work in a small group to go over learning Ellis has missed after seizures.",
          "up to three 20-minute sessions a week",
          "teaching assistant")

    d.heading("3. Social, emotional and mental health", level=2)
    d.para("Links: Section B need 3; outcome E5", italic=True, size=10)
    _item(d, 3, 1,
          "Emotional support from a trusted adult when Ellis is distressed after a seizure or by unexpected changes.",
          "as required",
          "a trusted adult")
    _item(d, 3, 2,
          "A consistent routine for every move around school: Ellis is handed his object of reference for the next place (a spoon for lunch, a towel for the pool, a bell for the hall) one minute before leaving, and walks the same route each time.",
          "at each change of room during the school day",
          "the teaching assistant accompanying him, shown Ellis's objects of reference by the class teacher")
    _item(d, 3, 3,
          "Individual Thrive sessions; the number and content of sessions will be decided once Ellis's Thrive assessment has been completed.",
          who="licensed Thrive Practitioner")

    d.heading("4. Sensory and physical", level=2)
    d.para("Links: Section B need 4; outcomes E6 and E7", italic=True, size=10)
    _item(d, 4, 1,
          "Direct physiotherapy to improve Ellis's balance, his walking on uneven ground and getting up from the floor safely, using the school's balance beam and soft-play room.",
          "a 30-minute individual session every fortnight in term time",
          "HCPC-registered paediatric physiotherapist, Scarrowby Children's Therapy Service")
    _item(d, 4, 2,
          "Practice of the walking and floor-to-standing exercises set by the physiotherapist.",
          "every day at first, dropping to three times a week once Ellis is steadier on his feet",
          "teaching assistant")
    _item(d, 4, 3,
          "Occupational therapy to teach Ellis to pull up his trousers, wash and dry his hands and feed himself with a weighted spoon; the occupational therapist breaks each skill into steps and teaches them 1:1.",
          "a block of eight 40-minute sessions in the autumn term and another block of eight in the spring term",
          "HCPC-registered occupational therapist, Scarrowby Children's Therapy Service")
    _item(d, 4, 4,
          "The occupational therapist will provide a sensory diet for Ellis and look at it again as needed.",
          who="OT")
    _item(d, 4, 5,
          "Hydrotherapy sessions when the pool timetable allows.",
          who="class staff")

    d.heading("5. Independence and self-care", level=2)
    d.para("Links: Section B need 5; outcomes E7 and E8", italic=True, size=10)
    _item(d, 5, 1,
          "A toilet-timing and toileting skills routine: Ellis is taken to the toilet on arrival, at 10:30, after lunch and at 14:30, and taught each step from a photo sequence on the wall.",
          "four planned visits every school day",
          "two Kestrel class teaching assistants, both trained in moving and handling and in Ellis's intimate care plan")
    _item(d, 5, 2,
          "Ellis will be encouraged to help with dressing and undressing for swimming and PE.")
    _item(d, 5, 3,
          "1:1 supervision and play at morning break (10:45 to 11:00) and lunch (12:00 to 12:50) every day, including a turn-taking game with one or two other pupils, provided from within the school's existing staffing.",
          who="teaching assistant trained to give buccal midazolam and in the school's epilepsy procedures")

    d.heading("G: HEALTH PROVISION", section="G")
    d.para("Agreed by Scarrowby and District Integrated Care Board on 24 February 2026.")
    d.bullets([
        "Ellis's individual epilepsy care plan, written by the epilepsy nurse specialist, is followed at all times in school; buccal midazolam is kept in Kestrel class and given as required under the plan.",
        "The epilepsy nurse specialist trains the Kestrel class team and the lunchtime staff in the care plan and in giving buccal midazolam every September, with a refresher in February.",
        "Ketogenic diet reviewed every three months by the ketogenic dietitian at Scarrowby Royal Infirmary, who sends the school an updated menu plan after each review.",
        "Review by the paediatric neurologist every six months.",
        "The speech and language therapy dysphagia team will see Ellis for a block of six sessions to teach him to take smaller mouthfuls and sips.",
        "A specialist buggy for school trips and longer walks, if Ellis meets the wheelchair service's eligibility criteria.",
    ])

    d.heading("H1: SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", section="H1")
    d.para("A support worker from the Scarrowby Children's Disability Service for 4 hours "
           "every other Saturday (10:00 to 14:00), so that Ellis can go swimming and to the "
           "park.")
    d.heading("H2: OTHER SOCIAL CARE PROVISION", section="H2")
    d.para("Overnight short breaks at Larchfield House, as agreed by the short breaks panel.")

    d.heading("I: PLACEMENT", section="I")
    d.para("Plumstead Vale School, Scarrowby (maintained special school for pupils aged "
           "11-19 with severe, profound and multiple learning difficulties).")

    d.heading("J: PERSONAL BUDGET", section="J")
    d.para("No personal budget has been requested for the provision in Section F. The "
           "support worker in Section H1 is arranged directly by the Children's Disability "
           "Service.")

    d.heading("K: ADVICE AND INFORMATION", section="K")
    d.bullets([
        "Parents' views - Adaeze Okonjo and Thomas Barr, 6 January 2026",
        "Annual review report and educational advice - Plumstead Vale School, Mr D. Whitlock-Ayre, class teacher, 20 January 2026",
        "Psychological advice - Dr Sunniva Marsh, Educational Psychologist, 13 January 2026",
        "Medical advice - Dr L. Achterberg, Consultant Paediatric Neurologist, 8 January 2026",
        "Epilepsy nursing advice - Scarrowby Children's Epilepsy Nursing Team, 9 January 2026",
        "Speech and language therapy advice - Ms K. Osei-Lindqvist, Speech and Language Therapist, 14 January 2026",
        "Occupational therapy advice - Scarrowby Children's Therapy Service, 15 January 2026",
        "Physiotherapy advice - Mr R. Gallacher, Physiotherapist",
        "Dietetic advice - Ketogenic Dietitian, Scarrowby Royal Infirmary, 12 January 2026",
        "Social care advice - Children's Disability Service, 18 December 2025",
    ])
