"""Ventnor Downs Council - Reception child (aged 4 at the start of the year) with bilateral
spastic cerebral palsy, dysarthria and an eye-gaze AAC device, at a mainstream maintained
primary school, with physiotherapy and occupational therapy. Headings are bold coloured
Normal text (no heading styles) in the form 'SECTION F  Special educational provision'
(upper-case letter label, two spaces, sentence-case title). The cover is a grey two-column
details table. E is numbered E1-E7. Section F is a run of 'provision cards': each item is its
own small two-column key/value table (Provision F<n> | How often and for how long |
Delivered by | Outcome), grouped under Heading 2 area sub-headings; some value cells are
left blank. Separate H1 and H2. Small plain footer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Maisie Tregear"

BLUE = "2E5C8A"


def _sec(d, letter, title, sid):
    d.bold_line(f"SECTION {letter}  {title}", section=sid, size=13, color=BLUE)


def _compact(d):
    """Slightly smaller body text and margins, as in the council's template."""
    from docx.shared import Cm, Pt
    d.doc.styles["Normal"].font.size = Pt(10)
    sec = d.doc.sections[0]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.9))


def _card(d, n, provision, when, who, outcome):
    d.table(None, [
        [f"Provision F{n}", provision],
        ["How often and for how long", when],
        ["Delivered by", who],
        ["Outcome", outcome],
    ], widths_cm=[4.0, 13.2], font_size=9.5, bold_first_col=True)


def build(d):
    _compact(d)
    d.simple_footer("Ventnor Downs Council \u2013 FINAL Education, Health and Care Plan \u2013 "
                    "Maisie Tregear \u2013 issued 9 February 2026")
    d.title("Ventnor Downs Council", size=13, color=BLUE)
    d.title("Education, Health and Care Plan", size=22, color=BLUE)
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Maisie Tregear"),
        ("Date of birth", "14 March 2021"),
        ("NHS number", "999 603 4127"),
        ("Unique pupil number", "X999281604552"),
        ("Home address", "12 Larkspur Rise, Ventnor Downs, ZY4 6TN"),
        ("Parents", "Rosalind Tregear and Dominic Tregear"),
        ("Contact", "01632 960318 / 07700 900527; rosalind.tregear@example.org"),
        ("Year group", "Reception"),
        ("Current setting", "Cresswold Primary School (Reception class, since September 2025)"),
        ("Date EHC needs assessment requested", "29 September 2025"),
        ("Date of this final plan", "9 February 2026"),
        ("Next review", "By 31 July 2026 (six-monthly review while Maisie is under 5)"),
        ("EHC coordinator", "Priya Hallworth, SEND Assessment Team"),
    ])

    _sec(d, "A", "Views, interests and aspirations", "A")
    d.heading("About Maisie", level=2)
    d.para("Maisie is a bright, sociable four-year-old who loves music, bubbles and anything to do "
           "with dinosaurs. She laughs easily and watches everything that goes on around her. Her "
           "favourite time of the day is singing on the carpet, and she likes to be the one who "
           "chooses the song.")
    d.heading("What Maisie told us", level=2)
    d.para("Maisie shared her views with her speech and language therapist and her teaching "
           "assistant on 3 November 2025, using her eye-gaze device and a set of photographs of "
           "school. She chose 'happy' for the music corner, the sand tray and 'friends'. "
           "She chose 'sad' for the buggy and 'tired' for PE. When asked what she wanted to get "
           "better at she selected 'walk' and 'talk'.")
    d.heading("What Maisie's parents told us", level=2)
    d.para("Rosalind and Dominic are proud of how Maisie has settled into Reception and how "
           "quickly she has learned to use her device. They want her to be able to tell people "
           "what she thinks, to take part in everything her classmates do and to become as "
           "independent as possible with walking and looking after herself. They worry that "
           "people speak for her instead of waiting for her answer, and that she gets very tired "
           "by the afternoon. Maisie's brother Alfie, who is eight, goes to the same school and "
           "would like her to join in with games in the playground.")
    d.heading("Aspirations", level=2)
    d.para("Maisie's family hope that she will go through school with her friends, learn to read "
           "and write using her device and a keyboard, and one day walk with sticks.")

    _sec(d, "B", "Special educational needs", "B")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie has bilateral spastic cerebral palsy, which affects the muscles she uses for "
           "speech. She has a severe dysarthria: she can say 'mum', 'yes' and 'no' clearly, but "
           "other attempts at words are understood only by her family. Her understanding of "
           "language is close to that expected for her age; she follows two-part instructions "
           "and enjoys stories. Since October 2025 she has used an eye-gaze communication device "
           "and can now find around 60 core words across four pages. She needs adults to model "
           "language on her device and to wait for her to answer. When she is not understood she "
           "becomes frustrated, cries or turns away, and she is starting to give up in group "
           "conversations.")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie's early learning appears broadly in line with her age when she is given a way "
           "to respond. She can match, sort by colour and count to five by eye-pointing. She "
           "recognises her name and six letter sounds. She cannot hold a pencil or turn pages "
           "independently, so she needs another way to show what she knows in phonics and early "
           "writing.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie is keen to play with other children but cannot get to them or join in with "
           "spoken games without help. Peers tend to do things for her. She tires quickly and by "
           "mid-afternoon her head control and her attention both drop.")
    d.heading("Physical and sensory", level=2)
    d.para("Maisie has increased tone in both legs and, to a lesser extent, her arms. She sits "
           "in a supportive chair with a pelvic strap, stands in a standing frame and walks short "
           "distances in a posterior walker with an adult steadying her hips. She moves around "
           "school in a buggy. She cannot get from the floor to a chair on her own. Her grasp is "
           "weak and she finds it hard to let go of objects. Her vision and hearing have been "
           "checked and are typical.")
    d.heading("Self-care and independence", level=2)
    d.para("Maisie is not yet toilet trained and wears pull-ups. She needs two adults to "
           "transfer her on and off the changing bench. She eats a soft diet and needs an adult "
           "to load her spoon and pace her eating so that she does not cough or choke.")

    _sec(d, "C", "Health needs which relate to special educational needs", "C")
    d.para("Maisie was born at 29 weeks. She has bilateral spastic cerebral palsy (GMFCS level "
           "III) and is under the care of Dr A. Nwachukwu, Consultant Paediatrician, who monitors "
           "her hips and muscle tone. She has mild asthma and uses a salbutamol inhaler. She has "
           "an oral-motor difficulty affecting chewing and swallowing and follows an eating and "
           "drinking plan from the speech and language therapy dysphagia team. She wears "
           "ankle-foot orthoses during the day.")

    _sec(d, "D", "Social care needs which relate to special educational needs or disability", "D")
    d.para("Maisie's parents provide all her care at home. Her physical care is heavy and both "
           "parents work, so the family have asked for help to give Maisie time with other "
           "children outside school and to give the family a break. The Disabled Children's Team "
           "completed a child and family assessment in October 2025.")

    _sec(d, "E", "Outcomes", "E")
    d.para("The class teacher and SENCO will break each outcome into small steps at the start of "
           "each half-term and share them with Maisie's parents.")
    d.numbered([
        "By the end of Reception (July 2026), Maisie will use her eye-gaze device to make a request, ask for help or comment at least ten times in a school day without an adult prompting her.",
        "By July 2026, Maisie will take part in a turn-taking game with two classmates for five minutes, using her device to say whose turn it is.",
        "Maisie will develop her fine motor skills.",
        "By the end of the summer term 2026, Maisie will walk 20 metres from her classroom to the hall in her walker, with one adult beside her but not holding her.",
        "Maisie will receive help with her personal care.",
        "By July 2027, Maisie will choose the correct grapheme on her device for 20 of the Phase 2 and Phase 3 sounds when each is said to her.",
        "Maisie will be happy and settled at school.",
    ], fmt="E{n}")

    _sec(d, "F", "Special educational provision", "F")
    d.para("Each card below sets out one part of the provision that Ventnor Downs Council will "
           "secure for Maisie. All provision is in term time unless a card says otherwise.",
           italic=True)

    d.heading("Communication and interaction", level=2)
    _card(d, 1,
          "Direct speech and language therapy built around Maisie's eye-gaze device: extending her use of core words, asking for help, commenting and taking turns in conversation.",
          "Every week: a 40-minute visit, the first 20 minutes 1:1 in the therapy room and the last 20 minutes alongside Maisie in class",
          "HCPC-registered speech and language therapist with specialist AAC experience (Ventnor Downs Children's Therapy Service)",
          "E1, E2")
    _card(d, 2,
          "Maisie's eye-gaze communication device (a 13-inch eye-gaze tablet with a core-vocabulary page set), mounted on her classroom chair and on her walker, switched on and positioned for her at the start of every lesson, at lunch, at play and in outdoor learning.",
          "Throughout every school day; the vocabulary pages are updated at least once each half-term",
          "Maisie's 1:1 teaching assistant (F14) sets it up each morning and keeps it charged; page updates by the speech and language therapist in F1",
          "E1")
    _card(d, 3,
          "Training for the whole Reception team in aided language modelling, so that every adult who works with Maisie points to words on her grid while talking to her.",
          "Two 90-minute sessions in the first half of the summer term 2026, then a one-hour refresher every September",
          "Given by the speech and language therapist in F1 to the class teacher, both Reception teaching assistants and the lunchtime supervisor",
          "E1, E2")
    _card(d, 4,
          "Supported play with two or three classmates in the role-play area, practising turn-taking and using her device to join in the game.",
          "Three times a week for 20 minutes",
          "Teaching assistant",
          "E2")

    d.heading("Physical development and mobility", level=2)
    _card(d, 5,
          "Hands-on physiotherapy in the school hall, practising getting from sitting to standing, stepping in her posterior walker and keeping her balance while standing at a table.",
          "Once a fortnight, 45 minutes",
          "HCPC-registered paediatric physiotherapist (Ventnor Downs Children's Therapy Service)",
          "E4")
    _card(d, 6,
          "Maisie's daily standing and stretching routine written by her physiotherapist: 20 minutes in her standing frame during a table or carpet activity, followed by her calf and hamstring stretches.",
          "Every school day, straight after lunch; 30 minutes in total",
          "Maisie's 1:1 teaching assistant, trained in the routine by the physiotherapist at the start of each term and observed carrying it out once every half-term",
          "E4")
    _card(d, 7,
          "Hydrotherapy at the Eastwold School pool when a slot is free.",
          "Half-termly, where possible",
          "Physiotherapy assistant",
          "E4")
    _card(d, 8,
          "Hands-on help from one adult for every change of position (floor to chair, chair to walker, walker to changing bench), moving to supervision only as Maisie gains confidence.",
          "At each transfer during the day",
          "Teaching assistant with moving-and-handling training",
          "E4, E5")
    _card(d, 9,
          "Maisie should be given the chance to walk short distances around school in her walker instead of always being pushed in her buggy.",
          "Daily, when staffing allows",
          "Class staff",
          "E4")
    _card(d, 10,
          "Occupational therapy sessions teaching Maisie to press a large switch to make choices on the class computer and to hold a chunky-grip mark-making tool in a supported grasp.",
          "Six 30-minute 1:1 sessions in each half-term",
          "HCPC-registered children's occupational therapist",
          "E3")
    _card(d, 11,
          "The occupational therapist will look at Maisie's classroom seating and toilet frame and leave written advice for the class team.",
          "Each term",
          "Children's occupational therapy service",
          "E3, E5")
    _card(d, 12,
          "Specialist seating and equipment as recommended in the occupational therapy report.",
          "",
          "School to order",
          "E3")
    _card(d, 13,
          "Hand-strengthening activities, for example play dough, tweezers and peg boards, with the same activities repeated at home by Maisie's parents.",
          "Little and often",
          "Reception team",
          "E3")

    d.heading("Self-care and independence", level=2)
    _card(d, 14,
          "A named 1:1 teaching assistant with Maisie for the whole teaching day (8:45 to 12:00 and 13:00 to 15:15, 27.5 hours a week), who positions her, models language on her device and makes sure she can take part in every activity.",
          "Every school day",
          "Teaching assistant who holds a Level 3 Supporting Teaching and Learning qualification and completed moving-and-handling training and the Ventnor Downs AAC Level 2 course before starting with Maisie",
          "E1, E2, E4")
    _card(d, 15,
          "Personal care (changing and toileting) in the accessible toilet.",
          "As required through the day",
          "Two members of staff",
          "E5")
    _card(d, 16,
          "Adult help at lunch so that Maisie eats safely and finishes her meal.",
          "Up to 45 minutes each day",
          "Midday supervisor",
          "E5")
    _card(d, 17,
          "A rest lying on a wedge in the book corner.",
          "After PE and whenever she seems tired",
          "Whoever is free in class",
          "E4")

    d.heading("Early learning", level=2)
    _card(d, 18,
          "Little Wandle keep-up phonics in a group of no more than four children, with Maisie choosing sounds and words on the alphabet page of her device instead of saying them.",
          "15 minutes every afternoon at 13:15, in addition to the daily class phonics lesson",
          "Teaching assistant who has completed the Little Wandle keep-up training",
          "E6")
    _card(d, 19,
          "A literacy programme to support early reading through her device.",
          "To be agreed once Maisie's reading has been assessed in the summer term",
          "SENCO",
          "E6")
    _card(d, 20,
          "Adult help during afternoon sessions, the level and timing left to the class teacher's judgement.",
          "Decided by school",
          "Reception staff",
          "")

    _sec(d, "G", "Health provision", "G")
    d.bullets([
        "A salbutamol inhaler kept in the Reception classroom and given as required under Maisie's asthma care plan by staff trained by the school nurse.",
        "An eating and drinking review by the dysphagia speech and language therapist every six months, after which her written eating and drinking plan is updated and a copy sent to school.",
        "Review of Maisie's hips and muscle tone by Dr Nwachukwu, Consultant Paediatrician, at Ventnor Downs General Hospital every six months, with a hip X-ray once a year.",
        "A new supportive classroom chair from the wheelchair and seating service when Maisie reaches the top of the waiting list.",
        "Orthotics input as needed.",
    ])

    _sec(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.bullets([
        "A support worker from the Disabled Children's Team takes Maisie to the Sunflower stay-and-play group for 3 hours every other Saturday (non-residential short break).",
        "Short breaks at a holiday play scheme during the summer holidays.",
    ])
    _sec(d, "H2", "Other social care provision", "H2")
    d.para("None at present.")

    _sec(d, "I", "Placement", "I")
    d.para("Cresswold Primary School, Ventnor Downs \u2013 mainstream maintained primary school "
           "(Reception class).")

    _sec(d, "J", "Personal budget", "J")
    d.para("Maisie's parents have not asked for a personal budget. The short breaks in Section H1 "
           "are arranged directly by the Disabled Children's Team.")

    _sec(d, "K", "Advice and information", "K")
    d.bullets([
        "Parents' views \u2013 Rosalind and Dominic Tregear, 8 October 2025",
        "Maisie's views \u2013 gathered by Ms J. Ormerod, speech and language therapist, 3 November 2025",
        "Educational advice \u2013 Mrs K. Bellamy, SENCO, Cresswold Primary School, 20 October 2025",
        "Psychological advice \u2013 Dr Saoirse Lennox, Educational Psychologist, 28 October 2025",
        "Medical advice \u2013 Dr A. Nwachukwu, Consultant Paediatrician, 14 October 2025",
        "Speech and language therapy advice (communication and AAC) \u2013 Ms J. Ormerod, 3 November 2025",
        "Physiotherapy advice \u2013 Mr D. Fairclough, Paediatric Physiotherapist, 16 October 2025",
        "Occupational therapy advice \u2013 Children's occupational therapy service",
        "Social care advice \u2013 Disabled Children's Team, 30 October 2025",
    ])
