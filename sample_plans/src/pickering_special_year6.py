"""Kirkbeck Metropolitan Borough Council - Year 6 pupil with autism and severe anxiety at a
maintained special school for autistic pupils, amended at the Year 6 phase-transfer review to
name a special academy for autistic pupils from September 2026. Word Heading 1 headings in
title case with an em dash ('Section F \u2014 Special Educational Provision'). Two-column
cover details table. B is numbered paragraphs B1-B10 under Heading 2 area titles; E is a
list numbered E1-E8. Section F is drafted in tribunal-order style: an opening duty sentence,
then for each area a stem sentence ending in a colon ('To meet Elodie's needs in ... the
local authority will secure:') followed by lettered items (a)-(u), lettering running on
across the groups, each item a clause ending in a semicolon (the last in each group ends in
a full stop). G and H1/H2 are short bullet lists; I names both settings with dates. FINAL
amended plan."""

TITLE = "Education, Health and Care Plan - Elodie Marchbank"


def _items(d, items, start):
    """Lettered items (a), (b) ... with the lettering running on from ``start``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i, text in enumerate(items):
        d.numbered([text], fmt="(" + letters[start + i] + ")")
    return start + len(items)


def build(d):
    d.running_header_footer("Kirkbeck MBC \u2014 Amended EHC Plan \u2014 Elodie Marchbank",
                            footer_left="FINAL (amended at phase transfer)",
                            first_page_plain=True)
    d.title("Kirkbeck Metropolitan Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("Final plan, amended following the Year 6 phase-transfer annual review", italic=True)
    d.details_table([
        ("Child's name", "Elodie Marchbank"),
        ("Date of birth", "14/03/2015"),
        ("NHS number", "999 318 6042"),
        ("Unique pupil number", "W999018273645"),
        ("Home address", "27 Larkspur Rise, Kirkbeck, XJ4 8DW"),
        ("Parents", "Kirsty Marchbank and Dominic Marchbank"),
        ("Contact", "01632 960731 (home); 07700 900582 (Kirsty); kirsty.marchbank@example.org"),
        ("Current school and year", "Thornleigh Brook School, Year 6"),
        ("Annual review meeting", "21 November 2025"),
        ("Date amended plan issued", "6 February 2026"),
        ("Next review due by", "5 February 2027"),
        ("EHC co-ordinator", "Priyanka Oldroyd-Bates, Kirkbeck SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5))

    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("About Elodie, in her own words", level=2)
    d.para("Elodie's views were gathered over two sessions in October 2025 by her class teacher, "
           "Mrs Ashworth, using a talking mat and a drawing of her 'perfect school day'. Her "
           "words are quoted exactly.")
    d.para("\"I like horses, drawing dragons and my guinea pigs, Pudding and Biscuit. I don't "
           "like the hand dryers or when people sing happy birthday. When I get the wobbly "
           "feeling I need to go somewhere small and quiet. I'm scared about big school because "
           "I don't know where the toilets are and there might be shouting. When I grow up I "
           "want to work at a stables or draw for a comic.\"")
    d.heading("What Elodie's family say", level=2)
    d.para("Kirsty and Dominic describe Elodie as kind, funny and fiercely honest, with a "
           "brilliant memory for facts about animals. Her younger brother Finn (7) is her "
           "favourite person to play with. Her parents say that at home Elodie often 'holds it "
           "together' at school and then has long meltdowns in the evening. They are worried "
           "about the move to secondary school: last year a change of class teacher led to "
           "three weeks in which she could not get out of the car at the school gate. They want "
           "the move planned in detail, with as many visits as she needs, and for staff at the "
           "new school to understand that a quiet Elodie is not always a calm Elodie.")
    d.heading("How to communicate with Elodie", level=2)
    d.para("Give her time to answer and do not repeat the question straight away. Tell her about "
           "changes before they happen, in writing if possible. She understands words literally, "
           "so say exactly what you mean.")

    d.heading("Section B \u2014 Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.numbered([
        "Elodie was diagnosed with autism in 2019 by the Kirkbeck Child Development Centre. "
        "She speaks in full sentences and has a wide vocabulary, but she takes language "
        "literally and cannot yet work out what someone means by sarcasm, idioms or hints.",
        "She finds it hard to join a conversation, to take turns and to notice when a listener "
        "has lost interest. In group work she either takes over or stays silent.",
        "She processes spoken instructions slowly; when more than two steps are given at once "
        "she usually completes only the first.",
    ], fmt="B{n}")
    d.heading("Cognition and learning", level=2)
    d.numbered([
        "Elodie's word reading is secure at around her age level, but her reading "
        "comprehension was measured at a 7\u00bd-year level in September 2025 (York "
        "Assessment of Reading for Comprehension). She struggles to infer characters' "
        "feelings and motives.",
        "In maths she is working at about Year 3 to 4 level. She knows her number facts well "
        "but panics when a problem is written in words.",
        "Her spelling of common words is inconsistent and she avoids writing because she fears "
        "making mistakes; she writes slowly and tires quickly.",
    ], start=4, fmt="B{n}")
    d.heading("Social, emotional and mental health", level=2)
    d.numbered([
        "Elodie has severe anxiety, which shows as freezing, hiding under tables, refusing to "
        "enter rooms and, at home, long meltdowns. Unexpected changes, loud noise and being "
        "asked to read aloud are the main triggers.",
        "She cannot yet tell adults when she is becoming anxious; staff usually notice only "
        "when she has shut down. She has missed 14% of sessions this year because of anxiety "
        "about coming into school.",
    ], start=7, fmt="B{n}")
    d.heading("Sensory and physical", level=2)
    d.numbered([
        "Elodie is very sensitive to sudden sounds (hand dryers, bells, singing) and to busy "
        "spaces such as the dining hall, where she eats very little. She seeks deep pressure "
        "and movement when she is unsettled.",
        "Her handwriting is slow and her pencil grip is tense, which adds to her reluctance to "
        "write.",
    ], start=9, fmt="B{n}")

    d.heading("Section C \u2014 Health Needs", section="C")
    d.para("Autism spectrum condition (Kirkbeck Child Development Centre, 2019). Generalised "
           "anxiety, for which Elodie was referred to Kirkbeck CAMHS in June 2025; she is "
           "awaiting an assessment. Mild asthma, managed with a reliever inhaler; exercise and "
           "cold air can trigger it. She has difficulty getting to sleep and takes melatonin at "
           "home, prescribed by her community paediatrician.")

    d.heading("Section D \u2014 Social Care Needs", section="D")
    d.para("Elodie is a disabled child under the Children Act 1989. A child and family "
           "assessment in September 2025 found that her evening meltdowns and disturbed sleep "
           "are placing great strain on the family, and that she cannot join ordinary "
           "after-school or holiday clubs without support.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below run to the end of Elodie's first year at secondary school unless "
           "a date is given. Each term her class teacher will break them into smaller steps "
           "and share these with her family.")
    d.numbered([
        "By July 2026, Elodie will explain what a speaker meant by a common figurative phrase in 4 out of 5 attempts during her therapy sessions.",
        "Elodie will develop her social skills.",
        "By the end of Year 6, Elodie will read a passage at Year 4 level and answer at least four of five literal and inference questions correctly.",
        "Elodie will stop hiding under the table when she is anxious.",
        "By the end of the autumn term 2026, Elodie will use her 1\u20135 worry scale to tell an adult when she is at 3 or above, on 8 out of 10 recorded occasions.",
        "By October 2026, Elodie will walk from the drop-off point at Harrowgate Lane Academy to her form room with her key adult on at least four mornings a week.",
        "Elodie will be happy at her new school.",
        "By July 2026, Elodie will stay in the dining hall for 15 minutes at lunchtime, wearing her ear defenders, on three days a week.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special Educational Provision", section="F")
    d.para("The local authority must secure the following special educational provision for "
           "Elodie for as long as this plan is maintained. Items (a) to (q) are to be made at "
           "Thornleigh Brook School until the end of the summer term 2026 and continued at "
           "Harrowgate Lane Academy from September 2026; items (r) to (u) relate to the move "
           "between the two schools.")
    d.para("To meet Elodie's communication and interaction needs set out at B1 to B3, and "
           "towards outcomes E1 and E2, the local authority will secure:", bold=True)
    n = _items(d, [
        "direct speech and language therapy on inference, figurative language and the unwritten rules of conversation, given to Elodie and one other pupil together for 40 minutes once a fortnight by an HCPC-registered speech and language therapist from the Kirkbeck Children's Therapy Partnership;",
        "a place in the school's social communication group once one becomes available;",
        "speech and language therapy advice to the class team, with the therapist visiting termly to update Elodie's communication targets;",
        "a visual timetable and a 'now and next' board on Elodie's desk, set out by her class teacher before 8:45 every morning and again straight after lunch, with any change to the day shown on the board and explained to her before it happens.",
    ], 0)
    d.para("To meet Elodie's cognition and learning needs set out at B4 to B6, and towards "
           "outcome E3, the local authority will secure:", bold=True)
    n = _items(d, [
        "maths teaching in a class of no more than eight pupils, taught by a qualified teacher with a teaching assistant in the room, in five 50-minute lessons each week, the first ten minutes of each lesson spent pre-teaching the words used in that week's problems;",
        "regular reading comprehension work in a small group, using an appropriate programme;",
        "Precision Teaching of high-frequency spellings, one to one, for 10 minutes every school day straight after morning break, delivered by a teaching assistant who has completed the Kirkbeck Educational Psychology Service's Precision Teaching training;",
        "1:1 support from a teaching assistant of up to 10 hours per week across English and topic lessons;",
        "Elodie should be given extra time to finish written tasks, and a scribe where the teacher considers this appropriate.",
    ], n)
    d.para("To meet Elodie's social, emotional and mental health needs set out at B7 and B8, "
           "and towards outcomes E4 and E5, the local authority will secure:", bold=True)
    n = _items(d, [
        "a five-minute arrival routine in the quiet room at 8:50 each school day, in which her key teaching assistant talks her through the day's timetable and she rates her worry on her 1\u20135 scale;",
        "twelve weekly 45-minute individual sessions of CBT-informed anxiety work using the 'Starving the Anxiety Gremlin' workbook, starting in the first week of the summer term 2026, delivered by the school's assistant psychologist with fortnightly supervision from an HCPC-registered clinical psychologist;",
        "emotional literacy sessions on naming feelings and planning for worries with the school's emotional literacy support assistant, weekly at first and reducing once Elodie seems more settled;",
        "access to a low-stimulus space when she becomes overwhelmed;",
        "mentoring with a member of the pastoral team to talk through friendships and worries about secondary school, with how often to be agreed with her parents once she has settled.",
    ], n)
    d.para("To meet Elodie's sensory and physical needs set out at B9 and B10, and towards "
           "outcome E8, the local authority will secure:", bold=True)
    n = _items(d, [
        "a 10-minute sensory circuit (trampet, wall push-ups, weighted-ball carry and a calming breathing station) at 9:05 and again at 13:15 every school day, led by a teaching assistant trained by the occupational therapist to run that circuit;",
        "an occupational therapy assessment of Elodie's sensory needs, with a sensory diet to follow if one is recommended;",
        "ear defenders and other sensory equipment as appropriate.",
    ], n)
    d.para("To prepare Elodie for the move to Harrowgate Lane Academy, and towards outcomes E5 "
           "to E7, the local authority will secure:", bold=True)
    n = _items(d, [
        "six accompanied visits to Harrowgate Lane Academy between 20 April and 10 July 2026, each lasting one hour, with her key teaching assistant from Thornleigh Brook, who has completed the Autism Education Trust's Tier 2 training;",
        "a transition book with photographs of the new school's entrance, form room, toilets, dining hall and key staff, made with Elodie by her class teacher in three 30-minute sessions in May 2026 and sent home before the summer holiday;",
        "transition support from the secondary school's SEN team during the autumn term as needed;",
        "further visits to the new school, which may be arranged if Elodie's anxiety increases, subject to the secondary school's capacity.",
    ], n)

    d.heading("Section G \u2014 Health Provision", section="G")
    d.bullets([
        "Salbutamol reliever inhaler kept in Elodie's classroom and taken with her on trips and to PE, given as required under her asthma plan by staff who have completed the school's asthma awareness training.",
        "Review by the community paediatrician at Kirkbeck Child Development Centre every six months, including her melatonin prescription.",
        "CAMHS assessment of Elodie's anxiety when she reaches the front of the waiting list.",
    ])

    d.heading("Section H1 \u2014 Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.bullets([
        "A support worker from the Kirkbeck Disabled Children's Team for 3 hours every other Saturday so that Elodie can attend the riding club at Hollin Farm.",
        "Short breaks during the school holidays.",
    ])
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.para("None identified.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Until 22 July 2026: Thornleigh Brook School, Kirkbeck (maintained special school for "
           "autistic pupils aged 4\u201311).")
    d.para("From 1 September 2026: Harrowgate Lane Academy, Kirkbeck (special academy for "
           "autistic pupils aged 11\u201319).")

    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("Elodie's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and Information", section="K")
    d.bullets([
        "Elodie's views, gathered by Mrs J. Ashworth, class teacher, 14 and 16 October 2025",
        "Parents' views, Kirsty and Dominic Marchbank, 20 October 2025",
        "Educational advice, Mr D. Kaczmarek, Headteacher, Thornleigh Brook School, 7 November 2025",
        "Educational psychology advice, Dr Lorna Fairclough, Educational Psychologist, 3 November 2025",
        "Medical advice, Dr S. Venkataraman, Community Paediatrician, 29 October 2025",
        "Speech and language therapy advice, Kirkbeck Children's Therapy Partnership, 31 October 2025",
        "Occupational therapy advice, Kirkbeck Children's Therapy Partnership",
        "Social care advice, Kirkbeck Disabled Children's Team, 12 November 2025",
        "Annual review report and transition notes, Thornleigh Brook School, 21 November 2025",
    ])
