"""Moorcross Borough Council - secondary template. Word Heading 1 'Section F. Special
Educational Provision' headings (letter, full stop, title-case title). E is a list numbered
E1-E6. F is three 5-column tables (Outcome | Provision | Frequency and duration | Who will
provide it | Resources), one per area of need. K is a table. Year 8 deaf pupil in a
mainstream academy. FINAL plan. (Held-out test plan.)"""

TITLE = "EHC Plan - Ellis Marchetti"


def build(d):
    d.running_header_footer("Moorcross Borough Council \u2013 Education, Health and Care Plan \u2013 Ellis Marchetti",
                            footer_left="OFFICIAL-SENSITIVE", first_page_plain=False)
    d.title("Moorcross Borough Council", size=15, color="5B2A86")
    d.title("Education, Health and Care Plan", size=21, color="5B2A86")
    d.table(None, [
        ["Plan status", "FINAL", "Date issued", "5 December 2025"],
        ["Name", "Ellis Marchetti", "Date of birth", "05.11.2012"],
        ["NHS number", "999 482 6613", "UPN", "M999203117054"],
        ["School", "Fellside Academy", "National curriculum year", "Year 8"],
        ["Parent / carer", "Donna Marchetti (mother)", "Contact", "07700 900731"],
        ["Address", "Flat 3, 18 Kiln Lane, Moorcross, XJ5 8HN", "E-mail", "donna.marchetti@example.org"],
        ["Next review", "December 2026", "Caseworker", "Tariq Holloway"],
    ], widths_cm=[3.3, 5.6, 3.6, 4.3], bold_first_col=True)

    d.heading("Section A. Views, Interests and Aspirations", section="A")
    d.para("Ellis (13) met his caseworker at school with his Qualified Teacher of the Deaf. He "
           "used his radio aid during the meeting.")
    d.para("Ellis said: \"I'm into football and gaming, and I'm quite good at drawing cars. In "
           "class I miss stuff when people talk at the back or when the teacher walks round. I "
           "don't always say because I don't want to look different. When I'm older I want to "
           "design cars, or be a mechanic like my uncle.\"")
    d.para("Donna says Ellis is a loyal, funny boy who is close to his older brother, Jordan. She "
           "is worried that he is tired and irritable after school and that he has stopped going "
           "to football practice because he can't follow the coach. She would like teachers to "
           "check that he has understood and for him to have a friendship group at school.")

    d.heading("Section B. Special Educational Needs", section="B")
    d.heading("Hearing and communication", level=2)
    d.para("Ellis has a moderate bilateral sensorineural hearing loss and wears two hearing aids. "
           "He relies on lip-reading and on his radio aid, and misses a great deal of incidental "
           "talk and classroom discussion, especially in noisy rooms. His receptive and expressive "
           "vocabulary are below age expectations, particularly for subject words in science and "
           "the humanities. He seldom asks for repetition.")
    d.heading("Cognition and learning", level=2)
    d.para("Ellis's reading accuracy is close to his age, but his reading comprehension (standard "
           "score 81) is held back by his vocabulary. His written work is short. In maths he is "
           "working at a Year 5 to 6 level; word problems and new terms cause particular "
           "difficulty.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ellis feels self-conscious about his deafness and avoids crowded, noisy places such "
           "as the canteen. He often eats alone. He becomes anxious and sometimes walks out of "
           "lessons when he has lost track of what is happening.")

    d.heading("Section C. Health Needs", section="C")
    d.para("Ellis's hearing is monitored by the Moorcross Hospital audiology department. He has "
           "no other health needs relating to his SEN.")

    d.heading("Section D. Social Care Needs", section="D")
    d.para("Ellis does not have social care needs relating to his SEN or disability.")

    d.heading("Section E. Outcomes", section="E")
    d.numbered([
        "By the end of Year 9, Ellis will ask a teacher to repeat or rephrase something he has missed, without being prompted, in at least three lessons a week.",
        "Ellis will develop his subject vocabulary.",
        "By July 2027, Ellis will read a Key Stage 3 science text and answer written questions on it with 80% accuracy.",
        "By the end of Key Stage 3, Ellis will make good progress in maths.",
        "Ellis will attend weekly mentoring.",
        "By the end of Year 8, Ellis will eat lunch with at least one other student on four days out of five, and will rate how lunchtimes feel on a 1\u20135 scale with his mentor each week.",
    ], fmt="E{n}")
    d.para("Fellside Academy will set short-term targets towards each outcome each term and send "
           "them to Donna.")

    d.heading("Section F. Special Educational Provision", section="F")
    d.para("The provision below is specified by the local authority and must be made in full. "
           "The Outcome column gives the Section E outcome(s) each item supports.")
    hdr = ["Outcome", "Provision", "Frequency and duration", "Who will provide it", "Resources"]
    w = [1.9, 5.2, 3.3, 3.4, 2.8]
    d.para("Hearing, communication and interaction", bold=True)
    d.table(hdr, [
        ["E1", "Direct teaching from a Qualified Teacher of the Deaf on listening skills, managing his radio aid in class and self-advocacy (asking for repetition and checking he has understood)",
         "One 50-minute 1:1 session every fortnight in term time",
         "Qualified Teacher of the Deaf (mandatory qualification), Moorcross Sensory Support Service",
         "Sensory Support Service"],
        ["E1", "Personal radio aid system (Phonak Roger transmitter and two receivers) used by every teacher in every lesson",
         "5-minute check at morning registration each day; used in all lessons",
         "Form tutor, trained by the QToD, carries out the daily check; Sensory Support Service technician services the system each term",
         "Radio aid supplied and insured by the Sensory Support Service"],
        ["E1", "Deaf awareness training for staff",
         "As appropriate", "Sensory Support Service", ""],
        ["E2", "Speech and language therapy to develop Ellis's understanding and use of subject vocabulary",
         "Two sessions each term", "NHS speech and language therapy",
         "Subject to NHS capacity"],
        ["E2", "Pre-teaching of key vocabulary for science, geography and history, 1:1, using word maps (meaning, sound pattern, example sentence and picture for each word)",
         "Three 15-minute sessions per week in tutor time (Monday, Wednesday and Friday, 8:40\u20138:55)",
         "Learning support assistant (Level 3) trained by the speech and language therapist",
         "Word lists sent by subject teachers each half-term"],
        ["E1", "Reasonable adjustments in lessons, for example sitting near the front and subtitles on videos",
         "All lessons", "Subject teachers", ""],
        ["E2", "Vocabulary games sent home by the speech and language therapist for practice at home",
         "Daily, 10 minutes", "Parent", "Games pack from the NHS speech and language therapy service"],
    ], widths_cm=w, font_size=9.5)
    d.para("Cognition and learning", bold=True)
    d.table(hdr, [
        ["E3", "Literacy support in a small group", "Ongoing", "English department", "None"],
        ["E3", "Lexia PowerUp Literacy on a laptop in the learning support base, with an LSA checking progress reports each week",
         "Three 30-minute sessions per week (registration and one tutor period)",
         "LSA who has completed Lexia PowerUp training", "Lexia licence paid for by the academy"],
        ["E4", "Maths intervention", "20\u201330 minutes, two or three times a week",
         "Maths teaching assistant", ""],
        ["E4", "Maths taught in a set of no more than 14 students by a qualified maths teacher, with a learning support assistant in every lesson",
         "Five 60-minute lessons per week", "Maths teacher and LSA (Level 3, deaf awareness training from the QToD)",
         "Soundfield system in the maths room"],
        ["E3, E4", "Access arrangements in class tests and internal exams: 25% extra time, a reader and a separate room with no more than eight students",
         "All class tests and end-of-year exams", "Exams officer, with readers trained by the SENCO",
         "Room booked by the exams officer"],
        ["", "Homework club", "Available after school on Tuesdays and Thursdays",
         "Homework club staff", ""],
    ], widths_cm=w, font_size=9.5)
    d.para("Social, emotional and mental health", bold=True)
    d.table(hdr, [
        ["E5, E6", "1:1 mentoring following a six-session plan on friendships and managing worries, repeated with new goals each half-term",
         "One 30-minute session a week, term time", "Learning mentor", ""],
        ["E6", "Counselling", "To be agreed following assessment by the school counsellor",
         "School counsellor", "Subject to funding"],
        ["E6", "Lunch club in the library for up to six students, giving Ellis a quiet place to eat followed by a structured board game",
         "Every lunchtime, 12:40\u201313:20",
         "Learning support assistant (Level 3) with deaf awareness training from the QToD", "Library"],
        ["E6", "A time-out card allowing Ellis to leave the lesson for the learning support base when overwhelmed, to be phased out once he is more settled",
         "When needed", "Staff in the learning support base", "Time-out card"],
        ["E5, E6", "Ellis could join the Year 8 nurture group", "Tbc", "Pastoral team", ""],
        ["E6", "A visit to each new classroom with his LSA, and a photo booklet of his new teachers and rooms, before the start of each school year",
         "Two 1-hour visits in the last two weeks of the summer term, every year",
         "Named LSA (Level 3)", "Photo booklet made by the SENCO"],
    ], widths_cm=w, font_size=9.5)

    d.heading("Section G. Health Provision", section="G")
    d.bullets([
        "Audiology review every six months at Moorcross Hospital audiology department, including hearing aid checks and new earmoulds at each review.",
        "NHS speech and language therapy to develop Ellis's listening and vocabulary, when available.",
    ])

    d.heading("Section H1. Social Care Provision (Chronically Sick and Disabled Persons Act 1970, section 2)", section="H1")
    d.para("Not applicable.")
    d.heading("Section H2. Other Social Care Provision", section="H2")
    d.para("Not applicable.")

    d.heading("Section I. Placement", section="I")
    d.para("Fellside Academy, Moorcross \u2013 mainstream academy (11\u201316).")

    d.heading("Section J. Personal Budget", section="J")
    d.para("Donna has not requested a personal budget.")

    d.heading("Section K. Advice and Information", section="K")
    d.table(["Advice", "Provided by", "Date"], [
        ["Views of Ellis and his mother", "Ellis and Donna Marchetti", "10 September 2025"],
        ["Educational advice", "SENCO, Fellside Academy", "19 September 2025"],
        ["Advice from Qualified Teacher of the Deaf", "Moorcross Sensory Support Service", "23 September 2025"],
        ["Educational psychology advice", "Dr Owen Pritchard-Lee, Educational Psychologist", "2 October 2025"],
        ["Medical and audiology advice", "Community Paediatrician and Audiology, Moorcross Hospital", "26 September 2025"],
        ["Speech and language therapy advice", "NHS speech and language therapy service", ""],
        ["Social care advice", "Moorcross Children's Services", "17 September 2025"],
    ], widths_cm=[5.5, 7.6, 3.6])
