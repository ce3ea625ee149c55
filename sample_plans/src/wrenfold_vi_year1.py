"""Wrenfold County Council - Year 1 child with a visual impairment in a mainstream infant
school. Headings are bold coloured Normal text ('Section A - ...'), no heading styles. Section F
is bullets under area-of-need sub-headings, each bullet group followed by a separate
'Staffing:' line that gives the deliverer for the bullets above it. FINAL."""

TITLE = "Education, Health and Care Plan - Niamh Ferreira-Holt"

COL = "8A3B12"


def H(d, text, sid):
    d.bold_line(text, section=sid, size=14, color=COL)


def build(d):
    d.running_header_footer("Wrenfold County Council - Education, Health and Care Plan - "
                            "Niamh Ferreira-Holt", footer_left="Final plan",
                            first_page_plain=False)
    d.title("Wrenfold County Council", size=14, color=COL)
    d.title("Education, Health and Care Plan (Final)", size=20, color=COL)
    d.table(None, [
        ["Name", "Niamh Ferreira-Holt", "Date of birth", "27 June 2020"],
        ["School year", "Year 1", "NHS number", "999 117 3064"],
        ["Address", "3 Kittiwake Row, Wrenfold, ZY8 1RT", "UPN", "X999000000722"],
        ["Parents", "Carla Ferreira and Joe Holt", "Contact", "carla.ferreira@example.com"],
        ["Date of final plan", "6 March 2026", "Review by", "5 March 2027"],
    ], widths_cm=[2.6, 5.9, 2.9, 5.2], bold_first_col=True)

    H(d, "Section A \u2013 Niamh's views, interests and aspirations", "A")
    d.para("Niamh is five and a half and is in Year 1 at Kingsmere Infant School. She lives with "
           "her mum Carla, her dad Joe and her baby brother Mateo. She loves music, singing "
           "loudly, the swings, and stories with lots of sounds in them.")
    d.para("Niamh's views were gathered by her QTVI on 19 January 2026 through play and talk. "
           "Niamh said: \"I like singing and the big swings. I don't like when it's too bright. "
           "When I'm big I want to be a singer on the telly.\"")
    d.para("Carla and Joe hope that Niamh will read and write alongside her friends, move around "
           "confidently and safely, and always be included. They would like staff to tell Niamh "
           "who they are when they speak to her.")

    H(d, "Section B \u2013 Special educational needs", "B")
    d.para("Vision", bold=True)
    d.para("Niamh has bilateral optic nerve hypoplasia with nystagmus. Her distance vision in both "
           "eyes is about 6/60 and she needs print of at least N36 to read letters and pictures "
           "comfortably, holding them very close to her face. Bright light and glare make it much "
           "harder for her to see. She cannot see the interactive whiteboard or pictures held up "
           "at the front of the class, and she tires quickly from close visual work. She is at the "
           "early stage of developing touch skills, which may later support braille.")
    d.para("Cognition and learning", bold=True)
    d.para("Niamh's understanding and reasoning are in line with her age. Her phonics knowledge "
           "is behind that of her classmates because she could not see the sound cards used in "
           "Reception; she knows about half of the Set 1 sounds. She finds it hard to count "
           "objects she cannot see clearly and to understand number pictures and charts.")
    d.para("Communication and interaction", bold=True)
    d.para("Niamh's spoken language and vocabulary are a strength; no speech or language "
           "difficulties were found. She cannot see facial expressions or gestures, so she "
           "sometimes misreads what other children want, and she finds it hard to find and join "
           "her friends in a busy playground.")
    d.para("Mobility and independence", bold=True)
    d.para("Niamh bumps into objects and people, is unsure on steps and kerbs, and finds it hard "
           "to find her peg, her tray and the toilets. She has just been given a symbol cane by the "
           "habilitation service and is learning to use it. She needs help to find her food and "
           "her cutlery in the lunch hall.")

    H(d, "Section C \u2013 Health needs related to Niamh's SEN", "C")
    d.para("Bilateral optic nerve hypoplasia with nystagmus (Certificate of Vision Impairment: "
           "severely sight impaired, 2023). She is light sensitive (photophobia) and wears tinted "
           "glasses outdoors. She is also under the endocrine clinic for growth, with no treatment "
           "needed in school.")

    H(d, "Section D \u2013 Social care needs", "D")
    d.para("No social care needs were identified. The family has been given information about the "
           "Wrenfold VI family support group.")

    H(d, "Section E \u2013 Outcomes", "E")
    d.bullets([
        "By the end of Year 2 (July 2027), Niamh will read a short book printed in N36 with 90% accuracy, using her phonics knowledge.",
        "Niamh will get better at using her eyes.",
        "By July 2027, Niamh will walk independently with her symbol cane from her classroom to the hall, the toilets and the playground door.",
        "Niamh will be happy at school.",
        "By the end of Year 2, Niamh will find and join a game with a friend at playtime on at least three days a week, using agreed calls and meeting points.",
    ])

    H(d, "Section F \u2013 Special educational provision", "F")
    d.para("All provision is for the 39-week school year. The 'Staffing' line after each group of "
           "bullets says who delivers that group, unless a bullet names someone else.")

    d.para("Vision and access to learning", bold=True)
    d.bullets([
        "Direct teaching by the QTVI of pre-braille touch skills and of using her hand-held magnifier, 45 minutes every week.",
        "All worksheets, reading books and displays Niamh needs are enlarged to N36 bold on buff paper before each lesson.",
        "Modified resources where possible.",
        "Sitting beside Niamh in every carpet session and whole-class input, describing what is on the board and repeating visual information aloud.",
        "A 24-inch desktop video magnifier and a sloped reading stand at her table for use in all lessons, with 1 hour of training for her teaching assistant from the QTVI in the first two weeks of term.",
        "Specialist VI equipment as advised by the QTVI.",
        "The QTVI will make a monitoring visit each half-term to check lighting, glare and seating in the classroom.",
        "Carla and Joe will carry out touch and magnifier activities at home for 10 minutes every evening, using the pack provided by the QTVI.",
    ])
    d.label_para("Staffing: ", "Niamh's named teaching assistant, who has completed the Wrenfold "
                 "Sensory Support Service's 12-hour 'Supporting Learners with Vision Impairment' "
                 "course. The QTVI is a qualified teacher of children and young people with vision "
                 "impairment (mandatory qualification) from the Wrenfold Sensory Support Service.")

    d.para("Mobility, orientation and independence", bold=True)
    d.bullets([
        "Habilitation training from a qualified habilitation specialist (Wrenfold Sensory Support Service) in moving around the school site, including steps, the hall, the toilets and the playground, 30 minutes each week.",
        "Support at playtimes and lunchtimes as needed.",
        "Opportunities to practise independence skills, for example finding her peg, tray and coat.",
        "Niamh will be encouraged to use her symbol cane around school.",
    ])
    d.label_para("Staffing: ", "school staff.")

    d.para("Communication, interaction and play", bold=True)
    d.bullets([
        "A play group of Niamh and two classmates practising turn-taking games adapted with tactile and high-contrast pieces, for 20 minutes every Monday, Wednesday and Friday lunchtime.",
        "A social skills intervention.",
        "A 45-minute session on vision impairment delivered by the QTVI to Niamh's class once each autumn term, so that classmates know how to greet her and guide her.",
        "Direct speech and language therapy from an HCPC-registered speech and language therapist, 30 minutes every fortnight, to develop her expressive vocabulary.",
    ])
    d.label_para("Staffing: ", "Niamh's named teaching assistant (trained as above), unless another "
                 "person is named.")

    d.para("Cognition and learning", bold=True)
    d.bullets([
        "1:1 Read Write Inc. phonics catch-up using sound cards enlarged to N48, 15 minutes every afternoon.",
        "Extra time to complete tasks.",
        "Number work with tactile and large-print resources such as Numicon and a talking calculator, in a small group.",
        "Keyboard skills on a laptop with large-print key labels, 20 minutes twice a week, to be reviewed in July 2026.",
    ])
    d.label_para("Staffing: ", "planned by Niamh's class teacher and delivered by her named "
                 "teaching assistant (trained as above).")

    H(d, "Section G \u2013 Health provision", "G")
    d.bullets([
        "Ophthalmology and orthoptic review every six months at Wrenfold General Hospital eye clinic.",
        "Low vision clinic assessment once a year, including the prescription of tinted glasses and magnifiers.",
        "Eye clinic to advise school as appropriate.",
    ])

    H(d, "Section H1 \u2013 Social care provision under section 2 CSDPA 1970", "H1")
    d.para("None.")
    H(d, "Section H2 \u2013 Other social care provision", "H2")
    d.para("None.")

    H(d, "Section I \u2013 Placement", "I")
    d.para("Kingsmere Infant School, Wrenfold (mainstream maintained infant school).")

    H(d, "Section J \u2013 Personal budget", "J")
    d.para("The family has not requested a personal budget.")

    H(d, "Section K \u2013 Advice and information", "K")
    d.numbered([
        "Parents' views and Niamh's views - Carla Ferreira and Joe Holt; Niamh with her QTVI, 19 January 2026",
        "Educational advice - SENCO, Kingsmere Infant School, 14 January 2026",
        "Advice from a qualified teacher of the visually impaired - Wrenfold Sensory Support Service, 9 January 2026",
        "Habilitation assessment - Wrenfold Sensory Support Service, 12 December 2025",
        "Educational psychology advice - Dr Ruth Abara, EP, 21 January 2026",
        "Medical advice - Consultant Paediatric Ophthalmologist, Wrenfold General Hospital, 8 December 2025",
        "Social care advice - Wrenfold Children's Services",
    ])
