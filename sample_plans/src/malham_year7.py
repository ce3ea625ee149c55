"""Borough of Wharfmoor - Year 7 pupil with dyslexia, dyspraxia (DCD) and low self-esteem
in a mainstream 11-16 academy. Word Heading 1 headings with an em dash ('Section F \u2014
Special educational provision'); running header and 'Page X of Y' footer; cover details in
a two-column details table. E is a list numbered E1-E8. Section F is grouped by the part of
the school day or subject in which the provision happens (bold italic plain-text context
lines such as 'In maths lessons'), with items numbered (1)-(20) continuing across the
groups; each item is one or two sentences of prose. G uses an inhaler 'as required'.
H1 and H2 say none. FINAL plan."""

TITLE = "Education, Health and Care Plan - Jasper Thwaite"


def _context(d, text):
    d.para(text, bold=True, italic=True)


def build(d):
    d.running_header_footer("Borough of Wharfmoor  \u2014  EHC Plan  \u2014  Jasper Thwaite",
                            footer_left="Final plan issued 10 February 2026",
                            first_page_plain=True)
    d.title("Borough of Wharfmoor", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Name", "Jasper Thwaite"),
        ("Date of birth", "14 March 2014"),
        ("Year group (2025/26)", "Year 7"),
        ("NHS number", "999 613 2047"),
        ("Unique pupil number", "W999200517083"),
        ("Home address", "27 Gillside Row, Wharfmoor, ZY4 8NE"),
        ("Parent / carers", "Rachel Thwaite (mother) and Dominic Eyre (stepfather)"),
        ("Contact", "07700 900583  /  rachel.thwaite@example.org"),
        ("School", "Settlebeck Academy"),
        ("Date of final plan", "10 February 2026"),
        ("Annual review due by", "9 February 2027"),
        ("EHC co-ordinator", "Priya Halloran-Webb, Wharfmoor SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5))

    d.heading("Section A \u2014 Views, interests and aspirations", section="A")
    d.heading("What Jasper told us", level=2)
    d.para("Jasper met the EHC co-ordinator at Settlebeck with his mum in December 2025 and "
           "drew a map of his week while he talked. \"I'm good at Minecraft builds and "
           "drawing comics, and I know loads about sharks. Reading out loud is the worst "
           "thing in the world. At primary I had Mrs Lowe and she got me, but here there are "
           "so many teachers and they all want loads of writing. My hand aches and then I "
           "just stop. I'm rubbish at football so I hide at the back in PE. I want to make "
           "video games or be a marine biologist.\"")
    d.heading("What Jasper's family told us", level=2)
    d.para("Rachel and Dominic describe Jasper as kind, funny and very creative, and a "
           "brilliant big brother to Poppy, who is nine. Since starting secondary school he "
           "has become tearful on Sunday evenings and has started calling himself \"thick\". "
           "They want him to be taught to read and spell properly, to have a way of "
           "getting his ideas down that does not depend on handwriting, and to come home "
           "feeling that he is good at something.")

    d.heading("Section B \u2014 Special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Jasper has dyslexia, identified by the educational psychologist in November "
           "2025. His verbal reasoning is in the high-average range, but his phonological "
           "processing and working memory scores are well below average. He reads at about "
           "the level expected of an eight-year-old, decoding unfamiliar words letter by "
           "letter, and he loses his place on a page. His spelling is largely phonetic and "
           "he cannot yet spell many common irregular words. He struggles to copy from the "
           "board and to remember homework instructions given aloud. In maths he "
           "understands concepts well but has not secured his times tables, which slows "
           "every written calculation.")
    d.heading("Physical and sensory", level=2)
    d.para("Jasper has developmental coordination disorder (dyspraxia), diagnosed by the "
           "community paediatrician in 2022. His handwriting is slow (about 9 words a "
           "minute) and tiring, and becomes hard to read after a few lines. He finds rulers, "
           "compasses and practical equipment in science and food lessons difficult to "
           "control. He takes much longer than his peers to get changed for PE, has poor "
           "balance and ball skills, and often bumps into people in crowded corridors.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Jasper has low self-esteem. He compares himself unfavourably with his peers, "
           "describes himself as stupid, and avoids any task he thinks he might fail, "
           "especially reading aloud and team games. He has a small group of friends from "
           "primary school but has not yet made new friends at Settlebeck and spends many "
           "lunchtimes alone. When he feels exposed he becomes silent or jokes to deflect "
           "attention.")

    d.heading("Section C \u2014 Health needs", section="C")
    d.para("Developmental coordination disorder, diagnosed by Wharfmoor Community "
           "Paediatrics in 2022 and reviewed annually. Jasper has mild asthma, controlled "
           "with a preventer inhaler at home and a reliever inhaler when needed. His "
           "optician has noted that he finds it hard to track text across a line and has "
           "referred him to the hospital orthoptist.")

    d.heading("Section D \u2014 Social care needs", section="D")
    d.para("Jasper has no social care needs arising from his special educational needs. "
           "The family is not known to children's social care.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 3 unless a date is given. "
           "Settlebeck's SENCO will set smaller steps towards each one every term and "
           "share them with Jasper and his parents.")
    d.numbered([
        "By the end of Year 8, Jasper will read a passage at Year 6 level aloud at 90 words per minute with at least 95% accuracy.",
        "By July 2027, Jasper will touch-type at 25 words per minute and use this to produce a 300-word piece of homework each week.",
        "Jasper will improve his handwriting.",
        "By the end of Year 7, Jasper will get changed for PE within 8 minutes without adult help.",
        "Jasper will feel more confident.",
        "By March 2027, Jasper will name three things he is good at and will put his hand up to answer a question at least once in every English lesson.",
        "Jasper will receive ELSA sessions each week.",
        "Jasper will stop calling himself stupid.",
    ], fmt="E{n}")

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("This provision is to be made in term time for as long as this plan is "
           "maintained. It is set out according to where in Jasper's school week it "
           "happens.")

    _context(d, "In English, humanities and language lessons")
    d.numbered([
        "Jasper will be taught reading and spelling through the Units of Sound programme in a group of no more than five pupils, three 30-minute sessions a week during morning registration and tutor time, by a specialist dyslexia teacher holding AMBDA.",
        "Key vocabulary for new topics may be pre-taught where this fits with the department's planning.",
        "Every subject teacher will give Jasper a printed copy of the lesson's key notes and the homework task at the start of each lesson, so that he is not copying from the board.",
    ], start=1, fmt="({n})")

    _context(d, "In maths lessons")
    d.numbered([
        "For the first 15 minutes of every maths lesson (four lessons a week), a teaching assistant who has completed the school's Precision Teaching training will run Precision Teaching probes with Jasper on multiplication facts; his maths teacher checks the score chart each Friday.",
        "Maths will be taught in a smaller set where possible.",
    ], start=4, fmt="({n})")

    _context(d, "In practical subjects and PE")
    d.numbered([
        "An adult will be on hand during practical work in every science, design and technology and food lesson, helping Jasper to use equipment safely.",
        "Jasper will keep a sloping writing board, a Stabilo EASYgraph pen and a ruler with a raised grip for use in all lessons. The SENCO will check at the start of each half-term that these are in his bag and in working order.",
        "PE will be differentiated for Jasper as appropriate.",
        "Direct occupational therapy from an HCPC-registered occupational therapist commissioned by the Borough of Wharfmoor: one 45-minute 1:1 session per fortnight in school, working on ball skills, balance and the sequence of getting changed for PE.",
    ], start=6, fmt="({n})")

    _context(d, "Writing and recording")
    d.numbered([
        "Touch-typing lessons on the English Type programme in the IT suite for the first 20 minutes of lunchtime on Mondays, Wednesdays and Fridays, supervised by an HLTA trained in teaching touch-typing, who will record Jasper's typing speed every fortnight.",
        "Jasper will have access to a laptop if required.",
        "Extra time in tests, at the discretion of the SENCO.",
    ], start=10, fmt="({n})")

    _context(d, "Confidence and well-being")
    d.numbered([
        "Jasper would benefit from a mentor to build his self-esteem.",
        "A trained Emotional Literacy Support Assistant, who has half-termly supervision from the educational psychologist, will see Jasper 1:1 in the Nest room for 40 minutes once a week across the autumn and spring terms, working on his self-talk, recognising his strengths and planning what to say when work feels too hard.",
        "A self-esteem group, with the details to be agreed once the pastoral team has assessed Jasper.",
        "A check-in with his form tutor at 8:40 each day, initially, to go through the day's timetable and what he needs in his bag.",
    ], start=13, fmt="({n})")

    _context(d, "Moving around school and unstructured times")
    d.numbered([
        "Jasper's subject teachers will release him two minutes before the end of each lesson, with a friend of his choice, so that he reaches his next room before the corridors fill; this is printed on his timetable card.",
        "Lunchtime club opportunities in the library to help Jasper make friends.",
    ], start=17, fmt="({n})")

    _context(d, "Specialist advice")
    d.numbered([
        "The Wharfmoor Specialist Literacy Service will provide advice and training to staff, subject to capacity.",
        "Strategies from the educational psychologist's report of 3 November 2025 will be used across the curriculum.",
    ], start=19, fmt="({n})")

    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "A salbutamol reliever inhaler, two puffs as required for asthma, kept in Jasper's bag with a named spare in the medical room; first aiders follow his written asthma plan.",
        "Annual review of his developmental coordination disorder by the community paediatrician at Wharfmoor Community Paediatrics.",
        "An orthoptic assessment of Jasper's eye tracking, once he reaches the top of the hospital orthoptics waiting list.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No social care needs were identified during the assessment.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Settlebeck Academy, Wharfmoor (mainstream academy for pupils aged 11 to 16).")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Views of Jasper and his parents \u2013 recorded by P. Halloran-Webb, 11 December 2025",
        "Educational advice \u2013 Mr D. Oyelaran, SENCO, Settlebeck Academy, 28 November 2025",
        "Psychological advice \u2013 Dr Sunniva Marsh, Educational Psychologist, 3 November 2025",
        "Medical advice \u2013 Dr K. Ferreira-Lund, Community Paediatrician, 19 November 2025",
        "Occupational therapy advice \u2013 Wharfmoor Children's Therapy Service, 24 November 2025",
        "Specialist teacher advice \u2013 Wharfmoor Specialist Literacy Service",
        "Social care advice \u2013 Wharfmoor Children's Services, Front Door team, 17 November 2025",
    ])
