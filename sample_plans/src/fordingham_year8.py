"""Fordingham City Council - Year 8 looked-after child with social, emotional and mental
health needs and attachment difficulties, in a mainstream academy (11-16). Word Heading 1
headings 'Section A: ...'; an 'OFFICIAL - SENSITIVE' footer line; cover details in a
two-column details table that records the legal status (care order), the foster carers, the
social worker and the Virtual School. B is prose under Heading 2 area sub-headings. E is a
three-column table (Ref | Outcome | By when), two 'By when' cells not giving a date. Section F
is in three parts by who arranges the provision (the academy; the Virtual School through Pupil
Premium Plus; the council's SEND service), each a five-column table (Ref | What will be
provided | Group size | How much and how often | Staff and their training) with refs S1-S11,
V1-V4 and L1-L5. G is bullets. H1 says none; H2 holds the looked-after child's care-plan
provision. FINAL plan."""

TITLE = "Education, Health and Care Plan - Tyrese Mallinder"

F_HEAD = ["Ref", "What will be provided", "Group size", "How much and how often",
          "Staff and their training"]
F_WIDTHS = [1.1, 6.0, 2.0, 3.7, 3.8]


def build(d):
    d.simple_footer("OFFICIAL \u2013 SENSITIVE   |   Fordingham City Council   |   "
                    "EHC Plan for Tyrese Mallinder   |   Final, issued 9 February 2026")
    d.title("Fordingham City Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="5B2C6F")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Tyrese Mallinder"),
        ("Date of birth", "14.11.2012"),
        ("NHS number", "999 613 2874"),
        ("Unique pupil number", "Q999000271828"),
        ("Year group", "Year 8"),
        ("School", "Hexley Vale Academy"),
        ("Legal status", "Child looked after by Fordingham City Council under a care order (section 31, Children Act 1989) since March 2023"),
        ("Foster carers", "Bernadette Okonjo and Clive Okonjo, 27 Larkspur Rise, Fordingham, ZY4 8PD"),
        ("Foster carers' contact", "07700 900382  /  okonjo.fostering@example.org"),
        ("Birth mother", "Shona Mallinder (holds parental responsibility, shared with the council)"),
        ("Social worker", "Priya Raman, Children in Care Team 2"),
        ("Virtual School contact", "Oskar Lindqvist, Virtual School adviser for Key Stage 3"),
        ("Date of final plan", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Delphine Achebe-Ross, Fordingham SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5))
    d.para("This plan should be read alongside Tyrese's Personal Education Plan (PEP), which "
           "is reviewed every term. The PEP does not replace anything in Section F.", italic=True)

    d.heading("Section A: Views, interests and aspirations", section="A")
    d.heading("What Tyrese told us", level=2)
    d.para("Tyrese shared his views with his social worker and with Mrs Fenwick from school "
           "over two meetings in December 2025. He chose to draw some of his answers, and "
           "agreed that the words below could go in his plan.")
    d.para("\"I'm good at BMX and I'm good at drawing cars. People think I'm bad but I'm "
           "not, I just kick off when teachers show me up in front of everyone. I like Mrs "
           "Fenwick because she doesn't shout. I hate it when there's a supply teacher and "
           "nobody tells me. I want to stay at Bernie and Clive's. When I'm older I want to "
           "be a mechanic or design cars and have my own house with a garage.\"")
    d.heading("What Tyrese's foster carers say", level=2)
    d.para("Bernadette and Clive describe Tyrese as loyal, funny and very kind to younger "
           "children. He loves being outdoors and has become much more relaxed at home since "
           "the summer. They notice that he is unsettled for a day or two after family time, "
           "and that he sleeps badly before anything new. They would like school to give him "
           "one or two adults he can rely on, and they want him to catch up with his reading "
           "so that he stops avoiding written work.")
    d.heading("What Tyrese's mother says", level=2)
    d.para("Shona took part by telephone. She would like Tyrese to do well at school, to stay "
           "out of trouble and to keep in touch with his sister Kayla.")
    d.heading("Aspirations", level=2)
    d.para("Tyrese would like to work with cars when he leaves school, either as a mechanic "
           "or in car design. Everyone who contributed hopes that he can stay in his current "
           "foster home and at Hexley Vale until the end of Year 11.")

    d.heading("Section B: Special educational needs", section="B")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tyrese experienced neglect and domestic abuse in his early years and has had three "
           "care placements and four schools since 2021. He has attachment difficulties: he "
           "finds it very hard to trust adults, watches them closely for signs of rejection, "
           "and reacts strongly to any change of adult, room or routine that he has not been "
           "told about in advance. When he feels criticised or embarrassed in front of others "
           "his anger rises very quickly; he swears, throws equipment or leaves the classroom. "
           "In the autumn term 2025 he left 41 lessons without permission and had two "
           "suspensions of one day each.")
    d.para("He tries to control friendships, which leads to fallings-out, and he has few "
           "friends in his year group. He has low self-esteem and often says that he is "
           "\"thick\". He cannot yet name most feelings other than \"angry\" or \"fine\", and "
           "does not notice the early physical signs that he is becoming dysregulated. "
           "Unstructured times (break, lunch and corridor changes) are when most incidents "
           "happen.")
    d.heading("Cognition and learning", level=2)
    d.para("Because of his many moves, Tyrese has significant gaps in his learning. His reading "
           "age on the New Group Reading Test in October 2025 was 9 years 6 months (chronological "
           "age 12 years 11 months). He decodes unfamiliar multisyllabic words slowly and "
           "inaccurately and reads without expression, so he loses the meaning of longer texts. "
           "In maths he is secure with whole-number calculation but has not been taught "
           "fractions, ratio or multi-step problems. His attention is much weaker in the days "
           "after family time.")
    d.heading("Communication and interaction", level=2)
    d.para("The speech and language therapist found that Tyrese's understanding of everyday "
           "language is within the average range, but his vocabulary for emotions is very "
           "limited and he cannot yet tell a clear account of an event in order. This matters "
           "in restorative conversations, where he is often misunderstood and becomes angry "
           "because he cannot explain his side.")
    d.heading("Sensory and physical", level=2)
    d.para("No special educational needs were identified in this area.")

    d.heading("Section C: Health needs related to SEN", section="C")
    d.para("Tyrese has mild asthma, managed with inhalers. He has difficulty getting to sleep "
           "and often wakes in the night, which affects his mood and concentration the next "
           "day. He was referred to Fordingham CAMHS (Children in Care team) in November 2025 "
           "for assessment of trauma-related symptoms and is on the waiting list. His last "
           "statutory health assessment as a looked-after child was on 12 September 2025.")

    d.heading("Section D: Social care needs", section="D")
    d.para("Tyrese is a looked-after child under a full care order. His care plan is long-term "
           "foster care with Bernadette and Clive Okonjo, where he has lived since September "
           "2024. He needs stable, predictable care, regular visits from his social worker, "
           "and safe, supervised family time with his mother and with his younger sister "
           "Kayla, who lives with their maternal grandmother. His foster carers need support "
           "to respond to his trauma-related behaviour at home.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 3 unless the table says otherwise. "
           "Smaller steps towards each one are set at every termly PEP meeting by the "
           "Designated Teacher and recorded in the PEP.")
    d.table(["Ref", "Outcome", "By when"], [
        ["E1", "Tyrese will name how he is feeling using his Zones of Regulation chart, and ask for time out before an incident happens, on at least four out of five occasions observed across a fortnight.", "July 2026 (end of Year 8)"],
        ["E2", "Tyrese will stay in his timetabled lessons until the end of the lesson in at least 90% of lessons each half-term.", "February 2027"],
        ["E3", "Tyrese will have better relationships with adults and peers.", ""],
        ["E4", "Tyrese will read a text at Year 7 level aloud at 100 words per minute with at least 95% accuracy.", "July 2027 (end of Year 9)"],
        ["E5", "Tyrese will retell an event from his week in the right order, saying who was there, where it happened, what happened and how he felt.", "July 2026"],
        ["E6", "Tyrese will attend his mentoring and therapy sessions.", "Ongoing"],
        ["E7", "Tyrese will be happy and settled in school.", "July 2026"],
        ["E8", "Tyrese will add, subtract, multiply and divide fractions and solve two-step word problems, scoring at least 70% in the end-of-unit assessments.", "July 2027"],
    ], widths_cm=[1.2, 11.3, 4.1], font_size=10)

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision is set out in three parts according to who arranges it. It applies "
           "in term time for as long as this plan is maintained. The Designated Teacher at "
           "Hexley Vale Academy co-ordinates all of it and reports on it at each PEP meeting.")
    d.heading("Part 1: Provided by Hexley Vale Academy", level=2)
    d.table(F_HEAD, [
        ["S1", "A meet-and-greet at the student entrance with his key adult, who goes through the day's timetable with Tyrese and tells him about any cover teachers or room changes", "1:1", "10 minutes every morning before registration (8:35 to 8:45)", "Pastoral HLTA who has completed the Attachment Research Community's Tier 2 attachment and trauma training"],
        ["S2", "A time-out pass so Tyrese can leave any lesson and go to the Inclusion Hub when he feels his anger rising", "Individual", "When he needs it", "Hub staff"],
        ["S3", "Individual teaching of the Zones of Regulation: naming his zone, spotting his early warning signs and choosing a calming strategy from his own toolkit", "1:1", "Two 25-minute sessions a week (Tuesday and Thursday, period 1) in the autumn and spring terms", "ELSA trained and supervised by the Fordingham Educational Psychology Service"],
        ["S4", "Friendship and social skills work with a few other Year 8 students", "Small group", "Weekly", "Learning mentor"],
        ["S5", "Read Write Inc. Fresh Start, covering decoding of multisyllabic words and fluency, with a fluency check every half-term", "No more than 4", "Four 30-minute sessions a week during morning form time", "Teaching assistant who has completed the Read Write Inc. Fresh Start training"],
        ["S6", "Additional maths support to close the gaps in his learning", "\u2013", "As timetabled", "Maths department"],
        ["S7", "Behaviour responses will be adapted in line with the academy's relationships policy, with the Head of Year deciding whether a sanction is appropriate", "\u2013", "Whenever a sanction is being considered", "Head of Year 8"],
        ["S8", "Subject teachers to use the classroom strategies recommended in the educational psychologist's advice of 3 November 2025 (Appendix 4)", "Whole class", "All lessons", "Subject teachers"],
        ["S9", "A lunchtime club in the library with board games, Lego and drawing, so that Tyrese spends the least structured part of the day with a familiar adult", "Up to 8 students", "Every lunchtime, 12:40 to 13:15", "The pastoral HLTA in S1"],
        ["S10", "Mentoring with the Year 8 learning mentor", "1:1", "Weekly, reducing to fortnightly when he is more settled", "Learning mentor"],
        ["S11", "Nurture group sessions in The Anchor room, run on the six principles of nurture, with targets taken from his Boxall Profile (repeated each term)", "No more than 6", "Three 50-minute sessions a week (period 5 on Monday, Wednesday and Friday)", "Nurture group teacher and TA, who both hold the nurtureuk Certificate in the Theory and Practice of Nurture Groups"],
    ], widths_cm=F_WIDTHS, font_size=9)
    d.heading("Part 2: Arranged by the Virtual School for Children in Care (Pupil Premium Plus)", level=2)
    d.table(F_HEAD, [
        ["V1", "Tuition in English and maths from the Virtual School's tutoring partner", "1:1", "Up to 2 hours a week, depending on the Pupil Premium Plus allocation", "Qualified teacher from the tutoring partner"],
        ["V2", "Drawing and Talking, a structured non-directive programme in which Tyrese draws and talks about his drawing with the same adult each week", "1:1", "One 30-minute session a week for 12 weeks from the first week of the summer term 2026, then a second 12-week block from September 2026", "Teaching assistant who has completed the accredited Drawing and Talking practitioner course"],
        ["V3", "Creative arts therapy (art or music, whichever Tyrese prefers), if a therapist can be found", "1:1", "", "HCPC-registered art or music therapist"],
        ["V4", "Tyrese may attend the after-school homework club", "Group", "", "Homework club staff"],
    ], widths_cm=F_WIDTHS, font_size=9)
    d.heading("Part 3: Commissioned by Fordingham City Council SEND Service", level=2)
    d.table(F_HEAD, [
        ["L1", "Educational psychologist consultation with the Designated Teacher and pastoral team to review how the strategies are working", "\u2013", "Once a term", "HCPC-registered educational psychologist, Fordingham EPS"],
        ["L2", "Direct speech and language therapy on emotion vocabulary and on retelling events in order (narrative), using the Story Grammar Marker approach", "1:1", "45 minutes every fortnight in term time", "HCPC-registered speech and language therapist, Fordingham Children's Therapy Service"],
        ["L3", "Practice of the narrative and vocabulary targets set by the speech and language therapist in L2, using the therapist's written programme", "1:1", "Three 10-minute sessions a week in form time", "The ELSA in S3, trained by the speech and language therapist for one hour each half-term"],
        ["L4", "Visits from the Inclusion Support Team to advise staff on strategies, for example de-escalation and seating plans", "\u2013", "As required", "Inclusion Support Team"],
        ["L5", "Transition support for the move into Year 9 and for any change of placement", "1:1", "To be agreed at the PEP meeting", "Designated Teacher"],
    ], widths_cm=F_WIDTHS, font_size=9)

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "A statutory health assessment every 12 months by the Looked After Children's nurse, with the health plan shared with the Designated Teacher.",
        "A preventer inhaler twice a day at home, and a reliever inhaler kept in the school office and used as required under his asthma plan.",
        "Assessment and treatment by the Fordingham CAMHS Children in Care team when an appointment becomes available.",
        "Sleep advice from the school nurse.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Tyrese is not assessed as needing any service under section 2 of the 1970 Act.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.bullets([
        "Visits from Tyrese's social worker at least every six weeks, and a Child in Care review every six months chaired by his Independent Reviewing Officer.",
        "Supervised family time with his mother once a month for two hours, and with Kayla every other Saturday for three hours, supervised by the Fordingham Family Time Service.",
        "Support for the foster carers from their supervising social worker as needed.",
    ])

    d.heading("Section I: Placement", section="I")
    d.para("Hexley Vale Academy, Fordingham (mainstream academy for pupils aged 11 to 16).")

    d.heading("Section J: Personal budget", section="J")
    d.para("No personal budget has been requested. Pupil Premium Plus is managed by the "
           "Virtual School and is not a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.numbered([
        "Views of Tyrese, gathered by Priya Raman (social worker) and Mrs A. Fenwick (pastoral HLTA), 4 and 11 December 2025",
        "Views of the foster carers, Bernadette and Clive Okonjo, 2 December 2025",
        "Views of Shona Mallinder (birth mother), by telephone, 8 December 2025",
        "Educational advice, Mr O. Ferris, SENCO, Hexley Vale Academy, 28 November 2025",
        "Psychological advice, Dr Imogen Salt, Educational Psychologist, 3 November 2025",
        "Medical advice, Dr K. Banerjee, Designated Doctor for Children in Care, 19 November 2025",
        "Speech and language therapy advice, Ms J. Wardle, Speech and Language Therapist, 24 November 2025",
        "Social care advice, Priya Raman, Children in Care Team 2, 1 December 2025",
        "Virtual School advice, Fordingham Virtual School for Children in Care",
    ])
