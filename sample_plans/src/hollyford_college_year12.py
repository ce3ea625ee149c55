"""Borough of Marrowby - post-16 young person (17, Year 12) with a permanent bilateral
hearing impairment and autism at a general FE college, in year 1 of a BTEC Level 3 study
programme with a communication support worker. Word Heading 1 headings 'Section A \u2014
About me: ...' (em dash, first-person titles). Four-column cover table. E is a list
numbered 'E1'-'E8' with PfA outcomes. Section F is in two parts: Part 1 is an 'additional
learning support hours' table (Support | Staff and their qualification | Hours each week |
Weeks each year); Part 2 is preparing-for-adulthood provision under Heading 3 sub-headings,
each item a bold provision paragraph followed by one italic details line ('When: ... Who:
... Outcome: ...'). Separate H1 and H2. Section K includes QToD advice. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ellis Ravenhall"


def _item(d, provision, details):
    d.para(provision, bold=True)
    d.para(details, italic=True)


def build(d):
    d.simple_footer("Borough of Marrowby \u2013 Final EHC plan \u2013 Ellis Ravenhall \u2013 "
                    "issued 9 March 2026")
    d.title("Borough of Marrowby \u2013 SEND 0-25 Service", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=21, color="5B2C6F")
    d.table(None, [
        ["Name", "Ellis Ravenhall", "Date of birth", "14.11.2008 (age 17)"],
        ["NHS number", "999 741 0865", "Year group", "Year 12"],
        ["Address", "Flat 2, 41 Sandpiper Road, Hollyford, XJ3 6PD", "Ellis's mobile (text only)", "07700 900583"],
        ["Parent", "Joanne Ravenhall (mother)", "Parent contact", "01632 960918\njoanne.ravenhall@example.org"],
        ["College", "Hollyford College", "Plan co-ordinator", "Gareth Okonkwo-Lyle"],
        ["Date of final plan", "9 March 2026", "Annual review due", "By 8 March 2027"],
    ], widths_cm=[2.9, 5.6, 3.4, 4.7], bold_first_col=True)
    d.para("Ellis communicates using British Sign Language (BSL) and spoken English. The "
           "annual review meeting must be arranged with a registered BSL/English interpreter.",
           italic=True)

    # ---- A -------------------------------------------------------------------------
    d.heading("Section A \u2014 About me: my views, interests and aspirations", section="A")
    d.heading("In my own words", level=2)
    d.para("Ellis gave his views in BSL to his communication support worker, Ms Farrier, on "
           "2 February 2026; she wrote them down in English and Ellis checked the wording.")
    d.para("\"I am Ellis. I'm 17 and I'm deaf. I sign and I talk, but in a noisy room I "
           "can't follow people talking, even with my hearing aids. I love making films and "
           "editing on the computer, because it's quiet and I'm in control. I want to be a "
           "video editor for a proper company. Group work is the worst part of college. "
           "People talk over each other and change the plan and then they say I didn't do my "
           "part. I want to learn to drive one day, and I want to share a flat with friends "
           "when I'm older. I don't like it when my timetable changes and nobody tells me.\"")
    d.heading("My mum's views (shared with my agreement)", level=2)
    d.para("Joanne says Ellis is creative, loyal and very honest. She is proud that he chose "
           "his course himself. She worries that he spends most evenings alone in his room, "
           "that he gets anxious and stops eating when assignments pile up, and that he will "
           "not cope with travelling on his own. She would like him to have deaf friends his "
           "own age and a clear plan for work or further study when he leaves college. "
           "Ellis's younger sister, Maisie, is 13 and is learning BSL with him.")

    # ---- B -------------------------------------------------------------------------
    d.heading("Section B \u2014 My special educational needs", section="B")
    d.heading("Hearing", level=2)
    d.para("Ellis has a permanent bilateral severe-to-profound sensorineural hearing loss, "
           "identified at 14 months. He wears two behind-the-ear hearing aids and uses a "
           "Roger radio aid in lessons. In a quiet room, one-to-one, he understands most "
           "spoken English if he can see the speaker's face. In group discussion, lectures "
           "with background noise, film screenings and practical studio sessions he misses "
           "most of what is said unless it is signed. He cannot watch a signer and take "
           "notes at the same time. His own speech is understood by familiar listeners but "
           "often not by strangers.")
    d.heading("Communication and interaction", level=2)
    d.para("Ellis is autistic (diagnosed aged 11). He takes spoken and signed language "
           "literally, finds it hard to know when to join a conversation, and does not "
           "easily tell when a group has changed its plan. When he has misunderstood he "
           "tends to say nothing rather than ask. He needs to learn how to explain his "
           "communication needs to new tutors and, in time, to employers.")
    d.heading("Cognition and learning", level=2)
    d.para("Ellis is a capable student working at Level 3 in his BTEC units. Because of his "
           "deafness, his written English is below the level of his ideas: his sentences are "
           "short, he omits small grammatical words and his technical vocabulary is narrow. "
           "He did not achieve a grade 4 in GCSE English Language and must resit it. He "
           "struggles to plan long assignments and to keep track of several deadlines.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Ellis becomes very anxious when his timetable, room or staff change without "
           "warning and when assessment deadlines cluster. At these times he withdraws, "
           "misses meals and has twice not come into college for several days. He has one "
           "close friend and few contacts outside college.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Ellis has not yet travelled by bus on his own; he cannot hear announcements and "
           "becomes anxious if a bus is diverted. He has no work experience and has not "
           "received careers guidance since Year 11. He does not yet budget his own money "
           "or buy and cook food for himself.")

    # ---- C, D ----------------------------------------------------------------------
    d.heading("Section C \u2014 My health needs", section="C")
    d.para("Ellis's hearing loss is monitored by the Audiology Department at Hollyford "
           "General Hospital, which supplies and maintains his hearing aids and ear moulds. "
           "His autism was diagnosed by the Marrowby Child Development Team in 2019. His GP "
           "referred him to CAMHS in December 2025 because of anxiety and poor eating at "
           "times of stress. The speech and language therapy service has noted that his "
           "speech intelligibility has dropped since his last hearing aid change.")
    d.heading("Section D \u2014 My social care needs", section="D")
    d.para("Ellis is a disabled young person. Because of his deafness and anxiety he does "
           "not go out socially without his mother, and the deaf youth club he would like to "
           "attend is on the other side of the borough. He needs a signing adult to help him "
           "get there and join in. He will need a Care Act transition assessment before he "
           "turns 18 in November 2026.")

    # ---- E -------------------------------------------------------------------------
    d.heading("Section E \u2014 My outcomes", section="E")
    d.para("These outcomes are for the end of Ellis's two-year study programme (July 2027) "
           "unless another date is given. Hollyford College will agree half-termly steps "
           "towards them with Ellis at his tutorial reviews.")
    d.numbered([
        "By July 2027, Ellis will submit every BTEC assignment by its deadline, using his own study planner and without reminders from staff.",
        "By the end of Year 13, Ellis will explain his communication needs to a new tutor or a work placement supervisor in a 5-minute conversation, in BSL through an interpreter or in spoken English.",
        "Ellis will improve his social skills.",
        "By December 2026, Ellis will travel on his own by bus from home to the Hollyford campus on every college day.",
        "Ellis will work as a film editor.",
        "Ellis will attend his careers meetings and work with his CSW.",
        "By July 2027, Ellis will complete a 10-day work experience placement in a media or digital business.",
        "Ellis will manage his anxiety better.",
    ], fmt="E{n}")

    # ---- F -------------------------------------------------------------------------
    d.heading("Section F \u2014 The support I need to learn (special educational provision)", section="F")
    d.para("Part 1 shows the additional learning support hours agreed with Hollyford "
           "College's Additional Learning Support team. Part 2 sets out the provision that "
           "prepares Ellis for adult life. All provision is for the life of this plan and "
           "runs in term time (36 weeks a year) unless it says otherwise.", italic=True)

    d.heading("Part 1 \u2013 Additional learning support hours", level=2)
    d.table(["Support", "Staff and their qualification", "Hours each week", "Weeks each year"], [
        ["Communication support in every taught session of Ellis's BTEC course: the CSW interprets tutor input and class discussion into BSL or Sign Supported English, and voices Ellis's contributions when he asks.",
         "Communication support worker with BSL Level 3 (Signature) and the Level 3 Certificate in Communication Support for Deaf Learners",
         "16 (all timetabled BTEC sessions)", "36"],
        ["Communication support in English and maths lessons.",
         "CSW or note-taker, depending on availability", "Up to 3", "36"],
        ["Electronic note-taking in lectures and screenings, so that Ellis can watch the signing without missing notes.",
         "Learning support", "As needed", ""],
        ["Pre-tutoring of the technical vocabulary for each BTEC unit (camera, editing and sound terms), with the agreed signs added to Ellis's own video glossary.",
         "Qualified teacher of the deaf holding the mandatory qualification, Marrowby Sensory Support Service",
         "1 (Tuesdays, 13:00 to 14:00)", "36"],
        ["A listening check of Ellis's hearing aids and Roger radio aid at the start of his first session each day; flat batteries are replaced and any fault is reported to the Sensory Support Service the same day.",
         "CSW, shown how to carry out the check by the educational audiologist",
         "5 minutes every college day", "36"],
        ["Support in group work.",
         "Learning support assistant", "Flexible, according to need", "36"],
        ["1:1 study skills sessions to help Ellis plan assignments and keep to deadlines, weekly at first and reducing as he becomes more independent.",
         "Study skills tutor", "1", "To be agreed"],
        ["GCSE English resit teaching in a class of no more than ten, with the teacher wearing Ellis's radio aid transmitter and every video clip subtitled.",
         "Qualified teacher of English", "3 (two sessions)", "36"],
        ["A two-hour deaf awareness session for all of Ellis's course tutors and his CSW, covering radio aid use, good conditions for lip-reading and working with an interpreter in class.",
         "Qualified teacher of the deaf, Marrowby Sensory Support Service",
         "2 hours, once a year in September", "1"],
    ], widths_cm=[6.8, 4.9, 2.6, 2.3], font_size=9.5, header_fill="E8DAEF")

    d.heading("Part 2 \u2013 Preparing for adulthood", level=2)
    d.heading("Communication, friends and community", level=3)
    _item(d,
          "Speech and language therapy to help Ellis with the unwritten rules of group conversation and with repairing a conversation when he has misunderstood.",
          "When: to be decided once the speech and language therapist has assessed Ellis. Who: speech and language therapist. Outcome: E3.")
    _item(d,
          "Social communication sessions using the Talkabout for Teenagers programme, in a group of no more than four students, on joining and leaving conversations and handling disagreements in group projects.",
          "When: 45 minutes every Thursday afternoon in term time. Who: HCPC-registered speech and language therapist experienced in working with deaf young people, with the CSW signing. Outcome: E2, E3.")
    _item(d,
          "Ellis should be encouraged to join a deaf youth group or a college club so that he can widen his circle of friends.",
          "When: \u2014. Who: personal tutor. Outcome: E3.")
    _item(d,
          "BSL lessons so that Ellis can work towards BSL Level 2 and use more signs with his deaf friends.",
          "When: depending on funding, up to one hour a week. Who: Deaf BSL tutor. Outcome: E2.")

    d.heading("Independent living and travel", level=3)
    _item(d,
          "Independent travel training on the two-bus journey from home to the Hollyford campus, including using the operator's text alerts when Ellis cannot hear an announcement.",
          "When: two accompanied journeys a week in the autumn term 2026; each journey takes 50 minutes, and training ends when Ellis has made the whole journey alone on five college days in a row. Who: trained travel trainer from the Marrowby Independent Travel Team. Outcome: E4.")
    _item(d,
          "Money and independent living skills through the college's enrichment offer.",
          "When: as timetabled by the Enrichment Department. Who: enrichment staff. Outcome: E4.")

    d.heading("Employment and further study", level=3)
    _item(d,
          "Careers guidance interviews, with Ellis's CSW interpreting, on routes into film and video editing, apprenticeships and higher-level study.",
          "When: two 45-minute interviews a year, in October and March. Who: careers adviser qualified to Level 6 in careers guidance, Hollyford College Careers Hub. Outcome: E5, E7.")
    _item(d,
          "Work experience in a media setting.",
          "When: opportunities will be looked for during Year 13. Who: work placements team. Outcome: E7.")

    d.heading("Health and wellbeing", level=3)
    _item(d,
          "The Learning Centre's quiet study room will be made available to Ellis when the noise in the media studio becomes too much for him.",
          "When: as and when. Who: Learning Centre team. Outcome: E8.")
    _item(d,
          "Mentoring from the college's autism mentor, helping Ellis cope with timetable changes, worry about assessments and working with people he does not know.",
          "When: weekly, 30 minutes, subject to review at the end of the autumn term. Who: autism mentor. Outcome: E8.")
    _item(d,
          "Support from the Student Wellbeing Team in line with the recommendations of the CAMHS report dated 3 December 2025.",
          "When: weekly. Who: wellbeing practitioner. Outcome: E8.")

    # ---- G, H ----------------------------------------------------------------------
    d.heading("Section G \u2014 My health provision", section="G")
    d.bullets([
        "Audiology review at Hollyford General Hospital every six months, including retuning of both hearing aids and fresh impressions for new ear moulds.",
        "Hearing aid batteries and replacement tubing, supplied free by the Audiology Department and collected by Ellis from the hospital reception.",
        "A block of six sessions with the community speech and language therapist at the Brookside Clinic to work on the clarity of Ellis's speech.",
        "CAMHS support for anxiety once the referral is accepted and Ellis reaches the top of the waiting list.",
    ])
    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A support worker who signs at BSL Level 2 or above, for 3 hours every other Saturday, so that Ellis can travel to and take part in the Marrowby Deaf Youth Club; arranged by the Children with Disabilities Team.",
        "Short breaks through the local offer as appropriate.",
    ])
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("The Marrowby 14-25 Transitions Team will complete a Care Act transition assessment "
           "with Ellis, with a BSL interpreter present, by 30 September 2026.")

    # ---- I, J, K -------------------------------------------------------------------
    d.heading("Section I \u2014 Where I will study (placement)", section="I")
    d.para("Hollyford College, Hollyford (general further education college): Pearson BTEC "
           "Level 3 National Extended Diploma in Creative Digital Media Production, year 1 of "
           "2, with GCSE English Language resit.")
    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Ellis has not asked for a personal budget.")
    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Ellis's views \u2013 given in BSL to Ms A. Farrier, communication support worker, 2 February 2026",
        "Parent's views \u2013 Joanne Ravenhall, 28 January 2026",
        "Educational advice \u2013 Mr K. Bhattacharya, Additional Learning Support Manager, Hollyford College, 30 January 2026",
        "Qualified teacher of the deaf advice \u2013 Mrs L. Penrose, QToD, Marrowby Sensory Support Service, 27 January 2026",
        "Psychological advice \u2013 Dr M. Salcombe, Educational Psychologist, 4 February 2026",
        "Medical advice \u2013 Dr F. Odunsi, Consultant Audiovestibular Physician, Hollyford General Hospital, 21 January 2026",
        "Speech and language therapy advice \u2013 Marrowby Community Speech and Language Therapy Service",
        "CAMHS report \u2013 Hollyford CAMHS, 3 December 2025",
        "Social care advice \u2013 Marrowby 14-25 Transitions Team, 5 February 2026",
        "Preparing for adulthood advice \u2013 Ms R. Dunleavy, Careers Adviser, Hollyford College Careers Hub, 3 February 2026",
    ])
