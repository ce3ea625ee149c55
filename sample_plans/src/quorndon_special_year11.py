"""Harrowdene County Council - Year 11 autistic young person with severe learning
difficulties at a non-maintained residential special school (weekly boarding, 38-week
placement). Word Heading 1 headings personalised after an en dash ('Section F \u2013 The
special educational provision Callum needs'). Cover details as a grey two-column details
table. E numbered E1-E9, some PfA. Section F is a 'margin reference' layout: under four
Heading 2 sub-headings (school day, therapies, residence, preparing for adulthood) each
group is a borderless two-column table whose narrow left column holds the item reference
and the outcomes it serves ('F4 (E2)') and whose right column holds the provision as
prose; one reference cell names no outcome. Separate H1 and H2. FINAL plan."""

from docx.shared import Cm, Pt, RGBColor

TITLE = "Education, Health and Care Plan - Callum Okonjo-Reid"


def _margin_table(d, rows):
    """Borderless two-column table: reference / outcome links in the margin column."""
    t = d.doc.add_table(rows=0, cols=2)  # default 'Normal Table' style: no borders
    for ref, text in rows:
        cells = t.add_row().cells
        lp = cells[0].paragraphs[0]
        r = lp.add_run(ref)
        r.bold = True
        r.font.size = Pt(9.5)
        r.font.color.rgb = RGBColor.from_string("5A5A5A")
        rp = cells[1].paragraphs[0]
        rp.paragraph_format.space_after = Pt(6)
        rp.add_run(text)
    t.autofit = False
    for row in t.rows:
        row.cells[0].width = Cm(2.4)
        row.cells[1].width = Cm(14.2)
    t.columns[0].width = Cm(2.4)
    t.columns[1].width = Cm(14.2)
    d.doc.add_paragraph()


def build(d):
    d.simple_footer("Harrowdene County Council \u2013 SEND Service \u2013 Final EHC Plan for "
                    "Callum Okonjo-Reid \u2013 OFFICIAL-SENSITIVE")
    d.title("Harrowdene County Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("FINAL PLAN (issued following annual review)", bold=True)
    d.details_table([
        ("Name", "Callum Okonjo-Reid"),
        ("Date of birth", "3 February 2010"),
        ("NHS number", "999 318 2764"),
        ("Unique pupil number", "H999000271828"),
        ("Home address", "12 Fennel Rise, Lowbury, XJ4 8TN"),
        ("Parents", "Simone Okonjo (mother) and Daniel Reid (father)"),
        ("Contact", "01632 960318 / 07700 900562, simone.okonjo@example.org"),
        ("School and year group", "Quorndon School, Year 11"),
        ("Date this plan was finalised", "19 January 2026"),
        ("Next annual review due by", "18 January 2027"),
        ("SEND officer", "Priya Lakhani-Moss"),
    ])

    d.heading("Section A \u2013 What Callum and his family want us to know", section="A")
    d.heading("Callum's views", level=2)
    d.para("Callum chose symbols and photographs with Bethan, his key teaching assistant, over "
           "three short sessions in December 2025. He picked photos of the minibus, the "
           "trampoline, his bedroom at Cedar House and his sister Amara. He pointed to the "
           "\"happy\" symbol for swimming, cooking pancakes and Thursday film night, and to "
           "\"sad\" for the dining hall, hand dryers and the fire alarm. When asked what he "
           "wants to do when he is older he chose the caf\u00e9 photo and signed \"work\".")
    d.heading("His parents' views", level=2)
    d.para("Simone and Daniel describe Callum as loving, funny and fiercely routine-minded. "
           "They say the residential placement has changed family life: he sleeps better, he "
           "is calmer at weekends and he now lays the table at home without being asked. Their "
           "biggest worries are what happens after school, whether he will ever be safe near "
           "roads, and how he will make himself understood by people who do not know him. "
           "They would like him to stay at Quorndon for its 16\u201319 department, to have "
           "real work experience and to learn to use money.")
    d.heading("Interests and aspirations", level=2)
    d.para("Callum loves water, trampolining, Thomas the Tank Engine videos and helping in the "
           "kitchen. His family hope he will one day live in a supported flat near home, "
           "spend his days doing a job he enjoys, and go swimming with friends.")

    d.heading("Section B \u2013 Callum's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Callum is autistic. He uses about 40 single words and a small number of two-word "
           "phrases, mostly to request food and favourite activities, and about 60 Makaton "
           "signs. He has a symbol communication book but uses it only when an adult holds it "
           "out to him. He understands short instructions with one key word when they are "
           "linked to the routine, but not new or longer ones. He rarely starts an interaction "
           "with peers and does not yet ask for help or for a break; instead he becomes "
           "distressed.")
    d.heading("Cognition and learning", level=2)
    d.para("Callum has severe learning difficulties. He is working within the early stages of "
           "the engagement model and pre-key stage standards. He recognises his name and about "
           "fifteen familiar symbol-and-word labels, counts objects reliably to five and "
           "matches numerals to ten. He learns best through short, repeated, practical tasks "
           "with visual structure and a clear finish, and he needs new skills taught in the "
           "place where he will use them.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Changes to routine, unexpected noise and busy spaces make Callum very anxious. When "
           "overwhelmed he bites the back of his hand, vocalises loudly and may drop to the "
           "floor; episodes can last 30 minutes. He is starting to use a five-point scale to "
           "show how he feels but needs an adult to prompt it. He enjoys being alongside one "
           "or two familiar peers.")
    d.heading("Sensory and physical", level=2)
    d.para("Callum seeks deep pressure and movement and finds loud, echoing rooms painful. His "
           "fine motor skills are immature: he uses a fist grip on pens and cannot yet do up "
           "buttons or zips. His gross motor skills are a relative strength.")
    d.heading("Independence and preparing for adulthood", level=2)
    d.para("Callum needs step-by-step prompts to wash, dress and manage his belongings. He has "
           "no sense of road danger and cannot yet handle money or wait in a queue. He has not "
           "done any work experience. In September 2026 he will move into the school's "
           "16\u201319 department, which is on the same site but in a different building with "
           "new staff.")
    d.para("A waking-day curriculum is needed because Callum only keeps new self-care, "
           "communication and regulation skills when they are taught and practised in the same "
           "way across the whole day, including the evening and morning routines.")

    d.heading("Section C \u2013 Callum's health needs", section="C")
    d.para("Callum has a diagnosis of autism (2014) and severe learning difficulties. He has "
           "long-standing sleep-onset difficulties treated with melatonin. He has eczema on "
           "his hands, made worse by hand-biting. He has not had a full dental check for three "
           "years because he cannot tolerate examination while awake. He is seen annually by "
           "Dr Rhys Aldana, community paediatrician.")

    d.heading("Section D \u2013 Callum's social care needs", section="D")
    d.para("Callum is a disabled child and has been assessed by the Harrowdene Children with "
           "Disabilities Team. In the 14 weeks of school holidays he needs an adult with him "
           "at all times outside the home, and his parents, who both work, need regular breaks "
           "from his care. He has a younger sister, Amara, who is 9.")

    d.heading("Section E \u2013 The outcomes we want Callum to achieve", section="E")
    d.para("These outcomes run to the end of Callum's first year in the 16\u201319 department "
           "(July 2027) unless another date is given. Quorndon School sets half-termly steps "
           "towards each one and shares them with the family at every review.")
    d.numbered([
        "By July 2027, Callum will use his symbol book or a two-word Makaton phrase to ask for help, a break or a favourite item at least ten times a day without an adult prompt.",
        "By the end of Year 11, Callum will read and act on 30 familiar symbol-and-word labels around school and Cedar House.",
        "Callum will develop his number skills.",
        "By July 2027, Callum will show his five-point scale card to an adult when he reaches level 4 and will walk with them to the low-arousal room, on four out of five occasions.",
        "Callum will stop biting his hand when he is upset.",
        "By July 2027, Callum will shower and dress himself at Cedar House using his picture sequence, with no more than two spoken prompts.",
        "Callum will receive travel training and work experience.",
        "Callum will live independently.",
        "By July 2027, Callum will buy a drink and a snack at a local caf\u00e9 with a \u00a35 note and wait for his change, with an adult standing nearby but not helping.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 The special educational provision Callum needs", section="F")
    d.para("Callum attends Quorndon School as a weekly boarder on a 38-week placement, living at "
           "Cedar House from Monday morning to Friday afternoon in term time. The residential "
           "element is part of his special educational provision: it delivers the waking-day "
           "curriculum described in Section B. The reference in the margin gives each item's "
           "number and the outcomes in Section E that it works towards.")

    d.heading("In the classroom (school day, 8:50 to 15:20)", level=2)
    _margin_table(d, [
        ("F1 (E1\u2013E4)",
         "Callum will be taught in a class of no more than seven pupils, with a teacher and "
         "three teaching assistants in the room for every lesson of the 32.5-hour school week. "
         "His class teacher holds qualified teacher status and has at least three years' "
         "experience of teaching autistic pupils with severe learning difficulties."),
        ("F2 (E1)",
         "He will be supported by staff to use his communication book throughout the day "
         "where appropriate."),
        ("F3 (E1, E4)",
         "An Attention Autism session (stages one to four) in a group of no more than five "
         "pupils, for 20 minutes at 9:15 every morning, led by a teaching assistant who has "
         "completed the accredited two-day Attention Autism course."),
        ("F4 (E2)",
         "A personalised literacy programme, to be drawn up by the class teacher once "
         "Callum's baseline assessments are complete."),
        ("F5 (E3, E9)",
         "Individual Numicon work on counting to 20, matching quantities and recognising "
         "coins, for fifteen minutes straight after lunch on Mondays, Wednesdays and Fridays. "
         "It is delivered by a teaching assistant with a Level 3 qualification who has been "
         "trained in Numicon, and the class teacher resets the targets every half-term."),
        ("F6 (E9)",
         "Callum will have opportunities to take part in community learning visits."),
    ])

    d.heading("Therapies", level=2)
    _margin_table(d, [
        ("F7 (E1)",
         "Direct speech and language therapy from the school's HCPC-registered speech and "
         "language therapist: one 30-minute individual session every week in term time, "
         "working on asking with his symbol book and on two-word Makaton phrases. Once each "
         "half-term the therapist also spends 30 minutes at Cedar House modelling the same "
         "targets with the evening staff, and she reports on progress at the annual review."),
        ("F8 (E4)",
         "Occupational therapy consultation to the class team on Callum's sensory needs, "
         "as often as the therapist judges necessary."),
        ("F9 (E4, E5)",
         "A sensory diet written by the school's HCPC-registered occupational therapist "
         "(trampette, weighted lap blanket and heavy-work jobs such as carrying the fruit "
         "crate), carried out for 10 minutes at 8:50, 11:00 and 14:00 every school day by a "
         "teaching assistant whom the occupational therapist has trained. The therapist "
         "checks and updates the diet once every half-term."),
        ("F10 (E4)",
         "Music therapy may be offered if a place becomes available."),
    ])

    d.heading("Emotional well-being", level=2)
    _margin_table(d, [
        ("F11 (E4, E5)",
         "Staff will follow Callum's positive behaviour support plan, held by the school, at "
         "all times."),
        ("F12 (E4)",
         "A five-minute check-in with his key teaching assistant using his five-point scale "
         "cards, at 9:00 each school day and again at 15:15 before he walks across to Cedar "
         "House."),
        ("F13 (E4, E5)",
         "Callum is to have access to the low-arousal room whenever he becomes overwhelmed."),
    ])

    d.heading("In residence at Cedar House (Monday to Thursday evenings)", level=2)
    _margin_table(d, [
        ("F14 (E6)",
         "A waking-day independence programme from 16:00 to 18:00 on Monday to Thursday "
         "evenings, following Callum's written step-by-step routines for showering, dressing "
         "and laying the table. It is delivered 1:1 by a residential care worker who holds the "
         "Level 3 Diploma in Residential Childcare and has completed the school's autism and "
         "Makaton training."),
        ("F15 (E6, E8)",
         "Evening activities with residential staff, with the level of adult help tapered as "
         "Callum gains skills."),
        ("F16 (E6, E9)",
         "A cooking session in the Cedar House kitchen every Wednesday from 16:30 to 17:30, in "
         "a group of no more than three young people, in which Callum makes a simple snack "
         "from a symbol recipe. It is run by the residential team leader, who holds the "
         "Level 3 Diploma in Residential Childcare and a Level 2 food hygiene certificate."),
    ])

    d.heading("Preparing for adulthood", level=2)
    _margin_table(d, [
        ("F17 (E7)",
         "Travel training will begin when Callum is ready."),
        ("F18 (E7, E8)",
         "Up to two hours a week of work-related learning in the school's Orchard Caf\u00e9, "
         "depending on staffing."),
        ("F19",
         "Support with his move to the 16\u201319 department as required, following the "
         "guidance in the school's transition plan."),
        ("F20 (E9)",
         "Callum would benefit from learning to use money in real shops."),
    ])

    d.heading("Section G \u2013 Health provision", section="G")
    d.bullets([
        "Melatonin 3 mg given by the Cedar House senior on duty at 19:30 on Monday to Thursday nights, as prescribed by the community paediatrician and recorded on the residence medication chart.",
        "Paracetamol given as required for pain, under the school's PRN protocol signed by Callum's parents.",
        "Emollient cream applied to both hands by residential staff after his evening shower, as prescribed by his GP.",
        "Review by Dr Aldana, community paediatrician, every 12 months, with an annual learning disability health check at his GP practice.",
        "Input from the learning disability CAMHS team as necessary.",
        "A dental examination under general anaesthetic at Lowbury Special Care Dental Service once a theatre slot becomes available.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically "
              "Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for five hours every Saturday during the 14 weeks of school "
           "holidays, to take Callum swimming and to the trampoline park in Lowbury, paid for "
           "through a social care direct payment to his parents.")
    d.heading("Section H2 \u2013 Other social care provision", section="H2")
    d.para("Overnight short breaks at Hazelgrove House during the school holidays, as agreed "
           "with the family.")

    d.heading("Section I \u2013 Placement", section="I")
    d.para("Quorndon School, Harrowdene: non-maintained special school for autistic pupils aged "
           "9 to 19 with severe learning difficulties. Residential placement on a 38-week basis "
           "(weekly boarding, Monday to Thursday nights in term time).")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("The Saturday support worker in Section H1 is paid for by Simone and Daniel from "
           "a social care direct payment. None of the special educational provision in "
           "Section F is funded through a personal budget.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.para("The following advice was gathered for this review and is attached as appendices.")
    d.bullets([
        "Callum's views \u2013 gathered with Bethan Morrow, key teaching assistant, December 2025",
        "Parents' views \u2013 Simone Okonjo and Daniel Reid, 28 November 2025",
        "Educational advice \u2013 Mr G. Farrant, Head of Upper School, Quorndon School, 2 December 2025",
        "Residential advice \u2013 Ms J. Oyelaran, Head of Care, Quorndon School, 2 December 2025",
        "Psychological advice \u2013 Dr Ines Calloway, Educational Psychologist, 5 December 2025",
        "Medical advice \u2013 Dr R. Aldana, Community Paediatrician, 21 November 2025",
        "Speech and language therapy advice \u2013 Ms K. Brennan, Speech and Language Therapist, 1 December 2025",
        "Occupational therapy advice \u2013 Mr L. Oduya, Occupational Therapist, 3 December 2025",
        "Social care advice \u2013 Harrowdene Children with Disabilities Team, 8 December 2025",
        "Preparing for adulthood advice \u2013 Harrowdene Careers Service",
    ])
