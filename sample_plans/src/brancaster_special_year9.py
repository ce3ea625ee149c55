"""Westholm City Council - Year 9 young person with autism, severe anxiety and selective
mutism at an independent special school (s.41 approved), amended after the Year 9 annual
review. Word Heading 1 headings made of the bare letter, an em dash and a Title-Case title
('F \u2014 Special Educational Provision'). Bold-label cover lines; running header and
'Page X of Y' footer. E is a three-column table (Ref | Outcome | By when) with some empty
'By when' cells. Section F has a short note explaining the columns, then two tables
(F1 across the school day; F2 preparing for adulthood) with the columns Ref | Provision |
Mode | Dosage | Provider and qualification, some cells blank. Separate H1 and H2; J records a
social care direct payment. FINAL plan."""

TITLE = "Education, Health and Care Plan - Tamsin Hargreave"

COLS = ["Ref", "Provision", "Mode", "Dosage", "Provider and qualification"]
WIDTHS = [1.2, 6.0, 2.3, 3.3, 3.8]


def build(d):
    d.running_header_footer("Westholm City Council \u2014 EHC Plan \u2014 Tamsin Hargreave \u2014 FINAL (amended)",
                            footer_left="Westholm City Council", first_page_plain=True)
    d.title("Westholm City Council", size=14, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL \u2014 amended following the Year 9 annual review", bold=True, size=12)
    d.label_para("Name: ", "Tamsin Hargreave")
    d.label_para("Date of birth: ", "03/06/2012")
    d.label_para("NHS number: ", "999 604 2187")
    d.label_para("UPN: ", "W999000845512")
    d.label_para("Home address: ", "Flat 2, 41 Quayside Walk, Westholm, XJ3 5PD")
    d.label_para("Parents: ", "Daniel Hargreave and Ruth Hargreave")
    d.label_para("Telephone: ", "07700 900731 (Ruth)")
    d.label_para("E-mail: ", "ruth.hargreave@example.org")
    d.label_para("School and year: ", "Brancaster House School, Year 9")
    d.label_para("Annual review meeting: ", "20 January 2026")
    d.label_para("Date this amended plan was finalised: ", "23 February 2026")
    d.label_para("Next annual review due by: ", "20 January 2027")
    d.label_para("Case officer: ", "Jonah Featherstone, Westholm SEN Team")

    d.heading("A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("In Tamsin's words", level=2)
    d.para("Tamsin does not speak at school, so she typed this on her iPad with her keyworker "
           "sitting beside her on 8 January 2026. We have kept her words exactly.")
    d.para("\"I like animals more than people because animals don't expect you to talk. I "
           "have a cat called Pickle and I read about animal care every night. School is "
           "better than my old school because it is quiet and nobody shouts at me to answer. "
           "I hate the canteen smell and when people stare at me. I want to work at a vet's "
           "or an animal rescue. When I am grown up I want my own flat with Pickle's "
           "great-grandchildren in it. I would like to go to the shops on my own one day but "
           "the thought of it makes my chest tight.\"")
    d.heading("Tamsin's parents' views", level=2)
    d.para("Daniel and Ruth say Tamsin is clever, kind and funny at home, where she talks "
           "freely with them and with her brother Ellis. They are relieved that she has "
           "attended Brancaster House every day this year after missing most of Year 7. Their "
           "biggest worries are that she cannot ask a stranger for help, that she eats only a "
           "handful of foods, and that she will be left behind when her brother goes to "
           "college. They want her to take GCSEs, to travel on her own and to have a future "
           "working with animals.")

    d.heading("B \u2014 Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Tamsin is autistic and has selective mutism. She speaks freely at home with her "
           "parents and brother, but at school she speaks only in a whisper to her keyworker "
           "in a closed room, and to no one else. She answers questions by writing on a "
           "whiteboard, typing on her iPad or pointing. If she is asked to speak, looked at "
           "while she answers, or put on the spot in front of others, she freezes and may "
           "not communicate at all for the rest of the lesson. She takes language literally, "
           "finds it hard to work out what people mean when it is not said directly, and "
           "does not ask for help when she is stuck.")
    d.heading("Cognition and learning", level=2)
    d.para("Tamsin's reasoning skills are in the average range, but her attainment has gaps "
           "because she missed most of Year 7. She reads accurately but finds it hard to "
           "infer characters' feelings and motives and to explain her answers in writing. "
           "In maths she is working at about the level expected in Year 7; she has gaps in "
           "fractions, ratio and multi-step problems. She needs extra time to process new "
           "vocabulary and instructions.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tamsin has severe anxiety. She has panic attacks (racing heart, shaking, "
           "struggling to breathe) several times a week, most often on arrival, when there is "
           "an unexpected change or when she has to eat in front of others. She masks her "
           "anxiety at school and then becomes very distressed at home in the evening. She "
           "has one friend at school, with whom she communicates by writing notes.")
    d.heading("Sensory and physical", level=2)
    d.para("Tamsin is highly sensitive to noise, smells and being touched. The dining hall "
           "and crowded corridors overwhelm her, and she will not eat in a busy room. She "
           "calms with deep pressure and by listening to music through headphones.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Tamsin travels to school by LA taxi and has never used a bus. She has never "
           "bought anything in a shop on her own, cannot make a phone call or speak to a "
           "shop assistant, and does not yet know how to get the experience or "
           "qualifications she would need to work with animals. She does not cook and has "
           "not handled money.")

    d.heading("C \u2014 Health Needs Related to Tamsin's SEN", section="C")
    d.para("Tamsin was diagnosed as autistic by the Westholm Neurodevelopmental Service in "
           "2022 and with an anxiety disorder and selective mutism by CAMHS in 2024. She is "
           "under the care of a CAMHS consultant psychiatrist and takes sertraline daily. "
           "She eats a very limited range of foods and her weight is monitored by her GP. "
           "She often has difficulty getting to sleep, which leaves her tired in the "
           "mornings.")

    d.heading("D \u2014 Social Care Needs", section="D")
    d.para("Tamsin is a disabled child. She does not go out without her parents and has no "
           "friendships or activities outside school. She would like to join an animal "
           "club but cannot manage the group or the journey without an adult she trusts. "
           "Her parents both work and find the evenings, when Tamsin is most distressed, "
           "very demanding. A disabled children's assessment was completed in January 2026.")

    d.heading("E \u2014 Outcomes", section="E")
    d.para("Brancaster House sets half-termly targets towards each outcome and shares them "
           "with Tamsin and her parents.")
    d.table(["Ref", "Outcome", "By when"], [
        ["E1", "Tamsin will say at least one word aloud to two adults at school other than her keyworker, in a familiar room", "July 2027"],
        ["E2", "Tamsin will answer questions in every lesson using her whiteboard or text-to-speech app, without an adult prompting her to do so", "End of Year 9 (July 2026)"],
        ["E3", "Tamsin will feel more confident.", ""],
        ["E4", "Tamsin will achieve her potential in English and maths.", "End of Key Stage 4"],
        ["E5", "Tamsin will travel by bus from school to Westholm bus station and back with a trainer following at a distance, on three trips in a row", "December 2026"],
        ["E6", "Tamsin will become a veterinary nurse.", ""],
        ["E7", "Tamsin will attend travel training and careers meetings.", "July 2026"],
        ["E8", "Tamsin will buy an item in a shop on her own, using a pre-written card or contactless payment", "July 2027"],
    ], widths_cm=[1.2, 11.4, 4.0], font_size=10)

    d.heading("F \u2014 Special Educational Provision", section="F")
    d.para("In the tables below, \"Mode\" says whether the provision is given directly to "
           "Tamsin or through the adults who work with her, and in what grouping. "
           "\"Dosage\" says how long each session lasts and how often it happens. All "
           "provision is in term time, 38 weeks a year, unless the table says otherwise.",
           italic=True)

    d.bold_line("Table F1 \u2014 Across the school day", size=12, color="5B2C6F")
    d.table(COLS, [
        ["F1.1", "All lessons taught in a class of no more than six pupils, with the same teacher for core subjects and a visual lesson plan shared at the start of each lesson",
         "Class group (maximum 6 pupils)", "Full timetable: 32.5 hours a week, 38 weeks a year",
         "Class teacher (QTS) and two teaching assistants, all holding Autism Education Trust Level 2 (Good Autism Practice) training"],
        ["F1.2", "Direct therapy for selective mutism using a sliding-in programme: Tamsin moves one small step at a time from speaking with her keyworker to speaking with a second adult, first in the therapy room and then in class; progress against the steps is reviewed by the therapist each term",
         "1:1 direct", "45 minutes, once a week in term time",
         "HCPC-registered speech and language therapist employed by Brancaster House, who has completed post-graduate training in selective mutism"],
        ["F1.3", "Tamsin's keyworker will carry on the sliding-in steps between therapy sessions where possible",
         "1:1", "Little and often", "Keyworker"],
        ["F1.4", "An iPad with a text-to-speech app and a pocket whiteboard for Tamsin's own use, so that she can answer, ask questions and ask for help without speaking; all staff accept written, typed or pointed answers as full participation",
         "Equipment", "Every lesson and at break; a 30-minute set-up check with the speech and language therapist in the first week of each term",
         "Set up and maintained by the school's assistive technology lead"],
        ["F1.5", "Training on selective mutism for every adult who teaches Tamsin, including how not to put her on the spot",
         "Indirect (staff training)", "To be arranged", "The speech and language therapist named in F1.2"],
        ["F1.6", "Pre-teaching of subject vocabulary and extra processing time",
         "Small group", "When required", "Teaching assistant"],
        ["F1.7", "Inference Training in English: short texts, questions and written explanations, with Tamsin answering on her whiteboard or iPad",
         "1:1 direct", "Two 30-minute sessions a week (Tuesday and Thursday, first period)", "English teacher (QTS)"],
        ["F1.8", "Maths catch-up intervention", "Group", "Weekly; to be reviewed at Easter", "Teaching assistant"],
        ["F1.9", "Access arrangements for tests and mock examinations, in line with the school's examinations policy",
         "Individual", "All assessments", "Examinations officer"],
        ["F1.10", "CBT-informed anxiety work using the 'Starving the Anxiety Gremlin' workbook, with Tamsin writing or typing her responses",
         "1:1 direct", "40 minutes every Wednesday in term time",
         "Assistant psychologist, supervised each month by the school's HCPC-registered clinical psychologist"],
        ["F1.11", "Counselling or art therapy could be offered if Tamsin's anxiety gets worse",
         "1:1", "", "Therapy team"],
        ["F1.12", "Arrival routine: Tamsin is met at her taxi by the same adult, goes in through the side door before the main arrival and shows her 1\u20135 feelings card; any change to the day is shown to her in writing",
         "1:1", "10 minutes from 8:40 every school day",
         "Her keyworker (a named teaching assistant), or the named deputy in her one-page profile"],
        ["F1.13", "Access to a low-stimulation room when she is overwhelmed", "Individual", "As needed", ""],
        ["F1.14", "Lunch in the quiet room with one peer she chooses instead of the dining hall, staffing permitting",
         "Paired", "Every lunchtime", "Lunchtime supervisor"],
        ["F1.15", "Sensory strategies such as a weighted lap pad, ear defenders and movement breaks",
         "Individual", "Throughout the day as appropriate", "Class team"],
    ], widths_cm=WIDTHS, font_size=9)

    d.bold_line("Table F2 \u2014 Preparing for adulthood", size=12, color="5B2C6F")
    d.table(COLS, [
        ["F2.1", "Independent travel training on the number 14 bus between Brancaster House and Westholm bus station, including showing the driver a pre-written card to buy a ticket and what to do if the bus does not come",
         "1:1 direct", "Two 50-minute sessions a week for 12 weeks, starting after the Easter holiday 2026",
         "Travel trainer from the Westholm Travel Ability Service who holds the Level 3 Award in Independent Travel Training"],
        ["F2.2", "Opportunities for work experience with animals in Year 10", "Individual", "", "Careers lead"],
        ["F2.3", "Careers guidance meetings exploring animal care and veterinary nursing courses (Level 2 and Level 3) and which college open days to visit; Tamsin may reply in writing",
         "1:1 direct", "A 40-minute meeting each half-term",
         "Careers adviser with a Level 6 Diploma in Career Guidance and Development (Westholm Careers Service)"],
        ["F2.4", "Community visits to practise ordering and paying, e.g. at a caf\u00e9, the post office and a pet shop",
         "Group of three pupils", "Fortnightly, reducing as Tamsin grows in confidence", "Class team"],
        ["F2.5", "Cooking and budgeting in the training flat: planning a simple lunch, shopping for it with a \u00a35 budget and cooking it, working through the ASDAN Personal Independence short course",
         "Group of no more than four", "One 90-minute session every Friday morning",
         "Life skills teacher (QTS), with a teaching assistant"],
        ["F2.6", "Practising booking appointments by text message and e-mail, as part of the PSHE programme",
         "Whole class", "", "PSHE teacher"],
    ], widths_cm=WIDTHS, font_size=9)

    d.heading("G \u2014 Health Care Provision", section="G")
    d.bullets([
        "Review by the CAMHS consultant psychiatrist every three months, including Tamsin's sertraline (50 mg each morning, given at home).",
        "Six sessions with the CAMHS clinical psychologist to teach Tamsin grounding and breathing techniques for panic attacks.",
        "A dietetic review of Tamsin's restricted eating once she reaches the top of the community dietetics waiting list.",
    ])

    d.heading("H1 \u2014 Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A personal assistant for 2 hours every Saturday afternoon, paid for through a "
           "social care direct payment, so that Tamsin can attend the Westholm Young Rangers "
           "animal club.")
    d.heading("H2 \u2014 Other Social Care Provision", section="H2")
    d.para("Family support from the Disabled Children's Team as needed.")

    d.heading("I \u2014 Placement: Name and Type of School", section="I")
    d.para("Brancaster House School, Westholm (independent special school for autistic "
           "pupils aged 9 to 19, approved under section 41 of the Children and Families Act "
           "2014). Day placement, 38 weeks a year.")

    d.heading("J \u2014 Personal Budget and Direct Payments", section="J")
    d.para("Tamsin's parents receive a social care direct payment of \u00a342 a week to employ "
           "the personal assistant in Section H1. No personal budget has been requested for "
           "the special educational provision in Section F.")

    d.heading("K \u2014 Advice and Information", section="K")
    d.bullets([
        "Tamsin's views \u2014 typed by Tamsin on her iPad with her keyworker, 8 January 2026",
        "Parents' views \u2014 Daniel and Ruth Hargreave, 9 January 2026",
        "Educational advice \u2014 Mr A. Whitcombe, Deputy Head, Brancaster House School, 15 January 2026",
        "Psychological advice \u2014 Dr Nadia Kovac, Educational Psychologist, 20 January 2026",
        "Medical advice \u2014 Dr P. Lindqvist, CAMHS Consultant Psychiatrist, 13 January 2026",
        "Speech and language therapy advice \u2014 Ms E. Rowntree, Speech and Language Therapist, Brancaster House, 14 January 2026",
        "Occupational therapy advice \u2014 Westholm Children's Therapies",
        "Social care advice \u2014 Westholm Disabled Children's Team, 19 January 2026",
        "Preparing for adulthood advice \u2014 Westholm Careers Service, 22 January 2026",
    ])
