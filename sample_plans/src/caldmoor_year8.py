"""Caldmoor City Council - letter-dash-title Word headings with no word 'Section'
('F \u2013 Special educational provision'); cover details as bold-label lines; Section E as a
list numbered 'E1', 'E2' ...; Section F written as PROSE PARAGRAPHS under area-of-need Heading 2
sub-headings, one provision item per paragraph, where the amount, frequency or deliverer
often sits in a second or third sentence of the same paragraph. Year 8 pupil in a mainstream
secondary academy. FINAL."""

TITLE = "Education, Health and Care Plan - Maisie Tranter"


def build(d):
    d.running_header_footer("Caldmoor City Council \u2013 EHC Plan \u2013 Maisie Tranter (DOB 19/06/2013)",
                            footer_left="Final plan", first_page_plain=True)
    d.title("CALDMOOR CITY COUNCIL", size=14, color="4B2E83")
    d.title("Education, Health and Care Plan", size=22, color="4B2E83")
    d.para("Plan status: FINAL", bold=True)
    d.label_para("Name: ", "Maisie Tranter")
    d.label_para("Date of birth: ", "19/06/2013")
    d.label_para("Unique pupil number: ", "K410999913027")
    d.label_para("National Curriculum year: ", "Year 8")
    d.label_para("Parent: ", "Claire Tranter (mother), 16 Linnet Street, Caldmoor, ZY9 2WE")
    d.label_para("Telephone / e-mail: ", "01632 960347 / claire.tranter@example.com")
    d.label_para("School: ", "Caldmoor Park Academy")
    d.label_para("Date this plan was finalised: ", "6 March 2026")
    d.label_para("Next annual review: ", "by 5 March 2027")
    d.label_para("Case officer: ", "Bethan Lloyd-Harris, Inclusion and SEND Service")

    d.heading("A \u2013 Views, interests and aspirations", section="A")
    d.heading("Maisie's views", level=2)
    d.para("Maisie is 12. She is creative and quick-witted, loves skateboarding and "
           "making stop-motion films on her phone, and looks after her brother Ollie's "
           "guinea pigs. She told her case officer:")
    d.para("\"I'm not stupid, I just read slowly and my brain goes in ten directions at once. I "
           "hate being picked to read out loud. Sometimes my stomach hurts so much in the "
           "morning I can't go in. I'd like to make animated films one day, or work with "
           "animals.\"")
    d.heading("Claire's views", level=2)
    d.para("Claire says Maisie's confidence has dropped since she started secondary school and "
           "that mornings are now a battle. She wants Maisie to have proper specialist help with "
           "her dyslexia, to feel that at least one adult in school understands her, and to get "
           "back to full-time attendance.")

    d.heading("B \u2013 Special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has dyslexia (diagnosed by the LA's specialist teacher in 2024). Her reading "
           "age is 8 years 10 months and her spelling age is 7 years 11 months. Her phonological "
           "processing and working memory scores are in the well-below-average range. She "
           "understands and reasons well orally but cannot yet read most subject texts on her own, "
           "and her maths is held back by weak recall of times tables.")
    d.heading("Attention and organisation", level=2)
    d.para("Maisie has a diagnosis of ADHD (combined type). She finds it very hard to stay seated "
           "and focused for a whole lesson, loses equipment and homework, and rarely writes down "
           "homework tasks.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie has high levels of anxiety about school, linked to her difficulties with "
           "reading and to fear of being embarrassed in front of her peers. Her attendance this "
           "year is 81%, and she often arrives late or goes home after saying she is unwell.")
    d.heading("Sensory and/or physical", level=2)
    d.para("Maisie has joint hypermobility. Her hands hurt after about ten minutes of "
           "handwriting and her writing becomes hard to read.")

    d.heading("C \u2013 Health needs related to SEN", section="C")
    d.para("ADHD, managed by the community paediatrician with medication (methylphenidate, "
           "taken at home before school). Joint hypermobility, under the care of the NHS "
           "physiotherapy service.")

    d.heading("D \u2013 Social care needs related to SEN or disability", section="D")
    d.para("Maisie does not have social care needs related to her SEN or disability.")

    d.heading("E \u2013 Outcomes sought", section="E")
    d.para("The school will set short-term targets for each outcome every term and review them "
           "with Maisie and Claire.")
    d.numbered([
        "By the end of Year 9, Maisie will read a Year 7 level text aloud at 90 words a minute with at least 95% accuracy.",
        "Maisie will become a more confident learner.",
        "By July 2027, Maisie will type at least 25 words a minute with 90% accuracy and use a laptop for all extended writing.",
        "Maisie will work with a specialist teacher twice a week.",
        "By the end of the summer term 2026, Maisie will write her homework in her planner at the end of every lesson in which it is set, on four days out of five.",
        "By February 2027, Maisie's attendance will be at least 95% over a full half-term.",
        "Maisie will not refuse to come to school.",
    ], fmt="E{n}")

    d.heading("F \u2013 Special educational provision", section="F")
    d.para("The provision set out in the paragraphs below must be made by Caldmoor Park Academy "
           "during term time for as long as this plan is maintained.")
    d.heading("Cognition and learning", level=2)
    for p in [
        "Maisie will have specialist teaching for her dyslexia from a teacher who holds Approved Teacher Status (ATS) in specific learning difficulties. This will be 1:1, in two 45-minute sessions each week, using the Units of Sound structured multi-sensory programme. Sessions will be timetabled against modern foreign languages so that she does not miss English or maths.",
        "Teachers will make reasonable adjustments in lessons so that Maisie can access the curriculum.",
        "Maisie will be given a C-Pen Reader 2 reading pen for her own use in every lesson and for homework. The SENCO will teach her to use it in three 20-minute sessions in the first half-term of this plan and will check at the start of each term that it is charged and working.",
        "In all internal tests and end-of-year examinations Maisie will have 25% extra time and a reader, and will sit them in a separate room with no more than six other students. The exams officer will organise this for every test, and the SENCO will check the arrangements against the JCQ access arrangements rules each September so that they are her normal way of working before GCSEs.",
        "Maisie would benefit from a touch-typing course. Claire could supervise this at home using an online programme.",
        "Maisie will be taught maths in a smaller set. She will also get additional help with her times tables.",
        "Maisie will be pre-taught the key vocabulary for her science, history and geography topics, using word lists that subject teachers send to the learning base a week ahead. This will happen in a 20-minute session every Monday and Thursday during tutor time, in a pair with one other student. It will be led by a learning support assistant with a Level 3 qualification who has completed the school's dyslexia-friendly teaching training.",
    ]:
        d.para(p)
    d.heading("Attention and organisation", level=2)
    for p in [
        "An adult will check Maisie's planner with her. This will happen as often as needed to help her stay organised.",
        "Maisie will have a movement break in every lesson that lasts 50 minutes or longer. At the half-way point of the lesson the subject teacher will send her on a three-minute errand agreed with her in advance (taking the register to the office or collecting equipment from the prep room).",
        "Maisie will meet the school's learning mentor, who has completed the ADHD Foundation's training for school staff, once a week to plan her homework and revision for the week. Sessions will last 30 minutes initially, reducing to 15 minutes once she is organising her week more independently.",
    ]:
        d.para(p)
    d.heading("Social, emotional and mental health", level=2)
    for p in [
        "Maisie will work with a counsellor. The number of sessions will be decided by the counselling service after an initial assessment.",
        "Maisie's head of year will be her named key adult. He will meet her at the student entrance at 8:35 every morning and walk with her to tutor time, and on Mondays he will spend 10 minutes with her in his office going through any changes to the week.",
        "Maisie can access the learning base at break and lunchtime if she feels overwhelmed.",
        "Maisie will have a 40-minute 1:1 session with the school's trained Emotional Literacy Support Assistant every Tuesday in period 5. The sessions follow an anxiety-management plan written with the link educational psychologist, who supervises the ELSA once every half-term.",
        "A return-to-school plan will be drawn up with Claire if Maisie's attendance falls below 85%.",
        "The school will consider a referral to the local authority's Emotionally Based School Avoidance team.",
    ]:
        d.para(p)
    d.heading("Sensory and/or physical", level=2)
    for p in [
        "Maisie will have a school-owned laptop, with Clicker 8 and the C-Pen desktop software installed, for every lesson that includes extended writing. The school's IT technician will set it up before the start of term and keep it charged in the learning base, where Maisie collects it at 8:40 each morning and returns it at 15:10.",
        "Up to 30 minutes a week of keyboarding practice will be offered in the learning base.",
        "Occupational therapy: the OT will provide a programme of hand-strengthening exercises for school to deliver.",
    ]:
        d.para(p)

    d.heading("G \u2013 Health provision", section="G")
    d.bullets([
        "Review of Maisie's ADHD medication by the community paediatrician every six months.",
        "A block of six physiotherapy sessions at the NHS hypermobility clinic to teach Maisie exercises to strengthen her wrists and fingers.",
    ])

    d.heading("H1 \u2013 Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("Not applicable.")
    d.heading("H2 \u2013 Other social care provision", section="H2")
    d.para("Not applicable.")

    d.heading("I \u2013 Placement", section="I")
    d.para("Caldmoor Park Academy.")

    d.heading("J \u2013 Personal budget", section="J")
    d.para("No request for a personal budget has been made.")

    d.heading("K \u2013 Advice and information", section="K")
    d.numbered([
        "Views of Maisie and her mother, Claire Tranter - 9 October 2025",
        "Educational advice - Mr P. Lindqvist, SENCO, Caldmoor Park Academy - 20 October 2025",
        "Specialist teacher (SpLD) assessment - Caldmoor Learning Support Service - 14 May 2024",
        "Educational psychology advice - Dr Amara Fennimore, Educational Psychologist - 3 November 2025",
        "Medical advice - Dr J. Oduya, Community Paediatrician - 28 October 2025",
        "Occupational therapy advice",
        "Social care advice - Caldmoor Children's Services Early Help team - 22 October 2025",
    ])
