"""Wickham Vale Borough Council - early-years plan for a child aged 3 (Nursery / FS1)
with global developmental delay, oropharyngeal dysphagia and a gastrostomy. Four-column
cover table; Word Heading 1 headings 'PART A: ...' to 'PART K: ...'; Section F is five
two-column tables 'Provision | Details' (one per area of need, under bold sub-headings),
where the Details cell holds lines such as 'How often: ...', 'Staff: ...', 'Training: ...'.
Section I leaves the setting's name to be confirmed. K is a bullet list. FINAL."""

TITLE = "Education, Health and Care Plan - Esme Calloway"


def _area(d, text):
    d.para(text, bold=True, size=12)


def build(d):
    d.simple_footer("Wickham Vale Borough Council \u2022 Education, Health and Care Plan \u2022 "
                    "Esme Calloway \u2022 FINAL \u2022 9 March 2026")
    d.title("Wickham Vale Borough Council", size=13, color="1E6B52")
    d.title("Education, Health and Care Plan", size=21, color="1E6B52")
    d.table(None, [
        ["Child's name", "Esme Calloway", "Date of birth", "14/05/2022"],
        ["Age at date of plan", "3 years 9 months", "Year group", "Nursery (FS1)"],
        ["Parents", "Hannah Calloway and Jonah Calloway", "NHS number", "999 703 4415"],
        ["Address", "Flat 6, Linnet Court, 22 Orchard Rise, Wickham Vale, XQ3 8TB", "Telephone", "01632 960742 / 07700 900283"],
        ["E-mail", "hannah.calloway@example.org", "Current setting", "Ferncombe Nursery School (maintained nursery school), 30 hours a week"],
        ["Status", "FINAL", "Date of final plan", "09/03/2026"],
        ["Draft issued", "02/02/2026", "Next review (six-monthly, under 5)", "by 08/09/2026"],
        ["Caseworker", "Ms R. Penhaligon, Early Years SEND Team", "Request received", "10/11/2025"],
    ], widths_cm=[3.0, 5.6, 3.2, 4.8], bold_first_col=True)

    # ---- A ---------------------------------------------------------------------------
    d.heading("PART A: Views, interests and aspirations", section="A")
    d.para("Esme is three. She lives with her mum Hannah, her dad Jonah and her brother Theo, "
           "who is six. Esme is a smiley, determined little girl who loves bubbles, water play, "
           "the swing in the garden and songs with actions, especially \"Row, Row, Row Your "
           "Boat\". She loves Theo and watches everything he does.")
    d.para("Esme cannot yet tell us her views in words. Over two weeks in November 2025 her "
           "key person at Ferncombe Nursery School and her parents noted what she chose and how "
           "she reacted. She reached for the bubble tube and the water tray every day, signed "
           "\"more\" for songs, and pushed away the spoon when she was tired. She cried and "
           "covered her ears when the hand dryer was used, and at tidy-up time when she did not "
           "know what was coming next.")
    d.para("Hannah and Jonah said: \"We want Esme to find a way to tell us what she wants, so "
           "she isn't so frustrated. We would love her to walk safely on her own, to eat more "
           "by mouth and to need the tube less. Our hope is that she will go to the same primary "
           "school as Theo and have friends there, and one day sit down and eat a family meal "
           "with us.\"")

    # ---- B ---------------------------------------------------------------------------
    d.heading("PART B: Special educational needs", section="B")
    _area(d, "Communication and interaction")
    d.para("Esme has global developmental delay. At 3 years 6 months her communication was "
           "assessed at the level of a typical 12 to 15-month-old child. She uses about eight "
           "single words (\"mama\", \"dada\", \"bubble\", \"no\") and three Makaton signs "
           "(\"more\", \"finished\", \"drink\"). She understands single familiar words in "
           "routines, such as \"coat\" and \"snack\", when they are said with a gesture, but "
           "not yet two-word instructions. She leads adults by the hand to show them what she "
           "wants and becomes distressed when she is not understood.")
    _area(d, "Cognition and learning")
    d.para("Esme's play is mainly exploratory: she mouths, bangs and drops toys. She is "
           "beginning to understand cause and effect (pressing a button to make a toy light up) "
           "and to look for a toy that has been hidden under a cloth. Her attention to an "
           "adult-led activity lasts about one minute. She needs new skills taught in very small "
           "steps, with lots of repetition.")
    _area(d, "Social, emotional and mental health")
    d.para("Esme plays alongside adults rather than other children and does not yet take turns. "
           "Changes of activity and moving from room to room upset her; she drops to the floor "
           "and cries for up to ten minutes unless an adult she knows prepares her.")
    _area(d, "Physical and sensory, including eating and drinking")
    d.para("Esme has low muscle tone. She began walking at 2 years 6 months; she walks with a "
           "wide gait, falls often on uneven ground and cannot yet climb a step without holding "
           "on with both hands. She uses a palmar grasp and cannot yet pick up small objects "
           "between finger and thumb. She seeks movement and deep pressure and mouths most "
           "objects.")
    d.para("Esme has oropharyngeal dysphagia. She needs puréed food (IDDSI Level 4) and mildly "
           "thick drinks (IDDSI Level 2), must sit upright and be closely supervised when eating "
           "and drinking, and is learning to take small spoonfuls and to pause between "
           "mouthfuls. She cannot yet feed herself with a spoon.")
    _area(d, "Independence and self-care")
    d.para("Esme is in nappies and does not yet show awareness of being wet or soiled. She "
           "needs full help with dressing; she is beginning to pull off her socks and hat.")

    # ---- C ---------------------------------------------------------------------------
    d.heading("PART C: Health needs related to Esme's SEN", section="C")
    d.bullets([
        "Global developmental delay; genetic tests were sent in October 2025 and results are awaited (community paediatrician).",
        "Oropharyngeal dysphagia, confirmed by videofluoroscopy in October 2025. Esme is at risk of aspiration with thin fluids, which has led to three chest infections in the past year.",
        "Gastrostomy since August 2023. Esme receives two bolus feeds of prescribed formula during her nursery day, with further feeds at home, because she cannot yet take enough food and drink by mouth to grow.",
        "Reflux, treated with medication given at home. Constipation, managed through her diet.",
        "Hypotonia (low muscle tone), which affects her balance, stamina and posture.",
    ])

    # ---- D ---------------------------------------------------------------------------
    d.heading("PART D: Social care needs", section="D")
    d.para("Esme is a disabled child. Because of her tube feeding and choking risk, family and "
           "friends cannot look after her, so Hannah and Jonah have had almost no time to "
           "themselves or with Theo since Esme was born. Hannah left her job to care for Esme. "
           "The Children with Disabilities Team assessed the family in December 2025 and found "
           "that they need regular short breaks, both during the day and overnight.")

    # ---- E ---------------------------------------------------------------------------
    d.heading("PART E: Outcomes", section="E")
    d.para("The nursery SENCO and the Area SENCO will set small-step targets towards each outcome "
           "every term and share them with Esme's parents.")
    d.bullets([
        "By the end of the summer term 2026, Esme will use ten Makaton signs or spoken words to ask for things she wants, each seen on at least three different days.",
        "Esme will develop her communication skills.",
        "By her fifth birthday in May 2027, Esme will walk up and down the four steps to the nursery garden holding the rail with one hand, without help from an adult.",
        "By March 2027, Esme will feed herself at least half of her puréed lunch with a spoon, with an adult supervising.",
        "Esme will receive speech and language therapy.",
        "Esme will be happy and settled at nursery.",
    ])

    # ---- F ---------------------------------------------------------------------------
    d.heading("PART F: Special educational provision", section="F")
    d.para("The provision below is to be made for Esme in term time during her 30 hours a week "
           "at nursery (8:45am to 2:45pm, Monday to Friday). It is set out by area of need.")
    head = ["Provision", "Details"]
    w = [8.0, 8.6]

    _area(d, "Communication and interaction")
    d.table(head, [
        ["Individual speech and language therapy, working on early words and Makaton signs with objects of reference and a core vocabulary of 20 words chosen with Esme's parents",
         "How often: one 30-minute session every fortnight in nursery, term time\nStaff: HCPC-registered speech and language therapist, Wickham Vale Children's Therapy Service\nTraining: Esme's key person joins every session so that she can carry the work on"],
        ["Daily practice from the speech and language therapist's written programme: choosing between two objects, signing \"more\" and \"finished\", and naming familiar toys",
         "How often: two 10-minute sessions every nursery day, after arrival and after lunch\nStaff: Esme's key person, a Level 3 early years practitioner\nTraining: trained by the speech and language therapist, who observes one session each half-term"],
        ["Makaton signing used with Esme",
         "How often: throughout the day where possible\nStaff: nursery staff"],
        ["Bucket Time attention group (Attention Autism stage 1) with other children",
         "How often: three times a week, 10 minutes\nGroup: small group\nStaff: nursery practitioner\nTraining: in-house"],
    ], widths_cm=w)

    _area(d, "Cognition and learning")
    d.table(head, [
        ["Individual teaching of early play and thinking skills \u2013 cause-and-effect toys, posting, simple inset puzzles and finding a hidden toy \u2013 following the small steps in the Portage checklist",
         "How often: 20 minutes, 1:1, every morning\nStaff: Esme's key person, a Level 3 early years practitioner\nTraining: Portage basic workshop (three days); the Area SENCO sets new steps with her each half-term"],
        ["Opportunities for messy and sensory play",
         "How often: as part of the daily routine\nStaff: all staff"],
        ["A small-steps teaching programme based on Esme's next developmental assessment",
         "How often: to be decided following the assessment\nStaff: Area SENCO"],
    ], widths_cm=w)

    _area(d, "Physical and sensory, including eating and drinking")
    d.table(head, [
        ["Gross motor programme written by the HCPC-registered paediatric physiotherapist: sitting balance on a peanut ball, stepping onto a low step and walking on uneven ground",
         "How often: 15 minutes, 1:1, four times a week\nStaff: teaching assistant trained by the physiotherapist\nTraining: the physiotherapist visits each half-term to update the programme and watch a session"],
        ["Fine motor play: threading large beads, tearing paper and picking up small objects with finger and thumb",
         "How often: up to three 10-minute sessions a week\nStaff: Esme's key person, a Level 3 early years practitioner"],
        ["Sensory circuit to help Esme settle and get ready to learn",
         "How often: every morning on arrival, 10 minutes\nStaff: teaching assistant trained in sensory circuits by the occupational therapist\nReducing to three mornings a week once Esme is settled"],
        ["A height-adjustable supportive chair with a pommel, harness and footplate, supplied by the Wickham Vale Children's Therapy Service, used for every table-top activity and mealtime",
         "Staff: Esme's key person, a Level 3 early years practitioner, checks the straps and footplate each morning\nThe occupational therapist checks the fit every term"],
        ["Other specialist equipment as recommended in the occupational therapy report (Appendix 6)",
         "Staff: nursery team"],
        ["Safe eating and drinking at snack (10:15) and lunch (12:00): IDDSI Level 4 pur\u00e9ed food and drinks thickened to IDDSI Level 2 in a Doidy cup, sitting upright in her supportive chair, with the adult teaching her to take small spoonfuls and to pause between mouthfuls",
         "How often: every snack and lunch, 1:1 for the whole of each meal\nStaff: one of two named Level 3 early years practitioners\nTraining: trained in Esme's eating and drinking plan by the dysphagia speech and language therapist, refreshed every six months"],
        ["Self-feeding practice with a pre-loaded spoon and a two-handled cup",
         "How often: first 10 minutes of every lunchtime\nStaff: Esme's key person, a Level 3 early years practitioner trained by the dysphagia speech and language therapist\nTo be reviewed at the end of the spring term"],
        ["Occupational therapy",
         "Staff: occupational therapist to advise nursery staff\nHow often: termly"],
    ], widths_cm=w)

    _area(d, "Social, emotional and mental health")
    d.table(head, [
        ["Settling routine on arrival: Esme's key person meets her at the door, helps her hang up her coat and shows her a photo \"now and next\" board before they go into the room together",
         "How often: every nursery day at 8:45, 5 minutes\nStaff: Esme's key person, a Level 3 early years practitioner"],
        ["It is recommended that Esme joins a small group for turn-taking games",
         "How often: 10 minutes, three times a week\nStaff: nursery practitioner"],
        ["1:1 adult support at changes of activity and when moving between rooms",
         "How often: at the discretion of the nursery manager\nStaff: a member of the nursery team"],
    ], widths_cm=w)

    _area(d, "Independence and self-care")
    d.table(head, [
        ["Nappy changing used as a teaching time: the adult follows a photo sequence and uses the signs \"wash\" and \"finished\", and Esme is taught to pull her trousers up and down",
         "How often: at 10:30 and 12:45 every nursery day and whenever her nappy is wet or soiled\nStaff: Esme's key person or the second named practitioner, both Level 3 early years practitioners\nTraining: moving and handling training from Wickham Vale Borough Council, renewed every year"],
        ["Dressing skills programme (taking off coat, shoes and socks) sent home for parents to practise",
         "How often: every evening at home\nStaff: Esme's parents"],
    ], widths_cm=w)

    # ---- G ---------------------------------------------------------------------------
    d.heading("PART G: Health provision", section="G")
    d.bullets([
        "Gastrostomy bolus feeds (120 ml of prescribed formula at 11:00 and 13:30 each nursery day), given by one of two named nursery practitioners who have been trained and signed off as competent by the Wickham Vale Children's Community Nursing Team, following Esme's individual health care plan dated 12 January 2026.",
        "The Children's Community Nursing Team will retrain the two named practitioners and re-check their competence every six months, and within two weeks of any change to Esme's feeding regime.",
        "Review of Esme's eating and drinking plan by the dysphagia speech and language therapist every three months, including a mealtime observation at nursery.",
        "Review of Esme's feeding regime and growth by the paediatric dietitian every three months.",
        "Hydrotherapy at Wickham Vale Hospital once Esme reaches the top of the waiting list.",
        "Health visitor support as needed.",
    ])

    # ---- H1 / H2 ---------------------------------------------------------------------
    d.heading("PART H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Short breaks at home: a support worker trained in gastrostomy feeding by the "
           "Children's Community Nursing Team will look after Esme at home for 4 hours every "
           "other Saturday, arranged by the Children with Disabilities Team.")
    d.heading("PART H2: Other social care provision", section="H2")
    d.para("Overnight respite at The Hollies short-break unit, as agreed with the family.")

    # ---- I / J -----------------------------------------------------------------------
    d.heading("PART I: Name and type of setting", section="I")
    d.para("Maintained nursery school or nursery class \u2013 name of setting to be confirmed "
           "following consultation with the parents' preferred settings.")
    d.heading("PART J: Personal budget", section="J")
    d.para("Direct payment: \u00a31,450 per year, paid to Esme's parents.")

    # ---- K ---------------------------------------------------------------------------
    d.heading("PART K: Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Hannah and Jonah Calloway, 20 November 2025",
        "Early years educational advice \u2013 Head Teacher and SENCO, Ferncombe Nursery School, 27 November 2025",
        "Early years inclusion advice \u2013 Area SENCO, Wickham Vale Early Years SEND Team, 28 November 2025",
        "Educational psychology advice \u2013 Dr P. Osei-Hart, Educational Psychologist, 4 December 2025",
        "Medical advice \u2013 Dr R. Haldane, Community Paediatrician, Wickham Vale Child Development Centre, 1 December 2025",
        "Speech and language therapy advice (communication, and eating and drinking) \u2013 Wickham Vale Children's Therapy Service, 8 December 2025",
        "Occupational therapy report (Appendix 6) \u2013 Wickham Vale Children's Therapy Service, 10 December 2025",
        "Physiotherapy advice \u2013 Wickham Vale Children's Therapy Service",
        "Dietetic advice \u2013 Paediatric Dietitian, Wickham Vale Hospital, 3 December 2025",
        "Social care advice \u2013 Children with Disabilities Team, 15 December 2025",
    ])
