"""Millbrook Metropolitan Borough Council - contents page listing every section with dot
leaders and page numbers; running header 'Name: ... DOB: ...' and footer 'Page X of Y'
(PAGE / NUMPAGES fields); several sections start on a new page; part of Section F is
written as a prose paragraph. Year 5 pupil in a maintained special school. FINAL."""

TITLE = "EHC Plan - Zainab Qureshi"
HAS_TOC = True
TOC_PAGES = (2,)

H = {
    "A": "Section A \u2013 The views, interests and aspirations of Zainab and her parents",
    "B": "Section B \u2013 Zainab's special educational needs",
    "C": "Section C \u2013 Health needs related to Zainab's SEN",
    "D": "Section D \u2013 Social care needs related to Zainab's SEN or disability",
    "E": "Section E \u2013 Outcomes",
    "F": "Section F \u2013 Special educational provision",
    "G": "Section G \u2013 Health provision",
    "H1": "Section H1 \u2013 Social care provision (CSDPA 1970, section 2)",
    "H2": "Section H2 \u2013 Other social care provision",
    "I": "Section I \u2013 Placement",
    "J": "Section J \u2013 Personal budget",
    "K": "Section K \u2013 Advice and information",
}


def build(d):
    d.running_header_footer("Name: Zainab Qureshi        DOB: 27/01/2016        Millbrook EHC Plan",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Millbrook Metropolitan Borough Council", size=14, color="8A4B08")
    d.title("Education, Health and Care Plan", size=24, color="8A4B08")
    d.para("")
    d.details_table([
        ("Name", "Zainab Qureshi"),
        ("Date of birth", "27/01/2016"),
        ("NC year", "Year 5"),
        ("Parents", "Farah Qureshi and Imran Qureshi"),
        ("Address", "5 Tanner's Yard, Millbrook, ZY6 1HG"),
        ("Plan status", "Final"),
        ("Date of plan", "28/11/2025"),
        ("Date of next review", "27/11/2026"),
    ], fill="FBE5D6")
    d.page_break()
    d.toc([(k, v) for k, v in H.items()])
    d.page_break()

    d.heading(H["A"], section="A")
    d.para("Zainab is nine. She is a joyful girl who loves water, spinning, bubbles, Bollywood "
           "music and being swung in a blanket. She communicates using some single words, "
           "gestures, PECS pictures and by taking adults to what she wants.")
    d.para("Zainab shows us she is happy by laughing and flapping her hands; when she is "
           "distressed she may bite her hand or drop to the floor.")
    d.para("Farah and Imran say: \"We want Zainab to be able to tell us what she needs and what "
           "hurts. We would love her to be dry in the daytime, to enjoy being with other "
           "children and to be as independent as she can be when she is older.\"")
    d.para("Zainab's aspirations, as her parents see them: to communicate her choices, to enjoy "
           "swimming and music, and to live a happy life close to her family.")

    d.page_break()
    d.heading(H["B"], section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Zainab is autistic. She has very limited spoken language (around 20 single words, "
           "used inconsistently). She uses PECS at Phase 2 and is beginning to use Phase 3. She "
           "finds shared attention hard and will often play alongside rather than with others.")
    d.heading("Cognition and learning", level=2)
    d.para("Zainab has global developmental delay and a severe learning difficulty. She is "
           "working at early engagement steps. She learns best through movement, repetition and "
           "real objects, and can attend to an adult-led activity for about three minutes.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Zainab becomes distressed at transitions and when she cannot communicate her needs. "
           "Distress can lead to self-injury.")
    d.heading("Sensory and/or physical", level=2)
    d.para("Zainab seeks movement and deep pressure and is very sensitive to certain noises "
           "(hand dryers, babies crying). She has low muscle tone and tires quickly when walking "
           "distances.")
    d.heading("Independence and self-care", level=2)
    d.para("Zainab is not yet toilet trained and needs full support with dressing and eating "
           "with a spoon.")

    d.heading(H["C"], section="C")
    d.para("Autism; global developmental delay; epilepsy (absence and occasional tonic-clonic "
           "seizures), managed with sodium valproate; chronic constipation.")
    d.heading(H["D"], section="D")
    d.para("Zainab is a disabled child. The Millbrook Disabled Children's Team assessed her in "
           "2025 and found that she needs short breaks to take part in activities with other "
           "children, and that her parents need overnight breaks from caring.")

    d.page_break()
    d.heading(H["E"], section="E")
    d.bullets([
        "By the end of Year 6, Zainab will exchange a picture card to request a preferred item from an adult across the classroom, without a physical prompt, 10 times a day.",
        "Zainab will make progress in her communication.",
        "By July 2027, Zainab will use the toilet at timed intervals with no more than one accident a week.",
        "Zainab will access hydrotherapy weekly.",
        "By the end of Key Stage 2, Zainab will stay in a 20-minute group activity in class for the whole time on four days out of five.",
    ])
    d.para("Brookfield School will set short-term targets towards these outcomes each term.")

    d.page_break()
    d.heading(H["F"], section="F")
    d.heading("Communication and interaction", level=2)
    d.bullets([
        "Zainab will use PECS (Phase 3) throughout every school day, with a PECS book prepared and updated weekly by her class teacher, who has completed PECS Level 1 training.",
        "Intensive Interaction sessions of 15 minutes, 1:1, four times a day, delivered by her class teaching assistants, who have had Intensive Interaction training from the school's speech and language therapist.",
        "Speech and language therapy input will be provided flexibly across the school year.",
        "The speech and language therapist will set targets and review them termly.",
    ])
    d.heading("Cognition and learning", level=2)
    d.para("Zainab will be taught in a class of no more than eight pupils with a teacher and at "
           "least three teaching assistants throughout the school day. She will follow a "
           "sensory-based curriculum appropriate to her level. Attention Autism 'bucket' "
           "sessions will take place daily for 10 minutes, led by the class teacher with the "
           "whole class group of eight. Zainab may also benefit from music therapy.")
    d.heading("Social, emotional, mental health and sensory", level=2)
    d.bullets([
        "A sensory circuit of 15 minutes at 9:10 and 13:15 every school day, devised by the occupational therapist (HCPC-registered) and led by a teaching assistant she has trained; the OT will review and update it each half-term.",
        "Sensory breaks throughout the day as required.",
        "Access to the hydrotherapy pool.",
        "A behaviour support plan will be written by the school.",
        "Additional 1:1 staffing during transitions between activities.",
    ])
    d.heading("Physical development and self-care", level=2)
    d.bullets([
        "A toileting programme with timed visits every 90 minutes during the school day, carried out by two named teaching assistants trained in intimate care, using the same visual sequence each time.",
        "Physiotherapy programme to be carried out by school staff as directed by the physiotherapist.",
        "Specialist seating and other equipment as recommended by the OT.",
        "Rebound therapy on the trampoline for 20 minutes each week, 1:1 with a qualified rebound therapy instructor (subject to review).",
        "A 30-minute swimming lesson in the school's hydrotherapy pool every Thursday, 1:1 with a teaching assistant who holds a swimming teaching qualification, working on water-confidence targets set by her physiotherapist.",
    ])

    d.page_break()
    d.heading(H["G"], section="G")
    d.bullets([
        "Buccal midazolam to be given as required under Zainab's epilepsy care plan by two members of staff trained by the epilepsy nurse specialist.",
        "Continence products supplied by the NHS continence service every 12 weeks.",
        "Review by the community paediatrician every six months.",
    ])
    d.heading(H["H1"], section="H1")
    d.para("Zainab will attend Saturday club at the Millbrook Short Breaks Centre from 10:00 to "
           "15:00 every other Saturday, with 1:1 staffing, under section 2 of the CSDPA 1970.")
    d.heading(H["H2"], section="H2")
    d.para("Overnight short breaks at Larchwood House.")

    d.page_break()
    d.heading(H["I"], section="I")
    d.para("Brookfield School, Millbrook (maintained special school for pupils aged 4\u201319 with "
           "severe and complex learning difficulties).")
    d.heading(H["J"], section="J")
    d.para("Zainab's parents receive a social care direct payment of \u00a31,920 a year, used to "
           "pay for the Saturday club in Section H1. No direct payment is made for special "
           "educational provision.")
    d.heading(H["K"], section="K")
    d.table(["Advice", "From", "Date"], [
        ["Parental advice", "Farah and Imran Qureshi", "01/09/2025"],
        ["Educational advice", "Brookfield School (class teacher and deputy head)", "15/09/2025"],
        ["Psychological advice", "Dr Tomasz Lewandowski, Educational Psychologist", "22/09/2025"],
        ["Medical advice", "Dr E. Ferreira, Community Paediatrician", "10/09/2025"],
        ["Speech and language therapy advice", "Millbrook Children's SaLT Service", "18/09/2025"],
        ["Occupational therapy advice", "Millbrook Children's OT Service", "19/09/2025"],
        ["Social care advice", "Millbrook Disabled Children's Team", "25/09/2025"],
    ], widths_cm=[5.2, 8.0, 3.4])
