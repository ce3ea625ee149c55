"""Wealdshire County Council - amended final plan after a Year 7 annual review, for a
pupil with severe learning difficulties and generalised epilepsy at a maintained special
school. Word Heading 1 headings with a bare letter, an en dash and a personalised
statutory title ('F \u2013 The special educational provision Tiana needs'). Running header
with the pupil's name and date of birth, and a page footer. Cover details as bold-label
lines. E numbered E1-E6. Section F is one outcome-tick matrix: Ref | Provision (what,
how much, how often and who, written as prose in one cell) | E1 | E2 | E3 | E4 | E5 | E6,
with a tick under each outcome the provision works towards, shaded area banner rows
merged across the table, a repeated header row, and one row with no ticks. FINAL
(amended) plan."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Tiana Robertson-Achebe"

TICK = "\u2713"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _fill(cell, text, bold=False, size=9.5, centre=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def _matrix(d, groups):
    """groups = [(banner, [(ref, provision, {outcome numbers}), ...]), ...]"""
    widths = [1.1, 10.1] + [0.9] * 6
    t = d.doc.add_table(rows=0, cols=8)
    t.style = d.doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)

    def new_row():
        r = t.add_row()
        for ci, w in enumerate(widths):
            r.cells[ci].width = Cm(w)
        return r

    h = new_row()
    heads = ["Ref", "Provision \u2013 what will be provided, how much, how often, and who provides it"] + [f"E{n}" for n in range(1, 7)]
    for ci, txt in enumerate(heads):
        _fill(h.cells[ci], txt, bold=True, centre=ci >= 2)
        _shade(h.cells[ci], "C9DDD3")
    trpr = h._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)

    for banner, rows in groups:
        b = new_row()
        _fill(b.cells[0], banner, bold=True, size=10)
        m = b.cells[0].merge(b.cells[7])
        _shade(m, "E8F1EC")
        for ref, prov, ticks in rows:
            r = new_row()
            _fill(r.cells[0], ref, bold=True)
            _fill(r.cells[1], prov)
            for n in range(1, 7):
                _fill(r.cells[1 + n], TICK if n in ticks else "", centre=True)
    d.doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build(d):
    d.running_header_footer(
        "Tiana Robertson-Achebe   |   DOB 22/02/2014   |   Wealdshire EHC Plan (amended final)",
        footer_left="Wealdshire County Council SEND Service", first_page_plain=True)
    d.title("Wealdshire County Council", size=14, color="1E5B45")
    d.title("Education, Health and Care Plan", size=22, color="1E5B45")
    d.para("Amended final plan following the annual review held on 27 November 2025",
           bold=True)
    d.label_para("Name: ", "Tiana Robertson-Achebe")
    d.label_para("Date of birth: ", "22/02/2014")
    d.label_para("NHS number: ", "999 381 4407")
    d.label_para("Unique pupil number: ", "H999000482617")
    d.label_para("Address: ", "27 Ferrier Close, Drayton, XJ3 6LT")
    d.label_para("Parents: ", "Grace Robertson (mother) and Emeka Achebe (father)")
    d.label_para("Telephone: ", "07700 900582 (Grace); 01632 960914 (home)")
    d.label_para("E-mail: ", "grace.robertson@example.org")
    d.label_para("School and year group: ", "Drayton Park School, Year 7")
    d.label_para("Date of this amended plan: ", "23 January 2026")
    d.label_para("Next annual review by: ", "26 November 2026")
    d.label_para("Case officer: ", "Lorcan Whitebridge, Wealdshire SEND Service")

    d.heading("A \u2013 The views, interests and aspirations of Tiana and her family",
              section="A")
    d.heading("Tiana's views", level=2)
    d.para("Tiana's class teacher, Ms Funmi Okoro, gathered her views on 8 January 2026 "
           "using photographs and symbols on a choice board. Tiana pointed to swimming, "
           "the music room, bubbles and her brother Jordan as things she likes, smiling and "
           "signing \"more\". She pushed away the photographs of the dinner hall and the "
           "minibus, and signed \"finish\" at the picture of the hand dryer. When asked "
           "who helps her, she pointed to the photograph of her key teaching assistant.")
    d.heading("Her parents' views", level=2)
    d.para("Grace and Emeka say Tiana is loving, cheeky and loves music, especially "
           "anything with a strong beat. She settled at Drayton Park far better than they "
           "had feared. Their biggest worry is her seizures, which can happen at any time "
           "and leave her exhausted. They would like her to be able to tell adults when she "
           "is in pain or unwell, to use the toilet on her own, and to take part in the "
           "community safely. In the longer term they hope she will live in a supported "
           "home with friends and have a day that includes music and being useful to "
           "others.")

    d.heading("B \u2013 Tiana's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Tiana understands familiar single words and short phrases in routine "
           "situations, especially when they are signed. She uses about 30 Makaton signs, "
           "some vocalisations and a PODD communication book, in which she can point to "
           "single symbols to make choices. She does not yet combine two symbols or signs. "
           "New adults do not understand her signs, and she becomes frustrated and pulls "
           "at their clothing when she is not understood. She needs time to process what "
           "is said to her and loses attention in groups after one or two minutes.")
    d.heading("Cognition and learning", level=2)
    d.para("Tiana has severe learning difficulties. She is working within the early "
           "stages of the school's pre-formal and semi-formal assessment steps: she "
           "recognises her name and about eight symbols from her daily routine, matches "
           "identical pictures, and counts by rote to five but cannot yet give 'one' or "
           "'two' objects on request. Her learning is interrupted by seizures and by the "
           "tiredness that follows them, and she needs frequent repetition in short, "
           "practical sessions to retain new skills.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Tiana is sociable with adults she knows. When she is tired, in pain or "
           "cannot make herself understood, she screams, bites her wrist or hits out at "
           "the nearest adult; this happened on 11 recorded occasions in the autumn term. "
           "She does not yet have a way to show how she feels or to calm herself. She "
           "rarely plays with other pupils and stays close to adults at playtime.")
    d.heading("Sensory and physical", level=2)
    d.para("Tiana has low muscle tone and poor balance. She walks independently on flat "
           "ground but needs a hand held on stairs, kerbs and uneven ground, and she "
           "falls several times a week. After a seizure she needs help to get up safely. "
           "Her hand skills are weak: she uses a palmar grasp and finds it difficult to use "
           "a spoon, manage fastenings or hold a pencil. She seeks deep pressure and "
           "covers her ears in noisy places.")
    d.heading("Independence and self-care", level=2)
    d.para("Tiana wears pads and is beginning to use the toilet when taken at set times; "
           "she needs help with every step of toileting and hand washing. She feeds "
           "herself finger foods but needs help with a spoon and with drinking from an "
           "open cup. She cannot dress or undress herself. She has no awareness of road "
           "safety and has never chosen or paid for anything in a shop.")

    d.heading("C \u2013 Tiana's health needs which relate to her SEN", section="C")
    d.para("Tiana has generalised epilepsy with tonic-clonic seizures, absences and "
           "occasional drop attacks, thought to be linked to a rare chromosome deletion "
           "identified in 2016. She has about two tonic-clonic seizures a month and many "
           "brief absences each day. She takes levetiracetam and clobazam and has buccal "
           "midazolam as rescue medication. She is under the care of Dr S. Varghese, "
           "paediatric neurologist at Wealdshire Royal Hospital, and the epilepsy nurse "
           "specialist team. She is underweight for her height and is known to the "
           "paediatric dietitian. She tires easily on long walks.")

    d.heading("D \u2013 Tiana's social care needs which relate to her SEN or disability",
              section="D")
    d.para("Tiana is a disabled child. She needs an adult with her at all times, and her "
           "parents are often woken at night by seizures. Her brother Jordan, who is 14, "
           "has had little time with his parents on his own. Tiana needs support from an "
           "adult who knows her epilepsy care plan to take part in activities outside the "
           "home. The Wealdshire Disabled Children's Team assessed the family in October "
           "2025.")

    d.heading("E \u2013 The outcomes sought for Tiana", section="E")
    d.para("These outcomes run to the end of Year 8 (July 2027) unless another date is "
           "given. The class teacher sets termly targets towards each one and reports on "
           "them at the annual review.")
    d.numbered([
        "By July 2027, Tiana will put two symbols or signs together (for example \"more\" + \"drink\") to make a request of a familiar adult, without a prompt, at least five times each school day.",
        "Tiana will develop her communication skills.",
        "By July 2027, Tiana will read and match 20 symbol-supported words from her daily routine and give 'one', 'two' or 'three' objects when asked.",
        "Tiana will be happy and calm in school.",
        "By July 2027 Tiana will receive physiotherapy to improve her balance.",
        "By the end of Year 8, Tiana will pull up her own clothing and wash her hands after using the toilet, with no more than one verbal prompt, on four days out of five.",
    ], fmt="E{n}")

    d.heading("F \u2013 The special educational provision Tiana needs", section="F")
    d.para("Drayton Park School will make the provision below in term time for the life "
           "of this plan. A tick shows the Section E outcome that each item works towards.")
    _matrix(d, [
        ("Communication and interaction", [
            ("F1", "Direct speech and language therapy, 1:1, to move Tiana on from single symbols to two-symbol requests in her PODD book and to model the matching Makaton signs. One 40-minute session every week with the school's HCPC-registered speech and language therapist, who then spends 20 minutes showing Tiana's key teaching assistant that week's targets.", {1}),
            ("F2", "Throughout every school day the class team sign key words in Makaton as they speak to Tiana and model on her PODD book. The class teacher and both class teaching assistants hold Makaton Foundation (Levels 1 and 2) and attend the school Makaton tutor's 90-minute refresher each term.", {1}),
            ("F3", "Tiana would benefit from a communication passport, which staff should update regularly so that new adults know how she communicates.", {1, 2}),
            ("F4", "Daily small-group sensory story and attention sessions led by an adult.", {2}),
        ]),
        ("Cognition and learning", [
            ("F5", "Tiana is taught in a class of no more than eight pupils by a qualified teacher with two teaching assistants (each holding a Level 3 supporting teaching and learning qualification) for the whole of every school day, following Drayton Park's semi-formal 'Stepping Stones' curriculum.", {3}),
            ("F6", "Precision Teaching of symbol-supported words from Tiana's daily routine, ten words to a set, 1:1 for ten minutes every morning straight after registration. Her key teaching assistant, trained in Precision Teaching by the school's educational psychologist, delivers it, and the class teacher checks the daily probe scores each Friday.", {3}),
            ("F7", "Numeracy intervention at a level suitable for Tiana, as decided under the school's assessment and tracking arrangements.", {3}),
            ("F8", "Individual learning targets, and the interventions used to reach them, will be agreed once Drayton Park has completed its baseline assessment of Tiana.", {3}),
        ]),
        ("Social, emotional and mental health", [
            ("F9", "Feelings and calming work, 1:1, for 15 minutes every Tuesday and Thursday afternoon. Tiana's key teaching assistant, who is trained in Zones of Regulation and Team Teach, teaches her to point to 'happy', 'cross', 'tired' and 'poorly' symbols and then to choose one of three calming activities from a symbol board.", {4}),
            ("F10", "A positive behaviour support plan is to be written by staff and kept under review.", {4}),
            ("F11", "Tiana will have chances to mix with pupils from other classes at lunch and playtime, with an adult nearby if needed.", {2, 4}),
        ]),
        ("Sensory and physical", [
            ("F12", "Physiotherapy, 1:1, on balance, stepping up and down kerbs and stairs, and getting up from the floor safely after a seizure: a 30-minute session once a fortnight in term time from an HCPC-registered paediatric physiotherapist from Wealdshire Children's Therapy Service.", {5}),
            ("F13", "A 10-minute balance and stepping circuit from the physiotherapist's written programme every school day before lunch, run by a teaching assistant whom the physiotherapist has trained and whose practice she observes at each fortnightly visit.", {5}),
            ("F14", "Access to the sensory room and the hydrotherapy pool.", {4, 5}),
            ("F15", "Occupational therapy assessment of Tiana's classroom seating and hand skills, with a programme to follow.", {5, 6}),
            ("F16", "Specialist seating and adapted cutlery if required.", {6}),
        ]),
        ("Independence and self-care", [
            ("F17", "Toileting routine at 10:15, 12:30 and 14:15 each day, allowing 10 minutes for each visit, with one of Tiana's two named female teaching assistants, who have had personal-care training from the school nurse. They follow her symbol sequence for each step and use backward chaining to teach her to pull up her own clothing and wash her hands.", {6}),
            ("F18", "Help with eating and drinking at lunch, gradually reduced as Tiana becomes more able to feed herself.", {6}),
            ("F19", "Dressing practice after each PE and swimming lesson, up to 20 minutes, with a teaching assistant.", {6}),
            ("F20", "Community visits to the local shop and caf\u00e9 to practise choosing and paying, when staffing allows.", set()),
        ]),
    ])

    d.heading("G \u2013 Health care provision", section="G")
    d.bullets([
        "Buccal midazolam 10 mg, given as required under Tiana's epilepsy care plan if a tonic-clonic seizure lasts five minutes, by staff trained by the epilepsy nurse specialist; the medicine goes with Tiana on every trip and journey.",
        "The epilepsy nurse specialist trains the class team in seizure first aid and rescue medication every September and reviews the epilepsy care plan with Tiana's parents each year.",
        "Review by Dr S. Varghese, paediatric neurologist, at Wealdshire Royal Hospital every six months.",
        "A wheelchair for long distances and for use after seizures, once the Wheelchair Service waiting list allows.",
        "Dietetic input as appropriate.",
    ])

    d.heading("H1 \u2013 Social care provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.para("A support worker trained in Tiana's epilepsy care plan for 3 hours on alternate "
           "Saturdays, funded through a social care direct payment, so that she can go "
           "swimming and to the Drayton Saturday Music Club.")
    d.heading("H2 \u2013 Other social care provision", section="H2")
    d.para("Overnight short breaks at Willow Lodge.")

    d.heading("I \u2013 Placement", section="I")
    d.para("Drayton Park School, Drayton \u2013 maintained special school for pupils aged "
           "11 to 19 with severe and profound and multiple learning difficulties.")

    d.heading("J \u2013 Personal budget", section="J")
    d.para("Grace receives a social care direct payment for the support worker in Section "
           "H1. No personal budget has been requested for the special educational "
           "provision in Section F.")

    d.heading("K \u2013 Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Grace Robertson and Emeka Achebe, 12 November 2025",
        "Tiana's views \u2013 gathered by Ms F. Okoro, class teacher, 8 January 2026",
        "Annual review report and educational advice \u2013 Mr D. Halloran, headteacher, Drayton Park School, 4 December 2025",
        "Psychological advice \u2013 Dr Imogen Stace, Educational Psychologist, 2 October 2025",
        "Medical advice \u2013 Dr S. Varghese, Paediatric Neurologist, 15 October 2025",
        "Speech and language therapy advice \u2013 Ms H. Lindqvist, Speech and Language Therapist, Drayton Park School",
        "Physiotherapy advice \u2013 Wealdshire Children's Therapy Service, 20 October 2025",
        "Social care advice \u2013 Wealdshire Disabled Children's Team, 30 October 2025",
    ])
