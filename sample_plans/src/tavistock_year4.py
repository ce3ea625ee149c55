"""Tavingford Borough Council - Year 4 girl with Down syndrome (speech and language,
learning and fine-motor needs) in a mainstream community primary school. Cover details as
bold-label paragraphs, then a 'Plan details' two-column table. Word Heading 1 headings
'Section A: ...' with Heading 2 sub-headings by area of need. E is a list numbered E1-E8
with a short-term targets paragraph. Section F is five per-area tables, each under a
Heading 2 ('F1 Communication and interaction' ...), with the columns
Ref | Provision | Group size | When and for how long | Staff and training; item refs
F1.1, F1.2 ... in the first column; some cells are blank. Separate H1 and H2. Running
header and 'Page X of Y' footer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Maisie Trevithick"

COLS = ["Ref", "Provision", "Group size", "When and for how long", "Staff and training"]
WIDTHS = [1.3, 5.6, 2.2, 3.8, 3.7]


def _area(d, heading, rows):
    d.heading(heading, level=2)
    d.table(COLS, rows, widths_cm=WIDTHS, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Tavingford Borough Council  |  EHC Plan  |  Maisie Trevithick",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Tavingford Borough Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=22, color="385623")
    d.para("**Status:** Final plan")
    d.para("**Child's name:** Maisie Trevithick")
    d.para("**Date of birth:** 14 November 2016")
    d.para("**Home address:** 27 Orchard Rise, Tavingford, XJ4 8NP")
    d.para("**Parents:** Gemma Trevithick and Daniel Trevithick")
    d.para("**Contact:** 01632 960733 (home), 07700 900147 (Gemma), gemma.trevithick@example.org")
    d.details_table([
        ("NHS number", "999 318 6042"),
        ("Unique pupil number", "Y999000582716"),
        ("School and year group", "Tavistock Lane Primary School, Year 4"),
        ("Date of request for assessment", "15 September 2025"),
        ("Date of final plan", "2 February 2026"),
        ("Next annual review due by", "1 February 2027"),
        ("EHC co-ordinator", "Rachel Pendeen, SEND Assessment Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFD9")

    d.heading("Section A: Views, interests and aspirations", section="A")
    d.heading("What Maisie told us", level=2)
    d.para("Maisie shared her views with her class teacher, Mrs Okafor, using photographs of "
           "her day, Makaton signs and a few spoken words. She pointed to the photos of "
           "swimming, the school hall (dance club) and her guinea pig, Biscuit, as the things "
           "she likes best. She signed \"happy\" next to the photo of her friends on the "
           "climbing frame. She chose the \"sad\" face for writing and for \"getting changed\" "
           "and said \"too hard, buttons\". When asked what she wants to be when she is big, "
           "she said \"teacher\" and pointed at Mrs Okafor.")
    d.heading("What Maisie's parents told us", level=2)
    d.para("Gemma and Daniel describe Maisie as loving, determined and very funny, with a "
           "great memory for songs and people's names. She adores her big brother Alfie, who "
           "is 12. They are pleased with how welcome she is at Tavistock Lane, but they feel "
           "that her speech has not moved on much in the last year and that other children "
           "often cannot understand her, which makes her cross. They want her to read simple "
           "books, write her name and a sentence, dress herself for PE, and keep the friends "
           "she has made. In the longer term they hope she will move to secondary school with "
           "her friends and, one day, live as independently as possible.")

    d.heading("Section B: Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie understands more than she can say. She follows familiar two-part "
           "instructions in class when they are given with signs or pictures, but loses the "
           "thread of longer explanations to the whole class. She mostly speaks in one- and "
           "two-word phrases, supported by around 120 Makaton signs. Her speech is hard for "
           "unfamiliar listeners to understand because she leaves off the ends of words and "
           "simplifies consonant clusters. She has a small vocabulary for school topics, so she "
           "often cannot take part in class discussion or show what she knows.")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has a learning difficulty associated with Down syndrome and is working "
           "well below age-related expectations. In reading she recognises about 25 words on "
           "sight and knows most single letter sounds, but she cannot yet blend sounds to read "
           "new words. In maths she counts objects reliably to 10 and is beginning to recognise "
           "numbers to 20; she does not yet count on or understand that a number can be split "
           "into parts. Her short-term auditory memory is weak, and she learns best from visual "
           "materials, short repeated practice and hands-on apparatus.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie is sociable and kind and has two close friends in her class. When a task is "
           "too hard, or she is asked to stop something she enjoys, she sometimes drops to the "
           "floor and will not move, which can last twenty minutes. She finds it hard to take "
           "turns in games and to join a group that is already playing.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie has low muscle tone and loose joints. Her pencil grip is a palmar grasp, her "
           "letters are large and poorly formed, and she tires quickly when writing. She cannot "
           "yet use ordinary scissors. Her gross motor skills are adequate for the playground "
           "and PE, although she is slower and less steady than her classmates.")
    d.heading("Independence and self-care", level=2)
    d.para("Maisie is dry in the day and uses the toilet independently, but needs help with "
           "buttons, zips and shoes. It takes her around 25 minutes to change for PE with an "
           "adult prompting each step. She needs reminders to hang up her coat and put her "
           "reading folder away in the morning.")

    d.heading("Section C: Health needs related to special educational needs", section="C")
    d.para("Maisie has Down syndrome (trisomy 21), diagnosed at birth. She had surgery at five "
           "months to repair an atrioventricular septal defect and is seen by the paediatric "
           "cardiology clinic at Tavingford General Hospital every two years. She has an "
           "underactive thyroid, treated with levothyroxine given at home each morning, and "
           "mild asthma, controlled by a preventer inhaler at home and a reliever inhaler in "
           "school. Her hearing was last tested in September 2025 and was within normal "
           "limits; her eyesight is checked yearly by the orthoptist. She is under the care of "
           "the community paediatrician, Dr Holloway.")

    d.heading("Section D: Social care needs", section="D")
    d.para("Maisie is a disabled child and is known to the Children with Disabilities Team. "
           "She needs an adult with her at all times outside the home because she has little "
           "awareness of road safety or strangers. Her parents both work, and they have asked "
           "for help so that Maisie can join in with activities at weekends and the family can "
           "have an occasional break.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Year 5 (July 2027) unless another date is "
           "given. Maisie's class teacher and the SENCO will set half-termly targets towards "
           "each outcome and share them with her parents at termly meetings.")
    d.numbered([
        "By the end of Year 5, Maisie will use a three-word sentence (with or without signs) to tell an adult about a picture or something that has happened, in 8 out of 10 opportunities.",
        "By July 2026, Maisie will read 50 high-frequency words on sight, as measured by her Precision Teaching probe.",
        "Maisie will improve her speech.",
        "By the end of Year 5, Maisie will count on from any number to 20 and add two single-digit numbers using Numicon, without an adult prompting her.",
        "By July 2026, Maisie will write her first name and a three-word caption using a tripod grip, with each letter correctly formed.",
        "By the end of Year 4, Maisie will stop dropping to the floor when she is asked to change activity.",
        "Maisie will have an adult with her at lunchtimes.",
        "By the end of Year 5, Maisie will get changed for PE, including Velcro shoes, within 10 minutes and with no more than one spoken prompt.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision", section="F")
    d.para("The provision in the tables below will be made in term time (38 weeks a year) for "
           "the life of this plan. The group size column shows how many children Maisie will "
           "be working with. Tavingford Borough Council is responsible for making sure the "
           "provision is made.")

    _area(d, "F1 Communication and interaction", [
        ["F1.1", "Direct speech and language therapy working on three-word sentences with Colourful Semantics and on clearer final consonants",
         "1:1", "One 30-minute session each week in term time",
         "HCPC-registered speech and language therapist commissioned by Tavingford Borough Council"],
        ["F1.2", "Practice of Maisie's current speech and language targets, from the written activity sheet the therapist leaves after each session",
         "1:1, or Maisie and one friend", "Ten minutes on four mornings a week, straight after registration",
         "Teaching assistant who has completed Elklan 'Speech and Language Support for 5-11s' training, shown each new target by the therapist"],
        ["F1.3", "Makaton signs used alongside speech for key words and instructions",
         "Whole class", "Throughout the day where possible", "Class staff"],
        ["F1.4", "The speech and language therapist will advise school on vocabulary targets and update the strategies after each review visit",
         "", "Once a term", "Speech and language therapist"],
        ["F1.5", "Opportunities to pre-learn the key vocabulary for new science and history topics",
         "Small group", "Weekly", "Teaching assistant"],
    ])

    _area(d, "F2 Cognition and learning", [
        ["F2.1", "Number work on counting on, number bonds and place value to 20 using Numicon, following the Numicon 'Breaking Barriers' teaching sequence",
         "No more than three pupils", "The first 20 minutes of every maths lesson (five a week)",
         "Higher level teaching assistant trained in Numicon, who plans the sessions with the class teacher each Friday"],
        ["F2.2", "A structured reading programme to build Maisie's bank of sight words",
         "1:1", "Daily, to be reviewed at the end of the summer term", "TA"],
        ["F2.3", "Work in all subjects differentiated to Maisie's level",
         "Whole class", "All lessons", "Class teacher"],
        ["F2.4", "Adult support in English and maths lessons; the SENCO will decide how many hours each term",
         "1:1", "To be agreed each term", "Support staff"],
        ["F2.5", "Precision Teaching of words from the Year 1 and Year 2 common exception word lists, with a one-minute probe charted each day",
         "1:1", "10 minutes daily, in the first lesson after lunch",
         "Teaching assistant trained in Precision Teaching by the Tavingford Educational Psychology Service"],
    ])

    _area(d, "F3 Physical and sensory", [
        ["F3.1", "Fine-motor and pre-writing programme written by the occupational therapist: Write from the Start letter-family sheets, theraputty and tweezer games, and cutting with spring-loaded scissors",
         "1:1", "15 minutes every school day before the handwriting lesson",
         "Teaching assistant taught the programme by the occupational therapist, who checks it at each visit"],
        ["F3.2", "Direct occupational therapy on pencil grip, scissor control and managing fastenings",
         "1:1", "A block of six sessions each year, subject to therapist availability",
         "Children's Occupational Therapy Service"],
        ["F3.3", "Writing and cutting equipment, for example pencil grips, a sloped writing board and easy-grip scissors",
         "", "Writing and cutting tasks", "School to provide"],
        ["F3.4", "An iPad with Clicker 8 (word banks and picture-supported sentence grids) for Maisie's own use in English and topic writing",
         "Individual", "Every writing lesson; 20 minutes each Thursday for the TA to build the next week's grids",
         "Class teaching assistant, trained on Clicker 8 by the LA's assistive technology adviser in one 2-hour session before the summer term 2026"],
    ])

    _area(d, "F4 Social, emotional and mental health", [
        ["F4.1", "Maisie would benefit from a social skills group to help with turn-taking and making friends",
         "Small group", "Weekly", "ELSA"],
        ["F4.2", "A 'now and next' board and a picture checklist of the steps in each task, set up on Maisie's desk so she can see what comes next and when the task finishes",
         "Individual", "Before every lesson: set out by 8:45 and changed at each lesson change",
         "Class teaching assistant"],
        ["F4.3", "Lunchtime Lego and games club for Maisie and three friends she chooses",
         "Four pupils", "Tuesday and Thursday lunchtimes, 12:30 to 13:00, reducing to Tuesdays only after Easter 2026",
         "Lunchtime supervisor"],
    ])

    _area(d, "F5 Independence and self-care", [
        ["F5.1", "Dressing practice at home (buttons, zips and shoes), using the occupational therapist's worksheets",
         "", "Each evening", "Maisie's parents"],
        ["F5.2", "Adult help at the start and end of the school day with unpacking, her coat and her reading folder",
         "1:1", "Up to 15 minutes each morning and afternoon", "Teaching assistant"],
        ["F5.3", "Teaching Maisie to get changed for PE with a photo sequence and backward chaining, so that she completes the final step herself first and then takes on one earlier step at a time",
         "1:1, in the quiet area beside the hall", "15 minutes before each PE lesson (two a week)",
         "Teaching assistant trained in backward chaining by the occupational therapist"],
    ])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "A yearly Down syndrome health review by the community paediatrician at Tavingford Children's Centre, including Maisie's thyroid blood test.",
        "Cardiology review at Tavingford General Hospital every two years; the next is due in May 2026.",
        "A reliever (salbutamol) inhaler kept in the classroom first-aid bag, two puffs given as required for wheeze under Maisie's asthma plan, by staff trained by the school nurse.",
        "Dietetic advice if Maisie's weight becomes a concern.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for three hours every Saturday morning so that Maisie can attend "
           "the Sparks inclusive play scheme at Tavingford Leisure Centre, arranged by the "
           "Children with Disabilities Team.")

    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Overnight short breaks at Rowan House when the family needs a break.")

    d.heading("Section I: Placement", section="I")
    d.para("Tavistock Lane Primary School, Tavingford (mainstream community primary school, "
           "maintained by Tavingford Borough Council).")

    d.heading("Section J: Personal budget", section="J")
    d.para("No personal budget has been requested for the provision in this plan.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views - Gemma and Daniel Trevithick, 3 November 2025",
        "Maisie's views - gathered by Mrs L. Okafor, class teacher, using photographs and signs, 5 November 2025",
        "Educational advice - Mr J. Whitcombe, SENCO, Tavistock Lane Primary School, 10 November 2025",
        "Psychological advice - Dr Priya Venkatesan, Educational Psychologist, 14 November 2025",
        "Medical advice - Dr A. Holloway, Community Paediatrician, 7 November 2025",
        "Speech and language therapy advice - Mrs K. Braund, Speech and Language Therapist, 12 November 2025",
        "Occupational therapy advice - Tavingford Children's Therapy Service",
        "Social care advice - Children with Disabilities Team, Tavingford Borough Council, 18 November 2025",
    ])
