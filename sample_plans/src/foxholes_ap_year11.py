"""Wendmoor County Council - Year 11 young man, permanently excluded from a mainstream
academy, now at the Foxholes Centre (a pupil referral unit) on a GCSE and vocational
programme (one day a week at an FE college), with SEMH needs and a late-identified language
disorder; post-16 transition. AMENDED FINAL plan. Title-case Word Heading 1 headings with an
em dash ('Section F \u2014 Special Educational Provision'); running header and page footer;
cover details in a four-column table with no header row. E numbered E1-E9. Section F keeps
the old statement layout: four numbered area sub-headings (Heading 2), each with an
'Outcomes this provision works towards:' line, a bold 'Provision' line, items numbered with
lower-case Roman numerals in brackets running on through the whole section, (i) to (xx), and
a closing 'Monitoring:' paragraph (not a provision item). H1 says none; H2 has two items."""

TITLE = "Amended Education, Health and Care Plan - Callum Reddish"

_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
          "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"]


def _area(d, title, outcomes, items, start, monitoring):
    d.heading(title, level=2)
    d.label_para("Outcomes this provision works towards: ", outcomes)
    d.para("Provision", bold=True)
    for k, text in enumerate(items):
        d.numbered([text], fmt="(" + _ROMAN[start + k] + ")")
    d.label_para("Monitoring: ", monitoring)
    return start + len(items)


def build(d):
    d.running_header_footer("Wendmoor County Council | Amended EHC Plan | Callum Reddish",
                            footer_left="OFFICIAL \u2013 SENSITIVE", first_page_plain=False)
    d.title("Wendmoor County Council", size=14, color="1E4D2B")
    d.title("Education, Health and Care Plan (amended)", size=20, color="1E4D2B")
    d.para("Amended final plan following the annual review held on 2 December 2025", italic=True)
    d.table(None, [
        ["Name", "Callum Reddish", "Date of birth", "03.03.2010"],
        ["NHS number", "999 284 6715", "UPN", "Z999000447302"],
        ["Address", "22 Sandpiper Walk, Wendmoor, XJ3 6PT", "Year group", "Year 11"],
        ["Parent / carer", "Kerry Reddish (mother)", "Contact", "07700 900582, kerry.reddish@example.org"],
        ["Current setting", "Foxholes Centre (pupil referral unit)", "Date of amended plan", "23 January 2026"],
        ["Casework officer", "Elliot Ferraby", "Next review", "by 22 January 2027"],
    ], widths_cm=[3.0, 5.3, 3.3, 5.0], font_size=10, bold_first_col=True)

    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("Callum's views", level=2)
    d.para("Callum spoke to his key worker at the Foxholes Centre on 20 November 2025. She wrote "
           "down what he said using his own words and read it back to him before he agreed it.")
    d.para("\"Being kicked out of Brackendale was the worst thing but to be honest Foxholes is "
           "better for me. The groups are small and the staff don't shout. I'm good with my "
           "hands. I like the building course at college on Wednesdays, the tutor treats you like "
           "an adult. I want to be an electrician and have my own van one day. I don't like "
           "English because there's too much reading and I don't always get what the question "
           "wants. When people talk fast or take the mick I think they're having a go at me and "
           "I kick off. I want to pass my maths. I don't want to go back to a big school.\"")
    d.heading("Views of Callum's mother", level=2)
    d.para("Kerry says Callum is loyal, funny and brilliant with his little sister Mia. She feels "
           "that his difficulty understanding language was missed for years and that this is why "
           "he got into so much trouble at secondary school. She wants him to leave Foxholes with "
           "GCSEs in English and maths, to get a college place in construction, and to learn to "
           "get the bus to college on his own. Callum's stepfather, Wayne Doyle, agrees with "
           "these views.")
    d.heading("Interests and aspirations", level=2)
    d.para("Callum enjoys boxing, fixing bikes and helping his uncle on building jobs. He wants "
           "to do a construction course at college from September 2026 and then an electrical "
           "apprenticeship.")

    d.heading("Section B \u2014 Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum has a developmental language disorder, identified by a speech and language "
           "therapist in May 2025 after his exclusion. His understanding of spoken language and "
           "vocabulary are at about the level expected of a 10-year-old. He misses the meaning of "
           "long or fast instructions, does not understand subject words such as 'evaluate' or "
           "'ratio', and takes idioms and sarcasm literally. When he tells an adult what has "
           "happened, his account is out of order and missing key details, which has often led to "
           "misunderstandings after incidents. He often reads a neutral or joking comment as "
           "hostile.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum's reading age is 10 years 6 months (New Group Reading Test, October 2025). He "
           "decodes slowly and his comprehension breaks down in longer texts, such as GCSE "
           "exam papers. In maths he is secure at about grade 2 and is close to grade 3, but he "
           "struggles with worded problems. His working memory is in the low average range.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum was permanently excluded from Brackendale Academy in March 2025 after a series "
           "of fights. He has experienced domestic abuse in the past and is quick to feel "
           "threatened. When he is angry he swears, throws things and leaves the room, and it "
           "can take him more than an hour to calm down. He has a low opinion of himself as a "
           "learner. He has built a good relationship with his key worker at the Foxholes "
           "Centre.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Callum has a clear interest in construction but has had no careers guidance since "
           "Year 9 and has not done any work experience. He has never travelled to the college "
           "campus on his own: his mother drives him or he takes a taxi arranged by the centre. "
           "He does not yet know what courses or support will be available to him after Year 11.")

    d.heading("Section C \u2014 Health Needs", section="C")
    d.para("Callum has mild asthma, managed with a salbutamol inhaler. He has difficulty getting "
           "to sleep, which his GP thinks is linked to anxiety. His GP referred him to Wendmoor "
           "CAMHS in September 2025 for an assessment of possible post-traumatic stress; he is on "
           "the waiting list.")

    d.heading("Section D \u2014 Social Care Needs", section="D")
    d.para("The family has been supported by the Wendmoor Early Help team since 2024, after "
           "Callum's exclusion put a strain on the household. There are no child protection "
           "concerns. Callum needs a safe, supervised activity in the evenings, as he has been "
           "spending time with older young people in the town centre, and his mother would like "
           "help with managing conflict at home.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("Staff at the Foxholes Centre will set six-weekly targets towards each outcome with "
           "Callum and record them in his individual learning plan.")
    d.numbered([
        "By July 2026, Callum will explain what happened in a disagreement in four or five sentences, in the right order, so that an adult who was not there can follow it, on three out of four occasions.",
        "By the end of Year 11, Callum will achieve at least grade 3 in GCSE English Language and GCSE maths.",
        "Callum will improve his reading.",
        "By April 2026, Callum will use one of his three calming strategies and return to learning within ten minutes of becoming angry, on four out of five occasions recorded by staff.",
        "Callum will stop getting into fights.",
        "By July 2026, Callum will complete the Level 1 Construction Multi-skills course, attending at least 90% of his college days.",
        "By September 2026, Callum will travel by bus from home to Wendmoor College on his own.",
        "Callum will get a job as an electrician.",
        "Callum will attend careers meetings.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special Educational Provision", section="F")
    d.para("The provision below will be made at the Foxholes Centre and, where stated, at "
           "Wendmoor College, during term time until Callum leaves the centre at the end of Year "
           "11.")
    n = 0
    n = _area(d, "1. Communication and interaction", "E1, E2", [
        "Direct speech and language therapy from an HCPC-registered speech and language therapist in the Wendmoor Youth Communication Service: one 45-minute individual session every week of the autumn and spring terms, working on subject vocabulary, retelling events in the right order and repairing a conversation when he has misunderstood.",
        "Ten minutes of 1:1 pre-teaching of key words before every English, science and construction lesson, using word maps written by the speech and language therapist, delivered by the centre's communication teaching assistant, who holds the Elklan Level 3 qualification in supporting the language of 11\u201316 year olds.",
        "Staff to use visual supports and check Callum's understanding when appropriate.",
        "Callum would benefit from social communication work to help him read other people's tone and intentions.",
    ], n, "The speech and language therapist will report on Callum's progress towards E1 at the "
          "end of the spring term and at the annual review.")
    n = _area(d, "2. Cognition and learning", "E2, E3", [
        "GCSE Foundation maths taught by a qualified maths teacher in a class of no more than six students, four 50-minute lessons a week, plus a 30-minute 1:1 revision session every Thursday after lunch from January to May 2026.",
        "Units of Sound reading programme, 25 minutes 1:1 at 9:15 on Monday, Wednesday and Friday, delivered by a higher level teaching assistant trained in Units of Sound; the SENCO will test Callum's reading age each half-term and share the result with him and his mother.",
        "Access arrangements for his GCSE exams (for example a reader or extra time) will be decided once the assessment has been completed.",
        "Extra help with reading and writing in lessons wherever staffing allows.",
        "Homework club is available after school on Tuesdays.",
        "Up to 2 hours a week of 1:1 English tuition from a tutor to prepare for GCSE English Language.",
    ], n, "Progress in English and maths will be reported to Callum's mother after each set of "
          "mock exams.")
    n = _area(d, "3. Social, emotional and mental health", "E4, E5", [
        "A 30-minute key worker session every Monday at 9:00 with his named learning mentor, who holds a Level 3 Certificate in Mentoring Young People, to review the week before and agree one target for the week ahead.",
        "Time out in the Hub when Callum needs it, with an adult nearby.",
        "Weekly counselling with the centre's counsellor, reducing to fortnightly once Callum is more settled.",
        "Eight weekly 50-minute 1:1 sessions of the Cool Connections CBT-based programme during the spring term, delivered by an assistant psychologist supervised by an HCPC-registered clinical psychologist from Wendmoor CAMHS, teaching Callum to notice the early signs of anger and to use the three calming strategies he has chosen.",
        "A behaviour plan will be drawn up by the centre and shared with Callum's teachers.",
    ], n, "Callum's learning mentor will go through the incident log with him each Friday, and "
          "the head of centre will report the number of incidents to the LA each half-term.")
    n = _area(d, "4. Preparing for adulthood: employment, independence and moving on at 16",
              "E6, E7, E8", [
        "One day a week (Wednesdays, 9:00 to 15:00) on the Level 1 Construction Multi-skills course at Wendmoor College's Riverside campus, with the centre's vocational support assistant, who holds a Level 3 Award in Education and Training and a CSCS card, staying on site with Callum for the whole day.",
        "Careers guidance sessions with the Wendmoor Careers Service as appropriate, to help Callum decide on his post-16 route.",
        "Six half-day transition visits to Wendmoor College's construction department on Thursday afternoons (13:00 to 15:30) from 30 April 2026, accompanied by the Level 3-qualified learning mentor who leads his key worker sessions, followed by a transition meeting with the college's additional learning support coordinator before 3 July 2026.",
        "Independent travel training to get to college, to be arranged by the family.",
        "A two-week work experience placement with a local building firm in June 2026, if the centre can find a suitable employer.",
    ], n, "Callum's post-16 plans will be discussed at the phase transfer review in February "
          "2026, and his attendance at college will be checked each half-term by the head of "
          "centre.")

    d.heading("Section G \u2014 Health Provision", section="G")
    d.bullets([
        "A salbutamol inhaler, carried by Callum and used as required, with a spare inhaler kept in the centre office.",
        "An asthma review once a year with the practice nurse at Wendmoor Health Centre.",
        "A trauma-focused assessment by Wendmoor CAMHS when Callum reaches the top of the waiting list.",
        "Sleep hygiene advice from the school nurse as appropriate.",
    ])

    d.heading("Section H1 \u2014 Social Care Provision (Chronically Sick and Disabled Persons Act 1970, s.2)", section="H1")
    d.para("None. Callum has not been assessed as needing services under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970.")
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.bullets([
        "A youth worker from Wendmoor Targeted Youth Support for two hours every Thursday evening until 31 August 2026, to go with Callum to the boxing club at Wendmoor Community Hub.",
        "Family support from the Early Help team as needed.",
    ])

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Foxholes Centre, Wendmoor (pupil referral unit, Key Stage 4).")
    d.para("Callum's post-16 placement will be named in this plan after the phase transfer "
           "review, which must be completed by 31 March 2026.")

    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("No personal budget has been requested by Callum or his mother.")

    d.heading("Section K \u2014 Advice and Information", section="K")
    d.numbered([
        "Callum's views, recorded by his key worker at the Foxholes Centre, 20 November 2025",
        "Views of Kerry Reddish (mother), 18 November 2025",
        "Educational advice, Mr R. Adeyemi, Head of Centre, Foxholes Centre, 24 November 2025",
        "Psychological advice, Dr Imogen Sallis, Educational Psychologist, 9 May 2025",
        "Speech and language therapy advice, Wendmoor Youth Communication Service, 22 May 2025",
        "Medical advice, Dr P. Ventura, GP, Wendmoor Health Centre, 14 November 2025",
        "Social care advice, Wendmoor Early Help team",
        "Preparing for adulthood advice, Ms T. Gallacher, Careers Adviser, Wendmoor Careers Service, 27 November 2025",
        "Annual review report, Foxholes Centre, 2 December 2025",
    ])
