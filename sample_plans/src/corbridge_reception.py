"""Tynemere Borough Council - Reception child (age 4) with selective mutism and anxiety,
learning English as an additional language (Romanian at home), in a mainstream community
primary school. Section headings are bold teal Normal-text lines 'Section A: ...' (no Word
heading styles). Cover details in a two-column shaded table with NHS number and UPN. E is a
list numbered E1-E8. Section F is grouped under five Heading 2 area lines ('1  Talking and
communicating at school'); each item is one paragraph numbered '1a)', '1b)' ... in which the
provision is followed by run-in bold labels 'When and how long:' and 'Who:' in the same
paragraph. G is bullets; H1 and H2 say
none. FINAL plan with a six-month first review (child under five)."""

TITLE = "Education, Health and Care Plan - Ilinca Moldoveanu"

TEAL = "2E6B5E"


def _sec(d, letter, title, sid=None):
    d.bold_line(f"Section {letter}: {title}", section=sid or letter, size=13.5, color=TEAL)


def _item(d, ref, what, when, who):
    d.numbered([f"{what} **When and how long:** {when} **Who:** {who}"], fmt=ref)


def build(d):
    d.simple_footer("Tynemere Borough Council  -  Final EHC plan for Ilinca Moldoveanu  -  "
                    "issued 9 February 2026")
    d.title("Tynemere Borough Council", size=13, color=TEAL)
    d.title("Education, Health and Care Plan (Final)", size=21, color=TEAL)
    d.details_table([
        ("Child's name", "Ilinca Moldoveanu"),
        ("Date of birth", "14/03/2021"),
        ("Year group", "Reception (EYFS)"),
        ("Home address", "14 Larkspur Walk, Tynemere, ZY4 6DN"),
        ("Parents", "Andreea Moldoveanu (mother) and Radu Moldoveanu (father)"),
        ("Contact", "07700 900582 / andreea.moldoveanu@example.org"),
        ("Languages", "Romanian at home; English at school (an interpreter is needed for meetings)"),
        ("NHS number", "999 318 6402"),
        ("UPN", "X999000577215"),
        ("School", "Bramblegate Primary School"),
        ("Date this plan was finalised", "9 February 2026"),
        ("First review by", "17 July 2026 (six-monthly while Ilinca is in the Early Years)"),
        ("EHC co-ordinator", "Priya Sandhu-Welland, Tynemere SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5), fill="E2EFEC")

    _sec(d, "A", "Views, interests and aspirations")
    d.para("**How Ilinca's views were gathered.** Ilinca does not yet speak at school, so her "
           "views were collected in two ways: her mother asked her a set of questions at home "
           "in Romanian and wrote down her answers, and her teaching assistant, Mrs Pryce, used "
           "photographs of the classroom and a thumbs-up / thumbs-down board with her in school.")
    d.para("**What Ilinca told us.** \"I like the sand tray and the big red bike. Mrs Pryce is "
           "nice because she waits. The dinner hall is too loud and it smells funny. I want to "
           "play with the girls at the playdough table. I don't like it when the lady with the "
           "clipboard looks at me.\" At school she gave a thumbs-up to the photographs of the "
           "painting easel, the reading corner and the outdoor bikes, and a thumbs-down to the "
           "hall, the toilets and the carpet at register time.")
    d.para("**What Ilinca's parents told us.** Andreea and Radu met the co-ordinator on 15 "
           "December 2025 with a Romanian interpreter. At home Ilinca is chatty, funny and "
           "rather bossy with her older brother Tudor, who is in Year 3 at the same school. She "
           "sings Romanian songs, draws all the time and likes to help her father bake. Her "
           "parents were upset to learn that she has not said a word at school since September. "
           "They are most worried that she will not use the school toilets and comes home wet "
           "or desperate, and that she eats almost nothing at lunchtime. They want her to feel "
           "safe enough to talk, to make a friend, and to learn English without losing "
           "Romanian. Her mother hopes that one day Ilinca will be a doctor, like her aunt in "
           "Cluj.")

    _sec(d, "B", "Special educational needs")
    d.heading("Communication and interaction", level=2)
    d.para("Ilinca has selective mutism, identified by the speech and language therapist in "
           "October 2025. She talks freely at home in Romanian to her parents and brother, and "
           "in some English to Tudor, but she has not spoken to any adult or child in school "
           "since she started in September 2025. She communicates at school by nodding, "
           "pointing and leading an adult by the hand. When she is asked a direct question she "
           "freezes, looks down and holds her body very still. A bilingual assessment in "
           "Romanian found her home language to be in line with her age, so there is no "
           "underlying language disorder.")
    d.heading("Cognition and learning, including English as an additional language", level=2)
    d.para("Romanian is Ilinca's first language; the family came to the UK in 2023. Her "
           "understanding of English is at an early stage. She follows the familiar class "
           "routines and short instructions given with a gesture, and on a picture test she "
           "pointed to about 100 everyday English words. Because she does not speak, her "
           "learning is hard to assess, but on puzzles, sorting and matching she works at the "
           "level expected for her age. She can count up to 10 objects and recognises the "
           "numerals to 10, but does not know the English number names. She has not kept up "
           "with the class in phonics: she can point to 12 letter-sound cards when asked, but "
           "cannot show that she can blend.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ilinca is highly anxious in school. She freezes when an unfamiliar adult speaks "
           "to her, when a visitor comes into the room and at times when she is expected to "
           "perform, such as the register and carpet sessions. She cries quietly when she is "
           "handed over at the gate in the morning. She plays alongside other children but not "
           "with them, although she watches them closely.")
    d.heading("Self-care and independence", level=2)
    d.para("Ilinca does not ask to use the toilet and will not use the Reception toilets when "
           "other children are there; she has a wetting accident two or three times a week. "
           "She does not eat in the dining hall, although she will eat a little of her packed "
           "lunch in the classroom if she is alone with Mrs Pryce. She does not tell an adult "
           "when she is hurt or unwell.")

    _sec(d, "C", "Health needs related to special educational needs")
    d.para("Ilinca's hearing was tested by the paediatric audiology service in November 2025 "
           "and is normal. She has constipation, thought to be linked to holding on during the "
           "school day, and her GP has prescribed a laxative; she has been referred to the "
           "community paediatrician. Her anxiety has been referred to the Tynemere Child "
           "Wellbeing Service. She is otherwise well and her immunisations are up to date.")

    _sec(d, "D", "Social care needs related to special educational needs or a disability")
    d.para("No social care needs were identified during the assessment. The family have no "
           "social worker and did not ask for an Early Help assessment.")

    _sec(d, "E", "Outcomes")
    d.para("The outcomes below run to the end of Reception (July 2026) or the end of Year 1 "
           "(July 2027). Ilinca's class teacher will break each outcome into half-termly small "
           "steps and share them with her parents through the interpreter.")
    d.numbered([
        "By the end of Reception (July 2026), Ilinca will say single words in English or Romanian to her teaching assistant in the small group room in at least four out of five sliding-in sessions.",
        "Ilinca will feel more confident to speak.",
        "By July 2027, Ilinca will answer a question from her class teacher in a group of up to four children, using a word or a short phrase, on at least three occasions each week.",
        "By the end of Reception, Ilinca will point to or name 50 everyday English words from the class topics when she is shown pictures of them.",
        "Ilinca will receive EAL support.",
        "By July 2026, Ilinca will show her toilet card to an adult when she needs the toilet, without being reminded, on four days out of five.",
        "Ilinca will stop freezing when visitors come into the classroom.",
        "By the end of Reception, Ilinca will eat her lunch in the dining hall at a table with two children she has chosen, on four days out of five.",
    ], fmt="E{n}")

    _sec(d, "F", "Special educational provision")
    d.para("Unless an item says otherwise, the provision below is made at Bramblegate Primary "
           "School in term time, for as long as this plan is maintained. The teaching "
           "assistant referred to in several items is the same named person throughout.")

    d.heading("1  Talking and communicating at school (outcomes E1 to E3)", level=2)
    _item(d, "1a)",
          "A small-steps 'sliding-in' programme, following the Selective Mutism Resource "
          "Manual (second edition): Ilinca plays talking games (counting, naming pictures, "
          "Kim's game) with her mother in the small group room, and her teaching assistant is "
          "brought into the game gradually; one new person is added only after Ilinca has "
          "spoken in front of the current group on three sessions in a row.",
          "15 minutes, Monday to Thursday at 8:40, before the rest of the class arrives. "
          "Ilinca's mother takes part in the first six sessions only.",
          "The Reception teaching assistant named by the school, who has completed the "
          "Tynemere two-day selective mutism course.")
    _item(d, "1b)",
          "A 60-minute visit to school by the speech and language therapist every half-term: "
          "30 minutes watching a sliding-in session, then 30 minutes coaching the teaching "
          "assistant and class teacher and writing the next set of small-steps talking "
          "targets, which are left in Ilinca's file.",
          "Six visits a year (one each half-term).",
          "An HCPC-registered speech and language therapist from Tynemere Children's Speech "
          "and Language Therapy Service who has experience of selective mutism.")
    _item(d, "1c)",
          "Adults in the class to avoid asking Ilinca direct questions and to accept pointing, "
          "nodding or picture cards as her answer wherever they can.",
          "Through the day.",
          "Adults working in Reception.")
    _item(d, "1d)",
          "Picture cards and a communication fan on a lanyard so that Ilinca can show what she "
          "needs.",
          "To be used as needed.",
          "Class team.")

    d.heading("2  Learning English and early learning (outcome E4)", level=2)
    _item(d, "2a)",
          "Ilinca will have access to EAL support.",
          "-",
          "EMTAS.")
    _item(d, "2b)",
          "Pre-teaching of each week's topic vocabulary with real objects and photographs, "
          "with the key words also given in Romanian, in a group of no more than three "
          "children.",
          "Three 10-minute sessions each week, on Monday, Tuesday and Wednesday straight "
          "after lunch.",
          "A Romanian-speaking bilingual teaching assistant from the Tynemere Ethnic Minority "
          "Achievement Service who holds a Level 3 qualification in supporting teaching and "
          "learning.")
    _item(d, "2c)",
          "Dual-language picture books to go home in Ilinca's book bag for her parents to "
          "read with her.",
          "Each evening.",
          "Parents.")
    _item(d, "2d)",
          "Ilinca would benefit from a Romanian-speaking adult working alongside her in the "
          "classroom.",
          "Some sessions.",
          "Bilingual teaching assistant.")
    _item(d, "2e)",
          "Little Wandle Keep-up phonics in a small group.",
          "Every afternoon.",
          "A teaching assistant.")
    _item(d, "2f)",
          "Individual Numicon sessions to learn the English number names to 10 and to match "
          "them to numerals and Numicon shapes.",
          "Two 15-minute sessions every week (Tuesday and Thursday mornings).",
          "The Reception HLTA, who has completed the Numicon 'Getting Started' training.")

    d.heading("3  Feeling safe and managing anxiety (outcomes E2 and E7)", level=2)
    _item(d, "3a)",
          "Ilinca is met at the side gate, away from the busy Reception door, and taken to "
          "the classroom before the other children to choose her picture for the day with "
          "the adult who greets her.",
          "Every school day, 8:35 to 8:40 (five minutes).",
          "The teaching assistant who delivers 1a).")
    _item(d, "3b)",
          "Time in a quiet corner when she becomes anxious.",
          "When necessary.",
          "An adult.")
    _item(d, "3c)",
          "Emotional literacy sessions to help Ilinca name and show her feelings, weekly at "
          "first and then less often once she is more settled.",
          "Weekly to begin with.",
          "The school's trained ELSA.")
    _item(d, "3d)",
          "Drawing and Talking: a non-directive 1:1 session in which Ilinca draws while the "
          "adult sits with her and does not expect her to speak.",
          "One 30-minute session at the same time each week, for 12 weeks from the start of "
          "the summer term 2026.",
          "A teaching assistant who has completed the Drawing and Talking practitioner "
          "training.")
    _item(d, "3e)",
          "Further involvement from the educational psychologist to be decided at the first "
          "review.",
          "To be decided.",
          "HCPC-registered educational psychologist from the Tynemere Educational Psychology "
          "Service.")

    d.heading("4  Toileting and lunchtimes (outcomes E6 and E8)", level=2)
    _item(d, "4a)",
          "Ilinca is quietly offered a trip to the toilet by showing her the toilet picture "
          "card, and the adult walks with her to the door of the accessible toilet next to "
          "the Reception classroom.",
          "At 10:15, 11:45, 13:30 and 14:45 every school day.",
          "The Reception teaching assistant.")
    _item(d, "4b)",
          "Help to eat her lunch in a quieter space, where this can be staffed.",
          "Lunchtimes.",
          "Lunchtime staff.")

    d.heading("5  Working with the family and planning ahead", level=2)
    _item(d, "5a)",
          "Meetings with Ilinca's parents, with a Romanian interpreter, as often as needed.",
          "As above.",
          "SENCO.")
    _item(d, "5b)",
          "A photo transition book about her Year 1 classroom and teacher might help Ilinca "
          "over the summer holidays.",
          "Summer term 2026.",
          "Class teacher.")
    _item(d, "5c)",
          "A 30-minute planning meeting of the SENCO, class teacher, teaching assistant, "
          "speech and language therapist and Ilinca's mother, with a Romanian interpreter "
          "booked by the school, at which progress on the sliding-in programme is checked "
          "and the next talking targets are agreed and written down.",
          "Once each half-term, in the week after the therapist's visit in 1b).",
          "Chaired by the SENCO.")

    _sec(d, "G", "Health care provision")
    d.bullets([
        "Laxido oral powder, one sachet each morning at home, as prescribed by her GP, with the dose reviewed by the community paediatrician.",
        "Review by Dr Harriet Lomas, community paediatrician at Tynemere Child Development Centre, every six months, the first appointment being on 3 March 2026.",
        "Assessment by the Tynemere Child Wellbeing Service as soon as an appointment is free (the current wait is about 40 weeks).",
    ])

    _sec(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    d.para("None. Ilinca has no assessed social care needs.")
    _sec(d, "H2", "Other social care provision")
    d.para("None.")

    _sec(d, "I", "Placement")
    d.para("Bramblegate Primary School, Tynemere (mainstream community primary school), "
           "Reception class.")

    _sec(d, "J", "Personal budget")
    d.para("Ilinca's parents have not asked for a personal budget.")

    _sec(d, "K", "Advice and information")
    d.numbered([
        "Parents' views - Andreea and Radu Moldoveanu, with a Romanian interpreter, 15 December 2025",
        "Ilinca's views - gathered by her mother at home and by Mrs G. Pryce, teaching assistant, December 2025",
        "Educational advice - Mrs L. Thackray, SENCO, Bramblegate Primary School, 28 November 2025",
        "Psychological advice - Dr Ewan Maitland, Educational Psychologist, 4 December 2025",
        "Medical advice - Dr Harriet Lomas, Community Paediatrician, 1 December 2025",
        "Speech and language therapy advice - Ms Rhiannon Beck, Speech and Language Therapist, 21 November 2025",
        "Advice on English as an additional language - Tynemere Ethnic Minority Achievement Service",
        "Social care advice - Tynemere Children's Services, 2 December 2025",
    ], fmt="K{n}")
