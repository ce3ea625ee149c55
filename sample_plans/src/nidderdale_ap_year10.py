"""Ullerdale County Council - Year 10 young person with ADHD and social, emotional and
mental health needs, permanently excluded and now full time at an alternative provision
academy, with a Youth Justice Service referral order. Title-first Word Heading 1 headings
with the letter last after an en dash ('Special educational provision \u2013 Section F').
Bold-label cover lines. B has a preparing-for-adulthood paragraph; E numbered E1-E8.
Section F is one five-column table in an unusual column order (Area of need | Minutes a
week | Provision | Staff and training | Group size), the area cell merged down each group
of rows, with dashes, 'Varies' and a 'TBC' in the minutes and staff cells; a closing line
gives the full-time hours. Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reece Oduya-Clarke"


ROWS = [
    # Cognition and learning
    ["Cognition and learning", "300 (five 60-minute lessons)",
     "GCSE English Language taught every weekday morning, working towards a Foundation tier entry in June 2027",
     "Qualified English teacher (QTS)", "No more than six students"],
    ["", "240 (four 60-minute lessons)",
     "Functional Skills Maths Level 1, moving on to GCSE Foundation maths from September 2026, in four timetabled lessons across the week",
     "Maths teacher with QTS", "Class of up to six"],
    ["", "As needed", "Reading support to close gaps", "Support staff", "Small group"],
    ["", "Up to 90",
     "1:1 tutoring in literacy with a tutor from the county tuition framework",
     "Tutor", "1:1"],
    # Attention and self-regulation
    ["Attention and self-regulation", "50 (two 5-minute breaks a day)",
     "A 5-minute movement break at 10:45 and 13:30 each day, walking a set route round the courtyard, after which Reece goes straight back to his lesson",
     "Learning mentor", "1:1"],
    ["", "\u2014", "Fidget tools and a standing desk should be made available in lessons",
     "\u2014", "\u2014"],
    ["", "45 every fortnight",
     "Organisation coaching: Reece and the coach use his phone calendar to plan the next fortnight's coursework, appointments and travel, and tick off the previous fortnight's tasks",
     "Specialist ADHD teacher from the Ullerdale Inclusion Support Service, holding a postgraduate certificate in ADHD and executive function",
     "1:1"],
    ["", "To be agreed",
     "A behaviour support plan will be drawn up by the Centre once Reece has settled",
     "Centre staff", "\u2014"],
    # Social, emotional and mental health
    ["Social, emotional and mental health", "50",
     "Drawing and Talking: a 50-minute session every Thursday afternoon in the Willow room, throughout the school year",
     "Practitioner who has completed the accredited Drawing and Talking training, supervised half-termly by the Centre's clinical psychologist",
     "1:1"],
    ["", "Varies", "Reece will have access to the calm room when he needs it",
     "Any available adult", "\u2014"],
    ["", "60", "Weekly counselling, subject to review at the end of the spring term",
     "Counsellor", "1:1"],
    ["", "150 in the first half-term, then less",
     "A 30-minute debrief at the end of each day, tapering off once Reece is settled",
     "Learning mentor", "1:1"],
    ["", "\u2014", "CAMHS to advise Centre staff on managing Reece's anger", "CAMHS",
     "\u2014"],
    ["", "60", "Social skills group with other Key Stage 4 students", "Pastoral team",
     "Small group"],
    # Keeping safe and youth justice
    ["Keeping safe and youth justice", "60",
     "One session each Tuesday using the 'Choices and Consequences' workbook, on thinking through consequences, handling conflict without fighting and staying safe online; planned jointly with Reece's Youth Justice Service case manager",
     "The Centre's youth worker, who holds a JNC-recognised professional youth work qualification",
     "1:1"],
    ["", "As directed by YJS", "Attendance at sessions arranged by the Youth Justice Service",
     "Youth Justice Service", "\u2014"],
    # Preparing for adulthood
    ["Preparing for adulthood", "45 each term (not weekly)",
     "A 1:1 careers guidance interview each term with the same adviser, to agree a post-16 plan and complete college applications by January 2027",
     "Careers adviser with a Level 6 Diploma in Career Guidance and Development",
     "1:1"],
    ["", "180 (one afternoon)",
     "Motor-vehicle taster course at Ullerdale College every Wednesday, 13:00 to 16:00, from the start of the summer term 2026, travelling in the Centre minibus",
     "College motor-vehicle lecturer, with a Centre teaching assistant (Level 3 Supporting Teaching and Learning) who stays for the whole session",
     "Workshop group of no more than eight"],
    ["", "TBC",
     "Work experience placement in Year 11, subject to a suitable employer being found",
     "\u2014", "\u2014"],
    ["", "Some",
     "Help with independence skills such as travelling, money and cooking", "Staff",
     "\u2014"],
]


def build(d):
    d.simple_footer("Ullerdale County Council \u2013 SEND Statutory Service \u2013 "
                    "EHC Plan for Reece Oduya-Clarke \u2013 FINAL")
    d.title("Ullerdale County Council", size=13, color="7A1F1F")
    d.title("Education, Health and Care Plan (Final)", size=21, color="7A1F1F")
    d.label_para("Name: ", "Reece Oduya-Clarke")
    d.label_para("Date of birth: ", "17.11.2010")
    d.label_para("NHS no.: ", "999 284 1736")
    d.label_para("UPN: ", "H999118402265")
    d.label_para("Address: ", "Flat 3, 41 Lowgate Terrace, Ullerdale, XJ2 6PW")
    d.label_para("Lives with: ", "Shannon Clarke (mother), brother Kai (7), and grandmother Maureen Clarke most weekends")
    d.label_para("Contact: ", "Shannon Clarke, 07700 900249 or 01632 960771, shannon.clarke@example.org")
    d.label_para("National Curriculum year: ", "Year 10")
    d.label_para("Current setting: ", "The Nidderdale Centre (since 3 November 2025)")
    d.label_para("Final plan issued: ", "23 January 2026")
    d.label_para("Review by: ", "22 January 2027")
    d.label_para("Case officer: ", "Tomasz Wierzbicki, SEND Statutory Service")

    d.heading("Views, interests and aspirations \u2013 Section A", section="A")
    d.para("Reece's views were gathered by his learning mentor over two conversations in "
           "the Centre's garage workshop, because he said he would not talk in an office.")
    d.para("\"Castlegarth kicked me out and everyone thinks I'm a wrong'un now. I'm not. "
           "I can't sit still for an hour and teachers shouting at me makes it worse. Here "
           "is alright because the groups are small and they don't make a big deal. I like "
           "fixing bikes and I want to be a mechanic, maybe have my own garage. I want my "
           "GCSEs so college will take me. I don't want to go back to court.\"")
    d.para("Shannon says Reece is loyal, practical and brilliant with his little brother. "
           "She feels he was written off at his last school and wants the plan to make sure "
           "he is taught properly, not just kept busy. She is worried about the older boys he "
           "has been spending time with and wants him to have something positive to do after "
           "school.")

    d.heading("Special educational needs \u2013 Section B", section="B")
    d.heading("Attention and self-regulation", level=2)
    d.para("Reece has attention deficit hyperactivity disorder (combined type), diagnosed "
           "in 2019. He can concentrate on a task for about 8 to 10 minutes before he needs "
           "to move, and he interrupts and shouts out when he has an idea. He struggles to "
           "plan, to remember deadlines and to bring the right equipment. Without structure "
           "he drifts out of lessons.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reece becomes angry very quickly when he feels criticised or embarrassed in "
           "front of others, and at Castlegarth this led to fights and, in October 2025, "
           "his permanent exclusion. He finds it hard to calm down once he is upset and to "
           "repair relationships afterwards. He has low mood at times and told the "
           "educational psychologist that he \"doesn't see the point\". He is easily led by "
           "older peers and has a referral order following an assault in the community.")
    d.heading("Cognition and learning", level=2)
    d.para("Reece missed a great deal of Years 8 and 9 through exclusions. His reading age "
           "is about 11 years, he avoids extended writing, and his maths is at about "
           "Functional Skills Entry Level 3 to Level 1. There are gaps in his knowledge of "
           "fractions, percentages and algebra.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Reece wants to train as a vehicle mechanic. He has had no careers guidance, has "
           "never visited a college and has no work experience. He cannot yet budget his "
           "money, and he has not travelled to unfamiliar places on his own.")

    d.heading("Health needs \u2013 Section C", section="C")
    d.para("ADHD, managed by Ullerdale Community Paediatrics. Reece takes long-acting "
           "methylphenidate in the morning and a short-acting dose at lunchtime. He has been "
           "referred to CAMHS for assessment of low mood. He sleeps poorly.")

    d.heading("Social care needs \u2013 Section D", section="D")
    d.para("Reece is a child in need under section 17 of the Children Act 1989, with a "
           "child in need plan dated 8 December 2025. Concerns include his association "
           "with older young people involved in crime and the risk of criminal "
           "exploitation. He is subject to a nine-month referral order supervised by the "
           "Ullerdale Youth Justice Service. Shannon would like help with managing Reece's "
           "behaviour at home.")

    d.heading("Outcomes \u2013 Section E", section="E")
    d.para("These outcomes look ahead to the end of Key Stage 4. The Centre will set "
           "half-termly targets towards them at Reece's progress meetings.")
    d.numbered([
        "By July 2027, Reece will achieve GCSE English Language and GCSE maths at grade 4 or above.",
        "By the end of Year 10, Reece will stay on task for 20 minutes at a time in 4 out of 5 lessons, using his movement breaks instead of leaving the room.",
        "Reece will manage his anger better.",
        "Reece will not get into fights.",
        "By July 2026, Reece will use his phone calendar to record and hand in 8 out of 10 pieces of coursework on time.",
        "By January 2027, Reece will have applied for a college course in motor-vehicle maintenance and attended an interview.",
        "Reece will work with the Youth Justice Service.",
        "Reece will become a mechanic.",
    ], fmt="E{n}")

    d.heading("Special educational provision \u2013 Section F", section="F")
    d.para("Reece attends the Nidderdale Centre full time. The table sets out the provision "
           "he must receive there and through the partners named, in term time. Read each "
           "row across: minutes are per week unless the cell says otherwise.")
    t = d.table(["Area of need", "Minutes a week", "Provision", "Staff and training",
                 "Group size"], ROWS, widths_cm=[2.8, 2.4, 5.6, 3.8, 2.0], font_size=9)
    # merge the area cell down each group (table row 0 is the header)
    starts = [i for i, r in enumerate(ROWS) if r[0]] + [len(ROWS)]
    for a, b in zip(starts, starts[1:]):
        if b - a > 1:
            t.cell(a + 1, 0).merge(t.cell(b, 0))
    d.para("Reece's timetable at the Centre is 25 hours a week, 09:00 to 14:30, Monday to "
           "Friday.", italic=True)

    d.heading("Health provision \u2013 Section G", section="G")
    d.bullets([
        "A lunchtime dose of short-acting methylphenidate, given at 12:15 each day by a member of the Centre's staff trained in medicines administration, with the dose recorded on the MAR sheet.",
        "Review of Reece's ADHD and medication by the community paediatrician every six months.",
        "CAMHS assessment of low mood when an appointment becomes available.",
    ])

    d.heading("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 \u2013 Section H1", section="H1")
    d.para("None has been assessed as needed.")
    d.heading("Other social care provision \u2013 Section H2", section="H2")
    d.bullets([
        "A family support worker from the Ullerdale Family Support Team will visit Reece and Shannon at home for one hour every week, under the child in need plan of 8 December 2025, working on routines and managing conflict at home.",
        "Support to join a positive activity such as a boxing club, when funding allows.",
    ])

    d.heading("Placement \u2013 Section I", section="I")
    d.para("The Nidderdale Centre, Ullerdale (alternative provision academy for pupils aged "
           "11 to 16), full time.")

    d.heading("Personal budget \u2013 Section J", section="J")
    d.para("Shannon has not asked for a personal budget.")

    d.heading("Advice and information \u2013 Section K", section="K")
    d.numbered([
        "Reece's views \u2013 gathered by Mr J. Kowalczyk, learning mentor, 2 December 2025",
        "Parent's views \u2013 Shannon Clarke, 4 December 2025",
        "Educational advice \u2013 Ms A. Brightwater, Head of Centre, The Nidderdale Centre, 9 December 2025",
        "Psychological advice \u2013 Dr Imogen Sallis, Educational Psychologist, 1 December 2025",
        "Medical advice \u2013 Dr R. Vasquez-Hill, Community Paediatrician, 26 November 2025",
        "CAMHS advice \u2013 Ullerdale CAMHS duty clinician",
        "Social care advice \u2013 Ms C. Mbeki, Social Worker, Ullerdale Children's Services, 5 December 2025",
        "Youth justice advice \u2013 Mr L. Pryce, Case Manager, Ullerdale Youth Justice Service, 10 December 2025",
        "Preparing for adulthood advice \u2013 Ullerdale Careers Service, 11 December 2025",
    ], fmt="{n}.")
