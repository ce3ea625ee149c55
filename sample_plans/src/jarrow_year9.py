"""Calderbrook Metropolitan Borough Council - Year 9 young person (aged 14) with moderate
learning difficulties and a speech sound disorder in a mainstream 11-16 academy, choosing
GCSE / vocational options. Personalised Word Heading 1 headings that keep the letter
('Section F: The special educational provision Tyler needs'). Cover details in a two-column
shaded details table (NHS number, UPN, address, phone, e-mail). E numbered E1-E8 with PfA
outcomes. Section F is ONE five-column table in an unusual column order (Ref | Outcome |
When and for how long | What will be provided | Staff and their training) with a repeated
header row and shaded area-of-need banner rows merged across the full width. H1 and H2 say
none. FINAL plan."""

TITLE = "Education, Health and Care Plan - Tyler Mawson"


def _banner_rows(table, indices, fill="E2EFD9"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for i in indices:
        row = table.rows[i]
        first, last = row.cells[0], row.cells[-1]
        merged = first.merge(last)
        # drop empty paragraphs carried over by the merge
        paras = merged.paragraphs
        for p in paras[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
        for r in merged.paragraphs[0].runs:
            r.bold = True
        tcpr = merged._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)


def build(d):
    d.simple_footer("Calderbrook MBC SEND Service  -  Final EHC Plan  -  Tyler Mawson  -  "
                    "Issued 23 February 2026")
    d.title("Calderbrook Metropolitan Borough Council", size=13, color="375623")
    d.title("Education, Health and Care Plan (Final)", size=21, color="375623")
    d.details_table([
        ("Name", "Tyler Mawson"),
        ("Date of birth", "06/11/2011"),
        ("NHS number", "999 741 2058"),
        ("Unique pupil number", "Z999000582613"),
        ("Home address", "27 Quarry Bank Road, Skelbrook, ZY3 8HW"),
        ("Parent / carer", "Gemma Mawson (mother); Darren Pike (mother's partner)"),
        ("Contact", "01632 960472 / 07700 900358 / gemma.mawson@example.org"),
        ("School and year group", "Skelbrook Community Academy, Year 9"),
        ("Date this plan was finalised", "23 February 2026"),
        ("Annual review to be held by", "22 February 2027"),
        ("EHC co-ordinator", "Priya Lindqvist, Calderbrook SEND Assessment Team"),
    ], widths_cm=(5.2, 11.4), fill="E2EFD9")

    d.heading("Section A: About Tyler \u2013 his views, interests and aspirations", section="A")
    d.heading("In Tyler's words", level=2)
    d.para("Tyler did not want to write this part himself. He talked to Mrs Okafor, the "
           "Learning Base manager, over two sessions in November 2025 while they looked at "
           "photos on his phone, and she wrote down what he said and read it back to him.")
    d.para("\"I'm into anything with an engine. Me and Darren are doing up an old Honda "
           "scooter in the shed and I can take the carb off on my own now. School is boring "
           "except DT and PE. I hate reading out in class because people copy how I talk. "
           "I want to be a mechanic and have my own garage one day, and a van with my name "
           "on it. I'd like to live with my mate Kai when I'm older. I want to get the bus to "
           "Calderbrook on my own to go to the bike shop.\"")
    d.heading("What Tyler's family say", level=2)
    d.para("Gemma says Tyler is kind, practical and brilliant with his little sister Lacey. "
           "She feels he has been written off because people cannot always understand him, "
           "and that he has stopped trying in lessons since Year 7. She wants him to leave "
           "school with qualifications that lead to a proper trade and to be able to handle "
           "money and get about on his own. Darren says Tyler is patient and careful with "
           "tools, and that he learns far better when he is shown than when he is told.")
    d.heading("How to communicate with Tyler", level=2)
    d.para("Speak to Tyler on his own rather than in front of others, give him time to answer, "
           "and do not ask him to repeat himself more than once; write the word down or ask "
           "him to show you instead. He prefers short written instructions with a diagram.")

    d.heading("Section B: Tyler's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Tyler has a persisting speech sound disorder (SaLT assessment, October 2025). He "
           "reduces /s/ clusters (\"spoon\" becomes \"poon\", \"street\" becomes \"treet\"), "
           "produces /s/ and /z/ with a lateral lisp, replaces /r/ with /w/, and drops "
           "unstressed syllables and final consonants in longer words, especially when he is "
           "speaking quickly. In connected speech, unfamiliar listeners understood about 70% "
           "of what he said. His understanding of spoken language is in line with his general "
           "learning ability, but he loses the thread of long explanations. Because of his "
           "speech he rarely answers questions in class, will not read aloud and has stopped "
           "asking for help.")
    d.heading("Cognition and learning", level=2)
    d.para("Tyler has moderate learning difficulties. The educational psychologist's "
           "assessment (December 2025) found verbal and non-verbal reasoning in the low range "
           "and a particular weakness in working memory and processing speed. His reading age "
           "is 9 years 2 months and his spelling age 8 years 6 months (chronological age 14 "
           "years 1 month). He decodes slowly and guesses longer words, so he cannot read "
           "Key Stage 3 textbooks or exam papers independently. In maths he is secure with "
           "addition and subtraction of whole numbers but does not know his times tables "
           "beyond 2, 5 and 10, cannot yet work with fractions or percentages, and cannot "
           "work out change from a purchase. He forgets multi-step instructions and copies "
           "slowly from the board.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tyler has low self-esteem as a learner. He was teased about his speech in Year 7 "
           "and now clowns around or puts his head down when work looks difficult. He has one "
           "close friend and some friends through the motorbike club, but avoids group work. "
           "He becomes anxious and irritable about cover lessons and room changes, and says "
           "he is worried about choosing the wrong options.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Tyler chooses his Key Stage 4 options in March 2026. He has not yet had any "
           "careers guidance and does not know which courses lead to motor vehicle work. He "
           "does not travel anywhere on his own beyond the corner shop, cannot read a bus "
           "timetable and avoids speaking to people he does not know, such as drivers or shop "
           "staff. He is not yet able to budget or check his change.")

    d.heading("Section C: Tyler's health needs relating to his SEN", section="C")
    d.para("Tyler had recurrent glue ear as a young child and had grommets fitted twice "
           "(2015 and 2017). His hearing was within normal limits at his last audiology check "
           "in 2024, but the audiologist has asked to see him annually because of his speech. "
           "He has mild asthma, managed with a salbutamol inhaler. There are no other health "
           "needs relating to his special educational needs.")

    d.heading("Section D: Tyler's social care needs", section="D")
    d.para("No social care needs relating to Tyler's SEN or disability were identified. The "
           "family worked with the Calderbrook Early Help service in 2024 around Tyler's "
           "school attendance; that work closed in July 2024 and the family did not want a "
           "further assessment.")

    d.heading("Section E: The outcomes sought for Tyler", section="E")
    d.para("These outcomes run to the end of Year 10 (July 2027) unless a date is shown. The "
           "SENCO will break each one into half-termly targets and share them with Tyler and "
           "Gemma at each progress meeting.")
    d.numbered([
        "By July 2027, when Tyler reads aloud a short paragraph to an unfamiliar adult, at least 9 out of 10 of his words with /s/ clusters will be correct in a recorded sample.",
        "By the end of Year 10, Tyler will read a text written for Year 7 aloud at 90 words a minute and answer four out of five questions about it correctly.",
        "Tyler will get better at maths.",
        "By July 2026, Tyler will answer a question or give an opinion in front of his tutor group at least once every week, as recorded by his tutor.",
        "Tyler will attend mentoring and the Talkabout group.",
        "By the end of Year 10, Tyler will choose a post-16 course in motor vehicle or engineering work and visit the college that runs it with his careers adviser.",
        "Tyler will be a car mechanic.",
        "By December 2026, Tyler will travel on the 14 bus between home and Calderbrook town centre on his own, buying his own ticket, on three separate occasions.",
    ], fmt="E{n}")

    d.heading("Section F: The special educational provision Tyler needs", section="F")
    d.para("The table below sets out the provision that must be made for Tyler in term time "
           "for the life of this plan. The Outcome column gives the outcome in Section E that "
           "each provision works towards.")
    rows = [
        ["Communication and interaction (speech sound disorder)", "", "", "", ""],
        ["F1", "E1",
         "Every week in term time; 30 minutes, 1:1, in the speech room off the Learning Base",
         "Direct speech therapy on /s/ clusters, the lateral /s/ and final consonants, using minimal pairs and recorded practice; the therapist will review progress with Tyler each half-term and set new targets",
         "HCPC-registered speech and language therapist, Calderbrook Community Speech and Language Therapy Service"],
        ["F2", "E1",
         "10 minutes at the start of period 1 on Monday, Wednesday and Friday",
         "Practice of Tyler's current speech targets from the programme the therapist writes, with target words recorded on a tablet so that he can listen back to himself",
         "Teaching assistant who has completed the therapist's two-hour speech sound training and is observed by the therapist once each half-term"],
        ["F3", "E1, E4",
         "Ongoing",
         "Staff to be aware of Tyler's speech difficulties and to give him extra time to respond",
         "All staff"],
        ["F4", "E1",
         "Termly",
         "The speech and language therapist will visit school to review Tyler's targets and advise his teachers",
         "Speech and language therapist"],
        ["F5", "E4",
         "Where possible",
         "Tyler should be given the choice of presenting spoken work to the teacher on his own rather than in front of the class",
         "Subject teachers"],
        ["Cognition and learning (moderate learning difficulties)", "", "", "", ""],
        ["F6", "E2",
         "Four English lessons a week, 50 minutes each, timetabled in the Learning Base",
         "English taught in a group of no more than eight students, with key vocabulary pre-taught at the start of each unit and texts matched to Tyler's tested reading age (currently 9 years 2 months)",
         "English teacher who has completed the academy's accredited course in teaching reading to older struggling readers"],
        ["F7", "E2",
         "Every school day during registration, 8:40 to 8:55",
         "1:1 Precision Teaching of high-frequency words and the key vocabulary for his current science and geography topics",
         "HLTA who has completed the Calderbrook Educational Psychology Service's Precision Teaching course"],
        ["F8", "E3",
         "Twice weekly",
         "Numeracy intervention in a small group",
         "Teaching assistant"],
        ["F9", "E2, E3",
         "A maximum of five hours each week, across science, geography and history",
         "In-class help from a teaching assistant to read texts aloud, break down tasks and scribe Tyler's answers",
         "Teaching assistant"],
        ["F10", "E2",
         "In every lesson; one 30-minute induction in the first week of the summer term 2026",
         "A C-Pen Reader 2 scanning pen for Tyler's own use in lessons and homework, kept in his bag, with an induction showing him how to use it",
         "SENCO"],
        ["F11", "E2",
         "After school, if Tyler wishes",
         "Access to homework club for help with reading and finishing homework",
         "Homework club staff"],
        ["F12", "E2",
         "In tests and examinations",
         "Exam access arrangements as assessed by the school's specialist assessor, e.g. a reader and extra time",
         "Exams officer"],
        ["Social, emotional and mental health", "", "", "", ""],
        ["F13", "E4, E5",
         "Weekly at first, reducing to fortnightly when appropriate",
         "Mentoring sessions to build Tyler's confidence and self-esteem",
         "Learning mentor"],
        ["F14", "E4",
         "Every school day at 8:35, before registration",
         "A five-minute check-in at the Learning Base door to go through Tyler's timetable, any cover lessons and room changes",
         "Learning Base teaching assistant, Tyler's named link adult"],
        ["F15", "E4",
         "As needed",
         "Tyler could be given a time-out pass so he can leave a lesson for a short break when he feels anxious",
         ""],
        ["F16", "E4, E5",
         "One 45-minute session a week for 12 weeks from 20 April 2026, repeated for 12 weeks from September 2026",
         "Talkabout for Teenagers social communication and self-esteem course, in a group of no more than five Year 9 students",
         "ELSA-trained teaching assistant, with half-termly supervision from the Calderbrook Educational Psychology Service"],
        ["Preparing for adulthood", "", "", "", ""],
        ["F17", "E6",
         "Three 40-minute interviews a year, one in each term",
         "Individual careers guidance on routes into motor vehicle work, including Level 1 and Level 2 college courses and apprenticeships, with a written action plan after each interview",
         "Careers adviser holding the Level 6 Diploma in Career Guidance and Development"],
        ["F18", "E6",
         "TBC",
         "Support with choosing his Key Stage 4 options",
         "Head of Year 9 / SENCO"],
        ["F19", "E8",
         "Summer term",
         "Independent travel training on the 14 bus route, if a place becomes available on the council's scheme",
         "Travel Training Team"],
        ["F20", "E6",
         "One week in Year 10",
         "Work experience in a local garage, organised by Tyler's family",
         "Parents"],
    ]
    t = d.table(["Ref", "Outcome", "When and for how long", "What will be provided",
                 "Staff and their training"], rows,
                widths_cm=[1.0, 1.8, 3.5, 6.0, 4.3], font_size=9.5, header_fill="C5E0B3")
    banners = [i + 1 for i, r in enumerate(rows) if r[0] and not any(r[1:])]
    _banner_rows(t, banners)

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "A salbutamol inhaler kept in the Learning Base office, used as required under Tyler's asthma plan, with a spare inhaler held by the school first aider.",
        "A hearing check at the Calderbrook General Hospital audiology clinic once a year, with the results sent to the SENCO and the speech and language therapist.",
        "A review by the community paediatrician when an appointment becomes available.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.para("None. No social care needs were identified (see Section D).")
    d.heading("Section H2: Any other social care provision", section="H2")
    d.para("None. Gemma has been given information about the Calderbrook Short Breaks Local "
           "Offer in case the family's circumstances change.")

    d.heading("Section I: The school Tyler will attend", section="I")
    d.para("Skelbrook Community Academy, Skelbrook (mainstream academy for students aged 11 "
           "to 16).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Gemma has not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Tyler's views \u2013 recorded by Mrs A. Okafor, Learning Base manager, 12 and 19 November 2025",
        "Parent's views \u2013 Gemma Mawson and Darren Pike, 14 November 2025",
        "Educational advice \u2013 Mr D. Hargreaves, SENCO, Skelbrook Community Academy, 21 November 2025",
        "Psychological advice \u2013 Dr Leonie Brandt, Educational Psychologist, 3 December 2025",
        "Speech and language therapy advice \u2013 Ms K. Oduya, Speech and Language Therapist, 28 October 2025",
        "Medical advice \u2013 Dr S. Varma, Community Paediatrician, 25 November 2025",
        "Social care advice \u2013 Calderbrook Early Help Hub, 17 November 2025",
        "Preparing for adulthood advice \u2013 Calderbrook Careers Partnership",
    ])
