"""Brindleford Metropolitan Borough Council - primary plan, Year 4 pupil in a mainstream
junior school. Cover details table; Word Heading 1 headings 'Section A - ...' with an en
dash; Section F is a series of two-column tables 'Provision | Details (frequency,
duration, staff)' whose Details cells are short line-broken lists. FINAL."""

TITLE = "Education, Health and Care Plan - Idris Pennant"


def build(d):
    d.running_header_footer("Brindleford MBC \u2013 Education, Health and Care Plan \u2013 Idris Pennant",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Brindleford Metropolitan Borough Council", size=14, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.details_table([
        ("Name", "Idris Pennant"),
        ("Date of birth", "03/11/2016"),
        ("NHS number", "999 482 1067"),
        ("UPN", "B302999914207"),
        ("Address", "27 Tannery Row, Brindleford, ZX4 7QD"),
        ("Parents", "Carys Pennant and Dylan Pennant"),
        ("Contact telephone", "01632 960433"),
        ("Contact e-mail", "c.pennant@example.org"),
        ("Current school and year", "St Aldhelm's CE Junior School, Year 4"),
        ("Status", "FINAL plan"),
        ("Date plan issued", "12/02/2026"),
        ("Next annual review by", "11/02/2027"),
        ("EHC coordinator", "Ms T. Okafor, Brindleford SEND Team"),
    ], widths_cm=(5.2, 11.4), fill="E2EFDA")
    d.page_break()

    d.heading("Section A \u2013 Views, interests and aspirations of Idris and his family", section="A")
    d.para("Idris is nine and lives with his mum Carys, his dad Dylan and his little sister Efa. "
           "He loves Lego Technic, building dens in the garden and watching rugby with his dad. "
           "He can tell you the name of every bird that comes to the feeder.")
    d.para("Idris told his teaching assistant in January 2026, using a talking mat: \"Reading "
           "makes my head hurt because the letters jumble. I'm good at building and fixing things. "
           "I don't like it when people laugh when I read out loud. When I'm older I want to be an "
           "engineer like Taid (grandad).\"")
    d.para("Carys and Dylan say: \"We want Idris to be able to read for pleasure and to believe "
           "he is clever. He comes home exhausted and worried about the next day. We would like "
           "him to have help that is planned and regular, not only when someone is free.\"")

    d.heading("Section B \u2013 Special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Idris has a diagnosis of dyslexia (specialist teacher assessment, October 2025). His "
           "single-word reading is at the level expected of a six-year-old and his spelling at "
           "the level of a six-and-a-half-year-old. He has not yet secured vowel digraphs and "
           "cannot reliably blend words of more than four sounds. His verbal reasoning is well "
           "above average. He has weak working memory and forgets multi-step instructions.")
    d.para("In maths Idris understands place value to 100 but cannot yet recall number bonds "
           "or times tables, and he is confused by the language of maths word problems.")
    d.heading("Sensory and/or physical", level=2)
    d.para("The occupational therapist found developmental coordination difficulties. Idris's "
           "pencil grip is immature, his handwriting is slow (about five words a minute) and "
           "hard to read, and he tires after a few lines. He finds it hard to sit still on the "
           "carpet for more than ten minutes.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Idris has become anxious about school since Year 3. He cries before school two or "
           "three mornings a week, complains of tummy aches on days with spelling tests, and "
           "avoids reading aloud. He has said he is \"stupid\". He has two close friends but "
           "struggles to join group games at playtime.")

    d.heading("Section C \u2013 Health needs related to special educational needs", section="C")
    d.para("Idris was seen by the community paediatrician in November 2025, who confirmed "
           "developmental coordination disorder. He has no other health needs related to his "
           "SEN. His eyesight was checked by an optometrist in September 2025 and is normal.")

    d.heading("Section D \u2013 Social care needs related to special educational needs or disability", section="D")
    d.para("Idris has no social care needs. The family did not ask for a social care assessment "
           "and social care advice (January 2026) confirmed that none is required.")

    d.heading("Section E \u2013 Outcomes", section="E")
    d.para("The SENCO will break each outcome into termly targets and share them with Idris's "
           "parents at each review meeting.")
    d.bullets([
        "By the end of Year 5, Idris will read aloud an unseen passage at a seven-year-old level with at least 90% accuracy.",
        "By July 2027, Idris will spell 80% of the Year 1 and 2 common exception words correctly in a dictation.",
        "Idris will improve his handwriting.",
        "By the end of Year 5, Idris will say or write down one thing he is good at when asked, and will come into school without crying on at least four mornings out of five.",
        "Idris will receive help from the ELSA.",
        "Idris will become an engineer.",
    ])

    d.heading("Section F \u2013 Special educational provision", section="F")
    d.para("St Aldhelm's CE Junior School must put in place the provision below. It is "
           "arranged by area of need.")
    head = ["Provision", "Details (frequency, duration, staff)"]
    w = [8.2, 8.4]
    d.heading("Cognition and learning", level=2)
    d.table(head, [
        ["Structured, cumulative phonics and spelling teaching using Units of Sound, 1:1",
         "Four times a week\n30 minutes each session\nHLTA who has completed Units of Sound training, supervised termly by the specialist dyslexia teacher"],
        ["Specialist teaching 1:1 on reading fluency and spelling rules",
         "Weekly in term time\n45 minutes\nSpecialist dyslexia teacher holding Approved Teacher Status (ATS), Brindleford Learning Support Service"],
        ["Precision Teaching of high-frequency words",
         "Daily\n10 minutes\nTeaching assistant"],
        ["Additional adult support in literacy lessons",
         "As needed\nClass staff"],
        ["Reading intervention in a small group",
         "3 x weekly\n20 minutes\nTA"],
        ["Access to a laptop for extended writing",
         "When available\nSchool to provide"],
        ["Maths taught with Numicon in a group of four pupils, working on number bonds and place value",
         "Three times a week\n30 minutes\nClass teacher; planning checked each half-term by the SENCO"],
        ["Pre-teaching of maths vocabulary",
         "Before each new maths topic\nTo be agreed with the class teacher"],
    ], widths_cm=w)
    d.heading("Sensory and/or physical", level=2)
    d.table(head, [
        ["Fine motor and handwriting programme using Write from the Start, written by the HCPC-registered occupational therapist from Brindleford Children's Therapy Service",
         "Every school day, before the first writing lesson\n15 minutes, 1:1\nTeaching assistant trained by the OT, who observes one session each half-term"],
        ["Direct occupational therapy",
         "A block of 6 sessions each school year\nLength of sessions as determined by the therapist\nOccupational therapist"],
        ["A sloped writing board and a triangular pencil grip kept at Idris's desk",
         "In place in every lesson\nClass teacher checks them each morning; SENCO replaces them within a week if lost or broken"],
        ["Movement breaks",
         "Where possible\nAdults in class"],
    ], widths_cm=w)
    d.heading("Social, emotional and mental health", level=2)
    d.table(head, [
        ["ELSA sessions, 1:1, on recognising worry and using two agreed calming techniques (box breathing and his worry jar)",
         "Weekly, same day and time\n30 minutes\nELSA trained by Brindleford Educational Psychology Service, with half-termly supervision"],
        ["Morning check-in at the classroom door to go through the day's visual timetable",
         "Every morning at 8:45\n5 minutes\nClass TA"],
        ["Worry management strategies",
         "Throughout the day\nAll staff"],
        ["Talkabout social skills group",
         "Weekly\nSession length TBC\nLearning mentor"],
        ["Transition to Year 5: two visits to the Year 5 classroom and a photo booklet of the new teacher, TA and room",
         "Two 30-minute visits in the second half of the summer term\nBooklet made by the class TA and read with Idris daily for the last two weeks of term"],
    ], widths_cm=w)
    d.heading("Funding", level=2)
    d.table(head, [
        ["Top-up funding at Band C", "Paid to the school termly"],
    ], widths_cm=w)

    d.heading("Section G \u2013 Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician once a year at Brindleford Child Development Centre.",
        "Further health input if needed.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None required.")
    d.heading("Section H2 \u2013 Any other social care provision", section="H2")
    d.para("None required.")

    d.heading("Section I \u2013 Placement", section="I")
    d.para("St Aldhelm's CE Junior School (mainstream voluntary aided junior school).")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Idris's parents have not asked for a personal budget.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.table(["", "Advice", "Given by", "Date"], [
        ["1", "Parents' views", "Carys and Dylan Pennant", "05/12/2025"],
        ["2", "Educational advice", "Mrs J. Harcourt, SENCO, St Aldhelm's CE Junior School", "08/12/2025"],
        ["3", "Educational psychology advice", "Dr F. Nwosu, Educational Psychologist", "15/12/2025"],
        ["4", "Specialist teacher (dyslexia) report", "Brindleford Learning Support Service", "20/10/2025"],
        ["5", "Occupational therapy advice", "Brindleford Children's Therapy Service", "11/12/2025"],
        ["6", "Medical advice", "Dr K. Lutterworth, Community Paediatrician", "24/11/2025"],
        ["7", "Social care advice", "Brindleford Children's Services", "09/01/2026"],
    ], widths_cm=[0.9, 5.6, 7.3, 2.8])
