"""Quarrington Borough Council - Year 9 pupil with severe dyslexia and dyscalculia and low
self-esteem, who moved in September 2025 from a selective grammar school to a mainstream
comprehensive academy in her GCSE options year. Word Heading 1 headings with an em dash
('Section A \u2014 Views, interests and aspirations'); Heading 2 sub-headings; a grey
two-column cover details table; running header and 'Page X of Y' footer. E numbered E1-E9
with preparing-for-adulthood outcomes. Section F is four area tables with the quantity split
over two columns (Provision | Group | How often | Minutes each time | Delivered by (role and
training)), each table preceded by an italic 'Needs / Outcomes' line; dashes left in empty
cells. H1 and H2 both 'None'. FINAL plan (amended after the change of school)."""

TITLE = "Education, Health and Care Plan - Esme Caddick"

EM = "\u2014"


def _area(d, title, link, rows):
    d.heading(title, level=2)
    d.para(link, italic=True, size=10)
    d.table(["Provision", "Group", "How often", "Minutes each time",
             "Delivered by (role and training)"], rows,
            widths_cm=[6.1, 1.9, 2.9, 1.7, 4.0], font_size=9.5, header_fill="E2E2E2")


def build(d):
    d.running_header_footer("Quarrington Borough Council  |  EHC Plan  |  Esme Caddick",
                            footer_left="Final amended plan, 12 January 2026",
                            first_page_plain=True)
    d.title("Quarrington Borough Council", size=13, color="2E4A3F")
    d.title("Education, Health and Care Plan", size=21, color="2E4A3F")
    d.para("Final plan (amended following annual review and change of school)", bold=True)
    d.details_table([
        ("Name", "Esme Caddick"),
        ("Date of birth", "14 February 2012"),
        ("NHS number", "999 614 2087"),
        ("Unique pupil number", "Q999400781236"),
        ("Home address", "27 Kiln Lane, Quarrington, ZY4 8NW"),
        ("Parent / carer", "Rachel Caddick (mother); Dominic Ferris (stepfather)"),
        ("Contact", "01632 960718 / 07700 900352, rachel.caddick@example.org"),
        ("School and year group", "Ashmead Park School, Year 9"),
        ("Previous school", "Kingsholt Grammar School (Years 7 and 8)"),
        ("Date of this final plan", "12 January 2026"),
        ("Next annual review by", "11 January 2027"),
        ("SEND caseworker", "Priya Lankester, Quarrington SEND Assessment and Review Team"),
    ], widths_cm=(5.0, 11.6), fill="EDEDED")

    d.heading("Section A \u2014 Views, interests and aspirations", section="A")
    d.heading("Esme's views", level=2)
    d.para("Esme talked to Mrs Okwuosa, the SENCO at Ashmead Park, on 27 November 2025. "
           "Mrs Okwuosa wrote down what Esme said and read it back to her, and Esme changed "
           "two sentences before agreeing it.")
    d.para("\"At Kingsholt everyone was really clever and I was always the one at the bottom, "
           "so I started thinking I was just thick. I'm not thick, I just can't read fast and "
           "numbers jump about in my head. I hate reading out loud more than anything. I like "
           "it here better because nobody laughs, but I still go red when teachers ask me "
           "questions in front of people. I'm good at art and I'm really good with animals. I "
           "help at my auntie's stables every Saturday. I want to be a veterinary nurse, and "
           "one day I want my own flat with a dog, and to drive.\"")
    d.heading("Views of Esme's mother and stepfather", level=2)
    d.para("Rachel and Dominic describe Esme as kind, funny and determined, and say she is "
           "brilliant with horses and with her younger cousins. They feel her two years at "
           "grammar school badly knocked her confidence: she hid how hard she found the work, "
           "had headaches most Sunday evenings and began to call herself stupid. They want "
           "Ashmead Park to teach her in a way that works for her, to help her choose GCSE "
           "options that keep the door open to animal care, and to make sure she can manage "
           "money and get herself to a college course when the time comes. Esme's older "
           "brother Oliver, who is in Year 12, helps her with homework most evenings.")
    d.heading("Aspirations", level=2)
    d.para("Esme hopes to work as a veterinary nurse, to live independently with a dog of her "
           "own, and to learn to drive. Her family hope she will go to college to study animal "
           "care after Year 11.")

    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("Cognition and learning: reading, spelling and writing", level=2)
    d.para("Esme has severe dyslexia, confirmed by the Quarrington SpLD Service in October "
           "2025. Her reading accuracy is at about a 9-year-old level and her reading speed is "
           "well below the expected range for her age, so she cannot read textbooks, "
           "worksheets or exam papers in the time given. Her phonological awareness and "
           "verbal working memory scores are in the lowest 2% for her age. Her spelling is at "
           "about an 8-year-old level, and she avoids subject words she cannot spell, so her "
           "written answers are much shorter and simpler than her spoken ideas. Her "
           "handwriting is legible but slow.")
    d.heading("Cognition and learning: number and maths", level=2)
    d.para("Esme also has dyscalculia. She has a weak sense of number size and place value, "
           "does not yet recall multiplication facts beyond the 2, 5 and 10 times tables, and "
           "counts on her fingers for many calculations. She loses her place in multi-step "
           "methods. She finds it hard to work out change, to read the time from a 24-hour "
           "clock or a timetable, and to estimate costs.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Esme's self-esteem as a learner is very low. She describes herself as \"thick\", "
           "hides work she thinks is wrong and leaves tasks blank rather than ask for help. "
           "Being asked to read aloud or answer questions in front of the class makes her "
           "panic, and she has walked out of two lessons this term. She becomes anxious in "
           "the days before tests. She has a small, supportive group of friends.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Esme is choosing her GCSE options this year and does not yet know which courses "
           "and grades lead to animal care and veterinary nursing. She has not had careers "
           "guidance. Her difficulties with money, time and timetables will affect her "
           "ability to travel to college and to manage a budget on her own.")

    d.heading("Section C \u2014 Health needs", section="C")
    d.para("Esme is short-sighted and wears glasses. She has frequent tension headaches, which "
           "her GP linked in June 2025 to stress about school; there is no other medical "
           "cause. She has no other health needs relating to her special educational needs.")

    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("No social care needs were identified. Quarrington Children's Social Care "
           "confirmed on 2 December 2025 that no assessment was needed.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("Ashmead Park will break each outcome into half-termly steps and share them with "
           "Esme and her parents at the end of each half-term.")
    d.numbered([
        "By July 2026, Esme will read a 250-word passage from a Year 9 science textbook aloud to her specialist teacher at 80 words per minute with at least 95% accuracy.",
        "By July 2027, Esme will spell at least 80% of the words on her subject vocabulary lists correctly in a timed piece of writing.",
        "Esme will get better at maths.",
        "By the end of Year 10, Esme will work out the change from \u00a320 and use a printed bus timetable to plan a journey, correctly on four out of five attempts.",
        "Esme will feel more confident about her learning.",
        "By her next annual review, Esme will ask a teacher for help or use her time-out pass, instead of leaving work blank, in at least three lessons a week, as recorded on her form tutor's weekly log.",
        "Esme will have a touch-typing course and a reading pen.",
        "By July 2027, Esme will have chosen a post-16 animal care course with entry requirements she is on track to meet, and will have completed one week of work experience with animals.",
        "Esme will become a veterinary nurse.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("The provision below is to be made by Ashmead Park School in term time for as long "
           "as this plan is maintained, unless a row says otherwise. Each table lists the "
           "needs in Section B and the outcomes in Section E that it addresses.")

    _area(d, "Reading, spelling and writing",
          "Needs: reading accuracy and speed, spelling, written expression (Section B). "
          "Outcomes: E1, E2, E7.", [
        ["Structured, multisensory literacy tuition using the Units of Sound programme (phonic code, spelling rules and reading fluency), beginning each session with a one-minute fluency probe so progress can be tracked",
         "1:1", "3 a week (Monday, Wednesday and Friday, period 1)", "40",
         "Specialist dyslexia teacher holding AMBDA, from the Ashmead Park learning support department"],
        ["Pre-teaching of the key words for each new topic in science, history and geography, using word cards that Esme keeps in her own vocabulary book",
         "No more than four pupils", "2 a week (Tuesday and Thursday, tutor time)", "20",
         "HLTA who has completed the Quarrington Dyslexia Outreach course 'Supporting Learners with Dyslexia'"],
        ["Reading support in lessons from a teaching assistant",
         EM, "When a teaching assistant is free", EM, "Teaching assistant"],
        ["Esme would benefit from a reading pen and a tinted overlay in lessons",
         "Individual", "Every lesson", EM, "SENCO to order"],
        ["Touch-typing using the English Type Junior software on a school laptop she can take to lessons",
         "Individual", "To be arranged once her options are settled", EM, "ICT technician"],
        ["Differentiated worksheets, homework and reading materials in line with the school's dyslexia-friendly presentation policy",
         "Whole class", "All lessons", EM, "Subject teachers"],
    ])

    _area(d, "Number and maths",
          "Needs: number sense, place value, calculation, money and time (Section B). "
          "Outcomes: E3, E4.", [
        ["Dyscalculia teaching from Ronit Bird's Dyscalculia Toolkit, building number sense, place value and mental strategies with Cuisenaire rods and dot patterns before moving on to written methods",
         "1:1", "2 a week", "30",
         "Specialist teacher with a Level 7 postgraduate qualification in specific learning difficulties (dyscalculia), from the Quarrington SpLD Service"],
        ["A laminated prompt card for each maths topic (multiplication square, place-value chart and the steps of the method being taught) and a scientific calculator, for Esme's use in every maths and science lesson, in homework and in any test where calculators are allowed; her maths teacher goes through each new card with her at the start of the topic",
         "Individual", "Every maths and science lesson", EM,
         "Maths teacher; cards prepared by the SpLD specialist teacher"],
        ["Maths taught in a smaller set, with a high level of adult help",
         "Smaller set", "All maths lessons", EM, "Maths teacher and a teaching assistant"],
        ["Everyday money and time skills: reading a bus timetable, working out change and planning a budget for a day trip",
         "1:1 or paired", "Up to 2 a week", "25", "Learning mentor"],
        ["Use of the maths strategies listed in the educational psychology advice (Appendix 3)",
         EM, EM, EM, "Maths teacher"],
    ])

    _area(d, "Confidence, self-esteem and wellbeing",
          "Needs: self-esteem as a learner, anxiety about reading aloud and tests (Section B). "
          "Outcomes: E5, E6.", [
        ["Individual emotional literacy sessions on self-esteem: noticing the 'I'm thick' thoughts that followed her move from grammar school, collecting evidence of what she does well, and rehearsing how to ask for help in class",
         "1:1", "Once a week (Wednesday, period 5)", "45",
         "ELSA trained by the Quarrington Educational Psychology Service, with half-termly supervision from an educational psychologist"],
        ["Morning check-in to look through the day's timetable and flag any lesson where she may be asked to read aloud or sit a test, so that an alternative can be agreed with the teacher beforehand",
         "1:1", "Every school day at 8:40", "5", "Form tutor"],
        ["Counselling with the school counsellor if Esme's anxiety about tests gets worse",
         "1:1", "If needed", EM,
         "School counsellor, once Esme reaches the top of the counselling waiting list"],
        ["A time-out pass so that Esme can leave a lesson for the library office whenever she feels overwhelmed",
         EM, "Whenever needed", EM, "Whichever member of staff is on duty in the library"],
        ["Opportunities to take on responsibilities that build her confidence, for example helping at the Year 7 reading club",
         EM, EM, EM, EM],
    ])

    _area(d, "Options, exams and preparing for adulthood",
          "Needs: choosing GCSE options, post-16 routes, organisation (Section B). "
          "Outcomes: E4, E8.", [
        ["Individual careers guidance on choosing GCSE options and on post-16 routes into veterinary nursing and animal care, including the English and maths grades each route needs",
         "1:1", "Twice this year: before the options deadline of 13 February 2026, and again in June 2026", "45",
         "Careers adviser holding the Level 6 Diploma in Career Guidance and Development (Quarrington Careers Hub)"],
        ["Exam access arrangements in all class tests, end-of-unit assessments and mock exams: 25% extra time, an ExamReader pen and a word processor with the spellchecker turned off, in the learning support room; Esme uses each arrangement in at least one class test every half-term so that it becomes her normal way of working",
         "Individual", "Every test and mock exam", EM,
         "Exams officer, with invigilators briefed by the SENCO"],
        ["A work experience placement with animals",
         EM, "To be arranged in Year 10", EM, "Careers lead"],
        ["Help with organising her bag, planner and homework, reducing as she becomes more independent",
         "1:1", "Weekly at first", "20", "Teaching assistant"],
    ])

    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "Paracetamol for headaches, given as required by the school office under the school's medicines policy, with Rachel's written consent.",
        "An NHS sight test every 12 months at the family's optician, with Esme's glasses updated when her prescription changes.",
        "The GP to consider a referral to the school nursing service for help with headaches if they continue.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Esme has not been assessed as needing services under section 2 of the "
           "CSDPA 1970.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Ashmead Park School, Quarrington \u2014 mainstream academy for pupils aged 11 to 16.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Esme's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Esme's views \u2014 recorded by Mrs A. Okwuosa, SENCO, 27 November 2025",
        "Parents' views \u2014 Rachel Caddick and Dominic Ferris, 24 November 2025",
        "Educational advice \u2014 Ashmead Park School, Mrs A. Okwuosa, SENCO, 1 December 2025",
        "Information from the previous school \u2014 Kingsholt Grammar School, July 2025",
        "Specialist teacher advice (SpLD) \u2014 Mr D. Harrowell, Quarrington SpLD Service, 21 October 2025",
        "Psychological advice \u2014 Dr Lena Voskuijlen, Educational Psychologist, 4 December 2025 (Appendix 3)",
        "Medical advice \u2014 Quarrington school nursing service",
        "Social care advice \u2014 Quarrington Children's Social Care, 2 December 2025",
        "Preparing for adulthood advice \u2014 Quarrington Careers Hub, 8 December 2025",
    ])
