"""Dalby Vale Borough Council - Year 10 young person (15) with severe learning difficulties
and drug-resistant epilepsy at a maintained special school, amended after the Year 10
annual review, with preparing-for-adulthood provision. Word Heading 1 headings 'Section A:
Title' in sentence case; cover details in a two-column details table. B has area-of-need
and PfA sub-headings. E is numbered E1-E9. Section F opens with a short class-offer
paragraph, then one grid laid out by how often the provision happens: a row per area
(with the outcomes it serves in the first cell) and columns 'Every school day' | 'Every
week' | 'Each half-term, term or year', one or two provisions per cell written as
separate paragraphs. H1 and H2 separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Tyler Brannagh"


def build(d):
    d.simple_footer("Dalby Vale Borough Council  \u00b7  Final EHC Plan (amended)  \u00b7  "
                    "Tyler Brannagh  \u00b7  Issued 9 February 2026")
    d.title("Dalby Vale Borough Council", size=13, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=21, color="2E5E3A")
    d.para("FINAL PLAN \u2013 amended following the annual review held on 24 November 2025",
           bold=True)
    d.details_table([
        ("Name", "Tyler Brannagh"),
        ("Date of birth", "17/11/2010"),
        ("Year group", "Year 10 (Key Stage 4)"),
        ("NHS number", "999 634 2178"),
        ("UPN", "Z999000472615"),
        ("Home address", "27 Copperbeech Walk, Dalby Vale, ZY4 8NP"),
        ("Parents", "Shona Brannagh and Declan Brannagh"),
        ("Telephone", "01632 960731 (home); 07700 900582 (Shona, mobile)"),
        ("E-mail", "shona.brannagh@example.org"),
        ("School", "Greavesbrook School"),
        ("Date of this plan", "9 February 2026"),
        ("Next annual review", "By 23 November 2026"),
        ("EHC co-ordinator", "Priya Lakhani-Ward, Dalby Vale SEND 0\u201325 Team"),
    ], widths_cm=(4.8, 11.8), fill="E2EFDA")

    d.heading("Section A: Views, interests and aspirations", section="A")
    d.heading("What Tyler told us", level=2)
    d.para("Tyler's views were gathered on 10 November 2025 by his class teacher and his "
           "speech and language therapist, using Talking Mats with photographs and Makaton. "
           "He put these on his \"like\" side: swimming, the number 36 bus, Little Mix songs, "
           "working in the tuck shop, chips, his sister Keira and his dog Biscuit. He put "
           "these on his \"don't like\" side: the hand dryer, being rushed, crowds in the hall "
           "and taking his tablets. When he was shown photos of jobs he pointed to a garden "
           "centre and a caf\u00e9 and signed \"work\". When he was shown photos of houses he "
           "chose a flat with friends and signed \"me\" and \"friends\".")
    d.heading("What Shona and Declan told us", level=2)
    d.para("Tyler's parents describe him as affectionate, funny and a creature of habit who "
           "loves routine and music. They say he has come on a lot since moving into the "
           "upper school, especially with signing. Their main worries are his seizures, "
           "which come in clusters and leave him exhausted for a day or two, and how "
           "dependent he still is on adults for dressing and toileting. They would like him "
           "to leave school able to do more for himself, to have some kind of work in a "
           "supported setting, to have friends of his own outside the family and, one day, "
           "to live in supported living near them. Keira, who is 11, said: \"I want Tyler "
           "to be able to come to the shops with me.\"")
    d.heading("How to communicate with Tyler", level=2)
    d.para("Use short sentences with one or two key words, sign the key words, and give "
           "Tyler time (count to ten) before repeating. Show him a photo or symbol of what is "
           "coming next. Tell him before any change, using his \"change\" symbol.")

    d.heading("Section B: Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Tyler understands familiar instructions with two key words in context, such as "
           "\"get your coat\", but not longer or unfamiliar instructions. He uses about 60 "
           "Makaton signs, a few single spoken words (\"more\", \"no\", \"Mum\", \"bus\") and a "
           "symbol communication book, but he rarely starts an interaction and mostly "
           "communicates by leading an adult by the hand. He finds it very hard to make "
           "himself understood by people who do not know him, and becomes distressed when "
           "he is not understood.")
    d.heading("Cognition and learning", level=2)
    d.para("Tyler has severe learning difficulties. He recognises about 20 familiar words and "
           "symbols, can count up to five objects reliably and is beginning to match coins. "
           "He learns best through practical, repeated routines and forgets new learning "
           "quickly, especially after a seizure. He cannot yet use money or follow a "
           "sequence of more than three steps without prompts.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tyler enjoys being with other pupils but does not yet know how to join in, so "
           "he watches from the edge or grabs items to get attention, including other "
           "pupils' food at lunchtime. Noise, crowds and unexpected changes make him anxious; "
           "he then covers his ears, rocks or drops to the floor, and can take 20 minutes to "
           "calm down.")
    d.heading("Sensory and physical", level=2)
    d.para("Tyler's balance is poor, particularly on stairs, uneven ground and after a "
           "seizure, and he has had several falls this year. He eats very quickly and "
           "overfills his mouth, which puts him at risk of choking. His fine motor skills "
           "are limited: he cannot do up buttons or zips, or manage his clothing in the "
           "toilet.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Employment: Tyler has not yet had any work experience outside school and has "
           "had one careers meeting (Year 9). Independent living: he needs an adult's help "
           "with all personal care, cannot make a drink or snack and has never handled money "
           "in a shop. Community: he has no friendships or activities outside school and "
           "family. Health: he cannot yet tell anyone when he feels unwell or senses a "
           "seizure coming.")

    d.heading("Section C: Health needs related to SEN", section="C")
    d.para("Tyler has drug-resistant epilepsy (focal seizures and tonic-clonic seizures, "
           "often in clusters) associated with a chromosome 15q13.3 microdeletion, which is "
           "also the cause of his severe learning difficulties. He takes sodium valproate "
           "and clobazam twice a day, and has buccal midazolam as rescue medication. He "
           "has had 14 recorded seizures at school since September 2025. After a cluster he "
           "is drowsy and unsteady for up to a day. He is under the care of a consultant "
           "paediatric neurologist and will move to adult services at 18. He is overweight, "
           "partly because of his medication and fast eating.")

    d.heading("Section D: Social care needs", section="D")
    d.para("Tyler is a disabled child under section 17 of the Children Act 1989. Because of "
           "his epilepsy and learning difficulties he needs an adult with him at all times "
           "in the community. His parents provide all of his personal care, including at "
           "night after seizures, and they need regular breaks from caring. Tyler needs "
           "support to take part in leisure activities with people his own age.")

    d.heading("Section E: Outcomes", section="E")
    d.para("Greavesbrook School will break each outcome into half-termly steps and share "
           "them with Tyler and his parents at each parents' meeting.")
    d.numbered([
        "By February 2027, Tyler will use a sign, symbol or his communication book to make a two-key-word request (for example \"more juice\") to an unfamiliar adult at least five times each school day.",
        "Tyler will communicate better with his friends.",
        "By July 2027, Tyler will count out coins to pay for an item costing up to \u00a32 in the school tuck shop, correctly on four out of five occasions.",
        "By the end of Year 11, Tyler will complete a 30-minute work task in the tuck shop (restocking shelves from a photo list) with no more than two adult prompts.",
        "By July 2027, Tyler will make a hot squash and a sandwich by following a symbol recipe, with spoken prompts only.",
        "Tyler will work with a travel trainer.",
        "Tyler will stop grabbing other pupils' food at lunchtime.",
        "Tyler will be happy and healthy.",
        "By February 2027, Tyler will show an adult his \"poorly\" symbol when he feels unwell or senses a seizure coming, on every occasion observed by staff.",
    ], fmt="E{n}")

    d.heading("Section F: Special educational provision", section="F")
    d.para("Tyler is taught in a class of no more than eight pupils with a qualified teacher "
           "and three teaching assistants. The grid below sets out the provision he needs in "
           "addition to this, arranged by how often it happens. It applies in term time "
           "(39 weeks a year) for the life of the plan.")
    d.table(["Area (outcomes)", "Every school day", "Every week", "Each half-term, term or year"], [
        ["Communication\n(E1, E2)",
         "Makaton signs and symbols used alongside speech by Tyler's class teacher and both class teaching assistants in every lesson, at break and at lunch; all three have completed Makaton Foundation and Enhancement Workshop training.",
         "One 30-minute 1:1 session of direct speech and language therapy every week in school, with an HCPC-registered speech and language therapist, teaching Tyler to build two-key-word requests with signs and his communication book.\n"
         "A social communication group with other pupils in the department, run by a teaching assistant.",
         "The speech and language therapist will update Tyler's communication passport and advise the class team on new vocabulary each term."],
        ["Learning and work\n(E3, E4)",
         "Literacy and numeracy for 45 minutes every morning in Tyler's class of no more than eight pupils, taught by a qualified teacher with three teaching assistants, using Numicon and symbol-supported reading books matched to his targets.\n"
         "Individual work on money skills (e.g. matching coins, recognising prices, etc.) when time allows in the timetable.",
         "Tuck-shop enterprise every Thursday afternoon from 13:30 to 15:00, in a group of no more than five students, where Tyler takes orders with symbols, handles coins and restocks shelves with 1:1 help from a teaching assistant who has completed the school's Supported Enterprise training.",
         "Once a term, a 45-minute careers guidance meeting for Tyler and a parent with a careers adviser who holds a Level 6 qualification in career guidance and has experience of working with young people with severe learning difficulties, using symbol-supported materials.\n"
         "A work experience placement will be sourced when a suitable local employer can be found."],
        ["Living independently\n(E5, E6)",
         "Each morning on arrival, a 10-minute routine at his locker in which Tyler follows a four-step photo sequence to hang up his coat, put his bag away, wash his hands and choose his snack, prompted by a class teaching assistant from behind rather than in front.\n"
         "Teaching of personal care and toileting routines, with adult help reducing as Tyler becomes more independent.",
         "Cooking in the school's training flat: one 75-minute lesson a week in a group of four pupils, taught by the food technology teacher with one teaching assistant, following symbol recipes towards the ASDAN Personal Progress unit 'Preparing simple food'.\n"
         "Community visits to local shops and caf\u00e9s, up to two hours each week, with a member of staff.",
         "Independent travel training should be considered during Year 11 if Tyler's seizures are well controlled."],
        ["Friends, community and well-being\n(E2, E7)",
         "Tyler can use the sensory room if he becomes anxious or overwhelmed.",
         "Brick-by-Brick LEGO-based play group on Tuesday and Friday lunchtimes for 30 minutes each, with two other pupils, led by a higher level teaching assistant who has completed Brick-by-Brick facilitator training; the sessions practise turn-taking and asking peers for pieces.\n"
         "Tyler may benefit from Intensive Interaction sessions with a familiar adult.",
         "A place on the Year 10 residential visit to Birkmoor Outdoor Centre, with the level of staffing to be decided by the school nearer the time."],
        ["Health and physical\n(E8, E9)",
         "A 20-minute balance and stepping programme, written by the school's HCPC-registered physiotherapist, carried out straight after lunch every school day by a teaching assistant whom the physiotherapist has trained and signs off each term.",
         "Swimming or hydrotherapy, subject to pool availability.",
         "An eating and drinking skills programme, to be agreed with the speech and language therapist at the start of the summer term."],
    ], widths_cm=[2.8, 4.6, 4.7, 4.5], header_fill="E2EFDA", font_size=9, bold_first_col=True)

    d.heading("Section G: Health care provision", section="G")
    d.bullets([
        "Tyler's individual health care plan for epilepsy, written by the epilepsy nurse specialist, is followed by all class staff; buccal midazolam is given as required under that plan by staff trained to administer it, with the training renewed every 12 months.",
        "Review by the consultant paediatric neurologist at Dalby Vale General Hospital every six months, including his medication and seizure records.",
        "An annual learning disability health check with his GP.",
        "Dietetic input as appropriate to help Tyler manage his weight.",
        "Introduction to the learning disability transition nurse, who will plan his move to adult health services, when the service has capacity.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for 3 hours every Saturday afternoon so that Tyler can attend the "
           "Dalby Vale Saturday Youth Club, arranged by the Children with Disabilities Team and "
           "paid for through a social care direct payment.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Overnight short breaks at Fernlea House, as agreed with the family.")

    d.heading("Section I: Placement", section="I")
    d.para("Greavesbrook School, Dalby Vale (maintained special school for pupils aged 11\u201319 "
           "with severe, profound and multiple learning difficulties).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Shona and Declan receive a social care direct payment of \u00a3216 each four weeks "
           "for the Saturday support worker in Section H1. The family have not asked for an "
           "education personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Tyler's views \u2013 gathered by Mrs A. Okonjo (class teacher) and Ms H. Strand (speech and language therapist), 10 November 2025",
        "Parents' views \u2013 Shona and Declan Brannagh, 12 November 2025",
        "Educational advice and annual review report \u2013 Mr G. Pattinson, Deputy Headteacher, Greavesbrook School, 24 November 2025",
        "Psychological advice \u2013 Dr E. Whitlock, Educational Psychologist, 3 October 2025",
        "Medical advice \u2013 Dr S. Ferraz, Consultant Paediatric Neurologist, 28 October 2025",
        "Speech and language therapy advice \u2013 Ms H. Strand, HCPC-registered Speech and Language Therapist, 4 November 2025",
        "Physiotherapy advice \u2013 Mr J. Oduya, Physiotherapist, 6 November 2025",
        "Social care advice \u2013 Dalby Vale Children with Disabilities Team, 14 November 2025",
        "Preparing for adulthood and careers advice \u2013 Dalby Vale Careers Service",
    ])
