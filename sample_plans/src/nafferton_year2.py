"""Nafferton Borough Council - Year 2 child with left-sided hemiplegic cerebral palsy and
speech and language delay at a mainstream maintained infant school, moving to junior school.
Word Heading 1 headings in title case with an em dash ('Section F \u2014 Special Educational
Provision'); cover details in a shaded two-column details table. B is written under four
area sub-headings; E is a numbered list 1-7. Section F is ONE five-column table (No. |
Provision | How often | How long each time | Grouping) in which the deliverer is never
given in the row: shaded banner rows merged across the table ('Provided by: ...') name who
delivers, and their training, for the group of rows beneath each banner. Blank cells where
a length does not apply. H1 / H2 split. FINAL plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

TITLE = "Education, Health and Care Plan - Elsie Brannigan"

BANNER = "__banner__"


def _fill(cell, colour):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcpr.append(shd)


def _provision_table(d, rows):
    """rows: list of 5-cell lists, or (BANNER, text) tuples for merged banner rows."""
    flat = []
    banners = []
    for r in rows:
        if isinstance(r, tuple) and r[0] == BANNER:
            banners.append(len(flat) + 1)  # +1 for the header row
            flat.append([r[1], "", "", "", ""])
        else:
            flat.append(r)
    t = d.table(["No.", "Provision", "How often", "How long each time", "Grouping"], flat,
                widths_cm=[1.1, 6.9, 3.6, 2.4, 2.6], font_size=9.5, header_fill="E2D9F3")
    for ri in banners:
        row = t.rows[ri]
        first = row.cells[0]
        merged = first.merge(row.cells[4])
        # keep only the banner paragraph
        paras = merged.paragraphs
        for p in paras[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
        for run in merged.paragraphs[0].runs:
            run.bold = True
            run.italic = True
            run.font.size = Pt(9.5)
        _fill(merged, "EFEAF7")
    return t


def build(d):
    d.running_header_footer("Nafferton Borough Council \u2014 Education, Health and Care Plan \u2014 Elsie Brannigan",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Nafferton Borough Council", size=13, color="4B2E83")
    d.title("Education, Health and Care Plan", size=22, color="4B2E83")
    d.para("Final plan issued under section 39 of the Children and Families Act 2014", italic=True)
    d.details_table([
        ("Child's name", "Elsie Brannigan"),
        ("Date of birth", "14/02/2019"),
        ("NHS number", "999 318 6204"),
        ("Unique pupil number", "Z999000527193"),
        ("Home address", "27 Lapwing Close, Nafferton, ZY4 8HT"),
        ("Parents", "Shona Brannigan and Dermot Brannigan"),
        ("Contact", "01632 960733 / shona.brannigan@example.org"),
        ("School and year group", "Hollins Green Infant School, Year 2"),
        ("Date of this final plan", "20 March 2026"),
        ("Annual review to be held by", "19 March 2027"),
        ("EHC co-ordinator", "Priya Lakhani-Morton, SEND Assessment and Planning Team"),
    ], widths_cm=(5.0, 11.5), fill="EFEAF7")

    d.heading("Section A \u2014 Views, Interests and Aspirations", section="A")
    d.heading("About Elsie, in her own words", level=2)
    d.para("Elsie shared her views with her teaching assistant over two sessions in February "
           "2026, using photographs of her classroom and a 'thumbs up, thumbs down' board. Her "
           "words are written down exactly as she said them.")
    d.para("\"I like drawing horses and doing the shop in the role play. My best thing is "
           "swimming with Daddy. I don't like it when my legs get tired and the big ones run "
           "past me. I don't like buttons. When I am big I am going to be a vet and have a "
           "pony called Sparkle.\"")
    d.heading("What Elsie's family say", level=2)
    d.para("Shona and Dermot describe Elsie as a kind, chatty and stubborn little girl who "
           "adores her younger brother Finn. They are proud of how hard she works at her "
           "exercises. They worry that other children do not always understand her, that she "
           "gets very tired by Thursday, and that she falls on the playground. Their biggest "
           "hope for the next year is that Elsie moves to the junior school feeling confident, "
           "with friends, and able to do more for herself at PE and at the toilet.")
    d.heading("How to communicate with Elsie", level=2)
    d.para("Give Elsie one short instruction at a time, show her a picture or object if you "
           "can, and wait. She needs about ten seconds to answer. Sit on her right-hand side.")

    d.heading("Section B \u2014 Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Elsie has a speech and language delay. Her understanding of spoken language is "
           "around the level expected of a four-and-a-half-year-old (assessed by the speech and "
           "language therapist, January 2026). She follows single instructions in a familiar "
           "routine, but misses the second part of a longer instruction and often copies what "
           "other children are doing instead. She does not yet understand 'before' and 'after' "
           "or questions that begin with 'why' and 'how'. Her sentences are three to four "
           "words long, she leaves out small words and past tense endings, and she finds it "
           "hard to retell what has happened. Unfamiliar adults and children understand about "
           "half of what she says.")
    d.heading("Cognition and learning", level=2)
    d.para("Elsie is working below the expected standard in reading, writing and maths. She "
           "knows most Phase 3 sounds but cannot yet blend longer words reliably. New topic "
           "vocabulary is the main barrier to her learning in science and the wider curriculum. "
           "In maths she counts objects accurately to 20 but loses track when she has to move "
           "or hold objects one-handed.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Elsie is sociable and wants to join in, but she is often left out of fast running "
           "games and gets upset when other children do not understand her. She then cries or "
           "hides under the table in the book corner, and needs an adult to help her calm down "
           "and return to the activity.")
    d.heading("Sensory and physical", level=2)
    d.para("Elsie has left-sided hemiplegic cerebral palsy. Her left leg is stiff and she "
           "walks on her toes on that side; she trips on uneven ground and on the steps to the "
           "field, and cannot yet run or hop safely. Her left hand has a weak grasp, so she "
           "cannot hold paper still while she writes, open her lunch box or manage buttons, "
           "zips and tights. She needs help to dress after PE and to adjust her clothes at the "
           "toilet. She becomes physically tired during the day, and by the afternoon her "
           "walking is less steady and she finds it harder to listen.")

    d.heading("Section C \u2014 Health Needs", section="C")
    d.para("Elsie was born at 33 weeks and was diagnosed with left-sided hemiplegic cerebral "
           "palsy at 14 months. She is under the care of Dr Ruth Okonedo, community "
           "paediatrician, and the paediatric orthopaedic clinic at Nafferton General Hospital. "
           "She wears a left ankle-foot orthosis (AFO) during the day and a resting hand splint "
           "at night. She has mild asthma and uses a blue reliever inhaler. Her fatigue, and the "
           "effect of her AFO on her balance, affect her learning in the afternoons and in PE.")

    d.heading("Section D \u2014 Social Care Needs", section="D")
    d.para("Elsie is a disabled child. Her parents both work and find it difficult to get her "
           "to activities after school and at weekends. Elsie needs an adult with her at "
           "community play activities because of her falls and her difficulty being understood. "
           "The Children with Disabilities Team completed an assessment in January 2026.")

    d.heading("Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below are for the end of Key Stage 1 (July 2026) and the end of "
           "Year 3 (July 2027). Hollins Green will set smaller steps towards them each term "
           "and share these with Elsie's parents.")
    d.numbered([
        "By July 2027, Elsie will follow a two-part classroom instruction that she has not heard before, without watching other children, in 4 out of 5 observed opportunities.",
        "By the end of Key Stage 1, Elsie will tell an adult about something that happened at the weekend in sentences of five or more words, using past tense verbs.",
        "Elsie will develop her reading.",
        "By July 2026, Elsie will take off and put on her PE kit, including her AFO and shoes, with no more than two verbal prompts, within 10 minutes.",
        "Elsie will be happier at playtimes.",
        "Elsie will receive physiotherapy and speech and language therapy in school.",
        "By the end of Year 3, Elsie will walk up and down the steps to the school field using the handrail, without an adult holding her hand, on every occasion.",
    ])

    d.heading("Section F \u2014 Special Educational Provision", section="F")
    d.para("The provision set out below must be made for Elsie at Hollins Green Infant School in "
           "every school week (38 weeks a year) for the life of this plan. Each shaded line "
           "says who provides the items listed beneath it. Outcome numbers refer to Section E.")
    _provision_table(d, [
        (BANNER, "Provided by: Elsie's named teaching assistant, who holds a Level 3 Certificate in Supporting Teaching and Learning, has been trained by the paediatric physiotherapist in Elsie's programme and has completed the speech and language therapist's Colourful Semantics training (refreshed each September)"),
        ["1", "Elsie's physiotherapy exercise programme, written by her physiotherapist: calf stretches on her left leg, sit-to-stand practice and single-leg balance work at the wall bars (outcome 7)",
         "Every school day, in the hall at 8:50 before registration", "15 minutes", "1:1"],
        ["2", "Colourful Semantics sessions building 'who \u2013 doing \u2013 what \u2013 where' sentences with the coloured cards, then using the sentences to talk about a picture or a class book (outcome 2)",
         "Three times a week (Monday, Wednesday and Friday)", "20 minutes", "A group of no more than four children"],
        ["3", "Help with dressing and undressing for PE and with her clothes at the toilet (outcome 4)",
         "Whenever she needs it", "", "1:1"],
        ["4", "Pre-teaching of the new topic words for the coming week, using pictures and real objects (outcome 1)",
         "Weekly", "", "Small group"],
        ["5", "Fine motor activities to strengthen her left hand (outcome 4)",
         "Daily", "10 minutes", "Individual"],
        ["6", "A rest on the beanbag in the book corner, with a drink of water (outcome 7)",
         "Twice every school day, at 10:30 and again at 14:15", "5 minutes", "Individual"],
        (BANNER, "Provided by: the class teacher (qualified teacher) in everyday lessons"),
        ["7", "Visual prompts and simpler language when giving instructions to the class, where appropriate (outcome 1)",
         "Across the day", "", "Whole class"],
        ["8", "A sloping writing board and a Dycem non-slip mat, kept on Elsie's table for all drawing and written work, and chunky triangular pencils in her tray (outcome 3)",
         "Every writing and drawing task", "", "Individual"],
        (BANNER, "Provided by: the school's higher level teaching assistant, who has completed the licensed Talk Boost KS1 training"),
        ["9", "The Talk Boost KS1 programme (the full ten-week course of listening, vocabulary, sentence-building and narrative activities) (outcomes 1 and 2)",
         "Three times a week for ten weeks from 13 April 2026", "30 minutes", "A group of no more than four children"],
        (BANNER, "Provided by: an HCPC-registered speech and language therapist from Nafferton Community Children's Therapy Service"),
        ["10", "Direct speech and language therapy on understanding two- and three-part instructions, 'before' and 'after', and using past tense endings (outcomes 1 and 2)",
         "Once a fortnight in term time", "40 minutes", "1:1 in school"],
        ["11", "Advice to school staff on Elsie's language targets (outcomes 1 and 2)",
         "As needed", "", "Adults only"],
        (BANNER, "Provided by: an HCPC-registered paediatric physiotherapist from Nafferton Community Children's Therapy Service"),
        ["12", "Direct physiotherapy on balance, managing the steps to the field and getting up from the floor (outcome 7)",
         "Weekly for six weeks in the summer term, then to be reviewed by the physiotherapist", "30 minutes", "1:1"],
        (BANNER, "Provided by: an occupational therapist, Nafferton Community Children's Therapy Service"),
        ["13", "Occupational therapy assessment of Elsie's self-care skills and pencil control, with a programme for school to follow (outcome 4)",
         "To be arranged", "", ""],
        (BANNER, "Provided by: school staff"),
        ["14", "Access to a quiet area to rest when she tires (outcome 7)", "When needed", "", ""],
        ["15", "Adult supervision on the playground at break and lunchtime, where possible (outcome 5)",
         "Daily", "", ""],
        ["16", "A social skills group (outcome 5)", "Weekly", "30 minutes", "Small group"],
        ["17", "Extra help with phonics (outcome 3)", "Regularly", "", ""],
        (BANNER, "Provided by: the SENCO, a qualified teacher who holds the National Award for SEN Co-ordination"),
        ["18", "A meeting with Elsie's parents and her teaching assistant to check her progress against each outcome in Section E and set her next steps (all outcomes)",
         "Once each half-term", "30 minutes", "Parents, TA and SENCO"],
        ["19", "Enhanced transition visits to the junior school before Elsie starts Year 3 (outcome 5)",
         "Summer term 2026; number of visits to be agreed with the junior school", "", "Small group"],
        (BANNER, "Provided by: an advisory teacher from the Nafferton Physical and Sensory Support Team (a qualified teacher who has completed the team's accredited training in physical disability)"),
        ["20", "A visit to observe Elsie in class and at lunchtime, check her seating, equipment and access to the building, and show her teaching assistant any new strategies, followed by a written note to school and parents (outcomes 4 and 7)",
         "Once each half-term", "1 hour", "Individual"],
    ])

    d.heading("Section G \u2014 Health Provision", section="G")
    d.bullets([
        "Review by the community paediatrician, Dr Ruth Okonedo, every six months at the Nafferton Child Development Centre.",
        "A left ankle-foot orthosis made and fitted by the Nafferton General Hospital orthotics department, checked for fit every four months and replaced as Elsie grows.",
        "A night-time resting splint for her left hand, once the orthotics team has capacity to make one.",
        "Elsie's reliever inhaler (salbutamol) is kept in the classroom medical bag and given by a member of staff trained in asthma care, as required under her individual healthcare plan.",
    ])

    d.heading("Section H1 \u2014 Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A support worker from the Nafferton Inclusive Play Scheme for three hours every Saturday morning (9:30 to 12:30) during school holidays and in term time, so that Elsie can join the scheme's activities.",
        "Short breaks as agreed with the Children with Disabilities Team.",
    ])
    d.heading("Section H2 \u2014 Other Social Care Provision", section="H2")
    d.para("No other social care provision has been identified.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Hollins Green Infant School, Nafferton \u2014 a mainstream maintained infant school "
           "(ages 4\u20137). Elsie's move to a junior school for Year 3 in September 2026 will be "
           "agreed at an early annual review in the spring term.")

    d.heading("Section J \u2014 Personal Budget", section="J")
    d.para("Elsie's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and Information", section="K")
    d.numbered([
        "Parental advice \u2014 Shona and Dermot Brannigan, 12 January 2026",
        "Elsie's views \u2014 gathered by her teaching assistant, 9 and 11 February 2026",
        "Educational advice \u2014 Mrs K. Ashdown, SENCO, Hollins Green Infant School, 16 January 2026",
        "Psychological advice \u2014 Dr Tomasz Wierzbicki, Educational Psychologist, 28 January 2026",
        "Medical advice \u2014 Dr Ruth Okonedo, Community Paediatrician, 21 January 2026",
        "Speech and language therapy advice \u2014 Ms H. Fairclough, Speech and Language Therapist, 19 January 2026",
        "Physiotherapy advice \u2014 Nafferton Community Children's Therapy Service",
        "Advice from the Physical and Sensory Support Team \u2014 Mr D. Quayle, Advisory Teacher, 30 January 2026",
        "Social care advice \u2014 Children with Disabilities Team, 26 January 2026",
    ], fmt="K{n}")
