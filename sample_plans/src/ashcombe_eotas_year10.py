"""Ashcombe County Council - amended final plan for a Year 10 young person with anxiety and
autism, educated otherwise than at school (EOTAS, s.61). Headings are Word Heading 1 with
no punctuation after the letter ('Section F Special Educational Provision'). Cover details
are a four-column table. E is a table (Preparing for adulthood area | Outcome | By when).
F is a weekly timetable table (Day | Session | Provider | Hours per week) followed by
numbered paragraphs under Heading 2 parts (therapeutic provision; preparing for adulthood).
K is a numbered list. A pronoun slip in Section B (deliberate S010)."""

TITLE = "Education, Health and Care Plan - Lowenna Pascoe"


def build(d):
    from docx.shared import Pt, RGBColor
    for name in ("Heading 1", "Heading 2"):
        d.doc.styles[name].font.color.rgb = RGBColor.from_string("0B5563")
    d.doc.styles["Normal"].font.size = Pt(10.5)
    d.running_header_footer("Lowenna Pascoe  -  EHC Plan (amended)  -  Ashcombe County Council",
                            footer_left="Final amended plan 20/01/2026", first_page_plain=True)

    d.title("ASHCOMBE COUNTY COUNCIL", size=13, color="0B5563")
    d.title("Education, Health and Care Plan", size=21, color="0B5563")
    d.para("Final amended plan following annual review", bold=True, size=12)
    d.table(None, [
        ["**Name**", "Lowenna Pascoe", "**Date of birth**", "02/11/2010"],
        ["**NHS number**", "999 287 0453", "**UPN**", "K873401512094"],
        ["**Address**", "Flat 4, Tregarne House, 19 Quayside Walk, Ashcombe, ZX9 2HW", "**Year group**", "Year 10 (NCY 10)"],
        ["**Parent/carer**", "Demelza Pascoe (mother)", "**Telephone**", "07700 900731"],
        ["**E-mail**", "demelza.pascoe@example.com", "**Education**", "EOTAS (see Section I)"],
        ["**Annual review meeting**", "18/11/2025", "**Proposed amendments sent**", "02/12/2025"],
        ["**Date of final amended plan**", "20/01/2026", "**Next review by**", "17/11/2026"],
        ["**EHC coordinator**", "Marcus Bellamy", "**EOTAS coordinator**", "Priya Lanyon"],
    ], widths_cm=[3.6, 5.4, 3.6, 4.0], font_size=9.5)

    # ---- A --------------------------------------------------------------------------
    d.heading("Section A Views, Interests and Aspirations", section="A")
    d.heading("My views", level=2)
    d.para("Lowenna prefers to write rather than talk about herself. She wrote the following "
           "for this review on 10 November 2025 and asked for it to be included as she wrote it:")
    d.para("\"I'm not lazy and I'm not refusing school for fun. When I tried to go back in Year 8 "
           "my chest went tight in the car park and I couldn't breathe. I learn fine at home and "
           "online. I love animals \u2013 I look after our two rabbits and my nan's dog \u2013 and I "
           "want to be a veterinary nurse. I want to be able to get the bus to college without "
           "Mum. I don't want to do loads of therapy where people make me talk.\"", italic=True)
    d.heading("My mum's views", level=2)
    d.para("Demelza says Lowenna has become calmer since the home and online package started in "
           "April 2025, and that the forest school day is the first thing in two years she has "
           "looked forward to. Demelza would like Lowenna to get GCSEs in English and maths, to "
           "go to college to study animal care, and to have at least one friend she sees in "
           "person. She worries about how isolated they both are.")
    d.heading("Aspirations", level=2)
    d.para("Lowenna wants to study animal care at college and then train as a veterinary nurse. "
           "She would like to live on her own one day, with pets.")

    # ---- B --------------------------------------------------------------------------
    d.heading("Section B Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Lowenna was diagnosed as autistic in 2023. She communicates well in writing and "
           "one-to-one with people she knows, but in groups she usually stays silent and finds it "
           "very hard to answer a direct question put to her in front of others. She takes some "
           "instructions literally and needs changes explained in advance and in writing.")
    d.heading("Cognition and learning", level=2)
    d.para("Lowenna is able and reads widely. Her English is in line with a predicted GCSE grade "
           "5. She missed most of Years 8 and 9, and her baseline assessment in September 2025 "
           "placed her maths at about a Year 7 level, with gaps in fractions, negative numbers "
           "and algebra. When she is anxious her processing slows and she cannot start written "
           "tasks without a clear first step.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Lowenna has generalised and social anxiety. She has not attended school since "
           "February 2024. She has panic attacks when she is expected to go into busy or "
           "unfamiliar places, and she rarely leaves the house except with her mother. When "
           "overwhelmed she shuts down and stops answering; afterwards he needs at least an hour "
           "on his own before talking about it. Her self-esteem is low and she has no friends "
           "she sees in person.")
    d.heading("Sensory", level=2)
    d.para("Lowenna is very sensitive to noise, strong smells and being touched. Crowds and "
           "fluorescent lighting quickly raise her anxiety.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Lowenna has never travelled on a bus alone, does not handle money in shops, and has "
           "not cooked a meal. She has had no careers guidance or work experience.")

    # ---- C --------------------------------------------------------------------------
    d.heading("Section C Health Needs", section="C")
    d.para("Lowenna was diagnosed with generalised anxiety disorder by Ashcombe CAMHS in "
           "May 2024 and takes sertraline. Her sleep pattern is often reversed and she finds it "
           "hard to get up for morning sessions. She has a history of self-harm (2024) and has "
           "a safety plan with CAMHS. Irritable bowel symptoms flare when she is anxious.")

    # ---- D --------------------------------------------------------------------------
    d.heading("Section D Social Care Needs", section="D")
    d.para("The Ashcombe Children with Disabilities Team assessed Lowenna in October 2025. "
           "Because of her anxiety and autism she cannot yet go into the community without her "
           "mother, and she is socially isolated. Demelza has fibromyalgia and is Lowenna's only "
           "carer; the assessment found that she needs breaks from caring.")

    # ---- E --------------------------------------------------------------------------
    d.heading("Section E Outcomes", section="E")
    d.para("The EOTAS coordinator will agree short-term steps towards each outcome with Lowenna "
           "every half-term and record them in her learning plan.")
    d.table(["Preparing for adulthood area", "Outcome", "By when"], [
        ["Employment and education", "Lowenna will sit GCSE English Language, GCSE maths and at least two other GCSEs, attending at least 90% of her timetabled online lessons each half-term.", "July 2027"],
        ["Independent living", "Lowenna will travel alone by bus between home and Ashcombe College, on the 21 route, on three separate days.", "End of Year 11 (July 2027)"],
        ["Health", "Lowenna will feel less anxious.", "Ongoing"],
        ["Health", "Lowenna will use two strategies from her CBT work to bring her anxiety rating down from 8 to 5 or below within 15 minutes, on 3 out of 4 occasions recorded in her diary.", "July 2026"],
        ["Employment and education", "Lowenna will become a veterinary nurse.", ""],
        ["Independent living", "Lowenna will plan, shop for and cook a simple two-course meal for her family with no more than one prompt.", "July 2027"],
        ["Community inclusion", "Lowenna will attend the forest school day every week.", "July 2026"],
    ], widths_cm=[3.8, 9.6, 3.2], font_size=9.5)

    # ---- F --------------------------------------------------------------------------
    d.heading("Section F Special Educational Provision", section="F")
    d.para("Ashcombe County Council will arrange the education otherwise than at school (EOTAS) "
           "package below for 39 weeks a year. Ms Priya Lanyon, EOTAS coordinator, arranges and "
           "oversees the package and meets Lowenna and her mother each half-term.")
    d.heading("Part 1: Weekly timetable", level=2)
    d.table(["Day", "Session", "Provider", "Hours per week"], [
        ["Monday to Friday",
         "Check-in phone or video call at 09:00 to go through the day's timetable and rate her anxiety on a 1\u201310 scale",
         "EOTAS coordinator (Ms Priya Lanyon)", "50 minutes (10 minutes a day)"],
        ["Monday",
         "Live online lessons (09:30\u201311:45): GCSE English Language, then GCSE maths (Foundation), in classes of no more than 10; Lowenna may keep her camera and microphone off and answer in the chat",
         "Brackenhurst Online School subject teachers (QTS)", "2"],
        ["Monday",
         "1:1 maths tuition at home (13:30\u201315:00), working through the gaps in Key Stage 3 number and algebra identified in the September 2025 baseline assessment",
         "Home tutor \u2013 qualified maths teacher (QTS), Ashcombe Tuition Service", "1.5"],
        ["Tuesday",
         "Forest school day (10:00\u201315:00) at Hollowmead Wood in a group of no more than 6 young people at a staff ratio of at least 1:3, working towards the John Muir Award (Discovery)",
         "Hollowmead Woodland Learning \u2013 Level 3 Forest School leaders", "5"],
        ["Wednesday",
         "Live online lessons: GCSE combined science and GCSE history",
         "Brackenhurst Online School subject teachers", "Up to 3"],
        ["Wednesday",
         "1:1 art tuition towards GCSE Art and Design, at home (13:30\u201315:30)",
         "Art tutor chosen by Ms Pascoe (paid by direct payment \u2013 see Section J)", "2"],
        ["Thursday",
         "Animal care placement at Tolvean Farm Park (09:30\u201312:30): feeding, cleaning out and handling small animals, working towards the ASDAN Short Course in Animal Care",
         "Tolvean Farm Park education officer (Level 3 Diploma in Animal Care), with Lowenna's EOTAS vocational mentor (Level 3 youth work qualification) beside her throughout", "3"],
        ["Thursday",
         "Catch-up and homework help with the online school's learning support team, as needed",
         "Brackenhurst Online School", "Flexible"],
        ["Friday",
         "Home tuition in English and science, going over the week's online lessons (10:00\u201312:00)",
         "Home tutor \u2013 qualified teacher (QTS), Ashcombe Tuition Service",
         "2, reducing to 1 once Lowenna is keeping up with her online lessons"],
        ["Friday",
         "Community activity of Lowenna's choosing, e.g. climbing wall, gym or library, to build her confidence in going out (13:30\u201315:30)",
         "EOTAS mentor", "2"],
    ], widths_cm=[2.3, 7.1, 4.4, 2.8], font_size=9.5)

    d.heading("Part 2: Therapeutic and additional provision", level=2)
    d.numbered([
        "Cognitive behavioural therapy for anxiety, 1:1 with an HCPC-registered clinical psychologist from Harbourside Psychology, commissioned by Ashcombe County Council: one 50-minute session every week in term time (Tuesdays at 16:00, at home or by video call), for the life of this plan, with a written progress summary sent to the EOTAS coordinator at the end of each term.",
        "Art therapy with an HCPC-registered art therapist, 45 minutes every Wednesday at 16:30 at the Ashcombe Arts Therapies studio (subject to review at the end of the spring term).",
        "Six 1-hour occupational therapy sessions at home with an HCPC-registered occupational therapist, to put together a sensory toolkit for going out, once Ashcombe County Council has been able to commission an OT.",
        "A mentor would help Lowenna to plan her week, keep to a daily routine and set herself small goals.",
        "Lowenna can access the online school's wellbeing hub and its lunchtime drop-in sessions.",
        "Where Lowenna falls behind in a subject, catch-up tuition will be arranged, with the subject, tutor and number of sessions decided by the EOTAS coordinator.",
        "Ashcombe County Council will provide a laptop and whatever other equipment Lowenna needs to join her online lessons.",
    ], start=1, fmt="{n}.")

    d.heading("Part 3: Preparing for adulthood", level=2)
    d.numbered([
        "Independent travel training on the 21 bus route between home and Ashcombe College with an Ashcombe travel trainer who has completed the council's 'Travel Ready' trainer course: two 90-minute sessions a week for 12 weeks in the summer term 2026, starting with accompanied journeys and moving to Lowenna travelling alone while the trainer follows.",
        "Careers guidance from a careers adviser with a Level 6 qualification in careers guidance (Ashcombe Careers Hub): three 45-minute 1:1 meetings in 2026 (February, May and October), including a visit with her to the animal care department at Ashcombe College before 31 March 2026.",
        "Work experience in an animal care setting for one week in the summer term of Year 11, with the placement and the level of support to be agreed with Lowenna nearer the time.",
    ], start=8, fmt="{n}.")

    # ---- G, H -----------------------------------------------------------------------
    d.heading("Section G Health Provision", section="G")
    d.bullets([
        "Review of Lowenna's sertraline (50 mg each morning) by the CAMHS consultant psychiatrist every 12 weeks; the GP issues repeat prescriptions.",
        "CAMHS to provide support for Lowenna's low mood as needed.",
        "Sleep hygiene advice from the CAMHS nurse when a clinic slot becomes available.",
    ])
    d.heading("Section H1 Social Care Provision under Section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.para("A support worker from the Ashcombe Children with Disabilities Team for 3 hours every "
           "Saturday (10:00\u201313:00) to go with Lowenna into Ashcombe town centre, to cafés, "
           "shops and the library.")
    d.heading("Section H2 Other Social Care Provision", section="H2")
    d.para("Respite for the family as needed.")

    # ---- I, J, K --------------------------------------------------------------------
    d.heading("Section I Placement", section="I")
    d.para("Education otherwise than at school, arranged by Ashcombe County Council under "
           "section 61 of the Children and Families Act 2014. The council is satisfied that it "
           "would be inappropriate for Lowenna's special educational provision to be made in a "
           "school. The package is set out in Section F.")

    d.heading("Section J Personal Budget", section="J")
    d.para("A direct payment of \u00a33,120 a year (2 hours a week for 39 weeks at \u00a340 an hour) "
           "is paid to Ms Pascoe to buy the 1:1 art tuition in Section F (Wednesday afternoon). "
           "It meets Lowenna's need for calm, 1:1 teaching in a creative subject (Section B, social, "
           "emotional and mental health) and supports the first outcome in Section E (GCSEs).")

    d.heading("Section K Advice and Information", section="K")
    d.numbered([
        "Lowenna's views (written) \u2013 10 November 2025",
        "Parent's views \u2013 Demelza Pascoe, 10 November 2025",
        "Educational advice \u2013 Priya Lanyon, EOTAS coordinator, 4 November 2025",
        "Educational advice \u2013 Brackenhurst Online School, Head of Learning Support, 31 October 2025",
        "Psychological advice \u2013 Dr Siân Fairweather, Educational Psychologist, 29 October 2025",
        "Medical advice \u2013 Ashcombe CAMHS, consultant psychiatrist",
        "Social care advice \u2013 Ashcombe Children with Disabilities Team, 27 October 2025",
        "Preparing for adulthood advice \u2013 Ashcombe Careers Hub, 6 November 2025",
    ], start=1, fmt="{n}.")
