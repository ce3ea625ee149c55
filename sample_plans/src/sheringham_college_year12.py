"""Harrowmere Metropolitan Borough Council - post-16 young person (17, Year 12), autistic,
with anxiety and a history of school non-attendance, studying three A levels at Sheringham
Sixth Form College. Headings are bold coloured Normal text (no heading styles) in the form
'SECTION F \u2013 Special educational provision'. Four-column cover table. E is a list
numbered E1-E8 with PfA outcomes. F is in two parts: 'F(i) Jonah's weekly support
timetable', a grid table with the days as columns (Ref | Provision | Mon | Tue | Wed | Thu |
Fri | Staff and training) where the times go in the day cells and '\u2014' marks no
session; then 'F(ii) Provision across the year', items numbered F9-F20 (literal numbers)
each followed by indented 'When:' and 'Who:' sub-bullets. One 'TBC' cell. H1/H2 split.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Jonah Fairweather"

COL = "1D5C4A"


def _h(d, text, sid):
    d.bold_line(text, section=sid, size=13.5, color=COL)


def _item(d, n, what, when, who):
    d.numbered([what], start=n, fmt="F{n}")
    d.bullets(["**When:** " + when, "**Who:** " + who], style="List Bullet 2")


def build(d):
    d.running_header_footer("Jonah Fairweather  |  EHC plan  |  Harrowmere MBC",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Harrowmere Metropolitan Borough Council", size=13, color=COL)
    d.title("Education, Health and Care Plan \u2013 Final", size=21, color=COL)
    d.table(None, [
        ["Name", "Jonah Fairweather", "Date of birth", "3 October 2008"],
        ["NHS number", "999 604 2217", "Age / year", "17 / Year 12"],
        ["Address", "14 Wrenfield Road, Harrowmere, XJ3 5TN", "Jonah's mobile", "07700 900158"],
        ["Parent", "Helen Fairweather (mother)", "Parent contact", "01632 960841, helen.fairweather@example.org"],
        ["Education setting", "Sheringham Sixth Form College", "Course", "A levels: Computer Science, Mathematics, Film Studies"],
        ["Plan finalised", "23 February 2026", "Review by", "22 February 2027"],
    ], widths_cm=[3.0, 5.6, 3.0, 5.0], bold_first_col=True, font_size=10)
    d.para("Jonah is over compulsory school age and makes decisions about this plan himself. "
           "He has asked for his mother to be kept informed. Casework officer: Daniel "
           "Oyelaran-Pitt, Harrowmere 0\u201325 SEND Service.", italic=True, size=10)

    _h(d, "SECTION A \u2013 Views, interests and aspirations", "A")
    d.para("**Jonah's views.** Jonah did not want a meeting. He wrote his views in a shared "
           "document with his Student Support Adviser, Ms Greaves, over two weeks in January "
           "2026, and agreed the final wording on 28 January 2026.")
    d.para("\"I'm good at coding and I like films that most people my age find boring. At "
           "school I stopped going in Year 9 because the corridors and the shouting made my "
           "chest go tight and then I couldn't make myself go in at all. College is better "
           "because it's quieter and nobody makes a big deal about it. The worst bits are "
           "group discussions, when I know the answer but can't find a gap to say it, and "
           "the canteen. I want to do a computer science degree or a degree apprenticeship "
           "and maybe work on games. I want to be able to get the bus without having a "
           "panic attack so my mum doesn't have to drive me, and one day live in a flat "
           "with my own set-up.\"")
    d.para("**Helen's views (shared with Jonah's agreement).** Helen says Jonah is clever, "
           "loyal and very funny once he knows people. She remembers the years when he was "
           "out of school as the hardest time for the family, and she is proud that he has "
           "settled at Sheringham. She worries that one bad week could undo his progress, "
           "that nobody will notice if he stops coming in, and that support from CAMHS will "
           "end when he turns 18. She hopes he will finish his A levels, go on to university "
           "or an apprenticeship, and have a circle of friends outside the family.")

    _h(d, "SECTION B \u2013 Special educational needs", "B")
    d.para("**Communication and interaction.** Jonah is autistic (diagnosed at 13 by the "
           "Harrowmere Neurodevelopmental Service). His vocabulary and grammar are strong, but "
           "he takes indirect instructions literally (\"have a think about question 4\" "
           "means, to him, that no written answer is needed). In group discussions he cannot "
           "judge when to come in, so he stays silent. He rarely asks lecturers for help or "
           "clarification, and when he is confused he stops working rather than saying so.")
    d.para("**Cognition and learning.** Jonah is academically able: he achieved grades 6 to "
           "8 in his GCSEs, largely through online tuition and the Harrowmere Home and "
           "Hospital Education Service. His difficulties are with planning and organisation. "
           "He cannot yet break a long task such as the Computer Science non-exam assessment "
           "into steps, estimate how long work will take or recover a plan after missing "
           "lessons. His handwriting is slow, and in timed essays he produces about half as "
           "much as his peers.")
    d.para("**Social, emotional and mental health.** Jonah has generalised and social "
           "anxiety, with panic attacks when he feels trapped (crowds, buses, unexpected "
           "changes). His attendance was 38% in Year 10 and 52% in Year 11; at college it "
           "has been 71% this year, with most absences on days that start with a group "
           "lesson or follow a change of room or lecturer. He has one close friend from "
           "school and has not yet made friends at college. He sometimes has periods of low "
           "mood and stops eating properly.")
    d.para("**Sensory.** Jonah is very sensitive to noise and to flickering light. The "
           "canteen and crowded corridors quickly raise his anxiety; he copes better with "
           "noise-cancelling headphones and a predictable route.")
    d.para("**Preparing for adulthood.** Jonah has never travelled alone on public transport; "
           "his mother drives him to college every day. He has had no work experience. He "
           "does not book or attend his own health appointments, and he does not yet know "
           "how he will be supported when CAMHS involvement ends.")

    _h(d, "SECTION C \u2013 Health needs", "C")
    d.para("Jonah has a diagnosis of autism and of generalised anxiety disorder. He is under "
           "Harrowmere CAMHS (consultant psychiatrist, Dr Nwachukwu) and takes sertraline 100 "
           "mg daily. His GP prescribes propranolol to take before exams if he needs it. "
           "CAMHS will discharge him or transfer him to adult services by his 18th birthday "
           "in October 2026.")

    _h(d, "SECTION D \u2013 Social care needs", "D")
    d.para("Jonah rarely leaves the house except for college and does not take part in any "
           "activity in the community. A child in need assessment (December 2025) found that "
           "he needs an adult to help him go to and stay at community activities while his "
           "confidence builds. Jonah will need a Care Act transition assessment before he "
           "turns 18.")

    _h(d, "SECTION E \u2013 Outcomes", "E")
    d.para("The outcomes run to the end of Jonah's A level course (July 2027) unless another "
           "date is given. His Student Support Adviser will agree half-termly steps with "
           "Jonah and record them on the college's ILP system.")
    d.numbered([
        "By July 2027, Jonah will attend at least 90% of his timetabled lessons in each half-term.",
        "By July 2027, Jonah will submit his Computer Science non-exam assessment on time, having met each interim deadline he agreed with his tutor.",
        "Jonah will feel more confident in lessons.",
        "By December 2026, Jonah will travel by bus between home and college on his own on every college day for a whole half-term.",
        "By the end of Year 12 (July 2026), Jonah will ask a lecturer for clarification at least once a week in each subject without being prompted.",
        "Jonah will go to university to study computer science.",
        "Jonah will attend CBT sessions.",
        "By his 18th birthday in October 2026, Jonah will book, attend and follow up his own GP appointment without his mother.",
    ], fmt="E{n}")

    _h(d, "SECTION F \u2013 Special educational provision", "F")
    d.para("The provision below must be made in college term time for the life of this "
           "plan. Part F(i) shows the support that happens at fixed times in Jonah's week; "
           "part F(ii) sets out provision that happens at other points in the year.")
    d.para("F(i) Jonah's weekly support timetable", bold=True)
    d.table(["Ref", "Provision", "Mon", "Tue", "Wed", "Thu", "Fri", "Staff and training"], [
        ["F1", "Morning check-in at the Student Support base: going through the day's timetable and any room or staff changes, and agreeing a 'plan B' for any lesson Jonah feels unable to go into",
         "08:50\u201309:00", "08:50\u201309:00", "08:50\u201309:00", "08:50\u201309:00", "08:50\u201309:00",
         "Jonah's named Student Support Adviser, who has completed the college's two-day autism and anxiety training"],
        ["F2", "Meeting Jonah at the college gate and walking with him to the Student Support base, initially every day and then reducing as his attendance improves",
         "08:40\u201308:50", "08:40\u201308:50", "08:40\u201308:50", "08:40\u201308:50", "08:40\u201308:50",
         "Key worker"],
        ["F3", "1:1 executive-function coaching: breaking non-exam assessment work into dated steps on a shared Trello board, planning revision, and making a catch-up plan after any absence",
         "\u2014", "13:30\u201314:30", "\u2014", "13:30\u201314:30", "\u2014",
         "Learning support tutor holding a Level 5 qualification in specialist study skills support"],
        ["F4", "Direct speech and language therapy on social communication: joining a seminar discussion, asking a lecturer to clarify, and working out indirect instructions, using clips from Jonah's own lessons",
         "14:40\u201315:25, alternate weeks", "\u2014", "\u2014", "\u2014", "\u2014",
         "HCPC-registered speech and language therapist, Harrowmere Post-16 Communication Service"],
        ["F5", "In-class support in Computer Science practical lessons",
         "10:40\u201312:10", "\u2014", "\u2014", "09:10\u201310:40", "\u2014",
         "Learning support assistant"],
        ["F6", "Sessions with the wellbeing team to help Jonah manage his anxiety",
         "\u2014", "\u2014", "TBC", "\u2014", "\u2014",
         "Wellbeing team"],
        ["F7", "Access to a quiet space at lunchtime instead of the canteen",
         "\u2713", "\u2713", "\u2713", "\u2713", "\u2713",
         "Learning support staff"],
        ["F8", "Catch-up help with Mathematics in the Maths Workshop",
         "\u2014", "\u2014", "\u2014", "\u2014", "Up to 1 hour",
         "Maths Workshop staff"],
    ], widths_cm=[0.9, 4.6, 1.55, 1.55, 1.55, 1.55, 1.55, 3.3], font_size=8.5)

    d.para("F(ii) Provision across the year", bold=True)
    _item(d, 9,
          "Exam access arrangements for every college assessment, mock and A level examination: 25% extra time, a word processor with the spellchecker turned off, supervised rest breaks, and a separate room with no more than six candidates.",
          "Every timed assessment and examination.",
          "Assessed by the college's access arrangements assessor, who holds a Level 7 qualification in access arrangements (CPT3A); put in place by the Exams Officer.")
    _item(d, 10,
          "A college laptop for Jonah's sole use in lessons, study periods and exams, with OneNote and speech-to-text set up, and noise-cancelling headphones he can wear in study areas and the library.",
          "From the start of each term; two 45-minute set-up and training sessions in the first two weeks of the autumn term.",
          "Assistive technology specialist teacher, Harrowmere Sensory and Physical Support Service.")
    _item(d, 11,
          "Independent travel training on the number 31 bus between Wrenfield Road and the college, including what to do if the bus is late, full or diverted, using Jonah's written exit plan for when he feels trapped.",
          "Two 60-minute sessions each week for 12 weeks, starting on 20 April 2026.",
          "A travel trainer from the Harrowmere Independent Travel Team who has completed the team's autism-specific travel training course.")
    _item(d, 12,
          "Individual cognitive behavioural therapy for social anxiety, adapted for autistic young people and delivered in a quiet room at college.",
          "Weekly, 50 minutes a session, for 24 sessions across the summer and autumn terms of 2026.",
          "A BABCP-accredited CBT therapist from the Harrowmere Mental Health Support Team for Schools and Colleges.")
    _item(d, 13,
          "A work experience placement linked to computing.",
          "To be arranged in the summer term.",
          "College work placements team.")
    _item(d, 14,
          "Careers guidance interviews on routes into software and games development: degree apprenticeships, university courses and entry requirements, Disabled Students' Allowance, and whether and how to tell an employer or university that he is autistic.",
          "One 45-minute interview every term (three a year); the first before 31 March 2026.",
          "Careers adviser holding the Level 6 Diploma in Career Guidance and Development, Harrowmere Careers Service.")
    _item(d, 15,
          "Jonah should be encouraged to join a college club or enrichment activity, for example the Gaming Society or Coding Club.",
          "Ongoing.",
          "Personal tutor.")
    _item(d, 16,
          "Help to catch up on work missed through absence, where staffing allows.",
          "As required.",
          "Subject lecturers.")
    _item(d, 17,
          "A phased return and reduced timetable if Jonah's attendance drops below 80% in any half-term, in a form agreed between the college and the family at the time.",
          "If needed.",
          "Head of Student Services.")
    _item(d, 18,
          "Lecturers will follow the communication strategies in the speech and language therapy report of 11 November 2025 (Appendix 6).",
          "All lessons.",
          "Subject lecturers.")
    _item(d, 19,
          "Mentoring sessions.",
          "Weekly for the first half-term, then fortnightly, then monthly if things are going well.",
          "Learning mentor.")
    _item(d, 20,
          "Sessions on booking and going to his own GP and mental health appointments, once a transition worker has been allocated.",
          "",
          "Harrowmere 14\u201325 Transitions Team.")

    _h(d, "SECTION G \u2013 Health provision", "G")
    d.bullets([
        "Review of Jonah's sertraline by the CAMHS consultant psychiatrist every three months until his transfer to adult services.",
        "Propranolol 10 mg as required before examinations, prescribed by his GP; Jonah keeps it himself, and the Exams Officer has a copy of the GP's letter.",
        "Referral to the adult community mental health team when Jonah turns 18, if he meets their criteria.",
    ])

    _h(d, "SECTION H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("A personal assistant for 4 hours every other Saturday to go with Jonah to the "
           "Harrowmere Games Caf\u00e9 youth session, paid through a social care direct "
           "payment to Helen Fairweather.")
    _h(d, "SECTION H2 \u2013 Other social care provision", "H2")
    d.para("Harrowmere Adult Social Care will complete a Care Act transition assessment with "
           "Jonah by 31 July 2026, so that any adult support is agreed before he turns 18.")

    _h(d, "SECTION I \u2013 Placement", "I")
    d.para("Sheringham Sixth Form College, Harrowmere (sixth form college), A level study "
           "programme, full time.")

    _h(d, "SECTION J \u2013 Personal budget", "J")
    d.para("A social care direct payment of \u00a3112 a fortnight is paid to Helen Fairweather "
           "for the personal assistant in Section H1. It meets Jonah's social care need in "
           "Section D (taking part in community activities). No personal budget has been "
           "requested for the special educational provision in Section F.")

    _h(d, "SECTION K \u2013 Advice and information", "K")
    d.numbered([
        "Jonah's views \u2013 written with Ms A. Greaves, Student Support Adviser, 28 January 2026",
        "Parent's views \u2013 Helen Fairweather, 26 January 2026",
        "Educational advice \u2013 Mr R. Siddall, Head of Student Services, Sheringham Sixth Form College, 2 December 2025",
        "Psychological advice \u2013 Dr Marianne Tolley, Educational Psychologist, 9 December 2025",
        "Medical advice \u2013 Dr C. Nwachukwu, Consultant Child and Adolescent Psychiatrist, Harrowmere CAMHS, 4 December 2025",
        "Speech and language therapy advice \u2013 Mr O. Lindqvist, Harrowmere Post-16 Communication Service, 11 November 2025",
        "Social care advice \u2013 Harrowmere Children with Disabilities Team, 16 December 2025",
        "Preparing for adulthood advice \u2013 Harrowmere Careers Service",
    ], fmt="K{n}")
