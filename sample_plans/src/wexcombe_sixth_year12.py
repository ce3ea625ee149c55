"""Wexcombe County Council - post-16 plan for a Year 12 young person (16) with autism and
selective mutism in a mainstream school sixth form. Word Heading 1 headings in the short
'F: Special educational provision' form (letter and colon, no 'Section'). Section A is
the young person's typed views. Section F is written as prose paragraphs under bold
sub-headings; each sentence is one provision item. FINAL plan."""

TITLE = "Education, Health and Care Plan - Talia Brightwater"


def build(d):
    d.simple_footer("Wexcombe County Council  \u2022  Education, Health and Care Plan  \u2022  "
                    "Talia Brightwater  \u2022  FINAL  \u2022  16/03/2026")
    d.title("Wexcombe County Council", size=14, color="004D61")
    d.title("Education, Health and Care Plan", size=21, color="004D61")
    d.para("Final plan following annual review", bold=True, size=12.5)
    d.details_table([
        ("Young person", "Talia Brightwater"),
        ("Date of birth", "02/03/2009"),
        ("NHS number", "999 781 3302"),
        ("Year group", "Year 12 (sixth form)"),
        ("School", "St Aldhelm's Church of England Academy"),
        ("Parent", "Rachel Brightwater"),
        ("Address", "27 Coldharbour Lane, Wexcombe, ZX9 4NW"),
        ("Contact e-mail", "rachel.brightwater@example.com"),
        ("Date of this final plan", "16/03/2026"),
        ("Next annual review", "by 15/03/2027"),
        ("Plan co-ordinator", "Owain Pritchard, 14-25 SEND Team"),
    ])
    d.para("Talia is over compulsory school age, so she makes decisions about this plan "
           "herself. She asked for her mother to be involved and to receive a copy.",
           italic=True)
    d.page_break()

    d.heading("A: My views, interests and aspirations", section="A")
    d.para("Talia typed her views on her laptop in a meeting with the SENCO on 12 January "
           "2026 and asked for them to be included word for word:")
    d.para("\"I do talk, just not at school. At home I never stop. At school the words get "
           "stuck and the more people wait for them the worse it gets, so please don't wait. "
           "I am happiest when I am drawing, listening to audiobooks or walking our dog. I want "
           "to study illustration at university and one day illustrate children's books. I "
           "would like to live in a flat with friends and have a Saturday job in an art shop, "
           "but I can't do any of that if I can't ask for things. I hate the canteen. It is "
           "like being inside a drum.\"", italic=True)
    d.para("Rachel, Talia's mum, says Talia is talented, thoughtful and far more capable than "
           "school sees. She would like the plan to help Talia find her voice at school, get to "
           "and from places on her own, and be ready to leave home for university.")

    d.heading("B: Special educational needs", section="B")
    d.bold_line("Communication and interaction", size=11.5)
    d.para("Talia is autistic and has selective mutism. She speaks freely at home but has not "
           "spoken to any adult in school since Year 7; she whispers to one close friend when "
           "no one else is near. She communicates at school by writing, typing, nodding and "
           "pointing, and she cannot answer the register, ask for help or join in spoken "
           "discussion. Being expected to speak causes her to freeze. She takes language "
           "literally and finds open-ended group tasks, where the roles are not clear, very "
           "hard to join.")
    d.bold_line("Cognition and learning", size=11.5)
    d.para("Talia is a capable student, predicted B and C grades in A level Art and Design, "
           "English Literature and Psychology. Her difficulties are in planning and organising "
           "long pieces of work: she struggles to break coursework into steps, to estimate how "
           "long tasks will take and to keep track of deadlines across three subjects. She "
           "misses information given out orally at the end of lessons.")
    d.bold_line("Social, emotional and mental health", size=11.5)
    d.para("Talia has high levels of anxiety and had a period of low mood in Year 11. In crowded "
           "or unpredictable situations she can have a shutdown, when she stops responding and "
           "needs to leave the room. She worries a great deal about life after school and "
           "about being judged for not speaking.")
    d.bold_line("Sensory", size=11.5)
    d.para("Talia is very sensitive to noise and to bright fluorescent light. The canteen, "
           "corridors at lesson changes and the sports hall are painful for her, and "
           "flickering lights give her headaches.")
    d.bold_line("Preparing for adulthood", size=11.5)
    d.para("Talia has never travelled on a bus on her own, because she cannot speak to the "
           "driver. She has had no work experience and has not yet started her university "
           "application. She has never cooked a meal and relies on her mother for food, "
           "appointments and money.")

    d.heading("C: Health needs related to special educational needs", section="C")
    d.para("Talia was diagnosed with autism by the CAMHS neurodevelopmental team in 2021. She "
           "takes sertraline for anxiety, prescribed and reviewed by a CAMHS psychiatrist. Her "
           "anxiety affects her sleep and her ability to attend on some days.")

    d.heading("D: Social care needs", section="D")
    d.para("No social care needs were identified. Talia and her mother did not want a social "
           "care assessment.")

    d.heading("E: Outcomes", section="E")
    d.para("These outcomes look ahead to the end of Talia's sixth-form course in July 2027. "
           "The SENCO will agree shorter steps with Talia each term.")
    d.bullets([
        "By July 2027, Talia will say at least one word aloud to three named members of staff in school each week.",
        "Talia will feel less anxious.",
        "By the end of Year 13, Talia will hand in all A level coursework by the school's internal deadlines, using her planner without reminders.",
        "By December 2026, Talia will travel by bus from home to school on her own on five school days in a row.",
        "Talia will go to university to study illustration.",
        "Talia will work with a speech and language therapist.",
        "By July 2026, Talia will cook a simple hot meal for her family from a written recipe once a week.",
    ])

    d.heading("F: Special educational provision", section="F")
    d.para("Wexcombe County Council will secure the following provision in term time for as "
           "long as this plan is maintained.", italic=True)
    d.bold_line("Communication and interaction", size=11.5)
    d.para("Talia will have one 45-minute session each week in term time with an HCPC-registered "
           "speech and language therapist who has specialist training in selective mutism, "
           "using the sliding-in technique to increase, step by step, the number of named staff "
           "she can speak to in school. Between therapy sessions, her key worker, a learning "
           "support assistant trained by the therapist in sliding-in, will run three 15-minute "
           "practice sessions each week in the sixth-form study room, following the therapist's "
           "written steps.")
    d.para("Talia will not be asked to speak in front of a class or to read aloud, and every "
           "teacher will accept written, typed or gestured answers in all lessons.")
    d.para("Small-group work with peers will be arranged where appropriate to build her "
           "confidence in discussions.")
    d.bold_line("Learning and study skills", size=11.5)
    d.para("Talia will meet the sixth-form SENCO for 30 minutes every Monday morning to plan the "
           "week's coursework and deadlines on a shared online planner, communicating in writing "
           "whenever she prefers.")
    d.para("Lesson slides should also be shared with her in advance wherever possible. "
           "Additional study support will be available in the learning resource centre.")
    d.bold_line("Emotional wellbeing", size=11.5)
    d.para("Talia will have a 50-minute counselling session every fortnight in school with a "
           "counsellor from the Wexcombe Young People's Counselling Service who is registered "
           "with the BACP and experienced in working with autistic young people, using typed "
           "conversation when Talia prefers. The number of counselling sessions will be "
           "reviewed after the first term and may be reduced.")
    d.para("She can access a quiet room with a member of staff when she feels overwhelmed. Any "
           "further support for her anxiety will be at the discretion of the head of sixth "
           "form.")
    d.bold_line("Sensory", size=11.5)
    d.para("Talia will have noise-cancelling headphones, bought by the school for her sole use, "
           "which she will be allowed to wear at any time, including in the canteen, in "
           "corridors and in lessons. Sensory strategies, for example dimmed lighting and a "
           "seat near the door, will be put in place by staff.")
    d.bold_line("Preparing for adulthood", size=11.5)
    d.para("Each half-term Talia will have a 40-minute 1:1 guidance session, held by typed chat "
           "if she prefers, with a Level 6 qualified careers adviser from the Wexcombe Careers "
           "Hub, to plan her route into illustration and her university choices. During the "
           "summer term of Year 12, Talia will complete a five-day work experience placement at "
           "Inkwell Print Studio in Wexcombe, set up by the sixth-form careers lead, who will "
           "visit on the first and last days and agree with the studio in advance that Talia "
           "can communicate in writing.")
    d.para("Talia will also be offered travel training so that she can take the bus to school "
           "and, later, to university open days. She will be helped with her UCAS application, "
           "personal statement and art portfolio.")
    d.para("Her parents will teach her to cook simple meals at home as part of developing her "
           "independence.")

    d.heading("G: Health provision", section="G")
    d.bullets([
        "Talia will see her CAMHS psychiatrist every three months to review her sertraline.",
        "Cognitive behavioural therapy for anxiety from CAMHS once a therapist is allocated.",
    ])

    d.heading("H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Talia has not been assessed as needing services under section 2.")
    d.heading("H2: Other social care provision", section="H2")
    d.para("None.")

    d.heading("I: Placement", section="I")
    d.para("St Aldhelm's Church of England Academy, Wexcombe - sixth form (mainstream academy, "
           "11-18), following a two-year A level programme.")

    d.heading("J: Personal budget", section="J")
    d.para("Talia has not requested a personal budget.")

    d.heading("K: Advice and information", section="K")
    d.numbered([
        "Talia's views - typed by Talia with Mrs E. Varga, SENCO, 12 January 2026",
        "Parent's views - Rachel Brightwater, 14 January 2026",
        "Educational advice - St Aldhelm's Church of England Academy, Mrs E. Varga, SENCO, 20 January 2026",
        "Psychological advice - Dr Marcus Lindqvist, Educational Psychologist, 22 January 2026",
        "Medical advice - CAMHS neurodevelopmental team",
        "Speech and language therapy advice - Ms A. Cho, Speech and Language Therapist, 19 January 2026",
        "Preparing for adulthood advice - Wexcombe Careers Hub, 26 January 2026",
        "Social care - assessment declined, 15 January 2026",
    ], fmt="{n})")
