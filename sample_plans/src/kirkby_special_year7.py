"""Westmarch Borough Council - Year 7 pupil with moderate learning difficulties and a
visual impairment (aphakia after congenital cataracts, nystagmus) at a maintained special
school for pupils with MLD. Running header and 'Page X of Y' footer. Word Heading 1
headings 'Section A \u2013 Title' with Title Case short titles. Cover details in a
two-column shaded details table. E numbered E1-E8. Section F is five area tables, each
introduced by a bold line naming the area and the outcomes it supports, columns in the
order Provision | Staffing ratio and staff | Frequency / duration | Resources (some cells
blank or a dash). H1 and H2 separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Tayla Brennock"

_COLS = ["Provision", "Staffing ratio and staff", "Frequency / duration", "Resources"]
_W = [6.2, 4.2, 3.4, 2.9]


def _area(d, line, rows):
    d.para(line, bold=True, size=11.5)
    d.table(_COLS, rows, widths_cm=_W, font_size=9.5)


def build(d):
    d.running_header_footer("Westmarch Borough Council \u2013 EHC Plan \u2013 Tayla Brennock "
                            "(DOB 14 November 2013)", footer_left="FINAL", first_page_plain=True)
    d.title("Westmarch Borough Council", size=13, color="1D5C63")
    d.title("Education, Health and Care Plan", size=21, color="1D5C63")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Tayla Brennock"),
        ("Date of birth", "14 November 2013"),
        ("NHS number", "999 318 6642"),
        ("Unique pupil number", "H999000582617"),
        ("Home address", "27 Larkspur Way, Kirkby Moor, ZY4 8HD"),
        ("Parents", "Donna Brennock and Gavin Brennock"),
        ("Contact", "01632 960734 (home); 07700 900528 (Donna); donna.brennock@example.org"),
        ("School and year group", "Kirkby Fields School, Year 7"),
        ("Date this plan was finalised", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Priya Ramsbottom, Westmarch SEND Assessment Team"),
    ])

    d.heading("Section A \u2013 All About Me", section="A")
    d.heading("What Tayla told us", level=2)
    d.para("Tayla shared her views with her QTVI and her teaching assistant, using a large-print "
           "'All About Me' booklet with photographs that she chose herself. Her words are "
           "written as she said them.")
    d.para("\"I'm Tayla and I'm 12. I like singing, my cat Biscuit and going to my nan's. I'm in "
           "the drama club and I was a mouse in the play. I don't like it when the corridor is "
           "full and everyone pushes, because I can't see who is coming. I don't like my big "
           "magnifier because people look at me, but it does help. When I'm grown up I want to "
           "work with animals, maybe at a vets.\"")
    d.heading("What Tayla's parents told us", level=2)
    d.para("Donna and Gavin describe Tayla as kind, chatty and stubborn in a good way. They were "
           "relieved when she got a place at Kirkby Fields because she was becoming very "
           "unhappy at her primary school. They would like her to read for pleasure, to be safe "
           "getting about on her own, and to stop hiding her equipment. Her older brother "
           "Kaden, who is 15, looks out for her on the school bus but will soon be moving to "
           "college.")

    d.heading("Section B \u2013 Special Educational Needs", section="B")
    d.heading("Sensory (vision) and physical", level=2)
    d.para("Tayla was born with cataracts in both eyes, which were removed when she was a baby. "
           "She has aphakia (no natural lens) and nystagmus. Her best corrected distance vision "
           "is around 6/36 with both eyes open, and her contrast sensitivity is reduced. She "
           "cannot see the whiteboard or a screen at the front of the room, and she reads "
           "standard print only by holding it very close, which tires her within a few "
           "minutes. She is uncomfortable in bright sunlight and glare. Tayla trips on kerbs "
           "and steps, especially in dim light, and relies on following a friend around the "
           "building. She has not yet learned the layout of her new school.")
    d.heading("Cognition and learning", level=2)
    d.para("Tayla has moderate learning difficulties (educational psychology advice, October "
           "2025). Her reading is at an early stage: she knows most single sounds, can blend "
           "short words and reads around 40 common words by sight. She counts reliably to 20 "
           "but does not yet know number bonds to 10 and finds it hard to hold more than two "
           "pieces of information in mind. New vocabulary is easily forgotten unless she has "
           "met it several times before a topic starts.")
    d.heading("Communication and interaction", level=2)
    d.para("Tayla speaks fluently in everyday conversation, but her understanding of language "
           "is below what her chatty manner suggests. She struggles with 'why' and 'how' "
           "questions, with inference and with instructions that rely on pointing or on "
           "pictures she cannot see clearly.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tayla is sociable but anxious in crowded, noisy spaces. She is very conscious of "
           "looking different and often refuses to use her magnifier in front of other pupils. "
           "When she is overwhelmed she puts her head down and stops speaking.")
    d.heading("Independence and self-care", level=2)
    d.para("Tayla relies on adults to organise her belongings, to handle money and to prepare "
           "food. She has never made a snack on her own and is worried about using a kettle "
           "or an oven because she cannot see the dials.")

    d.heading("Section C \u2013 Health Needs", section="C")
    d.para("Tayla is under the paediatric ophthalmology team at Westmarch Royal Infirmary for "
           "bilateral aphakia and nystagmus. She wears aphakic glasses with a tint for outdoor "
           "use. She has mild asthma, managed by her GP, with a reliever inhaler kept in "
           "school. She has not yet been seen in the hospital's low vision clinic.")

    d.heading("Section D \u2013 Social Care Needs", section="D")
    d.para("Tayla is a disabled child under section 17 of the Children Act 1989. Because of her "
           "sight she cannot go out to activities on her own, and her parents both work "
           "weekend shifts. She needs an adult to take her to and support her at a community "
           "activity. Her parents have asked for occasional breaks from caring.")

    d.heading("Section E \u2013 Outcomes", section="E")
    d.para("The outcomes below run to the end of Year 8 unless another date is given. Kirkby "
           "Fields will set half-termly targets towards each one and send them home with "
           "Tayla's progress report.")
    d.numbered([
        "By July 2027, Tayla will use her iPad zoom or her video magnifier, without being reminded, to read the worksheet or text in every lesson.",
        "By the end of Year 8, Tayla will walk on her own between her form room, the dining hall and the bus bay at lesson change-overs, on 9 out of 10 observed days.",
        "By July 2027, Tayla will read aloud a 150-word passage at her instructional level with at least 90% accuracy.",
        "Tayla will get better at maths.",
        "By July 2027, Tayla will answer 'why' and 'how' questions about a short story read to her, getting at least 4 out of 5 right on three occasions.",
        "Tayla will feel more confident in school.",
        "Tayla will be supported to become more independent.",
        "By July 2027, Tayla will make a hot snack using talking scales and tactile dial markers, with no more than one spoken prompt.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 Special Educational Provision", section="F")
    d.para("Kirkby Fields School will secure the provision below in every term-time week for "
           "the life of this plan. Tayla is taught in a class of 11 pupils with a teacher and "
           "two teaching assistants; this is the school's usual offer and is not repeated in "
           "the tables.", italic=True)

    _area(d, "Area 1 \u2013 Vision, mobility and physical (outcomes E1 and E2)", [
        ["Individual lessons teaching Tayla to use her iPad accessibility features (Zoom, Speak Screen and high-contrast settings) and a video magnifier, and touch-typing with enlarged key labels; progress reviewed by the QTVI each term and reported at the annual review",
         "1:1, Qualified Teacher of the Visually Impaired (QTVI) holding the mandatory qualification, Westmarch Sensory Support Service",
         "One 50-minute lesson every week",
         "Tayla's iPad; TypingClub with large-print settings"],
        ["All worksheets, reading books and tests given to Tayla in modified large print (Arial 24 point bold on cream matt paper), with diagrams simplified and outlined in thick black line",
         "Teaching assistant who has completed the Sensory Support Service's three-hour course on modifying materials; checked by the QTVI once each half-term",
         "Every lesson; materials ready the day before",
         "A3 photocopier; thick black pens"],
        ["Orientation and mobility training on routes around the Kirkby Fields site (form room, dining hall, toilets, bus bay) and on the walk from the Moor Lane bus stop to the school gate, including kerbs, steps and the zebra crossing",
         "1:1, qualified habilitation specialist registered with the Register of Qualified Habilitation Specialists, Westmarch Sensory Support Service",
         "45 minutes each week in term time",
         "Symbol cane"],
        ["Seating near the front of the class, facing away from the windows to reduce glare, where possible",
         "Class teacher",
         "All lessons",
         "\u2013"],
        ["Mobility support around school",
         "TA",
         "Initially at all lesson change-overs, reducing as Tayla grows in confidence",
         ""],
        ["Specialist VI equipment",
         "Sensory Support Service",
         "As needed",
         "To be decided after the functional vision assessment"],
    ])

    _area(d, "Area 2 \u2013 Cognition and learning (outcomes E3 and E4)", [
        ["Reading taught through Read Write Inc. Fresh Start, using modules enlarged to N24 bold",
         "Group of no more than four pupils; HLTA who has completed Read Write Inc. Fresh Start training",
         "Five 30-minute sessions a week, each morning at 9:10",
         "Enlarged Fresh Start modules"],
        ["Precision Teaching of high-frequency words and number bonds to 20, with a one-minute timing each day that Tayla records on her own large-print chart",
         "1:1, teaching assistant trained in Precision Teaching by the school's educational psychologist (half-day course)",
         "10 minutes every afternoon at 13:15",
         "Probe sheets in 28-point print"],
        ["Numeracy intervention in a small group",
         "Teaching assistant",
         "Regularly",
         "Concrete apparatus"],
        ["Pre-teaching of key vocabulary before new topics would be beneficial for Tayla",
         "Class teacher",
         "Weekly",
         "\u2013"],
        ["Extra time and adapted tests",
         "School",
         "When needed, in line with the school's access arrangements policy",
         ""],
    ])

    _area(d, "Area 3 \u2013 Communication and interaction (outcome E5)", [
        ["Speech and language therapy: the therapist will visit to advise the class team and will leave a language programme for staff to follow",
         "NHS speech and language therapist",
         "Once a term",
         ""],
        ["Language group using Language for Thinking, working on inference and 'why' and 'how' questions, with picture cards enlarged to A4 and outlined in high contrast",
         "Group of no more than five; speech and language therapy assistant supervised by an HCPC-registered speech and language therapist",
         "Two 40-minute sessions each week (Tuesday and Thursday, period 2)",
         "Enlarged Language for Thinking cards"],
    ])

    _area(d, "Area 4 \u2013 Social, emotional and mental health (outcome E6)", [
        ["Tayla will have access to a quiet space when she feels overwhelmed",
         "",
         "",
         "Calm room"],
        ["Emotional literacy sessions",
         "ELSA",
         "Weekly for six weeks, subject to review",
         ""],
        ["A named teaching assistant meets Tayla at the bus bay and goes through the day with her on a large-print visual timetable, so that she knows which rooms she is going to and who will teach her",
         "1:1, named teaching assistant",
         "Every school day, 8:45 to 8:50",
         "Large-print timetable"],
    ])

    _area(d, "Area 5 \u2013 Independence and self-care (outcomes E7 and E8)", [
        ["Independence skills such as using money, preparing snacks, organising her bag, etc.",
         "Class team",
         "As part of the curriculum",
         ""],
        ["Cooking lessons in the adapted food room, teaching Tayla to use talking kitchen scales, tactile 'bump-on' dial markers and a liquid level indicator to make a simple hot snack",
         "Group of no more than four; food technology teacher, with the habilitation specialist joining one lesson each half-term",
         "One 60-minute lesson every week",
         "Talking scales, bump-ons and liquid level indicator from Sensory Support"],
        ["Tayla's parents to practise her school routes with her during weekends and holidays",
         "Parents",
         "As often as possible",
         ""],
        ["1:1 support at lunchtimes and on school trips",
         "Learning support assistant",
         "Up to 5 hours per week, subject to the school's staffing",
         ""],
    ])

    d.heading("Section G \u2013 Health Provision", section="G")
    d.bullets([
        "Review by the paediatric ophthalmologist at Westmarch Royal Infirmary every six months, with a new prescription for Tayla's aphakic glasses issued at each review.",
        "A salbutamol reliever inhaler kept in Tayla's form room and given as required under her asthma care plan by staff trained by the school nurse.",
        "A low vision clinic assessment at Westmarch Royal Infirmary once an appointment becomes available.",
    ])

    d.heading("Section H1 \u2013 Social Care Provision (Section 2 of the Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("A support worker for 3 hours every Saturday morning so that Tayla can attend Kirkby "
           "Moor Youth Drama, arranged by the Westmarch Disabled Children's Team and paid as a "
           "social care direct payment.")
    d.heading("Section H2 \u2013 Other Social Care Provision", section="H2")
    d.para("Overnight short breaks at Heron House as agreed with the family.")

    d.heading("Section I \u2013 Placement", section="I")
    d.para("Kirkby Fields School, Westmarch (maintained special school for pupils aged 11\u201316 "
           "with moderate learning difficulties).")

    d.heading("Section J \u2013 Personal Budget", section="J")
    d.para("Donna Brennock receives a social care direct payment of \u00a345 per week for the "
           "support worker in Section H1. No personal budget has been requested for the "
           "special educational provision in Section F.")

    d.heading("Section K \u2013 Advice and Information", section="K")
    d.bullets([
        "Parents' views \u2013 Donna and Gavin Brennock, 6 October 2025",
        "Tayla's views \u2013 gathered by Mrs J. Okonjo (QTVI) and Miss L. Harker (TA), 14 October 2025",
        "Educational advice \u2013 Mr D. Fairbairn, Deputy Headteacher and SENCO, Kirkby Fields School, 20 October 2025",
        "Psychological advice \u2013 Dr Nadia Colquhoun, Educational Psychologist, 17 October 2025",
        "Medical advice \u2013 Dr R. Varghese, Consultant Paediatric Ophthalmologist, Westmarch Royal Infirmary, 9 October 2025",
        "Advice from a qualified teacher of the visually impaired \u2013 Mrs J. Okonjo, QTVI, Westmarch Sensory Support Service, 3 November 2025",
        "Habilitation advice \u2013 Westmarch Sensory Support Service",
        "Speech and language therapy advice \u2013 Ms E. Fairclough, Speech and Language Therapist, 28 October 2025",
        "Social care advice \u2013 Westmarch Disabled Children's Team, 24 October 2025",
    ])
