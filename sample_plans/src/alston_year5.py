"""Thornbeck Metropolitan Borough Council - Year 5 pupil with Tourette syndrome, ADHD and
dysgraphia at a mainstream community primary school. Word Heading 1 headings in title case
with a colon ('Section A: Views, Interests and Aspirations'); cover details in a two-column
shaded details table with NHS number and UPN; small centred footer. E is a list numbered
E1-E9. Section F is four area tables under Heading 2 sub-headings, each preceded by an
italic 'Links to outcomes' line; every table has frequency-band columns (Ref | What will be
provided | Each day | Each week | Each term | Who, and their training), the amount written
into the column that applies and dashes in the others. H1 and H2 separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ezra Pennock"

_HEAD = ["Ref", "What will be provided", "Each day", "Each week", "Each term",
         "Who, and their training"]
_W = [1.0, 5.4, 2.4, 2.5, 2.3, 3.0]


def _area(d, title, links, rows):
    d.heading(title, level=2)
    d.para(links, italic=True, size=10)
    d.table(_HEAD, rows, widths_cm=_W, font_size=9)


def build(d):
    d.simple_footer("Thornbeck MBC  \u2022  Final EHC Plan  \u2022  Ezra Pennock  \u2022  "
                    "Issued 2 February 2026")
    d.title("Thornbeck Metropolitan Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan (Final)", size=21, color="2E5E4E")
    d.details_table([
        ("Child's name", "Ezra Pennock"),
        ("Date of birth", "14/11/2015"),
        ("NHS number", "999 318 6642"),
        ("Unique pupil number", "H999000577215"),
        ("Home address", "27 Kestrel Rise, Thornbeck, ZY4 8NP"),
        ("Parents", "Siobhan Pennock (mother) and Gareth Pennock (father)"),
        ("Contact", "01632 960734 (home), 07700 900582 (Siobhan), siobhan.pennock@example.org"),
        ("School and year group", "Alston Green Primary School, Year 5"),
        ("Request for assessment received", "22 September 2025"),
        ("Draft plan issued", "5 January 2026"),
        ("Final plan issued", "2 February 2026"),
        ("Annual review to be held by", "1 February 2027"),
        ("SEND case officer", "Priya Calloway-Brent, Thornbeck SEND Assessment Team"),
    ])

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Ezra told us", level=2)
    d.para("Ezra talked to the SENCO, Mrs Latimer, over two sessions in October 2025 and drew "
           "a comic strip of his \"best day\" and \"worst day\" at school. He said: \"I'm good "
           "at Minecraft builds and BMX and I know loads about volcanoes. My tics are worse "
           "when I'm trying to hold them in, so it's like a fizzy drink that's been shaken. I "
           "hate writing because my hand hurts and nobody can read it, not even me. I want "
           "people to stop staring. When I grow up I want to design video games.\"")
    d.para("On his \"best day\" Ezra drew himself typing a story, going outside at playtime "
           "with one other boy and being allowed to go somewhere quiet when his neck tic got "
           "bad. On his \"worst day\" he drew a spelling test, a supply teacher telling him to "
           "stop making noises, and being on his own at lunch.")
    d.heading("What Ezra's parents told us", level=2)
    d.para("Siobhan and Gareth describe Ezra as kind, very funny and endlessly curious. He is "
           "gentle with his younger sister Mabel and will spend hours building and taking "
           "things apart. They say he holds his tics in all day at school and then has long "
           "\"tic storms\" when he gets home, which leave him exhausted and tearful. They want "
           "everyone at school to understand that the tics are not deliberate, they want "
           "Ezra to be able to get his ideas down without handwriting getting in the way, "
           "and they want him to have at least one good friend before he moves to secondary "
           "school. They worry that he already calls himself \"the weird one\".")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Ezra has a diagnosis of ADHD (combined presentation). In class he stays focused on "
           "a task he has chosen for a long time, but on adult-set tasks he keeps his attention "
           "for around five to eight minutes before he drifts, fiddles or gets up. He is slow "
           "to get started on independent work, loses his place in multi-step tasks and "
           "forgets the second and third parts of spoken instructions. The educational "
           "psychologist found that his verbal reasoning is above average, while his working "
           "memory and processing speed are in the low average range. Reading is at the "
           "expected standard for his age. Spelling is about two years behind, with common "
           "words spelt differently each time. In maths he understands new ideas quickly "
           "but makes many errors by rushing and skipping steps.")
    d.heading("Communication and interaction", level=2)
    d.para("Ezra's language is a strength. His vocal tics (sniffing, throat clearing and "
           "sometimes repeating the last word he heard) interrupt his speaking, and when he "
           "is excited he talks over others and finds it hard to wait for his turn. He often "
           "misreads other children's faces and assumes that laughter is aimed at him.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ezra has Tourette syndrome. He tries very hard to suppress his tics in lessons, "
           "which takes most of his concentration and makes the tics stronger later. He is "
           "anxious about other children noticing, and two incidents of name-calling this "
           "year have made him reluctant to go out at lunchtime. He has few friendships and "
           "spends most lunchtimes alone or near an adult. When he is frustrated, especially "
           "over writing, he screws up his work or walks out of the room, and afterwards he "
           "is very hard on himself.")
    d.heading("Sensory and physical", level=2)
    d.para("Ezra has dysgraphia. His handwriting is slow (nine words a minute on the DASH "
           "copy task, well below his age group), letters vary in size and spacing, and he "
           "cannot read back much of what he has written. He grips his pencil very tightly, "
           "and he reports pain in his hand after about five minutes of writing. Motor tics "
           "(head jerks, shoulder shrugs and a wrist flick) interrupt his writing and cause "
           "neck pain on bad days. He needs frequent chances to move, and he finds sitting "
           "on the carpet for long periods very difficult.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Ezra was diagnosed with Tourette syndrome by the paediatric neurology service at "
           "Thornbeck General Hospital in March 2023, and with ADHD by the community "
           "paediatrician in June 2024. He takes long-acting methylphenidate each morning "
           "before school. His motor tics cause neck and shoulder pain, which is worse when "
           "he is tired or anxious. In autumn 2025 he had a short block of behavioural "
           "therapy for tics with the CAMHS specialist nurse. He has been referred back to "
           "neurology to discuss medication for his tics.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Ezra is a disabled child. He has been asked to leave two after-school clubs "
           "because of his tics and impulsive behaviour, and he now takes part in no "
           "activities outside school. His parents both work and have no family nearby, so "
           "school holidays are difficult. The Disabled Children's Team completed a "
           "social care assessment in November 2025.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 2 (July 2027) unless an earlier date "
           "is given. The SENCO will set half-termly steps towards each outcome and share them "
           "with Ezra and his parents.")
    d.numbered([
        "By the end of Year 6, Ezra will touch-type at 20 words a minute with at least 90% accuracy.",
        "By July 2027, Ezra will write a piece of at least 150 words in a 40-minute lesson on his laptop, reading it back to an adult without help.",
        "Ezra will improve his handwriting.",
        "By the end of the spring term 2027, Ezra will start an independent maths task within two minutes of the instruction, using his step card, in four out of five lessons.",
        "Ezra will stop ticking in class.",
        "By July 2026, Ezra will use his tic break card or his competing-response routine, instead of walking out without telling anyone, on at least 8 of 10 logged occasions.",
        "Ezra will be supported by the ELSA to feel more confident.",
        "By the end of Year 6, Ezra will name two children he plays with at lunchtime and will go to a lunchtime club at least once a week.",
        "Ezra will become a video game designer.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Thornbeck Council must secure the provision in these tables during term time for "
           "as long as the plan is maintained. Each row shows the amount in the column for "
           "how often it happens; a dash means that column does not apply.")

    _area(d, "1. Attention, organisation and learning", "Links to outcomes: E2, E4", [
        ["F1", "A movement break out of the classroom: Ezra takes a message or the register to the school office, or walks the set route round the hall and back, so that he can move and release tics before going back to work.",
         "Two breaks of 5 minutes, at 10:15 and 14:00", "\u2013", "\u2013",
         "Class teaching assistant sends and times the break"],
        ["F2", "1:1 help to get started in maths: the adult goes through Ezra's laminated step card with him, reads the first question aloud and stays beside him until he has finished the first three questions.",
         "The first 20 minutes of each daily maths lesson", "\u2013", "\u2013",
         "Higher level teaching assistant who has completed the Specialist Teaching Service's 'ADHD in the Classroom' course"],
        ["F3", "Shorter written tasks and adapted homework, with how much is cut decided by the class teacher from week to week.",
         "As the class teacher decides", "\u2013", "\u2013", "Class teacher"],
        ["F4", "Sensory and fidget equipment to help Ezra sit and concentrate.",
         "Available at all times", "\u2013", "\u2013", "School"],
        ["F5", "Ezra may benefit from a Time Timer and a visual checklist on his desk during independent work.",
         "\u2013", "\u2013", "\u2013", "Class teacher"],
        ["F6", "Precision teaching of the high-frequency words Ezra misspells, ten words at a time.",
         "\u2013", "Two or three 10-minute sessions", "\u2013", "Teaching assistant"],
    ])

    _area(d, "2. Handwriting, typing and recording", "Links to outcomes: E1, E2, E3", [
        ["F7", "Touch-typing taught 1:1 with the Nessy Fingers course on Ezra's laptop, one level at a time.",
         "\u2013", "Four 15-minute lessons, 9:00 to 9:15 Monday to Thursday", "\u2013",
         "Teaching assistant who has completed the Nessy Fingers tutor training"],
        ["F8", "A school-owned laptop for Ezra's sole use, with Co:Writer word prediction, used for any writing task longer than five sentences and carried between rooms in a padded case.",
         "Every lesson that includes writing", "\u2013",
         "A 45-minute set-up and training session in the first week of each term",
         "Assistive technology advisory teacher, Thornbeck Specialist Teaching Service"],
        ["F9", "Occupational therapy for Ezra's handwriting, pencil grip and hand fatigue.",
         "\u2013", "\u2013", "A visit to school to advise the class teacher",
         "NHS occupational therapist"],
        ["F10", "A handwriting and fine-motor programme, to be written once the occupational therapy assessment of his hand strength is complete.",
         "\u2013", "To be agreed", "\u2013", "To be decided after the assessment"],
        ["F11", "Writing support in a small group of no more than four pupils, planning sentences with a writing frame.",
         "\u2013", "Up to three 30-minute sessions", "\u2013", "Teaching assistant"],
    ])

    _area(d, "3. Tics, feelings and friendships", "Links to outcomes: E5, E6, E7, E8", [
        ["F12", "A morning check-in at the classroom door: Ezra rates his tics and his mood on a 1 to 5 scale, and the adult passes the rating to the class teacher before registration.",
         "Every morning at 8:40, for 5 minutes", "\u2013", "\u2013", "Class teaching assistant"],
        ["F13", "A tic break card that Ezra can show without speaking. He goes with the adult to the library quiet corner, where he can tic freely, and returns to class when the sand timer runs out.",
         "Each time Ezra shows the card; every break lasts 10 minutes", "\u2013", "\u2013",
         "Class teaching assistant, who records each break on the log kept by the SENCO"],
        ["F14", "Practice of the competing responses and slow-breathing routine that the CAMHS specialist nurse taught Ezra in autumn 2025, so that he can use them in lessons.",
         "\u2013", "Two 10-minute sessions, Tuesday and Friday straight after lunch",
         "Progress reviewed with the CAMHS specialist nurse every half-term",
         "Learning mentor who has completed TicAware's 'Tourette Syndrome in School' training"],
        ["F15", "ELSA sessions on recognising and naming feelings and coping with teasing.",
         "\u2013", "Weekly, for six weeks initially", "\u2013", "ELSA"],
        ["F16", "Opportunities to talk to a trusted adult when Ezra is upset about his tics.",
         "As and when", "\u2013", "\u2013", "Trusted adult"],
        ["F17", "A lunchtime friendship group with a few classmates.",
         "\u2013", "One lunchtime", "\u2013", "Lunchtime staff"],
        ["F18", "A talk to Ezra's class about Tourette syndrome, planned with Ezra.",
         "\u2013", "\u2013",
         "One talk in the autumn term, subject to the TicAware schools team having capacity",
         "TicAware outreach worker"],
    ])

    _area(d, "4. The adults who work with Ezra", "Links to outcomes: E4, E5, E6", [
        ["F19", "All adults to be aware of Ezra's tics and to follow the strategies in the TicAware advice sheet and the educational psychologist's report.",
         "Ongoing", "\u2013", "\u2013", "All staff"],
        ["F20", "Training on Tourette syndrome and ADHD for every adult who teaches or supervises Ezra, including midday supervisors: what tics are, why they must not be commented on, and how the tic break card works.",
         "\u2013", "\u2013",
         "One 90-minute twilight session each September, and a 30-minute briefing for any new adult within two weeks of starting",
         "Specialist teacher for neurodevelopmental needs, Thornbeck Specialist Teaching Service"],
    ])

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by the community paediatrician every six months, covering Ezra's methylphenidate dose, appetite, sleep, height and weight.",
        "Ezra's long-acting methylphenidate is given by his parents at home before school; no doses are given in school.",
        "Paracetamol oral suspension, given by a first-aid trained member of staff as required for neck pain caused by tics, following Ezra's individual healthcare plan and with his parents' written consent.",
        "An appointment with the paediatric neurology clinic to discuss medication for tics, once Ezra reaches the top of the waiting list.",
        "School nurse involvement as appropriate.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A place at the Thornbeck Inclusive Holiday Scheme on eight days in each summer holiday (10:00 to 15:00), with a support worker at a ratio of one worker to three children.",
        "Short breaks as agreed with the Disabled Children's Team.",
    ])
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Siobhan and Gareth have been offered places on the Thornbeck Family Hub's "
           "'Understanding ADHD and Tics' parent course, six 2-hour evening sessions in the "
           "summer term 2026.")

    d.heading("Section I: Placement", section="I")
    d.para("Alston Green Primary School, Thornbeck (mainstream community primary school "
           "maintained by Thornbeck Council).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Ezra's views \u2013 gathered by Mrs J. Latimer, SENCO, 8 and 15 October 2025",
        "Parents' views \u2013 Siobhan and Gareth Pennock, 6 October 2025",
        "Educational advice \u2013 Alston Green Primary School, Mrs J. Latimer, SENCO, 20 October 2025",
        "Psychological advice \u2013 Dr Imogen Tarrant, Educational Psychologist, 3 November 2025",
        "Medical advice \u2013 Dr K. Osei-Bonsu, Community Paediatrician, 27 October 2025",
        "CAMHS advice \u2013 Ms L. Rourke, Specialist Nurse (Tic Disorders), 29 October 2025",
        "Occupational therapy advice \u2013 Thornbeck Children's Occupational Therapy, 31 October 2025",
        "Specialist teacher advice \u2013 Thornbeck Specialist Teaching Service, 4 November 2025",
        "Social care advice \u2013 Disabled Children's Team, 12 November 2025",
        "TicAware information sheet for schools (supplied by Ezra's parents)",
    ])
