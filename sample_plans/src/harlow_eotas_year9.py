"""Harlowmere Borough Council - Year 9 child looked after (care order) with anxiety and
the effects of trauma after a foster placement breakdown, educated otherwise than at school
under s.61 with a tuition package co-ordinated by the Virtual School. The plan is grouped
under Word Heading 1 'Part 1 - About Mason' ... 'Part 4 - Advice' banners, and the
statutory sections are Heading 2 headings inside them ('Section F: Special educational
provision'). Cover details are a two-column details table. E is a numbered list 1-8 with
preparing-for-adulthood outcomes. Section F opens with the s.61 statement, then three
Heading 3 sub-headings, each followed by a four-column table (Provision | Who | When |
Where) whose 'When' cell carries frequency and duration together. Separate H1 ('None')
and H2 (care plan items). FINAL plan."""

TITLE = "Education, Health and Care Plan - Mason Okafor-Lyle"

HEAD = ["Provision", "Who", "When", "Where"]
WIDTHS = [6.2, 4.2, 3.8, 2.4]


def build(d):
    d.simple_footer("Harlowmere Borough Council \u2013 EHC Plan \u2013 Mason Okafor-Lyle \u2013 FINAL \u2013 "
                    "OFFICIAL-SENSITIVE: contains information about a child in care")
    d.title("Harlowmere Borough Council", size=14, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=20, color="5B2C6F")
    d.details_table([
        ("Name", "Mason Okafor-Lyle"),
        ("Date of birth", "3 March 2012"),
        ("NHS number", "999 604 2187"),
        ("UPN", "M999000770214"),
        ("National curriculum year", "Year 9"),
        ("Legal status", "Child looked after by Harlowmere Borough Council under a care order (section 31, Children Act 1989)"),
        ("Placement address", "14 Sorrel Close, Brampton Heath, XJ3 9NE (foster carers Denise and Paul Marchbank)"),
        ("Foster carers' contact", "07700 900193; denise.marchbank@example.org"),
        ("Person with parental responsibility", "Kerry Lyle (mother), shared with Harlowmere Borough Council"),
        ("Social worker", "Rhys Kettering, Children in Care Team"),
        ("Virtual School contact", "Ms Adaeze Thorsby-Quinn, EOTAS coordinator"),
        ("Educational setting", "Education otherwise than at school (section 61, Children and Families Act 2014)"),
        ("Date of final plan", "24 April 2026"),
        ("Review", "To be reviewed by 23 April 2027, alongside Mason's Personal Education Plan (PEP)"),
    ], widths_cm=(5.0, 11.5))

    d.heading("Part 1 \u2013 About Mason", level=1)
    d.heading("Section A: Views, interests and aspirations", level=2, section="A")
    d.heading("Mason's views", level=3)
    d.para("Mason did not want to come to a meeting. He shared his views with his tutor, Mr "
           "Oyedepo, over two sessions at Brampton Heath Library in March 2026, and agreed that "
           "the words below could go in his plan.")
    d.para("\"School was too loud and too many people. When I moved house everything went wrong "
           "and I couldn't go back in. The library is OK because it's quiet and I know where "
           "I'm sitting. I like fixing bikes and I watch engine videos on YouTube. I want to be "
           "a mechanic and maybe have my own garage. I don't want to keep meeting new people. I "
           "want to see my sister more.\"")
    d.heading("Views of Mason's carers and mother", level=3)
    d.para("Denise and Paul Marchbank have cared for Mason since October 2025. They say he is "
           "kind to their dog, good with his hands and has started to laugh again. They want a "
           "package that does not change every few weeks and people who will stick with him. "
           "Kerry Lyle, Mason's mother, wants him to get qualifications and to go to college. "
           "She would like more contact with him and wants Mason and his younger sister, "
           "Ava-Rose, to stay close.")

    d.heading("Section B: Special educational needs", level=2, section="B")
    d.heading("Social, emotional and mental health", level=3)
    d.para("Mason has experienced neglect and domestic abuse before he came into care at the "
           "age of nine. His long-term foster placement broke down without warning in July "
           "2025, and he spent six weeks in an emergency placement. Since then he has not "
           "attended school: his last school, Fairlea Community College, recorded 4% "
           "attendance in the autumn term. He shows high anxiety in busy or unfamiliar places, "
           "startles at sudden noise, and shuts down (head down, hood up, no speech) when he "
           "feels criticised. He finds it very hard to trust new adults and needs a small, "
           "stable team. He sleeps poorly and is often tired in the morning.")
    d.heading("Cognition and learning", level=3)
    d.para("Mason's reasoning skills are in the average range (EP assessment, January 2026), but "
           "he has missed most of Years 7 and 8. His reading age is 9 years 6 months; he "
           "decodes slowly and avoids reading aloud. In maths he is secure with whole-number "
           "operations but has large gaps in fractions, algebra and measures. He has not "
           "studied any science since Year 7.")
    d.heading("Communication and interaction", level=3)
    d.para("Mason's language is age-appropriate but he rarely starts a conversation with an "
           "adult he does not know, and he does not ask for help when stuck. He has no friends "
           "his own age at present.")
    d.heading("Preparing for adulthood", level=3)
    d.para("Mason has not had careers guidance. He does not travel anywhere on his own and is "
           "driven to every session. He cannot yet cook a simple meal or manage money.")

    d.heading("Section C: Health needs", level=2, section="C")
    d.para("Mason has symptoms consistent with post-traumatic stress (Review Health Assessment, "
           "LAC nurse, December 2025). He was referred to CAMHS in October 2025 and is waiting "
           "for a specialist assessment. He has difficulty getting to sleep and takes melatonin "
           "prescribed by the community paediatrician.")

    d.heading("Section D: Social care needs", level=2, section="D")
    d.para("Mason is looked after by Harlowmere Borough Council under a care order. His care plan "
           "(reviewed 3 February 2026) sets out his need for a stable long-term placement, "
           "regular supervised contact with his mother and with his sister, who lives in a "
           "separate foster placement, and life-story work so that he understands his history. "
           "He does not have an independent visitor.")

    d.heading("Part 2 \u2013 Outcomes and provision", level=1)
    d.heading("Section E: Outcomes", level=2, section="E")
    d.para("The Virtual School will set half-termly targets towards these outcomes in Mason's PEP.")
    d.numbered([
        "By July 2027, Mason will attend at least 90% of his timetabled tuition sessions in each half-term.",
        "By the end of Year 11 (July 2028), Mason will sit GCSE English Language and GCSE mathematics and achieve at least a grade 4 in each.",
        "Mason will feel safe and happy.",
        "By December 2026, Mason will use one of his three agreed calming strategies and return to a tuition session within 15 minutes of becoming anxious, on four out of five occasions.",
        "Mason will engage with his tuition.",
        "By March 2027, Mason will travel by bus from Brampton Heath to Harlowmere town centre and back on his own, on five separate occasions.",
        "Mason will attend a college taster course.",
        "Mason will become a car mechanic.",
    ], fmt="{n}.")

    d.heading("Section F: Special educational provision", level=2, section="F")
    d.para("Harlowmere Borough Council is satisfied that it would be inappropriate for the "
           "special educational provision Mason needs to be made in a school, and will arrange "
           "it otherwise than at school under section 61 of the Children and Families Act 2014. "
           "Unless a row says otherwise, provision runs for 39 weeks a year. The weekly "
           "tuition timetable is agreed with Mason and his carers and copied into his PEP.")

    d.heading("Tuition and learning", level=3)
    d.table(HEAD, [
        ["English tuition following the AQA GCSE English Language specification (Foundation tier)",
         "Qualified teacher (QTS) with GCSE English teaching experience, from the Virtual School tuition team",
         "Monday and Wednesday, 10:00\u201311:30 (3 hours a week)", "Brampton Heath Library study room"],
        ["Maths tuition towards GCSE mathematics (Foundation tier), starting with fractions, algebra and measures",
         "Qualified maths teacher (QTS), Virtual School tuition team",
         "Tuesday and Thursday, 10:00\u201311:30 (3 hours a week)", "Brampton Heath Library study room"],
        ["Read Write Inc. Fresh Start, 1:1",
         "The English tutor, who has completed the Read Write Inc. Fresh Start training course",
         "Three 30-minute sessions a week (Monday, Wednesday and Friday at 11:45)", "Brampton Heath Library study room"],
        ["Science tuition", "A tutor from an approved agency",
         "Once a tutor is available", "At home or in the library"],
        ["Access to online lessons on the Harbourline virtual school platform for history, art and PSHE",
         "Harbourline online staff", "Flexible, to fit around other sessions", "Foster carers' home"],
        ["An EOTAS coordinator who writes the weekly timetable, checks Mason's attendance at every session and meets Mason and his carers to review the package",
         "Ms A. Thorsby-Quinn, EOTAS coordinator (qualified teacher), Harlowmere Virtual School",
         "Attendance check every Friday; a 45-minute review meeting every half-term, reported at each PEP meeting", "Foster carers' home"],
        ["Exam entry and access arrangements for GCSEs", "Virtual School", "As appropriate", ""],
        ["All tutors to follow the strategies in the educational psychologist's report of 12 January 2026 and in Mason's PEP",
         "All tutors", "Every session", "All venues"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Emotional well-being and recovery from trauma", level=3)
    d.table(HEAD, [
        ["Dyadic Developmental Psychotherapy (DDP) with Mason and his foster carers, to help Mason make sense of his experiences and feel safe with the adults around him",
         "HCPC-registered clinical psychologist and accredited DDP practitioner, Harlowmere Therapeutic Team for Children in Care",
         "One 60-minute session every week in term time, and in four weeks of the summer holiday", "Harlowmere Family Centre therapy room"],
        ["A ten-minute settling routine before each tuition session: the tutor meets Mason at the library door, shows him the session plan on a card and agrees his 'pause' signal",
         "The tutor leading that session", "Before every library tuition session", "Brampton Heath Library"],
        ["Play or art therapy if the psychologist thinks it would help",
         "", "", ""],
        ["A consistent key adult Mason can contact when he is struggling",
         "Key adult", "When needed", "By phone or in person"],
        ["Emotion coaching and calming strategies",
         "All adults working with Mason", "Ongoing", "All settings"],
        ["1:1 mentoring",
         "Learning mentor from the Virtual School",
         "Weekly at first, then fortnightly, stopping when Mason no longer needs it", "Community caf\u00e9 or library"],
        ["Psychoeducation about anxiety and trauma reactions, following Mason's CAMHS assessment",
         "CAMHS", "Following assessment", ""],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Preparing for adulthood", level=3)
    d.table(HEAD, [
        ["Individual careers guidance interviews, exploring motor vehicle courses, apprenticeships and the entry requirements for them",
         "Careers adviser holding the Level 6 Diploma in Career Guidance and Development, Harlowmere Careers Service",
         "One 45-minute interview each term, the first in June 2026", "Library or video call"],
        ["Independent travel training on the number 34 bus between Brampton Heath and Harlowmere town centre",
         "Travel trainer who has completed the Harlowmere Travel Training Team's accredited trainer course",
         "Two 90-minute sessions a week for eight weeks from 1 June 2026", "Brampton Heath to Harlowmere town centre"],
        ["A vocational taster course in motor vehicle maintenance",
         "Harlowmere College motor vehicle department",
         "Up to one day a week from September 2026", "Harlowmere College, Station Road campus"],
        ["Group activities to build Mason's social skills with other young people",
         "Youth worker", "Weekly", "Harlowmere youth hub"],
        ["Independent living skills such as cooking, shopping and managing pocket money",
         "Foster carers", "At home", "Home"],
    ], widths_cm=WIDTHS, font_size=9.5)

    d.heading("Section G: Health care provision", level=2, section="G")
    d.bullets([
        "Melatonin 2 mg at bedtime, prescribed and reviewed every six months by the community paediatrician and given by Mason's foster carers.",
        "A Review Health Assessment by the looked-after children's nurse every six months, the next in June 2026.",
        "Specialist trauma assessment by CAMHS once Mason reaches the top of the waiting list.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2, section="H1")
    d.para("None. Mason has not been assessed as needing services under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970.")
    d.heading("Section H2: Other social care provision", level=2, section="H2")
    d.bullets([
        "A long-term foster placement with Denise and Paul Marchbank, with a supervising social worker from Harlowmere Fostering Service visiting the carers every four weeks.",
        "Supervised contact with his mother, Kerry Lyle, for two hours once a month at Harlowmere Family Centre.",
        "Contact with Ava-Rose as often as it can be arranged.",
        "Six 1-hour life-story sessions with his social worker between May and July 2026.",
        "An independent visitor if one becomes available.",
    ])

    d.heading("Part 3 \u2013 Placement and personal budget", level=1)
    d.heading("Section I: Placement", level=2, section="I")
    d.para("Education otherwise than at school under section 61 of the Children and Families "
           "Act 2014, as set out in Section F. Mason is not on the roll of any school.")
    d.heading("Section J: Personal budget", level=2, section="J")
    d.para("There is no personal budget. The Virtual School commissions and pays for the "
           "tuition, therapy and mentoring in Section F directly.")

    d.heading("Part 4 \u2013 Advice", level=1)
    d.heading("Section K: Advice and information", level=2, section="K")
    d.numbered([
        "Mason's views \u2013 gathered by Mr T. Oyedepo, tutor, 10 and 17 March 2026",
        "Views of foster carers \u2013 Denise and Paul Marchbank, 2 March 2026",
        "Views of Kerry Lyle, mother \u2013 given by telephone to the EHC coordinator, 4 March 2026",
        "Educational advice \u2013 Harlowmere Virtual School, Ms A. Thorsby-Quinn, 6 March 2026",
        "Educational advice \u2013 Fairlea Community College, Mr D. Sallis, SENCO, 11 November 2025",
        "Psychological advice \u2013 Dr Nicola Brandreth, Educational Psychologist, 12 January 2026",
        "Medical advice \u2013 Review Health Assessment, LAC nurse, December 2025",
        "Social care advice \u2013 Rhys Kettering, Social Worker, Children in Care Team, 9 March 2026",
        "Therapeutic Team for Children in Care \u2013 advice on trauma-informed provision",
        "Preparing for adulthood advice \u2013 Harlowmere Careers Service, 13 March 2026",
        "Personal Education Plan \u2013 spring term 2026",
    ], fmt="K{n}")
