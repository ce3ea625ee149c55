"""Thornton Vale Council - early-years plan for a Reception-age child (age 4) with
genetic epilepsy, gastrostomy feeding and global developmental delay at a maintained
special school (2-11). Cover details as a four-column table. Headings are bold coloured
Normal text 'A \u2013 Title' (letter, en dash, title; no heading styles). E is a table
(Area | Outcome | By when). F is one four-column table (Ref | Provision | How often and
for how long | Who provides it, and their training) with refs F1-F20 and a row over a
page break. Six-monthly review. FINAL."""

TITLE = "EHC Plan - Zara Kettlewell"

TEAL = "006D6F"


def _h(d, text, section):
    d.bold_line(text, section=section, size=13.5, color=TEAL)


def build(d):
    d.running_header_footer("Thornton Vale Council \u2013 EHC Plan \u2013 Zara Kettlewell \u2013 FINAL",
                            first_page_plain=True)
    d.title("Thornton Vale Council", size=13, color=TEAL)
    d.title("Education, Health and Care Plan", size=22, color=TEAL)
    d.para("FINAL PLAN \u2013 Early Years", bold=True, size=12)
    d.table(None, [
        ["Child's name", "Zara Kettlewell", "Date of birth", "22/06/2021"],
        ["NHS number", "999 730 4185", "UPN", "T930999406217"],
        ["Address", "Flat 5, Heron Court, 11 Millrace Street, Thornton Vale, ZX2 9LD", "Year group", "Reception"],
        ["Parents", "Gemma Kettlewell and Lewis Kettlewell", "Contact", "01632 960718\ng.kettlewell@example.com"],
        ["Setting", "Brackenfield School", "Date of final plan", "20 February 2026"],
        ["Next review", "By 19 August 2026 (six-monthly while Zara is under five)", "Caseworker", "Ms P. Odunsi"],
    ], widths_cm=[3.0, 6.2, 3.0, 4.4], bold_first_col=True, font_size=10)

    # ---------------------------------------------------------------- A
    _h(d, "A \u2013 All about Zara: views, interests and aspirations", "A")
    d.para("Zara is four and a half. She lives with her mum Gemma, her dad Lewis and her big "
           "brother Alfie, who is eight. Zara loves music with a strong beat, bubbles, being "
           "swung in a blanket and the feel of cold water on her hands. She smiles and "
           "vocalises when she hears Alfie's voice.")
    d.para("Zara cannot yet tell us her views in words. Her class team watched her over four "
           "weeks: she shows she likes something by smiling, stilling and reaching; she shows "
           "she dislikes something by turning her head away and crying.")
    d.para("Gemma and Lewis say: \"We want Zara to be safe, to be able to tell us what she "
           "wants, and to enjoy school. We want her to be able to stand and take some weight "
           "so she can do more for herself as she gets older.\"")

    # ---------------------------------------------------------------- B
    _h(d, "B \u2013 Special educational needs", "B")
    d.para("**Communication and interaction.** Zara does not use words or signs. She "
           "communicates through facial expression, vocal sounds and eye pointing, which she "
           "is beginning to use to choose between two objects. She understands a few familiar "
           "routines (her coat means going outside) and responds to her name.")
    d.para("**Cognition and learning.** Zara has global developmental delay. She is at an "
           "early stage of understanding cause and effect and needs many repetitions to learn "
           "a new routine. Seizures and post-seizure tiredness interrupt her learning on most "
           "days.")
    d.para("**Physical and sensory.** Zara has low muscle tone in her trunk and tightness in "
           "her legs. She cannot sit without support or bear her own weight. She uses her left "
           "hand more than her right and is beginning to reach and grasp. She is calmed by "
           "deep pressure and slow rocking.")
    d.para("**Eating, drinking and self-care.** Zara is fed through a gastrostomy. She is "
           "learning to take small tastes of pureed food by mouth under her eating and drinking "
           "plan. She is fully dependent on adults for personal care.")

    # ---------------------------------------------------------------- C
    _h(d, "C \u2013 Health needs related to Zara's SEN", "C")
    d.bullets([
        "Genetic epilepsy (SCN1A variant) with daily absence and myoclonic seizures and occasional tonic-clonic seizures; she has needed rescue medication four times since September 2025.",
        "Gastrostomy in place since 2023; unsafe swallow for thin fluids (videofluoroscopy, March 2025).",
        "Hypotonia and hip surveillance under the community physiotherapy service.",
    ])

    # ---------------------------------------------------------------- D
    _h(d, "D \u2013 Social care needs", "D")
    d.para("Zara needs two adults for all transfers and care at home, and night-time seizures "
           "mean Gemma and Lewis rarely sleep through. The family need regular breaks from "
           "caring and time for Alfie.")

    # ---------------------------------------------------------------- E
    _h(d, "E \u2013 Outcomes", "E")
    d.para("Brackenfield School sets small steps towards these outcomes each half-term and "
           "shares them with Gemma and Lewis.", italic=True)
    d.table(["Area", "Outcome", "By when"], [
        ["Communication", "Zara will use eye-gaze to choose between two photographs to tell an adult what she wants at snack time and play time, on at least 8 out of 10 occasions.", "July 2027"],
        ["Communication", "Zara will improve her communication.", "End of Key Stage 1"],
        ["Cognition", "Zara will press a switch with her left hand to start a song or toy within 10 seconds of an adult's prompt, in three different activities.", "July 2026"],
        ["Physical", "Zara will receive physiotherapy and hydrotherapy.", "Ongoing"],
        ["Physical", "Zara will stand in her standing frame for 40 minutes each day without distress, so that her hips and legs stay healthy.", "December 2026"],
        ["Eating and drinking", "Zara will take 10 teaspoons of stage 1 puree safely at snack time on 4 days out of 5.", "July 2027"],
        ["Emotional well-being", "Zara will settle well into school life.", ""],
    ], widths_cm=[3.2, 10.4, 3.0], font_size=10)

    # ---------------------------------------------------------------- F
    _h(d, "F \u2013 Special educational provision", "F")
    d.para("Zara attends Brackenfield School full time. Each line below is provision that "
           "Thornton Vale Council must secure.", italic=True)
    d.table(["Ref", "Provision", "How often and for how long", "Who provides it, and their training"], [
        ["F1", "Direct speech and language therapy to build Zara's use of an eye-gaze communication book and a yes/no switch, 1:1 in the classroom.",
         "One 30-minute session every week in term time.",
         "HCPC-registered speech and language therapist from Thornton Vale Children's Therapies."],
        ["F2", "Consultation from the speech and language therapist on Zara's eye-gaze system, with the therapist setting targets for class staff to work on.",
         "Once each half-term.",
         "Speech and language therapist (NHS)."],
        ["F3", "Intensive Interaction sessions, following Zara's lead with sounds, facial expressions and movement, in a quiet corner of the classroom.",
         "Two 15-minute 1:1 sessions every school day (one in the morning, one in the afternoon).",
         "Class teaching assistant who has completed two-day Intensive Interaction training, observed by the class teacher each half-term."],
        ["F4", "A total communication approach using objects of reference, Signalong, photographs, etc.",
         "Throughout the school day.",
         "All staff."],
        ["F5", "Practice of eye-gaze vocabulary at home using Zara's communication book.",
         "10 minutes every day.",
         "Zara's parents."],
        ["F6", "Teaching in a class of no more than eight pupils, with a teacher and at least three teaching assistants (a minimum adult-to-pupil ratio of 1:2), following the school's pre-formal 'Explorers' curriculum.",
         "Full time: 32.5 hours a week, 39 weeks a year.",
         "Class teacher (qualified teacher with at least two years' experience of teaching pupils with PMLD) and teaching assistants who have completed the school's PMLD induction course."],
        ["F7", "Switch-based cause-and-effect activities so that Zara learns that her actions make things happen.",
         "Regularly, as part of class sessions.",
         "Class staff."],
        ["F8", "An individual learning programme, to be set once Zara has settled and her baseline assessment is complete.",
         "To be agreed.",
         "Class teacher."],
        ["F9", "A physical management programme written by the physiotherapist: standing in her standing frame, supported side-lying, and stretches to her hamstrings and calves.",
         "Standing frame for 40 minutes every morning; stretches and a change of position for 10 minutes at 10:30, 12:30 and 14:30 every school day.",
         "Teaching assistants trained and signed off by the physiotherapist each September and whenever staff change."],
        ["F10", "Physiotherapy.",
         "Blocks of sessions as clinically indicated.",
         "NHS physiotherapy service."],
        ["F11", "Hydrotherapy in the school pool, working on head control and kicking her legs in the water.",
         "30 minutes weekly in the autumn term, then fortnightly.",
         "Class teaching assistant holding the school's hydrotherapy pool qualification, supervised by the physiotherapist."],
        ["F12", "Direct occupational therapy: 1:1 work on reaching, grasping and using her left hand to press a switch, with a check of her seating at each session.",
         "45 minutes every fortnight in term time.",
         "HCPC-registered occupational therapist from Thornton Vale Children's Therapies."],
        ["F13", "Specialist seating and positioning equipment as needed.",
         "",
         "Supplied and adjusted by the occupational therapist in F12."],
        ["F14", "A sensory diet of calming activities devised by the occupational therapist: weighted lap pad, slow rocking in a blanket, and deep-pressure massage to her hands and feet.",
         "5 minutes at 9:00, 11:00 and 13:30 every school day.",
         "Zara's 1:1 teaching assistant (see F17), trained by the occupational therapist."],
        ["F15", "Tastes of stage 1 pureed food from a spoon at snack time, to build Zara's oral skills.",
         "10 minutes every day at snack time, subject to review.",
         "Teaching assistant trained by the speech and language therapist in Zara's eating and drinking plan."],
        ["F16", "A personal care routine using a symbol sequence, so that Zara can anticipate each step and help by lifting her arms and legs.",
         "At regular intervals through the day.",
         "Two members of staff."],
        ["F17", "1:1 support from a named teaching assistant throughout the school day, including watching for, recording and responding to Zara's seizures.",
         "32.5 hours a week (the whole school day, including lunch and the handover from transport), 39 weeks a year.",
         "Named teaching assistant holding the Level 3 Certificate in Supporting Teaching and Learning, trained by the epilepsy specialist nurse in seizure recognition and in giving buccal midazolam; a second trained teaching assistant covers breaks and absence."],
        ["F18", "Additional adult support on school trips and at swimming.",
         "Up to 2 hours a week, when staffing allows.",
         "Teaching assistant."],
        ["F19", "Funded at Band 4 of the Thornton Vale special school banding framework.",
         "N/A",
         "N/A"],
        ["F20", "Two 30-minute visits to the Year 1 classroom with her 1:1 teaching assistant in the last two weeks of the summer term 2026, and a photo-and-objects transition book made for her.",
         "Two visits in July 2026; the book is given to Zara before the first visit.",
         "Her 1:1 teaching assistant (see F17) and the Year 1 class teacher, who makes the book."],
    ], widths_cm=[1.1, 6.5, 4.3, 4.7], font_size=9.5)

    # ---------------------------------------------------------------- G
    _h(d, "G \u2013 Health care provision", "G")
    d.bullets([
        "Zara's individual health care plan and emergency seizure protocol (written by the epilepsy specialist nurse, 12 January 2026) are followed at school and on transport; buccal midazolam as required, given by trained staff in line with the protocol. The epilepsy specialist nurse trains staff each September and reviews the protocol every six months.",
        "Gastrostomy bolus feeds at 10:00 and 13:00 every school day, given by teaching assistants trained by the community children's nursing team, which checks their competency every six months.",
        "Dietitian review as appropriate.",
        "A block of six NHS physiotherapy sessions to teach Zara to take weight through her arms in prone lying, when a physiotherapist becomes available.",
        "Review by Dr S. Whitcombe, Consultant Paediatric Neurologist, every four months at Thornton Vale General Hospital.",
    ])

    # ---------------------------------------------------------------- H
    _h(d, "H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("A support worker from the Thornton Vale Short Breaks Service, trained in Zara's "
           "seizure protocol and gastrostomy care, will care for Zara at home for 4 hours every "
           "other Saturday (10:00 to 14:00), so that Gemma and Lewis can spend time with Alfie.")
    _h(d, "H2 \u2013 Other social care provision", "H2")
    d.para("Overnight short breaks at Willowbank House (residential short-break unit) as agreed "
           "at panel.")

    # ---------------------------------------------------------------- I
    _h(d, "I \u2013 Placement", "I")
    d.para("Brackenfield School, Thornton Vale (maintained special school for pupils aged 2 to "
           "11 with severe, profound and multiple learning difficulties), Reception class.")

    # ---------------------------------------------------------------- J
    _h(d, "J \u2013 Personal budget", "J")
    d.para("Gemma and Lewis have not asked for a personal budget for the provision in Section F.")

    # ---------------------------------------------------------------- K
    _h(d, "K \u2013 Advice and information", "K")
    d.table(["Advice", "Author", "Date"], [
        ["Parents' views", "Gemma and Lewis Kettlewell", "3 December 2025"],
        ["Educational advice", "Mrs A. Fenwick-Roe, Head of Early Years, Brackenfield School", "8 December 2025"],
        ["Educational psychology advice", "Dr K. Morley, Educational Psychologist", "15 December 2025"],
        ["Medical advice", "Dr S. Whitcombe, Consultant Paediatric Neurologist", "4 December 2025"],
        ["Speech and language therapy advice (communication and eating and drinking)", "Ms F. Amadi, Speech and Language Therapist", "1 December 2025"],
        ["Occupational therapy advice", "Mr D. Leng, Occupational Therapist", "10 December 2025"],
        ["Physiotherapy advice", "Thornton Vale Children's Therapies", ""],
        ["Social care advice", "Thornton Vale Disabled Children's Team", "12 December 2025"],
    ], widths_cm=[6.0, 7.6, 3.0], font_size=10)
