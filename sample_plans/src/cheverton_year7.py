"""Cheverton Borough Council - Year 7 pupil who is severely sight impaired (retinopathy of
prematurity) and is learning contracted braille, at a mainstream academy with a visiting
qualified teacher of vision impairment and a habilitation specialist. Word Heading 1
headings that personalise the statutory title ('Section F: The special educational
provision Amelia needs'). Cover details in a two-column details table. E is a three-column
table (Ref | Outcome | Area of need). Section F is ONE five-column table (Delivered by |
What will be provided | How often | How long | Outcome) in which the 'Delivered by' cell is
vertically MERGED down each group of rows, so the deliverer is written once per group; some
'How long' cells are blank. The table runs over a page break with a repeated header row.
H1/H2 split. FINAL plan."""

TITLE = "Education, Health and Care Plan - Amelia Rosewarne"


def _merge_first_column(table, groups):
    """groups: list of (first_row, last_row) indexes (0 = header row)."""
    for r0, r1 in groups:
        if r1 > r0:
            table.cell(r0, 0).merge(table.cell(r1, 0))


def build(d):
    d.simple_footer("Cheverton Borough Council  \u2022  EHC Plan for Amelia Rosewarne  \u2022  "
                    "FINAL  \u2022  26 January 2026  \u2022  OFFICIAL-SENSITIVE")
    d.title("Cheverton Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN \u2013 issued following the annual review held on 2 December 2025",
           bold=True)
    d.details_table([
        ("Name", "Amelia Rosewarne"),
        ("Date of birth", "17/03/2014"),
        ("Year group", "Year 7"),
        ("NHS number", "999 318 4072"),
        ("Unique pupil number", "H999000161803"),
        ("Home address", "27 Larkspur Way, Cheverton, ZY4 6NB"),
        ("Parents", "Kirsty Rosewarne and Daniel Rosewarne"),
        ("Contact", "01632 960713 (home); 07700 900582 (Kirsty); kirsty.rosewarne@example.org"),
        ("School", "St Aldric's Church of England Academy"),
        ("Date of this final plan", "26 January 2026"),
        ("Annual review to be held by", "25 January 2027"),
        ("EHC co-ordinator", "Priya Lindqvist, Cheverton SEND Assessment and Review Team"),
    ], widths_cm=(5.0, 11.5))

    # ---------------------------------------------------------------- A
    d.heading("Section A: Amelia's views, interests and aspirations", section="A")
    d.heading("What Amelia told us", level=2)
    d.para("Amelia recorded her views on her notetaker with her specialist teaching assistant "
           "in November 2025, and then read them back to check they said what she meant:")
    d.para("\"I am Amelia and I am 11. I love audiobooks, especially mysteries, and I play "
           "the keyboard by ear. I go swimming with the Cheverton Sharks on Saturdays. Big "
           "school is loud and I get lost when everyone is rushing in the corridors. I like it "
           "when teachers say my name before they ask me something, because I can't see who "
           "they're looking at. I want to read braille as fast as my friends read print. When "
           "I'm grown up I want to be a radio presenter or work at the BBC.\"")
    d.heading("What Amelia's parents told us", level=2)
    d.para("Kirsty and Daniel describe Amelia as chatty, stubborn in a good way and very "
           "musical. Her younger brother Finn, who is 9, says she is \"the best at quizzes\". "
           "Her parents were very anxious about the move to secondary school. They want "
           "Amelia to become a fluent braille user, to get around school without always "
           "needing an adult on her arm, and to make friends of her own. They would like to "
           "learn braille themselves so they can help with homework.")

    # ---------------------------------------------------------------- B
    d.heading("Section B: Amelia's special educational needs", section="B")
    d.heading("Sensory: vision", level=2)
    d.para("Amelia is registered severely sight impaired. She has no useful vision in her "
           "right eye and only perception of light and of large, high-contrast shapes very "
           "close to her left eye. She cannot use print of any size, so all of her reading and "
           "writing has to be through braille or audio. She reads uncontracted braille well "
           "but is only part of the way through learning contracted (Grade 2) Unified English "
           "Braille; her reading speed is about 35 words per minute, well below what she needs "
           "to keep up with secondary-school texts. She does not yet know the braille codes "
           "for maths and science, and she cannot interpret a tactile diagram without being "
           "shown how to explore it. She cannot see the board, screens, demonstrations or "
           "facial expressions.")
    d.heading("Cognition and learning", level=2)
    d.para("Amelia's verbal reasoning and memory are strengths, and her spoken vocabulary is "
           "above that expected for her age. Because everything has to be read in braille she "
           "works more slowly than her peers and tires quickly. In maths she has gaps in shape, "
           "measures and graphs, where much of her earlier teaching relied on pictures, and "
           "she is working about two years behind in these areas. She cannot yet type without "
           "looking for help, which slows her written work on the laptop.")
    d.heading("Communication and interaction", level=2)
    d.para("Amelia talks confidently with adults. She misses the non-verbal signals that "
           "show when it is her turn to speak or when a conversation is ending, so she "
           "sometimes talks over her classmates or keeps a conversation going after they have "
           "lost interest.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Since starting at St Aldric's Amelia has found break and lunchtime hard. She "
           "usually sits with an adult rather than with other pupils, and she told her parents "
           "she feels \"invisible\". She becomes anxious before lessons in unfamiliar rooms "
           "and has cried in the toilets on several occasions this term.")
    d.heading("Physical, mobility and independence", level=2)
    d.para("Amelia has begun long cane training but cannot yet find her own way between "
           "teaching rooms, to the canteen or to the bus stop. She needs help to find food "
           "and carry a tray in the canteen, to handle coins and to keep her locker and bag "
           "organised.")

    # ---------------------------------------------------------------- C
    d.heading("Section C: Amelia's health needs related to her SEN", section="C")
    d.para("Amelia was born at 26 weeks and developed retinopathy of prematurity; her right "
           "retina later detached. She has nystagmus and is very sensitive to glare, and "
           "wears tinted glasses outdoors. She is under the care of the paediatric "
           "ophthalmology team at Cheverton General Hospital and was certified as severely "
           "sight impaired in 2019. She has no other health needs relating to her SEN.")

    # ---------------------------------------------------------------- D
    d.heading("Section D: Amelia's social care needs", section="D")
    d.para("Amelia is a disabled child. The Children with Disabilities Team assessed her in "
           "October 2025. Because of her sight loss she cannot go to clubs or activities in "
           "the community without an adult to guide her, and both her parents work long shifts "
           "at weekends.")

    # ---------------------------------------------------------------- E
    d.heading("Section E: The outcomes we are working towards", section="E")
    d.para("St Aldric's will agree termly steps towards each outcome with Amelia, her parents "
           "and the QTVI, and report on them at each review.")
    d.table(["Ref", "Outcome", "Area of need"], [
        ["E1", "By the end of Year 8, Amelia will read contracted (Grade 2) UEB braille at 60 words per minute with at least 95% accuracy.", "Vision"],
        ["E2", "By July 2026, Amelia will write a 200-word piece on her electronic notetaker in contracted braille and send it to her teacher by e-mail without adult help.", "Vision; cognition and learning"],
        ["E3", "Amelia will get better at maths.", "Cognition and learning"],
        ["E4", "By the end of the spring term 2027, Amelia will walk with her long cane from the learning support base to each of her teaching rooms and to the canteen on her own, on five school days in a row.", "Mobility and independence"],
        ["E5", "Amelia will be more confident in school.", "SEMH"],
        ["E6", "Amelia will have a teaching assistant with her in all lessons.", "Vision"],
        ["E7", "By July 2026, Amelia will touch-type at 20 words per minute with no more than two errors a minute.", "Cognition and learning"],
        ["E8", "By the end of Year 7, Amelia will spend lunchtime with at least two classmates of her choice on three days a week, without an adult sitting with them.", "SEMH; communication"],
        ["E9", "Amelia will become a radio presenter.", "Aspiration"],
    ], widths_cm=[1.2, 11.3, 4.0], font_size=10)

    # ---------------------------------------------------------------- F
    d.heading("Section F: The special educational provision Amelia needs", section="F")
    d.para("This provision is made in term time for as long as the plan is maintained. The "
           "first column shows who is responsible for each group of provision; the last "
           "column links each item to the outcomes in Section E.")
    rows = [
        # QTVI (rows 1-4)
        ["Qualified teacher of vision impairment (QTVI) holding the mandatory qualification, Cheverton Sensory Support Service",
         "Direct 1:1 teaching of contracted (Grade 2) Unified English Braille reading and writing, in the learning support base",
         "Twice a week in term time", "50 minutes each lesson", "E1, E2"],
        ["",
         "Teaching of the UEB maths and science code, starting once Amelia is reading contracted braille fluently",
         "Not yet agreed", "Not yet agreed", "E3"],
        ["",
         "Visits to monitor Amelia's progress in braille and advise her teachers",
         "As often as the QTVI judges necessary", "", "E1"],
        ["",
         "Braille and vision-awareness training: one 3-hour session for all of Amelia's subject teachers and teaching assistants, and a 1-hour update for her two specialist teaching assistants",
         "The 3-hour session within two weeks of this plan and again in the first week of each autumn term; the update every half-term",
         "3 hours; 1 hour", "E1, E4"],
        # Habilitation (rows 5-6)
        ["Habilitation specialist holding a Level 5 qualification in habilitation and mobility, Cheverton Sensory Support Service",
         "Long cane and orientation and mobility training around the school site, then on the route from the school gate to the bus stop on Priory Lane",
         "Weekly until Easter 2026, then fortnightly for the rest of Year 7", "60 minutes, 1:1", "E4"],
        ["",
         "Independence skills such as using the canteen, carrying a tray, handling money and organising her locker",
         "When the habilitation specialist has capacity", "", "E4"],
        # Specialist TAs (rows 7-10)
        ["Two specialist teaching assistants (job-share), each with a Level 3 Certificate in Supporting Teaching and Learning and a UEB Grade 2 transcription certificate",
         "In-class support in every timetabled lesson: reading aloud what is on the board and screens, describing demonstrations and videos, setting out tactile diagrams and keeping her equipment organised",
         "Every lesson, 1:1", "25 hours a week", "E1, E3, E5"],
        ["",
         "Transcription of all worksheets, texts, homework and tests into contracted braille, and tactile diagrams produced on swell paper, ready at least two school days before the lesson",
         "Every school week", "8 hours a week of preparation time outside lessons", "E2, E3"],
        ["",
         "Supervised braille reading practice to back up the QTVI's lessons",
         "Little and often", "", "E1"],
        ["",
         "Touch-typing tuition on her laptop using an audio-guided typing course",
         "Three times a week during morning registration, for the whole of Year 7", "20 minutes", "E7"],
        # SENCO (rows 11-12)
        ["SENCO",
         "Examination access arrangements as listed in the QTVI report of 10 November 2025",
         "All internal tests and examinations", "", "E2"],
        ["",
         "An electronic braille notetaker (32 cells), a laptop running the NVDA screen reader, a Perkins Brailler kept in the learning support base and a swell-paper heater, for Amelia's sole use in every lesson and at home",
         "From the date of this plan; serviced by the Sensory Support Service each September", "", "E2, E7"],
        # Subject teachers (rows 13-14)
        ["Subject teachers",
         "Quality-first teaching, with lesson resources adapted wherever possible",
         "All lessons", "", "E3"],
        ["",
         "Amelia would benefit from trying goalball and other VI sports in PE",
         "", "", "E5"],
        # Head of Year (row 15)
        ["Head of Year 7",
         "A check-in in the learning support base before registration to go through her timetable, room changes and any unfamiliar routes that day",
         "Every school day at 8:35", "10 minutes", "E4, E5"],
        # ELSA (rows 16-17)
        ["Emotional Literacy Support Assistant (ELSA) trained by the Cheverton Educational Psychology Service",
         "ELSA sessions to help Amelia talk about her sight loss and settle into secondary school",
         "Weekly for six weeks, then reviewed", "", "E5"],
        ["",
         "A lunchtime games club in the learning support base with accessible board and card games, for Amelia and no more than five classmates she chooses",
         "Tuesdays and Thursdays, 12:45 to 13:15", "30 minutes", "E8"],
        # Any staff (rows 18-19)
        ["Any available member of staff",
         "A sighted guide between lessons when the corridors are busy",
         "As required", "", "E4"],
        ["",
         "Opportunities to join lunchtime and after-school clubs",
         "", "", "E8"],
        # Parents (row 20)
        ["Amelia's parents",
         "Braille reading practice at home using books loaned by the Sensory Support Service",
         "Every evening", "", "E1"],
    ]
    t = d.table(["Delivered by", "What will be provided", "How often", "How long", "Outcome"],
                rows, widths_cm=[3.4, 6.2, 3.2, 2.1, 1.7], font_size=9)
    _merge_first_column(t, [(1, 4), (5, 6), (7, 10), (11, 12), (13, 14), (15, 15),
                            (16, 17), (18, 19), (20, 20)])

    # ---------------------------------------------------------------- G
    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Review of both eyes by the consultant paediatric ophthalmologist at Cheverton General Hospital every six months.",
        "Tinted glasses prescribed by the hospital optometrist, replaced when her prescription changes and at least once a year.",
        "A low vision assessment at the hospital's low vision clinic when an appointment becomes available.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1: Social care provision under section 2 of the CSDPA 1970",
              section="H1")
    d.para("A support worker from the Cheverton Children with Disabilities Team for 3 hours "
           "every Saturday, so that Amelia can take part in the Cheverton Sharks swimming "
           "club and travel there and back safely.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None identified at this time.")

    # ---------------------------------------------------------------- I
    d.heading("Section I: The school Amelia will attend", section="I")
    d.para("St Aldric's Church of England Academy, Cheverton (mainstream academy, ages 11 to 16).")

    # ---------------------------------------------------------------- J
    d.heading("Section J: Personal budget", section="J")
    d.para("Amelia's parents have not asked for a personal budget.")

    # ---------------------------------------------------------------- K
    d.heading("Section K: Advice and information", section="K")
    d.para("The following advice was gathered for the review and is attached to this plan:")
    d.bullets([
        "Amelia's views \u2013 recorded with her specialist teaching assistant, 18 November 2025",
        "Parents' views \u2013 Kirsty and Daniel Rosewarne, 20 November 2025",
        "Educational advice \u2013 Mr J. Whitfield-Ames, SENCO, St Aldric's Church of England Academy, 24 November 2025",
        "Advice from the qualified teacher of vision impairment \u2013 Mrs S. Adebayo, Cheverton Sensory Support Service, 10 November 2025",
        "Habilitation advice \u2013 Cheverton Sensory Support Service",
        "Psychological advice \u2013 Dr M. Kowalczyk, Educational Psychologist, 12 November 2025",
        "Medical advice \u2013 Dr R. Sandhu, Community Paediatrician, 5 November 2025",
        "Ophthalmology report \u2013 Cheverton General Hospital Eye Unit, 22 October 2025",
        "Social care advice \u2013 Children with Disabilities Team, 28 October 2025",
    ])
