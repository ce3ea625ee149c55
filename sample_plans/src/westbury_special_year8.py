"""Borough of Westbury Heath - Year 8 pupil (13) with moderate learning difficulties and
ADHD (combined type) at a special academy, with behaviour support and literacy intervention.
Word Heading 1 headings 'Section F: Special educational provision', each followed by an
italic plain-English strap line ('The help Callum will get'). Bold-label cover lines, running
header and 'Page X of Y' footer. E numbered E1-E8. Section F is grouped by area of need under
Heading 3 sub-headings, one 5-column table per area with the Resources column before the
timing (Ref | What will be provided | Resources | How often and for how long | Who, and their
training); refs L1-L7, B1-B7, S1-S4, C1, I1; several cells left blank. Separate H1 and H2.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Callum Fairweather"

GREEN = "2F5D3A"
COLS = ["Ref", "What will be provided", "Resources", "How often and for how long",
        "Who, and their training"]
WIDTHS = [1.1, 5.6, 2.9, 3.4, 3.6]


def _sec(d, letter, title, strap, sid):
    d.heading(f"Section {letter}: {title}", level=1, section=sid)
    d.para(strap, italic=True, size=9.5)


def _area(d, title, rows):
    d.heading(title, level=3)
    d.table(COLS, rows, widths_cm=WIDTHS, header_fill="DCE9DD", font_size=9)


def build(d):
    d.running_header_footer("Borough of Westbury Heath \u2013 EHC Plan \u2013 Callum Fairweather (FINAL)",
                            footer_left="Westbury Heath SEND Service", first_page_plain=True)
    d.title("Borough of Westbury Heath", size=13, color=GREEN)
    d.title("Education, Health and Care Plan", size=21, color=GREEN)
    d.para("Status: FINAL", bold=True)
    d.label_para("Name: ", "Callum Fairweather")
    d.label_para("Date of birth: ", "07/11/2012")
    d.label_para("NHS number: ", "999 318 7742")
    d.label_para("UPN: ", "H999540227316")
    d.label_para("Address: ", "41 Quarry Bank Road, Westbury Heath, XJ3 8PW")
    d.label_para("Parent / carers: ", "Leanne Fairweather (mother) and Marcus Dunn (stepfather)")
    d.label_para("Telephone: ", "07700 900683 (Leanne); 01632 960774 (home)")
    d.label_para("E-mail: ", "leanne.fairweather@example.org")
    d.label_para("School and year group: ", "Harrowdene Academy, Year 8")
    d.label_para("Date plan first issued: ", "12 March 2021 (as a primary school pupil)")
    d.label_para("Date of this final plan: ", "26 January 2026 (amended after the annual review of 18 November 2025)")
    d.label_para("Next annual review by: ", "17 November 2026")
    d.label_para("Case officer: ", "Tomasz Wierzbicki, SEND Casework Team")

    _sec(d, "A", "Views, interests and aspirations", "What matters to Callum and his family", "A")
    d.heading("Callum's views", level=2)
    d.para("Callum talked to his form tutor, Mr Oyelaran, before his annual review. He said: "
           "\"I like Harrowdene more than my old school because the classes are smaller and "
           "people don't laugh at me for reading. I'm good at football and at fixing bikes. I hate "
           "it when I get sent out, because then I'm behind. Sometimes my body just wants to move "
           "and I can't stop it. I want to be able to read the instructions on things by myself. "
           "When I'm older I want to be a mechanic or work with my uncle at his garage.\"")
    d.heading("Leanne and Marcus's views", level=2)
    d.para("Callum's mother and stepfather describe him as funny, kind to his little sister Evie "
           "and brilliant with anything practical. Mornings at home are hard, especially before "
           "his medication starts to work. They feel Harrowdene understands him, but they are "
           "worried that he is often in trouble at lunchtime and that he has started calling "
           "himself 'thick'. Their priorities are his reading, his friendships and helping him "
           "calm down before things escalate.")
    d.heading("Interests and aspirations", level=2)
    d.para("Football (he plays for the Westbury Heath Colts under-14s), BMX, taking bikes apart "
           "and cooking with his nan. Callum would like to work as a mechanic and to be able to "
           "travel into town on his own with his friends.")

    _sec(d, "B", "Special educational needs", "What Callum finds hard, and his strengths", "B")
    d.heading("Cognition and learning", level=2)
    d.para("Callum has moderate learning difficulties. His cognitive assessment (educational "
           "psychologist, October 2025) places his verbal reasoning and working memory well "
           "below the average range, with relative strengths in visual and practical "
           "problem-solving. His single-word reading age is 7 years 4 months and his reading "
           "comprehension is similar. He has gaps in phonics beyond simple vowel digraphs and "
           "does not read many common words on sight. His spelling is largely phonetic. In maths "
           "he counts on his fingers for addition and subtraction within 20, and is not yet "
           "secure with place value beyond 100 or with money.")
    d.heading("Communication and interaction", level=2)
    d.para("Callum's understanding of spoken language is delayed. He loses track of instructions "
           "with more than two parts and of subject vocabulary that has not been taught to him "
           "directly. He often says he understands when he does not. His expressive language is "
           "adequate for conversation, but he struggles to explain his side of an incident.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum has ADHD (combined presentation), diagnosed in 2021. In lessons he leaves his "
           "seat, calls out and has difficulty sustaining attention for more than three or four "
           "minutes on written tasks. He acts impulsively, particularly at lunchtime, and has had "
           "six fixed-term suspensions in the last year for fighting. He has low self-esteem "
           "about his learning and can become angry very quickly when he feels he is being "
           "blamed. He wants friends but finds it hard to join groups and to cope with losing "
           "a game.")
    d.heading("Independence", level=2)
    d.para("Callum cannot yet recognise all coins and notes or work out change, and he relies on "
           "adults to organise his equipment and his day.")

    _sec(d, "C", "Health needs", "Callum's health needs that relate to his SEN", "C")
    d.para("ADHD, managed with methylphenidate prescribed by Dr R. Castellanos, Community "
           "Paediatrician: a modified-release dose each morning and a smaller immediate-release "
           "dose at lunchtime. Callum has difficulty getting to sleep. His mother has raised "
           "concerns about his low mood and he has been referred to CAMHS.")

    _sec(d, "D", "Social care needs", "Callum's social care needs that relate to his SEN", "D")
    d.para("Callum lives with his mother, stepfather and sister. The family asked for help at "
           "home with routines and with managing Callum's behaviour, and an Early Help "
           "assessment was completed in December 2025. There are no safeguarding concerns.")

    _sec(d, "E", "Outcomes", "What we want Callum to achieve", "E")
    d.para("Harrowdene Academy will set termly targets towards each outcome and report progress "
           "against them to Callum's parents every term.")
    d.numbered([
        "By July 2027, Callum will read aloud an unseen passage written for a reading age of 9 years with at least 90% accuracy.",
        "By July 2026, Callum will recall addition and subtraction facts within 20 without counting on, answering at least 18 out of 20 correctly in a two-minute check.",
        "By the end of Year 8, Callum will stay on a written task for ten minutes in English and maths with no more than one adult prompt, in four out of five observed lessons.",
        "Callum will behave better in lessons.",
        "By his next annual review, Callum will name the zone he is in and choose a calming strategy from his toolkit card on at least three out of four occasions when he becomes upset.",
        "Callum will stop getting into fights at lunchtime.",
        "By July 2027, Callum will buy an item in a shop, paying with coins and notes up to \u00a310 and checking his change, on three separate occasions.",
        "Callum will have a mentor.",
    ], fmt="E{n}")

    _sec(d, "F", "Special educational provision", "The help Callum will get", "F")
    d.para("The provision below is in addition to Harrowdene Academy's core offer and is made in "
           "term time for the life of this plan unless an entry says otherwise.")

    _area(d, "Literacy, numeracy and learning", [
        ["L1",
         "Read Write Inc. Fresh Start phonics lessons in a group of no more than five pupils working on the same module.",
         "Fresh Start modules and anthology texts at Callum's level",
         "Four 30-minute sessions a week, period 1 from Monday to Thursday",
         "HLTA who has completed the Read Write Inc. Fresh Start training"],
        ["L2",
         "Precision Teaching of the high-frequency words Callum cannot yet read on sight, one-to-one, with his one-minute reading rate charted after every session and the chart checked by the SENCO each half-term.",
         "Precision Teaching probe sheets and rate chart",
         "10 minutes every school day at 8:50, during registration",
         "Teaching assistant trained in Precision Teaching by the school's educational psychologist"],
        ["L3",
         "Power of 2 one-to-one number work to secure addition and subtraction facts within 20.",
         "Power of 2 workbook",
         "Ten minutes a day, Monday to Thursday, in afternoon form time (14:50 to 15:00)",
         "Teaching assistant with at least a year's experience of delivering Power of 2, supervised by the maths lead"],
        ["L4",
         "Literacy intervention.",
         "",
         "Three sessions a week",
         "Intervention staff"],
        ["L5",
         "Callum's mother or stepfather to listen to him read his reading book at home and sign his reading record.",
         "Banded reading book sent home",
         "Each evening, 10 minutes",
         "Parents"],
        ["L6",
         "A differentiated curriculum with visual supports such as task boards, word mats and now-and-next cards.",
         "Visual resources made by class staff",
         "Across the curriculum",
         "All staff"],
        ["L7",
         "English, maths, science and humanities taught in a class of no more than 12 pupils, with a teaching assistant in the room throughout every lesson.",
         "Individual workstation for Callum at the front of the room",
         "All lessons in these subjects: 17 hours a week",
         "Qualified teacher, with a teaching assistant who holds a Level 3 Supporting Teaching and Learning qualification"],
    ])

    _area(d, "Attention and behaviour", [
        ["B1",
         "A three-minute movement break halfway through every lesson longer than 40 minutes: taking a message to the office or doing wall press-ups in the corridor.",
         "Sand timer on his desk; a set of errand cards",
         "Once in every lesson over 40 minutes, 3 minutes each time",
         "Class teacher or the class teaching assistant"],
        ["B2",
         "Individual sessions using the Zones of Regulation curriculum, in which Callum learns to recognise which zone he is in and to pick a strategy from his personal toolkit card.",
         "Zones of Regulation curriculum book; laminated toolkit card",
         "40 minutes every Wednesday, period 2",
         "Specialist behaviour support teacher from the Westbury Heath Behaviour Support Service who holds a postgraduate certificate in SEMH"],
        ["B3",
         "Prompting and refocusing in English, maths and science lessons.",
         "Visual task checklist",
         "A maximum of 8 hours across the week",
         "Class teaching assistant"],
        ["B4",
         "Time in the Harbour Room to calm down if Callum becomes dysregulated.",
         "",
         "When needed",
         "Any adult on duty"],
        ["B5",
         "A daily report card signed by each subject teacher and checked by Callum's head of year at the end of the day.",
         "Report card",
         "Every lesson, for an initial six weeks; to be reviewed after that",
         "Head of Year 8"],
        ["B6",
         "A fidget tool or wobble cushion in lessons, at the teacher's discretion.",
         "Fidget tools; wobble cushion",
         "As the teacher sees fit",
         "Subject teachers"],
        ["B7",
         "A behaviour support plan will be drawn up by the school.",
         "",
         "To be completed during the spring term",
         "Pastoral team"],
    ])

    _area(d, "Emotional well-being and friendships", [
        ["S1",
         "Talkabout for Teenagers social skills group with three other Year 8 pupils, working on starting conversations, listening to others and sorting out disagreements.",
         "Talkabout for Teenagers activity sheets",
         "50 minutes each Friday afternoon",
         "ELSA who has completed the Westbury Heath ELSA training and has half-termly supervision from an educational psychologist"],
        ["S2",
         "Callum would benefit from a mentor he trusts.",
         "",
         "",
         ""],
        ["S3",
         "Art therapy, once the academy has secured a therapist.",
         "Art materials",
         "Weekly, 45 minutes",
         "Art therapist"],
        ["S4",
         "Opportunities to join lunchtime clubs in a small group, to help Callum make friends.",
         "",
         "Most lunchtimes",
         "Lunchtime supervisors"],
    ])

    _area(d, "Communication", [
        ["C1",
         "Speech and language therapist to set communication targets for staff to work on with Callum.",
         "Targets sheet",
         "Once a year, before the annual review",
         "NHS speech and language therapist"],
    ])

    _area(d, "Independence", [
        ["I1",
         "Money skills taught in the school tuck shop: Callum serves customers, takes payment and counts out change using real coins and notes up to \u00a310.",
         "Tuck shop float; coin and note set",
         "15 minutes every Tuesday and Thursday morning break",
         "HLTA trained to deliver the ASDAN Personal Progress money units"],
    ])

    _sec(d, "G", "Health provision", "Health services for Callum", "G")
    d.bullets([
        "Methylphenidate (modified-release) given by Callum's mother before school, with his prescription and dose reviewed by the community paediatrician every six months.",
        "Callum's lunchtime dose of immediate-release methylphenidate, given at 12:15 from the locked cabinet in the school office by a member of the office team trained in administering medicines.",
        "Assessment by CAMHS for low mood once Callum reaches the top of the waiting list.",
        "Advice on sleep from health professionals as appropriate.",
    ])

    _sec(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
         "Social care support Callum must have", "H1")
    d.para("Callum's needs do not call for any provision under section 2 of the Chronically "
           "Sick and Disabled Persons Act 1970.")
    _sec(d, "H2", "Other social care provision", "Other help for Callum and his family", "H2")
    d.bullets([
        "A family support worker from the Westbury Heath Early Help team will visit the family at home for one hour every fortnight from February to July 2026, working with Leanne and Marcus on morning and bedtime routines.",
        "A place on a parenting group for Leanne when one is next running.",
    ])

    _sec(d, "I", "Placement", "Where Callum will go to school", "I")
    d.para("Harrowdene Academy, Westbury Heath \u2013 special academy for pupils aged 11 to 19 "
           "with moderate learning difficulties.")

    _sec(d, "J", "Personal budget", "Money Callum's family can manage", "J")
    d.para("Leanne and Marcus have not asked for a personal budget at this review.")

    _sec(d, "K", "Advice and information", "Reports used to write this plan", "K")
    d.bullets([
        "Callum's views \u2013 recorded by Mr F. Oyelaran, form tutor, 4 November 2025",
        "Parents' views \u2013 Leanne Fairweather and Marcus Dunn, 6 November 2025",
        "Educational advice \u2013 annual review report, Harrowdene Academy (Ms G. Prendergast, SENCO), 25 November 2025",
        "Psychological advice \u2013 Dr Imogen Halloran, Educational Psychologist, 21 October 2025",
        "Medical advice \u2013 Dr R. Castellanos, Community Paediatrician, 30 October 2025",
        "Behaviour support advice \u2013 Westbury Heath Behaviour Support Service, 12 November 2025",
        "Speech and language therapy advice \u2013 NHS Speech and Language Therapy Service",
        "Social care advice \u2013 Early Help assessment, Westbury Heath Early Help team, 10 December 2025",
    ])
