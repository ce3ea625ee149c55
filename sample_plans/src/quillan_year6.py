"""Westerleigh Borough Council - Year 6 pupil with dyslexia, developmental coordination
disorder (dyspraxia) and anxiety at a mainstream maintained primary school, amended at the
phase transfer review. Word Heading 1 headings with an em dash ('Section A \u2014 About
Maisie: views, interests and aspirations'). Running header with the child's name and date
of birth, 'Page X of Y' footer. Cover details as bold-label lines. E is a numbered list
1-9. Section F is grouped by outcome: a Heading 2 sub-heading per group ('Outcomes 1 and 2:
reading and spelling') followed by its own four-column sub-table (Provision | Who | When |
Where), one empty Who cell. Section I names the primary school until August 2026 and the
secondary academy from September 2026. Separate H1 and H2 ('None'). FINAL plan."""

TITLE = "Education, Health and Care Plan - Maisie Trevithick"

F_HEAD = ["Provision", "Who", "When", "Where"]
F_WIDTHS = [6.2, 4.2, 3.7, 2.5]


def build(d):
    d.running_header_footer(
        "Maisie Trevithick  \u2022  DOB 14/11/2014  \u2022  Westerleigh EHC Plan (final, amended)",
        footer_left="Westerleigh Borough Council SEND Service", first_page_plain=True)
    d.title("Westerleigh Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan, amended following the Year 6 phase transfer review", bold=True)
    d.label_para("Child's name: ", "Maisie Trevithick")
    d.label_para("Date of birth: ", "14/11/2014")
    d.label_para("NHS number: ", "999 318 4472")
    d.label_para("Unique pupil number: ", "H999201533871")
    d.label_para("Home address: ", "27 Lantern Row, Westerleigh, ZY4 8NP")
    d.label_para("Parents: ", "Rachel Trevithick and Dominic Trevithick")
    d.label_para("Contact: ", "01632 960318 (home), 07700 900582 (Rachel), rachel.trevithick@example.org")
    d.label_para("Current school and year: ", "Quillan Park Primary School, Year 6")
    d.label_para("Date plan first issued: ", "12 May 2023")
    d.label_para("Date of this amended final plan: ", "9 February 2026")
    d.label_para("Review to be held by: ", "8 February 2027")
    d.label_para("SEND officer: ", "Priya Castellane-Moore, Westerleigh SEND Service")

    d.heading("Section A \u2014 About Maisie: views, interests and aspirations", section="A")
    d.heading("What Maisie told us", level=2)
    d.para("Maisie talked to Mrs Okonjo, her teaching assistant, over two sessions in "
           "December 2025. Mrs Okonjo wrote down Maisie's words and Maisie drew the pictures "
           "that go with them.")
    d.para("\"I'm Maisie and I'm 11. I love horses and I go riding at Brook Farm on "
           "Sundays. I draw comics about a horse called Biscuit who solves crimes. Reading is "
           "hard because the words jump about and I get muddled and then people think I'm not "
           "clever. I like it when Mrs Okonjo reads the question to me first. I hate writing "
           "because my hand hurts and nobody can read it, not even me. I'm a bit scared about "
           "big school because it's massive and you have to find your own way and if you're "
           "late everyone looks at you. I want to be a vet when I'm grown up.\"")
    d.heading("What Maisie's parents told us", level=2)
    d.para("Rachel and Dominic describe Maisie as kind, funny and creative, and say she is "
           "brilliant with animals and with her little brother Alfie, who is three. They are "
           "proud of how hard she works, but they see how tired and upset she is after school, "
           "and on some mornings she has stomach aches and cries about going in. Their biggest "
           "worry is the move to secondary school: they want her to have specialist help with "
           "reading and spelling that carries on after the move, a laptop she is properly "
           "taught to use, and adults at Harrowgate Academy who understand her before she "
           "starts. They would like her to keep her confidence and her love of drawing.")

    d.heading("Section B \u2014 Maisie's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie was assessed by the educational psychologist in March 2025 and has a "
           "profile consistent with dyslexia. Her verbal reasoning is in the average range, "
           "but her phonological processing, working memory and processing speed are well "
           "below average. On the York Assessment of Reading for Comprehension (October 2025) "
           "her reading accuracy was at the level expected of a child aged 7 years 9 months; "
           "she was 10 years 11 months. She reads slowly, guesses longer words from the first "
           "letter and loses her place on the page. Her spelling is largely phonetic and she "
           "cannot yet spell most of the Year 3 and 4 statutory words. In maths she understands "
           "new ideas when they are shown practically, but she cannot recall times tables and "
           "loses track in calculations with more than two steps.")
    d.heading("Physical and sensory", level=2)
    d.para("Maisie has developmental coordination disorder (dyspraxia), diagnosed by the "
           "community paediatrician in June 2024. Her pencil grip is awkward and tight, her "
           "handwriting is slow, large and hard to read, and she complains of pain in her hand "
           "after about ten minutes of writing. She finds it hard to use a ruler, scissors and "
           "a protractor, to do up small buttons and to tie her laces. In PE she finds catching, "
           "skipping and balancing hard and often trips on the stairs. She finds organising "
           "her belongings and her homework very difficult.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie has become increasingly anxious over the last year. She describes herself "
           "as \"stupid\" when she cannot read something, and she avoids tasks by asking to go "
           "to the toilet, where she has sometimes stayed for twenty minutes. Unexpected "
           "changes, such as a supply teacher or a room change, upset her for the rest of the "
           "morning. She has two close friends but finds it hard to join in with larger groups "
           "at lunchtime. She is very worried about the move to secondary school, in particular "
           "about getting lost, being late and being asked to read aloud.")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie's understanding of spoken language is age-appropriate and she expresses "
           "herself well in conversation, but she is slow to find the words she wants when she "
           "is put on the spot, and she will say \"I don't know\" rather than risk a wrong answer "
           "in front of the class.")

    d.heading("Section C \u2014 Health needs related to Maisie's SEN", section="C")
    d.para("Maisie has developmental coordination disorder and is seen by the community "
           "paediatrician at the Westerleigh Child Development Centre. She has mild asthma, "
           "controlled with a salbutamol inhaler. Her GP referred her to CAMHS in October 2025 "
           "because of her anxiety and stomach aches; she has not yet been seen.")

    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("Maisie is not known to Westerleigh children's social care and no social care needs "
           "related to her special educational needs have been identified. Her parents have not "
           "asked for a social care assessment.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("These outcomes look ahead to the end of Key Stage 3 and to the first year at "
           "Harrowgate Academy. The SENCO at each school will set termly steps towards them and "
           "share them with Maisie and her parents at the review meetings.")
    d.numbered([
        "By the end of Year 7, Maisie will read an unseen age-appropriate passage of 150 words aloud with at least 95% accuracy.",
        "By July 2027, Maisie will spell correctly at least 40 of a dictated list of 50 words from the Year 3 and 4 statutory spelling list.",
        "Maisie will improve her handwriting and the presentation of her work.",
        "By the end of the autumn term 2026, Maisie will touch-type at 20 words per minute with 90% accuracy and will use her laptop for any piece of writing longer than half a page.",
        "Maisie will feel more confident about going to secondary school.",
        "By February 2027, Maisie will tell an adult when she is worried, using her own words or her 'help' card, on at least four out of five recorded occasions.",
        "By the end of the spring term 2027, Maisie will stop hiding in the toilets during maths lessons.",
        "Maisie will attend a friendship group at her new school.",
        "Maisie will become a vet.",
    ])

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("The provision below must be made in term time for the life of this plan, at Quillan "
           "Park Primary School until the end of the summer term 2026 and at Harrowgate Academy "
           "from September 2026. Each table is headed by the outcomes in Section E that it "
           "mainly supports.")

    d.heading("Outcomes 1 and 2: reading and spelling", level=2)
    d.table(F_HEAD, [
        ["Individual specialist teaching using the Units of Sound programme, concentrating on decoding words of more than one syllable and on spelling patterns",
         "A specialist dyslexia teacher who holds AMBDA, from the Westerleigh Learning Support Service",
         "Three 30-minute sessions a week (Monday, Wednesday and Friday mornings)",
         "Learning support room"],
        ["Precision Teaching of ten high-frequency words at a time, with a one-minute timed check and a daily progress chart that Maisie fills in herself",
         "Teaching assistant who has completed the Westerleigh two-day Precision Teaching course",
         "10 minutes every school day, straight after lunch",
         "Side table in the Year 6 classroom"],
        ["Reading practice with an adult",
         "Volunteer readers or class staff",
         "Regularly, when staffing allows",
         "School library"],
        ["Coloured overlays or other visual aids could be tried to see whether they make reading easier",
         "Class teacher",
         "Literacy lessons",
         "Classroom"],
        ["Spelling intervention in a small group",
         "Teaching assistant",
         "Weekly",
         "Year 6 shared area"],
        ["Maisie's parents will go through her spellings and reading book with her",
         "Parents",
         "Every evening, about 15 minutes",
         "Home"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    d.heading("Outcomes 3 and 4: handwriting, fine motor skills and recording", level=2)
    d.table(F_HEAD, [
        ["Touch-typing lessons using the English Type Junior course, building up to 20 words per minute",
         "Higher level teaching assistant trained to deliver English Type, overseen by the SENCO",
         "Two 20-minute lessons a week, during Tuesday and Thursday registration",
         "ICT suite"],
        ["Direct occupational therapy on pencil grip, letter formation and two-handed coordination, with Maisie's targets shared with her class teacher after each session",
         "HCPC-registered occupational therapist, Westerleigh Children's Therapy Service",
         "One 45-minute individual session per fortnight",
         "Therapy room"],
        ["Fine motor activities, for example threading, playdough and peg boards",
         "Staff",
         "Daily",
         "Classroom"],
        ["A school laptop for Maisie's sole use with Clicker 8 word prediction installed, plus a sloping writing board and a triangular pencil grip kept on her desk",
         "Set up by the SENCO; the ICT technician checks the laptop and software every half-term",
         "Every lesson, from the first day of each term",
         "All classrooms (the laptop moves with Maisie)"],
        ["Extra time and a scribe where necessary for written tasks and tests",
         "Teaching assistant",
         "When needed",
         "Classroom or test room"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    d.heading("Outcomes 5 to 8: anxiety, friendships and the move to secondary school", level=2)
    d.table(F_HEAD, [
        ["A short check-in to go through the day's visual timetable and warn Maisie of any changes, such as a supply teacher, a trip or a room swap",
         "Maisie's named teaching assistant",
         "Each morning before registration (8:45 to 8:50)",
         "Year 6 cloakroom"],
        ["Individual ELSA sessions working through a written six-session plan on recognising her worries, the 5-4-3-2-1 grounding technique and using her 'help' card, with the plan repeated using transition topics in the summer term",
         "Emotional Literacy Support Assistant who has completed the Westerleigh EP Service ELSA training and receives half-termly supervision from the educational psychologist",
         "One 30-minute session every week",
         "Nurture room"],
        ["Access to a calm space when she is anxious",
         "",
         "Whenever she needs it",
         "Nurture room"],
        ["Transition support to secondary school will be put in place in the summer term",
         "Primary and secondary schools to agree",
         "To be confirmed",
         "Harrowgate Academy"],
        ["Six additional one-hour visits to Harrowgate Academy, during which Maisie and her TA make a photo book of the building, her form room and the route between lessons",
         "Maisie's named teaching assistant from Quillan Park, with the Harrowgate Academy Year 7 SENCO",
         "One visit a week for six weeks, starting 8 June 2026",
         "Harrowgate Academy"],
        ["Counselling could be considered if Maisie's anxiety continues after she starts Year 7",
         "School counsellor",
         "",
         ""],
        ["Strategies from the educational psychologist's report of March 2025 to be used across the school day",
         "All staff",
         "Throughout the school day",
         "All lessons"],
        ["A lunchtime LEGO club with a small group of Year 6 pupils to help Maisie build friendships, to be looked at again at Easter",
         "Midday supervisor who has completed LEGO-based therapy facilitator training",
         "Two lunchtimes a week, 12:20 to 12:50",
         "Library"],
        ["1:1 teaching assistant support in lessons, reducing over the year as Maisie becomes more independent",
         "Teaching assistant",
         "Up to 15 hours per week",
         "Classroom"],
    ], widths_cm=F_WIDTHS, font_size=9.5)

    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "An annual review of Maisie's developmental coordination disorder by the community paediatrician at the Westerleigh Child Development Centre.",
        "A salbutamol inhaler kept in Maisie's classroom and used as required under her asthma plan; her class teacher makes sure it goes with her on trips and to PE.",
        "The NHS occupational therapist will run a six-week handwriting skills group at the Child Development Centre in the summer term.",
        "CAMHS support for anxiety once a place becomes available.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the CSDPA 1970", section="H1")
    d.para("None. No needs under section 2 of the Chronically Sick and Disabled Persons Act "
           "1970 have been identified.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Until 31 August 2026: Quillan Park Primary School, Westerleigh (mainstream "
           "maintained primary school).")
    d.para("From 1 September 2026: Harrowgate Academy, Westerleigh (mainstream academy, "
           "secondary, ages 11 to 16), named following Maisie's parents' preference and "
           "consultation with the academy.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.para("The following advice was gathered for the original assessment and for this "
           "phase transfer review and is attached to the plan.")
    d.bullets([
        "Views of Maisie \u2013 recorded by Mrs T. Okonjo, teaching assistant, 4 and 11 December 2025",
        "Views of Rachel and Dominic Trevithick \u2013 29 November 2025",
        "Educational advice \u2013 Mr L. Fairbrother, SENCO, Quillan Park Primary School, 2 December 2025",
        "Psychological advice \u2013 Dr Imogen Sayle, Educational Psychologist, 18 March 2025",
        "Medical advice \u2013 Dr K. Adebayo-Ross, Community Paediatrician, 24 June 2024",
        "Occupational therapy advice \u2013 Westerleigh Children's Therapy Service",
        "Specialist teacher advice \u2013 Ms H. Rendall, Westerleigh Learning Support Service, 21 November 2025",
        "Social care advice \u2013 Westerleigh Children's Services, Front Door Team, 15 December 2025",
        "Year 6 phase transfer review report \u2013 Quillan Park Primary School, 13 January 2026",
    ])
