"""Whitecross County Council - FINAL plan for a Year 10 young person with chronic fatigue
syndrome (ME/CFS) and long medical absence, educated otherwise than in school under section
61 (online school, home tutors from the LA's tuition service and a part-time link with the
hospital school's Kestrel Centre). Running header and 'Page X of Y' footer. Headings are Word
Heading 1 with the letter, a colon and a title-case title ('Section F: Special Educational
Provision'); cover details are bold-label lines. E is a plain bulleted list. Section F opens
with the s.61 statement, then five parts under Heading 2 sub-headings grouped by WHERE the
provision happens ('F1 At home', 'F2 Online', 'F3 At the Kestrel Centre', 'F4 Across the
whole package', 'F5 Preparing for adulthood'), each a three-column table (Provision and
purpose | Amount | Staff, qualification and supervision) with an italic 'Hours each week in
this setting' line under the first three tables; one Staff cell is empty. G is bullets, H1
and H2 short paragraphs, K a bulleted list."""

TITLE = "Education, Health and Care Plan - Esme Larkworthy"

COLS = ["Provision and purpose", "Amount", "Staff, qualification and supervision"]
W = [7.2, 4.3, 5.1]


def build(d):
    d.running_header_footer("Whitecross County Council  |  EHC Plan  |  Esme Larkworthy  |  FINAL",
                            footer_left="Whitecross SEND Service", first_page_plain=True)
    d.title("Whitecross County Council", size=13, color="1F5C6B")
    d.title("Education, Health and Care Plan", size=22, color="1F5C6B")
    d.para("FINAL PLAN", bold=True, size=13)
    d.label_para("Name: ", "Esme Larkworthy")
    d.label_para("Date of birth: ", "03/11/2010")
    d.label_para("Year group: ", "Year 10 (educated otherwise than in school)")
    d.label_para("NHS number: ", "999 604 2217")
    d.label_para("UPN: ", "W999000461902")
    d.label_para("Address: ", "Orchard Cottage, 5 Pinfold Lane, Whitecross, XJ3 6TW")
    d.label_para("Parents: ", "Helen Larkworthy and Rob Larkworthy")
    d.label_para("Brother: ", "Theo Larkworthy (17)")
    d.label_para("Telephone: ", "01632 960418 (home); 07700 900273 (Helen)")
    d.label_para("E-mail: ", "helen.larkworthy@example.org")
    d.label_para("Request for assessment received: ", "13 October 2025")
    d.label_para("Draft plan issued: ", "28 January 2026")
    d.label_para("Final plan issued: ", "27 February 2026")
    d.label_para("Annual review due by: ", "26 February 2027")
    d.label_para("EOTAS coordinator: ", "Daniel Osei-Mensah, Whitecross Inclusion Service")
    d.label_para("Plan writer: ", "Fiona Catterall, SEND Casework Officer")

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Esme wants people to know", level=2)
    d.para("Esme wrote this herself over three short sittings in January 2026 and emailed "
           "it to the plan writer.")
    d.para("\"I've had ME since the summer before Year 9. People think I'm just tired, but "
           "it's like my battery is broken: if I do too much on a Monday I can be in bed until "
           "Thursday. I miss my friends more than I miss school. I love animals (we have two "
           "rescue greyhounds and a tortoise), drawing, and true-crime podcasts. I still want "
           "my GCSEs. I'd like to work with animals, maybe as a veterinary nurse, and I want "
           "to go to college even if it's part-time. Please don't make me do lessons straight "
           "after an appointment.\"")
    d.heading("What Esme's parents say", level=2)
    d.para("Helen and Rob say Esme is bright, funny and stubborn in a good way. Since she "
           "became unwell she has lost touch with most friends, and they worry about her mood "
           "as much as her schoolwork. They want one person who co-ordinates everything, so "
           "that they are not chasing three different services, and they want the plan to "
           "allow for bad weeks without Esme losing her place or her tutors.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Esme is a capable learner who was working at or above expected levels in Year 8. "
           "Since March 2025 she has attended Hollins Park School for 18% of sessions and has "
           "missed most of the Year 9 curriculum and the start of her GCSE courses. When her "
           "energy is low her working memory and processing speed drop sharply (\"brain fog\"): "
           "she loses track of multi-step tasks, reads slowly and cannot hold new information "
           "from one session to the next. She can concentrate for about 40 minutes on a good "
           "day and 15 minutes on a poor day, and needs lessons broken up by rest.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Esme has lost contact with most of her peer group and spends most days at home. "
           "She reports low mood and worries a great deal about falling behind and about "
           "whether she will be believed. She tends to push herself on good days and then "
           "crash, and she has not yet learnt to judge how much activity she can manage.")
    d.heading("Sensory and physical", level=2)
    d.para("Esme has post-exertional fatigue, headaches and sensitivity to noise and bright "
           "light. She cannot manage a full school day, a noisy classroom or a long car "
           "journey followed by a lesson. She can sit upright at a table for about 30 "
           "minutes; on poor days she works lying down.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Esme has had no careers guidance, has not done any work experience, and does not "
           "yet know which post-16 courses can be studied part-time or online.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Esme was diagnosed with ME/CFS (moderate) by the Whitecross Paediatric CFS/ME "
           "Service in October 2024. Her symptoms are post-exertional malaise, unrefreshing "
           "sleep, headaches, dizziness on standing and sensitivity to light and sound. She "
           "takes melatonin at night and paracetamol for headaches. She uses a wheelchair for "
           "distances beyond about 200 metres. She has low mood, which the CFS/ME team is "
           "monitoring.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Esme is a disabled child. She cannot go out alone because of dizziness and fatigue "
           "and needs an adult to push her wheelchair on longer trips, which means she rarely "
           "sees friends outside home. Helen has reduced her working hours to look after her, "
           "and the family have asked for support.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 4 (July 2027) unless another date "
           "is given. The EOTAS coordinator will agree half-termly steps towards them with "
           "Esme at each package review.")
    d.bullets([
        "By July 2027, Esme will sit GCSE English language, maths, combined science and history, using her agreed access arrangements.",
        "By the end of Year 10 (July 2026), Esme will take part in at least 8 hours of taught lessons a week across her package, without a crash lasting more than two days, in 3 weeks out of every 4.",
        "Esme will manage her energy better.",
        "By December 2026, Esme will plan her own week of study in her activity diary and keep to the plan on at least 4 days out of 5.",
        "Esme will attend the Kestrel Centre.",
        "By July 2026, Esme will meet friends outside home, in person or in a group video call, at least once a week.",
        "By March 2027, Esme will have chosen a post-16 course and sent in her application, with a plan for getting to and from it.",
        "Esme will become a veterinary nurse.",
    ])

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Whitecross County Council is satisfied that it would be inappropriate for Esme's "
           "special educational provision to be made in a school, and will arrange it otherwise "
           "than in school under section 61 of the Children and Families Act 2014. The package "
           "below runs for 38 weeks a year. It is grouped by where each part takes place.")

    d.heading("F1 At home", level=2)
    d.table(COLS, [
        ["Home tuition in GCSE English language and literature, in short blocks with a rest break after every 25 minutes",
         "Two 75-minute sessions a week (Tuesday and Thursday, 10:30 to 11:45)",
         "Qualified English teacher (QTS) from the Whitecross Home and Hospital Tuition Service, who has completed the service's training on teaching pupils with ME/CFS"],
        ["Home tuition in GCSE maths (foundation tier), starting each session by revisiting the last one because of Esme's memory difficulties",
         "One 90-minute session every Monday and one 45-minute session every Friday, both at 11:00",
         "Qualified maths teacher (QTS) from the same service; the same tutor all year"],
        ["GCSE Spanish tuition at home may be added if Esme's energy levels allow",
         "", "Tutor to be identified"],
        ["Help with GCSE art and design coursework (sketchbook and final piece)",
         "Up to 2 hours a week", "Visiting art tutor"],
    ], widths_cm=W, font_size=9.5)
    d.para("Hours each week in this setting: 4 hours 45 minutes, plus the art sessions.", italic=True)

    d.heading("F2 Online", level=2)
    d.table(COLS, [
        ["Live online lessons in GCSE history and geography with Brightpath Online School, in a virtual class of no more than eight pupils; each lesson is recorded and made available the same day so Esme can catch up if she is too unwell to join live",
         "Four 50-minute lessons a week (two in each subject), Monday to Thursday at 14:00",
         "Subject teachers with QTS employed by Brightpath; attendance and completed work reported to the EOTAS coordinator every fortnight"],
        ["Online lessons in other GCSE subjects as appropriate",
         "Flexible, depending on Esme's energy", "Brightpath Online School"],
        ["Esme can access Brightpath's online study forum and homework club",
         "On request", "Brightpath staff"],
        ["A laptop with webcam and headset, an adjustable laptop stand and a reclining supportive chair chosen by the occupational therapist, so that Esme can join lessons sitting back or from her bed on poor days",
         "For Esme's sole use for as long as the package runs; delivered and set up in the first week",
         "Bought by Whitecross County Council; set up by the EOTAS coordinator with the council's ICT support team"],
    ], widths_cm=W, font_size=9.5)
    d.para("Hours each week in this setting: 3 hours 20 minutes.", italic=True)

    d.heading("F3 At the Kestrel Centre (Whitecross Hospital and Outreach School)", level=2)
    d.table(COLS, [
        ["Teaching in GCSE combined science (foundation tier) and PSHE in a group of up to five pupils with medical needs, in the Kestrel Centre's quiet teaching room, with a rest room next door",
         "Every Wednesday, 13:00 to 15:00 (two hours), in term time",
         "Qualified teachers at the Kestrel Centre; the centre's lead teacher reports Esme's attendance and progress to the EOTAS coordinator each half-term"],
        ["A second weekly afternoon at the Kestrel Centre once the CFS/ME team agrees Esme is well enough",
         "Length to be agreed", "Kestrel Centre staff"],
        ["Transport to and from the Kestrel Centre",
         "Subject to eligibility under the home-to-school transport policy",
         "Whitecross Passenger Transport"],
        ["Pastoral and emotional support at the Kestrel Centre",
         "Regularly", "Pastoral team"],
    ], widths_cm=W, font_size=9.5)
    d.para("Hours each week in this setting: 2 hours.", italic=True)

    d.heading("F4 Across the whole package", level=2)
    d.table(COLS, [
        ["Teaching of energy management (pacing): keeping an activity diary, finding a safe baseline for study time, planning rest breaks and spreading schoolwork across the week",
         "Six 45-minute sessions at home, one every fortnight from 20 April 2026",
         "HCPC-registered occupational therapist from the Whitecross Paediatric CFS/ME Service"],
        ["All tutors to follow the pacing guidance in the CFS/ME team's letter of 12 January 2026",
         "Every session", "All tutors"],
        ["A named EOTAS coordinator who agrees Esme's timetable for the coming week with her every Friday, keeps one log of attendance and energy levels across all three providers, moves sessions within the week after a crash, and chairs a package review with Esme, her parents and the providers each half-term",
         "A 20-minute phone or video call every Friday; a 1-hour review meeting each half-term",
         "EOTAS coordinator (qualified teacher), Whitecross Inclusion Service"],
        ["Counselling or mentoring to help with low mood and isolation",
         "Weekly sessions, if a counsellor can be sourced", "To be commissioned"],
        ["Opportunities to meet other young people", "Where possible", ""],
        ["Exam access arrangements for mock and GCSE exams, such as rest breaks, a separate room and extra time",
         "To be decided by the examination centre", "Exams officer"],
    ], widths_cm=W, font_size=9.5)

    d.heading("F5 Preparing for adulthood", level=2)
    d.table(COLS, [
        ["Careers guidance interviews to plan post-16 options that suit Esme's energy levels, including part-time college courses, online A levels and animal-care routes",
         "Three 45-minute interviews, at home or by video: June 2026, October 2026 and January 2027",
         "Careers adviser holding the Level 6 Diploma in Career Guidance and Development, Whitecross Careers Service"],
        ["Work experience with animals in Year 10, tailored to Esme's needs",
         "To be arranged by the family", "Parents"],
    ], widths_cm=W, font_size=9.5)

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by the Whitecross Paediatric CFS/ME Service (consultant paediatrician and clinical nurse specialist) every three months, including Esme's sleep and activity diary.",
        "Melatonin at bedtime and paracetamol as required for headaches, prescribed by the CFS/ME consultant and given at home.",
        "Six sessions with the CFS/ME team's clinical psychologist to teach Esme coping strategies for worry about falling behind.",
        "Physiotherapy for dizziness and deconditioning when a physiotherapist becomes available.",
    ])

    d.heading("Section H1: Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("A personal assistant from the Whitecross Short Breaks Team for 3 hours every "
           "Saturday, so that Esme can go into town or to a friend's house, pushing her "
           "wheelchair when needed.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Family support from the Early Help team as required.")

    d.heading("Section I: Placement", section="I")
    d.para("Education otherwise than in school under section 61 of the Children and Families "
           "Act 2014, as set out in Section F. No school is named. The Kestrel Centre sessions "
           "are provided by Whitecross Hospital and Outreach School under an arrangement "
           "commissioned by the council; Esme is not on its roll.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("The family has not requested a personal budget for any part of this plan.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Esme's views, written by Esme, January 2026",
        "Parents' views \u2013 Helen and Rob Larkworthy, 10 December 2025",
        "Educational advice \u2013 Ms K. Dunstan, SENCO, Hollins Park School, 1 December 2025",
        "Educational advice \u2013 Whitecross Home and Hospital Tuition Service, 5 December 2025",
        "Psychological advice \u2013 Dr R. Iwu, Educational Psychologist, 9 December 2025",
        "Medical advice \u2013 Dr A. Sorensen, Consultant Paediatrician, Whitecross Paediatric CFS/ME Service, 12 January 2026",
        "Occupational therapy advice \u2013 Whitecross Paediatric CFS/ME Service",
        "Social care advice \u2013 Whitecross Disabled Children's Service, 15 December 2025",
        "Preparing for adulthood advice \u2013 Whitecross Careers Service, 8 January 2026",
    ])
