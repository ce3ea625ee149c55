"""Calderbeck Metropolitan Borough Council - Year 3 pupil with developmental language
disorder and ADHD at a mainstream primary school. Word Heading 1 headings in title case with
an em dash ('Section A \u2014 Views, Interests and Aspirations'); Heading 2 area sub-headings
in B. Cover details in a two-column details table, with a plain 'Final plan' footer. E is a
list numbered E1-E7. Section F opens with a staffing key (a small Code | Who table defining
CT, CTA, LTA, HLTA, TA, ELSA and SLT), then one six-column table (No. | Provision | Staff |
How often | Minutes | Group) in which the deliverer cell holds only a code from the key; item
numbers are area codes (CI1, CL1, SE1, SP1, O1); blank cells in some rows; the table runs
over a page break. Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Harvey Linthwaite"


def build(d):
    d.simple_footer("Calderbeck MBC  \u00b7  Final EHC Plan  \u00b7  Harvey Linthwaite  \u00b7  "
                    "Issued 19 January 2026")
    d.title("Calderbeck Metropolitan Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Harvey Linthwaite"),
        ("Date of birth", "14.02.2018"),
        ("Year group", "Year 3"),
        ("NHS number", "999 683 2140"),
        ("UPN", "Z999000582716"),
        ("Home address", "27 Larchfield Road, Calderbeck, ZY4 8PN"),
        ("Parents", "Gemma Linthwaite (mother) and Daniel Okafor (father)"),
        ("Contact", "01632 960318 / 07700 900572 / gemma.linthwaite@example.org"),
        ("Current school", "Gosforth Vale Primary School"),
        ("Date plan finalised", "19 January 2026"),
        ("Annual review due by", "18 January 2027"),
        ("EHC co-ordinator", "Priyanka Holloway-Reid, Calderbeck SEND Assessment Team"),
    ])

    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("Harvey's views", level=2)
    d.para("Harvey shared his views with Mrs Akinola, his language teaching assistant, in "
           "November 2025. They used a talking mat with picture cards, and Mrs Akinola wrote "
           "down his words exactly as he said them.")
    d.para("\"I like dinosaurs and Minecraft and my bike. I'm good at running, I'm the fastest "
           "in Year 3. I don't like when Miss talks and talks and I don't know what to do, and "
           "then I get told off for not doing it. Writing is boring and my hand goes all tired. "
           "I like Mrs Akinola's group because it's quiet. When I'm big I want to be a "
           "palaeontologist and dig up a T. rex.\"")
    d.heading("What Harvey's parents say", level=2)
    d.para("Gemma and Daniel describe Harvey as loving, funny and full of energy. He is kind "
           "to his little sister Poppy and will spend hours building in Lego or Minecraft. "
           "They are worried that he is falling further behind his friends in reading and "
           "writing, and that he is starting to call himself \"stupid\". He has been kept in "
           "at playtime several times this term after arguments, which upsets him a great "
           "deal. They want him to understand what is said to him in class, to be able to "
           "explain himself when things go wrong, and to enjoy school again.")
    d.heading("How to communicate with Harvey", level=2)
    d.para("Say Harvey's name first and wait until he looks at you. Give one instruction at a "
           "time, show him as well as telling him, and give him ten seconds to answer before "
           "you repeat yourself. He often says \"yeah\" when he has not understood, so ask him "
           "to tell you what he is going to do first.")
    d.heading("Hopes for the future", level=2)
    d.para("Harvey's parents hope he will go on to the local secondary school with his friends, "
           "read for pleasure, and one day find a job he loves, whether that is with dinosaurs "
           "or something else entirely.")

    d.heading("Section B \u2014 Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Harvey has a developmental language disorder (DLD), diagnosed by the Calderbeck "
           "Children's Therapy Service in March 2024. On the CELF-5 in October 2025 his "
           "receptive and expressive language scores were both below the 2nd centile.")
    d.bullets([
        "He understands instructions with one or two key words in familiar routines, but "
        "when an instruction has three parts, or contains words about time and position "
        "(before, after, underneath, between), he usually follows only the last part.",
        "He does not know many of the subject words used in science and topic lessons, and "
        "learns new words slowly; he needs to hear and use a word many times before he "
        "remembers it.",
        "His spoken sentences are short and often miss out small grammar words (\"him "
        "going park\"). He rarely joins ideas with \"because\" or \"so\".",
        "He finds it very hard to tell an adult what happened in an argument, in the right "
        "order, and so he is often blamed without being able to explain.",
    ])
    d.heading("Cognition and learning", level=2)
    d.para("Harvey's non-verbal reasoning is within the average range (educational "
           "psychologist, October 2025), but his verbal working memory is weak; he can hold "
           "about three items in mind, compared with five or six for most children of his "
           "age.")
    d.bullets([
        "Reading: he can blend and segment words with the Phase 5 sounds, but he reads "
        "slowly and cannot yet read 21 of the Year 1 and 2 common exception words. He "
        "understands little of what he reads because of his vocabulary and grammar.",
        "Writing: he writes one or two short sentences in a 20-minute task and loses track "
        "of what he wanted to say part way through a sentence.",
        "Maths: he counts and calculates accurately with objects to 50 but is unsure of "
        "place value in two-digit numbers, and he cannot work out which operation a word "
        "problem needs.",
    ])
    d.heading("Social, emotional and mental health", level=2)
    d.para("Harvey was diagnosed with ADHD (combined presentation) by the community "
           "paediatrician in October 2025.")
    d.bullets([
        "He can stay on a seated task for about three to four minutes before getting up, "
        "fiddling or calling out; in the afternoons this drops further.",
        "He acts on impulse, particularly in queues and at playtime, and in games he often "
        "misreads what another child meant, which leads to pushing and arguments.",
        "He is quickly frustrated when he has not understood, and he has begun to refuse "
        "writing tasks and to say that he is stupid.",
    ])
    d.heading("Sensory and physical", level=2)
    d.para("Harvey seeks movement: he rocks on his chair, chews his pencil and jumper cuffs, "
           "and is calmer after physical activity. The occupational therapist found no motor "
           "disorder, but his pencil grip is tight and he tires quickly when writing.")

    d.heading("Section C \u2014 Health Needs Relating to SEN", section="C")
    d.para("Harvey has ADHD (combined presentation), diagnosed in October 2025. He has started "
           "a morning dose of methylphenidate (Medikinet XL 10 mg), given at home before "
           "school; the medication wears off by early afternoon, when his attention is "
           "noticeably poorer. He has difficulty getting to sleep and is often tired in the "
           "mornings. He has mild asthma, controlled with a preventer inhaler at home and a "
           "reliever inhaler when needed. His developmental language disorder was diagnosed "
           "by the NHS speech and language therapy service.")

    d.heading("Section D \u2014 Social Care Needs", section="D")
    d.para("No social care needs relating to Harvey's SEN or disability were identified. "
           "Calderbeck Children's Services confirmed on 1 October 2025 that the family is not "
           "known to them. Harvey's parents have been told about the ADHD parenting course "
           "run by the Calderbeck Family Hub.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("Outcomes are set for the end of Key Stage 2 where no other date is given. Harvey's "
           "class teacher and the SENCO will agree smaller steps towards each one every term "
           "and share them with his parents at parents' evening.")
    d.numbered([
        "By the end of Year 4 (July 2027), Harvey will carry out a three-part instruction given to the whole class, such as \"Put your book in the tray, get your PE bag and line up\", without needing it repeated, on four out of five occasions.",
        "By July 2027, Harvey will retell a short story he has heard, with a beginning, a middle and an end, using at least five sentences joined with \"and then\", \"because\" or \"so\".",
        "Harvey will develop his vocabulary.",
        "By the end of Year 4, Harvey will read all the Year 1 and 2 common exception words accurately and write a paragraph of five sentences, each with a capital letter and a full stop.",
        "Harvey will receive ELSA sessions.",
        "By the end of the spring term 2027, Harvey will work on an independent task for ten minutes without leaving his seat, in four lessons out of five.",
        "Harvey will stop hitting other children at playtime.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special Educational Provision", section="F")
    d.para("The table below sets out the provision Harvey needs. It runs in term time for "
           "the life of this plan unless a row says otherwise. Staff are shown by a code; the "
           "key explains each code.")
    d.para("Staffing key", bold=True)
    d.table(["Code", "Who this is, and their training"], [
        ["CT", "Harvey's class teacher (qualified teacher)"],
        ["CTA", "The Year 3 class teaching assistant"],
        ["LTA", "Language teaching assistant who holds the Elklan Level 3 accreditation in "
                "Speech and Language Support for 5-11s and meets the SLT for supervision each "
                "half-term"],
        ["HLTA", "Higher level teaching assistant (HLTA status), trained in Precision Teaching "
                 "by the Calderbeck Learning Support Service"],
        ["TA", "A teaching assistant"],
        ["ELSA", "Emotional Literacy Support Assistant who has completed the six-day Calderbeck "
                 "ELSA course and receives half-termly supervision from an educational "
                 "psychologist"],
        ["SLT", "HCPC-registered speech and language therapist from the Calderbeck Children's "
                "Therapy Service, commissioned by the local authority for this plan"],
    ], widths_cm=[2.0, 14.6], font_size=9.5)
    d.table(["No.", "Provision", "Staff", "How often", "Minutes", "Group"], [
        ["CI1", "Direct speech and language therapy on understanding time and position words "
                "(before, after, between), following three-part instructions and joining ideas "
                "with 'because' and 'so'. The therapist sets new targets each half-term and "
                "writes them into Harvey's communication passport.",
         "SLT", "Once a fortnight", "40", "1:1"],
        ["CI2", "Word Aware pre-teaching of six new words a week from the coming science and "
                "topic lessons, using pictures, actions and the first sound of each word, so "
                "that Harvey meets every word before the lesson",
         "LTA", "Monday and Wednesday, just before the afternoon lesson", "20",
         "Harvey and no more than two other pupils"],
        ["CI3", "Speech and language therapy advice to the class team and review of targets",
         "SLT", "Each term", "", ""],
        ["CI4", "Visual supports in class, e.g. a visual timetable, now-and-next board and "
                "word mats",
         "CT", "As appropriate", "", "Whole class"],
        ["CI5", "A place in the Year 3/4 talk group when it is running", "TA", "", "",
         "Small group"],
        ["CL1", "Precision Teaching of the Year 1 and 2 common exception words Harvey cannot "
                "yet read, with a one-minute timed probe and a progress chart that Harvey "
                "colours in himself",
         "HLTA", "Monday to Thursday, first thing in the morning", "10", "1:1"],
        ["CL2", "Help with reading comprehension during guided reading", "TA", "Regularly",
         "", ""],
        ["CL3", "Colourful Semantics, building from 'who', 'what doing' and 'what' to adding "
                "'where' and 'when', and then writing down the sentence he has built",
         "LTA", "Tuesday and Thursday afternoons", "20", "1:1"],
        ["CL4", "Maths teaching of place value and one-step word problems with Numicon and "
                "bar models; every problem is read aloud and acted out before Harvey "
                "records it",
         "HLTA", "Three times a week", "25", "No more than four pupils"],
        ["CL5", "Harvey may benefit from a memory skills programme", "", "", "", ""],
        ["SE1", "A three-minute movement break (taking a message to the office, ten wall "
                "push-ups or one lap of the Key Stage 2 corridor), cued by a sand timer on "
                "his desk",
         "CT", "After every 15 minutes of seated work in English and maths lessons", "3",
         "Individual"],
        ["SE2", "Meet and greet at the classroom door, then a check-in on his 1-5 'engine' "
                "scale and a look through the day's visual timetable with him",
         "CTA", "Every morning before the register", "5", "1:1"],
        ["SE3", "ELSA sessions on noticing when his 'engine' is running fast and choosing a "
                "calming strategy from his own toolkit",
         "ELSA", "Weekly for eight weeks, then to be reviewed", "30", "1:1"],
        ["SE4", "Opportunities to go to a lunchtime club instead of the main playground",
         "School", "", "", ""],
        ["SE5", "Outreach from the Calderbeck Inclusion Support Team at the SENCO's "
                "discretion",
         "Inclusion Support Team", "", "", ""],
        ["SE6", "Support in afternoon foundation-subject lessons, reducing as Harvey's "
                "concentration improves",
         "TA", "Every afternoon", "105", "1:1"],
        ["SP1", "A wobble cushion on his chair and a chewable pencil topper, kept in the "
                "classroom for Harvey's own use",
         "CT", "All lessons", "", ""],
        ["SP2", "Sensory activities as recommended in the occupational therapy report of "
                "3 November 2025",
         "TA", "Daily", "", ""],
        ["O1", "Up to 10 hours a week of additional adult support, deployed flexibly by the "
               "school across the week",
         "School", "", "", ""],
        ["O2", "Harvey's parents to go through the week's vocabulary cards with him at home",
         "Parents", "Every evening", "10", "1:1"],
    ], widths_cm=[1.1, 6.9, 1.7, 3.1, 1.5, 2.3], font_size=9)

    d.heading("Section G \u2014 Health Care Provision", section="G")
    d.bullets([
        "Review by the community paediatrician at Calderbeck Child Development Centre every six months to monitor Harvey's ADHD medication, including his height, weight, blood pressure and sleep.",
        "A salbutamol reliever inhaler, two puffs as required for wheeze, kept in the classroom medical bag and given by a first-aid trained member of staff in line with Harvey's asthma care plan.",
        "A referral to the children's sleep clinic, with appointments as appropriate.",
    ])

    d.heading("Section H1 \u2014 Social Care Provision under Section 2 of the Chronically "
              "Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No social care assessment has been requested and no CSDPA services are "
           "needed at present.")
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Gosforth Vale Primary School, Calderbeck (mainstream community primary school, "
           "ages 4-11).")

    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("Harvey's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and Information", section="K")
    d.numbered([
        "Parents' views - Gemma Linthwaite and Daniel Okafor, 29 September 2025",
        "Harvey's views - gathered by Mrs T. Akinola, language teaching assistant, 12 November 2025",
        "Educational advice - Gosforth Vale Primary School, Mr J. Whitcombe, SENCO, 6 October 2025",
        "Psychological advice - Dr Lena Marsh, Educational Psychologist, 20 October 2025",
        "Medical advice - Dr S. Bhattacharya, Community Paediatrician, 16 October 2025",
        "Speech and language therapy advice - Ms R. Dunmore, Calderbeck Children's Therapy Service, 14 October 2025",
        "Occupational therapy advice - Calderbeck Children's Therapy Service, 3 November 2025",
        "Social care advice - Calderbeck Children's Services, 1 October 2025",
        "Inclusion Support Team advice",
    ], fmt="K{n}")
