"""Pellworth Borough Council - bracketed-letter Word headings ('(F) Special educational
provision'); cover details in a plain two-column table; Section B as a two-column table
(Area of need | What we know); Section F as ONE four-column table
(Need | Provision | Who | How often / how long) with a repeated header row that runs over
a page break. Year 1 pupil in a mainstream voluntary aided primary school. FINAL."""

TITLE = "Education, Health and Care Plan - Reuben Ashdown"


def build(d):
    d.simple_footer("Pellworth Borough Council  \u2022  Education, Health and Care Plan  \u2022  "
                    "FINAL  \u2022  Reuben Ashdown")
    d.title("Pellworth Borough Council", size=13, color="2E5E3E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E3E")
    d.para("Final plan issued under section 39 of the Children and Families Act 2014", italic=True)
    d.table(None, [
        ["Child's full name", "Reuben Ashdown"],
        ["Date of birth", "12 March 2020"],
        ["NHS number", "999 418 2260"],
        ["Year group", "Year 1"],
        ["School", "St Aldric's Church of England Primary School"],
        ["Parents", "Leah Ashdown and Dominic Ashdown"],
        ["Address", "31 Coppice Walk, Pellworth, XQ5 8LD"],
        ["Telephone", "07700 900562"],
        ["Date of final plan", "20 February 2026"],
        ["Annual review due by", "19 February 2027"],
        ["SEN caseworker", "Martin Oyelaran, SEN Assessment and Review Team"],
    ], widths_cm=[5.0, 11.6], bold_first_col=True)

    d.heading("(A) Views, interests and aspirations of Reuben and his family", section="A")
    d.para("Reuben is five and a half. He lives with his mum Leah, his dad Dominic and his baby "
           "sister Mabel. He loves dinosaurs, digging in the garden, the song 'Baby Shark' and "
           "riding on the back of his dad's bike.")
    d.para("Reuben told his teaching assistant, using his picture cards and a few words: "
           "\"Like sand. Like outside. No like loud. Mummy go - sad.\" He pointed to the "
           "playground and the sand tray as his favourite places at school.")
    d.para("Leah and Dominic say: \"Reuben is a loving, funny boy who notices everything. It "
           "breaks our hearts when other children can't understand him and he gets frustrated. "
           "We want him to be able to talk to his friends, to start reading, and to go into "
           "school happily in the morning.\"")
    d.para("Hopes for the future: that Reuben can tell people what he wants and how he feels, "
           "that he makes friends, and that he stays at St Aldric's with his friends from "
           "Reception.")

    d.heading("(B) Special educational needs", section="B")
    d.table(["Area of need", "What we know about Reuben"], [
        ["Communication and interaction",
         "Reuben has a speech sound disorder and delayed language. Unfamiliar adults "
         "understand about half of what he says; he replaces /k/ and /g/ with /t/ and /d/ and "
         "leaves off the ends of words. He understands instructions with two key words but not "
         "three. He finds it hard to join in play with other children and to take turns. He is "
         "on the waiting list for an autism assessment."],
        ["Cognition and learning",
         "Reuben knows 12 of the Phase 2 letter sounds and cannot yet blend sounds to read "
         "words. He can count objects to 5 but does not yet recognise numerals beyond 3. He "
         "finds it hard to listen during whole-class teaching on the carpet for more than "
         "three or four minutes."],
        ["Social, emotional and mental health",
         "Reuben is very upset when he separates from his mum in the morning and can cry for "
         "20 minutes. When frustrated he throws things, hides or runs from the classroom, "
         "mostly at playtime and at the end of the day."],
        ["Sensory and/or physical",
         "Reuben's fine motor skills are delayed: he holds a pencil in a fist grip and cannot "
         "yet draw a circle. He is clumsy and bumps into things, and sits on the carpet for "
         "only a few minutes. He is not yet reliably dry during the day and has two or three "
         "accidents a week."],
    ], widths_cm=[4.2, 12.4], bold_first_col=True)

    d.heading("(C) Health needs related to Reuben's SEN", section="C")
    d.para("Reuben had repeated ear infections and grommets were fitted in July 2024. His "
           "hearing was within normal limits at his last audiology check (October 2025). The "
           "community paediatrician has noted possible developmental coordination disorder and "
           "has referred him for an autism assessment.")

    d.heading("(D) Social care needs related to Reuben's SEN or disability", section="D")
    d.para("No social care needs have been identified. The family did not ask for a social "
           "care assessment.")

    d.heading("(E) Outcomes", section="E")
    d.para("St Aldric's will break each outcome into small steps each term and share them with "
           "Leah and Dominic at a meeting every term.")
    d.numbered([
        "By the end of Year 2, Reuben will say words with /k/ and /g/ correctly in short sentences, so that an adult who does not know him understands at least three quarters of what he says.",
        "Reuben will develop his language skills.",
        "By July 2027, Reuben will read and write all Phase 3 graphemes and blend them to read simple words with 80% accuracy.",
        "By the end of Year 1, Reuben will say goodbye to his mum at the classroom door and join his table activity within five minutes on four mornings out of five.",
        "Reuben will have a teaching assistant with him all day.",
        "Reuben will stop running away from adults.",
        "By the end of Key Stage 1, Reuben will use the toilet independently, with no more than one accident a month.",
    ], fmt="{n})")

    d.heading("(F) Special educational provision", section="F")
    d.para("The provision below must be made during the school year for the length of this "
           "plan. The need column refers to Section B.")
    hdr = ["Need", "Provision", "Who", "How often / how long"]
    d.table(hdr, [
        ["Speech sounds", "Individual speech sound therapy in school, working on /k/ and /g/ and on final consonants",
         "Speech and language therapist registered with the HCPC",
         "30 minutes once a week in term time"],
        ["Speech sounds", "Practice of Reuben's current speech sound targets 1:1, using the picture cards and games written for him by his therapist",
         "Teaching assistant shown the activities by the speech and language therapist, who checks the practice each half-term",
         "10 minutes, four days a week (not on therapy day)"],
        ["Understanding spoken instructions", "Language group with other children who have similar needs",
         "Teaching assistant", "Weekly"],
        ["Play and turn-taking", "Reuben would benefit from adult-supported play with one or two other children",
         "Class staff", "Daily if possible"],
        ["Following the routine of the day",
         "A photo timetable on Reuben's table showing each part of the day, which he takes down as each activity finishes, and a 'now and next' board for changes between activities",
         "Set up by his named 1:1 teaching assistant before 8:50 each morning and changed with him if the day changes",
         "Used throughout every school day"],
        ["Early reading", "A phonics 'keep-up' session following the school's Little Wandle programme, in a group of three pupils",
         "Teaching assistant who has completed the Little Wandle keep-up training",
         "15 minutes every afternoon"],
        ["Number", "Numicon number work 1:1, using the Numicon Firm Foundations activities",
         "Teaching assistant", "15 minutes, three times a week, to be reviewed in December 2026"],
        ["Listening on the carpet", "Adaptive teaching and high-quality teaching within the classroom",
         "Class teacher", "All lessons"],
        ["Fine motor and pencil control", "A programme of fine motor activities",
         "Year 1 staff", "Regularly"],
        ["Separation in the morning",
         "Reuben is met at the classroom door, goes through his photo timetable and is settled at an activity he has chosen",
         "Named 1:1 teaching assistant", "8:40 to 8:50 every school day"],
        ["Managing big feelings",
         "Sessions with the school's trained Emotional Literacy Support Assistant (ELSA) to help Reuben name and show his feelings",
         "ELSA", "Weekly for the first half-term, then fortnightly"],
        ["Language, attention, regulation and self-care across the day",
         "1:1 support from a named teaching assistant who holds a Level 3 qualification and has completed Makaton Foundation training and the local authority's two-day early communication course",
         "Named 1:1 teaching assistant",
         "25 hours per week: all lessons plus the first 15 minutes of lunchtime"],
        ["Upset at playtime", "Reuben can use the nurture room at playtimes when he is dysregulated",
         "Adult on duty", "When needed"],
        ["Emotional regulation", "Drawing and Talking therapy", "To be confirmed",
         "To be determined after the educational psychologist's review in the summer term"],
        ["Motor coordination", "Occupational therapy assessment and advice to school",
         "NHS occupational therapist, subject to the service's waiting list", "Once"],
        ["Sitting on the carpet", "Sensory equipment such as a wobble cushion, chewy tube and fidget toys",
         "Class teacher", "As required"],
        ["Toileting",
         "Prompted visits to the toilet at 10:00, 12:00 and 14:15, with spare clothes kept in school and a private area for changing",
         "Named 1:1 teaching assistant, trained in the school's intimate care procedures",
         "Three times each school day"],
        ["Pencil grip", "A triangular pencil and a writing slope for Reuben's own use",
         "Class teacher puts them out at his table before each writing task",
         "Every writing task"],
    ], widths_cm=[3.0, 6.6, 3.9, 3.1], font_size=9.5)

    d.heading("(G) Health provision", section="G")
    d.bullets([
        "Hearing check by the Pellworth Children's Audiology Service every 12 months while Reuben has grommets.",
        "Review by the community paediatrician, including the outcome of the autism assessment, when an appointment becomes available.",
    ])

    d.heading("(H1) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None identified.")
    d.heading("(H2) Any other social care provision", section="H2")
    d.para("None identified.")

    d.heading("(I) Placement", section="I")
    d.para("St Aldric's Church of England Primary School, Pellworth (mainstream voluntary aided primary school).")

    d.heading("(J) Personal budget", section="J")
    d.para("Reuben's parents have not asked for a personal budget.")

    d.heading("(K) Advice and information", section="K")
    d.para("The advice listed below was gathered during the EHC needs assessment and is attached.")
    d.bullets([
        "Advice from parents - Leah and Dominic Ashdown, 4 November 2025",
        "Educational advice - Mrs K. Fairbairn, SENCO, St Aldric's CE Primary School, 11 November 2025",
        "Psychological advice - Dr Ingrid Mallory, Educational Psychologist, 2 December 2025",
        "Health advice - Dr R. Achebe, Community Paediatrician, 18 November 2025",
        "Speech and language therapy advice - Pellworth Children's Therapy Service, 25 November 2025",
        "Social care advice - Pellworth Children's Services",
    ])
