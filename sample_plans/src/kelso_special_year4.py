"""Borough of Ambersett - Year 4 autistic child with severe learning difficulties who does
not use speech and communicates with an AAC device, at a maintained special school.
Sections are grouped under Word Heading 1 'Part' headings ('Part 2 - What Jasper needs');
each section heading is a Word Heading 2 'Section B: Special educational needs' beneath
them (headings recoloured plum). Cover details in a two-column shaded table. E is a
three-column table (Ref | Outcome | Area of need). F opens with a class-offer paragraph,
then is grouped per outcome: a bold 'Supporting outcome E1 - ...' line above each of five
four-column sub-tables (Provision | Who | When | Where); one 'When' cell is empty.
Separate H1 and H2. FINAL plan."""

from docx.shared import RGBColor

TITLE = "Education, Health and Care Plan - Jasper Okonkwo-Reid"

F_COLS = ["Provision", "Who", "When", "Where"]
F_WIDTHS = [7.0, 4.3, 3.3, 2.0]


def _ftable(d, heading, rows):
    d.bold_line(heading, size=11.5, color="5B2C6F")
    d.table(F_COLS, rows, widths_cm=F_WIDTHS, header_fill="E8DAEF", font_size=9.5)


def build(d):
    for name in ("Heading 1", "Heading 2"):
        d.doc.styles[name].font.color.rgb = RGBColor.from_string("5B2C6F")
    d.simple_footer("Borough of Ambersett  -  Education, Health and Care Plan  -  "
                    "Jasper Okonkwo-Reid  -  FINAL  -  OFFICIAL-SENSITIVE")

    d.title("Borough of Ambersett", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan issued following an EHC needs assessment", italic=True)
    d.details_table([
        ("Child's name", "Jasper Okonkwo-Reid"),
        ("Date of birth", "14/11/2016"),
        ("NHS number", "999 318 6640"),
        ("UPN", "Z999000161803"),
        ("Home address", "Flat 2, 48 Cairnhill Street, Ambersett, XJ3 5PW"),
        ("Parents", "Adaeze Okonkwo (mother) and Martin Reid (father)"),
        ("Contact", "01632 960733 / 07700 900264 / adaeze.okonkwo@example.org"),
        ("School and year group", "Kelso Brook School, Class 4B (National Curriculum Year 4)"),
        ("Date EHC needs assessment requested", "29 September 2025"),
        ("Date of final plan", "10 February 2026"),
        ("Date of next annual review", "By 9 February 2027"),
        ("EHC co-ordinator", "Rosalind Achterberg-Lyle, Ambersett SEND Assessment Team"),
    ], widths_cm=(6.0, 10.6), fill="F4ECF7")

    # ------------------------------------------------------------------ Part 1
    d.heading("Part 1 \u2013 About Jasper", level=1)
    d.heading("Section A: Views, interests and aspirations", level=2, section="A")
    d.bold_line("What Jasper has shown us", size=11)
    d.para("Jasper does not use speech. His class teacher, Miss Dervla Quigley, gathered his "
           "views over two weeks in January 2026 by offering him photographs and symbols and "
           "writing down what he chose and what he said on his communication aid. Jasper "
           "pressed \"swing\", \"more bubbles\" and \"go outside\" many times each day. Given "
           "photographs of places in school, he picked the sensory room, the trampoline and "
           "the minibus, and pushed the photograph of the dinner hall off the table. He "
           "laughs and flaps his hands when his favourite train songs are played, and he "
           "will take an adult by the hand to the window when he wants to go out.")
    d.bold_line("What Jasper's family say", size=11)
    d.para("Adaeze and Martin describe Jasper as loving, funny and very determined. He "
           "loves water, trains, being squeezed in a big hug and bouncing. His sister Tobi, "
           "who is 12, reads train books to him at bedtime. His parents want him to be able "
           "to tell people what he wants and when something hurts, to be out of pads, and "
           "to go swimming and to the park safely. When he is an adult they hope he will "
           "live in a small supported home near the family, with people who know him well, "
           "and have something meaningful to do each day. They are worried about his "
           "running off towards roads and about how little he sleeps.")
    d.bold_line("How to communicate with Jasper", size=11)
    d.para("Say his name and wait for him to look before you speak. Use very few words, "
           "point to the symbols on his device as you say them, and give him at least ten "
           "seconds to respond. Show him what is happening next rather than telling him.")

    # ------------------------------------------------------------------ Part 2
    d.heading("Part 2 \u2013 What Jasper needs", level=1)
    d.heading("Section B: Special educational needs", level=2, section="B")
    d.bold_line("Communication and interaction", size=11)
    d.para("Jasper is autistic and does not speak. Since 2024 he has used an iPad with TD "
           "Snap Core First, and he uses about 40 single symbols to ask for food, drinks and "
           "favourite activities. He does not yet combine two symbols and he rarely uses his "
           "device to comment, refuse or ask for help; instead he pulls adults by the hand "
           "or screams. He understands single familiar words and short routine phrases when "
           "they are backed up by gesture or objects, but not longer spoken sentences. He "
           "does not reliably respond to his name and he finds it hard to share attention "
           "with an adult on the same activity for more than a few seconds. He uses two "
           "Makaton signs (\"more\" and \"finished\").")
    d.bold_line("Cognition and learning", size=11)
    d.para("Jasper has severe learning difficulties. He is assessed through the Engagement "
           "Model and is working well below the pre-key stage standards. He can match "
           "identical objects and pictures, and he is beginning to understand cause and "
           "effect with switch toys. He attends to an adult-led task for two to three "
           "minutes. He learns best through short, repeated, highly structured activities "
           "with a clear beginning and end, and he loses skills quickly if they are not "
           "practised.")
    d.bold_line("Social, emotional and mental health", size=11)
    d.para("Jasper becomes very distressed by sudden noise, crowded rooms and unexpected "
           "changes to his routine. When distressed he bites the back of his hand, drops to "
           "the floor and screams; school records show four to six such episodes on a "
           "typical day, each lasting up to 20 minutes. He plays alongside other children "
           "but not yet with them, and he does not yet notice when another child wants to "
           "join his game.")
    d.bold_line("Sensory and physical", size=11)
    d.para("Jasper seeks movement and deep pressure, and he mouths objects. He covers his "
           "ears and becomes distressed with hand dryers, the school bell and the dinner "
           "hall. He walks, runs and climbs well but has no awareness of danger: he has run "
           "towards the road twice on school visits. He holds a crayon in a whole-hand grip.")
    d.bold_line("Independence and self-care", size=11)
    d.para("Jasper wears pads during the day and does not yet show that he needs the "
           "toilet. He needs an adult to help him dress and undress. He eats about eight "
           "foods, all dry and beige, and becomes upset if new foods are put on his plate.")

    d.heading("Section C: Health needs related to Jasper's SEN", level=2, section="C")
    d.para("Jasper was diagnosed with autism aged three by the Ambersett Child Development "
           "Centre (March 2020); his severe learning difficulties were confirmed by the "
           "community paediatrician in 2023. He has eczema on both hands, made worse by "
           "biting. He has long-standing constipation, treated with a laxative given at "
           "home. He usually wakes between 2 a.m. and 3 a.m. and is prescribed melatonin by "
           "the community paediatrician, which his parents give at bedtime. His restricted "
           "diet is being monitored because of concerns about his iron levels.")

    d.heading("Section D: Social care needs", level=2, section="D")
    d.para("Jasper is a disabled child under section 17 of the Children Act 1989. The "
           "Children with Disabilities Team assessment (November 2025) found that he needs "
           "one adult with him at all times when out in the community because he runs "
           "towards roads and water. The back garden is not secure, so he cannot play "
           "outside unless an adult stands with him. His parents are exhausted by broken "
           "sleep, and they have very little time to spend with Tobi on her own.")

    # ------------------------------------------------------------------ Part 3
    d.heading("Part 3 \u2013 What we want Jasper to achieve", level=1)
    d.heading("Section E: Outcomes sought", level=2, section="E")
    d.para("These outcomes look ahead to the end of Key Stage 2 (July 2028) unless an "
           "earlier date is given. Jasper's class teacher will break each outcome into "
           "small-step targets every term and share them with his parents at the termly "
           "review meeting.")
    d.table(["Ref", "Outcome", "Area of need"], [
        ["E1", "By July 2028, Jasper will combine two symbols on his communication aid to request an item or activity, without a physical prompt, on 8 out of 10 recorded opportunities.", "Communication and interaction"],
        ["E2", "By the end of Year 5, Jasper will complete three tasks at his work station and put each one in the 'finished' box without adult help, on four days out of five.", "Cognition and learning"],
        ["E3", "By the end of Key Stage 2, Jasper will hand an adult his 'break' symbol when a room becomes too noisy for him, on at least three out of four observed occasions, instead of biting his hand.", "Social, emotional and mental health"],
        ["E4", "By July 2027, Jasper will follow his five-step toileting sequence with no more than one pointing prompt at each visit.", "Independence and self-care"],
        ["E5", "Jasper will be kept safe at school and in the community.", "Sensory and physical"],
        ["E6", "Jasper will have weekly speech and language therapy.", "Communication and interaction"],
        ["E7", "Jasper will develop his play skills and enjoy being with other children.", "Social, emotional and mental health"],
    ], widths_cm=[1.2, 11.2, 4.2], header_fill="E8DAEF")

    # ------------------------------------------------------------------ Part 4
    d.heading("Part 4 \u2013 Provision to meet Jasper's needs", level=1)
    d.heading("Section F: Special educational provision", level=2, section="F")
    d.para("Jasper is taught in Class 4B, a class of eight pupils with a teacher and three "
           "teaching assistants, on the school's structured autism pathway. The provision "
           "below is in addition to that class offer. It is grouped by the outcome it "
           "mainly supports and is made in term time (39 weeks a year).")

    _ftable(d, "Supporting outcome E1 \u2013 communication", [
        ["Direct speech and language therapy using Jasper's AAC device: the therapist models core words and teaches him to put two symbols together to request during motivating play",
         "HCPC-registered speech and language therapist with specialist AAC experience, Ambersett Children's Therapy Service",
         "One 30-minute individual session every week of term", "Class 4B or the sensory room"],
        ["Aided language modelling: the adult working with Jasper points to core words on his device as they speak, at snack, in play and during work tasks",
         "All three Class 4B teaching assistants, each of whom has completed the therapist's half-day AAC modelling training",
         "Throughout every school day", "All areas of school"],
        ["New vocabulary to be added to Jasper's device as needed",
         "Class team", "Ongoing", "Classroom"],
        ["A total communication approach using, for example, Makaton signs, objects of reference and photographs",
         "Staff", "Where appropriate", "Around school"],
        ["Intensive Interaction sessions to build shared attention and turn-taking, when staffing allows",
         "Teaching assistant", "Most days", "Quiet room"],
    ])
    _ftable(d, "Supporting outcome E2 \u2013 learning and attention", [
        ["Attention Autism group (bucket, attention builder and turn-taking stages) with no more than four pupils",
         "Class teacher who has completed Attention Autism foundation training, with one teaching assistant",
         "Four 20-minute sessions a week, Monday to Thursday at 9:30", "Class 4B teaching area"],
        ["Structured work station: three left-to-right tasks matched to Jasper's current targets, ending with the 'finished' box",
         "Teaching assistant trained in structured teaching (TEACCH) by the school's autism lead teacher",
         "Twice every school day, 15 minutes each time", "Jasper's work station"],
        ["A personalised, differentiated curriculum in a class with a high staffing ratio",
         "Class team", "Full time", "Class 4B"],
        ["1:1 adult help to keep Jasper on task during focused learning sessions",
         "Teaching assistant", "A maximum of two hours a day", "Class 4B"],
        ["Jasper would benefit from switch-accessible cause-and-effect games on the interactive whiteboard",
         "Class teacher", "", "Classroom"],
    ])
    _ftable(d, "Supporting outcome E3 \u2013 emotional regulation", [
        ["A symbol timetable and 'now and next' board, gone through with Jasper when he arrives, before lunch and before home time; any change is shown with the 'change' symbol before it happens",
         "Class teaching assistant who holds a Level 3 qualification and has completed the school's autism practice training",
         "Three times every school day, 5 minutes each", "Classroom entrance"],
        ["Regulation routine: when Jasper bites his hand or covers his ears, the adult with him offers his 'break' symbol and takes him to the sensory room for 10 minutes with the deep-pressure cushion, dimmed lights and bubble tube, then back to class with a 'now and next' card",
         "Class 4B teacher or teaching assistants, all trained in Team-Teach (Level 1) and shown the routine by the autism lead teacher",
         "Each time these signs are seen, every school day", "Sensory room"],
        ["Chances to leave the room for a movement break when Jasper is unsettled",
         "Staff", "As and when", "Hall or playground"],
        ["Work with the educational psychologist on Jasper's self-injury, once her functional assessment has been completed",
         "Educational psychologist, Ambersett Educational Psychology Service",
         "Amount and frequency to be decided after the assessment", "School"],
    ])
    _ftable(d, "Supporting outcome E4 \u2013 sensory needs and self-care", [
        ["Sensory circuit from the sensory diet written by the occupational therapist: two minutes on the trampette, wall push-ups and a weighted lap pad, with a chewy tube offered for mouthing",
         "Teaching assistants shown the circuit by the occupational therapist, following the written copy on the sensory-room wall",
         "10 minutes at 9:10 and again at 13:15 every school day", "Sensory room"],
        ["Yearly visit from the occupational therapist to look at Jasper's sensory needs and advise the class team",
         "Occupational therapist", "Once a year", "School"],
        ["Timed toileting: Jasper is taken to the toilet at 9:00, 10:45, 12:15 and 14:30, sits for two minutes and follows a five-step picture sequence for wiping, flushing and handwashing; his pad is checked and changed in the hygiene room at the same visits",
         "Class teaching assistant who has completed the school's intimate care training",
         "Four times each school day, 10 minutes each visit", "Class 4B toilets and hygiene room"],
        ["Lunchtime help to widen the range of foods Jasper will eat, through a food exploration programme",
         "Midday staff", "Daily", "Dining hall"],
    ])
    _ftable(d, "Supporting outcomes E5 and E7 \u2013 safety and play", [
        ["1:1 supervision in the playground, reducing as Jasper's awareness of danger improves",
         "Teaching assistant", "Morning break and lunchtime", "Playground"],
        ["Access to small-group play sessions with pupils from other classes",
         "Class team", "Weekly", "Soft play room"],
    ])

    d.heading("Section G: Health care provision", level=2, section="G")
    d.bullets([
        "Review by the community paediatrician, Dr Varghese, every six months at the clinic held in Kelso Brook School, including Jasper's sleep and melatonin.",
        "Hydrocortisone 1% cream applied to the backs of Jasper's hands as required when the skin is broken, by a teaching assistant trained under his individual healthcare plan.",
        "Continence assessment and a supply of pads from the Ambersett Children's Continence Service, once a nurse is allocated.",
        "Dietetic input as appropriate to monitor Jasper's restricted diet.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2, section="H1")
    d.bullets([
        "A support worker from Brightpath Care for three hours every Saturday, so that Jasper can go to the swimming session at Ambersett Leisure Centre and to the park with his family.",
        "A fence panel and gate lock for the back garden, once an occupational therapist from the Children with Disabilities Team has been allocated to assess.",
    ])
    d.heading("Section H2: Other social care provision", level=2, section="H2")
    d.bullets([
        "Overnight short breaks at Larchfield House children's short breaks unit.",
    ])

    # ------------------------------------------------------------------ Part 5
    d.heading("Part 5 \u2013 Placement, personal budget and advice", level=1)
    d.heading("Section I: Placement", level=2, section="I")
    d.para("Kelso Brook School, Ambersett (maintained special school for pupils aged 2 to 19 "
           "with severe learning difficulties, profound and multiple learning difficulties "
           "and autism).")
    d.heading("Section J: Personal budget", level=2, section="J")
    d.para("No personal budget has been requested.")
    d.heading("Section K: Advice and information", level=2, section="K")
    d.bullets([
        "Parents' views \u2013 Adaeze Okonkwo and Martin Reid, 8 December 2025",
        "Jasper's views \u2013 gathered by Miss D. Quigley, class teacher, January 2026",
        "Educational advice \u2013 Mr N. Abernethy, Deputy Headteacher, Kelso Brook School, 12 December 2025",
        "Psychological advice \u2013 Dr Lowri Castellanos, Educational Psychologist, 15 December 2025",
        "Medical advice \u2013 Dr S. Varghese, Community Paediatrician, 3 December 2025",
        "Speech and language therapy advice \u2013 Ms P. Adomako, Ambersett Children's Therapy Service, 10 December 2025",
        "Occupational therapy advice \u2013 Ambersett Children's Therapy Service",
        "Social care advice \u2013 Children with Disabilities Team, 27 November 2025",
    ])
