"""Quenby Borough Council - Year 3 pupil with dyskinetic cerebral palsy, severe dysarthria
and a high-tech AAC device, at a mainstream voluntary controlled primary school. Word
Heading 1 headings 'Section A: All about Rosa ...' with personalised titles. Cover details
in a two-column shaded details table. E is a three-column table (Ref | Outcome | Area of
need). F is ONE four-column table with the deliverer FIRST (Delivered by | Provision | How
often and for how long | Outcomes): the 'Delivered by' cell is merged vertically down each
group of rows, so the deliverer (and any training) is written once for several provisions;
rows run over a page break. H1/H2 split. FINAL plan."""

TITLE = "Education, Health and Care Plan - Rosa Nowak-Kilbride"


def _merged_table(d, header, groups, widths_cm, font_size=9.5):
    """groups: list of (deliverer, [(provision, how_often, outcomes), ...])."""
    rows = []
    spans = []
    for who, items in groups:
        start = len(rows) + 1  # +1 for the header row
        for i, (what, when, outc) in enumerate(items):
            rows.append([who if i == 0 else "", what, when, outc])
        spans.append((start, start + len(items) - 1))
    t = d.table(header, rows, widths_cm=widths_cm, font_size=font_size)
    for a, b in spans:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
    return t


def build(d):
    d.simple_footer("Quenby Borough Council  \u2022  Education, Health and Care Plan (FINAL)  "
                    "\u2022  Rosa Nowak-Kilbride")
    d.title("Quenby Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Rosa Nowak-Kilbride"),
        ("Date of birth", "14 February 2018"),
        ("NHS number", "999 318 6624"),
        ("Unique pupil number", "K999000162734"),
        ("Home address", "27 Larkspur Way, Quenby, ZY4 8HD"),
        ("Parents", "Aoife Kilbride (mother) and Tomasz Nowak (father)"),
        ("Contact", "01632 960318 / 07700 900732 / aoife.kilbride@example.org"),
        ("School and year group", "St Aldric's CE Primary School, Year 3"),
        ("Date this plan was finalised", "9 March 2026"),
        ("Annual review to be held by", "8 March 2027"),
        ("EHC co-ordinator", "Priya Vandenberg, Quenby SEND Assessment and Review Team"),
    ], widths_cm=(5.0, 11.5), fill="EDE3F2")

    d.heading("Section A: All about Rosa \u2013 views, interests and aspirations", section="A")
    d.heading("How Rosa told us her views", level=2)
    d.para("Rosa's views were gathered on 6 and 13 January 2026 by her teaching assistant, Mrs "
           "Halloran, using Rosa's AAC device, a talking-mat activity and yes/no eye-pointing. "
           "Rosa checked the finished words by listening to them read aloud and pressing "
           "\"yes\" on her device. Her words are shown in quotation marks.")
    d.para("\"I like Frozen, swimming and my brother Jakub. I like reading books with Mum. I "
           "am good at spelling on my talker. I don't like it when people don't wait for me "
           "to finish. I don't like being last out to play. When I am big I want to be a "
           "teacher and have a dog.\"")
    d.heading("What Rosa's parents say", level=2)
    d.para("Aoife and Tomasz describe Rosa as determined, cheeky and very sociable. She loves "
           "music, swimming with her dad on Sundays and watching her younger brother Jakub "
           "play football. They say she understands far more than people realise and gets "
           "upset when adults speak to her as if she were much younger. Their biggest hopes "
           "are that Rosa can say everything she wants to say with her device, learn to read "
           "and write alongside her friends, and stay as strong and mobile as possible. They "
           "are worried that if her talker is not charged or not in reach she has no voice at "
           "all.")
    d.heading("How to communicate with Rosa", level=2)
    d.para("Give Rosa time: count to ten in your head before you repeat a question. Ask "
           "questions she can answer on her device or with yes/no (eyes up for yes, a head "
           "shake for no). Never finish her sentences unless she asks you to.")

    d.heading("Section B: Rosa's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Rosa has severe dysarthria because of her cerebral palsy. Only her family and two "
           "school staff understand her speech, and then only single words in context. Her "
           "understanding of spoken language is within the typical range for her age "
           "(assessed by the speech and language therapist, October 2025). She communicates "
           "with a high-tech AAC device (TD Snap Core First, 60-location grid, accessed with "
           "her right hand and a keyguard), eye-pointing and a small number of gestures. She "
           "mostly uses single words and two-symbol combinations and is not yet combining "
           "three or more symbols to make a comment or ask a question. She cannot yet tell "
           "someone when they have misunderstood her, and she gives up or cries. She needs "
           "the adults around her to model language on her device so that she learns where "
           "new words are.")
    d.heading("Cognition and learning", level=2)
    d.para("Rosa learns quickly when she can take part, but her physical difficulties slow "
           "down every task. She knows all Phase 3 phonemes and is secure in blending "
           "CVC words when the letters are offered to her on her device, but she cannot yet "
           "segment words for spelling independently and is working at about the level "
           "expected at the end of Year 1 in reading and writing. In maths she can count "
           "objects to 20 when an adult moves them for her, but she cannot handle apparatus "
           "herself and has a weak understanding of place value. She tires by the afternoon "
           "and her accuracy on the device falls.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Rosa is popular and wants to play with her friends, but other children often "
           "talk for her or move away before she has finished. She becomes frustrated and "
           "sometimes refuses to use her device for the rest of a session. She does not yet "
           "have a way to tell adults that she is worried, tired or in pain.")
    d.heading("Sensory and physical", level=2)
    d.para("Rosa has dyskinetic cerebral palsy (GMFCS level IV, MACS level III). She uses a "
           "manual wheelchair pushed by an adult, a K-walker for short distances with an "
           "adult beside her, and a standing frame. Her involuntary movements make fine "
           "motor tasks very hard: she cannot hold a pencil, turn pages or use scissors, and "
           "she needs her equipment positioned exactly for her to reach it. She needs a daily "
           "stretching and standing programme to keep her muscles and joints from tightening.")
    d.heading("Independence and self-care", level=2)
    d.para("Rosa needs two adults and a hoist for toileting and changing. She can push one "
           "arm into a coat sleeve when it is held for her, but she cannot yet help with any "
           "other part of dressing.")

    d.heading("Section C: Rosa's health needs", section="C")
    d.para("Rosa has dyskinetic cerebral palsy, diagnosed at 14 months, and is under the "
           "community paediatrician at Quenby Child Development Centre. She takes baclofen "
           "twice a day (one dose at school). She has an unsafe swallow for thin liquids and "
           "hard foods and has an eating and drinking plan from the dysphagia speech and "
           "language therapist. She has a wheelchair from the Quenby Wheelchair Service, which "
           "she has outgrown, and uses a standing frame and K-walker supplied by the NHS "
           "physiotherapy service.")

    d.heading("Section D: Rosa's social care needs", section="D")
    d.para("Rosa is a disabled child. A child and family assessment by the Quenby Disabled "
           "Children's Team (November 2025) found that she cannot join community activities "
           "without an adult who can manage her equipment and personal care, and that her "
           "parents need regular breaks from her overnight care, because Rosa wakes two or "
           "three times a night to be repositioned.")

    d.heading("Section E: Outcomes for Rosa", section="E")
    d.para("The outcomes below are for the end of Key Stage 2 unless another date is given. "
           "The class teacher and SENCO will set small steps towards each outcome every "
           "half-term and send them home.")
    d.table(["Ref", "Outcome", "Area of need"], [
        ["E1", "By July 2027, Rosa will combine three or more symbols on her device to comment or ask a question at least five times in a school day, without an adult prompting her.", "Communication and interaction"],
        ["E2", "By the end of Year 4, Rosa will spell 30 of the Year 1 and 2 common exception words correctly using the keyboard page of her device.", "Cognition and learning"],
        ["E3", "Rosa will develop her maths skills.", "Cognition and learning"],
        ["E4", "By July 2027, Rosa will stand in her standing frame for 40 minutes and walk 20 metres in her K-walker with one adult beside her.", "Sensory and physical"],
        ["E5", "Rosa will be happy and have lots of friends.", "Social, emotional and mental health"],
        ["E6", "Rosa will receive speech and language therapy every week.", "Communication and interaction"],
        ["E7", "By the end of Year 3 (July 2026), Rosa will push both arms into her coat sleeves when the coat is held for her, at home time on four days out of five.", "Independence and self-care"],
        ["E8", "By July 2027, when she is upset, Rosa will tell an adult how she feels using the feelings page on her device, on four out of five occasions.", "Social, emotional and mental health"],
    ], widths_cm=[1.2, 11.4, 4.0], font_size=10)

    d.heading("Section F: Rosa's special educational provision", section="F")
    d.para("Quenby Borough Council will secure the provision below for Rosa at St Aldric's CE "
           "Primary School. It applies in term time for as long as this plan is maintained. "
           "The first column says who delivers each provision; where it covers several "
           "rows, it applies to each of them.")
    _merged_table(d, ["Delivered by", "Provision", "How often and for how long", "Outcomes"], [
        ("Two named teaching assistants, each holding a Level 3 qualification, who have "
         "completed the Quenby AAC Service 'Aided Language Modelling' course and annual "
         "moving-and-handling training, and have been shown Rosa's physiotherapy programme "
         "by her physiotherapist (one of them is with Rosa at all times)", [
            ("1:1 support across the whole school day (lessons, playtimes, lunch and moves between rooms) to position Rosa's device and equipment, model language on her device and set up her recording for written tasks",
             "32.5 hours a week: 8:45 to 15:15 every school day", "E1, E2, E4"),
            ("Aided language modelling on Rosa's device (the adult touches the core words while speaking) during phonics and English",
             "The whole of each daily 25-minute phonics session and each 60-minute English lesson", "E1, E2"),
            ("Rosa's physiotherapy programme in school, as written by her physiotherapist and updated each term: 40 minutes in her standing frame during afternoon carpet time, a 10-minute stretching routine after lunch, and walking in her K-walker from the classroom to the hall for assembly",
             "Every school day", "E4"),
            ("A turn-taking and conversation group in a group of no more than four children, using games that Rosa plays on her device",
             "20 minutes every Tuesday and Thursday afternoon", "E1, E5"),
            ("Pre-teaching of topic vocabulary on the device before each new topic, where time allows",
             "Regularly", "E1"),
            ("Chances to use her device with friends at playtimes and in lunchtime clubs",
             "When possible", "E5"),
        ]),
        ("Class teacher", [
            ("Differentiated work in all subjects within a supportive, inclusive classroom",
             "Daily", "E2, E3"),
            ("Written tasks set up in advance as 'choose from four' grids on Rosa's device or on an E-Tran frame for eye-pointing, so that Rosa records her answers herself instead of dictating them",
             "Every lesson with a written task; grids prepared in the teacher's planning time each Thursday", "E2"),
            ("Classroom strategies as set out in the speech and language therapy report of 2 October 2025",
             "All lessons", "E1"),
        ]),
        ("HCPC-registered speech and language therapist with postgraduate training in AAC, "
         "Quenby Complex Communication Team", [
            ("Direct 1:1 speech and language therapy to extend Rosa's symbol combinations and teach her to repair breakdowns ('that's not what I meant', 'listen again')",
             "One 45-minute session every week in school", "E1, E8"),
            ("Training for Rosa's two teaching assistants and her class teacher in adding new vocabulary to the device and in aided language modelling",
             "A 60-minute session each half-term, plus one joint classroom observation each term", "E1"),
            ("Advice to school on Rosa's eating and drinking and on encouraging her speech attempts",
             "Termly consultation visit", "E1"),
        ]),
        ("Physiotherapist, Quenby Children's Community Physiotherapy", [
            ("Checks of Rosa's standing frame, K-walker and classroom seating, and updating of her programme",
             "30 minutes every half-term, subject to service capacity", "E4"),
        ]),
        ("Occupational therapist", [
            ("Occupational therapy to develop Rosa's switch and keyguard skills and her ability to help with dressing",
             "A block of sessions, to be agreed after the next OT assessment", "E2, E7"),
        ]),
        ("Specialist teacher for physical disability (qualified teacher), Quenby Physical "
         "and Medical Needs Outreach Service", [
            ("Direct teaching of switch-scanning and keyboard skills for writing, using Clicker word-bank grids built for Rosa's current class topic",
             "One 40-minute 1:1 session each fortnight", "E2"),
            ("Advice to staff on adapting the curriculum and classroom",
             "Up to three visits a year", "E2, E3"),
        ]),
        ("Teaching assistant", [
            ("Small-group maths with concrete apparatus Rosa can handle, and a number line on her device",
             "Three times a week", "E3"),
            ("1:1 phonics intervention",
             "15 minutes daily in the autumn term, then reducing as Rosa catches up", "E2"),
        ]),
        ("SENCO", [
            ("Emotional support sessions so that Rosa can talk about her feelings using her device if she seems worried or frustrated",
             "To be decided by the SENCO", "E8"),
        ]),
        ("Support staff", [
            ("Supervision in the playground and help to join in games, e.g. parachute games and catch with a soft ball",
             "At break and lunchtime as needed", "E5"),
        ]),
    ], widths_cm=[3.6, 6.7, 4.3, 2.0])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician at Quenby Child Development Centre every six months.",
        "An eating and drinking plan from the dysphagia speech and language therapist, reviewed every six months: Rosa's food at school is soft and bite-sized (IDDSI Level 6) and drinks are mildly thick (IDDSI Level 2), and the staff who supervise her lunch are trained by the dysphagia therapist each September.",
        "Baclofen given at 12:00 each school day by a member of staff trained to give medicines, and paracetamol as required for muscle pain, under her individual healthcare plan.",
        "A new wheelchair and specialist classroom seating from the Quenby Wheelchair Service, when a clinic appointment becomes available.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker trained in moving and handling for 3 hours every Saturday "
           "morning, so that Rosa can go to the Quenby Inclusive Swim Club, arranged by the "
           "Disabled Children's Team.")
    d.heading("Section H2: Any other social care provision", section="H2")
    d.para("Overnight short breaks for Rosa at Larchfield House children's short-break unit.")

    d.heading("Section I: Rosa's school (placement)", section="I")
    d.para("St Aldric's Church of England Primary School, Quenby \u2013 mainstream voluntary "
           "controlled primary school.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Rosa's parents have not asked for a personal budget for any of the provision in "
           "this plan.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Aoife Kilbride and Tomasz Nowak, 8 January 2026",
        "Rosa's views \u2013 gathered by Mrs C. Halloran, teaching assistant, 6 and 13 January 2026",
        "Educational advice \u2013 Mr D. Ferreira, SENCO, St Aldric's CE Primary School, 15 October 2025",
        "Psychological advice \u2013 Dr Imogen Carrow, Educational Psychologist, 21 October 2025",
        "Medical advice \u2013 Dr S. Bhattacharya, Community Paediatrician, 9 October 2025",
        "Speech and language therapy advice \u2013 Ms L. Ostrowska, Quenby Complex Communication Team, 2 October 2025",
        "Physiotherapy advice \u2013 Quenby Children's Community Physiotherapy",
        "Occupational therapy advice \u2013 Mr J. Eze, Occupational Therapist, 17 October 2025",
        "Specialist teacher advice \u2013 Quenby Physical and Medical Needs Outreach Service, 23 October 2025",
        "Social care advice \u2013 Quenby Disabled Children's Team, 20 November 2025",
    ])
