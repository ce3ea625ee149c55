"""Borough of Northmoor - table-heavy layout: Section E as a table and Section F as
five-column tables (Need | Outcome | Provision | Frequency/amount | Delivered by), one per
area of need. Upper-case 'SECTION X - TITLE' headings. Year 7, mainstream academy. FINAL."""

TITLE = "EHC Plan - Imogen Castellano"


def build(d):
    d.simple_footer("Borough of Northmoor - Education, Health and Care Plan - OFFICIAL SENSITIVE")
    d.title("BOROUGH OF NORTHMOOR", size=16, color="7B2C2C")
    d.title("Education, Health and Care Plan", size=20, color="7B2C2C")
    d.para("Status: Final", bold=True)
    d.label_para("Name: ", "Imogen Castellano")
    d.label_para("Date of birth: ", "3 February 2014")
    d.label_para("NC year: ", "Year 7")
    d.label_para("Home address: ", "22 Fellgate Close, Northmoor, ZY2 4LP")
    d.label_para("Parent/carer: ", "Sofia Castellano (mother); Rob Hensley (stepfather)")
    d.label_para("Contact telephone: ", "07700 900418")
    d.label_para("Plan issued: ", "9 January 2026")
    d.label_para("Review due: ", "January 2027")
    d.label_para("SEN officer: ", "Gareth Milsom")
    d.para("")

    d.heading("SECTION A \u2013 ALL ABOUT ME", section="A")
    d.para("Imogen is 11 and started at Harrowgate Lane Academy in September. She is thoughtful, "
           "loves drawing manga characters and knows a great deal about marine biology. She has "
           "two cats, Miso and Udon, and a younger brother, Teo.")
    d.para("In her own words: \"I want teachers to know that when I go quiet it doesn't mean I'm "
           "fine. Loud corridors make my head feel fizzy. I want to be a marine biologist and "
           "work on a boat.\"")
    d.para("Sofia and Rob say that Imogen holds herself together all day and then 'explodes' at "
           "home. They want her to feel safe at school, to have at least one friend she trusts, "
           "and to keep up with maths, which she is starting to dread.")

    d.heading("SECTION B \u2013 SPECIAL EDUCATIONAL NEEDS", section="B")
    d.para("Communication and interaction", bold=True)
    d.para("Imogen received a diagnosis of autism in 2022. She takes language literally, finds it "
           "hard to follow fast group conversations and to know when it is her turn to speak. "
           "Unexpected changes to her timetable cause her significant distress.")
    d.para("Cognition and learning", bold=True)
    d.para("Imogen's reading and spelling are in the average range. Her maths attainment is around "
           "two years below age expectations; she has difficulty recalling number facts and "
           "understanding place value and fractions. Her written work is slow to start.")
    d.para("Social, emotional and mental health", bold=True)
    d.para("Imogen experiences high levels of anxiety, particularly at transitions and in "
           "unstructured times. She masks her distress in school. Her attendance this year is 88%.")
    d.para("Sensory and/or physical", bold=True)
    d.para("Imogen is very sensitive to noise and to crowded spaces. The occupational therapist "
           "found sensory over-responsivity to sound and touch.")

    d.heading("SECTION C \u2013 HEALTH NEEDS", section="C")
    d.para("Imogen has difficulty getting to sleep and is prescribed melatonin by the community "
           "paediatrician. She is on the waiting list for the Child and Adolescent Mental Health "
           "Service (CAMHS) for support with anxiety.")

    d.heading("SECTION D \u2013 SOCIAL CARE NEEDS", section="D")
    d.para("An assessment by the Northmoor Children with Disabilities Team (October 2025) found "
           "that Imogen needs support to take part in leisure activities outside school, and that "
           "her parents need regular breaks from caring.")

    d.heading("SECTION E \u2013 OUTCOMES", section="E")
    d.table(["No.", "Outcome", "By when"], [
        ["E1", "Imogen will be able to take part in a small-group discussion, taking at least three turns and staying on topic, in two lessons a week.", "End of Year 8 (July 2027)"],
        ["E2", "Imogen will cope better with change.", "Ongoing"],
        ["E3", "Imogen will achieve her potential in maths.", "End of Key Stage 3"],
        ["E4", "Imogen will complete a 20-minute independent writing task on her laptop, producing at least 150 words.", "July 2026"],
        ["E5", "Imogen will attend counselling sessions.", "Summer term 2026"],
        ["E6", "Imogen will stop having meltdowns in school.", ""],
        ["E7", "Imogen will move between lessons on her own, arriving within the five-minute changeover, for every lesson in a week.", "End of Year 8 (July 2027)"],
    ], widths_cm=[1.3, 11.3, 4.0])

    d.heading("SECTION F \u2013 SPECIAL EDUCATIONAL PROVISION", section="F")
    d.para("Provision is listed by area of need. Each row shows the need in Section B and the "
           "outcome in Section E that it supports.")
    hdr = ["Need", "Outcome", "Provision", "Frequency/amount", "Delivered by"]
    w = [3.0, 1.7, 5.4, 3.2, 3.3]
    d.para("Communication and interaction", bold=True)
    d.table(hdr, [
        ["Difficulty understanding non-literal language and following group conversations", "E1",
         "Social communication group using the Talkabout programme, in a group of no more than five students",
         "One 50-minute session per week, term time",
         "Speech and language therapist (HCPC-registered) with a teaching assistant"],
        ["Distress when routines change", "E2", "Advance warning of changes to routine",
         "As and when", "All staff"],
        ["Social understanding", "E1", "Social stories and comic strip conversations written for particular situations",
         "When needed", "Form tutor"],
        ["Inference and narrative language", "E1", "Direct 1:1 speech and language therapy targeting inference and narrative skills",
         "Weekly", "NHS speech and language therapist"],
        ["Anxiety about not knowing what is coming", "E2", "A visual timetable for the week stuck in her planner, updated with any changes",
         "Every Monday at morning registration (10 minutes)", "Form tutor"],
    ], widths_cm=w, font_size=9.5)
    d.para("Cognition and learning", bold=True)
    d.table(hdr, [
        ["Recall of number facts and place value", "E3", "Catch Up Numeracy, 1:1",
         "Two 15-minute sessions per week", "Teaching assistant who has completed the Catch Up Numeracy training"],
        ["Slow processing in assessments", "E4", "Imogen would benefit from a reader and scribe for assessments",
         "In all tests and examinations", "Exams officer"],
        ["Written work slow to start", "E4", "Literacy intervention in a small group",
         "Regularly", "Learning support department"],
        ["Access to the curriculum in core subjects", "E3, E4",
         "In-class support from a learning support assistant (minimum Level 3 qualification, trained in autism awareness by the LA autism outreach team) in English, maths and science lessons",
         "12 hours per week, timetabled across English, maths and science", "Named learning support assistant"],
        ["Maths attainment", "E3", "Up to 5 hours per week of additional maths tuition",
         "Up to 5 hours weekly", "Maths department"],
        ["Maths vocabulary and new concepts", "E3",
         "Pre-teaching of new maths vocabulary and concepts in a pair with one other student",
         "20 minutes before each of her four weekly maths lessons", "HLTA with a Level 4 qualification"],
    ], widths_cm=w, font_size=9.5)
    d.para("Social, emotional and mental health", bold=True)
    d.table(hdr, [
        ["Anxiety", "E2, E6", "Individual sessions with the school counsellor (BACP-registered) using a CBT-informed anxiety programme",
         "One 45-minute session every week in term time", "School counsellor"],
        ["Overwhelm in unstructured times", "E6", "Access to a quiet space at unstructured times",
         "Daily", ""],
        ["Building trust with adults", "E2", "Mentoring with a key adult, reducing as Imogen settles",
         "Initially twice weekly", "Key adult"],
        ["", "", "LEGO-based therapy group of three students",
         "Three lunchtimes a week, 12:30\u201313:00", "Learning mentor trained in LEGO-based therapy"],
    ], widths_cm=w, font_size=9.5)
    d.para("Sensory and/or physical", bold=True)
    d.table(hdr, [
        ["Sensory over-responsivity", "E6", "Sensory strategies as recommended in the occupational therapy report of 9 October 2025",
         "Throughout the day", "All staff"],
        ["Noise sensitivity", "E6", "Ear defenders and a movement break", "As required", "Imogen / staff"],
        ["Sensory regulation", "E6", "OT assessment of sensory needs to be arranged, with a programme to follow",
         "TBC", "Occupational therapist"],
        ["Crowded corridors", "E7",
         "A pass allowing Imogen to leave lessons five minutes early to move between classrooms before the corridors fill, accompanied by her named LSA",
         "Every lesson change, every day", "Named learning support assistant (as above)"],
    ], widths_cm=w, font_size=9.5)

    d.heading("SECTION G \u2013 HEALTH PROVISION", section="G")
    d.bullets([
        "Review of Imogen's sleep and melatonin prescription every six months by the community paediatrician.",
        "CAMHS to offer a course of cognitive behavioural therapy to teach Imogen anxiety-management skills, once she reaches the top of the waiting list.",
    ])

    d.heading("SECTION H1 \u2013 SOCIAL CARE PROVISION (SECTION 2 CSDPA 1970)", section="H1")
    d.para("Short breaks as agreed with the family.")
    d.heading("SECTION H2 \u2013 OTHER SOCIAL CARE PROVISION", section="H2")
    d.para("None.")

    d.heading("SECTION I \u2013 PLACEMENT", section="I")
    d.para("Harrowgate Lane Academy, Northmoor (mainstream academy, secondary).")

    d.heading("SECTION J \u2013 PERSONAL BUDGET", section="J")
    d.para("Imogen's parents have asked about a personal budget for the counselling in Section F. "
           "This is being considered.")

    d.heading("SECTION K \u2013 ADVICE AND INFORMATION", section="K")
    d.table(["Advice", "Author", "Date"], [
        ["Parent and child views", "Sofia Castellano and Imogen", "2 October 2025"],
        ["Educational advice", "SENCO, Harrowgate Lane Academy", "14 October 2025"],
        ["Educational psychology advice", "Dr Anton Greaves, Educational Psychologist", "21 October 2025"],
        ["Medical advice", "Community Paediatrician, Northmoor Children's Centre", "16 October 2025"],
        ["Occupational therapy report", "Northmoor Children's Therapy Service", "9 October 2025"],
        ["Social care advice", "Children with Disabilities Team", "28 October 2025"],
        ["Autism outreach advice", "", ""],
    ], widths_cm=[5.5, 7.5, 3.6])
