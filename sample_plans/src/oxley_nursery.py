"""Oxley Borough Council - early years (age 2, born August 2023) with complex medical needs
(extreme prematurity, chronic lung disease with overnight oxygen, gastrostomy) and global
developmental delay. She attends an Ofsted-registered childminder on Mondays and Tuesdays
and a maintained nursery school's specialist assessment room (Hazelmere) Wednesday to
Friday mornings, with weekly Portage home visits. Section headings are bold coloured
Normal text in the form 'A.  Title' (no Word heading styles); area sub-headings are Word
Heading 3. Cover details in a two-column shaded details table (NHS number, no UPN).
E is a numbered list. Section F is a "where it happens" matrix: a key line, then five
area tables with columns No | Provision | How much and how often | Staff and training |
CM | HN | Home, where the last three columns carry a tick for the setting(s) in which the
provision is made; items numbered 1-20 across the tables, some staff cells generic, one
frequency cell blank. Separate H1 and H2. Section I names the nursery school and explains
the childminder days. No OT advice in K although F defers equipment to an OT assessment.
FINAL plan; six-monthly review date."""

TITLE = "Education, Health and Care Plan - Edie Lanyon"

TEAL = "0E6E6B"
TICK = "\u2713"


def _sec(d, text, sid):
    d.bold_line(text, section=sid, size=14, color=TEAL)


def _area(d, title, rows):
    d.heading(title, level=3)
    d.table(["No", "Provision", "How much and how often", "Staff and training",
             "CM", "HN", "Home"], rows,
            widths_cm=[0.8, 5.2, 3.5, 4.0, 0.9, 0.9, 1.3], font_size=9,
            header_fill="D5ECEA")


def build(d):
    d.simple_footer("Oxley Borough Council  \u2022  Education, Health and Care Plan  \u2022  "
                    "FINAL  \u2022  Edie Lanyon")
    d.title("Oxley Borough Council", size=13, color=TEAL)
    d.title("Education, Health and Care Plan", size=22, color=TEAL)
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Edie Lanyon"),
        ("Date of birth", "14 August 2023"),
        ("Age at date of plan", "2 years 6 months (not yet of school age; due to start Reception in September 2027)"),
        ("NHS number", "999 318 6042"),
        ("Home address", "27 Wrenbeck Lane, Oxley, ZY4 8NP"),
        ("Parents", "Kerry Lanyon and Dominic Lanyon"),
        ("Contact", "01632 960731 (home); 07700 900582 (Kerry); kerry.lanyon@example.org"),
        ("Early years settings", "Hazelmere Nursery School (Kingfisher Room); Mrs S. Pilkington, registered childminder"),
        ("Date of final plan", "20 February 2026"),
        ("Next review", "By 19 August 2026 (six-monthly review, as Edie is under five)"),
        ("EHC co-ordinator", "Priya Lindqvist, Oxley Early Years SEND Team"),
    ], widths_cm=(4.6, 12.0), fill="E8F4F3")

    _sec(d, "A.  Edie's story: views, interests and aspirations", "A")
    d.heading("About Edie", level=3)
    d.para("Edie was born at 26 weeks and spent her first five months in the neonatal unit at "
           "Oxley Royal Infirmary. She lives with her mum and dad, Kerry and Dominic, and her "
           "big brother Finlay, who is six and is her favourite person. Edie cannot yet tell us "
           "her views in words, so this section was put together by Kerry with Edie's key "
           "person at Hazelmere, who watched what Edie chooses and how she reacts over two "
           "weeks in January 2026.")
    d.para("Edie loves bubbles, splashing in the sink, the 'Wind the bobbin up' song and being "
           "swung gently in a blanket. She beams when Finlay comes into the room. She does not "
           "like being laid flat on her back, loud hand-dryers or having her face wiped, and "
           "she turns her head away firmly when she has had enough.")
    d.heading("What Kerry and Dominic say", level=3)
    d.para("\"Edie is a fighter and she is so much more aware than people think. We want her "
           "to be able to let us know what she wants, to sit up and play with her toys, and to "
           "enjoy food one day instead of everything going through her tube. We want the people "
           "looking after her to know her well and to keep her safe with her oxygen and feeds. "
           "In the future we hope she can go to school with other children from our village "
           "and have friends of her own.\"")

    _sec(d, "B.  Special educational needs", "B")
    d.heading("Communication and interaction", level=3)
    d.para("Edie communicates through facial expression, body movement, crying and a small "
           "number of vocal sounds. She is beginning to look towards a familiar adult when "
           "her name is called and will sometimes hold eye contact for a few seconds during "
           "songs. She does not yet use sounds, gestures or signs on purpose to ask for "
           "something, and she does not yet take turns in a 'conversation' of sounds. She "
           "understands a few routines from objects (her bottle of water for a mouth-care "
           "session, her coat for going out) but not yet any spoken words on their own.")
    d.heading("Cognition and learning", level=3)
    d.para("Edie has global developmental delay. In the Portage checklist (January 2026) most "
           "of her skills are at the level expected of a child aged about 6 to 9 months. She "
           "watches a moving toy and will bat at it, but she does not yet reach for and grasp "
           "a toy deliberately, let go of it on purpose or look for one that has been hidden. "
           "She is only just beginning to understand that her actions make things happen. She "
           "tires quickly, and her attention for any activity is about two minutes.")
    d.heading("Physical development and sensory needs", level=3)
    d.para("Edie has low muscle tone through her trunk and neck. She cannot yet sit without "
           "support and her head control is poor when she is tired. She does not yet roll from "
           "her back to her front. Her hands are often fisted and she finds it hard to open "
           "them to hold or explore objects. She is very sensitive to touch around her face "
           "and mouth, and to some sounds.")
    d.heading("Personal, social and emotional development and self-care", level=3)
    d.para("Edie settles best with a small number of adults who know her well. She becomes "
           "distressed with new people, in busy rooms and at handover times, and it can take "
           "her 20 minutes to calm. She is dependent on adults for all of her personal care.")
    d.heading("Eating and drinking", level=3)
    d.para("Edie receives all of her nutrition and fluids through a gastrostomy. She has had "
           "very little experience of food in her mouth and gags or coughs with anything other "
           "than a tiny taste on a finger. Learning to accept tastes and textures safely is an "
           "educational as well as a health need for her.")

    _sec(d, "C.  Health needs related to Edie's SEN", "C")
    d.para("Edie has chronic lung disease of prematurity (bronchopulmonary dysplasia). She has "
           "low-flow oxygen every night and during the day when she has a chest infection, and "
           "she is more likely than other children to become seriously unwell with colds. She "
           "has a gastrostomy (fitted in March 2024) and is fed by pump, and she has "
           "gastro-oesophageal reflux. She is under the care of Dr M. Ferreira-Hoyle, "
           "consultant community paediatrician, the respiratory team at Oxley Royal Infirmary, "
           "and the paediatric dietitian. Her health care plan is held by each setting. She "
           "has been referred to the occupational therapy service for an assessment of her "
           "seating and feeding equipment; that assessment has not yet taken place.")

    _sec(d, "D.  Social care needs", "D")
    d.para("Edie is a disabled child. Kerry gave up work to care for her and Dominic works "
           "long shifts. The family have very little time together with Finlay, because Edie "
           "needs an adult who is trained in her oxygen and feeding routines with her at all "
           "times. A social care assessment by the Children with Disabilities Team (January "
           "2026) found that the family needs regular breaks from caring.")

    _sec(d, "E.  Outcomes", "E")
    d.para("These outcomes are for the next 12 months, up to February 2027, and will be looked "
           "at again at each six-monthly review. Hazelmere and the Portage home visitor will set "
           "small-step targets towards them every six weeks and share them with Kerry and "
           "Dominic.")
    d.numbered([
        "By August 2026, Edie will show that she wants 'more' of a song or game, by a sound, a sign or a look at the adult, at least three times in a 10-minute play session.",
        "Edie will develop her communication skills.",
        "By February 2027, Edie will reach for a toy held in front of her, hold it, and let it go into a container, in four out of five tries.",
        "By February 2027, Edie will sit on the floor without support for one minute while she plays with a toy in both hands.",
        "Edie will receive physiotherapy and Portage.",
        "Edie will be happy and settled at nursery.",
        "By February 2027, Edie will settle with a familiar adult within five minutes of being handed over at either setting, on four days out of five.",
        "By February 2027, Edie will accept 10 teaspoons of smooth pur\u00e9e at one sitting without gagging or coughing.",
    ])

    _sec(d, "F.  Special educational provision", "F")
    d.para("The provision below is made term-time only at Hazelmere (38 weeks a year) and in the "
           "weeks Edie attends her childminder, unless a row says otherwise. Portage continues "
           "in school holidays as stated. Items are numbered 1 to 20 across the five tables.")
    d.para("Key: CM = at the childminder's (Monday and Tuesday, 8:30 to 15:30); HN = at "
           "Hazelmere Nursery School, Kingfisher Room (Wednesday, Thursday and Friday, 8:45 to "
           "12:15); Home = at home. A tick shows where each item is provided.", italic=True,
           size=9.5)

    _area(d, "Communication and interaction (outcomes 1 and 2)", [
        ["1", "Direct speech and language therapy using Intensive Interaction and objects of reference, building Edie's looking, turn-taking with sounds and her response to her name",
         "One 40-minute session every other week at Hazelmere (19 sessions a year)",
         "HCPC-registered speech and language therapist, Oxley Children's Therapy Service",
         "", TICK, ""],
        ["2", "Edie's communication programme: a turn-taking song with a pause for her to make a sound, a choice between two real objects at snack and at play, and the 'more' sign modelled by the adult",
         "Two 10-minute sessions on each day she attends either setting (mid-morning and before lunch)",
         "Her 1:1 early years practitioner at Hazelmere and her childminder, both of whom have completed the therapist's two-hour Intensive Interaction training; the therapist models the programme with them at each visit",
         TICK, TICK, ""],
        ["3", "Makaton signs and symbols to be used with Edie wherever they can be",
         "Throughout the day",
         "All adults working with Edie",
         TICK, TICK, TICK],
        ["4", "The speech and language therapist will visit the childminder to give advice on how to encourage Edie's communication during the day",
         "Once a term",
         "Speech and language therapist",
         TICK, "", ""],
    ])

    _area(d, "Cognition and learning (outcome 3)", [
        ["5", "Portage home teaching: at each visit the home visitor and Kerry choose three small-step play targets from the Portage checklist, the visitor teaches the activity with Edie and shows Kerry how it is done, and progress is written on Edie's activity chart",
         "One 60-minute home visit each week, 46 weeks a year (including school holidays)",
         "Portage home visitor who has completed the National Portage Association basic workshop, with monthly supervision from the Portage team leader, a qualified teacher",
         "", "", TICK],
        ["6", "Kerry and Dominic to carry out Edie's Portage activities at home between visits",
         "Every day",
         "Parents",
         "", "", TICK],
        ["7", "Time in the sensory room with cause-and-effect toys",
         "",
         "Hazelmere staff",
         "", TICK, ""],
        ["8", "1:1 structured play working on the Portage targets for that week: reaching, grasping and letting go, posting objects, and looking for a toy hidden under a cloth, with a switch-operated toy",
         "Up to three 15-minute sessions a week",
         "Edie's 1:1 early years practitioner (Level 3 early years qualification)",
         "", TICK, ""],
    ])

    _area(d, "Physical development and sensory needs (outcome 4)", [
        ["9", "Direct physiotherapy on head control, supported sitting, rolling and taking weight through her arms; Edie's progress on her physiotherapy goals is checked at each six-monthly review",
         "A 45-minute session every third week at Hazelmere (13 sessions a year)",
         "HCPC-registered paediatric physiotherapist, Oxley Children's Therapy Service",
         "", TICK, ""],
        ["10", "Positioning programme from the physiotherapist's written chart, kept in Edie's room at each setting: standing frame, lying on her front over a wedge, and her specialist seat for table play and tube feeds",
         "Standing frame 20 minutes each morning; wedge 10 minutes each afternoon (CM) or before home time (HN); specialist seat for every table activity",
         "Her 1:1 early years practitioner and her childminder, each trained by the physiotherapist in a one-hour session at the start of every term",
         TICK, TICK, ""],
        ["11", "Stretches from Edie's physio sheet, fitted in for a few minutes here and there through the day",
         "Mondays and Tuesdays",
         "Childminder",
         TICK, "", ""],
        ["12", "Seating, bathing and feeding equipment as recommended following the occupational therapy assessment",
         "To be confirmed once the assessment has been completed",
         "Occupational therapist",
         TICK, TICK, ""],
    ])

    _area(d, "Personal, social and emotional development and self-care (outcomes 6 and 7)", [
        ["13", "A settling routine at handover: the same adult greets Edie at the door, sings her 'hello' song and shows her the photo card of the first activity",
         "The first five minutes of every session",
         "At Hazelmere, her 1:1 early years practitioner; at the childminder's, Mrs Pilkington",
         TICK, TICK, ""],
        ["14", "Chances to play alongside other children in a small group",
         "Regularly",
         "Nursery staff",
         "", TICK, ""],
        ["15", "Extra adult help at the childminder's on the days when she is also caring for other children under five, if Oxley's Early Years Inclusion Fund application is approved",
         "Mondays and Tuesdays",
         "An assistant to the childminder",
         TICK, "", ""],
        ["16", "One-to-one support throughout every Hazelmere session to position Edie, carry out her communication and play programmes, watch her breathing and oxygen levels, and keep her safe as she explores",
         "All three sessions each week, Wednesday to Friday 8:45 to 12:15 (10.5 hours a week)",
         "A named early years practitioner with a Level 3 early years qualification, trained by the community children's nurse in Edie's gastrostomy and respiratory care plans and re-checked every six months",
         "", TICK, ""],
        ["17", "Nappy changes and dressing used as learning times, e.g. lifting her arms, holding the wipe, looking at the adult, etc.",
         "At each change",
         "Staff",
         TICK, TICK, ""],
    ])

    _area(d, "Eating, drinking and whole-setting support (outcomes 1, 3 and 8)", [
        ["18", "Tasting and mouth-play sessions to help Edie accept tastes and then smooth pur\u00e9e from a spoon, following the eating and drinking plan written by the dysphagia-trained speech and language therapist and updated after each of her visits",
         "10 minutes at the snack table every Hazelmere morning, and 10 minutes at lunch on each childminder day",
         "Her 1:1 early years practitioner and her childminder, each signed off by the therapist as competent in Edie's eating and drinking plan",
         TICK, TICK, ""],
        ["19", "An advisory teacher from the Oxley Early Years Inclusion Team to support both settings with planning for Edie",
         "Visits as appropriate",
         "Early years advisory teacher",
         TICK, TICK, ""],
        ["20", "Little Talkers parent and child language group at Oxley Children's Centre",
         "Weekly for six weeks, 45 minutes, to be reviewed at the end of the block",
         "Speech and language therapy assistant",
         "", "", TICK],
    ])

    _sec(d, "G.  Health provision", "G")
    d.para("This health provision has been agreed by Oxley and Stourfield Integrated Care "
           "Board. Edie's individual health care plan is held at both settings.")
    d.bullets([
        "Gastrostomy feeds by pump at 10:00 and 14:00 on setting days, given by Edie's 1:1 early years practitioner or her childminder, each trained and signed off by the community children's nurse.",
        "Salbutamol by inhaler and spacer, two to four puffs as required for wheeze, as set out in her respiratory care plan.",
        "Review by the paediatric dietitian every three months, with the feeding regime updated in writing for both settings.",
        "Home oxygen equipment and a portable cylinder for outings, supplied and serviced by the home oxygen service.",
        "Review by the consultant community paediatrician every four months.",
        "Help from the community nursing team as and when needed.",
        "A Wheelchair Service assessment for a supportive buggy; Edie is on the waiting list and will be seen when an appointment comes up.",
    ])

    _sec(d, "H1.  Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("A home-based short break of 3 hours every other Saturday (26 breaks a year) from a "
           "support worker at Oxley Home Support who is trained in Edie's oxygen and "
           "gastrostomy care, so that Kerry and Dominic can spend time with Finlay.")

    _sec(d, "H2.  Other social care provision", "H2")
    d.para("Family support from the Early Help key worker as and when the family asks for it.")

    _sec(d, "I.  Placement", "I")
    d.para("Hazelmere Nursery School, Oxley (maintained nursery school), in its Kingfisher Room "
           "specialist assessment base, on Wednesday, Thursday and Friday mornings.")
    d.para("On Monday and Tuesday Edie is cared for by Mrs S. Pilkington, an Ofsted-registered "
           "childminder chosen by her parents and paid through Edie's funded two-year-old "
           "entitlement. The childminder is not a school or institution, but the provision "
           "marked CM in Section F is made there.")

    _sec(d, "J.  Personal budget", "J")
    d.para("No personal budget has been requested. Kerry and Dominic were given information about "
           "personal budgets at the planning meeting on 13 January 2026.")

    _sec(d, "K.  Advice and information", "K")
    d.bullets([
        "Parents' views \u2013 Kerry and Dominic Lanyon, 9 January 2026",
        "Educational advice \u2013 Mrs A. Okafor, SENCO, Hazelmere Nursery School, 12 January 2026",
        "Childminder's report \u2013 Mrs S. Pilkington, registered childminder, 12 January 2026",
        "Portage report \u2013 Mrs B. Oyelaran, Portage home visitor, Oxley Portage Service, 7 January 2026",
        "Psychological advice \u2013 Dr Owain Tremlett, Educational Psychologist, 15 January 2026",
        "Medical advice \u2013 Dr M. Ferreira-Hoyle, Consultant Community Paediatrician, 8 January 2026",
        "Speech and language therapy advice \u2013 Ms J. Cattermole, Speech and Language Therapist, 14 January 2026",
        "Physiotherapy advice \u2013 Mr D. Anand, Paediatric Physiotherapist, 10 January 2026",
        "Social care advice \u2013 Children with Disabilities Team, Oxley Borough Council, 16 January 2026",
        "Health visitor report",
    ])
