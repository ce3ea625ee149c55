"""Marlowfield County Council - post-16 plan for a 19-year-old young person (Year 14) at an
independent specialist college (section 41 special post-16 institution). Word Heading 1
headings 'Section A: My story, views, interests and aspirations' (first-person titles).
Section F is written as prose paragraphs under PfA sub-headings; items are sentences.
H1 states it does not apply (18+); H2 refers to the Care Act plan. FINAL (amended after
annual review)."""

TITLE = "Education, Health and Care Plan - Callum Brierley"


def build(d):
    d.running_header_footer("Callum Brierley \u2013 EHC Plan \u2013 Marlowfield County Council",
                            first_page_plain=True)
    d.title("Marlowfield County Council", size=14, color="7B3F00")
    d.title("Education, Health and Care Plan", size=22, color="7B3F00")
    d.para("Final plan, amended following the annual review held on 4 December 2025", italic=True)
    d.details_table([
        ("Young person", "Callum Brierley"),
        ("Date of birth", "14/10/2006 (age 19)"),
        ("NHS number", "999 305 7719"),
        ("Home address", "14 Ropewalk Close, Marlowfield, ZY3 8HN"),
        ("Main contact", "Callum, with his mother Denise Brierley (07700 900871, d.brierley@example.com)"),
        ("Education", "Heronsgate College, Year 14 (third year of post-16 education)"),
        ("Date of final amended plan", "23/01/2026"),
        ("Next review by", "22/01/2027"),
    ], widths_cm=(5.0, 11.6), fill="F4E1D2")

    d.heading("Section A: My story, views, interests and aspirations", section="A")
    d.para("Callum is 19. He has cerebral palsy and uses a powered wheelchair. He communicates "
           "with a few spoken words, facial expression and a Grid Pad communication aid. He lives "
           "at home with his mum Denise and their dog, Biscuit.")
    d.para("These views were put together by Callum with his college key tutor in November 2025, "
           "using his communication aid; Callum checked and agreed them. \"I like college. I like "
           "my friends, football on TV and gardening. I want a job outside with plants. I want to "
           "go to the shops on my own and cook chips. One day I want my own flat with my mates.\"")
    d.para("Denise (shared with Callum's agreement): \"I want Callum to have a life of his own, "
           "with real work and people around him, and to be understood by people who don't know "
           "him.\"")

    d.heading("Section B: My special educational needs", section="B")
    d.heading("Communication", level=2)
    d.para("Callum understands everyday conversation about familiar things but needs extra time "
           "to process longer sentences. His speech is understood only by people who know him "
           "well. He is learning to use his communication aid to start conversations, ask "
           "questions and say when something is wrong; he uses it mainly to answer.")
    d.heading("Learning", level=2)
    d.para("Callum has moderate learning difficulties. He reads familiar signs and about 50 "
           "common words, and works with money up to \u00a35 with support. He needs to learn "
           "skills in real settings and to repeat them many times before they are secure.")
    d.heading("Physical", level=2)
    d.para("Callum has spastic quadriplegic cerebral palsy. He needs daily stretches and "
           "standing to keep his hips and knees from stiffening, and he needs help with all "
           "transfers. His hand control is limited, which affects writing, cooking and handling "
           "money.")
    d.heading("Emotional wellbeing", level=2)
    d.para("Callum can become anxious and withdrawn when plans change without warning, and he "
           "is worried about what happens when he leaves college.")

    d.heading("Section C: My health needs", section="C")
    d.para("Cerebral palsy (GMFCS level IV). Callum takes baclofen for muscle stiffness and has "
           "hip surveillance X-rays every year. He is under the adult neurology team and the "
           "Marlowfield wheelchair service.")

    d.heading("Section D: My social care needs", section="D")
    d.para("Callum needs help with all personal care, transfers and meals. Adult social care "
           "completed a Care Act needs assessment in March 2025 and found eligible needs.")

    d.heading("Section E: My outcomes", section="E")
    d.bullets([
        "By July 2027, Callum will use his communication aid to start a conversation with an unfamiliar person in the community at least twice on each outing.",
        "By July 2027, Callum will prepare a simple hot meal (beans on toast or pasta) with no more than two verbal prompts.",
        "Callum will be more independent.",
        "By the end of his course in July 2028, Callum will have completed at least 30 weeks of work experience in a horticulture setting.",
        "Callum will have physiotherapy.",
    ])

    d.heading("Section F: The special educational provision I need", section="F")
    d.para("The provision below is to be delivered by Heronsgate College unless it says "
           "otherwise.")
    d.heading("My study programme", level=2)
    d.para("Callum will attend Heronsgate College five days a week (Monday to Friday, 9:15 to "
           "15:30) for 38 weeks a year, on the Pathways to Independence study programme, in a "
           "class of no more than eight students with a qualified teacher and two learning "
           "support assistants who hold Level 3 qualifications. His timetable will include "
           "functional English and maths at Entry Level 2, taught by the class teacher in three "
           "1-hour lessons of each subject every week. Up to two hours a week of extra literacy "
           "support will be given by a learning support assistant.")
    d.heading("Communication", level=2)
    d.para("Callum will have 45 minutes of direct speech and language therapy every week in "
           "term time from an HCPC-registered speech and language therapist employed by the "
           "college, focused on using his communication aid (a Grid Pad with Grid 3 software) "
           "in everyday conversation. The therapist will also train his learning support "
           "assistants in modelling language on the device for one hour at the start of each "
           "term. Staff should model language on the device throughout the day. The "
           "communication aid will be maintained by the college's assistive technology "
           "technician, who will back up his vocabulary every week and arrange any repair "
           "within three working days through the Marlowfield AAC Hub.")
    d.heading("Physical", level=2)
    d.para("Callum will receive physiotherapy input as appropriate. A standing frame programme "
           "will be carried out daily. Hydrotherapy may be available subject to pool "
           "availability.")
    d.heading("Independent living", level=2)
    d.para("Callum will be taught to prepare simple meals in the college training flat in "
           "2-hour sessions twice a week, in a group of four students, by an independent living "
           "skills tutor who holds a Level 4 qualification in teaching adults with learning "
           "disabilities. He will also have opportunities to practise handling money with staff "
           "when on community outings. A travel training programme will be devised once the "
           "travel trainer has assessed Callum.")
    d.heading("Work", level=2)
    d.para("From September 2026, Callum will have a supported work experience placement at "
           "Marlowfield Community Garden every Thursday from 10:00 to 14:00, supported by a job "
           "coach who holds the Level 3 Certificate in Supported Employment Practice. The job "
           "coach will fade support as Callum becomes more confident. Careers guidance will be "
           "provided in line with the college's careers policy.")
    d.heading("Wellbeing and moving on", level=2)
    d.para("Callum will meet his personal tutor (a qualified teacher) for a 20-minute 1:1 "
           "review of his week every Friday afternoon, using his communication aid. He will be "
           "helped to manage his anxiety using the strategies recommended in the clinical "
           "psychologist's report.")
    d.para("Transition support for leaving college is to be determined at the next annual "
           "review.")

    d.heading("Section G: My health provision", section="G")
    d.bullets([
        "Baclofen prescribed by the adult neurology team; the lunchtime dose is given at college by staff trained by the college nurse.",
        "Hip surveillance X-ray once a year, arranged by the adult neurology team.",
        "Physiotherapy to teach Callum new ways of transferring from his wheelchair, if the adult service accepts the referral.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Callum is over 18. His social care provision is set out in H2.")
    d.heading("Section H2: Other social care provision", section="H2")
    d.para("Care Act care and support plan (Marlowfield Adult Social Care, 2 April 2025): a "
           "personal assistant for 12 hours a week at home (personal care, evening meal and "
           "leisure), funded by a direct payment managed by Denise on Callum's behalf.")
    d.para("Respite at Larch House.")

    d.heading("Section I: Placement", section="I")
    d.para("Heronsgate College (independent specialist college; special post-16 institution "
           "approved under section 41 of the Children and Families Act 2014), day placement.")

    d.heading("Section J: Personal budget", section="J")
    d.para("No personal budget for special educational provision. The social care direct "
           "payment is described in Section H2 and forms part of Callum's adult social care "
           "personal budget, not this plan's educational provision.")

    d.heading("Section K: Advice and information", section="K")
    d.numbered([
        "Callum's views and his mother's views \u2013 November 2025",
        "Annual review report \u2013 Ms A. Greaves, Head of Learning, Heronsgate College, 4 December 2025",
        "Speech and language therapy report \u2013 Heronsgate College therapy team, 20 November 2025",
        "Physiotherapy report \u2013 Marlowfield Adult Community Physiotherapy, 12 November 2025",
        "Clinical psychology report",
        "Preparing for adulthood advice \u2013 Marlowfield Careers and Transition Service, 25 November 2025",
        "Adult social care \u2013 Care Act assessment and care and support plan, 2 April 2025",
    ], fmt="K{n}")
