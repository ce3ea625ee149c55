"""Brenthurst County Council - Year 5 pupil with developmental coordination disorder and
dyslexia at a mainstream community junior school. Word Heading 1 headings with an em dash
('Section A \u2014 Views, interests and aspirations'), Heading 2 area sub-headings. Cover
details in a two-column details table. Running header with the pupil's name and a
'FINAL EHC plan  Page X of Y' footer. E numbered E1-E8. Section F in two parts: part 1 is a
weekly timetable grid (Provision, staffing and training | Mon | Tue | Wed | Thu | Fri) with
times or notes in the day cells and blank days; part 2 is a bullet list of provision that is
not on the weekly timetable. No social care provision (H1 and H2 say so). FINAL plan."""

TITLE = "Education, Health and Care Plan - Maisie Thornbury"


def build(d):
    d.running_header_footer("Brenthurst County Council \u2014 Education, Health and Care Plan \u2014 Maisie Thornbury",
                            footer_left="FINAL EHC plan", first_page_plain=True)
    d.title("Brenthurst County Council", size=13, color="2E5E3E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E3E")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Maisie Thornbury"),
        ("Date of birth", "14/11/2015"),
        ("NHS number", "999 238 4471"),
        ("Unique pupil number", "Z999000462193"),
        ("Home address", "12 Kestle Lane, Gatcombe, ZY4 8DN"),
        ("Parents", "Claire Thornbury and Daniel Thornbury"),
        ("Contact", "01632 960318 / claire.thornbury@example.org"),
        ("School and year group", "Gatcombe Junior School, Year 5"),
        ("Date this plan was finalised", "9 March 2026"),
        ("Annual review to be held by", "8 March 2027"),
        ("EHC co-ordinator", "Priya Vandermolen, Brenthurst SEND Assessment Team"),
    ])

    d.heading("Section A \u2014 Views, interests and aspirations", section="A")
    d.heading("Maisie's views", level=2)
    d.para("Maisie shared these views with Mrs Kowalczyk, her class teacher, in January 2026. "
           "She chose to talk rather than write, and Mrs Kowalczyk wrote down her words.")
    d.para("\"I'm good at drawing comics and making up stories in my head. I love our dog Biscuit "
           "and my Nan's allotment. I hate it when we have to copy off the board because by the "
           "time I've looked back I've lost my place, and my hand really aches. PE is the worst "
           "bit of the week because I can't do my buttons fast and everyone waits for me. I want "
           "to be an illustrator or make cartoons. I'd like to be able to read Harry Potter by "
           "myself like my friend Ruby does.\"")
    d.heading("Views of Maisie's parents", level=2)
    d.para("Claire and Daniel describe Maisie as imaginative, kind and a loyal friend who looks "
           "after her younger brother, Alfie. They say she works very hard but comes home "
           "exhausted and has started calling herself \"thick\". They are worried about her "
           "move to secondary school in September 2027 and want her to leave Gatcombe reading "
           "confidently and with a fast way of recording her ideas, whether that is typing or "
           "handwriting.")
    d.heading("Aspirations", level=2)
    d.para("Maisie would like to work as an illustrator or animator. Her parents hope she will "
           "go on to college or university and that she will believe she is clever.")

    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has dyslexia (specialist assessment by the Brenthurst Specialist Teaching "
           "Service, October 2025). Her single-word reading age was 7 years 4 months when she "
           "was 9 years 11 months. Her phonological processing and rapid naming scores are "
           "below the 5th centile. She still confuses b/d and p/q, cannot yet reliably blend "
           "words with adjacent consonants, and spells most longer words as they sound. She "
           "reads common words slowly and has to sound out many of them each time she meets "
           "them, so her understanding of a passage breaks down when she reads for herself, "
           "although her understanding of stories read to her is above average.")
    d.para("Her verbal working memory is weak. She loses her place when copying, forgets the "
           "second part of a spoken instruction, and has not yet learnt her multiplication "
           "facts beyond the 2, 5 and 10 times tables. She sets out column calculations "
           "unevenly, which leads to errors even when her method is right.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie has developmental coordination disorder (diagnosed by the community "
           "paediatrician in 2022). Her pencil grip is awkward and tight, she presses very "
           "hard, and she complains of pain after about ten minutes of writing. She writes "
           "about 6 words a minute, compared with around 14 for her classmates, and letters "
           "are poorly formed and sized. She cannot use standard scissors or a ruler "
           "accurately.")
    d.para("Her balance and coordination are poor: she cannot hop more than three times, "
           "struggles to catch a ball, and is slow and unsteady on the stairs to the Year 5 "
           "classrooms. She needs help with buttons, tights and shoelaces and takes more than "
           "twenty minutes to change for PE and swimming.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie's self-esteem has fallen over the last year. She compares herself with her "
           "friends, avoids reading aloud, and has twice hidden in the toilets during "
           "spelling tests. She is very tired by the afternoon, and becomes tearful and "
           "fidgety, especially after long writing tasks. She has a small group of good "
           "friends.")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie's spoken language is a strength. She has a wide vocabulary and tells "
           "detailed, imaginative stories. She has no identified needs in this area apart "
           "from the working-memory difficulties described above.")

    d.heading("Section C \u2014 Health needs related to special educational needs", section="C")
    d.para("Maisie's developmental coordination disorder was diagnosed by Dr Ekwueme, community "
           "paediatrician, who reviews her once a year. She has mild joint hypermobility in "
           "her fingers and wrists, which adds to the pain she feels when writing. She wears "
           "glasses for long sight. There are no other health needs related to her special "
           "educational needs.")

    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("No social care needs were identified. Brenthurst Children's Services confirmed on "
           "12 January 2026 that Maisie and her family do not need a social care assessment; "
           "her parents agreed with this.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below look ahead to the end of Key Stage 2 (July 2027). Gatcombe "
           "Junior School will set shorter-term targets towards each outcome every term and "
           "share them with Maisie and her parents at a termly meeting.")
    d.numbered([
        "By July 2027, Maisie will read a book banded at the level expected for the end of Year 4 aloud with at least 90% accuracy and answer four out of five questions about it.",
        "By the end of Year 6, Maisie will spell at least 80% of the Year 3 and 4 statutory spelling words correctly in a dictated sentence test.",
        "Maisie will develop her handwriting.",
        "By July 2026, Maisie will touch-type at 15 words a minute and use a laptop for all extended writing.",
        "By the end of Year 5, Maisie will change into and out of her PE kit in under 8 minutes without an adult doing up her buttons.",
        "Maisie will be more confident.",
        "Maisie will attend a weekly dyslexia lesson.",
        "By July 2027, Maisie will recall multiplication facts up to 10 \u00d7 10 within three seconds each, scoring at least 20 out of 25 in the school's weekly check.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("Maisie's provision is set out in two parts. Part 1 shows the provision that happens "
           "at fixed times in each school week, in term time. Part 2 lists the provision that "
           "runs through the school day or is arranged in other ways. All of it is to be made "
           "for the life of this plan unless it says otherwise.")
    d.heading("Part 1 \u2014 Weekly timetabled provision", level=2)
    d.table(["Provision, staffing and training", "Mon", "Tue", "Wed", "Thu", "Fri"], [
        ["Precision Teaching of high-frequency words, 1:1, delivered by a teaching assistant who has completed Brenthurst's Precision Teaching training",
         "8:50\u20139:00", "8:50\u20139:00", "8:50\u20139:00", "8:50\u20139:00", "8:50\u20139:00"],
        ["Specialist dyslexia teaching, 1:1, using Units of Sound (a structured, cumulative, multisensory reading and spelling programme), from a specialist teacher holding AMBDA",
         "13:15\u201314:00", "", "", "13:15\u201314:00", ""],
        ["Spelling catch-up on the week's spelling pattern in a small group with the class TA",
         "", "Afternoon, when staffing allows", "", "", ""],
        ["Speed Up! handwriting and fine-motor programme (Lois Addy) in a group of no more than four pupils, led by a TA whom the occupational therapist has trained to run it",
         "", "14:40\u201315:00", "", "14:40\u201315:00", "14:40\u201315:00"],
        ["Jump Ahead gross-motor circuit with the sports coach",
         "", "", "approx. 30 mins", "", ""],
        ["Touch-typing practice on a class laptop using a typing program",
         "", "", "", "", "where possible"],
        ["1:1 maths pre-teaching of the vocabulary and methods for the next day's lesson, with Maisie's class teacher",
         "up to 15 mins from 12:50", "", "up to 15 mins from 12:50", "", ""],
        ["Number facts practice with an adult using Numicon, reducing to three days a week after Easter",
         "15:05\u201315:15", "15:05\u201315:15", "15:05\u201315:15", "15:05\u201315:15", "15:05\u201315:15"],
        ["Individual emotional literacy sessions on self-esteem and recognising tiredness, with the school's ELSA (trained by Brenthurst Educational Psychology Service and supervised by an EP every half-term)",
         "", "", "10:45\u201311:15", "", ""],
    ], widths_cm=[7.4, 1.85, 1.85, 1.85, 1.85, 1.85], font_size=9.5)

    d.heading("Part 2 \u2014 Provision across the school day and other arrangements", level=2)
    d.bullets([
        "A sloping writing board, a triangular pencil grip and her own pair of spring-loaded scissors, kept in Maisie's tray and used in every lesson that involves writing or cutting; the SENCO will check each half-term that they are in place and in good repair.",
        "Maisie will use a school laptop with Clicker 8 word prediction for every piece of writing longer than a paragraph, after the SENCO has taught her to use it in four 30-minute sessions in the first half of the summer term 2026.",
        "Maisie would benefit from instructions being chunked and written on a mini whiteboard on her desk where possible.",
        "Maisie can have a short movement break whenever she seems to be flagging.",
        "The NHS occupational therapist will visit once a year to advise the class team and update the handwriting programme.",
        "Physiotherapy input will be agreed once the community physiotherapist has assessed Maisie in the summer term.",
        "Extra time in tests and assessments, as the SENCO thinks appropriate.",
        "A 5-minute check-in with her class teacher at 8:45 each morning to go through the visual timetable for the day and pack her tray with what she will need.",
        "Help with buttons, laces and changing for PE and swimming from a member of staff as needed.",
        "Maisie will receive reading intervention as set out in the Gatcombe Junior School provision map.",
        "The specialist dyslexia teacher will re-test Maisie's single-word reading and spelling with standardised tests at the end of each term, send the scores to her parents and the SENCO within two weeks, and reset her Units of Sound and Precision Teaching targets from the results.",
    ])

    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "Review by Dr Ekwueme, community paediatrician, once a year at Gatcombe Child Development Centre, including her developmental coordination disorder and joint hypermobility.",
        "A hand and wrist assessment from the NHS hand therapy service when a slot becomes available.",
        "Sight test and glasses from her optometrist every 12 months.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("No provision is required under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("None required.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Gatcombe Junior School, Gatcombe (mainstream community junior school for pupils "
           "aged 7 to 11).")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("A personal budget has not been requested for any part of this plan.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Parents' views \u2014 Claire and Daniel Thornbury, 6 January 2026",
        "Maisie's views \u2014 recorded by Mrs A. Kowalczyk, class teacher, 14 January 2026",
        "Educational advice \u2014 Mr J. Pennock, SENCO, Gatcombe Junior School, 16 January 2026",
        "Psychological advice \u2014 Dr Miriam Solanke, Educational Psychologist, 21 January 2026",
        "Specialist teaching advice \u2014 Brenthurst Specialist Teaching Service (dyslexia assessment), 20 October 2025",
        "Medical advice \u2014 Dr C. Ekwueme, Community Paediatrician, 19 January 2026",
        "Occupational therapy advice \u2014 Brenthurst Children's Occupational Therapy",
        "Social care advice \u2014 Brenthurst Children's Services, 12 January 2026",
    ])
