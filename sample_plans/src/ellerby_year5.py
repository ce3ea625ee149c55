"""Ellerby Metropolitan Borough Council - primary template. Word Heading 1 headings that give
the title first and the section letter last, in brackets ('Special educational provision
(Section F)'). Two-column cover details table. Running header and 'Page X of Y' footer.
F is bullets under area-of-need Heading 2s; each bullet gives the provision, then its
details after a dash ('- Who: ...; How often: ...') or in a trailing sentence, with some
parts missing. Year 5 deaf child (BSL user, cochlear implant) in a mainstream primary
with a Deaf Resource Base. FINAL plan. (Held-out test plan.)"""

TITLE = "EHC Plan - Kezia Marwood"


def build(d):
    d.running_header_footer(
        "Ellerby Metropolitan Borough Council  |  Education, Health and Care Plan  |  Kezia Marwood  |  FINAL",
        first_page_plain=False)
    d.title("Ellerby Metropolitan Borough Council", size=13, color="00625B")
    d.title("Education, Health and Care Plan", size=22, color="00625B")
    d.para("Final plan", italic=True)
    d.details_table([
        ("Child's name", "Kezia Marwood"),
        ("Date of birth", "17/03/2016 (age 9)"),
        ("Year group", "Year 5"),
        ("NHS number", "999 204 7735"),
        ("Unique pupil number", "R999415026683"),
        ("Home address", "22 Bellfounder Street, Ellerby, XQ3 7LT"),
        ("Parents", "Lauren Marwood and Dominic Marwood (Dominic is Deaf; please book a BSL interpreter for meetings)"),
        ("Contact", "Lauren Marwood, 07700 900318, lauren.marwood@example.com"),
        ("Current school", "Ashcombe Church of England Primary School (Deaf Resource Base)"),
        ("Date plan finalised", "6 February 2026"),
        ("Next review by", "5 February 2027"),
        ("EHC coordinator", "Priya Lomax, SEND Assessment Team"),
    ], widths_cm=(4.6, 12.0), fill="DDEFEC")

    d.heading("Kezia's views, interests and aspirations (Section A)", section="A")
    d.para("Kezia's views were gathered in BSL by her Teacher of the Deaf and her Communication "
           "Support Worker in January 2026, and translated into English. Kezia watched the "
           "translation being signed back to her and agreed it.")
    d.para("Kezia said: \"I love swimming and drawing animals, especially horses. My best thing "
           "at school is the Base because everyone signs. In class I get tired from watching and "
           "listening all day. Sometimes the other children talk too fast and I don't know what "
           "is funny. I want more friends who sign. When I grow up I want to be a swimming teacher "
           "or look after horses.\"")
    d.para("Lauren and Dominic say Kezia is kind, determined and very funny in BSL. They want her "
           "to be proud of being Deaf, to be fluent in both BSL and English, and to have friends "
           "she can really talk to. They are worried that she comes home exhausted and that her "
           "reading is falling behind. They want to start thinking about which secondary school "
           "will give her full access in BSL.")

    d.heading("Special educational needs (Section B)", section="B")
    d.heading("Communication and language", level=2)
    d.para("BSL is Kezia's first and preferred language; her BSL is at the level expected for "
           "her age when compared with deaf children from signing families. Her spoken English "
           "is understood by familiar adults, but she leaves out small grammatical words and "
           "endings, and her English vocabulary is well below that of her hearing classmates "
           "(receptive vocabulary at about a six-year-old level, January 2026). She cannot follow "
           "teaching or class discussion through listening alone and needs everything a teacher "
           "or classmate says to be interpreted into BSL. New subject words are a particular "
           "difficulty because she often has no sign or English word for the idea.")
    d.heading("Hearing", level=2)
    d.para("Kezia has a profound bilateral sensorineural hearing loss. She has a cochlear implant "
           "in her right ear and a hearing aid for her left ear that gives her little benefit. "
           "With the implant she detects most speech sounds in quiet, but she cannot separate "
           "speech from background noise, and she loses almost everything when the speaker turns "
           "away or is more than two metres from her. She does not yet tell adults when her "
           "processor or radio aid is not working. By the afternoon she shows clear signs of "
           "listening fatigue: she stops watching, rubs her eyes and becomes tearful.")
    d.heading("Cognition and learning", level=2)
    d.para("Kezia's non-verbal reasoning is in the average range (educational psychologist, "
           "December 2025). Her reading is at a Year 2 level: she has not secured phonics beyond "
           "simple vowel digraphs and reads about 60% of the Year 1 and 2 common exception words. "
           "She understands stories much better when they are signed to her than when she reads "
           "them. Her writing is short and follows BSL word order. In maths she is working at a "
           "Year 4 level; she calculates accurately but struggles with word problems and with "
           "maths vocabulary such as 'difference', 'product' and 'remainder'.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Kezia is confident with deaf pupils in the Base and with signing adults, but she "
           "plays alone or watches from the side in the playground with hearing children. She "
           "says she feels 'left out' and has become upset at lunchtimes, when the hall is noisy. "
           "She has few chances to meet other deaf children or Deaf adults outside school, and "
           "she is starting to say she wishes she was not deaf.")

    d.heading("Health needs related to Kezia's SEN (Section C)", section="C")
    d.para("Profound bilateral sensorineural hearing loss (connexin 26). Right cochlear implant "
           "fitted in 2019 and managed by the Northvale Cochlear Implant Centre. Left hearing aid "
           "from Ellerby Children's Audiology. Kezia has no other health needs relating to her "
           "SEN.")

    d.heading("Social care needs (Section D)", section="D")
    d.para("The Children with Disabilities Team completed a child in need assessment in November "
           "2025. Kezia has no signing friends near home and cannot join local clubs because no "
           "one there signs. Lauren and Kezia's grandparents are still learning BSL, and Kezia "
           "struggles to take part in family conversations when her dad is not there.")

    d.heading("Outcomes (Section E)", section="E")
    d.numbered([
        "By the end of Year 6, Kezia will retell a story of at least ten events in BSL, using role shift and placement correctly, as assessed by her Teacher of the Deaf.",
        "By the end of Year 5, Kezia will check her cochlear implant processor and radio aid herself each morning and tell the Base TA about any fault without being reminded, on nine days out of ten.",
        "Kezia will improve her reading.",
        "By the end of Year 6, Kezia will read a book at Year 4 level with 95% accuracy and answer four out of five questions about it in BSL or English.",
        "Kezia will have a Communication Support Worker in all lessons.",
        "By July 2026, Kezia will play with at least two hearing classmates at morning break on three days out of five, using sign, gesture or speech.",
        "Kezia will be happy and confident at school.",
    ], fmt="E{n}")
    d.para("The Head of the Deaf Resource Base will set termly steps towards each outcome and share "
           "them with Kezia's parents in BSL and English.")

    d.heading("Special educational provision (Section F)", section="F")
    d.para("Kezia's provision is made in term time at Ashcombe Church of England Primary School "
           "and its Deaf Resource Base (\u201cthe Base\u201d), unless stated otherwise.")
    d.heading("Communication and language (BSL and English)", level=2)
    d.bullets([
        "A Communication Support Worker (CSW) with BSL Level 3 in all of Kezia's mainstream lessons, interpreting teaching and class discussion and voicing her signed answers \u2013 Who: CSW employed by the Base; How often: every mainstream lesson, 22.5 hours a week.",
        "BSL tuition with a Deaf instructor \u2013 two 30-minute 1:1 sessions a week in the Base, extending Kezia's BSL vocabulary, grammar and storytelling. Who: a Deaf BSL instructor holding a Level 6 BSL qualification.",
        "Speech and language therapy to develop Kezia's spoken English, listening and auditory memory \u2013 Who: speech and language therapist, Northvale Cochlear Implant Centre.",
        "Home practice of signed spelling and topic words \u2013 Kezia's parents will practise the week's words with her regularly, using the word mat sent home by the CSW.",
    ])
    d.heading("Hearing and listening", level=2)
    d.bullets([
        "Radio aid (Roger Touchscreen Mic streaming to Kezia's cochlear implant processor), worn by the class teacher and CSW in all teaching and assemblies \u2013 Who: Kezia's named Base TA, trained by the Teacher of the Deaf, checks and pairs the equipment at a 5-minute check-in at 8:45 every morning; the Sensory Support Service replaces faulty parts within two school days.",
        "Direct teaching from a Qualified Teacher of the Deaf (mandatory qualification) on listening skills, repairing communication breakdowns and looking after her own equipment \u2013 How often: one 45-minute 1:1 session every week in term time.",
        "Educational audiologist (a Teacher of the Deaf from the Sensory Support Service) \u2013 visits each term to advise staff on the listening environment and on Kezia's equipment.",
        "Listening breaks \u2013 Kezia should be offered a 5-minute break from listening in the Base after any mainstream lesson longer than one hour.",
    ])
    d.heading("Cognition and learning", level=2)
    d.bullets([
        "Phonics and reading in a group of up to six deaf pupils in the Base, taught by the Teacher of the Deaf using Read Write Inc. Fresh Start with fingerspelling and Visual Phonics cues \u2013 every morning, 30 minutes.",
        "Precision Teaching of common exception words \u2013 10 minutes with a Base TA trained in Precision Teaching by the Ellerby Educational Psychology Service.",
        "Reading comprehension intervention \u2013 Who: teaching assistant; How often: 2\u20133 sessions a week, 20 minutes.",
        "Pre-tutoring of maths vocabulary \u2013 Kezia's CSW (BSL Level 3) will teach her the signs and English words for the next week's maths topic. How often: 20 minutes every Friday afternoon, using a signed word mat that she also takes home.",
        "Guided writing in a group of no more than four pupils in the Base, led by the Teacher of the Deaf \u2013 three 40-minute sessions a week, subject to the availability of Base staff.",
    ])
    d.heading("Social, emotional and mental health", level=2)
    d.bullets([
        "Deaf role model mentoring \u2013 Who: a Deaf adult mentor from the Ellerby Deaf Youth Project who has completed the project's mentor training; How often: 45 minutes every fortnight in the Base, talking about deaf identity, friendships and speaking up for herself.",
        "Deaf awareness lesson for Kezia's class, planned with Kezia and led by the Teacher of the Deaf \u2013 one 45-minute lesson at the start of each school year and again if she changes class.",
        "Weekly friendship group with three hearing classmates, playing structured games that practise turn-taking and conversation \u2013 Who: Base TA.",
        "Opportunities to meet other deaf children, for example at Base events and Ellerby Deaf Children's Society family days.",
        "A quiet lunchtime space in the Base with a familiar adult, 12:15\u201312:45 daily, gradually reduced as Kezia grows in confidence.",
        "ELSA sessions \u2013 in line with the school's ELSA timetable.",
    ])
    d.heading("Getting ready for Year 6 and secondary school", level=2)
    d.bullets([
        "Transition \u2013 a transition plan for the move to secondary school will be agreed during Year 6.",
    ])

    d.heading("Health provision (Section G)", section="G")
    d.bullets([
        "Cochlear implant review and re-mapping at the Northvale Cochlear Implant Centre every six months, with processor repairs, spare parts and batteries supplied by the centre.",
        "Review of the left hearing aid by Ellerby Children's Audiology when an appointment becomes available.",
        "Annual review by the community paediatrician (Ellerby Child Development Centre).",
    ])

    d.heading("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Section H1)", section="H1")
    d.bullets([
        "A support worker who signs at BSL Level 2, for 3 hours every other Saturday, so that Kezia can attend the Ellerby Deaf Youth Project's junior club (Children with Disabilities Team).",
        "Support to access after-school activities as appropriate.",
    ])
    d.heading("Other social care provision (Section H2)", section="H2")
    d.bullets([
        "Family sign language: a 10-week BSL Level 1 course (two hours each week) for Lauren and Kezia's grandparents, funded by the Children with Disabilities Team and starting in April 2026.",
    ])

    d.heading("Placement: name and type of school (Section I)", section="I")
    d.para("Ashcombe Church of England Primary School, Ellerby \u2013 mainstream voluntary aided "
           "primary school, with a place in its Deaf Resource Base (resourced provision for deaf "
           "pupils).")

    d.heading("Personal budget (Section J)", section="J")
    d.para("Kezia's parents have asked about a personal budget; details will be agreed with the "
           "SEND Assessment Team.")

    d.heading("Advice and information (Section K)", section="K")
    d.numbered([
        "Views of Kezia, Lauren and Dominic Marwood \u2013 14 January 2026",
        "Educational advice \u2013 Mrs H. Quayle, Head of the Deaf Resource Base, Ashcombe CE Primary School \u2013 8 December 2025",
        "Qualified Teacher of the Deaf advice \u2013 Mr S. Farrant, Ellerby Sensory Support Service \u2013 2 December 2025",
        "Educational audiology report \u2013 Ellerby Sensory Support Service",
        "Educational psychology advice \u2013 Dr N. Achebe-Lyons, Educational Psychologist \u2013 11 December 2025",
        "Medical advice \u2013 Dr R. Whitcombe, Community Paediatrician \u2013 28 November 2025",
        "Cochlear implant and speech and language therapy report \u2013 Northvale Cochlear Implant Centre \u2013 20 November 2025",
        "Social care advice \u2013 Children with Disabilities Team \u2013 1 December 2025",
    ], fmt="K{n}")
