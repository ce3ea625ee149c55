"""Elmstead Borough Council - Year 3 child with Down syndrome in a mainstream primary school.
Upper-case 'SECTION X: TITLE' Word headings. Cover details as bold label lines. Section F is
one four-column table (Area of need | Provision | Frequency and duration | Staffing) that runs
over a page break. K is a table. FINAL."""

TITLE = "Education, Health and Care Plan - Maisie Okonkwo-Bell"


def build(d):
    d.running_header_footer("Elmstead Borough Council  |  EHC Plan  |  Maisie Okonkwo-Bell  |  FINAL",
                            first_page_plain=True)
    d.title("Elmstead Borough Council", size=15, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=21, color="2E5E3A")
    d.para("FINAL PLAN", bold=True)
    d.label_para("Child's name: ", "Maisie Okonkwo-Bell")
    d.label_para("Date of birth: ", "19 March 2018")
    d.label_para("Year group: ", "Year 3")
    d.label_para("Address: ", "7 Lindale Crescent, Elmstead, ZX4 8QB")
    d.label_para("Parents: ", "Grace Okonkwo-Bell and Daniel Bell - 01632 960254")
    d.label_para("NHS number: ", "999 401 2275")
    d.label_para("UPN: ", "X999000000473")
    d.label_para("Date final plan issued: ", "12 February 2026")
    d.label_para("Next annual review by: ", "11 February 2027")
    d.label_para("EHC coordinator: ", "Priya Ramdhanie, SEND Assessment Team")
    d.para("")

    d.heading("SECTION A: VIEWS, INTERESTS AND ASPIRATIONS", section="A")
    d.para("Maisie is eight and is in Year 3 at St Aldric's. She is sociable and funny, and she "
           "loves dancing, the trampoline at the park and playing 'shops' with her big brother "
           "Kofi. She communicates with single words, short phrases and Makaton signs.")
    d.para("Maisie shared her views with her teaching assistant on 10 November 2025, choosing "
           "from photographs and signing: \"I like dancing. I like my friend Lily. Reading is hard. "
           "I want to be a dancer.\"")
    d.para("Grace and Daniel said: \"We want Maisie to read for pleasure, to have real friends in "
           "her class and to do more for herself. She understands far more than people think, so "
           "please give her time to answer.\"")

    d.heading("SECTION B: SPECIAL EDUCATIONAL NEEDS", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie has Down syndrome. Her understanding of language is considerably stronger than "
           "her spoken language. She usually speaks in two-word phrases, and unfamiliar adults "
           "understand perhaps half of what she says because she leaves off the ends of words. "
           "She relies on Makaton signs to be understood. Her auditory memory is short, so she "
           "can follow a one-part instruction but loses the second part of a longer one.")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie learns best through what she sees. She recognises about 40 words by sight but "
           "cannot yet blend sounds to read new words. She counts reliably to 10 and can match "
           "numerals to quantities to 5. New vocabulary for topics such as science and history "
           "is unfamiliar to her, so she often cannot join in with class discussion. She tires by "
           "the afternoon and her concentration on adult-led tasks is around five minutes.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie is warm and wants to be with other children, but she struggles to join in "
           "with games at playtime without an adult showing her how. When an activity ends "
           "unexpectedly she can become 'stuck', sitting on the floor and refusing to move for up "
           "to 20 minutes. She copes much better when she can see what is coming next.")
    d.heading("Sensory and/or physical", level=2)
    d.para("Maisie has low muscle tone. Her pencil grip is immature, she finds cutting with "
           "scissors very difficult, and she slumps when sitting on the carpet for long. She has "
           "a mild bilateral conductive hearing loss and wears two hearing aids; in a noisy "
           "classroom she misses much of what the teacher says. She wears glasses.")
    d.heading("Independence and self-care", level=2)
    d.para("Maisie needs reminders to go to the toilet and help to wipe and wash her hands. "
           "She cannot yet manage buttons or change for PE on her own.")

    d.heading("SECTION C: HEALTH NEEDS", section="C")
    d.para("Down syndrome (trisomy 21). Congenital hypothyroidism, treated with levothyroxine "
           "given at home. A heart defect (AVSD) repaired in infancy; annual cardiology review, "
           "with no restrictions on activity. Mild bilateral conductive hearing loss; hearing "
           "aids fitted in 2024. Long-sightedness corrected by glasses.")

    d.heading("SECTION D: SOCIAL CARE NEEDS", section="D")
    d.para("No social care needs relating to Maisie's SEN or disability were identified. The "
           "family did not ask for a social care assessment (screening by the Children with "
           "Disabilities Team, 3 November 2025).")

    d.heading("SECTION E: OUTCOMES", section="E")
    d.bullets([
        "By the end of Year 4 (July 2027), Maisie will use spoken sentences of four or more words, with or without Makaton, to ask for help in class at least three times a day.",
        "Maisie will improve her reading.",
        "By July 2027, Maisie will read and understand 100 key words from the See and Learn word sets.",
        "Maisie will receive speech and language therapy every week.",
        "By the end of Key Stage 2, Maisie will use the toilet independently, including washing her hands, without an adult reminding her.",
        "Maisie will not sit down and refuse to move when an activity changes.",
        "By July 2027, Maisie will join a playground game with two or more classmates for ten minutes on at least three days a week.",
    ])

    d.heading("SECTION F: SPECIAL EDUCATIONAL PROVISION", section="F")
    d.para("The provision below is to be made during term time at the school named in Section I. "
           "It is arranged by the four areas of need in Section B.")
    hdr = ["Area of need", "Provision", "Frequency and duration", "Staffing"]
    w = [2.9, 6.6, 3.5, 3.6]
    d.table(hdr, [
        ["Communication and interaction",
         "Individual speech and language therapy working on two- and three-word phrases and on saying the final sounds of words",
         "One 30-minute session each week",
         "HCPC-registered speech and language therapist, Elmstead Children's Therapy Service"],
        ["Communication and interaction",
         "Practice of Maisie's current speech and language targets, following the written programme set by her speech and language therapist",
         "10 minutes every school day",
         "Teaching assistant, trained by the speech and language therapist at the start of each half-term"],
        ["Communication and interaction",
         "Makaton signs and symbols used alongside speech whenever adults talk with Maisie",
         "Throughout the school day",
         "All staff who work with Maisie"],
        ["Communication and interaction",
         "Speech and language therapy advice to school staff",
         "As required",
         "NHS speech and language therapy service"],
        ["Cognition and learning",
         "See and Learn reading programme (matching, selecting and naming whole words), delivered 1:1",
         "20 minutes, four times a week",
         "Teaching assistant who has completed See and Learn training with the LA Down syndrome outreach teacher"],
        ["Cognition and learning",
         "Numicon-based number work in a group of three pupils",
         "Three 20-minute sessions per week",
         "Teaching assistant"],
        ["Cognition and learning",
         "A differentiated curriculum",
         "All lessons",
         "Class teacher"],
        ["Cognition and learning",
         "Pre-teaching of new topic vocabulary with symbols and photographs",
         "Weekly",
         "Teaching assistant"],
        ["Cognition and learning",
         "1:1 adult support in English, maths and foundation subjects, including help to start and stay with tasks",
         "25 hours per week across the school day",
         "Named teaching assistant with a Level 3 qualification who has completed the Down's Syndrome Association 'Supporting Learners' course"],
        ["Social, emotional and mental health",
         "Support with transitions and changes to routine, reducing as Maisie becomes more confident",
         "Initially daily",
         "Key adult"],
        ["Social, emotional and mental health",
         "Circle of Friends lunchtime group with five classmates who volunteer, to help Maisie join in with games",
         "One 30-minute session every Thursday",
         "ELSA trained by the Elmstead Educational Psychology Service"],
        ["Social, emotional and mental health",
         "A 'now and next' board on Maisie's table, changed before every transition, with a 2-minute warning before each activity ends",
         "Every change of activity",
         "Teaching assistant"],
        ["Social, emotional and mental health",
         "Access to a calm area when she becomes overwhelmed",
         "When needed",
         ""],
        ["Social, emotional and mental health",
         "Drawing and Talking sessions to help Maisie work through the loss of her grandfather",
         "12 weekly 30-minute sessions in the spring term 2026",
         "ELSA trained in the Drawing and Talking approach"],
        ["Sensory and/or physical",
         "A fine motor programme",
         "Daily",
         "Teaching assistant"],
        ["Sensory and/or physical",
         "A sloping writing board, chunky triangular pencils and spring-loaded scissors kept at her table",
         "All writing and cutting tasks",
         "Class teacher"],
        ["Sensory and/or physical",
         "Core stability exercises as set out in the physiotherapy report of 4 November 2025",
         "Twice weekly",
         "Teaching assistant"],
        ["Sensory and/or physical",
         "A personal radio aid worn by Maisie, with the transmitter worn by the adult leading each lesson, and a listening check of her hearing aids and radio aid each morning",
         "All lessons; 5-minute check at 8:50 every day",
         "Class teacher; teaching assistant trained by the Qualified Teacher of the Deaf"],
        ["Sensory and/or physical",
         "Help with toileting and with changing for PE",
         "As needed",
         "Staff"],
    ], widths_cm=w, font_size=9.5)

    d.heading("SECTION G: HEALTH PROVISION", section="G")
    d.bullets([
        "Annual hearing review and hearing-aid maintenance by the Elmstead Paediatric Audiology Service, with spare batteries kept in Maisie's classroom.",
        "A thyroid function blood test every 12 months, arranged by the community paediatrician.",
        "A physiotherapy review will be offered once Maisie reaches the top of the community physiotherapy waiting list.",
    ])

    d.heading("SECTION H1: SOCIAL CARE PROVISION UNDER SECTION 2 CSDPA 1970", section="H1")
    d.para("No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.")
    d.heading("SECTION H2: OTHER SOCIAL CARE PROVISION", section="H2")
    d.para("None required.")

    d.heading("SECTION I: PLACEMENT", section="I")
    d.para("St Aldric's Church of England Primary School, Elmstead (mainstream maintained primary school).")

    d.heading("SECTION J: PERSONAL BUDGET", section="J")
    d.para("No personal budget has been requested.")

    d.heading("SECTION K: ADVICE AND INFORMATION", section="K")
    d.table(["Advice", "Author", "Date"], [
        ["Parents' views and Maisie's views", "Grace Okonkwo-Bell and Daniel Bell; Maisie with her TA", "10 November 2025"],
        ["Educational advice", "SENCO, St Aldric's CE Primary School", "12 November 2025"],
        ["Educational psychology advice", "Dr Martha Kinsella, Educational Psychologist", "18 November 2025"],
        ["Medical advice", "Community Paediatrician, Elmstead Child Development Centre", "6 November 2025"],
        ["Speech and language therapy advice", "Elmstead Children's Therapy Service", "14 November 2025"],
        ["Physiotherapy report", "Elmstead Community Physiotherapy", "4 November 2025"],
        ["Advice from the Qualified Teacher of the Deaf", "Elmstead Sensory Support Service", "20 November 2025"],
        ["Social care advice", "Children with Disabilities Team", "3 November 2025"],
        ["Down syndrome outreach advice", "", ""],
    ], widths_cm=[5.6, 7.4, 3.6])
    d.para("Signed on behalf of Elmstead Borough Council: Priya Ramdhanie, EHC Coordinator, "
           "12 February 2026.")
