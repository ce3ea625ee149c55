"""Valemount Borough Council - amended FINAL plan after the Year 6 annual review (phase
transfer). Year 6 boy with ADHD and social, emotional and mental health needs after two
fixed-term exclusions, in a mainstream voluntary aided primary school, moving to a
mainstream academy in September 2026. The sections are grouped under five Word Heading 1
group titles ('1. About Reuben', '2. Needs', '3. Outcomes', '4. Provision', '5. Placement,
budget and advice'); each section heading is a Word Heading 2 with an en dash ('Section F
\u2013 Special educational provision'). Cover details in a two-column details table. E is
a list numbered 'E1.' to 'E9.'. Section F is a weekly PROVISION MAP: one nine-column grid
(Ref | What will be provided | M | Tu | W | Th | F | Time and length | Staff and training)
with a tick in each weekday the provision runs and shaded merged banner rows for the areas
of need (some rows have no ticks at all), then a second, four-column table for transition
provision (Ref | What will be provided | When | Staff and training). G is bullets; H1 and H2
short paragraphs; K is a numbered list."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

TITLE = "Amended Education, Health and Care Plan - Reuben Ashworth-Lyle"

TICK = "\u2713"


def _banner(table, row_index, fill="E2EFD9"):
    """Merge a whole table row into one shaded banner cell (bold text)."""
    row = table.rows[row_index]
    first, last = row.cells[0], row.cells[-1]
    text = first.text
    merged = first.merge(last)
    merged.text = ""
    r = merged.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(9)
    tcpr = merged._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _days(spec):
    """'MTWHF' style string -> five cells with ticks."""
    return [TICK if c in spec else "" for c in "MTWHF"]


def build(d):
    d.simple_footer("Valemount Borough Council  \u2022  SEND Assessment and Review Team  \u2022  "
                    "Amended Final EHC Plan for Reuben Ashworth-Lyle")
    d.title("Valemount Borough Council", size=13, color="375623")
    d.title("Education, Health and Care Plan", size=22, color="375623")
    d.para("AMENDED FINAL PLAN \u2013 following the Year 6 annual review", bold=True, size=12)
    d.details_table([
        ("Child's name", "Reuben Ashworth-Lyle"),
        ("Known as", "Reuben"),
        ("Date of birth", "17 February 2015"),
        ("Year group (2025/26)", "Year 6"),
        ("NHS number", "999 318 6042"),
        ("Unique pupil number", "V999000518273"),
        ("Home address", "22 Kilnfield Road, Valemount, ZY4 8NP"),
        ("Parents", "Kerry Ashworth (mother) and Dean Lyle (father); Reuben lives with both "
                    "parents and his sister Maisie (aged 7)"),
        ("Contact", "01632 960731 (home); 07700 900582 (Kerry); kerry.ashworth@example.org"),
        ("Current school", "St Aldric's CE Primary School, Valemount"),
        ("School from September 2026", "Coldharbour Academy, Valemount"),
        ("Annual review meeting", "20 November 2025"),
        ("Amendment notice sent", "8 January 2026"),
        ("Date this amended plan was issued", "9 February 2026"),
        ("Next annual review by", "19 November 2026"),
        ("EHC co-ordinator", "Priya Venkataraman, SEND Assessment and Review Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFD9")

    # ------------------------------------------------------------------ Part 1
    d.heading("1. About Reuben", level=1)
    d.heading("Section A \u2013 Views, interests and aspirations", level=2, section="A")
    d.para("**What Reuben told us.** Reuben talked to Mrs Okafor, his ELSA, over two sessions "
           "in October 2025 and chose the bits he wanted written down. She wrote his words "
           "exactly as he said them:")
    d.para("\"I'm good at football and drawing cars and I know loads about space. I get in "
           "trouble because my body goes fast before my brain does. When people laugh at me I "
           "go red hot and then I hit out and after I feel really bad about it. I don't like "
           "it when it's loud at dinner and everyone is pushing. I like it when Miss Hale gives "
           "me jobs. I'm a bit scared of big school because it's massive and you have to know "
           "where all the rooms are. When I'm older I want to design cars or be a YouTuber "
           "who does science experiments.\"")
    d.para("**What Reuben's parents said.** Kerry and Dean describe Reuben as kind, funny and "
           "very loving with his sister. He will spend hours building things and can tell you "
           "everything about the planets. They were upset that he was excluded twice this "
           "year and feel that most incidents started at lunchtime when there was nobody he "
           "knew nearby. Their biggest worry is the move to Coldharbour Academy: they want "
           "him to have the same adult to go to every day, and for teachers to understand "
           "that he is not being rude when he calls out. They hope he will make one or two "
           "good friends and keep going with football.")
    d.para("**How to communicate with Reuben.** Keep instructions short and give them one at "
           "a time. Say his name before you speak to him. If he is angry, give him space and "
           "time; talk about what happened later, when he is calm.")

    # ------------------------------------------------------------------ Part 2
    d.heading("2. Needs", level=1)
    d.heading("Section B \u2013 Special educational needs", level=2, section="B")
    d.heading("Social, emotional and mental health", level=3)
    d.para("Reuben was diagnosed with ADHD (combined presentation) in March 2024. He acts "
           "before he thinks: he calls out, grabs equipment and pushes into queues. When he "
           "feels embarrassed or blamed his anger rises very quickly, and he has hit and "
           "kicked other children, almost always at lunchtime or in the cloakroom. This led "
           "to fixed-term exclusions of two days (June 2025) and three days (October 2025). "
           "He cannot yet notice the early signs that he is becoming angry, and once he is "
           "dysregulated it takes him 30 to 40 minutes to settle. He has low self-esteem, "
           "often calls himself \"stupid\" or \"the bad kid\", and has few settled "
           "friendships. He is anxious about moving to secondary school.")
    d.heading("Attention, sensory and physical", level=3)
    d.para("Reuben can concentrate on an adult-led task for about five minutes before he "
           "loses focus, and he seeks movement all the time (rocking on his chair, leaving "
           "his seat, fiddling with objects). He is calmer and more focused after vigorous "
           "physical activity. His handwriting is large and effortful, he presses very hard "
           "and his hand tires after a few lines.")
    d.heading("Cognition and learning", level=3)
    d.para("Reuben's reading is close to age-related expectations. His writing is working "
           "at about a Year 3 level: he finds it hard to plan, to hold a sentence in his head "
           "while he writes it and to spell common words, and he rarely writes more than "
           "five sentences. In maths he understands new ideas quickly but makes errors in "
           "multi-step problems because he forgets steps. Missed learning during the "
           "exclusions and time out of class has widened these gaps.")
    d.heading("Communication and interaction", level=3)
    d.para("Reuben's language is a strength. He finds it hard to wait his turn in "
           "conversation and games, interrupts, and misreads playful teasing as an attack, "
           "which leads to arguments with peers.")

    d.heading("Section C \u2013 Health needs", level=2, section="C")
    d.para("ADHD is managed by Dr L. Farquharson, community paediatrician. Reuben takes a "
           "long-acting methylphenidate capsule at home at 7:30 each morning; it wears off in "
           "the late afternoon, and his parents report that his appetite at lunchtime is "
           "poor. He has difficulty getting to sleep and takes melatonin prescribed by the "
           "paediatrician. He has mild asthma and uses a salbutamol inhaler when wheezy, "
           "mainly after exercise in cold weather.")

    d.heading("Section D \u2013 Social care needs", level=2, section="D")
    d.para("Reuben is not known to children's social care and has not been assessed as a "
           "disabled child. The family has an Early Help plan (opened October 2025) because "
           "mornings and bedtimes at home are very difficult and his parents have asked for "
           "help with routines and with understanding ADHD. During the school holidays "
           "Reuben has little to do outside the home and his parents both work.")

    # ------------------------------------------------------------------ Part 3
    d.heading("3. Outcomes", level=1)
    d.heading("Section E \u2013 Outcomes", level=2, section="E")
    d.para("The outcomes look ahead to the end of Year 7 unless another date is given. Each "
           "school will turn them into half-termly targets on Reuben's support plan and share "
           "these with him and his parents.")
    d.numbered([
        "By the end of the summer term 2026, when he becomes angry Reuben will use a strategy from his regulation toolkit and be back at his learning within 10 minutes, on at least 4 out of 5 occasions recorded by staff.",
        "Reuben will stop hitting other children at lunchtime.",
        "By December 2026, Reuben will get to each lesson at Coldharbour Academy on time using his printed timetable and map, on at least 9 school days out of 10.",
        "By July 2026, Reuben will plan and write a piece of at least 200 words in 30 minutes using a writing frame, with correct sentence punctuation in at least three quarters of his sentences.",
        "Reuben will be more focused in lessons.",
        "By July 2026, Reuben will spell at least 80 of the 100 Year 5 and 6 statutory words correctly in a dictated test.",
        "Reuben will receive ELSA sessions and mentoring.",
        "By the end of Year 7, Reuben will go to at least one lunchtime or after-school club every week and name two classmates he spends time with.",
        "Reuben will be happy and confident at secondary school.",
    ], fmt="E{n}.")

    # ------------------------------------------------------------------ Part 4
    d.heading("4. Provision", level=1)
    d.heading("Section F \u2013 Special educational provision", level=2, section="F")
    d.para("The provision map below sets out Reuben's weekly provision at St Aldric's CE "
           "Primary School for the rest of Year 6. A tick shows the days on which each item "
           "takes place. Provision for his transfer to Coldharbour Academy follows the map.",
           italic=True)
    rows = [
        ["Social, emotional and mental health"] + [""] * 8,
        ["F1", "Morning meet-and-greet: Reuben's named TA meets him at the side gate, goes through his visual timetable for the day and agrees two personal targets with him"]
        + _days("MTWHF") + ["8:40 to 8:50 (10 minutes)", "Named teaching assistant who has completed the Valemount ADHD Foundations course (one day)"],
        ["F2", "Check-ins with a trusted adult throughout the day when Reuben appears unsettled"]
        + _days("") + ["As and when", "Any available adult"],
        ["F3", "1:1 Zones of Regulation sessions teaching Reuben to name his zone, notice his body signals and choose a strategy from his toolkit; progress reviewed each half-term by the SENCO"]
        + _days("TH") + ["30 minutes, 13:15 to 13:45", "ELSA trained by the Valemount Educational Psychology Service, with half-termly supervision from the EP"],
        ["F4", "Sessions with the learning mentor to work on anger and self-esteem"]
        + _days("") + ["Once a week", "Learning mentor"],
        ["F5", "A place at Brick Club (Lego building in the library) instead of the playground at lunchtime, when places allow"]
        + _days("MWF") + ["12:15 to 12:50", "Midday supervisor"],
        ["F6", "Organised playground games for Reuben and a group of no more than six Year 5 and 6 pupils, led by the same adult each time, who stays with the group for the whole of the first half of lunch"]
        + _days("TH") + ["12:15 to 12:45", "Named midday supervisor who has completed the school's one-day de-escalation and positive handling course"],
        ["Attention, sensory and physical"] + [""] * 8,
        ["F7", "Movement breaks to let Reuben get up and move around"]
        + _days("") + ["Whenever the class teacher feels he needs one", "Class teacher to decide"],
        ["F8", "Sensory circuit before the first lesson: alerting, organising and calming activities (trampette, wall push-ups, balance beam, slow breathing) in the order set out by the occupational therapist"]
        + _days("MTWHF") + ["9:00 to 9:15", "Teaching assistant trained by the occupational therapist to run the circuit; training renewed each September"],
        ["F9", "Wobble cushion, fidget tools, etc. as appropriate"]
        + _days("") + ["\u2013", "School"],
        ["F10", "1:1 support in class during English and maths lessons"]
        + _days("MTWHF") + ["Up to 10 hours per week", "Teaching assistant"],
        ["Cognition and learning"] + [""] * 8,
        ["F11", "Precision Teaching of the Year 5 and 6 statutory spellings, 1:1, using a one-minute daily probe and a chart that Reuben keeps himself"]
        + _days("MWF") + ["10 minutes, 9:15 to 9:25", "HLTA who has completed Precision Teaching training with the Valemount Learning Support Service"],
        ["F12", "Every written task is given to Reuben on a task card broken into numbered steps of no more than three instructions each, with a sand timer for each step"]
        + _days("MTWHF") + ["Every English, maths and topic lesson", "Class teacher; cards prepared the day before by the class teaching assistant"],
        ["F13", "A writing intervention in a small group"]
        + _days("") + ["Weekly, staffing permitting", "Teaching assistant"],
        ["F14", "Reuben would benefit from pre-teaching of key vocabulary before each new topic"]
        + _days("") + ["Where possible", "Class teaching assistant"],
        ["F15", "Touch-typing lessons with the English Type Junior course on the SEN room computer, so that Reuben can produce longer pieces of writing"]
        + _days("TH") + ["20 minutes, 14:40 to 15:00", "Teaching assistant who has completed the English Type tutor induction; progress checked half-termly by the SENCO"],
        ["F16", "Access to a laptop for extended writing"]
        + _days("") + ["When available", ""],
        ["Communication and interaction"] + [""] * 8,
        ["F17", "A friendship and turn-taking group with other Year 6 pupils"]
        + _days("W") + ["Length of block to be confirmed", "Pastoral team"],
    ]
    t = d.table(["Ref", "What will be provided", "M", "Tu", "W", "Th", "F",
                 "Time and length", "Staff and training"], rows,
                widths_cm=[1.0, 5.6, 0.75, 0.75, 0.75, 0.75, 0.75, 2.55, 3.7], font_size=8.5)
    for i, row in enumerate(rows, start=1):
        if row[0] in ("Social, emotional and mental health", "Attention, sensory and physical",
                      "Cognition and learning", "Communication and interaction"):
            _banner(t, i)

    d.heading("Provision for the move to Coldharbour Academy", level=3)
    d.table(["Ref", "What will be provided", "When", "Staff and training"], [
        ["F18", "Three extra transition visits with his TA: one to walk the site when it is quiet, one to meet his Year 7 key worker and the SENCO, and one to join a Year 7 science lesson. His TA will make a photo book of the school with Reuben to take home for the summer holidays.",
         "Three 60-minute visits between 1 June and 17 July 2026",
         "Reuben's named TA from St Aldric's and the Coldharbour Academy SENCO"],
        ["F19", "Educational psychologist to advise Coldharbour Academy staff on strategies for Reuben once he has started",
         "Once, in the autumn term 2026", "Valemount Educational Psychology Service"],
        ["F20", "Mentoring sessions at Coldharbour Academy, reducing once Reuben has settled",
         "Weekly in the autumn term 2026", "Learning mentor"],
    ], widths_cm=[1.0, 8.4, 3.4, 3.8], font_size=9)

    d.heading("Section G \u2013 Health provision", level=2, section="G")
    d.bullets([
        "Review of Reuben's ADHD medication, height, weight and blood pressure by the community paediatrician every six months, with a letter to his parents and school after each review.",
        "Reuben's salbutamol inhaler is kept in his classroom and given as required under his individual asthma care plan, by staff trained by the school nurse.",
        "CAMHS support for low mood and anger if the referral made in December 2025 is accepted.",
        "ADHD awareness training for staff at Coldharbour Academy from the school nursing team when capacity allows.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2, section="H1")
    d.para("None. Reuben has not been assessed as needing provision under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970.")
    d.heading("Section H2 \u2013 Other social care provision", level=2, section="H2")
    d.para("A family support worker from the Valemount Early Help Service will visit the "
           "family at home for one hour every fortnight until 31 July 2026 to help set up "
           "morning and bedtime routines.")
    d.para("Reuben will have access to holiday activity schemes where places are available.")

    # ------------------------------------------------------------------ Part 5
    d.heading("5. Placement, budget and advice", level=1)
    d.heading("Section I \u2013 Placement", level=2, section="I")
    d.para("Until 22 July 2026: St Aldric's CE Primary School, Valemount (mainstream voluntary "
           "aided primary school).")
    d.para("From 2 September 2026: Coldharbour Academy, Valemount (mainstream academy, 11 to 16), "
           "named after consultation and in line with the parents' preference.")

    d.heading("Section J \u2013 Personal budget", level=2, section="J")
    d.para("Reuben's parents have not asked for a personal budget.")

    d.heading("Section K \u2013 Advice and information", level=2, section="K")
    d.numbered([
        "Views of Reuben, recorded by Mrs A. Okafor (ELSA), 14 and 16 October 2025",
        "Parents' views \u2013 Kerry Ashworth and Dean Lyle, 3 November 2025",
        "Annual review report \u2013 Mr J. Penhaligon, SENCO, St Aldric's CE Primary School, 27 November 2025",
        "Educational psychology advice \u2013 Dr S. Marchetti, Educational Psychologist, 12 November 2025",
        "Medical advice \u2013 Dr L. Farquharson, Community Paediatrician, 30 October 2025",
        "Occupational therapy advice \u2013 Valemount Children's Therapies",
        "Early Help assessment \u2013 Valemount Early Help Service, 22 October 2025",
    ])
