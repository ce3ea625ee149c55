"""Dentdale Borough Council - Year 8 pupil with autism, severe learning difficulties and
behaviour that challenges, at a maintained special school. Word Heading 1 headings
'Section A: Views, Interests and Aspirations' (letter, colon, Title Case). Cover details in
a two-column shaded details table. E is numbered E1-E8. Section F is one three-column table
(Area of need | Provision | How much, how often and who) with one row per area of need; each
cell holds lettered paragraphs (a)-(t) and the details for an item sit in the right-hand
cell under the same letter. Separate H1 and H2; a social care direct payment in H1 and J.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Callum Rhydderch"


def build(d):
    d.simple_footer("Dentdale Borough Council  \u2022  Final EHC Plan  \u2022  Callum Rhydderch  "
                    "\u2022  Issued 23 February 2026  \u2022  OFFICIAL-SENSITIVE")
    d.title("Dentdale Borough Council", size=13, color="3B5B2A")
    d.title("Education, Health and Care Plan", size=21, color="3B5B2A")
    d.para("Final plan issued under section 37 of the Children and Families Act 2014",
           italic=True)
    d.details_table([
        ("Child's name", "Callum Rhydderch"),
        ("Date of birth", "14/11/2012"),
        ("Home address", "27 Lowfold Crescent, Dentdale, ZY4 6HP"),
        ("NHS number", "999 318 6624"),
        ("UPN", "K999000162537"),
        ("Parents", "Siobhan Rhydderch and Gareth Rhydderch"),
        ("Contact", "01632 960731 / 07700 900582 / siobhan.rhydderch@example.org"),
        ("School and year group", "Fellside Brow School, Year 8"),
        ("Date of this plan", "23 February 2026"),
        ("Annual review due by", "22 February 2027"),
        ("EHC co-ordinator", "Priya Vasudevan, Dentdale SEN Assessment and Review Team"),
    ], widths_cm=(5.0, 11.5), fill="E4EDDC")

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("Callum's views", level=2)
    d.para("Callum uses a few spoken words, Makaton signs and his PECS book, so his views were "
           "gathered by his class teacher, Ms Okonjo, in January 2026 using a Talking Mat with "
           "photographs, and by watching what he chooses when he is given a free choice.")
    d.para("Callum put the trampoline, the swings, water play, Thomas the Tank Engine videos, "
           "crisps and his dad's car under the 'like' symbol. He put the hall at lunchtime, the "
           "hand dryers, waiting in a line and having his hair cut under 'don't like'. When he "
           "was shown a photo of the school minibus he signed 'go' and smiled. He said "
           "\"train, train\" when he was shown a picture of Dentdale station, which he visits "
           "with his dad on Sunday mornings.")
    d.heading("What Callum's family say", level=2)
    d.para("Siobhan and Gareth describe Callum as loving, cheeky and very determined. He has a "
           "great memory for routes and for the order of things, and he knows every stop on the "
           "Dentdale line. His sister Megan, who is 15, says he is the funniest person in the "
           "house when he is happy.")
    d.para("His parents are worried that Callum hurts people when he cannot make himself "
           "understood, and that as he grows bigger this will stop him going out. They want him "
           "to be able to tell them what he wants and what hurts, to be dry in the day, and to "
           "eat a wider range of food. Looking further ahead, they hope he will live in a "
           "supported home near the family, have people around him who understand him, and "
           "spend his days doing something active that he enjoys, perhaps volunteering on the "
           "heritage railway.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum is autistic. He uses around 20 single spoken words, mostly names of foods "
           "and favourite objects, and about 15 Makaton signs. He exchanges a picture with an "
           "adult to ask for things he can see (PECS Phase 4 with one familiar adult) but does "
           "not yet build a sentence strip, and he does not ask for things that are out of "
           "sight. He understands short, familiar phrases linked to routine ('coat on', 'time "
           "for lunch') but not longer instructions, questions or unfamiliar words. When he "
           "cannot get his message across he may grab, scream or hit out. He rarely looks to "
           "adults to share interest and finds it very hard to wait or take turns.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum has severe learning difficulties. He is working within the school's "
           "pre-formal and early semi-formal stages (broadly the early years developmental "
           "stages of 16 to 26 months). He matches identical objects and photographs, "
           "completes inset puzzles of up to six pieces and will work at a table for about "
           "three minutes on a task he likes. He does not yet count with one-to-one "
           "correspondence, recognise any written words apart from his name, or sequence "
           "more than two pictures. He learns best with a clear visual structure, a short "
           "task and an immediate reward.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum shows behaviour that challenges several times each day: hitting, biting "
           "his own hand and adults' arms, throwing objects and dropping to the floor. School "
           "records show 46 incidents in the autumn term 2025, six of which needed physical "
           "intervention. Most incidents happen at transitions, in queues, in the noisy hall, "
           "when a preferred activity ends or when an unfamiliar adult works with him. He "
           "finds it very hard to calm himself once he is distressed and can take up to 40 "
           "minutes to settle. He does not seek out other pupils but enjoys rough-and-tumble "
           "play with adults he knows.")
    d.heading("Sensory and physical", level=2)
    d.para("Callum seeks deep pressure and movement: he jumps, spins, presses himself into "
           "corners and chews his sleeves. He is distressed by sudden loud sounds (hand "
           "dryers, the fire bell, people singing together) and covers his ears or runs. His "
           "gross motor skills are a strength, but he has no sense of danger near roads or "
           "water. His fine motor skills are weak: he uses a fisted grasp on pencils and "
           "cannot yet manage zips or buttons.")
    d.heading("Independence and self-care", level=2)
    d.para("Callum is not yet toilet trained in the day; he wears pull-ups and does not show "
           "that he needs the toilet, but he is dry for up to two hours at a time. He needs "
           "an adult to dress him for outdoor play and at home time. He eats a very narrow "
           "range of foods (about eight, all dry and beige) and will leave the table if a new "
           "food is put on his plate. He needs two adults to keep him safe in the community.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Callum was diagnosed with autism at the Dentdale Child Development Centre in "
           "2016, and with severe learning difficulties in 2019. He has mild asthma, "
           "controlled with a brown preventer inhaler at home and a blue reliever inhaler "
           "when needed. He has long-standing constipation, treated with a daily laxative, "
           "and his pain from constipation is thought to add to his distress on some days. He "
           "sleeps poorly (often waking at 3am) and is prescribed melatonin. His restricted "
           "diet is a concern: his weight has dropped from the 25th to the 9th centile in the "
           "last year.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Callum is a disabled child and was assessed by the Children with Disabilities "
           "Team in November 2025. He needs two adults with him whenever he is out in the "
           "community, and the family cannot go out together as a family of four. Callum's "
           "sleep means his parents are often up in the night, and they told the social "
           "worker they are exhausted. Megan helps a great deal with her brother and has "
           "been offered a young carers' assessment.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 3 (July 2027) unless a different "
           "date is given. Fellside Brow will break each outcome into half-termly steps on "
           "Callum's Individual Learning Plan and send the steps home.")
    d.numbered([
        "By the end of Year 9 (July 2027), Callum will use his PECS book to build a two-symbol sentence strip ('I want' + item) to ask for a preferred item from an adult who is in another part of the room, on four out of five occasions.",
        "Callum will improve his communication skills.",
        "By July 2027, Callum will complete a work station of three tasks from left to right and put each finished task in the 'finished' box, without an adult physically guiding his hands.",
        "Callum will stop hitting and biting staff.",
        "By the end of the spring term 2027, Callum will show his 'break' card to an adult to leave a noisy room, instead of hitting out, on at least 8 of 10 observed occasions.",
        "Callum will be supported to use the toilet.",
        "By July 2027, Callum will put on his coat and Velcro shoes by himself at home time on four days out of five.",
        "Callum will try new foods.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Each row of the table covers one area of Callum's needs in Section B. The letter "
           "in the right-hand column matches the letter of the provision it describes. All of "
           "this provision is to be made at Fellside Brow School in term time (39 weeks a "
           "year) for as long as this plan is in force, unless a row says otherwise.")
    d.table(["Area of need", "Provision", "How much, how often and who"], [
        ["Communication and interaction",
         "(a) Direct speech and language therapy using PECS (moving Callum from Phase 4 to Phase 5, answering 'What do you want?') and Makaton signing, delivered 1:1 in the classroom.\n"
         "(b) A voice output communication aid may be considered once Callum has been assessed for one.\n"
         "(c) Attention Autism sessions (stages 1 to 3: the 'bucket', the attention builder and turn-taking) in a group of no more than four pupils.\n"
         "(d) Opportunities to practise requesting with familiar adults throughout the school day.",
         "(a) One 30-minute session each week, by an HCPC-registered speech and language therapist from the Dentdale Children's Therapy Partnership.\n"
         "(b) Following AAC assessment \u2013 to be confirmed by the SaLT.\n"
         "(c) 20 minutes every morning at 9:30, led by the class teacher, who has completed accredited Attention Autism training.\n"
         "(d) Ongoing \u2013 class staff."],
        ["Cognition and learning",
         "(e) A personalised, sensory-based curriculum differentiated to his level.\n"
         "(f) 1:1 teaching of early number (matching, counting to five with one-to-one correspondence and recognising the numerals 1 to 5) using Numicon at a TEACCH-style work station with a left-to-right 'finished' box.\n"
         "(g) Small group literacy work on early reading: photographs, symbols and his own name.",
         "(e) All lessons, in line with the school's SLD curriculum pathway; class teacher.\n"
         "(f) 15 minutes every school day straight after lunch, by a teaching assistant trained in TEACCH structured teaching; the class teacher sets and checks the programme each half-term.\n"
         "(g) Several times a week; teaching assistant."],
        ["Social, emotional and mental health (behaviour that challenges)",
         "(h) A written Positive Behaviour Support plan setting out Callum's known triggers (queues, hand dryers, unexpected visitors), his early warning signs and the agreed response to each.\n"
         "(i) Two adults who know Callum well, both trained in Team Teach positive handling, with him whenever he is out of the classroom, including breaks, lunch and moving between rooms.\n"
         "(j) 1:1 support in class to manage his behaviour.\n"
         "(k) Access to a calm room when he becomes dysregulated.\n"
         "(l) Input from the Dentdale Behaviour and Autism Outreach Team.",
         "(h) Written by the assistant headteacher, who holds a BILD-accredited certificate in Positive Behaviour Support; re-issued every half-term, and within five school days of any incident involving physical intervention, after a meeting with Callum's parents.\n"
         "(i) 2:1 every school day at morning break (10:40\u201311:00), lunch (12:15\u201313:00) and every change of room; Team Teach training refreshed every two years.\n"
         "(j) High level, reducing as his behaviour settles; teaching assistant.\n"
         "(k) When needed.\n"
         "(l) Frequency to be agreed with school."],
        ["Sensory and physical",
         "(m) A sensory diet written by the occupational therapist: a movement break on the trampette, a weighted-ball carry and wall push-ups before each teaching block.\n"
         "(n) The occupational therapist will visit school to advise the class team on sensory strategies.\n"
         "(o) Ear defenders, a weighted lap pad and other sensory equipment as recommended in the OT report of 3 December 2025.\n"
         "(p) Swimming lessons at Dentdale Leisure Centre to build water confidence and gross motor skills, if staffing permits.",
         "(m) 10 minutes twice every school day (9:15 and 13:15), carried out by a teaching assistant whom the occupational therapist has trained in the routine; the OT updates the diet each term.\n"
         "(n) Annual visit; NHS occupational therapist.\n"
         "(o) As required, kept in his classroom.\n"
         "(p) Weekly in the summer term; PE staff."],
        ["Independence and self-care",
         "(q) A toileting routine taught with a six-photo sequence strip (from 'pull down' to 'wash hands'), taking Callum to the toilet at fixed times rather than waiting for him to show distress.\n"
         "(r) Support at lunchtime to widen the range of foods he will eat.\n"
         "(s) Callum would benefit from community visits (the corner shop, a caf\u00e9 and the park) to practise road safety and waiting.\n"
         "(t) Dressing practice (coat on and zipped, Velcro shoes on) taught by backward chaining at the end of each day.",
         "(q) Five times every school day (9:00, 10:45, 12:10, 13:30 and 14:50), by a male teaching assistant from his class who has completed the school's intimate care training.\n"
         "(r) Daily; lunchtime staff.\n"
         "(s) Termly where possible; class teacher.\n"
         "(t) 10 minutes every school day at 15:00, 1:1 with a teaching assistant who has been shown the chaining steps by the occupational therapist."],
    ], widths_cm=[3.0, 7.3, 6.3], font_size=9.5)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "A salbutamol (blue) inhaler with a spacer, kept in Callum's classroom and given as required by staff trained by the school nurse, following his asthma care plan.",
        "Review every 12 months by Dr A. Lindqvist, Consultant Community Paediatrician, Dentdale Child Development Centre, covering his sleep, constipation and growth.",
        "Dietetic advice if Callum's weight continues to fall.",
        "Support from the Learning Disability CAMHS team when capacity allows.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for 4 hours every other Saturday, so that Callum can go swimming "
           "and to the park with his dad and a second adult, funded through a social care "
           "direct payment of \u00a3128 a fortnight paid to Mrs Rhydderch.")
    d.heading("Section H2: Any Other Social Care Provision", section="H2")
    d.para("Overnight short breaks at Hawthorn Lodge residential short break unit.")

    d.heading("Section I: Placement", section="I")
    d.para("Fellside Brow School, Dentdale (maintained special school for pupils aged 11 to 19 "
           "with severe and profound learning difficulties and autism).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Mrs Rhydderch receives a social care direct payment of \u00a3128 a fortnight to "
           "employ the support worker in Section H1, which meets Callum's social care needs "
           "in Section D. No personal budget has been requested for the provision in Section F.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Parents' views \u2013 Siobhan and Gareth Rhydderch, 5 December 2025",
        "Callum's views \u2013 gathered by Ms T. Okonjo, class teacher, 14 January 2026",
        "Educational advice \u2013 Mr D. Fairclough, Deputy Headteacher, Fellside Brow School, 8 December 2025",
        "Psychological advice \u2013 Dr Imogen Serrano, Educational Psychologist, 11 December 2025",
        "Medical advice \u2013 Dr A. Lindqvist, Consultant Community Paediatrician, 1 December 2025",
        "Speech and language therapy advice \u2013 Dentdale Children's Therapy Partnership, 9 December 2025",
        "Occupational therapy advice \u2013 Ms R. Bhattacharya, Occupational Therapist, 3 December 2025",
        "Social care advice \u2013 Children with Disabilities Team, 27 November 2025",
        "Behaviour and Autism Outreach Team \u2013 observation notes",
    ])
