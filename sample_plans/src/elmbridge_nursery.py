"""Calderbrook Metropolitan Borough Council - early years (age 3, NC year -1), Down syndrome
with a bilateral conductive hearing loss (bone-conduction aid on a softband), maintained
nursery school, phase-transfer plan for the move to Reception. Headings are bold teal
Normal-text lines (no heading styles) of the form 'Section A: The views, interests and
aspirations of ...'. Cover details in a shaded two-column details table. B uses bold
area sub-lines. E is a list numbered E1-E8. Section F is split by phase: 'Part 1 - at
Elmbridge Nursery School' and 'Part 2 - moving to Reception', each a five-column table
(Ref | Provision | Adult:child ratio | How often and for how long | Staff and their training)
with refs 1.1-1.13 and 2.1-2.7. H1/H2 split. Section I names the nursery school until
31 August 2026 and the primary school from 1 September 2026. Simple footer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Nell Ashworth-Quinn"

TEAL = "0E6E6E"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=14, color=TEAL)


def _sub(d, text):
    d.para(text, bold=True)


def build(d):
    d.simple_footer("Calderbrook MBC  \u2022  EHC Plan for Nell Ashworth-Quinn  \u2022  "
                    "Final, issued 10 February 2026")
    d.title("Calderbrook Metropolitan Borough Council", size=13, color=TEAL)
    d.title("Education, Health and Care Plan", size=22, color=TEAL)
    d.para("FINAL PLAN \u2013 amended following the early years phase-transfer review",
           bold=True)
    d.details_table([
        ("Child's name", "Nell Ashworth-Quinn"),
        ("Known as", "Nell"),
        ("Date of birth", "14/03/2022"),
        ("NHS number", "999 318 6627"),
        ("Unique pupil number", "K999000272618"),
        ("Home address", "27 Linnet Walk, Calderbrook, XJ4 6PD"),
        ("Parents", "Rebecca Ashworth and Tomasz Quinn"),
        ("Contact", "01632 960718 (home), 07700 900352 (Rebecca), rebecca.ashworth@example.org"),
        ("Current setting", "Elmbridge Nursery School, Kingfisher room (five mornings a week)"),
        ("Year group", "Nursery (NC year -1); starts Reception in September 2026"),
        ("Date of this final plan", "10 February 2026"),
        ("Next review", "By 31 July 2026 (six-monthly review for a child under five)"),
        ("EHC co-ordinator", "Priya Ramasamy-Holt, Calderbrook Early Years SEND Team"),
    ])

    # ---------------------------------------------------------------- A
    _h(d, "Section A: The views, interests and aspirations of Nell and her family", "A")
    _sub(d, "What Nell shows us")
    d.para("Nell is nearly four. She cannot yet tell us in words what she thinks, so her key "
           "person, Mrs Obi, has watched her over several weeks and her parents have told us "
           "what she loves. Nell beams when she hears \"Wind the Bobbin Up\" and does all the "
           "actions. She loves the water tray, her big brother Alfie, the class guinea pigs and "
           "anything with a zip. She signs \"more\", \"finished\", \"drink\" and \"bubbles\" and "
           "will take an adult by the hand to what she wants. When the room gets noisy she "
           "puts her hands over her ears, sits down or heads for the door.")
    _sub(d, "What Rebecca and Tomasz say")
    d.para("\"Nell is cheeky, affectionate and far more determined than people expect. We "
           "want her to go to Hazelmead with the children she knows from nursery and from our "
           "street, and we want the school to understand that she can hear much better when "
           "her aid is on and working. Our biggest worries are that she runs off, that she "
           "will be left on the edge of things at playtime, and that people will talk over "
           "her instead of waiting for her to sign. We would love her to be chatting to us in "
           "sentences by the time she is at big school, and to be able to use the toilet "
           "herself.\"")
    _sub(d, "Hopes for the future")
    d.para("Nell's parents hope she will grow up with friends from her own community, enjoy "
           "learning and, one day, live as independently as she can.")

    # ---------------------------------------------------------------- B
    _h(d, "Section B: Nell's special educational needs", "B")
    _sub(d, "Communication and interaction")
    d.para("Nell's understanding of spoken language is at around an 18-month level and her "
           "expressive language is more delayed. She uses about 25 Makaton signs and five "
           "clear spoken words (\"Mama\", \"Dada\", \"Alfie\", \"no\" and \"ta\"). She "
           "understands single key words in familiar routines when they are signed as well "
           "as spoken, but she does not yet follow an instruction with two key words. She "
           "does not yet take turns in a simple game without an adult guiding her.")
    _sub(d, "Cognition and learning")
    d.para("Nell has global developmental delay associated with Down syndrome. Across the "
           "EYFS prime areas she is working at around the 16\u201320 month level. She learns "
           "best through visual information, repetition and short, predictable activities. "
           "Her attention to an adult-led activity lasts about two minutes, and she finds it "
           "hard to move from one activity to the next without a warning she can see.")
    _sub(d, "Social, emotional and mental health")
    d.para("Nell is sociable with adults but usually plays alongside, rather than with, other "
           "children. When she is overwhelmed or does not want to stop an activity she drops "
           "to the floor or runs towards the door, and twice this term she has left the "
           "Kingfisher room without an adult noticing straight away.")
    _sub(d, "Sensory and physical")
    d.para("Nell has a moderate bilateral conductive hearing loss and wears a bone-conduction "
           "hearing aid on a softband. Without it she misses most speech at conversational "
           "level, and background noise in a busy room makes listening much harder. She has "
           "low muscle tone and loose joints: she walks with a wide gait, tires on longer "
           "walks, cannot yet manage steps without holding an adult's hand, and sits best in a "
           "chair with a footrest. Her grasp is weak, so she finds it hard to hold a crayon, "
           "spoon or paintbrush.")
    _sub(d, "Self-care and independence")
    d.para("Nell is in nappies and does not yet show that she needs the toilet. She feeds "
           "herself finger foods but needs help with a spoon. She needs an adult's help to put "
           "on her coat and shoes.")

    # ---------------------------------------------------------------- C
    _h(d, "Section C: Nell's health needs which relate to her SEN", "C")
    d.para("Nell has Down syndrome (trisomy 21). She had an atrioventricular septal defect "
           "repaired in 2022 and is reviewed by cardiology once a year. She has congenital "
           "hypothyroidism, treated with levothyroxine given at home. She has persistent glue "
           "ear and a moderate bilateral conductive hearing loss, managed by the Calderbrook "
           "Children's Hearing Centre, and is waiting to see ENT about grommets. She has "
           "frequent chest infections and a wheeze, for which she has a salbutamol inhaler.")

    # ---------------------------------------------------------------- D
    _h(d, "Section D: Nell's social care needs", "D")
    d.para("Nell is a disabled child. Both parents work, and Nell needs constant supervision "
           "because she has no sense of danger. The family have asked for help so that Nell "
           "can join an activity in the community at weekends and so that they can spend "
           "time with Alfie.")

    # ---------------------------------------------------------------- E
    _h(d, "Section E: Outcomes sought for Nell", "E")
    d.para("The outcomes below are for the end of Nell's Reception year (July 2027) unless "
           "another date is given. The nursery, and then Hazelmead, will set small steps "
           "towards them every half-term and share these with Rebecca and Tomasz.")
    d.numbered([
        "By the end of Reception (July 2027), Nell will use at least 50 different signs or spoken words to ask for things, comment and greet people, recorded by her teaching assistant over one school week.",
        "By July 2026, Nell will sit at group story time for five minutes with one adult beside her, on four days out of five.",
        "Nell will improve her listening.",
        "By the end of Reception, Nell will walk up and down the three steps to the outdoor area holding the rail, with no adult holding her hand.",
        "Nell will stop running away from adults.",
        "By July 2027, Nell will tell an adult that she needs the toilet, using a sign or a word, on at least four out of five occasions across a week.",
        "Nell will receive speech and language therapy and Portage.",
        "Nell will grow up to be independent and happy.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    _h(d, "Section F: Special educational provision for Nell", "F")
    d.para("The provision is set out in two parts: what Nell will have at Elmbridge Nursery "
           "School until 31 August 2026, and what she will have as she moves to, and starts, "
           "Reception at Hazelmead Primary School. Provision is in term time unless the table "
           "says otherwise.")
    _sub(d, "Part 1 \u2013 At Elmbridge Nursery School (now until 31 August 2026)")
    head = ["Ref", "Provision", "Adult:child ratio", "How often and for how long",
            "Staff and their training"]
    w = [1.0, 6.0, 2.2, 3.6, 3.8]
    d.table(head, [
        ["1.1",
         "Key words signed in Makaton alongside speech whenever adults talk with Nell, at every group time and in every routine (arrival, snack, tidy-up and home time), with a photo timetable shown to her before each change of activity",
         "Whole room; every adult",
         "Every session: five mornings a week, 8:45 to 11:45",
         "All four practitioners in the Kingfisher room, each of whom has completed Makaton Foundation Workshop Levels 1 and 2 (any who have not will complete it before the summer term 2026)"],
        ["1.2",
         "Individual speech and language therapy on attention to sound, turn-taking, moving from sign to word and first two-word phrases, in the nursery's Snug room",
         "1:1",
         "One 30-minute session every week",
         "HCPC-registered speech and language therapist, Calderbrook Children's Therapy Service; Nell's key person observes each session"],
        ["1.3",
         "A \"Chatterbox\" language group planned with the speech and language therapist for each half-term: objects-in-a-bag, action songs with signs and turn-taking games, with Nell's two current target words built into every activity",
         "No more than five children with one adult",
         "15 minutes on Monday, Wednesday and Friday mornings",
         "Nursery teacher (qualified teacher) who plans the group with the speech and language therapist at the start of each half-term"],
        ["1.4",
         "Direct listening and attention work with Nell, a check of her bone-conduction hearing aid and softband, and coaching for her key person on cutting down background noise during group times",
         "1:1 for the direct work",
         "One 60-minute visit every fortnight, at least 30 minutes of which is direct work with Nell",
         "Qualified Teacher of the Deaf who holds the mandatory qualification, Calderbrook Sensory Support Service"],
        ["1.5",
         "Pre-teaching of the songs, signs and story for that day's group time, so that Nell already knows them when she joins the group",
         "1:1",
         "Up to 10 minutes a day",
         "Key person"],
        ["1.6",
         "Extra adult support to keep Nell safe, keep her with the group and help her join in with play, including 1:1 when she is unsettled",
         "1:1 when required; otherwise shared",
         "The level of support will be decided by the nursery headteacher each half-term",
         "Nursery staff"],
        ["1.7",
         "An occupational therapy visit to look at Nell's seating and at how she holds a spoon, crayons and chunky brushes, with advice left for her key person",
         "",
         "Once a term",
         "Occupational therapist, Calderbrook Children's Therapy Service"],
        ["1.8",
         "A gross motor programme for steps, climbing and balance, which the physiotherapist will write once she has assessed Nell in nursery",
         "1:1",
         "To be confirmed after the assessment",
         "Key person, once the programme is in place"],
        ["1.9",
         "A toilet-training routine in which Nell is taken to the toilet at set points in the session and praised for signing \"toilet\"",
         "1:1",
         "Regularly through each session",
         "Staff"],
        ["1.10",
         "Fine motor and hand-strength play, e.g. dough disco, threading, posting and pegs",
         "Small group",
         "Most days",
         "Practitioners in the room"],
        ["1.11",
         "A consistent response when Nell runs off or drops to the floor, using the approaches in the educational psychologist's report of 2 December 2025",
         "",
         "Whenever it happens",
         "All staff"],
        ["1.12",
         "A supportive chair with a footrest for table-top activities and snack, provided the LA's equipment budget can cover it",
         "",
         "",
         "Nursery to order"],
        ["1.13",
         "Portage home visits working with Nell and her parents on play, signing and early self-care targets; the Portage visitor shares the current targets with Nell's key person each month",
         "1:1, with a parent present",
         "One 75-minute visit to the family home every fortnight, all year round including school holidays",
         "Portage home visitor who has completed the accredited National Portage Association Portage Workshop, Calderbrook Portage Service"],
    ], widths_cm=w, font_size=9)

    _sub(d, "Part 2 \u2013 Moving to Reception at Hazelmead Primary School (summer term 2026 and from 1 September 2026)")
    d.table(head, [
        ["2.1",
         "Six visits to the Hazelmead Reception class between 1 June and 17 July 2026, with her nursery key person staying with her throughout, and a photo book of the new classroom, toilets, teacher and teaching assistant for Nell to look at at home and in nursery",
         "1:1",
         "Six visits of 45 minutes each, on dates set by 15 May 2026",
         "Nell's nursery key person (a Level 3 early years practitioner); photo book made by the Hazelmead SENCO by 1 June 2026"],
        ["2.2",
         "The nursery could arrange a handover meeting with the Hazelmead SENCO and Reception teacher before the summer holiday",
         "",
         "Once",
         "Nursery SENCO"],
        ["2.3",
         "Individual support in class from a dedicated teaching assistant across the whole Reception day (8:50 to 15:20), including carpet times, continuous provision, lunch and outdoor play: signing key words, keeping Nell with her group and helping her to join in",
         "1:1",
         "32.5 hours a week, every school day from 1 September 2026",
         "Teaching assistant with a Level 3 qualification who will have completed Makaton Levels 1 and 2 and the Sensory Support Service's deaf awareness and hearing aid training before 1 September 2026"],
        ["2.4",
         "Teacher of the Deaf support in Reception, with the amount to be set by the Sensory Support Service after they have seen Nell in her new class",
         "",
         "To be agreed in the autumn term 2026",
         "Teacher of the Deaf"],
        ["2.5",
         "Speech and language therapy to carry on in Reception, tapering as Nell's spoken words increase, and subject to review at her first Reception review",
         "1:1",
         "Fortnightly to begin with",
         "NHS speech and language therapist"],
        ["2.6",
         "A personal radio aid (transmitter worn by the class teacher, receiver fitted to Nell's hearing aid) used in every carpet session, phonics session and story time, with a function check each morning at 8:50",
         "",
         "Every school day from 1 September 2026; 1 hour of set-up and staff training in the first week of term",
         "Supplied and set up by the Teacher of the Deaf (mandatory qualification); worn by the class teacher; morning check by Nell's teaching assistant"],
        ["2.7",
         "Chances for Nell to play with other children at lunchtime and in the outdoor area, with an adult nearby to help her join in",
         "Small group",
         "Lunchtimes",
         "Lunchtime staff"],
    ], widths_cm=w, font_size=9)

    # ---------------------------------------------------------------- G
    _h(d, "Section G: Health provision", "G")
    d.bullets([
        "Audiology review at the Calderbrook Children's Hearing Centre every three months, including refitting and maintenance of Nell's bone-conduction hearing aid and softband.",
        "Salbutamol inhaler through a spacer, given by nursery staff trained by the school nursing team, as required under Nell's asthma care plan.",
        "ENT review about grommets when an appointment becomes available.",
        "An annual thyroid blood test and annual cardiology review at Calderbrook General Hospital, arranged by the community paediatrician, Dr Yusuf.",
    ])

    # ---------------------------------------------------------------- H
    _h(d, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("Short breaks with the Calderbrook Family Link scheme.")
    _h(d, "Section H2: Other social care provision", "H2")
    d.para("None identified.")

    # ---------------------------------------------------------------- I
    _h(d, "Section I: Placement", "I")
    d.para("Elmbridge Nursery School (maintained nursery school) until 31 August 2026; from "
           "1 September 2026, Hazelmead Primary School (mainstream maintained primary school), "
           "Reception class.")

    # ---------------------------------------------------------------- J
    _h(d, "Section J: Personal budget", "J")
    d.para("Nell's parents have not asked for a personal budget.")

    # ---------------------------------------------------------------- K
    _h(d, "Section K: Advice and information", "K")
    d.bullets([
        "Parents' views \u2013 Rebecca Ashworth and Tomasz Quinn, 4 November 2025",
        "Educational advice \u2013 Mrs J. Obi (key person) and Ms C. Ferrand, Headteacher, Elmbridge Nursery School, 11 November 2025",
        "Psychological advice \u2013 Dr S. Lindqvist, Educational Psychologist, 2 December 2025",
        "Medical advice \u2013 Dr A. Yusuf, Community Paediatrician, 18 November 2025",
        "Hearing impairment advice \u2013 Mr D. Keane, Qualified Teacher of the Deaf, Calderbrook Sensory Support Service, 20 November 2025",
        "Speech and language therapy advice \u2013 Ms L. Hart, Speech and Language Therapist, 25 November 2025",
        "Occupational therapy advice \u2013 Ms R. Pellew, Occupational Therapist, 21 November 2025",
        "Physiotherapy advice \u2013 Calderbrook Children's Therapy Service",
        "Portage report \u2013 Calderbrook Portage Service, 14 November 2025",
        "Social care advice \u2013 Children with Disabilities Team, 27 November 2025",
    ])
