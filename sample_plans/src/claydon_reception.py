"""Claydon Borough Council - Reception child (4) with a speech sound disorder and a
developmental language disorder, in a mainstream primary school with an LA-designated
Speech and Language Unit (mornings in the Unit, afternoons in the Reception class).
Word Heading 1 headings with the letter first and the title in brackets ('Section A (Views,
interests and aspirations)'); H1 and H2 are Heading 2 under a Heading 1 'Section H (Social
care provision)'. Cover details in a two-column details table; running header with the
child's name and date of birth and a 'FINAL  Page X of Y' footer. E numbered E1-E7.
Section F is grouped by WHERE the provision happens (Heading 3 'F1 In the Speech and
Language Unit (mornings)' ... 'F4 Across the school day and moving up to Year 1'), a
four-column table each with the columns in an unusual order: frequency FIRST (When, how
often and for how long | What Theo will get | Who will provide it, and their training |
Outcome); one row splits over a page break. FINAL plan."""

TITLE = "Education, Health and Care Plan - Theo Marchbank"

COLS = ["When, how often and for how long", "What Theo will get",
        "Who will provide it, and their training", "Outcome"]
WIDTHS = [3.9, 6.6, 4.4, 1.7]


def build(d):
    d.running_header_footer("Theo Marchbank   DOB 14/03/2021   Education, Health and Care Plan",
                            footer_left="Claydon Borough Council  |  FINAL", first_page_plain=True)
    d.title("Claydon Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Theo Marchbank"),
        ("Date of birth", "14/03/2021"),
        ("NHS number", "999 318 4472"),
        ("UPN", "K999021540301"),
        ("Year group", "Reception (2025/26)"),
        ("Home address", "12 Linnet Way, Claydon, ZY4 6HD"),
        ("Parents", "Hannah Marchbank and Gareth Marchbank"),
        ("Contact", "07700 900582 (Hannah), 01632 960731 (home), hannah.marchbank@example.org"),
        ("Setting", "Furzebrook Primary School and its Speech and Language Unit"),
        ("Date of request for assessment", "2 September 2025"),
        ("Date of final plan", "10 February 2026"),
        ("Next review", "An early review by 31 July 2026; annual review by 9 February 2027"),
        ("EHC co-ordinator", "Priya Lindqvist, Claydon SEND Assessment Team"),
    ])

    d.heading("Section A (Views, interests and aspirations)", section="A")
    d.heading("What Theo told us", level=2)
    d.para("Theo's views were gathered by Mrs Jenner, his key person at Little Acorns "
           "Pre-school, over three short sessions in November 2025 using photographs of his "
           "day and a simple Talking Mat with 'happy', 'not sure' and 'sad' faces. Theo put "
           "the photos of the sandpit, the bikes and story time on 'happy'. He put 'carpet "
           "time' and 'lunch hall' on 'sad', and said \"too noisy\" and \"they not know me\" "
           "(they don't understand me). When asked what he wants to be when he is big he "
           "said \"digger man\" and made the noise of a digger.")
    d.heading("What Theo's parents told us", level=2)
    d.para("Hannah and Gareth describe Theo as a kind, busy little boy who loves diggers, "
           "tractors, their dog Biscuit and playing outside with his big sister Poppy. He is "
           "very good at jigsaws and at building with bricks. They know what he means most "
           "of the time, but grandparents and other children often do not, and he gets very "
           "upset and sometimes lashes out when he is not understood. They want Theo to be "
           "able to talk to anyone, to make friends and to enjoy learning to read. In the "
           "longer term they hope he will go to his local secondary school with his friends "
           "and do a job he loves, \"probably outdoors and probably with machines\".")

    d.heading("Section B (Special educational needs)", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Speech: Theo has a phonological speech sound disorder. He replaces sounds made at "
           "the back of the mouth with front sounds (\"tar\" for car, \"doe\" for go), leaves "
           "off the ends of words (\"ca\" for cat), and reduces clusters (\"poon\" for spoon). "
           "In his NHS assessment (October 2025) unfamiliar adults understood about a third "
           "of what he said; his parents understand about three-quarters.")
    d.para("Language: Theo has a developmental language disorder affecting both "
           "understanding and talking. He can follow an instruction with two key words in a "
           "familiar setting, but not three (for example, he cannot yet reliably 'put the "
           "small teddy under the chair'). He does not yet understand 'why' questions or "
           "words for position and time. He talks in two- and three-word phrases, mostly "
           "nouns, and rarely uses verbs or word endings such as -ing and -ed. His vocabulary "
           "is well below that of children of his age.")
    d.para("Interaction: Theo wants to play with other children but often stands at the "
           "edge of games. He uses gesture and pulls adults by the hand to show what he "
           "wants, and gives up talking when he is not understood.")
    d.heading("Cognition and learning", level=2)
    d.para("Theo has good visual and non-verbal reasoning skills. He finds it hard to hear "
           "the differences between speech sounds, to hear rhyme and to split words into "
           "syllables, which will make early phonics and reading difficult. He can count "
           "objects to 5 but does not yet understand words such as 'more', 'fewer', 'first' "
           "and 'last'.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("When Theo is not understood he becomes frustrated. At pre-school he hit out at "
           "other children two or three times a week, usually during busy group times, and "
           "he sometimes hides under a table when an adult asks him to repeat himself. He "
           "has found the move to full days in Reception tiring and upsetting.")
    d.heading("Sensory and physical", level=2)
    d.para("Theo's hearing is now within the normal range following grommets in 2024 (see "
           "Section C). His fine and gross motor skills are typical for his age. He has no "
           "special educational needs in this area.")

    d.heading("Section C (Health needs relating to Theo's SEN)", section="C")
    d.para("Theo had recurrent glue ear (otitis media with effusion) from the age of two and "
           "had grommets fitted at Claydon General Hospital in May 2024. His most recent "
           "hearing test (September 2025) was within normal limits. His ENT consultant wants "
           "his ears reviewed again because the grommets are expected to come out during "
           "2026. His speech sound disorder and developmental language disorder were "
           "diagnosed by the Claydon Children's Therapy Service in October 2025.")

    d.heading("Section D (Social care needs)", section="D")
    d.para("No social care needs relating to Theo's special educational needs or to a "
           "disability were identified. Claydon Children's Services confirmed this in their "
           "advice of 8 December 2025.")

    d.heading("Section E (Outcomes)", section="E")
    d.para("The outcomes below are for the end of Key Stage 1 unless another date is given. "
           "The Unit teacher will set half-termly steps towards each outcome and go through "
           "them with Theo's parents at their termly meetings.")
    d.numbered([
        "By July 2026, Theo will use /k/ and /g/ correctly at the start of words in his everyday talk, so that familiar adults in school understand at least three out of every four things he says.",
        "By the end of Year 1, Theo will follow a spoken instruction with three key words in class, without a gesture or picture, on four out of five occasions.",
        "Theo will develop his vocabulary and language skills.",
        "By the end of Reception, Theo will describe a picture using a sentence of four or more words that includes a verb, such as \"the boy is kicking the ball\".",
        "By the end of Year 1, Theo will blend and read aloud 20 three-letter words with at least 80% accuracy.",
        "Theo will receive speech and language therapy every week.",
        "Theo will stop hitting other children when they do not understand him.",
    ], fmt="E{n}")

    d.heading("Section F (Special educational provision)", section="F")
    d.para("Theo attends the Speech and Language Unit at Furzebrook Primary School every "
           "morning and his Reception class every afternoon. The provision below is grouped "
           "by where it happens. It runs in term time for the life of this plan unless a "
           "different period is given.")

    d.heading("F1  In the Speech and Language Unit (mornings)", level=3)
    d.table(COLS, [
        ["Every school morning, 8:45 to 11:45 (15 hours a week)",
         "A place in the Unit class, which has no more than ten children, for teaching of the Reception curriculum through language-rich, play-based activities planned around each child's speech and language targets",
         "Unit teacher with a postgraduate certificate in speech, language and communication needs, working with a Level 3 Unit teaching assistant",
         "E1, E2, E4"],
        ["Five minutes at 8:40 every morning, before the other children arrive",
         "A calm start at the Unit door: the adult goes through the day's now-and-next board with Theo and lets him choose his first activity",
         "Unit teaching assistant",
         "E7"],
        ["10 minutes, 1:1, at the start of every Unit morning",
         "Practice of Theo's current speech sound targets (at present /k/ and /g/ at the start of words) with the picture cards and minimal-pair games in his therapy folder",
         "Unit teaching assistant trained by Theo's speech and language therapist, who watches a practice session and updates the targets every half-term",
         "E1"],
        ["Up to three times a week",
         "Colourful Semantics in a small group, to help Theo build sentences with 'who', 'doing' and 'what'",
         "Unit teaching assistant",
         "E4"],
        ["Whenever time allows",
         "Pre-teaching of the key words for each new class topic, with pictures and real objects",
         "Unit teaching assistant",
         "E3"],
        ["Most mornings",
         "Listening and sound-awareness games (rhyme, clapping syllables, spotting which sound is different)",
         "Unit staff",
         "E5"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("F2  In the Reception class (afternoons)", level=3)
    d.table(COLS, [
        ["Every afternoon, 12:45 to 15:15 (twelve and a half hours a week)",
         "In-class support: the adult breaks the teacher's instructions into two-key-word chunks, shows the matching symbol card, and checks that Theo has understood before he starts",
         "A named teaching assistant with a Level 3 qualification who has completed the Elklan Speech and Language Support for 3-5s course",
         "E2"],
        ["Throughout the afternoon",
         "A visual timetable on Theo's table and symbol cards to back up spoken instructions, used when he seems unsure",
         "Reception class staff",
         "E2"],
        ["Daily",
         "Extra phonics in a small group, using the school's chosen scheme and at a pace the class teacher judges right",
         "Reception team",
         "E5"],
        ["Three 20-minute sessions a week, in ten-week blocks in the spring and summer terms",
         "Talk Boost KS1 language group, in a group of no more than four children, working on listening, vocabulary, building sentences and telling a simple story",
         "Reception teaching assistant who has completed I CAN's Talk Boost KS1 training",
         "E3, E4"],
        ["Whenever he needs it",
         "Theo will have the chance to calm down in the book-corner tent when he becomes upset",
         "Classroom adults",
         "E7"],
        ["Some lunchtimes",
         "Adult-supported play in the playground to help Theo join in with other children's games",
         "Midday supervisors",
         "E7"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("F3  Speech and language therapy", level=3)
    d.table(COLS, [
        ["One 30-minute individual session every week in term time, in the Unit therapy room",
         "Direct speech and language therapy on Theo's speech sound system (fronting and final consonant deletion) using minimal-pair contrast therapy",
         "HCPC-registered speech and language therapist from the Claydon Children's Therapy Service, attached to the Unit",
         "E1"],
        ["30 minutes every Thursday morning in term time",
         "Direct language therapy in a pair with another Unit pupil, working on understanding 'who', 'what' and 'where' questions (Blank Levels 1 and 2) and on using verbs in short sentences",
         "The same HCPC-registered speech and language therapist",
         "E2, E4"],
        ["Termly",
         "A visit to the Reception class to model strategies and update Theo's targets with his class teacher",
         "Speech and language therapy service",
         "E2"],
        ["Length of the block decided by the therapy service at the time",
         "An extra block of intensive speech sound therapy if Theo's progress stalls, depending on whether a therapist can be released from the community caseload",
         "Claydon Children's Therapy Service",
         "E1"],
        ["5 minutes every evening",
         "Speech sound homework sent home in Theo's book bag for his parents to carry out with him",
         "Theo's parents",
         "E1"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("F4  Across the school day and moving up to Year 1", level=3)
    d.table(COLS, [
        ["In every Unit session and every lesson in class",
         "Makaton signs for key words, used alongside speech with Theo and taught to him so that he can use them when his words are not understood",
         "The Unit teacher, the Unit teaching assistant and Theo's class teaching assistant, all of whom have completed the Makaton Foundation Workshop",
         "E3, E7"],
        ["",
         "Theo would benefit from emotion coaching and a 'feelings fan' so that he can show adults how he is feeling",
         "Learning mentor",
         "E7"],
        ["Weekly to begin with in the summer term, then less often once Theo has settled",
         "Extra visits to the Year 1 classroom before he moves up, with a photo book of the new room and adults to take home",
         "Year 1 staff",
         "E7"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Section G (Health provision)", section="G")
    d.bullets([
        "A hearing test at the Claydon Community Audiology Clinic every six months until Theo's grommets have come out and his hearing has been stable for a year.",
        "ENT review at Claydon General Hospital when he comes to the top of the ENT waiting list.",
        "Health visiting input for the family as needed.",
    ])

    d.heading("Section H (Social care provision)")
    d.heading("H1  Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2, section="H1")
    d.para("None. Theo has no assessed needs under section 2.")
    d.heading("H2  Other social care provision", level=2, section="H2")
    d.para("None.")

    d.heading("Section I (Placement)", section="I")
    d.para("Furzebrook Primary School, Claydon (a mainstream community primary school), "
           "attending its Speech and Language Unit, an LA-designated specialist resource "
           "provision for up to 12 pupils aged 4 to 7, each morning, and his Reception "
           "class each afternoon.")

    d.heading("Section J (Personal budget)", section="J")
    d.para("Theo's parents have not asked for a personal budget.")

    d.heading("Section K (Advice and information)", section="K")
    d.para("The following advice was gathered during the assessment and is attached to this "
           "plan as appendices:")
    d.numbered([
        "Parents' views - Hannah and Gareth Marchbank, 29 September 2025",
        "Theo's views - gathered by Mrs L. Jenner, key person, Little Acorns Pre-school, 20 November 2025",
        "Educational advice - Mrs S. Okafor, SENCO, Furzebrook Primary School, 3 November 2025",
        "Psychological advice - Dr Callum Fairweather, Educational Psychologist, 12 November 2025",
        "Speech and language therapy advice - Ms R. Antwi, Speech and Language Therapist, Claydon Children's Therapy Service, 24 October 2025",
        "Medical advice - Dr E. Moretti, Community Paediatrician, 5 November 2025",
        "Audiology report - Claydon Community Audiology Clinic",
        "Social care advice - Claydon Children's Services, 8 December 2025",
    ], fmt="K{n}")
