"""Harrowdene County Council - Year 6 pupil with ADHD and a developmental language disorder
at a mainstream Church of England primary school, transferring to secondary in September
2026. Cover details in a two-column details table; plain footer. Word Heading 1 headings in
title case with a colon ('Section F: Special Educational Provision'). E is a list numbered
E1-E7. F is grouped by area of need: a bold coloured numbered area line, an italic
'Outcomes this supports:' line, then a two-column table with no header row in which the left
cell holds the item reference and a short bold title ('F1' / 'Speech and language therapy')
and the right cell holds the provision written as prose. Section I names the primary school
and, from September 2026, the secondary academy. FINAL plan (amended at the Year 5 annual
review for phase transfer)."""

TITLE = "Education, Health and Care Plan - Reuben Ashdown"

AREA_COLOUR = "5B2C6F"


def _area(d, heading, outcomes, rows):
    d.bold_line(heading, size=12, color=AREA_COLOUR)
    d.para("Outcomes this supports: " + outcomes, italic=True)
    d.table(None, [[f"**{ref}**\n{title}", text] for ref, title, text in rows],
            widths_cm=[3.4, 13.2], font_size=10)


def build(d):
    d.simple_footer("Harrowdene County Council  \u00b7  EHC Plan for Reuben Ashdown  \u00b7  "
                    "FINAL  \u00b7  Issued 9 February 2026")
    d.title("Harrowdene County Council", size=13, color=AREA_COLOUR)
    d.title("Education, Health and Care Plan", size=22, color=AREA_COLOUR)
    d.para("FINAL PLAN \u2013 amended following the Year 5 annual review (phase transfer)",
           bold=True)
    d.details_table([
        ("Child's name", "Reuben Ashdown"),
        ("Date of birth", "14/11/2014"),
        ("Year group", "Year 6"),
        ("NHS number", "999 238 6614"),
        ("UPN", "K999204716350"),
        ("Home address", "27 Wheelwright Lane, Brisco, ZY4 8DN"),
        ("Parents", "Kerry Ashdown and Dominic Ashdown"),
        ("Contact", "01632 960718 (home), 07700 900382 (Kerry), kerry.ashdown@example.org"),
        ("Current school", "Brisco Church of England Primary School"),
        ("Annual review meeting held", "2 December 2025"),
        ("Date this plan was issued", "9 February 2026"),
        ("Next review due by", "8 February 2027"),
        ("EHC co-ordinator", "Priya Venkataraman, Harrowdene SEND Casework Team"),
    ])

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("Reuben's views", level=2)
    d.para("Reuben shared his views with his class teacher, Mr Okonjo, in November 2025, "
           "using a talking mat with picture cards. Mr Okonjo wrote down his words.")
    d.para("\"I'm good at football and Minecraft and drawing dragons. I like PE and art and "
           "Forest School. I don't like writing because my hand hurts and I forget what I was "
           "going to put. When the teacher talks for a long time my brain goes somewhere else. "
           "I get told off for shouting out but I don't mean it. I'm a bit scared about big "
           "school because it's massive and you have to find the rooms. When I grow up I want "
           "to be a game designer or a football coach.\"")
    d.heading("Reuben's parents' views", level=2)
    d.para("Kerry and Dominic describe Reuben as kind, funny and full of energy, and a brilliant "
           "big brother to his sister Maisie. They feel that his speech and language therapy "
           "in Year 5 made a real difference and want it to carry on. Their biggest worry is "
           "the move to Fellside Academy: they are concerned that Reuben will get lost, "
           "misunderstand what teachers say and end up in trouble. They would like him to "
           "have friends he can rely on and to feel proud of his work.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben has a developmental language disorder, diagnosed by the Harrowdene "
           "Children's Speech and Language Therapy Service in 2022. His understanding of "
           "spoken language is at about the level expected of a seven-year-old (CELF-5 "
           "receptive language standard score 74, June 2025). He misunderstands instructions "
           "that contain time concepts such as 'before', 'after' and 'unless', and he often "
           "carries out the last part of an instruction only. He has a limited vocabulary for "
           "subject topics. When he talks about something that has happened, he leaves out "
           "key information and tells events out of order, so listeners lose track and "
           "disagreements with other children escalate because he cannot explain his side.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben decodes accurately, but his reading comprehension is about two years "
           "behind his age: he cannot yet answer questions that need him to infer or to "
           "link information across a paragraph. In maths he understands concepts when they "
           "are shown practically, but loses track of word problems and multi-step "
           "questions. He finds it very hard to plan written work; his pieces are short and "
           "he often stops after one or two sentences.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben has attention deficit hyperactivity disorder (combined presentation), "
           "diagnosed by the community paediatrician in March 2024. He finds it hard to stay "
           "seated and focused for more than about ten minutes, calls out, and fidgets with "
           "equipment. When he is corrected in front of others, or when he has misunderstood "
           "what was asked, he can become angry very quickly and has walked out of class "
           "eight times this school year. He does not yet recognise the early signs that he "
           "is becoming overwhelmed. Lunchtimes are difficult: games break down and he is "
           "often involved in arguments.")
    d.heading("Sensory and physical", level=2)
    d.para("Reuben's handwriting is slow, effortful and hard to read, and he complains that "
           "his hand aches after a few lines. He seeks movement and finds it very hard to sit "
           "still on the carpet or at his desk for long periods.")
    d.heading("Moving to secondary school", level=2)
    d.para("Reuben finds change hard and becomes anxious when routines are different. He "
           "has not yet learned to read a timetable or to find his way around an unfamiliar "
           "building.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Reuben has ADHD and takes slow-release methylphenidate each morning at home. He "
           "is under the care of the community paediatrician and the ADHD nurse specialist "
           "at Harrowdene Children's Centre. He also has mild asthma, for which he has a "
           "salbutamol inhaler. His developmental language disorder was diagnosed by the NHS "
           "speech and language therapy service.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("No social care needs relating to Reuben's special educational needs or disability "
           "were identified. The family were offered a social care assessment in October "
           "2025 and did not feel one was needed at present.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below look ahead to the end of Reuben's first year at secondary "
           "school (July 2027) unless another date is given. Brisco CE Primary School, and "
           "then Fellside Academy, will set half-termly steps towards them and share these "
           "with Reuben and his parents.")
    d.numbered([
        "By the end of Year 7 (July 2027), Reuben will follow a spoken classroom instruction containing 'before' or 'after' correctly on 8 out of 10 occasions, without needing it repeated.",
        "By July 2026, Reuben will retell a story or something that has happened to him in the right order, using at least four linked sentences, as measured by his speech and language therapist.",
        "Reuben will improve his reading comprehension.",
        "By the end of Year 6, Reuben will type a 150-word piece of writing in 20 minutes using a planning frame.",
        "Reuben will stop shouting out and leaving his seat in lessons.",
        "By March 2027, Reuben will name how he is feeling using his Zones of Regulation chart and choose a calming tool without an adult prompting him, on four out of five occasions when he is upset.",
        "Reuben will be supported by staff to make a successful move to secondary school.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below is to be made in term time for the life of this plan. Items "
           "F1 to F17 apply at Brisco CE Primary School and will continue at Fellside Academy "
           "from September 2026; items F18 to F20 relate to the move to secondary school.")

    _area(d, "1.  Communication and interaction", "E1, E2", [
        ("F1", "Speech and language therapy",
         "Reuben will have direct 1:1 speech and language therapy from an HCPC-registered "
         "speech and language therapist, working on his understanding of sentences containing "
         "'before', 'after' and 'unless' and on retelling events in order. Each session lasts "
         "40 minutes and takes place every week of the school term in the Rainbow Room; the "
         "therapist will review his targets each half-term and send a short written summary "
         "to his parents and class teacher."),
        ("F2", "Language practice",
         "A teaching assistant who has completed the ELKLAN Language Builders (5\u201311) "
         "course will go over the targets from that week's therapy session with Reuben, using "
         "the therapist's session plan, for 15 minutes at 1:15pm on Mondays, Wednesdays and "
         "Fridays."),
        ("F3", "Topic vocabulary",
         "Key words for new science and geography topics will be pre-taught to Reuben before "
         "each unit starts, where possible."),
        ("F4", "Colourful Semantics",
         "Colourful Semantics sessions in a group of four pupils, for up to 30 minutes twice "
         "a week, led by the class TA."),
        ("F5", "Therapist visits",
         "The speech and language therapist will visit once a term to look at how Reuben is "
         "getting on and give his teacher ideas for the classroom."),
    ])

    _area(d, "2.  Cognition and learning", "E3, E4", [
        ("F6", "Reading comprehension",
         "Reuben will be taught using the Reciprocal Reading approach in a group of no more "
         "than five pupils, for 30 minutes every Tuesday and Thursday morning, by an HLTA who "
         "has been trained in Reciprocal Reading."),
        ("F7", "Maths lessons",
         "Additional adult support in maths lessons to keep Reuben on task and to reword "
         "questions for him."),
        ("F8", "Writing frames",
         "At the start of every extended writing task, Reuben's class teacher will give him a "
         "printed planning frame with sentence starters and a word bank for that piece, and "
         "will check within the first five minutes that he has written his opening sentence."),
        ("F9", "Reading practice",
         "Reuben will read aloud to an adult in school for extra practice as and when "
         "staffing allows."),
        ("F10", "Touch-typing",
         "Reuben will work through the Nessy Fingers touch-typing course on a school laptop "
         "for 15 minutes at 8:50am, Monday to Thursday, with a teaching assistant who has "
         "been trained by the SENCO to set up and monitor the course."),
    ])

    _area(d, "3.  Social, emotional and mental health (attention and regulation)", "E5, E6", [
        ("F11", "Movement breaks",
         "Two five-minute movement breaks every school day, at 10:15 and 11:40, when Reuben "
         "carries out one of the jobs he has chosen from his jobs card (taking the register "
         "to the office, watering the planters or setting out the PE mats), overseen by the "
         "class TA."),
        ("F12", "Zones of Regulation",
         "An individual Zones of Regulation session every Wednesday afternoon for 30 minutes "
         "with the school's Emotional Literacy Support Assistant, who was trained by the "
         "Harrowdene Educational Psychology Service and has supervision from an educational "
         "psychologist each half-term. The sessions will teach Reuben to name his zone and to "
         "pick a calming tool from his own toolkit."),
        ("F13", "Morning check-in",
         "A 10-minute check-in with the learning mentor each morning at 8:45 to go through "
         "the day's timetable, to be phased out after Easter if Reuben is settled."),
        ("F14", "Emotional well-being",
         "Reuben will take part in a programme to help him manage his emotions, run "
         "regularly by the pastoral team."),
        ("F15", "Lunchtimes",
         "Reuben can access the lunchtime Lego club if he wishes."),
        ("F16", "Behaviour",
         "Staff will follow the strategies set out in Reuben's behaviour support plan and in "
         "the ADHD nurse specialist's letter of 3 November 2025."),
        ("F17", "Sensory equipment",
         "Sensory equipment, for example a wobble cushion, fidget toys or a weighted lap pad, "
         "to be provided as needed."),
    ])

    _area(d, "4.  Moving to secondary school", "E7", [
        ("F18", "Transition visits",
         "Six extra one-hour visits to Fellside Academy on Thursday afternoons in the summer "
         "term 2026, starting on 30 April, with the ELSA named in F12 accompanying him; the "
         "timetable of visits will be agreed in writing with Fellside's SENCO by 31 March "
         "2026."),
        ("F19", "Transition programme",
         "A transition programme to be agreed between the two schools in the summer term."),
        ("F20", "Social communication group",
         "A small social communication group with other Year 6 pupils, once a week for 45 "
         "minutes, subject to review at the end of the spring term."),
    ])

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Reuben takes slow-release methylphenidate at home before school; no dose is given in school. The ADHD nurse specialist reviews his dose, height and weight every six months at Harrowdene Children's Centre.",
        "A salbutamol inhaler, labelled with Reuben's name, is kept in his classroom and given as required under his asthma care plan by staff who have completed the school's asthma awareness training.",
        "A review of Reuben's ADHD by the community paediatrician when the next clinic appointment becomes available.",
    ])

    d.heading("Section H1: Social Care Provision (Section 2 of the Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("No provision is needed under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("None required at present.")

    d.heading("Section I: Placement", section="I")
    d.para("Until the end of the summer term 2026: Brisco Church of England Primary School "
           "(voluntary aided mainstream primary school).")
    d.para("From 2 September 2026: Fellside Academy, Brisco (mainstream secondary academy, "
           "11\u201316), as requested by Reuben's parents.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Reuben's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Parental advice \u2013 Kerry and Dominic Ashdown, 18 November 2025",
        "Reuben's views \u2013 gathered by Mr T. Okonjo, class teacher, 20 November 2025",
        "Educational advice \u2013 Mrs J. Pemberton-Lisle, SENCO, Brisco CE Primary School, 24 November 2025",
        "Psychological advice \u2013 Dr Alun Griffiths, Educational Psychologist, 11 November 2025",
        "Speech and language therapy advice \u2013 Ms H. Castellano, Speech and Language Therapist, 6 November 2025",
        "Medical advice \u2013 Dr M. Ferreira, Community Paediatrician, 29 October 2025",
        "ADHD nurse specialist letter \u2013 Ms D. Achebe, 3 November 2025",
        "Social care advice \u2013 Harrowdene Children's Services, 14 October 2025",
        "Annual review report \u2013 Brisco CE Primary School",
    ])
