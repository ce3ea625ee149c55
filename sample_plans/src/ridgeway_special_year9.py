"""Coldharbour County Council - Year 9 young person with severe learning difficulties and
epilepsy at a maintained special school (11-19), amended final plan after the Year 9
annual review, with preparing-for-adulthood provision. Section headings are bold coloured
Normal text with a vertical bar ('Section A | Views, interests and aspirations'); no Word
heading styles. Cover details in a two-column shaded table; plain footer line. E is a
three-column table (Outcome | By when | Preparing for adulthood area), two 'By when' cells
empty. Section F is grouped by who delivers it: each group opens with a bold group title and
an italic 'Delivered by' (or 'Co-ordinated by') line that applies to every item in it, then
a Word auto-numbered list that runs on 1-20 across the groups. One group's line names only
'school staff'; another names a co-ordinator, not a deliverer. Separate H1 and H2. FINAL."""

TITLE = "Education, Health and Care Plan - Reuben Ashdown"

HEAD_COLOUR = "2E5E3E"


def _sec(d, text, sid):
    d.bold_line(text, section=sid, size=13, color=HEAD_COLOUR)


def _sub(d, text):
    d.bold_line(text, size=11)


def _group(d, title, staffing, items):
    d.bold_line(title, size=11.5, color=HEAD_COLOUR)
    d.para(staffing, italic=True)
    d.bullets(items, style="List Number")


def build(d):
    d.simple_footer("Coldharbour County Council  \u2013  Reuben Ashdown  \u2013  Amended final "
                    "EHC plan, 26 January 2026")
    d.title("Coldharbour County Council", size=13, color=HEAD_COLOUR)
    d.title("Education, Health and Care Plan", size=21, color=HEAD_COLOUR)
    d.para("AMENDED FINAL PLAN (following the Year 9 annual review)", bold=True)
    d.details_table([
        ("Name", "Reuben Ashdown"),
        ("Date of birth", "3 March 2012"),
        ("NHS number", "999 642 0197"),
        ("UPN", "K999300218745"),
        ("Address", "Flat 2, 14 Ferrier Street, Coldharbour, XJ3 5TW"),
        ("Parents", "Claire Ashdown and Nathan Ashdown"),
        ("Telephone", "01632 960774 / 07700 900239"),
        ("E-mail", "claire.ashdown@example.org"),
        ("School and year group", "Ridgeway School, Year 9"),
        ("Date of annual review meeting", "4 December 2025"),
        ("Date this plan was issued", "26 January 2026"),
        ("Next annual review due by", "25 January 2027"),
        ("Case officer", "Tomasz Beddoes-Clarke, Coldharbour SEND 0-25 Team"),
    ])

    _sec(d, "Section A | Views, interests and aspirations", "A")
    _sub(d, "Reuben's views")
    d.para("Reuben shared his views with his class teacher using a Talking Mats session and "
           "his PODD communication book on 20 November 2025. He put these things under "
           "\"like\": swimming, buses, the trampoline, music with a strong beat, making toast, "
           "his sister Poppy and his dog. He put these things under \"don't like\": the hall "
           "when it is busy, the hand dryers, waiting, and having his hair washed. When asked "
           "what he wants to do when he is older he pointed to \"bus\", \"caf\u00e9\" and \"money\".")
    _sub(d, "Claire and Nathan's views")
    d.para("Reuben's parents say he is affectionate, determined and has a great sense of "
           "humour. He is happiest when he is busy and moving. They would like him to be as "
           "independent as he can be as an adult: to dress and wash with less help, to stay "
           "safe near roads, to buy something in a shop and perhaps to work in a caf\u00e9 or "
           "a garden centre with support. They worry about his seizures when he is tired or "
           "unwell, about his safety in the community, and about what will happen after he "
           "leaves Ridgeway at 19. They would like him to have more time with other young "
           "people outside school, because at weekends he is often only with the family.")

    _sec(d, "Section B | Special educational needs", "B")
    _sub(d, "Cognition and learning")
    d.para("Reuben has severe learning difficulties. He is working within the early stages of "
           "the Ridgeway semi-formal curriculum: he can match objects and pictures, count "
           "reliably to five and recognise his written name and six Set 1 sounds. He learns "
           "best through short, practical, repeated activities with a clear start and finish. "
           "He needs new skills broken into very small steps and practised in the place where "
           "they will be used. After a seizure his memory and attention are much poorer for the "
           "rest of the day.")
    _sub(d, "Communication and interaction")
    d.para("Reuben uses around 30 single words, some two-word phrases, about 50 Makaton signs "
           "and a PODD communication book. He understands simple instructions in familiar "
           "routines but needs signs and symbols to understand anything new. He cannot yet "
           "reliably tell adults that he feels ill, is in pain or wants something to stop.")
    _sub(d, "Social, emotional and mental health")
    d.para("Reuben becomes distressed when routines change without warning, when he has to "
           "wait, and in noisy spaces. When distressed he may throw objects or drop to the "
           "floor. These incidents have fallen from daily to about twice a week since his "
           "positive behaviour support plan was written in 2025. He enjoys being near other "
           "pupils but rarely starts an interaction with them.")
    _sub(d, "Sensory and physical")
    d.para("Reuben has low muscle tone and poor balance, particularly on uneven ground and "
           "stairs, and he tires quickly on longer walks. He seeks movement and deep pressure "
           "and becomes unsettled if he sits for more than about fifteen minutes. He is "
           "sensitive to sudden loud noises.")
    _sub(d, "Preparing for adulthood")
    d.para("Reuben needs adult help to dress, to manage buttons and zips and to wash. He is "
           "toilet-trained with verbal prompts. He has no awareness of road danger and will "
           "step into the road. He does not yet understand money or the idea of paying. He has "
           "had no work-related learning or careers guidance yet.")

    _sec(d, "Section C | Health needs", "C")
    d.para("Reuben has epilepsy with generalised tonic-clonic seizures (about one a month) and "
           "frequent absence seizures, under the care of the paediatric neurology team at "
           "Coldharbour General Hospital. He takes levetiracetam twice a day and has buccal "
           "midazolam as rescue medication. After a tonic-clonic seizure he usually sleeps for "
           "one to two hours. He chews poorly and eats quickly, and has had two choking "
           "episodes at lunch in the last year.")

    _sec(d, "Section D | Social care needs", "D")
    d.para("Reuben is a disabled child and is known to the Coldharbour Children with "
           "Disabilities Team. He needs an adult with him at all times in the community. His "
           "father works nights and his mother works part-time, and they have asked for help "
           "so that Reuben can take part in leisure activities and so that the family, "
           "including Poppy, can have regular breaks.")

    _sec(d, "Section E | Outcomes", "E")
    d.para("The outcomes below were agreed at the Year 9 review. Ridgeway School will break "
           "each one into half-termly targets on Reuben's individual learning plan.")
    d.table(["Outcome", "By when", "Preparing for adulthood area"], [
        ["Reuben will use his PODD communication book to ask for something he wants, using two symbols together, without a physical prompt, on 8 out of 10 recorded opportunities.",
         "July 2027", "Independent living; friends and community"],
        ["Reuben will walk with an adult from school to the Ridgeway Parade shops, stopping at every kerb and waiting for the green man each time.",
         "By the end of Year 10", "Independent living; community"],
        ["Reuben will make a hot drink and a slice of toast in the training flat by following a five-step symbol sequence, with no more than one spoken prompt.",
         "July 2027", "Independent living"],
        ["Reuben will develop his social skills.",
         "By the end of Key Stage 4", "Friends, relationships and community"],
        ["Reuben will receive physiotherapy.",
         "", "Good health"],
        ["Reuben will stop throwing things when he is upset.",
         "July 2027", "Friends, relationships and community"],
        ["Reuben will tell a familiar adult that he feels unwell or 'funny' by signing or pointing to his 'poorly' symbol, on every occasion observed by staff.",
         "By his next annual review", "Good health"],
        ["Reuben will get a job in a caf\u00e9.",
         "", "Employment"],
    ], widths_cm=[10.4, 2.8, 3.4], font_size=10)

    _sec(d, "Section F | Special educational provision", "F")
    d.para("Reuben is taught in a Key Stage 3 class at Ridgeway School. His provision is set "
           "out below by who delivers it. The line under each group heading applies to every "
           "numbered item in that group unless the item says otherwise. All provision is for "
           "the 39-week school year.")

    _group(d, "Provision in Reuben's class",
           "Delivered by Reuben's class team: a class teacher with qualified teacher status and "
           "three teaching assistants, each holding a Level 3 qualification and trained in "
           "Makaton (Foundation) and Read Write Inc. Phonics. The class has no more than nine "
           "pupils.", [
               "A total communication approach in every lesson and at every change of activity: Makaton signs and symbols used alongside speech, a now-and-next board, and a symbol timetable on Reuben's desk that he checks with a TA at each transition.",
               "Individual reading and number work with a class TA for 20 minutes at 9:30 every school day, using the Read Write Inc. Phonics Set 1 sounds and Numicon to count and match amounts to 10.",
               "Opportunities to join in with community visits, such as trips to the library or the supermarket.",
               "Movement and sensory breaks through the day whenever the team feel he needs one.",
               "Intensive Interaction sessions will be offered where staffing allows.",
               "Reuben's positive behaviour support plan will be followed by the team at all times.",
           ])

    _group(d, "Therapy",
           "Delivered by the Ridgeway School therapy team: a speech and language therapist, an "
           "occupational therapist and a physiotherapist, all registered with the HCPC and "
           "employed by the school.", [
               "Individual speech and language therapy teaching Reuben to use his PODD communication book to make two-symbol requests and to sign 'stop', 'help' and 'poorly': one 30-minute session every week, with his progress reviewed by the therapist each half-term.",
               "A sensory circuit written by the occupational therapist (trampette, wall push-ups and a weighted lap pad), run by a class TA whom the OT has trained, for 15 minutes at 9:00 and again at 13:15 each school day.",
               "Occupational therapy advice to the class team on managing Reuben's sensory needs.",
               "A block of physiotherapy to improve Reuben's balance and stamina, with the number and length of sessions to be decided by the physiotherapist after assessment.",
           ])

    _group(d, "Preparing for adulthood",
           "Co-ordinated by the Key Stage 4 Pathways Leader (a qualified teacher), who goes "
           "through this part of the plan with Reuben and his parents each term.", [
               "Travel training on foot along the route from school to the Ridgeway Parade shops, including waiting at the kerb and using the pelican crossing: two 45-minute 1:1 sessions each week with a travel trainer from the council's Independent Travel Team who holds the Level 3 Award in Travel Training.",
               "Cooking in the school's training flat, making a hot drink, toast and a sandwich from symbol recipes: one 60-minute lesson every Wednesday in a group of no more than four pupils, taught by the food technology teacher with one class TA.",
               "Work-related learning in the school caf\u00e9 when appropriate.",
               "Reuben would get a lot out of a community access programme once he is in Year 10.",
               "A person-centred careers meeting each term, 45 minutes long, with Reuben, his parents and a careers adviser who holds a Level 6 Diploma in Career Guidance and Development, using Reuben's symbol book 'Things I like doing'.",
               "Shopping and money skills sessions \u2013 details TBC at the September review.",
               "Dressing and personal care skills practice every day to begin with, dropping back as Reuben gets more independent.",
           ])

    _group(d, "Emotional well-being",
           "Delivered by school staff across the school day.", [
               "Zones of Regulation taught in a group of four pupils, two 30-minute sessions a week (Monday and Thursday afternoons), led by Reuben's class teacher, with his zone colours and three calming choices on a keyring card that he carries.",
               "Support with emotional regulation.",
               "Up to 5 hours a week of extra 1:1 support at breaks and lunchtimes.",
           ])

    _sec(d, "Section G | Health provision", "G")
    d.bullets([
        "Buccal midazolam, given as required under Reuben's epilepsy care plan (2 September 2025) by staff trained by the epilepsy nurse specialist; two trained staff are on site every day and go on every trip.",
        "Review by the consultant paediatric neurologist at Coldharbour General Hospital every six months.",
        "Epilepsy and rescue medication training for Reuben's class team from the epilepsy nurse specialist every September, with a refresher in January.",
        "Dietetic input as appropriate.",
        "An eating and drinking assessment by the NHS dysphagia speech and language therapist when a slot becomes available.",
    ])

    _sec(d, "Section H1 | Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.bullets([
        "A support worker for 3 hours every Saturday morning (10:00 to 13:00) so that Reuben can go swimming at Coldharbour Leisure Centre, paid for through a social care direct payment.",
        "Help to join an after-school club as appropriate.",
    ])
    _sec(d, "Section H2 | Other social care provision", "H2")
    d.bullets([
        "Overnight short breaks at Larchfield House children's short break unit.",
    ])

    _sec(d, "Section I | Placement", "I")
    d.para("Ridgeway School, Coldharbour \u2013 a maintained special school for pupils aged 11 "
           "to 19 with severe and profound and multiple learning difficulties.")

    _sec(d, "Section J | Personal budget", "J")
    d.para("Claire and Nathan Ashdown receive a social care direct payment of \u00a381 per week "
           "to employ the Saturday support worker in Section H1. No personal budget has been "
           "requested for the provision in Section F or Section G.")

    _sec(d, "Section K | Advice and information", "K")
    d.bullets([
        "Reuben's views \u2013 Talking Mats session with Mr D. Hallam-Price, class teacher, 20 November 2025",
        "Parents' views \u2013 Claire and Nathan Ashdown, 25 November 2025",
        "Educational advice and annual review report \u2013 Ms S. Okonkwo-Reid, Deputy Head, Ridgeway School, 4 December 2025",
        "Psychological advice \u2013 Dr P. Lindqvist, Educational Psychologist, 14 October 2025",
        "Medical advice \u2013 Dr A. Farooqui, Consultant Paediatric Neurologist, 7 November 2025",
        "Speech and language therapy advice \u2013 Ridgeway School therapy team, 18 November 2025",
        "Physiotherapy advice \u2013 Ridgeway School therapy team",
        "Social care advice \u2013 Ms R. Venn, Social Worker, Children with Disabilities Team, 27 November 2025",
        "Preparing for adulthood advice \u2013 Ms J. Tennant, Careers Adviser, Coldharbour Careers Service, 1 December 2025",
    ])
