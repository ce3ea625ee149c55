"""Thornvale Metropolitan Borough Council - post-16 young person (18, Year 13) with dyslexia,
dyspraxia (developmental coordination disorder) and anxiety, in the first year of a
two-year Level 3 Extended Diploma at a general further education college. Headings are
bold coloured Normal text (no heading styles) in the form 'Section F: The special
educational provision Leah needs'. Cover details in a two-column shaded table. E numbered
E1-E8. Section F is grouped under bold preparing-for-adulthood sub-headings; under each,
first-level bullets name the outcome ('Working towards E1 - ...') and the provision items
are second-level bullets beneath them. Separate H1 (not applicable, aged 18) and H2.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Leah Darroch"

HEAD = "1F4E79"


def _h(d, text, section):
    d.bold_line(text, section=section, size=13.5, color=HEAD)


def _sub(d, text):
    d.para(text, bold=True, size=11.5)


def build(d):
    d.simple_footer("Thornvale MBC  \u2022  Education, Health and Care Plan  \u2022  "
                    "Leah Darroch  \u2022  FINAL  \u2022  12 March 2026")
    d.title("Thornvale Metropolitan Borough Council", size=13, color=HEAD)
    d.title("Education, Health and Care Plan", size=21, color=HEAD)
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Young person", "Leah Darroch"),
        ("Date of birth", "3 November 2007 (age 18)"),
        ("NHS number", "999 618 2047"),
        ("Address", "14 Pennycress Way, Thornvale, ZY4 8DN"),
        ("Leah's contact details", "07700 900583; leah.darroch@example.org"),
        ("Parent (with Leah's agreement)", "Sian Darroch (mother), 01632 960731"),
        ("College and year", "Bexmoor College, Year 13 (first year of a two-year Level 3 programme)"),
        ("Date of final plan", "12 March 2026"),
        ("Annual review due by", "11 March 2027"),
        ("Plan coordinator", "Ravi Moorcroft-Tate, Thornvale 14\u201325 SEND Team"),
    ], widths_cm=(5.0, 11.6), fill="DDEBF7")

    _h(d, "Section A: Leah's views, interests and aspirations", "A")
    _sub(d, "In Leah's own words")
    d.para("Leah wrote this section herself on her laptop, using speech-to-text, after talking "
           "it through with her personal tutor, Ms Okafor, on 20 January 2026.")
    d.para("\u201cI did my Level 2 last year and passed with a Distinction, which I'm really "
           "proud of because at school everyone thought I was lazy. I want to be a children's "
           "nurse. I've looked after my little brother Ellis loads, and I'm good at calming "
           "people down even when I'm not calm myself. The hard bits for me are reading long "
           "articles, getting my ideas in the right order, and handing things in on time. My "
           "writing by hand is really slow and it hurts. I panic about presentations and exams "
           "\u2013 my chest goes tight and sometimes I just walk out. I want to be able to get "
           "the train to college instead of my mum driving me, and I want to be better with "
           "money before I go to uni.\u201d")
    _sub(d, "My mum's views (shared with my agreement)")
    d.para("Sian says Leah is caring, funny and far more capable than she believes. She has "
           "watched Leah's confidence grow at Bexmoor but worries that the jump to Level 3, "
           "with longer assignments and presentations, will overwhelm her. She would like Leah "
           "to have a realistic plan for nursing, whether through university or an "
           "apprenticeship, and to be able to look after herself day to day.")

    _h(d, "Section B: Leah's special educational needs", "B")
    _sub(d, "Cognition and learning")
    d.para("Leah has dyslexia (specialist assessment, October 2025). Her reading is accurate "
           "but slow: her reading speed is well below the average for her age, and she has to "
           "re-read academic texts several times to understand them. Her spelling of subject "
           "words is unreliable, and she finds it very hard to plan, structure and proof-read "
           "long written assignments. Her working memory is weak, so she loses track of "
           "multi-part instructions and of information copied from the board.")
    _sub(d, "Physical and sensory")
    d.para("Leah has dyspraxia (developmental coordination disorder), diagnosed when she was "
           "nine. Handwriting is slow, untidy and painful after about ten minutes, so she cannot "
           "take notes by hand or write at speed in timed assessments. She takes longer than "
           "others to carry out practical tasks such as moving-and-handling techniques and "
           "first-aid procedures, and she is anxious about getting them wrong in front of "
           "others. She finds it hard to organise her time and belongings and to find her way "
           "in unfamiliar places.")
    _sub(d, "Social, emotional and mental health")
    d.para("Leah has generalised anxiety disorder. She has panic attacks before presentations, "
           "timed assessments and unfamiliar situations, and when she falls behind with work "
           "she avoids it rather than asking for help. Her attendance in the autumn term was "
           "84%. She has a small group of friends from her Level 2 course but finds it hard to "
           "join new groups and has not taken part in anything outside lessons.")
    _sub(d, "Preparing for adulthood")
    d.para("Leah has never made the train journey to college on her own; her mother drives her "
           "every day. She has not yet had any work experience in a health or care setting, "
           "which she will need for a nursing application. She does not have a bank account she "
           "manages herself, has never cooked a full meal, and is unsure about the difference "
           "between the university and apprenticeship routes into nursing.")

    _h(d, "Section C: Health needs relating to Leah's SEN", "C")
    d.para("Leah's generalised anxiety disorder was diagnosed by her GP in 2024, and she takes "
           "sertraline every day. She has mild asthma, which is worse when she is anxious. Her "
           "dyspraxia was diagnosed by the community paediatric service in 2016. She has had no "
           "specialist mental health support since she left the children's service at 18.")

    _h(d, "Section D: Social care needs relating to Leah's SEN or disability", "D")
    d.para("Thornvale Adult Social Care carried out a Care Act transition assessment on "
           "9 December 2025. It found that Leah does not have eligible care and support needs "
           "at present. Her mother is her main source of support and has been given "
           "information about a carer's assessment.")

    _h(d, "Section E: Outcomes", "E")
    d.para("Bexmoor College will set short-term targets towards each outcome at Leah's "
           "half-termly progress reviews, and record them in her individual learning plan.")
    d.numbered([
        "By July 2026, Leah will pass every first-year unit of the Level 3 Extended Diploma in Health and Social Care, handing in each assignment by its original deadline.",
        "By December 2026, Leah will have completed a 60-hour placement in a hospital, nursery or care setting and submitted either a UCAS application or a nursing apprenticeship application.",
        "By June 2026, Leah will travel from Thornvale to Bexmoor College by train on her own on every college day.",
        "Leah will become more organised.",
        "Leah will make friends and take part in college life.",
        "By July 2026, Leah will use her breathing and grounding routine to give a five-minute presentation to her class without leaving the room, on at least two occasions.",
        "Leah will have counselling to help with her anxiety.",
        "Leah will be a children's nurse.",
    ], fmt="E{n}")

    _h(d, "Section F: The special educational provision Leah needs", "F")
    d.para("The provision is set out under the preparing-for-adulthood areas. Each first-level "
           "line names the outcome in Section E; the provision for it is listed beneath. It is "
           "made in term time at Bexmoor College unless stated otherwise.", italic=True)

    _sub(d, "Learning, employment and further study")
    d.bullets(["**Working towards E1** \u2013 completing the first year of the diploma on time"])
    d.bullets([
        "One 60-minute individual session every week in term time with a specialist dyslexia teacher who holds AMBDA, working on planning and structuring assignments, proof-reading and Harvard referencing; Leah and the teacher check her progress against her study targets each half-term.",
        "In-class help from a learning support assistant at the busiest points of the course, such as assessment weeks and the run-up to coursework hand-in.",
        "A college laptop for Leah's sole use in lessons, on placement and at home, with Read&Write (text-to-speech and word prediction) and MindView mind-mapping software installed, plus two one-hour training sessions before the Easter holiday 2026 from the college's assistive technology officer, who is a certified Read&Write trainer.",
        "Exam access arrangements in line with the recommendations in the specialist assessor's report.",
        "Course tutors may allow Leah extra time on coursework deadlines if she is finding the workload difficult.",
        "Printed copies of each lesson's slides, on cream paper in a 12-point sans-serif font, handed to Leah by the lecturer at the start of every taught session so that she can listen rather than copy from the board.",
        "Some extra time in practical sessions, e.g. moving-and-handling and first-aid practicals.",
    ], style="List Bullet 2")
    d.bullets(["**Working towards E2** \u2013 a placement and a clear route into nursing"])
    d.bullets([
        "Leah will be given the opportunity to take part in work experience in a health or care setting.",
        "Three individual 45-minute careers guidance interviews between April and December 2026 with the college careers adviser, who holds the Qualification in Career Guidance and is on the Career Development Institute register, covering nursing degree and nursing apprenticeship routes, UCAS personal statements and applying for Disabled Students' Allowance.",
    ], style="List Bullet 2")

    _sub(d, "Independent living")
    d.bullets(["**Working towards E3** \u2013 travelling to college by train"])
    d.bullets([
        "Independent travel training on the train from Thornvale station to Bexmoor, starting in April 2026 on Tuesday and Thursday mornings: the trainer travels with Leah on four return journeys, then shadows her at a distance on two more, and signs her off once she has made the whole journey safely on her own on three college days in a row; delivered by an accredited travel trainer from Thornvale Travel Smart.",
    ], style="List Bullet 2")
    d.bullets(["**Working towards E4** \u2013 organising her time, money and meals"])
    d.bullets([
        "Help with organising her time and coursework, with the details to be worked out with the study skills team once Leah has settled into the autumn term.",
        "Cookery sessions in the college's enrichment programme, where places allow.",
        "Budgeting and money sessions in tutorial time, covering things like using a banking app, setting up direct debits and planning for a student loan.",
    ], style="List Bullet 2")

    _sub(d, "Friends, relationships and community")
    d.bullets(["**Working towards E5** \u2013 joining in with college life"])
    d.bullets([
        "A 45-minute meeting each week with a student mentor to find and start a volunteering role in a health or care setting, with the mentor's involvement gradually withdrawn as Leah gains confidence.",
        "A place in the college's Neurodiversity Peer Group (no more than eight students), which meets every Thursday from 12:30 to 13:15 and is run by a learning support practitioner who has completed the college's accredited neurodiversity awareness training.",
    ], style="List Bullet 2")

    _sub(d, "Being healthy")
    d.bullets(["**Working towards E6** \u2013 managing anxiety in presentations and exams"])
    d.bullets([
        "Eight weekly 50-minute sessions of individual cognitive behavioural therapy from April 2026, aimed at panic before presentations and exams, with two follow-up sessions in October 2026; delivered by an HCPC-registered counselling psychologist from Thornvale Talking Therapies for Young Adults and commissioned by the council.",
        "Every Monday and Thursday at 8:50, Leah and her personal tutor spend five minutes going over that week's hand-in dates and anything different on her timetable.",
        "Leah is welcome to drop into the Wellbeing Hub when she feels overwhelmed, and staff there will help her to calm down.",
        "Counselling from the college counselling service, subject to waiting times.",
        "Mentoring with the Additional Learning Support team every fortnight, dropping to once a month from January 2027.",
    ], style="List Bullet 2")

    _h(d, "Section G: Health provision", "G")
    d.bullets([
        "A salbutamol inhaler, carried by Leah and used as required, as set out in her asthma plan from her GP.",
        "Sertraline 50 mg once a day, prescribed by her GP at Orchard Lane Surgery, with a medication review every three months.",
        "Assessment by the adult community mental health team once Leah reaches the top of its waiting list.",
    ])

    _h(d, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("Not applicable: Leah is 18.")
    _h(d, "Section H2: Other social care provision", "H2")
    d.para("No social care provision is required. The Care Act assessment of 9 December 2025 "
           "found no eligible needs, and Leah has been given the contact details of "
           "Thornvale's Young Adults Information Service.")

    _h(d, "Section I: Placement", "I")
    d.para("Bexmoor College (general further education college) \u2013 full-time study "
           "programme, Level 3 Extended Diploma in Health and Social Care, September 2025 to "
           "July 2027.")

    _h(d, "Section J: Personal budget", "J")
    d.para("Leah has not asked for a personal budget.")

    _h(d, "Section K: Advice and information", "K")
    d.bullets([
        "Leah's views \u2013 written by Leah with Ms A. Okafor, personal tutor, 20 January 2026",
        "Parent's views \u2013 Sian Darroch, 22 January 2026",
        "Educational advice \u2013 Mr D. Whitlock, Head of Additional Learning Support, Bexmoor College, 27 January 2026",
        "Psychological advice \u2013 Dr Imogen Stallard, Educational Psychologist, 30 January 2026",
        "Medical advice \u2013 Dr R. Basra, GP, Orchard Lane Surgery, 26 January 2026",
        "Specialist assessor's report (dyslexia and exam access arrangements) \u2013 Ms P. Greaves, AMBDA, 14 October 2025",
        "Occupational therapy advice \u2013 Thornvale Community Therapy Service",
        "Social care advice \u2013 Care Act transition assessment, Thornvale Adult Social Care, 9 December 2025",
        "Preparing for adulthood advice \u2013 Thornvale Careers and Progression Service, 3 February 2026",
    ])
