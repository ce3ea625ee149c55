"""Halverston City Council - post-16 young person (17, Year 12) with bilateral cerebral
palsy who uses a powered wheelchair and an eye-gaze AAC device, at a general FE college with
a Learning Support team (Level 1 Creative Media Production). Headings are bold coloured
Normal text (no heading styles), first person with the statutory title in brackets
('Section F: The support I will get at college (special educational provision)'). Cover
lines are bold labels. A is written with the young person through her AAC device. E is a
list numbered 1-8. F is four tables, one per preparing-for-adulthood area under Word Heading
2 titles, with columns What will be provided | Who | Their training | How much and when;
several training cells are blank or a dash. Separate H1 and H2. FINAL amended plan."""

TITLE = "Education, Health and Care Plan - Amara Whitlock"

COLOUR = "0E6655"
HEAD = ["What will be provided", "Who", "Their training", "How much and when"]
WIDTHS = [6.4, 3.3, 3.6, 3.3]


def _h(d, text, section):
    d.bold_line(text, section=section, size=14, color=COLOUR)


def build(d):
    d.simple_footer("Halverston City Council \u2013 EHC plan \u2013 Amara Whitlock \u2013 "
                    "Final amended plan, 20 March 2026")
    d.title("Halverston City Council", size=13, color=COLOUR)
    d.title("Education, Health and Care Plan", size=22, color=COLOUR)
    d.para("Final amended plan (following the annual review held on 4 February 2026)",
           bold=True)
    d.label_para("Young person: ", "Amara Whitlock")
    d.label_para("Date of birth: ", "3 October 2008 (age 17)")
    d.label_para("NHS number: ", "999 614 2207")
    d.label_para("Address: ", "14 Ropewalk Close, Halverston, XJ3 5PT")
    d.label_para("Amara's e-mail: ", "amara.whitlock@example.org")
    d.label_para("Parents: ", "Joanne Whitlock and Stephen Whitlock (Amara has agreed that "
                 "her parents are contacted about this plan)")
    d.label_para("Parents' telephone: ", "01632 960551 / 07700 900614")
    d.label_para("Year group: ", "Year 12 (first year at college)")
    d.label_para("College: ", "Coldstream College, Riverside Campus")
    d.label_para("Date of this plan: ", "20 March 2026")
    d.label_para("Next annual review by: ", "19 March 2027")
    d.label_para("Plan co-ordinator: ", "Gareth Lindqvist, Halverston Post-16 SEND Team")

    _h(d, "Section A: About me \u2013 my views, interests and aspirations", "A")
    d.para("Amara wrote this section with her learning support assistant, Ms Hollis, over "
           "three sessions in January 2026. Amara composed every sentence on her eye-gaze "
           "communication device; Ms Hollis copied it across without changing the words.",
           italic=True)
    d.para("\"I am Amara. I am 17. I love films, especially horror films and anything by "
           "Studio Ghibli. At college I am learning to edit video and I made a trailer for my "
           "cousin's band. I want people to talk to me not to my helper. Please wait for me "
           "to finish, I am slow but I have a lot to say. I get really tired by the afternoon. "
           "I want to work in film editing or make content online. I want to go into town with "
           "my friends without my mum, and one day live in my own adapted flat.\"")
    d.para("Amara's parents, Joanne and Stephen, shared their views with her agreement. They "
           "say she is determined, witty and stubborn in the best way. They want college to "
           "treat her as the capable young woman she is, to keep her communication device "
           "working and charged, and to help her plan realistically for work and for living "
           "away from home. They worry that she is isolated outside college and that her "
           "younger brother Toby is her main social contact at weekends.")

    _h(d, "Section B: What I find difficult \u2013 my special educational needs", "B")
    d.heading("Communication and interaction", level=2)
    d.para("Amara has severe dysarthria and has very little intelligible speech; she uses "
           "single words and yes/no with familiar people. Her main means of communication is "
           "an eye-gaze device running Grid 3. She understands spoken language at or above "
           "the level expected for her age. She composes at about eight words a minute, so in "
           "group discussions the conversation often moves on before she has finished, and "
           "she then stops trying. Her vocabulary pages do not yet include the technical "
           "words she needs for her media course. Unfamiliar people often speak to the adult "
           "beside her rather than to her.")
    d.heading("Cognition and learning", level=2)
    d.para("Amara has no general learning difficulty; a psychological assessment in 2025 "
           "placed her non-verbal reasoning in the average range. Her attainment in English "
           "and maths (Entry Level 3) is below her ability because she has missed a great "
           "deal of teaching through hospital treatment and because producing written work "
           "takes her a very long time. She cannot handwrite or use a standard keyboard or "
           "mouse, and depends on eye-gaze access for all written work and for editing "
           "software.")
    d.heading("Physical and sensory", level=2)
    d.para("Amara has bilateral spastic cerebral palsy (GMFCS level IV). She drives a powered "
           "wheelchair with a head array and needs two people and a hoist for all transfers. "
           "She cannot carry out practical tasks with her hands, so in lessons someone else "
           "has to handle cameras, lighting and props under her direction. She tires quickly; "
           "her eye-gaze accuracy drops noticeably after about two hours of continuous use.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Amara is sociable but has few friends of her own age outside college. She says "
           "she feels \"invisible\" in some classes and becomes low in mood when she is left "
           "out of group work. She has told staff she would like someone to talk to about "
           "her feelings about being disabled.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Amara has never travelled on public transport without a family member. She has "
           "no work experience. She cannot yet tell a new carer how she wants to be moved, "
           "positioned or helped to eat, and relies on her mother to explain. She does not "
           "manage her own health appointments.")

    _h(d, "Section C: My health needs", "C")
    d.para("Amara has bilateral spastic cerebral palsy and is under the care of the community "
           "paediatrician and the NHS physiotherapy service; she will move to adult services "
           "at 18. She has hip pain, for which she takes paracetamol, and takes baclofen at "
           "home for muscle stiffness. She has a mild swallowing difficulty and an eating and "
           "drinking plan written by the NHS dysphagia speech and language therapist. Her "
           "powered wheelchair and seating are provided by Halverston Wheelchair Services.")

    _h(d, "Section D: My social care needs", "D")
    d.para("Amara is a disabled young person under 18. She needs help with all personal care "
           "at home. She cannot go out into the community without an adult who is trained to "
           "support her, and so has very little social life outside college. Her parents "
           "provide all of her care, and her father works away from home during the week. "
           "Because Amara will be 18 in October 2026, she needs a Care Act transition "
           "assessment to plan her support as an adult.")

    _h(d, "Section E: The outcomes I am working towards", "E")
    d.para("These outcomes are for the end of Amara's two-year programme (July 2027) unless "
           "another date is given. Her personal tutor will agree termly targets towards them "
           "with her at each progress review.")
    d.numbered([
        "By July 2027, Amara will take part in a small-group discussion in class by contributing at least three comments of her own, prepared or spontaneous, using her AAC device, in four out of five observed sessions.",
        "By July 2027, Amara will pass Functional Skills English and maths at Level 1.",
        "By the end of her course, Amara will edit a three-minute video using eye-gaze access, directing another person for the practical filming, and submit it for her Level 1 Diploma.",
        "By December 2026, Amara will travel by accessible bus between home and the Riverside Campus, with a trainer following but not assisting, on three journeys in a row.",
        "By July 2027, Amara will explain to a new carer, using her AAC device, how she wants to be hoisted and positioned, so that the carer can follow her instructions without help from a family member.",
        "Amara will be more confident.",
        "Amara will receive AAC training.",
        "Amara will become a film editor.",
    ], fmt="{n}.")

    _h(d, "Section F: The support I will get at college (special educational provision)", "F")
    d.para("The provision below will be made at Coldstream College in term time (36 weeks a "
           "year) for the life of this plan. It is arranged under the four preparing for "
           "adulthood areas.")

    d.heading("Employment and further learning", level=2)
    d.table(HEAD, [
        ["In-class support in every timetabled session of Amara's Level 1 Creative Media "
         "Production course: setting up her eye-gaze device, carrying out camera, lighting "
         "and editing tasks under her direction, and modelling AAC vocabulary in group work",
         "Learning support assistant",
         "Level 3 Certificate in Supporting Teaching and Learning; completed the Halverston "
         "AAC Service's Grid 3 and eye-gaze training before working with Amara",
         "16 hours a week (all course sessions)"],
        ["Functional Skills English and maths at Level 1 in a class of no more than six "
         "students; the LSA prepares Amara's vocabulary page for each topic one week ahead",
         "Functional Skills teacher",
         "Qualified teacher (PGCE) with a Level 5 specialist diploma in teaching literacy",
         "Two 90-minute lessons of English and two of maths each week"],
        ["Extra time to finish coursework tasks",
         "Course team", "", "Where needed"],
        ["Access to a laptop with appropriate software",
         "IT Services", "\u2014", "As needed"],
        ["A supported work placement in a media or creative setting, to be arranged in the "
         "second year of the course, subject to a suitable employer being found",
         "Job coach", "", "To be confirmed"],
        ["Careers guidance from the college careers team",
         "Careers team", "", "Once a year"],
        ["Exam access arrangements in every internal and external assessment: 50% extra "
         "time, supervised rest breaks, use of her eye-gaze device with predictive text "
         "switched off, and a scribe for any paper-based task, in a separate room",
         "Scribe from the Learning Support team; arranged by the Exams Officer",
         "Scribe trained in the JCQ access arrangements regulations",
         "Every assessment"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Communication", level=2)
    d.table(HEAD, [
        ["Direct speech and language therapy to extend Amara's use of her Grid 3 vocabulary: "
         "building sentences with core words, using her quick-chat pages in group "
         "discussions and starting conversations with people she does not know",
         "Speech and language therapist, Halverston AAC Service",
         "HCPC-registered, with at least three years' specialist experience with AAC users",
         "A 45-minute 1:1 session every fortnight in college"],
        ["The therapist will liaise with the Learning Support team to keep Amara's "
         "vocabulary pages up to date",
         "Speech and language therapist", "", "Termly"],
        ["Eye-gaze access training to increase Amara's speed and accuracy",
         "Assistive technology specialist", "",
         "Weekly for the first term, then reviewed"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Independent living", level=2)
    d.table(HEAD, [
        ["Independent travel training on the accessible 7 bus between home and the "
         "Riverside Campus, including asking the driver for the ramp with a stored AAC "
         "phrase and what to do if the ramp fails",
         "Independent travel trainer, Halverston Travel Training Unit",
         "Completed the Unit's accredited travel trainer course and its wheelchair-user module",
         "Two accompanied return journeys each week for 12 weeks, starting 20 April 2026"],
        ["Sessions teaching Amara to direct her own personal care with her AAC device: "
         "telling a carer how she wants to be hoisted, positioned and helped to eat",
         "Occupational therapist, Coldstream College therapy team",
         "HCPC-registered",
         "Six 40-minute sessions in the autumn term 2026, then two 40-minute sessions in the "
         "summer term 2027"],
        ["Personal care support throughout the college day",
         "Support staff", "Moving and handling", "As required"],
        ["Independent living skills sessions, such as cooking, shopping and managing money, "
         "with support as appropriate",
         "Independent Living Skills staff", "", "Weekly"],
        ["A 20-minute rest out of her wheelchair on the padded plinth in the Learning "
         "Support base, with a change of position, to manage fatigue",
         "Two personal care assistants",
         "Moving and handling training renewed every 12 months; shown Amara's positioning "
         "plan by the NHS physiotherapist",
         "20 minutes at 11:15 every college day"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Friends, community and health", level=2)
    d.table(HEAD, [
        ["Opportunities to join enrichment clubs and student union activities",
         "Enrichment team", "", ""],
        ["Time with a peer mentor to help Amara build friendships outside lessons",
         "Peer mentor (second-year student)", "", "Up to one hour a week"],
        ["Counselling, if Amara wishes, to talk about her feelings about her disability",
         "College counsellor", "", "To be agreed with Amara"],
        ["Sessions teaching Amara to manage her own health appointments: booking them "
         "through the GP practice app with eye-gaze, preparing AAC pages to explain her "
         "symptoms, and asking her own questions in the appointment",
         "Learning support tutor (qualified teacher)",
         "Completed the Halverston AAC Service's Communication Partner course",
         "30 minutes every Friday at 13:30 from January to July 2027"],
        ["Reduced timetable on days when Amara is fatigued, at the discretion of the "
         "Learning Support Manager",
         "Learning Support Manager", "", ""],
    ], widths_cm=WIDTHS, font_size=9.5)

    _h(d, "Section G: My health provision", "G")
    d.bullets([
        "A postural management programme (stretches and 30 minutes in a standing frame) written by the NHS paediatric physiotherapist, carried out each afternoon at college by the two personal care assistants she has trained; the physiotherapist reviews the programme every 12 weeks.",
        "Paracetamol for hip pain, given as required by trained staff following Amara's medication care plan.",
        "Review by the community paediatrician every six months until Amara moves to adult neurology services at 18.",
        "Halverston Wheelchair Services to review Amara's seating when an appointment becomes available.",
        "Dietetic input as appropriate.",
    ])

    _h(d, "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("A personal assistant for 6 hours every Saturday, funded through a social care "
           "direct payment, so that Amara can go to the cinema and into town with friends.")
    _h(d, "Section H2: Other social care provision", "H2")
    d.bullets([
        "Overnight short breaks at Larkspur House.",
        "A Care Act transition assessment by Halverston Adult Social Care, to be completed by 31 July 2026 so that adult support is in place before Amara turns 18.",
    ])

    _h(d, "Section I: My college (placement)", "I")
    d.para("Coldstream College, Riverside Campus (general further education college): Level 1 "
           "Creative Media Production study programme, with English and maths.")

    _h(d, "Section J: Personal budget", "J")
    d.para("Amara's parents receive a social care direct payment for the personal assistant "
           "in Section H1; it meets the social care needs in Section D and supports outcome 6. "
           "No personal budget has been requested for the provision in Section F.")

    _h(d, "Section K: Advice and information", "K")
    d.bullets([
        "Amara's views \u2013 composed with Ms R. Hollis, learning support assistant, January 2026",
        "Parents' views \u2013 Joanne and Stephen Whitlock, 12 January 2026",
        "Educational advice \u2013 Mr K. Osei-Bonsu, Learning Support Manager, Coldstream College, 16 January 2026",
        "Psychological advice \u2013 Dr Fiona Marchetti, Educational Psychologist, 21 January 2026",
        "Medical advice \u2013 Dr S. Raghunathan, Community Paediatrician, 14 January 2026",
        "Speech and language therapy (AAC) advice \u2013 Halverston AAC Service, 19 January 2026",
        "Occupational therapy advice \u2013 Ms E. Karlsson, Occupational Therapist, 22 January 2026",
        "Physiotherapy advice \u2013 NHS Paediatric Physiotherapy",
        "Social care advice \u2013 Halverston 14\u201325 Disability Team, 26 January 2026",
        "Preparing for adulthood advice \u2013 Halverston Careers and Pathways Service, 23 January 2026",
    ])
