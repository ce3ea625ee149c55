"""Naworth Council - Year 9 autistic young person with severe anxiety who has not attended
school since Year 7, educated otherwise than in school (s.61) at home, online and in the
community. Word Heading 1 headings in Title Case with the letter and a full stop
('F. Special Educational Provision'). Bold-label cover lines, running header and a
'Page X of Y' footer. E is a bulleted list. F opens with the s.61 statement, then four
Heading 2 'Element n' parts; every item is one paragraph that starts with a bold run-in
title ending in a full stop ('**Travel training.** A trained ...'), and each element ends
with a shaded one-cell box giving its weekly hours. Separate H1 and H2. Section I names no
institution. FINAL plan."""

TITLE = "Education, Health and Care Plan - Maisie Thorogood"


def _element_box(d, text):
    d.table(None, [[text]], widths_cm=[16.4], font_size=10)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    t = d.doc.tables[-1]
    cell = t.rows[0].cells[0]
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "FBE4D5")
    tcpr.append(shd)
    for r in cell.paragraphs[0].runs:
        r.italic = True


def build(d):
    d.running_header_footer("Naworth Council  \u2022  Education, Health and Care Plan  \u2022  "
                            "Maisie Thorogood", footer_left="FINAL", first_page_plain=True)
    d.title("Naworth Council \u2013 Special Educational Needs and Disabilities Service",
            size=12, color="843C0C")
    d.title("Education, Health and Care Plan", size=22, color="843C0C")
    d.para("Final plan issued 26 January 2026", bold=True)
    d.label_para("Young person: ", "Maisie Thorogood")
    d.label_para("Date of birth: ", "3 December 2011")
    d.label_para("National Curriculum year: ", "Year 9")
    d.label_para("NHS number: ", "999 284 7713")
    d.label_para("UPN: ", "N999000640127")
    d.label_para("Home address: ", "Flat 2, 14 Sedgewick Road, Naworth, XJ2 5TN")
    d.label_para("Parent: ", "Gemma Thorogood (mother)")
    d.label_para("Telephone / e-mail: ", "07700 900734 / gemma.thorogood@example.org")
    d.label_para("Education: ", "Education otherwise than in school (section 61, Children and Families Act 2014)")
    d.label_para("Next annual review by: ", "25 January 2027")
    d.label_para("EOTAS case officer: ", "Kwame Ashworth-Lyle, Naworth SEND Service")

    d.heading("A. Views, Interests and Aspirations", section="A")
    d.heading("Maisie's views", level=2)
    d.para("Maisie did not want to meet the case officer. She wrote her views in a shared "
           "document with her tutor over two weeks in December 2025, and chose which parts "
           "could go in the plan.")
    d.para("\"School was too loud and too many people looked at me. My heart would bang and "
           "I couldn't breathe, so now I don't go. I like being at home with my cat, "
           "drawing manga characters and reading fantasy books. I am OK with one person at a "
           "time if they don't make me talk too much. I would like to see my old friends again "
           "one day. When I'm older I want to work with animals, maybe in a rescue centre, and "
           "have my own flat with lots of pets.\"")
    d.heading("Gemma's views", level=2)
    d.para("Gemma says Maisie is clever, funny when she feels safe, and very talented at art. "
           "Maisie's anxiety has grown since she stopped attending Redgate Academy in March "
           "2024, and now she rarely leaves the flat. Gemma wants Maisie to keep learning, to "
           "get some GCSEs, and to find her way back into the world at her own pace. Gemma "
           "works part time and also looks after Maisie's younger brother, Finn, and says "
           "she cannot be Maisie's teacher as well as her mum.")

    d.heading("B. Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie is autistic (diagnosed in 2019). She speaks fluently with people she "
           "trusts but becomes silent with unfamiliar adults, and she can go a whole session "
           "without answering a question. She takes language literally, is confused by "
           "sarcasm and vague instructions, and does not ask for help when she is stuck.")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie is a capable learner. She reads well above her age, but she has missed "
           "almost two years of teaching, and her maths and science are now about two years "
           "behind age expectations. She has not written anything longer than a page since "
           "Year 7 and finds it hard to organise her ideas in writing.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie has severe anxiety. She has panic attacks when she is expected to leave "
           "the flat, meet new people or be looked at, and she has not been out on her own "
           "since 2024. When anxious she shuts down, goes to her room and will not talk for "
           "several hours. She has lost contact with nearly all her friends and finds group "
           "situations overwhelming.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie is highly sensitive to noise, bright lights and strong smells. Busy places "
           "such as shops, buses and classrooms quickly overwhelm her.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Maisie has not used public transport on her own, does not yet handle money in "
           "shops, and has had no careers guidance. Her only regular contact outside the "
           "family is her home tutor.")

    d.heading("C. Health Needs", section="C")
    d.para("Maisie has autism and a generalised anxiety disorder diagnosed by the Naworth "
           "CAMHS team in 2024. She has mild asthma, treated with a salbutamol inhaler. She "
           "has long-standing difficulty getting to sleep and takes melatonin prescribed by "
           "the community paediatrician.")

    d.heading("D. Social Care Needs", section="D")
    d.para("Gemma is a single parent who works part time. Because Maisie cannot be left for "
           "long and will not go out, the family rarely leaves the flat together, and Finn "
           "(aged 10) gives his sister a lot of practical and emotional support. The social "
           "care assessment of 8 December 2025 found that Maisie is a disabled child under "
           "the Children Act 1989 and that the family needs short breaks and help with "
           "routines at home.")

    d.heading("E. Outcomes", section="E")
    d.para("These outcomes are for the end of Year 9 (July 2026) unless stated. The EOTAS "
           "coordinator will agree half-termly steps towards them with Maisie and her tutor.")
    d.bullets([
        "By July 2026, Maisie will take part in at least 85% of her timetabled home and online lessons.",
        "By the end of Year 9, Maisie will rate her worry on her 1 to 5 scale and use one calming strategy to stay in the lesson, in 4 out of 5 lessons where her rating reaches 4 or 5.",
        "Maisie will be less anxious.",
        "By January 2027, Maisie will travel by bus to Naworth Central Library on her own and stay there for 30 minutes, on three separate occasions.",
        "By July 2026, Maisie will write a planned 500-word piece in English in one 90-minute lesson.",
        "Maisie will receive CBT and art therapy.",
        "Maisie will improve her social skills.",
        "Maisie will become a vet.",
    ])

    d.heading("F. Special Educational Provision", section="F")
    d.para("Naworth Council is satisfied that it would be inappropriate for the provision "
           "below to be made in a school, and will arrange it under section 61 of the "
           "Children and Families Act 2014. The package runs for 38 weeks a year. It is "
           "set out in four elements; the box at the end of each element gives its weekly "
           "hours.")

    d.heading("Element 1 \u2013 Learning at home and online", level=2)
    d.para("**English and maths at home.** A qualified teacher (QTS) from the Naworth Home "
           "Tuition Service teaches Maisie 1:1 at home on Monday, Wednesday and Thursday "
           "mornings from 10:00 to 11:30, with English on Mondays and Thursdays and Key "
           "Stage 3 maths on Wednesdays, 38 weeks a year.")
    d.para("**Science.** The tuition service will add science to Maisie's timetable once she "
           "is managing three mornings a week, and the number of sessions will be agreed at "
           "that point.")
    d.para("**Live online lessons.** Maisie joins timetabled live lessons with Lanternfield "
           "Online School in history, geography and art: six 45-minute lessons a week on "
           "Tuesday and Friday mornings, taught by subject teachers with QTS to groups of no "
           "more than eight, with her camera allowed to stay off.")
    d.para("**Revision resources.** Maisie will have access to further online learning, for "
           "example quizzes and short video lessons, as and when she feels able.")
    d.para("**Worry-scale check-in.** At the start of every home lesson the tutor spends the "
           "first five minutes going through Maisie's 1 to 5 worry scale with her and "
           "records the score in the shared home-learning log.")
    _element_box(d, "Element 1: 4.5 hours of home teaching and 4.5 hours of live online "
                    "lessons each week.")

    d.heading("Element 2 \u2013 Therapies", level=2)
    d.para("**Cognitive behavioural therapy for anxiety.** An HCPC-registered clinical "
           "psychologist from the Naworth CAMHS Outreach Team gives Maisie 1:1 CBT adapted "
           "for autistic young people, at home, for 50 minutes every Tuesday afternoon in "
           "term time; the sessions include a graded plan of steps towards leaving the "
           "flat, and the psychologist reviews progress with Maisie and Gemma every six "
           "weeks.")
    d.para("**Speech and language therapy.** A speech and language therapist will visit once "
           "a term to advise the tutor and the mentor on adapting their language for Maisie.")
    d.para("**Sensory needs.** An occupational therapy assessment of Maisie's sensory needs "
           "will be carried out, after which a sensory programme will be written and put "
           "in place.")
    d.para("**Art therapy.** Up to ten sessions of art therapy during the year to help Maisie "
           "express and manage her feelings.")
    _element_box(d, "Element 2: 50 minutes of CBT each week, plus the other therapy set out "
                    "above.")

    d.heading("Element 3 \u2013 Community, independence and next steps", level=2)
    d.para("**Supported outings.** Every Friday from 13:00 to 15:00, a mentor who has "
           "completed the Naworth Level 3 Autism Practitioner course goes with Maisie on a "
           "planned trip into the community, working through the written ladder of steps "
           "kept in her home-learning log, from a walk to the corner shop up to an hour in "
           "the town library.")
    d.para("**Animal care.** Maisie would benefit from a weekly session at Foxglove Community "
           "Stables, helping with the ponies, to build her confidence around other people.")
    d.para("**Travel training.** A trained independent travel trainer from the Naworth Travel "
           "Training Team teaches Maisie the number 27 bus route from home to Naworth "
           "Central Library, in two 45-minute sessions a week for 12 weeks starting in "
           "April 2026.")
    d.para("**Careers.** Maisie will be given opportunities to talk about her future with a "
           "careers adviser.")
    d.para("**Youth art club.** Mentor support to help Maisie attend the Saturday youth art "
           "club at the Beacon Arts Centre, reduced gradually as she gains the confidence to "
           "go on her own.")
    _element_box(d, "Element 3: 2 hours of supported outings each week; 1.5 hours of travel "
                    "training each week from April 2026.")

    d.heading("Element 4 \u2013 Making the package work", level=2)
    d.para("**Package coordinator.** A named EOTAS coordinator, a qualified teacher in the "
           "Naworth Inclusion Service, meets Maisie and Gemma at home for one hour every "
           "half-term to review attendance and progress towards the outcomes in Section E, "
           "and sends a written summary to the SEND case officer within ten working days of "
           "each meeting.")
    d.para("**Home learning.** Gemma will support Maisie to complete set work on the two "
           "weekdays when she has no tuition.")
    d.para("**Flexibility.** Tuition hours may be reduced during periods of high anxiety, at "
           "the coordinator's discretion.")
    d.para("**Sensory equipment.** Noise-cancelling headphones and other sensory items if "
           "needed.")
    d.para("**Laptop.** A laptop with a webcam and headset, supplied by Naworth Council for "
           "Maisie's sole use in her online lessons and tuition, and replaced within five "
           "school days if it develops a fault.")
    d.para("**Funding.** The package is funded at \u00a318,400 a year through EOTAS Band E3.")
    _element_box(d, "Element 4: coordination one hour each half-term.")

    d.heading("G. Health Care Provision", section="G")
    d.bullets([
        "A salbutamol inhaler for Maisie's asthma, two puffs as required, kept at home and carried by her mentor on outings.",
        "Melatonin at bedtime, prescribed and reviewed every six months by the community paediatrician, Dr L. Castellanos.",
        "A medication review with the CAMHS psychiatrist once Maisie reaches the top of the waiting list.",
    ])

    d.heading("H1. Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "Short breaks from the Naworth Short Breaks Local Offer.",
    ])
    d.heading("H2. Other Social Care Provision", section="H2")
    d.bullets([
        "A family support worker from Naworth Early Help visits the family at home for one hour every fortnight from February to July 2026, to help Gemma set up morning and bedtime routines and to arrange a young carer's assessment for Finn.",
    ])

    d.heading("I. Placement", section="I")
    d.para("Education otherwise than in school under section 61 of the Children and Families "
           "Act 2014, as set out in Section F. No school or other institution is named.")

    d.heading("J. Personal Budget", section="J")
    d.para("Gemma has not asked for a personal budget. Naworth Council commissions every part "
           "of the package in Section F directly.")

    d.heading("K. Advice and Information", section="K")
    d.bullets([
        "Maisie's views \u2013 written with her home tutor, December 2025",
        "Parent's views \u2013 Gemma Thorogood, 1 December 2025",
        "Educational advice \u2013 Mrs A. Kowalczyk, Naworth Home Tuition Service, 3 December 2025",
        "Psychological advice \u2013 Dr R. Fairbairn, Educational Psychologist, 5 December 2025",
        "Medical advice \u2013 Dr L. Castellanos, Community Paediatrician, 28 November 2025",
        "Clinical psychology advice \u2013 Naworth CAMHS Outreach Team, 10 December 2025",
        "Speech and language therapy advice \u2013 Naworth Children's Therapy Service",
        "Social care advice \u2013 Naworth Children with Disabilities Team, 8 December 2025",
        "Preparing for adulthood advice \u2013 Ms D. Okafor, Careers Adviser, Naworth Youth Service, 11 December 2025",
    ])
