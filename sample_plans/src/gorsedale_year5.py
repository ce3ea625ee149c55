"""Gorsedale Metropolitan Borough Council - Year 5 pupil with developmental coordination
disorder and dyslexia at a mainstream maintained primary school. Word Heading 1 headings in
title case with a colon ('Section F: Special Educational Provision'). Running header and
'Page X of Y' footer; cover details in a two-column details table. E is a list numbered
'Outcome 1' to 'Outcome 8'. Section F is arranged in three levels of provision, each a
Heading 2 ('Level 1 - Adjustments made in class every day', 'Level 2 - ...', 'Level 3 -
...') over a three-column table whose FIRST column is the timing (When and for how long |
What will be provided | Who will provide it (role and training)). H1 and H2 both 'None'.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Freya Castellan"

F_COLS = ["When and for how long", "What will be provided", "Who will provide it (role and training)"]
F_WIDTHS = [4.1, 7.4, 5.1]


def build(d):
    d.running_header_footer(
        "Gorsedale MBC \u2013 Education, Health and Care Plan \u2013 Freya Castellan (FINAL)",
        footer_left="Gorsedale SEND Assessment and Review Team", first_page_plain=True)
    d.title("Gorsedale Metropolitan Borough Council", size=13, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=22, color="2E5E3A")
    d.para("Final plan issued under section 39 of the Children and Families Act 2014", italic=True)
    d.details_table([
        ("Child's name", "Freya Castellan"),
        ("Date of birth", "3 February 2016"),
        ("NHS number", "999 634 1207"),
        ("Unique pupil number", "H999216500482"),
        ("Home address", "12 Heronsgate Walk, Gorsedale, ZY4 8TN"),
        ("Parents", "Donna Castellan and Marc Castellan"),
        ("Contact telephone", "01632 960731"),
        ("E-mail", "donna.castellan@example.org"),
        ("School and year group", "Fellbrook Primary School, Year 5"),
        ("Date of this final plan", "23 February 2026"),
        ("Next annual review due by", "22 February 2027"),
        ("EHC co-ordinator", "Priya Walmsley-Okafor"),
    ])
    d.page_break()

    # ---- A -------------------------------------------------------------------------
    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Freya told us", level=2)
    d.para("Freya shared her views with Mrs Achebe, her teaching assistant, on 14 January "
           "2026, partly by talking and partly by choosing picture cards. Her words are in "
           "quotation marks.")
    d.para("\"I'm really good at drawing horses and I know loads about them. I go riding on "
           "Sundays at the stables near Nana's. I don't like writing because my hand hurts and "
           "everyone finishes before me. Reading is hard because the words jump about. I like "
           "it when Mrs Achebe reads the questions to me. I hate PE when we do catching, "
           "because I always drop it and people laugh. When I'm grown up I want to be a vet or "
           "work with horses.\"")
    d.heading("What Freya's parents told us", level=2)
    d.para("Donna and Marc describe Freya as kind, imaginative and funny. She is a devoted big "
           "sister to Alfie, who is seven. They have seen her confidence fall over the last "
           "two years: she now says she is \"stupid\" and sometimes cries before school on "
           "days with spelling tests. They want her to be able to read for pleasure, to find "
           "a way of writing that does not hurt, and to feel proud of what she can do. They "
           "would like her to manage buttons, laces and her school bag on her own before she "
           "moves to secondary school in September 2027.")

    # ---- B -------------------------------------------------------------------------
    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Freya has dyslexia, identified by the Gorsedale Learning Support Service in "
           "October 2025. Her phonological awareness is weak: she cannot reliably split "
           "words of three or more syllables into sounds, and she confuses vowel digraphs "
           "(for example \"ai\", \"ay\" and \"a-e\"). Her single-word reading is at the level "
           "expected of a seven-year-old and her reading is slow (52 words per minute on a "
           "Year 5 passage), so she loses the meaning of longer texts. Her spelling age is "
           "6 years 10 months. Her working memory is well below average, so she forgets "
           "multi-step instructions and loses her place when copying. Her verbal reasoning is "
           "in the average range and her oral answers in class are thoughtful.")
    d.heading("Sensory and physical", level=2)
    d.para("Freya has developmental coordination disorder, diagnosed by the community "
           "paediatrician in 2023. Her pencil grip is awkward and tiring; she writes about "
           "six words a minute, her letters vary in size and she complains of a sore hand "
           "after ten minutes. She cannot yet fasten small buttons, tie laces or use a knife "
           "and fork together, and she takes over 15 minutes to change for PE. Her balance "
           "and ball skills are well below those of her peers, and she bumps into furniture "
           "and drops equipment. She has mild joint hypermobility in her hands and knees.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Freya compares herself with her classmates and has low self-esteem about her "
           "learning. She avoids writing tasks by sharpening pencils, going to the toilet or "
           "chatting, and becomes tearful when she is asked to read aloud or write at length. "
           "She has a small group of kind friends but is starting to withdraw at playtimes "
           "when ball games are played.")
    d.heading("Communication and interaction", level=2)
    d.para("Freya has no identified speech, language or communication needs. Her difficulty "
           "following long spoken instructions comes from her working memory (see above).")

    # ---- C, D ----------------------------------------------------------------------
    d.heading("Section C: Health Needs Related to SEN", section="C")
    d.para("Freya's developmental coordination disorder was diagnosed by Dr Harcastle, "
           "community paediatrician, in 2023, and she also has joint hypermobility, which "
           "makes her hands tire quickly. She has mild asthma, controlled with a reliever "
           "inhaler. Her vision was checked by an optometrist in November 2025 and is normal.")
    d.heading("Section D: Social Care Needs", section="D")
    d.para("No social care needs relating to Freya's special educational needs or disability "
           "were identified during the assessment. Gorsedale Children's Services confirmed on "
           "12 January 2026 that the family is not known to them.")

    # ---- E -------------------------------------------------------------------------
    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below look ahead to the end of Key Stage 2. Fellbrook Primary School "
           "will set short-term targets towards them each term and share them with Freya and "
           "her parents at the termly review meeting.")
    d.numbered([
        "By the end of Year 6, Freya will read an unseen passage at her chronological reading level aloud at 90 words per minute with at least 95% accuracy.",
        "By July 2026, Freya will spell at least 40 of the 50 Year 3 and 4 statutory spelling words correctly in a dictated test.",
        "Freya will develop her handwriting.",
        "By the end of Year 5, Freya will get changed for PE, including buttons and shoes, within 8 minutes and without adult help.",
        "Freya will receive occupational therapy and a laptop.",
        "Freya will be happier and more confident about her learning.",
        "By the end of Key Stage 2, Freya will type a 150-word piece of writing on a laptop at 15 words per minute using touch-typing.",
        "Freya will stop avoiding writing tasks.",
    ], fmt="Outcome {n}")

    # ---- F -------------------------------------------------------------------------
    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Freya's provision is set out at three levels. All provision applies in term time "
           "for the life of this plan and is in addition to the teaching given to every pupil "
           "in her class. The SENCO, Mr Ilesanmi, oversees the provision and reports on it at "
           "each annual review.")

    d.heading("Level 1 \u2013 Adjustments made in class every day", level=2)
    d.table(F_COLS, [
        ["Every lesson in which the class copies from the board",
         "Printed copies of anything written on the board, and of any text longer than three lines, given to Freya on cream paper in 14-point Arial so that she does not have to copy it.",
         "Class teacher"],
        ["Where possible",
         "Extra time to finish written tasks and a reduced amount of written recording.",
         "All staff"],
        ["Daily",
         "Access to a range of writing aids, e.g. pencil grips, a writing slope and wide-lined exercise books.",
         "Class team"],
        ["Every morning, 8:45 to 8:55, before registration",
         "A ten-minute 'ready to learn' routine at Freya's table: she sets out her equipment from a photo checklist and goes through the day's visual timetable with the adult.",
         "Year 5 teaching assistant"],
        ["Throughout the school day",
         "A dyslexia-friendly classroom and differentiated work.",
         "Class teacher"],
    ], widths_cm=F_WIDTHS, font_size=10, header_fill="DCEBD5")

    d.heading("Level 2 \u2013 Additional and different teaching in school", level=2)
    d.table(F_COLS, [
        ["25 minutes every Monday, Tuesday, Wednesday and Thursday morning (9:05 to 9:30)",
         "Individual teaching of phonics and spelling using the Units of Sound programme, starting at the level set by the specialist teacher's assessment.",
         "A teaching assistant who has completed Units of Sound practitioner training, supervised each half-term by the specialist dyslexia teacher"],
        ["Up to three times a week",
         "Precision Teaching of high-frequency words.",
         "Teaching assistant"],
        ["Regularly",
         "Small-group reading comprehension work.",
         "Support staff"],
        ["Three 15-minute sessions each week (Monday, Wednesday and Friday, straight after lunch)",
         "Reading fluency sessions in a group of no more than four Year 5 pupils, following the Better Reading Partnership approach.",
         "HLTA who has completed the Better Reading Partnership training"],
        ["For the first 10 minutes of every maths lesson (five lessons a week)",
         "Pre-teaching of the key maths vocabulary for that lesson and of the written layout Freya will need, set out on 1 cm squared paper.",
         "A higher level teaching assistant with HLTA status who has completed the school's dyslexia awareness training"],
        ["Weekly, from the summer term",
         "A touch-typing course so that Freya can start to record longer pieces of work on a laptop.",
         "To be confirmed"],
        ["Once a week for 30 minutes",
         "Freya would benefit from a handwriting programme to improve her letter formation and speed.",
         "Teaching assistant"],
        ["One 30-minute session a week for 12 weeks, starting on 20 April 2026",
         "1:1 ELSA sessions on how Freya feels about reading and writing, using the ELSA self-esteem materials; in the last two sessions she makes her own 'things I am good at' book.",
         "The school's Emotional Literacy Support Assistant, trained by Gorsedale Educational Psychology Service and supervised by an educational psychologist every half-term"],
        ["When Freya needs it",
         "Time with a trusted adult to talk about her worries, reducing once she is more settled.",
         "A trusted adult"],
    ], widths_cm=F_WIDTHS, font_size=10, header_fill="DCEBD5")

    d.heading("Level 3 \u2013 Specialist teaching and therapy", level=2)
    d.table(F_COLS, [
        ["One 45-minute session every fortnight in term time",
         "Direct 1:1 teaching on phonological awareness, spelling rules and memory strategies; the specialist teacher also sets the targets for the Units of Sound sessions.",
         "Specialist teacher holding AMBDA, Gorsedale Learning Support Service"],
        ["One 40-minute session every three weeks in school, in term time",
         "Direct occupational therapy to teach Freya to fasten buttons and zips, manage her PE kit and use a knife and fork together.",
         "HCPC-registered occupational therapist, Gorsedale Children's Therapy Service"],
        ["As advised by the OT",
         "A sensory-motor programme.",
         "School staff"],
        ["Termly, subject to review",
         "Occupational therapy consultation with the class teacher on seating, PE and fine-motor activities in class.",
         "NHS occupational therapist"],
        ["Subject to the Physiotherapy Service's capacity",
         "Physiotherapy assessment and a gross motor programme for ball skills and balance in PE.",
         "Children's physiotherapist"],
        ["Ten minutes each evening",
         "Parents will carry out the spelling and handwriting practice in the Units of Sound home pack.",
         "Parents"],
    ], widths_cm=F_WIDTHS, font_size=10, header_fill="DCEBD5")

    # ---- G, H ----------------------------------------------------------------------
    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "A review appointment with the community paediatrician at Gorsedale Child Development Centre every 12 months to monitor Freya's coordination and hypermobility.",
        "A salbutamol reliever inhaler kept in the Year 5 classroom and taken to PE and on trips, given as required under Freya's asthma care plan.",
        "Physiotherapy for Freya's hypermobile joints when a place becomes available with the community physiotherapy team.",
    ])
    d.heading("Section H1: Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("None. No social care needs were identified (see Section D).")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("None.")

    # ---- I, J, K -------------------------------------------------------------------
    d.heading("Section I: Placement", section="I")
    d.para("Fellbrook Primary School, Gorsedale (mainstream maintained community primary school).")
    d.heading("Section J: Personal Budget", section="J")
    d.para("Freya's parents have not asked for a personal budget.")
    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Parents' views \u2013 Donna and Marc Castellan, 9 January 2026",
        "Freya's views \u2013 gathered by Mrs T. Achebe, teaching assistant, 14 January 2026",
        "Educational advice \u2013 Mr D. Ilesanmi, SENCO, Fellbrook Primary School, 16 January 2026",
        "Psychological advice \u2013 Dr Eleanor Brightwater, Educational Psychologist, 20 January 2026",
        "Medical advice \u2013 Dr S. Harcastle, Community Paediatrician, 7 January 2026",
        "Specialist teacher advice (dyslexia) \u2013 Ms J. Okonjo, Gorsedale Learning Support Service, 22 October 2025",
        "Occupational therapy advice \u2013 Mr R. Templeman, Occupational Therapist, 13 January 2026",
        "Physiotherapy advice \u2013 Gorsedale Children's Therapy Service",
        "Social care advice \u2013 Gorsedale Children's Services, 12 January 2026",
    ])
