"""Ullswater Vale Council - early years plan for a four-year-old with bilateral spastic
cerebral palsy and cerebral visual impairment, at a maintained nursery school and moving to
a mainstream primary school's Reception class in September 2026. Section headings are bold
coloured Normal text (no heading styles) in the form 'Section F \u2014 The special
educational provision Maisie needs'. Cover details in a two-column shaded table. E is
numbered E1-E8. Section F is ONE four-column table (Ref | Provision | Delivery | Outcome)
with a repeated header row; shaded banner rows, merged across all four columns, group the
rows by area; the Delivery cell holds line-broken labelled lines ('Who:' / 'Training:' /
'How often:' / 'How long:'), some of them '\u2014' or left vague. Section I names the
nursery school until August 2026 and the primary school from September 2026, with types.
FINAL plan, issued before the 15 February phase-transfer deadline."""

from docx.shared import Pt

TITLE = "Education, Health and Care Plan - Maisie Garbutt"

BANNER_FILL = "E2EFD9"
HEAD_COLOUR = "385623"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=14, color=HEAD_COLOUR)


def _sub(d, text):
    d.bold_line(text, size=11.5)


def _f_table(d, groups):
    """groups: [(banner, [[ref, provision, delivery, outcome], ...]), ...]"""
    rows, banner_idx = [], []
    for banner, items in groups:
        banner_idx.append(len(rows) + 1)  # +1 for the header row
        rows.append([banner, "", "", ""])
        rows.extend(items)
    t = d.table(["Ref", "Provision", "Delivery (who, training, how often, how long)", "Outcome"],
                rows, widths_cm=[1.1, 7.2, 6.3, 2.0], font_size=9.5)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for i in banner_idx:
        row = t.rows[i]
        merged = row.cells[0].merge(row.cells[3])
        for extra in merged.paragraphs[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        for p in merged.paragraphs:
            for r in p.runs:
                r.bold = True
                r.font.size = Pt(10)
        tcpr = merged._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), BANNER_FILL)
        tcpr.append(shd)
    return t


def build(d):
    d.doc.styles["Normal"].font.size = Pt(10.5)
    d.simple_footer("Ullswater Vale Council  \u2022  FINAL Education, Health and Care Plan  "
                    "\u2022  Maisie Garbutt  \u2022  Issued 6 February 2026")
    d.title("Ullswater Vale Council", size=13, color=HEAD_COLOUR)
    d.title("Education, Health and Care Plan", size=21, color=HEAD_COLOUR)
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Maisie Garbutt"),
        ("Date of birth", "09/10/2021"),
        ("NHS number", "999 318 6624"),
        ("UPN", "H999026175023"),
        ("Home address", "4 Tarn Close, Pooley Cross, ZY4 8NB"),
        ("Parents", "Hannah Garbutt and Daniel Garbutt"),
        ("Contact", "01632 960731 (home); 07700 900582 (Hannah); hannah.garbutt@example.org"),
        ("Current setting", "Brantholme Nursery School (nursery class, five mornings a week)"),
        ("Year group", "Nursery (Reception from September 2026)"),
        ("Date of this final plan", "6 February 2026"),
        ("Next review", "By 31 July 2026 (six-monthly review for a child under five)"),
        ("SEND officer", "Priya Lindqvist, Ullswater Vale SEND Early Years Team"),
    ], widths_cm=(4.6, 11.9), fill="E2EFD9")
    d.para("This plan was written with Maisie's family after a meeting at Brantholme Nursery "
           "School on 14 January 2026. It covers the rest of Maisie's nursery year and her "
           "first year in Reception.", italic=True)

    # ---- A ---------------------------------------------------------------------------
    _h(d, "Section A \u2014 About Maisie: views, interests and aspirations", section="A")
    _sub(d, "What Maisie has shown us")
    d.para("Maisie's key person, Mrs Ellwood, gathered her views over two weeks in January "
           "2026 by offering her photographs of nursery activities on a black board and "
           "noting what she reached for, looked at longest or asked for again. Maisie says "
           "single words and short phrases that familiar adults understand (\"more\", \"no "
           "ta\", \"Alfie\", \"swing now\"), and she uses a few signs.")
    d.bullets([
        "She loves the swing in the garden, the sound tubes in the music corner and anything red.",
        "She chose the bubble machine and the rain stick every time they were offered.",
        "She turns away and cries when the room is noisy and full, or when someone lifts her without warning.",
        "Her favourite person at nursery is her friend Zainab, who pushes her walker \"like a bus\".",
    ])
    _sub(d, "What Maisie's parents say")
    d.para("Hannah and Daniel describe Maisie as cheeky, determined and very musical. She was "
           "born at 29 weeks and spent nine weeks in neonatal care, and they are proud of how "
           "far she has come. They want her to go to St Oswin's with her big brother Alfie, "
           "who is seven, and to be known there as Maisie, not as \"the girl in the walker\". "
           "Their hopes for the future are that she will walk with her walker across the "
           "playground with her friends, feed herself, be out of nappies, and read. They worry "
           "that in a busy Reception class nobody will notice what she can and cannot see.")
    _sub(d, "How to communicate with Maisie")
    d.para("Approach her from the left, where her vision is better, and say her name before "
           "you touch her. Hold things about 30 cm from her face against a plain background. "
           "Give her time: she can take 10 to 15 seconds to look, then reach, then answer.")

    # ---- B ---------------------------------------------------------------------------
    _h(d, "Section B \u2014 Maisie's special educational needs", section="B")
    _sub(d, "Vision (cerebral visual impairment)")
    d.para("Maisie has cerebral visual impairment (CVI). She finds it hard to pick out an "
           "object or picture when there is a lot to look at, and she does not notice things "
           "in her lower field of vision, so she misses toys on the floor and steps. She looks "
           "for longer at red and yellow, at things that move or shine, and at familiar faces. "
           "It takes her several seconds to start looking at something new, and her vision "
           "is worse when she is tired or in a noisy room. Ordinary picture books and "
           "worksheets are too busy for her to use.")
    _sub(d, "Physical and motor skills")
    d.para("Maisie has bilateral spastic cerebral palsy affecting her legs more than her arms "
           "(GMFCS level III). She can sit on a bench with her feet on the floor for short "
           "periods but loses her balance when she reaches sideways. She walks 10 metres in "
           "a posterior walker with an adult close by and needs an adult to help her stand up "
           "and sit down. Her hands are stiff: she uses a whole-hand grasp, finds it hard to "
           "let go of objects, and does not yet use one hand to hold something steady while "
           "the other hand works. She cannot yet hold a crayon or use a spoon well enough to "
           "feed herself.")
    _sub(d, "Communication and interaction")
    d.para("Maisie understands much of what is said to her in familiar routines and follows "
           "one-step instructions with a gesture. Her speech is slow and quiet because of "
           "low breath support (dysarthria), so only familiar adults understand her. She is "
           "beginning to make choices by eye-pointing but often is not given long enough to "
           "do so. She is interested in other children but does not yet join their play "
           "unless an adult puts her within reach of it.")
    _sub(d, "Cognition and learning")
    d.para("Maisie is curious and remembers routines and songs well. Her play is at around "
           "the level of a child of 24 to 30 months, held back by what she can see and reach. "
           "She can attend to an adult-led activity for about three minutes and finds it hard "
           "to wait for her turn.")
    _sub(d, "Social, emotional and mental health")
    d.para("Maisie becomes distressed and cries when she is moved or lifted without warning, "
           "and when rooms are crowded. She tires quickly, and by the end of a morning session "
           "she is often too tired to join in.")
    _sub(d, "Independence and self-care")
    d.para("Maisie wears nappies and does not yet show when she is wet or needs the toilet. "
           "She needs two adults and a changing bench to be changed safely now she is "
           "growing. She is fed by an adult at snack time and tries to grab the spoon.")
    _sub(d, "Moving to Reception")
    d.para("Maisie will start Reception in September 2026. She finds new places very hard to "
           "make sense of visually and will need to learn the layout of a new classroom, "
           "toilet and playground, and to get to know new adults.")

    # ---- C ---------------------------------------------------------------------------
    _h(d, "Section C \u2014 Maisie's health needs", section="C")
    d.para("Maisie was born at 29 weeks' gestation. MRI showed periventricular leukomalacia, "
           "and she was diagnosed with bilateral spastic cerebral palsy in 2023. Her CVI was "
           "diagnosed by the paediatric ophthalmologist at Ullswater Vale General Hospital in "
           "the same year. She wears ankle-foot orthoses on both legs and has six-monthly "
           "reviews with the community paediatrician. She is on the hip surveillance "
           "programme, with X-rays every year. She has difficulties with eating and drinking "
           "safely and has food prepared to IDDSI Level 6 (soft and bite-sized). She has mild "
           "asthma, for which she has a blue salbutamol inhaler.")

    # ---- D ---------------------------------------------------------------------------
    _h(d, "Section D \u2014 Maisie's social care needs", section="D")
    d.para("Maisie is a disabled child under section 17 of the Children Act 1989. The "
           "Children with Disabilities Team assessed the family in November 2025. Daniel "
           "works away from home four nights a week, and Hannah does almost all of Maisie's "
           "care, including lifting her upstairs. Maisie has very few chances to play with "
           "other children outside nursery because local play groups are not accessible for "
           "her. The family home has no downstairs bathroom.")

    # ---- E ---------------------------------------------------------------------------
    _h(d, "Section E \u2014 Outcomes for Maisie", section="E")
    d.para("The outcomes below run to the end of Maisie's Reception year (July 2027) unless "
           "another date is given. Her key person, and from September her class teacher, "
           "will agree small steps towards them every half-term with her parents.")
    d.numbered([
        "By the end of Reception (July 2027), Maisie will find and reach for a named familiar object placed among three others on a plain background, in 4 out of 5 tries.",
        "Maisie will improve her sitting balance.",
        "By July 2027, Maisie will walk in her posterior walker from the classroom door to the playground gate (about 15 metres) with an adult beside her but not holding the walker.",
        "Maisie will receive physiotherapy and occupational therapy.",
        "By the end of the summer term 2026, Maisie will use her sign or an eye-point to choose between two activities at least five times in each nursery session.",
        "Maisie will be happy and settled in Reception.",
        "By July 2027, Maisie will feed herself at least half of her snack with her angled spoon.",
        "Maisie will stop crying when she is moved.",
    ], fmt="E{n}")

    # ---- F ---------------------------------------------------------------------------
    _h(d, "Section F \u2014 The special educational provision Maisie needs", section="F")
    d.para("The provision in this table will be made at Brantholme Nursery School until July "
           "2026 and at St Oswin's CE Primary School from September 2026, in term time, unless "
           "the row says otherwise. The last column links each row to an outcome in Section E.")
    _f_table(d, [
        ("Vision (cerebral visual impairment)", [
            ["F1",
             "Direct teaching of visual skills: looking at a single high-contrast object against a plain black background, reaching for what she has found, and slowly coping with busier scenes. Progress is measured on the CVI Range each term and reported at each review.",
             "Who: qualified teacher of children with vision impairment (QTVI), Ullswater Vale Sensory Support Service\nTraining: holds the mandatory qualification for teachers of the visually impaired\nHow often: every other week in term time\nHow long: 45 minutes, 1:1, in Maisie's own classroom",
             "E1"],
            ["F2",
             "Adapting the nursery rooms to cut down visual clutter, as appropriate.",
             "Who: nursery staff\nTraining: \u2014\nHow often: ongoing\nHow long: \u2014",
             "E1"],
            ["F3",
             "Maisie's own copies of books, picture cards and activity sheets, made in red and yellow on plain black card with no more than three pictures on a page, for every adult-led activity and story time.",
             "Who: Maisie's 1:1 teaching assistant (see F12)\nTraining: the QTVI's CVI course, completed before the start of each school year\nHow often: prepared the afternoon before each session\nHow long: 30 minutes of paid preparation time each day",
             "E1, E5"],
            ["F4",
             "Training in cerebral visual impairment for the staff who work with Maisie.",
             "Who: Sensory Support Service\nTraining: \u2014\nHow often: to be arranged with the nursery\nHow long: \u2014",
             "E1"],
        ]),
        ("Physical and motor skills", [
            ["F5",
             "Direct physiotherapy on sitting balance on a bench, standing up and sitting down, and stepping in her posterior walker. The physiotherapist writes Maisie's daily standing and stretching programme and updates it each half-term.",
             "Who: HCPC-registered paediatric physiotherapist, Ullswater Vale Children's Therapy Team\nHow often: once a week in term time\nHow long: 40 minutes, 1:1, in the hall",
             "E2, E3"],
            ["F6",
             "Standing-frame practice and the stretches from Maisie's physiotherapy programme in nursery, with Mum and Dad doing the stretches at home each evening and at weekends.",
             "Who: key person in nursery; parents at home\nHow often: daily\nHow long: as long as Maisie will tolerate",
             "E2, E3"],
            ["F7",
             "Occupational therapy teaching Maisie to grasp and let go of chunky crayons and tools, to hold a toy steady with one hand while she works it with the other, and to feed herself with adapted cutlery.",
             "Who: HCPC-registered occupational therapist, Ullswater Vale Children's Therapy Team\nHow often: a block of six weekly sessions every term\nHow long: 45 minutes each, 1:1, in nursery",
             "E7"],
            ["F8",
             "Fine motor activities, for example threading, playdough and peg boards, to build up her hand strength.",
             "Who: nursery practitioner\nHow often: regularly\nHow long: \u2014",
             "E7"],
            ["F9",
             "Specialist seating, a toilet seat and other equipment as recommended by the occupational therapist.",
             "Who: ordered by the nursery\nHow often: \u2014\nHow long: \u2014",
             "E2"],
        ]),
        ("Communication and interaction", [
            ["F10",
             "Advice from speech and language therapy to the nursery on Maisie's speech clarity and breath control, and a programme for staff to use.",
             "Who: NHS speech and language therapist\nHow often: one visit a term\nHow long: \u2014",
             "E5"],
            ["F11",
             "A 'now and next' routine with real objects (her cup for snack, her coat for outdoors, a book for story time). Before every change of activity, and before anyone moves or lifts her, the adult shows Maisie the object on her left side, names it, touches her right shoulder and waits for her to respond.",
             "Who: her 1:1 teaching assistant (see F12), and any other adult who moves her\nHow often: at each change of activity and every time she is moved\nHow long: less than a minute each time",
             "E5, E8"],
        ]),
        ("Learning, play and attention", [
            ["F12",
             "A named 1:1 teaching assistant for the whole of every session Maisie attends, who positions her so that she can see and reach the activity, waits for her to respond, and helps her play alongside no more than three other children.",
             "Who: teaching assistant with a Level 3 early years or teaching assistant qualification, who has completed the QTVI's CVI course and moving-and-handling training\nHow often: every session (five mornings, 8:45 to 11:45, in nursery; the whole school day, including lunchtime, in Reception)\nHow long: 15 hours a week in nursery; 32.5 hours a week from September 2026",
             "E1, E5, E6"],
            ["F13",
             "Small group sessions to help Maisie take turns and keep her attention on a shared activity.",
             "Who: nursery teacher\nHow often: weekly\nHow long: \u2014",
             "E6"],
            ["F14",
             "Maisie should be encouraged to make choices by eye-pointing between two objects.",
             "Who: all staff\nHow often: \u2014\nHow long: \u2014",
             "E5"],
        ]),
        ("Independence and self-care", [
            ["F15",
             "A toileting programme, started once the nursery feels Maisie is ready.",
             "Who: key person\nHow often: as the setting decides\nHow long: \u2014",
             "E6"],
            ["F16",
             "Teaching Maisie to feed herself at snack time with her angled spoon and two-handled cup: the adult sits on her left, puts a small amount of food in the bowl at a time, and guides her wrist only when she signs 'help'.",
             "Who: her 1:1 teaching assistant, shown the technique by the occupational therapist\nHow often: at snack every morning, and at lunch every school day from September 2026\nHow long: the whole of snack time (15 minutes) and of lunch (30 minutes)",
             "E7"],
            ["F17",
             "A height-adjustable changing bench and a ceiling-track hoist in the accessible toilet at St Oswin's, if the capital funding panel agrees the cost.",
             "Who: Ullswater Vale Council\nHow often: \u2014\nHow long: \u2014",
             "E6"],
        ]),
        ("Moving to Reception", [
            ["F18",
             "Six transition visits to the Reception class at St Oswin's with her 1:1 teaching assistant, and a photo book of her new classroom, toilet, playground and staff made in high-contrast format by the QTVI.",
             "Who: 1:1 teaching assistant (visits); QTVI (photo book)\nHow often: six Tuesday mornings, 9 June to 14 July 2026\nHow long: 1 hour each visit",
             "E6"],
            ["F19",
             "Help to move around the Reception classroom and the playground with her walker, withdrawn gradually as Maisie gains confidence.",
             "Who: learning support assistant\nHow often: every playtime and lunchtime\nHow long: 20 minutes at each playtime to begin with",
             "E3"],
            ["F20",
             "An individual plan for Reception will be written by St Oswin's after the SENCO has met Maisie's therapists.",
             "Who: St Oswin's SENCO\nHow often: not yet known\nHow long: not yet known",
             "E6"],
        ]),
    ])

    # ---- G ---------------------------------------------------------------------------
    _h(d, "Section G \u2014 Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician at Ullswater Vale Child Development Centre every six months.",
        "Hip X-ray every 12 months under the hip surveillance programme, arranged by the paediatric orthopaedic team.",
        "Ankle-foot orthoses for both legs, checked and refitted by the orthotics service every six months.",
        "An eating and drinking plan written by the NHS dysphagia speech and language therapist, with Maisie's food prepared to IDDSI Level 6; the therapist trains the staff who feed her each September and whenever new staff start.",
        "A salbutamol inhaler with spacer, kept in her classroom and given as required for wheeze under her asthma plan.",
        "Ophthalmology review at Ullswater Vale General Hospital when an appointment becomes available.",
    ])

    # ---- H ---------------------------------------------------------------------------
    _h(d, "Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A support worker from the Children with Disabilities Team for four hours (10:00 to 14:00) on alternate Saturdays, so that Maisie can attend Fellside Inclusive Play Club.",
        "An occupational therapy assessment of the family home for a downstairs bathroom, to be completed by the Children's Housing OT by 30 April 2026.",
    ])
    _h(d, "Section H2 \u2014 Other social care provision", section="H2")
    d.para("Short breaks for the family as appropriate.")

    # ---- I J K -----------------------------------------------------------------------
    _h(d, "Section I \u2014 Placement: name and type of setting", section="I")
    d.para("Until 31 August 2026: Brantholme Nursery School, Pooley Cross (maintained nursery "
           "school).")
    d.para("From 1 September 2026: St Oswin's CE Primary School, Pooley Cross (mainstream "
           "voluntary aided primary school), Reception class. This is the school her parents "
           "asked for, and the school agreed on 22 January 2026 that it can meet Maisie's "
           "needs with the provision in Section F.")

    _h(d, "Section J \u2014 Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget.")

    _h(d, "Section K \u2014 Advice and information", section="K")
    d.numbered([
        "Parents' views \u2013 Hannah and Daniel Garbutt, 8 December 2025",
        "Maisie's views \u2013 gathered by Mrs J. Ellwood, key person, January 2026",
        "Educational advice \u2013 Mrs A. Copley, Headteacher, Brantholme Nursery School, 5 December 2025",
        "Advice from a qualified teacher of the visually impaired \u2013 Mr R. Haworth, QTVI, Ullswater Vale Sensory Support Service, 10 December 2025",
        "Psychological advice \u2013 Dr S. Naidoo, Educational Psychologist, 15 December 2025",
        "Medical advice \u2013 Dr M. Ferreira, Community Paediatrician, 2 December 2025",
        "Physiotherapy advice \u2013 Ms K. Oduya, Paediatric Physiotherapist, 9 December 2025",
        "Occupational therapy advice \u2013 Ullswater Vale Children's Therapy Team",
        "Speech and language therapy advice \u2013 Ms L. Barraclough, Speech and Language Therapist, 11 December 2025",
        "Social care advice \u2013 Children with Disabilities Team, 28 November 2025",
    ], fmt="K{n}")
