"""Quarrydene City Council - secondary plan, Year 8 pupil attending the autism resourced
base of a mainstream academy. Headings are '(A) Views, interests and aspirations' style
(letter in brackets, Word Heading 1). Section F is split into three bulleted lists under
Heading 2 sub-headings: 'Provision in class', 'Provision outside class', 'Therapies'.
FINAL."""

TITLE = "EHC Plan - Reuben Ashcombe"


def build(d):
    d.simple_footer("Quarrydene City Council SEND Service \u2013 this plan is confidential")
    d.title("Quarrydene City Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=21, color="5B2C6F")
    d.table(None, [
        ["Name: Reuben Ashcombe", "Date of birth: 19/05/2013"],
        ["NHS no.: 999 613 2048", "UPN: Q518999920436"],
        ["Address: Flat 2, 9 Kiln Lane, Quarrydene, XJ7 2LP", "Parent: Hannah Ashcombe (mother), tel. 07700 900512"],
        ["School: Harrowgate Academy \u2013 Autism Base", "NC year: Year 8"],
        ["Date of this final plan: 28/11/2025", "Annual review due by: 27/11/2026"],
    ], widths_cm=[8.6, 8.0], bold_first_col=False)

    d.heading("(A) Views, interests and aspirations", section="A")
    d.para("Reuben is twelve. He lives with his mum Hannah and his older sister Lowri. He is an "
           "expert on trains and the London Underground map, and he is teaching himself to code "
           "simple games. He likes routine, facts and dogs.")
    d.para("Reuben's views were gathered by the Base teacher in October 2025, in writing, "
           "because he prefers to type his answers: \"The Base is where I can breathe. Lessons are "
           "OK if I know what is happening and someone explains the work properly. I hate the "
           "canteen and PE changing rooms. I want to work on the railways when I'm older, maybe "
           "designing signals.\"")
    d.para("Hannah says: \"Reuben masks all day and then falls apart at home. We need him to "
           "have a safe person and a safe place, and help to make a friend who shares his "
           "interests.\"")

    d.heading("(B) Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben is autistic (diagnosed 2019). He has a wide vocabulary but takes language "
           "literally, misses inference and sarcasm, and finds it hard to repair a conversation "
           "when a misunderstanding happens. He rarely asks for help and will sit without "
           "working rather than say he does not understand.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben is working at age-related levels in maths and computing. His written work "
           "is short and slow to start; planning an extended answer is very hard for him.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben becomes highly anxious in busy, unstructured settings (corridors, canteen, "
           "changing rooms). When overwhelmed he shuts down and has twice left the school site. "
           "He has no friends in his year group and says he feels lonely.")
    d.heading("Sensory and/or physical", level=2)
    d.para("Reuben is over-sensitive to noise, smells and light touch. He seeks deep pressure "
           "and movement when anxious.")

    d.heading("(C) Health needs related to SEN", section="C")
    d.para("Autism (Quarrydene Neurodevelopmental Service, 2019). Reuben sleeps poorly and is "
           "prescribed melatonin by his GP. He is on the CAMHS waiting list for an anxiety "
           "assessment.")

    d.heading("(D) Social care needs related to SEN or disability", section="D")
    d.para("Reuben needs support to take part in activities outside the home; Hannah, a single "
           "parent, needs regular breaks from caring.")

    d.heading("(E) Outcomes", section="E")
    d.numbered([
        "By the end of Year 9, Reuben will tell a member of staff when he has not understood a task, using words or his help card, in at least four lessons a week.",
        "By July 2026, Reuben will write a planned paragraph of at least eight sentences in English and humanities, using a writing frame, without adult prompting.",
        "Reuben will manage his anxiety better.",
        "By the end of Year 9, Reuben will eat lunch in the Base social area with at least one peer on three days a week.",
        "Reuben will attend the Base social group.",
    ], fmt="E{n}")

    d.heading("(F) Special educational provision", section="F")
    d.para("The provision below is delivered by Harrowgate Academy and its Autism Base, with "
           "therapy commissioned by Quarrydene City Council.")
    d.heading("Provision in class", level=2)
    d.bullets([
        "Reuben is taught in mainstream lessons for English, maths, science, geography and computing, with a learning support assistant from the Autism Base (who has completed the Level 3 autism practice award) sitting with him in every one of these lessons, 18 lessons per week.",
        "Staff will use a range of autism-friendly strategies such as visual supports and reduced language.",
        "Every subject teacher gives Reuben the lesson's instructions in writing, on a card or on his laptop, as well as saying them, in every lesson.",
        "A differentiated curriculum with work pitched at the right level.",
        "A laptop with Clicker 8 and subject writing frames set up by the Base teacher, for Reuben's sole use in all lessons; the Base learning support assistant charges it and checks it at the start of each day.",
        "Reuben may have extra time to complete written tasks.",
        "For all internal tests and end-of-year exams: 25% extra time, rest breaks and a separate room with no more than six students, arranged by the exams officer and the SENCO.",
    ])
    d.heading("Provision outside class", level=2)
    d.bullets([
        "Reuben will spend tutor time (8:40 to 9:00) and the whole lunch break every day in the Autism Base, supervised by one of the Base learning support assistants (all of whom hold the Level 3 autism practice award), with a choice of quiet reading or the Base Lego club.",
        "Reuben can access the Base when needed to calm down.",
        "Every Wednesday, a 50-minute social communication group in the Base using the Talkabout programme, for no more than five students, led by the Base teacher.",
        "Mentoring with a learning mentor, 2\u20133 times each half-term.",
        "Zones of Regulation sessions, 1:1 with the school's ELSA (trained by Quarrydene Educational Psychology Service), every week for 40 minutes, reducing to fortnightly once Reuben is more settled.",
        "Sensory circuits every morning at 8:25 for 15 minutes in the Base hall, in a group of no more than four students, run by a Base learning support assistant trained by an HCPC-registered occupational therapist.",
        "Reuben will be encouraged to attend a lunchtime club of his choice.",
    ])
    d.heading("Therapies", level=2)
    d.bullets([
        "Speech and language therapy: 30 minutes of direct 1:1 therapy every week in term time from an HCPC-registered speech and language therapist (Quarrydene Children's Therapy Service), working on inference and on repairing conversations, plus a 30-minute review with the Base teacher each half-term.",
        "Occupational therapy consultation to Base staff once a term about Reuben's sensory needs.",
        "Weekly counselling with a school counsellor, subject to funding being agreed.",
        "Music therapy, subject to review after one term.",
    ])

    d.heading("(G) Health provision", section="G")
    d.bullets([
        "Melatonin prescribed and reviewed by Reuben's GP; given at home.",
        "CAMHS anxiety assessment when Reuben reaches the top of the waiting list.",
    ])

    d.heading("(H1) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker from Quarrydene Children with Disabilities Team for 3 hours every "
           "Saturday, to take Reuben to the model railway club and the library.")
    d.heading("(H2) Other social care provision", section="H2")
    d.para("Short breaks for Hannah as agreed with the social worker.")

    d.heading("(I) Placement", section="I")
    d.para("Harrowgate Academy (mainstream academy, secondary), attending its Autism Base "
           "(specially resourced provision for autistic pupils).")

    d.heading("(J) Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("(K) Advice and information", section="K")
    d.bullets([
        "Reuben's views and Hannah Ashcombe's views, 14 October 2025",
        "Educational advice \u2013 Mr D. Sato, Autism Base teacher, Harrowgate Academy, 20 October 2025",
        "Educational psychology advice \u2013 Dr R. Mistry, Educational Psychologist, 3 November 2025",
        "Speech and language therapy advice \u2013 Quarrydene Children's Therapy Service, 30 October 2025",
        "Occupational therapy advice",
        "Health advice \u2013 Dr E. Fairbrother, Community Paediatrician, 22 October 2025",
        "Social care advice \u2013 Quarrydene Children with Disabilities Team, 5 November 2025",
    ])
