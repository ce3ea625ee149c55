"""Zetland Borough Council - Year 11 young person with an acquired brain injury (road
traffic collision in Year 8) and post-traumatic epilepsy, at a mainstream 11-16 academy,
sitting GCSEs and moving to an FE college. FINAL amended plan after the annual review.
Cover details in a two-column shaded table; running header and 'Page X of Y' footer. Word
Heading 1 headings 'Section A: Title' in title case. E is a four-column table
(No. | Outcome | By when | Area of need), one empty 'By when' cell. F is grouped by the body
that secures the provision (the academy; services commissioned by the LA; transition to
college), each group a Heading 2 with an italic note, then numbered paragraphs 1-20 running
on across the groups, most with indented level-2 bullets ('When:', 'How often:', 'Who:' ...)
and some with none. Separate H1 and H2. Section I names the academy and says the plan will
be amended to name the post-16 institution."""

from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Dominic Seaton"


def _item(d, n, text, details=()):
    d.numbered([text], start=n, fmt="{n}.")
    for line in details:
        d.bullets([line], style="List Bullet 2")
        fmt = d.doc.paragraphs[-1].paragraph_format
        fmt.left_indent = Cm(1.5)
        fmt.first_line_indent = Cm(-0.5)
        fmt.space_after = Pt(2)


def build(d):
    d.running_header_footer("Zetland Borough Council  \u2022  EHC Plan  \u2022  Dominic Seaton  \u2022  FINAL (amended)",
                            footer_left="Zetland SEND Service", first_page_plain=True)
    d.title("Zetland Borough Council", size=14, color="2E4A2E")
    d.title("Education, Health and Care Plan", size=22, color="2E4A2E")
    d.para("FINAL \u2013 amended following the annual review held on 20 November 2025", bold=True)
    d.details_table([
        ("Name", "Dominic Seaton"),
        ("Date of birth", "14/11/2009"),
        ("Year group", "Year 11"),
        ("NHS number", "999 634 2217"),
        ("Unique pupil number", "Z999000578213"),
        ("Home address", "22 Cobbold Row, Saltburn Lane, Zetland, ZY4 8NE"),
        ("Parents", "Alison Seaton and Gareth Seaton"),
        ("Contact", "01632 960318 (home), 07700 900582 (Alison), alison.seaton@example.org"),
        ("School", "Kirkleatham Vale Academy"),
        ("Date of this final plan", "9 February 2026"),
        ("Next review", "By 8 February 2027"),
        ("SEND caseworker", "Priya Rahman-Holt, SEND Assessment and Review Team"),
    ], widths_cm=(5.0, 11.5), fill="E2EFD9")

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Dominic told us", level=2)
    d.para("Dominic met his caseworker at school on 6 November 2025 and wanted his own words "
           "used. \"Before the accident I was in top set for most things and played rugby for "
           "the under-14s. Now I forget things five minutes after someone tells me, and by "
           "lunch my head feels like it's stuffed with cotton wool. I don't like being treated "
           "like I'm made of glass. I still want to do my GCSEs properly, not a watered-down "
           "version. Next year I want to go to Riverside and do IT, because I'm good at "
           "building PCs and sorting out problems. One day I'd like to work in networks or "
           "cyber security. I can't learn to drive until my seizures stop, so I need to get "
           "good at buses.\"")
    d.para("Dominic enjoys gaming with his online friends, fixing computers for relatives and "
           "watching rugby with his dad. He has recently started bouldering, which he says is "
           "\"the first sport I've found that my body still lets me do\".")
    d.heading("What Dominic's parents told us", level=2)
    d.para("Alison and Gareth describe Dominic as stubborn in the best way, funny and kind to "
           "his younger sister, Martha. They are proud of how hard he has worked since the "
           "collision in January 2023. They worry that he hides how exhausted he is at school "
           "and then falls apart at home, that he has lost touch with most of his old friends, "
           "and that a seizure could happen when he is out alone. They want his GCSE targets "
           "to be honest and achievable, and they want the move to college planned properly, "
           "starting well before the summer.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Dominic sustained a severe traumatic brain injury in January 2023. His "
           "neuropsychological assessment (October 2025) shows average verbal reasoning but "
           "very slow processing speed (2nd centile) and weak working memory. He forgets "
           "instructions, homework and equipment unless they are written down, and he cannot "
           "reliably remember to do things later in the day (prospective memory). He finds it "
           "hard to plan and start longer tasks, to organise revision and to switch between "
           "tasks. He missed a great deal of Years 8 and 9 and has gaps in maths, particularly "
           "algebra, ratio and geometry. He is currently working at grade 3 to 4 in English "
           "and maths and grade 3 in combined science.")
    d.heading("Communication and interaction", level=2)
    d.para("Dominic understands well in one-to-one conversation but loses track of fast "
           "whole-class explanations and group discussion. When he is tired he has "
           "word-finding difficulties, pauses for long periods or gives up on what he was "
           "saying. He needs new subject vocabulary introduced before a lesson rather than "
           "during it.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Dominic's sense of who he is has changed since his injury. He is often low in "
           "mood and frustrated with himself, and he becomes irritable and tearful at home "
           "when he is tired. He has drifted away from his rugby friends and now spends most "
           "breaks alone. He is anxious about having a seizure in front of other students and "
           "avoids the canteen and busy corridors.")
    d.heading("Sensory and physical", level=2)
    d.para("Dominic has a mild left-sided weakness. His left hand is clumsy and his "
           "handwriting becomes slow and hard to read after about 20 minutes. He tires "
           "walking between the academy's two buildings and is unsteady on stairs when "
           "fatigued. He has post-traumatic headaches most afternoons. Cognitive and physical "
           "fatigue is his biggest barrier to learning: his concentration falls sharply after "
           "lunch.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Dominic has never travelled on public transport on his own and cannot drive "
           "because of his epilepsy. He has chosen a Level 2 IT course at Zetland Riverside "
           "College but has not yet visited the campus or talked to the college about his "
           "needs. He relies on his parents to remember his medication and appointments, and "
           "he finds it difficult to explain his brain injury to people who do not know him.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Dominic was hit by a car while cycling in January 2023 and spent three weeks in "
           "hospital, followed by outpatient neurorehabilitation with the Zetland Children's "
           "Neurorehabilitation Team. He developed post-traumatic epilepsy in August 2023. He "
           "has focal seizures with impaired awareness about twice a month and had one "
           "tonic-clonic seizure in September 2025. He takes levetiracetam twice daily and has "
           "buccal midazolam prescribed for prolonged seizures. He has post-traumatic "
           "headaches and marked fatigue. He is under the care of a consultant paediatric "
           "neurologist at Zetland General Hospital.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Dominic is a disabled child under section 17 of the Children Act 1989. Because of "
           "his epilepsy and fatigue his parents do not feel able to let him go out on his own, "
           "and he has very little social life outside school. The Children with Disabilities "
           "Team assessment (October 2025) found that he needs an adult with him to take part "
           "in leisure activities in the community, and that the family would benefit from "
           "short breaks.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The academy's SENCO will break each outcome into half-termly targets and share "
           "them with Dominic and his parents.")
    d.table(["No.", "Outcome", "By when", "Area of need"], [
        ["E1", "Dominic will use his phone reminders and daily checklist to arrive at every lesson with the right equipment and homework on at least four days out of five.", "By April 2026", "Cognition and learning"],
        ["E2", "Dominic will sit all of his GCSE examinations using his agreed access arrangements and achieve at least grade 4 in English language and maths.", "By August 2026", "Cognition and learning"],
        ["E3", "Dominic will improve his memory.", "", "Cognition and learning"],
        ["E4", "Dominic will feel happier in himself.", "By the end of Year 11", "SEMH"],
        ["E5", "Dominic will have weekly sessions with a counsellor.", "By July 2026", "SEMH"],
        ["E6", "Dominic will travel by bus from home to Zetland Riverside College and back on his own on five college days in a row.", "By October 2026", "Preparing for adulthood"],
        ["E7", "Dominic will explain his epilepsy and his brain injury to his new college tutor, and say what helps him, without a parent present.", "By October 2026", "Preparing for adulthood"],
        ["E8", "Dominic will not get angry with his sister or his parents when he is tired.", "By July 2026", "SEMH"],
        ["E9", "Dominic will become a cyber security engineer.", "\u2014", "Preparing for adulthood"],
    ], widths_cm=[1.2, 9.6, 3.0, 3.0], font_size=10)

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below is set out according to who is responsible for securing it. "
           "It applies in term time for as long as this plan is maintained unless an item "
           "says otherwise. Numbers run on through the three parts.")

    d.heading("Part 1 \u2013 Made by Kirkleatham Vale Academy", level=2)
    d.para("The academy's SENCO, Mrs J. Okonjo, is responsible for arranging this part. "
           "Outcomes supported: E1 to E5 and E8.", italic=True)
    _item(d, 1, "A start-of-day planning meeting in the learning support base, in which "
          "Dominic and his teaching assistant check his planner, set his phone reminders for "
          "the day and pack what he needs for each lesson.", [
              "When: 8:35 to 8:50 every school day",
              "Who: his named teaching assistant, who has completed the Brain Injury Awareness "
              "for Schools course run by the Zetland Children's Neurorehabilitation Team",
          ])
    _item(d, 2, "Teaching assistant support in GCSE lessons that introduce a lot of new "
          "content, noting the key points for Dominic and checking he has understood the "
          "task. The SENCO will decide each half-term which lessons are covered, depending on "
          "how tired Dominic is and the demands of his timetable.", [
              "Who: teaching assistant",
          ])
    _item(d, 3, "Pre-teaching of the key words and main ideas of each new science and "
          "geography topic, using a one-page knowledge organiser written by the class "
          "teacher, so that Dominic has met the material before the lesson.", [
              "How often: twice a week for 20 minutes, 1:1, on Monday and Thursday mornings "
              "during registration",
              "Who: a higher level teaching assistant who has completed the same brain injury "
              "awareness course",
          ])
    _item(d, 4, "His teachers should let Dominic take rest breaks in lessons as and when he "
          "needs them.")
    _item(d, 5, "GCSE maths catch-up on the topics Dominic missed in Years 8 and 9 (algebra, "
          "ratio and proportion, and geometry), taught in a group of no more than three "
          "pupils.", [
              "When: one 50-minute lesson every Tuesday (period 5) from 6 January to 22 May 2026",
              "Who: a qualified teacher from the academy's maths department",
          ])
    _item(d, 6, "A reduced timetable for the rest of Year 11 so that Dominic can concentrate "
          "on his core subjects, with some of his lessons replaced by supervised study "
          "sessions.", [
              "Details to be agreed with Dominic and his parents.",
          ])
    _item(d, 7, "Access arrangements in all mock and GCSE examinations: 25% extra time; a "
          "supervised rest break of 10 minutes in each hour with the clock stopped; a word "
          "processor with the spell-checker switched off; and a separate room shared with no "
          "more than five other candidates.", [
              "Who: applied for by the SENCO, who holds the CPT3A access arrangements "
              "qualification, and run by the academy's examinations officer",
          ])
    _item(d, 8, "Dominic may use a laptop for extended writing and coursework.")
    _item(d, 9, "Access to a quiet room at lunchtime if the canteen is too much for him.")
    _item(d, 10, "Teachers in all subjects will use the strategies recommended in Dr "
          "Fenwick's neuropsychological assessment of October 2025.")
    _item(d, 11, "Regular sessions with the learning mentor to talk through how Dominic is "
          "feeling about school, friendships and his injury.")
    _item(d, 12, "ELSA sessions on recognising when frustration is building and planning "
          "what to say to friends, reducing as his mood improves.", [
              "How often: weekly, 30 minutes",
              "Who: the academy's teaching assistant who has completed ELSA training with the "
              "Zetland Educational Psychology Service",
          ])

    d.heading("Part 2 \u2013 Commissioned by Zetland Borough Council", level=2)
    d.para("These services are commissioned and paid for by the local authority and "
           "delivered at the academy. Outcomes supported: E1, E3, E4 and E5.", italic=True)
    _item(d, 13, "Cognitive rehabilitation teaching Dominic memory and planning strategies he "
          "can use in lessons and for revision: phone reminders, written checklists and the "
          "'goal \u2013 plan \u2013 do \u2013 review' routine.", [
              "How often and how long: one 45-minute 1:1 session every fortnight in term time",
              "Who: a clinical neuropsychologist registered with the HCPC, from the Zetland "
              "Children's Neurorehabilitation Team",
          ])
    _item(d, 14, "Physiotherapy to build strength and control in Dominic's left arm and leg, "
          "his balance on stairs and his stamina for walking between the academy's two "
          "buildings.", [
              "How often: a 40-minute session at school every three weeks in term time",
              "Who: a paediatric physiotherapist registered with the Health and Care "
              "Professions Council",
          ])
    _item(d, 15, "Occupational therapy input on fatigue management, pacing and handwriting, "
          "at a level the occupational therapist judges appropriate.", [
              "Who: Zetland Children's Occupational Therapy Service",
          ])
    _item(d, 16, "Counselling with Zetland Youth Counselling to help Dominic adjust to life "
          "after his injury, once he reaches the top of their waiting list.")

    d.heading("Part 3 \u2013 Moving on to college and preparing for adulthood", level=2)
    d.para("Outcomes supported: E6, E7 and E9.", italic=True)
    _item(d, 17, "Individual careers guidance to confirm Dominic's post-16 course and plan "
          "the support he will need at college, including what, if anything, he should tell "
          "employers about his epilepsy.", [
              "How much: three 45-minute meetings \u2013 one before 31 March 2026, one in June "
              "2026 and one in his first half-term at college",
              "Who: a careers adviser from Zetland Careers Partnership who holds a Level 6 "
              "qualification in careers guidance",
          ])
    _item(d, 18, "Independent travel training on the route from home to Zetland Riverside "
          "College (the number 58 bus from Saltburn Lane and the walk from the bus station), "
          "including what to do and who to ring if he feels a seizure coming on.", [
              "How often: two 90-minute sessions a week for eight weeks, starting 8 June 2026",
              "Who: a travel trainer from the Zetland Travel Independence Service who has "
              "completed the service's accredited travel trainer course and epilepsy "
              "awareness training",
          ])
    _item(d, 19, "Dominic will have the chance to visit Zetland Riverside College a few "
          "times in the summer term, with a member of staff.")
    _item(d, 20, "A handover meeting between the SENCO and the college's additional learning "
          "support team before the end of the summer term; the college will then draw up "
          "its own support plan for Dominic.")

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "An individual healthcare plan for Dominic's epilepsy, written by the children's epilepsy nurse specialist and updated every 12 months, with copies in the learning support base and the academy office.",
        "Buccal midazolam, given as required under the healthcare plan for any seizure lasting five minutes or more, by one of the four staff trained by the epilepsy nurse specialist (training renewed each September).",
        "Review by the consultant paediatric neurologist at Zetland General Hospital every six months, with transfer to adult neurology planned before Dominic turns 18.",
        "A block of speech and language therapy sessions from the Neurorehabilitation Team to work on Dominic's word-finding, if he meets their criteria.",
        "Neuropsychology follow-up as appropriate.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A personal assistant for 3 hours every Saturday afternoon, paid for through a "
           "social care direct payment, so that Dominic can go bouldering at Zetland Climbing "
           "Centre and meet friends in town.")

    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Short breaks for the family through the Zetland Short Breaks Local Offer, as agreed.")

    d.heading("Section I: Placement", section="I")
    d.para("Kirkleatham Vale Academy, Marske Road, Zetland (mainstream academy for pupils aged "
           "11 to 16).")
    d.para("Dominic leaves Kirkleatham Vale in July 2026. This plan will be amended by 31 March "
           "2026 to name the post-16 institution he will attend from September 2026, after "
           "consultation with Zetland Riverside College, which is his and his parents' "
           "preference.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("A social care direct payment of \u00a346.50 a week pays for the personal assistant "
           "in H1. No personal budget has been requested for the special educational "
           "provision.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Views of Dominic and his parents \u2013 recorded by Priya Rahman-Holt, caseworker, 6 November 2025",
        "Educational advice \u2013 Mrs J. Okonjo, SENCO, Kirkleatham Vale Academy, 13 November 2025",
        "Neuropsychological assessment \u2013 Dr A. Fenwick, Clinical Neuropsychologist, Zetland Children's Neurorehabilitation Team, 17 October 2025",
        "Psychological advice \u2013 Mr T. Barraclough, Educational Psychologist, 24 October 2025",
        "Medical advice \u2013 Dr S. Iqbal, Consultant Paediatric Neurologist, 30 October 2025",
        "Occupational therapy advice \u2013 Zetland Children's Occupational Therapy Service",
        "Physiotherapy advice \u2013 Ms L. Varga, Paediatric Physiotherapist, 28 October 2025",
        "Social care advice \u2013 Children with Disabilities Team, 4 November 2025",
        "Preparing for adulthood and careers advice \u2013 Zetland Careers Partnership, 10 November 2025",
        "Annual review report \u2013 Kirkleatham Vale Academy, 20 November 2025",
    ])
