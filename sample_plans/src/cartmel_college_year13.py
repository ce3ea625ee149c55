"""Cartmel Borough Council - post-16 young person (18, Year 13) with an acquired brain injury
after a road accident, at a general FE college on a Level 1 cycle maintenance programme.
Word Heading 1 headings 'Section A   Title' (letter, three spaces, title). Bold-label cover
lines. B by area of need with a preparing-for-adulthood part; E numbered E1-E8. Section F is
one three-column table (Ref and short title | Provision | Outcomes): the left cell holds the
reference and a short bold title on two lines, the provision cell is prose of one to three
sentences (amounts often in a later sentence), and shaded full-width banner rows (merged
cells) separate four PfA areas. H1 states it does not apply (age 18); H2 holds the Care Act
support. FINAL plan after re-assessment."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Callum Brereton"

BANNER = "@@"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _provision_table(d, rows):
    """rows: [ref, title, provision, outcomes] or [BANNER, text]."""
    body = []
    for r in rows:
        if r[0] == BANNER:
            body.append([r[1], "", ""])
        else:
            body.append([f"{r[0]}\n{r[1]}", r[2], r[3]])
    t = d.table(["Ref", "Provision", "Outcomes (Section E)"], body,
                widths_cm=[3.0, 11.4, 2.4], font_size=10, bold_first_col=True,
                header_fill="D5DCE4")
    for i, r in enumerate(rows, start=1):
        if r[0] != BANNER:
            continue
        row = t.rows[i]
        merged = row.cells[0].merge(row.cells[2])
        # keep only the first paragraph (the banner text)
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        for run in merged.paragraphs[0].runs:
            run.bold = True
        _shade(merged, "F4E3C1")
    return t


def build(d):
    d.running_header_footer("Cartmel Borough Council  |  EHC Plan  |  Callum Brereton",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Cartmel Borough Council", size=14, color="5B3A1A")
    d.title("Education, Health and Care Plan", size=22, color="5B3A1A")
    d.para("Final plan issued following re-assessment", bold=True)
    d.label_para("Young person: ", "Callum Brereton")
    d.label_para("Date of birth: ", "3 November 2007 (age 18)")
    d.label_para("NHS number: ", "999 604 2273")
    d.label_para("Address: ", "14 Netherfield Rise, Cartmel Bridge, XJ2 8TD")
    d.label_para("Callum's mobile: ", "07700 900352")
    d.label_para("Family: ", "lives with his mother, Denise Brereton, his stepfather, Mark Ainsley, and his sister Katie (15)")
    d.label_para("Contact for the family: ", "01632 960173  |  denise.brereton@example.org")
    d.label_para("Year group: ", "Year 13 (first year of a two-year study programme, started September 2025)")
    d.label_para("Date re-assessment was requested: ", "10 November 2025")
    d.label_para("Date of this final plan: ", "23 March 2026")
    d.label_para("Annual review due by: ", "22 March 2027")
    d.label_para("Plan coordinator: ", "Stephen Oyelaran-Hughes, Cartmel 16-25 SEND Team")

    d.heading("Section A   Views, interests and aspirations", section="A")
    d.heading("In Callum's words", level=2)
    d.para("Callum talked to his personal tutor over two meetings in December 2025 and "
           "checked the notes afterwards. \"Before the accident I was going to do A-levels "
           "and I was out on my bike every weekend. Now I forget stuff all the time and I "
           "get wiped out by lunchtime, which is rubbish. The workshop is the best bit of "
           "college because I know bikes and I'm actually good at it. I want to be a bike "
           "mechanic and maybe have my own shop one day. I want to get the bus on my own "
           "and not have Mum driving me everywhere like I'm a kid. I miss my old mates. I "
           "don't like people talking about me in meetings when I'm not there.\"")
    d.heading("What Callum's mother and stepfather say", level=2)
    d.para("Denise and Mark say Callum has worked incredibly hard since his injury and that "
           "his sense of humour has come back. They see the fatigue every day: he sleeps "
           "for two or three hours after college. They are worried about his safety near "
           "roads and in the workshop, about his low moods, and about his seizures. They "
           "want the college to understand that he can look fine but still be struggling, "
           "and they want him to have a proper route to a job.")
    d.heading("Callum's aspirations", level=2)
    d.para("To work as a cycle mechanic, to live in his own flat with friends, to ride a bike "
           "again when his doctors agree it is safe, and to coach younger riders at his old "
           "cycling club.")

    d.heading("Section B   Special educational needs", section="B")
    d.para("In May 2024, aged 16, Callum was hit by a car while cycling and suffered a "
           "severe traumatic brain injury. He spent six weeks in hospital and four months "
           "in a neuro-rehabilitation unit, and missed his GCSE examinations. He returned to "
           "education at Wrayfield College in September 2025.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum's general reasoning is in the average range, but the neuropsychology "
           "assessment of November 2025 found severe difficulties with verbal memory and "
           "with planning and organising. He forgets instructions within minutes, loses "
           "track of tasks that have several stages, and often arrives at the wrong room or "
           "without the equipment he needs. His speed of processing is slow (below the 5th "
           "centile), so he falls behind when information is given quickly. He reads at "
           "about the level of a 12-year-old and tires quickly when reading. In maths he is "
           "working at Functional Skills Level 1; he can no longer recall times tables or "
           "methods he used to know. Cognitive fatigue builds through the day: by early "
           "afternoon his attention and memory are much worse.")
    d.heading("Communication and interaction", level=2)
    d.para("Callum has word-finding difficulties. In conversation he pauses, uses \"thing\" "
           "or \"whatsit\" for names of objects, and loses his thread, which embarrasses "
           "him. He finds fast group conversations hard to follow. Since his injury he "
           "sometimes interrupts, or says things that upset others, without realising it.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Callum has periods of low mood and frustration as he adjusts to the changes "
           "in his life, and he has lost touch with most of his school friends. He is "
           "frightened of traffic and crowded places, and becomes anxious crossing roads. "
           "When he is tired or overwhelmed he can become irritable and walk out of lessons.")
    d.heading("Sensory and physical", level=2)
    d.para("Callum has weakness and reduced coordination in his left arm and leg. He is "
           "slower and less precise with his left hand, finds it hard to hold a component "
           "steady while he uses a tool, and his balance is less reliable when he carries "
           "things. He has headaches and is sensitive to bright light and noise, which "
           "make his fatigue worse.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Callum does not travel anywhere on his own. He has not been in a workplace since "
           "his injury and does not know how his difficulties might affect him at work. "
           "He can make a snack but forgets steps when cooking a meal, and he needs help to "
           "manage his money and remember appointments. He has not yet taken charge of his "
           "own medication.")

    d.heading("Section C   Health needs", section="C")
    d.para("Callum has a severe traumatic brain injury (May 2024), with left-sided weakness, "
           "cognitive impairment and post-traumatic epilepsy. He has had three focal seizures "
           "since his injury, the last in October 2025, and takes levetiracetam. He is under "
           "the care of the rehabilitation medicine consultant and the neurology clinic at "
           "Cartmel Royal Infirmary and has been discharged from the inpatient neuropsychology "
           "service. He has post-traumatic headaches. He is not allowed to ride a bicycle on "
           "the road or drive until his neurologist agrees.")

    d.heading("Section D   Social care needs", section="D")
    d.para("Callum is 18. Adult Social Care completed a Care Act needs assessment in January "
           "2026 and found that he is eligible for support with preparing meals, managing "
           "his money and taking part in activities in the community, because of his memory "
           "and planning difficulties and his fatigue. His mother has reduced her working "
           "hours to look after him and has asked for a carer's assessment.")

    d.heading("Section E   Outcomes", section="E")
    d.para("The college will agree short steps towards these outcomes with Callum at his "
           "progress review each term.")
    d.numbered([
        "By July 2026, Callum will achieve GCSE English Language at grade 4 or above.",
        "By July 2027, Callum will service a bicycle (brakes, gears and wheel truing) to the workshop checklist with no more than one prompt from his tutor.",
        "By December 2026, Callum will arrive at every timetabled session with the right kit, using his phone calendar and OneNote, in at least 9 out of 10 college weeks.",
        "Callum will improve his memory and communication.",
        "By December 2026, Callum will travel by bus between home and college on his own every college day.",
        "Callum will run his own bike repair business.",
        "Callum will attend counselling to help with his mood.",
        "By March 2027, Callum will cook a simple evening meal at home three times a week, following a written checklist, without anyone else's help.",
    ], fmt="E{n}")

    d.heading("Section F   Special educational provision", section="F")
    d.para("Cartmel Borough Council will secure the provision in the table below. It applies "
           "in the college's 36 teaching weeks each year, for as long as this plan is "
           "maintained, unless the entry says otherwise.")
    _provision_table(d, [
        [BANNER, "Learning and employment"],
        ["F1", "English GCSE resit",
         "Callum will be taught GCSE English Language in a resit class of no more than eight students by a qualified English teacher, for three hours a week in two sessions (Tuesday and Thursday mornings). The teacher will give him a printed copy of each lesson's slides at the start of the lesson.",
         "E1"],
        ["F2", "Support in theory lessons",
         "The level of in-class support in Callum's cycle maintenance theory lessons will be decided each term by the Additional Learning Support team.",
         "E2"],
        ["F3", "Workshop support",
         "Callum will have a learning support assistant beside him at the workbench for the whole of both weekly workshop sessions (Mondays and Wednesdays, 9:30 to 15:00), ten hours a week in total. The assistant holds a Level 3 Certificate in Supporting Teaching and Learning and has completed the Headway 'Understanding brain injury' course. They will break each job into a written checklist, steady components while Callum works with his weaker left hand, and stop him if he misses a safety step.",
         "E2"],
        ["F4", "Exam arrangements",
         "Callum should be considered for exam access arrangements, for example extra time, supervised rest breaks or a scribe.",
         "E1, E2"],
        ["F5", "Laptop and apps",
         "A college laptop for Callum's sole use in every lesson and at home, set up with Microsoft OneNote and speech-to-text dictation, and the Brain in Hand planning app on his phone. An advisory teacher from the Cartmel Assistive Technology Service will give him three one-hour training sessions in the first four weeks of the autumn term and a 30-minute refresher every half-term after that.",
         "E3"],
        ["F6", "Work placement",
         "A work placement in a bike shop will be arranged once Callum's neuropsychologist agrees that he is ready.",
         "E2, E6"],
        ["F7", "Careers guidance",
         "Every half-term Callum will have a 45-minute one-to-one careers interview with the college careers adviser, who is registered with the Career Development Institute, to plan his route from this course to a Level 2 cycle mechanics course or an apprenticeship. If Callum wishes, his mother can join the meeting.",
         "E6"],
        [BANNER, "Memory, thinking and communication"],
        ["F8", "Memory and planning coaching",
         "Twice a week, on Monday at 9:00 and Thursday at 13:00, Callum will spend 30 minutes with his learning coach setting up his week in OneNote and his phone calendar, checking his deadlines and rehearsing the 'stop, think, plan, check' routine taught by his neuropsychologist. The coach has completed the Brain Injury Rehabilitation Trust's training for education staff and has supervision once a half-term from the college's specialist learning support manager.",
         "E3, E4"],
        ["F9", "Speech and language therapy",
         "The community neuro-rehabilitation speech and language therapist will provide a programme for college staff to follow to help Callum with word-finding.",
         "E4"],
        ["F10", "Neuropsychology",
         "Input from a clinical neuropsychologist, up to six sessions a year, to advise tutors on Callum's memory and attention difficulties.",
         "E3, E4"],
        ["F11", "Managing fatigue",
         "Callum's tutors will be flexible about deadlines, and where possible his timetable will avoid lessons after 2pm so that he can rest as necessary.",
         "E3"],
        ["F12", "Planned rest",
         "At 11:00 and again at 13:30 every college day, Callum will rest for 20 minutes in the quiet room of the Learning Centre, prompted by an alarm on his phone. The Learning Centre duty assistant notes the times he arrives and leaves.",
         "E3"],
        ["F13", "Study skills group",
         "Callum will join a small study skills group run by the Learning Centre.",
         "E3"],
        ["F14", "Maths",
         "Callum will carry on with Functional Skills maths at Level 1, with extra help from a tutor if required.",
         "E1"],
        [BANNER, "Health and emotional wellbeing"],
        ["F15", "Psychological therapy",
         "A 50-minute one-to-one session every week in term time with an HCPC-registered counselling psychologist from the Cartmel Acquired Brain Injury Service, using CBT adapted for memory difficulties (a written summary and an audio recording of each session for Callum to keep), to help him manage low mood and his fear of traffic and crowds. The psychologist sends a written progress report to each annual review.",
         "E5, E7"],
        ["F16", "Mentoring",
         "A mentor from Student Services will check in with Callum regularly, with the sessions tapering off over the year.",
         "E7"],
        ["F17", "Physiotherapy",
         "Callum will use the college gym to follow the exercise programme set by his physiotherapist, subject to gym staff being available.",
         "E2"],
        [BANNER, "Independent living and community"],
        ["F18", "Travel training",
         "A travel trainer from the Cartmel Independent Travel Service, who holds the Level 3 Award in Independent Travel Training, will teach Callum to use the 512 bus between Cartmel Bridge and the college, including crossing the main road at the light-controlled crossing. Training is two 90-minute return journeys a week for ten weeks from 20 April 2026; after that the trainer will follow at a distance until Callum has made the journey alone and safely on five college days in a row.",
         "E5"],
        ["F19", "Life skills",
         "Callum will take part in the college's Life Skills sessions as his timetable allows, covering things such as cooking, budgeting and using a bank card.",
         "E8"],
        ["F20", "Clubs and social life",
         "Opportunities to join college enrichment clubs, for example the cycling club, with a support worker going with him initially.",
         "E7"],
    ])

    d.heading("Section G   Health care provision", section="G")
    d.bullets([
        "Levetiracetam is given at home morning and evening. A seizure management plan written by the epilepsy nurse specialist is kept by the college, and buccal midazolam is given as required by one of the three staff trained to do so.",
        "Review by the neurology clinic at Cartmel Royal Infirmary every six months.",
        "A block of neuro-physiotherapy from the community neuro-rehabilitation team when a place becomes available.",
        "Follow-up from the clinical neuropsychology service, to be confirmed by the ICB.",
    ])

    d.heading("Section H1   Social care provision under section 2 of the Chronically Sick "
              "and Disabled Persons Act 1970", section="H1")
    d.para("Not applicable. Callum is 18, so his social care support is set out in Section H2.")
    d.heading("Section H2   Other social care provision", section="H2")
    d.bullets([
        "Care and support plan under the Care Act 2014, dated 19 January 2026: a personal assistant for 6 hours a week (Tuesday and Friday evenings, 3 hours each) to help Callum cook a meal, manage his money and get to and from his cycling club.",
        "Respite for the family as needed.",
    ])

    d.heading("Section I   Placement", section="I")
    d.para("Wrayfield College, Cartmel Bridge (general further education college) - "
           "Foundation Studies: Cycle Maintenance and Repair, Level 1, four days a week.")

    d.heading("Section J   Personal budget", section="J")
    d.para("Callum has not asked for a personal budget for the provision in Section F. His "
           "personal assistant in Section H2 is arranged by Adult Social Care.")

    d.heading("Section K   Advice and information", section="K")
    d.bullets([
        "Callum's views - recorded with his personal tutor, Ms J. Arkwright, 4 December 2025",
        "Parental views - Denise Brereton and Mark Ainsley, 1 December 2025",
        "Educational advice - Mr D. Olawale, Head of Additional Learning Support, Wrayfield College, 9 December 2025",
        "Psychological advice - Dr F. Ambrose, Educational Psychologist, 15 December 2025",
        "Medical advice - Dr K. Sandhu, Consultant in Rehabilitation Medicine, Cartmel Royal Infirmary, 11 December 2025",
        "Clinical neuropsychology report - Dr M. Pellegrini, Consultant Clinical Neuropsychologist, 18 November 2025",
        "Speech and language therapy advice - Community Neuro-Rehabilitation Team",
        "Physiotherapy advice - Ms A. Chadwick, Neuro-Physiotherapist, 12 December 2025",
        "Social care advice - Cartmel Adult Social Care Transitions Team, 8 January 2026",
        "Preparing for adulthood advice - Wrayfield College Careers Service, 6 January 2026",
    ])
