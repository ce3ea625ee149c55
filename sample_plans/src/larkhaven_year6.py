"""Larkhaven Borough Council - Word Heading 1 headings in the parenthesised-letter form
'(A) Views, interests and aspirations'; area-of-need sub-headings are bold Normal text;
Section F is bullet lists grouped under the four areas of need. Year 6 pupil with
dyslexia and anxiety, mainstream primary, moving to secondary. FINAL plan."""

TITLE = "Education, Health and Care Plan - Orla Pendrick"


def build(d):
    d.running_header_footer("Larkhaven Borough Council - EHC Plan (Final) - Orla Pendrick",
                            first_page_plain=True)
    d.title("Larkhaven Borough Council", size=16, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=20, color="5B2C6F")
    d.para("Status: FINAL", bold=True, size=13)
    d.details_table([
        ("Name", "Orla Pendrick"),
        ("Date of birth", "22/03/2015"),
        ("NHS number", "999 318 2046"),
        ("National curriculum year", "Year 6"),
        ("School", "Fernhill Primary School"),
        ("Parents", "Ciara Pendrick and Dominic Pendrick"),
        ("Address", "14 Ropewalk Close, Larkhaven, ZY3 8LP"),
        ("Telephone", "07700 900418"),
        ("Date plan finalised", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("Case officer", "Bethan Coyle, SEND Assessment and Review Team"),
    ])
    d.para("Orla's own words are shown in quotation marks. Her parents read this plan with "
           "her before it was finalised.", italic=True)
    d.page_break()

    d.heading("(A) Views, interests and aspirations", section="A")
    d.bold_line("Orla's views", size=11.5)
    d.para("Orla shared her views with the SENCO over two lunchtimes in November 2025, partly "
           "by talking and partly by sorting picture cards into 'good', 'OK' and 'hard' piles. "
           "She said: \"I'm really good at drawing horses and I know loads about them. Reading "
           "makes my head feel full and I hate it when Miss asks me to read out loud. I get "
           "a tummy ache on Sunday nights.\"")
    d.para("Orla rides at a stables on Saturday mornings and helps to groom the ponies. She "
           "likes making comics with her cousin and is proud of her swimming badges. She would "
           "like to \"work with horses, maybe as a vet or a riding teacher\".")
    d.bold_line("Her parents' views", size=11.5)
    d.para("Ciara and Dominic describe Orla as creative, caring and stubborn in a good way. They "
           "feel she has worked twice as hard as her friends for half the reward, and that her "
           "worry about school has grown over the last year. They want her to start at "
           "Castlegate Academy in September 2026 able to read what is put in front of her, to "
           "use technology confidently for writing, and to have someone she can go to when she "
           "is anxious.")

    d.heading("(B) Special educational needs", section="B")
    d.bold_line("Cognition and learning", size=11.5)
    d.para("Orla has dyslexia, identified by the educational psychologist in October 2025. Her "
           "single-word reading is at the level expected of a child of about seven and a half, "
           "and her spelling is closer to that of a six-year-old. She decodes unfamiliar words "
           "slowly, letter by letter, and loses the meaning of a sentence by the time she reaches "
           "the end of it. Her phonological awareness and rapid naming scores are well below "
           "average. She tells adults that print on white paper \"wobbles\" after a few minutes. "
           "In maths her reasoning is sound, but she has not yet learnt her times tables beyond "
           "the 2s, 5s and 10s and she misreads word problems.")
    d.bold_line("Communication and interaction", size=11.5)
    d.para("Orla's speech is clear and she is easily understood by adults and children. She "
           "has difficulty retrieving specific words, especially subject vocabulary, and will "
           "say \"the thing you measure with\" for a ruler or protractor. She takes longer than "
           "her classmates to process spoken instructions and often watches others before "
           "starting a task. She finds it hard to explain what she knows when put on the spot.")
    d.bold_line("Social, emotional and mental health", size=11.5)
    d.para("Orla experiences significant anxiety linked to reading and writing in front of "
           "others. In class she may freeze, cry or ask to go to the toilet when a reading task "
           "is given, and she has refused to go into school on four mornings since September. "
           "She worries about changes to the usual routine, such as cover teachers, and about "
           "the move to secondary school. At playtimes she often stays near the adults on duty "
           "and says she has \"one and a half friends\".")
    d.bold_line("Sensory and/or physical", size=11.5)
    d.para("Orla has joint hypermobility in her hands. Her handwriting is neat for the first few "
           "lines but becomes slow and painful after about ten minutes, and she rarely completes "
           "a written task in the time given. No sensory processing difficulties have been "
           "identified.")

    d.heading("(C) Health needs related to special educational needs", section="C")
    d.para("Orla has joint hypermobility syndrome, diagnosed by the paediatric physiotherapy "
           "service in 2023. She sometimes has pain in her fingers and wrists after writing. "
           "Her GP has noted tension headaches and stomach aches on school mornings, which are "
           "thought to be linked to anxiety.")

    d.heading("(D) Social care needs", section="D")
    d.para("No social care needs have been identified. The family has not asked for a social "
           "care assessment.")

    d.heading("(E) Outcomes", section="E")
    d.para("Outcomes run to the end of Year 7 (July 2027) unless a different date is given. "
           "Fernhill and then Castlegate will set half-termly targets towards each one and send "
           "them to Orla's parents.")
    d.bullets([
        "By July 2027, Orla will read a Year 5 level text silently and answer four out of five questions about it correctly.",
        "By the end of Year 7, Orla will spell 80% of the Year 3 and 4 statutory word list correctly in dictated sentences.",
        "Orla will become a confident reader.",
        "By December 2026, Orla will type a one-page piece of writing on her laptop using word prediction, in 20 minutes, without help.",
        "Orla will attend ELSA sessions every week.",
        "By the end of the autumn term 2026, Orla will tell a named adult at Castlegate when she is worried, using words or her worry card, instead of leaving the lesson.",
        "Orla will make more friends.",
    ])

    d.heading("(F) Special educational provision", section="F")
    d.para("Larkhaven Borough Council will secure the provision below. It applies in term time "
           "for the life of this plan and moves with Orla to Castlegate Academy in September 2026.")
    d.bold_line("Cognition and learning", size=11.5)
    d.bullets([
        "Two 45-minute 1:1 lessons each week with a specialist dyslexia teacher who holds AMBDA, following the Units of Sound programme, with her reading and spelling ages re-tested by that teacher every half-term.",
        "Three 20-minute sessions each week on the Nessy Reading and Spelling programme on a school laptop, supervised by the Year 6 HLTA, who has completed Nessy's online training.",
        "Additional literacy intervention in a small group.",
        "Orla may benefit from using a coloured overlay when reading printed text.",
        "Maths support as needed from a teaching assistant.",
        "In all class tests and assessments, Orla will have 25% extra time and a reader; the reader will be the Year 6 HLTA, who has completed the school's access-arrangements training.",
        "Quality first teaching and a dyslexia-friendly classroom in all lessons.",
    ])
    d.bold_line("Communication and interaction", size=11.5)
    d.bullets([
        "A 20-minute 1:1 session every Tuesday and Thursday with a teaching assistant trained in the Word Aware approach, pre-teaching the vocabulary of the next science or topic unit and practising her word-finding cues.",
        "Speech and language therapy advice to be sought if concerns continue.",
        "Staff will give Orla extra processing time when asking her questions in class.",
        "A 20-minute session each week with a speech and language therapy assistant working on her /r/ and /th/ sounds.",
    ])
    d.bold_line("Social, emotional and mental health", size=11.5)
    d.bullets([
        "Once a week for 40 minutes, Orla will work 1:1 with the school's learning mentor, who is a trained ELSA, through the 'Starving the Anxiety Gremlin' workbook, in a 10-week block each term.",
        "On Friday afternoons the class teacher will spend 10 minutes with Orla going through any changes to the following week (cover teachers, trips, assemblies) and give her a printed copy to take home.",
        "Orla will be offered opportunities to join lunchtime clubs to help her make friends.",
        "Support from the school's mental health lead, reducing once Orla is more settled.",
        "Strategies from the educational psychologist's report (Appendix 3) to be used in class.",
    ])
    d.bold_line("Sensory and/or physical", size=11.5)
    d.bullets([
        "A laptop with Clicker 8 word-prediction software for Orla's sole use for any writing task longer than half a page, with two 30-minute training sessions from the specialist dyslexia teacher in her first month of using it.",
        "Any specialist equipment Orla needs for writing, to be agreed with her parents.",
        "Her parents will carry out a hand-strengthening programme at home.",
    ])

    d.heading("(G) Health provision", section="G")
    d.bullets([
        "The paediatric physiotherapist will review Orla's hypermobility once a year at Larkhaven Child Development Centre and write to the school with any changes to her writing position.",
        "Orla's GP will continue to monitor her headaches and stomach aches.",
    ])

    d.heading("(H1) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None required.")
    d.heading("(H2) Other social care provision", section="H2")
    d.para("None required.")

    d.heading("(I) Placement", section="I")
    d.para("Until the end of the summer term 2026: Fernhill Primary School, Larkhaven "
           "(mainstream academy, primary).")
    d.para("From September 2026: Castlegate Academy, Larkhaven (mainstream academy, secondary, "
           "11-16).")

    d.heading("(J) Personal budget", section="J")
    d.para("Orla's parents have not asked for a personal budget.")

    d.heading("(K) Advice and information", section="K")
    d.numbered([
        "Parents' advice - Ciara and Dominic Pendrick, 28 October 2025",
        "Orla's views - gathered by Mrs N. Farrant, SENCO, 12 and 13 November 2025",
        "Educational advice - Fernhill Primary School, Mrs N. Farrant, SENCO, 14 November 2025",
        "Psychological advice - Dr Imran Sethi, Educational Psychologist, 21 October 2025",
        "Medical advice - Community Paediatrics, Larkhaven Child Development Centre",
        "Physiotherapy advice - Ms G. Lowther, Paediatric Physiotherapist, 4 November 2025",
        "Social care advice - Larkhaven Children's Services, no involvement, 6 November 2025",
    ])
