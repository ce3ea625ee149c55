"""Millthorpe City Council - AMENDED FINAL plan after annual review, for a young person of 21
(post-19, 'Year 16') with Down syndrome, a learning disability and verbal dyspraxia, on a
supported internship run by a specialist post-19 college and hosted by a hospital. Headings
are Word Heading 1 in the form 'Section F | Special educational provision' (vertical bar).
Cover is bold-label lines plus a version-history table. Section E is paragraphs under bold
preparing-for-adulthood sub-headings. Section F is one four-column table (What will happen |
When and how often | Who will do it | How we will know it is working) running over page
breaks, with merged, shaded banner rows for the preparing-for-adulthood areas. H1 is not
applicable (18+); H2 refers to the Care Act care and support plan. Section I gives the
type but leaves the institution unnamed pending consultation."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Rhys Quayle"

HDR = ["What will happen", "When and how often", "Who will do it",
       "How we will know it is working"]
W = [5.6, 3.7, 3.9, 3.6]


def make_doc():
    from build import PlanDoc  # noqa: E402  (build.py is on sys.path when run)
    return PlanDoc(font_size=10.5, heading_color="7B2D26", margins_cm=2.0)


def _h(d, letter, title):
    d.heading(f"Section {letter} | {title}", level=1, section=letter)


def _banner_table(d, rows):
    """rows: list of 4-cell lists, or a str for a merged, shaded banner row."""
    flat = [[r, "", "", ""] if isinstance(r, str) else r for r in rows]
    t = d.table(HDR, flat, widths_cm=W, font_size=9.5, header_fill="F2DCDB")
    for i, r in enumerate(rows, start=1):
        if isinstance(r, str):
            cells = t.rows[i].cells
            merged = cells[0].merge(cells[3])
            for p in merged.paragraphs:
                for run in p.runs:
                    run.bold = True
            tcpr = merged._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "EADFD0")
            tcpr.append(shd)
    return t


def build(d):
    d.running_header_footer("Millthorpe City Council | EHC Plan | Rhys Quayle | "
                            "Amended final 19/12/2025", first_page_plain=True)
    d.title("Millthorpe City Council", size=13, color="7B2D26")
    d.title("Education, Health and Care Plan", size=22, color="7B2D26")
    d.para("AMENDED FINAL PLAN \u2013 following annual review", bold=True, size=12.5)
    d.label_para("Name: ", "Rhys Quayle")
    d.label_para("Date of birth: ", "14/11/2004 (age 21)")
    d.label_para("NHS number: ", "999 584 3312")
    d.label_para("Address: ", "22 Kilnfield Terrace, Millthorpe, XJ9 3TW")
    d.label_para("Lives with: ", "Bernadette Quayle (mother)")
    d.label_para("Contact: ", "07700 900277 (Bernadette); bernadette.quayle@example.com")
    d.label_para("Education or training: ", "Supported internship with Weaver's Reach College, "
                 "hosted by Millthorpe General Hospital")
    d.label_para("Year of education: ", "Year 16 (post-19); third year with Weaver's Reach "
                 "College")
    d.label_para("EHC coordinator: ", "Priya Lindqvist, Post-16 SEND Team")
    d.label_para("Next annual review by: ", "13/10/2026")
    d.table(["Version", "Date", "Reason"], [
        ["Final EHC plan", "12/07/2023", "Transfer to Weaver's Reach College"],
        ["Amended final", "22/01/2025", "Annual review, October 2024"],
        ["Proposed amendments", "07/11/2025", "Annual review meeting held 14/10/2025"],
        ["Amended final (this plan)", "19/12/2025", "Amendments finalised after Rhys's and "
         "Bernadette's comments"],
    ], widths_cm=[4.4, 3.0, 9.4], font_size=9.5, header_fill="F2DCDB")

    # ---------------------------------------------------------------- A
    _h(d, "A", "About me: my views, interests and aspirations")
    d.para("Rhys gave his views on 30 September 2025 with his speech and language therapist, "
           "using Talking Mats and his communication app, and again at his review meeting, "
           "where he used his app and Makaton. His words are shown in quotation marks.")
    d.para("\"Hospital good. Kitchen best. Big machine \u2013 loud!\" Rhys put 'working in the "
           "kitchen', 'football' and 'my money' on the 'like' side of his mat, and 'new people' "
           "and 'bus on my own' under 'not sure'.")
    d.para("\"Want job. Real money. My house with friends.\" Rhys wants a paid job in a "
           "hospital kitchen when he finishes his internship, and one day to live in a shared "
           "house with friends. He supports Millthorpe Rovers and plays in a disability "
           "football team on Saturdays. He loves music quizzes and video calls with his sister "
           "Ffion, who is at university.")
    d.para("Bernadette (Rhys's mum) says: \"Rhys has grown up so much on the internship. He "
           "is proud of his uniform and his lanyard. I want him to be able to get to work on the "
           "bus without me, to handle his own money and to have a life that is not just me and "
           "him at home.\"")

    # ---------------------------------------------------------------- B
    _h(d, "B", "My special educational needs")
    d.bold_line("Communication and interaction", size=11.5)
    d.para("Rhys has verbal dyspraxia. He speaks in phrases of two to four words; familiar "
           "people understand about half of what he says and unfamiliar people much less. He "
           "uses Makaton signs and a symbol-based communication app on his iPad, but he rarely "
           "uses them with people he does not know. He understands short sentences about the "
           "here and now, especially with a picture or a sign, but he finds words about time, "
           "quantity and feelings hard. He does not yet ask for help at work: he waits, or "
           "stops the task.")
    d.bold_line("Cognition and learning", size=11.5)
    d.para("Rhys has a moderate learning disability. He reads about 60 familiar words, "
           "including the signs and labels in his work areas, and is working at Entry Level 1 "
           "in English and maths. He recognises all coins and notes but cannot yet work out "
           "whether he has enough money or check his change. He can tell the time to the "
           "hour and half hour. He learns new tasks best when they are broken into small steps "
           "and practised in the same order every time.")
    d.bold_line("Social, emotional and mental health", size=11.5)
    d.para("Rhys is friendly and keen to please, but he becomes anxious when routines, places "
           "or staff change without warning. When anxious he goes quiet, paces or walks away "
           "from his work area. He is very trusting and has twice given his bank card details "
           "to someone he met online.")
    d.bold_line("Sensory and physical", size=11.5)
    d.para("Rhys has low muscle tone and tires on long shifts, especially after a poor night's "
           "sleep. He is distressed by sudden loud noise, such as the dishwasher and pan wash "
           "in the hospital kitchen. His hearing was tested in 2025 and is within normal "
           "limits.")
    d.bold_line("Independence and daily living", size=11.5)
    d.para("Rhys has not yet travelled on public transport on his own; Bernadette drives him "
           "to the hospital. He can make a sandwich and a hot drink but needs step-by-step "
           "prompts to cook a simple meal. He does not yet plan what to buy or keep to a "
           "budget.")

    # ---------------------------------------------------------------- C
    _h(d, "C", "My health needs")
    d.bullets([
        "Down syndrome.",
        "Hypothyroidism, treated with levothyroxine, which Rhys takes at home each morning.",
        "Obstructive sleep apnoea: Rhys uses a CPAP machine at night. When he has not used it, "
        "he is very tired the next day and finds it harder to learn and to concentrate at "
        "work.",
    ])

    # ---------------------------------------------------------------- D
    _h(d, "D", "My social care needs")
    d.para("Millthorpe Adult Social Care assessed Rhys under the Care Act 2014 on 4 November "
           "2025. He has eligible needs in preparing meals, taking part in leisure and "
           "community activities, and developing and keeping friendships. Bernadette has had a "
           "carer's assessment and needs regular breaks from caring. Rhys and Bernadette would "
           "like him to move into supported living within the next few years.")

    # ---------------------------------------------------------------- E
    _h(d, "E", "My outcomes")
    d.para("Weaver's Reach College will set termly targets towards each outcome with Rhys "
           "and share them with Bernadette.")
    d.bold_line("Employment", size=11.5)
    d.para("**E1**  By July 2026, Rhys will complete each of his shifts in the hospital kitchen using "
           "his picture task list, needing no more than two prompts from his job coach per "
           "shift, on 4 out of 5 shifts.")
    d.para("**E2**  By July 2026, Rhys will use his communication app or Makaton to ask a colleague he "
           "does not know well for help or for an item, on at least 4 out of 5 chances recorded "
           "by his job coach.")
    d.para("**E3**  Rhys will get a paid job in a hospital kitchen.")
    d.bold_line("Independent living", size=11.5)
    d.para("**E4**  By the end of his internship (July 2026), Rhys will travel on the number 17 bus "
           "between home and Millthorpe General Hospital on his own on 10 working days in a "
           "row.")
    d.para("**E5**  Rhys will get better at handling money.")
    d.para("**E6**  By October 2026, Rhys will plan and cook a two-step meal at home, for example pasta "
           "with a jar of sauce, with no more than one spoken prompt.")
    d.para("**E7**  Rhys will attend travel training sessions.")
    d.bold_line("Good health", size=11.5)
    d.para("**E8**  By April 2026, Rhys will phone his GP surgery and book an appointment himself, "
           "using a picture script.")

    # ---------------------------------------------------------------- F
    _h(d, "F", "Special educational provision")
    d.para("Millthorpe City Council will secure the provision below. Unless it says otherwise, "
           "it runs for the 38 weeks of the college year, from September 2025 to July 2026.")
    _banner_table(d, [
        "Employment and further learning",
        ["Supported internship at Millthorpe General Hospital: Rhys works in three departments "
         "in turn (kitchen, linen room and central stores), 11 weeks in each, with a 20-minute "
         "seated break at 11:30 on every shift",
         "Monday, Tuesday and Thursday, 9:30 to 14:00 (13.5 hours a week), 38 weeks from "
         "September 2025 to July 2026",
         "Internship lead at Weaver's Reach College, who holds the BASE Level 4 Diploma in "
         "Supported Employment, with a named hospital manager in each department, trained by "
         "the college as a workplace mentor",
         "Rotation reviews with Rhys in weeks 11, 22 and 33; outcome E1"],
        ["1:1 job coaching on every shift, using systematic instruction to teach each new task "
         "step by step from a written task analysis",
         "Throughout every internship shift (13.5 hours a week)",
         "Job coach holding the BASE Level 3 Certificate in Supported Employment Practice",
         "Prompt records for each task step, checked fortnightly by the internship lead; "
         "outcome E1"],
        ["English and maths linked to Rhys's work: reading rotas and signs, counting and "
         "recording stock, and paying in the hospital shop, working towards Entry Level 2 "
         "Functional Skills",
         "Every Wednesday, 2 to 2\u00bd hours, in a class of no more than 8 interns",
         "FE teacher holding the Level 5 Diploma in Education and Training",
         "Functional Skills assessments by June 2026"],
        ["Employability sessions on topics such as CV writing, interview practice and "
         "workplace behaviour",
         "As part of the internship timetable",
         "Internship team",
         "Rhys will be more ready for work"],
        ["A four-week work trial in the hospital catering department in June 2026, with his job "
         "coach with him for the whole of each shift",
         "Three 4.5-hour shifts a week for four weeks, if the department has capacity to host a "
         "trial",
         "Job coach (BASE Level 3 Certificate)",
         "Written feedback from the catering manager; outcome E1"],
        "Communication",
        ["Direct speech and language therapy in the workplace: 1:1 practice of greetings, "
         "requests and asking for help using his app, Makaton and speech",
         "One 45-minute session every fortnight in term time (19 sessions a year)",
         "HCPC-registered speech and language therapist employed by Weaver's Reach College",
         "Termly count of unprompted requests in two observed shifts; outcome E2"],
        ["A communication programme set by the speech and language therapist, to be practised "
         "during shifts",
         "On every shift",
         "Job coach",
         "Rhys uses his app more"],
        ["Rhys's iPad with his symbol-based communication app, carried on every shift, with new "
         "work vocabulary for each department added before each rotation starts",
         "Every internship and college day; vocabulary updated in the week before each "
         "rotation",
         "Vocabulary set up by the HCPC-registered speech and language therapist; the job coach "
         "checks the iPad is charged at the start of each shift",
         "App use log reviewed by the therapist each term; outcome E2"],
        ["Makaton signs used with Rhys wherever possible",
         "Throughout the day",
         "Staff",
         "Rhys understands instructions"],
        "Independent living",
        ["Independent travel training for the journey on the number 17 bus from home to "
         "Millthorpe General Hospital and back (a 35-minute journey each way)",
         "Every internship day from January 2026; 1:1 to begin with, the trainer then stepping "
         "back as Rhys gains confidence",
         "Independent travel trainer who has completed the Millthorpe Travel Independence "
         "accredited trainer course, paid for through Rhys's direct payment (Section J)",
         "Outcome E4: ten journeys in a row on his own"],
        ["Cooking practice at home using the college's picture recipe cards",
         "Twice a week",
         "Rhys's mum, Bernadette",
         "Outcome E6"],
        ["Independent living skills in the college training flat: planning a menu, shopping "
         "with a \u00a310 budget and cooking a two-step meal, following the ASDAN Independent "
         "Living short course",
         "Every Friday, 10:00 to 14:30, in term time",
         "Independent living tutor (qualified teacher), in a group of no more than 4 learners",
         "ASDAN credits and prompt records; outcomes E5 and E6"],
        ["Help with money skills: using his bank card, checking his change and keeping to a "
         "budget",
         "Ongoing",
         "College support staff",
         "Outcome E5"],
        ["A programme to prepare Rhys for moving into supported living, to be agreed after an "
         "assessment of his daily living skills",
         "To be decided at the next annual review",
         "The college",
         "To be agreed"],
        "Friends, relationships and community",
        ["Keeping Safe lessons: relationships and sex education, consent, online safety, and "
         "what to do if someone asks him for money or his bank card",
         "One 45-minute lesson every week in the autumn and spring terms, in a group of no more "
         "than 6 learners",
         "Qualified teacher who leads PSHE at Weaver's Reach College",
         "Rhys explains three ways of keeping safe online using picture scenarios, checked "
         "each term"],
        ["Rhys will have the opportunity to join enrichment activities and trips with other "
         "learners",
         "Through the year",
         "College",
         "Rhys has more friends"],
        ["It is recommended that Rhys continues at the Millthorpe Rovers disability football "
         "sessions to keep up his friendships outside college",
         "Saturday mornings",
         "",
         ""],
        "Health and emotional wellbeing",
        ["Health self-advocacy sessions: telling someone he feels unwell, and booking a GP "
         "appointment by phone using a picture script",
         "One 30-minute 1:1 session every Wednesday at 13:00 in the spring term 2026 (12 "
         "sessions)",
         "College health and wellbeing practitioner, a registered nurse (NMC)",
         "Outcome E8"],
        ["Preparation for changes: when a rota, department or member of staff changes, Rhys is "
         "told in advance with a short personalised Social Story and his visual timetable is "
         "updated with him",
         "At least 2 working days before every planned change",
         "Job coach, who has completed the college's Social Stories training",
         "Fewer episodes of distress recorded in the shift log"],
        ["Access to a quiet space and ear defenders when the kitchen gets too noisy",
         "As needed",
         "Job coach",
         "Rhys stays for his full shift"],
    ])

    # ---------------------------------------------------------------- G
    _h(d, "G", "Health provision")
    d.para("Agreed by NHS Millthorpe and Dale Integrated Care Board on 2 December 2025.")
    d.bullets([
        "Thyroid function blood test every 12 months, arranged by Rhys's GP at Millthorpe Road "
        "Surgery, with his levothyroxine dose set by the GP from the result.",
        "An annual learning disability health check with his GP practice, with a health action "
        "plan written in easy read and shared with Rhys and Bernadette.",
        "CPAP machine and masks supplied and serviced by the Millthorpe Sleep Service, with a "
        "sleep review when the service is able to offer an appointment.",
        "Community learning disability nursing support as required.",
    ])

    # ---------------------------------------------------------------- H
    _h(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled "
       "Persons Act 1970")
    d.para("Not applicable. Rhys is over 18, so no provision is made under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970. His adult social care support is "
           "in Section H2.")
    _h(d, "H2", "Other social care provision")
    d.para("The following is taken from Rhys's Care Act care and support plan dated 4 November "
           "2025.")
    d.bullets([
        "A personal assistant for 6 hours every Saturday (10:00 to 16:00) to support Rhys to "
        "get to football, go shopping and meet friends in town, paid through an adult social "
        "care direct payment.",
        "Two hours every Thursday evening with his personal assistant, teaching Rhys to plan, "
        "shop for and cook a simple meal in the kitchen at home.",
        "Respite for Bernadette when needed.",
    ])

    # ---------------------------------------------------------------- I
    _h(d, "I", "Placement")
    d.label_para("Type of institution: ", "Independent specialist post-16 institution "
                 "(section 41 approved), delivering a supported internship.")
    d.label_para("Name of institution: ", "The local authority is consulting Weaver's Reach "
                 "College about continuing Rhys's placement and will name the institution when "
                 "the consultation is complete.")

    # ---------------------------------------------------------------- J
    _h(d, "J", "Personal budget")
    d.para("Rhys has a personal budget for his travel training. It is paid as a direct payment "
           "of \u00a31,480 a year to Bernadette Quayle, who manages it for Rhys as his "
           "'suitable person', and is used to employ his independent travel trainer.")
    d.para("Rhys's personal assistant (Section H2) is paid for separately, through an adult "
           "social care direct payment of \u00a3109 a week under his Care Act care and support "
           "plan.")

    # ---------------------------------------------------------------- K
    _h(d, "K", "Advice and information")
    d.table(["", "Advice", "From", "Date"], [
        ["1", "Rhys's views", "Rhys, with his speech and language therapist", "30/09/2025"],
        ["2", "Parent's views", "Bernadette Quayle", "03/10/2025"],
        ["3", "Educational advice (annual review report)", "Internship lead, Weaver's Reach "
         "College", "07/10/2025"],
        ["4", "Speech and language therapy advice", "Ms C. Aldous, HCPC-registered speech and "
         "language therapist, Weaver's Reach College", "29/09/2025"],
        ["5", "Psychological advice", "Dr Tomasz Wren, Educational Psychologist", "17/03/2025"],
        ["6", "Medical advice", "GP, Millthorpe Road Surgery", ""],
        ["7", "Social care advice: Care Act needs assessment and care and support plan",
         "Millthorpe Adult Social Care", "04/11/2025"],
        ["8", "Preparing for adulthood and careers advice", "Mr S. Oduya, Careers Adviser, "
         "Millthorpe Careers Service", "02/10/2025"],
    ], widths_cm=[0.9, 6.2, 6.9, 2.8], font_size=9.5, header_fill="F2DCDB")
