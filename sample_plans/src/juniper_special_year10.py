"""Westerleigh Borough Council - Year 10 young person with profound and multiple learning
difficulties, epilepsy, a gastrostomy and cortical visual impairment, at a maintained
special school with a 52-week residential placement in the school's residential house.
Amended plan after the Year 10 annual review. Word Heading 1 headings in upper case with
the letter and a full stop ('A. VIEWS, INTERESTS AND ASPIRATIONS'). Bold-label cover lines
and a running header with a 'Page X of Y' footer. E is a numbered list E1-E8 under PfA
sub-headings. Section F is split by setting into two tables, 'Table F1 - the school day
(38 weeks)' and 'Table F2 - the waking-day curriculum in Juniper Lodge (52 weeks)', each
with the columns in the order Ref | Staffing, ratio and training | Provision | How often and
for how long, and with merged, shaded band rows naming the area and the outcomes served.
One staffing cell in F2 is left blank. H1 and H2 separate. FINAL amended plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Maisie Trethewey"

HEAD = ["Ref", "Staffing, ratio and training", "Provision", "How often and for how long"]
WIDTHS = [1.1, 4.6, 6.6, 4.3]


def _band_table(d, rows):
    """rows: either ("band", text) or [ref, staffing, provision, frequency]."""
    flat = [[r[1], "", "", ""] if isinstance(r, tuple) else r for r in rows]
    t = d.table(HEAD, flat, widths_cm=WIDTHS, font_size=9.5, header_fill="DDD9EC")
    for i, r in enumerate(rows, start=1):
        if isinstance(r, tuple):
            row = t.rows[i]
            merged = row.cells[0].merge(row.cells[3])
            tcpr = merged._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "F2EFF8")
            tcpr.append(shd)
            for p in merged.paragraphs[1:]:
                if not p.text:
                    p._p.getparent().remove(p._p)
            for p in merged.paragraphs:
                for run in p.runs:
                    run.bold = True
                    run.italic = True
    return t


def build(d):
    d.running_header_footer("Westerleigh Borough Council  |  EHC Plan  |  Maisie Trethewey",
                            footer_left="FINAL (amended)", first_page_plain=True)
    d.title("Westerleigh Borough Council", size=13, color="4B2E83")
    d.title("Education, Health and Care Plan", size=21, color="4B2E83")
    d.para("FINAL AMENDED PLAN following the Year 10 annual review", bold=True)
    d.label_para("Name: ", "Maisie Trethewey")
    d.label_para("Date of birth: ", "3 March 2011")
    d.label_para("NHS number: ", "999 388 0527")
    d.label_para("UPN: ", "K999000577215")
    d.label_para("Family home: ", "2 Wheelwright Cottages, Brackley Moor, Westerleigh, ZY3 6TD")
    d.label_para("Parent and carer: ", "Sian Trethewey (mother) and Gareth Pryce (stepfather)")
    d.label_para("Contact: ", "01632 960394 / 07700 900581 / sian.trethewey@example.org")
    d.label_para("School and year group: ", "Juniper Fields School, Year 10")
    d.label_para("Annual review meeting: ", "13 November 2025")
    d.label_para("Proposed amendments sent: ", "4 December 2025")
    d.label_para("Date of final amended plan: ", "23 January 2026")
    d.label_para("Next annual review by: ", "22 January 2027")
    d.label_para("Case officer: ", "Priyanka Loughlin-Reyes, Westerleigh SEND Team")

    d.heading("A. VIEWS, INTERESTS AND ASPIRATIONS", section="A")
    d.heading("What Maisie shows us", level=2)
    d.para("Maisie does not use words or signs. This section was put together by her class "
           "teacher, Ms Orla Fitzgerald, and her residential key worker from video clips of "
           "Maisie taken over two weeks in October 2025, which her mother watched with them. "
           "Maisie shows that she is happy by stilling, smiling and making long 'aah' sounds, "
           "and that she does not like something by turning her head away, arching her back "
           "or crying.")
    d.para("Maisie smiles and vocalises when she hears her mother's voice, in the "
           "hydrotherapy pool, when the fan is turned on her face and when music with a "
           "strong beat is played. She turns away from bright overhead lights and is "
           "startled by sudden noises close to her. She relaxes when she is held in side-lying "
           "on the beanbag after her lunchtime feed.")
    d.heading("What Maisie's family say", level=2)
    d.para("Sian and Gareth say Maisie has a strong personality and 'knows exactly who she "
           "likes'. Her brother Callum visits with them and reads her football results, "
           "which always makes her laugh. They are happy with Juniper Lodge and want Maisie "
           "to keep coming home every other Sunday. For the future, they hope Maisie will "
           "live near Brackley Moor with people who know her well, stay as healthy as "
           "possible, go out into the community every week and have people around her who "
           "understand how she communicates.")

    d.heading("B. SPECIAL EDUCATIONAL NEEDS", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie communicates through facial expression, vocal sounds, body movement and "
           "eye-pointing. She is at an early intentional stage: she will repeat an action "
           "that made something happen, but she does not yet wait for her turn or use an "
           "object or switch to ask for something consistently. She anticipates some events "
           "when she is given a familiar object of reference, but only with the same few "
           "adults.")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has profound and multiple learning difficulties. She is working within "
           "the engagement stages of the school's pre-formal curriculum. She learns only "
           "through many repetitions of the same routine, presented in the same way by "
           "adults who know her; when approaches differ between people or places she loses "
           "skills quickly. She is beginning to show a preference between two objects.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie has cortical visual impairment. She sees best to her left, at about 30 "
           "centimetres, and notices single bright red or yellow objects against a plain "
           "background. She has spastic quadriplegia with a scoliosis and her left hip is "
           "partly dislocated. She cannot sit unsupported, uses a tilt-in-space wheelchair "
           "and needs to stand in a standing frame to protect her hips and bones. Her hand "
           "movements are small and slow; she can hold an object placed in her right hand "
           "for a few seconds.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Maisie depends on adults for all personal care, and needs to be taught to take "
           "part in it at her own level. She has had few experiences of the local community "
           "outside the Lodge and is anxious in new, noisy places. There is no plan yet for "
           "where she will live and learn after she leaves school at 19.")

    d.heading("C. HEALTH NEEDS RELATED TO MAISIE'S SEN", section="C")
    d.para("Maisie has a rare chromosome deletion, which causes her learning and physical "
           "disabilities. She has drug-resistant epilepsy with several short seizures most "
           "days and occasional prolonged seizures, which leave her tired and less "
           "responsive for the rest of the day. She is fed through a gastrostomy because "
           "swallowing is unsafe; she has only small tastes by mouth for pleasure. She has "
           "reflux and frequent chest infections and needs oral suction. She has a scoliosis "
           "and left hip subluxation, monitored by the orthopaedic team. She has continuing "
           "care funding from Westerleigh Integrated Care Board.")

    d.heading("D. SOCIAL CARE NEEDS", section="D")
    d.para("Maisie is a disabled child. She has lived at Juniper Lodge, the school's "
           "residential house, for 52 weeks a year since September 2023, after her care at "
           "home became unsafe for her and for her mother's health. She is not looked after; "
           "her mother keeps parental responsibility. Maisie needs adult help with every "
           "part of her care, day and night. She needs support to keep close contact with "
           "her family and to spend time at home.")

    d.heading("E. OUTCOMES SOUGHT", section="E")
    d.para("The outcomes run to the end of Key Stage 4 (July 2027) unless another date is "
           "given. Class and Lodge teams agree small steps towards each one every term and "
           "record them in Maisie's shared learning journal.")
    d.heading("Communication and learning", level=2)
    d.numbered([
        "By July 2027, Maisie will take at least three turns in an Intensive Interaction exchange with a familiar adult in four out of five sessions.",
        "By July 2026, Maisie will show that she expects the next activity by turning towards or reaching for its object of reference, on 8 out of 10 occasions.",
        "Maisie will make progress in her learning.",
    ], fmt="E{n}")
    d.heading("Health and physical well-being", level=2)
    d.numbered([
        "By July 2027, Maisie will stand in her standing frame for 30 minutes twice a day without signs of pain or distress.",
        "Maisie will receive physiotherapy and hydrotherapy.",
        "By July 2027, Maisie will hold her toothbrush and start the brushing movement herself at every evening routine.",
    ], start=4, fmt="E{n}")
    d.heading("Community participation and adult life", level=2)
    d.numbered([
        "By July 2027, Maisie will take part in a 30-minute visit to a local caf\u00e9 or shop each week, staying settled and showing a choice at least once during the visit.",
        "Maisie will live in a supported home with people who know her well.",
    ], start=7, fmt="E{n}")

    d.heading("F. SPECIAL EDUCATIONAL PROVISION", section="F")
    d.para("Maisie's provision is in two tables. Table F1 is the school day at Juniper Fields "
           "School (38 weeks a year, 9:00 to 15:30). Table F2 is the waking-day curriculum in "
           "Juniper Lodge, which Maisie needs 52 weeks a year because she learns only through "
           "the same routines delivered in the same way across the whole day and year (see "
           "Section B). Maisie is taught in a class of seven pupils with a teacher and four "
           "teaching assistants.")

    d.heading("Table F1 \u2013 The school day (38 weeks)", level=2)
    _band_table(d, [
        ("band", "Communication and interaction \u2013 outcomes E1 and E2"),
        ["S1", "1:1 with a class teaching assistant who has completed the two-day Intensive Interaction foundation course",
         "Intensive Interaction: the adult joins and responds to Maisie's vocal sounds, eye-pointing and hand movements to build turn-taking and shared attention",
         "Two 20-minute sessions every school day, one after arrival and one after lunch"],
        ["S2", "NHS speech and language therapist",
         "Speech and language therapy input to the class team on Maisie's communication",
         "As the service is able to offer"],
        ["S3", "Class teacher, who holds the mandatory qualification for teachers of children with multi-sensory impairment, and the class teaching assistants, whom she trains each September",
         "Objects of reference before each part of the day (a spoon before a taste session, a towel before hydrotherapy, a seatbelt buckle before the minibus), held against Maisie's right hand ten seconds before the change, with her tactile name sign at the start of every activity",
         "At every change of activity throughout the school day"],
        ["S4", "Class team",
         "A switch communication aid (BIGmack or similar) for Maisie to greet people and ask for 'more', e.g. at circle time",
         "Daily"],
        ("band", "Cognition, learning and choice-making \u2013 outcome E3"),
        ["S5", "Class teacher with one teaching assistant; a group of no more than four pupils",
         "Sensory stories: a ten-page multi-sensory story built around the half-term's topic, with a sung refrain and an object, smell or texture for every page, told the same way each time so that Maisie can anticipate what comes next",
         "30 minutes every Tuesday and Thursday afternoon in term time"],
        ["S6", "School",
         "A personalised curriculum differentiated to Maisie's level of development",
         "Throughout the school day"],
        ["S7", "Westerleigh Assistive Technology Service",
         "Maisie may benefit from an eye-gaze assessment to find out whether she can use eye-gaze for cause and effect and for choosing.",
         "To be arranged"],
        ("band", "Physical and sensory \u2013 outcomes E4 and E5"),
        ["S8", "HCPC-registered paediatric physiotherapist, Westerleigh Children's Therapy Service",
         "Direct physiotherapy: passive stretches to hips, knees and ankles, supported standing in her standing frame, and rolling and reaching practice on the mat",
         "One 45-minute session each week in term time"],
        ["S9", "Class team",
         "Standing frame time, increased as tolerated",
         "Daily"],
        ["S10", "Hydrotherapy-trained staff",
         "Hydrotherapy sessions in the school pool",
         "Weekly, subject to pool availability"],
        ["S11", "Qualified teacher of children with vision impairment (QTVI), Westerleigh Sensory Support Service",
         "Advice to the class team on presenting materials to suit Maisie's cortical visual impairment",
         "One visit a year"],
        ["S12", "Occupational therapist",
         "Occupational therapy for Maisie's hand function and her seating in class",
         "Up to six 45-minute sessions a year"],
        ("band", "Preparing for adulthood: health, community and work-related learning \u2013 outcomes E6 to E8"),
        ["S13", "Staff",
         "Maisie will be encouraged to take part in her own personal care routines",
         "As appropriate"],
        ["S14", "Class teacher and one teaching assistant, who works 1:1 with Maisie throughout the session",
         "Work-related learning in the school's Friday 'Juniper Caf\u00e9' for parents and visitors: Maisie greets each customer with her switch and chooses the background music from two CDs held in her left field of vision, as part of her ASDAN Personal Progress enterprise unit",
         "Every Friday in term time, 10:00 to 11:00"],
    ])

    d.heading("Table F2 \u2013 The waking-day curriculum in Juniper Lodge (52 weeks)", level=2)
    _band_table(d, [
        ("band", "Consistency of communication, learning and self-care \u2013 outcomes E1, E2, E3 and E6"),
        ["L1", "Residential support workers, each holding the Level 3 Diploma for Residential Childcare or completing it within the first year in post, and trained by the class teacher in Intensive Interaction and Maisie's objects of reference; 1:1 for all personal care, feeds and trips out, and one worker to two young people at other times",
         "The school's communication approaches carried on through evenings, weekends and holidays: objects of reference at every change of activity, her switch greeting at each staff handover, and Intensive Interaction",
         "52 weeks a year: 15:30 to 20:30 on school days and 08:00 to 20:30 at weekends and in holidays, including at least two 15-minute Intensive Interaction sessions each evening"],
        ["L2", "Residential support worker who has completed the Lodge's choice-making training, given by the QTVI each autumn",
         "Choice-making: Maisie is offered two real objects from her choosing basket, held 30 centimetres apart in her left field of vision, and is given the one she looks at or reaches towards",
         "Three times each evening (after tea, after her bath and before bed) and five times a day at weekends and in holidays; each choice is a 2-minute exchange"],
        ["L3", "Residential support worker shown the hand-under-hand method by the school's occupational therapist, who checks it with each worker every half-term",
         "Tooth-brushing and hand-washing taught as a routine in which Maisie holds the brush or the soap and starts the movement herself, with hand-under-hand help for the rest",
         "15 minutes every evening, 52 weeks a year"],
        ["L4", "",
         "Music therapy will be considered at the next annual review.",
         ""],
        ("band", "Community and preparing for adulthood \u2013 outcomes E7 and E8"),
        ["L5", "Lodge staff",
         "Community visits to local shops, caf\u00e9s and the park to develop Maisie's participation in her community",
         "Regularly, when staffing allows"],
        ["L6", "Transition coordinator",
         "Preparation for Maisie's move to a post-19 or adult placement, to be planned from Year 11",
         "To be agreed at the Year 11 review"],
    ])

    d.heading("G. HEALTH PROVISION", section="G")
    d.bullets([
        "Gastrostomy feeds of Maisie's prescribed formula by pump at 07:00, 11:00, 15:00 and 19:00, with water flushes as set out in her feeding plan, given by school and Lodge staff whom the children's community nursing team trains and signs off as competent every year.",
        "Buccal midazolam given as required for a seizure lasting longer than five minutes, following her epilepsy rescue plan, by staff trained by the epilepsy nurse specialist.",
        "Oral suction, chest physiotherapy and a 24-hour postural management programme (sleep system and side-lying at night), set out in her continuing care plan and funded by Westerleigh Integrated Care Board.",
        "Review of Maisie's wheelchair and seating by the Westerleigh Wheelchair Service when a slot becomes available.",
        "Dietetic input as needed.",
    ])

    d.heading("H1. SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", section="H1")
    d.para("A support worker from the Westerleigh Children with Disabilities Team will "
           "accompany Maisie home every other Sunday from 10:00 to 16:00, travelling in the "
           "Lodge's adapted vehicle, and will help her mother with her care during the visit.")
    d.heading("H2. OTHER SOCIAL CARE PROVISION", section="H2")
    d.bullets([
        "The residential care element of Maisie's 52-week placement at Juniper Lodge, funded by Westerleigh Children's Social Care, with a visit from her social worker at least every 12 weeks.",
        "Extra family time when it can be arranged.",
    ])

    d.heading("I. PLACEMENT", section="I")
    d.para("Juniper Fields School, Westerleigh (maintained special school for pupils aged 2 "
           "to 19 with severe, profound and multiple learning difficulties), with a 52-week "
           "residential placement in the school's residential house, Juniper Lodge.")

    d.heading("J. PERSONAL BUDGET", section="J")
    d.para("No personal budget has been requested for the provision in Section F.")

    d.heading("K. ADVICE AND INFORMATION", section="K")
    d.bullets([
        "Parents' views - Sian Trethewey and Gareth Pryce, 20 October 2025",
        "Educational advice and annual review report - Juniper Fields School, Ms O. Fitzgerald, class teacher, 27 November 2025",
        "Residential report - Juniper Lodge, head of care, 27 November 2025",
        "Educational psychology advice - Dr Sunniva Akhtar, Educational Psychologist, 30 October 2025",
        "Medical advice - Dr R. Mbeki-Lawson, Consultant Community Paediatrician, 22 October 2025",
        "Physiotherapy advice - Westerleigh Children's Therapy Service, 17 October 2025",
        "Occupational therapy advice - Mr K. Varga, Occupational Therapist, Juniper Fields School, 3 November 2025",
        "Vision advice - QTVI, Westerleigh Sensory Support Service, 5 November 2025",
        "Speech and language therapy advice - Westerleigh NHS Speech and Language Therapy",
        "Social care advice - Mr D. Okafor, Social Worker, Children with Disabilities Team, 6 November 2025",
        "Preparing for adulthood advice - Westerleigh 14-25 Transition Team, Ms C. Halloran, 20 October 2025",
    ])
