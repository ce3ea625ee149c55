"""Ullbeck County Council - Year 10 young person with autism and moderate learning
difficulties at a maintained special school (11-19), final plan amended after the Year 10
annual review, with preparing-for-adulthood provision. Word Heading 1 headings in title
case with a colon ('Section A: Views, Interests and Aspirations'), Heading 2 sub-headings.
Running header with the young person's name and a 'Page X of Y' footer. Cover details in a
four-column table with NHS number and UPN. E is a list numbered E1-E8. Section F opens with
a paragraph on the class, then one four-column table (Outcome it works towards | Provision |
Staffing and expertise | How often and for how long) whose first column is merged down over
the rows serving each outcome; then a short bullet list 'Across the school day'. K is a
table (No. | Advice | Author | Date). FINAL plan."""

TITLE = "Education, Health and Care Plan - Tyler Ashworth-Kay"


def _outcome_table(d, groups):
    """groups = [(outcome label, [[provision, staffing, how often], ...]), ...]"""
    rows = []
    spans = []
    for label, items in groups:
        first = len(rows) + 1  # +1 for the header row
        for i, (prov, staff, often) in enumerate(items):
            rows.append([label if i == 0 else "", prov, staff, often])
        spans.append((first, first + len(items) - 1))
    t = d.table(["Outcome it works towards", "Provision", "Staffing and expertise",
                 "How often and for how long"], rows,
                widths_cm=[3.0, 5.7, 4.2, 3.7], font_size=9.5)
    for a, b in spans:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
    return t


def build(d):
    d.running_header_footer("Tyler Ashworth-Kay  |  EHC Plan (final, amended after annual review)",
                            footer_left="Ullbeck County Council SEND Service",
                            first_page_plain=True)
    d.title("Ullbeck County Council", size=14, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="5B2C6F")
    d.para("Final plan - amended following the Year 10 annual review", bold=True)
    d.table(None, [
        ["Name", "Tyler Ashworth-Kay", "Date of birth", "03.06.2011"],
        ["NHS number", "999 284 7716", "UPN", "R999000482611"],
        ["School", "Penrith Grange School", "NC year", "Year 10"],
        ["Parents", "Leanne Ashworth (mother), Steven Kay (father)", "Telephone", "01632 960774 / 07700 900683"],
        ["Address", "27 Brambling Way, Ullbeck, XJ3 6PT", "E-mail", "leanne.ashworth@example.org"],
        ["Annual review meeting", "14 January 2026", "Amendment notice sent", "28 January 2026"],
        ["Final amended plan issued", "11 March 2026", "Next annual review", "By January 2027"],
    ], widths_cm=[3.2, 5.4, 3.0, 5.0], bold_first_col=True)
    d.para("Case officer: Bethany Norcross-Lyle, Ullbeck SEND Service. Tyler's views were "
           "gathered by his class teacher using his symbol communication book.", italic=True,
           size=10)

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("Tyler's views", level=2)
    d.para("Tyler chose symbols and photographs to answer questions about school, and his "
           "teacher wrote down what he said. \"I like the chickens and the rabbits. I like "
           "Minecraft and trains. I don't like the hand dryers, they are too loud. I want a "
           "job with animals, maybe on a farm or in a pet shop. I want to go on the bus to "
           "town with no grown-up. When I am big I want to live in a flat with my friend "
           "Kacper and have a dog.\"")
    d.heading("Parents' views", level=2)
    d.para("Leanne and Steven say Tyler is kind, honest and brilliant with animals, and that "
           "he has grown in confidence since joining Penrith Grange in Year 7. They would like "
           "him to leave school able to get about safely, handle money and cook simple meals, "
           "and with a place on an animal care course at college. They are worried about how "
           "anxious he becomes in noisy places and about him not understanding road danger. "
           "His younger sister Evie, who is nine, says Tyler \"knows every train timetable\".")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Tyler is autistic and has a language disorder. He understands short sentences "
           "about the here and now but finds words about time and order (before, after, "
           "next week) very hard, and he often misunderstands jokes and indirect requests. "
           "He speaks in short phrases, repeats phrases from videos when anxious and does not "
           "know how to put things right when he has been misunderstood. He prefers adults to "
           "peers and rarely starts a conversation with other pupils.")
    d.heading("Cognition and learning", level=2)
    d.para("Tyler has moderate learning difficulties. He is working at Entry Level 1 in "
           "English and maths. He reads familiar signs and simple sentences and is beginning "
           "to blend unfamiliar words, but gives up quickly. He can count reliably to 50 and "
           "recognises coins but cannot yet add amounts of money or work out change. He learns "
           "best through repetition and real-life practice, and needs information shown as "
           "well as spoken.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tyler becomes highly anxious when routines change without warning or when rooms "
           "are loud. At these times he covers his ears, rocks, and may run out of the room. "
           "He has few strategies to calm himself and does not yet ask for a break.")
    d.heading("Sensory and physical", level=2)
    d.para("Tyler is very sensitive to sudden or loud noise (hand dryers, the dinner hall, "
           "fire alarms). He seeks deep pressure and movement when he is unsettled. His fine "
           "motor skills are weak and his handwriting is large and slow.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Tyler has no awareness of road danger and has never travelled anywhere without an "
           "adult. He has had one careers conversation, in Year 9. He cannot yet make a snack "
           "or a hot drink on his own, and he relies on adults to pay for things for him.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Tyler was diagnosed with autism spectrum disorder by Ullbeck Child Development "
           "Centre in 2016. He has a learning disability and is on his GP's learning "
           "disability register. He has mild asthma, managed with a salbutamol inhaler. He "
           "has long-standing difficulty getting to sleep and takes melatonin, prescribed by "
           "the community paediatrician. He has been referred to the CAMHS Learning "
           "Disability Team for advice on anxiety.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Tyler is a disabled child. He cannot go out in the community without an adult and "
           "has no activities outside school apart from family outings. His parents both work "
           "and say they need regular breaks from caring, especially at weekends.")

    d.heading("Section E: Outcomes", section="E")
    d.para("These outcomes run to the end of Key Stage 4 (July 2027) unless another date is "
           "given. Penrith Grange will set half-termly targets for each outcome and share them "
           "with Tyler and his parents.")
    d.numbered([
        "By July 2027, Tyler will achieve Functional Skills English at Entry Level 2, including reading a bus timetable and a menu to find the information he needs.",
        "By the end of Year 11, Tyler will pay for items costing up to \u00a310 with notes and coins and check his change, on four out of five shopping trips.",
        "By Easter 2027, Tyler will walk from school to Ullbeck bus station and take the number 12 bus into town on his own, safely, on three journeys in a row.",
        "Tyler will develop his communication skills.",
        "By July 2027, Tyler will use his break card or say \"I need a break\" before leaving a room, on 8 out of 10 occasions recorded over a half-term.",
        "Tyler will attend a work experience placement.",
        "Tyler will work with animals when he leaves school.",
        "By the end of Year 11, Tyler will make beans on toast or a pasta dish by following a picture recipe, with no more than two prompts.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Tyler is taught in a Key Stage 4 class of eight pupils with a teacher and two "
           "teaching assistants. The table sets out the provision for each outcome in Section "
           "E; the list that follows applies across the school day. All provision is for term "
           "time, for the life of this plan, unless stated.")
    _outcome_table(d, [
        ("E1 Reading and writing (Functional Skills English)", [
            ["Functional Skills English taught towards Entry Level 2 in Tyler's class group of eight pupils, using bus timetables, menus and text messages as reading material",
             "Class teacher (qualified teacher) with two teaching assistants, each holding a Level 3 Certificate in Supporting Teaching and Learning",
             "Five 50-minute lessons a week"],
            ["Read Write Inc. Fresh Start phonics, taught one-to-one",
             "Higher level teaching assistant who has completed the Read Write Inc. Fresh Start training",
             "Four 20-minute sessions a week, straight after morning registration"],
            ["Help with reading in other subjects where it is needed",
             "Support staff", "As and when"],
            ["Literacy strategies as recommended in the educational psychologist's report of 2 October 2025",
             "All staff", "Daily"],
        ]),
        ("E2 Money and number", [
            ["Maths in a small group with additional adult support",
             "Maths teacher and a teaching assistant", "Daily"],
            ["Money skills in the school shop and on trips to Ullbeck shops, working through the ASDAN Money Management short course, in a group of no more than three pupils",
             "HLTA with a Level 3 qualification who leads the ASDAN programme at Penrith Grange",
             "40 minutes every Thursday; every other week the session is a 90-minute shopping trip in town instead"],
        ]),
        ("E3 Travelling on his own", [
            ["Independent travel training from school to Ullbeck bus station and on the number 12 bus into town, using Tyler's photo route card and a card explaining what to do if a bus is late or does not come",
             "Qualified independent travel trainer from the Ullbeck Independent Travel Training Service",
             "Two 75-minute sessions each week from January 2026 to the end of the summer term 2026"],
            ["Road safety practice in the community when staffing allows",
             "Class team", ""],
        ]),
        ("E4 Communication", [
            ["Direct speech and language therapy, one-to-one, on understanding and using time and sequence words (first, next, before, after) and on putting a conversation right when he has been misunderstood",
             "HCPC-registered speech and language therapist from Ullbeck Children's Therapy Service, based at Penrith Grange on Tuesdays and Thursdays",
             "30 minutes every week in term time"],
            ["Talkabout social communication group",
             "Speech and language therapy assistant",
             "Weekly for one term, with further blocks at the therapist's discretion"],
        ]),
        ("E5 Managing anxiety and noise", [
            ["A sensory circuit in the sensory room: two minutes on the trampoline, ten wall push-ups and five minutes under the weighted blanket",
             "Teaching assistant trained by the school's occupational therapist to run sensory circuits",
             "10 minutes at 10:40 and again at 13:50, every school day"],
            ["Emotional literacy work with the ELSA",
             "ELSA", "Weekly, reducing to fortnightly when Tyler is more settled"],
            ["Ear defenders and a screened workstation may be provided if Tyler finds the room too noisy",
             "Class teacher", "If needed"],
        ]),
        ("E6 and E7 Work and careers", [
            ["A work experience placement at a farm or animal rescue centre",
             "School", "To be arranged during Year 11"],
            ["Careers guidance interviews exploring animal care courses at Ullbeck College and supported internships, with Tyler's mum invited",
             "Independent careers adviser holding a Level 6 Diploma in Career Guidance and Development (Ullbeck Careers Service)",
             "One 45-minute interview each term in Years 10 and 11"],
            ["Animal care vocational afternoon in the school's small-animal unit (feeding, cleaning out and handling the chickens, rabbits and guinea pigs), leading to the ASDAN Animal Care short course",
             "HLTA holding a Level 2 Certificate in Animal Care, with a class TA, for a group of six pupils",
             "Every Wednesday afternoon, 13:15 to 15:15"],
        ]),
        ("E8 Cooking and looking after himself", [
            ["Opportunities to practise cooking and other life skills in the training flat",
             "Independent living staff", "Regularly"],
        ]),
    ])
    d.heading("Across the school day", level=2)
    d.bullets([
        "Tyler's teachers should use visual timetables, symbols and short, one-step instructions in every lesson.",
        "One-to-one support from a teaching assistant at breaks and lunchtimes, up to five hours a week.",
        "Access arrangements for Functional Skills assessments (a reader and a separate room), subject to review by the exams officer.",
    ])

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "An annual learning disability health check with his GP at Ullbeck Road Surgery, with a health action plan shared with his parents.",
        "Melatonin prescribed by the community paediatrician, with a review of his sleep and medication every six months.",
        "A salbutamol reliever inhaler kept in Tyler's classroom and used as required under his asthma plan.",
        "Advice on anxiety from the CAMHS Learning Disability Team once Tyler reaches the top of the waiting list.",
    ])

    d.heading("Section H1: Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.bullets([
        "A support worker for 2 hours every Saturday morning so that Tyler can attend the Ullbeck Young Farmers' club, arranged by the Children with Disabilities Team.",
    ])
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.bullets([
        "Short breaks for the family as needed.",
    ])

    d.heading("Section I: Placement", section="I")
    d.para("Penrith Grange School, Ullbeck (maintained special school for pupils aged 11 to 19 "
           "with learning difficulties and autism).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K: Advice and Information", section="K")
    d.table(["No.", "Advice", "Author", "Date"], [
        ["1", "Tyler's views", "Mr O. Radcliffe, class teacher", "6 January 2026"],
        ["2", "Parents' views", "Leanne Ashworth and Steven Kay", "8 January 2026"],
        ["3", "Annual review report and educational advice", "Mrs S. Tennant, Deputy Head, Penrith Grange School", "14 January 2026"],
        ["4", "Psychological advice", "Dr Imogen Fairclough, Educational Psychologist", "2 October 2025"],
        ["5", "Speech and language therapy advice", "Ullbeck Children's Therapy Service", ""],
        ["6", "Medical advice", "Dr R. Banerjee, Community Paediatrician", "9 December 2025"],
        ["7", "Occupational therapy advice", "Ms P. Lindqvist, Occupational Therapist", "5 December 2025"],
        ["8", "Social care advice", "Children with Disabilities Team", "10 December 2025"],
        ["9", "Preparing for adulthood advice", "Mr K. Asante, Ullbeck Careers Service", "12 December 2025"],
    ], widths_cm=[1.2, 5.6, 6.4, 3.4])
