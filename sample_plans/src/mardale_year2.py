"""Lunesdale County Council - Year 2 child with a speech sound disorder and developmental
language disorder at a mainstream infant school with a Speech and Language Unit ("the
Burrow") in the mornings. Word Heading 1 headings with a colon and a personalised title
('Section B: What Isla finds hard (special educational needs)'). Cover details as a
two-column details table. E numbered E1-E7. Section F is ONE four-column table
(Who will provide it, and their training | What will be provided | How often and for how
long | Outcome) in which the deliverer cell is vertically MERGED down each group of rows,
so the deliverer and training are written once per group; one blank frequency cell.
H1 and H2 say none. Section I names the infant school and, from September 2026, the
junior school (phase transfer). FINAL plan."""

TITLE = "Education, Health and Care Plan - Isla Penberthy"


def build(d):
    d.simple_footer("Lunesdale County Council  \u2022  EHC plan for Isla Penberthy  \u2022  "
                    "Final, issued 14 January 2026  \u2022  OFFICIAL-SENSITIVE")
    d.title("Lunesdale County Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Isla Penberthy"),
        ("Date of birth", "3rd March 2019"),
        ("NHS number", "999 618 2047"),
        ("UPN", "K999062500417"),
        ("Home address", "14 Fellside Terrace, Mardale Bridge, XJ4 8NP"),
        ("Parents", "Gemma Penberthy and Daniel Penberthy"),
        ("Contact", "01632 960731 (home); 07700 900582 (Gemma); gemma.penberthy@example.org"),
        ("School and year group", "Mardale Infant School, Year 2 (mornings in the Burrow, the school's Speech and Language Unit)"),
        ("Date of final plan", "14 January 2026"),
        ("Annual review due by", "13 January 2027"),
        ("EHC co-ordinator", "Priyanka Elsworth-Baird, Lunesdale SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5))

    d.heading("Section A: All about Isla (views, interests and aspirations)", section="A")
    d.heading("What Isla told us", level=2)
    d.para("Isla shared her views with Mrs Hallam, her unit teaching assistant, on 2 December "
           "2025, sorting picture cards onto a Talking Mat into \"I like\", \"not sure\" and "
           "\"I don't like\". Mrs Hallam wrote down what Isla said, as she said it.")
    d.para("\"I like the Burrow. I like Bella the rabbit and painting and the big slide. I "
           "don't like when they don't know what I say. Then I go quiet. I like playing mums "
           "and dads with Ruby. I want to be a vet for dogs and rabbits when I'm big.\"")
    d.heading("What Isla's parents told us", level=2)
    d.para("Gemma and Daniel describe Isla as kind, funny and determined, and say she is a "
           "wonderful big sister to Freddie, who is four. She loves animals, drawing and "
           "swimming lessons on Saturdays. At home she is chatty with the family, but they "
           "notice that she stops talking when visitors cannot understand her, and she "
           "sometimes cries after school because friends have said \"what?\" to her all day.")
    d.para("Her parents want Isla to be understood by everyone, to read and write as well as "
           "she can, and to keep the confidence she has in the Burrow when she moves to the "
           "junior school in September 2026. They would like clear information about what "
           "she is practising so they can help at home.")
    d.heading("How to communicate with Isla", level=2)
    d.para("Get down to her level, say her name first, and use short sentences with pictures or "
           "gestures. Give her time to answer: she often needs ten seconds or more. If you do "
           "not understand her, ask her to show you or to say it another way, rather than "
           "guessing.")

    d.heading("Section B: What Isla finds hard (special educational needs)", section="B")
    d.heading("Communication and interaction: speech", level=2)
    d.para("Isla has a speech sound disorder of a phonological type. She replaces /k/ and /g/ "
           "with /t/ and /d/ (\"tat\" for \"cat\", \"do\" for \"go\") and leaves out the /s/ "
           "in words that start with two consonants (\"top\" for \"stop\", \"poon\" for "
           "\"spoon\"). In her speech and language therapy assessment (October 2025) familiar "
           "adults understood about three-quarters of what she said, but unfamiliar adults and "
           "other children understood only about half. She does not yet hear the difference "
           "between some of these sounds when other people say them.")
    d.heading("Communication and interaction: language", level=2)
    d.para("Isla has a developmental language disorder affecting both understanding and "
           "talking. She can follow a two-part instruction with a visual prompt, but misses "
           "parts of longer instructions given to the whole class and does not yet ask for "
           "help. She does not reliably understand concept words such as before and after, "
           "most and least, or first and last. Her own sentences are usually three to five "
           "words long, she leaves out small grammar words and word endings, and she has "
           "difficulty finding the word she wants. When she retells a story or her news, the "
           "events come out of order and the listener often cannot follow them.")
    d.heading("Cognition and learning", level=2)
    d.para("Isla knows most Phase 3 phonics sounds but cannot yet blend words with adjacent "
           "consonants, and her spelling follows her speech (\"tar\" for \"car\"). She is "
           "working below age-related expectations in reading and writing. In maths she counts "
           "and calculates securely to 20 but becomes confused by the language of word problems.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Isla is sociable and well liked by adults. When other children do not understand "
           "her she becomes frustrated, goes quiet or walks away, and at lunchtime she often "
           "plays alone at the edge of the playground. She is beginning to say that she is "
           "\"bad at talking\".")

    d.heading("Section C: Isla's health needs relating to her SEN", section="C")
    d.para("Isla's speech sound disorder and developmental language disorder were diagnosed by "
           "the Lunesdale Children's Communication Service in June 2023. She had persistent "
           "glue ear and had grommets fitted in April 2022. Her hearing was within normal limits "
           "at her last audiology review in September 2025, but the audiologist wants to keep "
           "checking it because glue ear can return in the winter months. She has no other "
           "health needs relating to her special educational needs.")

    d.heading("Section D: Isla's social care needs", section="D")
    d.para("No social care needs relating to Isla's special educational needs were identified "
           "during the assessment. The family has not asked for a social care assessment.")

    d.heading("Section E: Outcomes we want for Isla", section="E")
    d.para("The outcomes below look ahead to the end of Key Stage 1 (July 2026) and the first "
           "year at junior school. The unit teacher will set small steps towards each outcome "
           "every half-term and share them with Isla's parents.")
    d.numbered([
        "By July 2026, Isla will say words beginning with /k/ and /g/ correctly in short sentences, in 8 out of 10 attempts when describing pictures to an adult.",
        "By the end of Year 2, Isla will retell a familiar story in the right order using at least five sentences joined with 'and', 'then' or 'because'.",
        "Isla will develop her speech so that other children can understand her.",
        "By the end of Key Stage 1, Isla will read a Phase 5 decodable book aloud with at least 90% accuracy.",
        "By July 2026, Isla will tell an adult when she has not understood an instruction, using a phrase she has been taught, at least three times a day without prompting.",
        "Isla will attend speech and language therapy.",
        "By the end of the summer term 2026, Isla will join a game with two or more classmates at lunchtime on at least three days a week without an adult setting it up.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision for Isla", section="F")
    d.para("Lunesdale County Council will secure the provision below in term time for the life "
           "of this plan. It is set out by the person who provides it: where one person "
           "provides several things, their role and training are written once, in the first "
           "column, for the whole group of rows.")

    sal = "**Speech and language therapist**\nHCPC-registered, Lunesdale Children's Communication Service; works in the Burrow on Tuesdays and Thursdays"
    ut = "**Unit teacher**\nQualified teacher with a postgraduate certificate in speech, language and communication needs; leads the Burrow"
    uta = "**Unit teaching assistant**\nHolds the ELKLAN Level 3 award in Speech and Language Support for 5-11s; trained by the therapist in Isla's current targets every half-term"
    ct = "**Year 2 class teacher**"
    sen = "**SENCO**"
    elsa = "**ELSA**\nEmotional Literacy Support Assistant, trained and supervised by Lunesdale Educational Psychology Service"
    par = "**Isla's parents**"
    lun = "**Lunchtime staff**"

    groups = [
        (sal, [
            ["Direct 1:1 phonological therapy using minimal-pair contrast games, working on Isla's current targets (fronting of /k/ and /g/, and reducing /s/ clusters)",
             "Two 20-minute sessions a week (Tuesday and Thursday mornings), in the unit therapy room", "E1, E3"],
            ["Colourful Semantics group building sentences of who, what doing, what and where, then linking them into short spoken stories",
             "One 30-minute session every Thursday, in a group of no more than four unit pupils", "E2"],
            ["An extra block of six 30-minute sessions on /s/ clusters in the summer term, subject to review at the Easter progress meeting",
             "Summer term 2026", "E1"],
            ["Advice to the Year 2 class teacher on simplifying classroom language",
             "As and when the school asks for it", "E5"],
            ["A new vocabulary programme, to be written when the therapist has reassessed Isla's understanding of concept words",
             "To be confirmed following reassessment", "E2"],
        ]),
        (ut, [
            ["Teaching in the Burrow with a maximum of eight pupils, one teacher and one unit teaching assistant, following the Year 2 curriculum with spoken and written language adapted to Isla's level",
             "Every morning from 8:50 to 12:00, Monday to Friday", "E1, E2, E4"],
            ["Pre-teaching of eight key words for each new class topic, using word maps with pictures, symbols and actions",
             "Three 15-minute sessions each week, on the day before the topic lesson", "E2"],
            ["Phonics catch-up to help with her spelling",
             "On a regular basis", "E4"],
        ]),
        (uta, [
            ["Practice of Isla's speech sound targets from the therapist's written programme, using picture cards and minimal-pair games",
             "10 minutes every school day, straight after the morning register", "E1"],
            ["Support for Isla in her mainstream Year 2 class in the afternoons",
             "Up to five hours a week", "E5, E7"],
            ["A 'tell me about your day' routine at 2:50 pm, in which Isla uses the photos in her home-school book to retell one thing she did",
             "Five minutes every school day", "E2"],
        ]),
        (ct, [
            ["A visual timetable on Isla's table and a now-and-next board for each afternoon lesson",
             "Every afternoon; updated by the class teacher before 1:00 pm", "E5"],
            ["Differentiated work in a supportive, language-rich classroom",
             "Throughout the school day", "E4"],
            ["Instructions given in short chunks, with Isla asked to say them back",
             "", "E5"],
        ]),
        (sen, [
            ["A 30-minute planning meeting with Isla's parents, the unit teacher and the speech and language therapist to set her next speech and language targets",
             "Once every half-term", "E1, E2"],
            ["Consider a referral to the educational psychologist if Isla's reading does not improve",
             "By the end of the spring term", "E4"],
            ["Access to a class iPad with language apps",
             "During choosing time", "E2"],
        ]),
        (elsa, [
            ["ELSA sessions using puppets and feelings cards so that Isla can tell an adult how she feels when she has not been understood",
             "Weekly for the first half-term, then fortnightly once Isla is more settled", "E5"],
        ]),
        (par, [
            ["Practice of the speech sound picture cards at home",
             "Five minutes each evening", "E1"],
        ]),
        (lun, [
            ["Help for Isla to join in playground games",
             "Where possible", "E7"],
        ]),
    ]

    rows = []
    spans = []
    r = 1  # row 0 is the header
    for who, items in groups:
        spans.append((r, r + len(items) - 1))
        for i, (what, when, outc) in enumerate(items):
            rows.append([who if i == 0 else "", what, when, outc])
            r += 1
    t = d.table(["Who will provide it, and their training", "What will be provided",
                 "How often and for how long", "Outcome"], rows,
                widths_cm=[4.1, 6.4, 4.1, 2.0], font_size=9.5, header_fill="D5E8D4")
    for a, b in spans:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "A hearing check at the Lunesdale Children's Audiology Clinic every six months, until the audiologist discharges Isla from glue-ear monitoring.",
        "ENT review if concerns about Isla's hearing arise.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No needs for services under section 2 of the Act have been identified.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I: Placement", section="I")
    d.para("Until 31 August 2026: Mardale Infant School (mainstream community infant school), "
           "attending the Burrow, its Speech and Language Unit, every morning.")
    d.para("From 1 September 2026: Mardale Junior School (mainstream community junior school), "
           "following transfer at the end of Key Stage 1.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Isla's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views - Gemma and Daniel Penberthy, 28 November 2025",
        "Isla's views - gathered with Mrs J. Hallam, unit teaching assistant, 2 December 2025",
        "Educational advice - Mrs A. Whitworth, headteacher and SENCO, Mardale Infant School, 3 December 2025",
        "Psychological advice - Dr Samuel Oyelaran-Price, Educational Psychologist, 5 December 2025",
        "Speech and language therapy advice - Ms Niamh Corless, Speech and Language Therapist, 24 October 2025",
        "Medical advice - Dr L. Fairbairn, Community Paediatrician, 1 December 2025",
        "Audiology report - Lunesdale Children's Audiology Clinic",
        "Social care advice - Lunesdale Children's Services Front Door, 2 December 2025",
    ])
