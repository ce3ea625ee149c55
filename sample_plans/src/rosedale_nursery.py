"""Wexmoor City Council - early years (age 4) child with global developmental delay and
eating and drinking difficulties at a maintained nursery school, moving to Reception in
September 2026. Headings are bold coloured Normal text ('Section F:  Special educational
provision'), no heading styles. Cover details as bold-label lines. E numbered 1-8 ('Outcome
1'). Section F part 1 is one five-column provision map with a column per deliverer
(Provision | Key person (Level 3 practitioner) | Nursery teacher / SENCO | Therapist or
specialist | Whole nursery team): the amount and timing are written into the column of
whoever delivers it and the other cells are left blank; shaded area-of-need banner rows
span the table. Part 2 ('Moving to Reception') is lettered paragraphs (a)-(d). Separate
H1 and H2. Section I names the nursery now and the primary school from September. FINAL
plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

TITLE = "Education, Health and Care Plan - Nell Ashdown"
COL = "7A2E5B"


def _fill(cell, colour):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcpr.append(shd)


def _h(d, letter, title):
    d.bold_line(f"Section {letter}:  {title}", section=letter, size=13, color=COL)


def _provision_map(d, header, groups):
    """One table; a merged banner row opens each area of need."""
    rows = []
    banners = []
    for banner, items in groups:
        banners.append(len(rows) + 1)  # +1 for the header row
        rows.append([banner] + [""] * (len(header) - 1))
        rows.extend(items)
    t = d.table(header, rows, widths_cm=[5.4, 2.9, 2.6, 3.2, 2.5], font_size=8.5,
                header_fill="EBD9E4")
    for ri in banners:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[-1])
        for extra in merged.paragraphs[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        for p in merged.paragraphs:
            for r in p.runs:
                r.bold = True
                r.font.size = Pt(9)
        _fill(merged, "F4ECF1")
    return t


def build(d):
    d.simple_footer("Wexmoor City Council  \u00b7  EHC Plan  \u00b7  FINAL  \u00b7  Nell Ashdown")
    d.title("Wexmoor City Council", size=13, color=COL)
    d.title("Education, Health and Care Plan", size=22, color=COL)
    d.para("Final plan", bold=True, size=12)
    d.label_para("Child's name: ", "Nell Ashdown")
    d.label_para("Date of birth: ", "17/03/2022")
    d.label_para("Age and year group: ", "4 years; nursery (the year before Reception)")
    d.label_para("NHS number: ", "999 604 1178")
    d.label_para("Home address: ", "Flat 2, 41 Copperbeech Road, Wexmoor, ZY3 6PD")
    d.label_para("Parents: ", "Kirsty Ashdown (mother) and Marc Tiernan (father)")
    d.label_para("Telephone: ", "07700 900731 (Kirsty), 01632 960475 (home)")
    d.label_para("E-mail: ", "kirsty.ashdown@example.org")
    d.label_para("Current setting: ", "Rosedale Nursery School")
    d.label_para("Date of final plan: ", "2 March 2026")
    d.label_para("Next review: ", "by 30 September 2026 (six-monthly review for a child under five)")
    d.label_para("Plan co-ordinator: ", "Tomasz Wilczek, Wexmoor Early Years SEND Team")

    _h(d, "A", "About Nell \u2013 views, interests and aspirations")
    d.para("**What Nell tells us.** Nell cannot yet tell us in words what she thinks, so her "
           "key person, Shona, watched her over two weeks and Kirsty added what she sees at "
           "home. Nell laughs out loud on the swing and in the ball pool, loves bubbles, "
           "tipping water from jug to jug and the song \"Wind the bobbin up\". She pulls an "
           "adult by the hand to what she wants. She turns her head away and pushes the spoon "
           "off when she does not like the look of a food, and cries when her mum leaves.")
    d.para("**What Nell's family say.** Kirsty and Marc say Nell is a determined, cuddly little "
           "girl who adores her big brother Ollie. Mealtimes are the hardest part of every "
           "day: they take up to an hour and Nell eats only a handful of smooth foods. The "
           "family want her to be able to eat safely with other children, to say what she "
           "wants, and to go to Hollins Lane Primary School with Ollie. In the longer term "
           "they hope she will have friends, read, and be as independent as she can.")

    _h(d, "B", "Nell's special educational needs")
    d.para("**Communication and interaction.** Nell has global developmental delay. She uses "
           "about ten single words (\"mama\", \"more\", \"no\", \"Ollie\") and six Makaton "
           "signs, and understands simple words linked to routines, such as \"coat\" and "
           "\"snack\". She does not yet combine words. She enjoys being with adults but plays "
           "alongside rather than with other children.")
    d.para("**Cognition and learning.** Nell's play and learning are broadly at the level "
           "expected of a child aged about two. She explores toys by mouthing and banging, is "
           "starting to post shapes and match objects, and can attend to an adult-led "
           "activity for about two minutes. She learns best through repetition, songs and "
           "real objects.")
    d.para("**Physical development.** Nell has low muscle tone. She walks on her own but falls "
           "often on uneven ground and cannot yet manage steps without holding an adult's "
           "hand. She uses a whole-hand grasp and cannot yet use a spoon without spilling "
           "most of the food.")
    d.para("**Eating, drinking and self-care.** Nell has oral-motor difficulties. She manages "
           "smooth and mashed textures only, gags on lumps and mixed textures, and coughs when "
           "drinking from an open cup. She is still in nappies and does not yet show that she "
           "knows when she is wet or soiled.")
    d.para("**Social, emotional and mental health.** Nell finds separation from her parents "
           "very hard and can cry for 20 minutes after arrival. She becomes frustrated when "
           "she cannot make herself understood and may throw toys.")

    _h(d, "C", "Nell's health needs")
    d.para("Nell's global developmental delay is under investigation by Dr Fiona Hale, "
           "community paediatrician, at the Wexmoor Child Development Centre; genetic tests "
           "are awaited. She has faltering growth and is seen by the paediatric dietitian. An "
           "instrumental swallow assessment in 2025 showed a risk of aspiration with thin "
           "liquids and lumpy food. She has constipation, treated with Movicol at home.")

    _h(d, "D", "Nell's social care needs")
    d.para("Nell lives with her mother and brother; her father sees her most weekends. Because "
           "of Nell's feeding and sleep, Kirsty has very little time with Ollie or for "
           "herself. A child and family assessment by the Wexmoor Disabled Children's Team in "
           "January 2026 found that the family need short breaks and that Nell needs help to "
           "join in with play activities in the community.")

    _h(d, "E", "Outcomes for Nell")
    d.para("Rosedale Nursery School, and Hollins Lane Primary School from September 2026, will "
           "break each outcome into small steps every half-term and share them with Nell's "
           "family.")
    d.numbered([
        "By the end of Reception (July 2027), Nell will use 50 words or signs and put two together to ask for things, such as \"more juice\".",
        "Nell will improve her attention.",
        "By July 2026, Nell will go up and down the three steps into the nursery garden holding the rail, without holding an adult's hand.",
        "By the end of Reception, Nell will eat a lunch of mashed family foods within 30 minutes with an adult beside her, without coughing or gagging, on at least four days out of five.",
        "Nell will be happy at school.",
        "Nell will attend speech and language therapy every week.",
        "By March 2027, Nell will sit on the toilet as part of her changing routine and use it at least once a day with an adult's help.",
        "By July 2026, Nell will let her parent go at the gate and join an activity within five minutes, on four days out of five.",
    ], fmt="Outcome {n}")

    _h(d, "F", "Special educational provision")
    d.para("**Part 1: At Rosedale Nursery School (until July 2026).** Nell attends five "
           "mornings a week (8:45 to 11:45) and Tuesday and Thursday afternoons (12:30 to "
           "15:15), 38 weeks a year. The map below shows what she will receive; the amount and "
           "timing of each item are written in the column of the person who delivers it. A "
           "blank cell means that person has no part in that item.")
    _provision_map(d, [
        "Provision",
        "Key person (Level 3 early years practitioner)",
        "Nursery teacher / SENCO",
        "Therapist or specialist",
        "Whole nursery team",
    ], [
        ("Communication and interaction (Outcomes 1 and 2)", [
            ["Direct speech and language therapy on first words and two-word phrases, using objects of reference and Makaton signs",
             "Joins the last 10 minutes of each session to learn the activities", "",
             "One 30-minute session every week in term time from an HCPC-registered speech and language therapist (Wexmoor Children's Therapy Service)", ""],
            ["Practice of Nell's speech and language targets through play, from the activity sheet the therapist updates each half-term",
             "Ten minutes 1:1, four mornings a week", "",
             "Sheet written and updated every half-term by the same speech and language therapist", ""],
            ["Use of Makaton signs alongside speech with Nell", "", "", "", "Where possible"],
            ["Visual supports, e.g. a now-and-next board and photo cards", "", "", "", "Throughout the session"],
        ]),
        ("Cognition and learning (Outcome 2)", [
            ["1:1 adult-led play using the Portage small-steps approach (turn-taking, posting, matching and simple pretend play)",
             "15 minutes every morning Nell attends",
             "Sets and reviews the targets every half-term; holds the Portage Basic Workshop certificate", "", ""],
            ["Small-group attention and listening activities", "", "Weekly", "", ""],
            ["Additional adult support during free-flow play", "Up to 10 hours a week", "", "", ""],
        ]),
        ("Physical development (Outcome 3)", [
            ["Physiotherapy programme for balance, stepping over obstacles and climbing steps safely, carried out in the nursery garden",
             "15 minutes every morning before outdoor play",
             "",
             "Written by an HCPC-registered paediatric physiotherapist, who trains the key person for one hour each half-term and reviews the programme in a 45-minute visit every six weeks", ""],
            ["Fine motor activities", "", "", "", "Regularly"],
            ["Specialist seating and any other equipment Nell needs", "", "", "OT to advise", ""],
        ]),
        ("Eating, drinking and self-care (Outcomes 4 and 7)", [
            ["Snack and lunch following Nell's eating and drinking plan: food served at a mashable texture, a cut-away cup for drinks, and the adult sitting beside her to pace mouthfuls and watch for coughing",
             "Every snack and lunch (10:00 and 11:45 daily), 1:1", "",
             "Plan written by an HCPC-registered speech and language therapist with dysphagia training, who trains the key person and two named back-up practitioners each term", ""],
            ["A feeding programme to widen the range of foods Nell will accept", "", "",
             "To be agreed following the dietitian's assessment", ""],
            ["Changing and toileting support", "", "", "", "As needed"],
        ]),
        ("Social, emotional and mental health (Outcome 8)", [
            ["Arrival routine: her key person meets Nell and her parent at the gate, shows her the photo \"hello\" card and walks with her to the water tray",
             "First 10 minutes of every session", "", "", ""],
            ["Nurture group", "", "Weekly, subject to review", "", ""],
            ["Home programme of play activities", "", "", "", "Parents to carry out at home each evening"],
        ]),
    ])

    d.para("**Part 2: Moving to Reception (summer term 2026 and from September 2026).**")
    d.numbered([
        "Four transition visits to the Reception class at Hollins Lane Primary School in the summer term 2026, each lasting one hour and made with her key person from Rosedale, together with a photo book of the new classroom and adults, which the Hollins Lane SENCO will make and give to the family by 1 June 2026.",
        "In Reception Nell will have 1:1 support at a level to be determined by Hollins Lane Primary School.",
        "The Reception teacher should liaise with the speech and language therapy service and the physiotherapist as appropriate.",
        "From September 2026, Nell's speech and language therapy will continue at 30 minutes a week in school with an HCPC-registered speech and language therapist, who will also spend one hour each half-term training her Reception teaching assistant to run the practice activities for 10 minutes on four days of every week.",
    ], fmt="({n})")

    _h(d, "G", "Health provision")
    d.bullets([
        "Review by Dr Hale, community paediatrician, at the Wexmoor Child Development Centre every six months.",
        "Review of Nell's weight and intake by the paediatric dietitian every three months, with her high-calorie food plan updated at each review.",
        "Paracetamol given at nursery as required for pain or fever, with written parental consent, in line with the nursery's medicines procedure.",
        "Speech and language therapy for Nell's swallowing when the dysphagia team has capacity.",
        "Physiotherapy input from the community team as needed.",
    ])

    _h(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")
    d.para("A place at the Wexmoor Inclusive Play Scheme for three hours every other Saturday "
           "(10:00 to 13:00), with a support worker for Nell, arranged by the Disabled "
           "Children's Team.")
    _h(d, "H2", "Other social care provision")
    d.para("Family support from the Early Help team as agreed.")

    _h(d, "I", "Placement")
    d.para("Until 22 July 2026: Rosedale Nursery School, Wexmoor (maintained nursery school).")
    d.para("From 2 September 2026: Hollins Lane Primary School, Wexmoor (mainstream maintained "
           "primary school), Reception class.")

    _h(d, "J", "Personal budget")
    d.para("Nell's parents have not asked for a personal budget.")

    _h(d, "K", "Advice and information")
    d.bullets([
        "Parents' views \u2013 Kirsty Ashdown and Marc Tiernan, 6 January 2026",
        "Educational advice \u2013 Mrs A. Pendry, Nursery Teacher and SENCO, Rosedale Nursery School, 12 January 2026",
        "Psychological advice \u2013 Dr Sunita Rao, Educational Psychologist, 15 January 2026",
        "Medical advice \u2013 Dr F. Hale, Community Paediatrician, 9 January 2026",
        "Speech and language therapy advice (communication and eating and drinking) \u2013 Ms E. Garside, 13 January 2026",
        "Physiotherapy advice \u2013 Mr D. Achebe, Paediatric Physiotherapist, 14 January 2026",
        "Occupational therapy advice \u2013 Wexmoor Children's Occupational Therapy Service",
        "Dietetic advice \u2013 Ms R. Coyle, Paediatric Dietitian, 8 January 2026",
        "Social care advice \u2013 Wexmoor Disabled Children's Team, 16 January 2026",
    ])
