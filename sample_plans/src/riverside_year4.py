"""Eastmere County Council - prose template, 'Section A: ...' Word headings, bullet lists,
H1/H2 split. Year 4 pupil in a mainstream primary school. FINAL plan."""

TITLE = "Education, Health and Care Plan - Toby Wrenfield"


def build(d):
    d.running_header_footer("Eastmere County Council  |  EHC Plan  |  Toby Wrenfield",
                            first_page_plain=True)
    d.title("Eastmere County Council")
    d.title("Education, Health and Care Plan", size=18)
    d.para("FINAL PLAN", bold=True, size=14)
    d.details_table([
        ("Child's name", "Toby Wrenfield"),
        ("Date of birth", "14/11/2016"),
        ("School year", "Year 4"),
        ("Current setting", "Riverside Community Primary School"),
        ("Parents", "Hannah Wrenfield and Marcus Wrenfield"),
        ("Home address", "7 Sandpiper Row, Eastmere, ZX4 7QT"),
        ("Date of final plan", "14 March 2026"),
        ("Next annual review by", "13 March 2027"),
        ("EHC co-ordinator", "Priya Danvers, SEN Casework Team"),
    ])
    d.para("This plan is written about Toby and his family. Where we have used Toby's own words "
           "they are shown in quotation marks.", italic=True)
    d.page_break()

    d.heading("Section A: Views, interests and aspirations of Toby and his parents", section="A")
    d.heading("What Toby told us", level=2)
    d.para("Toby talked to his teaching assistant and drew pictures to show what he likes and what "
           "he finds hard. He said: \"I like Lego and trains and my dog Pepper. I don't like it when "
           "everybody talks at once because then I can't find my words.\"")
    d.bullets([
        "Toby loves building Lego models from instructions and can spend an hour on one.",
        "He knows the names of most steam locomotives and likes visiting the heritage railway with his grandad.",
        "He would like to \"drive a real train one day\".",
        "He says reading is \"the hardest thing\" and that he feels silly when he gets words wrong in front of others.",
    ])
    d.heading("What Toby's parents told us", level=2)
    d.para("Hannah and Marcus describe Toby as kind, funny and determined. They are worried that he "
           "is falling further behind his friends with reading and that he comes home exhausted and "
           "tearful most days. They want Toby to be able to read for pleasure, to explain himself "
           "when things go wrong and to keep the friendships he has made at Riverside.")
    d.heading("Toby's aspirations", level=2)
    d.para("In the long term Toby wants to work on the railways. His parents hope he will leave "
           "primary school a confident reader who is able to ask for help.")

    d.heading("Section B: Toby's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Toby has a diagnosis of developmental language disorder (DLD), confirmed by the NHS "
           "speech and language therapy service in June 2025. His receptive language standard "
           "score is 72 and his expressive language standard score is 68. He has difficulty "
           "following instructions with more than two key words, retrieving vocabulary and "
           "sequencing events when retelling them. He often uses \"thingy\" in place of a word.")
    d.heading("Cognition and learning", level=2)
    d.para("Toby reads at approximately a Year 1 level. His phonics knowledge is secure to phase 3 "
           "but he cannot yet blend reliably with vowel digraphs. His spelling is phonetically "
           "plausible but inconsistent. In maths he is close to age-related expectations for "
           "number but struggles with worded problems because of his language needs. His working "
           "memory was assessed by the educational psychologist as well below average.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Toby becomes anxious when asked to read aloud or answer questions in front of the class. "
           "He may hide under the table or leave the room. His parents report that he has "
           "difficulty sleeping on Sunday nights. He has a small group of friends but can find "
           "playground games confusing when the rules change.")
    d.heading("Sensory and/or physical needs", level=2)
    d.para("Toby has weak fine motor control. His pencil grip is immature and his handwriting is "
           "large and effortful; he tires after about five lines. He has no sensory processing "
           "needs that have been identified.")

    d.heading("Section C: Toby's health needs which relate to his SEN", section="C")
    d.para("Toby has mild asthma, managed with a reliever inhaler. This does not usually affect his "
           "learning. He was seen by the community paediatrician in September 2025, who found no "
           "other health needs relating to his SEN.")

    d.heading("Section D: Toby's social care needs which relate to his SEN or disability", section="D")
    d.para("Toby does not have any identified social care needs. The family is not known to "
           "children's social care and no social care assessment was requested.")

    d.heading("Section E: Outcomes sought for Toby", section="E")
    d.para("The outcomes below are to be achieved by the end of Key Stage 2 (July 2028) unless "
           "stated otherwise. Riverside will set termly steps towards each outcome and share them "
           "with Toby's parents.")
    d.bullets([
        "By the end of Year 5, Toby will follow a three-step spoken instruction in class without a visual prompt on four out of five occasions.",
        "Toby will improve his vocabulary.",
        "By July 2027, Toby will read a book banded at Year 3 level aloud to an adult with at least 90% accuracy.",
        "Toby will receive speech and language therapy every week.",
        "By the end of Key Stage 2, Toby will write a paragraph of at least five sentences legibly in 15 minutes using a joined script or a laptop.",
        "Toby will be happier in school.",
        "By the end of Year 4, when he feels worried Toby will show his 'help' card to an adult or use his calm-down corner instead of leaving the classroom, on most days in a week.",
    ])

    d.heading("Section F: Special educational provision", section="F")
    d.para("The provision below is required to meet the needs set out in Section B. It will be "
           "delivered in term time for the life of this plan.")
    d.heading("Communication and interaction", level=2)
    d.bullets([
        "Two 30-minute sessions of individual speech and language therapy each week in term time, delivered in school by an HCPC-registered speech and language therapist.",
        "The speech and language therapist will provide advice to school staff on supporting Toby's language.",
        "Toby will have access to a small group for vocabulary work.",
        "A teaching assistant trained by the speech and language therapist will deliver Toby's word-finding programme (written by the therapist) 1:1 for 15 minutes, three times a week, on the days therapy is not delivered.",
        "Pre-teaching of key topic words should be provided where possible.",
    ])
    d.heading("Cognition and learning", level=2)
    d.bullets([
        "Toby will be taught through Read Write Inc. Fresh Start in a group of no more than four pupils, for 30 minutes every school day, by a teacher or HLTA who has completed the Read Write Inc. training.",
        "Precision Teaching for high-frequency words, 10 minutes daily, delivered 1:1 by a teaching assistant trained in Precision Teaching by the school's specialist dyslexia teacher (AMBDA).",
        "Additional adult support in literacy lessons as appropriate.",
        "A multi-sensory spelling programme, subject to funding being agreed.",
        "Differentiated tasks and a supportive classroom environment in all lessons.",
    ])
    d.heading("Social, emotional and mental health", level=2)
    d.bullets([
        "A 30-minute ELSA session every Wednesday afternoon, 1:1 with the school's trained Emotional Literacy Support Assistant, following a six-week anxiety-management programme that is repeated with new targets each half-term.",
        "Staff will use strategies such as visual timetables, now-and-next boards and social stories.",
        "A daily five-minute 'check-in' with his class teaching assistant at 8:45 in the classroom reading corner to go through the day's timetable.",
    ])
    d.heading("Sensory and/or physical", level=2)
    d.bullets([
        "Fine motor activities at the discretion of the class teacher.",
        "A sloped writing board and a triangular pencil grip for Toby's own use in all writing lessons.",
        "A daily 10-minute handwriting warm-up from the Speed Up! programme, led 1:1 by a teaching assistant trained in it, subject to review at the end of the autumn term.",
        "Occupational therapy input will be determined following an assessment by the OT service.",
    ])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Toby's reliever inhaler (salbutamol) will be kept in the classroom and given as required in line with his asthma plan, by staff who have completed the school's asthma training.",
        "Annual asthma review with the practice nurse at his GP surgery.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No social care assessment has identified a need for provision under section 2.")
    d.heading("Section H2: Any other social care provision", section="H2")
    d.para("None at present.")

    d.heading("Section I: Placement", section="I")
    d.para("Riverside Community Primary School, Eastmere (mainstream maintained primary school).")

    d.heading("Section J: Personal budget", section="J")
    d.para("A personal budget has not been requested by Toby's parents.")

    d.heading("Section K: Advice and information", section="K")
    d.para("The following advice was gathered during the EHC needs assessment and is attached as appendices:")
    d.numbered([
        "Parental views - Hannah and Marcus Wrenfield, 3 November 2025",
        "Educational advice - Riverside Community Primary School (SENCO, Mrs L. Okafor), 10 November 2025",
        "Psychological advice - Dr Rhiannon Pell, Educational Psychologist, 1 December 2025",
        "Medical advice - Dr S. Mahmood, Community Paediatrician, 19 November 2025",
        "Speech and language therapy advice - Eastmere NHS SaLT service",
        "Social care advice - Eastmere Children's Services, 12 November 2025",
    ])
    d.para("Signed on behalf of Eastmere County Council: Priya Danvers, SEN Casework Officer. "
           "Date: 14 March 2026.")
