"""Hembury County Council - Year 6 pupil (10) with dyslexia, dyscalculia and anxiety at a
mainstream maintained primary school, phase-transfer plan issued before 15 February naming
the secondary academy from September 2026. Child-friendly personalised Word Heading 1
headings with the statutory title in brackets ('Section B \u2013 What Maisie finds hard
(special educational needs)'). Bold-label cover lines; plain centred footer. E numbered
E1-E9. Section F is written TO the child in the second person ('You will ...'): literal
numbered paragraphs 1-20 running on across five Heading 3 sub-headings (lessons, maths,
feelings, playtimes and tests, moving to secondary), each ending with an outcome tag in
brackets such as '(E1, E2)'. H1 and H2 say none. I names both schools in sequence. FINAL
plan."""

TITLE = "Education, Health and Care Plan - Maisie Threlfall"


def build(d):
    d.simple_footer("Hembury County Council \u2013 Final EHC plan for Maisie Threlfall \u2013 "
                    "issued 10 February 2026")
    d.title("Hembury County Council", size=13, color="5B2C6F")
    d.title("My Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL PLAN \u2013 amended at the Year 6 phase transfer review", bold=True)
    d.label_para("Child's name: ", "Maisie Threlfall")
    d.label_para("Date of birth: ", "3 March 2015")
    d.label_para("NHS number: ", "999 604 2179")
    d.label_para("UPN: ", "A999406121007")
    d.label_para("Address: ", "14 Quarry Lane, Hembury, ZY6 2DF")
    d.label_para("Parents: ", "Gemma Threlfall and Rob Threlfall")
    d.label_para("Telephone and e-mail: ", "01632 960418; gemma.threlfall@example.org")
    d.label_para("School and year group: ", "Larkspur Lane Primary School, Year 6")
    d.label_para("Date of annual review meeting: ", "13 January 2026")
    d.label_para("Date final plan issued: ", "10 February 2026")
    d.label_para("Next review: ", "by 9 February 2027")
    d.label_para("Case officer: ", "Tobias Fairweather-Lund, Hembury SEND Assessment Team")

    d.heading("Section A \u2013 All about Maisie (views, interests and aspirations)", section="A")
    d.heading("What Maisie says", level=2)
    d.para("Maisie talked to Mrs Begum, her teaching assistant, on 8 January 2026 and drew "
           "a picture of her \"good day\". Mrs Begum wrote down what she said.")
    d.para("\"I'm good at drawing, swimming and looking after our rabbits. I like art and "
           "PE and I like it when Mrs Hallett does reading with me on the computer because "
           "nobody can see. I hate reading out loud and I hate times tables tests. My tummy "
           "hurts in the mornings when I think about going in. I'm scared about big school "
           "because it's massive and I'll get lost and everyone will know I can't read "
           "properly. When I'm grown up I want to be a vet or work with horses.\"")
    d.heading("What Maisie's parents say", level=2)
    d.para("Gemma and Rob say Maisie is kind, creative and brilliant with animals and with "
           "her little brother Alfie. They have seen her confidence fall over the last two "
           "years as the gap in her reading and maths has grown. Most mornings she says "
           "she feels sick, and twice this term she has not managed to go in. They want her "
           "to move to Stoneleigh Park Academy with her friends, with a proper plan for the "
           "move, and they want her to have specialist teaching rather than \"more of the "
           "same\".")

    d.heading("Section B \u2013 What Maisie finds hard (special educational needs)", section="B")
    d.heading("Cognition and learning: reading, spelling and writing", level=2)
    d.para("Maisie has dyslexia (diagnosed by a specialist teacher assessor, October 2024). "
           "At 10 years 10 months her single-word reading age is 7 years 6 months and her "
           "spelling age is 7 years 1 month. She reads slowly, guesses words from the first "
           "letter and loses the meaning of what she has read. Her phonological memory and "
           "processing speed are well below average. Her writing is short because she "
           "avoids words she cannot spell, and her handwriting is slow and effortful.")
    d.heading("Cognition and learning: maths", level=2)
    d.para("Maisie has dyscalculia (educational psychologist, December 2025). She does not "
           "yet have a secure sense of number size or place value beyond 100. She counts on "
           "her fingers for number bonds to 10, cannot recall times tables, and loses her "
           "place in calculations with more than one step because of weak working memory.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie has high levels of anxiety linked to her learning. She has stomach aches "
           "most mornings, finds it very hard to come into school after a weekend or "
           "holiday, and leaves the classroom when she is asked to read aloud or do timed "
           "tests. At playtimes she often stands at the edge of games. She is very worried "
           "about the move to secondary school: finding her way, having many teachers, and "
           "other pupils finding out that she struggles to read.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie has no sensory or physical difficulties, apart from slow handwriting "
           "(described above).")

    d.heading("Section C \u2013 Maisie's health (health needs)", section="C")
    d.para("Maisie has mild asthma and uses a salbutamol inhaler. Her GP referred her to "
           "Hembury CAMHS in November 2025 because of her anxiety and stomach pains (no "
           "physical cause found); she has not yet been seen.")

    d.heading("Section D \u2013 Maisie's family and social care (social care needs)", section="D")
    d.para("No social care needs were identified. The Hembury Early Help Team met the family "
           "on 14 November 2025 and no further involvement was needed.")

    d.heading("Section E \u2013 What we are working towards (outcomes)", section="E")
    d.para("Larkspur Lane Primary School, and from September Stoneleigh Park Academy, will "
           "set small steps towards these outcomes each term and share them with Maisie and "
           "her parents.")
    d.numbered([
        "By the end of Year 7 (July 2027), Maisie will read a passage at a Year 4 level aloud at 80 words per minute with at least 95% accuracy.",
        "By July 2027, Maisie will spell 80 of the 100 most common Year 3 and 4 words correctly in dictated sentences.",
        "Maisie will get better at maths.",
        "By July 2027, Maisie will add and subtract two-digit numbers using a number line, getting at least 8 out of 10 right.",
        "By the end of Year 7, Maisie will use her worry scale to tell a trusted adult when she feels anxious, instead of leaving the room, on at least 4 out of 5 occasions.",
        "Maisie will be happy at secondary school.",
        "Maisie will receive ELSA support.",
        "By October half-term 2026, Maisie will find her way to every lesson at Stoneleigh Park using her map, arriving within five minutes of the start.",
        "By July 2026, Maisie will touch-type at 20 words a minute with 90% accuracy.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 The help Maisie will get (special educational provision)", section="F")
    d.para("Maisie asked for this section to be written to her. Every numbered paragraph is "
           "special educational provision that Hembury County Council must make sure she "
           "receives during term time. The letters and numbers in brackets show the outcomes "
           "in Section E that each paragraph works towards.", italic=True)

    d.heading("Reading, spelling and writing", level=3)
    d.numbered([
        "You will do Units of Sound, a computer-based reading and spelling programme, one-to-one with Mrs Hallett, a specialist dyslexia teacher who holds AMBDA, for 30 minutes on Monday, Wednesday and Friday mornings at 9:10. (E1, E2)",
        "Every Monday morning, Mr Dyer, a teaching assistant who has completed Hembury's 'Supporting Learners with Dyslexia' course, will pre-teach you the key words for that week's English and topic lessons for 15 minutes, in a group of no more than four. (E1, E2)",
        "Someone will read questions to you and write down your answers when you need it. (E1)",
        "You could use a laptop for longer writing tasks if one is free. (E9)",
        "You will get extra spelling help using a programme the school thinks is best for you. (E2)",
        "You will learn to touch-type using Touch-type Read and Spell (TTRS) for 20 minutes every Tuesday and Thursday during assembly time (9:00 to 9:20), in the ICT suite with Mr Dyer, who has completed the TTRS tutor training, until you can type 20 words a minute. (E9)",
    ], start=1, fmt="{n}.")

    d.heading("Maths", level=3)
    d.numbered([
        "In the first 20 minutes of every daily maths lesson you will work with Mrs Begum, a teaching assistant trained to deliver Numicon intervention, in a group of no more than five, using Numicon shapes and number lines to go over the new idea for that lesson. (E4)",
        "You will have Numbers Count lessons one-to-one with Miss Kaur, a teacher trained as a Numbers Count teacher, three times a week for 30 minutes, for 12 weeks from 23 February 2026. (E3, E4)",
        "You can go to Maths Club at lunchtime for help with homework, on the days it runs. (E3)",
        "You will use concrete resources such as Numicon, counters and base-ten blocks etc. in lessons. (E4)",
    ], start=7, fmt="{n}.")

    d.heading("Feeling calm and confident", level=3)
    d.numbered([
        "Every morning before registration (8:40 to 8:50), Mrs Begum will meet you at the side gate and go through your visual timetable with you, so you know about any changes to the day. (E5)",
        "You will have weekly sessions with Ms Turner, the school's trained ELSA, for the first six weeks, and then fewer sessions as you feel more settled. (E5, E6)",
        "You can use the Rainbow Room whenever you feel worried. (E5)",
        "You will take part in the Cool Kids anxiety programme in a group of four Year 6 pupils, run by an assistant psychologist from the Hembury Mental Health Support Team who is supervised by a clinical psychologist, for 45 minutes once a week for 10 weeks from 2 March 2026. (E5)",
        "Your teachers will use the strategies in the educational psychologist's report of 9 December 2025 in all your lessons. (E1, E4, E5)",
    ], start=11, fmt="{n}.")

    d.heading("Playtimes and tests", level=3)
    d.numbered([
        "At playtimes and lunchtimes, an adult or a buddy will be around to help you join in games wherever possible. (E6)",
        "You will get extra time and rest breaks in tests, as your class teacher thinks best. (E5)",
    ], start=16, fmt="{n}.")

    d.heading("Moving to Stoneleigh Park Academy", level=3)
    d.numbered([
        "You will have six extra visits to Stoneleigh Park Academy between 1 June and 17 July 2026, each lasting two hours, led by Mr Osei, the SENCO at Stoneleigh Park, with Mrs Begum coming with you from Larkspur Lane. (E6, E8)",
        "At Stoneleigh Park you will have a key adult to check in with, up to three times a week. (E5, E6)",
        "Literacy and numeracy interventions at Stoneleigh Park, to be decided after you have been assessed in September. (E1, E2, E3)",
    ], start=18, fmt="{n}.")

    d.heading("Section G \u2013 Health provision", section="G")
    d.bullets([
        "A salbutamol inhaler kept in Maisie's classroom and given as required, following her school asthma plan.",
        "An asthma review with the practice nurse at Hembury Surgery once a year.",
        "An assessment by Hembury CAMHS when she reaches the top of the waiting list.",
    ])

    d.heading("Section H1 \u2013 Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("None. No social care needs were identified (Hembury Early Help Team, 14 November "
           "2025).")
    d.heading("Section H2 \u2013 Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2013 Where Maisie will go to school (placement)", section="I")
    d.para("Larkspur Lane Primary School (mainstream maintained primary school) until the end "
           "of the summer term 2026; from September 2026, Stoneleigh Park Academy (mainstream "
           "academy for pupils aged 11 to 16).")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.bullets([
        "Maisie's views \u2013 recorded by Mrs S. Begum, teaching assistant, 8 January 2026",
        "Parents' views \u2013 Gemma and Rob Threlfall, 6 January 2026",
        "Educational advice \u2013 Mrs L. Carrow, SENCO, Larkspur Lane Primary School, 9 January 2026",
        "Psychological advice \u2013 Dr N. Ashworth, Educational Psychologist, 9 December 2025",
        "Specialist teacher advice \u2013 Hembury Learning Support Service",
        "Medical advice \u2013 Dr C. Pryce, GP, Hembury Surgery, 2 December 2025",
        "Mental health advice \u2013 Hembury Mental Health Support Team, Ms R. Achebe, 5 January 2026",
        "Social care advice \u2013 Hembury Early Help Team, 14 November 2025",
        "Transition information \u2013 Mr K. Osei, SENCO, Stoneleigh Park Academy, 12 January 2026",
    ])
