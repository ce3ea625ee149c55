"""Fellbrook County Council - early years child (age 4) in the nursery class of a maintained
nursery school, moving to Reception at a mainstream primary school in September 2026.
Autism with sensory processing differences. Word Heading 1 headings with an em dash and
child-centred titles ('Section A \u2014 All about me'). Cover details in a two-column shaded
details table. E is a three-column table (Ref | What we want Arlo to achieve | By when), two
'By when' cells reading 'Ongoing'. Section F is five area-of-need tables with three columns
(What Arlo finds hard (from Section B) | Provision Arlo will receive | Outcomes): each
provision cell holds several typed '\u2022' bullet items, one provision per bullet, so one
table row carries two to five items. H1 and H2 separate. Section I names the nursery until
July 2026 and the primary school from September 2026. FINAL plan issued before the
15 February phase-transfer deadline."""

TITLE = "Education, Health and Care Plan - Arlo Penhaligon"


def _bul(items):
    return "\n".join("\u2022 " + it for it in items)


def _area(d, title, rows):
    d.heading(title, level=2)
    d.table(["What Arlo finds hard (from Section B)", "Provision Arlo will receive", "Outcomes"],
            [[need, _bul(items), outs] for need, items, outs in rows],
            widths_cm=[4.4, 10.3, 1.9], font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.simple_footer("Fellbrook County Council \u2022 Final EHC Plan \u2022 Arlo Penhaligon \u2022 "
                    "Issued 6 February 2026")
    d.title("Fellbrook County Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=21, color="385623")
    d.para("Final plan (phase transfer: nursery to Reception)", bold=True)
    d.details_table([
        ("Child's name", "Arlo Penhaligon"),
        ("Date of birth", "19/10/2021"),
        ("NHS number", "999 214 6683"),
        ("UPN", "A999000112358"),
        ("Home address", "14 Sandpiper Row, Inglemere, XJ4 8NP"),
        ("Parents", "Kerensa Penhaligon (mother) and Dominic Ashdown (father)"),
        ("Contact", "01632 960718 / 07700 900233 / kerensa.penhaligon@example.org"),
        ("Current setting", "Inglemere Nursery School, nursery class (five mornings a week)"),
        ("Year group", "Nursery (Reception from September 2026)"),
        ("Date of this final plan", "6 February 2026"),
        ("Next review", "By 31 July 2026 (six-monthly review for a child under five)"),
        ("EHC co-ordinator", "Bethan Morrow, Fellbrook SEND Assessment Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFD9")

    d.heading("Section A \u2014 All about me", section="A")
    d.heading("How we found out what Arlo thinks", level=2)
    d.para("Arlo does not yet tell people his views in words. His key person, Mrs Delyth "
           "Rowe, watched him over three mornings in November 2025 and took photographs of "
           "the things he chose to go back to; Arlo then sorted the photographs with his mum "
           "into a 'yes' box and a 'go away' box. His views below come from that sorting and "
           "from what his family and nursery team have seen.")
    d.heading("What Arlo likes and what he does not like", level=2)
    d.para("Arlo loves the water tray, the big blue peanut ball, anything with wheels, and "
           "the song 'Five Little Speckled Frogs', which he asks for by taking an adult's hand "
           "and patting the CD player. He put the hand dryer, the singing corner and the "
           "lunch hall into the 'go away' box. He likes to sit under the table in the book "
           "corner with a blanket over his knees when the room gets busy.")
    d.heading("What Arlo's family say", level=2)
    d.para("Kerensa and Dominic describe Arlo as affectionate, determined and very funny "
           "when he is relaxed; he laughs out loud at his sister Tegan's pretend sneezes. "
           "They are anxious about him starting a full school day in Reception, about the "
           "noise of a big class and about whether he will be able to tell anyone when he "
           "is frightened or needs the toilet.")
    d.para("Their hopes for Arlo are that he can let people know what he wants without "
           "getting upset, that he has at least one friend at school, and that when he is "
           "older he goes to the same secondary school as Tegan and one day has a job "
           "working with trains or cars, which he adores.")

    d.heading("Section B \u2014 My special educational needs", section="B")
    d.para("Arlo was diagnosed as autistic by the Fellbrook Child Development Centre in "
           "July 2025. His needs are described below; each area is repeated in the first "
           "column of the tables in Section F.")
    d.heading("Communication and interaction", level=2)
    d.para("Arlo's attention to an activity led by an adult lasts a minute or less unless "
           "it involves his favourite toys. He responds to his name about half the time and "
           "rarely looks to share something he is interested in with an adult. He uses "
           "around 20 single words, mostly to name things he is looking at, and does not yet "
           "use words to ask for things. When he wants something he pulls an adult's hand "
           "towards it; if he is not understood he screams or drops to the floor.")
    d.heading("Cognition and learning", level=2)
    d.para("Arlo's play is mainly lining up cars and spinning wheels. He does not yet copy "
           "an adult's actions with toys or join in pretend play. He can complete a short "
           "task set by an adult only when he can see where it finishes. He recognises "
           "numerals to 5 and matches shapes, but cannot yet show what he knows when asked.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Arlo becomes very distressed when routines change without warning, when a "
           "favourite activity ends and at home time. He screams, bites the back of his "
           "hand or runs, and it can take 20 minutes or longer for him to calm. He is not "
           "yet interested in playing with other children and moves away when they come "
           "close to him.")
    d.heading("Sensory and physical, including self-care", level=2)
    d.para("Arlo is very sensitive to noise (hand dryers, group singing, a crowded room) and "
           "covers his ears or leaves the room. He seeks movement and deep pressure, climbing "
           "furniture and crashing into cushions, and he mouths toys and his sleeves. He is "
           "not yet toilet trained and does not show when he is wet or soiled. He eats only "
           "six foods, all dry and pale, and gags when other foods are near his plate.")

    d.heading("Section C \u2014 My health needs", section="C")
    d.para("Arlo's autism and sensory differences are described in Section B. He has "
           "long-standing constipation, treated by his GP, which his paediatrician links to "
           "his very limited diet and which makes toilet training harder. His sleep is "
           "broken (he usually wakes twice a night). He has mild eczema on his hands and "
           "wrists. His hearing was tested in September 2025 and is normal.")

    d.heading("Section D \u2014 My social care needs", section="D")
    d.para("Arlo is a disabled child. His parents both work part-time and share his care "
           "with his grandmother. Because of his distress in busy places the family cannot "
           "take him to shops, parties or the park at busy times, and Tegan's activities "
           "are often cancelled. The Children with Disabilities Team completed a child and "
           "family assessment in December 2025 and found that the family needs regular "
           "breaks.")

    d.heading("Section E \u2014 My outcomes", section="E")
    d.para("The outcomes below look ahead to the end of Reception (July 2027) unless "
           "another date is given. Inglemere Nursery School, and then Ashwell Brook Primary "
           "School, will set small steps towards each outcome every half-term and share them "
           "with Arlo's parents.")
    d.table(["Ref", "What we want Arlo to achieve", "By when"], [
        ["E1", "Arlo will watch and wait through a three-part adult-led group activity of 10 minutes, sitting with the group, on four mornings out of five.", "July 2027"],
        ["E2", "Arlo will hand over a picture to ask for something he wants, walking to an adult who is up to three metres away, at least ten times in a morning.", "December 2026"],
        ["E3", "Arlo will copy an adult's action with a toy (feeding a doll, pushing a car up a ramp) and finish a three-tray workstation without help.", "July 2027"],
        ["E4", "When shown his next-activity symbol and timer, Arlo will move to the next activity without screaming or running on eight occasions out of ten.", "July 2027"],
        ["E5", "Arlo will use the toilet at set times during the school day and be dry for the whole school day on four days out of five.", "July 2027"],
        ["E6", "Arlo will receive support from the dietitian to eat more foods.", "Ongoing"],
        ["E7", "Arlo will settle happily into his Reception class.", "Ongoing"],
    ], widths_cm=[1.2, 12.4, 3.0], font_size=10, header_fill="E2EFD9")

    d.heading("Section F \u2014 Provision to meet my needs", section="F")
    d.para("This section sets out the special educational provision Arlo needs. Each table "
           "covers one area of need; the right-hand column shows the outcomes in Section E "
           "that the provision supports. Unless an item says otherwise, it applies at "
           "Inglemere Nursery School for the rest of the 2025/26 school year (five mornings "
           "a week, 8:45 to 11:45, 38 weeks a year) and in Reception at Ashwell Brook "
           "Primary School from September 2026.")

    _area(d, "F1 Communication and interaction", [
        ["Arlo's attention to an adult-led activity lasts a minute or less. He responds to his name about half the time and rarely shares his interest with an adult.",
         [
             "An Attention Autism group every nursery morning for 15 minutes, working up through the 'bucket', 'attention builder' and 'turn-taking' stages, in a group of no more than five children, led by the nursery's early years teacher, who has completed the accredited two-day Attention Autism course.",
             "Intensive Interaction, 10 to 15 minutes each nursery day, with a member of the nursery team who knows Arlo well.",
             "The NHS speech and language therapist will visit once a term to advise staff on Arlo's communication and update his targets.",
         ],
         "E1"],
        ["Arlo uses around 20 single words, mostly to name things. He pulls an adult's hand to get what he wants and screams or drops to the floor when he is not understood.",
         [
             "Picture Exchange Communication System (PECS) taught 1:1 in three 20-minute sessions a week (Monday, Wednesday and Friday mornings), moving Arlo from Phase 2 to Phase 3, by a teaching assistant who holds the PECS Level 1 certificate; the HCPC-registered speech and language therapist sets the targets and observes one session each half-term.",
             "Visual supports such as a now-and-next board, symbol choice cards, a visual timetable etc. to be used with Arlo wherever possible.",
         ],
         "E2"],
    ])

    _area(d, "F2 Cognition, learning and play", [
        ["Arlo plays mainly by lining up and spinning toys. He does not yet copy an adult's actions or join in pretend play, and finishes an adult-set task only when he can see where it ends.",
         [
             "A TEACCH-style workstation: each nursery day Arlo completes two 10-minute sessions of three left-to-right tasks in trays, ending with a 'finished' box, set up and taught by the nursery's SEN teaching assistant, who has completed the Fellbrook Autism Outreach Team's six-hour structured teaching course.",
             "Adult-led play to help Arlo move beyond lining up and spinning objects, as and when staff are free to do this.",
             "Arlo will have access to the nursery's iPad and interactive whiteboard, using apps that support early number and shape.",
         ],
         "E3"],
    ])

    _area(d, "F3 Social, emotional and mental health", [
        ["Arlo becomes very distressed at unexpected changes, at the end of favourite activities and at home time, and can take 20 minutes or longer to calm. He moves away when other children come close.",
         [
             "A consistent key adult to use calming strategies with Arlo when he becomes upset.",
             "Before every change of activity, Arlo's teaching assistant shows him the symbol for what comes next and turns over a two-minute sand timer, so that he is never moved on without warning.",
             "Opportunities to play alongside other children in a small nurture group.",
         ],
         "E4"],
    ])

    _area(d, "F4 Sensory and physical, including self-care", [
        ["Arlo is very sensitive to noise, seeks movement and deep pressure and mouths toys and clothing. He is not yet toilet trained and eats only six foods.",
         [
             "A 15-minute sensory circuit as soon as Arlo arrives each morning, in three parts: alerting (trampette), organising (crawling through the tunnel and wall push-ups) and calming (a weighted lap pad with a story), led by his SEN teaching assistant, who was trained by the occupational therapist in December 2025 and whose practice the occupational therapist observes each half-term.",
             "Arlo's sensory needs will be assessed by the occupational therapist and a sensory diet written following that assessment.",
             "Ear defenders and a chewy tube will be made available at the discretion of nursery staff.",
             "Toilet training: the SEN teaching assistant, who has completed the Fellbrook Children's Continence Service toilet-training workshop, takes Arlo to the toilet at 9:15, 10:30 and 11:30 each morning using a six-step photo sequence fixed by the toilet; the same sequence and times are given to his parents so that home and nursery match.",
             "A food exploration programme to widen the range of foods Arlo will eat, in line with the recommendations of the community dietitian.",
         ],
         "E5, E6"],
    ])

    _area(d, "F5 Moving to Reception", [
        ["Arlo starts Reception at Ashwell Brook Primary School in September 2026. New places, people and routines are very hard for him, and it will be his first full school day in a class of 30.",
         [
             "Six 45-minute visits to the Ashwell Brook Reception class between 1 June and 17 July 2026, with Arlo accompanied each time by his Inglemere SEN teaching assistant (the same assistant who leads his sensory circuit); the Ashwell Brook SENCO will make a photo book of the classroom, toilets, playground and his new adults and give it to his parents by 1 June 2026.",
             "A transition plan will be agreed between the two settings nearer the time.",
             "From September 2026, 1:1 support in Reception of up to 20 hours a week, reducing as Arlo settles.",
             "Each half-term, the SENCO (at Inglemere until July 2026, then at Ashwell Brook) will meet Arlo's parents for 30 minutes to go through his progress against the targets for every item in this section and agree his next targets.",
         ],
         "E4, E7"],
    ])

    d.heading("Section G \u2014 My health provision", section="G")
    d.bullets([
        "A review with Dr Anjali Sethuraman, community paediatrician at the Fellbrook Child Development Centre, every six months, covering Arlo's sleep, diet and constipation.",
        "Paracetamol oral suspension given as required for pain, at the dose on the pharmacy label, by a member of staff who has completed the setting's medicines training, with his parents' written consent.",
        "A dietetic review once Arlo reaches the top of the community dietetics waiting list.",
    ])

    d.heading("Section H1 \u2014 Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("Arlo's family will be offered short breaks from the Fellbrook Short Breaks Local Offer.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("None identified.")

    d.heading("Section I \u2014 Where I will go to nursery and school", section="I")
    d.bullets([
        "Until 21 July 2026: Inglemere Nursery School, Inglemere (maintained nursery school), nursery class, five mornings a week.",
        "From September 2026: Ashwell Brook Primary School, Inglemere (mainstream community primary school), Reception class, full time.",
    ])

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Arlo's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Parents' views - Kerensa Penhaligon and Dominic Ashdown, 3 November 2025",
        "Early years advice - Inglemere Nursery School, Mrs L. Pask, SENCO, 14 November 2025",
        "Educational psychology advice - Dr Idris Caulfield, Educational Psychologist, 21 November 2025",
        "Medical advice - Dr A. Sethuraman, Community Paediatrician, 18 November 2025",
        "Speech and language therapy advice - Ms H. Oduya, Fellbrook NHS Children's Speech and Language Therapy, 10 November 2025",
        "Occupational therapy advice - Fellbrook Children's Occupational Therapy",
        "Dietetic advice - Fellbrook Community Dietetics, 24 November 2025",
        "Social care advice - Children with Disabilities Team, Mr J. Achterberg, Social Worker, 12 December 2025",
    ])
