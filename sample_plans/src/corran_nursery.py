"""Corran Borough Council - early years plan for a three-year-old with Down syndrome who
attends a private day nursery (five mornings a week) and has weekly Portage home visits
before she starts Reception. Headings are bold, coloured, upper-case Normal text (no
heading styles) with a vertical bar between the letter and the title ('SECTION F |
SPECIAL EDUCATIONAL PROVISION'). Cover details are bold-label lines. E is a list numbered
'Outcome 1' to 'Outcome 8'. Section F is grouped BY DELIVERER: each group opens with a bold
'Delivered by ...' line and a short paragraph on the deliverer's training, followed by
bullets that do not repeat who delivers them. One group is delivered by 'the Little Wrens
nursery team'. H1 and H2 are separate; Section I names the nursery and says a Reception
school will be named at the early review. Simple centred footer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Elowen Pascoe-Hardy"

HEAD = "2E5E4E"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=12.5, color=HEAD)


def _group(d, who, detail):
    d.bold_line(who, size=11.5)
    d.para(detail, italic=True)


def build(d):
    d.simple_footer("Elowen Pascoe-Hardy  \u2013  Final EHC plan  \u2013  Corran Borough "
                    "Council SEND Service  \u2013  Issued 9 October 2025")
    d.title("Corran Borough Council", size=13, color=HEAD)
    d.title("Education, Health and Care Plan", size=21, color=HEAD)
    d.para("FINAL PLAN  \u2013  Early Years", bold=True, size=12)
    d.label_para("Child's name: ", "Elowen Pascoe-Hardy")
    d.label_para("Known as: ", "Elowen (sometimes \u201cLo\u201d at home)")
    d.label_para("Date of birth: ", "17.07.2022")
    d.label_para("NHS number: ", "999 318 6624")
    d.label_para("Home address: ", "14 Gannet Row, Corran, ZY4 8TD")
    d.label_para("Parents: ", "Rebecca Pascoe and Daniel Hardy")
    d.label_para("Contact: ", "01632 960731 (home), 07700 900528 (Rebecca), "
                 "rebecca.pascoe@example.org")
    d.label_para("Brother: ", "Jago Pascoe-Hardy, aged 7, Year 3 at Trewithen Primary School")
    d.label_para("Current setting: ", "Little Wrens Day Nursery (private day nursery), five "
                 "mornings a week")
    d.label_para("Stage: ", "Pre-school (FS1); due to start Reception in September 2026")
    d.label_para("Date this plan was finalised: ", "9 October 2025")
    d.label_para("Next review: ", "by 6 February 2026 (early review to name a school for "
                 "Reception)")
    d.label_para("Plan co-ordinator: ", "Siobhan Carne, Early Years SEND Caseworker")
    d.para("This plan was written after a meeting at Little Wrens on 18 September 2025 with "
           "Rebecca, Daniel, Elowen's key person, her Portage home visitor and the Area "
           "SENCO. Elowen was in the room for the first part of the meeting.", italic=True)

    # ---------------------------------------------------------------- A
    _h(d, "SECTION A | ALL ABOUT ELOWEN: VIEWS, INTERESTS AND ASPIRATIONS", section="A")
    d.para("**What Elowen shows us.** Elowen cannot yet tell us her views in words, so this "
           "part was put together by her key person and her Portage home visitor from what "
           "they have seen over the last term, and checked with her parents.")
    d.bullets([
        "Elowen loves music, clapping games and anything with bubbles. She signs "
        "\u201cmore\u201d and laughs loudly when an adult pretends to sneeze.",
        "Her favourite place at nursery is the sand tray in the garden; she will stay there "
        "for a long time if she is allowed.",
        "She likes to be near her key person and checks where she is when the room gets "
        "busy. She does not like the hand dryer or the vacuum cleaner and covers her ears.",
        "At home she copies everything Jago does and follows him around the house.",
    ])
    d.para("**What Rebecca and Daniel say.** \u201cElowen is a happy, determined little girl "
           "who makes everyone smile. She understands much more than people think. We want "
           "her to be able to tell us what she wants without getting cross, to be out of "
           "nappies, and to go to Trewithen with her brother and have friends there. Our "
           "biggest worry is that people will expect too little of her because she has Down "
           "syndrome. In the long run we hope she will read, have a job she enjoys and live "
           "as independently as she can.\u201d")

    # ---------------------------------------------------------------- B
    _h(d, "SECTION B | SPECIAL EDUCATIONAL NEEDS", section="B")
    d.para("Elowen has Down syndrome. The needs below are what her Portage home visitor, key "
           "person, speech and language therapist, physiotherapist and the educational "
           "psychologist have described. Her overall development is at around the "
           "18 to 24-month level (Portage checklist and Schedule of Growing Skills, "
           "September 2025).")
    d.para("**Communication and interaction.** Elowen understands single words and some "
           "two-word phrases in familiar routines (\u201cshoes on\u201d, \u201cbye-bye "
           "Daddy\u201d), especially when a sign or object is used as well. She uses about 30 "
           "Makaton signs and 6 spoken words, which are often unclear to unfamiliar "
           "listeners. She does not yet join two signs or words together. When she cannot "
           "make herself understood she throws the nearest toy or drops to the floor. Her "
           "hearing loss (Section C) means she misses speech in noisy rooms.")
    d.para("**Cognition and learning.** She explores toys by banging and mouthing them, is "
           "beginning to use simple cause-and-effect toys and can post shapes with help. She "
           "finds it hard to attend to an adult-led activity for more than two or three "
           "minutes and needs many repetitions to learn a new skill, which she can lose again "
           "after a break such as the summer holiday.")
    d.para("**Social, emotional and mental health.** Elowen is sociable with adults but "
           "plays alongside rather than with other children. She grabs toys from others and "
           "does not yet understand waiting or taking turns. She becomes upset at changes "
           "she has not expected, such as moving from garden to snack.")
    d.para("**Sensory and physical.** Elowen has low muscle tone and loose joints. She "
           "walked at two and a half and is still unsteady on uneven ground and steps; she "
           "cannot yet climb the three steps into the nursery garden without an adult "
           "holding her hand. Her grasp is weak, so she finds it hard to hold a spoon, "
           "crayon or small toy. She has a mild to moderate hearing loss in both ears and "
           "wears hearing aids, and she is long-sighted and wears glasses.")
    d.para("**Self-care and independence.** She is in nappies and does not yet show that she "
           "knows when she is wet. She eats with her fingers and needs food cut up small; "
           "she tends to hold food in her cheeks rather than chew it. She needs an adult to "
           "dress her.")

    # ---------------------------------------------------------------- C
    _h(d, "SECTION C | HEALTH NEEDS RELATED TO ELOWEN'S SEN", section="C")
    d.bullets([
        "Down syndrome (trisomy 21), confirmed at birth. Community paediatrician: Dr L. "
        "Varga, Corran Child Development Centre.",
        "Atrioventricular septal defect, repaired at five months at the regional cardiac "
        "centre. She has yearly cardiology follow-up and has no restrictions on activity.",
        "Underactive thyroid, treated with levothyroxine at home. Untreated, this would make "
        "her more tired and slower to learn.",
        "Bilateral mild to moderate conductive hearing loss (glue ear); hearing aids fitted "
        "in March 2025.",
        "Long sight with a squint; glasses to be worn all day.",
        "Wheezy chest with colds, treated with a salbutamol inhaler. Frequent chest "
        "infections mean she misses some nursery sessions over the winter.",
        "Constipation, which makes her uncomfortable and affects toilet training.",
    ])

    # ---------------------------------------------------------------- D
    _h(d, "SECTION D | SOCIAL CARE NEEDS", section="D")
    d.para("Elowen is a disabled child and was assessed by the Corran Children with "
           "Disabilities Team in August 2025. She wakes two or three times most nights and "
           "needs an adult to settle her, so both parents are very tired. Daniel works "
           "nights twice a week. Rebecca has found it hard to take Jago to his own "
           "activities because Elowen needs an adult with her all the time when they are "
           "out. The family would like some regular breaks and help with Elowen's sleep.")

    # ---------------------------------------------------------------- E
    _h(d, "SECTION E | OUTCOMES FOR ELOWEN", section="E")
    d.para("These are the outcomes we want Elowen to reach before she starts school. Her key "
           "person and Portage home visitor will break each one into small steps, write them "
           "on her one-page support plan and check them every six weeks with her parents.")
    d.numbered([
        "By her review in February 2026, Elowen will use 20 different signs or words on her own, without an adult showing her first, to ask for things she wants at nursery, as recorded by her key person over two weeks.",
        "Elowen will develop her language skills.",
        "By July 2026, Elowen will feed herself a whole meal at nursery with a loaded spoon, needing an adult only to cut up her food.",
        "By the end of the summer term 2026, Elowen will sit on the toilet at the four set times each morning and pass urine in it on at least half of those occasions over a fortnight.",
        "Elowen will receive Portage visits every week.",
        "Elowen will be happy and make friends.",
        "By February 2026, Elowen will walk up and down the three steps into the nursery garden holding the rail with one hand and without an adult holding her, on four days out of five.",
        "Elowen will stop throwing toys.",
    ], fmt="Outcome {n}")

    # ---------------------------------------------------------------- F
    _h(d, "SECTION F | SPECIAL EDUCATIONAL PROVISION", section="F")
    d.para("The provision is set out by who will deliver it. Elowen attends Little Wrens "
           "from 8:30 to 12:30, Monday to Friday, 38 weeks a year; everything below applies "
           "to those sessions unless it says otherwise. Outcome numbers refer to Section E.")

    _group(d, "1.  Delivered by Elowen's key person at Little Wrens",
           "Elowen's named key person is a Level 3 Early Years Educator who has completed "
           "Makaton Level 2. When she is away, the room leader (same qualifications) "
           "covers. (Outcomes 1, 3, 4, 6)")
    d.bullets([
        "Within ten minutes of her arrival each morning, a 10-minute one-to-one \u201chello\u201d language session using Elowen's objects-of-reference basket, modelling single words with their Makaton signs.",
        "A 15-minute shared picture-book session just before home time every day, with Elowen and no more than two other children, using the same book for a whole week so that she can anticipate and join in with the key words.",
        "Makaton signing to be used with Elowen throughout the day where possible.",
        "Toileting at four fixed times (on arrival, before snack, before lunch and before going home): her key person sits Elowen on the small toilet with a footstool for three minutes and uses the \u201ctoilet\u201d symbol and sign each time.",
        "Elowen will have opportunities to practise feeding herself with a loaded spoon at snack and lunch.",
        "On arrival and again after snack, a quick check that both hearing aids are in, switched on and not whistling, using the six-sound listening check shown to her key person by the Teacher of the Deaf.",
    ])

    _group(d, "2.  Delivered by Corran Portage Service",
           "Elowen's Portage home visitor has completed the National Portage Association "
           "accredited Portage workshop and has monthly supervision from the Portage "
           "co-ordinator. (Outcomes 1, 3, 4, 7)")
    d.bullets([
        "A Portage home visit of 75 minutes each week in term time (39 weeks a year) until Elowen starts Reception, setting three small-step teaching targets at each visit across communication, play and self-help and checking progress on the previous week's targets.",
        "Between visits, Elowen's parents will do the activities on the Portage activity chart with her every day.",
        "Support for Elowen's move into Reception during the summer term 2026.",
    ])

    _group(d, "3.  Delivered by speech and language therapy, Corran Children's Therapies",
           "An HCPC-registered speech and language therapist, commissioned by Corran Borough "
           "Council for this provision. (Outcomes 1, 3)")
    d.bullets([
        "Direct therapy at nursery for 30 minutes once a fortnight, with her key person present, working on joining two signs or words and on using her signs with other children.",
        "The therapist will give advice to the nursery about Elowen's communication targets.",
        "An eating and drinking assessment, with a mealtime programme to follow if it is needed.",
    ])

    _group(d, "4.  Delivered by the Little Wrens nursery team",
           "(Outcomes 6, 8)")
    d.bullets([
        "Visual supports, for example a now-and-next board and a photo timetable, used at each change of activity.",
        "Elowen will be supported in small group activities to help her learn to take turns and share toys.",
        "Additional adult help at outdoor play and lunch, with the amount decided by the nursery manager depending on staffing levels that day.",
    ])

    _group(d, "5.  Delivered by Corran Sensory Support Service",
           "A qualified Teacher of the Deaf who holds the mandatory qualification for "
           "teachers of children with hearing impairment. (Outcome 1)")
    d.bullets([
        "Two 45-minute visits to nursery each half-term to observe Elowen's listening, check noise levels in her room and coach her key person in that half-term's listening games.",
        "Deaf awareness training for the Little Wrens room team, date and length to be confirmed.",
    ])

    _group(d, "6.  Therapy programmes from Corran Children's Therapies",
           "Programmes are written by HCPC-registered paediatric physiotherapists and "
           "occupational therapists. (Outcomes 3, 7)")
    d.bullets([
        "A 10-minute gross-motor routine (stepping on and off a low step, kneeling up to standing, kicking a large ball) every morning before outdoor play, carried out by her key person from the physiotherapist's written programme; the physiotherapist visits every six weeks to watch the routine and update it.",
        "Direct occupational therapy at nursery on grasp, posting games and spoon skills, up to six 45-minute sessions over the year.",
        "A supportive chair with a footrest for table-top activities, model to be decided after the occupational therapist's seating assessment.",
    ])

    # ---------------------------------------------------------------- G
    _h(d, "SECTION G | HEALTH PROVISION", section="G")
    d.para("Agreed by Corran and Tamar Integrated Care Board on 2 October 2025.")
    d.bullets([
        "Levothyroxine is given at home each morning; no doses are needed at nursery.",
        "Salbutamol inhaler through a spacer, two puffs as required for wheeze, given by nursery staff trained by the health visitor under Elowen's asthma plan.",
        "Audiology review of Elowen's hearing and hearing aids every three months at Corran Children's Hearing Centre.",
        "Annual cardiology review at the regional cardiac centre.",
        "Dietetic advice on constipation once Elowen reaches the top of the community dietetics waiting list.",
        "Health visitor support for the family as appropriate.",
    ])

    # ---------------------------------------------------------------- H
    _h(d, "SECTION H1 | SOCIAL CARE PROVISION (SECTION 2, CHRONICALLY SICK AND DISABLED "
          "PERSONS ACT 1970)", section="H1")
    d.bullets([
        "A Family Link short break with an approved Corran Family Link carer for 3 hours every other Saturday, so that Rebecca and Daniel can spend time with Jago.",
        "Help with Elowen's sleep from the Children with Disabilities Team when needed.",
    ])
    _h(d, "SECTION H2 | OTHER SOCIAL CARE PROVISION", section="H2")
    d.para("None identified at this time.")

    # ---------------------------------------------------------------- I
    _h(d, "SECTION I | PLACEMENT", section="I")
    d.para("Little Wrens Day Nursery, Pennock Lane, Corran (private, voluntary and "
           "independent early years setting), five mornings a week.")
    d.para("Elowen is due to start Reception in September 2026. Rebecca and Daniel have "
           "said they would like her to go to Trewithen Primary School; the school will be "
           "consulted and named at the early review in February 2026.")

    # ---------------------------------------------------------------- J
    _h(d, "SECTION J | PERSONAL BUDGET", section="J")
    d.para("Rebecca and Daniel have not asked for a personal budget.")

    # ---------------------------------------------------------------- K
    _h(d, "SECTION K | ADVICE AND INFORMATION", section="K")
    d.bullets([
        "Parental advice \u2013 Rebecca Pascoe and Daniel Hardy, 2 September 2025",
        "Early years setting advice \u2013 Little Wrens Day Nursery (Mrs T. Oduya, key person, and Mrs G. Penrose, nursery SENCO), 5 September 2025",
        "Portage advice \u2013 Corran Portage Service, Ms H. Bolitho, 4 September 2025",
        "Psychological advice \u2013 Dr M. Keverne, Educational Psychologist, 11 September 2025",
        "Medical advice \u2013 Dr L. Varga, Community Paediatrician, 29 August 2025",
        "Speech and language therapy advice \u2013 Ms R. Antrobus, Corran Children's Therapies, 3 September 2025",
        "Physiotherapy advice \u2013 Mr J. Tonkin, Paediatric Physiotherapist, 1 September 2025",
        "Advice from the Teacher of the Deaf \u2013 Corran Sensory Support Service",
        "Social care advice \u2013 Corran Children with Disabilities Team, 28 August 2025",
    ])
