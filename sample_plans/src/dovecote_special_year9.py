"""Wrangbrook County Council - amended final plan after the Year 9 (preparing-for-adulthood)
annual review. Year 9 girl (14) with autism and a pathological demand avoidance (PDA)
profile, at an independent special school approved under section 41 (38-week day place).
Word Heading 1 headings in Title Case with a colon ('Section F: Special Educational
Provision'); Heading 2 sub-headings; bold-label cover lines plus a small review-history
table; footer line with the plan status. B has a preparing-for-adulthood sub-section; E is
a bulleted list of outcomes. Section F is ONE two-column table ('What Freya needs (from
Section B)' | 'Special educational provision (Section F)'): the left cell of each row
gives the area of need in bold and a one-line summary of the need, the right cell holds
several provisions, each a paragraph starting with a typed bullet. Two PfA rows
(employment and independent living; community and friendships); one provision
paragraph runs over a page break. FINAL (amended) plan."""

TITLE = "Amended Education, Health and Care Plan - Freya Lockwood-Baines"


def _cell(items):
    return "\n".join("\u2022 " + it for it in items)


def build(d):
    d.simple_footer("Wrangbrook County Council  \u2022  AMENDED FINAL EHC PLAN  \u2022  "
                    "Freya Lockwood-Baines  \u2022  Issued 27 January 2026")
    d.title("Wrangbrook County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("AMENDED FINAL PLAN following the Year 9 annual review", bold=True, size=12)
    d.label_para("Name: ", "Freya Lockwood-Baines")
    d.label_para("Date of birth: ", "2 November 2011")
    d.label_para("NHS number: ", "999 604 2187")
    d.label_para("UPN: ", "W999000558214")
    d.label_para("Address: ", "Hollins Barn, Cold Ashby Lane, Wrangbrook, XJ3 8PW")
    d.label_para("Parents: ", "Kirsty Lockwood (mother) and Adam Baines (stepfather)")
    d.label_para("Contact: ", "01632 960914 / 07700 900273, kirsty.lockwood@example.org")
    d.label_para("National Curriculum year: ", "Year 9")
    d.label_para("Current school: ", "Dovecote House School (since September 2024)")
    d.label_para("SEND officer: ", "Marguerite Ossei-Brand, Wrangbrook SEND 0-25 Service")
    d.table(["Stage", "Date"], [
        ["First EHC plan issued", "14 June 2023"],
        ["Year 9 annual review meeting", "18 November 2025"],
        ["Amendment notice sent", "2 December 2025"],
        ["This amended final plan issued", "27 January 2026"],
        ["Next annual review by", "17 November 2026"],
    ], widths_cm=[8.0, 6.0], font_size=10)

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("Freya's views", level=2)
    d.para("Freya did not want to come to the review meeting. She chose instead to answer "
           "questions typed into a shared document by her key adult, Ms Kaur, over two "
           "afternoons in November 2025, and she agreed the wording below. Her answers are "
           "quoted as she typed them.")
    d.para("\"I like animals more than people, mostly. We have two dogs (Pepper and Moss) and "
           "I help at the stables on Saturdays. I like drawing manga and I'm good at it. "
           "I hate being told what to do, it makes my whole body go tight and then I can't "
           "do anything even if I wanted to. Dovecote is OK because they ask me instead of "
           "telling me. When I'm older I want to work with animals, maybe a dog groomer or "
           "a vet nurse, and live in the countryside with lots of dogs. I want to be able to "
           "go into town without Mum but buses are gross.\"")
    d.heading("Parents' views", level=2)
    d.para("Kirsty and Adam say Freya is funny, creative and fiercely loyal, with a real gift "
           "for understanding animals. Before Dovecote she was out of school for fourteen "
           "months, and they are relieved that she now attends every day. They are worried "
           "that she holds things together at school and then explodes at home, and that "
           "she has no friends outside school. They want her to leave school with "
           "qualifications, to get a college place on an animal care course, and in time to "
           "be able to live independently, travel on her own and manage her own money.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.para("Freya has a diagnosis of autism (Wrangbrook Neurodevelopmental Service, 2019). "
           "The assessing clinician described a pathological demand avoidance profile: "
           "ordinary requests and expectations cause Freya extreme anxiety, and she avoids "
           "them by distracting, negotiating, withdrawing or, when overwhelmed, by shouting, "
           "throwing things or running out.")
    d.heading("Communication and interaction", level=2)
    d.para("Freya has a wide vocabulary and speaks fluently, which hides how much she "
           "misunderstands. She takes some things literally, misreads tone of voice and "
           "facial expression, and often believes that peers are laughing at her. She "
           "cannot yet repair a misunderstanding with a friend, so small disagreements "
           "become fall-outs that last for weeks. Direct instructions ('Freya, sit down "
           "please') usually lead to refusal.")
    d.heading("Cognition and learning", level=2)
    d.para("Freya's reading and verbal reasoning are at or above the level expected for her "
           "age. Because of the time she missed in Years 6 and 7, she has gaps in maths "
           "(fractions, percentages, negative numbers) and is working about two years behind. "
           "She avoids writing by hand; her written work is much shorter than her spoken "
           "ideas, and she refuses tasks that look long.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Freya's anxiety is high every day. At school she has one or two incidents a "
           "week where she shouts, throws equipment or leaves the room, usually after an "
           "unexpected change or a direct demand. She masks her distress for much of the "
           "day and her parents report two to four meltdowns a week at home after school. "
           "She needs a sense of control and finds it very hard to accept help.")
    d.heading("Sensory and physical", level=2)
    d.para("Freya is very sensitive to noise, especially several people talking at once, "
           "and to strong smells, which is why she avoids the dining hall. She has poor "
           "awareness of hunger, thirst and the need for the toilet, and often realises "
           "too late. Handwriting tires her hand quickly.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Freya has never travelled by bus or train on her own, and becomes very anxious "
           "on public transport. She has had no careers guidance yet and does not know "
           "what qualifications animal care courses need. She cannot yet prepare a simple "
           "meal, handle money in a shop or budget, and relies on her mother to organise "
           "her day. Outside school she goes only to the stables, always with her mother.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Autism with a PDA profile (above). Freya has severe difficulty getting to sleep "
           "and is prescribed melatonin by her community paediatrician. She eats a narrow "
           "range of about twelve foods; her weight is monitored by the paediatrician and "
           "is currently within the healthy range. CAMHS assessed her anxiety in 2024 and "
           "she remains open to the service. She has seasonal hay fever.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Freya is a disabled child (Children Act 1989, section 17). A child in need "
           "assessment by the Wrangbrook Disabled Children's Team (September 2025) found "
           "that she needs an adult other than her mother to help her take part in "
           "activities in the community, and that the family needs regular breaks: "
           "Freya's stepfather works away during the week and her brother Callum (16) is "
           "preparing for his GCSEs.")

    d.heading("Section E: Outcomes", section="E")
    d.para("These outcomes run to the end of Key Stage 4 (July 2028) unless a date is "
           "given. Dovecote House will agree half-termly steps towards them with Freya.")
    d.bullets([
        "By July 2027, when a misunderstanding with a friend happens, Freya will use her chosen repair script (for example, \"I think I got that wrong - what did you mean?\") within the same day, on at least three occasions each half-term.",
        "By the end of Year 10, Freya will complete a GCSE Foundation maths paper under timed conditions in a room with no more than two other students.",
        "Freya will be less anxious and have fewer meltdowns.",
        "By July 2026, Freya will tell an adult she trusts when she is hungry, thirsty or needs the toilet, before it becomes urgent, on most school days.",
        "By July 2027, Freya will travel by bus from Wrangbrook to Ashby Market and back with a travel trainer shadowing at a distance, on three journeys in a row.",
        "By the end of Year 10, Freya will plan, buy the ingredients for and cook a simple lunch within a \u00a35 budget, with no more than two prompts.",
        "Freya will attend work experience at an animal rescue centre.",
        "Freya will become a veterinary nurse.",
    ])

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Freya attends Dovecote House for 38 weeks a year. She is taught in a class of "
           "six pupils with a teacher and two teaching assistants. The table sets out, for "
           "each area of need in Section B, the special educational provision that "
           "Wrangbrook County Council will secure. Everything is for the life of this plan "
           "unless the entry says otherwise.")
    d.table(["What Freya needs (from Section B)", "Special educational provision (Section F)"], [
        ["**Communication and interaction**\nMisreads tone and intent; cannot yet repair misunderstandings; direct instructions lead to refusal.",
         _cell([
             "In every lesson, Freya's class teacher and both class teaching assistants (all three completed the PDA Society's two-day 'Understanding and Supporting PDA' course in 2025) phrase requests declaratively and offer her a choice of two ways to begin each task.",
             "One 45-minute individual session of direct speech and language therapy each week in term time on understanding other people's intentions and repairing misunderstandings, using Comic Strip Conversations and short video clips, with an HCPC-registered speech and language therapist employed by Dovecote House.",
             "Freya will join a Talkabout group with peers once the therapy team feel she is ready.",
         ])],
        ["**Cognition and learning**\nGaps in maths from missed schooling; avoids handwriting and long-looking tasks.",
         _cell([
             "Five 50-minute maths lessons a week taught by a qualified maths teacher in Freya's class group of six; each lesson opens with a ten-minute one-to-one recap of the previous lesson with the class's Level 3 teaching assistant.",
             "Catch-up tuition to fill gaps from missed schooling, up to 2 hours a week, with a tutor.",
             "Freya should be allowed to use a laptop for written work if she prefers.",
             "Work in all subjects will be differentiated and presented in a low-demand way.",
         ])],
        ["**Social, emotional and mental health**\nHigh daily anxiety; one or two incidents a week at school; masks and then releases distress at home.",
         _cell([
             "A named key adult (one of Freya's two class teaching assistants, both trained in the PANDA approach) meets her off the minibus at 8:50 every school day and spends the first 15 minutes with her in the Orchard Room, agreeing the plan for the morning using her choice board.",
             "Individual sessions with an HCPC-registered clinical psychologist from the school's therapy team, 40 minutes every Tuesday afternoon in term time, using a CBT-informed approach adapted for PDA: building 'Freya's anxiety map', noticing her body's early warning signs and choosing between her three agreed calming strategies.",
             "Time out in the garden or in the Den is available to Freya throughout the day.",
             "Therapeutic input from the school's clinical team, with the amount kept flexible to reflect Freya's presentation.",
             "A reduced timetable may be used at times of high anxiety, to be agreed between school and home.",
         ])],
        ["**Sensory and physical**\nOver-sensitive to noise and smells; poor awareness of hunger, thirst and toilet needs; handwriting fatigue.",
         _cell([
             "Sensory diet activities throughout the day, including things like the trampoline, heavy work and fidgets, decided by staff depending on how Freya is that day.",
             "Occupational therapy: a termly review of Freya's sensory needs, with a written report to the class team.",
             "A pair of over-ear noise-cancelling headphones bought by the school for Freya's sole use, which she wears if she chooses in every lesson, at lunchtime and on the minibus; her key adult checks they are charged every Friday.",
             "Two 20-minute one-to-one sessions a week working through the Interoception Curriculum (Kelly Mahler) to help Freya notice hunger, thirst and the need for the toilet, delivered by her key adult, who has completed the Interoception Curriculum online training, with the occupational therapist checking progress each half-term.",
         ])],
        ["**Preparing for adulthood: employment and independent living**\nNo careers guidance yet; has never travelled alone; cannot yet cook, shop or handle money.",
         _cell([
             "Three individual careers guidance meetings during Year 9, one each term and each lasting 45 minutes, with the Dovecote careers adviser, who holds a Level 6 qualification in careers guidance; after each meeting the adviser writes up an action plan with Freya and sends it home.",
             "Supported work experience in animal care from Year 10, with the amount and the placement to be finalised at next year's review.",
             "Independent travel training when Freya feels ready, subject to the capacity of the council's travel training team.",
             "Every Wednesday, 11:00 to 12:30, a life-skills session in the school's training flat working through the ASDAN 'Living Independently' short course (planning, shopping for and cooking a simple lunch within a set budget), in a group of no more than three students, led by the school's life-skills instructor, who holds a Level 3 qualification in supporting autistic learners.",
         ])],
        ["**Preparing for adulthood: community and friendships**\nNo friends outside school; goes out only with her mother.",
         _cell([
             "Some support from a Dovecote youth worker to help Freya try out a local club, for example the Wrangbrook Young Farmers or a drama group.",
         ])],
    ], widths_cm=[4.6, 12.0], font_size=10)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by the community paediatrician, Wrangbrook Children's Centre, every six months, covering Freya's sleep, melatonin dose and weight.",
        "Cetirizine for hay fever, given by trained staff as required in the summer term, with Freya's parents' written consent.",
        "CAMHS review of Freya's anxiety, subject to the service's eligibility criteria.",
        "Dietetic advice as appropriate.",
    ])

    d.heading("Section H1: Social Care Provision (Chronically Sick and Disabled Persons Act 1970, section 2)", section="H1")
    d.para("A support worker for 3 hours every Saturday so that Freya can go to the stables "
           "and, from spring 2026, try one community activity of her choice. This is paid "
           "for through a social care direct payment to Freya's mother.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Overnight short breaks for Freya at Larchfield House when a place becomes "
           "available.")

    d.heading("Section I: Placement", section="I")
    d.para("Dovecote House School, Wrangbrook - an independent special school for autistic "
           "pupils aged 9 to 19, approved under section 41 of the Children and Families "
           "Act 2014. Day placement, 38 weeks a year.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Freya's mother receives a social care direct payment of \u00a3126 a week for the "
           "support worker in Section H1. No personal budget has been requested for the "
           "special educational provision in Section F.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Freya's views - typed with Ms J. Kaur, key adult, Dovecote House School, 12 November 2025",
        "Parents' views - Kirsty Lockwood and Adam Baines, 10 November 2025",
        "Annual review report - Mr T. Halloran, Head of Upper School, Dovecote House School, 25 November 2025",
        "Speech and language therapy report - Ms N. Berridge, HCPC-registered Speech and Language Therapist, 6 November 2025",
        "Clinical psychology report - Dr A. Soames, Clinical Psychologist, 7 November 2025",
        "Occupational therapy report - Dovecote House therapy team",
        "Medical advice - Dr L. Venkataraman, Community Paediatrician, 30 October 2025",
        "Social care advice - Wrangbrook Disabled Children's Team, 29 September 2025",
        "Preparing for adulthood advice - Mrs C. Pryor, Careers Adviser, Dovecote House School, 14 November 2025",
    ])
