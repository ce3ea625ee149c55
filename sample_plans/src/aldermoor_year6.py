"""Marlstone County Council - Year 6 pupil with dyslexia and anxiety at a mainstream
primary school, in the phase-transfer year (amended FINAL plan issued before 15 February,
naming the secondary academy from September). Word Heading 1 headings with the title in
brackets after the letter ('Section F (Special educational provision)'). Cover details are
a two-column details table. B has Heading 2 area-of-need sub-headings. E is numbered
E1-E7. Section F is ONE four-column table whose columns put the timing first
(Ref | When, how often and for how long | What will be provided | Who provides it, and their
training), split into three phases by shaded banner rows merged across the table ('Part 1 -
At Aldermoor ...', 'Part 2 - Moving to secondary school', 'Part 3 - At Harrowfield Academy
...'). H1 and H2 both 'None'. K is a bulleted list, one entry without a date."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Reuben Ashdown"


def _banner_rows(table, indices, fill="E2EFDA"):
    """Merge each listed row across all columns and shade it (a phase banner)."""
    for ri in indices:
        row = table.rows[ri]
        cells = row.cells
        merged = cells[0].merge(cells[-1])
        for p in list(merged.paragraphs)[1:]:
            if not p.text.strip():
                p._element.getparent().remove(p._element)
        tcpr = merged._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)


def build(d):
    d.simple_footer("Marlstone County Council SEND Service - Amended Final EHC Plan - "
                    "Reuben Ashdown - issued 11 February 2026")
    d.title("Marlstone County Council", size=13, color="375623")
    d.title("Education, Health and Care Plan", size=21, color="375623")
    d.para("AMENDED FINAL PLAN (following the Year 6 annual review held on 2 December 2025)",
           bold=True)
    d.details_table([
        ("Child's name", "Reuben Ashdown"),
        ("Date of birth", "17/03/2015"),
        ("NHS number", "999 318 6624"),
        ("UPN", "Z999000562871"),
        ("Home address", "14 Kiln Lane, Aldermoor, Marlstone, ZY4 6HN"),
        ("Parents", "Carys Ashdown and Daniel Ashdown"),
        ("Contact", "01632 960713 / carys.ashdown@example.org"),
        ("Current school and year", "Aldermoor Church of England Primary School, Year 6"),
        ("Date this plan was issued", "11 February 2026"),
        ("Next review", "To be held by 10 February 2027 (interim review at Harrowfield "
                        "Academy in November 2026)"),
        ("EHC co-ordinator", "Priya Holloway-Dunne, Marlstone SEND Service"),
    ])

    d.heading("Section A (Views, interests and aspirations)", section="A")
    d.heading("What Reuben told us", level=2)
    d.para("Reuben talked to Mrs Okafor, his ELSA, over two sessions in November 2025, and "
           "chose the bits he wanted written down. These are his words.")
    d.para("\"I'm good at building things and I know loads about volcanoes and sharks. I like "
           "PE and being in goal. I don't like reading out loud because the words jump about "
           "and people wait for me. Tests make my tummy hurt. I'm scared about big school "
           "because it's massive and you have to find your own way and I might get lost. I "
           "want to be an engineer and make bridges, or work at an aquarium. I want to have "
           "a friend in my form.\"")
    d.heading("What Reuben's parents told us", level=2)
    d.para("Carys and Daniel describe Reuben as kind, funny and curious, a brilliant big "
           "brother to Maisie (aged 3) and very practical: he fixed his grandad's bike on his "
           "own. They say he holds things together at school and then falls apart at home, "
           "with stomach aches most Sunday nights. They want him to be able to read well "
           "enough to enjoy it, and to start at Harrowfield Academy without his anxiety "
           "taking over. They asked for the specialist teaching he gets now to carry on "
           "into Year 7.")
    d.heading("How to communicate with Reuben", level=2)
    d.para("Give him time to think before he answers, do not ask him to read aloud in front "
           "of others without warning, and tell him about changes in advance.")

    d.heading("Section B (Special educational needs)", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben has dyslexia (specialist teacher assessment, October 2024). In November "
           "2025, aged 10 years 8 months, his single-word reading age was 7 years 9 months "
           "and he read connected text at 58 words per minute. He cannot yet decode "
           "unfamiliar words of more than two syllables, and he guesses from the first "
           "letter. His spelling is at about the level expected at the end of Year 2: he "
           "knows most single sounds but confuses vowel digraphs and does not apply spelling "
           "rules. His phonological awareness and verbal working memory are well below "
           "average (working memory at the 6th centile, EP assessment, September 2025), "
           "while his verbal reasoning is in the average range.")
    d.para("Handwriting is slow (9 words per minute when copying) and effortful, so he "
           "writes far less than he can say and tires quickly. In maths he understands "
           "concepts when they are shown practically, but he cannot recall multiplication "
           "facts beyond the 2, 5 and 10 times tables, and he loses track of multi-step word "
           "problems because he cannot read them and hold the steps in mind.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben has significant anxiety linked to reading aloud, tests and change. He "
           "complains of stomach aches before spelling tests and on Monday mornings, has "
           "hidden in the toilets twice this term when supply teachers were in, and his "
           "attendance this year is 91%. He is very worried about moving to secondary "
           "school, especially finding his way round and reading his timetable. He rarely "
           "tells an adult when he is anxious; he goes quiet and stops working.")
    d.heading("Communication and interaction; sensory and physical", level=2)
    d.para("Reuben's spoken language and social communication are a strength. No sensory "
           "or physical needs were identified beyond the handwriting difficulties above.")

    d.heading("Section C (Health needs related to SEN)", section="C")
    d.para("Reuben has mild asthma, managed with a salbutamol reliever inhaler. His GP "
           "referred him to the Marlstone Child and Adolescent Mental Health Service (CAMHS) "
           "in August 2025 because of anxiety and stomach pains with no physical cause; he is "
           "on the waiting list for an assessment.")

    d.heading("Section D (Social care needs)", section="D")
    d.para("No social care needs were identified. Reuben's parents were offered an early "
           "help assessment in October 2025 and said they did not need one.")

    d.heading("Section E (Outcomes)", section="E")
    d.para("Outcomes run to the end of Year 7 unless another date is given. Aldermoor, and "
           "then Harrowfield, will set half-termly targets towards each outcome and send "
           "them to Reuben's parents.")
    d.numbered([
        "By the end of Year 7 (July 2027), Reuben will read aloud an unseen passage written at a nine-year-old reading level with at least 95% accuracy.",
        "By the end of Year 6, Reuben will spell correctly at least 40 of 50 words from the Year 3 and 4 statutory word list in a dictated test.",
        "Reuben will develop his confidence with writing.",
        "By July 2026, Reuben will answer 90 of 100 mixed multiplication facts up to 10 x 10 correctly on the school's five-minute timed check.",
        "By October half-term 2026, Reuben will tell an adult at Harrowfield when he is worried, in words or by showing his 'pass' card, on at least four out of five occasions recorded by his form tutor.",
        "Reuben will attend transition sessions at his new school.",
        "Reuben will be less anxious about tests.",
    ], fmt="E{n}")

    d.heading("Section F (Special educational provision)", section="F")
    d.para("Unless a row says otherwise, this provision is made in term time for the life of "
           "the plan. The table is in three parts: what Aldermoor provides until Reuben "
           "leaves in July 2026, what happens to help him move school, and what Harrowfield "
           "Academy provides from September 2026.")
    rows = [
        ["**Part 1 - At Aldermoor Primary School (until 22 July 2026)**", "", "", ""],
        ["F1", "Four 45-minute sessions per fortnight (Tuesday and Thursday mornings)",
         "Individual specialist literacy teaching using Units of Sound, a structured, cumulative and multisensory programme, working on decoding longer words, vowel digraphs, spelling rules and reading fluency",
         "Specialist teacher holding Approved Teacher Status (dyslexia), Marlstone Learning Support Service"],
        ["F2", "Ten minutes before registration on Monday, Wednesday and Friday",
         "Precision Teaching of the words and spelling patterns Reuben is learning in F1, with a daily probe recorded on his chart; the SENCO checks the chart and sets new targets each half-term",
         "Teaching assistant who has completed the Learning Support Service's one-day Precision Teaching course"],
        ["F3", "Whenever a lesson involves a lot of reading or writing",
         "A reader and scribe in lessons",
         "Whichever adult is free"],
        ["F4", "Once a week",
         "Spelling catch-up in a small group",
         "Teaching assistant"],
        ["F5", "Subject to a device being free from the class set",
         "Reuben will have access to a laptop or tablet with suitable software for longer pieces of writing",
         "Class teacher"],
        ["F6", "In every lesson from 2 March 2026; two 30-minute training sessions for Reuben and his teaching assistant in the first fortnight",
         "A C-Pen Reader 2 scanning pen for Reuben's own use, kept in his tray, and used in tests wherever a reader is allowed",
         "Bought by Aldermoor; set-up and training by the Learning Support Service's assistive technology teacher"],
        ["F7", "Maths lessons",
         "It would help Reuben to have a multiplication square and number-fact prompts to hand in maths",
         "Class teacher"],
        ["F8", "A maximum of two 15-minute sessions a week",
         "1:1 practice of number facts and place value using Numicon",
         "Higher level teaching assistant who has attended the Numicon 'Closing the Gap' course"],
        ["F9", "Five minutes each morning before registration",
         "A check-in at the classroom door to go through Reuben's visual timetable for the day and warn him of any changes (supply teachers, tests, room moves)",
         "Year 6 teaching assistant (the class teacher if she is absent)"],
        ["F10", "One 30-minute session every Thursday afternoon",
         "Individual ELSA sessions using 'Starving the Anxiety Gremlin' to teach Reuben to notice when he is getting anxious and to use his three calming steps (counted breathing, squeezing his stress ball, showing his 'pass' card)",
         "Emotional Literacy Support Assistant trained by the Marlstone Educational Psychology Service, with half-termly group supervision from an educational psychologist"],
        ["F11", "May 2026 Key Stage 2 tests",
         "Access arrangements for the SATs (reader, extra time, separate room) as the school thinks fit",
         "SENCO"],
        ["F12", "As he feels he needs it",
         "The library corner will be available to Reuben as a quiet space if he feels overwhelmed",
         ""],
        ["F13", "To be set after the CAMHS assessment",
         "Therapeutic support for Reuben's anxiety",
         "To be agreed"],
        ["F14", "Every evening, 15 minutes",
         "Paired reading at home with a book from the school's decodable library, to be carried out by Reuben's parents",
         "Parents"],
        ["**Part 2 - Moving to secondary school (June to September 2026)**", "", "", ""],
        ["F15", "Six weekly visits of one hour each, on Wednesday afternoons from 3 June 2026",
         "Enhanced transition visits to Harrowfield Academy: the site, the learning support base, the canteen and meeting his form tutor; Reuben takes photographs for his own transition booklet",
         "Accompanied by Reuben's Year 6 teaching assistant; visits led by Harrowfield's Year 7 transition co-ordinator"],
        ["F16", "Once, in June 2026 (45 minutes)",
         "A handover meeting to pass on Reuben's one-page profile, his latest reading and spelling assessments and his calming plan, with his parents invited",
         "SENCOs of Aldermoor and Harrowfield"],
        ["**Part 3 - At Harrowfield Academy (from September 2026)**", "", "", ""],
        ["F17", "Each morning to begin with",
         "Check-in with a key adult in the learning support base during the first half-term, reducing as Reuben settles",
         "Key adult"],
        ["F18", "Three 30-minute sessions a week in form time (8:40 to 9:10) throughout Year 7",
         "Read Write Inc. Fresh Start literacy teaching in a group of no more than four pupils, with progress assessed by the SENCO every half-term",
         "Teaching assistant who has completed Read Write Inc. Fresh Start training"],
        ["F19", "One session a week",
         "Specialist dyslexia teaching will continue at Harrowfield if the academy's SEN budget allows",
         "Specialist teacher"],
        ["F20", "All lessons",
         "Subject teachers to follow the strategies in the Learning Support Service report (K7), for example printed notes and coloured overlays",
         "Subject teachers"],
    ]
    t = d.table(["Ref", "When, how often and for how long", "What will be provided",
                 "Who provides it, and their training"], rows,
                widths_cm=[1.2, 4.0, 6.9, 4.5], font_size=9.5)
    banner_idx = [i + 1 for i, r in enumerate(rows) if r[0].startswith("**Part ")]
    _banner_rows(t, banner_idx)

    d.heading("Section G (Health provision)", section="G")
    d.bullets([
        "A salbutamol reliever inhaler kept in the Year 6 classroom (and, from September, with the Harrowfield first-aid team), two puffs as required under Reuben's asthma plan, given by a first-aider.",
        "Asthma review with the practice nurse at Aldermoor Surgery once a year.",
        "Assessment by Marlstone CAMHS for anxiety when Reuben reaches the top of the waiting list.",
    ])

    d.heading("Section H1 (Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("None.")
    d.heading("Section H2 (Other social care provision)", section="H2")
    d.para("None.")

    d.heading("Section I (Placement)", section="I")
    d.para("Until 22 July 2026: Aldermoor Church of England Primary School, Marlstone "
           "(mainstream voluntary-aided primary school).")
    d.para("From 1 September 2026: Harrowfield Academy, Marlstone (mainstream academy for "
           "pupils aged 11 to 16), the school of Reuben's parents' preference.")

    d.heading("Section J (Personal budget)", section="J")
    d.para("Reuben's parents have not asked for a personal budget.")

    d.heading("Section K (Advice and information)", section="K")
    d.bullets([
        "K1 Parents' views - Carys and Daniel Ashdown, 14 November 2025",
        "K2 Reuben's views - recorded by Mrs A. Okafor, ELSA, 19 and 26 November 2025",
        "K3 Educational advice and annual review report - Mrs J. Thorne, SENCO, Aldermoor Church of England Primary School, 2 December 2025",
        "K4 Psychological advice - Dr Samir Velasco, Educational Psychologist, 24 September 2025",
        "K5 Medical advice - Dr E. Brannigan, GP, Aldermoor Surgery, 10 November 2025",
        "K6 Social care - early help offer declined, Marlstone Early Help Hub, 20 October 2025",
        "K7 Specialist teacher assessment update - Marlstone Learning Support Service",
        "K8 Transition advice - Mr D. Fairweather, SENCO, Harrowfield Academy, 21 January 2026",
    ])
