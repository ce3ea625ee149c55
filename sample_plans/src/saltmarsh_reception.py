"""Saltmarsh Borough Council - Reception child (aged 4) with speech, language and
communication needs and sensory processing differences, in a mainstream infant school
with an attached language unit (resourced provision). Word Heading 1 headings with a
pipe between the letter and the title ('Section A | All about Rosie: views, interests
and aspirations'). Cover details in a two-column details table; small plain footer.
E is numbered E1-E8. Section F is grouped BY OUTCOME: a bold 'Towards outcome En - ...'
line, then a small 3-column sub-table per outcome with the deliverer FIRST
(Who will provide it | What will be provided | How often and for how long). Separate
H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Rosie Tamblyn"

_HEAD = ["Who will provide it", "What will be provided", "How often and for how long"]
_W = [4.4, 7.4, 4.8]


def _outcome_table(d, label, rows):
    d.para(label, bold=True, size=11.5)
    d.table(_HEAD, rows, widths_cm=_W, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.simple_footer("Saltmarsh Borough Council  \u00b7  EHC plan for Rosie Tamblyn  \u00b7  "
                    "FINAL  \u00b7  issued 9 February 2026")
    d.title("Saltmarsh Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Rosie Tamblyn"),
        ("Known as", "Rosie"),
        ("Date of birth", "14/03/2021"),
        ("NHS number", "999 603 2174"),
        ("Unique pupil number", "K999000582316"),
        ("Home address", "12 Gull Lane, Fleetwick, ZY4 8PD"),
        ("Parents", "Kerensa Tamblyn (mother) and Daniel Tamblyn (father)"),
        ("Contact", "01632 960318 (home), 07700 900782 (Kerensa), kerensa.tamblyn@example.org"),
        ("Setting", "Fleetwick Infant School, Reception (Puffin Class), with a place in the Seabank language unit"),
        ("Year group", "Reception"),
        ("Date EHC needs assessment requested", "22 September 2025"),
        ("Date of final plan", "9 February 2026"),
        ("Interim review", "July 2026, before Rosie moves into Year 1"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Lowenna Pascoe, Saltmarsh SEND Assessment Team"),
    ], widths_cm=(5.0, 11.6))

    d.heading("Section A | All about Rosie: views, interests and aspirations", section="A")
    d.heading("What Rosie told us", level=2)
    d.para("Rosie's views were gathered by her key person in the Seabank unit, Mrs Trevail, "
           "over two weeks in November 2025, using photographs of the classroom, a \"like / "
           "don't like\" sorting board and Rosie's own pointing and single words. Her words "
           "are written as she said them.")
    d.bullets([
        "Rosie pointed to the water tray, the bikes and the big blue trampette and said \"me like. Go fast.\"",
        "She put the photographs of the school hall and the dinner queue on the \"don't like\" side and covered her ears: \"too loud. Hurt.\"",
        "Looking at a photo of her brother: \"Jago my brother. Him play dinosaur.\"",
        "When asked who helps her, she pointed to Mrs Trevail and to her friend Maya from Puffin Class.",
    ])
    d.heading("What Rosie's parents say", level=2)
    d.para("Kerensa and Daniel describe Rosie as a bright, determined little girl who loves "
           "animals, splashing in rock pools on Fleetwick beach and bouncing on the trampoline "
           "in the garden. She is very loving with her seven-year-old brother Jago and copies "
           "everything he does. They find it heartbreaking when Rosie tries hard to tell them "
           "something and they cannot understand her; she then screams or throws herself on "
           "the floor. Busy places such as the supermarket and birthday parties are very hard "
           "for her, and they have stopped going to some family events.")
    d.para("Their hopes are that Rosie will be able to talk so that other people understand "
           "her, make a real friend, and go to the juniors with her classmates in Year 3. In "
           "the longer term they hope she will be independent and happy, and perhaps work "
           "with animals, which is what she says she wants to do (\"be a dog doctor\").")
    d.heading("How to communicate with Rosie", level=2)
    d.para("Get down to Rosie's level, say her name first and wait for her to look. Use short "
           "sentences with a gesture or picture, and give her at least ten seconds to answer. "
           "If you cannot understand her, ask her to show you rather than asking her to say "
           "it again.")

    d.heading("Section B | Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Rosie has a significant language disorder affecting both understanding and "
           "talking. On the CELF Preschool-2 (October 2025) her receptive and expressive "
           "language scores were both below the 2nd centile. She understands familiar "
           "one-part instructions within a routine but does not follow instructions given to "
           "the whole class, and she often copies other children rather than acting on what "
           "she has heard. She does not yet understand concept words such as under, behind, "
           "big / little, first and last, or simple \"why\" and \"what happened\" questions.")
    d.para("Rosie mostly speaks in one- and two-word phrases, with few verbs, and cannot yet "
           "tell an adult what has happened. She also has a speech sound disorder: she "
           "replaces /k/ and /g/ with /t/ and /d/ and drops the first sound of /s/ clusters "
           "(\"top\" for \"stop\"), so unfamiliar adults understand less than half of what she "
           "says. She plays alongside other children but rarely joins their play, and she "
           "finds turn-taking games very difficult.")
    d.heading("Cognition and learning", level=2)
    d.para("Rosie's non-verbal skills (puzzles, matching, building) are within the range "
           "expected for her age. Her learning in phonics, early reading and maths is held "
           "back by her language: she cannot yet hear the first sound in a word, and she can "
           "count objects to five but does not understand \"more\" or \"how many\". She "
           "attends to an adult-led carpet session for about two minutes.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("When Rosie cannot make herself understood, or when a room becomes noisy, she "
           "becomes distressed very quickly. She screams, hides under a table or lashes out at "
           "the nearest child, three or four times in a typical week. She is anxious at the "
           "classroom door in the mornings and clings to her father. She cannot yet name how "
           "she feels or ask for help.")
    d.heading("Sensory and physical", level=2)
    d.para("The occupational therapist's sensory profile (November 2025) shows that Rosie is "
           "over-responsive to noise and to some textures and under-responsive to movement. "
           "She covers her ears or runs from the hall, the dining room and hand dryers, "
           "refuses paint, sand and glue, and seeks a lot of spinning, jumping and crashing "
           "into furniture, which disrupts carpet time. Her pencil grip is immature (a "
           "whole-hand grasp) and she cannot yet snip with scissors.")
    d.heading("Independence and self-care", level=2)
    d.para("Rosie cannot yet put on her coat or change her shoes without an adult doing it "
           "for her, and she becomes upset by the feel of her PE kit. She is toilet trained "
           "but needs reminding to go.")

    d.heading("Section C | Health needs related to Rosie's special educational needs", section="C")
    d.para("Rosie had grommets fitted in June 2024 for glue ear. Her hearing was tested by the "
           "Saltmarsh Children's Audiology Service on 7 October 2025 and is now within the "
           "normal range in both ears; she will be reviewed every six months while the "
           "grommets remain. She has mild asthma, treated with a salbutamol inhaler, and is "
           "under the care of the community paediatrician, Dr Meneghini, who has diagnosed a "
           "language disorder and sensory processing difficulties and is not currently "
           "considering any other diagnosis. Rosie eats a narrow range of foods because of "
           "texture sensitivity; her weight and growth are normal.")

    d.heading("Section D | Social care needs", section="D")
    d.para("Rosie does not have an allocated social worker. Her parents have asked for help "
           "with her sleep (she wakes most nights between 2am and 4am) and with managing her "
           "distress at home and in public places. An Early Help assessment was completed on "
           "3 December 2025.")

    d.heading("Section E | Outcomes", section="E")
    d.para("The outcomes run to the end of Key Stage 1 (July 2028) unless another date is "
           "given. The Seabank unit teacher will agree small steps towards each outcome with "
           "Rosie's parents every half-term and record them on her learning journal.")
    d.numbered([
        "By the end of Reception (July 2026), Rosie will carry out a two-part spoken instruction given to the whole class without a picture prompt, on 4 out of 5 observed occasions.",
        "By July 2027, Rosie will use sentences of four or more words that include a verb to tell an adult what she wants or what has happened, in 8 of 10 recorded samples.",
        "Rosie will talk more clearly.",
        "By the end of Reception, Rosie will put on her ear defenders or go to the quiet corner by herself when the room gets noisy, rather than hiding or running, on at least 3 of every 4 occasions recorded over a fortnight.",
        "Rosie will be happier and calmer in school.",
        "By July 2026, Rosie will put on her coat and change her shoes for PE with no more than one spoken reminder.",
        "Rosie will attend a social communication group with other children.",
        "Rosie will stop hitting other children when she is frustrated.",
    ], fmt="E{n}")

    d.heading("Section F | Special educational provision", section="F")
    d.para("Rosie's provision is set out below under the outcome it works towards. Some items "
           "help with more than one outcome and are listed once. All provision is in term "
           "time, for the life of the plan, and is delivered at Fleetwick Infant School "
           "(Puffin Class and the Seabank language unit).")

    _outcome_table(d, "Towards outcome E1 \u2013 understanding what is said to her", [
        ["HCPC-registered specialist speech and language therapist, Saltmarsh Children's Therapy Service (based in the Seabank unit)",
         "Direct 1:1 therapy on understanding spoken language, using Blank Levels questioning and Language for Thinking picture scenes; a short note of each session's targets goes to the unit teacher and home",
         "Two 30-minute sessions a week"],
        ["Unit staff",
         "Visual timetable and now-and-next board to help Rosie understand the routine",
         "Throughout the day as appropriate"],
        ["Seabank unit teacher, a qualified teacher who has completed the Elklan Speech and Language Support for 3-5s course",
         "Language teaching in the unit in a group of no more than five children, working on concept words (position, size and time words) and on following instructions in play",
         "Every weekday morning from 9:15 to 10:00"],
        ["Reception class teaching assistant",
         "Pre-teaching of the key words for each new topic in Puffin Class",
         "Up to 20 minutes a week"],
    ])

    _outcome_table(d, "Towards outcome E2 \u2013 putting words together", [
        ["Teaching assistant trained in Colourful Semantics by the unit's speech and language therapist, who watches one session each half-term and updates the targets",
         "Colourful Semantics, 1:1: building who / doing / what / where sentences with the coloured picture cards, at the level set by the therapist",
         "15 minutes every school day, straight after lunch"],
        ["Speech and language therapist",
         "The therapist will give Rosie's parents a pack of language games to carry out with her at home",
         "Five evenings a week at home"],
        ["SENCO to arrange",
         "Rosie would benefit from joining a Talk Boost group once she is in Year 1",
         "When a place becomes free"],
    ])

    _outcome_table(d, "Towards outcome E3 \u2013 speech sounds", [
        ["Speech and language therapy assistant, supervised by the HCPC-registered therapist, who checks Rosie's targets every six weeks",
         "Individual speech-sound practice on the sounds the therapist has chosen (at present /k/, /g/ and /s/ clusters), using minimal-pair picture games and listening bombardment",
         "Three 10-minute sessions each week"],
        ["Class and unit staff",
         "Opportunities through the day to practise her new sounds",
         ""],
    ])

    _outcome_table(d, "Towards outcome E4 \u2013 managing noise and movement", [
        ["Teaching assistant who has completed the Saltmarsh occupational therapy service's sensory circuits training",
         "A sensory circuit in the unit hall: alerting (trampette, star jumps), organising (crawling through the tunnel, wheelbarrow walks) and calming (slow rocking over the peanut ball, deep-pressure cushion squash)",
         "Each morning before registration, 8:50 to 9:05, and a further 10 minutes straight after lunch"],
        ["Occupational therapist",
         "OT to complete a full sensory assessment and then put together a sensory diet for school",
         "To be confirmed once the assessment is done"],
        ["Class teacher",
         "Sensory equipment such as ear defenders, a wobble cushion, chewy tubes etc.",
         "As needed"],
        ["A familiar adult",
         "The calm den in the unit will be available to Rosie whenever she seems dysregulated",
         "Whenever she needs it"],
    ])

    _outcome_table(d, "Towards outcomes E5 and E8 \u2013 feelings and getting along with others", [
        ["Key adult",
         "A 5-minute meet-and-greet at the Puffin Class door with her transition object (her toy seal) before her father leaves",
         "Every morning"],
        ["The unit's Emotional Literacy Support Assistant (ELSA), trained by the Saltmarsh Educational Psychology Service and supervised by an educational psychologist every half-term",
         "Zones of Regulation, adapted with symbols and photographs: Rosie learns to name the blue, green, yellow and red zones and to choose one of three calming tools from the card on her lanyard",
         "Two 15-minute 1:1 sessions a week, on Tuesday and Thursday afternoons"],
        ["SENCO",
         "Emotional support in line with the recommendations in the educational psychologist's report",
         "As set out in the report"],
    ])

    _outcome_table(d, "Towards outcome E6 \u2013 hands and dressing", [
        ["Teaching assistant",
         "Fine motor activities (threading, playdough, tweezers and pegs) to build up Rosie's pencil grip, reducing once her grip is established",
         "10 minutes daily"],
        ["Puffin Class teaching assistant, using the step-by-step dressing sequence photographed and written for Rosie by the occupational therapist",
         "Backward-chaining practice of putting on her coat and changing her shoes, with the photo sequence card kept on her peg",
         "5 minutes at every playtime, lunchtime and home time, and before and after each PE lesson"],
    ])

    _outcome_table(d, "Towards outcome E7 \u2013 playing with other children", [
        ["Seabank unit team",
         "A turn-taking and shared-play group with other children from the unit",
         "Once a week this term, then to be reviewed"],
        ["Teaching assistant who has completed the two-day Brick-by-Brick LEGO-based therapy course",
         "Brick-by-Brick LEGO-based play in a group of three: Rosie and two Puffin Class children take turns as engineer, supplier and builder",
         "One 30-minute session each week, on Friday afternoons, for the whole school year"],
    ])

    d.heading("Section G | Health provision", section="G")
    d.bullets([
        "Hearing review by the Saltmarsh Children's Audiology Service every six months while Rosie's grommets are in place, with results sent to the Seabank unit teacher.",
        "Salbutamol inhaler with spacer, kept in the Puffin Class medicine box and given as required for wheeze under Rosie's asthma plan by staff trained by the school nurse.",
        "Community paediatric review with Dr Meneghini when needed.",
    ])

    d.heading("Section H1 | Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Nothing is needed at present: Rosie has not been assessed as needing any service "
           "under section 2 of the 1970 Act.")
    d.heading("Section H2 | Other social care provision", section="H2")
    d.bullets([
        "A family support worker from Saltmarsh Early Help will offer the family advice on sleep and managing distress as and when needed.",
        "A place for Kerensa and Daniel on the six-session Saltmarsh \"Understanding Your Child's Sensory World\" parent course (Thursday evenings, 2 hours each), starting 5 March 2026.",
    ])

    d.heading("Section I | Placement", section="I")
    d.para("Fleetwick Infant School, Saltmarsh (mainstream maintained infant school, ages 4-7), "
           "with a place in the school's Seabank language unit (local authority resourced "
           "provision for children with speech, language and communication needs).")

    d.heading("Section J | Personal budget", section="J")
    d.para("Rosie's parents have not asked for a personal budget.")

    d.heading("Section K | Advice and information", section="K")
    d.bullets([
        "Parents' views - Kerensa and Daniel Tamblyn, 6 October 2025",
        "Rosie's views - gathered by Mrs J. Trevail, key person, November 2025",
        "Educational advice - Fleetwick Infant School, Mrs C. Hocking, SENCO, 20 October 2025",
        "Psychological advice - Dr Ruth Quiller, Educational Psychologist, 28 October 2025",
        "Speech and language therapy advice - Mr T. Odusanya, Specialist Speech and Language Therapist, 15 October 2025",
        "Occupational therapy advice - Saltmarsh Children's Therapy Service",
        "Medical advice - Dr L. Meneghini, Community Paediatrician, 30 October 2025",
        "Social care advice - Saltmarsh Early Help Hub, 3 December 2025",
    ])
