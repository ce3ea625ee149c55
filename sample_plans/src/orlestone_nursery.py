"""Orlestone Borough Council - early years plan for a three-year-old with global
developmental delay and eating and drinking difficulties, attending a private day nursery
three days a week and receiving Portage at home. Word Heading 1 headings 'Section A: All
about Idris' (letter, colon, a plain-English title). Cover details in a shaded two-column
table. E is a list numbered 'E1.' to 'E8.'. Section F is grouped by the part of the nursery
day in which the provision happens (Heading 3 sub-headings such as 'Snack time and lunch
(11:30 - 12:30)'), each group a three-column table (What will happen | When, how often and
for how long | Who, and their training) followed by an italic 'Outcomes:' line; the last
two groups cover Portage at home and planning and review. One deliverer cell is left
blank. Single Section H1 / H2 headings. FINAL plan, six-month review date."""

from docx.shared import RGBColor

TITLE = "Education, Health and Care Plan - Idris Pennock"

_HEAD = ["What will happen", "When, how often and for how long", "Who, and their training"]
_W = [7.2, 4.4, 5.0]


def _group(d, title, rows, outcomes):
    d.heading(title, level=3)
    d.table(_HEAD, rows, widths_cm=_W, font_size=9.5, header_fill="E2EFDA")
    d.para("Outcomes: " + outcomes, italic=True, size=9.5)


def build(d):
    for name, rgb in (("Heading 1", "385623"), ("Heading 2", "385623"), ("Heading 3", "548235")):
        d.doc.styles[name].font.color.rgb = RGBColor.from_string(rgb)
    d.simple_footer("Orlestone Borough Council  -  EHC Plan for Idris Pennock  -  FINAL  -  "
                    "issued 21 April 2026")

    d.title("Orlestone Borough Council", size=13, color="385623")
    d.title("Education, Health and Care Plan (Final)", size=21, color="385623")
    d.para("Early Years SEND Team, Civic Offices, Orlestone", italic=True)
    d.details_table([
        ("Child's name", "Idris Pennock"),
        ("Date of birth", "17/11/2022 (aged 3)"),
        ("NHS number", "999 318 2264"),
        ("Home address", "12 Sorrel Way, Orlestone, ZY4 6PD"),
        ("Parents", "Bethan Pennock and Gareth Pennock"),
        ("Contact", "01632 960713 (home); 07700 900582 (Bethan); bethan.pennock@example.org"),
        ("Early years setting", "Tiddlywinks Day Nursery, Hythebury (three days a week)"),
        ("Also known to", "Orlestone Portage Service; Children's Therapy Service; "
                          "Community Nutrition and Dietetics"),
        ("Date EHC needs assessment requested", "3 December 2025"),
        ("Date of final plan", "21 April 2026"),
        ("Next review", "By 20 October 2026 (six-monthly review, as Idris is under five)"),
        ("Plan co-ordinator", "Harriet Oyelaran-Fisk, Early Years SEND Officer"),
    ], widths_cm=(5.2, 11.3), fill="E2EFDA")

    d.heading("Section A: All about Idris", section="A")
    d.heading("How we found out what Idris thinks", level=2)
    d.para("Idris is not yet using words, so his views were gathered by watching him and by "
           "talking with the people who know him best. His key person at Tiddlywinks, Miss "
           "Lowri Adebayo, kept a two-week diary of what he chose to do, what made him laugh "
           "and what upset him, and his Portage home visitor filmed some of his play at home "
           "(with his parents' agreement) in February 2026.")
    d.heading("What Idris enjoys", level=2)
    d.para("Idris loves water play, bubbles and anything that spins. He laughs out loud at "
           "peek-a-boo and will come back to an adult and tap their arm to ask for 'again'. "
           "He likes being outside on the grass and watching the trains from the nursery "
           "garden fence. At home his favourite person is his big sister Carys, who is six, "
           "and he follows her round the house. He pushes away food that is lumpy or sticky "
           "and turns his head when a spoon comes towards him too quickly.")
    d.heading("What Bethan and Gareth say", level=2)
    d.para("\"Idris is a gentle, funny little boy and he's so determined when he wants "
           "something. Mealtimes are the hardest part of our day. He only eats about five "
           "foods, all smooth, and he still has his milk from a bottle. We worry about his "
           "weight and about whether he'll ever eat with the rest of us. We want him to be "
           "able to tell us what he wants, to walk without falling over all the time, and "
           "to have friends at nursery. In the future we'd love him to go to our local "
           "primary school with Carys if that's right for him.\"")
    d.para("Bethan and Gareth both said they want one plan that everybody follows, at "
           "nursery and at home, so that Idris is not confused by different ways of doing "
           "things.")

    d.heading("Section B: Idris's special educational needs", section="B")
    d.para("Idris has global developmental delay (diagnosed by the community paediatrician "
           "in July 2025). The needs below were identified during the EHC needs assessment.")
    d.heading("Communication and interaction", level=2)
    d.para("Idris's communication is at about the level of a child of 12 to 15 months. He "
           "uses sounds, reaching, pulling an adult's hand and pushing things away to "
           "communicate; he has no spoken words yet and one sign ('more'). He understands a "
           "few familiar words in context (\"bubbles\", \"shoes\", \"bye-bye\") but cannot "
           "yet follow an instruction without a gesture. He looks at an adult for a short "
           "time but finds it hard to share attention on a toy with them for more than a "
           "few seconds.")
    d.heading("Cognition and learning", level=2)
    d.para("Idris explores toys mainly by mouthing, banging and dropping them. He is "
           "beginning to put objects into a container and to pull a toy towards him on a "
           "string, but he does not yet complete a simple inset puzzle or stay with one "
           "activity for more than a minute or two unless an adult is playing with him.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Idris is affectionate with adults he knows. He finds separating from his "
           "parents at the nursery door very hard and cries for up to twenty minutes most "
           "mornings. He does not yet play alongside other children and moves away when they "
           "come close. In the noisy parts of the day he sometimes covers his ears or lies "
           "face down on the floor.")
    d.heading("Physical and sensory, including eating and drinking", level=2)
    d.para("Idris walked at 26 months. He has low muscle tone, tires quickly, falls often on "
           "uneven ground and cannot yet manage steps without holding two hands. His grasp "
           "is immature: he rakes small objects rather than picking them up between finger "
           "and thumb. He has delayed oral-motor skills: he does not chew, he gags on mixed "
           "textures and he drinks only from a bottle. He is very wary of new foods and of "
           "messy textures on his hands.")
    d.heading("Independence and self-care", level=2)
    d.para("Idris is fully dependent on adults to eat, drink, dress and change. He is in "
           "nappies. He does not yet hold a spoon to feed himself or hold his own cup.")

    d.heading("Section C: Idris's health needs", section="C")
    d.para("Idris has global developmental delay and hypotonia (low muscle tone); genetic "
           "tests are in progress at Orlestone General Hospital. He has a paediatric "
           "feeding difficulty with faltering growth: his weight has dropped from the 25th "
           "to below the 9th centile over the last year. He is prescribed a high-energy "
           "supplement drink by the paediatric dietitian. The speech and language "
           "therapist has asked for a videofluoroscopy to check that his swallow is safe. "
           "He has frequent constipation, treated by his GP.")

    d.heading("Section D: Social care needs", section="D")
    d.para("Idris lives with his parents and his sister. Bethan left her job in 2025 to "
           "care for Idris and take him to appointments; Gareth works shifts. The "
           "Children with Disabilities Team completed a child and family assessment in "
           "January 2026. It found that Idris needs a high level of care for his age, that "
           "mealtimes take up to an hour each and that the family have had no break for "
           "over a year. Bethan and Gareth would like Idris to have some time in a "
           "supported play setting so that they can spend time with Carys.")

    d.heading("Section E: Outcomes we want for Idris", section="E")
    d.para("These outcomes look ahead to the end of Idris's time at nursery (summer 2027) "
           "unless another date is given. His key person and the nursery SENCO will set "
           "small-step targets towards them each term with his parents.")
    d.numbered([
        "By the end of the summer term 2027, Idris will use 20 single words or Makaton signs to ask for food, drink, toys and 'more', at nursery and at home.",
        "Idris will improve his eating.",
        "By October 2026, Idris will eat three soft, mashable foods at lunch without gagging, on four out of five days.",
        "Idris will receive Portage every week.",
        "By April 2027, Idris will walk up and down the two nursery garden steps holding the rail with one hand, without adult help.",
        "Idris will stop pushing his plate on to the floor.",
        "Idris will be happy and settled at nursery.",
        "By July 2027, Idris will play alongside another child with the same toy for five minutes, with an adult nearby.",
    ], fmt="E{n}.")

    d.heading("Section F: Special educational provision", section="F")
    d.para("Idris attends Tiddlywinks Day Nursery on Mondays, Tuesdays and Thursdays from "
           "8:30 to 3:30 (21 hours a week, 38 weeks a year). The provision below is grouped "
           "by the part of the nursery day in which it happens, followed by the Portage "
           "visits at home and the arrangements for planning and review. Orlestone Borough "
           "Council must arrange all of it for the life of this plan.")

    _group(d, "Arriving and settling in (8:30 - 9:00)", [
        ["A photo 'now and next' strip of Idris's own nursery routine, gone through with him when he arrives and again just before each change of activity, with the matching Makaton sign for each picture",
         "Every nursery day: at 8:30 on arrival and at each change of activity through the day",
         "Idris's key person, an early years practitioner holding a Level 3 Early Years Educator qualification"],
        ["Comfort and reassurance from a familiar face when Idris finds it hard to separate from Bethan or Gareth at the door",
         "When he needs it",
         "Room staff"],
    ], "E1, E7")

    _group(d, "Snack time and lunch (11:30 - 12:30)", [
        ["Mealtime programme written by the speech and language therapist: 10 minutes of messy-food and 'touch, smell, lick' play before lunch, then lunch 1:1 with graded textures (currently smooth purée, with soft mashable pieces at one meal a week), using a Doidy cup and a short-handled soft spoon",
         "Every lunchtime Idris is in nursery (Monday, Tuesday and Thursday), 11:40 to 12:20",
         "His key person, trained in the programme by the HCPC-registered speech and language therapist, who also spends 30 minutes with her in nursery every half-term checking and updating it"],
        ["Snack and lunch should be offered in textures Idris can manage, with new foods brought in slowly",
         "Daily",
         "Kitchen and room staff"],
        ["A plan for moving Idris from his bottle to an open or free-flow cup, to be drawn up once the speech and language therapist has finished assessing his swallow",
         "To be agreed after the assessment",
         "Speech and language therapist and key person"],
    ], "E2, E3, E6")

    _group(d, "Play, talking and learning (9:00 - 11:30 and 1:00 - 3:00)", [
        ["Intensive Interaction: an adult joins Idris in his own play, copying and extending his sounds, movements and facial expressions to build turn-taking and shared attention",
         "Two 15-minute sessions on each nursery day, one in the morning and one after lunch",
         "Key person, who completed the two-day Intensive Interaction Foundation course in 2025"],
        ["Work-basket sessions at a small table: three short tasks (posting, threading large beads, two-piece inset puzzles) set out left to right with a 'finished' box, done alongside no more than two other children",
         "10 minutes each morning and 10 minutes each afternoon, every nursery day",
         "Key person, trained in the structured work-system approach by the Orlestone Early Years Inclusion Team (one-day course, January 2026)"],
        ["Makaton signs and symbols for 20 core words chosen with Bethan and Gareth (food, drink, more, finished, help, nappy change and his favourite toys), used by every adult in the Caterpillar Room whenever they speak to Idris; the word list is refreshed each half-term by the key person and parents",
         "Throughout each session, every nursery day",
         "Key person and the two other Level 3 practitioners in the Caterpillar Room, all of whom have completed Makaton Level 1 (Beginners) training"],
        ["Small-group language work to build Idris's understanding of everyday words",
         "Regularly",
         "Room team"],
        ["Practitioners to use the strategies from the speech and language therapy report to support Idris's communication",
         "Throughout the day",
         "Room team"],
    ], "E1, E7, E8")

    _group(d, "Busy times and free play", [
        ["Extra adult support during free play so that Idris can join in with other children; the nursery manager will decide how much, depending on how Idris is each day",
         "Varies",
         "To be allocated by the nursery manager"],
        ["1:1 support from an additional early years practitioner during the busiest parts of the day",
         "Up to 12 hours a week across Idris's three days",
         "Early years practitioner (funded through the Orlestone Early Years Inclusion Fund)"],
        ["A quiet den in the Caterpillar Room will be available to Idris when the room gets too noisy for him",
         "As and when",
         ""],
    ], "E7, E8")

    _group(d, "Moving and physical development", [
        ["Practice of the exercises set by the physiotherapist to strengthen Idris's trunk and legs: stepping over low obstacles, squatting to pick up toys and climbing the two garden steps holding the rail",
         "15 minutes at 10:00 on every nursery day, in the garden or the soft-play room",
         "Key person, shown each exercise by the HCPC-registered paediatric physiotherapist, who checks the programme with her in nursery for 45 minutes once every half-term"],
        ["The children's physiotherapy service to advise the setting about seating, positioning and outdoor play",
         "Termly",
         "Children's physiotherapy service"],
        ["Appropriate seating and other equipment for mealtimes and table-top play",
         "As needed",
         "Setting to obtain"],
    ], "E5")

    _group(d, "At home: Portage", [
        ["Portage home visits: on each visit the home visitor models three small-step teaching activities from Idris's shared Portage activity chart (at present finger-feeding soft foods, two-piece inset puzzles and turning to his name), then agrees the next steps with Bethan and Gareth",
         "One 60-minute visit a week, 46 weeks a year (so visits carry on through nursery holidays)",
         "Portage home visitor from the Orlestone Portage Service who holds the National Portage Association accredited workshop certificate, supervised monthly by the Portage lead, a qualified teacher"],
        ["Bethan and Gareth will carry out the Portage activities and the mealtime programme at home every day between visits",
         "Daily",
         "Parents"],
        ["Monthly Portage 'stay and play' group at Orlestone Family Hub, if there is a place for Idris",
         "Monthly",
         "Orlestone Portage Service"],
    ], "E1, E2, E8")

    _group(d, "Planning and review", [
        ["A review meeting each term with Bethan and Gareth, the key person, the nursery SENCO and the Portage home visitor, to check progress against the Section E outcomes and set Idris's next small-step targets",
         "Once a term, 45 minutes",
         "Led by the nursery SENCO, who holds the Level 3 Award for SENCOs in Early Years Settings"],
    ], "All outcomes")

    d.heading("Section G: Health provision", section="G")
    d.para("The health provision below has been agreed by Orlestone and Weald Integrated "
           "Care Board (letter of 9 April 2026).")
    d.bullets([
        "Review by the paediatric dietitian (Orlestone Community Nutrition and Dietetics) every three months, including weighing Idris and adjusting his supplement drinks.",
        "A prescribed high-energy supplement drink, two 125 ml bottles a day, given at home.",
        "A videofluoroscopy swallow study at Orlestone General Hospital when an appointment comes up.",
        "Review by the community paediatrician every six months, including the results of Idris's genetic tests.",
        "Health visitor input as needed.",
    ])

    d.heading("Section H1: Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("Short breaks at the Little Explorers inclusive play sessions, Orlestone Family "
           "Hub, as agreed with the family.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("None identified at this time.")

    d.heading("Section I: Early years setting to be attended", section="I")
    d.para("Tiddlywinks Day Nursery, Chandlers Row, Hythebury (private day nursery; early "
           "years setting in the private, voluntary and independent sector), on Mondays, "
           "Tuesdays and Thursdays.")

    d.heading("Section J: Personal budget", section="J")
    d.para("Bethan and Gareth have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Parents' views - Bethan and Gareth Pennock, 12 January 2026",
        "Early years setting advice - Tiddlywinks Day Nursery, Mrs S. Kowalczyk, SENCO, 14 January 2026",
        "Educational psychology advice - Dr Amrit Dhillon, Educational Psychologist, 22 January 2026",
        "Medical advice - Dr P. Raeburn, Community Paediatrician, 16 January 2026",
        "Speech and language therapy advice (communication, eating and drinking) - Ms Gwen Tallis, Speech and Language Therapist, 19 January 2026",
        "Physiotherapy advice - Orlestone Children's Therapy Service, 20 January 2026",
        "Dietetic advice - Community Nutrition and Dietetics",
        "Portage advice - Orlestone Portage Service, Mrs J. Fairweather, Portage Home Visitor, 15 January 2026",
        "Social care advice - Children with Disabilities Team, 26 January 2026",
    ])
