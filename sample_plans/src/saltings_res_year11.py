"""Saltfleet County Council - AMENDED final plan after an annual review. Headings are
'F – Special educational provision' (letter, en dash, title; Word Heading 1) with H1/H2
split. Section F is numbered paragraphs (1.-19., numbering continued across bold
sub-headings). Year 11 young person (15, 16 in March 2026) at an independent special school with a 38-week
residential placement; PfA content. (Held-out test plan.)"""

TITLE = "Amended EHC Plan - Dylan Achterley"


def build(d):
    d.simple_footer("Saltfleet County Council  |  Amended EHC Plan  |  Dylan Achterley  |  "
                    "Version 3 (amended following annual review)")
    d.title("SALTFLEET COUNTY COUNCIL", size=14, color="1D4E6B")
    d.title("Amended Education, Health and Care Plan", size=19, color="1D4E6B")
    d.para("FINAL AMENDED PLAN \u2013 issued 27 February 2026 following the annual review "
           "meeting held on 14 January 2026", bold=True)
    d.label_para("Young person: ", "Dylan Achterley")
    d.label_para("Date of birth: ", "12 March 2010 (age 15 at the review; 16 from 12 March 2026)")
    d.label_para("Year group: ", "Year 11")
    d.label_para("NHS number: ", "999 317 0482")
    d.label_para("Home address: ", "Greystone Cottage, 6 Marram Lane, Saltfleet, ZY9 2DW")
    d.label_para("Parents: ", "Anita Achterley and Lewis Achterley")
    d.label_para("E-mail: ", "achterley.family@example.com")
    d.label_para("Date of first plan: ", "8 July 2022")
    d.label_para("This amended plan issued: ", "27 February 2026")
    d.label_para("Next annual review by: ", "13 January 2027")
    d.label_para("SEND officer: ", "Carla Brightwell")

    d.heading("A \u2013 The views, interests and aspirations of Dylan and his parents", section="A")
    d.para("Dylan's views were gathered by his key worker, Sam, using a talking mat and then "
           "checked with Dylan in his own words:")
    d.para("\"I like Brackenholme because it's quiet and people don't shout. I'm good at cooking "
           "pasta and I know all the train times to Kingsfold. I want to go to college to do "
           "catering and have my own flat one day, with a cat. I don't like phone calls or "
           "when plans change without telling me.\"", italic=True)
    d.para("Anita and Lewis say that Dylan has grown in confidence since moving to Brackenholme in "
           "2022. They would like him to leave school able to get to college on his own, cook a "
           "few meals, handle money and have friends he sees outside school. They worry about what "
           "happens when his school placement ends and want planning for college to start now.")

    d.heading("B \u2013 Special educational needs", section="B")
    d.para("Dylan is autistic and has moderate learning difficulties (diagnosed 2017, updated "
           "educational psychology assessment 2025).")
    d.para("**Communication and interaction.** Dylan understands short, literal sentences. He "
           "struggles with idioms, sarcasm and conversations with more than one person, and he "
           "does not know how to put right a misunderstanding. He avoids using the telephone.")
    d.para("**Cognition and learning.** Dylan reads at about a 9-year-old level and works at Entry "
           "Level 3 in English and maths. He needs new skills broken into small steps and practised "
           "in the real setting before he can use them elsewhere.")
    d.para("**Social, emotional and mental health.** Dylan has severe anxiety, especially about "
           "change and the future. When overwhelmed he shuts down, stops eating and may withdraw "
           "to his room for hours.")
    d.para("**Sensory and physical.** He is over-sensitive to noise and some textures and seeks "
           "deep pressure when stressed.")
    d.para("**Preparing for adulthood.** Dylan cannot yet travel alone on public transport, manage "
           "money beyond small purchases, or cook without step-by-step prompting. He has had no "
           "work experience.")

    d.heading("C \u2013 Health needs related to SEN", section="C")
    d.para("Dylan takes sertraline for anxiety, prescribed by the CAMHS psychiatrist. As a young "
           "person with a learning disability he is entitled to an annual health check from his GP.")

    d.heading("D \u2013 Social care needs", section="D")
    d.para("The Saltfleet Disabled Children's Team assessed Dylan in November 2025. He needs adult "
           "support to take part in leisure activities in the community during school holidays, "
           "and a transition assessment for adult social care before he turns 18.")

    d.heading("E \u2013 Outcomes", section="E")
    d.para("Outcomes run to the end of Dylan's time at Brackenholme (July 2026) and into his first "
           "year of further education unless another date is given.")
    d.numbered([
        "By July 2026, Dylan will travel on his own by bus and train from Brackenholme to Kingsfold College and back, on three consecutive trial days.",
        "Dylan will become a chef.",
        "By the end of Year 11, Dylan will cook three hot meals from a picture recipe with no more than one prompt from an adult.",
        "By July 2026, Dylan will achieve Functional Skills English and maths at Entry Level 3.",
        "Dylan will feel less anxious about leaving school.",
        "Dylan will receive careers guidance.",
        "By his next annual review, Dylan will use a budgeting app to keep track of his weekly allowance and will buy his own lunch in a caf\u00e9 at least once a week.",
    ])

    d.heading("F \u2013 Special educational provision", section="F")
    d.para("Brackenholme will deliver the provision below during the 38-week school year. The "
           "local authority remains responsible for securing all of it.")
    d.para("Teaching and learning", bold=True)
    d.numbered([
        "Dylan will be taught in a class of no more than six students by a qualified teacher with two teaching assistants who have completed the school's autism training (SPELL framework), for the full school day of 32.5 hours per week, 38 weeks a year.",
        "English and maths will be taught through Functional Skills in small groups by subject teachers, for five hours a week in each subject.",
        "Dylan will have access to the school's sensory room when he is dysregulated.",
        "A sensory diet devised by the occupational therapist will be followed throughout the waking day, with staff prompting movement breaks as required.",
        "For all Functional Skills and Entry Level assessments, Dylan will have 25% extra time, supervised rest breaks and a room on his own, invigilated by a teaching assistant he knows who has completed JCQ invigilator training.",
    ])
    d.para("Therapies", bold=True)
    d.numbered([
        "Speech and language therapy will be provided within the school's integrated therapy model, according to need.",
        "Direct speech and language therapy with the school's HCPC-registered speech and language therapist, 1:1 for 45 minutes every week in term time, on repairing misunderstandings, understanding idioms and answering interview questions, plus a 30-minute group session with two peers every fortnight practising workplace conversations.",
        "Occupational therapy with an HCPC-registered occupational therapist, 1:1 for 45 minutes every fortnight in the residential training kitchen, teaching Dylan to plan and cook simple meals safely.",
        "Psychological input from the school's clinical team as determined by the clinical lead.",
        "Up to six sessions of counselling a year with the school psychotherapist.",
    ], start=6)
    d.para("Residential provision and waking-day curriculum", bold=True)
    d.numbered([
        "Dylan will board at Brackenholme for four nights a week (Monday to Thursday) for 38 weeks a year, because he needs a consistent waking-day curriculum to transfer skills from the classroom to daily life.",
        "A waking-day curriculum in which residential key workers trained in the SPELL framework teach Dylan independent living skills (doing his laundry, budgeting his weekly allowance and shopping in the village) for at least 90 minutes each evening, Monday to Thursday, working to targets set each half-term by his class teacher.",
        "Evening and weekend enrichment activities will be offered where staffing allows.",
    ], start=11)
    d.para("Preparing for adulthood", bold=True)
    d.numbered([
        "Independent travel training on the route from Brackenholme to Kingsfold College, by a travel trainer accredited by the Saltfleet Travel Training Service, in two 90-minute sessions each week during the spring and summer terms of 2026.",
        "Work experience will be arranged if an employer can be found.",
        "Careers guidance from a careers adviser qualified to Level 6, in two 45-minute 1:1 meetings each term to plan Dylan's move to college, with his parents invited to the spring-term meeting.",
        "Mentoring to support Dylan's transition to college, tapering in the summer term.",
        "Dylan should be supported to use a budgeting app on his phone.",
        "The provision in Dylan's Brackenholme individual learning plan will continue.",
    ], start=14)

    d.heading("G \u2013 Health provision", section="G")
    d.numbered([
        "Sertraline 50 mg each morning, prescribed and reviewed every three months by the CAMHS psychiatrist, and given by residential staff who have completed the school's medication administration training.",
        "Annual learning disability health check with his GP, from age 14.",
    ], fmt="G{n}")

    d.heading("H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker from Saltfleet Family Link for 4 hours every Saturday during school "
           "holidays (13 weeks a year), so that Dylan can go swimming and to the cinema, arranged "
           "by the Saltfleet Disabled Children's Team.")
    d.heading("H2 \u2013 Other social care provision", section="H2")
    d.para("Referral to adult social care for a transition assessment at the appropriate time.")

    d.heading("I \u2013 Placement", section="I")
    d.para("Brackenholme School, Saltfleet (independent special school approved under section 41 "
           "of the Children and Families Act 2014), 38-week residential placement, boarding four "
           "nights a week.")

    d.heading("J \u2013 Personal budget", section="J")
    d.para("Dylan's parents receive a social care direct payment of \u00a396 per week in school "
           "holidays (13 weeks a year) to employ the support worker in H1, meeting his need in "
           "Section D for supported leisure in the community.")

    d.heading("K \u2013 Advice and information", section="K")
    d.para("Advice used for the original plan and for this amendment:")
    d.numbered([
        "Views of Dylan and his parents \u2013 annual review, 14 January 2026",
        "Annual review report \u2013 Brackenholme School (Head of Care and class teacher), 6 January 2026",
        "Educational psychology advice \u2013 Dr Imelda Sorensen, Educational Psychologist, 18 September 2025",
        "Speech and language therapy report \u2013 Brackenholme therapy team, December 2025",
        "Occupational therapy report \u2013 Brackenholme therapy team",
        "Medical advice \u2013 Dr R. Nakamura, CAMHS psychiatrist, 3 December 2025",
        "Social care assessment \u2013 Saltfleet Disabled Children's Team, 21 November 2025",
        "Preparing for adulthood and careers advice \u2013 Joanne Pike, Careers Adviser, 9 January 2026",
    ])
