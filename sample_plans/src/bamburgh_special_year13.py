"""Sandmere Borough Council - young person aged 18 (Year 13) with profound and multiple
learning difficulties, spastic quadriplegic cerebral palsy, cerebral visual impairment,
epilepsy and gastrostomy feeding, in the sixth form of a maintained special school.
Headings are bold coloured plain text with a middle dot between letter and title
('Section F  \u00b7  Special educational provision'); running header and 'Page X of Y'
footer. Cover details in a four-column table. E numbered 1-8. Section F is an
introductory note, then four tables under bold preparing-for-adulthood sub-headings, each
with a staffing-ratio column (Ref | Provision | Staffing ratio | Time each week | Delivered
by, and their training), refs 1.1-4.4. H1 says not applicable (18+); H2 holds Care Act
provision. FINAL plan."""

TITLE = "Education, Health and Care Plan - Callum Fairbairn"

_COL = "5B2C6F"
_HEAD = ["Ref", "Provision", "Staffing ratio", "Time each week",
         "Delivered by, and their training"]
_W = [1.1, 6.2, 2.0, 3.4, 3.9]


def _h(d, letter, title, sid):
    d.bold_line(f"Section {letter}  \u00b7  {title}", section=sid, size=14, color=_COL)


def _sub(d, text):
    d.bold_line(text, size=11.5)


def build(d):
    d.running_header_footer("Sandmere Borough Council  \u00b7  EHC Plan  \u00b7  Callum Fairbairn",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Sandmere Borough Council", size=13, color=_COL)
    d.title("Education, Health and Care Plan", size=22, color=_COL)
    d.para("Final plan following re-assessment", bold=True)
    d.table(None, [
        ["Name", "Callum Fairbairn", "Date of birth", "3 October 2007"],
        ["NHS number", "999 604 2718", "UPN", "K999000161803"],
        ["Address", "4 Heron Close, Seacombe Bay, Sandmere, XJ3 5TD", "Year group", "Year 13 (sixth form)"],
        ["Parents", "Lorraine Fairbairn and Stuart Fairbairn", "Telephone", "01632 960318 / 07700 900247"],
        ["E-mail", "lorraine.fairbairn@example.org", "School", "Harkness Bank School"],
        ["Date of final plan", "16 March 2026", "Review due by", "15 March 2027"],
    ], widths_cm=[2.6, 6.0, 2.8, 5.2], bold_first_col=True)
    d.para("Callum has been assessed as lacking the capacity to make decisions about his "
           "education (Mental Capacity Act 2005 assessment, 3 November 2025). His parents "
           "took part in every stage of this plan and decisions were made in his best "
           "interests. Plan co-ordinator: Hannah Wetherall-Boyd, Sandmere Post-16 SEND Team.",
           italic=True, size=10)

    _h(d, "A", "Callum's views, interests and aspirations", "A")
    _sub(d, "What Callum shows us")
    d.para("Callum does not use words, so his class team and family have gathered his views "
           "by watching how he responds over the autumn term, using his communication "
           "passport. Callum smiles, laughs and kicks his legs in the hydrotherapy pool, on "
           "the swing and when he hears reggae music or his brother Jamie's voice. He turns "
           "towards people he knows and vocalises to greet them. He shows that he is unhappy "
           "by crying out, turning his head away or going very still: this happens with "
           "sudden loud noises, bright sunlight, being moved without warning and crowded "
           "rooms. He relaxes when he is given time and when the same adults care for him.")
    _sub(d, "What Callum's family say")
    d.para("Lorraine and Stuart say Callum is sociable, has a wicked laugh and loves being "
           "where the action is. Their hopes for Callum's adult life are that he lives near "
           "his family in a home where people know him well, goes out into his community "
           "every week, keeps swimming, and has people around him who are his friends and "
           "not only his carers. They are anxious about what happens when he leaves school "
           "in July 2027, about his move to adult health services and about keeping his "
           "seizures and chest healthy. They want the next year and a half to be spent "
           "getting Callum ready for that move.")

    _h(d, "B", "Special educational needs", "B")
    _sub(d, "Communication and interaction")
    d.para("Callum communicates at an early, pre-intentional to early intentional level. He "
           "uses vocal sounds, facial expression, body movement and eye pointing. Familiar "
           "adults can read many of his signals, but unfamiliar people miss them. He is "
           "beginning to anticipate routines from objects of reference and a few sound cues. "
           "He has not yet shown consistent choice-making between two options.")
    _sub(d, "Cognition and learning")
    d.para("Callum has profound and multiple learning difficulties. He learns best through "
           "repeated, multi-sensory experiences with a familiar adult and needs a long time "
           "to process and respond, often 20 seconds or more. He is beginning to understand "
           "cause and effect: he has activated a switch with his head on several occasions "
           "when it produced music, but not yet consistently. His attention is best in the "
           "morning and falls away after seizures or when he is uncomfortable.")
    _sub(d, "Sensory and physical")
    d.para("Callum has spastic quadriplegic cerebral palsy and uses a tilt-in-space "
           "wheelchair. He cannot sit unsupported, needs hoisting for every transfer and "
           "relies on adults for all changes of position. He has a scoliosis and tight hips "
           "and knees. Cerebral visual impairment means he sees best to his left, at close "
           "range, with high-contrast objects against a plain background, and bright or "
           "cluttered scenes overwhelm him. He seeks movement and deep pressure, and is "
           "calmer after them.")
    _sub(d, "Social, emotional and mental health")
    d.para("Callum enjoys company and is well known around the school. He becomes distressed "
           "in noisy, crowded spaces such as the dining hall and when routines change "
           "without warning, and he can take a long time to settle afterwards. He has few "
           "ways of letting people know what is wrong.")
    _sub(d, "Independence and preparing for adulthood")
    d.para("Callum depends on adults for all personal care, eating and drinking (he is fed "
           "by gastrostomy), dressing and moving. He can take a small active part in some "
           "routines, such as lifting his arms or grasping an object placed in his hand. He "
           "has had few experiences of community settings other than hospital, and he will "
           "leave school at the end of Year 14 in July 2027. His next placement has not yet "
           "been identified.")

    _h(d, "C", "Health needs", "C")
    d.para("Callum has spastic quadriplegic cerebral palsy and drug-resistant epilepsy "
           "(tonic-clonic and focal seizures, several a week). He has a rescue medication "
           "plan for seizures lasting longer than five minutes. He has an unsafe swallow and "
           "has been fed through a gastrostomy since he was nine; he may have tastes of food "
           "for pleasure only under the dysphagia guidelines. He has reflux, a scoliosis "
           "monitored by the orthopaedic team, and frequent chest infections in the winter. "
           "Cerebral visual impairment was diagnosed at age four. He is under the "
           "paediatric neurology, gastroenterology and orthopaedic teams at Sandmere "
           "General Hospital and must move to adult services.")

    _h(d, "D", "Social care needs", "D")
    d.para("Callum lives with his parents and his older brother Jamie in an adapted "
           "bungalow. He needs two people for all transfers and help with every aspect of "
           "daily living, day and night, including repositioning twice overnight. His "
           "parents provide most of his care and need regular breaks. The adult Learning "
           "Disability Team completed a Care Act assessment on 9 January 2026 and Callum "
           "has a care and support plan.")

    _h(d, "E", "Outcomes", "E")
    d.para("These outcomes are for the end of Callum's time at Harkness Bank School (July "
           "2027) unless another date is given. The class teacher sets termly steps towards "
           "each outcome using the Engagement Model and reviews them with the family.")
    d.numbered([
        "By July 2027, Callum will use his head switch to choose between two activities offered as objects of reference, making a clear choice in four out of five opportunities.",
        "Callum will develop his communication skills.",
        "By the end of the summer term 2026, Callum will stay in his standing frame for 40 minutes each afternoon without signs of distress on four days out of five.",
        "Callum will receive hydrotherapy and physiotherapy.",
        "By July 2027, Callum will lift his arms to help when his top is put on, and hold his toothbrush for 30 seconds, on at least 8 of 10 recorded occasions.",
        "By July 2027, Callum will stay calm (relaxed body, no distressed crying out) for at least 45 minutes of a weekly community visit, on three visits in a row.",
        "Callum will live happily in a home of his own one day.",
        "By April 2027, Callum will have visited his next setting at least six times with familiar adults and will show that he recognises its staff by smiling or vocalising.",
    ])

    _h(d, "F", "Special educational provision", "F")
    d.para("Each table shows what will be provided, the staffing ratio, how much time it "
           "takes each week and who provides it. The provision is made at Harkness Bank "
           "School for 39 weeks of the year unless a row says otherwise.", italic=True)

    _sub(d, "1. Communication and learning (outcomes 1 and 2)")
    d.table(_HEAD, [
        ["1.1", "Intensive Interaction: the adult follows Callum's lead, joining in with his vocal sounds and movements to build turn-taking and shared attention. One session each half-term is filmed so that new communication behaviours can be logged.",
         "1:1", "Five 15-minute sessions, one each school day after his midday feed",
         "Teaching assistant who has completed the Intensive Interaction Institute foundation course, supervised by the class teacher"],
        ["1.2", "Cause-and-effect and choice-making work with a BIGmack and a head switch fixed to his wheelchair, moving from one switch to choosing between two.",
         "1:1", "Three 20-minute sessions (Monday, Wednesday and Friday mornings)", "Class teacher"],
        ["1.3", "Speech and language therapy to advise the class team on Callum's communication and update his communication passport.",
         "\u2013", "Termly", "NHS speech and language therapist"],
        ["1.4", "Sensory stories and multi-sensory learning sessions.",
         "Group", "Regularly", "Class staff"],
        ["1.5", "Vision support: a functional vision assessment each September, a written lighting and positioning plan for the classroom, and a joint session with the class team to check that the plan is working.",
         "1:1", "One 60-minute visit every half-term",
         "Specialist teacher of vision impairment holding the mandatory qualification, Sandmere Sensory Support Service"],
        ["1.6", "Callum's parents will keep using his communication passport and greeting routines at home in the evenings and at weekends.",
         "\u2013", "Evenings and weekends", "Parents"],
    ], widths_cm=_W, font_size=9)

    _sub(d, "2. Physical health and wellbeing (outcomes 3 and 4)")
    d.table(_HEAD, [
        ["2.1", "Direct physiotherapy reviewing Callum's 24-hour postural management, chest care and standing programme, and rewriting his daily programme whenever it changes.",
         "1:1", "A 45-minute session each fortnight",
         "Physiotherapist registered with the HCPC, Sandmere Community Therapy Service"],
        ["2.2", "Daily stretches to hips, knees and ankles and time in his standing frame, following the physiotherapist's written programme.",
         "2:1 for the hoist transfer, then 1:1",
         "Stretches 15 minutes each morning and standing frame 40 minutes each afternoon, every school day",
         "Two teaching assistants signed off as competent by the physiotherapist, with competency rechecked every six months"],
        ["2.3", "Hydrotherapy.", "1:1", "When the pool is available", "Trained staff"],
        ["2.4", "Rebound therapy on the trampoline for movement, relaxation and chest expansion.",
         "1:1 plus a spotter", "Up to 30 minutes",
         "Teaching assistant with the Level 2 rebound therapy qualification"],
        ["2.5", "A sensory diet to help Callum stay calm and alert.",
         "1:1", "Throughout the day as needed", "Class team"],
        ["2.6", "An occupational therapy assessment of Callum's seating and hand function, with a programme to follow.",
         "\u2013", "To be arranged", "Occupational therapist"],
        ["2.7", "Individual music therapy using voice, drum and lyre to extend Callum's vocal turn-taking and give him a way of expressing distress and pleasure.",
         "1:1", "One 30-minute session every week in term time",
         "Music therapist registered with the Health and Care Professions Council"],
    ], widths_cm=_W, font_size=9)

    _sub(d, "3. Independence and self-care (outcome 5)")
    d.table(_HEAD, [
        ["3.1", "Teaching Callum to take an active part in one step of his personal care (lifting his arms for dressing, holding his toothbrush) using backward chaining.",
         "1:1",
         "During each personal care routine, at least three times every school day, 10 minutes each time",
         "Teaching assistant trained in backward chaining by the class teacher and in moving and handling by the school's accredited trainer"],
        ["3.2", "Callum will have opportunities for relaxation and massage in the sensory room.",
         "1:1", "Daily where staffing permits", "Teaching assistant"],
        ["3.3", "Support at lunchtime so that Callum can sit with his friends in the dining hall, to be phased out once he is settled.",
         "1:1", "45 minutes every day (12:15 to 13:00)", "Midday supervisor"],
    ], widths_cm=_W, font_size=9)

    _sub(d, "4. Community, friendships and moving on from school (outcomes 6 and 8)")
    d.table(_HEAD, [
        ["4.1", "A community trip: the relaxed hour at Seacombe Bay library, then the caf\u00e9, travelling on the school minibus. Before leaving, Callum chooses between two objects of reference for where to go first.",
         "2:1", "One 2-hour trip every Thursday afternoon in term time",
         "Two teaching assistants with current moving and handling, gastrostomy and rescue-medication training"],
        ["4.2", "Work-related learning opportunities in school, e.g. helping with the sixth form caf\u00e9 or the recycling round.",
         "\u2013", "Flexible", "Sixth form staff"],
        ["4.3", "Transition visits to Callum's next placement once it has been identified, accompanied by adults who know him well.",
         "2:1", "To be determined once a placement is named", "Staff who know Callum"],
        ["4.4", "Sixth form staffing is funded through Sandmere top-up Band 5 (PMLD).",
         "\u2013", "\u2013", "Sandmere SEND Team"],
    ], widths_cm=_W, font_size=9)

    _h(d, "G", "Health provision", "G")
    d.bullets([
        "Bolus feeds of his prescribed formula and water flushes through his gastrostomy button at 10:30 and 12:45 each school day, given by two teaching assistants assessed as competent by the children's community nursing team, whose competence is rechecked every 12 months.",
        "Buccal midazolam 10 mg given as required for any seizure lasting longer than five minutes, following Callum's epilepsy care plan, by staff trained by the epilepsy nurse specialist.",
        "Review by the paediatric dietitian every six months, adjusting his feed volumes to his weight.",
        "Transfer to the adult neurology clinic at Sandmere General Hospital when the adult service has capacity to accept him.",
        "Community nursing input as appropriate.",
    ])

    _h(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled "
        "Persons Act 1970", "H1")
    d.para("Not applicable. Callum turned 18 in October 2025, so his social care provision "
           "is set out in Section H2 under the Care Act 2014.")
    _h(d, "H2", "Other social care provision", "H2")
    d.bullets([
        "Overnight short breaks at Marram House, Sandmere: 42 nights a year, usually one weekend in each month plus stays in the school holidays, as set out in Callum's Care Act care and support plan dated 9 January 2026.",
        "A personal assistant for 6 hours every Saturday, funded by an adult social care direct payment, so that Callum can go swimming and visit his grandmother.",
        "Help from the adult Learning Disability Team during the move from school, as required.",
    ])

    _h(d, "I", "Placement", "I")
    d.para("Harkness Bank School, Sandmere: maintained special school for pupils aged 2 to 19 "
           "with severe and profound learning difficulties (sixth form department).")

    _h(d, "J", "Personal budget", "J")
    d.para("Callum's parents manage an adult social care direct payment for the personal "
           "assistant in Section H2. No personal budget has been requested for the special "
           "educational provision in Section F.")

    _h(d, "K", "Advice and information", "K")
    d.bullets([
        "Callum's views \u2013 gathered through observation by Ms E. Okafor, class teacher, 12 November 2025",
        "Parents' views \u2013 Lorraine and Stuart Fairbairn, 10 November 2025",
        "Educational advice \u2013 Mr D. Whitlock, Head of Sixth Form, Harkness Bank School, 17 November 2025",
        "Psychological advice \u2013 Dr S. Varga, Educational Psychologist, 21 November 2025",
        "Medical advice \u2013 Dr A. Lindqvist, Consultant Paediatrician, 14 November 2025",
        "Physiotherapy advice \u2013 Mr R. Haldane, Physiotherapist, 13 November 2025",
        "Speech and language therapy advice \u2013 Sandmere NHS Speech and Language Therapy Service",
        "Occupational therapy advice \u2013 Sandmere Community OT Service, 19 November 2025",
        "Vision impairment advice \u2013 Ms P. Rennard, Qualified Teacher of Vision Impairment, 6 November 2025",
        "Music therapy report \u2013 Ms C. Abernethy, Music Therapist, 7 November 2025",
        "Social care advice \u2013 Sandmere Adult Learning Disability Team (Care Act assessment), 9 January 2026",
        "Preparing for adulthood advice \u2013 Mr T. Greaves, Post-16 Transitions Adviser, 24 November 2025",
    ])
