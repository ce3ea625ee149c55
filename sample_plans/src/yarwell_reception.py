"""Fernshire County Council - Reception child (aged 4) with autism and global developmental
delay, pre-verbal and beginning PECS, at a mainstream voluntary aided primary school with a
full-time 1:1 teaching assistant. Headings are bold coloured Normal-text lines with an em
dash ('Section A \u2014 Views, interests and aspirations'), no heading styles. Cover is a
borderless-looking two-column table followed by a 'Plan dates' table. E numbered E1-E8.
Section F is grouped by the EYFS areas of learning (Word Heading 3 sub-headings that carry
the linked outcomes in brackets, e.g. 'Communication and Language (outcomes E1 and E2)'),
with Word bullets under each; a first group covers adult support across the day and a last
group covers specialist visits and moving on. H1 and H2 separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reuben Castledine"

COL = "6A1B4D"


def _h(d, text, sid=None):
    d.bold_line(text, section=sid, size=14, color=COL)


def build(d):
    d.simple_footer("Fernshire County Council  -  Education, Health and Care Plan  -  "
                    "Reuben Castledine  -  FINAL")
    d.title("Fernshire County Council", size=12, color=COL)
    d.title("Education, Health and Care Plan", size=22, color=COL)
    d.para("FINAL PLAN", bold=True, size=12)
    d.table(None, [
        ["Child's name", "Reuben Castledine"],
        ["Date of birth", "3 March 2021 (aged 4)"],
        ["Home address", "7 Orchard Wynd, Yarwell, XJ3 5DF"],
        ["NHS number", "999 318 4472"],
        ["UPN", "M999000245716"],
        ["Parents", "Laura Castledine (mother) and Mark Brannigan (father)"],
        ["Parents' contact details", "07700 900538 / 01632 960691 / laura.castledine@example.org"],
        ["School and year group", "Yarwell Church of England Primary School, Reception (Oak Class)"],
        ["EHC co-ordinator", "Tomas Wierzbicki, Fernshire SEND 0-25 Service"],
    ], widths_cm=[5.0, 11.6], bold_first_col=True)
    d.table(["Plan dates", ""], [
        ["EHC needs assessment requested", "8 September 2025"],
        ["Draft plan issued", "5 January 2026"],
        ["Final plan issued", "26 January 2026"],
        ["Early review (before Year 1) to be held by", "17 July 2026"],
    ], widths_cm=[8.3, 8.3])

    # ---------------------------------------------------------------- A
    _h(d, "Section A \u2014 Views, interests and aspirations", "A")
    d.para("**Reuben's views.** Reuben does not yet use words to share his views. His key "
           "worker at nursery, his teacher and his parents watched what he chooses and how he "
           "reacts over several weeks in autumn 2025, and his parents filled in his 'All about "
           "me' booklet with him using photographs.")
    d.bullets([
        "Reuben loves water, bubbles, spinning things and the song 'Row, Row, Row Your Boat'. He will pull an adult's hand towards the water tray.",
        "He likes to line up his toy trains along the edge of the carpet and becomes very upset if they are moved.",
        "He is calm in the school garden and on the swings, and likes deep squeezes from his dad.",
        "He finds the hall, the dinner queue and the hand dryers too loud and covers his ears or runs away.",
    ])
    d.para("**What his parents say.** Laura and Mark describe Reuben as affectionate, funny "
           "and determined. He adores his baby sister Ottilie and lies next to her on the "
           "floor. They want school to help him find a way to tell them what he wants, so "
           "that he is less frustrated, and to learn to use the toilet. Their hopes for the "
           "future are that Reuben will have friends, be able to communicate with people "
           "outside the family, and be as independent as he can be as he grows up.")
    d.para("**How Reuben communicates.** He leads adults by the hand, brings objects, screams "
           "when distressed and is beginning to exchange a photograph for a snack. Speak in one "
           "or two key words, show him the object or picture, and give him time to respond.")

    # ---------------------------------------------------------------- B
    _h(d, "Section B \u2014 Special educational needs", "B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben was diagnosed with autism by the Fernshire Child Development Centre in "
           "November 2024. He has a handful of single words (\"bubble\", \"more\", \"Daddy\") "
           "which he uses inconsistently, and does not yet use words or gestures to ask for "
           "help. He understands single familiar words in routine situations when they are "
           "paired with an object or photograph, but not spoken instructions on their own. He "
           "rarely responds to his name and does not yet point to share interest. He has begun "
           "PECS at nursery and can exchange one photograph for a snack with an adult beside "
           "him.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben has a global developmental delay. On the Early Years Foundation Stage "
           "profile his teacher places most of his skills between 18 and 24 months. He can "
           "complete inset puzzles of up to four pieces and posting tasks, but does not yet "
           "match pictures, sort by colour or count. His attention to an adult-led task is "
           "under one minute unless the task involves his interests.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben plays alone and moves away when other children come close. He needs to "
           "learn to tolerate others nearby, then to share an activity. Changes to routine and "
           "noisy spaces cause intense distress: he screams, drops to the floor or runs out of "
           "the classroom, several times a day in his first weeks at school. He has no sense "
           "of danger and has twice tried to leave the school grounds.")
    d.heading("Sensory and physical", level=2)
    d.para("Reuben seeks movement and deep pressure and avoids loud noise and some textures. "
           "His fine motor skills are delayed: he uses a fisted grasp, cannot yet use scissors "
           "and finds it hard to pull up his trousers. He is not toilet trained and wears "
           "pull-ups; he does not yet show that he is wet or soiled.")

    # ---------------------------------------------------------------- C
    _h(d, "Section C \u2014 Health needs", "C")
    d.para("Autism spectrum disorder and global developmental delay (Fernshire Child "
           "Development Centre, November 2024). Mild asthma, treated with a salbutamol "
           "inhaler when needed. A very restricted diet (eight accepted foods), monitored by "
           "the community paediatrician. Reuben sleeps poorly, often waking for two hours "
           "during the night, which leaves him very tired at school.")

    # ---------------------------------------------------------------- D
    _h(d, "Section D \u2014 Social care needs", "D")
    d.para("Reuben's parents both work part time and care for him and his baby sister. His "
           "disturbed sleep and his need for constant supervision leave them exhausted, and "
           "they cannot take him to ordinary holiday activities because he runs off. The "
           "family were referred to Early Help in October 2025 and a short breaks assessment "
           "was completed by the Disabled Children's Team on 1 December 2025.")

    # ---------------------------------------------------------------- E
    _h(d, "Section E \u2014 Outcomes", "E")
    d.para("Reuben's teacher and the SENCO will set small steps towards each outcome every "
           "half-term and share them with Laura and Mark at a termly meeting.")
    d.numbered([
        "By the end of Reception (July 2026), Reuben will hand an adult a picture card to ask for something he wants, travelling across the classroom to do so, at least five times a day without a physical prompt.",
        "Reuben will develop his speech and language.",
        "By the end of Year 1 (July 2027), Reuben will take three turns with one other child in a simple game, with an adult modelling, on three days in a week.",
        "Reuben will be happy and settled in class.",
        "By the end of Reception, Reuben will use the toilet when taken at set times and stay dry between visits on four days out of five.",
        "Reuben will have occupational therapy.",
        "By July 2027, Reuben will complete a three-task workstation from start to finish without an adult beside him.",
        "Reuben will stop running out of the classroom.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    _h(d, "Section F \u2014 Special educational provision", "F")
    d.para("The provision below is grouped under the areas of learning of the Early Years "
           "Foundation Stage. The outcomes each group works towards are shown in brackets. It "
           "applies in term time from the date of this plan.")

    d.heading("Adult support across the school day (outcomes E1 to E8)", level=3)
    d.bullets([
        "A full-time 1:1 teaching assistant for Reuben from 8:45am to 3:15pm every school day except the lunch hour (12:00 to 1:00pm), which is 27.5 hours a week; the teaching assistant will have completed the Autism Education Trust 'Making Sense of Autism' and 'Good Autism Practice' training before starting with him, and will plan the following week with the class teacher for 30 minutes every Thursday.",
        "At lunchtime a midday supervisor will sit with Reuben in the hall and then stay near him in the playground, gradually stepping back as he settles.",
        "In the last ten minutes of every school day, Reuben's 1:1 teaching assistant will fill in his photo home-school diary with him, so that he can show his parents what he has done.",
    ])

    d.heading("Communication and Language (outcomes E1 and E2)", level=3)
    d.bullets([
        "Structured PECS teaching with his 1:1 teaching assistant, who has completed PECS Level 1 training: three 10-minute sessions every school day, moving from Phase 2 (travelling to his communication book) to Phase 3 (choosing between pictures).",
        "The NHS speech and language therapist will observe Reuben in class and leave written advice for staff.",
        "Adults in class will use visual supports throughout the day, e.g. Now and Next boards, objects of reference and Makaton signs.",
        "An Attention Autism group ('bucket time', building up to Stage 3) on four mornings a week for 15 minutes, with no more than five children, led by the Reception HLTA, who has completed the two-day Attention Autism training.",
    ])

    d.heading("Personal, Social and Emotional Development (outcomes E3, E4 and E8)", level=3)
    d.bullets([
        "Intensive Interaction with his 1:1 teaching assistant, who has been trained in the approach by the Fernshire Autism Outreach Service, for 15 minutes after registration and 15 minutes after lunch each day, following Reuben's lead in play.",
        "Reuben should be helped to play alongside other children wherever possible.",
        "A quiet, low-stimulus space will be available for Reuben to use when he is overwhelmed.",
    ])

    d.heading("Physical Development (outcomes E5 and E6)", level=3)
    d.bullets([
        "His 1:1 teaching assistant will take Reuben to the toilet at set times (on arrival, 10:15, 11:45, 1:30 and 2:45) and follow his four-step photo sequence with him, with spare clothes kept in class.",
        "A sensory diet in line with the recommendations of the private occupational therapy report (Appendix 7).",
        "Occupational therapy for fine motor and self-care skills once Reuben reaches the top of the NHS waiting list.",
        "Daily fine motor play with an adult, for example dough gym, threading and using tweezers.",
        "Up to 20 minutes a day on the trampoline or in the soft play room with the Reception teaching assistant, to help him regulate.",
    ])

    d.heading("Literacy and Mathematics (outcome E7)", level=3)
    d.bullets([
        "Reuben will join a small group for Phase 1 listening and sound games several times a week.",
        "Early number work through a play-based intervention, three times a week, with a teaching assistant.",
        "A TEACCH-style workstation: two 10-minute sessions every school day in which Reuben completes three tasks from left-to-right trays, led by his 1:1 teaching assistant, who has completed the Autism Outreach Service's structured teaching course.",
    ])

    d.heading("Specialist teaching and moving on (outcomes E1 to E8)", level=3)
    d.bullets([
        "A specialist teacher from the Fernshire Autism Outreach Service will make a two-hour visit every half-term to observe Reuben, model strategies with his teaching assistant and update his communication profile with his parents.",
        "A transition plan for Year 1 will be drawn up during the summer term.",
    ])

    # ---------------------------------------------------------------- G
    _h(d, "Section G \u2014 Health provision", "G")
    d.bullets([
        "Salbutamol inhaler, two puffs through a spacer, given as required under Reuben's asthma care plan by staff trained by the school nurse.",
        "Review by the community paediatrician every six months, including his sleep and diet.",
        "Dietetic advice about his restricted diet when the service has capacity.",
    ])

    # ---------------------------------------------------------------- H1 / H2
    _h(d, "Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("Short breaks at the Little Acorns holiday play scheme, as places allow.")
    _h(d, "Section H2 \u2014 Other social care provision", "H2")
    d.para("An Early Help family support worker will visit at home for one hour every "
           "fortnight until the end of March 2026 to help the family set up a bedtime routine.")

    # ---------------------------------------------------------------- I
    _h(d, "Section I \u2014 Placement", "I")
    d.para("Yarwell Church of England Primary School (mainstream voluntary aided primary "
           "school), Reception class.")

    # ---------------------------------------------------------------- J
    _h(d, "Section J \u2014 Personal budget", "J")
    d.para("Reuben's parents have not requested a personal budget.")

    # ---------------------------------------------------------------- K
    _h(d, "Section K \u2014 Advice and information", "K")
    d.numbered([
        "Parents' views and 'All about me' booklet - Laura Castledine and Mark Brannigan, 22 September 2025",
        "Educational advice - Mrs C. Adeyemi, SENCO, Yarwell CE Primary School, 14 October 2025",
        "Early years advice - Bluebell Day Nursery, Ms K. Sorensen, key worker, 29 September 2025",
        "Psychological advice - Dr F. Marchetti, Educational Psychologist, 4 November 2025",
        "Medical advice - Dr N. Oduya, Community Paediatrician, 21 October 2025",
        "Speech and language therapy advice - Ms J. Petrakis, Fernshire Children's SaLT Service, 17 October 2025",
        "Occupational therapy advice - Ms H. Galloway, independent occupational therapist (commissioned by Reuben's parents), 2 October 2025",
        "Autism outreach advice - Fernshire Autism Outreach Service, Mr P. Lindqvist, 30 October 2025",
        "Social care advice - Disabled Children's Team",
    ])
