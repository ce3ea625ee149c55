"""Sandrith County Council - Year 2 pupil with a phonological speech sound disorder and
selective mutism at a mainstream maintained infant school. Word Heading 1 headings in the
form 'SECTION F   Special educational provision' (upper-case word and letter, spaces, then
sentence-case title). Cover details in a shaded two-column details table, then a short
italic note. E is a list numbered E1-E7. Section F is one four-column table (Ref | What
Rosa will get | Who, and their training | How much) with reference codes by area (SP, TK,
LN, WB, ST) written into the first column and the amount given in provision-map shorthand
('40 mins x 1 per fortnight', '5 x 10 mins pw'); one amount cell is a dash and two are blank.
H1 and H2 separate. FINAL plan (first plan after an EHC needs assessment)."""

TITLE = "Education, Health and Care Plan - Rosa Penhaligon"


def build(d):
    d.simple_footer("Sandrith County Council  -  SEND Statutory Assessment Team  -  "
                    "EHC plan for Rosa Penhaligon  -  FINAL")
    d.title("Sandrith County Council", size=13, color="385723")
    d.title("Education, Health and Care Plan", size=21, color="385723")
    d.para("Final plan issued under section 37 of the Children and Families Act 2014",
           italic=True)
    d.details_table([
        ("Child's name", "Rosa Penhaligon"),
        ("Date of birth", "11.10.2018"),
        ("NHS number", "999 318 6624"),
        ("Unique pupil number", "R999181106452"),
        ("Year group (2025/26)", "Year 2"),
        ("Home address", "27 Larkspur Row, Hutton, ZY4 8TD"),
        ("Parents", "Hannah Penhaligon (mother) and Tomasz Wrobel (father)"),
        ("Telephone", "01632 960731 (home); 07700 900582 (Hannah, mobile)"),
        ("E-mail", "hannah.penhaligon@example.org"),
        ("Current school", "Hutton Lane Infant School"),
        ("Date EHC needs assessment requested", "22 July 2025"),
        ("Date of final plan", "4 December 2025"),
        ("Annual review to be held by", "3 December 2026"),
        ("EHC plan co-ordinator", "Gareth Pullinger, SEND Statutory Assessment Team"),
    ], widths_cm=(5.8, 10.7), fill="E2EFD9")
    d.para("Rosa lives with her mum, her dad and her younger brother Alfie, who is four. "
           "Rosa's views were gathered by her mum at home and by her teaching assistant in "
           "school, as described in Section A.", italic=True)

    d.heading("SECTION A   Views, interests and aspirations", section="A")
    d.heading("What Rosa has told us", level=2)
    d.para("Rosa does not yet talk to adults at school, so her views were collected in two "
           "ways. At home on 2 October 2025 her mum asked her the questions from the "
           "council's 'All About Me' booklet and recorded her answers on her phone. In school "
           "on 6 October 2025 Mrs Adair, her teaching assistant, used a Talking Mats board "
           "and Rosa placed picture cards under 'I like', 'not sure' and 'I don't like'.")
    d.para("What Rosa said at home: \"I like drawing horses and I like doing gymnastics with "
           "Alfie on the trampoline. At school I like the art table and I like playing "
           "families in the home corner. I don't like it when everyone looks at me. I don't "
           "like the hall at dinner time because it's too shouty. When I'm big I want to be "
           "a horse vet and have a pony called Biscuit.\"")
    d.para("On the Talking Mat Rosa put 'painting', 'story time', 'playing outside with one "
           "friend' and 'Mrs Adair' under 'I like'. She put 'saying the register', "
           "'reading to the teacher', 'assembly' and 'going to the toilet' under 'I don't "
           "like'. She put 'phonics' under 'not sure'.")
    d.heading("What Rosa's parents have told us", level=2)
    d.para("Hannah and Tomasz describe Rosa as a chatty, funny and imaginative girl at home "
           "who makes up long stories about her toy horses and bosses her little brother "
           "about. They were shocked when her Reception teacher told them she had not said a "
           "word in class. They feel that her speech difficulties came first: other children "
           "in nursery could not understand her and she stopped trying. They are worried that "
           "she does not drink or go to the toilet all day at school and comes home "
           "exhausted, and that she is falling behind with reading because she cannot read "
           "aloud to her teacher.")
    d.para("Their hopes are that Rosa will be able to talk to her teacher and friends by the "
           "time she goes to junior school, that people outside the family will understand "
           "her when she does speak, and that she will enjoy school. In the longer term they "
           "want her to have the confidence to do whatever she wants, including working with "
           "animals.")
    d.heading("How to communicate with Rosa", level=2)
    d.bullets([
        "Do not ask Rosa to speak or tell her she can talk 'when she is ready'; ask questions she can answer by pointing or nodding.",
        "Talk to her alongside an activity rather than face to face.",
        "If she does speak, carry on naturally - do not praise her for talking or make a fuss in front of other children.",
    ])

    d.heading("SECTION B   Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Rosa has a phonological speech sound disorder (Sandrith Children's Therapies, "
           "September 2025). She replaces sounds made at the back of the mouth with front "
           "sounds ('tat' for 'cat', 'do' for 'go'), leaves out the first sound of "
           "consonant clusters ('nake' for 'snake', 'poon' for 'spoon') and sometimes "
           "stops long sounds ('tun' for 'sun'). Her mum estimates that unfamiliar adults "
           "understand less than half of what Rosa says. Her understanding of spoken "
           "language and her vocabulary are within the average range for her age.")
    d.para("Rosa has selective mutism. She speaks fluently and loudly at home and with her "
           "grandparents, but at school she has not spoken to any adult since she started in "
           "Reception in September 2023. She whispers to one girl in her class when no adult "
           "is near. When she is asked a direct question, or when she thinks people are "
           "looking at her, she freezes: she goes still, looks down and does not move until "
           "the adult walks away. She communicates at school by pointing, nodding and "
           "drawing, and she will write single words.")
    d.heading("Cognition and learning", level=2)
    d.para("Rosa is working below age-related expectations in reading and writing. She "
           "knows most Set 1 Read Write Inc. sounds and about half of the Set 2 sounds when "
           "tested by pointing, but she cannot show her blending skills because the school's "
           "phonics checks require her to read aloud. Her spelling reflects her speech "
           "(she writes 'tat' for 'cat'). In maths she is working at the expected standard "
           "and enjoys practical activities. She does not ask for help when she is stuck, so "
           "she often sits without starting a task.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Rosa shows a high level of anxiety in school. She will not use the school "
           "toilets unless an adult she knows takes her, does not eat or drink in the dinner "
           "hall, and she stays at the edge of games in the playground. She becomes very "
           "distressed in assemblies and on days when the routine changes (supply teachers, "
           "trips, performances) and has cried silently under a table on three occasions "
           "this term. She has one friend in class and plays happily with her in the home "
           "corner.")
    d.heading("Sensory and/or physical", level=2)
    d.para("No sensory or physical special educational needs have been identified. Rosa's "
           "hearing was tested as normal in June 2025.")

    d.heading("SECTION C   Health needs related to special educational needs", section="C")
    d.para("Rosa had recurrent glue ear and had grommets fitted in March 2022. Her hearing "
           "was re-tested by the Sandrith Paediatric Audiology Service in June 2025 and was "
           "within normal limits in both ears. The community paediatrician (September 2025) "
           "confirmed the diagnoses of phonological speech sound disorder and selective "
           "mutism with anxiety. Rosa frequently refuses to drink at school and has had one "
           "urinary tract infection this year, which her GP linked to her holding on all day.")

    d.heading("SECTION D   Social care needs", section="D")
    d.para("No social care needs relating to Rosa's special educational needs or disability "
           "were identified. Sandrith Children's Social Care provided advice on 14 October "
           "2025 and the family did not wish to have a further assessment.")

    d.heading("SECTION E   Outcomes", section="E")
    d.para("The outcomes below are for the end of Key Stage 1 (July 2026) unless another "
           "date is given. Hutton Lane Infant School will set small steps towards each outcome "
           "each half-term and share them with Rosa's parents at a termly meeting.")
    d.numbered([
        "By July 2026, Rosa will say /k/ and /g/ correctly at the start of words in a picture-naming game with her speech and language therapist, in at least 8 out of 10 attempts.",
        "By July 2026, Rosa will answer a simple question from at least two adults in school other than her talking partner, in a whisper or in her normal voice, in a quiet room.",
        "Rosa will become more confident.",
        "By the end of Key Stage 1, Rosa will read all Set 2 Read Write Inc. sounds and blend them to read green words with at least 90% accuracy, shown by pointing or by reading aloud to her talking partner.",
        "Rosa will have speech therapy and an adult with her at lunchtimes.",
        "By December 2026, Rosa will use her help card or a whisper to ask an adult to go to the toilet, without waiting to be asked, on four days out of five.",
        "Rosa will stop freezing when adults speak to her.",
    ], fmt="E{n}")

    d.heading("SECTION F   Special educational provision", section="F")
    d.para("The provision below is to be made at Hutton Lane Infant School in every term-time "
           "week. In the 'How much' column, 'pw' means per week and 'mins' means minutes. "
           "The letters in the reference show the area of need: SP speech sounds, TK "
           "talking and selective mutism, LN learning, WB well-being, ST staff training.")
    d.table(["Ref", "What Rosa will get", "Who, and their training", "How much"], [
        ["SP1",
         "Direct 1:1 speech sound therapy using minimal-pair games to teach Rosa to contrast back and front sounds (k/t, g/d) and to say s-clusters. The therapist will write a short report on Rosa's progress for the SENCO and her parents every half-term.",
         "HCPC-registered speech and language therapist, Sandrith Children's Therapies",
         "40 mins x 1 per fortnight, for the life of this plan"],
        ["SP2",
         "Practice of Rosa's current speech sound targets with the picture cards the therapist provides, in the Nest room, with only Rosa and her talking partner present.",
         "Mrs J. Adair, Rosa's teaching assistant and talking partner, trained by the speech and language therapist (1 hour at the start, then 20 minutes each half-term)",
         "5 x 10 mins pw (daily, 9:15)"],
        ["SP3",
         "A written speech sound programme for home and school, to be put together once the therapist has reassessed Rosa in the spring term.",
         "SaLT",
         "-"],
        ["SP4",
         "Daily home practice of speech sounds, which Rosa's parents will carry out using the therapist's picture cards.",
         "Parents",
         "10 mins each evening"],
        ["SP5",
         "Rosa would benefit from joining a phonological awareness group (rhyme, syllables, blending and segmenting) when the timetable allows.",
         "Teaching assistant",
         "Weekly"],
        ["TK1",
         "A sliding-in programme based on The Selective Mutism Resource Manual (Johnson and Wintgens): Rosa talks with her talking partner in the Nest room, starting with her mum present, and one new adult or child is brought into the sessions only when Rosa has spoken comfortably at the current step on three sessions running.",
         "Mrs J. Adair, who has completed SMIRA's one-day selective mutism training, with half-termly supervision from the speech and language therapist",
         "15 mins x 4 pw"],
        ["TK2",
         "A 'hello' routine at the classroom door each morning: the class teacher greets Rosa and offers her the choice of a wave, a thumbs-up or a word, with no pressure to speak.",
         "Class teacher",
         "5 mins daily, 8:45"],
        ["TK3",
         "Non-verbal ways of answering (pointing, nodding, mini-whiteboard) should be accepted where possible.",
         "Staff",
         ""],
        ["TK4",
         "Confidence-building sessions in a small group with peers Rosa chooses.",
         "ELSA",
         "Weekly for a 6-week block, then to be reviewed"],
        ["TK5",
         "Someone to keep an eye on Rosa at lunchtime and help her join games if she is on her own.",
         "Lunchtime team",
         "Every lunchtime"],
        ["TK6",
         "A 'talking buddy' card on Rosa's table, and access to a calm space when she feels overwhelmed.",
         "",
         ""],
        ["LN1",
         "Read Write Inc. Phonics 1:1 Fast Track tutoring on Set 2 and Set 3 sounds. Rosa may point to or write her answers instead of reading aloud; her talking partner sits in on the first five minutes.",
         "HLTA who has completed Read Write Inc. Phonics training",
         "10 mins every afternoon (5 x pw)"],
        ["LN2",
         "Additional reading practice.",
         "Adults in class",
         "Regularly"],
        ["LN3",
         "Phonics and reading assessments adapted so that Rosa does not have to read aloud, e.g. by pointing to words or writing them, at the class teacher's discretion.",
         "Class teacher",
         "At each assessment point"],
        ["LN4",
         "A tablet with a text-to-speech app so that Rosa can 'say' her answers in class.",
         "SENCO to source",
         "If funding is agreed"],
        ["WB1",
         "Drawing and Talking sessions, 1:1, in the Nest room: a 12-week block starting on 12 January 2026, and a second 12-week block starting in September 2026.",
         "Miss P. Okonjo, learning mentor, a trained Drawing and Talking practitioner",
         "30 mins x 1 pw"],
        ["WB2",
         "Toilet routine: Rosa will be reminded to go to the toilet and an adult will go with her initially.",
         "Class TA",
         "Before morning break and before lunch"],
        ["WB3",
         "A visual timetable on Rosa's table showing the day's sessions, with any change (supply teacher, assembly, trip) shown to her privately before it happens.",
         "Class TA, who updates it with the class teacher",
         "Every school day, set up by 8:40"],
        ["WB4",
         "Time out in the Nest with a familiar adult if Rosa becomes distressed.",
         "Familiar adult",
         "Up to 20 mins per day"],
        ["ST1",
         "A 90-minute twilight training session on selective mutism and speech sound disorder for every adult who works with Rosa, including midday supervisors, with the agreed communication guidance handed out in writing.",
         "HCPC-registered speech and language therapist experienced in selective mutism",
         "Once in the autumn term 2025 and again before Rosa moves class in September 2026"],
    ], widths_cm=[1.2, 7.6, 4.6, 3.3], font_size=9.5)

    d.heading("SECTION G   Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician, Dr A. Marchetti, at the Hutton Child Development Centre once every 12 months, including a check on Rosa's anxiety and continence.",
        "A hearing test at the Sandrith Paediatric Audiology Service when an appointment becomes available.",
        "A named water bottle kept on Rosa's table; her class TA checks at lunchtime and at 14:30 each day that she has drunk from it, as advised by her GP.",
    ])

    d.heading("SECTION H1   Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No social care needs were identified (see Section D).")
    d.heading("SECTION H2   Other social care provision", section="H2")
    d.para("None.")

    d.heading("SECTION I   Placement", section="I")
    d.para("Hutton Lane Infant School, Hutton (mainstream maintained infant school, ages 4 to 7).")
    d.para("Rosa will move to junior school in September 2026. Her plan will be reviewed and "
           "amended to name her junior school by 15 February 2026.")

    d.heading("SECTION J   Personal budget", section="J")
    d.para("Rosa's parents have not asked for a personal budget.")

    d.heading("SECTION K   Advice and information", section="K")
    d.bullets([
        "Parents' views and Rosa's recorded views - Hannah Penhaligon and Tomasz Wrobel, 2 October 2025",
        "Rosa's Talking Mats views - Mrs J. Adair, teaching assistant, 6 October 2025",
        "Educational advice - Mrs K. Sutcliffe, SENCO, Hutton Lane Infant School, 9 October 2025",
        "Psychological advice - Dr Imogen Farrer, Educational Psychologist, 16 October 2025",
        "Medical advice - Dr A. Marchetti, Community Paediatrician, 29 September 2025",
        "Speech and language therapy advice - Ms L. Hendry, Speech and Language Therapist, Sandrith Children's Therapies, 22 September 2025",
        "Social care advice - Sandrith Children's Social Care, 14 October 2025",
        "Audiology report - Sandrith Paediatric Audiology Service",
    ])
