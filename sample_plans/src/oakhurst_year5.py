"""Oakhurst Metropolitan Borough Council - first EHC plan, FINAL. Word Heading 1 headings of
the form 'Section F<tab>Special Educational Provision' (letter, tab, title; no punctuation).
Cover details are a four-column table (label | value | label | value). Section E is a
numbered list E1-E8. Section F is numbered provision statements under Heading 2 area-of-need
sub-headings, with the numbering restarting at 1 under each area and a 'Linked outcomes'
line after each group. Year 5 pupil with spina bifida, hydrocephalus (shunted) and a
neurogenic bladder and bowel, mainstream voluntary aided primary school."""

TITLE = "Education, Health and Care Plan - Keziah Brannigan"

NAME = "Keziah Brannigan"


def make_doc():
    from build import PlanDoc  # noqa: E402  (build.py is on sys.path when run)
    return PlanDoc(font_size=10.5, heading_color="0B5345", margins_cm=2.0)


def _h(d, letter, title, section=None):
    d.heading(f"Section {letter}\t{title}", level=1, section=section or letter)


def build(d):
    d.running_header_footer("OFFICIAL \u2013 SENSITIVE", footer_left=f"{NAME} \u2013 EHC Plan "
                            "(Final, 21/01/2026) \u2013 Oakhurst MBC", first_page_plain=False)
    d.title("Oakhurst Metropolitan Borough Council", size=13, color="0B5345")
    d.title("Education, Health and Care Plan", size=22, color="0B5345")
    d.para("FINAL PLAN", bold=True, size=13)
    d.table(None, [
        ["**Child's name**", NAME, "**Date of birth**", "03/02/2016"],
        ["**NHS number**", "999 627 4410", "**UPN**", "K830999912077"],
        ["**Home address**", "9 Tanner's Row, Oakhurst, XQ4 7HB", "**Year group**", "Year 5"],
        ["**Parents**", "Sorcha Brannigan and Callum Brannigan", "**Telephone**", "01632 960734"],
        ["**E-mail**", "sorcha.brannigan@example.org", "**Current school**",
         "St Aldhelm's CE Primary School"],
        ["**Request for assessment**", "08/09/2025", "**Draft plan issued**", "19/12/2025"],
        ["**Final plan issued**", "21/01/2026", "**First review by**", "20/01/2027"],
        ["**EHC coordinator**", "Marguerite Osei-Tutu", "**Plan type**", "New plan"],
    ], widths_cm=[3.6, 5.0, 3.4, 5.0], font_size=9.5)
    d.para("This plan was written with Keziah and her parents. Where Keziah's own words are "
           "used they are shown in quotation marks.", italic=True, size=9.5)

    # ---------------------------------------------------------------- A
    _h(d, "A", "Views, Interests and Aspirations")
    d.heading("What Keziah told us", level=2)
    d.para("Keziah talked with her EHC coordinator and her class teacher, Mr Pask, on 7 "
           "October 2025, using the 'My Plan' booklet. She chose to draw some of her answers.")
    d.para("\"I'm good at drawing and I'm really fast in my chair. I play wheelchair "
           "basketball at Rollers and I want to be in the Paralympics one day, or be a vet "
           "because I love my cat Pickle.\"")
    d.para("\"I don't like it when I have to stop work to go to the toilet and everyone looks. "
           "I want to do my catheter by myself so I don't need a grown-up to come with me. "
           "Maths is hard because I forget the numbers in my head. Sometimes at playtime nobody "
           "picks me for games.\"")
    d.heading("What Keziah's parents told us", level=2)
    d.para("Sorcha and Callum say Keziah is determined, funny and very sociable at home. They "
           "would like her to be doing as much of her own continence care as she can before she "
           "moves to secondary school in September 2027, so that she is not embarrassed in front "
           "of other pupils. They are worried that she is falling behind in maths and that she "
           "is very tired by the end of the school day. Keziah's younger sister, Aoife, is in "
           "Year 1 at the same school.")

    # ---------------------------------------------------------------- B
    _h(d, "B", "Special Educational Needs")
    d.heading("Cognition and learning", level=2)
    d.para("Keziah has hydrocephalus, which was treated with a shunt when she was a baby. The "
           "educational psychologist (November 2025) found that her verbal reasoning is in the "
           "average range but her working memory and processing speed are well below average. "
           "She loses track of multi-step calculations and instructions and often needs to see "
           "information again. In maths she is working at about the level expected in Year 2: "
           "she is not secure with place value beyond 100, she knows only her 2, 5 and 10 "
           "times tables, and she cannot yet tell the time to five minutes.")
    d.para("Keziah's reading accuracy is close to what is expected for her age, but she reads "
           "slowly (82 words per minute on a Year 4 passage) and she finds it hard to answer "
           "questions that need her to infer or explain why something happened. She becomes "
           "noticeably tired after lunch, and her concentration and accuracy fall in the "
           "afternoon.")
    d.heading("Communication and interaction", level=2)
    d.para("Keziah talks fluently and has a wide vocabulary, so her difficulties can be missed. "
           "The speech and language therapist found that she has difficulty understanding "
           "spoken instructions with three or more parts and abstract language such as 'why' "
           "and 'how' questions. In class she often copies what other pupils are doing rather "
           "than following the instruction she was given.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Keziah is sociable and well liked, but her self-esteem has dropped this year. She "
           "worries a great deal about having a continence accident at school and about other "
           "children noticing when she leaves the room for catheterisation. She finds it hard "
           "to join in with playground games because of the surface and the speed of play, and "
           "she says she is often left out.")
    d.heading("Physical and sensory", level=2)
    d.para("Keziah has spina bifida (lumbar myelomeningocele). She uses a self-propelled "
           "wheelchair for all distances around school and can walk short distances in the "
           "classroom with a reverse walking frame and ankle-foot orthoses. She cannot manage "
           "the slope to the school field, heavy fire doors or kerbs without help. Her sitting "
           "balance is poor on a standard classroom chair. Her hand strength and fine motor "
           "control are reduced: her handwriting is slow and becomes untidy after a few lines, "
           "and she writes about half as much as her classmates in the same time. She cannot "
           "take part in most PE activities without adaptation.")
    d.heading("Independence and self-care", level=2)
    d.para("Keziah has a neurogenic bladder and bowel. She needs clean intermittent "
           "catheterisation three times during the school day and is at risk of bowel "
           "accidents. At present an adult carries out the whole catheterisation procedure; "
           "the continence nurse believes that Keziah can learn to do most of it herself over "
           "the next two years. She needs help with changing and with dressing after an "
           "accident.")

    # ---------------------------------------------------------------- C
    _h(d, "C", "Health Needs related to Special Educational Needs")
    d.bullets([
        "Spina bifida (lumbar myelomeningocele) with paraplegia below L3, under the care of the "
        "regional spina bifida clinic.",
        "Hydrocephalus treated with a ventriculoperitoneal shunt. A blocked shunt is a medical "
        "emergency; signs include headache, vomiting and drowsiness.",
        "Neurogenic bladder managed by clean intermittent catheterisation (CIC), and neurogenic "
        "bowel managed by daily transanal irrigation at home.",
        "Latex allergy: only latex-free gloves and equipment may be used.",
        "Reduced sensation in her lower legs and feet, so her skin must be checked for pressure "
        "marks.",
    ])

    # ---------------------------------------------------------------- D
    _h(d, "D", "Social Care Needs")
    d.para("The Oakhurst Children with Disabilities Team completed a child in need assessment "
           "on 3 November 2025. Keziah needs a support worker to take part in an after-school "
           "activity, because the club cannot meet her continence needs. The family home has "
           "no downstairs bathroom, and Keziah's parents currently carry her upstairs. The "
           "family has asked for regular breaks.")

    # ---------------------------------------------------------------- E
    _h(d, "E", "Outcomes")
    d.para("These outcomes are to be achieved by the end of Year 6 (July 2027) unless another "
           "date is given. St Aldhelm's will agree termly targets towards each outcome with "
           "Keziah and her parents.")
    d.numbered([
        "By the end of Year 6, Keziah will recall the multiplication facts for the 2, 3, 4, 5 "
        "and 10 times tables, answering at least 18 out of 20 mixed questions correctly "
        "within five minutes.",
        "By July 2027, Keziah will carry out at least four of the six steps of her "
        "catheterisation routine herself, with an adult present, on four out of five school "
        "days.",
        "Keziah will be more independent.",
        "By the end of the spring term 2027, Keziah will follow a three-part spoken "
        "instruction in class without it being repeated, on 8 out of 10 occasions recorded "
        "by her class teacher.",
        "Keziah will receive physiotherapy every day.",
        "By July 2027, Keziah will touch-type at 20 words per minute with at least 90% "
        "accuracy.",
        "Keziah will have better self-esteem by the end of Year 6.",
        "By the end of the summer term 2026, Keziah will move around the whole school site in "
        "her wheelchair, including the slope to the field and the fire doors, without adult "
        "help.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    _h(d, "F", "Special Educational Provision")
    d.para("Oakhurst Metropolitan Borough Council will secure the provision below for Keziah in "
           "term time for the life of this plan. The numbering starts again under each area of "
           "need.")
    d.heading("Cognition and learning", level=2)
    d.numbered([
        "Catch Up Numeracy: two 15-minute 1:1 sessions every week, on Tuesday and Thursday "
        "mornings, delivered by a teaching assistant who has completed the Catch Up Numeracy "
        "training, with Keziah's progress on the Catch Up assessment checked by the SENCO "
        "every half-term.",
        "Pre-teaching of the vocabulary and key concepts for each new maths unit by a teaching "
        "assistant, three times a week for 20 minutes, where staffing allows.",
        "A 10-minute rest break at 13:45 every afternoon in the library corner, supervised by "
        "her teaching assistant, because tiredness linked to her hydrocephalus affects her "
        "concentration later in the day.",
        "Visual supports for her working memory (task planners, word mats, a personal "
        "whiteboard and the like) to be used in class where appropriate.",
        "A daily reading fluency intervention in a small group with a teaching assistant.",
    ])
    d.para("Linked outcome: E1", italic=True, size=9.5)
    d.heading("Communication and interaction", level=2)
    d.numbered([
        "Language for Thinking: three 20-minute sessions a week in a group of three pupils, "
        "led by a teaching assistant who has attended the Oakhurst Speech and Language "
        "Therapy Service's Language for Thinking training, working through the programme's "
        "picture scenes at levels B and C.",
        "An HCPC-registered speech and language therapist will visit once each half-term for "
        "one hour to observe Keziah in class and advise her teacher and teaching assistant.",
        "Adults to check Keziah's understanding of instructions regularly and to repeat or "
        "simplify them as necessary.",
    ])
    d.para("Linked outcome: E4", italic=True, size=9.5)
    d.heading("Social, emotional and mental health", level=2)
    d.numbered([
        "A 30-minute 1:1 session every Wednesday afternoon with the school's Emotional "
        "Literacy Support Assistant (ELSA), who is trained and supervised half-termly by the "
        "Oakhurst Educational Psychology Service, working on self-esteem, explaining her "
        "condition to friends, and handling worries about accidents at school.",
        "A daily 5-minute check-in with her key adult when she arrives at school, to be "
        "phased out as Keziah grows in confidence.",
        "Keziah will have opportunities to join in with lunchtime games with a peer buddy.",
    ])
    d.para("Linked outcome: E7", italic=True, size=9.5)
    d.heading("Physical and sensory", level=2)
    d.numbered([
        "A daily physiotherapy exercise programme written by Keziah's NHS paediatric "
        "physiotherapist (HCPC-registered) and updated by her each half-term, delivered for "
        "20 minutes at 9:00 every school day in the medical room by a teaching assistant "
        "whom the physiotherapist has trained and checked as competent.",
        "Six 1-hour 1:1 wheelchair skills sessions in the spring term 2026 with a qualified "
        "wheelchair skills trainer from the Oakhurst Wheelchair Service, in the school grounds "
        "and on the streets around the school, covering kerbs, slopes, heavy doors and the "
        "slope to the field.",
        "A height-adjustable table and a classroom chair with a pommel, lateral supports and a "
        "footrest, for Keziah's sole use, moved with her to her new classroom each September, "
        "when her HCPC-registered occupational therapist will check her seating position.",
        "Other specialist equipment for writing and for PE, as recommended in the "
        "occupational therapy report (see Section K, advice 6).",
        "Keziah will learn to touch-type using the Touch-type Read and Spell (TTRS) course.",
        "Adapted PE and swimming arrangements to be agreed between the school and the "
        "physiotherapist following her next review.",
        "Up to 15 hours per week of teaching assistant support to meet Keziah's physical and "
        "personal care needs.",
    ])
    d.para("Linked outcomes: E5, E6, E8", italic=True, size=9.5)
    d.heading("Independence and self-care", level=2)
    d.numbered([
        "Teaching of self-catheterisation: at the 12:15 catheterisation every school day, a "
        "teaching assistant who has been trained and signed off as competent by the paediatric "
        "continence nurse will take Keziah through the nurse's written six-step "
        "self-catheterisation plan, allowing 15 minutes, with the continence nurse checking "
        "each half-term which steps Keziah can now do herself.",
        "Support with personal care and changing after any continence accident, provided by "
        "school staff in line with St Aldhelm's intimate care policy.",
    ])
    d.para("Linked outcomes: E2, E3", italic=True, size=9.5)

    # ---------------------------------------------------------------- G
    _h(d, "G", "Health Care Provision")
    d.para("The health care provision below has been agreed by NHS Oakhurst and Vale "
           "Integrated Care Board (letter of 12 January 2026).")
    d.bullets([
        "Clean intermittent catheterisation at 10:30 and 14:30 every school day, carried out by "
        "two members of staff trained and assessed as competent by the paediatric continence "
        "nurse, following Keziah's individual health care plan dated 8 January 2026 (the "
        "12:15 catheterisation is set out in Section F).",
        "Catheters, latex-free gloves, lubricant and wipes supplied each month on prescription "
        "by the Oakhurst Community Continence Service.",
        "The school nurse will train all staff who work with Keziah, every September, to "
        "recognise the signs of a blocked shunt and to call 999.",
        "Wheelchair review by the Oakhurst Wheelchair Service when Keziah reaches the top of "
        "the waiting list.",
        "Neurosurgical follow-up as appropriate.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1\tSocial Care Provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", level=1, section="H1")
    d.bullets([
        "A support worker from the Oakhurst Children with Disabilities Team for 2 hours every "
        "Tuesday evening (17:30 to 19:30) so that Keziah can attend the Oakhurst Rollers "
        "wheelchair basketball club.",
        "Short breaks as agreed by the Children with Disabilities Team.",
        "A ground-floor wet room and a through-floor lift at the family home, funded through a "
        "Disabled Facilities Grant (works approved on 2 December 2025 and due to be finished by "
        "June 2026).",
    ])
    _h(d, "H2", "Other Social Care Provision")
    d.para("No other social care provision is required.")

    # ---------------------------------------------------------------- I
    _h(d, "I", "Placement")
    d.para("St Aldhelm's CE Primary School, Oakhurst (mainstream voluntary aided primary "
           "school).")

    # ---------------------------------------------------------------- J
    _h(d, "J", "Personal Budget")
    d.para("Keziah's parents have not asked for a personal budget. Information about personal "
           "budgets was given to them on 14 November 2025.")

    # ---------------------------------------------------------------- K
    _h(d, "K", "Advice and Information")
    d.numbered([
        "Parental advice \u2013 Sorcha and Callum Brannigan, 6 October 2025",
        "Keziah's views \u2013 recorded by Marguerite Osei-Tutu, EHC coordinator, 7 October 2025",
        "Educational advice \u2013 Mrs R. Halloran, SENCO, St Aldhelm's CE Primary School, "
        "10 October 2025",
        "Psychological advice \u2013 Dr Femi Ashworth, Educational Psychologist, 4 November "
        "2025",
        "Medical advice \u2013 Dr Leona Farquhar, Consultant Community Paediatrician",
        "Occupational therapy advice \u2013 Ms H. Brodie, Paediatric Occupational Therapist, "
        "22 October 2025",
        "Physiotherapy advice \u2013 Mrs J. Cartwright, Paediatric Physiotherapist, 21 October "
        "2025",
        "Speech and language therapy advice \u2013 Mr O. Lindgren, Speech and Language "
        "Therapist, 30 October 2025",
        "Continence nursing advice \u2013 Paediatric Continence Nurse Specialist, Oakhurst "
        "Community Health, 28 October 2025",
        "Social care advice \u2013 Oakhurst Children with Disabilities Team, 3 November 2025",
    ])
