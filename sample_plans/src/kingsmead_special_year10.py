"""Kingsmead Metropolitan Borough Council - Word Heading 1 headings that put the TITLE FIRST
and the letter last in brackets ('Special educational provision (Section F)'). Cover details
in a four-column table; running header with the young person's name and a 'Page X of Y'
footer. Section F opens with a paragraph on the whole-class offer, then individual provision
as nested bullet lists under bold area sub-headings (a bullet with sub-bullets for
frequency, staffing, duration), and ends with a short therapy summary table
(Therapy | Sessions | Length | Therapist). Year 10 young person with cerebral palsy at a
maintained special school for physical and complex needs; PfA content. FINAL, amended after
the annual review."""

TITLE = "EHC Plan - Callum Rendle"


def nb(d, parent, subs=()):
    """A bullet with optional sub-bullets."""
    d.bullets([parent])
    if subs:
        d.bullets(list(subs), style="List Bullet 2")


def sub(d, text):
    d.bold_line(text, size=11.5, color="5B2C6F")


def build(d):
    d.running_header_footer("Callum Rendle \u2013 Education, Health and Care Plan (amended final)",
                            footer_left="Kingsmead MBC SEND Service")
    d.title("Kingsmead Metropolitan Borough Council", size=12, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=20, color="5B2C6F")
    d.para("FINAL \u2013 amended following the annual review held on 25 November 2025", bold=True)
    d.table(None, [
        ["Name", "Callum Rendle", "Date of birth", "19 May 2011"],
        ["Year group", "Year 10", "NHS number", "999 204 6618"],
        ["UPN", "H204611093027", "Telephone", "01632 960447"],
        ["Address", "Flat 3, Sorrel Court, 22 Tanyard Road, Kingsmead, ZX3 9QF",
         "E-mail", "denise.rendle@example.com"],
        ["Parent", "Denise Rendle (mother)", "Plan co-ordinator", "Owen Castellan"],
        ["Proposed amendments sent", "5 December 2025", "Amended plan issued", "16 January 2026"],
        ["Next annual review by", "24 November 2026", "Status", "FINAL"],
    ], widths_cm=[3.3, 5.0, 3.3, 5.0], font_size=9.5)

    d.heading("Views, interests and aspirations (Section A)", section="A")
    d.para("Callum's views were collected by his class teacher, Mrs Dunmore, over two "
           "sessions in November 2025. Callum answered partly in speech and partly with "
           "Grid on his iPad; his words are set out below.")
    d.para("\"I like gaming, YouTube and Kingsmead Town. I'm good at Minecraft and I help the "
           "younger ones with it. I hate it when people talk to my mum instead of me. I want "
           "to go to Kingsmead College to do IT and then make games or work in a computer "
           "shop. When I'm older I want a flat with one of my mates. I want to go into town on "
           "the bus without my mum.\"", italic=True)
    d.para("**Denise's views.** \"Callum is a clever, funny lad who gets overlooked because "
           "people can't understand his speech. He's fed up of me being with him everywhere. "
           "I want him to be able to get about on his own, look after himself as much as he "
           "can, and have friends outside school. I worry about what happens after he leaves "
           "Hallowfield.\"")
    d.para("Callum lives with his mum Denise and his sister Kayla, who is 12. His nan, Maureen "
           "Rendle, looks after him two afternoons a week after school.")

    d.heading("Special educational needs (Section B)", section="B")
    sub(d, "Communication and interaction")
    d.para("Callum has dysarthria linked to his cerebral palsy. His speech is slow and slurred, "
           "and he runs out of breath in long sentences. People who do not know him "
           "understand about four in ten of his words in a quiet room, and fewer in noise. He "
           "understands spoken language well. He has Grid for iPad as a back-up but often "
           "does not use it, and he avoids talking to people he does not know.")
    sub(d, "Cognition and learning")
    d.para("Callum has moderate learning difficulties. He reads at about a 9-year-old level and "
           "is working at Entry Level 2 in maths. He can count coins but cannot yet work out "
           "change. He needs extra time to process information and to record his answers.")
    sub(d, "Social, emotional and mental health")
    d.para("Callum has become low in mood and anxious about his body and his future over the "
           "past year. He has refused to go to some lessons, especially PE and hydrotherapy, "
           "and says he feels 'left behind' by friends from primary school. He is embarrassed "
           "about needing help with personal care.")
    sub(d, "Physical and sensory")
    d.para("Callum has bilateral spastic cerebral palsy (GMFCS level III). He walks short "
           "distances indoors with a K-walker and uses a manual wheelchair for longer "
           "distances. His hamstrings and calves are tight, and his balance and core strength "
           "are weak. Handwriting is very slow and tiring, so he records most work on a "
           "laptop. He needs one adult to help him transfer on and off the toilet.")
    sub(d, "Independence and preparing for adulthood")
    d.para("Callum has never travelled on public transport without his mum. He can make a "
           "sandwich and heat a microwave meal with prompts, but cannot yet plan a meal or "
           "shop for it. He does not manage his own money and has had no work experience.")

    d.heading("Health needs related to special educational needs (Section C)", section="C")
    d.para("Bilateral spastic cerebral palsy (Dr Aisha Ramdin, Consultant Paediatrician, "
           "neurodisability). Callum wears ankle-foot orthoses and is reviewed by the "
           "orthopaedic team for his hamstring and calf tightness. He has focal epilepsy, "
           "controlled with levetiracetam; his last seizure was in August 2025. Tiredness "
           "after a seizure means he cannot concentrate for the rest of that day. His "
           "wheelchair no longer fits him well.")

    d.heading("Social care needs (Section D)", section="D")
    d.para("The Kingsmead Disabled Children's Team completed a child in need assessment on "
           "24 October 2025. Callum needs adult support to take part in leisure activities "
           "in the community without his mum. Denise is his main carer and needs regular "
           "breaks. Callum will need an assessment for adult social care before he turns 18.")

    d.heading("Outcomes (Section E)", section="E")
    d.para("Hallowfield School sets termly targets towards each outcome and shares them with "
           "Callum and Denise at each parents' evening.")
    d.bullets([
        "By July 2027, Callum will use his speech, backed up by Grid on his iPad, to order food and pay in a caf\u00e9 in Kingsmead town centre without adult help, on three separate visits.",
        "By the end of Year 11, Callum will achieve Entry Level 3 Functional Skills maths, including working out the change from \u00a310 when buying up to three items.",
        "By July 2027, Callum will travel by accessible bus from the stop outside his home to Kingsmead town centre and back, with his travel trainer following at a distance, on five trips in a row.",
        "Callum will be more independent.",
        "Callum will get a job making computer games.",
        "By his next annual review, Callum will manage his toileting routine at school with one adult helping only with the transfer, every school day.",
        "Callum will receive physiotherapy to keep him mobile.",
    ])

    d.heading("Special educational provision (Section F)", section="F")
    d.para("Hallowfield School is a maintained special school for students aged 11 to 19 with "
           "physical disabilities and complex needs. Callum is taught in a Year 10 class of no "
           "more than eight students by a qualified teacher and two teaching assistants, for "
           "32.5 hours a week over 39 weeks a year. All class staff complete the school's "
           "moving and handling and epilepsy awareness training each September. The "
           "individual provision below is in addition to this class offer.")

    sub(d, "Communication and interaction")
    nb(d, "Callum uses Grid for iPad on his own iPad, mounted on his wheelchair and on his "
          "desk, in every lesson and at break and lunchtime.", [
        "Charged and checked each morning on arrival by his class teaching assistant, who has completed Smartbox Grid Level 1 training",
        "New topic vocabulary added by the class teacher at the start of each half-term",
    ])
    nb(d, "Communication group to practise starting and keeping up conversations with peers, "
          "using speech and his iPad", [
        "Frequency: regularly through the week",
        "Staffing: class team",
    ])

    sub(d, "Cognition and learning")
    nb(d, "Read Write Inc. Fresh Start phonics and reading in a group of four students", [
        "Four 30-minute sessions a week, Monday to Thursday, period 1",
        "Taught by Mr Halloran, the English lead, a qualified teacher trained in Fresh Start",
    ])
    nb(d, "Numeracy interventions as appropriate to Callum's needs", [
        "Delivered by a teaching assistant",
        "The class teacher will decide how often each term",
    ])

    sub(d, "Social, emotional and mental health")
    nb(d, "Counselling with Ms Ferreira, a counsellor registered with the BACP, to help Callum "
          "talk about how he feels about his disability and his future", [
        "One 50-minute session each week, 1:1, in the counselling room",
        "For the spring and summer terms of 2026, then subject to review",
    ])
    nb(d, "Callum has access to the Hub, the school's quiet room, when he needs time out", [
        "A member of staff will go with him",
    ])
    nb(d, "A five-minute check-in with his class teacher, Mrs Dunmore, at 8:50 every morning "
          "to go through the day's timetable and any changes.")

    sub(d, "Physical and sensory")
    nb(d, "Standing and stretching programme written by Callum's physiotherapist (hamstrings, "
          "calves and hip flexors, with 20 minutes in his standing frame)", [
        "Every school day, 30 minutes, straight after lunch in the physio room",
        "Carried out by two teaching assistants trained in the programme and signed off by the physiotherapist; training refreshed each September",
    ])
    nb(d, "Fine motor warm-up before written work, using activities such as theraputty, "
          "pegboards and threading", [
        "10 minutes every morning during registration",
        "Led by the class teaching assistant, who has been shown the activities by the occupational therapist",
    ])
    nb(d, "Hydrotherapy in the school pool to keep Callum's joints moving and build his stamina", [
        "Weekly, 30 minutes, subject to pool availability",
        "Led by a teaching assistant who has completed Halliwick training",
    ])

    sub(d, "Independence and preparing for adulthood")
    nb(d, "Independent travel training on the accessible number 14 bus between home and "
          "Kingsmead town centre, using his manual wheelchair", [
        "Two 45-minute sessions a week, January to July 2026",
        "Delivered by a travel trainer from the Kingsmead Independent Travel Training Service who is trained in wheelchair travel",
        "Progress reviewed with Callum and Denise every half-term",
    ])
    nb(d, "Life skills lessons in the school's training flat: planning, shopping for and "
          "cooking a simple meal", [
        "Two 60-minute lessons a week (Tuesday and Thursday afternoons)",
        "Groups of up to four students",
        "Taught by the independence skills teacher",
    ])
    nb(d, "Support to develop Callum's independence with personal care (toileting, washing "
          "his hands, dressing after PE and hydrotherapy), with staff gradually stepping back "
          "as he becomes more able.")
    nb(d, "Callum should have a work experience placement in Year 11 in an accessible "
          "workplace linked to his interest in computers.")
    nb(d, "Careers guidance from the school's careers adviser", [
        "Once a term, 1:1",
        "Denise to be invited to the summer-term meeting",
    ])
    nb(d, "A transition plan for Callum's move to post-16 education will be drawn up at his "
          "Year 11 annual review in the autumn term of 2026.")

    sub(d, "Therapy summary")
    d.table(["Therapy", "Sessions", "Length", "Therapist"], [
        ["Speech and language therapy: direct 1:1 work on breath support, pacing and clarity, "
         "and on using Grid to repair breakdowns in conversation",
         "Weekly in term time", "40 minutes",
         "HCPC-registered speech and language therapist (Hallowfield therapy team)"],
        ["Physiotherapy: review of the standing and stretching programme and training for the "
         "teaching assistants who carry it out",
         "Every half-term", "60 minutes",
         "HCPC-registered physiotherapist (Kingsmead Children's Community Therapy)"],
        ["Occupational therapy consultation: seating, desk set-up and advice to class staff on "
         "written recording",
         "Termly", "\u2013", "HCPC-registered occupational therapist"],
        ["Rebound therapy on the trampoline for balance and core strength",
         "2\u20133 times a week", "20 minutes",
         "Teaching assistant with Rebound Therapy accreditation"],
    ], widths_cm=[7.0, 3.0, 2.2, 4.4], font_size=9.5, header_fill="E8DAEF")

    d.heading("Health provision (Section G)", section="G")
    d.bullets([
        "Levetiracetam 500 mg twice a day, given at home. Buccal midazolam is kept in school and given as required in line with Callum's epilepsy care plan (dated 2 September 2025) by staff trained by the epilepsy nurse specialist.",
        "Review of Callum's ankle-foot orthoses by the Kingsmead Orthotics Service every six months.",
        "Wheelchair seating review by the Kingsmead Wheelchair Service when a slot becomes available.",
        "NHS speech and language therapy: a block of six sessions each year to develop Callum's use of his communication aid in conversation.",
    ])

    d.heading("Social care provision under section 2 of the Chronically Sick and Disabled "
              "Persons Act 1970 (Section H1)", section="H1")
    d.para("A personal assistant for 5 hours every Saturday, funded through a social care "
           "direct payment to Denise, to support Callum to go to the Kingsmead Wheelers youth "
           "club and into town.")
    d.heading("Other social care provision (Section H2)", section="H2")
    d.bullets([
        "Overnight short breaks at Willowbank House.",
        "A transition assessment under section 58 of the Care Act 2014 will be requested in the school year in which Callum turns 17.",
    ])

    d.heading("Placement (Section I)", section="I")
    d.para("Hallowfield School, Kingsmead.")

    d.heading("Personal budget (Section J)", section="J")
    d.para("A direct payment is in place (see Section H1).")

    d.heading("Advice and information (Section K)", section="K")
    d.numbered([
        "Callum's views \u2013 gathered by Mrs Dunmore, class teacher, 10 November 2025",
        "Parent's views \u2013 Denise Rendle, 12 November 2025",
        "Annual review report \u2013 Hallowfield School, 18 November 2025",
        "Educational psychology advice \u2013 Dr Tomasz Wilde, Educational Psychologist, 7 October 2025",
        "Medical advice \u2013 Dr Aisha Ramdin, Consultant Paediatrician (neurodisability), 20 October 2025",
        "Speech and language therapy report \u2013 Hallowfield therapy team, 4 November 2025",
        "Physiotherapy report \u2013 Kingsmead Children's Community Therapy, 29 October 2025",
        "Occupational therapy report \u2013 Hallowfield therapy team",
        "Social care advice \u2013 Kingsmead Disabled Children's Team (child in need assessment), 24 October 2025",
        "Preparing for adulthood advice \u2013 Lorna Quayle, Careers Adviser, 14 November 2025",
    ])
