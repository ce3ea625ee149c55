"""Wharfeby Metropolitan Borough Council - Year 11 young person with social, emotional and
mental health needs and a developmental language disorder, at an alternative provision
academy after permanent exclusion, known to the Youth Justice Service (referral order), and
moving to a general FE college in September 2026 (phase-transfer review). Headings are bold
plain text (no heading styles) with the letter, a long dash and a sentence-case title
('Section F \u2014 Special educational provision'). Cover details as bold-label lines. E is a
numbered list 1-7. F has two parts (while at the academy; moving on to college), each a
bold part line over paragraphs numbered 1.1, 1.2 ... and 2.1, 2.2 ..., each paragraph
opening with a bold run-in title and followed by a small italic 'Links:' line naming the
need and outcome. H1 says none; H2 holds youth justice and youth support. Section I names
the academy until July 2026 and the college from September 2026. FINAL plan."""

from docx.shared import Cm

TITLE = "Education, Health and Care Plan - Kai Lomax"

HEAD = "1F4E5F"


def _sec(d, text, sid):
    d.bold_line(text, section=sid, size=13.5, color=HEAD)


def _item(d, part, n, text, links):
    d.numbered([text], start=n, fmt=f"{part}.{{n}}")
    d.para("Links: " + links, italic=True, size=8.5)
    d.doc.paragraphs[-1].paragraph_format.left_indent = Cm(0.9)


def build(d):
    d.simple_footer("Wharfeby MBC  \u2022  Final EHC Plan (amended following phase-transfer review)  "
                    "\u2022  Kai Lomax  \u2022  Issued 10 March 2026")
    d.title("Wharfeby Metropolitan Borough Council", size=13, color=HEAD)
    d.title("Education, Health and Care Plan", size=21, color=HEAD)
    d.para("FINAL \u2013 amended after the Year 11 phase-transfer review", bold=True)
    d.label_para("Name: ", "Kai Lomax")
    d.label_para("Date of birth: ", "03/11/2009")
    d.label_para("Year group: ", "Year 11")
    d.label_para("NHS number: ", "999 718 2264")
    d.label_para("UPN: ", "Z999000462718")
    d.label_para("Address: ", "Flat 14, Calder House, Bridgefold Road, Wharfeby, ZY3 6TD")
    d.label_para("Parent: ", "Shannon Lomax (mother), 07700 900734, shannon.lomax@example.org")
    d.label_para("Other family: ", "Kai stays with his grandmother, Pauline Lomax, two or three nights a week (01632 960951). His brother Connor, 19, lives at home.")
    d.label_para("Current setting: ", "Arncliffe Pathways Academy")
    d.label_para("Date of review meeting: ", "3 February 2026")
    d.label_para("Date of final amended plan: ", "10 March 2026")
    d.label_para("Next review: ", "by 9 March 2027")
    d.label_para("Caseworker: ", "Joel Marchetti-Ward, Wharfeby SEND 14-25 Team")

    _sec(d, "Section A \u2014 Views, interests and aspirations", "A")
    d.para("Kai's views", bold=True)
    d.para("Kai gave his views in two short conversations, one with his key worker at "
           "Arncliffe Pathways and one with his youth justice case manager, using a talking "
           "mat with picture cards because long questions make him switch off. What he "
           "said is written here in his words.")
    d.para("\"I'm into cars. My brother's a mechanic and I help him on his mate's drive, "
           "changing pads and that. I want to do motor vehicle at college and then get an "
           "apprenticeship. I don't like it when teachers talk loads and then get angry "
           "because I didn't do it. I'm not being rude, I just didn't get what they said. "
           "At Arncliffe it's better because the groups are small. I want to stay out of "
           "trouble and get my referral order done. In the future I want my own car and "
           "my own place.\"")
    d.para("Shannon's views", bold=True)
    d.para("Shannon says Kai is loyal, practical and patient with younger children, and "
           "that he is at his best working with his hands. She thinks he has been "
           "misunderstood for years because people did not realise how much he missed of "
           "what was said to him, including by the police when he was arrested last year. "
           "She is worried about the move to college, about who he spends time with in the "
           "evenings, and about him being drawn back into trouble. She works nights, so "
           "Kai's grandmother helps out.")

    _sec(d, "Section B \u2014 Special educational needs", "B")
    d.para("Communication and interaction", bold=True)
    d.para("Kai has a developmental language disorder (diagnosed at seven). His "
           "understanding of spoken language is around the level of a nine- or ten-year-old "
           "(CELF-5 receptive language standard score 72, October 2025). He loses track of "
           "instructions with more than two parts, does not understand abstract or formal "
           "words (for example 'consequence', 'compliance', 'breach') and often nods or "
           "says \"yeah\" when he has not understood. He finds it very hard to explain what "
           "happened in the right order, so in disagreements his account sounds "
           "inconsistent and he is often not believed. His vocabulary for practical "
           "subjects is stronger than for academic ones.")
    d.para("Cognition and learning", bold=True)
    d.para("Kai's reading age is about ten years (October 2025). He can decode most "
           "words but reads slowly and loses the meaning of longer texts. He is working at "
           "GCSE grade 2 in English and grade 2 to 3 in maths, where he can calculate well "
           "when the problem is practical but struggles with worded questions.")
    d.para("Social, emotional and mental health", bold=True)
    d.para("Kai was permanently excluded from mainstream school in Year 9 after a series "
           "of incidents in which he became angry and damaged property. He has lived with "
           "domestic abuse in the past. When he feels shown up, confused or criticised he "
           "can go from calm to very angry within seconds, and he finds it hard to calm "
           "down afterwards or to talk about what happened. His mood has been low since the "
           "autumn, he sleeps badly and he sometimes misses the morning minibus. He is open "
           "to the Youth Justice Service on a nine-month referral order for criminal "
           "damage. He is easily influenced by older young people.")
    d.para("Preparing for adulthood", bold=True)
    d.para("Kai wants to study motor vehicle maintenance. He has never made a bus journey "
           "outside his own estate on his own, has no experience of managing money beyond "
           "cash for food, and does not yet know what to expect from college.")

    _sec(d, "Section C \u2014 Health needs related to special educational needs", "C")
    d.para("Kai's developmental language disorder was diagnosed by the Wharfeby community "
           "speech and language therapy service. His GP referred him to CAMHS in November "
           "2025 because of low mood and poor sleep. He is not on any medication. The Youth "
           "Justice Service health practitioner completed a health screen in October 2025.")

    _sec(d, "Section D \u2014 Social care needs", "D")
    d.para("Kai is on a nine-month referral order with the Wharfeby Youth Justice Service, "
           "due to end in July 2026. The family has an Early Help plan (since September "
           "2025) because of concerns about Kai's safety in the evenings and the pressure "
           "on his mother, who works nights. Kai needs a safe, structured activity in the "
           "evenings and a trusted adult outside his family and school.")

    _sec(d, "Section E \u2014 Outcomes", "E")
    d.para("These outcomes run to July 2027, the end of Kai's first year at college. "
           "Arncliffe Pathways, and then Wharfeby College, will set short-term steps each "
           "half-term and share them with Kai and Shannon.")
    d.numbered([
        "By July 2026, Kai will tell an adult when he has not understood an instruction, using one of the three phrases he practises in therapy, in at least four out of five observed lessons.",
        "By the end of Year 11, Kai will retell an event in the right order with at least four linked steps, so that a listener who was not there understands what happened.",
        "Kai will improve his reading.",
        "By July 2026, Kai will use his calming plan and return to his lesson within 15 minutes after becoming angry, on at least three out of four occasions recorded in the incident log.",
        "Kai will stay out of trouble.",
        "By October 2026, Kai will travel by bus from home to Wharfeby College and back on his own every college day.",
        "Kai will attend college.",
    ])

    _sec(d, "Section F \u2014 Special educational provision", "F")
    d.para("The provision below must be made in term time. Part 1 is the provision Kai "
           "needs while he is at Arncliffe Pathways Academy until the end of Year 11. Part "
           "2 is the provision for his move to Wharfeby College and for preparing for "
           "adulthood; it starts in April 2026 and continues at college where it says so.")

    d.bold_line("Part 1 \u2013 At Arncliffe Pathways Academy (to July 2026)", size=11.5)
    _item(d, 1, 1,
          "**Speech and language therapy.** Kai will have one 45-minute individual session of direct speech and language therapy every week in term time with an HCPC-registered speech and language therapist commissioned by Wharfeby Council, working on understanding multi-part instructions, vocabulary for his subjects and for motor vehicle work, and telling events in the right order.",
          "B communication and interaction; Outcomes 1 and 2")
    _item(d, 1, 2,
          "**Practice between sessions.** A teaching assistant who has completed the Elklan Speech and Language Support for 11-16s course will go over that week's therapy targets with Kai for 15 minutes on Monday, Wednesday and Friday mornings, using the activities the therapist leaves in his communication folder.",
          "B communication and interaction; Outcomes 1 and 2")
    _item(d, 1, 3,
          "**Communication in lessons.** Staff will use visual supports, check Kai has understood and allow extra processing time where appropriate.",
          "B communication and interaction; Outcome 1")
    _item(d, 1, 4,
          "**English and maths.** Kai will be taught GCSE English Language and Foundation GCSE maths by qualified subject teachers in a teaching group of no more than six pupils, with four 50-minute lessons of each subject every week.",
          "B cognition and learning; Outcome 3")
    _item(d, 1, 5,
          "**Reading.** A reading intervention will be put in place once his reading has been assessed in the summer term.",
          "B cognition and learning; Outcome 3")
    _item(d, 1, 6,
          "**Managing anger.** Every Tuesday afternoon Kai will have a 50-minute 1:1 session with the academy's ELSA, who has completed ELSA training with the Wharfeby Educational Psychology Service and is supervised by an educational psychologist every half-term, using the Zones of Regulation to build and practise his own plan for what to do when he notices the first signs of anger.",
          "B social, emotional and mental health; Outcome 4")
    _item(d, 1, 7,
          "**Key worker.** Kai will have a key worker he can go to when he needs support.",
          "B social, emotional and mental health; Outcome 4")
    _item(d, 1, 8,
          "**Mentoring.** Kai will have up to three sessions a week with a learning mentor to talk through his week and anything that has gone wrong.",
          "B social, emotional and mental health; Outcome 5")
    _item(d, 1, 9,
          "**Restorative work.** Following any incident, a restorative conversation will take place with relevant staff when necessary.",
          "B social, emotional and mental health; Outcomes 2 and 4")
    _item(d, 1, 10,
          "**Reflection room.** Kai will have access to the reflection room throughout the day.",
          "B social, emotional and mental health; Outcome 4")
    _item(d, 1, 11,
          "**Counselling.** Kai will see the academy's counsellor when a place becomes free on the counsellor's list.",
          "B social, emotional and mental health")
    _item(d, 1, 12,
          "**Start of the day.** Kai's form tutor will meet him off the minibus at 9:05 each morning and spend five minutes going through his timetable with him, including any cover teachers or room changes.",
          "B communication and interaction; B social, emotional and mental health; Outcome 1")
    _item(d, 1, 13,
          "**Psychology advice.** The HCPC-registered clinical psychologist attached to the Youth Justice Service will advise Arncliffe staff on how to respond when Kai is dysregulated.",
          "B social, emotional and mental health; Outcome 4")

    d.bold_line("Part 2 \u2013 Moving on to college and preparing for adulthood (from April 2026)", size=11.5)
    _item(d, 2, 1,
          "**Getting to know the college.** Between April and July 2026 Kai will make four half-day visits to the motor vehicle workshops at Wharfeby College, each with Arncliffe's transition coordinator (a qualified teacher) alongside him for the whole visit, and will meet his college learning support coordinator on at least two of them.",
          "B preparing for adulthood; Outcome 7")
    _item(d, 2, 2,
          "**Travel training.** A trained independent travel trainer from Wharfeby Travel Solutions will teach Kai the X34 bus route between home and the college in six 90-minute sessions in the summer term 2026, finishing with two journeys he makes on his own while the trainer follows at a distance.",
          "B preparing for adulthood; Outcome 6")
    _item(d, 2, 3,
          "**Careers guidance.** Kai will have two 45-minute individual careers interviews, in April and June 2026, with a careers adviser who holds the Level 6 Diploma in Career Guidance and Development, to confirm his Level 1 motor vehicle place and agree a back-up route if he does not reach grade 3 in maths.",
          "B preparing for adulthood; Outcome 7")
    _item(d, 2, 4,
          "**Learning support at college.** Wharfeby College will put learning support in place in line with its additional learning support policy.",
          "B cognition and learning; B communication and interaction; Outcome 7")
    _item(d, 2, 5,
          "**Speech and language therapy at college.** How much therapy Kai has at college will be agreed once he has started his course.",
          "B communication and interaction; Outcomes 1 and 2")
    _item(d, 2, 6,
          "**College mentor.** A mentor will meet Kai weekly in his first term at college, then fortnightly, and then stop once he no longer needs it.",
          "B social, emotional and mental health; Outcome 7")
    _item(d, 2, 7,
          "**Work experience.** Kai should be encouraged to find a Saturday job or work experience in a garage, with his family's help.",
          "B preparing for adulthood")
    _item(d, 2, 8,
          "**Money skills.** In the summer term 2026 Kai will take the ASDAN Personal Finance short course in a group of no more than four, taught by the Arncliffe PSHE teacher in six weekly one-hour lessons.",
          "B preparing for adulthood")

    _sec(d, "Section G \u2014 Health provision", "G")
    d.bullets([
        "Kai is on the CAMHS waiting list for an assessment of his low mood and will be seen when he reaches the top of the list.",
        "The Youth Justice Service health practitioner, a registered mental health nurse, will see Kai for 30 minutes every two weeks at the YJS office until his referral order ends, to check his mood and sleep and to agree any onward referral with his GP.",
        "Sleep hygiene advice from his GP as appropriate.",
    ])

    _sec(d, "Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("None. Kai has not been assessed as a disabled child who needs services under "
           "section 2 of the Chronically Sick and Disabled Persons Act 1970.")
    _sec(d, "Section H2 \u2014 Other social care provision", "H2")
    d.bullets([
        "Referral order: Kai meets his Youth Justice Service case manager for one hour every week at the Wharfeby YJS office until the order ends on 15 July 2026.",
        "A targeted youth support worker will take Kai to Bridgefold Boxing Club for two hours every Thursday evening (18:00 to 20:00) while the referral order lasts and for six months after it ends.",
        "Family support from the Early Help team as needed.",
    ])

    _sec(d, "Section I \u2014 Placement", "I")
    d.para("Until 31 July 2026: Arncliffe Pathways Academy, Wharfeby (alternative provision academy for pupils aged 11 to 16).")
    d.para("From 1 September 2026: Wharfeby College (general further education college), Level 1 Diploma in Vehicle Maintenance, full-time study programme.")

    _sec(d, "Section J \u2014 Personal budget", "J")
    d.para("No personal budget has been requested.")

    _sec(d, "Section K \u2014 Advice and information", "K")
    d.bullets([
        "Kai's views \u2013 gathered by his key worker and youth justice case manager, 27 and 29 January 2026",
        "Parent's views \u2013 Shannon Lomax, 29 January 2026",
        "Educational advice \u2013 Mr D. Okonjo, Head of Centre, Arncliffe Pathways Academy, 20 January 2026",
        "Psychological advice \u2013 Dr Sunita Raval, Educational Psychologist, 12 January 2026",
        "Speech and language therapy advice \u2013 Ms H. Brierley, Speech and Language Therapist, 14 October 2025",
        "Medical advice \u2013 Wharfeby Community Paediatric Service",
        "Youth Justice Service advice (including the health screen) \u2013 Mr L. Fairbrother, case manager, 22 January 2026",
        "Social care advice \u2013 Early Help Family Worker, Wharfeby Early Help Service, 21 January 2026",
        "Preparing for adulthood advice \u2013 Wharfeby Careers Service, Ms P. Ansah, Careers Adviser, 23 January 2026",
    ])
