"""Fenbury Borough Council - FINAL AMENDED plan issued after an annual review. Year 4 girl
with Down syndrome and a bilateral conductive hearing loss (hearing aids and a radio aid) in
a mainstream community primary school. Word Heading 1 headings with an em dash
('Section F \u2014 Special educational provision'); amended sections carry '(amended
January 2026)' at the end of the heading. Two-column grey cover details table, running
header and 'Page X of Y' footer. E is numbered E1-E8. Section F is five per-area tables
under Heading 2 area sub-headings, each with four columns (Provision | Frequency / duration
/ staffing | Outcome | Review status), the frequency, length and staff packed into one
combined cell. H1/H2 split. FINAL plan."""

TITLE = "Education, Health and Care Plan (amended) - Phoebe Trenaman"

F_HEAD = ["Provision", "Frequency / duration / staffing", "Outcome", "Review status"]
F_WIDTHS = [6.3, 5.9, 1.9, 2.5]


def build(d):
    d.running_header_footer(
        "Phoebe Trenaman  \u2022  EHC Plan  \u2022  Final amended plan, 12 January 2026",
        footer_left="Fenbury Borough Council SEND Service", first_page_plain=True)
    d.title("Fenbury Borough Council", size=13, color="4B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="4B2C6F")
    d.para("FINAL AMENDED PLAN (Amendment 2, following the annual review of 5 November 2025)",
           bold=True, size=12)
    d.details_table([
        ("Child's name", "Phoebe Trenaman"),
        ("Date of birth", "14/02/2017"),
        ("Year group", "Year 4"),
        ("NHS number", "999 618 2047"),
        ("UPN", "Z999207418652"),
        ("Home address", "27 Sedgewick Row, Fenbury, ZY4 8NJ"),
        ("Parents", "Gemma Trenaman and Daniel Trenaman"),
        ("Contact", "01632 960731 (home), 07700 900582 (Gemma), gemma.trenaman@example.org"),
        ("School", "Marsh Lane Community Primary School"),
        ("First plan issued", "8 March 2023"),
        ("Annual review meeting", "5 November 2025"),
        ("Proposed amendments sent", "20 November 2025"),
        ("Date of final amended plan", "12 January 2026"),
        ("Next annual review by", "4 November 2026"),
        ("EHC co-ordinator", "Priya Lakhani-Moss, Fenbury SEND Service"),
    ], widths_cm=(5.0, 11.5), fill="E7E1EF")
    d.para("Sections B, E and F were amended after the annual review. Sections that were not "
           "changed are reproduced from the plan of 8 March 2023 with factual updates.",
           italic=True)

    # ---------------------------------------------------------------- A
    d.heading("Section A \u2014 Views, interests and aspirations", section="A")
    d.heading("Phoebe's views", level=2)
    d.para("Phoebe shared her views with Mrs Okafor, her teaching assistant, in October 2025, "
           "using photographs of her day, symbol cards and Makaton signs. Mrs Okafor wrote down "
           "what Phoebe said and signed.")
    d.para("\"Me like dancing. Me like Miss Hale. Swimming good.\" Phoebe pointed to the "
           "photographs of dance club, the reading corner and her friend Ivy. She chose the "
           "\"sad\" symbol for the hall at lunchtime and signed \"noisy\". When asked what she "
           "wants to do when she is big, Phoebe signed \"dance\" and said \"on TV\".")
    d.heading("Her parents' views", level=2)
    d.para("Gemma and Daniel describe Phoebe as loving, funny and stubborn in equal measure. "
           "She adores her big brother Alfie, who is in Year 7, and copies everything he does. "
           "They are pleased with how she has settled in Year 4 and with her reading. Their "
           "main worries are that people do not always understand her speech, that she "
           "misses things because of her hearing, and that she is starting to notice she is "
           "different from her friends. They want her to stay at Marsh Lane with her friends, "
           "to read for pleasure, and to grow up able to look after herself and have a job "
           "she enjoys.")

    # ---------------------------------------------------------------- B
    d.heading("Section B \u2014 Special educational needs (amended January 2026)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Phoebe has Down syndrome. She understands more than she can say: she follows "
           "familiar two-part instructions in class when they are supported by a sign or a "
           "picture, but loses track of longer spoken instructions given to the whole class. "
           "She mostly speaks in one- and two-word phrases, often with a Makaton sign, and "
           "her speech is hard for unfamiliar listeners to understand because she drops the "
           "ends of words (\"ca\" for cat, \"bi\" for biscuit). When she is not understood she "
           "repeats herself more loudly and then gives up. She has a limited vocabulary for "
           "new topics in science and humanities.")
    d.heading("Hearing", level=2)
    d.para("Phoebe has a bilateral mild to moderate conductive hearing loss caused by "
           "persistent glue ear, and wears behind-the-ear hearing aids in both ears. In a "
           "noisy classroom, and whenever the speaker is more than two metres away or turned "
           "away from her, she misses a large part of what is said. She cannot yet tell an "
           "adult when her hearing aids are not working.")
    d.heading("Cognition and learning", level=2)
    d.para("Phoebe has moderate learning difficulties. In November 2025 she could read 42 "
           "high-frequency words on sight and was working within Phase 3 phonics, but finds "
           "it very hard to blend sounds to read new words. She writes her name and copies "
           "short sentences. In maths she counts reliably to 20, recognises numerals to 30 "
           "and is beginning to add within 10 using apparatus; she does not yet understand "
           "subtraction or place value. She learns best through pictures, signing, "
           "repetition and hands-on materials, and her working memory for spoken information "
           "is very short.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Phoebe is friendly and popular, but her friendships rely on adults setting up "
           "games. At lunchtime she often wanders on her own. When an activity changes "
           "without warning, or when a task is too hard, she sits down on the floor and will "
           "not move, sometimes for twenty minutes.")
    d.heading("Sensory and physical", level=2)
    d.para("Phoebe has low muscle tone (hypotonia) and loose joints. Her pencil grip is "
           "weak and she tires quickly when writing or cutting. Her balance on playground "
           "equipment is poor.")
    d.heading("Independence and self-care", level=2)
    d.para("Phoebe is dry in the day but needs reminding to go to the toilet and help with "
           "buttons and wiping. She cannot yet change for PE on her own and takes around 20 "
           "minutes with adult help.")

    # ---------------------------------------------------------------- C
    d.heading("Section C \u2014 Health needs related to SEN", section="C")
    d.para("Phoebe has Down syndrome (trisomy 21), diagnosed at birth. She has hypothyroidism, "
           "treated with levothyroxine given at home, and has an annual blood test. She has "
           "persistent bilateral glue ear with a mild to moderate hearing loss; she is seen "
           "by Fenbury Children's Hearing Service and the ENT team at Fenbury General "
           "Hospital, who are considering grommets. A heart murmur noted at birth was "
           "reviewed in 2024 and needs no further follow-up.")

    # ---------------------------------------------------------------- D
    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("Phoebe is a disabled child under section 17 of the Children Act 1989. A child "
           "and family assessment by the Children with Disabilities Team (September 2025) "
           "found that she needs adult support to join in with play and leisure activities "
           "in the community, and that her parents, who both work, would benefit from "
           "occasional breaks.")

    # ---------------------------------------------------------------- E
    d.heading("Section E \u2014 Outcomes (amended January 2026)", section="E")
    d.para("These outcomes run to the end of Key Stage 2 unless a date is given. Marsh Lane "
           "sets half-termly steps towards each outcome and shares them with Phoebe's "
           "parents at the termly review meetings.")
    d.numbered([
        "By the end of Year 4 (July 2026), Phoebe will use three-word phrases, with or without Makaton signs, to ask for things and to comment, in 4 out of 5 observed opportunities in class.",
        "By July 2026, Phoebe will read 80 of the first 100 high-frequency words on sight.",
        "Phoebe will make good progress in maths.",
        "By the end of Key Stage 2, Phoebe will tell an adult, without being asked, when one of her hearing aids is whistling, silent or sore.",
        "Phoebe will stop sitting down and refusing when activities change.",
        "Phoebe will be supported by an adult at lunchtimes.",
        "By July 2026, Phoebe will take off her school clothes and put on her PE kit, including Velcro trainers, on her own in under 10 minutes.",
        "Phoebe will become a dancer on television.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    d.heading("Section F \u2014 Special educational provision (amended January 2026)", section="F")
    d.para("The provision below will be made in term time for the life of this plan. The "
           "\"Review status\" column records what was decided at the annual review on 5 "
           "November 2025.")

    d.heading("1. Communication and interaction", level=2)
    d.table(F_HEAD, [
        ["Direct 1:1 speech and language therapy working on two- and three-word combinations, final consonants and signing alongside speech",
         "One 30-minute session each week in school, delivered by an HCPC-registered speech and language therapist from Fenbury Children's Therapies; progress against her targets reviewed with the class teacher and parents each term",
         "E1", "Continued"],
        ["Practice of Phoebe's current speech and language targets using the activity sheets written by her therapist",
         "10 minutes every afternoon straight after lunch, with the class TA, who has completed the Fenbury SaLT service's two-day 'Communication and Down syndrome' course and is shown each new set of targets by the therapist",
         "E1", "New"],
        ["Makaton signs used alongside speech by the adults around Phoebe",
         "Throughout the school day, wherever staff are able to",
         "E1", "Continued"],
        ["Pre-teaching of the key words for each new science and humanities topic, using pictures and Makaton signs, so Phoebe meets the words before the class lesson",
         "Two 15-minute 1:1 sessions a week (Monday and Wednesday, 9:10 to 9:25) with the HLTA, who holds Makaton Level 2",
         "E1", "New"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    d.heading("2. Hearing", level=2)
    d.table(F_HEAD, [
        ["A Phonak Roger radio aid transmitter, paired with both of Phoebe's hearing aids, worn by the teacher or adult leading every lesson, assembly and group session",
         "All teaching sessions, every school day. The hearing aids and radio aid are checked each morning before registration by the class TA, who has been shown how to do the check by the Qualified Teacher of the Deaf",
         "E4", "Continued"],
        ["Advice to school from the Sensory Support Service on Phoebe's listening environment and the care of her hearing aids",
         "A visit each term from the Teacher of the Deaf, dropping to one visit a year once Phoebe has settled into Year 5",
         "E4", "Amended"],
        ["Improved classroom acoustics to cut down background noise, if the school's budget can stretch to it",
         "Site manager, on advice from the Teacher of the Deaf",
         "E1, E4", "New"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    d.heading("3. Cognition and learning", level=2)
    d.table(F_HEAD, [
        ["A reading scheme suited to children with Down syndrome",
         "Most days, with her TA",
         "E2", "New"],
        ["Precision Teaching of high-frequency words",
         "Every day, by a trained member of staff",
         "E2", "Continued"],
        ["Numicon maths teaching following the Numicon Firm Foundations sequence, in a group of no more than four pupils",
         "Four 20-minute sessions a week, taught by the class teacher while the TA works with the rest of the class",
         "E3", "Continued"],
        ["Work adapted to Phoebe's level, with visual prompts, in all subjects",
         "Class teacher to plan as they see fit",
         "E2, E3", "Continued"],
        ["Teaching assistant support in class, mainly for English and maths",
         "Up to 20 hours a week",
         "E2, E3", "Reduced from 25 hours"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    d.heading("4. Social, emotional and mental health", level=2)
    d.table(F_HEAD, [
        ["A photo timetable and a now-and-next board on Phoebe's table. Before any change to the usual routine (a supply teacher, a trip, a fire drill) her TA shows her the change on the board and signs it",
         "Set up before 8:50 and gone through with Phoebe for 5 minutes when she arrives, every school day; class TA",
         "E5", "Continued"],
        ["A calm corner in the classroom with a beanbag and a sand timer",
         "Open to Phoebe at any point in the day when she gets stuck or upset; class staff",
         "E5", "Continued"],
        ["Phoebe would benefit from a small friendship group at lunchtime",
         "Details to be agreed by the SENCO",
         "E5, E6", "New"],
        ["A midday supervisor in the playground to help Phoebe join in with games",
         "Lunchtimes, staffing allowing",
         "E6", "New"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    d.heading("5. Physical development and self-care", level=2)
    d.table(F_HEAD, [
        ["Fine motor programme",
         "OT to send a programme for school to use",
         "E7", "Continued"],
        ["Write from the Start pencil-control activities, using a triangular pencil grip and a sloped writing board",
         "15 minutes on Tuesday, Thursday and Friday mornings before phonics, with a TA trained by the occupational therapist, who checks the activities once each half-term",
         "E2", "New"],
        ["Dressing for PE taught by backward chaining, with a photo sequence card of each step",
         "10 minutes before and after each of Phoebe's two weekly PE lessons, with the class TA, who has been shown the chaining steps by the occupational therapist",
         "E7", "New"],
        ["Help with toileting and fastenings, cut back as Phoebe becomes more independent",
         "The class TA, at 10:15, 12:15 and 14:30 each day",
         "E7", "Amended"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    # ---------------------------------------------------------------- G
    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician every 12 months, including Phoebe's annual thyroid blood test and routine Down syndrome health checks.",
        "Audiology review at Fenbury Children's Hearing Service every four months, with hearing aid checks, tympanometry and new earmoulds taken at each appointment.",
        "Paracetamol given by a first-aid trained member of staff as required for ear pain, with written parental consent, under the school's medicines policy.",
        "Consideration of grommets by the ENT team at Fenbury General Hospital, awaiting confirmation from health.",
        "Physiotherapy if Phoebe's balance becomes a concern and she meets the service's referral criteria.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A place at the Saturday Stars inclusive play scheme from 10:00 to 13:00 every Saturday in term time, with a 1:1 support worker, funded by the Children with Disabilities Team.",
        "Short breaks for the family as agreed with the social worker.",
    ])
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("None identified at this review.")

    # ---------------------------------------------------------------- I
    d.heading("Section I \u2014 Placement", section="I")
    d.para("Marsh Lane Community Primary School, Fenbury (mainstream maintained primary school, "
           "ages 4 to 11).")

    # ---------------------------------------------------------------- J
    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Phoebe's parents have not requested a personal budget.")

    # ---------------------------------------------------------------- K
    d.heading("Section K \u2014 Advice and information", section="K")
    d.para("Advice gathered for the original assessment (2022-23) and for the annual review of "
           "5 November 2025:")
    d.bullets([
        "Parents' views - Gemma and Daniel Trenaman, 24 October 2025",
        "Phoebe's views - gathered by Mrs J. Okafor, teaching assistant, 16 October 2025",
        "Annual review report - Mrs S. Hale, class teacher, and Mr T. Brannigan, SENCO, Marsh Lane Community Primary School, 12 November 2025",
        "Educational psychology advice - Dr Rhian Pugh, Educational Psychologist, 30 November 2022",
        "Advice from the Qualified Teacher of the Deaf - Mrs A. Castellano, Fenbury Sensory Support Service, 22 October 2025",
        "Speech and language therapy advice - Fenbury Children's Therapies, 20 October 2025",
        "Occupational therapy advice - Fenbury Children's Therapies",
        "Medical advice - Dr K. Oyelaran, Community Paediatrician, 9 October 2025",
        "Social care advice - Children with Disabilities Team, 29 September 2025",
    ])
