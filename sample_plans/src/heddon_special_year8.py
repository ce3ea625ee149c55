"""Hexmoor Metropolitan Borough Council - Year 8 autistic pupil with severe anxiety and
emotionally based school avoidance, starting at a maintained special school on a part-time
reintegration timetable. Amended plan after an early review. Headings are bold coloured
Normal text (no heading styles), personalised ('Section B: Isaac's special educational
needs'). Cover is bold-label lines. E is a list numbered E1-E8. Section F opens with a
paragraph giving the three phase dates, then Part 1, a six-column table with one column per
phase of the return (Ref | Provision | Who, and their training | Phase 1 | Phase 2 |
Phase 3), cells such as 'As Phase 1' and 'Not applicable'; then Part 2, a four-column table
(Ref | Provision | Who, and their training | How often and for how long) of provision for the
whole plan, running over a page break. Separate H1 and H2; a social care direct payment
noted in J. FINAL plan."""

TITLE = "Education, Health and Care Plan - Isaac Thornbury"

COL = "5B2C6F"


def _h(d, text, section):
    d.bold_line(text, section=section, size=13.5, color=COL)


def _sub(d, text):
    d.para(text, bold=True)


def build(d):
    d.running_header_footer("Isaac Thornbury  |  EHC Plan  |  Hexmoor MBC",
                            footer_left="FINAL (amended)", first_page_plain=True)
    d.title("Hexmoor Metropolitan Borough Council", size=13, color=COL)
    d.title("Education, Health and Care Plan", size=22, color=COL)
    d.para("FINAL AMENDED PLAN - following the early review held on 13 November 2025",
           bold=True)
    d.label_para("Name: ", "Isaac Thornbury")
    d.label_para("Date of birth: ", "2 June 2013")
    d.label_para("Year group: ", "Year 8")
    d.label_para("NHS number: ", "999 271 4469")
    d.label_para("UPN: ", "Z999000720583")
    d.label_para("Address: ", "Flat 3, 41 Ashgill Terrace, Hexmoor, XJ2 5HD")
    d.label_para("Lives with: ", "Claire Thornbury (mother), Marcus Bell (mother's partner) "
                 "and Evie Thornbury (sister, 15)")
    d.label_para("Contact: ", "01632 960771 (home), 07700 900239 (Claire), "
                 "c.thornbury@example.org")
    d.label_para("School from 5 January 2026: ", "Heddon Brook School")
    d.label_para("Date this plan was finalised: ", "18 December 2025")
    d.label_para("Next review: ", "by 17 June 2026 (early review), then annually")
    d.label_para("Case officer: ", "Rhiannon Castle-Mbeki, Hexmoor SEND Service")

    _h(d, "Section A: Isaac's views, interests and aspirations", "A")
    _sub(d, "In Isaac's words")
    d.para("Isaac did not want to meet anyone new, so he typed his answers to questions sent "
           "by his case officer, on his laptop at home, in October 2025. His mother sent them "
           "back without changing them.")
    d.para("\"School is too loud and there are too many people and I never know what is "
           "going to happen. At Wardle Hill my stomach hurt every morning and I was sick in "
           "the car. I'm not lazy and I'm not being naughty. I want to learn, just not in a "
           "room with 30 people. I like coding in Scratch and Python, I made my own platform "
           "game, and I like my cat Biscuit. I want to design video games when I'm older "
           "and maybe live in Japan. I would like one friend who likes the same stuff.\"")
    _sub(d, "What Isaac's mother says")
    d.para("Claire says Isaac is clever, gentle and has a dry sense of humour that only "
           "people close to him see. Since Easter 2025 he has not been able to get into a "
           "school building at all, and he rarely leaves the flat except in the car. The "
           "whole family's mornings are built around trying to get him out of the door. She "
           "wants him to be somewhere small and calm where he is understood, to get back to "
           "learning, and to start to enjoy being with other young people. She is worried "
           "that if this placement breaks down he will never go back.")
    _sub(d, "How Isaac communicates best")
    d.para("Isaac prefers to write or type rather than talk, especially with adults he does "
           "not know. Give him questions in advance, allow long pauses, and do not insist on "
           "eye contact. When he is very anxious he stops speaking altogether; this is not "
           "rudeness.")

    _h(d, "Section B: Isaac's special educational needs", "B")
    _sub(d, "Communication and interaction")
    d.para("Isaac is autistic (diagnosed by the Hexmoor Neurodevelopmental Service, 2021). He "
           "has good vocabulary and reads widely on topics that interest him, but he takes "
           "language literally and misreads jokes, sarcasm and figures of speech, which has "
           "led to him feeling mocked. He needs extra processing time for spoken questions. "
           "When he is anxious he cannot find the words to explain what is wrong or what he "
           "needs, and he may shut down and stop speaking for long periods.")
    _sub(d, "Cognition and learning")
    d.para("Isaac's reasoning skills are in the high average range (educational "
           "psychologist, September 2025). Because he has missed most of Year 7, he has "
           "significant gaps: his reading age on the NGRT in October 2025 was 10 years 2 "
           "months, his written work is brief and he avoids extended writing, and in maths "
           "he has not been taught fractions, ratio or algebra. He finds it very hard to "
           "start a task when he is not sure he can get it right.")
    _sub(d, "Social, emotional and mental health")
    d.para("Isaac has severe anxiety linked to school, diagnosed by CAMHS in June 2025, and "
           "shows emotionally based school avoidance. His attendance at Wardle Hill Academy "
           "fell to 18% in the spring term of Year 7 and he has not attended any school since "
           "April 2025. On school mornings he has stomach pains, nausea and panic attacks. He "
           "masks his anxiety in front of adults he does not know and then becomes "
           "exhausted and withdrawn at home. He is very self-critical, says he is \"broken\", "
           "and has few ways of calming himself other than retreating to his room. He has "
           "no friends of his own age outside an online gaming group.")
    _sub(d, "Sensory and physical")
    d.para("Isaac is very sensitive to noise (bells, crowded corridors, hand dryers), to the "
           "smells of the dining hall and to the feel of some fabrics, particularly the "
           "school jumper. He does not like to be touched. These sensitivities add to his "
           "anxiety and tire him quickly.")

    _h(d, "Section C: Isaac's health needs which relate to his SEN", "C")
    d.para("Isaac is under the care of Hexmoor CAMHS for anxiety and low mood. He was "
           "prescribed sertraline 50 mg in September 2025, taken at home each morning. His "
           "sleep pattern has shifted and he often does not fall asleep until after 1 am. He "
           "has frequent tension headaches and migraines, which are worse on school days. "
           "He is on the waiting list for the CAMHS neurodevelopmental anxiety pathway.")

    _h(d, "Section D: Isaac's social care needs", "D")
    d.para("Isaac is a disabled child under section 17 of the Children Act 1989. A child and "
           "family assessment by the Hexmoor Disabled Children's Team (October 2025) found "
           "that he needs adult support to leave the house and take part in any activity in "
           "the community, and that his mother needs support with the strain of the last "
           "year, during which she has had to reduce her working hours.")

    _h(d, "Section E: The outcomes sought for Isaac", "E")
    d.para("The outcomes below run to the end of Year 9 (July 2027) unless a different date "
           "is given. Heddon Brook School will set half-termly steps towards each outcome "
           "with Isaac and share them with his mother.")
    d.numbered([
        "By the end of March 2026, Isaac will get out of the taxi and go into the Willow Room within ten minutes of arriving, on at least eight school days in every ten.",
        "By July 2026, Isaac will attend his full timetable (08:50 to 15:10) on at least four days a week across the summer term.",
        "Isaac will feel less anxious about school.",
        "By the end of Year 9, when his worry is at 4 or 5 on his scale, Isaac will tell or type to a familiar adult what is worrying him and one thing that would help, on four occasions out of five.",
        "By July 2027, Isaac will reach a reading age of at least 12 years 6 months on the NGRT and write a 300-word piece with paragraphs in a 40-minute lesson.",
        "Isaac will access the curriculum.",
        "Isaac will attend weekly sessions with the psychologist.",
        "Isaac will become a video game designer.",
    ], fmt="E{n}")

    _h(d, "Section F: The special educational provision Isaac needs", "F")
    d.para("Isaac starts at Heddon Brook School on 5 January 2026 and returns to full-time "
           "education in three phases: Phase 1 from 5 January to 13 February 2026, Phase 2 "
           "from 23 February to 27 March 2026, and Phase 3 from 13 April 2026. Part 1 shows "
           "the provision that changes from phase to phase; Part 2 is provision for the whole "
           "of this plan. All provision is in term time.")
    _sub(d, "Part 1 - Provision that follows the return-to-school timetable")
    d.table(["Ref", "Provision", "Who, and their training", "Phase 1",
             "Phase 2", "Phase 3"], [
        ["1.1", "Arrival through the side door by the Willow Room, met at the taxi by his key "
                "worker, who stays with him while he settles with a quiet activity he has "
                "chosen",
         "Key worker: a senior teaching assistant who has completed the school's three-day "
         "Autism and Anxiety course",
         "Each day at 09:30, 20 minutes", "Each day at 09:15, 20 minutes",
         "Each day at 08:50, 20 minutes"],
        ["1.2", "Teaching of English and maths, planned from the gaps found in the school's "
                "baseline assessments, in the Willow Room (a small teaching room beside the "
                "side entrance)",
         "A qualified teacher from the Willow Room team",
         "09:50-11:20 Monday to Friday, 1:1",
         "09:35-12:00 Monday to Friday, with no more than one other pupil",
         "All lessons with Class 8K, a class of eight pupils with a teacher and two "
         "teaching assistants"],
        ["1.3", "More time in Class 8K lessons, built up at a pace Isaac feels comfortable with",
         "Class team", "None", "Some lessons, to be agreed with Isaac", "Increasing"],
        ["1.4", "1:1 support from a teaching assistant in all lessons", "Teaching assistant",
         "Full time", "Full time", "Reduced as Isaac settles"],
        ["1.5", "Live online science lesson from home; Isaac's camera and microphone are "
                "optional and he can answer in the chat box",
         "Science teacher at Heddon Brook School",
         "Tuesday and Thursday, 13:30-14:15", "Thursday, 13:30-14:15",
         "Not applicable: science is taught in school"],
        ["1.6", "Work sent home for the afternoons Isaac is not in school", "School",
         "Where possible", "Where possible", "Not applicable"],
        ["1.7", "Individual CBT-based therapy: building Isaac's own 'school ladder' of feared "
                "situations and climbing it one step at a time, and practising the "
                "breathing and thought-checking skills he is taught",
         "HCPC-registered clinical psychologist from the school's on-site therapy team",
         "One 45-minute session a week, in school", "As Phase 1", "As Phase 1"],
    ], widths_cm=[0.9, 5.0, 3.5, 2.4, 2.4, 2.4], font_size=8.5)

    _sub(d, "Part 2 - Provision for the whole of this plan")
    d.table(["Ref", "Provision", "Who, and their training", "How often and for how long"], [
        ["2.1", "Direct speech and language therapy to help Isaac explain what he is feeling "
                "and what he needs, using typed 'help cards' and his worry scale, and to "
                "understand figurative language and sarcasm",
         "HCPC-registered speech and language therapist employed by Heddon Brook School",
         "A 30-minute 1:1 session every fortnight"],
        ["2.2", "Sensory assessment by the occupational therapist, with a sensory diet to be "
                "written afterwards",
         "Occupational therapist", ""],
        ["2.3", "Up to 30 minutes of mentoring each week to talk through any worries",
         "A member of the pastoral team", "Weekly"],
        ["2.4", "Check-out before going home: Isaac and his key worker look back at the day "
                "on his 1-5 worry scale and pick one thing that went well and one thing to "
                "try next time",
         "Key worker (see 1.1)", "10 minutes at the end of every day he attends"],
        ["2.5", "On days when Isaac cannot get into school, staff may visit him at home or "
                "offer a video call",
         "Staff", "Each day Isaac is absent"],
        ["2.6", "A place in a social communication group, for example Talkabout or "
                "LEGO-based therapy, from the summer term",
         "Teaching assistant", "One session a week"],
        ["2.7", "Lexia PowerUp Literacy on a laptop, with the teaching assistant sitting "
                "alongside to go over the words and sentences Isaac got wrong in that session",
         "Teaching assistant who has completed Lexia's PowerUp implementation training",
         "Three 20-minute sessions a week (Monday, Wednesday and Friday) inside the morning "
         "teaching block"],
        ["2.8", "Extra maths intervention to fill gaps", "Maths department",
         "A block each term"],
        ["2.9", "Isaac should be able to use a laptop or tablet for his written work",
         "Class teacher", ""],
        ["2.10", "Noise-cancelling headphones (his own pair, kept in school), permission to "
                 "wear a soft hooded top instead of the school jumper, and a red exit card he "
                 "can show, without speaking, to leave any lesson and go to the Snug",
         "Key worker, who sets this up and explains the exit card to every adult who "
         "teaches Isaac",
         "Every day, all day"],
        ["2.11", "Two visits into school during the summer holidays to keep the journey and "
                 "the building familiar, subject to staffing",
         "Key worker", "Two 45-minute visits in August 2026"],
        ["2.12", "Isaac's mother will follow the morning routine plan written by the clinical "
                 "psychologist at home",
         "Isaac's mother", "Every school day, 07:15-08:30"],
        ["2.13", "All adults working with Isaac to follow the recommendations in the Hexmoor "
                 "Autism Outreach Service report of October 2025",
         "All adults", "At all times"],
    ], widths_cm=[1.0, 7.4, 4.4, 3.8], font_size=9)

    _h(d, "Section G: Health care provision", "G")
    d.bullets([
        "Review of Isaac's sertraline by the CAMHS consultant psychiatrist every three months, in clinic or by video call.",
        "Ibuprofen 200 mg as required for migraine, kept in the school office and given by a trained first-aider in line with Isaac's individual health care plan.",
        "Assessment and treatment through the CAMHS neurodevelopmental anxiety pathway once Isaac reaches the top of the waiting list.",
        "Community paediatric review if appropriate.",
    ])

    _h(d, "Section H1: Social care provision under section 2 of the Chronically Sick and "
          "Disabled Persons Act 1970", "H1")
    d.para("A personal assistant for 2 hours every Saturday morning, so that Isaac can go to "
           "the Hexmoor climbing wall and build up to other trips out, funded through a "
           "social care direct payment of \u00a336 a week.")
    _h(d, "Section H2: Any other social care provision", "H2")
    d.para("Family support from the Hexmoor Early Help team as and when required.")

    _h(d, "Section I: Placement", "I")
    d.para("Heddon Brook School, Ridley Road, Hexmoor (maintained special school for autistic "
           "pupils aged 11-16), from 5 January 2026.")

    _h(d, "Section J: Personal budget", "J")
    d.para("No personal budget has been requested for special educational provision. The "
           "personal assistant in Section H1 is paid for by a social care direct payment of "
           "\u00a336 a week, managed by Isaac's mother.")

    _h(d, "Section K: Advice and information", "K")
    d.bullets([
        "Parental advice - Claire Thornbury, 6 October 2025",
        "Isaac's views - typed by Isaac at home, October 2025",
        "Educational advice - Hexmoor Medical Needs Teaching Service, Mrs A. Pryce, 10 October 2025",
        "Educational psychology advice - Dr F. Oyelaran, 29 September 2025",
        "Medical advice - Hexmoor CAMHS, Dr K. Lindqvist, Consultant Child and Adolescent Psychiatrist, 15 October 2025",
        "Speech and language therapy advice - Heddon Brook School therapy team, 7 November 2025",
        "Clinical psychology advice - Heddon Brook School therapy team, 4 December 2025",
        "Occupational therapy advice (sensory questionnaire) - Hexmoor Children's Therapy Service, 24 November 2025",
        "Autism Outreach Service report - Hexmoor Autism Outreach Service, October 2025",
        "Social care advice - Hexmoor Disabled Children's Team, child and family assessment, 21 October 2025",
        "Early review report - Heddon Brook School",
    ])
