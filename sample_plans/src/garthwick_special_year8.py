"""Garthwick County Council - special-school plan. Word headings of the form
'F: Special educational provision' (letter and colon, no word 'Section'). Section E is a
list numbered E1..E6. Section F opens with a prose paragraph on class-wide provision
(labelled one item per sentence), then items numbered F1.1, F1.2 ... under short bold
sub-headings (F1 Communication, F2 Learning, ...), including therapy blocks. Year 8 pupil
at a maintained special school. FINAL (amended after annual review)."""

TITLE = "EHC Plan - Maisie Drumgoole"


def _sub(d, text):
    d.para(text, bold=True)


def build(d):
    d.simple_footer("Garthwick County Council \u2022 SEND Service \u2022 EHC Plan: Maisie Drumgoole "
                    "\u2022 Final (amended) 16 March 2026")
    d.title("GARTHWICK COUNTY COUNCIL", size=13, color="7F4F00")
    d.title("Education, Health and Care Plan", size=21, color="7F4F00")
    d.table(None, [
        ["Name", "Maisie Drumgoole", "Date of birth", "11/01/2013"],
        ["Year group", "Year 8", "NHS no.", "999 587 2210"],
        ["Parents", "Lorna Drumgoole and Ewan Drumgoole", "Phone", "01632 960877"],
        ["Address", "Flat 2, 61 Ropewalk Street, Garthwick, XJ5 1HD", "Plan status", "Final (amended)"],
        ["School", "Fernleigh Bank School", "Date of plan", "16/03/2026"],
        ["Plan co-ordinator", "Tomasz Wrobel", "Next review", "15/03/2027"],
    ], widths_cm=[2.9, 6.2, 2.9, 4.6], bold_first_col=True)

    d.heading("A: Views, interests and aspirations", section="A")
    d.para("Maisie is 13. She is sociable and funny and loves dancing, musicals (especially "
           "Matilda) and feeding the ducks with her grandad. She has an older brother, Callum, "
           "who is at college.")
    d.para("Maisie shared her views at her annual review using Talking Mats: she put "
           "\"dancing\", \"cooking\", \"my friends\" and \"swimming\" under 'like', and "
           "\"loud hand dryers\" and \"when people don't understand me\" under 'don't like'.")
    d.para("Lorna and Ewan say: \"We want Maisie to be understood by people who don't know "
           "her, to do more for herself, and to keep the friends she has made at Fernleigh "
           "Bank. One day we'd like her to have a job she enjoys.\"")

    d.heading("B: Special educational needs", section="B")
    _sub(d, "Communication and interaction")
    d.para("Maisie has Down syndrome. She understands more than she can say. She speaks in two- "
           "and three-word phrases, but her speech is hard for unfamiliar listeners to "
           "understand. She uses Makaton signs well and is motivated to communicate.")
    _sub(d, "Cognition and learning")
    d.para("Maisie has severe learning difficulties. She reads about 40 sight words, is "
           "learning initial sounds and can count objects to 10. She needs new learning broken "
           "into small steps with a lot of repetition.")
    _sub(d, "Social, emotional and mental health")
    d.para("Maisie is generally happy but can become withdrawn and tearful when she cannot make "
           "herself understood, and she finds unstructured lunchtimes hard.")
    _sub(d, "Sensory and physical")
    d.para("Maisie has low muscle tone, which affects her stamina, balance and fine motor "
           "control. She has a mild bilateral conductive hearing loss and wears hearing aids.")
    _sub(d, "Independence and self-care")
    d.para("Maisie needs help with fastenings, with wiping after using the toilet, and with "
           "getting changed for PE and swimming.")

    d.heading("C: Health needs", section="C")
    d.para("Down syndrome; repaired atrioventricular septal defect (annual cardiology check); "
           "hypothyroidism treated with levothyroxine; mild conductive hearing loss with "
           "bilateral hearing aids.")

    d.heading("D: Social care needs", section="D")
    d.para("Maisie needs 1:1 support to join leisure activities with other young people. Her "
           "parents both work shifts and need planned overnight breaks.")

    d.heading("E: Outcomes", section="E")
    d.numbered([
        "By the end of Year 9, Maisie will use three-word spoken phrases, with signs, to make a request to an unfamiliar adult and be understood on four out of five occasions.",
        "Maisie will improve her reading.",
        "By March 2027, Maisie will read 80 sight words and blend three-letter words using the sounds she knows.",
        "Maisie will be happy at lunchtimes.",
        "By the end of Year 9, Maisie will dress herself after swimming, needing help only with her bra fastening.",
        "Maisie will have physiotherapy.",
    ], fmt="E{n}")

    d.heading("F: Special educational provision", section="F")
    d.para("This section sets out the provision Maisie needs at Fernleigh Bank School. Items "
           "are numbered so that they can be referred to at review.")
    _sub(d, "Class provision")
    d.para("Maisie is taught in a class of no more than nine pupils, with a qualified teacher "
           "and three teaching assistants, for the whole school day (09:00 to 15:15) in term "
           "time. The class follows a sensory and communication-rich curriculum with a "
           "structured routine. Makaton signing is used with the class where possible.")
    _sub(d, "F1 Communication")
    d.numbered([
        "A block of 10 weekly 45-minute sessions of 1:1 speech and language therapy each term, with an HCPC-registered speech and language therapist from the Garthwick Children's Therapy Service, working on speech sound clarity and three-key-word sentences.",
        "Between therapy blocks, a teaching assistant trained by the speech and language therapist will run Maisie's speech sound programme, written by the therapist, for 10 minutes every school day.",
        "Use of a communication book of core vocabulary, updated as required.",
        "Maisie may benefit from a trial of a voice output communication aid.",
    ], fmt="F1.{n}")
    _sub(d, "F2 Learning")
    d.numbered([
        "Reading taught through Read Write Inc. Phonics adapted with Makaton cues, in a group of three pupils, for 20 minutes every morning, by the class teacher.",
        "Numicon-based number work with a teaching assistant, 15 minutes, four times a week.",
        "Precision Teaching of sight words by the class teacher, with the frequency and length of sessions left to her judgement.",
    ], fmt="F2.{n}")
    _sub(d, "F3 Emotional well-being")
    d.numbered([
        "A daily 10-minute feelings check-in with her key teaching assistant at the start of the afternoon, using Zones of Regulation colour cards.",
        "Opportunities to take part in the lunchtime friendship club.",
        "Intensive Interaction sessions if Maisie becomes withdrawn.",
    ], fmt="F3.{n}")
    _sub(d, "F4 Physical and sensory")
    d.numbered([
        "A physiotherapy programme for core stability and stair climbing, devised by the physiotherapist and reviewed by her each term, delivered 1:1 by a teaching assistant she has trained, for 20 minutes three times a week.",
        "Occupational therapy consultation to the class team once a term.",
        "Hydrotherapy sessions when the pool is available.",
        "A Roger radio aid worn by the adult who is speaking in every lesson and assembly, checked each morning by the class teaching assistant, who has been trained to do this by the Garthwick Sensory Support Service.",
        "Visits from the teacher of the deaf as necessary.",
    ], fmt="F4.{n}")
    _sub(d, "F5 Independence")
    d.numbered([
        "Dressing and toileting skills taught 1:1 by her key teaching assistant at every toilet visit and before and after PE and swimming, following the step-by-step sequence written by the occupational therapist, with progress recorded on a step chart.",
        "Life skills cookery in the school's training flat, one 60-minute lesson each week in a group of six, taught by the class teacher, reducing as Maisie gains confidence.",
    ], fmt="F5.{n}")

    d.heading("G: Health provision", section="G")
    d.bullets([
        "Audiology review of Maisie's hearing aids every six months at the Garthwick Children's Hearing Service.",
        "Annual cardiology check at Garthwick General Hospital.",
        "Thyroid function blood test every year, arranged by the community paediatrician.",
        "Dietetic input as appropriate.",
    ])

    d.heading("H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Maisie attends the Saturday club at Fernleigh Bank for 5 hours every Saturday in "
           "term time, with 1:1 support from a support worker trained in moving and handling, "
           "funded by Garthwick Children's Services.")
    d.heading("H2: Other social care provision", section="H2")
    d.para("Overnight short breaks at Willowgate House.")

    d.heading("I: Placement", section="I")
    d.para("Fernleigh Bank School, Garthwick (maintained special school for pupils aged 11 to "
           "19 with severe and complex learning difficulties).")

    d.heading("J: Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("K: Advice and information", section="K")
    d.bullets([
        "Views of Maisie and her parents \u2013 annual review, 10 February 2026",
        "Educational advice \u2013 class teacher, Fernleigh Bank School, 3 February 2026",
        "Educational psychology advice \u2013 Dr Nerys Talfan, Educational Psychologist, 19 January 2026",
        "Medical advice \u2013 Community Paediatrician, Garthwick Child Development Centre, 22 January 2026",
        "Speech and language therapy advice \u2013 Garthwick Children's Therapy Service, 27 January 2026",
        "Physiotherapy report \u2013 Garthwick Children's Therapy Service",
        "Hearing impairment advice \u2013 Qualified Teacher of the Deaf, Garthwick Sensory Support Service, 30 January 2026",
        "Social care advice \u2013 Disabled Children's Team, 5 February 2026",
    ])
