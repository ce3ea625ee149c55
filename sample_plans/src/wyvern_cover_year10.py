"""Wyvern County Council - full cover-page details table (NHS number, UPN, postcode, contact
details, status), long statutory section titles in Word heading style (the H1 title wraps
over two lines), and body text with cross-references ('as set out in Section F', a sentence
that begins 'Section F below ...') that are not headings. Year 10 pupil with a visual
impairment in a mainstream school. FINAL."""

TITLE = "Education, Health and Care Plan - Samir Haddad"


def build(d):
    d.running_header_footer("Wyvern County Council \u2013 EHC Plan \u2013 OFFICIAL-SENSITIVE", first_page_plain=True)
    d.title("Wyvern County Council", size=15, color="17365D")
    d.title("Education, Health and Care Plan", size=22, color="17365D")
    d.para("Children and Families Act 2014, section 37", italic=True)
    d.details_table([
        ("Full name", "Samir Haddad"),
        ("Date of birth", "30/09/2010"),
        ("NHS number", "999 123 4567"),
        ("UPN", "H825999912001"),
        ("Home address", "Apartment 4, 18 Mill Race Walk, Wyvern"),
        ("Postcode", "ZY8 6TB"),
        ("Parent/carer", "Nadia Haddad (mother)"),
        ("Telephone", "01632 960219"),
        ("Email", "n.haddad@example.org"),
        ("Year group", "Year 10"),
        ("School", "Wyvern Valley School"),
        ("Date of final plan", "05/12/2025"),
        ("Review date", "04/12/2026"),
        ("Plan status", "FINAL"),
        ("Amendment number", "2 (following annual review)"),
    ], widths_cm=(5.0, 11.6), fill="DCE6F1")
    d.page_break()

    d.heading("Section A: The views, interests and aspirations of the child and his parent", section="A")
    d.para("Samir is 15. He is passionate about music, plays keyboard and produces his own "
           "tracks using screen-reading software. He is a committed Wyvern Wanderers supporter "
           "and listens to every match on the radio.")
    d.para("Samir says: \"I don't want to be treated like I can't do things. I just need stuff "
           "big enough to see and a bit more time. I get stressed in crowded corridors and when "
           "teachers forget to send me the slides. I want to go to college to do music "
           "technology and work in a studio.\"")
    d.para("Nadia wants Samir to leave school with good GCSEs, to travel on his own, and to be "
           "confident asking for what he needs. She asks that school staff always make the "
           "adjustments agreed in this plan, as set out in Section F, without Samir having to "
           "remind them.")

    d.heading("Section B: The special educational needs of the child", section="B")
    d.heading("Sensory and/or physical", level=2)
    d.para("Samir has a severe visual impairment (bilateral optic nerve hypoplasia; corrected "
           "acuity 6/60 in his better eye). He needs print at N24 bold or larger, or electronic "
           "text he can enlarge. He cannot see the whiteboard from his seat. He needs to learn "
           "new routes around buildings, and he tires quickly from visual effort.")
    d.heading("Cognition and learning", level=2)
    d.para("Samir is predicted good passes in English and music. In maths and science he has "
           "gaps because he could not access diagrams and practical work in earlier years.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Samir experiences anxiety, especially in crowded, noisy spaces and when he feels "
           "singled out. He has had panic attacks at school this year.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Samir has not yet travelled independently. He needs careers guidance about music "
           "courses and information about support at college. The provision to meet these needs "
           "is set out in Section F.")

    d.heading("Section C: The health needs of the child which relate to his special educational needs", section="C")
    d.para("Bilateral optic nerve hypoplasia, registered as severely sight impaired. Samir is "
           "under the care of the Wyvern Eye Unit and the low vision clinic. He is being "
           "assessed by CAMHS for anxiety.")

    d.heading("Section D: The social care needs of the child which relate to his special educational needs or disability", section="D")
    d.para("A Children with Disabilities assessment (2025) found that Samir needs support to "
           "take part in leisure activities, as he cannot yet travel alone.")

    d.heading("Section E: The outcomes sought for the child", section="E")
    d.para("Section F below sets out how each of these outcomes will be supported. Short-term "
           "targets are set by the school each term.")
    d.bullets([
        "By the end of Year 11, Samir will touch-type at 35 words per minute using his screen reader and magnifier.",
        "Samir will reach his potential in his GCSEs.",
        "By July 2027, Samir will travel independently from home to college by bus, on a route he has practised, on five days in a row.",
        "Samir will be less anxious.",
        "By the end of Year 11, Samir will have applied to a college course in music technology and visited the college at least twice.",
        "Samir will receive weekly QTVI teaching.",
    ])

    d.heading("Section F: The special educational provision required by the child", section="F")
    d.heading("Vision and access to learning", level=2)
    d.bullets([
        "A qualified teacher of the visually impaired (QTVI, holding the mandatory qualification) will teach Samir 1:1 for one 60-minute session every week in term time, covering touch-typing, use of his screen magnifier (ZoomText) and independent study skills.",
        "All printed materials enlarged to N24 bold on buff paper, or sent electronically to his iPad, prepared by the school's VI resource assistant before every lesson.",
        "An iPad Pro with accessibility settings configured by the QTVI, for Samir's sole use in all lessons and at home, replaced within five school days if it fails.",
        "Specialist VI equipment such as a CCTV magnifier, monocular etc.",
        "Habilitation training to be provided by the sensory service, frequency to be confirmed.",
        "Samir should be given extra time to move around the school.",
        "A mobility officer may visit to assess the new building.",
        "Maths taught in a set of no more than 12 students by a qualified maths teacher, with a teaching assistant (trained by the QTVI in modifying diagrams) present in all five 60-minute maths lessons per week.",
        "Up to 3 hours weekly of 1:1 support from a teaching assistant in science practicals.",
        "Exam access arrangements in line with JCQ regulations and the school's policy.",
    ])
    d.heading("Emotional wellbeing", level=2)
    d.bullets([
        "A 50-minute 1:1 session every fortnight with the school counsellor (a BACP-accredited counsellor), using a CBT-based anxiety approach, for the life of this plan.",
        "Emotional support when needed from his head of year.",
        "Samir will have access to the pastoral base at lunchtimes.",
        "Counselling (see above) will be reviewed after six sessions and may then stop.",
    ])
    d.heading("Preparing for adulthood", level=2)
    d.bullets([
        "Two 45-minute careers guidance meetings each term with the school's careers adviser (Level 6 qualification in careers guidance), focused on college music technology courses and the support available there.",
        "Work experience in Year 11, subject to a placement being available that can meet his needs.",
        "Independent travel training for the walking route and the number 7 bus between home and Wyvern Sixth Form College, delivered by a qualified Rehabilitation Officer for the visually impaired, in weekly 90-minute sessions for 15 weeks from January 2027.",
        "Opportunities to develop independent living skills.",
        "Support for transition to post-16 as set out in the VI service's transition protocol.",
    ])
    d.heading("Funding", level=2)
    d.bullets([
        "Funding of \u00a36,000 per year (element 3) is allocated to the school to meet Samir's needs.",
    ])

    d.heading("Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs", section="G")
    d.para("See Section C for Samir's diagnosis.")
    d.bullets([
        "Ophthalmology review every 12 months at the Wyvern Eye Unit.",
        "Low vision clinic appointments as and when required.",
    ])

    d.heading("Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Samir will have a personal assistant for 4 hours each Sunday to go swimming and to "
           "a music group, arranged by Wyvern Children's Services under section 2 of the CSDPA "
           "1970.")
    d.heading("Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child having SEN", section="H2")
    d.para("None.")

    d.heading("Section I: The name and type of the school", section="I")
    d.para("Wyvern Valley School (mainstream maintained secondary school). The school must make "
           "the provision as set out in Section F.")

    d.heading("Section J: Personal budget (including arrangements for direct payments)", section="J")
    d.para("No personal budget has been requested. The element 3 funding referred to in "
           "Section F is paid to the school.")

    d.heading("Section K: Advice and information gathered during the EHC needs assessment", section="K")
    d.table(["No.", "Advice", "Author and date"], [
        ["1", "Views of Samir and his mother", "Samir and Nadia Haddad, 12/10/2025"],
        ["2", "Annual review report and educational advice", "Ms C. Pemberton, SENCO, Wyvern Valley School, 20/10/2025"],
        ["3", "Advice from a qualified teacher of the visually impaired", "R. Osei, QTVI, Wyvern Sensory Support Service, 14/10/2025"],
        ["4", "Educational psychology advice", "Dr M. Lindgren, Educational Psychologist, 25/10/2025"],
        ["5", "Medical advice", "Wyvern Eye Unit, Consultant Ophthalmologist, 02/10/2025"],
        ["6", "Social care advice", "Wyvern Children with Disabilities Team, 28/10/2025"],
        ["7", "Preparing for adulthood / careers advice", "Wyvern Careers Hub, 30/10/2025"],
    ], widths_cm=[1.2, 7.4, 8.0])
