"""Wrayton County Council - Year 4 pupil (ADHD, dyslexia and anxiety) at a mainstream
primary school with a part-time place in its nurture group. Word Heading 1 headings
'Section A: Views, Interests and Aspirations' (letter, colon, title case); bold-label cover
lines with NHS number and UPN; simple footer. E is a list numbered E1-E8. Section F is a
costed provision map: three area tables under numbered Heading 2 sub-headings, each with
the columns Provision | Staffing and training | Frequency and length | Hours a year |
Cost (GBP a year), then a funding note (not an item). Some cells are dashes or 'TBC'.
H1 and H2 are separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ellis Marchbank"

_HEAD = ["Provision", "Staffing and training", "Frequency and length", "Hours a year",
         "Cost (\u00a3 a year)"]
_W = [5.3, 4.1, 3.6, 1.5, 1.9]


def build(d):
    d.simple_footer("Wrayton County Council SEND Service  \u2022  Final EHC Plan  \u2022  "
                    "Ellis Marchbank  \u2022  OFFICIAL-SENSITIVE")
    d.title("Wrayton County Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("FINAL PLAN", bold=True, size=12)
    d.label_para("Child's name: ", "Ellis Marchbank")
    d.label_para("Date of birth: ", "14/03/2017")
    d.label_para("NHS number: ", "999 613 2748")
    d.label_para("Unique pupil number: ", "K999200617443")
    d.label_para("Home address: ", "27 Heron Walk, Wrayton, XJ4 6TP")
    d.label_para("Parents: ", "Kirsty Marchbank (mother) and Dean Pryor (father), who live together with Ellis and his sister Maisie")
    d.label_para("Contact: ", "01632 960318 (home), 07700 900742 (Kirsty), kirsty.marchbank@example.org")
    d.label_para("School and year group: ", "Quernmore Lane Primary School, Year 4")
    d.label_para("Date this plan was finalised: ", "26 January 2026")
    d.label_para("Annual review to be held by: ", "25 January 2027")
    d.label_para("SEND officer: ", "Priya Gallacher-Stone, Wrayton SEND Service")

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("About me \u2013 in Ellis's words", level=2)
    d.para("Ellis talked to his class teacher, Mrs Okonedo, and drew pictures for this part in "
           "November 2025. She wrote down what he said.")
    d.para("\"I'm Ellis and I'm eight. I like Lego Technic, dinosaurs and my BMX. I'm really "
           "fast on it. I like The Nest because it's calm and we make toast. I don't like "
           "reading out loud because the words jump and people laugh. My tummy hurts on "
           "Monday mornings. I want to be a palaeontologist and dig up a T. rex. I'd like a "
           "teacher to tell me before things change, like when there's a supply.\"")
    d.heading("What Ellis's parents say", level=2)
    d.para("Kirsty and Dean describe Ellis as kind, funny and full of ideas, and brilliant at "
           "building things. They say he remembers every fact he has ever heard about "
           "dinosaurs but cannot remember his spellings from one day to the next. Mornings are "
           "hard: he often cries at the gate and says he feels sick. They are worried that he "
           "thinks he is \"stupid\" and that he has started to refuse to read at home. They "
           "want him to be able to read well enough to enjoy books, to feel safe in school and "
           "to keep his friendships.")
    d.heading("Ellis's hopes for the future", level=2)
    d.para("To work in a museum or on fossil digs; to go to secondary school with his friend "
           "Tobias; to ride in a BMX competition.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Ellis has dyslexia, identified by the Wrayton Learning Support Service in June 2025. "
           "At 8 years 8 months his reading age on the York Assessment of Reading for "
           "Comprehension was 6 years 5 months and his spelling age 6 years 1 month. He has "
           "weak phonological processing: he cannot reliably blend words of more than two "
           "syllables, and he confuses vowel digraphs. His verbal reasoning is in the high "
           "average range, so there is a large gap between what he understands and what he "
           "can read and write. He has difficulty holding more than two pieces of information "
           "in working memory, which affects mental maths and following instructions. He has "
           "not yet learnt his times tables beyond 2, 5 and 10.")
    d.heading("Attention and organisation", level=2)
    d.para("Ellis was diagnosed with attention deficit hyperactivity disorder (combined "
           "presentation) by the community paediatrician in May 2024. In lessons he finds it "
           "very hard to start a task, to stay with it for more than about four minutes "
           "without an adult, and to sit still on the carpet. He loses equipment and forgets "
           "instructions. He is most settled in the mornings and much less focused after "
           "lunch, once his medication has worn off.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ellis has significant anxiety, linked closely to reading and to changes in "
           "routine. He has stomach aches most Monday mornings, becomes tearful at the "
           "classroom door, and has left the classroom without permission eleven times this "
           "term, usually when asked to read aloud or when there is a supply teacher. He has "
           "a low opinion of himself as a learner. At lunchtime he struggles with the noise "
           "and the rules of playground games, and arguments with peers often follow. His "
           "Boxall Profile (October 2025) shows low scores in \"accommodates to others\" and "
           "\"connects up experiences\".")
    d.heading("Physical and sensory", level=2)
    d.para("Ellis's handwriting is slow, large and poorly formed, and he tires quickly when "
           "writing by hand. He produces far less written work than his ideas would suggest.")

    d.heading("Section C: Health Needs", section="C")
    d.para("ADHD, diagnosed May 2024; Ellis takes methylphenidate at breakfast and a second "
           "smaller dose at lunchtime, prescribed by the Wrayton community paediatric "
           "service. He has mild asthma and carries a salbutamol inhaler. His GP has "
           "referred him to CAMHS for his anxiety (referral accepted September 2025; he is "
           "on the waiting list).")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Ellis is not known to children's social care. Because of his ADHD he needs closer "
           "supervision than other eight-year-olds in clubs and activities, and he was asked "
           "to leave a holiday club in summer 2025. His parents would like him to be able to "
           "join a local activity at weekends. The family would also like advice about "
           "managing his behaviour at home.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below are for the end of Key Stage 2 unless another date is given. "
           "Quernmore Lane will set short-term targets towards them each term and share them "
           "with Ellis and his parents at the termly review meetings.")
    d.numbered([
        "By the end of Year 5, Ellis will read an unfamiliar book at his level aloud to an adult with at least 95% accuracy and at 80 words per minute.",
        "By July 2027, Ellis will spell 80% of the Year 3 and 4 statutory words correctly in a dictated sentence check.",
        "Ellis will concentrate better in lessons.",
        "By the end of Year 4, Ellis will start an independent task within two minutes of being given it, using his task strip, in four out of five lessons.",
        "Ellis will attend The Nest three afternoons a week.",
        "By Easter 2027, Ellis will tell an adult which worry he is feeling and choose one of his calming strategies without being prompted, on at least four out of five occasions.",
        "Ellis will stop running out of class.",
        "By the end of Key Stage 2, Ellis will touch-type at 15 words per minute with at least 90% accuracy.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Ellis's provision is set out below as the school's costed provision map. It is "
           "provided in term time (38 weeks a year) for the life of this plan unless the "
           "entry says otherwise. Hours and costs are per year.")

    d.heading("F1. Reading, spelling and number", level=2)
    d.table(_HEAD, [
        ["Structured, cumulative phonics and spelling teaching with the Units of Sound programme, 1:1. The teacher checks progress at the end of each half-term with the Units of Sound placement check and sends the result home.",
         "Specialist dyslexia teacher holding AMBDA, Wrayton Learning Support Service",
         "Three 30-minute sessions a week (Monday, Wednesday, Friday, 9:10)", "57", "2,964"],
        ["Precision teaching of high-frequency words",
         "Teaching assistant",
         "Daily, for a few minutes", "\u2013", "Within school offer"],
        ["Access to a reading pen and coloured overlays",
         "Class teacher",
         "When needed", "n/a", "95 (one-off)"],
        ["Additional literacy support in a small group",
         "Support staff",
         "Regularly", "\u2013", "1,200"],
        ["Pre-teaching of the key words and spellings for each new science and topic unit, with a personal word mat that stays on Ellis's desk",
         "HLTA (HLTA status) from Ellis's year group team",
         "15 minutes on the morning of every science and topic lesson (three lessons a week)", "28.5", "627"],
        ["Numeracy catch-up with Numicon, focusing on place value and the 3, 4 and 8 times tables",
         "Teaching assistant trained in Numicon by the school's maths lead",
         "A maximum of two 20-minute sessions a week", "Up to 25", "Up to 450"],
        ["Homework and spelling lists adapted in line with the recommendations in the educational psychology report (Appendix K4)",
         "Class teacher",
         "Weekly", "\u2013", "\u2013"],
    ], widths_cm=_W, font_size=9, header_fill="D5E8D4")

    d.heading("F2. Attention, focus and recording", level=2)
    d.table(_HEAD, [
        ["A 5-minute movement break, following Ellis's picture card (wall push-ups, a lap of the hall, taking the register tray to the office)",
         "Class teacher or class TA",
         "At 10:15, 11:30 and 14:00 every school day", "\u2013", "No additional cost"],
        ["For the first 10 minutes of every English and maths lesson, an adult sits with Ellis, breaks the task into no more than three numbered steps on his task strip and sets his visual timer",
         "Class teaching assistant who has completed Wrayton's one-day \"ADHD in the Classroom\" course",
         "10 minutes in each of ten lessons a week", "63", "1,140"],
        ["Strategies to help Ellis stay on task, e.g. fiddle toys, a wobble cushion, seating near the front",
         "All staff",
         "Throughout the day", "\u2013", "150"],
        ["Adult support in the afternoons to keep Ellis focused",
         "Teaching assistant",
         "Flexibly, in line with the school's deployment of support staff", "\u2013", "3,800"],
        ["Touch-typing lessons with Nessy Fingers on a school laptop kept in Ellis's classroom",
         "Teaching assistant trained in Nessy Fingers by the Learning Support Service specialist teacher",
         "15 minutes every school day, 8:45 to 9:00", "47.5", "855 (includes licence)"],
    ], widths_cm=_W, font_size=9, header_fill="D5E8D4")

    d.heading("F3. Feeling safe, managing worry and nurture", level=2)
    d.table(_HEAD, [
        ["A part-time place in The Nest, the school's nurture group run on Boxall principles, in a group of no more than eight pupils",
         "Nurture teacher and nurture TA, both holding the Nurture UK certificate in the Theory and Practice of Nurture Groups",
         "Three afternoons a week (Monday, Tuesday and Thursday, 13:15 to 15:10)", "218.5", "4,150 (share of nurture staffing)"],
        ["Individual nurture sessions on the Boxall strands where Ellis scored lowest",
         "Nurture teacher",
         "To be decided after the Boxall Profile is repeated in the spring term", "TBC", "TBC"],
        ["Emotional literacy sessions from the ELSA programme, on noticing worry in his body and using his three calming strategies (square breathing, his calm box, his time-out card)",
         "ELSA trained by the Wrayton Educational Psychology Service, with half-termly group supervision from an EP",
         "One 30-minute 1:1 session every Wednesday", "19", "380"],
        ["Meet-and-greet at the classroom door: Ellis and his class TA look through his visual timetable and any changes to the day (supply teacher, assembly, visitors)",
         "Class TA",
         "5 minutes at 8:40 every morning", "16", "No additional cost"],
        ["Ellis would benefit from a worry box and time to talk about his worries",
         "Class teacher",
         "", "\u2013", "\u2013"],
        ["The library corner will be available to Ellis as a calm space when his anxiety rises",
         "",
         "As and when", "\u2013", "\u2013"],
        ["1:1 support at lunchtime so that Ellis can join in playground games, reducing as his confidence grows",
         "Midday supervisor",
         "12:15 to 12:45 every school day", "95", "1,520"],
        ["Educational psychologist involvement",
         "Educational psychologist",
         "Termly, subject to the school's traded hours", "\u2013", "Traded service"],
    ], widths_cm=_W, font_size=9, header_fill="D5E8D4")
    d.para("Funding: Quernmore Lane meets the first \u00a36,000 of these costs from its notional "
           "SEN budget and Wrayton County Council pays the remainder as top-up funding. How "
           "the provision is funded does not reduce or limit any of the provision listed "
           "above.", italic=True)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by the community paediatrician at the Wrayton ADHD clinic every six months, including Ellis's methylphenidate dose, height, weight and blood pressure.",
        "Ellis's lunchtime dose of methylphenidate given at 12:10 each school day by the school business manager, who has completed the county's medicines administration training, under his individual health care plan.",
        "Salbutamol inhaler kept in the classroom medical bag and used as required, following his asthma plan.",
        "Assessment by CAMHS for anxiety once Ellis reaches the top of the waiting list.",
    ])

    d.heading("Section H1: Social Care Provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("A place at the Wrayton Inclusive Sports Club on Saturday mornings (9:30 to 12:00, "
           "term time), with a support worker at a ratio of one adult to three children, "
           "funded through the Wrayton short breaks local offer.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Family support from the Early Help team if needed.")

    d.heading("Section I: Placement", section="I")
    d.para("Quernmore Lane Primary School, Wrayton (mainstream maintained primary school), "
           "including a part-time place in its nurture group, The Nest.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("No personal budget has been requested for this plan.")

    d.heading("Section K: Advice and Information", section="K")
    d.numbered([
        "Parents' views \u2013 Kirsty Marchbank and Dean Pryor, 3 November 2025",
        "Ellis's views \u2013 gathered by Mrs A. Okonedo, class teacher, 7 November 2025",
        "Educational advice \u2013 Mr R. Fairbairn, SENCO, Quernmore Lane Primary School, 10 November 2025",
        "Educational psychology advice \u2013 Dr Yasmin Threlfall, Educational Psychologist, 17 November 2025",
        "Specialist teacher advice (dyslexia) \u2013 Wrayton Learning Support Service, 12 November 2025",
        "Medical advice \u2013 Dr C. Ivanova, Community Paediatrician, 14 November 2025",
        "Social care advice \u2013 Wrayton Children's Services",
    ], fmt="K{n}")
