"""Calderwick Borough Council - Reception child (age 4-5) with autism, a pathological demand
avoidance profile and very limited speech, on roll at a mainstream community primary school
and placed for the mornings in its Enhanced Resource Provision ('The Lantern'). Word Heading 1
headings in title case with a colon ('Section F: Special Educational Provision'). Cover
details in a shaded two-column details table; a boxed note on who contributed. E numbered
E1-E8. Section F opens with a short statement, then five area tables, each introduced by a
bold area line and an italic 'Outcomes:' line, with the columns What will be provided |
Amount and timing | Staffing and training | From advice (a K reference such as 'K6'). Row refs
(CI1, SE2 ...) are written into the provision cell. One row has 'TBC' cells and one has an
empty staffing cell. H1 and H2 separate; K numbered K1-K9, one entry undated. FINAL plan."""

TITLE = "Education, Health and Care Plan - Theo Marchetti"

WIDTHS = [6.6, 3.9, 4.6, 1.5]
HEAD = ["What will be provided", "Amount and timing", "Staffing and training", "From advice"]


def _area(d, title, outcomes, rows):
    d.bold_line(title, size=11.5, color="2E5E4E")
    d.para("Outcomes: " + outcomes, italic=True, size=10)
    d.table(HEAD, rows, widths_cm=WIDTHS, font_size=9.5, header_fill="DCEBE4")


def build(d):
    d.simple_footer("Calderwick Borough Council  \u2022  Education, Health and Care Plan  "
                    "\u2022  Theo Marchetti  \u2022  FINAL")
    d.title("Calderwick Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Theo Marchetti"),
        ("Date of birth", "14/02/2021"),
        ("Year group", "Reception (EYFS)"),
        ("Home address", "27 Fennel Walk, Calderwick, ZY4 8TN"),
        ("Parents", "Giulia Marchetti and Rhys Marchetti"),
        ("Contact", "01632 960318 / 07700 900562, giulia.marchetti@example.org"),
        ("NHS number", "999 318 6042"),
        ("UPN", "Z999000271828"),
        ("Current setting", "Ivybridge Road Primary School (Reception class and The Lantern ERP)"),
        ("Date of this final plan", "9 February 2026"),
        ("Review", "Early review by 31 July 2026 (six months, as Theo is in the early years)"),
        ("EHC co-ordinator", "Parveen Lockhart-Ames, Calderwick SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5), fill="E8F1ED")
    d.para("This plan was written with Giulia and Rhys at a meeting at Ivybridge Road on "
           "20 January 2026. Theo's teacher in The Lantern, his keyworker and the speech and "
           "language therapist also took part. Theo's own views were gathered by watching him "
           "play and by offering him photographs to choose from.", italic=True, size=10)

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("About Theo", level=2)
    d.para("Theo is a lively, curious boy with a cheeky sense of humour. He loves trains, "
           "spinning lids, bubbles, water play and the song 'Five Little Ducks', and he will "
           "lie on the floor to watch the wheels of a toy engine go round for a long time. He "
           "is very good at puzzles and can finish a 24-piece jigsaw faster than most of his "
           "class. He likes being chased in the playground as long as he decides when it starts "
           "and stops.")
    d.heading("What Theo has shown us", level=2)
    d.para("Theo has very little spoken language, so his views were gathered by the adults who "
           "know him best. When shown photographs of his day in January 2026 he chose the "
           "water tray, the climbing frame and 'Ms K' (his keyworker) again and again. He "
           "pushed away the photographs of the hall and the dinner queue and covered his ears. "
           "When an adult asks him to do something directly, he often says \"no\", runs off, "
           "or lies down; when the same thing is offered as a game or a choice, he often joins "
           "in. He takes adults by the hand to show them what he wants.")
    d.heading("What Giulia and Rhys say", level=2)
    d.para("\"Theo is a joy, but his day has to feel like his idea. The minute something "
           "sounds like an instruction, even 'shoes on', the shutters come down. We want "
           "school to understand that it's not naughtiness, it's panic. More than anything we "
           "want him to have a way of telling us what he wants, whether that's words, "
           "pictures or signs. We'd like him to have friends who get him and to be happy "
           "going to school. Our hope is that one day he can go to the local secondary school "
           "with his sister's friends and maybe work with trains or computers.\"")
    d.para("Theo's older sister Ada (8) goes to Ivybridge Road too. Ada says: \"He's my best "
           "brother. He likes it when I do the train noises.\"")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Theo was diagnosed with autism by the Calderwick Child Development Centre in "
           "November 2024; the assessing team noted a profile of extreme demand avoidance. He "
           "uses around 20 single words, mostly names of favourite things (\"train\", "
           "\"bubble\", \"juice\") and \"no\". Much of his speech is echoed from songs and "
           "television. He does not yet use words to ask for help, to greet people or to "
           "comment. He leads adults by the hand, points with his whole hand and uses two "
           "Makaton signs (\"more\" and \"finished\"). He has started to exchange a single "
           "picture card to get a snack when the card is within reach (PECS Phase 2), but "
           "not yet across the room. He understands single words in familiar routines and "
           "short phrases paired with a gesture, but not instructions of two or more parts. "
           "He rarely looks towards an adult who calls his name, and he finds it very hard to "
           "share attention with an adult on something the adult has chosen.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Everyday requests, praise said too loudly and any sense of being directed cause "
           "Theo intense anxiety. He tries to avoid them by running away, hiding under "
           "tables, saying \"no\", dropping to the floor or, when cornered, hitting and "
           "scratching. These episodes happen three or four times a day in school and can "
           "last 20 minutes. Unexpected change (a different adult, a fire drill, an assembly) "
           "makes them more likely. He plays alongside other children but not with them, and "
           "he gets upset when others join his play without warning. He needs the adults "
           "around him to reduce demands, offer real choices and help him feel in control.")
    d.heading("Cognition and learning", level=2)
    d.para("Theo's visual and spatial skills are a strength: he completes inset and jigsaw "
           "puzzles, matches shapes and colours, and sorts by category when the task is "
           "visual. He knows the numbers one to ten by sight and can count five objects when "
           "he is interested. His learning across the Early Years Foundation Stage is well "
           "below the expected level in communication, personal and social development and "
           "literacy, because he cannot yet follow adult-led teaching and attends to a task "
           "for one or two minutes unless he has chosen it.")
    d.heading("Sensory and physical", level=2)
    d.para("Theo seeks movement: he spins, jumps and climbs and finds it very hard to sit on "
           "the carpet. He is distressed by sudden noise (hand dryers, the school bell, "
           "echoing halls) and covers his ears or screams. He mouths objects. His gross motor "
           "skills are good; his fine motor skills are delayed and he will not yet hold a "
           "pencil or crayon for more than a few seconds.")
    d.heading("Self-care and independence", level=2)
    d.para("Theo is not yet toilet trained and wears pull-up pants. He does not tell adults "
           "when he is wet or soiled. He eats a small range of foods (plain pasta, crackers, "
           "yoghurt, banana), finds the dining hall overwhelming and needs help to take his "
           "coat and shoes on and off.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Theo is under the care of Dr S. Varga, community paediatrician at Calderwick Child "
           "Development Centre. Alongside his autism, he has great difficulty getting to sleep "
           "and often wakes in the night, which leaves him tired and less able to cope with "
           "demands the next day; melatonin was started in 2025. He eats a very restricted "
           "diet and his weight is monitored. He has mild eczema on his hands and the backs of "
           "his knees. His hearing was tested as normal in September 2024.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("A children with disabilities assessment was completed by Calderwick Children's "
           "Services in December 2025. Theo needs constant supervision at home because he has "
           "no sense of danger and will open the front door and run. Giulia and Rhys both "
           "work part time and have little time to themselves or with Ada. The family would "
           "benefit from regular breaks, and Theo needs support to take part in activities "
           "in the community, such as swimming or play sessions.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below are for the end of Theo's Reception year unless a different date "
           "is given. The teacher in The Lantern will agree smaller steps with Giulia and Rhys "
           "each half-term and record them on Theo's learning journey.")
    d.numbered([
        "By the end of Reception (July 2026), Theo will ask for five different things he wants by handing over a picture card or saying the word, without a physical prompt from an adult.",
        "By July 2026, Theo will stay with an adult-led group activity alongside up to four other children for 10 minutes, on four days out of five.",
        "Theo will develop his play skills.",
        "By the end of Reception, Theo will use his 'now and next' strip to move from one activity to the next within two minutes, in 8 out of 10 observed transitions.",
        "Theo will be calmer and have fewer meltdowns.",
        "By July 2026, Theo will use the toilet for a wee when taken at set times on at least three of the five daily visits.",
        "Theo will receive speech and language therapy every week.",
        "Theo will go to a mainstream secondary school with his friends.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Theo is on roll in the Reception class at Ivybridge Road Primary School. He spends "
           "each morning in The Lantern, the school's Enhanced Resource Provision for autistic "
           "pupils (eight places, one teacher and three teaching assistants), and each "
           "afternoon in his Reception class. The provision below is made in term time. The "
           "last column shows the advice in Section K that each row came from.")

    _area(d, "Communication and interaction", "E1, E2, E3", [
        ["CI1  Direct speech and language therapy in The Lantern, working through play on "
         "exchanging pictures to request (moving from PECS Phase 2 to Phase 3) and on "
         "modelling single words onto Theo's gestures and signs",
         "One 40-minute session each week, plus a 20-minute joint session with Theo's "
         "keyworker once every half-term",
         "HCPC-registered speech and language therapist commissioned by Calderwick Borough "
         "Council", "K6"],
        ["CI2  Attention Autism group (bucket, attention builder and turn-taking stages) with "
         "no more than four children",
         "Four 15-minute sessions a week, Monday to Thursday at 10:15",
         "The Lantern teacher, who has completed accredited Attention Autism training, "
         "with the teaching assistant in SE1", "K6"],
        ["CI3  A communication system for Theo, to be chosen with the speech and language "
         "therapist (PECS book or a core-vocabulary board)",
         "TBC", "TBC", "K6"],
        ["CI4  Makaton signs to be used with Theo where appropriate",
         "Ongoing", "Staff who know Theo", "K5"],
        ["CI5  Speech and language therapy advice to the Reception class teacher on adapting "
         "her language during carpet time and stories",
         "Each term", "NHS speech and language therapist, Calderwick Community Children's "
         "Therapies", "K6"],
        ["CI6  It would help Theo to have Intensive Interaction sessions with a familiar adult",
         "Daily if possible", "Keyworker", "K5"],
    ])

    _area(d, "Social, emotional and mental health", "E4, E5", [
        ["SE1  A named keyworker stays with Theo for the whole of the morning in The Lantern, "
         "using low-demand language (statements rather than questions, a choice of two, no "
         "countdowns) and going with him on every move to and from the Reception class",
         "Every school day from 8:45 to 12:00 (16 hours 15 minutes a week)",
         "Teaching assistant with a Level 3 early years or teaching assistant qualification "
         "who has completed the Calderwick Autism Team's two-day PDA course; a second "
         "assistant with the same training covers absence", "K3, K5"],
        ["SE2  1:1 support in the Reception class each afternoon",
         "Up to 2 hours 30 minutes each afternoon, the amount to be decided by the Lantern "
         "lead according to how settled Theo is",
         "Teaching assistant", "K3"],
        ["SE3  Access to the calm den in The Lantern when Theo becomes overwhelmed",
         "As needed", "", "K5"],
        ["SE4  A 'now and next' photo strip gone through with Theo before each change of "
         "activity, with the 'next' always offered as a choice of two photographs so that he "
         "keeps a sense of control",
         "At each of the seven planned changes in his daily timetable",
         "The teaching assistant in SE1 in the morning and the teaching assistant in SE2 in "
         "the afternoon", "K3"],
        ["SE5  Strategies to lower demands, e.g. indirect requests, humour, role play and "
         "letting Theo 'teach' the adult, etc.",
         "Throughout the day", "All staff", "K3"],
    ])

    _area(d, "Cognition and learning", "E2, E3", [
        ["CL1  Individual work at a structured workstation: three short tasks built around "
         "Theo's interests (posting, shape and colour matching, early number with Numicon "
         "pieces) set out left to right with a 'finished' box",
         "Two 10-minute sessions every school day, at 9:30 and 11:15",
         "The Lantern teacher (qualified teacher), or the teaching assistant in SE1 working "
         "to the teacher's weekly plan", "K4"],
        ["CL2  Small-group early literacy and number work in The Lantern",
         "Three times a week, to be reviewed at Christmas", "Lantern team", "K4"],
        ["CL3  An individual learning programme across the EYFS areas, to be put together once "
         "the educational psychologist has finished her observations in the summer term",
         "To be agreed", "SENCO", "K4"],
    ])

    _area(d, "Sensory and physical", "E4, E5", [
        ["SP1  A sensory circuit written by the occupational therapist: alerting (ten bounces "
         "on the trampette, crawling through the tunnel), organising (wall push-ups, carrying "
         "a weighted ball) and calming (slow rolling under a gym mat)",
         "10 minutes at 8:50 and again at 13:00, every school day",
         "Teaching assistant shown the circuit by the occupational therapist, who watches it "
         "and updates it in person once each half-term", "K7"],
        ["SP2  A sensory diet for home and school, to be provided when an NHS occupational "
         "therapist is allocated to Theo", "", "Occupational therapy service", "K7"],
        ["SP3  Sensory equipment as appropriate, such as fidget toys, chewy tubes and a "
         "weighted lap pad", "As needed", "Class staff", "K7"],
    ])

    _area(d, "Self-care and independence", "E6", [
        ["SC1  A timed toileting routine: a four-picture sequence on the toilet door, the same "
         "changing room each time, and bubbles as Theo's reward",
         "At 9:15, 10:45, 12:15, 13:45 and 14:45 each school day, 5 minutes each visit",
         "One of the two teaching assistants who have completed the school's intimate care "
         "training and the school nurse's continence awareness session", "K8"],
        ["SC2  An adult sits with Theo at lunch in the small dining room to help him eat, "
         "reducing as he becomes more independent",
         "Every lunchtime, 12:00 to 12:45, at first", "Midday supervisor", "K3"],
        ["SC3  Backward chaining of putting on his coat and shoes at home time, using a "
         "four-step photo sequence, with Theo doing the last step himself first",
         "10 minutes at 14:55 every school day",
         "A teaching assistant from SC1, shown the sequence and the prompting steps by the "
         "Lantern teacher", "K5"],
    ])

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by the community paediatrician at Calderwick Child Development Centre every six months, covering Theo's sleep, weight and diet.",
        "Melatonin 2 mg, given by his parents at home at bedtime and prescribed by the community paediatrician.",
        "Emollient cream for Theo's eczema, applied as required by a trained teaching assistant following his individual health care plan.",
        "Advice from a paediatric dietitian about Theo's restricted diet, when a dietitian becomes available.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A Family Link carer trained in autism for 3 hours every other Saturday, so that Giulia and Rhys can spend time with Ada.",
        "Short breaks at the Cedar House play scheme, as agreed with the family.",
    ])
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("None identified at this time.")

    d.heading("Section I: Placement", section="I")
    d.para("Ivybridge Road Primary School, Calderwick (mainstream community primary school), "
           "with Theo on roll in the Reception class and placed each morning in the school's "
           "Enhanced Resource Provision for autistic pupils, The Lantern.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Theo's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and Information", section="K")
    d.numbered([
        "Parents' views \u2013 Giulia and Rhys Marchetti, 18 November 2025",
        "Theo's views \u2013 gathered by his keyworker using photographs, 12 January 2026",
        "Educational advice \u2013 Mrs H. Okonjo, SENCO, Ivybridge Road Primary School, 25 November 2025",
        "Psychological advice \u2013 Dr Lena Castellanos, Educational Psychologist, 2 December 2025",
        "Autism advice \u2013 Calderwick Autism Team, Specialist Teacher Mr J. Pell, 28 November 2025",
        "Speech and language therapy advice \u2013 Ms A. Durrant, HCPC-registered SaLT, 1 December 2025",
        "Occupational therapy advice \u2013 Calderwick Community Children's Therapies",
        "Medical advice \u2013 Dr S. Varga, Community Paediatrician, 21 November 2025",
        "Social care advice \u2013 Children with Disabilities Team, Calderwick Children's Services, 10 December 2025",
    ], fmt="K{n}")
