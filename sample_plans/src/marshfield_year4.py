"""Marshfield Borough Council - Year 4 pupil with autism and a language disorder in a
mainstream primary school, with direct teaching from the council's Autism Outreach Service.
Word Heading 1 headings with a vertical bar ('Section A | Reuben's views, interests and
aspirations'). Running header and 'Page X of Y' footer. Cover details as a two-column
details table. E is a list numbered E1-E8. Section F is grouped by the part of the school
day (Heading 2 sub-headings: 'Start of the day', 'In lessons', 'Moving around, break and
lunch', ...), each group a four-column table with the deliverer FIRST and a separate
training column (Who | What | When and for how long | Training held). Some cells are blank.
Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reuben Pennick"

WHO_W = [3.6, 6.4, 3.6, 3.2]


def _group(d, title, rows):
    d.heading(title, level=2)
    d.table(["Who", "What", "When and for how long", "Training held"], rows,
            widths_cm=WHO_W, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Marshfield Borough Council \u2022 EHC Plan \u2022 Reuben Pennick",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Marshfield Borough Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=22, color="385623")
    d.para("Final plan issued under section 39 of the Children and Families Act 2014", italic=True)
    d.details_table([
        ("Child's name", "Reuben Pennick"),
        ("Date of birth", "14.03.2017"),
        ("Year group", "Year 4"),
        ("NHS number", "999 318 6642"),
        ("UPN", "Z999000582613"),
        ("Home address", "27 Coopers Row, Marshfield, ZY4 6DN"),
        ("Parents", "Leah Pennick and Samir Pennick"),
        ("Contact", "01632 960731 / leah.pennick@example.org"),
        ("School", "St Aldhelm's Church of England Primary School"),
        ("Date this plan was finalised", "9 February 2026"),
        ("Annual review to be held by", "8 February 2027"),
        ("EHC co-ordinator", "Priya Kowalczyk-Hunt, SEND Assessment and Review Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFD9")

    d.heading("Section A | Reuben's views, interests and aspirations", section="A")
    d.heading("What Reuben told us", level=2)
    d.para("Reuben shared his views with his class teaching assistant, Mrs Oyelaran, using a "
           "talking mat with picture cards on 12 November 2025. He sorted the cards into "
           "'good', 'not sure' and 'bad' and then talked about some of them.")
    d.bullets([
        "Good: trains, Minecraft, maths, the computer room, Lego club, my sister Nell, swimming with Dad.",
        "Not sure: reading books, the playground, assembly.",
        "Bad: the hall when it's loud, PE changing, when the plan on the board changes and no one tells me, hand dryers.",
    ])
    d.para("\"I like it when I know what's happening. I don't like it when people talk to me "
           "all at once. When I grow up I want to drive the train from Marshfield to London "
           "or make games.\"")
    d.heading("What Reuben's parents told us", level=2)
    d.para("Leah and Samir describe Reuben as loving, funny and very honest. He knows every "
           "station on the line into the city and can recite timetables. At home he is "
           "calmer when routines are predictable. They worry that he is becoming more "
           "anxious about school: he has started to complain of tummy aches on Sunday "
           "evenings, and twice this term he has run out of the classroom when the lesson "
           "changed without warning. They would like Reuben to have friends to play with, "
           "to be able to tell adults how he is feeling, and to keep up with his class in "
           "reading. They want school and the outreach team to use the same approaches so "
           "that he is not confused.")

    d.heading("Section B | Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben was diagnosed with autism by the Marshfield Child Development Centre in "
           "June 2023. The speech and language therapist also identified a language disorder. "
           "His understanding of spoken language is about two years behind his age (CELF-5 "
           "receptive language standard score 74). He follows one- and two-step instructions "
           "in a familiar routine but loses the thread of longer instructions given to the "
           "whole class, and he takes time to process what has been said. He finds 'why' and "
           "'how' questions hard and often answers a different question.")
    d.para("Reuben speaks in short sentences of three to five words and rarely uses linking "
           "words such as 'because' or 'so'. He cannot yet retell an event or story in order: "
           "he gives one detail and stops. He uses a small range of topic vocabulary and "
           "often says 'that thing' for words he does not know.")
    d.para("Reuben wants to play with other children but does not know how to join in. He "
           "tends to talk at length about trains, and he finds it hard to take turns in "
           "conversation or to notice when others have lost interest. In group work he either "
           "takes over or withdraws.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben's number skills are a strength and he is working at the expected standard "
           "in maths calculation, though he struggles with worded problems. He decodes "
           "accurately (he passed the Year 1 phonics check) but his reading comprehension is "
           "well below age expectations: he can find facts that are stated in a text but "
           "cannot yet make inferences or explain what a character is feeling. His written "
           "sentences are short and lack joining words.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben becomes anxious when routines change, when he does not know what is "
           "coming next, and in busy unstructured times. When anxious he covers his ears, "
           "hums loudly, or leaves the room. He cannot yet name his feelings or tell an adult "
           "that he is worried, so adults often only notice when he is already very upset. "
           "Lunchtimes are the hardest part of his day.")
    d.heading("Sensory and physical", level=2)
    d.para("Reuben is very sensitive to noise (hand dryers, the hall, raised voices) and to "
           "some textures. He seeks movement and pressure, often rocking on his chair or "
           "leaning on adults. The occupational therapist found a sensory processing profile "
           "of marked auditory sensitivity and under-responsiveness to movement (Sensory "
           "Profile 2, November 2025). His gross and fine motor skills are within the typical "
           "range.")

    d.heading("Section C | Health needs related to SEN", section="C")
    d.para("Reuben has autism, diagnosed in June 2023, and is under the care of Dr S. Marwood, "
           "Community Paediatrician. He has difficulty getting to sleep and takes melatonin at "
           "home, prescribed by the paediatrician. He has seasonal hay fever. His hearing was "
           "tested in 2024 and is within normal limits. His parents have asked for help with "
           "his anxiety and he has been referred to the Marshfield CAMHS neurodevelopmental "
           "pathway.")

    d.heading("Section D | Social care needs related to SEN or disability", section="D")
    d.para("Reuben is a disabled child. He cannot yet take part in ordinary clubs or play "
           "schemes without an adult who understands autism, and his parents, who both work, "
           "have had little time to themselves since his sister was born. The family was "
           "assessed by the Children with Disabilities Team in October 2025.")

    d.heading("Section E | Outcomes", section="E")
    d.para("The outcomes below run to the end of Year 5 (July 2027) unless another date is "
           "given. Reuben's class teacher and the SENCO will set smaller steps towards each "
           "outcome every term and share them with Reuben's parents at the termly "
           "parents' meeting.")
    d.numbered([
        "By July 2027, Reuben will retell a short story he has heard, in the right order, using at least four story parts (who, where, what happened, how it ended) without an adult prompting him.",
        "By July 2027, Reuben will explain his ideas in class discussion using sentences of six or more words that include 'because' or 'so', in 4 out of 5 lessons observed by his class teacher.",
        "Reuben will develop his social skills.",
        "By the end of Year 4 (July 2026), Reuben will tell an adult, in words or with his 'help' card, when he feels worried, on at least 4 out of 5 occasions recorded on his calm-plan chart.",
        "Reuben will get on better at playtimes.",
        "By July 2027, Reuben will answer literal and simple inference questions about a text at his reading level with 80% accuracy.",
        "Reuben will receive speech and language therapy every week.",
        "Reuben will stop running out of the classroom.",
    ], fmt="E{n}")

    d.heading("Section F | Special educational provision", section="F")
    d.para("The provision below is set out by the part of the school day in which it "
           "happens. It is to be made in term time for the life of this plan. Where a named "
           "programme is used, the adult delivering it must have completed the training in "
           "the last column.")

    _group(d, "Start of the day", [
        ["Class teaching assistant",
         "Meets Reuben at the side gate, walks with him to the cloakroom and goes through his visual timetable for the day, showing him any change with the 'change' symbol before he goes into class",
         "Every school day, 8:40 to 8:50",
         "MAOS 'Visual supports in the classroom' session (half a day)"],
        ["Staff",
         "A calm start in the classroom, with a quiet job ready for Reuben if the room is noisy",
         "Where possible",
         ""],
    ])

    _group(d, "In lessons", [
        ["Higher level teaching assistant (HLTA)",
         "Pre-teaching of five key words for the coming science or topic lesson, using Word Aware word maps (picture, sound, meaning and a sentence), so that Reuben meets the words before the rest of the class",
         "15 minutes every Monday, Wednesday and Friday at 13:00",
         "Has completed the two-day Word Aware training"],
        ["Teaching assistant",
         "Adult support in English and maths lessons to keep Reuben on task and explain instructions",
         "Up to 10 hours a week",
         ""],
        ["Class teacher",
         "A structured, autism-friendly classroom with differentiated work",
         "Daily",
         ""],
        ["Class teacher",
         "Reuben may use ear defenders and a wobble cushion and should be allowed movement breaks",
         "When he needs them",
         ""],
    ])

    _group(d, "Moving around, break and lunch", [
        ["An adult",
         "Walks Reuben between the classroom, hall and playground, to be faded out once he has settled in Year 4",
         "At each change of place",
         ""],
        ["Midday supervisor",
         "Runs a Lego building club in the library for Reuben and no more than four other children, each taking a role (builder, supplier or engineer) and swapping roles half-way, so that Reuben practises asking, waiting and giving instructions",
         "Tuesdays and Thursdays, 12:30 to 13:00",
         "Has completed the MAOS 'Playtimes and autism' module and is observed by the outreach teacher once a term"],
        ["Lunchtime staff",
         "The nurture room is open to Reuben at lunchtime whenever the playground becomes too much for him",
         "As needed",
         ""],
    ])

    _group(d, "Sessions out of class", [
        ["Teaching assistant",
         "Colourful Semantics 1:1, building spoken and then written sentences from 'who', 'what doing', 'what' and 'where' up to 'when' and 'because'",
         "Four 20-minute sessions a week, Monday to Thursday at 9:10",
         "Trained in Colourful Semantics by the Marshfield Children's SaLT Service, with an observation by the SaLT every half-term"],
        ["ELSA",
         "Some sessions with the ELSA on feelings and friendships",
         "Weekly to start with, then as agreed with the SENCO",
         "Trained ELSA (Marshfield EP Service ELSA course)"],
        ["To be confirmed",
         "A social skills group",
         "To be decided once the outreach teacher has observed Reuben",
         ""],
        ["HLTA",
         "Reciprocal Reading with three other pupils (predicting, clarifying, questioning and summarising) using texts at Reuben's instructional reading level",
         "Three 30-minute sessions each week, Tuesday to Thursday after lunch",
         "Completed Reciprocal Reading training (one day, 2024)"],
    ])

    _group(d, "Specialist teaching, therapy and training", [
        ["Specialist teacher, Marshfield Autism Outreach Service (MAOS), holding a postgraduate certificate in autism and education",
         "Direct 1:1 teaching using the Zones of Regulation so that Reuben learns to recognise and name his signs of worry and to use his calm plan; after each visit, a 30-minute planning meeting with the class teacher and TA. The teacher reviews Reuben's calm-plan chart each half-term and reports on progress at the annual review",
         "One 45-minute session every fortnight in term time",
         "As stated"],
        ["Speech and language therapist, registered with the HCPC (Marshfield Children's SaLT Service)",
         "Direct therapy on narrative (story grammar: who, where, when, what happened, ending) and on understanding 'why' and 'how' questions, plus an update of the TA's Colourful Semantics targets",
         "40 minutes 1:1 every week in term time; one 30-minute target-setting meeting with the TA each half-term",
         "As stated"],
        ["Speech and language therapist",
         "A social communication group to practise conversation skills, if places are free in the spring block",
         "Block of six weekly sessions",
         ""],
        ["Class team",
         "Sensory strategies as set out in the OT report of 3 November 2025",
         "",
         ""],
        ["Specialist teacher, MAOS",
         "Training for Reuben's class teacher, both class teaching assistants and the midday supervisors on autism and communication, covering visual supports, processing time and Reuben's communication passport",
         "One 2-hour session each autumn term, and a 1-hour update for new staff whenever Reuben changes class",
         "Specialist teacher as above"],
    ])

    _group(d, "Home and moving to Year 5", [
        ["Class teacher",
         "Reuben would benefit from extra visits to his Year 5 classroom in the summer term",
         "Summer term",
         ""],
        ["Leah and Samir (parents)",
         "Parents will practise Reuben's Colourful Semantics sentences with him at home",
         "Each evening",
         ""],
    ])

    d.heading("Section G | Health provision", section="G")
    d.bullets([
        "Melatonin, prescribed by Dr S. Marwood, Community Paediatrician, and given at home by Reuben's parents at bedtime; reviewed by the paediatrician every six months.",
        "Cetirizine for hay fever, given in school by a member of the office team who has completed the school's medicines training, as required in line with the signed parental consent form.",
        "Assessment on the CAMHS neurodevelopmental pathway for anxiety, when Reuben reaches the front of the waiting list.",
    ])

    d.heading("Section H1 | Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Reuben will attend the Saturday Sparks play scheme for autistic children at "
           "Marshfield Leisure Centre from 10:00 to 15:00 every other Saturday (26 sessions a "
           "year), with a play worker for him and one other child, arranged and funded by the "
           "Children with Disabilities Team.")

    d.heading("Section H2 | Other social care provision", section="H2")
    d.para("The Early Help family worker will offer Leah and Samir support with Reuben's "
           "sleep routines as required.")

    d.heading("Section I | Placement", section="I")
    d.para("St Aldhelm's Church of England Primary School, Marshfield (mainstream voluntary "
           "aided primary school).")

    d.heading("Section J | Personal budget", section="J")
    d.para("Reuben's parents have not asked for a personal budget.")

    d.heading("Section K | Advice and information", section="K")
    d.bullets([
        "Parents' advice \u2013 Leah and Samir Pennick, 10 November 2025",
        "Reuben's views \u2013 talking mat with Mrs T. Oyelaran, teaching assistant, 12 November 2025",
        "Educational advice \u2013 Mr J. Fairclough, SENCO, St Aldhelm's CE Primary School, 14 November 2025",
        "Psychological advice \u2013 Dr Miriam Castellane, Educational Psychologist, 20 November 2025",
        "Medical advice \u2013 Dr S. Marwood, Community Paediatrician, 18 November 2025",
        "Speech and language therapy advice \u2013 Ms E. Brathwaite, Marshfield Children's SaLT Service, 17 November 2025",
        "Occupational therapy advice \u2013 Mr D. Haldane, Occupational Therapist, 3 November 2025",
        "Autism Outreach Service advice \u2013 Marshfield Autism Outreach Service",
        "Social care advice \u2013 Children with Disabilities Team, 24 November 2025",
    ])
