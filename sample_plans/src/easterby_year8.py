"""Easterby Borough Council - Year 8 pupil with spina bifida (myelomeningocele) and
hydrocephalus at a mainstream 11-16 academy with lift access; continence and personal-care
needs, manual wheelchair user. Word Heading 1 headings in a child-friendly form ('Section F:
Special educational provision \u2013 the support I will get'). Cover details are a shaded
two-column table. E is numbered E1-E8. Section F is ONE three-column table, one row per area
of need (What Ayla needs (Section B) | Provision to meet this need | Outcomes it supports):
each provision cell holds several typed-bullet ('\u2022 ') provision items, each with its
own quantities inline, so one table row carries up to seven items and the largest row runs
over a page break. G is bullets, H1/H2 split, I names the academy and its type. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ayla Brennock"


def build(d):
    d.running_header_footer("Easterby Borough Council \u2013 Education, Health and Care Plan \u2013 Ayla Brennock",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Easterby Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan issued under section 37 of the Children and Families Act 2014", italic=True)
    d.details_table([
        ("Child's name", "Ayla Brennock"),
        ("Date of birth", "17/11/2012"),
        ("Year group (2025/26)", "Year 8"),
        ("NHS number", "999 631 2047"),
        ("UPN", "Z999000582716"),
        ("Home address", "14 Kilnhouse Lane, Easterby, ZY4 8DN"),
        ("Parents", "Sunita Brennock and Gareth Brennock"),
        ("Contact", "01632 960318 / sunita.brennock@example.org"),
        ("School", "Holmwood Park Academy"),
        ("Date of this final plan", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC coordinator", "Priya Lindqvist, Easterby SEND Assessment Team"),
    ])

    d.heading("Section A: About me \u2013 my views, interests and aspirations", section="A")
    d.heading("What Ayla told us", level=2)
    d.para("Ayla talked to her form tutor, Mrs Okonedo, over two lunchtimes in January 2026 and "
           "chose which parts of the conversation to include. These are her words.")
    d.para("\"I'm Ayla and I'm 13. I love animals, especially our dog Biscuit, and I want to be a "
           "vet or work at a rescue centre. I'm good at art and I like drawing animals from "
           "photos. At school the worst thing is when the lift is broken because then I have to "
           "wait for someone to move my lesson and everyone looks at me. I don't like being "
           "taken out of lessons for my catheter in front of people. I want to do it all myself "
           "so I don't need anyone. I get really tired by the afternoon and my hands ache when I "
           "write a lot. Maths is hard because I forget the steps. I'd like to go to wheelchair "
           "basketball and to have friends round more.\"")
    d.heading("What Ayla's parents told us", level=2)
    d.para("Sunita and Gareth describe Ayla as funny, determined and kind, and very close to her "
           "older brother Rhys. They were pleased with how she settled at Holmwood Park but are "
           "worried that she is becoming self-conscious about her care needs and has started "
           "drinking less during the day so that she needs to be catheterised less often, which "
           "puts her kidneys at risk. They want her to become independent in her personal care "
           "before she moves to Key Stage 4, and to keep up with her friends academically. They "
           "would like a clear plan for what happens when the lift is out of use.")
    d.heading("Aspirations", level=2)
    d.para("Ayla hopes to work with animals when she is older, possibly as a vet. In the shorter "
           "term she wants to manage her own personal care, play wheelchair basketball and go into "
           "town with her friends without a parent.")

    d.heading("Section B: My special educational needs", section="B")
    d.heading("Physical development and mobility", level=2)
    d.para("Ayla has a lumbar myelomeningocele (L3/L4) and uses a self-propelled manual "
           "wheelchair full time in school. She can stand in a standing frame and take a few steps "
           "with elbow crutches and ankle-foot orthoses, but not safely in a busy corridor. She "
           "has reduced sensation below the knee and is at risk of pressure sores if she does not "
           "change position regularly through the day. She tires quickly, and by the afternoon "
           "her propelling is slower and she arrives late to lessons. She cannot use stairs and "
           "depends on the two lifts on the Holmwood Park site. She cannot yet manage kerbs, "
           "ramps with a steep gradient or uneven ground in her chair without help.")
    d.heading("Self-care and continence", level=2)
    d.para("Ayla has a neuropathic bladder and bowel. She needs clean intermittent "
           "catheterisation (CIC) three times during the school day and follows a bowel "
           "management routine. At present an adult carries out most of the procedure. She "
           "knows the steps but needs prompting with the order and with hygiene, and has not yet "
           "learned to transfer from her chair to the changing bench on her own. She is "
           "embarrassed when she has to leave lessons and has started to avoid drinking.")
    d.heading("Cognition and learning", level=2)
    d.para("Ayla's hydrocephalus affects her working memory and processing speed (both in the "
           "low range on the educational psychologist's assessment, 2025). She is working below "
           "age-related expectations in maths, where she loses track of multi-step methods and "
           "has gaps in her knowledge of number facts, fractions and place value. Her reading is "
           "at age level, but she needs instructions repeated and takes longer than her peers to "
           "start tasks.")
    d.heading("Recording and fine motor skills", level=2)
    d.para("Ayla has weak grip and poor hand endurance. Her handwriting is legible for short "
           "pieces but becomes slow and painful after about 10 minutes, so she records much less "
           "than she knows. She is a beginner at keyboard skills.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ayla is sociable and well liked, but she has become anxious about how others see her "
           "disability, especially around her care routine and the lift. Her confidence has "
           "dropped since the start of Year 8, and she sometimes refuses to go to PE or on trips "
           "rather than ask for adaptations.")

    d.heading("Section C: My health needs", section="C")
    d.bullets([
        "Spina bifida (lumbar myelomeningocele) with paraplegia below L4, under the care of the paediatric neurosurgery and orthopaedic teams at Easterby Royal Infirmary.",
        "Hydrocephalus treated with a ventriculo-peritoneal (VP) shunt, fitted in 2012 and revised in 2019. Staff must know the signs of shunt blockage (headache, vomiting, drowsiness).",
        "Neuropathic bladder and bowel, managed by CIC and a bowel routine, overseen by the paediatric urology and continence services.",
        "Latex allergy: all gloves and catheters used in school must be latex-free.",
        "Risk of pressure sores, so Ayla must change position at least every two hours.",
    ])

    d.heading("Section D: My social care needs", section="D")
    d.para("Ayla lives with her parents and brother in a house that has been partly adapted. She "
           "cannot use the upstairs bathroom, and her parents carry her upstairs at night, which "
           "is becoming difficult as she grows. She has few chances to take part in leisure "
           "activities outside school because the clubs near her home are not accessible and "
           "her parents both work shifts. An assessment by the Children with Disabilities Team "
           "(November 2025) found she is a disabled child with needs under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970.")

    d.heading("Section E: My outcomes", section="E")
    d.para("Holmwood Park Academy will set half-termly steps towards each outcome and share them "
           "with Ayla and her parents at her Assess-Plan-Do-Review meetings.")
    d.numbered([
        "By July 2027, Ayla will carry out her own clean intermittent catheterisation at school, including the transfer to the changing bench, with an adult present only to check, on at least four days out of five.",
        "By the end of Year 9, Ayla will move between all her lessons in her wheelchair, using the lifts, and arrive within five minutes of the start of the lesson without adult help on nine days out of ten.",
        "Ayla will make progress in maths.",
        "By July 2027, Ayla will touch-type at 25 words per minute with at least 95% accuracy and use her laptop to complete all extended writing in English, history and geography.",
        "Ayla will be more confident about her disability.",
        "Ayla will receive physiotherapy to keep her strong.",
        "By the end of Year 9, Ayla will pack her own school bag, including her catheter supplies, from a written checklist on four mornings out of five.",
        "Ayla will become a vet.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision \u2013 the support I will get", section="F")
    d.para("The provision below must be made during term time for as long as this plan is "
           "maintained. Each row is linked to the needs set out in Section B and the outcomes in "
           "Section E.")
    d.table(["What Ayla needs (Section B)", "Provision to meet this need", "Outcomes it supports"], [
        ["Physical development and mobility: standing, strength, moving safely around the site, fatigue",
         "\u2022 A physiotherapy programme of stretches, time in her standing frame and upper-body strengthening, carried out in the medical room for 30 minutes at the start of every Tuesday and Thursday afternoon by a teaching assistant who has been trained by Ayla's NHS physiotherapist and signed off by her as competent.\n"
         "\u2022 A 45-minute session of direct physiotherapy in school once every half-term from an HCPC-registered paediatric physiotherapist from the Easterby Children's Physiotherapy Service, who will also update the written programme and retrain the teaching assistant at the same visit.\n"
         "\u2022 Help to get between lessons at busy times where possible.\n"
         "\u2022 Specialist seating and a height-adjustable desk in every classroom Ayla uses, to be provided by the school as needed.\n"
         "\u2022 Wheelchair skills training (kerbs, ramps and slopes) to be arranged once the wheelchair service has assessed Ayla for her new chair.\n"
         "\u2022 Adapted PE lessons, with activities chosen at the discretion of the PE department.\n"
         "\u2022 Hydrotherapy sessions at Easterby Leisure Centre, subject to the availability of pool time.",
         "E2, E6"],
        ["Self-care and continence: learning to manage her own catheterisation and bowel routine; fatigue during the day",
         "\u2022 Intimate care, including clean intermittent catheterisation at 10:45, 13:15 and 15:00 every school day (15 minutes each time) in the accessible hygiene room, carried out by two teaching assistants who have completed the paediatric continence nurse's CIC training, with their competence re-checked each September; at each session the teaching assistant will teach Ayla the next step of doing the procedure herself, following the step-by-step checklist agreed with her.\n"
         "\u2022 Ayla's bowel management programme at school will be carried out by staff in line with the school's intimate care policy.\n"
         "\u2022 Ayla can access the medical room to rest when she feels tired.",
         "E1, E7"],
        ["Cognition and learning: working memory, processing speed, gaps in number knowledge",
         "\u2022 Pre-teaching of the vocabulary and methods for the next maths topic in a group of no more than four pupils, for 30 minutes every Monday in period 5, taught by a maths teacher.\n"
         "\u2022 Ayla will take part in a small-group maths intervention to help close the gaps in her number knowledge.\n"
         "\u2022 Teachers should allow Ayla extra thinking time and reduce the amount of written work where appropriate.\n"
         "\u2022 A teaching assistant working alongside Ayla in science, food technology and art practicals, for a maximum of four hours each week.",
         "E3"],
        ["Recording and fine motor skills: weak grip, slow and painful handwriting",
         "\u2022 Touch-typing lessons using the Touch-type Read and Spell (TTRS) course, 20 minutes each morning before registration (8:30 to 8:50) from Monday to Thursday, supervised by a higher level teaching assistant who has completed the TTRS tutor training; her typing speed and accuracy will be recorded every half-term and sent home.\n"
         "\u2022 A lightweight laptop with Clicker 8 word-prediction software and a wheelchair-mounted tray, for Ayla's own use in every lesson, in internal tests and at home, set up by the LA's physical disability advisory teacher, who will also give Ayla two 1-hour training sessions in the first half of the summer term 2026.\n"
         "\u2022 Termly OT visit to give staff advice on Ayla's posture, seating and recording.",
         "E4"],
        ["Social, emotional and mental health: confidence about her disability, anxiety about care routines and PE",
         "\u2022 A five-minute check-in with her form tutor at 8:40 each day to go over her timetable, any room changes and her care times.\n"
         "\u2022 Six 45-minute individual sessions with the school's Emotional Literacy Support Assistant (ELSA), one each week in the spring term, on explaining her condition to friends and asking for adaptations in her own words; the ELSA is trained by the Easterby Educational Psychology Service and attends its half-termly supervision group.\n"
         "\u2022 Time with a trusted adult each week to talk through any worries, reducing as she settles.",
         "E5, E7"],
    ], widths_cm=[3.8, 10.6, 2.2], font_size=9.5)

    d.heading("Section G: My health provision", section="G")
    d.bullets([
        "Paracetamol for shunt-related headaches, given as required under Ayla's individual healthcare plan by staff trained in the administration of medicines, with every dose recorded and parents told the same day.",
        "Latex-free catheters, gloves and wipes delivered to the school every month by the Easterby community continence service.",
        "Review by the paediatric neurosurgery team at Easterby Royal Infirmary every 12 months and by the urology clinic every six months.",
        "The community continence nurse will train staff as and when required.",
        "Reassessment for a powered wheelchair for longer distances, depending on the wheelchair service's eligibility criteria.",
    ])

    d.heading("Section H1: My social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.bullets([
        "A level-access shower room and a ceiling track hoist on the ground floor of Ayla's home, fitted by the Easterby Council Home Adaptations Team by 31 July 2026.",
        "Short breaks during the school holidays.",
    ])
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None identified at this time.")

    d.heading("Section I: My school", section="I")
    d.para("Holmwood Park Academy, Easterby (mainstream academy for pupils aged 11\u201316).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Ayla's parents have not asked for a personal budget for any of the provision in this plan.")

    d.heading("Section K: Advice and information gathered", section="K")
    d.bullets([
        "Views of Ayla \u2013 recorded with Mrs A. Okonedo, form tutor, 14 January 2026",
        "Views of Ayla's parents \u2013 Sunita and Gareth Brennock, 12 November 2025",
        "Educational advice \u2013 Mr D. Farrier, SENCO, Holmwood Park Academy, 20 November 2025",
        "Psychological advice \u2013 Dr Keziah Marlowe, Educational Psychologist, 1 December 2025",
        "Medical advice \u2013 Dr S. Aldous, Consultant Community Paediatrician, 25 November 2025",
        "Physiotherapy advice \u2013 Easterby Children's Physiotherapy Service, 27 November 2025",
        "Occupational therapy advice \u2013 Easterby Children's Occupational Therapy Service",
        "Continence nurse advice \u2013 Ms J. Wrenfield, Paediatric Continence Nurse, 3 December 2025",
        "Social care advice \u2013 Easterby Children with Disabilities Team, 28 November 2025",
        "Physical disability advisory teacher \u2013 Mrs L. Castellan, 5 December 2025",
    ])
