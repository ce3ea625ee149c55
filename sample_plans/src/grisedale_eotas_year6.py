"""Grisedale Council - Year 6 child with end-stage kidney disease on haemodialysis three
times a week and long hospital admissions, educated otherwise than in school (section 61):
home teaching from the LA's medical needs teaching service plus bedside teaching from the
hospital school. Word Heading 1 headings with an em dash and partly personalised titles
('Section F \u2014 Special educational provision'). Cover lines in bold labels. E is a
three-column table (No. | Outcome | By when), some 'By when' cells blank. Section F opens with
a section 61 statement, then five numbered strand lines in bold coloured text, each with a
one-sentence italic note, over hanging-indent items lettered (a) to (t) that run on across
the strands. Separate H1 and H2. FINAL plan."""

from docx.shared import Cm

TITLE = "Education, Health and Care Plan - Maisie Thornber"

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _strand(d, title, note):
    d.bold_line(title, size=12, color="5B2C6F")
    d.para(note, italic=True)


def _items(d, items, start):
    for k, text in enumerate(items, start):
        p = d.doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
        d._runs(p, f"({_LETTERS[k]})\t" + text)
    return start + len(items)


def build(d):
    d.running_header_footer("Grisedale Council \u2014 Final EHC Plan \u2014 Maisie Thornber",
                            footer_left="Grisedale SEND Service", first_page_plain=True)
    d.title("Grisedale Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=20, color="5B2C6F")
    d.label_para("Child: ", "Maisie Thornber")
    d.label_para("Date of birth: ", "03.11.2014")
    d.label_para("NHS number: ", "999 318 4462")
    d.label_para("UPN: ", "G999410825063")
    d.label_para("Home address: ", "Flat 2, 41 Beckside Road, Grisedale, ZY3 8HT")
    d.label_para("Parents: ", "Kerry Thornber and Dean Thornber")
    d.label_para("Telephone: ", "01632 960342 (home), 07700 900127 (Kerry)")
    d.label_para("E-mail: ", "kerry.thornber@example.com")
    d.label_para("National Curriculum year: ", "Year 6")
    d.label_para("Education: ", "Education otherwise than in school (section 61), since January 2026")
    d.label_para("Plan finalised: ", "10 February 2026")
    d.label_para("Review due by: ", "9 February 2027 (an early review will be held in June 2026 to plan for Year 7)")
    d.label_para("Case officer: ", "Tomasz Wierzbicki, Grisedale SEND Service")

    d.heading("Section A \u2014 Maisie's views, interests and aspirations, and her parents' views", section="A")
    d.para("Maisie talked to the hospital play specialist and her hospital teacher on the "
           "children's kidney unit on 13 January 2026, while she was on dialysis. She chose "
           "to draw her answers and then explained them; her teacher wrote down what she "
           "said.")
    d.para("\"I have to come to hospital three times a week to have my blood cleaned because "
           "my kidneys don't work. It takes four hours and it's boring unless I have "
           "something to do. I like drawing animals, slime videos and doing quizzes with the "
           "nurses. I miss my friends at Ings Lane the most. I'm worried I'll be behind when "
           "I go to big school. When I grow up I want to be a nurse on this ward, because "
           "the nurses here are kind.\"")
    d.para("Kerry and Dean say Maisie is brave, chatty and very caring towards her little "
           "brother, Alfie, who is six. Since she started dialysis in September 2025 she "
           "has been in hospital for five weeks in total, and on the days she is at home she "
           "is often too tired for more than a couple of hours of work. They want her "
           "teaching to be properly planned around her treatment, not fitted in when "
           "someone is free, and they want her to keep her friendships while she waits for "
           "a kidney transplant.")

    d.heading("Section B \u2014 Maisie's special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has missed about 40% of her schooling since Year 4 because of illness, "
           "appointments and admissions. Her teachers' assessments show gaps in number facts "
           "(she does not yet know her 6, 7, 8 and 9 times tables) and in reading "
           "comprehension, particularly inference and summarising, where she is working at "
           "about the level expected in Year 4. Her educational psychologist found that her "
           "working memory and processing speed are below average, made worse by fatigue "
           "and by the effects of kidney failure on concentration. She tires after about "
           "40 minutes of focused work.")
    d.heading("Physical", level=2)
    d.para("Maisie is left-handed and her dialysis fistula is in her left arm, which must "
           "stay still for the whole four-hour session. She cannot write by hand during "
           "dialysis and has not yet learnt other ways to record her work. She often has "
           "cramp and nausea towards the end of a session.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie is anxious about needles, about her transplant and about falling behind. "
           "Her mood has been low since she stopped attending school, and she has become "
           "withdrawn from her friends because she feels she has \"nothing to talk about\". "
           "She has few chances to be with other children of her age.")

    d.heading("Section C \u2014 Maisie's health needs related to her SEN", section="C")
    d.para("Maisie has end-stage kidney disease caused by a congenital kidney condition. She "
           "has haemodialysis through a fistula in her left arm three times a week at the "
           "Ashburn Children's Kidney Unit and is on the waiting list for a transplant. She "
           "follows a strict diet and fluid allowance and takes several daily medicines. "
           "Infections and complications lead to admissions lasting from a few days to "
           "several weeks. Fatigue, nausea and poor concentration are part of her "
           "condition.")

    d.heading("Section D \u2014 Maisie's social care needs", section="D")
    d.para("Maisie is a disabled child. Her mother gave up work to care for her, and the "
           "family make three return journeys a week of 28 miles to Ashburn for dialysis. "
           "Her father works away during the week. The family have asked for a break from "
           "caring at times, and Alfie's school has raised concerns about the strain on him.")

    d.heading("Section E \u2014 Outcomes we are working towards", section="E")
    d.para("The education coordinator will agree half-termly steps towards each outcome with "
           "Maisie's teachers and share them with her parents.")
    d.table(["No.", "Outcome", "By when"], [
        ["E1", "Maisie will recall multiplication and division facts to 12 \u00d7 12 with at least 90% accuracy in a three-minute test.", "July 2026"],
        ["E2", "Maisie will read an unseen text at her age level and answer inference questions about it with at least 75% accuracy.", "End of Year 7"],
        ["E3", "Maisie will catch up with her learning.", "Ongoing"],
        ["E4", "Maisie will dictate a 150-word piece of writing using voice typing and correct it herself, without adult help.", "December 2026"],
        ["E5", "Maisie will have home tuition and hospital teaching.", ""],
        ["E6", "Maisie will take part in a video call or a visit with children from her Year 6 class at least once a fortnight.", "July 2026"],
        ["E7", "Maisie will feel happier.", ""],
        ["E8", "Maisie will be a nurse on a children's ward.", ""],
    ], widths_cm=[1.3, 12.0, 3.3])

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("Grisedale Council will arrange the education below otherwise than in school under "
           "section 61 of the Children and Families Act 2014, because it would be "
           "inappropriate for it to be made in a school while Maisie is on dialysis and "
           "awaiting a transplant. It runs in term time for the life of this plan.")

    n = 0
    _strand(d, "1.  Teaching at home",
            "Provided by the Grisedale Medical Needs Teaching Service at the family home.")
    n = _items(d, [
        "Individual English and maths teaching at home every Tuesday and Thursday from 10:00 to 12:00 (four hours a week in term time), by the same qualified teacher from the Medical Needs Teaching Service each time.",
        "Further home teaching in science and the wider curriculum of up to two hours a week, by a Medical Needs Teaching Service teacher.",
        "Maisie will join some lessons with her old class at Ings Lane Primary School by video link, where the school's timetable allows.",
        "A laptop on loan from the service for Maisie's sole use at home and on the ward, with Clicker 8, Microsoft Teams and a webcam installed; the service's ICT technician will set it up and train Maisie and her mother in one 1-hour session before 6 March 2026.",
        "Home learning packs for Maisie to complete with her mother on the days she is not taught.",
    ], n)

    _strand(d, "2.  Teaching in hospital",
            "Provided by Ashburn Hospital School on the children's kidney unit and wards.")
    n = _items(d, [
        "On each dialysis day (Monday, Wednesday and Friday), one hour of individual bedside teaching from 13:30 to 14:30 by a qualified teacher from Ashburn Hospital School.",
        "During admissions of more than a week, teaching on the ward as Maisie's health permits, subject to review by the hospital school.",
        "Small-group literacy and maths work with other children on the ward when possible.",
        "Teaching in voice typing and one-handed mouse and keyboard skills for the first 15 minutes of every bedside session, by the hospital teacher, so that Maisie can record her work while her left arm is on dialysis.",
    ], n)

    _strand(d, "3.  Catching up",
            "These items are taught within, or alongside, the teaching in parts 1 and 2.")
    n = _items(d, [
        "Precision Teaching of multiplication and division facts to 12 \u00d7 12 for 10 minutes at the start of every home teaching session, by the home teacher, who charts a one-minute probe each time.",
        "A reading comprehension programme chosen by the home teacher, at a level and frequency she decides.",
        "The occupational therapist will advise the hospital teacher on Maisie's seating, positioning and writing equipment during dialysis, once a term.",
        "Extra catch-up tuition in the school holidays may be considered if Maisie misses a lot of teaching.",
    ], n)

    _strand(d, "4.  Wellbeing and friendships",
            "Therapy is arranged by Grisedale Council; the other items are shared between the two teaching services.")
    n = _items(d, [
        "Twelve weekly 45-minute sessions of non-directive play therapy, at home or on the ward, starting on 2 March 2026, with a play therapist registered with the British Association of Play Therapists, who will send a short summary to Maisie's parents and the education coordinator after the sixth and twelfth sessions.",
        "Opportunities to stay in touch with her friends from Ings Lane, such as visits, letters and video calls.",
        "Emotional support from a familiar adult whenever Maisie is upset about missing school or about her treatment.",
    ], n)

    _strand(d, "5.  Co-ordination and the move to secondary education",
            "The education coordinator is employed by the Medical Needs Teaching Service.")
    n = _items(d, [
        "A named education coordinator, who is a qualified teacher, will meet Maisie, her parents, the home teacher and the hospital teacher for one hour every half-term to check the timetable and Maisie's progress towards her outcomes, and will send everyone a written note of the meeting within five school days.",
        "The coordinator will decide how many teaching hours Maisie has, in line with medical advice.",
        "The home teacher and the hospital teacher will each spend 15 minutes every Friday updating Maisie's shared online learning log, so that each knows what the other has taught that week.",
        "A plan for Maisie's move to secondary education will be drawn up once her consultant has said whether she is well enough to attend school.",
    ], n)

    d.heading("Section G \u2014 Health provision", section="G")
    d.bullets([
        "Haemodialysis for four hours every Monday, Wednesday and Friday at the Ashburn Children's Kidney Unit, under the care of Dr F. Maguire, consultant paediatric nephrologist.",
        "Review of Maisie's diet and fluid allowance by the renal dietitian at each monthly kidney clinic.",
        "Anti-sickness medication given as required by the unit nurses during dialysis, as written on her drug chart.",
        "Psychology support from the renal psychology team when capacity allows.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Help with the cost of travel to Ashburn Children's Hospital: mileage paid at 45p a "
           "mile for three return journeys a week, arranged by the Grisedale Children with "
           "Disabilities Team.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("Short breaks for the family when needed.")

    d.heading("Section I \u2014 Where Maisie will be educated", section="I")
    d.para("Education otherwise than in school, arranged by Grisedale Council under section "
           "61 of the Children and Families Act 2014: home teaching from the Grisedale "
           "Medical Needs Teaching Service and bedside teaching from Ashburn Hospital "
           "School.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("No personal budget has been requested.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Kerry and Dean Thornber, 8 January 2026",
        "Maisie's views \u2013 gathered by Ms J. Abbott, Ashburn Hospital School, 13 January 2026",
        "Educational advice \u2013 Mrs S. Clegg, Grisedale Medical Needs Teaching Service, 15 January 2026",
        "Educational advice \u2013 Mr P. Rahman, Year 6 teacher, Ings Lane Primary School, 9 January 2026",
        "Psychological advice \u2013 Dr L. Petrakis, Educational Psychologist, 19 January 2026",
        "Medical advice \u2013 Dr F. Maguire, Consultant Paediatric Nephrologist, 12 January 2026",
        "Occupational therapy advice \u2013 Ms R. Haworth, Occupational Therapist, 16 January 2026",
        "Clinical psychology advice \u2013 Ashburn renal psychology team",
        "Social care advice \u2013 Grisedale Children with Disabilities Team, 20 January 2026",
    ])
