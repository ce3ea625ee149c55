"""Dunmere County Council - post-16 young person (18, Year 13) with spinal muscular atrophy
type 3 (powered wheelchair user) and dyslexia, studying three A-levels at a sixth form
college and applying to university. First-person Word Heading 1 titles after a colon
('Section F: What support I will get at college (special educational provision)'). Cover
details in a two-column shaded details table; running header and 'Page X of Y' footer. E is
a list numbered 'E1'-'E8' with PfA outcomes. Section F is four per-area sub-tables under
Heading 2 sub-headings, each with the columns Provision | Frequency / duration / staffing |
Resources: the amount, timing and deliverer share one combined cell, and some Resources
cells are empty. H1 says 'not applicable' (aged 18) and H2 holds the Care Act support.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Freya Castellano"

COLS = ["Provision", "Frequency / duration / staffing", "Resources"]
WIDTHS = [7.0, 6.2, 3.4]


def _ftable(d, rows):
    d.table(COLS, rows, widths_cm=WIDTHS, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Dunmere County Council  |  EHC Plan  |  Freya Castellano  |  "
                            "Final (amended following annual review)",
                            footer_left="OFFICIAL \u2013 SENSITIVE", first_page_plain=True)
    d.title("Dunmere County Council", size=13, color="385623")
    d.title("My Education, Health and Care Plan", size=22, color="385623")
    d.para("Final plan, amended following the Year 13 annual review", bold=True, size=12)
    d.details_table([
        ("Name", "Freya Castellano"),
        ("Date of birth", "02/10/2007 (age 18)"),
        ("NHS number", "999 604 2217"),
        ("UPN", "X999002718281"),
        ("Address", "Apartment 3, 27 Halyard Street, Dunmere, XJ2 5NP"),
        ("My contact details", "07700 900663, freya.castellano@example.org"),
        ("Parents", "Marisa Castellano and Stefan Castellano (01632 960842)"),
        ("Year group / course", "Year 13, A-levels in History, English Literature and Sociology"),
        ("College", "Ashwell Park Sixth Form College"),
        ("Annual review meeting", "22 October 2025"),
        ("Date of this final amended plan", "14 November 2025"),
        ("Next review", "by 13 November 2026, or earlier if Freya's plan is to cease when she starts higher education"),
        ("SEND officer", "Kwabena Ashdown-Price, Dunmere Post-16 SEND Team"),
    ], widths_cm=(4.8, 11.8), fill="E2EFD9")

    # ---------------------------------------------------------------- A
    d.heading("Section A: About me (my views, interests and aspirations)", section="A")
    d.heading("In my own words", level=2)
    d.para("Freya typed this herself, using dictation, after her annual review on 22 October "
           "2025.")
    d.para("\u201cI'm Freya. I'm 18 and I'm in my last year at Ashwell Park doing History, "
           "English Lit and Sociology. I have SMA and I use a powered chair, and I'm "
           "dyslexic, which people forget about because they only notice the chair. I love "
           "history, especially anything about protest movements and the suffragettes, and I "
           "run the college's debating society on Wednesdays. I want to study History and "
           "Politics at university and live in halls like everyone else, not commute from "
           "home. Later on I'd like to work in human rights research or for a charity. The "
           "things that get in my way are being exhausted by the afternoon, spelling under "
           "time pressure, and people doing things for me without asking.\u201d")
    d.heading("My parents' views (included with my agreement)", level=2)
    d.para("Marisa and Stefan are proud of how hard Freya works and how much she has taken "
           "on. They support her plan to go to university but are anxious about who will "
           "help her with personal care away from home, how she will cope with tiredness, "
           "and whether the university buildings will be properly accessible. They would "
           "like the move to be planned early, with visits, and for Freya to practise "
           "cooking and travelling on her own before she goes.")

    # ---------------------------------------------------------------- B
    d.heading("Section B: My special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Freya has dyslexia (diagnostic assessment, June 2019; updated by the college "
           "assessor in September 2024). Her verbal reasoning is well above average, but her "
           "reading speed is in the low-average range and her spelling and processing speed "
           "are below average. Reading long academic texts takes her about twice as long as "
           "her peers, and she loses the thread of arguments when notes are dense. Under "
           "time pressure her written work has many spelling errors and is poorly organised, "
           "so her timed essays do not show what she knows.")
    d.heading("Physical and sensory", level=2)
    d.para("Freya has spinal muscular atrophy type 3. She uses a powered wheelchair at all "
           "times outside her home. Her arms tire quickly, so handwriting more than a few "
           "lines, lifting books and carrying a tray are difficult, and she cannot reach "
           "high shelves or open heavy doors. She cannot get to lessons in the Arts Centre, "
           "which is across a busy road from the main site, without transport. She becomes "
           "very tired as the day goes on; by mid-afternoon her concentration and her "
           "posture both get worse and she has back pain.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Freya is confident and articulate. She has become increasingly anxious about "
           "her workload and about leaving home, and in the summer term she had several "
           "weeks when she was not sleeping well and stopped handing in work.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Freya has never travelled to college on her own; her father drives her in an "
           "adapted vehicle. She has not yet cooked a meal independently or managed a "
           "budget. She has started to think about universities but does not know how to "
           "check accessibility, or how the Disabled Students' Allowance and adult social "
           "care in another area will work.")

    # ---------------------------------------------------------------- C
    d.heading("Section C: My health needs", section="C")
    d.para("Spinal muscular atrophy type 3, under the neuromuscular service at Dunmere Royal "
           "Infirmary; Freya takes risdiplam at home each morning. She has a mild scoliosis "
           "that is monitored yearly, reduced lung capacity (reviewed by the respiratory "
           "team) and intermittent back pain. She is at risk of contractures in her hips, "
           "knees and elbows and follows a daily stretching programme. Fatigue is a major "
           "feature of her condition and affects her learning in the afternoons.")

    # ---------------------------------------------------------------- D
    d.heading("Section D: My social care needs", section="D")
    d.para("Freya needs help with washing, showering, dressing her lower body and getting in "
           "and out of bed. Her Care Act needs assessment (September 2025) found eligible "
           "needs, and she now has a care and support plan. She will need the same support "
           "when she moves away to university, which will have to be arranged with the "
           "local authority for the area where she will live.")

    # ---------------------------------------------------------------- E
    d.heading("Section E: My outcomes", section="E")
    d.para("These outcomes run to the end of Freya's A-level course in July 2026. Her "
           "personal tutor will agree half-termly steps towards each outcome with her and "
           "record them in her individual learning plan.")
    d.numbered([
        "By the summer 2026 examinations, Freya will plan and write a timed A-level History essay of at least 900 words in 75 minutes using speech-to-text, with no more than five uncorrected spelling errors.",
        "Freya will achieve her potential in her A-levels.",
        "By 28 January 2026, Freya will have submitted a UCAS application for History-related degree courses at five universities, having checked the disability support and accessible accommodation at each one.",
        "Freya will go to university.",
        "By June 2026, Freya will travel by bus and train from home to college on her own in her powered wheelchair, booking Passenger Assist herself, on five college days in a row.",
        "By July 2026, Freya will cook a simple two-course meal in an accessible kitchen and order a week's food shopping online within a \u00a340 budget, without help.",
        "Freya will manage her fatigue better.",
        "Freya will attend mentoring sessions with Student Support.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    d.heading("Section F: What support I will get at college (special educational provision)",
              section="F")
    d.para("The provision below must be made in term time at Ashwell Park Sixth Form College "
           "until Freya finishes her A-level course in July 2026. The tables are arranged by "
           "area; the outcomes each table supports are shown in its sub-heading.")

    d.heading("1. Learning and A-level study (E1, E2)", level=2)
    _ftable(d, [
        ["Specialist one-to-one dyslexia tuition on planning and structuring A-level essays, making notes from academic reading and proof-reading her own work, with progress reviewed with Freya at the end of each term",
         "One 50-minute lesson every Tuesday (period 4), taught by a specialist dyslexia teacher who holds AMBDA",
         "Inspiration 10 mind-mapping software on Freya's laptop"],
        ["A note-taker in lessons",
         "Up to 10 hours per week; learning support assistant",
         ""],
        ["Exam access arrangements for all internal and external assessments, including mocks: 25% extra time, a word processor with the spell-checker switched off, supervised rest breaks and an accessible ground-floor room",
         "Every assessment; applied for by the Exams Officer on the evidence of the college assessor, a specialist teacher with a Level 7 qualification in assessment for access arrangements",
         "Height-adjustable desk in the exam room"],
        ["Access to assistive technology in lessons",
         "Whenever required; IT support team",
         "College equipment as appropriate"],
        ["Speech-to-text and text-to-speech software (Dragon Professional and ClaroRead) on a college laptop kept for Freya's sole use in lessons, study periods and exams, with training in using both",
         "Two 1-hour training sessions in the first fortnight of each term, then a 20-minute check-in every half-term, from an assistive technology tutor who has completed the Dragon and ClaroRead accredited trainer courses",
         "Laptop, Dragon Professional, ClaroRead, noise-cancelling headset"],
        ["It is recommended that subject teachers give Freya printed copies of the lesson slides at the start of each lesson",
         "Each lesson",
         ""],
        ["A reading intervention to improve Freya's reading speed and understanding of academic texts",
         "Weekly; Learning Support department",
         ""],
        ["Small group revision sessions for A-level History",
         "Weekly, subject to review at Christmas; History teacher",
         ""],
    ])

    d.heading("2. Moving on to higher education (E3, E4)", level=2)
    _ftable(d, [
        ["Individual careers guidance on History and Politics degree courses, the UCAS application and applying for the Disabled Students' Allowance",
         "Three 45-minute appointments, in September, November and February of Year 13, with a careers adviser who holds the Level 6 Diploma in Career Guidance and Development",
         "UCAS Hub account"],
        ["Accompanied visits to universities to check wheelchair access to halls, libraries and lecture theatres",
         "To be agreed with college",
         "Transport TBC"],
        ["Help with writing her UCAS personal statement and her Disabled Students' Allowance application",
         "As decided by her personal tutor",
         ""],
        ["Peer mentoring with a disabled undergraduate from the Dunmere Futures access scheme, talking through studying, adjustments and living in halls",
         "Four 1-hour online sessions between January and May 2026; the mentor is trained and DBS-checked by the scheme and supervised by its disability co-ordinator",
         "Laptop and headset (as above)"],
    ])

    d.heading("3. Independent living and getting around (E5, E6)", level=2)
    _ftable(d, [
        ["Independent living sessions in the college training flat: cooking a simple meal from a perching stool, ordering food shopping online and keeping to a weekly budget",
         "One 90-minute session every Thursday afternoon from January to June 2026, taught by the independent living tutor (Level 3 Award in Education and Training) from a programme written by an HCPC-registered occupational therapist",
         "Training flat with a height-adjustable hob and worktop"],
        ["Lunchtime support in the refectory to carry Freya's tray, open packaging and cut up food",
         "30 minutes every day at first, reducing as Freya becomes more independent; learning support assistant",
         ""],
        ["Occupational therapy advice to the college on Freya's seating, desk height and routes around the buildings",
         "Once a year; NHS occupational therapist",
         "Any equipment the OT recommends"],
        ["Accessible transport between the main site and the Arts Centre for lessons held there",
         "Every timetabled Sociology lesson at the Arts Centre, subject to the college minibus being available",
         "Wheelchair-accessible minibus"],
        ["Independent travel training on the low-floor 14 bus and the Dunmere\u2013Ashwell rail line, including booking Passenger Assist and what to do if a lift or ramp is out of order",
         "Two 1-hour sessions a week for eight weeks from 5 January 2026, with a travel trainer from the Dunmere Independent Travel Team who holds the Level 3 Award in Travel Training",
         "Bus pass; Passenger Assist app"],
    ])

    d.heading("4. Health, wellbeing and managing fatigue (E7, E8)", level=2)
    _ftable(d, [
        ["Mentoring with the Student Support team to help Freya manage stress and her workload",
         "Regularly throughout Year 13",
         ""],
        ["A flexible timetable, for example studying from home on days when her fatigue is high",
         "As agreed with the Head of Sixth Form",
         ""],
        ["Two 10-minute rest breaks each college day, at 11:15 and 14:00, lying on the rest bed in the medical room to take the weight off her spine",
         "Twice daily, 10 minutes each; the student services officer on duty unlocks the room and stays within call",
         "Rest bed and pressure-relieving cushion"],
    ])

    # ---------------------------------------------------------------- G
    d.heading("Section G: My health provision", section="G")
    d.para("Agreed by NHS Dunmere and Westvale Integrated Care Board on 6 November 2025.")
    d.bullets([
        "Risdiplam, taken at home each morning; no doses are needed at college.",
        "Paracetamol as required for back pain, which Freya carries and takes herself under the college's medicines policy.",
        "Review of Freya's powered wheelchair and seating by the Dunmere Wheelchair Service every six months.",
        "Respiratory review by the neuromuscular team when an appointment becomes available.",
        "Physiotherapy input as appropriate to maintain Freya's range of movement.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.para("Not applicable. Freya is 18, so her social care is provided under the Care Act "
           "2014 and is set out in Section H2.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.bullets([
        "A personal assistant for 14 hours a week (two hours every morning, seven days a week) for washing, dressing and breakfast, as set out in Freya's Care Act care and support plan of 22 September 2025 and paid for by a direct payment.",
        "Support from adult social care with the move into university accommodation.",
        "Dunmere Adult Social Care will ask the council for the area of Freya's firm-choice university to assess her needs by 31 March 2026, so that support in halls is in place for September 2026.",
    ])

    # ---------------------------------------------------------------- I
    d.heading("Section I: My college (placement)", section="I")
    d.para("Ashwell Park Sixth Form College, Dunmere (sixth form college), full-time A-level "
           "study programme.")

    # ---------------------------------------------------------------- J
    d.heading("Section J: Personal budget", section="J")
    d.para("Freya receives a social care direct payment of \u00a3252 per week for her personal "
           "assistant (Section H2). No personal budget has been requested for the special "
           "educational provision in Section F.")

    # ---------------------------------------------------------------- K
    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "My views \u2013 Freya Castellano, 22 October 2025",
        "Parents' views \u2013 Marisa and Stefan Castellano, 20 October 2025",
        "Educational advice \u2013 Mr D. Okafor, Head of Learning Support, Ashwell Park Sixth Form College, 15 October 2025",
        "Specialist assessment for dyslexia \u2013 Ms E. Rundle, specialist assessor, 19 September 2024",
        "Psychological advice \u2013 Dr Priya Nandakumar, Educational Psychologist, 2 October 2025",
        "Medical advice \u2013 Dr S. Hallam, Consultant in Paediatric Neurology, 30 September 2025",
        "Occupational therapy advice \u2013 Dunmere Community Therapy Service",
        "Social care advice \u2013 Dunmere Adult Social Care (Care Act assessment), 22 September 2025",
        "Preparing for adulthood advice \u2013 Ms A. Fairbrother, Careers Adviser, 8 October 2025",
    ])
