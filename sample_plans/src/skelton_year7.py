"""Skelton and Wharfedale Council - Year 7 pupil with a permanent bilateral hearing loss
and dyslexia at a mainstream academy with a Hearing Support Resource Base. Word Heading 1
headings 'Section A: Views, Interests and Aspirations' (Title Case after a colon), Heading 2
area sub-headings. Running header with the child's name and a 'FINAL  Page X of Y' footer.
Cover details in a two-column shaded table. E is numbered E1-E7. F has a short introduction,
then four area-of-need sub-headings, each with an italic 'Outcomes this works towards' line
and its own five-column table in an unusual order (Where | What Isla will receive | How much
and how often | Staff and their expertise | How progress is checked); some cells say 'TBC'
or are left blank. Separate H1 and H2, both 'none'. FINAL plan."""

TITLE = "Education, Health and Care Plan - Isla Brannigan"

HDR = ["Where", "What Isla will receive", "How much and how often",
       "Staff and their expertise", "How progress is checked"]
W = [2.3, 5.0, 3.3, 3.6, 2.4]


def build(d):
    d.running_header_footer("Skelton and Wharfedale Council  |  EHC Plan  |  Isla Brannigan",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Skelton and Wharfedale Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("Final plan issued under section 37 of the Children and Families Act 2014", italic=True)
    d.details_table([
        ("Name", "Isla Brannigan"),
        ("Date of birth", "14/02/2014"),
        ("NHS number", "999 613 2047"),
        ("Unique pupil number", "R999000582614"),
        ("Home address", "27 Kestle Row, Skelton, ZY4 8NP"),
        ("Parents", "Claire Brannigan and Darren Brannigan"),
        ("Contact", "01632 960718 / claire.brannigan@example.org"),
        ("School and year group", "Skelton Moor Academy, Year 7 (Hearing Support Resource Base)"),
        ("Status", "FINAL"),
        ("Date this plan was finalised", "26 January 2026"),
        ("Annual review to be held by", "25 January 2027"),
        ("EHC co-ordinator", "Priya Castellano, SEND Assessment and Review Team"),
    ])

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Isla told us", level=2)
    d.para("Isla shared her views with Mrs Okafor, her Teacher of the Deaf, over two sessions "
           "in the resource base in December 2025. Mrs Okafor wrote down what Isla said and "
           "Isla checked it and changed two bits.")
    d.para("\"I like horses and I help at the stables near my nan's on Sundays. I'm good at "
           "art and I like science when we do experiments. Big school is loud. In the canteen "
           "I can't hear anything, so I just nod. I hate it when people say 'never mind' when "
           "I ask them to say it again. My brother Freddie does it too and it's so annoying. "
           "I like going to the base because it's quiet and Mrs Okafor gets it. When I'm older "
           "I want to be a vet or work with horses. I want to be able to sort my hearing aids "
           "out myself so I don't have to keep asking.\"")
    d.heading("What Isla's parents told us", level=2)
    d.para("Claire and Darren describe Isla as creative, caring and stubborn in a good way. "
           "They say the move to secondary school has been harder than they expected: Isla "
           "comes home exhausted, goes straight to her room and sometimes cries about "
           "homework she does not understand. They want Isla's teachers to understand what "
           "her hearing loss means in a busy classroom, and they want her dyslexia to be "
           "taught properly, not just 'allowed for'. Their hope is that by the end of Key "
           "Stage 3 Isla will feel confident asking for what she needs.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction (hearing)", level=2)
    d.para("Isla has a permanent, bilateral, moderate-to-severe sensorineural hearing loss, "
           "diagnosed when she was three. She wears two behind-the-ear hearing aids and uses "
           "a Roger remote microphone system in lessons. With her aids she hears most speech "
           "in a quiet room at a distance of about a metre, but in a typical classroom with "
           "hard floors, thirty pupils and projector fans she misses much of what the teacher "
           "says and almost everything said by other pupils in discussion. She relies partly "
           "on lip-reading and loses the thread when a teacher talks facing the board or "
           "while walking about. She seldom says when she has not heard; she watches what her "
           "neighbour does and copies it.")
    d.para("Isla's subject vocabulary is well below that of her hearing classmates, "
           "particularly words she has never heard clearly, such as terms used in science and "
           "geography. Some of her speech sounds (s, sh, f and th) are unclear, and unfamiliar "
           "listeners sometimes ask her to repeat herself.")
    d.heading("Cognition and learning", level=2)
    d.para("Isla has dyslexia, identified by the educational psychologist in October 2025. "
           "Her single-word reading has a standard score of 79, roughly the level expected of "
           "a nine-year-old, and her spelling is weaker still: she cannot reliably spell words "
           "containing sounds she does not hear clearly. Reading is slow and effortful, which "
           "makes reading-heavy lessons and homework very tiring. She has a weak verbal "
           "working memory and loses her place in multi-step maths methods; she is working "
           "about eighteen months below age expectations in maths. Her handwriting is legible "
           "but slow, at around eight words a minute.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Isla is kind and has two close friends from primary school. Since starting at "
           "Skelton Moor in September 2025 she has become anxious about group work and about "
           "being laughed at when she mishears. She has told her mother that she often "
           "'pretends to get it'. The effort of listening all day leaves her with marked "
           "fatigue by the afternoon, which affects her concentration and her mood at home.")
    d.heading("Independence and managing her equipment", level=2)
    d.para("Isla does not yet change her own hearing aid batteries, notice when her radio aid "
           "receiver has lost its connection, or tell a teacher that the equipment is not "
           "working. She depends on resource base staff to check it for her.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Isla's hearing loss is monitored by Skelton Children's Audiology Service at "
           "Skelton General Hospital, which supplies and maintains her hearing aids and ear "
           "moulds. She has occasional outer-ear infections, which make her aids sore to wear "
           "for several days at a time. Isla also has mild asthma; she uses a preventer "
           "inhaler at home and carries a salbutamol reliever inhaler.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("No social care needs relating to Isla's special educational needs or disability "
           "were identified. The Children with Disabilities Team completed an assessment in "
           "November 2025 at the family's request and found no eligible needs; Claire and "
           "Darren did not ask for short breaks.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 3 unless a different date is "
           "given. The Teacher of the Deaf and the SENCO will set half-termly steps towards "
           "each outcome and share them with Isla and her parents.")
    d.numbered([
        "By the end of Year 8, Isla will tell a teacher when she has not heard an instruction, in at least four out of five lessons observed by the Teacher of the Deaf.",
        "By July 2027, Isla will spell at least 80% of a list of 40 Key Stage 3 subject words correctly in a dictated test.",
        "Isla will develop her confidence.",
        "Isla will have the support of a Teacher of the Deaf.",
        "By the end of Key Stage 3, Isla will change her hearing aid batteries and re-pair her radio aid on her own, without a reminder from an adult, every school day.",
        "Isla will become a vet.",
        "Isla will not get upset when she mishears things in class.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below will be made for Isla at Skelton Moor Academy in term time "
           "(39 weeks a year) for as long as this plan is maintained. It is set out by area "
           "of need; the first column says whether it happens in mainstream lessons or in "
           "the Hearing Support Resource Base (\"the base\").")

    d.heading("1. Hearing, listening and communication", level=2)
    d.para("Outcomes this works towards: E1, E5", italic=True)
    d.table(HDR, [
        ["The base",
         "Direct teaching from a Teacher of the Deaf on listening skills, on what to do when Isla has misheard, and pre-teaching of new subject vocabulary for the coming week",
         "Three 40-minute individual sessions every week, timetabled so that Isla misses no English or maths",
         "Qualified Teacher of the Deaf holding the mandatory qualification (base staff)",
         "ToD records progress each half-term; summary at annual review"],
        ["Mainstream lessons",
         "Help from the base whenever Isla signals she has lost track in a lesson",
         "As and when",
         "Base staff",
         ""],
        ["The base",
         "A check of both hearing aids and the Roger radio aid transmitter and receivers before period 1, with batteries replaced and any fault written in the equipment log",
         "Every school day, 8:35 to 8:45",
         "Base teaching assistant who has completed the Sensory Support Service's hearing technology training",
         "Log checked weekly by the ToD"],
        ["Mainstream lessons",
         "Subject teachers to wear the Roger transmitter and pass it to other speakers during class discussion",
         "Wherever practicable",
         "Subject teachers",
         ""],
        ["The base",
         "Speech and language therapy for Isla's unclear speech sounds, once the NHS therapist has reassessed her",
         "TBC",
         "NHS speech and language therapist",
         "TBC"],
        ["Mainstream lessons",
         "A note-taker in lessons where the teacher talks for long periods",
         "When staffing allows",
         "Note-taker",
         ""],
    ], widths_cm=W, font_size=9)

    d.heading("2. Literacy, numeracy and learning", level=2)
    d.para("Outcomes this works towards: E2", italic=True)
    d.table(HDR, [
        ["The base",
         "Individual structured literacy teaching using the Units of Sound programme, including spelling patterns with sounds Isla cannot reliably hear",
         "Two 45-minute lessons a week, plus 10 minutes of Units of Sound computer practice at the start of each morning's tutor time",
         "Specialist dyslexia teacher with AMBDA (lessons); tutor-time practice overseen by the base HLTA",
         "Units of Sound placement test each term"],
        ["Learning support room",
         "A catch-up reading group with other Year 7 pupils",
         "Once a week",
         "English department",
         ""],
        ["Mainstream lessons",
         "Teachers should provide printed copies of slides and homework instructions",
         "Every lesson",
         "Subject teachers",
         ""],
        ["ICT suite",
         "Touch-typing tuition on the English Type Senior course, so that Isla can produce longer written work on a laptop",
         "Two 20-minute sessions each week in registration time, for 24 weeks starting in February 2026",
         "Base HLTA who has completed the English Type administrator training",
         "Words-per-minute check every six weeks"],
        ["Mainstream lessons",
         "A laptop with suitable software for longer pieces of writing",
         "In lessons",
         "IT department",
         ""],
        ["Maths lessons",
         "Maths support following the strategies in the educational psychologist's report of October 2025",
         "Maths lessons",
         "Maths teacher, with the class TA",
         ""],
    ], widths_cm=W, font_size=9)

    d.heading("3. Emotional wellbeing and friendships", level=2)
    d.para("Outcomes this works towards: E1, E3", italic=True)
    d.table(HDR, [
        ["The base",
         "A 10-minute check-in at the start of lunch to go over anything Isla missed during the morning and to plan the afternoon",
         "Every school day, 12:25 to 12:35",
         "Isla's named base teaching assistant",
         "Notes kept by the TA; seen by the ToD weekly"],
        ["Out of school",
         "Chances to meet other deaf young people",
         "Now and then during the year",
         "Sensory Support Service",
         ""],
        ["Pastoral room",
         "Counselling to help Isla with her worries about mishearing in front of others",
         "Weekly at first, for six sessions, then to be looked at again",
         "School counsellor",
         ""],
        ["Form room",
         "Deaf awareness training for Isla's form group and for every teacher of her subjects, covering how to gain her attention, face her when speaking, repeat other pupils' answers and use the radio aid",
         "One 50-minute session for the form group and one 60-minute twilight session for her teachers in the spring term 2026, both repeated in September 2026",
         "Qualified Teacher of the Deaf from the Skelton Sensory Support Service",
         "Attendance list sent to the SENCO"],
    ], widths_cm=W, font_size=9)

    d.heading("4. Independence, equipment and the learning environment", level=2)
    d.para("Outcomes this works towards: E5", italic=True)
    d.table(HDR, [
        ["Form room and English room",
         "Consideration to be given to fitting a soundfield system in Isla's form room and English classroom",
         "",
         "Academy estates manager",
         ""],
        ["The base",
         "Teaching Isla to manage her own hearing equipment: changing batteries, pairing the radio aid with a new transmitter, and telling a teacher when it is not working",
         "One 30-minute individual session every fortnight in the autumn and spring terms of each school year",
         "Qualified Teacher of the Deaf (mandatory qualification)",
         "ToD checklist; reported at annual review"],
        ["Tests and examinations",
         "Exam access arrangements, for example extra time or a separate room, as the SENCO decides",
         "Internal tests and public examinations",
         "SENCO",
         ""],
        ["All lessons",
         "A seat at the front of every classroom, to the right of the teacher so that Isla's better (left) ear faces the room, away from the projector fan and the corridor door",
         "Every lesson",
         "Subject teachers, using the seating note written by the ToD each September",
         "ToD checks seating in two lessons each half-term"],
    ], widths_cm=W, font_size=9)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Hearing aids and ear moulds supplied and maintained by Skelton Children's Audiology Service, with a full audiology review every six months and new ear moulds every four months.",
        "Isla's salbutamol reliever inhaler is kept in the base and given as required under her asthma care plan, by staff trained by the school nurse.",
        "Treatment for ear infections from the ENT clinic when an appointment becomes available.",
    ])

    d.heading("Section H1: Social Care Provision (Chronically Sick and Disabled Persons Act 1970, section 2)", section="H1")
    d.para("None. No social care provision under section 2 of the 1970 Act is needed at present.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("None at present.")

    d.heading("Section I: Placement", section="I")
    d.para("Skelton Moor Academy (mainstream academy, 11-16), with a place in the academy's "
           "Hearing Support Resource Base.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Isla's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Parents' views: Claire and Darren Brannigan, 1 December 2025",
        "Isla's views: recorded by Mrs J. Okafor, Teacher of the Deaf, 9 December 2025",
        "Educational advice: Mr D. Hallam, SENCO, Skelton Moor Academy, 3 December 2025",
        "Advice from a qualified Teacher of the Deaf: Mrs J. Okafor, Skelton Sensory Support Service, 10 December 2025",
        "Psychological advice: Dr S. Wainwright, Educational Psychologist, 20 October 2025",
        "Medical advice: Dr K. Osei, Community Paediatrician, 2 December 2025",
        "Audiology report: Skelton Children's Audiology Service",
        "Speech and language therapy advice: Ms H. Trent, Speech and Language Therapist, 28 November 2025",
        "Social care advice: Children with Disabilities Team, 24 November 2025",
    ])
