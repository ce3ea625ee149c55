"""Harrowdale County Council - Year 5 pupil with profound and multiple learning
difficulties, spastic quadriplegic cerebral palsy, epilepsy, gastrostomy feeding and
cerebral visual impairment, at a maintained special school. Word Heading 1 headings
'Section A: ...' with personalised statutory titles; cover details as a two-column details
table. E is a numbered list E1-E6. Section F is in four parts under Heading 2 sub-headings:
Part 1 numbered statements 1.1-1.3 (class, staffing, environment); Part 2 a four-column
table (Strand | What will be provided | Staffing | When and for how long); Part 3 a
five-column therapy table (Therapy | Direct or indirect | How much and how often |
Therapist | Carried over in class by); Part 4 bullets (equipment and home). Separate H1 and
H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Amara Ellingworth"


def build(d):
    d.simple_footer("Harrowdale County Council  \u2022  Final EHC Plan  \u2022  Amara Ellingworth  \u2022  "
                    "Issued 9 February 2026")
    d.title("Harrowdale County Council", size=13, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=21, color="2E5E3A")
    d.para("FINAL PLAN \u2013 following annual review", bold=True)
    d.details_table([
        ("Child's name", "Amara Ellingworth"),
        ("Date of birth", "3rd November 2015"),
        ("NHS number", "999 318 4472"),
        ("Unique pupil number", "X999000271828"),
        ("Home address", "14 Cobble Lane, Welburn, ZY4 8PD"),
        ("Parents", "Joanne Ellingworth and Samuel Ellingworth"),
        ("Contact", "01632 960731 / joanne.ellingworth@example.org"),
        ("National curriculum year", "Year 5"),
        ("Current school", "Welburn Fields School"),
        ("Date of this final plan", "9 February 2026"),
        ("Next annual review due by", "5 February 2027"),
        ("SEND case officer", "Priya Langstaff-Hoyle, Harrowdale SEND Assessment Team"),
    ])

    d.heading("Section A: The views, interests and aspirations of Amara and her parents",
              section="A")
    d.heading("How Amara has shared her views", level=2)
    d.para("Amara does not use words. Her views were gathered over two weeks in January 2026 by "
           "her class teacher, Mrs Odell, who filmed her during favourite and less favourite "
           "activities and noted her responses. Amara smiles, vocalises and stills her body "
           "when she likes something; she turns her head away, frowns and her breathing "
           "quickens when she does not.")
    d.para("Amara loves the sound of rain on the sensory-room roof, being swung gently in the "
           "hammock, the voice of her brother Finley and music with a strong beat, especially "
           "drumming. She dislikes sudden loud noises, having her face wiped and being moved "
           "without warning. She is most alert in the morning and tires quickly after lunch.")
    d.heading("What Amara's parents say", level=2)
    d.para("Joanne and Samuel describe Amara as sociable and determined, with a wicked sense of "
           "humour: she laughs when Finley gets told off. Their biggest wish is for Amara to be "
           "able to tell people what she wants and does not want, so that other people stop "
           "guessing. They want her to stay as comfortable and healthy as possible, to keep her "
           "hips and spine as straight as they can, and to be part of her village community. "
           "They would like her to be able to use the eye-gaze computer at home as well as at "
           "school.")

    d.heading("Section B: Amara's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Amara communicates through facial expression, vocal sounds, changes in body tone and "
           "eye pointing. She is beginning to anticipate familiar routines from objects of "
           "reference (a spoon for lunch, a towel for hydrotherapy) and from on-body signs. She "
           "can look at one of two large photographs to make a choice when they are held 40 cm "
           "away against a plain black background, but her choices are not yet reliable. Adults "
           "who do not know her well miss many of her signals.")
    d.heading("Cognition and learning", level=2)
    d.para("Amara is working within the early engagement stages of the school's pre-formal "
           "curriculum. She shows awareness of and curiosity about new sounds and textures, and "
           "is beginning to understand cause and effect: she sometimes repeats an arm movement "
           "to make a switch-operated fan come on again. She needs many repetitions, in the same "
           "order and with the same language, before she anticipates what happens next, and her "
           "attention lasts two to three minutes.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Amara enjoys adult company and responds warmly to familiar people. She becomes "
           "distressed, and sometimes cries for long periods, when her routine changes "
           "unexpectedly, when she is in pain or when the room is noisy. She needs adults to "
           "read her signals quickly and to help her calm.")
    d.heading("Sensory and physical", level=2)
    d.para("Amara has spastic quadriplegic cerebral palsy (GMFCS level V). She cannot sit, stand "
           "or move without full support and is hoisted for all transfers. She has a tilt-in-space "
           "wheelchair, a standing frame and a side-lying board. She has increasing tightness in "
           "her hamstrings and hips and a developing scoliosis. She has cerebral visual "
           "impairment: she sees best in her lower left field, is helped by movement, high "
           "contrast and reduced clutter, and takes several seconds to look at something. Her "
           "hand use is limited to swiping and a fisted grasp with her left hand. She has "
           "sensory processing differences: she seeks strong movement and deep pressure but is "
           "over-sensitive to touch around her face.")

    d.heading("Section C: Amara's health needs which relate to her SEN", section="C")
    d.para("Amara has spastic quadriplegic cerebral palsy and cerebral visual impairment, "
           "following a hypoxic brain injury at birth. She has epilepsy (tonic and focal seizures) "
           "and has buccal midazolam prescribed for seizures lasting longer than five minutes. She "
           "is fed by gastrostomy and takes small tastes by mouth, as she is at risk of aspiration. "
           "She has frequent chest infections in the winter and needs oral suction. She is under "
           "the care of Dr F. Amoako, Consultant Paediatrician, Harrowdale Royal Infirmary, the "
           "paediatric neurology team and the orthopaedic spinal team.")

    d.heading("Section D: Amara's social care needs which relate to her SEN or disability",
              section="D")
    d.para("Amara is a disabled child under section 17 of the Children Act 1989 and is known to "
           "the Harrowdale Disabled Children's Team. She needs two carers for all moving and "
           "handling and is woken by seizures several nights a week. Her parents both provide her "
           "personal care and report that they are exhausted. They need regular breaks, and "
           "Amara needs support to take part in activities in her community, such as the village "
           "family swim session.")

    d.heading("Section E: Outcomes sought for Amara", section="E")
    d.para("The outcomes below look ahead to the end of Key Stage 2 (July 2027) unless another "
           "date is given. Welburn Fields School breaks each outcome into small steps on "
           "Amara's termly learning plan, which is shared with her parents.")
    d.numbered([
        "By July 2027, Amara will use eye-gaze to choose between two pictured activities, and show she is happy with her choice, on four out of five opportunities.",
        "Amara will develop her communication skills.",
        "Amara will attend hydrotherapy every week.",
        "By the end of Year 6, Amara will tolerate standing in her standing frame for 45 minutes each morning without signs of pain or distress.",
        "Amara will be happy and comfortable at school.",
        "By the end of the summer term 2026, Amara will activate a switch with her left hand within ten seconds of it being offered, in 8 out of 10 trials.",
    ], fmt="E{n}")

    d.heading("Section F: The special educational provision required by Amara", section="F")
    d.para("Welburn Fields School will make the provision below in term time (39 weeks a year) "
           "for as long as this plan is maintained. Provision in Parts 1 and 2 is made by the "
           "school; therapies in Part 3 are commissioned by Harrowdale County Council.")

    d.heading("Part 1 \u2013 Class, staffing and environment", level=2)
    d.numbered([
        "Amara will be taught in a class of no more than eight pupils with profound and multiple learning difficulties, led by a qualified teacher, with teaching assistants giving a ratio of at least one adult to two pupils for the whole school day, including lunch and break.",
        "Amara needs a high level of adult support across the day, including at lunchtime and on school trips.",
        "A calm, low-stimulus classroom with reduced visual clutter, in line with the advice from the vision support service.",
    ], fmt="1.{n}")

    d.heading("Part 2 \u2013 Teaching and learning programmes", level=2)
    d.table(["Strand", "What will be provided", "Staffing", "When and for how long"], [
        ["Communication",
         "Intensive Interaction, 1:1, following Amara's lead and building shared attention through vocal and movement turn-taking",
         "Class teacher, or a teaching assistant who has completed the Intensive Interaction Institute's foundation course",
         "Two 15-minute sessions every school day: one after arrival, one straight after lunch"],
        ["Communication",
         "Objects of reference and on-body signs at each change of activity, using Amara's personal set of 12 objects listed in her communication passport",
         "Class teacher and teaching assistants working with Amara, each trained on her passport by the speech and language therapist",
         "At every transition through the school day"],
        ["Communication",
         "Eye-gaze sessions using Look to Learn to build cause and effect and choice-making",
         "Teaching assistant",
         "Regularly through the week"],
        ["Cognition and learning",
         "Switch work to develop Amara's understanding of cause and effect, planned as the class teacher sees fit",
         "Class teacher",
         ""],
        ["Cognition and learning",
         "A range of sensory learning activities, e.g. sensory stories, light and sound play, messy play etc.",
         "Class team",
         "Daily"],
        ["Physical",
         "Standing programme in Amara's standing frame, with her ankle-foot orthoses on",
         "Two teaching assistants trained in moving and handling and in using Amara's frame by her physiotherapist",
         "45 minutes from 9:30 each school day and 30 minutes from 14:00"],
        ["Physical",
         "Hydrotherapy in the school pool, when it is available",
         "Staff",
         ""],
        ["Sensory",
         "Sensory diet written by Amara's occupational therapist (linear swing in the hammock, deep pressure to arms and legs, hand massage), delivered 1:1",
         "Teaching assistant trained in the programme by the occupational therapist, with training refreshed each September",
         "10 minutes four times a day, at 10:30, 11:45, 13:30 and 14:45"],
        ["Physical",
         "Hand-under-hand help in art and messy play so that Amara reaches and grasps, to be phased out as she gains control",
         "Teaching assistant",
         "Each afternoon"],
    ], widths_cm=[2.6, 6.0, 4.4, 3.6], font_size=9.5)

    d.heading("Part 3 \u2013 Therapies and specialist teaching", level=2)
    d.table(["Therapy", "Direct or indirect", "How much and how often", "Therapist",
             "Carried over in class by"], [
        ["Speech and language therapy", "Indirect (consultation)",
         "One visit a term to review Amara's communication passport and advise the class team",
         "NHS speech and language therapist", "Class team"],
        ["Physiotherapy", "Direct and indirect",
         "One 30-minute hands-on session every fortnight, plus a written stretching and positioning programme updated each half-term",
         "HCPC-registered paediatric physiotherapist, Harrowdale Children's Therapies",
         "A teaching assistant trained by the physiotherapist, for 15 minutes every school day"],
        ["Occupational therapy", "Direct",
         "A block of up to six sessions each year, subject to review",
         "Occupational therapist", "\u2013"],
        ["Music therapy", "Direct",
         "Music therapy may be offered if a place becomes available",
         "", ""],
        ["Vision (CVI) support", "Direct and indirect",
         "One 60-minute visit each half-term: a functional vision check with Amara, adapting her resources and modelling CVI approaches for the class team, with written feedback after each visit",
         "Qualified teacher of children with vision impairment holding the mandatory qualification (Harrowdale Sensory Support Service)",
         "Class teacher, using the adapted resources"],
    ], widths_cm=[2.6, 2.3, 4.6, 3.8, 3.3], font_size=9.5)

    d.heading("Part 4 \u2013 Equipment and home", level=2)
    d.bullets([
        "A Tobii eye-gaze device with Look to Learn and Grid software, mounted on Amara's wheelchair for her sole use in every lesson, set up and maintained by the school's assistive technology lead, with one hour of training for the class team from the LA's AAC advisory teacher in the first half-term of each school year.",
        "Appropriate switches and sensory resources as needed.",
        "Amara's parents will carry out her stretching programme at home each weekend and in the school holidays.",
    ])

    d.heading("Section G: Health provision reasonably required", section="G")
    d.bullets([
        "Gastrostomy feeds given at school at 10:00, 12:30 and 14:30 by two staff trained by the community children's nursing team, following the dietitian's feeding regimen dated 12 January 2026.",
        "Buccal midazolam given as required, in line with Amara's epilepsy care plan, by staff trained and signed off each year by the epilepsy nurse specialist.",
        "Support from the community children's nursing team as and when needed.",
        "A review of Amara's wheelchair and seating once she reaches the top of the wheelchair service waiting list.",
        "Eating and drinking therapy with the NHS speech and language therapist to teach Amara lip closure and chewing on taste-sized amounts.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.para("A support worker from Harrowdale Family Link for 4 hours every other Saturday, so that "
           "Amara can go to the family swim session at Welburn Leisure Centre and to community "
           "activities of her choosing, funded by Harrowdale Disabled Children's Team.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Overnight short breaks at Birchwood House as agreed by panel.")

    d.heading("Section I: Placement", section="I")
    d.para("Welburn Fields School, Harrowdale (maintained special school for pupils aged 2 to 19 "
           "with severe and profound and multiple learning difficulties).")

    d.heading("Section J: Personal budget", section="J")
    d.para("No personal budget has been requested for the special educational provision in this "
           "plan.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Joanne and Samuel Ellingworth, 8 January 2026",
        "Educational advice \u2013 Mrs H. Odell, class teacher, Welburn Fields School, 14 January 2026",
        "Psychological advice \u2013 Dr M. Serrano, Educational Psychologist, 19 January 2026",
        "Medical advice \u2013 Dr F. Amoako, Consultant Paediatrician, 12 January 2026",
        "Physiotherapy advice \u2013 Ms K. Brightwell, Paediatric Physiotherapist, 15 January 2026",
        "Occupational therapy advice \u2013 Mr D. Castellano, Occupational Therapist, 16 January 2026",
        "Speech and language therapy advice \u2013 Harrowdale NHS Speech and Language Therapy Service, 13 January 2026",
        "Vision advice \u2013 Mrs A. Kerrigan, QTVI, Harrowdale Sensory Support Service, 20 January 2026",
        "Social care advice \u2013 Harrowdale Disabled Children's Team",
    ])
