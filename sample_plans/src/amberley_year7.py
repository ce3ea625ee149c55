"""Amberley Borough Council - Year 7 pupil with bilateral spastic cerebral palsy and cerebral
visual impairment, in her first term at a mainstream secondary academy. This is the first plan
issued after her transfer from primary (amended after an early review in November 2025).
Word Heading 1 headings with a vertical bar ('Section A | Views, interests and aspirations').
Running header with name and DOB, 'Page X of Y' footer. Cover details are a two-column shaded
details table. E is a list numbered E1-E9. Section F is grouped by outcome: a bold 'Outcome
area n' line, then a three-column sub-table (Provision | Frequency / duration / staffing |
Where) with the frequency, length and staffing packed into one combined cell. FINAL plan."""

TITLE = "Education, Health and Care Plan - Rosie Thackeray"

_F_HEAD = ["Provision", "Frequency / duration / staffing", "Where"]
_F_WIDTHS = [6.9, 6.7, 3.0]


def _ftable(d, rows):
    d.table(_F_HEAD, rows, widths_cm=_F_WIDTHS, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Rosie Thackeray  |  DOB 14/03/2014  |  Final amended EHC plan",
                            footer_left="Amberley Borough Council SEND Service",
                            first_page_plain=True)
    d.title("Amberley Borough Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=22, color="385623")
    d.para("FINAL \u2013 amended following an early review after transfer to secondary school",
           bold=True)
    d.details_table([
        ("Name", "Rosie Thackeray"),
        ("Date of birth", "14/03/2014"),
        ("NHS number", "999 318 6042"),
        ("Unique pupil number", "W999004418726"),
        ("Home address", "12 Kestrel Rise, Amberley, ZY4 8HN"),
        ("Parents", "Helen Thackeray and Dominic Thackeray"),
        ("Telephone", "01632 960713 (home); 07700 900382 (Helen, mobile)"),
        ("E-mail", "helen.thackeray@example.org"),
        ("School and year group", "Whitlow Cross Academy, Year 7"),
        ("Early review meeting", "6 November 2025"),
        ("Date of this final plan", "8 December 2025"),
        ("Next annual review due by", "7 December 2026"),
        ("SEND case officer", "Priya Venkataraman, Amberley SEND Service"),
    ], fill="E2EFD9")
    d.para("This plan replaces the plan issued on 10 February 2025, which named Whitlow Cross "
           "Academy for Rosie's move from St Edith's CE Primary School. The early review was "
           "held because Rosie was finding the size of the site, the stairs and the amount "
           "of printed material hard to manage in her first half-term.", italic=True)
    d.page_break()

    d.heading("Section A | Views, interests and aspirations", section="A")
    d.heading("Rosie's views", level=2)
    d.para("Rosie typed these words herself on her laptop at the early review, with her QTVI, "
           "Mrs Okafor, sitting beside her. \"Whitlow Cross is massive and everything looks the "
           "same colour. I like science and English and I LOVE swimming. I go to Stingrays on "
           "Saturdays and I want to swim at the Paralympics one day, or be a marine biologist. "
           "I hate it when worksheets are tiny and I have to ask again in front of everyone. "
           "The stairs in B block are the worst bit. I want to get to lessons on my own like "
           "my friends do.\"")
    d.heading("Helen's and Dominic's views", level=2)
    d.para("Rosie's parents describe her as determined, chatty and funny, and a caring big "
           "sister to Alfie, who is eight. They are proud of how she coped with the move to a "
           "much bigger school, but they say she comes home exhausted and has cried about "
           "getting lost twice. They want Rosie to be independent around school, to be given "
           "work she can actually see, and to keep up with her friends. They would like her "
           "to have physiotherapy in school again, as she had at primary school.")

    d.heading("Section B | Special educational needs", section="B")
    d.heading("Sensory and physical: vision", level=2)
    d.para("Rosie has cerebral visual impairment (CVI). Her distance acuity with glasses is "
           "about 6/24 and she has a loss of her lower visual field in both eyes. She cannot "
           "read print smaller than N18 for more than a few minutes and reads most comfortably "
           "at N24 on a plain, matt background. Crowded pages, busy slides and coloured "
           "backgrounds slow her down a great deal, and she struggles to pick out a detail in "
           "a diagram, graph or map. Because of her lower-field loss she does not see steps, "
           "kerbs, bags on the floor or the edges of tables, and she finds it hard to find her "
           "way in large buildings where the corridors look alike. She cannot see the "
           "whiteboard from further back than the second row.")
    d.heading("Sensory and physical: motor skills and stamina", level=2)
    d.para("Rosie has bilateral spastic cerebral palsy (diplegia). She walks independently "
           "indoors with bilateral ankle-foot orthoses, but she is slow and unsteady on stairs "
           "and in crowds, and she uses a wheelchair for trips and long distances. Her right "
           "hand is stiffer than her left, so she is slow at handwriting, at using a ruler or "
           "protractor, and at carrying a lunch tray. She tires quickly; by the afternoon her "
           "walking is less safe and she finds it hard to concentrate.")
    d.heading("Cognition and learning", level=2)
    d.para("Rosie's verbal reasoning is in the average range and her spoken vocabulary is a "
           "strength. Her reading speed is well below that of her peers because of her vision. "
           "In maths she is working about eighteen months below age-related expectations, "
           "mainly because she cannot read scales, graphs and diagrams accurately, and she "
           "loses track of multi-step calculations written on a crowded page.")
    d.heading("Communication and interaction", level=2)
    d.para("Rosie communicates well and enjoys talking with adults and friends. She misses "
           "facial expressions and gestures from across a room, so she can misread whether "
           "a peer is joking, and she does not always realise when a teacher is speaking to "
           "her unless her name is used.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Rosie has found the move to secondary school worrying. She is embarrassed to ask "
           "for enlarged work in front of the class, and she has started to say she is \"fine\" "
           "when she cannot see. Most of her primary school friends are in other tutor groups "
           "and she has not yet joined any clubs.")

    d.heading("Section C | Health needs", section="C")
    d.para("Rosie has bilateral spastic cerebral palsy, diagnosed at 18 months, and is "
           "reviewed by the community paediatrician at Amberley Child Development Centre. She "
           "wears ankle-foot orthoses on both legs and has muscle pain in her calves after "
           "long days. Her cerebral visual impairment is monitored by the paediatric "
           "ophthalmology team at Amberley General Hospital, and she wears glasses for "
           "distance. Fatigue is a significant part of her condition.")

    d.heading("Section D | Social care needs", section="D")
    d.para("Rosie is a disabled child. She needs an adult to get her to and from her swimming "
           "club and to help her change poolside, because of her mobility and vision. Both of "
           "Rosie's parents work, and Saturday mornings are when Dominic works shifts.")

    d.heading("Section E | Outcomes", section="E")
    d.para("These outcomes are for the end of Key Stage 3 unless a date is given. Whitlow "
           "Cross Academy will set half-termly steps towards each outcome and share them with "
           "Rosie and her parents.")
    d.numbered([
        "By the end of Year 8, Rosie will touch-type at 20 words per minute with 90% accuracy and set up the magnification on her laptop herself at the start of each lesson.",
        "By July 2026, Rosie will walk on her own between her form room, the dining hall and the science block at lesson changeover, on five school days in a row.",
        "Rosie will be more confident moving around school.",
        "By the end of Year 7, Rosie will read an enlarged bar chart or line graph and answer three questions about it correctly.",
        "Rosie will make friends at her new school.",
        "By the end of the spring term 2026, Rosie will tell an adult when she is too tired to carry on and go to her rest routine, on at least four days out of five.",
        "Rosie will receive habilitation training and physiotherapy.",
        "Rosie will swim for Great Britain at the Paralympics.",
        "By July 2026, Rosie will carry her lunch tray from the servery to a table without spilling, on four days out of five.",
    ], fmt="E{n}")

    d.heading("Section F | Special educational provision", section="F")
    d.para("The provision below is grouped by the outcomes it supports. It is to be made in "
           "term time for the life of this plan unless a row says otherwise. Amberley Sensory "
           "Support Service is commissioned by Amberley Borough Council to deliver the "
           "vision-impairment teaching and habilitation.")

    d.para("Outcome area 1 \u2013 Reading, recording and using technology (E1)", bold=True)
    _ftable(d, [
        ["Direct teaching of touch-typing and of the magnification and screen-reader settings on Rosie's laptop, so that she can read and record her work without adult help",
         "One 45-minute 1:1 lesson every week, taught by a qualified teacher of children and young people with vision impairment (QTVI) who holds the mandatory qualification, from Amberley Sensory Support Service",
         "VI teaching room, Learning Support Centre"],
        ["All worksheets, textbook extracts, board slides and assessment papers modified to N24 bold sans-serif print on matt cream paper, with diagrams simplified, relabelled in large print and outlined in thick black",
         "Every lesson; each resource prepared at least one school day before the lesson by the academy's resource technician, who has completed the Sensory Support Service's two-day course in modifying print and diagrams",
         "All subjects"],
        ["Monitoring visits from the Sensory Support Service to check that modifications are being made",
         "Periodically; Sensory Support Service",
         "In school"],
        ["A CCTV desktop magnifier for science and design and technology, subject to funding from the Sensory Support Service equipment budget",
         "Practical lessons",
         "Science labs and D&T workshop"],
        ["Rosie to use her laptop for longer pieces of writing",
         "When appropriate, at the discretion of the class teacher",
         "All lessons"],
        ["Extra time in tests and examinations",
         "In line with the academy's access arrangements policy",
         "Exam rooms"],
    ])

    d.para("Outcome area 2 \u2013 Getting around the school site (E2, E3)", bold=True)
    _ftable(d, [
        ["Habilitation training to learn and rehearse the routes between her form room, the dining hall, the science block, the library and the bus bay, including scanning for steps and kerbs in her lower field and using handrails on the stairs",
         "Two 40-minute sessions each week throughout Year 7, delivered 1:1 by a qualified habilitation specialist from Amberley Sensory Support Service",
         "Around the academy site"],
        ["Early release from lessons so that Rosie can move between rooms before the corridors fill",
         "Five minutes before the end of each lesson at first, stopping once staff feel she can cope with the changeover",
         "All lessons"],
        ["Rosie should have a friend or an adult with her in the dining hall and playground where needed",
         "Break and lunch",
         "Dining hall and playground"],
    ])

    d.para("Outcome area 3 \u2013 Maths and learning in class (E4)", bold=True)
    _ftable(d, [
        ["Pre-teaching of the diagrams, graphs and key vocabulary for the following week's maths lessons, using enlarged (N24) and raised-line versions",
         "25 minutes every Monday during tutor time, 1:1 with a higher level teaching assistant who has completed the Sensory Support Service's six-session 'Access to maths for learners with vision impairment' course",
         "Learning Support Centre"],
        ["Catch-up sessions in a small group to fill gaps in number work",
         "Once a week; teaching assistant",
         "Maths department"],
        ["In-class support in science, design and technology and art, setting out equipment within Rosie's field of vision and keeping her work area clear and safe",
         "Up to 5 hours a week from a teaching assistant, shared with two other pupils in the class",
         "Practical lessons"],
        ["Seating, lighting and positioning in every classroom in line with the recommendations of the QTVI and occupational therapy reports (Appendices 5 and 6)",
         "All lessons; subject teachers",
         "All classrooms"],
    ])

    d.para("Outcome area 4 \u2013 Movement, hand skills and stamina (E6, E9)", bold=True)
    _ftable(d, [
        ["Rosie's physiotherapy exercise programme: hamstring and calf stretches, step-ups, sit-to-stand repetitions and standing balance work, written by her physiotherapist",
         "15 minutes at the start of every school day, 1:1 with a teaching assistant who has been trained and signed off by the physiotherapist; the HCPC-registered physiotherapist updates the programme and re-checks the assistant's technique at a 45-minute visit each half-term",
         "Medical room"],
        ["Direct physiotherapy sessions",
         "To be agreed once the community physiotherapist has assessed Rosie at Whitlow Cross",
         "School"],
        ["Direct occupational therapy on fine-motor control for keyboarding, handling a ruler and protractor, and carrying and managing her lunch tray and cutlery",
         "A block of eight weekly 30-minute 1:1 sessions in each of the spring and summer terms of Year 7, delivered by an HCPC-registered occupational therapist from Amberley Children's Therapies",
         "Learning Support Centre and dining hall"],
        ["A quarter-hour rest in the Learning Support Centre, seated with her feet raised and a drink, before the afternoon lessons",
         "Every school day from 13:20 to 13:35, supervised by the Learning Support Centre teaching assistant on duty",
         "Learning Support Centre"],
    ])

    d.para("Outcome area 5 \u2013 Settling in and friendships (E5, E6)", bold=True)
    _ftable(d, [
        ["A check-in with her form tutor to run through the day's room changes, any cover teachers and where her equipment has been put",
         "Each morning before registration, 8:40 to 8:45",
         "Form room"],
        ["Rosie will be given opportunities to join lunchtime and after-school clubs, with support where possible",
         "Where possible; pastoral team",
         "Clubs"],
        ["Emotional literacy sessions about settling in, friendships and talking about her disability",
         "Six sessions with the ELSA, then reviewed",
         "Pastoral room"],
    ])

    d.heading("Section G | Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician at Amberley Child Development Centre every six months.",
        "Bilateral ankle-foot orthoses, supplied and reviewed every four months by the orthotics service at Amberley General Hospital.",
        "Ophthalmology and orthoptic review at Amberley General Hospital every 12 months, with her glasses prescription checked at each visit.",
        "Ibuprofen for calf pain, given as required under Rosie's individual healthcare plan by a first-aid trained member of staff.",
        "Hydrotherapy at Amberley General Hospital when a place becomes available.",
    ])

    d.heading("Section H1 | Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A personal assistant for 3 hours on alternate Saturdays, so that Rosie can attend "
           "Amberley Stingrays swimming club, arranged by the Amberley Disabled Children's Team.")
    d.heading("Section H2 | Other social care provision", section="H2")
    d.para("No other social care provision is required at present.")

    d.heading("Section I | Placement", section="I")
    d.para("Whitlow Cross Academy, Amberley (mainstream academy, 11\u201316).")

    d.heading("Section J | Personal budget", section="J")
    d.para("Rosie's parents have not asked for a personal budget.")

    d.heading("Section K | Advice and information", section="K")
    d.para("The following advice was considered at the early review. Each item is attached "
           "as the appendix with the same number.")
    d.numbered([
        "Rosie's views \u2013 typed by Rosie with Mrs A. Okafor, QTVI, 6 November 2025",
        "Parents' views \u2013 Helen and Dominic Thackeray, 30 October 2025",
        "Educational advice \u2013 Mr J. Lindqvist, SENCO, Whitlow Cross Academy, 31 October 2025",
        "Psychological advice \u2013 Dr M. Ferreira-Holt, Educational Psychologist, 24 October 2025",
        "Specialist teacher advice (vision impairment) \u2013 Mrs A. Okafor, QTVI, Amberley Sensory Support Service, 22 October 2025",
        "Occupational therapy advice \u2013 Ms T. Barraclough, HCPC-registered Occupational Therapist, 27 October 2025",
        "Habilitation advice \u2013 Amberley Sensory Support Service",
        "Medical advice \u2013 Dr R. Olusanya, Community Paediatrician, 20 October 2025",
        "Social care advice \u2013 Amberley Disabled Children's Team, 29 October 2025",
    ], fmt="{n}.")
