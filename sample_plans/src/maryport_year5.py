"""Thornbarrow Borough Council - Year 5 pupil with ADHD and a developmental language
disorder at a mainstream community primary school. Word Heading 1 headings in title case
with the child's name ('Section B: Ellis's Special Educational Needs'). Running header with
name and DOB, 'Page X of Y' footer. Cover details in a two-column details table. E is
numbered E1-E8. Section F is one run of numbered paragraphs 1-20 that continues across
Heading 2 area-of-need sub-headings; each area opens with an italic 'Outcomes supported:'
line, and many items are followed by indented Word sub-bullets ('How often and for how
long: ...' / 'Who: ...') while others carry everything in the sentence itself. Separate H1
and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ellis Rathbone"


def _item(d, n, text, often=None, who=None):
    d.numbered([text], start=n)
    subs = []
    if often:
        subs.append("How often and for how long: " + often)
    if who:
        subs.append("Who: " + who)
    if subs:
        d.bullets(subs, style="List Bullet 2")


def build(d):
    d.running_header_footer("Thornbarrow Borough Council  |  EHC Plan  |  Ellis Rathbone  |  DOB 22/02/2016",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Thornbarrow Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Ellis Rathbone"),
        ("Date of birth", "22/02/2016"),
        ("NHS number", "999 604 7315"),
        ("UPN", "Z999001357924"),
        ("Home address", "14 Cobble Wynd, Thornbarrow, ZY4 6DP"),
        ("Parents / carers", "Kirsty Rathbone (mother, lives with Ellis); Daniel Rathbone (father, sees Ellis every other weekend)"),
        ("Contact", "01632 960731 / 07700 900582, kirsty.rathbone@example.org"),
        ("School and year group", "Maryport Lane Primary School, Year 5"),
        ("Date this plan was finalised", "12 January 2026"),
        ("Annual review to be held by", "11 January 2027"),
        ("SEND case officer", "Priya Hallworth-James, Thornbarrow SEND Assessment Team"),
    ])

    d.heading("Section A: Ellis's Views, Interests and Aspirations", section="A")
    d.heading("What Ellis told us", level=2)
    d.para("Ellis shared his views with Mrs Quigley, his teaching assistant, over two short "
           "chats in November 2025, using a 'thumbs' scale and drawings. She wrote down his "
           "words exactly.")
    d.para("\"I'm good at football and Minecraft and I know loads about sharks. I don't like "
           "it when Mr Breen talks for ages because my brain goes off somewhere else and then "
           "I don't know what to do, and I get told off. Writing makes my hand hurt. I like "
           "the mornings best. When I'm big I want to play for Thornbarrow Rovers or be a "
           "shark scientist.\"")
    d.heading("What Ellis's parents told us", level=2)
    d.para("Kirsty describes Ellis as kind, funny and fiercely loyal to his little sister, "
           "Maisie. She says he has started to call himself 'thick' and is losing confidence. "
           "She would like him to be able to explain himself when he gets into trouble, to "
           "keep at least one close friend, and to be ready for secondary school by the end "
           "of Year 6. Daniel agrees and adds that Ellis copes far better when he knows what "
           "is coming next.")

    d.heading("Section B: Ellis's Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Ellis has a developmental language disorder (Thornbarrow Children's Speech and "
           "Language Therapy Service, 2023). On the CELF-5 in October 2025 his receptive "
           "language score was at the 5th centile and his expressive language at the 2nd "
           "centile. He misses key words in instructions of more than two parts, does not "
           "reliably understand 'how' and 'why' questions, and cannot yet explain the reason "
           "for something using 'because'. His spoken sentences are short and often lack "
           "linking words, and when he retells an event the listener has to guess the order "
           "of what happened. He has a limited topic vocabulary in science, history and "
           "geography.")
    d.heading("Cognition and learning", level=2)
    d.para("Ellis has ADHD, combined presentation (diagnosed by the community paediatrician "
           "in March 2024). He can attend to an adult-led task for three to four minutes "
           "before he needs a prompt. He reads at about a Year 3 level. His spelling is well "
           "below age expectations: in December 2025 he spelled 31% of the Year 3/4 statutory "
           "words correctly. He struggles to hold number facts and the steps of written "
           "methods in mind and is working at a Year 3 level in maths.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ellis is impulsive and shouts out or leaves his seat several times in most "
           "lessons. Playtimes are hard for him: he misreads rough play and has been involved "
           "in an incident most weeks this term. When he is told off he becomes very upset "
           "and cannot say what happened. He has low self-esteem about his learning.")
    d.heading("Sensory and physical", level=2)
    d.para("Ellis fidgets constantly and seeks movement. His handwriting is slow, heavily "
           "pressured and hard to read, and he complains that his hand hurts after five "
           "minutes of writing. He has not yet been assessed by an occupational therapist.")

    d.heading("Section C: Ellis's Health Needs", section="C")
    d.para("Ellis has ADHD and takes modified-release methylphenidate each morning at home, "
           "prescribed by Dr Gareth Pryce, community paediatrician. The medication has "
           "reduced his appetite and his growth is being monitored. He has a developmental "
           "language disorder (see Section B). He has no other health needs.")

    d.heading("Section D: Ellis's Social Care Needs", section="D")
    d.para("Kirsty is a single parent who works part time and cares for Ellis and Maisie "
           "on her own during the week. A child in need assessment (Thornbarrow Children's "
           "Services, October 2025) found that Ellis needs adult support to take part in "
           "holiday activities safely because of his impulsivity, and that Kirsty would "
           "benefit from a break during the school holidays.")

    d.heading("Section E: Outcomes for Ellis", section="E")
    d.para("The outcomes below run to the end of Key Stage 2 (July 2027) unless another date "
           "is given. Maryport Lane will set smaller steps towards each one every term and "
           "share them with Kirsty at parents' evenings.")
    d.numbered([
        "By the end of Year 6, Ellis will answer 'why' and 'how' questions about a story read aloud to him, giving a reason with 'because', in 8 out of 10 attempts.",
        "Ellis will develop his vocabulary.",
        "By July 2026, Ellis will spell 80% of the Year 3/4 statutory word list correctly in a dictated test.",
        "By the end of Year 5, Ellis will stay with a written task for 15 minutes with no more than one adult prompt, in 4 out of 5 English lessons.",
        "Ellis will stop shouting out and leaving his seat.",
        "By the end of Year 6, Ellis will use a strategy from his regulation toolkit to calm himself and go back to his learning within 10 minutes, on at least 4 out of 5 occasions.",
        "Ellis will have occupational therapy to help with his handwriting.",
        "Ellis will be a footballer for Thornbarrow Rovers.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Thornbarrow Borough Council will secure the provision below during term time for "
           "as long as this plan is maintained. The items are numbered so that they can be "
           "referred to at reviews.")

    d.heading("Speech, language and communication", level=2)
    d.para("Outcomes supported: E1, E2", italic=True)
    _item(d, 1,
          "Direct speech and language therapy, 1:1 in the school's speech room, working on Ellis's understanding of 'how' and 'why' questions and his use of the linking words 'because', 'so' and 'then' in spoken sentences.",
          "A 40-minute session every week in term time",
          "A speech and language therapist registered with the HCPC, commissioned by Thornbarrow Borough Council from the Children's Speech and Language Therapy Service")
    _item(d, 2,
          "Colourful Semantics and story-retelling practice set by the speech and language therapist, carried out with one other Year 5 pupil.",
          "Three times a week (Monday, Wednesday and Friday afternoons), 20 minutes each time",
          "A teaching assistant who has completed the ELKLAN Language Builders course, working from the therapist's written plan")
    _item(d, 3,
          "A review visit once every half-term lasting 45 minutes, in which the therapist watches the teaching assistant deliver item 2, models any changes and leaves updated written targets for Mr Breen and a one-page note for Ellis's parents.",
          None,
          "The same HCPC-registered speech and language therapist who delivers item 1")
    _item(d, 4,
          "Where possible, Ellis should be pre-taught the key words for each new topic before it is introduced to the class.")
    _item(d, 5,
          "In every lesson, Ellis will have visual supports, for example a visual timetable, word mats and a 'now and next' board.")

    d.heading("Attention and learning", level=2)
    d.para("Outcomes supported: E3, E4", italic=True)
    _item(d, 6,
          "An adult sitting with Ellis in English and maths lessons to break tasks into small steps and help him to start and finish his written work.",
          "A maximum of 8 hours a week",
          "A teaching assistant")
    _item(d, 7,
          "Precision Teaching of the Year 3/4 statutory spelling words, with a one-minute timed probe each day that Ellis records on his own chart.",
          "Every school day, 10 minutes, at 8:50 before registration",
          "An HLTA who has been trained in Precision Teaching by the Thornbarrow Learning Support Service")
    _item(d, 8,
          "Maths catch-up teaching using Numicon to secure place value and number bonds to 100, in a group of no more than four pupils.",
          "Tuesday and Thursday, 30 minutes each session",
          "The school's maths lead, a qualified teacher")
    _item(d, 9,
          "Ellis to be given movement breaks through the day when he needs them.")
    _item(d, 10,
          "An evidence-based attention and self-monitoring intervention, delivered in a small group.",
          "Weekly",
          "Learning mentor")
    _item(d, 11,
          "Sensory and fidget equipment as appropriate.")

    d.heading("Social, emotional and mental health", level=2)
    d.para("Outcomes supported: E5, E6", italic=True)
    _item(d, 12,
          "Each morning before registration, a five-minute check-in with Mrs Quigley, his named teaching assistant, to go through his visual timetable and choose the first calming tool he will use from his regulation plan.")
    _item(d, 13,
          "Zones of Regulation sessions teaching Ellis to recognise and name how alert he feels and to pick a strategy from his toolkit, in a group of no more than five pupils.",
          "Every Thursday afternoon, 30 minutes",
          "The school's ELSA, who holds the ELSA qualification from the Thornbarrow Educational Psychology Service and has half-termly supervision from an educational psychologist")
    _item(d, 14,
          "Ellis can use the nurture room at playtimes if the playground gets too much for him.")
    _item(d, 15,
          "Lunchtime social communication group.",
          "To be arranged by the SENCO once the new timetable is in place",
          "Support staff")
    _item(d, 16,
          "1:1 sessions with the learning mentor to talk through what happened after difficult playtimes and plan what Ellis could do differently next time.",
          "Twice a week for 20 minutes in the autumn term, dropping to once a week when things settle",
          "Learning mentor")
    _item(d, 17,
          "At all times, staff will follow the strategies in Ellis's behaviour support plan and the educational psychologist's report (Appendix 3).")

    d.heading("Sensory and physical", level=2)
    d.para("Outcome supported: E7", italic=True)
    _item(d, 18,
          "Once Ellis has been seen by the occupational therapist, a handwriting and sensory programme will be put in place.")
    _item(d, 19,
          "Touch-typing practice on a typing program, once a laptop becomes free from the school's shared set.",
          "Three 15-minute sessions a week",
          "Teaching assistant")

    d.heading("Moving into Year 6", level=2)
    d.para("Outcome supported: E6", italic=True)
    _item(d, 20,
          "A transition book made with Ellis, with photographs of his Year 6 classroom, teacher, cloakroom peg and lunchtime routine, read through with him in four 15-minute sessions spread over the last two weeks of the summer term.",
          None,
          "Ellis's Year 5 class teacher, Mr Breen")

    d.heading("Section G: Health Care Provision", section="G")
    d.bullets([
        "Review by Dr Gareth Pryce, community paediatrician, every six months to check Ellis's methylphenidate dose, weight, height and appetite.",
        "A place for Kirsty on the six-week 'Understanding ADHD' parent course run by the Thornbarrow Neurodevelopmental Service, starting on 21 April 2026.",
        "Follow-up from the ADHD specialist nurse when the service has capacity.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Five days at the Thornbarrow inclusive summer play scheme each August, from 10:00 "
           "to 15:00, with a support worker from the Children's Disability Team staying with "
           "Ellis throughout each day.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Short breaks for the family as appropriate through the Thornbarrow Family Link "
           "scheme.")

    d.heading("Section I: Placement", section="I")
    d.para("Maryport Lane Primary School, Thornbarrow (mainstream community primary school "
           "maintained by Thornbarrow Borough Council).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Ellis's views, gathered by Mrs D. Quigley, teaching assistant, 18 and 20 November 2025",
        "Parents' views, Kirsty and Daniel Rathbone, 14 November 2025",
        "Educational advice, Mrs H. Oduya, SENCO, Maryport Lane Primary School, 24 November 2025",
        "Psychological advice, Dr Sunita Mahal, Educational Psychologist, 27 November 2025 (Appendix 3)",
        "Speech and language therapy advice, Ms F. Lindqvist, Speech and Language Therapist, 21 November 2025",
        "Medical advice, Dr Gareth Pryce, Community Paediatrician, 19 November 2025",
        "Social care advice, Thornbarrow Children's Services, child in need assessment",
        "Behaviour support plan, Maryport Lane Primary School, September 2025",
    ])
