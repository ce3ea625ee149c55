"""Halverton City Council - primary template, Word Heading 1 'Section A – All about me'
headings (en dash), bold area-of-need sub-headings, Section F as bullet lists per area of
need with the frequency and staff in brackets at the end of each bullet. Year 5 pupil in a
mainstream primary school. FINAL plan. (Held-out test plan.)"""

TITLE = "Education, Health and Care Plan - Arlo Penhaligon"


def build(d):
    d.running_header_footer("Halverton City Council  \u2013  EHC Plan for Arlo Penhaligon  \u2013  FINAL",
                            first_page_plain=True)
    d.title("Halverton City Council", size=16, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=20, color="2E5E4E")
    d.para("Final plan issued under section 37 of the Children and Families Act 2014", italic=True)
    d.details_table([
        ("Name", "Arlo Penhaligon"),
        ("Date of birth", "22/04/2016"),
        ("Year group", "Year 5"),
        ("School", "Ashgrove Park Primary School"),
        ("Parents / carers", "Jenna Penhaligon and Tomasz Penhaligon"),
        ("Address", "41 Larchfield Mews, Halverton, XQ7 3RB"),
        ("Telephone", "01632 960572"),
        ("UPN", "X999010405112"),
        ("Date plan finalised", "20 February 2026"),
        ("Next annual review by", "19 February 2027"),
        ("Case officer", "Mehreen Ashworth, SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5))

    d.heading("Section A \u2013 All about me", section="A")
    d.para("Arlo chose to fill in his one-page profile with his teaching assistant, Mrs Kell. "
           "He dictated his answers and she typed them.", italic=True)
    d.para("**What people like about me:** \"I'm funny and I'm good at making dens. I know loads "
           "about sharks, especially hammerheads.\"")
    d.para("**What is hard for me:** \"Reading the long words and writing neatly. My hand goes "
           "achy. When it's noisy at dinner I get cross and then I get in trouble.\"")
    d.para("**What my family say:** Jenna and Tomasz say Arlo is caring and inventive, and is "
           "brilliant with his little sister Maisie. They feel he has \"lost his sparkle\" since "
           "Year 4 because he knows he is behind with reading. They want school to be a place "
           "where he feels clever again, and they want him to be ready for secondary school.")
    d.para("**My hopes for the future:** Arlo would like to be a marine biologist \"or someone who "
           "looks after the sharks at the aquarium\". His parents hope he will move on to "
           "secondary school reading well enough to enjoy books about animals on his own.")

    d.heading("Section B \u2013 My special educational needs", section="B")
    d.para("Communication and interaction", bold=True)
    d.para("Arlo's understanding of spoken language is below the level expected for his age "
           "(CELF-5 receptive language index 77, June 2025). He finds long or complex instructions "
           "hard to follow, particularly those containing time and sequence words (\"before\", "
           "\"unless\"). He can misread other children's intentions in play and finds it hard to "
           "repair a falling-out without adult help.")
    d.para("Cognition and learning", bold=True)
    d.para("Arlo has a dyslexic profile identified by the educational psychologist in October "
           "2025. His single-word reading is at the level of a typical six-and-a-half-year-old and "
           "his phonological processing and verbal working memory are both in the low range. His "
           "spelling is poor and he avoids writing. In maths he understands concepts when they are "
           "shown practically, but he cannot yet recall multiplication facts and loses track of "
           "multi-step problems.")
    d.para("Social, emotional and mental health", bold=True)
    d.para("Arlo has a diagnosis of ADHD (combined presentation). He finds it hard to stay seated "
           "for more than ten minutes and becomes dysregulated in noisy, unstructured times, "
           "especially at lunchtime. He has begun to say that he is \"stupid\", and his anxiety "
           "about reading aloud is rising.")
    d.para("Sensory and/or physical", bold=True)
    d.para("Arlo has developmental coordination disorder (DCD), diagnosed by the community "
           "paediatrician in 2024. His handwriting is slow and poorly formed, he finds it hard to "
           "sit upright on a standard chair for long periods and his hand tires quickly.")

    d.heading("Section C \u2013 My health needs", section="C")
    d.para("Arlo takes slow-release methylphenidate each morning at home for ADHD, prescribed by "
           "the community paediatrician, Dr Okoro. The medication does not need to be given in "
           "school. His DCD is described in Section B.")

    d.heading("Section D \u2013 My social care needs", section="D")
    d.para("None identified. The family has not been assessed by children's social care and did "
           "not ask for an assessment.")

    d.heading("Section E \u2013 My outcomes", section="E")
    d.para("These outcomes run to the end of Key Stage 2 (July 2027) unless another date is "
           "given. The class teacher and SENCO will agree smaller steps each term and share them "
           "with Jenna and Tomasz at the termly review meeting.")
    d.bullets([
        "By the end of Year 5, Arlo will carry out a spoken instruction with three parts, given once to the whole class, on four out of five occasions.",
        "Arlo will become a confident reader.",
        "By July 2027, Arlo will read aloud a book at a Year 4 reading level with at least 95% accuracy and answer three questions about it.",
        "Arlo will have a laptop to use in lessons.",
        "By the end of Year 6, Arlo will use his calm-down plan to return to lunchtime play within ten minutes after a disagreement, on most days.",
        "Arlo will stop getting into fights at lunchtime.",
        "By the end of Year 5, Arlo will type at 15 words per minute on his laptop.",
    ])

    d.heading("Section F \u2013 Special educational provision to meet my needs", section="F")
    d.para("The provision below will be made in term time for as long as this plan is maintained. "
           "Each item shows (how often; who) at the end.")
    d.para("Communication and interaction", bold=True)
    d.bullets([
        "Direct speech and language therapy, 1:1 in school, working on understanding instructions, time and sequence words and retelling events (one 45-minute session every fortnight; HCPC-registered speech and language therapist from the Halverton Children's Therapy Service)",
        "The Socially Speaking programme in a group of no more than five pupils from Years 4 to 6 (one 40-minute session every Tuesday afternoon; the school's ELSA, who has completed Socially Speaking training, with the speech and language therapist observing once a half-term)",
        "Opportunities to talk through playground disagreements with an adult (as needed; lunchtime staff)",
        "Visual supports such as a task board and now-and-next cards, to be used where appropriate (throughout the day; class teacher)",
    ])
    d.para("Cognition and learning", bold=True)
    d.bullets([
        "Toe by Toe reading programme, 1:1 in the library workroom (20 minutes every school day at 9:00; teaching assistant who has completed Toe by Toe training, overseen by the SENCO)",
        "Targeted reading intervention in a small group (several times a week; support staff)",
        "Up to 3 hours per week of extra maths support using Numicon (up to 3 hours weekly; maths teaching assistant)",
        "A laptop with Clicker 8 (word prediction and speech feedback) for Arlo's sole use in all literacy and topic lessons, kept charged and updated by the school's IT technician (used in every lesson; the SENCO will teach Arlo to use it in four 30-minute sessions during the first half of the summer term 2026)",
        "Arlo may benefit from a coloured overlay and a reading ruler during reading tasks (class teacher)",
        "In all classroom tests and practice SATs papers, 25% extra time, a reader for the maths papers and a separate room with no more than four pupils (every test; teaching assistant trained by the SENCO as a reader)",
    ])
    d.para("Social, emotional and mental health", bold=True)
    d.bullets([
        "A movement break outside the classroom with his named teaching assistant, doing the agreed 'jobs' routine of taking the register to the office and watering the planters (10 minutes at 10:15 and at 14:00 every school day; named TA)",
        "Drawing and Talking sessions, 1:1, initially weekly and then reducing as Arlo's anxiety lessens (30 minutes; teaching assistant trained as a Drawing and Talking practitioner)",
        "Emotional regulation support in line with the school's behaviour policy (as necessary; all staff)",
        "Zones of Regulation taught in a group of four pupils in the nurture room (one 30-minute session every Thursday; the school's ELSA, trained through the Halverton Educational Psychology Service ELSA programme)",
        "A familiar adult will meet Arlo at the gate each morning and help him settle (daily; a familiar adult)",
    ])
    d.para("Sensory and/or physical", bold=True)
    d.bullets([
        "A handwriting and bilateral coordination programme written by an HCPC-registered occupational therapist, delivered 1:1 in the classroom (15 minutes on four mornings a week; teaching assistant trained by the occupational therapist, who reviews the programme and re-trains the TA in a 60-minute visit each half-term)",
        "The occupational therapist will advise school on Arlo's seating and posture (occupational therapist)",
        "Reduced handwriting demands and other ways of recording where possible (ongoing; teachers)",
        "Specialist equipment as recommended by the OT (as needed; school to order)",
        "Top-up funding at Halverton Band C to provide in-class support (the school)",
    ])

    d.heading("Section G \u2013 Health provision", section="G")
    d.bullets([
        "Review of Arlo's ADHD medication, height and weight every six months by the community paediatrician at Halverton Child Development Centre.",
        "CAMHS will offer support with anxiety when Arlo reaches the top of the waiting list.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None required.")
    d.heading("Section H2 \u2013 Other social care provision", section="H2")
    d.para("None required.")

    d.heading("Section I \u2013 Placement", section="I")
    d.para("Ashgrove Park Primary School, Halverton (mainstream community primary school).")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Arlo's parents did not ask for a personal budget.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.para("The following advice and information were gathered during the assessment and are "
           "attached to this plan:")
    d.bullets([
        "Views of Arlo and his parents, 2 October 2025",
        "Educational advice from Ashgrove Park Primary School (Mr D. Felton, SENCO), 9 October 2025",
        "Psychological advice from Dr Carys Ambrose, Educational Psychologist, 24 October 2025",
        "Medical advice from Dr F. Okoro, Community Paediatrician, 15 October 2025",
        "Speech and language therapy advice from Halverton Children's Therapy Service, 20 October 2025",
        "Occupational therapy report",
        "Social care advice from Halverton Children's Services (no involvement), 6 October 2025",
    ])
    d.para("Signed for Halverton City Council by Mehreen Ashworth, SEND Case Officer, on "
           "20 February 2026.")
