"""Oakridge County Council - DRAFT plan. Headings give only the section title ('Special
educational provision') with no letter; F items numbered '1)'. The draft still names a
school in Placement and contains a template placeholder. Year 3 pupil."""

TITLE = "DRAFT Education, Health and Care Plan - Mateo Serrano"


def build(d):
    d.running_header_footer("DRAFT \u2013 for consultation \u2013 Oakridge County Council EHC Plan \u2013 Mateo Serrano",
                            first_page_plain=False)
    d.title("DRAFT", size=28, color="C00000")
    d.title("Oakridge County Council \u2013 Education, Health and Care Plan", size=17, color="385623")
    d.details_table([
        ("Child's name", "Mateo Serrano"),
        ("Date of birth", "11 December 2017"),
        ("Year group", "Year 3"),
        ("School", "Oakridge Junior School"),
        ("Parents", "Lucia Serrano and Tom Whitcombe"),
        ("Address", "3 Quarry Cottages, Stonebridge, Oakridge, XQ3 9AF"),
        ("E-mail", "lucia.serrano@example.com"),
        ("Date of draft", "16/01/2026"),
    ], fill="E2EFD9")
    d.para("This is a draft plan. Mateo's parents have 15 days to comment on it and to say "
           "which school they would like to be named in the final plan.", italic=True)
    d.page_break()

    d.heading("Views, interests and aspirations", section="A")
    d.para("Mateo is seven and lives with his mum, his stepdad Tom and baby sister Ana. He loves "
           "dinosaurs, drawing maps and anything about volcanoes. He speaks Spanish with his mum "
           "and English at school.")
    d.para("Mateo told us (with pictures): \"I like drawing and the dinosaur book corner. I "
           "don't like the big playground and when people shout. Sometimes my body gets too "
           "hot and angry.\" Mateo would like to be a palaeontologist.")
    d.heading("How to communicate with me", level=2)
    d.bullets([
        "Use my name first and wait until I look at you.",
        "Show me a picture or an object as you say the word.",
        "Give me one instruction at a time and let me repeat it back.",
        "If I am upset, say less. I will talk when my body is calm.",
    ])
    d.heading("What my family says", level=2)
    d.para("His parents want Mateo to be able to say what he needs in words rather than "
           "through his behaviour, to make a friend, and to stay in class for the whole day.")

    d.heading("Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Mateo has a language disorder affecting both languages. He uses short phrases, "
           "often with words in the wrong order, and finds it hard to explain events. He is "
           "waiting for an autism assessment; he has difficulty with turn-taking and reading "
           "others' feelings.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Mateo has frequent episodes of distress (four or five a week), during which he may "
           "hit out, throw equipment or run from the classroom. These usually follow changes, "
           "noise, or not being understood.")
    d.heading("Cognition and learning", level=2)
    d.para("The educational psychologist found that Mateo's non-verbal reasoning is average but "
           "his working memory is very low. He is working at a Year 1 level in reading, writing "
           "and maths.")
    d.heading("Sensory and/or physical", level=2)
    d.para("Mateo appears to be sensitive to noise and seeks heavy movement. No physical needs "
           "have been identified.")

    d.heading("Health needs", section="C")
    d.para("Mateo has been referred to the community paediatrician for an autism assessment. He "
           "has had repeated ear infections and a hearing test is due.")

    d.heading("Social care needs", section="D")
    d.para("None identified.")

    d.heading("Outcomes", section="E")
    d.bullets([
        "By the end of Year 4, Mateo will use sentences of at least five words, in the correct order, when telling an adult about his weekend.",
        "Mateo will be able to regulate his emotions.",
        "By July 2026, Mateo will follow the start-of-day routine (hang up his coat, find his name, sit on the carpet) without adult prompts on four days out of five.",
        "Mateo will take part in a nurture group.",
        "Mateo will not hit other children.",
    ])

    d.para("Oakridge Junior School will set small-step targets towards each outcome every half-term.")
    d.page_break()
    d.heading("Special educational provision", section="F")
    d.numbered([
        "One 40-minute session of direct speech and language therapy each week in term time, delivered 1:1 in school by an HCPC-registered speech and language therapist, working on sentence building with Colourful Semantics.",
        "[insert frequency] sessions of 30 minutes with the speech and language therapist.",
        "Colourful Semantics practice for 15 minutes on the four days without therapy, 1:1 with a teaching assistant who has been trained by the speech and language therapist and is observed by her each half-term.",
        "Mateo will be given opportunities to develop his social interaction skills.",
        "A place in the school's Boxall-model nurture group of no more than ten pupils, run by a teacher and a teaching assistant who have completed the Nurture UK training, every afternoon from 13:15 to 15:15.",
        "Mateo will have a calm space he can go to when dysregulated.",
        "Emotional regulation support, as advised by the educational psychologist.",
        "A 1:1 teaching assistant for 15 hours per week, reducing as Mateo becomes more independent.",
        "A visual timetable on Mateo's desk and a now-and-next board, set up by his 1:1 teaching assistant each morning and used at every change of activity.",
        "Working memory strategies, for example chunking instructions and using visual prompts.",
        "Targeted maths intervention in a small group three times a week.",
        "Numbers Count, delivered 1:1 by the school's trained Numbers Count teacher in three 30-minute sessions a week for one term (12 weeks), starting in January 2026.",
        "An occupational therapy assessment is recommended to look at Mateo's sensory needs.",
        "Mateo is to have adult supervision at lunchtime within existing resources.",
        "A Social Stories book, written by the class teacher with Mateo's parents, for the four situations he finds hardest (assembly, wet play, supply teachers and fire drills), read with him by his 1:1 teaching assistant for five minutes every morning.",
        "Mateo's parents will deliver his home reading programme each evening.",
    ], fmt="{n})")

    d.heading("Health provision", section="G")
    d.bullets([
        "Mateo has been referred for an autism assessment; any health provision is to be confirmed by health.",
        "Hearing test with community audiology in February 2026.",
    ])

    d.heading("Social care provision required under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None identified.")
    d.heading("Other social care provision", section="H2")
    d.para("None identified.")

    d.heading("Placement", section="I")
    d.para("Oakridge Junior School (mainstream maintained junior school).")

    d.heading("Personal budget", section="J")
    d.para("Mateo's parents have asked for a personal budget for speech and language therapy. "
           "The amount will be confirmed in the final plan.")

    d.heading("Advice and information", section="K")
    d.numbered([
        "Parents' views - Lucia Serrano and Tom Whitcombe, 20 October 2025",
        "School advice - Oakridge Junior School, SENCO Mr R. Achebe, 3 November 2025",
        "Educational psychology advice - Dr Imelda Cross, Educational Psychologist, 17 November 2025",
        "Speech and language therapy advice - Oakridge Community SaLT, 6 November 2025",
        "Health advice - Dr P. Sandhu, Community Paediatrician, 12 November 2025",
        "Social care advice - Oakridge Children's Services, 30 October 2025",
    ])
