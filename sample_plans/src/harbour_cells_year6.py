"""Harbourside City Council - every section is a two-column table: the left cell holds the
label ('Section F'), the right cell the title and content (bullets typed as characters).
Section J is MISSING (deliberate). Year 6 pupil moving to secondary school. FINAL."""

TITLE = "Education, Health and Care Plan - Alfie Brennan"


def build(d):
    d.simple_footer("Harbourside City Council | SEND Service | Alfie Brennan | Final EHC Plan")
    d.title("Harbourside City Council", size=15, color="0B5394")
    d.title("Education, Health and Care Plan (Final)", size=20, color="0B5394")
    d.table(None, [
        ["Child", "Alfie Brennan", "D.O.B.", "05/04/2015"],
        ["School", "St Brendan's Catholic Primary School", "Year", "Year 6"],
        ["Parent", "Siobhan Brennan", "Tel.", "07700 900733"],
        ["Address", "Flat 9, Quayside Mansions, Harbourside, ZX2 5JE", "Date of plan", "10/02/2026"],
        ["Plan co-ordinator", "Keisha Lamptey", "Review by", "09/02/2027"],
    ], widths_cm=[3.0, 6.0, 2.6, 5.0], bold_first_col=True)
    d.para("About this plan", bold=True)
    d.para("This Education, Health and Care plan sets out Alfie's needs, the outcomes he is "
           "working towards and the provision that must be made for him. Harbourside City "
           "Council must secure the special educational provision in Section F. If you disagree "
           "with Sections B, F or I you may appeal to the First-tier Tribunal (SEND) within two "
           "months of the date of this plan; information about mediation is enclosed.")
    d.page_break()

    d.cell_section("Section A", "Views, interests and aspirations", [
        "Alfie is 10 and in Year 6. He is a huge fan of Harbourside Rovers, plays goalkeeper "
        "for his club's under-11s and likes making stop-motion films on his tablet.",
        "Alfie says: \"I'm good at ideas but my writing looks messy and I'm always the last "
        "one to get changed for PE. I want to be a goalkeeper or make films.\"",
        "His mum, Siobhan, says that Alfie is bright and imaginative but has started to call "
        "himself stupid. She wants him to go to secondary school with the tools to get his "
        "ideas down and to feel good about himself.",
    ], section="A")

    d.cell_section("Section B", "Special educational needs", [
        ("h", "Sensory and/or physical"),
        "Alfie has developmental coordination disorder (DCD). His handwriting is slow (about "
        "six words a minute) and hard to read. He needs help with buttons, laces and cutting "
        "up food.",
        ("h", "Cognition and learning"),
        "His reading is around age expectations but his spelling is two years behind, and he "
        "has difficulty organising himself, his equipment and longer pieces of work.",
        ("h", "Social, emotional and mental health"),
        "Alfie's self-esteem is low. He avoids tasks where he might fail and has told staff "
        "he is \"rubbish at everything\". He worries about moving to secondary school.",
        ("h", "Communication and interaction"),
        "Alfie communicates well but sometimes struggles to join in with group play and "
        "conversations at lunchtime, and can be left out.",
    ], section="B")

    d.cell_section("Section C", "Health needs", [
        "DCD, diagnosed by the community paediatrician in 2022. Alfie was discharged from "
        "the NHS occupational therapy service in 2024. He has no other health needs.",
    ], section="C")

    d.cell_section("Section D", "Social care needs", [
        "None identified.",
    ], section="D")

    d.cell_section("Section E", "Outcomes", [
        ("b", "By July 2026, Alfie will touch-type at 20 words per minute with 90% accuracy."),
        ("b", "Alfie will improve his handwriting."),
        ("b", "By the end of Year 7, Alfie will pack his own bag for the day from a checklist, without reminders, on four days out of five."),
        ("b", "Alfie will be supported by an ELSA."),
        ("b", "By October 2026, Alfie will name two friends at Seagrove Academy whom he spends break time with."),
        ("b", "Alfie will feel more confident."),
    ], section="E")

    d.cell_section("Section F", "Special educational provision", [
        ("h", "Physical and motor skills"),
        ("b", "Touch-typing tuition with the English Type programme for 20 minutes, three times a week, 1:1 with a teaching assistant who has completed the programme's training."),
        ("b", "Use of a school laptop when available."),
        ("b", "An occupational therapist (HCPC-registered) will deliver a 45-minute 1:1 session every fortnight in school on handwriting, dressing and using cutlery, and will write a 10-minute daily programme that a named teaching assistant delivers on the other school days."),
        ("b", "Pencil grips, a writing slope and squared maths books provided for Alfie's own use in every lesson."),
        ("b", "Movement breaks of 5 minutes, about every 45 minutes, supervised by an adult."),
        ("b", "PE adaptations as necessary, in line with school policy."),
        ("h", "Learning"),
        ("b", "Lexia Core5 reading programme, 1:1 on a tablet with a teaching assistant trained by Lexia, for 20 minutes every school day; the SENCO will check his progress data every half-term."),
        ("b", "Pre-teaching of new spelling patterns in a pair with one other pupil for 15 minutes every Monday and Wednesday, by the Year 6 HLTA, who is trained in the Stareway to Spelling approach."),
        ("b", "Literacy support from a teaching assistant, reduced to fortnightly after Christmas."),
        ("b", "Alfie will receive some help with organisation."),
        ("b", "Additional time in tests, e.g. 25% extra time."),
        ("b", "Subject to the outcome of the planned EP assessment, a programme of cognitive work will be put in place."),
        ("h", "Wellbeing and friendships"),
        ("b", "ELSA sessions focused on self-esteem: one 30-minute 1:1 session each week for 12 weeks from January 2026 with the school's trained ELSA, then a further 12-week block in the autumn term 2026 at Seagrove Academy with its trained ELSA."),
        ("b", "Weekly small group social skills sessions with the learning mentor."),
        ("b", "Alfie should be encouraged to join lunchtime clubs."),
        ("b", "Six extra half-day visits to Seagrove Academy between April and July 2026, accompanied by his Year 6 teaching assistant, and a photo book of the new school prepared by the Seagrove SENCO by 1 June 2026."),
        ("b", "Any other support that the SENCO deems appropriate."),
    ], section="F")

    d.cell_section("Section G", "Health provision", [
        "No health provision is required at present. Alfie's occupational therapy is set out "
        "in Section F.",
    ], section="G")

    d.cell_section("Section H1", "Social care provision under section 2 CSDPA 1970", [
        "None.",
    ], section="H1")
    d.cell_section("Section H2", "Other social care provision", [
        "None.",
    ], section="H2")

    d.cell_section("Section I", "Placement", [
        "Until July 2026: St Brendan's Catholic Primary School (mainstream voluntary aided primary school).",
        "From September 2026: a mainstream secondary school, to be confirmed following consultation with Seagrove Academy.",
    ], section="I")

    d.cell_section("Section K", "Advice and information", [
        ("b", "Parental views - Siobhan Brennan, 3 October 2025"),
        ("b", "School advice - Mrs A. Devlin, SENCO, St Brendan's, 10 October 2025"),
        ("b", "Educational psychology advice - Harbourside EP Service"),
        ("b", "Medical advice - Dr K. Oyelaran, Community Paediatrician, 14 October 2025"),
        ("b", "Occupational therapy advice - independent OT report, M. Sheridan, 2 October 2025"),
        ("b", "Social care - no involvement, 8 October 2025"),
    ], section="K")
