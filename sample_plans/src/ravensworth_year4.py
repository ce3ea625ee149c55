"""Ravensworth Borough Council - section headings are SHADED Normal paragraphs with an em
dash ('Section F \u2014 Special Educational Provision'), no Word heading styles. Cover details
in a shaded two-column table. Section F is four 3-column tables, one per area of need
(Outcome | Provision (what, how much, how often, by whom) | How progress will be reviewed),
with the details written as prose inside the provision cell (some cells hold several
sentences, some hold separate lines). Year 4 pupil with developmental coordination disorder
and a speech sound disorder, mainstream community primary school. FINAL."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

TITLE = "Education, Health and Care Plan - Niamh Hartigan"

FILL = "DCE9D5"
INK = "27452B"


def shaded_heading(d, text, sid):
    p = d.doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL)
    ppr.append(shd)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12.5)
    r.font.color.rgb = RGBColor.from_string(INK)
    d.headings.append((sid, text))


def area(d, text):
    d.bold_line(text, size=11.5, color=INK)


HDR = ["Outcome", "Provision (what, how much, how often, by whom)",
       "How progress will be reviewed"]
W = [3.4, 8.6, 4.6]


def build(d):
    d.simple_footer("Ravensworth Borough Council  |  Education, Health and Care Plan  |  "
                    "Niamh Hartigan  |  FINAL")
    d.title("Ravensworth Borough Council", size=12, color=INK)
    d.title("Education, Health and Care Plan", size=20, color=INK)
    d.para("FINAL PLAN", bold=True)
    d.details_table([
        ("Name", "Niamh Hartigan"),
        ("Date of birth", "9 November 2016"),
        ("National Curriculum year", "Year 4"),
        ("NHS number", "999 735 2041"),
        ("UPN", "K823519604127"),
        ("Home address", "14 Lapwing Close, Ravensworth, XJ4 7NB"),
        ("Parent / carers", "Siobhan Hartigan (mother) and Gareth Pryce (stepfather)"),
        ("Contact", "07700 900318  /  s.hartigan@example.org"),
        ("Current school", "Halden Park Primary School"),
        ("Date draft plan issued", "9 February 2026"),
        ("Date final plan issued", "12 March 2026"),
        ("Annual review to be held by", "11 March 2027"),
        ("EHC co-ordinator", "Priya Venkatesan, SEND Statutory Team"),
    ], widths_cm=(5.0, 11.6), fill=FILL)

    shaded_heading(d, "Section A \u2014 Views, Interests and Aspirations", "A")
    d.para("**Niamh's views.** Niamh talked to Mrs Oduya, her teaching assistant, in January "
           "2026, using a drawing of 'a good day and a bad day' to help her. Mrs Oduya wrote "
           "down her words:")
    d.para("\"I like horses and drawing and my guinea pigs, Pepper and Salt. I like Lego club. "
           "I don't like it when people say 'what?' and I have to say it again. Writing makes "
           "my hand hurt and I'm always last getting changed for PE. When I'm big I want to be "
           "a vet.\"", italic=True)
    d.para("**Siobhan and Gareth's views.** \"Niamh is funny, kind and stubborn in a good way. "
           "She knows exactly what she wants to say but people can't always understand her, "
           "and she has started to give up and just nod. We want her to be understood, to "
           "catch up with her reading and spelling, and to stop believing she is rubbish at "
           "everything. She has asked to go on the Year 6 residential trip and we want her to "
           "be ready for it.\"")
    d.para("Niamh lives with her mum Siobhan, her stepdad Gareth and her brother Cian, who is "
           "six. She goes to Brownies on Tuesdays and has a riding lesson once a month.")

    shaded_heading(d, "Section B \u2014 Special Educational Needs", "B")
    area(d, "Communication and interaction")
    d.para("Niamh has a speech sound disorder with features of developmental verbal dyspraxia "
           "(Ravensworth Children's Therapy Service, October 2024). She finds it hard to plan "
           "and sequence the movements for speech. She can say most sounds on their own, but "
           "her speech breaks down in longer words and sentences and is inconsistent, so the "
           "same word can sound different each time she says it. Familiar adults understand "
           "most of what she says; unfamiliar adults understand about half. Her understanding "
           "of spoken language is in the average range. Because she knows she is hard to "
           "understand, she often answers in one word or with a nod, and she will not speak in "
           "front of the class.")
    area(d, "Cognition and learning")
    d.para("Niamh's verbal and non-verbal reasoning are in the average range (educational "
           "psychology assessment, December 2025). Her phonological awareness is weak: she "
           "struggles to break words into sounds and to hold a sequence of sounds in mind, "
           "which affects her spelling more than her reading. In January 2026, aged 9 years "
           "2 months, her single-word reading age was 7 years 4 months and her spelling age "
           "6 years 8 months. She knows her number facts to 10 but makes errors in written "
           "calculations because her digits are hard to read and her columns do not line up.")
    area(d, "Sensory and physical")
    d.para("Niamh has developmental coordination disorder (dyspraxia). Her handwriting is slow "
           "(7 words a minute when copying, where most children of her age manage about 15) "
           "and becomes hard to read after a few lines; her hand aches after about ten minutes "
           "of writing. She finds scissors, rulers, cutlery and buttons difficult. She takes "
           "around 20 minutes to change for PE and usually arrives late to the lesson. Her "
           "balance and ball skills are well below those of her classmates, she falls more "
           "often than other children in the playground, and she is tired by mid-afternoon.")
    area(d, "Social, emotional and mental health")
    d.para("Niamh is sociable and kind, but her confidence has dropped over the past year. She "
           "describes herself as 'rubbish at everything' and sometimes cries before school on "
           "PE and swimming days. She has two close friends but finds it hard to join group "
           "games at playtime, where other children ask her to repeat herself. When she is "
           "worried she goes quiet rather than showing it, so adults can easily miss it.")

    shaded_heading(d, "Section C \u2014 Health Needs Related to SEN", "C")
    d.para("Niamh's developmental coordination disorder was diagnosed by Dr Femi Lawal, "
           "Community Paediatrician, in March 2025. She is also hypermobile in her fingers and "
           "knees, which adds to her hand pain and tiredness. Her hearing was tested in "
           "November 2025 and is within normal limits. She is waiting for a physiotherapy "
           "assessment of her hypermobility.")

    shaded_heading(d, "Section D \u2014 Social Care Needs", "D")
    d.para("No social care needs relating to Niamh's special educational needs or disability "
           "have been identified. Siobhan and Gareth did not ask for a social care assessment.")

    shaded_heading(d, "Section E \u2014 Outcomes", "E")
    d.para("Halden Park Primary School will break each outcome into short-term targets every "
           "term and share them with Siobhan and Gareth at the termly review meeting.")
    d.numbered([
        "By the end of Year 5, Niamh will say three- and four-syllable words and short sentences clearly enough that an unfamiliar adult understands at least 80% of what she says in a five-minute conversation.",
        "By July 2027, Niamh will read a book at Year 4 level aloud with at least 90% accuracy and spell 75% of the Year 3 and 4 statutory words correctly in dictation.",
        "By July 2027, Niamh will set out and complete written column addition and subtraction with three-digit numbers, with the digits lined up correctly, in 8 out of 10 calculations.",
        "Niamh will improve her handwriting.",
        "By the end of Year 5, Niamh will change into and out of her PE kit, including fastenings, within 10 minutes and without adult help.",
        "Niamh will be more confident.",
        "By the end of Year 4, Niamh will put her hand up and answer a question in front of the whole class at least once every school day.",
        "Niamh will attend weekly OT sessions.",
    ], fmt="E{n}")

    shaded_heading(d, "Section F \u2014 Special Educational Provision", "F")
    d.para("The provision below will be made in term time for as long as this plan is "
           "maintained. Each table covers one area of need and shows which outcome in "
           "Section E the provision works towards.")

    area(d, "Communication and interaction")
    d.table(HDR, [
        ["E1 \u2013 speech that unfamiliar adults can understand",
         "Direct 1:1 speech and language therapy in school with an HCPC-registered speech "
         "and language therapist from the Ravensworth Children's Therapy Service, using the "
         "Nuffield Dyspraxia Programme (NDP3). Each session lasts 40 minutes and takes place "
         "once a week throughout the school year.",
         "The therapist sets new targets every half-term and sends a short written update to "
         "school and home; a full report is provided for the annual review."],
        ["E1",
         "Practice of Niamh's current NDP3 targets, 1:1, in the group room next to her "
         "classroom.\n"
         "10 minutes every school day, straight after lunch (including therapy days).\n"
         "Carried out by Mrs Oduya, Niamh's teaching assistant, who was trained to deliver "
         "the programme by the speech and language therapist and is observed by her once "
         "each half-term.",
         "Mrs Oduya keeps a daily record sheet, which the therapist checks at each "
         "observation."],
        ["E1 and E7",
         "The speech and language therapist, who is registered with the HCPC, will visit the "
         "school once a term to advise Niamh's class teacher and Mrs Oduya on how to help "
         "her take part in class discussions.",
         "Visit notes shared with Siobhan and Gareth."],
        ["E7 \u2013 speaking in front of the class",
         "Niamh will be given opportunities to rehearse what she wants to say in a small "
         "group before she is asked to speak in front of the whole class.",
         "Discussed at the termly review meeting."],
        ["E1 and E7",
         "Her class teacher will use a range of visual supports in every lesson, for example "
         "word mats, sound cards and picture prompts, so that Niamh can point to a word or "
         "picture instead of having to repeat herself.",
         "Observed by the SENCO during termly learning walks."],
        ["E1",
         "Siobhan and Gareth will practise Niamh's speech targets with her at home for 10 "
         "minutes each evening, using the home practice sheets sent by the therapist.",
         "Home practice record returned to school each Friday."],
    ], widths_cm=W, font_size=9.5, header_fill=FILL)

    area(d, "Cognition and learning")
    d.table(HDR, [
        ["E2 \u2013 reading and spelling; E3; E1",
         "Niamh has a dedicated adult for 15 hours a week: Mrs Oduya, a teaching assistant "
         "who has completed ELKLAN Level 3 (Speech and Language Support for 5\u201311s). She "
         "works alongside Niamh in every English and maths lesson and in the Tuesday and "
         "Thursday afternoon lessons, scribes for her when a written task is longer than five "
         "sentences, and models clear speech for her to copy.",
         "The SENCO observes each half-term and reviews the timetable with Siobhan at the "
         "termly meeting."],
        ["E2",
         "Precision Teaching of Year 3 and 4 common exception words and the spelling pattern "
         "being taught that week.\n"
         "1:1, 10 minutes every morning from 8:45 to 8:55.\n"
         "Delivered by Mr Kaur, a teaching assistant who completed the local authority's "
         "Precision Teaching training in September 2025.",
         "Daily probe scores are charted; the SENCO checks the charts every half-term."],
        ["E2",
         "A structured, evidence-based phonological awareness and spelling intervention, "
         "taught to a group of no more than four pupils by Mr Kaur, who holds a Level 3 "
         "Certificate in Supporting Teaching and Learning. Three 20-minute sessions a week "
         "(Monday, Wednesday and Friday afternoons).",
         "Entry and exit assessments at the start and end of each term."],
        ["E2",
         "Literacy support as set out in the educational psychologist's report (Section K, "
         "advice 4).",
         "As per the report."],
        ["E3 \u2013 written calculation",
         "Up to 90 minutes a week of maths teaching in a group of four with the Year 4 class "
         "teacher, using Numicon and squared paper to secure place value and column methods.",
         "Reviewed at the end of each term, and the amount of maths teaching adjusted in line "
         "with Niamh's progress."],
    ], widths_cm=W, font_size=9.5, header_fill=FILL)

    area(d, "Sensory and physical")
    d.table(HDR, [
        ["E4 and E5",
         "Occupational therapy from an HCPC-registered occupational therapist, in school, 1:1 "
         "for 45 minutes every other week in term time, working on handwriting, cutlery and "
         "fastenings.\n"
         "Between visits, a teaching assistant shown the exercises by the therapist carries "
         "out Niamh's written fine motor programme with her for 15 minutes every school day "
         "before her first writing lesson.",
         "The occupational therapist checks the programme at every visit and writes a short "
         "report each term."],
        ["E5 \u2013 dressing and PE",
         "Jump Ahead motor skills group in the school hall for Niamh and up to five other "
         "pupils, 20 minutes on Monday, Wednesday and Friday mornings, run by a teaching "
         "assistant who has been trained in Jump Ahead by the occupational therapist.",
         "Jump Ahead screening repeated at the end of each term."],
        ["E4",
         "A writing slope, a chunky triangular pencil and a soft pencil grip are provided for "
         "all written work. They are kept in Niamh's tray and set out at her place by "
         "Mrs Oduya before every lesson that includes writing.",
         "The occupational therapist checks the equipment at each visit."],
        ["E4",
         "Niamh's class teacher will provide appropriate equipment for cutting, measuring and "
         "drawing tasks.",
         "Termly review meeting."],
        ["E4",
         "If Niamh is not writing at least 10 words a minute by Easter 2026, the SENCO will "
         "consider providing a laptop with speech-to-text software for her to use in written "
         "lessons.",
         "Handwriting speed tested by the SENCO in March 2026."],
        ["E5",
         "An adult will help Niamh to get changed before and after every PE and swimming "
         "lesson. This help will reduce as she becomes more independent.",
         "Checked at the termly review meeting."],
    ], widths_cm=W, font_size=9.5, header_fill=FILL)

    area(d, "Social, emotional and mental health")
    d.table(HDR, [
        ["E6 and E7",
         "Lego-based therapy with two other pupils every Thursday afternoon for 40 minutes, "
         "led by Miss Adeyemi, a higher level teaching assistant who completed the two-day "
         "Lego-based therapy training in 2024. Niamh takes turns as engineer, supplier and "
         "builder, practising giving and following spoken instructions.",
         "Miss Adeyemi records the roles Niamh takes and how she repairs misunderstandings; "
         "shared at termly meetings."],
        ["E6",
         "A 20-minute meeting every Friday with the school's learning mentor to talk through "
         "Niamh's week and plan for anything she is worried about, where staffing allows.",
         "Termly review meeting."],
        ["E6",
         "Emotional literacy sessions on self-esteem with the school's trained ELSA: 30 "
         "minutes weekly in the summer term, then fortnightly from September 2026.",
         "ELSA questionnaires at the start and end of the sessions."],
    ], widths_cm=W, font_size=9.5, header_fill=FILL)

    shaded_heading(d, "Section G \u2014 Health Care Provision", "G")
    d.bullets([
        "Review by Dr Femi Lawal, Community Paediatrician, every six months to monitor Niamh's coordination, hypermobility and tiredness.",
        "Physiotherapy assessment of Niamh's hypermobility by the Ravensworth Children's Physiotherapy Service once she reaches the top of the waiting list.",
    ])

    shaded_heading(d, "Section H1 \u2014 Social Care Provision under section 2 of the "
                      "Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("None required. No social care needs have been identified (see Section D).")
    shaded_heading(d, "Section H2 \u2014 Any Other Social Care Provision", "H2")
    d.para("None required.")

    shaded_heading(d, "Section I \u2014 Placement", "I")
    d.para("Halden Park Primary School, Ravensworth (mainstream community primary school "
           "maintained by Ravensworth Borough Council).")

    shaded_heading(d, "Section J \u2014 Personal Budget", "J")
    d.para("Siobhan and Gareth have not asked for a personal budget. Information about "
           "personal budgets was given to them at the planning meeting on 14 January 2026.")

    shaded_heading(d, "Section K \u2014 Advice and Information", "K")
    d.para("The following advice was gathered during the EHC needs assessment and is attached "
           "to this plan.")
    d.numbered([
        "Advice from Niamh's parents \u2013 Siobhan Hartigan and Gareth Pryce, 17 November 2025",
        "Educational advice \u2013 Mrs Helen Strand, SENCO, Halden Park Primary School, 24 November 2025",
        "Medical advice \u2013 Dr Femi Lawal, Community Paediatrician, 1 December 2025",
        "Psychological advice \u2013 Dr Rosalind Gale, Educational Psychologist, 9 December 2025",
        "Speech and language therapy advice \u2013 Ravensworth Children's Therapy Service, 5 December 2025",
        "Occupational therapy advice \u2013 Kit Morrow, Occupational Therapist, 12 December 2025",
        "Social care advice \u2013 Ravensworth Children's Services, 28 November 2025",
    ])
