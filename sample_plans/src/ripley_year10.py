"""Wendlebury County Council - Year 10 pupil with bilateral cochlear implants and mild
learning difficulties at a mainstream academy with a Hearing Support Resource Base, PfA.
Title-first Word Heading 1 headings with the section letter in square brackets at the end
('Special educational provision [Section F]'). Four-column cover table without a header
row. B under Heading 2 area titles; E numbered E1-E8 with PfA outcomes. Section F opens with
a short note on the columns, then four Heading 2 preparing-for-adulthood sub-headings, each
over a four-column table (Type | What will be provided | Amount | Staff and qualification)
where the Type column classes each row as direct teaching, in-class support, therapy,
equipment, environment, exams, indirect or careers; one Staff cell is blank. D and H1/H2
record no social care provision. FINAL plan."""

TITLE = "Education, Health and Care Plan - Mason Treharne"

HEAD = ["Type", "What will be provided", "Amount", "Staff and qualification"]
W = [2.3, 6.4, 3.9, 4.0]


def build(d):
    d.simple_footer("Wendlebury County Council \u2022 EHC Plan (final) \u2022 Mason Treharne "
                    "\u2022 Issued 12 March 2026")
    d.title("Wendlebury County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=20, color="5B2C6F")
    d.table(None, [
        ["Name", "Mason Treharne", "Date of birth", "02.11.2010"],
        ["NHS no.", "999 604 2217", "UPN", "H999310884206"],
        ["Address", "14 Quarry Bank Terrace, Netherford, ZY3 5PA", "Year group", "Year 10"],
        ["Parent / carer", "Sian Treharne (mother)", "Phone", "01632 960318 / 07700 900147"],
        ["E-mail", "sian.treharne@example.org", "School",
         "St Aidan's Church of England Academy (Hearing Support Resource Base)"],
        ["Plan issued", "12 March 2026", "Review by", "11 March 2027"],
    ], widths_cm=[2.8, 5.6, 2.8, 5.4], bold_first_col=True, font_size=10)
    d.para("Case officer: Harvey Ellingham-Roy, Wendlebury SEND Service. This plan replaces the "
           "plan issued on 4 March 2025.", italic=True, size=10)

    d.heading("Views, interests and aspirations [Section A]", section="A")
    d.heading("Mason's views", level=2)
    d.para("Mason met his Teacher of the Deaf, Ms Okafor, in the Hearing Support Base on "
           "27 January 2026 and talked through a set of questions he had been given the day "
           "before. She typed his answers and he checked them.")
    d.para("\"I like fixing things. Me and my stepdad Gareth are rebuilding an old moped in "
           "the shed. I'm good at PE and I like DT. I hate group work because everyone talks "
           "at once and I can't follow it, so I just nod. I get really tired by the end of the "
           "day and my head hurts. After Year 11 I want to go to Netherford College and do "
           "motor vehicle, and then be a mechanic and have my own garage one day. I want to "
           "learn to drive.\"")
    d.heading("Views of Mason's family", level=2)
    d.para("Sian says Mason is practical, loyal and great with his little sister Ellie, who is "
           "11. She and Gareth Lloyd want him to leave school with English and maths and a "
           "college place. They worry that he hides how much he is missing in lessons and that "
           "he has become quieter and more withdrawn since starting his GCSE courses. They "
           "would like him to be able to get to college on the bus by himself.")

    d.heading("Special educational needs [Section B]", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Mason has a bilateral profound sensorineural hearing loss and has worn cochlear "
           "implants since the ages of 2 and 4. In a quiet room with one speaker he follows "
           "spoken English well, but in background noise, at a distance, or when several people "
           "talk at once his understanding breaks down sharply. He rarely asks for repetition, "
           "and he misses instructions and the thread of class discussions. His vocabulary, "
           "especially subject-specific and abstract words, is about three years behind that of "
           "his hearing peers. He uses some Sign Supported English.")
    d.heading("Cognition and learning", level=2)
    d.para("Mason has mild learning difficulties. His working memory and verbal reasoning "
           "scores are in the low range (educational psychology assessment, November 2025). "
           "His reading comprehension is at around an 11-year level, and he finds long "
           "written questions in exams hard to unpick. In maths he is working towards GCSE "
           "Foundation grades 2 to 3 and needs concrete and visual examples to grasp new "
           "ideas.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Mason has few friends in his year group and says he feels 'left out of the jokes'. "
           "He becomes anxious in group work and in social situations where he cannot follow "
           "what is said, and he has started to avoid the canteen. He has not yet met other "
           "deaf young people of his age outside school.")
    d.heading("Sensory and physical", level=2)
    d.para("Listening all day causes Mason significant fatigue; he often has headaches by the "
           "afternoon and his concentration falls. He relies on his implants and radio aid "
           "working properly but does not yet check or troubleshoot them himself.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Mason has never used public transport alone. He has had no careers guidance yet "
           "and does not know the entry requirements for motor vehicle courses. He does not "
           "yet explain his deafness or his equipment to unfamiliar adults.")

    d.heading("Health needs [Section C]", section="C")
    d.para("Bilateral profound sensorineural hearing loss (congenital), with cochlear implants "
           "managed by the Westmarch Regional Cochlear Implant Programme. Listening fatigue "
           "and recurrent tension headaches. No other health needs relating to his SEN were "
           "identified by the community paediatrician.")

    d.heading("Social care needs [Section D]", section="D")
    d.para("No social care needs relating to Mason's SEN or disability were identified. The "
           "family did not ask for a social care assessment.")

    d.heading("Outcomes [Section E]", section="E")
    d.para("The outcomes below look ahead to the end of Year 11 (July 2027) unless another date "
           "is given. The Hearing Support Base lead will agree half-termly steps towards each "
           "outcome with Mason.")
    d.numbered([
        "By July 2027, Mason will ask for repetition or clarification at least twice in a small-group discussion without being prompted, in four lessons observed by his Teacher of the Deaf each term.",
        "By the end of Year 11, Mason will achieve at least grade 3 in GCSE English Language and GCSE maths.",
        "Mason will improve his confidence.",
        "By December 2026, Mason will change his implant batteries and check both processors on his own every morning.",
        "Mason will be supported by a communication support worker in lessons.",
        "By July 2027, Mason will travel on the bus from home to Netherford College and back on his own on three journeys in a row.",
        "Mason will become a motor mechanic.",
        "By February 2027, Mason will have applied for a motor vehicle course at Netherford College and will have explained his hearing needs to the interviewer himself.",
    ], fmt="E{n}")

    d.heading("Special educational provision [Section F]", section="F")
    d.para("The tables below set out the provision Mason must receive, arranged under the four "
           "preparing-for-adulthood areas. 'Type' shows what kind of provision each row is. "
           "Provision is for 39 weeks a year (term time) unless the row says otherwise.")

    d.heading("Education and employment", level=2)
    d.table(HEAD, [
        ["Direct teaching",
         "Pre-teaching of subject vocabulary and concepts for the following week's science and geography lessons, using picture and sign-supported word lists that Mason keeps in his vocabulary book",
         "Two 40-minute 1:1 sessions every week in the Hearing Support Base",
         "Teacher of the Deaf holding the mandatory qualification (MQ)"],
        ["In-class support",
         "Support from the resource base staff in mainstream lessons",
         "Flexible, according to need",
         "Resource base staff"],
        ["In-class support",
         "Note-taking, signing key words in Sign Supported English and checking Mason has caught each instruction, in all English, maths and science lessons",
         "14 hours a week (every English, maths and science lesson)",
         "Communication support worker with Signature Level 3 in BSL and at least two years' experience of supporting deaf pupils in secondary school"],
        ["Equipment",
         "A Roger Touchscreen radio aid transmitter and two Roger receivers paired with Mason's cochlear implant processors, worn by the teacher in every lesson",
         "Listening check every morning at 8:40; full equipment check every half-term",
         "Daily check: base teaching assistant trained by the Teacher of the Deaf in radio aid checks. Half-termly check: Teacher of the Deaf (MQ)"],
        ["Direct teaching",
         "Maths in a group of no more than four pupils, working through the GCSE Foundation number and ratio units with concrete and visual resources",
         "Three 50-minute lessons each fortnight, in place of French",
         "Maths teacher with QTS"],
        ["Direct teaching",
         "Literacy intervention to improve reading comprehension",
         "Three times a week",
         "Teaching assistant"],
        ["Exams",
         "Exam access arrangements will be considered by the exams officer nearer the time",
         "To be decided",
         "Exams officer"],
        ["Careers",
         "Careers advice",
         "To be arranged in Year 11",
         "School careers adviser"],
        ["Careers",
         "A one-week work experience placement at a garage or motor vehicle workshop, with a visit beforehand by Mason and his Teacher of the Deaf to agree deaf-awareness arrangements with the employer (radio aid use, visual fire alarm, instructions in writing)",
         "Five days, 9:00\u201315:00, in the week beginning 6 July 2026; one 1-hour pre-placement visit in June 2026",
         "Work-related learning co-ordinator; deaf-awareness briefing for the employer by the Teacher of the Deaf (MQ)"],
    ], widths_cm=W, font_size=9.5)

    d.heading("Independent living", level=2)
    d.table(HEAD, [
        ["Direct teaching",
         "Independent travel training on the bus route between home and Netherford College",
         "Up to 10 sessions",
         "Travel trainer"],
        ["Direct teaching",
         "Teaching Mason to look after his own implant equipment: changing batteries and coils, checking both processors and the radio aid receivers, and telling a teacher straight away when something is not working",
         "20 minutes every Monday during morning registration, for the life of this plan",
         "Base teaching assistant who has completed the Wendlebury Sensory Support Service's cochlear implant care course"],
    ], widths_cm=W, font_size=9.5)

    d.heading("Friends, relationships and community", level=2)
    d.table(HEAD, [
        ["Indirect",
         "Opportunities to meet other deaf young people",
         "Termly",
         "Sensory Support Service"],
        ["Direct teaching",
         "Social skills group using Talkabout for Teens",
         "Weekly for one term, then reviewed",
         "Learning mentor"],
        ["Therapy",
         "Speech and language therapy on conversation repair (asking for repetition, checking he has understood, and following a group conversation in noise), with a practice session each week led by the base teaching assistant using the therapist's written targets",
         "One 45-minute individual session every fortnight, plus one 15-minute practice session every week",
         "HCPC-registered speech and language therapist with specialist experience of deaf children (Wendlebury Children's Hearing Service); practice by the base teaching assistant trained by that therapist"],
        ["In-class support",
         "Subject teachers should show captioned video and give Mason transcripts",
         "All lessons",
         "Subject teachers"],
    ], widths_cm=W, font_size=9.5)

    d.heading("Health and wellbeing", level=2)
    d.table(HEAD, [
        ["Environment",
         "Rest breaks in the Hearing Support Base to reduce listening fatigue",
         "When Mason needs them",
         ""],
        ["Environment",
         "Acoustic treatment (soft furnishings and carpet tiles) in the rooms where Mason is taught most, where possible within the school's budget",
         "Once",
         "Site team"],
        ["Therapy",
         "A course of counselling for anxiety with a counsellor experienced in working with deaf young people, subject to funding being agreed",
         "Six sessions",
         "Counsellor"],
        ["Indirect",
         "Deaf-awareness training for all of Mason's subject teachers (radio aid use, seating, lip-reading and captioning), and a briefing for any teacher who joins his timetable mid-year",
         "One 90-minute session every September; a 30-minute individual briefing within two weeks for each new teacher",
         "Teacher of the Deaf (MQ) from the Wendlebury Sensory Support Service"],
        ["Indirect",
         "Monitoring visits from the Sensory Support Service",
         "Periodically",
         "Teacher of the Deaf"],
    ], widths_cm=W, font_size=9.5)

    d.heading("Health provision [Section G]", section="G")
    d.bullets([
        "Cochlear implant review and processor mapping at the Westmarch Regional Cochlear Implant Programme once a year, with a report sent to the Teacher of the Deaf.",
        "Replacement processor parts, batteries and coils supplied by the implant centre by post within five working days of a request.",
        "Paracetamol given as required for headaches, with parental consent, under the school's medicines policy.",
        "Upgrade of Mason's sound processors when the implant centre's funding allows.",
    ])

    d.heading("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 [Section H1]", section="H1")
    d.para("None.")
    d.heading("Other social care provision [Section H2]", section="H2")
    d.para("None.")

    d.heading("Placement [Section I]", section="I")
    d.para("St Aidan's Church of England Academy, Netherford (mainstream academy, 11\u201316), "
           "with a place in its Hearing Support Resource Base.")

    d.heading("Personal budget [Section J]", section="J")
    d.para("Not requested.")

    d.heading("Advice and information [Section K]", section="K")
    d.table(["No.", "Advice", "Given by", "Date"], [
        ["K1", "Young person's views", "Mason, with Ms A. Okafor, Teacher of the Deaf", "27 January 2026"],
        ["K2", "Parent's views", "Sian Treharne", "29 January 2026"],
        ["K3", "Educational advice", "Mr R. Pennant, SENCO, St Aidan's C of E Academy", "3 February 2026"],
        ["K4", "Qualified teacher of the deaf advice", "Ms A. Okafor, Wendlebury Sensory Support Service", "30 January 2026"],
        ["K5", "Educational psychology advice", "Dr M. Hollingdrake, Educational Psychologist", "18 November 2025"],
        ["K6", "Medical and audiology advice", "Westmarch Regional Cochlear Implant Programme", "6 February 2026"],
        ["K7", "Speech and language therapy advice", "Wendlebury Children's Hearing Service", ""],
        ["K8", "Social care", "Wendlebury Children's Services (no assessment requested)", "2 February 2026"],
        ["K9", "Preparing for adulthood and careers advice", "Wendlebury Careers Partnership", "5 February 2026"],
    ], widths_cm=[1.2, 5.4, 6.6, 3.4], font_size=9.5)
