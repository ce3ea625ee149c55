"""Holmbridge City Council - Year 5 girl living with her grandmother under a special
guardianship order, SEMH needs after early neglect, attachment difficulties and gaps in
learning. Full-time place at a small primary alternative provision (the Lanchester Centre,
a pupil referral unit), dual registered with her mainstream primary, with outreach for her
return. Title-first, personalised Word Heading 1 headings with the section letter last in
brackets ('About Maisie - views, interests and aspirations (Section A)'). Cover as
bold-label lines. E numbered E1-E8. Section F opens with a staffing key (code | who |
training and qualifications) and a place key, then three area tables under bold lines
(No. | What will be provided | Staff (see key) | How often and how long | Where), the staff
column holding codes only, so the deliverer's training has to be read from the key.
Separate H1 (none) and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Maisie Arkwright"

_HEAD = ["No.", "What will be provided", "Staff (see key)", "How often and how long", "Where"]
_W = [1.1, 7.0, 2.5, 4.4, 1.6]


def _area(d, title, rows):
    d.bold_line(title, size=11, color="5B2C6F")
    d.table(_HEAD, rows, widths_cm=_W, font_size=9.5, header_fill="E4DFEC")


def build(d):
    d.running_header_footer("Holmbridge City Council \u2013 Education, Health and Care Plan",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Holmbridge City Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="5B2C6F")
    d.para("Final plan", bold=True, size=12)
    d.label_para("Child: ", "Maisie Arkwright")
    d.label_para("Date of birth: ", "03/12/2015")
    d.label_para("Year group: ", "Year 5")
    d.label_para("NHS number: ", "999 604 2297")
    d.label_para("UPN: ", "W999000161803")
    d.label_para("Lives with: ", "Carol Arkwright (maternal grandmother and special guardian)")
    d.label_para("Address: ", "27 Sorrel Way, Holmbridge, XJ3 5TD")
    d.label_para("Telephone / e-mail: ", "07700 900582 / carol.arkwright@example.org")
    d.label_para("Setting: ", "The Lanchester Centre (dual registered with St Aldric's C of E Primary School)")
    d.label_para("Date final plan issued: ", "19 January 2026")
    d.label_para("Next annual review by: ", "18 January 2027")
    d.label_para("EHC co-ordinator: ", "Yasmin Threlfall-Boyd, Holmbridge SEND Service")

    d.heading("About Maisie \u2013 views, interests and aspirations (Section A)", section="A")
    d.heading("What Maisie told us", level=2)
    d.para("Maisie shared her views with her key adult, Mrs Oduya, over two sessions in "
           "December 2025, using a 'likes and worries' drawing and a sand tray. Mrs Oduya "
           "wrote down what Maisie said.")
    d.para("\"I like drawing horses and making slime. My nan makes the best pancakes. At "
           "Lanchester there's only seven of us so it's not as shouty. I don't like it when "
           "grown-ups I don't know tell me off, it makes my tummy go tight and then I run. I "
           "miss my friend Poppy at St Aldric's. When I'm big I want to look after horses or "
           "be a vet.\"")
    d.heading("What Carol, Maisie's grandmother, told us", level=2)
    d.para("Carol has cared for Maisie since she was four and became her special guardian in "
           "2020. She describes Maisie as loving, creative and fiercely loyal, but says she is "
           "'always on high alert'. Carol wants Maisie to feel safe at school, to catch up "
           "with her reading, and to go back to St Aldric's for secondary transfer with her "
           "friends if she is ready. She asks that any changes of staff are planned and "
           "explained to Maisie beforehand. Maisie's brother, Jayden Arkwright, aged 12, lives "
           "with foster carers; the two see each other monthly, and Carol says Maisie is often "
           "unsettled for a day or two after contact.")

    d.heading("Maisie's special educational needs (Section B)", section="B")
    d.heading("B1 Social, emotional and mental health", level=2)
    d.para("Maisie experienced neglect and domestic abuse before she was four. She has "
           "significant attachment difficulties: she finds it very hard to trust adults, "
           "watches them closely for signs of anger, and becomes frightened when an adult she "
           "does not know gives her an instruction. When frightened she either runs out of the "
           "room or lashes out, sometimes hitting or kicking. Between September 2024 and "
           "March 2025 she received two suspensions at St Aldric's for incidents of this kind, "
           "and she has attended the Lanchester Centre full time since April 2025. She "
           "struggles to recover after an incident and feels intense shame, saying \"I'm just "
           "bad\". She cannot yet name her feelings beyond 'angry' and 'fine', and she needs "
           "an adult to help her calm down. Transitions (the start of the day, after "
           "lunch, staff absence) are the hardest times.")
    d.heading("B2 Cognition and learning", level=2)
    d.para("Because of frequent moves and missed schooling before she came to live with "
           "Carol, Maisie has gaps in her early learning. Her reading age is 6 years 10 "
           "months (tested November 2025, aged 9 years 11 months); she has gaps in phonics "
           "at the level of vowel digraphs and does not read many common exception words on "
           "sight. Her writing is limited to two or three sentences. In maths she is secure "
           "with numbers to 100 but not with place value beyond that, and she relies on "
           "counting on her fingers. She can concentrate on an adult-led task for about five "
           "minutes.")
    d.heading("B3 Communication and interaction", level=2)
    d.para("Maisie's vocabulary for feelings and for social situations is limited. She "
           "misreads other children's intentions, often believing that she is being laughed "
           "at, and she finds it hard to join in, share or lose a game with peers. She tends "
           "to control play and falls out with friends quickly.")
    d.heading("B4 Sensory", level=2)
    d.para("Maisie startles at sudden noise and seeks movement and deep pressure when she is "
           "anxious, for example pushing against walls or rocking on her chair.")

    d.heading("Maisie's health needs (Section C)", section="C")
    d.para("Maisie has difficulty getting to sleep and waking at night, and is prescribed "
           "melatonin by the community paediatrician. She was referred to CAMHS in October "
           "2025 because of her anxiety and night-time fears and is on the waiting list for "
           "the Looked After and Permanence CAMHS team. The paediatrician has noted "
           "concentration difficulties and will review whether an ADHD assessment is needed "
           "once Maisie has been settled at school for longer.")

    d.heading("Maisie's social care needs (Section D)", section="D")
    d.para("Maisie is subject to a special guardianship order. Carol, who is 63, is her "
           "sole carer and is finding Maisie's night-time waking and distress after contact "
           "very tiring. The Holmbridge Kinship Support Team assessed the family in November "
           "2025 and found that Carol needs help with therapeutic parenting strategies and "
           "regular breaks. Maisie has not been assessed as a disabled child.")

    d.heading("What we want Maisie to achieve \u2013 outcomes (Section E)", section="E")
    d.para("The Lanchester Centre will break each outcome into half-termly targets and share "
           "them with Carol at her termly meetings with the class teacher.")
    d.numbered([
        "By July 2026, Maisie will tell her key adult how she is feeling, using the emotions thermometer or her own words, at the morning check-in on at least four days out of five.",
        "Maisie will learn to regulate her emotions.",
        "By the end of Year 5, when she becomes upset Maisie will go with an adult to her agreed calm place and return to her learning within 15 minutes on three out of four occasions.",
        "By the end of Year 6, Maisie will read a book at Year 4 level aloud with at least 95% accuracy.",
        "Maisie will stop hitting other children.",
        "Maisie will attend play therapy and Thrive sessions.",
        "By July 2026, Maisie will play a turn-taking game with two classmates for 10 minutes without an adult stepping in, at least three times a week.",
        "By the end of the spring term 2027, Maisie will spend two full days a week in her class at St Aldric's and stay in the classroom for every lesson on those days.",
    ], fmt="E{n}")

    d.heading("The special educational provision Maisie needs (Section F)", section="F")
    d.para("Maisie attends the Lanchester Centre, in a class of seven pupils with a teacher and "
           "two support staff, from 8:50 to 3:15 every weekday, except on Thursday afternoons, "
           "which she spends at St Aldric's. The provision below is made in term time. Staff "
           "are shown by the codes in this key:")
    d.table(["Code", "Who", "Training and qualifications"], [
        ["KA", "Maisie's key adult at the Lanchester Centre (a higher level teaching assistant)",
         "Thrive Licensed Practitioner; the Centre's two-day attachment and trauma course"],
        ["CT", "Class teacher, the Lanchester Centre", "Qualified teacher"],
        ["TA", "A teaching assistant from the Lanchester class team", ""],
        ["FS", "Teaching assistant delivering Fresh Start",
         "Completed Read Write Inc. Fresh Start training (Ruth Miskin Training), 2025"],
        ["OR", "Outreach teacher, Lanchester Outreach Service", "Qualified teacher"],
        ["PT", "Play therapist", "Registered with the British Association of Play Therapists"],
        ["EP", "Educational psychologist, Holmbridge Educational Psychology Service", "HCPC-registered"],
        ["SLT", "Speech and language therapist, Holmbridge Children's Therapy Service", "HCPC-registered"],
    ], widths_cm=[1.4, 8.0, 7.2], font_size=9.5, header_fill="E4DFEC")
    d.para("Where: LC = the Lanchester Centre; SA = St Aldric's C of E Primary School.",
           italic=True)

    _area(d, "1. Feeling safe and managing big feelings (B1, B4; outcomes E1 to E3)", [
        ["F1", "A meet-and-greet at the taxi each morning: Maisie's key adult walks in with her, goes through her visual timetable and does a feelings check-in using the emotions thermometer.",
         "KA", "Every day Maisie attends, 8:50 to 9:00", "LC"],
        ["F2", "Thrive 1:1 sessions at the 'Being' and 'Doing' stages: shared sensory play, turn-taking games, and naming feelings in stories and pictures.",
         "KA", "Three 20-minute sessions a week, straight after lunch on Monday, Wednesday and Friday", "LC"],
        ["F3", "Time in the sensory room to calm down when Maisie becomes dysregulated.",
         "Staff", "As and when needed", "LC"],
        ["F4", "Non-directive play therapy.",
         "PT", "Weekly, 45 minutes, for an initial block of 12 sessions; after that the therapist will decide whether further sessions are needed", "LC"],
        ["F5", "Every adult working with Maisie uses the PACE approach (playfulness, acceptance, curiosity, empathy) and 'time-in' with an adult instead of time-out; after any incident the repair conversation is held by her key adult or class teacher, never by an unfamiliar adult.",
         "KA, CT and all Lanchester staff (trained in PACE by the EP each September)", "Throughout every school day", "LC, SA"],
        ["F6", "Small group nurture sessions.", "TA", "Regularly", "LC"],
        ["F7", "A 10-minute sensory circuit (trampette, wall push-ups and the crawling tunnel, then slow deep-pressure activities) before the first lesson.",
         "KA", "Every day at 9:00", "LC"],
        ["F8", "Lunch in the small dining room in a group of no more than five pupils, then 15 minutes of an adult-led playground game before free play.",
         "KA (Monday to Wednesday); CT (Thursday and Friday)", "Every day, 12:00 to 12:45", "LC"],
    ])

    _area(d, "2. Catching up with reading, writing and maths (B2; outcome E4)", [
        ["F9", "Precision Teaching of the Year 2 and Year 3 common exception words, with a one-minute probe each day.",
         "TA", "10 minutes, 1:1, each morning at 9:15", "LC"],
        ["F10", "Read Write Inc. Fresh Start phonics, working through the modules from Maisie's assessed starting point, taught in a group of three.",
         "FS", "Four 30-minute sessions a week, Monday to Thursday at 10:40", "LC"],
        ["F11", "Maths intervention to fill gaps in number and place value.",
         "TA", "Weekly, subject to review at the end of the spring term", "LC"],
        ["F12", "A scribe or a laptop will be available for longer pieces of writing where possible.",
         "Staff", "", "LC"],
        ["F13", "In lessons, work set in chunks of no more than 10 minutes, shown on a 'first\u2013then' board on Maisie's desk, each chunk followed by a two-minute movement or choice break.",
         "CT", "Every lesson", "LC"],
    ])

    _area(d, "3. Friendships, communication and going back to St Aldric's (B1, B3; outcomes E7 and E8)", [
        ["F14", "Speech and language therapy assessment of Maisie's social communication and vocabulary for feelings, with a programme to follow.",
         "SLT", "To be arranged", "LC"],
        ["F15", "A place in the Centre's Friendship Group if numbers allow.",
         "TA", "Weekly", "LC"],
        ["F16", "Outreach support for Maisie's return to St Aldric's, reducing as she settles.",
         "OR", "Initially two afternoons a week", "SA"],
        ["F17", "Return afternoons at St Aldric's: every Thursday Maisie joins her Year 5 class from 1:15 to 3:15, with her key adult beside her throughout and a five-minute handover with the class teacher at 1:10.",
         "KA", "Every Thursday, 2 hours", "SA"],
        ["F18", "Training for St Aldric's staff on attachment and trauma.",
         "EP", "As agreed with the school", "SA"],
        ["F19", "Educational psychologist consultation with Lanchester staff and Carol to plan strategies.",
         "EP", "Termly", "LC"],
        ["F20", "Carol will carry out the Thrive activities at home each evening.",
         "Carol", "Every evening", "Home"],
    ])

    d.heading("Health care provision (Section G)", section="G")
    d.para("Agreed by Holmbridge Integrated Care Board, 8 January 2026.")
    d.bullets([
        "Melatonin 2 mg at bedtime, prescribed by the community paediatrician, with a medication review every six months at Holmbridge Child Development Centre.",
        "Sessions with a CAMHS clinical psychologist to teach Maisie ways of coping with fear and anger, once she reaches the top of the CAMHS waiting list.",
    ])

    d.heading("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Section H1)", section="H1")
    d.para("None. Maisie has not been assessed as a disabled child needing services under "
           "section 2 of the 1970 Act.")

    d.heading("Other social care provision (Section H2)", section="H2")
    d.bullets([
        "A special guardianship support worker from the Holmbridge Kinship Support Team visits Carol at home for one hour every fortnight to help her use therapeutic parenting strategies.",
        "A place for Carol on the 'Nurturing Attachments' group course, 2 hours a week for ten weeks, starting in April 2026.",
        "Respite for Carol when it can be arranged.",
    ])

    d.heading("Placement \u2013 name and type of school (Section I)", section="I")
    d.para("The Lanchester Centre, Holmbridge (pupil referral unit \u2013 primary alternative "
           "provision), full time, dual registered with St Aldric's C of E Primary School, "
           "Holmbridge (mainstream voluntary aided primary school), where Maisie spends "
           "Thursday afternoons as set out in Section F.")

    d.heading("Personal budget (Section J)", section="J")
    d.para("Carol has not requested a personal budget.")

    d.heading("Advice and information (Section K)", section="K")
    d.bullets([
        "Maisie's views \u2013 gathered by Mrs J. Oduya, key adult, December 2025",
        "Carol Arkwright's views \u2013 11 December 2025",
        "Educational advice \u2013 Ms P. Kavanagh, Head of Centre, the Lanchester Centre, 5 December 2025",
        "Educational advice \u2013 St Aldric's C of E Primary School",
        "Psychological advice \u2013 Dr E. Fairbrother, Educational Psychologist, 9 December 2025",
        "Medical advice \u2013 Dr H. Sandoval, Community Paediatrician, 2 December 2025",
        "Social care advice \u2013 Holmbridge Kinship Support Team, 28 November 2025",
    ])
