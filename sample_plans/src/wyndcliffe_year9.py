"""Calderbrook Metropolitan Borough Council - final amended plan after the Year 9 annual
review for a boy with dyslexia, ADHD and social, emotional and mental health needs at a
mainstream 11-16 academy. Word Heading 1 headings that are personalised with the child's
name ('Section F: The special educational provision Theo needs'); cover details in a
four-column table; a short 'Plan history' line. B includes a preparing-for-adulthood
sub-heading. E is a list numbered E1-E8 with PfA outcomes. Section F is grouped by who
delivers it: each group opens with a bold 'Delivered by: ...' line naming the deliverer
(and, for some groups, their qualification) once, followed by plain bullets that do not
repeat the deliverer. H1 says none; H2 has two items. FINAL plan."""

TITLE = "Education, Health and Care Plan - Theo Castellan"


def _group(d, who, items):
    d.label_para("Delivered by: ", who)
    d.bullets(items)


def build(d):
    d.simple_footer("Calderbrook MBC  \u00b7  EHC Plan for Theo Castellan  \u00b7  FINAL (amended) "
                    "23 January 2026  \u00b7  Official - Sensitive")
    d.title("Calderbrook Metropolitan Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="5B2C6F")
    d.para("FINAL AMENDED PLAN", bold=True, size=12)
    d.table(None, [
        ["Child's name", "Theo Castellan", "Date of birth", "3 March 2012"],
        ["NHS number", "999 748 2163", "UPN", "K999418207336"],
        ["Home address", "Flat 2, 41 Gannet Street, Calderbrook, XJ3 8PW", "Year group", "Year 9"],
        ["Parent / carer", "Kerry Castellan (mother); Dean Pollard (stepfather)", "Contact", "07700 900733 / 01632 960491\nkerry.castellan@example.org"],
        ["School", "Wyndcliffe Academy", "Caseworker", "Tomasz Vickery-Ibe"],
        ["Annual review meeting", "4 December 2025", "Plan issued", "23 January 2026"],
        ["Next review due by", "22 January 2027", "Status", "Final"],
    ], widths_cm=[3.1, 5.6, 2.8, 5.1], bold_first_col=True, font_size=10)
    d.para("Plan history: first EHC plan issued 11 July 2022 (Year 5); amended after the "
           "annual reviews of November 2023 and December 2025. Theo lives with his mother, "
           "his stepfather, his half-sister Ava (4) and, most weekends, his older brother "
           "Jordan (17).", italic=True, size=10)

    d.heading("Section A: What matters to Theo \u2013 his views, interests and aspirations", section="A")
    d.heading("In Theo's words", level=2)
    d.para("Theo talked to Mr Kamara (ELSA) in November 2025 and agreed what was written. "
           "\"I'm good at fixing things. I fixed my bike gears and my brother's scooter. I "
           "like boxing, the gym and going to car shows with Dean. I hate reading out loud "
           "and I hate it when teachers say 'you're not trying' when I actually am. When "
           "I get wound up it's like a kettle and I can't stop it. I want to do motor "
           "vehicle at college or get an apprenticeship. One day I want my own garage. I "
           "don't want a TA sat next to me in every lesson, it's embarrassing.\"")
    d.heading("Kerry and Dean's views", level=2)
    d.para("Kerry says Theo is kind, practical and very loyal to his friends, and brilliant "
           "with Ava. She has been called into school many times this year and feels the "
           "focus is always on behaviour, not on why Theo is struggling. She wants him to "
           "get English and maths GCSEs so that he has choices, and she wants him to have "
           "proper advice about options before February. Dean would like the school to use "
           "Theo's interest in engines to get him reading.")
    d.heading("Aspirations", level=2)
    d.para("Theo wants to train as a vehicle technician, through a college course or an "
           "apprenticeship, and later to run his own garage. He wants to keep boxing and to "
           "pass his driving test at 17.")

    d.heading("Section B: Theo's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Theo has dyslexia (specialist teacher assessment, 2021; updated October 2025). "
           "His single-word reading age is 9 years 6 months and his reading comprehension "
           "age is 10 years 2 months (chronological age 13 years 8 months). His spelling "
           "is at the 5th centile, and his processing speed and verbal working memory are "
           "in the low range. He understands ideas well when they are explained orally, but "
           "he cannot read most Year 9 worksheets independently, his written work is short "
           "and hard to follow, and he loses track of multi-step instructions. He forgets "
           "homework and equipment on most days.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Theo has ADHD (combined presentation, diagnosed in 2022). He finds it very hard "
           "to stay seated and focused for a full 60-minute lesson, especially in the "
           "afternoon when his medication has worn off. When he is asked to read aloud, "
           "corrected in front of others or feels he is being treated unfairly, he can "
           "become angry very quickly, swearing and walking out. He had two suspensions in "
           "Year 8. He describes himself as 'thick' and has a low opinion of his ability. "
           "He has a small group of loyal friends but falls out with peers after arguments "
           "on social media.")
    d.heading("Communication and interaction", level=2)
    d.para("Theo's spoken language is within the average range. He misunderstands sarcasm "
           "and indirect instructions when he is stressed.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Theo chooses his GCSE options in February 2026. He has had no careers guidance "
           "yet and does not know what qualifications college courses or apprenticeships in "
           "motor vehicle work require. He travels to school by bus on his own. He has no "
           "experience of a workplace.")

    d.heading("Section C: Theo's health needs", section="C")
    d.para("Theo's ADHD is managed by the Calderbrook community paediatric team. He takes "
           "a long-acting stimulant each morning at home. His appetite is reduced at "
           "lunchtime and his sleep is often poor. His mother has asked for help with his "
           "low mood, and his GP referred him to CAMHS in September 2025.")

    d.heading("Section D: Theo's social care needs", section="D")
    d.para("Theo is not a disabled child known to the Children with Disabilities Team. The "
           "family were supported by Calderbrook Early Help from March to November 2025 "
           "because of conflict at home around bedtimes and screen use. Kerry has asked "
           "for this to continue, and for help finding out-of-school activities for Theo.")

    d.heading("Section E: Outcomes for Theo", section="E")
    d.para("Outcomes are set to the end of Key Stage 3 (July 2026) or the end of Year 10 "
           "(July 2027). Wyndcliffe's SENCO will break each one into termly targets on "
           "Theo's support plan.")
    d.numbered([
        "By the end of Year 10, Theo will reach a reading comprehension age of at least 12 years on the New Group Reading Test.",
        "Theo will get better at spelling.",
        "By July 2026, Theo will stay in class for the full lesson in at least four out of five lessons each day, using his time-out card no more than once a day.",
        "Theo will stop swearing at teachers.",
        "By July 2026, Theo will arrive at lessons with the right equipment and his homework done on at least 8 days out of 10, using his planner checklist.",
        "By June 2026, Theo will be able to describe two post-16 routes into motor vehicle work (a college course and an apprenticeship) and the GCSE grades each one asks for.",
        "Theo will become a mechanic and own his own garage.",
        "Theo will attend ELSA sessions and mentoring.",
    ], fmt="E{n}")

    d.heading("Section F: The special educational provision Theo needs", section="F")
    d.para("Provision is set out by who delivers it. It applies in term time at Wyndcliffe "
           "Academy for as long as this plan is maintained.", italic=True)

    _group(d, "Mrs Janine Okafor, specialist teacher for specific learning difficulties "
              "(holds AMBDA), Calderbrook Learning Support Service", [
        "Individual teaching with the Units of Sound reading and spelling programme, two 45-minute sessions a week: one in Tuesday tutor time and one withdrawn from a rotating foundation lesson, so that Theo never misses the same subject twice running.",
        "A 30-minute planning meeting once every half-term with Theo's English teacher and his TA, to set the spelling targets and reading strategies they will practise with him in class.",
        "Further assessment of Theo's processing speed and working memory, with any additional recommendations to be added to this plan.",
    ])
    _group(d, "Teaching assistants in the Learning Support department", [
        "In-class support in English, science and humanities, up to 8 hours a week.",
        "Precision Teaching of Theo's target spellings for the first 10 minutes of morning registration, Monday to Thursday, by a TA who has completed the Calderbrook Precision Teaching course.",
        "A reader, and a laptop with the spell-checker turned off, in all internal assessments and mock examinations, with 25% extra time; the TA who reads for him will have completed the academy's JCQ access arrangements training.",
        "A 10-minute check of Theo's planner at the end of period 5 each day, making sure every homework task has a due date and that worksheets are photographed onto his tablet.",
    ])
    _group(d, "Subject teachers", [
        "Differentiated work and quality first teaching in all lessons.",
        "At the start of every lesson, a printed sheet of that lesson's key words and a copy of any text longer than half a page, in a sans-serif font of at least 12 point on cream paper.",
        "Seating near the front and movement breaks where appropriate.",
        "Homework should be cut down to the core tasks.",
    ])
    _group(d, "The Pastoral Team", [
        "A key adult for Theo to go to when he feels his anger rising, with time out of lessons as needed using his time-out card.",
        "Mentoring to build his self-esteem, weekly at first and then fortnightly once Theo has settled.",
        "Restorative conversations after any incident, in line with the academy's behaviour policy.",
    ])
    _group(d, "Mr Idris Kamara, Emotional Literacy Support Assistant, trained by Calderbrook "
              "Educational Psychology Service and supervised by an educational psychologist "
              "every half-term", [
        "One 40-minute ELSA session every week, working through the Zones of Regulation materials so that Theo can name his early warning signs and pick one of his three agreed calming strategies (a walk to the sports hall and back, a squeeze ball, or a breathing count of ten).",
        "Small-group social skills sessions with other Year 9 boys, subject to review at the end of the spring term.",
    ])
    _group(d, "Ms Rhona Pettigrew, careers adviser (Level 6 Diploma in Career Guidance and "
              "Development), Calderbrook Careers Service", [
        "Two 45-minute one-to-one careers guidance interviews in Year 9 \u2013 the first before options are chosen on 13 February 2026, the second in June 2026 \u2013 looking at motor vehicle and electrical courses and apprenticeships and the GCSE grades they need, with Theo's mother invited to both.",
        "Work experience and college taster days will be arranged when places are available.",
    ])
    _group(d, "Wyndcliffe Academy", [
        "Access to the Learning Support base at break and lunchtime.",
        "ADHD-friendly strategies such as fidget tools, chunked instructions and a visual timer etc., as recommended in the educational psychologist's report (Appendix 4).",
    ])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "The community paediatrician reviews Theo's ADHD medication, height, weight and blood pressure every six months at the Calderbrook Child Development Centre.",
        "Assessment by CAMHS for low mood once Theo reaches the top of the waiting list.",
        "Support from the school nurse as appropriate.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable \u2013 Theo has not been assessed as needing services under "
           "section 2 of the 1970 Act.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.bullets([
        "A family support worker from Calderbrook Early Help will visit the family at home for one hour every fortnight until 31 July 2026, working with Kerry and Dean on evening and bedtime routines.",
        "Help to find youth activities through the Early Help team as needed.",
    ])

    d.heading("Section I: School Theo will attend", section="I")
    d.para("Wyndcliffe Academy, Calderbrook \u2013 mainstream academy for pupils aged 11 to 16 "
           "(Headland Learning Trust).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Theo's family have not asked for a personal budget for any part of this plan.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Views of Theo \u2013 recorded by Mr I. Kamara, ELSA, 12 November 2025",
        "Views of Kerry Castellan and Dean Pollard \u2013 20 November 2025",
        "Educational advice and annual review report \u2013 Mr G. Fairlie, SENCO, Wyndcliffe Academy, 4 December 2025",
        "Specialist teacher advice (SpLD) \u2013 Mrs J. Okafor, Calderbrook Learning Support Service, 21 October 2025",
        "Psychological advice \u2013 Dr Maren Holt, Educational Psychologist, 29 October 2025",
        "Medical advice \u2013 Calderbrook Community Paediatrics",
        "Social care advice \u2013 Calderbrook Early Help, 17 November 2025",
        "Preparing for adulthood advice \u2013 Ms R. Pettigrew, Calderbrook Careers Service, 26 November 2025",
    ])
