"""Borough of Westmarch - Year 9 pupil with ADHD and dyslexia at a mainstream 11-16
academy (Egremont Park Academy), at risk of exclusion after three suspensions, choosing GCSE
options. Word Heading 1 headings using the longer statutory wording with an en dash
('Section A \u2013 The views, interests and aspirations of Reece and his parents'). Cover
details as a two-column details table. E is a list numbered E1-E8. Section F is grouped by
subject / part of the school day (Heading 2 sub-headings such as 'In maths', 'At break,
lunch and between lessons'); each group is a three-column table (Ref | Provision (what, how
often, how long, who) | Outcomes) with the provision written as prose in the middle cell.
H1 says none; H2 has an Early Help item and a vague youth-service item. FINAL plan."""

TITLE = "Education, Health and Care Plan - Reece Okonkwo-Hart"

F_HEAD = ["Ref", "Provision (what, how often, how long, who)", "Outcomes"]
F_W = [1.5, 12.6, 2.5]


def build(d):
    d.simple_footer("Borough of Westmarch  \u2022  Final EHC Plan  \u2022  Reece Okonkwo-Hart  "
                    "\u2022  Issued 9 February 2026")
    d.title("Borough of Westmarch", size=13, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=22, color="2E5E3A")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Name", "Reece Okonkwo-Hart"),
        ("Date of birth", "14/11/2011"),
        ("NHS number", "999 318 6642"),
        ("UPN", "Y999000458213"),
        ("Home address", "27 Fellside Road, Westmarch, ZY4 8NT"),
        ("Parents", "Danielle Hart (mother) and Chidi Okonkwo (father), who live together"),
        ("Contact", "01632 960734 (home); 07700 900582 (Danielle); danielle.hart@example.org"),
        ("Current school and year", "Egremont Park Academy, Year 9"),
        ("Date of this final plan", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Priya Rosenthal-Mbeki, Westmarch SEN Assessment and Review Team"),
    ], widths_cm=(5.0, 11.6))
    d.para("This plan replaces the plan dated 20 January 2025. It was amended after an early "
           "review called by the academy in November 2025 because of Reece's suspensions.",
           italic=True)

    d.heading("Section A \u2013 The views, interests and aspirations of Reece and his parents",
              section="A")
    d.heading("What Reece told us", level=2)
    d.para("Reece met the EHC co-ordinator at school on 12 December 2025 with his head of year "
           "in the room. He did not want to write anything down, so his words were typed as he "
           "spoke and he checked them afterwards.")
    d.para("\"I'm good with my hands. At home I take stuff apart, like my bike and an old "
           "lawnmower, and put it back together. School is alright at break but lessons drag and "
           "I get told off for things everyone does. When a teacher makes me read out loud I'd "
           "rather get sent out than look stupid. I want to do engineering or motor vehicle next "
           "year and not French. When I leave I want to be an electrician or work on cars, get my "
           "own van and live near my mates.\"")
    d.heading("What Reece's parents told us", level=2)
    d.para("Danielle and Chidi describe Reece as kind, funny and brilliant with his little "
           "sister Amara. He spends hours with his dad in the garage and is patient there in a "
           "way he never is with schoolwork. They are frightened that another suspension will "
           "lead to permanent exclusion, and they feel that Reece's reading difficulties were "
           "missed for years and are behind a lot of his behaviour. They want him to leave "
           "school with English and maths and a route into a trade.")
    d.heading("How to communicate with Reece", level=2)
    d.para("Speak to him privately rather than in front of the class, give one instruction at "
           "a time, and tell him what he has done well before raising a problem.")

    d.heading("Section B \u2013 Reece's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Reece has dyslexia, confirmed by a specialist assessor in March 2024. On the "
           "assessment in November 2025 his single-word reading was at an age equivalent of 9 "
           "years 6 months (he was then 14) and his spelling standard score was 72. He reads "
           "GCSE-style texts slowly and loses the meaning by the end of a paragraph, and he "
           "avoids reading aloud at all costs. His written work is short and hard to read "
           "because he limits himself to words he can spell. His working memory and processing "
           "speed are both well below average (EP assessment, October 2025), so he forgets "
           "multi-step instructions and loses his place in maths methods, and he is currently "
           "working about three years below age-related expectations in maths. He copies from "
           "the board very slowly and usually does not finish.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reece has ADHD (combined presentation, diagnosed in 2022). He can concentrate on an "
           "adult-led task for about five to eight minutes before he fidgets, calls out or "
           "starts talking to others. He acts quickly when he feels he is being treated "
           "unfairly, and most incidents start with a reprimand in front of the class, after "
           "which he argues and walks out. He has had three fixed-period suspensions this "
           "academic year (five days in total), two of them for leaving lessons and refusing to "
           "return. He describes himself as \"thick\" and says he has given up on some subjects. "
           "Recently he has seemed low and tired, and his parents have seen him withdraw from "
           "friends outside school.")
    d.heading("Communication and interaction", level=2)
    d.para("Reece understands spoken language well and has a good vocabulary in conversation, "
           "but he finds subject-specific vocabulary hard to learn because he cannot read or "
           "spell it, and he finds it hard to explain his side of an incident calmly.")
    d.heading("Sensory and physical", level=2)
    d.para("Reece needs to move often and finds it very hard to stay seated for a full "
           "60-minute lesson. He has no other sensory or physical needs.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Reece is choosing his Key Stage 4 options this spring and does not yet understand "
           "which courses lead to apprenticeships in electrical or motor vehicle work. He has "
           "had no individual careers guidance. He travels to school by bus on his own and "
           "manages his own pocket money.")

    d.heading("Section C \u2013 Reece's health needs which relate to his SEN", section="C")
    d.para("Reece's ADHD is managed by Dr N. Farraday, community paediatrician. He takes a "
           "long-acting methylphenidate tablet at home each morning and a short-acting dose at "
           "lunchtime in school; without the lunchtime dose his attention in the afternoon is "
           "noticeably worse. He has mild asthma and uses a salbutamol inhaler. His GP referred "
           "him to CAMHS in December 2025 because of low mood.")

    d.heading("Section D \u2013 Reece's social care needs which relate to his SEN or disability",
              section="D")
    d.para("Reece has no assessed social care needs under the Children Act 1989. The family "
           "asked for Early Help in 2024 for support with routines and conflict at home, and "
           "that support is continuing.")

    d.heading("Section E \u2013 Outcomes sought for Reece", section="E")
    d.para("The academy's SENCO will set short-term targets towards these outcomes each term "
           "and share them with Reece and his parents at his termly plan meeting.")
    d.numbered([
        "By the end of Year 10 (July 2027), Reece will read an unseen passage written for 11-year-olds aloud to his dyslexia teacher with at least 95% accuracy.",
        "Reece will get better at spelling.",
        "By July 2026, Reece will complete a 30-minute maths homework task on the school's online platform in at least four weeks out of five.",
        "By the end of Year 9, Reece will stay in class for the whole lesson on at least nine school days out of ten, using his exit card instead of walking out.",
        "Reece will not get any more suspensions.",
        "Reece will be supported by a mentor to manage his anger.",
        "By March 2027, Reece will have named the post-16 course or apprenticeship he wants to apply for and visited at least two places that offer it.",
        "Reece will become an electrician.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 The special educational provision required by Reece", section="F")
    d.para("The provision below is set out by subject and by part of the school day. It is "
           "made in term time at Egremont Park Academy unless a row says otherwise.")

    d.heading("In English and literacy", level=2)
    d.table(F_HEAD, [
        ["F1", "Specialist literacy teaching using Units of Sound, 1:1, in two 45-minute lessons "
               "each week taken from Reece's modern foreign language time (he will not take a "
               "language at GCSE), delivered by a specialist dyslexia teacher holding Approved "
               "Teacher Status (ATS) from the British Dyslexia Association.", "E1, E2"],
        ["F2", "It would help Reece to have longer texts read aloud to him in English, where "
               "this can be arranged.", "E1"],
        ["F3", "Pre-teaching of the key words for each new English text every Monday in tutor "
               "time (20 minutes), in a group of no more than four pupils, led by the English "
               "HLTA, who has completed the Westmarch Learning Support Service course "
               "'Teaching vocabulary to dyslexic learners'.", "E1, E2"],
        ["F4", "Reece is to have access to a reading pen and other assistive technology in "
               "class.", "E1"],
    ], widths_cm=F_W, font_size=10)

    d.heading("In maths", level=2)
    d.table(F_HEAD, [
        ["F5", "Reece will join the Year 9 maths catch-up group when it runs on his "
               "timetable.", "E3"],
        ["F6", "For the first 10 minutes of each of his four maths lessons a week, a teaching "
               "assistant sits beside Reece, talks through the worked example with him and "
               "copies the steps onto his personal step card. The TA holds a Level 3 "
               "Certificate in Supporting Teaching and Learning and has completed the "
               "Westmarch dyscalculia and working-memory training.", "E3"],
    ], widths_cm=F_W, font_size=10)

    d.heading("Across all lessons, including option subjects", level=2)
    d.table(F_HEAD, [
        ["F7", "Short movement breaks during lessons, left to the judgement of each class "
               "teacher.", "E4"],
        ["F8", "A teaching assistant in lessons for up to 15 hours a week to keep Reece on task "
               "and break down instructions, to be reviewed at Christmas.", "E3, E4"],
        ["F9", "Exam access arrangements (extra time, a reader or a word processor) to be "
               "decided once Reece has been assessed in Year 10.", "E1"],
        ["F10", "A laptop for Reece's sole use in every lesson and for homework, loaded with "
                "Read&Write text-to-speech and word prediction. The LA's assistive technology "
                "advisory teacher will give Reece three 40-minute training sessions before the "
                "end of the spring term 2026.", "E1, E3"],
    ], widths_cm=F_W, font_size=10)

    d.heading("Keeping Reece in school: regulation and behaviour", level=2)
    d.table(F_HEAD, [
        ["F11", "Every school morning at 8:35, Reece's named pastoral support assistant meets "
                "him at the main gate for a 10-minute check-in to make sure he has his "
                "equipment, go over his timetable and flag any cover lessons.", "E4, E5"],
        ["F12", "One 50-minute individual ELSA session each week throughout Year 9 and Year 10, "
                "working through the Zones of Regulation and Reece's own 'ready to learn' plan. "
                "The ELSA was trained by the Westmarch Educational Psychology Service and has "
                "half-termly supervision from an educational psychologist; the SENCO reviews "
                "progress with Reece each half-term.", "E4, E5"],
        ["F13", "A behaviour programme with a learning mentor, weekly at first and then cut back "
                "as Reece's behaviour settles.", "E5, E6"],
        ["F14", "Reece will be offered the chance to use the inclusion room to calm down.", "E4"],
        ["F15", "A Pastoral Support Plan will be drawn up by the Head of Year if there are "
                "further suspensions.", "E5"],
        ["F16", "Part-time alternative provision may be considered if Reece's place at Egremont "
                "Park comes under threat.", "E5"],
    ], widths_cm=F_W, font_size=10)

    d.heading("At break, lunch and between lessons", level=2)
    d.table(F_HEAD, [
        ["F17", "Reece is to be supported at break and lunch by whichever adults are on duty, "
                "depending on staffing on the day.", "E5"],
    ], widths_cm=F_W, font_size=10)

    d.heading("Options, careers and next steps", level=2)
    d.table(F_HEAD, [
        ["F18", "A one-hour options guidance meeting on or before 6 March 2026 with the SENCO, "
                "Reece and his parents to agree his Key Stage 4 subjects, using the dyslexia "
                "teacher's latest assessment; the SENCO sends the agreed options to the LA "
                "within 10 school days.", "E7"],
        ["F19", "A 45-minute individual careers guidance interview once a term, from the summer "
                "term of Year 9 to the end of Year 11, with a careers adviser registered with "
                "the Career Development Institute, looking at routes into motor vehicle and "
                "electrical apprenticeships; Reece's parents are invited to the summer-term "
                "interview each year.", "E7, E8"],
        ["F20", "Work experience in Year 10, subject to a suitable employer being found.",
                "E7, E8"],
    ], widths_cm=F_W, font_size=10)

    d.heading("Section G \u2013 Health provision reasonably required by Reece's learning "
              "difficulties or disabilities", section="G")
    d.bullets([
        "Short-acting methylphenidate at 12:30 each school day, kept in the locked medical cabinet and given by one of the academy's two staff trained in medicines administration, as set out in Reece's individual health care plan.",
        "A salbutamol inhaler carried by Reece and used as required, with a named spare inhaler kept in the medical room.",
        "Review of Reece's ADHD medication by Dr N. Farraday, community paediatrician, every six months, with a school report requested two weeks before each review.",
        "Reece is on the CAMHS waiting list for an assessment of his low mood and will be seen when capacity allows.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically Sick "
              "and Disabled Persons Act 1970", section="H1")
    d.para("None. Reece has no assessed needs for services under section 2 of the CSDPA 1970.")
    d.heading("Section H2 \u2013 Any other social care provision", section="H2")
    d.bullets([
        "A family support worker from Westmarch Early Help visits the family at home for one hour every fortnight until the end of July 2026, working on morning routines and calming arguments at home.",
        "Access to youth activities through the local youth service as available.",
    ])

    d.heading("Section I \u2013 Name and type of school", section="I")
    d.para("Egremont Park Academy, Westmarch (mainstream academy for pupils aged 11 to 16).")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Reece's parents have not asked for a personal budget.")

    d.heading("Section K \u2013 Advice and information gathered", section="K")
    d.bullets([
        "Reece's views \u2013 recorded with the EHC co-ordinator, 12 December 2025",
        "Parents' views \u2013 Danielle Hart and Chidi Okonkwo, 10 December 2025",
        "Educational advice \u2013 Mrs J. Kowalczyk, SENCO, Egremont Park Academy, 1 December 2025",
        "Psychological advice \u2013 Dr E. Whitlow, Educational Psychologist, 28 October 2025",
        "Specialist dyslexia assessment \u2013 Mr G. Penhaligon, AMBDA, 19 November 2025",
        "Medical advice \u2013 Dr N. Farraday, Community Paediatrician, 3 December 2025",
        "Social care advice \u2013 Westmarch Early Help Hub, 4 December 2025",
        "Preparing for adulthood advice \u2013 Westmarch Careers Service",
    ])
