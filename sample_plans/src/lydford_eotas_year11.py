"""Lydford County Council - Year 11 young person with autism and severe anxiety who has not
attended school since November 2024; education otherwise than at school (s.61) with a
qualified tutor, therapy and a care-farm programme. Final amended plan after an annual
review. Word Heading 1 headings 'Part F: Special educational provision' (the word 'Part',
a colon). Bold-label cover lines. Every paragraph of the plan body is numbered
continuously from 1 (legal-document style, literal numbers with a hanging indent), right
through A to K, so the Section F items carry numbers in the forties and fifties. F opens
with an unnumbered italic s.61 statement, then bold Normal-text sub-headings over the
numbered paragraphs (one provision per paragraph, some of two sentences). Separate H1 and
H2. FINAL (amended) plan."""

TITLE = "Education, Health and Care Plan - Corin Ashdown"


class _Counter:
    def __init__(self):
        self.n = 1

    def para(self, d, text):
        d.numbered([text], start=self.n)
        self.n += 1

    def paras(self, d, texts):
        for t in texts:
            self.para(d, t)


def build(d):
    c = _Counter()
    d.simple_footer("Lydford County Council  \u2022  SEND Service  \u2022  Final amended EHC plan for "
                    "Corin Ashdown  \u2022  23 January 2026")
    d.title("Lydford County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="5B2C6F")
    d.para("FINAL AMENDED PLAN (following the annual review of 27 November 2025)", bold=True)
    d.label_para("Name: ", "Corin Ashdown")
    d.label_para("Date of birth: ", "03.07.2010")
    d.label_para("NC year: ", "Year 11")
    d.label_para("NHS number: ", "999 804 2265")
    d.label_para("UPN (from previous school): ", "Z999000740381")
    d.label_para("Home address: ", "Rose Cottage, 2 Church Lane, Lydford St Mary, XJ3 8TW")
    d.label_para("Parents: ", "Helen Ashdown and Marcus Ashdown")
    d.label_para("Contact: ", "01632 960771 (home), 07700 900562 (Helen), helen.ashdown@example.org")
    d.label_para("Educational setting: ", "Education otherwise than at school (section 61)")
    d.label_para("Proposed amendments sent: ", "8 December 2025")
    d.label_para("Date of final amended plan: ", "23 January 2026")
    d.label_para("Next review: ", "phase-transfer review meeting on 24 February 2026")
    d.label_para("SEND officer: ", "Tomasz Wierzbicki, Lydford SEND Service (West)")
    d.para("The paragraphs of this plan are numbered in one sequence so that they can be "
           "referred to at reviews.", italic=True, size=9.5)

    # ---------------------------------------------------------------- A
    d.heading("Part A: Views, interests and aspirations", section="A")
    d.heading("Corin's views", level=2)
    c.paras(d, [
        "Corin did not want to attend the review meeting. He wrote his views by text message to his EOTAS coordinator over a week in November 2025, and agreed the wording below.",
        "\"I'm not lazy, I just can't do school. The noise and the corridors and people looking at me make my chest go tight and then I can't breathe. I like being at the farm because the animals don't care what you look like. I'm good at maths when it's just me and Mrs Penrose. I want to work outside, maybe as a gamekeeper or on an estate. I want to go to college but I'm scared I'll freeze on the first day.\"",
    ])
    d.heading("Helen and Marcus's views", level=2)
    c.paras(d, [
        "Corin's parents describe him as kind, dry-humoured and brilliant with animals, and very patient with his sister Poppy, who is nine. They say the last year has been the hardest of their lives: for months Corin would not leave his bedroom, and the tuition and the farm have \"given him back\". They want the package to stay exactly as it is until the summer, and they want careful planning for college so that he does not fall apart in September.",
    ])

    # ---------------------------------------------------------------- B
    d.heading("Part B: Special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    c.paras(d, [
        "Corin is autistic (diagnosed in 2021). He understands language literally and needs extra time to process what is said to him. Conversation with unfamiliar people exhausts him; when he is overloaded he stops speaking altogether and cannot say what he needs. He finds it hard to start a conversation or to ask for help.",
    ])
    d.heading("Social, emotional and mental health", level=2)
    c.paras(d, [
        "Corin has severe anxiety. He has panic attacks in busy or noisy places and has not attended school since November 2024. He avoids shops, buses and anywhere he might be looked at. His mood is low for long periods and his sleep is poor. He is most settled with a small number of familiar adults and with animals.",
    ])
    d.heading("Cognition and learning", level=2)
    c.paras(d, [
        "Corin is able, but he has large gaps in his knowledge because of the time he has missed. He is working at around GCSE grade 3 in English and grade 3 to 4 in maths. His processing speed is below average, and he finds it very hard to start a piece of extended writing without an adult beside him.",
    ])
    d.heading("Sensory", level=2)
    c.paras(d, [
        "Corin is over-sensitive to noise, strong smells and being touched. Hand-dryers, bells and crowded rooms cause him great distress.",
    ])
    d.heading("Preparing for adulthood", level=2)
    c.paras(d, [
        "Corin has never travelled on public transport alone and will not go into a shop or caf\u00e9 without a parent. He has had no careers guidance since leaving school and does not yet know which post-16 courses would lead to outdoor work.",
    ])

    # ---------------------------------------------------------------- C
    d.heading("Part C: Health needs", section="C")
    c.paras(d, [
        "Corin has autism (Lydford Child Development Centre, 2021) and generalised anxiety disorder (diagnosed by Lydford CAMHS in March 2025). He takes sertraline daily and has propranolol to take when he needs it before stressful events. He has difficulty getting to sleep. He is under review by the community paediatrician.",
    ])

    # ---------------------------------------------------------------- D
    d.heading("Part D: Social care needs", section="D")
    c.paras(d, [
        "Corin is a disabled child. A child in need assessment in June 2025 found that he needs support to take part in activities outside the home without his parents, and that the family needs help to manage the strain of the past year.",
    ])

    # ---------------------------------------------------------------- E
    d.heading("Part E: Outcomes", section="E")
    c.paras(d, [
        "By July 2026, Corin will achieve at least grade 4 in GCSE English Language and at least grade 3 in GCSE Mathematics (Foundation tier).",
        "By the end of the summer term 2026, Corin will leave the house for his tuition or farm sessions on at least four of the five planned days, in eight weeks out of every ten.",
        "By March 2026, Corin will tell his tutor or the farm staff when he needs a break, using words or his break card, in four out of five sessions.",
        "Corin will be less anxious and more confident.",
        "By July 2026, Corin will order and pay for a drink and a snack in a caf\u00e9 in Lydford on his own, on three separate occasions.",
        "By October 2026, Corin will be attending a land-based post-16 course at college on at least three days a week.",
        "Corin will receive therapy for his anxiety.",
        "Corin will work as a gamekeeper.",
    ])

    # ---------------------------------------------------------------- F
    d.heading("Part F: Special educational provision", section="F")
    d.para("Lydford County Council is satisfied that it would be inappropriate for Corin's "
           "special educational provision to be made in a school, and arranges it under "
           "section 61 of the Children and Families Act 2014. The package runs in term time "
           "(38 weeks a year) until 31 July 2026.", italic=True)

    d.bold_line("Tuition", size=11.5, color="5B2C6F")
    c.paras(d, [
        "Corin will be taught GCSE English Language and GCSE Mathematics (Foundation) 1:1 by the same qualified teacher (QTS) in three 2-hour sessions each week, on Monday, Wednesday and Friday from 10:00 to 12:00, in the study room at Lydford St Mary library or, on days when Corin cannot leave the house, at home.",
        "Science tuition will also be offered where possible, so that Corin has the chance to sit GCSE Combined Science.",
        "Between sessions, Corin's parents will go through the reading and spelling practice the tutor sets and send back his work.",
        "Tuition time will be cut back as Corin spends more of his week at the farm.",
        "Lydford County Council will supply suitable IT equipment for Corin's online work.",
        "Corin will sit his summer 2026 GCSE examinations at the Lydford Inclusion Service exam centre at Tavy House, alone in a room, with 25% extra time and supervised rest breaks; his tutor will meet him in the building 15 minutes before each paper starts.",
    ])

    d.bold_line("Greenhollow Care Farm", size=11.5, color="5B2C6F")
    c.paras(d, [
        "Corin will attend Greenhollow Care Farm every Tuesday and Thursday from 9:30 to 14:30 (10 hours a week), caring for the sheep and poultry and working in the market garden towards AQA Unit Award Scheme units in animal care and horticulture. He will work in a group of no more than four young people with two staff: the farm's education lead, who is a qualified teacher, and a farm instructor who holds a Level 3 Diploma in Work-based Animal Care; both have completed the Autism Education Trust's Good Autism Practice course.",
        "At the start of every farm day, the education lead will spend 5 minutes going through that day's jobs with Corin on a written checklist, so that there are no surprises.",
        "Farm staff will adapt tasks around Corin's sensory difficulties as necessary.",
        "Holiday days at the farm may be offered to Corin, subject to places being available.",
    ])

    d.bold_line("Therapy", size=11.5, color="5B2C6F")
    c.paras(d, [
        "Corin will have 24 weekly 50-minute sessions of cognitive behavioural therapy adapted for autistic young people, at home on Wednesday afternoons, from an HCPC-registered clinical psychologist in the Lydford Neurodevelopmental Psychology Service. The work will focus on his fear of being judged and on gradually facing the places he avoids, and after every sixth session the psychologist will hold a joint 30-minute session with Corin and his parents.",
        "Speech and language therapy will be put in place after Corin has had an updated communication assessment.",
        "An occupational therapist will advise the tutor and farm staff on Corin's sensory needs, e.g. ear defenders and a weighted lap pad.",
        "Counselling will be available to Corin if he feels he needs it.",
    ])

    d.bold_line("Keeping the package together", size=11.5, color="5B2C6F")
    c.paras(d, [
        "A named EOTAS coordinator from the Lydford Inclusion Service, a qualified teacher who holds the National Award for SEN Co-ordination, will phone Corin's mother for 15 minutes every Friday, visit Corin at the farm on the first Tuesday of each month, and chair a one-hour review of the whole package with Corin, his parents and every provider once each half-term, checking attendance at every session against this plan.",
        "A mentor will help Corin build the confidence to go into town, with the sessions reducing over time.",
    ])

    d.bold_line("Preparing for college and adult life", size=11.5, color="5B2C6F")
    c.paras(d, [
        "Corin will have three 45-minute careers guidance meetings at home, in January, March and May 2026, with a careers adviser from Lydford Careers Service who holds the Level 6 Diploma in Career Guidance and Development, to choose a post-16 course and complete his college application.",
        "Between 1 June and 17 July 2026 Corin will make six 1-hour visits to the land-based studies department at Lydbridge College with his tutor: the first four after 15:30, when the site is quiet, and the last two during a lesson.",
        "Travel training is to be considered before Corin starts at college.",
        "The package is funded at EOTAS Band 5 (\u00a323,600 for the year), paid by the council direct to the providers.",
    ])

    # ---------------------------------------------------------------- G
    d.heading("Part G: Health provision", section="G")
    c.paras(d, [
        "Sertraline 50 mg once a day, prescribed by the CAMHS consultant psychiatrist, who reviews Corin every eight weeks.",
        "Propranolol 10 mg as required before exams and medical appointments (no more than once a day), prescribed by the CAMHS psychiatrist and kept and given by his parents.",
        "A review by the community paediatrician every 12 months, covering his sleep and general health.",
        "Corin remains on the waiting list for CAMHS family therapy and will be offered appointments when a therapist is free.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Part H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    c.paras(d, [
        "A short-breaks support worker for 3 hours every Saturday, so that Corin can go fishing at Lydford Reservoir and, when he is ready, to the cinema in town, arranged by the Disabled Children's Service.",
    ])
    d.heading("Part H2: Other social care provision", section="H2")
    c.paras(d, [
        "Family support from the Early Help team as needed.",
    ])

    # ---------------------------------------------------------------- I
    d.heading("Part I: Placement", section="I")
    c.paras(d, [
        "Education otherwise than at school, arranged by Lydford County Council under section 61 of the Children and Families Act 2014. Corin is not on the roll of any school.",
        "Corin's post-16 placement will be named after the phase-transfer review, by 31 March 2026.",
    ])

    # ---------------------------------------------------------------- J
    d.heading("Part J: Personal budget", section="J")
    c.paras(d, [
        "No personal budget has been requested. The council commissions and pays each provider in Part F directly.",
    ])

    # ---------------------------------------------------------------- K
    d.heading("Part K: Advice and information", section="K")
    d.para("Advice considered at the annual review of 27 November 2025:")
    d.bullets([
        "Corin's views, given by text message to the EOTAS coordinator, November 2025",
        "Parents' views \u2013 Helen and Marcus Ashdown, 20 November 2025",
        "Educational advice \u2013 Mrs E. Penrose, EOTAS tutor, 17 November 2025",
        "Greenhollow Care Farm progress report \u2013 Mr D. Quick, education lead, 18 November 2025",
        "Psychological advice \u2013 Dr K. Amadi, Educational Psychologist, 30 October 2025",
        "Clinical psychology report \u2013 Lydford Neurodevelopmental Psychology Service, 12 November 2025",
        "Medical advice \u2013 Dr S. Rowe, Community Paediatrician, 6 November 2025",
        "Social care advice \u2013 Disabled Children's Service, 14 November 2025",
        "Occupational therapy advice \u2013 Lydford Children's Therapy Service",
        "Preparing for adulthood advice \u2013 Lydford Careers Service, 21 November 2025",
    ])
