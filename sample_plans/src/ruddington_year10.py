"""Hexley Council - Year 10 young person with social, emotional and mental health needs
arising from attachment difficulties (special guardianship, previously looked after), on a
split placement: three days at a mainstream academy and two days at a registered independent
alternative provision, with a reintegration plan. Word Heading 1 headings in title case with
a colon ('Section F: Special Educational Provision'); running header and 'Page X of Y'
footer; cover details in a two-column shaded table. E is a numbered list E1-E9 with PfA
outcomes. Section F is continuously numbered paragraphs 1-20 under three Heading 2 setting
sub-headings ('At Ruddington Park Academy', 'At The Foundry Centre', 'Reintegration and
preparing for adulthood'); each numbered paragraph is followed by indented level-2 bullets
('When:' / 'Who:' / 'Where:' / 'Length:'), some missing or vague. H1 says none; H2 lists
special guardianship support. FINAL amended plan."""

TITLE = "Education, Health and Care Plan - Callum Deverill"


def _item(d, n, text, subs):
    d.numbered([text], start=n)
    if subs:
        d.bullets(subs, style="List Bullet 2")


def build(d):
    d.running_header_footer("Hexley Council  |  EHC Plan  |  Callum Deverill  |  OFFICIAL-SENSITIVE",
                            footer_left="Final amended plan, 9 March 2026",
                            first_page_plain=True)
    d.title("Hexley Council", size=14, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final plan, amended following the annual review of 15 January 2026", bold=True)
    d.details_table([
        ("Name", "Callum Deverill"),
        ("Date of birth", "14/02/2011"),
        ("Year group", "Year 10"),
        ("NHS number", "999 318 6627"),
        ("UPN", "Q999100273651"),
        ("Home address", "27 Quarry Bank Road, Hexley, ZY4 8NW"),
        ("Special guardian", "Maureen Deverill (grandmother)"),
        ("Contact", "01632 960318 / 07700 900582 / maureen.deverill@example.org"),
        ("Settings", "Ruddington Park Academy (Monday, Wednesday, Friday); The Foundry Centre (Tuesday, Thursday)"),
        ("Date EHC plan first issued", "12 June 2023"),
        ("Date of this amended final plan", "9 March 2026"),
        ("Next annual review due by", "14 January 2027"),
        ("SEND case officer", "Priya Hallam-Stokes, Hexley SEND Assessment and Review Team"),
    ], widths_cm=(5.2, 11.3), fill="EADCF0")
    d.para("Callum is previously looked after. The Hexley Virtual School has been consulted on "
           "this plan and receives a copy with his and his grandmother's agreement.",
           italic=True, size=9.5)

    # ---------------------------------------------------------------------------------
    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("In Callum's words", level=2)
    d.para("Callum did not want to fill in a form, so he talked to his Foundry Centre key tutor "
           "in the workshop while they stripped down a moped engine. These are his words, read "
           "back to him and agreed.")
    d.para("\"The Foundry is the only place I don't get shouted at. At Ruddington it's like "
           "everyone's waiting for me to kick off. Some teachers are alright. Mr Okafor in "
           "maths is sound because he doesn't make a big deal of stuff. I like bikes, BMX and "
           "anything with an engine. I want to be a motorbike mechanic and have my own unit "
           "one day. I don't want loads of different people coming at me. If I have to go back "
           "to Ruddington full time I want it to be proper slow and I want to know who I'm "
           "with.\"")
    d.heading("My grandmother's views", level=2)
    d.para("Maureen has cared for Callum since he was four and has been his special guardian "
           "since 2019. She describes him as loyal, funny and \"brilliant with his hands\", and "
           "says he is very protective of his younger half-brother, Ellis. She says the last "
           "two years have been exhausting: every suspension has undone weeks of progress, and "
           "mornings are hardest when he has not slept. She wants him to finish school with "
           "qualifications, to get onto a motor vehicle course at college and to have at "
           "least one adult at school who \"gets him\" and stays.")

    # ---------------------------------------------------------------------------------
    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum experienced neglect and domestic abuse before he was four and was looked "
           "after until his grandmother's special guardianship order was made. The educational "
           "psychologist describes an insecure, disorganised attachment pattern. Callum is "
           "hypervigilant: he watches adults closely, reads neutral faces or raised voices as "
           "threatening, and reacts to correction in front of peers with swearing, leaving the "
           "room or, twice this year, throwing equipment. He finds it very hard to trust new "
           "adults and can reject an adult who has been kind to him after a single "
           "disagreement. Changes of staff, cover lessons and unplanned events are the most "
           "common triggers. He had four fixed-term suspensions in Year 9 and his attendance "
           "at the academy fell to 61% before the alternative provision began.")
    d.para("Once dysregulated, Callum usually needs 20 to 30 minutes and a calm, predictable "
           "adult before he can talk about what happened. He has little language for his own "
           "feelings beyond \"fine\" and \"angry\". Break and lunchtime are difficult: he "
           "gravitates to older students and has been drawn into conflict off site.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum's verbal reasoning is in the average range, but his working memory and "
           "processing speed are below average. Missed schooling has left gaps: his reading "
           "age is about 11 years 2 months, he decodes unfamiliar multi-syllable words slowly "
           "and avoids reading aloud, and his written work is short. In maths he is secure "
           "with whole-number calculation but has gaps in fractions, ratio and negative "
           "numbers. He is predicted grade 2 in GCSE English Language and grade 3 in GCSE "
           "Mathematics.")
    d.heading("Communication and interaction", level=2)
    d.para("Callum's language skills are broadly age-appropriate, but he misreads social "
           "cues when he is anxious, takes sarcasm and teasing literally and struggles to "
           "repair a disagreement with a peer or an adult once it has started.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Callum has a clear interest in motor vehicle work but has had no careers guidance "
           "and does not know the entry requirements for college courses. He relies on a taxi "
           "arranged by the LA to reach The Foundry Centre and has never used a bus on his "
           "own. He has not yet done any work experience.")

    # ---------------------------------------------------------------------------------
    d.heading("Section C: Health Needs Related to SEN", section="C")
    d.para("Callum has long-standing difficulty getting to sleep, for which the community "
           "paediatrician prescribes melatonin. Poor sleep makes mornings and the start of "
           "the school day particularly difficult. He is known to Hexley CAMHS (Children in "
           "Care and Permanence Team) and is on the waiting list for an ADHD assessment, "
           "because of his restlessness and impulsivity, which may also reflect his early "
           "experiences. He has no physical health needs.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Callum lives with his grandmother under a special guardianship order and has "
           "supervised contact with his birth mother four times a year; these contacts "
           "unsettle him for several days. Maureen is 67 and manages alone. The family are "
           "entitled to special guardianship support from Hexley Children's Services. Callum "
           "is not assessed as a disabled child and has no needs that call for services under "
           "section 2 of the Chronically Sick and Disabled Persons Act 1970.")

    # ---------------------------------------------------------------------------------
    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below run to the end of Key Stage 4 unless another date is shown. "
           "The SENCO at Ruddington Park Academy and Callum's key tutor at The Foundry Centre "
           "will agree half-termly steps towards each outcome with Callum and share them with "
           "his grandmother at the reintegration meetings in Section F.")
    d.numbered([
        "By the end of the summer term 2026, Callum will attend at least 90% of his timetabled sessions across both settings.",
        "By July 2027, after becoming upset in a lesson, Callum will use one of his three agreed regulation strategies and return to learning within 15 minutes on four out of five recorded occasions.",
        "Callum will build better relationships with adults at school.",
        "By July 2027, Callum will achieve at least a grade 3 in both GCSE English Language and GCSE Mathematics.",
        "By July 2027, Callum will complete the IMI Level 1 Award in Introduction to Vehicle Technology.",
        "By March 2027, Callum will travel by bus on his own between home and The Foundry Centre every Tuesday and Thursday for a complete half-term.",
        "By 31 January 2027, Callum will submit an application for a Level 1 motor vehicle course at Hexley College, having visited the college at least twice.",
        "Callum will be supported by his key adult to manage his feelings.",
        "Callum will go to college and become a motorbike mechanic.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------------------------
    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Callum attends Ruddington Park Academy on Mondays, Wednesdays and Fridays and The "
           "Foundry Centre on Tuesdays and Thursdays. The provision below must be made in term "
           "time for the life of this plan unless a paragraph says otherwise. The numbers "
           "follow on across the three parts.")

    d.heading("At Ruddington Park Academy (Monday, Wednesday and Friday)", level=2)
    _item(d, 1,
          "Callum's Pastoral Lead will meet him at the student entrance and spend ten minutes "
          "with him in the Pastoral Hub at the start of each academy day, going through his "
          "timetable, any cover lessons or room changes, and how he has slept.",
          ["When: 8:35 to 8:45 on each of his three academy days",
           "Who: the Pastoral Lead, who has completed the Virtual School's two-day "
           "attachment and trauma-aware practice course; if she is absent, the Assistant "
           "SENCO, who has completed the same course"])
    _item(d, 2,
          "Callum should be able to go to an adult he trusts when he feels overwhelmed in "
          "lessons.",
          ["When: whenever he needs this",
           "Who: a member of the pastoral team"])
    _item(d, 3,
          "In English, maths and science, a teaching assistant will sit near Callum (not "
          "beside him unless he asks), go over the key words for the lesson with him in the "
          "first five minutes and break each extended task into numbered steps on a "
          "mini-whiteboard.",
          ["When: every English, maths and science lesson on his academy days (eleven "
           "50-minute lessons a week)",
           "Who: the same teaching assistant all year, who holds a Level 3 Certificate in "
           "Supporting Teaching and Learning and has completed the academy's Emotion "
           "Coaching training"])
    _item(d, 4,
          "Read Write Inc. Fresh Start, taught 1:1, to improve Callum's decoding of "
          "multi-syllable words and the fluency of his reading.",
          ["When: three 20-minute sessions a week, in tutor time on Monday, Wednesday and "
           "Friday",
           "Who: a teaching assistant who has completed the Read Write Inc. Fresh Start "
           "training day",
           "Where: the library seminar room"])
    _item(d, 5,
          "Targeted numeracy in a small group of Year 10 students to rebuild Callum's "
          "understanding of fractions, ratio and negative numbers.",
          ["When: weekly",
           "Who: a teaching assistant from the maths department"])
    _item(d, 6,
          "Individual sessions using the Zones of Regulation curriculum to teach Callum to "
          "spot his early warning signs and to use his three agreed strategies (a walk along "
          "the agreed route to the Hub, the breathing card, and time at the Hub desk with a "
          "drawing pad).",
          ["When: one 30-minute session every Wednesday, period 1",
           "Who: the academy's Emotional Literacy Support Assistant, trained by the Hexley "
           "Educational Psychology Service and supervised by an educational psychologist "
           "every half-term"])
    _item(d, 7,
          "Emotional literacy sessions with the ELSA on naming feelings and repairing "
          "friendships, with the number of sessions in each block decided by the SENCO.",
          ["Length: 30 minutes, weekly"])
    _item(d, 8,
          "Callum may leave any lesson and use the Pastoral Hub as time out if he becomes "
          "dysregulated.",
          ["When: as needed"])
    _item(d, 9,
          "Supervision at break and lunchtime where possible, so that Callum does not leave "
          "the site.",
          ["Who: duty staff"])
    _item(d, 10,
          "Attachment-aware training for all staff who teach Callum.",
          ["When: to be arranged by the academy"])

    d.heading("At The Foundry Centre (Tuesday and Thursday)", level=2)
    _item(d, 11,
          "A practical motor vehicle course leading to the IMI Level 1 Award in Introduction "
          "to Vehicle Technology, taught in the Centre's workshop in a group of no more than "
          "six students.",
          ["When: 9:30 to 12:30 every Tuesday and Thursday, six hours a week",
           "Who: a vocational tutor holding a Level 3 motor vehicle qualification and a "
           "teaching qualification, with a teaching assistant in the workshop throughout"])
    _item(d, 12,
          "English and maths tuition at the Centre to keep Callum on track for GCSE.",
          ["When: as timetabled by the Centre",
           "Who: the Centre's English and maths teachers"])
    _item(d, 13,
          "Mentoring with a youth worker, initially twice a week and cutting back once "
          "Callum has settled.",
          ["Length: 45 minutes",
           "Who: Foundry Centre youth worker"])
    _item(d, 14,
          "Therapeutic activities, for example art-based or animal-assisted sessions, if "
          "places are available on the Centre's programme.",
          ["When: a termly block"])

    d.heading("Reintegration and preparing for adulthood", level=2)
    _item(d, 15,
          "Callum will move back to a full timetable at Ruddington Park Academy, with his "
          "days at The Foundry Centre dropped when the academy and the Centre agree he is "
          "ready.",
          ["Who: SENCO and Foundry Centre manager"])
    _item(d, 16,
          "A reintegration meeting chaired by the SENCO, with Callum, Mrs Deverill, his "
          "Foundry Centre key tutor and the Virtual School adviser, to go through his "
          "attendance, his regulation log and his progress towards the outcomes in Section E. "
          "Any change to the balance of days between the two settings will be made by "
          "amending this plan.",
          ["When: once every half-term (six meetings a year), each lasting 45 minutes",
           "Where: Ruddington Park Academy, or The Foundry Centre if Callum prefers"])
    _item(d, 17,
          "Individual careers guidance interviews on routes into motor vehicle work, "
          "including the Level 1 and Level 2 courses at Hexley College and apprenticeships.",
          ["When: two 40-minute interviews in Year 10 (autumn and spring terms) and one in "
           "the autumn term of Year 11",
           "Who: a careers adviser holding the Level 6 Diploma in Career Guidance and "
           "Development, Hexley Careers Service"])
    _item(d, 18,
          "Callum will be helped to find a work experience placement, ideally in a garage "
          "or bike shop.",
          ["When: Year 10 work experience week, July 2026",
           "Who: school"])
    _item(d, 19,
          "Independent travel training on the number 11 bus between home and The Foundry "
          "Centre, covering timetables, paying by phone and what to do if the bus does not "
          "come.",
          ["When: the trainer travels with Callum on both journeys every Tuesday and "
           "Thursday for eight weeks from 20 April 2026",
           "Who: an independent travel trainer from Hexley Council's Travel Training Team, "
           "trained to the team's accredited standard"])
    _item(d, 20,
          "College taster days will be organised as appropriate.",
          [])

    # ---------------------------------------------------------------------------------
    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Melatonin 2 mg at bedtime, prescribed and reviewed every six months by the community paediatrician at Hexley Child Development Centre; given at home by Mrs Deverill.",
        "Dyadic developmental psychotherapy for Callum and Mrs Deverill with a clinical psychologist from Hexley CAMHS (Children in Care and Permanence Team), 60 minutes every fortnight until January 2027.",
        "An ADHD assessment by Hexley CAMHS when Callum reaches the top of the neurodevelopmental waiting list.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. Callum has no assessed needs under section 2 of the Act.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.bullets([
        "A special guardianship support worker from Hexley Children's Services will visit Callum and Mrs Deverill at home for 90 minutes once a month, and before and after each contact visit with Callum's birth mother.",
        "A place for Mrs Deverill on the six-session 'Parenting with PACE' group for kinship carers, run by Hexley Children's Services in the summer term 2026.",
        "Early Help support for the family if needed.",
    ])

    d.heading("Section I: Placement", section="I")
    d.para("Ruddington Park Academy, Hexley (mainstream academy, 11-16), on Mondays, "
           "Wednesdays and Fridays; and The Foundry Centre, Hexley (registered independent "
           "alternative provision), on Tuesdays and Thursdays, commissioned by the academy. "
           "Ruddington Park Academy is the school responsible for Callum and his attendance.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Mrs Deverill has not asked for a personal budget.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Callum's views, recorded by Mr D. Fairbairn, key tutor, The Foundry Centre, 5 January 2026",
        "Views of Maureen Deverill, special guardian, 7 January 2026",
        "Educational advice, Ms K. Okafor-Lane, SENCO, Ruddington Park Academy, 9 January 2026",
        "Alternative provision report, The Foundry Centre, 8 January 2026",
        "Psychological advice, Dr Sian Pellow, Educational Psychologist, 10 December 2025",
        "Medical advice, Dr R. Anand, Community Paediatrician, 18 December 2025",
        "CAMHS advice, Children in Care and Permanence Team",
        "Social care advice, Hexley Special Guardianship Support Team, 6 January 2026",
        "Virtual School advice, Hexley Virtual School, 12 January 2026",
        "Preparing for adulthood advice, Hexley Careers Service, 13 January 2026",
    ])
