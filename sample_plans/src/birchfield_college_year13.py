"""Harnleigh Borough Council - young person aged 19 with a learning disability and autism at
an independent specialist post-16 institution (s.41), on a two-year supported internship
programme with a hospital as host employer; independent travel training. Educated one year
below his chronological year group, so the cover states Year 13 although his date of birth
gives Year 14. Headings are Word Heading 1 with the bare letter, two spaces and a
first-person title ('F  My special educational provision', 'I  My college'). Bold-label cover
lines. B uses area and preparing-for-adulthood sub-headings. E numbered E1-E9. Section F is
ONE two-column table (What Callum is working towards (Section E) | Provision), one row per
outcome, with SEVERAL provision items in each right-hand cell as typed '\u2022' bullet
paragraphs; rows run over page breaks. H1 'not applicable' (over 18); H2 refers to the Care
Act care and support plan. K numbered K1-K9, one entry without a date. Amended FINAL plan."""

TITLE = "Education, Health and Care Plan - Callum Ferris"


def _cell(items):
    return "\n".join("\u2022 " + it for it in items)


def build(d):
    d.running_header_footer("Callum Ferris - Education, Health and Care Plan - Harnleigh "
                            "Borough Council", footer_left="FINAL (amended) 2 March 2026",
                            first_page_plain=True)
    d.title("Harnleigh Borough Council", size=13, color="5B2C6F")
    d.title("My Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("FINAL - amended following the annual review of 3 February 2026", bold=True)
    d.label_para("Name: ", "Callum Ferris")
    d.label_para("Date of birth: ", "21 October 2006 (age 19)")
    d.label_para("NHS number: ", "999 604 2197")
    d.label_para("Address: ", "27 Rookery Walk, Brindle Heath, Harnleigh, XJ3 8PT")
    d.label_para("Callum's mobile: ", "07700 900382")
    d.label_para("Family: ", "Deborah Ferris (mother) and Marcus Ocampo (stepfather); "
                 "sister Ellie Ferris, aged 16")
    d.label_para("Family contact: ", "01632 960458, deborah.ferris@example.org")
    d.label_para("Year group: ", "Year 13. Callum has been taught one year below his "
                 "chronological year group since he repeated Reception in 2012, as agreed by "
                 "the LA at the time.")
    d.label_para("College and programme: ", "Birchfield College - Pathways to Work supported "
                 "internship, year 1 of 2")
    d.label_para("Date of this amended plan: ", "2 March 2026")
    d.label_para("Next annual review by: ", "1 March 2027")
    d.label_para("Caseworker: ", "Fiona McAllister-Jones, Harnleigh 0-25 SEND Team")

    d.heading("A  My views, interests and aspirations", section="A")
    d.heading("What I said", level=2)
    d.para("Callum gave his views to his personal tutor, Ms Achebe, on 12 January 2026 using "
           "Talking Mats, and then checked the typed version with her. The words in quotation "
           "marks are his.")
    d.para("\"I like my job at the hospital. I like the stores best because everything has a "
           "number and a place. I don't like the lifts when they are full, and I don't like "
           "it when my supervisor changes and nobody tells me. I want a real job with real "
           "pay. I want to get the bus on my own like Ellie does. One day I want my own flat "
           "with a cat. I like swimming, trains and Gateway club on Saturdays.\"")
    d.heading("What my mum and stepdad said (shared with my agreement)", level=2)
    d.para("Deborah and Marcus say Callum is reliable, honest and very proud of his hospital "
           "badge. They want the internship to lead to paid work, and they want him to be "
           "able to get about on his own so that he is not dependent on lifts from them. "
           "They worry about him being taken advantage of with money, and about what happens "
           "to his routine when college finishes.")
    d.heading("How to communicate with me", level=2)
    d.para("Use short sentences and show me as well as telling me. Give me a written or "
           "picture list. Warn me before things change. Give me time to answer.")

    d.heading("B  My special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum is autistic (diagnosed aged 5). He speaks in short sentences and "
           "understands familiar instructions, but he does not ask when he has not "
           "understood; instead he stops, or carries on doing the task the way he did it "
           "last time. He finds small talk with colleagues very hard and stays on his own at "
           "breaks. He takes language literally and is confused by jokes and hints.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum has a moderate learning disability. He reads familiar words and short "
           "sentences (about Entry Level 1), can write his name, address and short lists, and "
           "works at Entry Level 1 in maths. He can count money but does not check change or "
           "receipts, cannot yet read a 24-hour clock or a work rota, and does not understand "
           "what his bank balance means.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Unexpected changes (a new supervisor, a rota change, a crowded lift) make Callum "
           "very anxious; he may walk away from his work area or repeat the same question "
           "many times. Twice this year he has left the hospital site without telling anyone.")
    d.heading("Sensory and physical", level=2)
    d.para("Callum is very sensitive to noise and to crowded spaces, such as full lifts, the "
           "canteen at lunchtime and busy corridors. He is physically well and able.")
    d.heading("Preparing for adulthood: work, travel and living independently", level=2)
    d.para("Callum has never travelled on a bus alone; his stepfather drives him to the "
           "hospital and back. He can make a sandwich and use a microwave but has not cooked "
           "a hot meal on a hob. He has not yet had any paid work and does not know how to "
           "look for a job or what to do at an interview.")

    d.heading("C  My health needs", section="C")
    d.para("Callum has a moderate learning disability and autism. He has long-standing "
           "difficulty getting to sleep and takes melatonin, prescribed by his GP. He is "
           "entitled to an annual learning disability health check. He has no other "
           "health conditions.")

    d.heading("D  My social care needs", section="D")
    d.para("Harnleigh Adult Social Care completed a Care Act needs assessment on 9 December "
           "2025. Callum has eligible needs for support to take part in leisure and community "
           "activities and to keep safe in the community, because he cannot yet travel or "
           "manage money on his own. His mother's carer's assessment was completed on the "
           "same day.")

    d.heading("E  My outcomes", section="E")
    d.para("Birchfield sets short-term targets towards these outcomes each half-term at "
           "Callum's progress meeting and sends them to him and his family.")
    d.numbered([
        "By July 2026, Callum will work a full five-hour shift in the Infirmary stores, completing his picking list with no more than one prompt from his job coach, on 8 of 10 recorded shifts.",
        "By July 2026, Callum will ask a colleague to repeat or show him an instruction he has not understood, using a full sentence, on at least four of five occasions recorded by his job coach.",
        "By March 2027, Callum will travel on his own from home to the Infirmary on the 22 and 40 buses, changing at Harnleigh Interchange, on every internship day for four weeks in a row.",
        "By July 2026, Callum will buy his lunch in the Infirmary canteen with his bank card and check the total on his receipt, on 8 of 10 recorded occasions.",
        "By July 2026, Callum will cook a simple hot meal from a picture recipe, using the hob and oven safely, with no more than two spoken prompts.",
        "By the end of his second internship rotation, Callum will use his 'time out' card and go to the agreed quiet room at the Infirmary when he feels overloaded, returning to work within 15 minutes, on four of five occasions recorded by his job coach.",
        "By July 2026, Callum will phone his GP surgery to book an appointment using his script, and order his repeat prescription through the NHS App, without help.",
        "Callum will have a paid job and his own flat.",
        "Callum will be more confident at work.",
    ], fmt="E{n}")

    d.heading("F  My special educational provision", section="F")
    d.para("Callum's programme at Birchfield is five days a week for 38 weeks a year: three "
           "internship days (Tuesday to Thursday) at Harnleigh Royal Infirmary and two college "
           "days (Monday and Friday). Each bullet in the right-hand column is a separate "
           "piece of provision. It runs for the life of this plan unless it says otherwise.")
    d.table(["What Callum is working towards (Section E)", "Provision"], [
        ["E1 Work: a full shift in the stores with no more than one prompt",
         _cell([
             "A supported internship with Harnleigh Royal Infirmary as host employer, in three 12-week rotations (stores, portering and linen services), on Tuesdays, Wednesdays and Thursdays from 9:00 to 14:30 throughout the college year, arranged and monitored by Birchfield's supported internship co-ordinator.",
             "On-site job coaching for the first two hours of every internship shift (six hours a week), with the job coach on call by radio for the rest of the shift, from a job coach with a BASE-endorsed Level 3 qualification in supported employment and at least two years' experience of working with autistic interns.",
             "Employability work back at college, for example CV writing, mock interviews and understanding a payslip.",
             "Help to apply for part-time paid jobs in the summer term, subject to the college employment team having capacity.",
         ])],
        ["E2 Asking for help and checking instructions at work",
         _cell([
             "Direct speech and language therapy on workplace communication (checking instructions, asking for help, chatting at break times): one 45-minute 1:1 session each fortnight at college, plus a visit to the Infirmary each half-term to watch Callum at work and update his targets, by an HCPC-registered speech and language therapist employed by Birchfield.",
             "Callum will join the interns' weekly 'team talk' group to practise conversation skills.",
             "The speech and language therapist will advise the host employer's supervisors on autism-friendly communication.",
         ])],
        ["E3 Travelling to the Infirmary on his own",
         _cell([
             "Independent travel training on the route from home to Harnleigh Royal Infirmary (the 22 bus, then the 40 from Harnleigh Interchange): two accompanied journeys a week from 14 April 2026, then shadowing at a distance, ending when Callum has made the whole journey alone on five consecutive days; delivered by a travel trainer from the Harnleigh Travel Independence Team who has completed the team's accredited travel-training course.",
             "Practice with a bus-times app and what to do if a bus does not turn up, in small groups at college when staff are available.",
             "Callum's family to practise the Saturday bus journey into Harnleigh town centre with him each weekend.",
         ])],
        ["E4 Money and time",
         _cell([
             "Functional maths taught through money and time (the 24-hour clock, reading a rota, checking a receipt, using a bank card and a budgeting app): two 75-minute lessons each week on Mondays and Fridays, in a class of no more than six learners, taught by a qualified maths teacher with experience of teaching adults with learning disabilities.",
             "A talking calculator, plus other assistive technology when he needs it.",
             "Individual support in college lessons of no more than 4 hours a week, from a learning support practitioner.",
         ])],
        ["E5 Cooking a hot meal",
         _cell([
             "Independent living skills in the college training flat (planning a menu, shopping for it and cooking a hot meal from picture recipes): one 2-hour session every Monday afternoon in a group of four learners, led by a tutor holding the Level 3 Award in Education and Training with a support worker who has completed the college's food hygiene and autism training.",
             "Callum may be offered overnight stays in the training flat in the summer term to practise living away from home.",
         ])],
        ["E6 Managing overload at work",
         _cell([
             "A 10-minute 'plan for the day' check-in with his job coach at the staff entrance at 8:50 on every internship day, going through the day's tasks and any change of rota or supervisor.",
             "Sensory strategies in line with the occupational therapy report of 3 November 2025 (K6), including ear defenders and movement breaks.",
             "Weekly sessions with the college wellbeing mentor, reducing once Callum has settled into his internship.",
             "A Positive Behaviour Support plan will be written by the college's behaviour lead after the first rotation.",
         ])],
        ["E7 Looking after his health",
         _cell([
             "1:1 'Looking after me' sessions using the college's easy-read health workbook, learning to phone the surgery with a script, use the NHS App and take his melatonin at the right time: 30 minutes every Friday in tutorial time with his personal tutor, a qualified teacher.",
         ])],
    ], widths_cm=[4.4, 12.2], font_size=10)

    d.heading("G  My health provision", section="G")
    d.bullets([
        "Melatonin 3 mg at bedtime, prescribed by Callum's GP and reviewed every six months.",
        "An annual learning disability health check and health action plan with his GP at Brindle Heath Medical Centre.",
        "Sleep clinic appointments with the Community Learning Disability Team when a slot becomes free.",
    ])

    d.heading("H1  Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Callum is 19. His adult social care provision is in H2.")
    d.heading("H2  My other social care provision", section="H2")
    d.bullets([
        "A personal assistant for 6 hours every Saturday (10:00 to 16:00), paid through an adult social care direct payment under Callum's Care Act care and support plan of 14 January 2026, so that he can go swimming and to the Gateway club in Harnleigh.",
        "Help to look at supported living options in the future.",
    ])

    d.heading("I  My college", section="I")
    d.para("Birchfield College, Harnleigh (independent specialist post-16 institution approved "
           "under section 41 of the Children and Families Act 2014): Pathways to Work two-year "
           "supported internship programme, five days a week, 38 weeks a year, as a day "
           "student.")

    d.heading("J  My personal budget", section="J")
    d.para("Callum receives an adult social care direct payment for the personal assistant in "
           "H2. No personal budget has been requested for the special educational provision "
           "in F.")

    d.heading("K  Advice and information", section="K")
    d.numbered([
        "Callum's views - gathered with Ms R. Achebe, personal tutor, using Talking Mats, 12 January 2026",
        "Parents' views (shared with Callum's agreement) - Deborah Ferris and Marcus Ocampo, 15 January 2026",
        "Educational advice - Mr T. Lindgren, Head of Supported Employment, Birchfield College, 20 January 2026",
        "Psychological advice - Dr Anya Sorensen, Educational Psychologist, 8 December 2025",
        "Medical advice - Dr K. Adebayo, GP, Brindle Heath Medical Centre, 6 January 2026",
        "Occupational therapy report - Mr J. Pellow, Occupational Therapist, 3 November 2025",
        "Speech and language therapy advice - Ms H. Quigley, Speech and Language Therapist, Birchfield College, 9 January 2026",
        "Social care advice - Harnleigh Adult Social Care Transitions Team, 14 January 2026",
        "Preparing for adulthood advice - Harnleigh Supported Employment Service",
    ], fmt="K{n}")
