"""Abbotsley Borough Council - Year 1 child with global developmental delay and sensory
processing differences at a mainstream maintained infant school. Word Heading 1 headings
with a colon and a personalised title ('Section F: Special educational provision for
Maisie'). Two-column cover details table with NHS number and UPN; plain footer. E is a
numbered list 1-8. Section F is split by funding route into three parts (school's
delegated SEN budget / LA top-up / commissioned specialist services), each a Heading 2
sub-heading over a four-column table (Provision | Staff and training | Session length |
How often), with some blank cells. Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Maisie Coldwell"

COLS = ["Provision", "Staff and training", "Session length", "How often"]
WIDTHS = [6.4, 4.6, 2.6, 3.0]


def build(d):
    d.simple_footer("Abbotsley Borough Council  \u2022  Final EHC Plan  \u2022  Maisie Coldwell  "
                    "\u2022  Issued 16 March 2026")
    d.title("Abbotsley Borough Council", size=13, color="2E5E3E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E3E")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Maisie Coldwell"),
        ("Date of birth", "14/11/2019"),
        ("NHS number", "999 318 6642"),
        ("Unique pupil number", "H999000561203"),
        ("Home address", "27 Larkspur Road, Abbotsley, ZY4 8NJ"),
        ("Parents", "Hannah Coldwell and Gareth Coldwell"),
        ("Contact", "01632 960318 / 07700 900552  \u2013  hannah.coldwell@example.org"),
        ("School and year group", "Hollins Green Infant School, Year 1"),
        ("Date of final plan", "16 March 2026"),
        ("Annual review to be held by", "15 March 2027"),
        ("EHC co-ordinator", "Priya Lomax-Bentley, Abbotsley SEND Assessment Team"),
    ])

    d.heading("Section A: About Maisie \u2013 views, interests and aspirations", section="A")
    d.heading("What Maisie told us", level=2)
    d.para("Maisie's class teacher, Mrs Okonjo, gathered her views on 14 January 2026 using "
           "photographs of the classroom and a Talking Mat. Maisie put the sandpit, the "
           "swing, \"Mrs Bee\" (her teaching assistant) and the story carpet on the \"like\" "
           "side. She put the hand dryers, the hall at lunchtime, \"big writing\" and "
           "assembly on the \"don't like\" side. When asked what makes her happy at school she "
           "said \"swing, swing, Mrs Bee\" and \"my bunny book\".")
    d.heading("What Maisie's parents say", level=2)
    d.para("Hannah and Gareth describe Maisie as loving, funny and determined. At home she "
           "likes bouncing on the trampoline, feeding the ducks at Abbotsley Mere, and "
           "watching her big brother Freddie (8) play football. She has a big vocabulary for "
           "animals and loves being read to at bedtime.")
    d.para("Her parents worry that Maisie is falling further behind her classmates, that she "
           "is still having accidents at school, and that she comes home exhausted and upset "
           "after noisy days. They would like her to be able to say what she needs, to make "
           "a friend, and to be as independent as possible with dressing and using the "
           "toilet. Their hope for the future is that Maisie will stay at her local school "
           "with her friends for as long as it is right for her, and that one day she will "
           "have a job she enjoys, possibly working with animals.")

    d.heading("Section B: Maisie's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has global developmental delay. The educational psychologist assessed her "
           "in January 2026 (aged 6 years 2 months) and found that most of her skills are "
           "at around the level expected of a child aged 3\u00bd to 4 years. She can count "
           "to five by rote but cannot yet count a set of objects reliably or recognise "
           "numerals beyond 3. In phonics she knows eight letter sounds and cannot yet "
           "blend sounds into words. She can attend to an adult-led activity for about two "
           "minutes and needs to practise a new skill many times before she remembers it.")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie's understanding and use of language are delayed. She follows instructions "
           "with one key word (\"get your coat\") but misses instructions with two or more "
           "key words, especially when they are given to the whole class. She mostly "
           "speaks in one- and two-word phrases, and when she cannot make herself "
           "understood she cries or walks away. She finds it hard to wait for her turn and "
           "to join in with other children's play.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie has sensory processing differences, described by the occupational "
           "therapist. She is very sensitive to loud and sudden noise (hand dryers, the hall "
           "at lunchtime, assemblies) and will cover her ears, hide under a table or run out "
           "of the room. She also seeks movement and deep pressure: she spins, crashes into "
           "cushions and cannot sit on the carpet for more than a minute or two. She holds "
           "a pencil in a fisted grip, cannot yet draw a circle or snip with scissors, and "
           "finds buttons and zips very hard. Her balance is poor; she goes up and down "
           "stairs one step at a time holding the rail and cannot yet jump with two feet "
           "together.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Changes of activity, room or adult upset Maisie. At these times she may drop to "
           "the floor, cry for several minutes or hide, and she needs an adult she knows "
           "to help her calm. She finds the start of the day and lunchtimes particularly "
           "difficult. She plays alongside other children but not yet with them.")
    d.heading("Independence and self-care", level=2)
    d.para("Maisie is not yet toilet trained during the day at school: she does not tell an "
           "adult when she needs the toilet and has two or three wetting accidents most "
           "days. She needs help to take off and put on her coat, shoes and PE kit.")

    d.heading("Section C: Maisie's health needs", section="C")
    d.para("Maisie is under the care of Dr S. Iqbal, community paediatrician, for global "
           "developmental delay; genetic tests were taken in November 2025 and the results "
           "are awaited. She has mild asthma, managed with a salbutamol inhaler when needed. "
           "She is prone to constipation, which her GP treats with a daily laxative given at "
           "home, and this contributes to her wetting. Her GP referred her to the children's "
           "continence service in December 2025. Her hearing was tested in October 2025 and "
           "is within normal limits.")

    d.heading("Section D: Maisie's social care needs", section="D")
    d.para("Maisie is a disabled child. Her father works away from Monday to Thursday, so "
           "her mother cares for Maisie and Freddie on her own for most of the week. Maisie "
           "cannot go to ordinary holiday clubs or Saturday activities unless an adult stays "
           "with her all the time. A child and family assessment by the Disabled Children's "
           "Team in January 2026 found that Maisie needs support to take part in play and "
           "leisure activities and that the family needs short breaks from caring.")

    d.heading("Section E: Outcomes we want for Maisie", section="E")
    d.para("The outcomes below run to the end of Key Stage 1 (July 2027) unless another "
           "date is given. Hollins Green will break each outcome into small steps every "
           "half-term and share them with Maisie's parents at the termly review meeting.")
    d.numbered([
        "By July 2027, Maisie will follow a spoken instruction with three key words given to her in class (for example \"put the big spoon in the cup\") without a gesture, on four out of five occasions.",
        "By July 2027, Maisie will count a set of up to ten objects accurately and match it to the correct numeral.",
        "Maisie will develop her fine motor skills.",
        "By July 2026, Maisie will use the toilet when taken at set times and stay dry for the whole school day on four days out of five.",
        "Maisie will have a sensory circuit every morning.",
        "By the end of Year 2, Maisie will stay with her class for the whole of a 20-minute assembly, wearing her ear defenders if she chooses, at four assemblies out of five.",
        "Maisie will be happy and settled at school.",
        "By July 2027, Maisie will stop hiding under tables when the classroom gets noisy.",
    ])

    d.heading("Section F: Special educational provision for Maisie", section="F")
    d.para("The provision below is set out according to how it is funded, because Hollins "
           "Green's governors asked for this. The funding route does not limit the "
           "provision: all of it must be made in full, in term time, for the life of this "
           "plan.")

    d.heading("Part 1 \u2013 Provision Hollins Green will make from its delegated SEN budget", level=2)
    d.table(COLS, [
        ["A photo visual timetable for the day, talked through with Maisie at her table each morning, and a 'now and next' strip on her desk that is changed at every change of activity",
         "Maisie's class teaching assistant", "5 minutes on arrival",
         "Every school day, then at each transition"],
        ["Movement and sensory activities whenever Maisie seems dysregulated",
         "Whichever adult is free", "A few minutes", "As needed"],
        ["Attention Autism sessions (stages 1 to 3) to build shared attention, waiting and turn-taking, in a group of no more than five children",
         "HLTA who has completed the two-day Attention Autism course", "20 minutes",
         "Monday to Thursday afternoons at 13:15"],
        ["Phonics catch-up in a small group", "Teaching assistant", "", "Regularly"],
        ["Fine motor and pre-writing activities, for example threading beads, playdough and picking up pompoms with tweezers",
         "Teaching assistant", "15 minutes",
         "Usually three times a week, as the class teacher decides"],
        ["A toileting routine: Maisie is taken to the toilet on arrival, at 10:15, at 11:50, at 13:45 and before home time, with a picture sequence on the cubicle wall; if she is wet she is helped to wash and change as set out in her intimate care plan",
         "Her named teaching assistant, or the second named TA in the class team; both have completed the school's intimate care and safeguarding training",
         "5 minutes each time", "Five times every school day"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Part 2 \u2013 Additional provision funded by Abbotsley Borough Council top-up (element 3)", level=2)
    d.table(COLS, [
        ["Individual adult support in every phonics, literacy and maths session and in the first hour of the afternoon, breaking tasks into single steps and using Maisie's visual prompts",
         "A named teaching assistant with a Level 3 Certificate in Supporting Teaching and Learning, who has completed the LA's one-day 'Sensory Processing in the Classroom' course",
         "20 hours in total each week", "Every school day, 9:00\u201312:00 and 13:00\u201314:00"],
        ["Extra adult help at lunchtime and in the playground", "Midday supervisor", "",
         "When Maisie is finding it hard"],
        ["Precision Teaching of numerals to 10 and her first 20 high-frequency words, 1:1",
         "Teaching assistant trained in Precision Teaching by the educational psychologist",
         "Up to 10 minutes", "Every day"],
        ["Numicon Firm Foundations teaching 1:1 (counting, matching and ordering to 10); the SENCO checks progress against Maisie's number targets every half-term and reports it at the annual review",
         "Teaching assistant who has completed the Numicon 'Getting Started' training",
         "15 minutes", "Three times a week (Monday, Wednesday and Friday, straight after morning play)"],
        ["Meeting Maisie at the classroom door, helping her hang up her coat and settle to her morning job",
         "Her named teaching assistant", "10 minutes from 8:45",
         "Each morning in the autumn term, reducing once she is settled"],
        ["Access to The Nest, the school's nurture room, for small-group play sessions",
         "Nurture staff", "", "Some afternoons"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Part 3 \u2013 Specialist services commissioned by the local authority", level=2)
    d.table(COLS, [
        ["Direct speech and language therapy on understanding instructions with two and three key words and on joining words into three-word phrases, using Derbyshire Language Scheme activities",
         "HCPC-registered speech and language therapist, Abbotsley Children's Therapy Service",
         "30 minutes, 1:1", "Once a week in term time"],
        ["Practice of the written language programme the speech and language therapist sets for Maisie",
         "Her named teaching assistant, shown each new step by the therapist at a 45-minute visit every half-term",
         "10 minutes", "On the four days each week when there is no therapy session"],
        ["A sensory circuit designed for Maisie by the occupational therapist (alerting, organising and calming stations) in the school hall",
         "Teaching assistant trained by the occupational therapist to run the circuit",
         "15 minutes", "Each morning before registration (8:45\u20139:00) and again straight after lunch"],
        ["Occupational therapy advice to the class team about Maisie's sensory needs",
         "Occupational therapist", "", "Once a term"],
        ["Ear defenders and a wobble cushion for Maisie to use in class and assemblies, if the school budget allows",
         "SENCO to buy", "\u2013", "All day"],
        ["Educational psychology involvement as appropriate", "Educational psychologist", "", ""],
        ["A physiotherapy programme for balance, jumping and climbing stairs, to be written after the physiotherapy assessment",
         "Physiotherapist", "To be confirmed", "To be confirmed"],
        ["Daily practice at home of the therapist's picture-book activities",
         "Maisie's parents", "10 minutes", "Each evening"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician every six months, including feedback to Maisie's parents on the results of her genetic tests.",
        "A salbutamol inhaler kept in Maisie's classroom and given as required by staff trained by the school nurse, following her asthma plan.",
        "Assessment by the children's continence service when an appointment becomes available.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for 3 hours every other Saturday (10:00 to 13:00) so that Maisie "
           "can attend Sunflowers, Abbotsley's inclusive play scheme, arranged and funded by "
           "the Disabled Children's Team.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Short breaks at Bramley House as and when the family needs them.")

    d.heading("Section I: School", section="I")
    d.para("Hollins Green Infant School, Abbotsley (mainstream maintained infant school, "
           "ages 4 to 7).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Hannah and Gareth Coldwell, 12 January 2026",
        "Maisie's views \u2013 gathered by Mrs J. Okonjo, class teacher, using photographs and a Talking Mat, 14 January 2026",
        "Educational advice \u2013 Mrs P. Varley, SENCO, Hollins Green Infant School, 16 January 2026",
        "Psychological advice \u2013 Dr Lucy Ferrand, Educational Psychologist, 21 January 2026",
        "Medical advice \u2013 Dr S. Iqbal, Community Paediatrician, 19 January 2026",
        "Speech and language therapy advice \u2013 Abbotsley Children's Therapy Service, 20 January 2026",
        "Occupational therapy advice \u2013 Ms R. Tennyson, Occupational Therapist",
        "Physiotherapy screening note \u2013 Abbotsley Children's Therapy Service, 2 February 2026",
        "Social care advice \u2013 Disabled Children's Team, 23 January 2026",
    ])
