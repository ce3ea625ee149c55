"""Thwaite and Dunsop Council - Year 9 pupil with SEMH needs, ADHD and a language disorder,
placed part-time at a pupil referral unit (Monday to Wednesday) and dual registered at a
mainstream academy (Thursday and Friday). Headings are bold upper-case Normal text in dark
teal ('SECTION A: VIEWS, INTERESTS AND ASPIRATIONS'), no Word heading styles; B and F use
Heading 2 sub-headings. Cover details as bold-label lines, two to a line. E numbered E1-E7
with a PfA outcome. F is grouped by the organisation responsible (the PRU, the academy, the
local authority across both settings), each group a Heading 2 line and an italic 'Outcomes
supported' line over hanging-indent paragraphs numbered with a setting prefix (TLC1-TLC8,
HA1-HA6, LA1-LA6). Separate H1 and H2. Section I names both institutions and explains the
dual registration. FINAL plan."""

from docx.shared import Cm

TITLE = "Education, Health and Care Plan - Reece Lomax"
TEAL = "1B5E63"


def head(d, text, sid):
    d.bold_line(text, section=sid, size=12.5, color=TEAL)


def items(d, prefix, texts):
    for i, t in enumerate(texts, 1):
        p = d.doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.5)
        pf.first_line_indent = Cm(-1.5)
        pf.tab_stops.add_tab_stop(Cm(1.5))
        r = p.add_run(f"{prefix}{i}")
        r.bold = True
        p.add_run("\t" + t)


def build(d):
    d.simple_footer("Thwaite and Dunsop Council  -  Final EHC Plan for Reece Lomax  -  "
                    "issued 9 February 2026  -  OFFICIAL-SENSITIVE")
    d.title("Thwaite and Dunsop Council", size=13, color=TEAL)
    d.title("Education, Health and Care Plan (Final)", size=20, color=TEAL)
    d.para("**Name:** Reece Lomax          **Date of birth:** 3 November 2011")
    d.para("**NHS number:** 999 284 7163          **UPN:** H999000736492")
    d.para("**Address:** Flat 2, 14 Gorse Street, Thwaite, XJ3 5DW")
    d.para("**Lives with:** Jade Lomax (mother), Carl Whitaker (stepfather) and his sister Millie (6)")
    d.para("**Contact:** 07700 900583, jade.lomax@example.org")
    d.para("**Year group:** Year 9          **Settings:** Thwaite Learning Centre and Hallcross Academy")
    d.para("**Date of final plan:** 9 February 2026          **Review due by:** 8 February 2027")
    d.para("**Casework officer:** Ben Oyelaran-Pugh, SEND Casework Team")

    head(d, "SECTION A: VIEWS, INTERESTS AND ASPIRATIONS", "A")
    d.heading("Reece's views", level=2)
    d.para("Reece did not want to fill in a form. He talked to his mentor at Thwaite Learning "
           "Centre, Mr Kowalczyk, while they were fixing a bike in the workshop on 15 "
           "January 2026, and agreed that these notes could go in his plan.")
    d.para("\"The Centre is all right. The teachers don't shout and the groups are small so "
           "nobody's watching you. Hallcross is different, everyone's on your back and if you "
           "get one thing wrong you're in isolation. I know I kick off, but it's mostly when "
           "someone embarrasses me. I'm good with engines. I want to be a mechanic, and one "
           "day have my own garage doing bikes. I don't really know what you have to do at "
           "college for that. I want to go back to Hallcross properly, just not all at once.\"")
    d.heading("Jade's views", level=2)
    d.para("Jade says Reece is loyal, funny and brilliant with his little sister, and that "
           "people only see the bad side of him. She thinks things went wrong in Year 8 when "
           "nobody noticed he could not follow what teachers were saying. She wants him back "
           "in mainstream school full time by Year 10 if he can manage it, and she wants "
           "someone to help him understand what jobs and courses are out there. She is "
           "worried about who he is spending time with in the evenings.")

    head(d, "SECTION B: SPECIAL EDUCATIONAL NEEDS", "B")
    d.para("Reece has been on roll at Hallcross Academy since Year 7. After eleven suspensions "
           "in Year 8 he was placed at Thwaite Learning Centre from November 2025, for three "
           "days a week, and is dual registered at both. The needs below come from the "
           "assessment carried out in autumn 2025.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reece has ADHD (combined presentation), diagnosed in 2022. He reacts very quickly "
           "when he feels embarrassed, criticised or singled out: he swears, walks out and on "
           "two occasions has damaged property. He does not yet recognise the early signs "
           "that he is becoming angry, so by the time adults notice, he is already too "
           "dysregulated to talk. He takes a long time to trust new adults and finds it hard "
           "to repair relationships with teachers after an incident. His self-esteem as a "
           "learner is low; he often refuses written tasks before starting them.")
    d.heading("Communication and interaction", level=2)
    d.para("A speech and language therapy assessment in November 2025 found a language "
           "disorder affecting Reece's understanding of longer instructions and of abstract "
           "and emotional vocabulary. He struggles to explain a sequence of events, so "
           "restorative conversations after incidents often break down, and he takes "
           "sarcasm and teasing literally. Adults have often mistaken his not understanding "
           "for defiance.")
    d.heading("Cognition and learning", level=2)
    d.para("Reece's reading age was 9 years 6 months on the New Group Reading Test in "
           "October 2025, and his spelling is weak. His maths is close to age expectations "
           "when he is calm. He can keep his attention on an adult-led task for around ten "
           "minutes before he needs to move or change activity.")
    d.heading("Sensory and physical", level=2)
    d.para("Reece seeks movement. He fidgets constantly, rocks on his chair and leaves his "
           "seat, and short bursts of physical activity help him settle back to work.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Reece has had no careers guidance and chooses his Key Stage 4 options in spring "
           "2026. He has a strong interest in motor vehicles but does not know which "
           "courses or qualifications lead to mechanic work.")

    head(d, "SECTION C: HEALTH NEEDS", "C")
    d.para("Reece's ADHD is managed by Dr A. Farooq, community paediatrician, and he takes "
           "modified-release methylphenidate each morning. He has difficulty getting to "
           "sleep, which affects his mood and attention the next day. His GP referred him "
           "to CAMHS in December 2025 because of low mood.")

    head(d, "SECTION D: SOCIAL CARE NEEDS", "D")
    d.para("Reece lives with his mother, his stepfather and his sister. The family has had "
           "an Early Help plan since 2024 because of conflict at home. Reece spends many "
           "evenings out with older young people, and his mother is concerned about his "
           "safety. Because of the impact of his ADHD on his daily life he is a disabled "
           "child, and he needs an adult to help him take part in structured activities "
           "in the community.")

    head(d, "SECTION E: OUTCOMES", "E")
    d.para("Staff at Thwaite Learning Centre and Hallcross Academy will agree short-term "
           "targets with Reece each half-term towards the outcomes below and send them to "
           "his mother.")
    d.numbered([
        "By July 2026, Reece will stay in every lesson at Hallcross for the full lesson on at least 8 of every 10 days he attends.",
        "Reece will improve his behaviour.",
        "By the end of Year 10, Reece will reach a reading age of at least 12 years on the New Group Reading Test.",
        "Reece will attend Thwaite Learning Centre and receive ELSA sessions.",
        "By July 2027, Reece will have spent a taster day in a motor vehicle workshop and will have applied for a post-16 motor vehicle course.",
        "Reece will become a mechanic and own his own garage.",
        "Reece will stop swearing at staff.",
    ], fmt="E{n}")

    head(d, "SECTION F: SPECIAL EDUCATIONAL PROVISION", "F")
    d.para("Reece is dual registered. The provision below is set out according to which "
           "setting, or the local authority, is responsible for making it. It runs in term "
           "time for the life of this plan unless the item says otherwise.")

    d.heading("Thwaite Learning Centre (Monday, Tuesday and Wednesday)", level=2)
    d.para("Outcomes supported: E1, E2, E3, E7", italic=True)
    items(d, "TLC", [
        "Reece will be taught English, maths and science in a class of no more than six pupils by qualified teachers, in nine 50-minute lessons across his three days at the Centre (three in each subject).",
        "A key adult will meet Reece on arrival and will be available to him throughout the day if he becomes dysregulated.",
        "Each morning at 9:00, a 10-minute meet-and-greet with his mentor to go through the day's visual timetable and rate his mood on the Centre's 1 to 5 scale.",
        "Emotional literacy sessions with the ELSA, weekly to begin with and dropping off once Reece is more settled.",
        "Reece would benefit from a programme to help him manage conflict with peers.",
        "Reading comprehension and spelling catch-up in a small group, three 20-minute sessions per week.",
        "Zones of Regulation taught 1:1 by the Centre's HLTA, who has completed Zones of Regulation training, in a 30-minute session every Monday and Wednesday afternoon; the HLTA e-mails the week's agreed strategies to Reece's head of year at Hallcross each Wednesday.",
        "A 10-minute structured movement break at 10:40 and again at 13:30 on each Centre day, using the trampette and the weighted-ball circuit, supervised by a teaching assistant.",
    ])

    d.heading("Hallcross Academy (Thursday and Friday)", level=2)
    d.para("Outcomes supported: E1, E2, E3", italic=True)
    items(d, "HA", [
        "Reece's days at Hallcross will be increased when staff feel he is ready.",
        "In every lesson on Thursdays and Fridays, a teaching assistant who holds a Level 3 Certificate in Supporting Teaching and Learning and is trained in Team Teach de-escalation will sit with Reece, 10 hours in total each week. The SENCO will go through this timetable with Reece and Jade every half-term.",
        "A time-out card that lets Reece leave a lesson for a short break in The Hub; how many times a day he may use it is for his head of year to agree with him.",
        "Mentoring catch-ups with someone from the pastoral team every so often.",
        "On Thursday and Friday mornings at 8:40 his head of year meets Reece at the student entrance and walks with him to his first lesson, for five minutes.",
        "Lessons adapted to Reece's level through quality-first teaching.",
    ])

    d.heading("Arranged by the local authority across both settings", level=2)
    d.para("Outcomes supported: E1, E5, E7", italic=True)
    items(d, "LA", [
        "Speech and language therapy on understanding and using the language of emotions and on repairing conversations after a disagreement: one 45-minute individual session each fortnight at the Centre, delivered by an HCPC-registered speech and language therapist from Thwaite Community Therapy, who also sets a weekly 10-minute practice task that the Centre's HLTA goes through with Reece each Tuesday.",
        "The Educational Psychology Service will consult with staff at both settings as needed.",
        "Up to two hours a week of 1:1 tuition from a tutor to help Reece catch up on Hallcross work he misses while at the Centre.",
        "Two 40-minute individual careers guidance interviews in Year 9, one before the options evening in March 2026 and one in June 2026, with a careers adviser registered with the Career Development Institute, to help Reece choose his Key Stage 4 options and look at routes into motor vehicle work.",
        "Some tasters of work, for instance a day in the motor vehicle workshop at Thwaite College, with dates still to be fixed.",
        "Weekly therapeutic sessions with CAMHS, if Reece meets the service's threshold.",
    ])

    head(d, "SECTION G: HEALTH PROVISION", "G")
    d.bullets([
        "Modified-release methylphenidate, taken at home each morning, prescribed and reviewed every six months by the community paediatrician, Dr A. Farooq.",
        "An assessment by CAMHS for low mood once Reece reaches the top of the waiting list.",
        "Advice on sleep from the school nurse as appropriate.",
    ])

    head(d, "SECTION H1: SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", "H1")
    d.para("A support worker from Thwaite Youth Inclusion Service for three hours every "
           "Saturday (10:00 to 13:00), so that Reece can take part in the Revs motorcycle "
           "maintenance project for young people.")
    head(d, "SECTION H2: OTHER SOCIAL CARE PROVISION", "H2")
    d.para("Continued help for the family from the Early Help Team.")

    head(d, "SECTION I: PLACEMENT", "I")
    d.para("Thwaite Learning Centre (pupil referral unit) on Mondays, Tuesdays and Wednesdays, "
           "and Hallcross Academy (mainstream academy, 11-18) on Thursdays and Fridays. Reece "
           "is dual registered; Hallcross Academy is his main registration, and both settings "
           "are named because the provision in Section F is split between them.")

    head(d, "SECTION J: PERSONAL BUDGET", "J")
    d.para("Jade has not asked for a personal budget for any part of this plan.")

    head(d, "SECTION K: ADVICE AND INFORMATION", "K")
    d.bullets([
        "Views of Reece's mother, Jade Lomax - 12 January 2026",
        "Reece's views - noted by Mr T. Kowalczyk, learning mentor, 15 January 2026",
        "Educational advice - Thwaite Learning Centre, Ms R. Doherty, head of centre, 8 January 2026",
        "Educational advice - Hallcross Academy, Mrs L. Ambrose, SENCO, 9 January 2026",
        "Psychological advice - Dr M. Quinlan, Educational Psychologist, 4 December 2025",
        "Medical advice - Dr A. Farooq, Community Paediatrician, 11 December 2025",
        "Speech and language therapy advice - Mr G. Ellison, Speech and Language Therapist, 20 November 2025",
        "CAMHS letter - Thwaite CAMHS single point of access, 18 December 2025",
        "Social care advice - Early Help Team",
        "Preparing for adulthood advice - Thwaite Careers and Participation Service, 14 January 2026",
    ])
