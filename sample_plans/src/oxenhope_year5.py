"""Moorcliffe Metropolitan Borough Council - Year 5 pupil with developmental language
disorder and social communication difficulties at a mainstream maintained primary school.
Word Heading 1 headings with a colon and a personalised title ('Section F: The special
educational provision Esme needs'); cover details in a two-column shaded table. E is
numbered E1-E6. Section F is a staff-role provision map: one table per area of need under
Heading 2 area sub-headings, columns No. | Provision | Class teacher | Teaching assistant |
Specialist | Whole school / other, with the amount and the deliverer's training written in
the cell of the role that delivers it and the other role cells left blank. Separate H1
and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Esme Kowalczyk"

ROLE_HEAD = ["No.", "Provision", "Class teacher", "Teaching assistant", "Specialist",
             "Whole school / other"]
WIDTHS = [0.9, 4.9, 2.4, 3.2, 3.2, 2.0]


def _map(d, rows):
    d.table(ROLE_HEAD, rows, widths_cm=WIDTHS, font_size=8.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Moorcliffe MBC  |  EHC Plan  |  Esme Kowalczyk",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Moorcliffe Metropolitan Borough Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=22, color="385623")
    d.para("Final plan issued under section 39 of the Children and Families Act 2014",
           italic=True)
    d.details_table([
        ("Child's name", "Esme Kowalczyk"),
        ("Date of birth", "14 March 2016"),
        ("Year group", "Year 5"),
        ("NHS number", "999 613 2048"),
        ("UPN", "H999211604078"),
        ("Home address", "27 Weavers Row, Moorcliffe, XJ4 8NT"),
        ("Parents", "Agnieszka Kowalczyk and Marek Kowalczyk"),
        ("Contact", "01632 960718  /  a.kowalczyk@example.org"),
        ("School", "Sladen Bridge Primary School"),
        ("Date of final plan", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Leanne Gorecki, Moorcliffe SEND Assessment Team"),
    ])

    d.heading("Section A: Esme's views, interests and aspirations", section="A")
    d.heading("What Esme told us", level=2)
    d.para("Esme shared her views with her class teacher, Mrs Oduya, using a talking mat and "
           "photographs of places around school. She chose the words below and agreed that "
           "they could be written down for her.")
    d.para("\"I like drawing horses and making slime. I am good at art and I am a fast runner. "
           "I don't like it when everybody talks at the same time on the carpet because the "
           "words go too fast. Sometimes people laugh at me when I say the wrong thing and "
           "then I go red. I like Mrs Whitely's group because it is quiet. When I grow up I "
           "want to look after animals, maybe at a zoo.\"")
    d.heading("What Esme's parents told us", level=2)
    d.para("Agnieszka and Marek describe Esme as kind, artistic and very loyal to the few "
           "friends she has. At home the family speaks English and some Polish; Esme "
           "understands Polish but answers in English. Her parents are worried that she is "
           "falling further behind in reading and that she is often left out at playtime. "
           "They want her to feel confident enough to put her hand up in class and to be "
           "ready for secondary school in September 2027. Esme's younger brother, Filip, is "
           "in Year 1 at the same school.")

    d.heading("Section B: Esme's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Esme has a developmental language disorder (diagnosed by Moorcliffe Speech and "
           "Language Therapy Service in 2022). On the CELF-5 UK her receptive and expressive "
           "language scores are both below the 2nd centile. She understands instructions with "
           "one or two key words in familiar routines but loses track of longer or "
           "conditional instructions (\"If you have finished, then ...\"), and of concept "
           "words such as before, after, unless and except. Her vocabulary is narrow for her "
           "age, particularly subject words in science, history and maths. Her spoken "
           "sentences are short, often miss out small grammatical words, and she finds it "
           "very hard to retell events in order.")
    d.para("Esme also has social communication difficulties. She takes jokes and idioms "
           "literally, finds it hard to join a game that has already started and does not "
           "notice when a listener has misunderstood her. She tends to stay with one friend "
           "and becomes upset when that friend plays with others.")
    d.heading("Cognition and learning", level=2)
    d.para("Esme decodes accurately at about a Year 3 level but her understanding of what "
           "she reads is much weaker, especially inference. Her written work is brief, with "
           "simple sentences joined by \"and\". In maths she is secure with calculation up to "
           "Year 4 objectives but cannot work out what a word problem is asking. Her verbal "
           "working memory is in the low range (EP assessment, November 2025), so she "
           "forgets steps in a task part way through.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Esme becomes anxious when she does not understand what is happening, and "
           "changes to the usual routine make this worse. When she is overwhelmed she puts "
           "her head down, refuses to speak or leaves the classroom. She rarely asks for help "
           "and finds it hard to name her feelings, which can lead to outbursts at home "
           "after school.")
    d.heading("Sensory and physical", level=2)
    d.para("Esme has no identified sensory or physical needs. She had glue ear until the age "
           "of five and her hearing was within the typical range at her last test in 2024.")

    d.heading("Section C: Esme's health needs", section="C")
    d.para("Esme has mild asthma, managed with a salbutamol reliever inhaler. She had "
           "recurrent glue ear in early childhood; Moorcliffe Audiology has asked to see her "
           "again to confirm her hearing remains within the typical range. Her language "
           "disorder is overseen by the community paediatrician, Dr Brannigan.")

    d.heading("Section D: Esme's social care needs", section="D")
    d.para("Esme has no social care needs arising from her special educational needs. The "
           "family is not known to children's social care.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 2 unless another date is given. "
           "Sladen Bridge will break each outcome into smaller steps on Esme's termly "
           "support plan and share them with her parents at each termly meeting.")
    d.numbered([
        "By the end of Year 6, Esme will follow a spoken classroom instruction with three key parts, without a repeat, in 8 out of 10 observed lessons.",
        "By July 2027, Esme will retell a short story or a class event in the right order in at least five linked sentences, using 'first', 'then', 'after that' and 'because'.",
        "Esme will develop better friendships.",
        "By the end of Year 6, Esme will read a passage at Year 4 level and answer four out of five questions about it correctly, including two 'why' questions.",
        "Esme will access ELSA sessions to manage her feelings.",
        "By the summer term of 2027, Esme will show her help card or ask an adult for help when she is stuck, on at least four days out of five, instead of leaving the classroom.",
    ], fmt="E{n}")

    d.heading("Section F: The special educational provision Esme needs", section="F")
    d.para("The provision map below is set out by area of need. For each item, the amount "
           "and the training of the person delivering it are written in the column of the "
           "role that delivers it. Provision is made in term time for the life of this plan "
           "unless the entry says otherwise.", italic=True)

    d.heading("Communication and interaction: language", level=2)
    _map(d, [
        ["1", "Direct speech and language therapy on understanding spoken instructions with two and three key parts, and sentences built with 'before', 'after' and 'if ... then'",
         "", "",
         "One 45-minute individual session every fortnight in school, by an HCPC-registered speech and language therapist from the Moorcliffe Children's Speech and Language Therapy Service",
         ""],
        ["2", "Practice of the language targets set by the therapist in item 1, using the activities she leaves after each session",
         "",
         "Three 15-minute 1:1 sessions a week, by a TA who has completed the ELKLAN Speech and Language Support for 5-11s course",
         "", ""],
        ["3", "Pre-teaching of new topic vocabulary using word maps",
         "",
         "Where possible, before each new topic",
         "", ""],
        ["4", "Instructions given in chunks of no more than two parts, with a visual task planner on Esme's desk showing each step of the activity",
         "In every lesson across the school week",
         "", "", ""],
        ["5", "Talk Boost KS2 in a small group",
         "",
         "Weekly",
         "", ""],
    ])

    d.heading("Communication and interaction: social communication", level=2)
    _map(d, [
        ["6", "Social communication group using Talkabout for Children (Book 2) activities: starting and keeping a conversation going, taking turns and putting right a misunderstanding, in a group of no more than five pupils",
         "",
         "One 30-minute session every Thursday afternoon, led by the HLTA who has completed Talkabout training",
         "The speech and language therapist joins the first session of each half-term to set the group's targets",
         ""],
        ["7", "Esme would benefit from a trained playground buddy throughout lunchtime each day",
         "", "", "",
         "Staff to organise"],
        ["8", "Social Stories written for Esme ahead of changes to her routine",
         "",
         "As and when changes arise",
         "", ""],
        ["9", "Opportunities to take part in LEGO-based therapy with other pupils",
         "",
         "Subject to staffing",
         "", ""],
    ])

    d.heading("Cognition and learning", level=2)
    _map(d, [
        ["10", "Reciprocal Reading in a group of four pupils, teaching Esme to predict, clarify, question and summarise a shared text",
         "",
         "Three 25-minute sessions a week (Monday, Wednesday and Friday, 9:05 to 9:30), by a TA trained in Reciprocal Reading by the Moorcliffe Learning Support Service",
         "", ""],
        ["11", "Additional support with written work",
         "",
         "Up to 3 hours per week",
         "", ""],
        ["12", "Colourful Semantics to build sentences for writing (who / what doing / what / where), moving on to 'when' and 'because' sentences",
         "",
         "Four 20-minute 1:1 sessions a week, by a TA trained in Colourful Semantics by the speech and language therapist",
         "The therapist checks Esme's Colourful Semantics targets each half-term and updates them",
         ""],
        ["13", "A maths intervention for word problems, chosen by the school once Esme's maths assessment is complete",
         "To be agreed after assessment",
         "", "", ""],
        ["14", "Memory aids and strategies as recommended in the educational psychologist's report",
         "In all lessons",
         "", "", ""],
    ])

    d.heading("Social, emotional and mental health", level=2)
    _map(d, [
        ["15", "ELSA programme sessions on naming feelings, noticing the early signs of frustration and using her help card",
         "", "",
         "One 30-minute 1:1 session a week for 12 weeks from the start of the summer term 2026, with an ELSA who has completed the Moorcliffe Educational Psychology Service ELSA training and attends its half-termly supervision",
         ""],
        ["16", "Esme can go to the calm corner in the library area when she feels overwhelmed",
         "", "", "",
         "Whenever necessary"],
        ["17", "Meet-and-greet at the classroom door: going through the day's visual timetable with Esme and pointing out any changes",
         "",
         "Five minutes each morning before registration",
         "", ""],
        ["18", "Weekly sessions with the learning mentor, which will taper off as Esme grows in confidence",
         "", "", "",
         "Weekly"],
    ])

    d.heading("Working with Esme's family and staff", level=2)
    _map(d, [
        ["19", "Advice to class staff on Esme's language needs",
         "", "",
         "Speech and language therapist, once a term",
         ""],
        ["20", "Esme's parents will practise the therapist's vocabulary activities with her at home for 10 minutes each evening",
         "", "", "",
         "Parents"],
    ])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "A salbutamol reliever inhaler kept in Esme's classroom and given as required under her individual asthma plan by staff trained each September by the school nurse.",
        "A hearing check at Moorcliffe Audiology when the next appointment becomes available.",
        "Review by the community paediatrician, Dr Brannigan, every 12 months at Moorcliffe Child Development Centre.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("No provision is required under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("No other social care provision is required.")

    d.heading("Section I: Placement", section="I")
    d.para("Sladen Bridge Primary School, Moorcliffe (mainstream maintained community primary "
           "school, ages 4 to 11).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Esme's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.para("The following advice was gathered during the assessment and is attached as "
           "appendices.")
    d.bullets([
        "Parents' views - Agnieszka and Marek Kowalczyk, 3 November 2025",
        "Esme's views - gathered by Mrs J. Oduya, class teacher, 5 November 2025",
        "Educational advice - Mr R. Hallam, SENCO, Sladen Bridge Primary School, 10 November 2025",
        "Psychological advice - Dr Priya Nandakumar, Educational Psychologist, 14 November 2025",
        "Medical advice - Dr E. Brannigan, Community Paediatrician, 12 November 2025",
        "Speech and language therapy advice - Moorcliffe Children's Speech and Language Therapy Service",
        "Social care advice - Moorcliffe Children's Social Care, 7 November 2025 (family not known to the service)",
    ])
