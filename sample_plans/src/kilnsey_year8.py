"""Kilnsey City Council - Year 8 looked after child (full care order, foster placement) with
SEMH needs and attachment difficulties, at a mainstream academy with an on-site inclusion
unit (the Anchor Centre). Word Heading 1 headings with an em dash ('Section F \u2014 Special
educational provision'); running header marked OFFICIAL-SENSITIVE and a 'Page X of Y'
footer. Cover details as a two-column shaded table. E is a two-column table (Outcome | By
when) with some 'By when' cells blank or 'Ongoing'. F is four area tables, five columns
(Ref | Provision | Who provides it, and their training | How often and for how long |
Funded through), a 'Funded through' column naming the funding stream (Pupil Premium Plus,
high needs top-up, notional SEN budget); refs F1-F20 run on across the tables; some cells
blank or 'TBC'. Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reece Calloway"

HEAD = ["Ref", "Provision", "Who provides it, and their training",
        "How often and for how long", "Funded through"]
W = [1.1, 5.6, 4.1, 3.6, 2.2]


def _ftable(d, rows):
    d.table(HEAD, rows, widths_cm=W, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("OFFICIAL-SENSITIVE  |  Kilnsey City Council  |  EHC Plan: Reece Calloway",
                            footer_left="Final EHC plan issued 9 March 2026", first_page_plain=False)
    d.title("Kilnsey City Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=21, color="385623")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Reece Calloway"),
        ("Date of birth", "14/02/2013"),
        ("NHS number", "999 631 4072"),
        ("Unique pupil number", "Z999000582716"),
        ("Legal status", "Looked after by Kilnsey City Council under a full care order (section 31, Children Act 1989) since June 2021"),
        ("Lives with", "Foster carers Marion Ashworth and Derek Ashworth"),
        ("Placement address", "14 Hollin Way, Kilnsey, ZY4 6PN"),
        ("Foster carers' contact", "01632 960318  /  marion.ashworth@example.org"),
        ("Birth mother", "Leanne Calloway (shares parental responsibility with the council)"),
        ("School and year group", "Fellbrook Academy, Year 8"),
        ("Date of final plan", "9 March 2026"),
        ("Next annual review by", "8 March 2027"),
        ("Plan coordinator", "Priya Venkatesan, SEND Assessment and Review Team"),
        ("Virtual School teacher", "Gareth Illingworth, Kilnsey Virtual School"),
    ], widths_cm=(4.6, 12.0), fill="E2EFD9")
    d.para("This plan should be read alongside Reece's Personal Education Plan (PEP). The "
           "PEP does not replace anything in Section F.", italic=True)

    # ---------------------------------------------------------------- A
    d.heading("Section A \u2014 Views, interests and aspirations", section="A")
    d.heading("Reece's views", level=2)
    d.para("Reece talked to his key adult in the Anchor Centre over two sessions in January "
           "2026 and agreed what she wrote down. \"I'm good at drawing and I'm good with dogs. "
           "I like BMX and going to the track with Derek on Sundays. I don't like it when "
           "teachers shout or when they change stuff and don't tell me, because then I get "
           "wound up and I just go. I like Miss T because she doesn't give up on me. I want to "
           "stay at Fellbrook. When I'm older I want to fix motorbikes and have my own "
           "garage.\"")
    d.heading("Views of Reece's foster carers", level=2)
    d.para("Marion and Derek have looked after Reece since he was eight. They describe him as "
           "loyal, funny and very protective of his younger sister Mia. They say he is much "
           "more settled at home than two years ago, but he still struggles to trust new "
           "adults and can go from calm to furious in seconds when he feels criticised. They "
           "want the school to keep the same adults around him and to warn him about changes. "
           "They are worried that his reading is holding him back.")
    d.heading("Views of Reece's mother", level=2)
    d.para("Leanne Calloway sees Reece once a month. She would like him to stay at Fellbrook, to "
           "stop being sent out of lessons and to get some help with his reading so he can get "
           "a trade.")
    d.heading("What matters for Reece's future", level=2)
    d.para("Reece hopes to become a motorbike mechanic. Everyone who contributed agrees that "
           "steady relationships with a small number of adults, and a stable placement, matter "
           "most for him now.")

    # ---------------------------------------------------------------- B
    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reece experienced neglect and domestic abuse before he came into care aged eight, "
           "and he has attachment difficulties. He is hypervigilant: he watches adults closely, "
           "reads neutral faces and raised voices as hostile, and reacts to correction as if "
           "he is being rejected. When he is dysregulated he swears, walks out of lessons or "
           "leaves the building. He had 11 internal exclusions and two fixed-term suspensions "
           "in Year 7. He cannot yet recognise the early signs that he is becoming angry, and "
           "he finds it very hard to calm down without a trusted adult. Unstructured times "
           "(break and lunch) and unexpected changes of teacher or room are the main triggers. "
           "He is currently spending most mornings in the Anchor Centre.")
    d.heading("Cognition and learning", level=2)
    d.para("Reece missed a great deal of schooling before he came into care. His reading age "
           "is 8 years 9 months (tested November 2025); he decodes unfamiliar words slowly and "
           "avoids reading aloud. In maths he is working at about Year 5 level and has gaps in "
           "place value and fractions. His working memory is weak (below the 10th centile), so "
           "he loses track of multi-step instructions, and he finds starting a new topic very "
           "threatening because he expects to fail.")
    d.heading("Communication and interaction", level=2)
    d.para("Reece's everyday language is adequate, but he takes sarcasm and figurative "
           "language literally and has word-finding difficulties when he is under pressure. "
           "He misreads peers' intentions and finds it hard to put a friendship right after "
           "a fall-out.")
    d.heading("Sensory and physical", level=2)
    d.para("Reece seeks movement: he fidgets, rocks on his chair and gets up often, and he is "
           "calmer after physical activity. He has no physical disability.")

    # ---------------------------------------------------------------- C
    d.heading("Section C \u2014 Health needs", section="C")
    d.para("Reece has difficulty getting to sleep and is prescribed melatonin by the community "
           "paediatrician. He has mild asthma and carries a salbutamol inhaler. He has an "
           "annual Review Health Assessment as a looked after child. He was referred to the "
           "CAMHS Looked After Children team in September 2025 and has not yet been assessed.")

    # ---------------------------------------------------------------- D
    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("Reece is a looked after child. His care plan is for long-term foster care with "
           "Marion and Derek Ashworth. He needs regular, predictable family time with his "
           "mother and with Mia, who lives with her paternal grandparents, and his carers need "
           "support to manage his dysregulation at home. He is not a disabled child for the "
           "purposes of the Chronically Sick and Disabled Persons Act 1970.")

    # ---------------------------------------------------------------- E
    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The SENCO and the Virtual School teacher will agree short-term targets towards "
           "these outcomes at each termly PEP meeting.")
    d.table(["Outcome", "By when"], [
        ["Reece will tell his key adult how he is feeling using his 1\u20135 scale and choose one of his three calming strategies before leaving a lesson, on four out of five recorded occasions.",
         "End of Year 9 (July 2027)"],
        ["Reece will stay in all of his timetabled mainstream lessons for at least four full days each week.",
         "July 2027"],
        ["Reece will build trusting relationships with adults in school.", "Ongoing"],
        ["Reece will read an unfamiliar text at Year 7 level aloud with 90% accuracy and reach a reading age of at least 11 years on the school's standardised test.",
         "End of Year 9 (July 2027)"],
        ["Reece will attend the Talkabout group and his ELSA sessions.", ""],
        ["Reece will use the 'fix it' steps to sort out a disagreement with a classmate without adult help, on three recorded occasions.",
         "July 2027"],
        ["Reece will stop swearing at staff.", "Summer term 2026"],
        ["Reece will become a motorbike mechanic.", ""],
    ], widths_cm=[12.6, 4.0], header_fill="E2EFD9")

    # ---------------------------------------------------------------- F
    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("Fellbrook Academy will make the provision below, with the council and the Virtual "
           "School, in term time for the life of this plan. The last column shows how each "
           "item is paid for; it does not limit what must be provided.", italic=True)

    d.heading("Social, emotional and mental health", level=2)
    _ftable(d, [
        ["F1", "Morning meet-and-greet: Reece is met at the main gate by his key adult, walks with her to the Anchor Centre and completes a 10-minute check-in using his 1\u20135 feelings scale before registration.",
         "Key adult: an Anchor Centre HLTA who has completed the Virtual School's two-day Attachment and Trauma Aware Practice course. A second trained HLTA is named to cover absence.",
         "Every school day, 8:35 to 8:50", "Pupil Premium Plus (Virtual School)"],
        ["F2", "Reece can go to the Anchor Centre whenever he feels overwhelmed or walks out of a lesson.",
         "Anchor Centre staff", "As and when", "Absorbed within the Anchor Centre's existing staffing"],
        ["F3", "1:1 ELSA sessions on noticing the early body signs of anger and using his three agreed calm-down strategies (box breathing, a wall push, and writing it down on his mini whiteboard).",
         "ELSA trained on the Kilnsey Educational Psychology Service course, with half-termly group supervision from an educational psychologist",
         "45 minutes once a week (Thursday, period 2) throughout the school year", "High needs top-up"],
        ["F4", "Therapeutic work to help Reece make sense of his early life experiences.",
         "Therapist \u2013 to be identified", "To be agreed once the CAMHS LAC team have assessed him", "TBC"],
        ["F5", "Reece would benefit from having a consistent, familiar adult nearby at break and lunchtime.",
         "Ideally a member of the Anchor Centre team", "Break and lunchtime", "Notional SEN budget"],
        ["F6", "A calm, consistent response to incidents, with a restorative conversation afterwards once Reece is regulated.",
         "Pastoral team", "When required", "Notional SEN budget"],
        ["F7", "Mentoring sessions with a learning mentor focusing on Reece's relationships with his teachers, to be revisited at his spring PEP.",
         "Learning mentor", "Fortnightly", "Pupil Premium Plus (Virtual School)"],
        ["F8", "Reduced timetable: Reece spends mornings in the Anchor Centre and is phased back into mainstream afternoon lessons at a pace the school judges right.",
         "Inclusion manager", "Mornings to begin with", ""],
    ])

    d.heading("Cognition and learning", level=2)
    _ftable(d, [
        ["F9", "Read Write Inc. Fresh Start, 1:1, to close the gap between Reece's decoding and his age.",
         "Teaching assistant who has attended the two-day Read Write Inc. Fresh Start training; the English lead observes one session every half-term",
         "Four 25-minute sessions a week, Monday to Thursday at 8:50 in the Anchor Centre", "High needs top-up"],
        ["F10", "Pre-teaching of the key words and a first worked example for the next maths lesson, so that Reece knows what to expect when the lesson starts.",
         "HLTA with a Level 3 maths qualification who has completed Maths Mastery training for support staff",
         "15 minutes before each of his four maths lessons a week (in tutor time)", "High needs top-up"],
        ["F11", "Small group catch-up sessions in literacy and numeracy in the Anchor Centre.",
         "Anchor Centre staff", "Regularly, fitted around his timetable", "Notional SEN budget"],
        ["F12", "Teachers to follow the classroom strategies in Dr Hale's educational psychology advice (Appendix 4) in every subject.",
         "Subject teachers", "All lessons", ""],
        ["F13", "Opportunities to complete homework in a supervised space after school.",
         "Homework club staff", "When on offer", "Pupil Premium Plus (Virtual School)"],
    ])

    d.heading("Communication and interaction", level=2)
    _ftable(d, [
        ["F14", "Talkabout for Teens social skills group: reading facial expressions and tone of voice, and practising the 'fix it' steps for putting a friendship right after a fall-out.",
         "Anchor Centre teacher with an HLTA; a group of no more than five Year 8 and 9 pupils",
         "One 50-minute session a week (Tuesday, period 5) for 30 weeks from April 2026", "High needs top-up"],
        ["F15", "Speech and language therapy advice to Reece's teachers on his difficulty with figurative language and with finding the right word under pressure.",
         "Speech and language therapist", "One school visit a term", "High needs top-up"],
    ])

    d.heading("Across the school day, including sensory needs", level=2)
    _ftable(d, [
        ["F16", "1:1 support in the lessons Reece finds hardest (at present science and French), to be cut back as he settles.",
         "Teaching assistant", "Up to 8 hours a week", "High needs top-up"],
        ["F17", "A 5-minute movement errand: Reece takes the register folder to reception and comes back by the back stairs.",
         "Sent by his subject teacher; the route card is kept by the Anchor Centre HLTA",
         "At the start of periods 3 and 5 every school day", "Notional SEN budget"],
        ["F18", "Fidget items, a wobble cushion and other sensory equipment etc. available in class.",
         "", "", "Notional SEN budget"],
        ["F19", "Warning of changes: for every planned change of teacher, room or timetable, his key adult tells Reece in person the day before and shows him the change on his visual timetable; if a change is only known on the day, she tells him at the 8:35 check-in.",
         "Key adult (the Anchor Centre HLTA in F1)", "Every planned change; 5 minutes each time",
         "Pupil Premium Plus (Virtual School)"],
        ["F20", "Half-termly review of this provision with Reece, his foster carers, his key adult and the Virtual School teacher, checking his ELSA, Fresh Start and attendance records against the outcomes in Section E.",
         "Chaired by the SENCO, who holds the National Award for SEN Co-ordination",
         "30 minutes once every half-term, alongside his PEP", "Notional SEN budget"],
    ])

    # ---------------------------------------------------------------- G
    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "Melatonin 2 mg at bedtime, prescribed by the community paediatrician and given by Reece's foster carers; the paediatrician reviews it every six months.",
        "A salbutamol inhaler carried by Reece, with a spare kept in the Anchor Centre, used as required in line with his asthma plan.",
        "An annual Review Health Assessment by the Looked After Children's Nurse (next due October 2026).",
        "Assessment by the CAMHS Looked After Children team when a clinician becomes available.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Reece is not assessed as needing services under section 2 of the 1970 Act.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.bullets([
        "Long-term foster placement with Marion and Derek Ashworth, with fortnightly visits to the carers from their supervising social worker.",
        "Family time with his mother once a month for two hours, supervised at the Kilnsey Family Time Centre.",
        "Family time with Mia every three weeks for three hours, supported by a contact worker.",
        "Respite for the foster carers when needed.",
        "A statutory review of Reece's care plan by an Independent Reviewing Officer every six months.",
    ])

    # ---------------------------------------------------------------- I
    d.heading("Section I \u2014 Placement", section="I")
    d.para("Fellbrook Academy, Kilnsey (mainstream academy for pupils aged 11 to 16), including "
           "part-time teaching in its on-site inclusion unit, the Anchor Centre.")

    # ---------------------------------------------------------------- J
    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("No personal budget has been requested. Pupil Premium Plus is managed by the "
           "Virtual School and is not a personal budget.")

    # ---------------------------------------------------------------- K
    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Reece's views \u2013 recorded by his key adult, 15 January 2026",
        "Views of foster carers Marion and Derek Ashworth \u2013 12 January 2026",
        "Views of Leanne Calloway (mother) \u2013 20 January 2026",
        "Educational advice \u2013 Mr J. Pickersgill, SENCO, Fellbrook Academy, 16 January 2026",
        "Psychological advice \u2013 Dr N. Hale, Educational Psychologist, 19 January 2026 (Appendix 4)",
        "Medical advice \u2013 Dr F. Lindqvist, Community Paediatrician, 14 January 2026",
        "Social care advice \u2013 Ms A. Okafor, Social Worker, Children in Care Team, 21 January 2026",
        "Speech and language therapy advice \u2013 Kilnsey Community Speech and Language Therapy Service, 22 January 2026",
        "Virtual School advice and current PEP \u2013 Kilnsey Virtual School",
    ])
