"""Calderwick County Council - Year 10 pupil with infantile nystagmus (ocular albinism) and
dyspraxia at a selective mainstream grammar school, with GCSE exam access arrangements.
Word Heading 1 headings in title case with a colon ('Section F: Special Educational
Provision'); running header and 'Page X of Y' footer; cover details in a two-column shaded
table. B under Heading 2 area-of-need sub-headings plus a preparing-for-adulthood part. E is
a list numbered E1-E8. Section F is grouped by curriculum context (Heading 3 sub-headings:
across the school day; mathematics and science; PE, art and D&T; tests and examinations;
specialist teaching; preparing for adulthood), each group a four-column table
(Provision | Equipment and resources | Staff and expertise | Amount) with dashes in empty
cells. H1 and H2 separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Theo Marchbank"

COLS = ["Provision", "Equipment and resources", "Staff and expertise", "Amount"]
WIDTHS = [5.6, 3.4, 4.4, 3.2]


def _ftable(d, rows):
    d.table(COLS, rows, widths_cm=WIDTHS, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Calderwick County Council  |  EHC Plan  |  Theo Marchbank  |  FINAL",
                            footer_left="Calderwick SEND Service", first_page_plain=True)
    d.title("Calderwick County Council", size=13, color="375623")
    d.title("Education, Health and Care Plan", size=22, color="375623")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Name", "Theo Marchbank"),
        ("Date of birth", "14/11/2010"),
        ("NHS number", "999 613 2047"),
        ("Unique pupil number", "Z999000161803"),
        ("Home address", "12 Sorrel Rise, Calderwick, ZY4 8NE"),
        ("Parents", "Helen Marchbank and Stuart Marchbank"),
        ("Contact", "01632 960718 (home); 07700 900532 (Helen, mobile); helen.marchbank@example.org"),
        ("School and year group", "Sir Thomas Wetherby Grammar School, Year 10"),
        ("Request for assessment received", "22 September 2025"),
        ("Draft plan issued", "12 January 2026"),
        ("Final plan issued", "2 February 2026"),
        ("First annual review due by", "1 February 2027"),
        ("SEND case officer", "Priyanka Lowther-Dean, Calderwick SEND Service"),
    ], widths_cm=(5.0, 11.6), fill="E2EFD9")

    # ---------------------------------------------------------------- A
    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Theo told us", level=2)
    d.para("Theo met his case officer and his head of year on 8 October 2025 and chose to type "
           "his own answers on his iPad, with the text zoomed. His words are below, unchanged.")
    d.para("\"People think nystagmus means I can't see, but I can, it just takes me longer and "
           "it wobbles more when I'm tired or stressed. I'm good at maths and computing and I "
           "like coding little games in the evenings. I hate PE when it's anything with a fast "
           "ball and I hate having to ask for the big paper in front of everyone. My writing is "
           "messy and slow so I'd rather type everything. I'd like to do A levels in maths, "
           "further maths and computer science and then go to university. I know I probably "
           "won't be able to drive, so I need to get good at trains and buses.\"")
    d.heading("What Theo's parents told us", level=2)
    d.para("Helen and Stuart describe Theo as clever, dry-humoured and stubborn in a good way. "
           "They are proud that he got into the grammar school and want him to be judged on what "
           "he knows rather than on how fast he can read a paper. Their biggest worry is GCSE "
           "examinations: in his Year 9 tests the papers arrived unmodified twice, and he ran out "
           "of time. They also worry that he is becoming tired and withdrawn by the end of the "
           "week, and that he avoids using his monocular in public. They want him to be able to "
           "travel on his own before he reaches sixth form, because his younger sister Lottie "
           "also needs lifts and both parents work full time.")
    d.heading("How to communicate with Theo", level=2)
    d.para("Theo prefers to be spoken to privately rather than in front of the class about his "
           "vision. Give him written information in his enlarged format or electronically, and "
           "allow him time to read it before asking for an answer.")

    # ---------------------------------------------------------------- B
    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Sensory and physical: vision", level=2)
    d.para("Theo has infantile nystagmus associated with ocular albinism. His binocular distance "
           "acuity is 6/24 and his near vision is N10 at a close working distance; he reads "
           "most comfortably at N18 bold. His eyes settle best when he turns his head slightly "
           "to the right (his null point), so where he sits in a room makes a real difference. "
           "He is very sensitive to glare and bright overhead lighting. Crowded text, small "
           "labels on diagrams and graphs, and anything written on the board are very hard for "
           "him to read, and his reading speed is about half that of his peers. Visual fatigue "
           "builds through the day; by period 4 he blinks, rubs his eyes and loses his place.")
    d.para("Theo needs to be taught and to practise the skills that let him work independently "
           "with his vision: touch-typing, using zoom and text-to-speech on his iPad, scanning "
           "long examination papers, and using a distance monocular to read departure boards "
           "and signs.")
    d.heading("Sensory and physical: coordination (dyspraxia)", level=2)
    d.para("Theo was diagnosed with developmental coordination disorder (dyspraxia) in 2019. "
           "His handwriting is slow (about 9 words a minute when copying) and hard to read, "
           "and his hand aches after 15 minutes of writing. He cannot yet use a protractor, "
           "compasses or measuring cylinder accurately, and in science he knocks over "
           "glassware. He finds ball games, catching and balance activities in PE very hard.")
    d.heading("Cognition and learning", level=2)
    d.para("Theo's underlying ability is high; he is predicted grades 7 to 9 in maths and "
           "computer science. His weaknesses are in processing speed and in organisation: he "
           "loses track of homework set on Satchel One, forgets equipment and struggles to plan "
           "extended answers. Timed tasks underestimate what he knows.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Theo is well liked but self-conscious about looking different. He often refuses "
           "enlarged materials or his monocular in front of classmates and then cannot do the "
           "work, which leaves him frustrated. He does not yet explain his condition to new "
           "teachers himself.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Theo has never made a journey by public transport on his own. He cannot read "
           "timetables on station screens without his monocular and does not yet use a journey "
           "planning app. He has had no careers guidance about how his eyesight may affect "
           "career choices (for example, roles that require a driving licence).")

    # ---------------------------------------------------------------- C
    d.heading("Section C: Health Needs Related to SEN", section="C")
    d.para("Theo has ocular albinism with infantile nystagmus, under the care of the "
           "paediatric ophthalmology clinic at Calderwick Royal Infirmary. He wears tinted "
           "prescription spectacles indoors and outdoors. He has had no formal low vision "
           "assessment since 2021. Developmental coordination disorder was diagnosed by the "
           "community paediatrician in 2019. He has no other health needs that affect his "
           "learning.")

    # ---------------------------------------------------------------- D
    d.heading("Section D: Social Care Needs", section="D")
    d.para("Theo is a disabled child. The Children with Disabilities Team assessed him in "
           "October 2025. He wants to keep playing goalball (a sport for visually impaired "
           "players) at Hallam Bridge on Tuesday evenings, but he cannot travel there on his "
           "own in the dark and his parents cannot take him because of their shifts. No other "
           "social care needs were identified.")

    # ---------------------------------------------------------------- E
    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 4 (July 2027) unless another date "
           "is given. The SENCO will agree smaller steps towards them with Theo each term and "
           "send them home with his report.")
    d.numbered([
        "By July 2027, Theo will complete every GCSE examination paper in its modified enlarged format within the time he is allowed, without needing to ask for missing pages or diagrams.",
        "By the end of Year 10, Theo will touch-type at 35 words a minute with at least 95% accuracy.",
        "Theo will be more organised.",
        "By February 2027, Theo will carry out a titration in chemistry using his adapted equipment, with no more than verbal prompting from an adult.",
        "Theo will have QTVI sessions and use his iPad in lessons.",
        "By July 2027, Theo will travel by train from Calderwick to Hallam Bridge and back on his own on three separate days, checking the departure boards with his monocular.",
        "Theo will go to university and become a software engineer.",
        "Theo will feel confident about his eyesight.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below is grouped by where in the curriculum it is needed. All of it "
           "applies in term time for the life of this plan unless the Amount column says "
           "otherwise.")

    d.heading("Across the school day", level=3)
    _ftable(d, [
        ["All printed work, worksheets, slides and board content given to Theo in his own format: enlarged to N18 Arial bold on cream paper, or sent to his iPad before the lesson as an accessible file he can zoom",
         "iPad Air with Notability and a keyboard case, on loan from Calderwick Sensory Support Service",
         "Prepared by the learning resources technician, who has completed the Sensory Support Service's modified-print training; the QTVI checks a sample each half-term",
         "Every lesson, in every subject"],
        ["Copies of notes and slides where there is a lot of copying from the board",
         "\u2013", "Subject staff", "When needed"],
        ["Access to low vision aids and ICT suited to Theo's needs",
         "As appropriate", "\u2013", "\u2013"],
        ["A 10-minute eye-rest break at the end of period 3, in the library workroom with the main lights off, before Theo goes to lunch",
         "Library workroom with dimmable lighting",
         "Supervised by the library assistant",
         "10 minutes, every school day"],
    ])

    d.heading("Mathematics and science", level=3)
    _ftable(d, [
        ["Adapted practical equipment set out at Theo's bench before every practical, so that he can measure and read scales himself",
         "High-contrast ruler and protractor; locking compasses; clamp-on 3x magnifier for measuring cylinders; talking thermometer",
         "Science technician; the equipment is bought and checked by the QTVI",
         "Every science practical and every construction task in maths"],
        ["Hands-on help in science practicals so that Theo can handle glassware, Bunsen burners and hot liquids safely",
         "\u2013", "Learning support assistant", "A maximum of two lessons per week"],
        ["Pre-teaching of the week's diagrams, graphs and geometric constructions: the teacher talks Theo through each one and gives him an enlarged or raised-line copy to keep",
         "Raised-line drawing kit; enlarged diagram pack",
         "A maths teacher from the department, working with a group of no more than three pupils",
         "20 minutes every Monday lunchtime (12:50 to 13:10)"],
    ])

    d.heading("PE, art and design and technology", level=3)
    _ftable(d, [
        ["PE activities adapted where appropriate, e.g. using a larger, brightly coloured ball and avoiding fast racquet games",
         "\u2013", "PE department", "\u2013"],
        ["Occupational therapy advice to school on Theo's handwriting, keyboard posture and safe use of tools in D&T, with a programme left for school to follow",
         "\u2013", "Occupational therapist, Calderwick Children's Therapy Service",
         "One school visit a year, subject to service capacity"],
    ])

    d.heading("Tests and examinations", level=3)
    _ftable(d, [
        ["Access arrangements in every internal test, mock and GCSE examination: modified enlarged papers (A3, N18 bold), 25% extra time, a word processor with the spelling and grammar check switched off, and a separate room with the blinds lowered and a desk lamp",
         "School examination laptop; adjustable desk lamp",
         "Assessed by the school's specialist assessor, who holds the CPT3A; arranged by the exams officer; invigilated by a trained invigilator",
         "Every timed assessment"],
        ["A reader or scribe may be considered for longer papers if Theo's eyes become tired",
         "\u2013", "Exams officer", "\u2013"],
        ["Any further arrangements for GCSEs to be decided by the exams officer nearer the time, within JCQ rules",
         "\u2013", "Exams officer", "To be confirmed in Year 11"],
    ])

    d.heading("Specialist teaching", level=3)
    _ftable(d, [
        ["Individual lessons with the QTVI on touch-typing, on iPad zoom and text-to-speech for long texts, on scanning a long examination paper, and on explaining his nystagmus and the aids he uses to teachers and classmates",
         "iPad; Touch-type Read and Spell licence",
         "Qualified teacher of the visually impaired holding the mandatory qualification, Calderwick Sensory Support Service",
         "One 50-minute session every fortnight in school; progress reported to the SENCO each term"],
        ["QTVI monitoring visits to advise staff",
         "\u2013", "Sensory Support Service QTVI",
         "Termly, reducing to annually once Theo is settled in Key Stage 4"],
        ["Handwriting programme", "Sloping writing board", "TA", "Weekly"],
        ["Organisation coaching: Theo and his mentor go through his planner and Satchel One, colour-code the week's homework and check he has the right equipment and folders",
         "Satchel One set to large-text view; colour-coded folders",
         "Learning mentor who has completed the school's two-day executive-function coaching course",
         "15 minutes in tutor time on Mondays and Thursdays"],
    ])

    d.heading("Preparing for adulthood", level=3)
    _ftable(d, [
        ["Independent travel training by rail between Calderwick and Hallam Bridge, including reading the departure boards with his monocular, using the rail app's accessibility settings and asking staff for help",
         "x4 distance monocular (from the low vision clinic)",
         "Habilitation specialist holding a recognised habilitation qualification, Calderwick Sensory Support Service",
         "Six 90-minute sessions, one a week, in the summer term 2026"],
        ["Theo would benefit from orientation and mobility work around the new science block and the town centre",
         "\u2013", "Habilitation specialist", "TBC"],
        ["Careers advice that takes Theo's visual impairment into account (e.g. driving and eyesight standards for some jobs)",
         "\u2013", "Careers service", "Regularly through Years 10 and 11"],
        ["Work experience: Theo's parents to find an employer and make the arrangements",
         "\u2013", "Parents", "One week in July 2026"],
    ])

    # ---------------------------------------------------------------- G
    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Yearly review at the paediatric ophthalmology clinic, Calderwick Royal Infirmary, including refraction and a check of Theo's tinted spectacle prescription.",
        "Tinted prescription spectacles supplied through the hospital eye service and replaced whenever the prescription changes.",
        "A low vision assessment at the hospital low vision clinic when an appointment becomes available.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1: Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("A return journey by the council's accessible taxi scheme every Tuesday evening in "
           "term time, so that Theo can attend Hallam Bridge Goalball Club (travel to "
           "recreational facilities).")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("No other social care provision is required.")

    # ---------------------------------------------------------------- I
    d.heading("Section I: Placement", section="I")
    d.para("Sir Thomas Wetherby Grammar School, Calderwick \u2013 a selective mainstream academy "
           "for pupils aged 11 to 18.")

    # ---------------------------------------------------------------- J
    d.heading("Section J: Personal Budget", section="J")
    d.para("Theo's parents have not asked for a personal budget.")

    # ---------------------------------------------------------------- K
    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Parents' views \u2013 Helen and Stuart Marchbank, 6 October 2025",
        "Theo's views \u2013 typed by Theo with Mr G. Oyelaran, Head of Year 10, 8 October 2025",
        "Educational advice \u2013 Mrs C. Barraclough, SENCO, Sir Thomas Wetherby Grammar School, 20 October 2025",
        "Psychological advice \u2013 Dr Imogen Pask, Educational Psychologist, 3 November 2025",
        "Medical advice \u2013 Dr S. Varghese, Community Paediatrician, 27 October 2025",
        "Advice from a qualified teacher of the visually impaired \u2013 Mr L. Fairweather, Calderwick Sensory Support Service, 24 October 2025",
        "Habilitation advice \u2013 Ms K. Antrobus, Habilitation Specialist, 24 October 2025",
        "Occupational therapy advice \u2013 Calderwick Children's Therapy Service",
        "Social care advice \u2013 Children with Disabilities Team, 30 October 2025",
        "Preparing for adulthood advice \u2013 Mrs D. Ferris, Careers Adviser, Calderwick Careers Hub, 5 November 2025",
    ])
