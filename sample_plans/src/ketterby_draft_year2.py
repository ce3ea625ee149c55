"""Ketterby Borough Council - DRAFT plan for a Year 2 child in an infant school. Headings
are bold coloured Normal text 'Section A - All about me ...' (no heading styles). Section F
is one simple four-column table 'Need | Provision | Frequency | Staff'. Placement is
correctly left blank in the draft."""

TITLE = "DRAFT Education, Health and Care Plan - Amara Quayle"

C = "1F6F8B"


def build(d):
    d.running_header_footer("DRAFT EHC plan \u2013 Amara Quayle \u2013 Ketterby Borough Council",
                            first_page_plain=False)
    d.title("DRAFT \u2013 not for circulation", size=18, color="C00000")
    d.title("Ketterby Borough Council", size=13, color=C)
    d.title("Education, Health and Care Plan", size=21, color=C)
    d.details_table([
        ("Child", "Amara Quayle"),
        ("Date of birth", "08/03/2019"),
        ("Year group", "Year 2"),
        ("Parents", "Shona Quayle and Marcus Quayle"),
        ("Address", "6 Beckside Terrace, Ketterby, XQ8 1RW"),
        ("Phone", "07700 900264"),
        ("Date of draft", "20/02/2026"),
        ("First review", "within 12 months of the final plan, by February 2027"),
    ], widths_cm=(4.6, 12.0), fill="DDEBF7")
    d.para("Amara's parents have 15 days from the date of this draft to comment and to tell "
           "the council which school they would like named in Section I.", italic=True)

    d.bold_line("Section A \u2013 All about me: views, interests and aspirations", section="A", color=C)
    d.para("Amara is six. She lives with her mum Shona, her dad Marcus and her baby brother "
           "Kit. She loves bubbles, swings, Peppa Pig and helping her mum bake. She is very "
           "kind to younger children.")
    d.para("Amara shared her views with her teacher in January 2026 by choosing photos: she "
           "picked the sand tray, the swings and her friend Nell as her favourite things, and "
           "the hall at lunchtime and \"letters\" as things she does not like.")
    d.para("Shona and Marcus hope Amara will learn to read, tell people what she needs, keep "
           "her friends and grow up to be happy and independent.")

    d.bold_line("Section B \u2013 My special educational needs", section="B", color=C)
    d.para("**Communication and interaction.** Amara has a developmental language disorder "
           "(speech and language therapy assessment, November 2025). She understands sentences "
           "with two key words but not questions with 'why' or 'how'. She speaks in two- to "
           "three-word phrases and often leaves out small words and word endings. She finds "
           "it hard to listen in a group for more than two minutes.")
    d.para("**Cognition and learning.** Amara knows 14 letter sounds and cannot yet blend "
           "CVC words. She counts objects to 10 reliably but not beyond.")
    d.para("**Social, emotional and mental health.** She plays alongside other children but "
           "struggles to take turns and becomes upset and hides under tables when she is not "
           "understood, two or three times a week.")
    d.para("**Physical and self-care.** Amara has joint hypermobility. Her pencil control is "
           "weak and she tires quickly when drawing. She is not yet reliably dry in the day and "
           "needs help to change for PE.")

    d.bold_line("Section C \u2013 My health needs", section="C", color=C)
    d.para("Joint hypermobility (community paediatrician, December 2025). No other health "
           "needs related to her SEN.")

    d.bold_line("Section D \u2013 My social care needs", section="D", color=C)
    d.para("No social care needs have been identified.")

    d.bold_line("Section E \u2013 My outcomes", section="E", color=C)
    d.bullets([
        "By the end of Key Stage 1, Amara will answer simple 'who', 'what' and 'where' questions about a picture book with an accurate word or phrase, four times out of five.",
        "By July 2027, Amara will blend and read 20 CVC words from a list with 80% accuracy.",
        "Amara will develop her social skills.",
        "By the end of Year 3, Amara will use her 'help' card or the word 'help' when she is stuck, rather than hiding, on most occasions noted by her class teacher over two weeks.",
        "Amara will have speech and language therapy every week.",
    ])

    d.bold_line("Section F \u2013 Special educational provision", section="F", color=C)
    d.para("The following provision is proposed to meet Amara's needs in Section B.")
    d.table(["Need", "Provision", "Frequency", "Staff"], [
        ["Understanding and using language",
         "Direct speech and language therapy, 1:1, on answering 'who', 'what' and 'where' questions and joining two ideas with 'and' and 'because'",
         "Weekly in term time, 30 minutes",
         "HCPC-registered speech and language therapist (Ketterby Children's Therapy Service)"],
        ["Understanding and using language",
         "Language programme written by the speech and language therapist, practised 1:1",
         "3 times a week, 15 minutes",
         "Teaching assistant trained by the therapist, with a joint session with the therapist each half-term"],
        ["Understanding and using language",
         "Language-rich classroom with visuals",
         "Daily",
         "Class staff"],
        ["Attention and listening",
         "Attention Autism group (stages 1 to 3) with five children",
         "Four times a week, 20 minutes",
         "Teaching assistant who has completed the two-day Attention Autism training"],
        ["Early reading",
         "Phonics catch-up",
         "Regularly",
         "TA"],
        ["Early reading",
         "Read Write Inc. 1:1 tutoring on the sounds Amara has not yet learned",
         "Daily, 10 minutes",
         "Teaching assistant trained in Read Write Inc. by the school's reading leader"],
        ["Early reading",
         "Home reading practice with her school reading book",
         "Each evening, 10 minutes",
         "Parents"],
        ["Early maths",
         "Maths intervention in a small group",
         "Weekly",
         "TA"],
        ["Pencil control",
         "Fine motor activities such as threading, playdough and tweezers",
         "Daily",
         "Class teacher"],
        ["Pencil control",
         "Occupational therapy assessment",
         "To be arranged",
         "Occupational therapist"],
        ["Turn-taking and play",
         "Turn-taking board games with one chosen friend, using the school's Play Partners box",
         "2 x 15 minutes per week",
         "An adult"],
        ["Turn-taking and play",
         "Lunchtime support",
         "As needed",
         "Midday supervisors"],
        ["Managing feelings",
         "Zones of Regulation taught 1:1, with her zone checked at the start of each session",
         "Twice a week, 20 minutes",
         "ELSA trained by Ketterby Educational Psychology Service"],
        ["Managing feelings",
         "Movement breaks",
         "Up to 4 times a day, 5 minutes each",
         "Class TA"],
        ["Self-care",
         "Toileting routine: taken to the toilet at 9:45, 11:50, 13:45 and 14:50, with a picture sequence on the cubicle door",
         "Four times a day, 5 minutes each",
         "Amara's named TA, trained in the school's intimate care procedures"],
        ["Self-care",
         "Dressing skills for PE",
         "Where possible",
         "Staff"],
        ["All areas",
         "Strategies as set out in the educational psychologist's report",
         "Throughout the day",
         "All staff"],
        ["All areas",
         "Hours of 1:1 support determined by the school according to need",
         "Daily",
         "Teaching assistant"],
        ["Moving to Year 3",
         "Three visits to the Year 3 classroom in July with her named TA, and a photo book of the new class and staff made by the Year 2 teacher",
         "Three 30-minute visits; photo book read with Amara daily for the last two weeks of term",
         "Year 2 teacher and named TA"],
    ], widths_cm=[2.9, 6.6, 3.6, 3.5], font_size=10)

    d.bold_line("Section G \u2013 Health provision", section="G", color=C)
    d.bullets([
        "Community paediatrician review of Amara's hypermobility every six months.",
        "Physiotherapy advice to the school as appropriate.",
    ])

    d.bold_line("Section H1 \u2013 Social care provision (section 2 CSDPA 1970)", section="H1", color=C)
    d.para("None.")
    d.bold_line("Section H2 \u2013 Other social care provision", section="H2", color=C)
    d.para("None.")

    d.bold_line("Section I \u2013 Placement", section="I", color=C)
    d.para("To be completed in the final plan, after Amara's parents have said which school "
           "they prefer and the council has consulted the school.")

    d.bold_line("Section J \u2013 Personal budget", section="J", color=C)
    d.para("Amara's parents have not requested a personal budget.")

    d.bold_line("Section K \u2013 Advice and information", section="K", color=C)
    d.bullets([
        "Parents' views \u2013 Shona and Marcus Quayle, 8 December 2025",
        "Educational advice \u2013 Miss H. Dunmore, class teacher and SENCO, Ketterby Infant School, 10 December 2025",
        "Educational psychology advice \u2013 Dr S. Achterberg, Educational Psychologist, 16 December 2025",
        "Speech and language therapy advice \u2013 Ketterby Children's Therapy Service, 27 November 2025",
        "Medical advice \u2013 Dr L. Onyango, Community Paediatrician, 4 December 2025",
        "Social care advice \u2013 Ketterby Early Help and Children's Services, 12 December 2025",
    ])
