"""Howgill County Council - early years (age 4), mixed receptive-expressive language disorder
with social communication needs, in the nursery class of a maintained primary school.
Headings are bold coloured Normal text (no heading styles) in the form 'A.  About Maisie -
views, interests and aspirations' (letter, full stop, two spaces, a personalised title).
Cover details in a two-column details table. E is a list numbered E1-E7. Section F is ONE
four-column table (Outcome | What the nursery class will provide | Who provides it, and
their training | How often and for how long) whose Outcome cell is merged down each group of
rows (vertical merge), a repeated header row, several blank cells. G is bullets; H1 and H2
say none. I names the nursery class and its type. Six-monthly review (under 5). FINAL plan."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TITLE = "Education, Health and Care Plan - Maisie Tallentire"

HEAD_COLOUR = "2E6B30"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=13.5, color=HEAD_COLOUR)


def _sub(d, text):
    d.para(text, bold=True, italic=True)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _fill(cell, text, bold=False, size=9.5):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def _merged_outcome_table(d, header, groups, widths):
    """groups = [(outcome_text, [[provision, who, how_often], ...]), ...]"""
    doc = d.doc
    t = doc.add_table(rows=0, cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.add_row()
    for ci, h in enumerate(header):
        _fill(hdr.cells[ci], h, bold=True)
        _shade(hdr.cells[ci], "DCEBDD")
    trpr = hdr._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for outcome, rows in groups:
        first = len(t.rows)
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            _fill(cells[0], outcome if ri == 0 else "", bold=(ri == 0))
            for ci, val in enumerate(row, start=1):
                _fill(cells[ci], val)
        last = len(t.rows) - 1
        top = t.cell(first, 0)
        if last > first:
            top = top.merge(t.cell(last, 0))
        _shade(top, "F1F7F1")
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build(d):
    d.simple_footer("Howgill County Council  -  Final EHC Plan for Maisie Tallentire  -  "
                    "issued 20 April 2026  -  OFFICIAL-SENSITIVE")
    d.title("Howgill County Council", size=13, color=HEAD_COLOUR)
    d.title("Education, Health and Care Plan", size=21, color=HEAD_COLOUR)
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's full name", "Maisie Tallentire"),
        ("Known as", "Maisie"),
        ("Date of birth", "14 November 2021"),
        ("NHS number", "999 318 6624"),
        ("Unique pupil number", "Z999000271828"),
        ("Home address", "12 Clough Lane, Rawthey Bridge, XJ4 6TP"),
        ("Parents", "Gemma Tallentire (mother) and Rob Anscombe (father)"),
        ("Contact", "07700 900752 / 01632 960318; gemma.tallentire@example.org"),
        ("Current setting", "Rawthey Bridge Primary School, Nursery Class (30 hours a week)"),
        ("Year group", "Nursery (F1); due to start Reception in September 2026"),
        ("Date this plan was finalised", "20 April 2026"),
        ("Review", "Early years review within six months: by 19 October 2026"),
        ("EHC co-ordinator", "Priya Venkataraman, Howgill SEND 0-25 Team"),
    ], widths_cm=(5.0, 11.6), fill="EAF3EA")

    _h(d, "A.  About Maisie - views, interests and aspirations", section="A")
    _sub(d, "What Maisie has shown us")
    d.para("Maisie does not yet tell adults in words what she likes, so her key person, "
           "Mrs Gaskell, watched her over three sessions in February 2026 and Maisie helped to "
           "choose the photographs for this page by pointing. Maisie loves the water tray, "
           "lining up the small-world farm animals, the slide in the outdoor area and the "
           "song 'Five Little Ducks', which she asks for by flapping her arms. She goes to "
           "her big brother Ollie whenever she sees him in the playground. She pushes away "
           "the box of dressing-up clothes and covers her ears when the tambourines come out "
           "at singing time.")
    _sub(d, "What Maisie's mum and dad say")
    d.para("Gemma and Rob describe Maisie as affectionate, determined and funny, with a "
           "brilliant memory for where things live in the house. At home she uses about "
           "thirty single words and some short phrases she has learnt from television "
           "programmes. They say the hardest part of the day is when Maisie cannot make "
           "them understand what she wants: she screams, drops to the floor or bites her "
           "hand. They want Maisie to be able to tell them what she needs, to make a friend "
           "and to be happy to go to school. Their big worry is Reception, with a bigger "
           "class and fewer adults, and they would like Maisie to stay at Rawthey Bridge "
           "with Ollie.")
    _sub(d, "Hopes for the future")
    d.para("Maisie's parents hope that by the time she leaves primary school she will talk "
           "with her friends, read for pleasure and join in with swimming and dance clubs "
           "like other children her age.")

    _h(d, "B.  Maisie's special educational needs", section="B")
    _sub(d, "Communication and interaction")
    d.para("Maisie has a mixed receptive and expressive language disorder, assessed by the "
           "Howgill Children's Speech and Language Therapy Service in January 2026. Her "
           "understanding of spoken language is at about the level expected of a child of "
           "two years and three months. She understands single familiar words and routine "
           "phrases ('coat on', 'snack time') when they are said in context, but not "
           "instructions with two key words, question words such as 'where' and 'who', or "
           "words for position and size. She often repeats the last words an adult has said "
           "instead of answering.")
    d.para("Maisie uses around thirty words, mostly names of foods, animals and family "
           "members, and a few learnt phrases. Her speech is hard for unfamiliar people to "
           "understand: she leaves off the ends of words and replaces 'k' and 'g' with 't' "
           "and 'd'. She rarely uses words to comment or to ask for help.")
    d.para("Maisie's social communication is at an early stage. She plays alongside other "
           "children but seldom with them, and she finds it difficult to share attention "
           "with an adult on a toy or book for more than a minute. She does not yet take "
           "turns in simple games. She uses an adult's hand to get things she wants and "
           "uses little pointing or eye contact to share interest. She has been referred to "
           "the neurodevelopmental pathway for an autism assessment.")
    _sub(d, "Cognition and learning")
    d.para("Maisie's visual memory and puzzle skills are a strength: she completes "
           "twelve-piece jigsaws and sorts by colour and shape. Her attention for activities "
           "she has not chosen is very short (under two minutes), so she misses much of the "
           "adult-led learning at carpet time, and she does not yet join in with counting "
           "songs or stories.")
    _sub(d, "Social, emotional and mental health")
    d.para("Changes in routine, waiting and moving from one activity to another cause Maisie "
           "great distress. On most days in the nursery she has at least one episode of "
           "crying, hiding under the table or biting her hand, which can last up to twenty "
           "minutes. She does not yet have words or signs for her feelings and she does not "
           "seek an adult for comfort when she is upset.")
    _sub(d, "Sensory, physical and self-care")
    d.para("Maisie is very sensitive to sudden and loud noise (hand dryers, musical "
           "instruments, a crowded hall), which often triggers distress. Her gross motor "
           "skills are typical for her age. She is in nappies during the day, does not yet "
           "show that she needs the toilet, and needs help to take off her coat and shoes.")

    _h(d, "C.  Maisie's health needs related to her SEN", section="C")
    d.para("Maisie had glue ear in both ears in 2024 and was seen by the Paediatric Audiology "
           "Service; her hearing was within the normal range when it was last tested in "
           "September 2025, but it is being monitored. She is on the waiting list for an "
           "assessment on the Howgill neurodevelopmental (autism) pathway, following a "
           "referral from the community paediatrician, Dr Oyelaran, in November 2025. She "
           "has mild eczema, treated with an emollient cream. She is otherwise fit and well.")

    _h(d, "D.  Maisie's social care needs", section="D")
    d.para("Maisie does not have social care needs arising from her special educational "
           "needs at present. Her parents have been given information about the Howgill "
           "Local Offer and the family-led 'Chatterbox' parent group.")

    _h(d, "E.  Outcomes we want for Maisie", section="E")
    d.para("The outcomes below run to the end of Reception (July 2027) unless a different "
           "date is given. The nursery teacher and SENCO will set small steps towards each "
           "one every half-term and share them with Gemma and Rob at the half-termly "
           "review meeting.")
    d.numbered([
        "By July 2027, Maisie will carry out a spoken instruction with two key words (for example 'give the spoon to teddy') in class without a gesture or picture, on four out of five occasions.",
        "Maisie will develop her talking.",
        "By the end of the summer term 2026, Maisie will take four turns in a simple game with one other child and an adult, without leaving the game.",
        "Maisie will be happy and settled in school.",
        "By December 2026, Maisie will tell an adult that she is cross, sad or scared, by using a word, a sign or her feelings fan, in three out of four observed episodes of distress.",
        "Maisie will receive speech and language therapy and help with toileting.",
        "By the end of Reception, Maisie will use the toilet at school without help, including pulling her clothes up and down and washing her hands.",
    ], fmt="E{n}")

    _h(d, "F.  Special educational provision - what the nursery class will do", section="F")
    d.para("Everything in this table is to be provided in term time for as long as this plan "
           "is maintained, in the nursery class and then, from September 2026, in the "
           "Reception class at Rawthey Bridge. The first column shows which outcome in "
           "Section E the provision works towards.")
    _merged_outcome_table(d, [
        "Outcome",
        "What the nursery class will provide",
        "Who provides it, and their training",
        "How often and for how long",
    ], [
        ("E1 - understanding what people say", [
            ["Direct 1:1 speech and language therapy on understanding two-key-word instructions and the question words 'what', 'where' and 'who', using real objects and pictures linked to the nursery topic",
             "Speech and language therapist registered with the HCPC (Howgill Children's Speech and Language Therapy Service)",
             "One 30-minute session each week in the nursery's small group room"],
            ["Practice of the targets worked on in that week's therapy session, using the activity sheet the therapist leaves after each visit",
             "Level 3 early years practitioner who has watched that week's therapy session and been shown the activities by the therapist",
             "10 minutes on Tuesday, Wednesday and Friday mornings, before snack"],
            ["Adults to keep their language simple and to wait for Maisie to respond",
             "All nursery staff",
             "Throughout the session, where appropriate"],
        ]),
        ("E2 - talking and being understood", [
            ["Talk Boost Early Years group, working on listening, new words and putting two words together, with a maximum of four children",
             "Teaching assistant who has completed the Talk Boost Early Years training",
             "Three 15-minute sessions a week (Monday, Wednesday and Thursday afternoons) across the nursery and Reception years"],
            ["Some extra 1:1 time during free-flow play to build Maisie's vocabulary",
             "Practitioner",
             "Most days, if staffing allows"],
            ["Therapy for Maisie's speech sounds",
             "Speech and language therapist",
             "A block of sessions, to be arranged after the therapist's next assessment"],
        ]),
        ("E3 - playing and sharing attention with others", [
            ["Attention Autism group (stages 1 to 3: the 'bucket', the attention-builder and the turn-taking stage), with no more than six children",
             "Nursery teacher who has completed the two-day Attention Autism course run by a certified trainer",
             "15 minutes every day at 10:15"],
            ["Intensive Interaction: 1:1 time in which the adult follows Maisie's lead and copies her sounds and actions to build shared attention and turn-taking",
             "Maisie's key person, a Level 3 qualified early years practitioner who has completed the Howgill Intensive Interaction foundation course",
             "Ten minutes twice a day, once in the morning and once after lunch"],
            ["Opportunities to play alongside other children with adult support",
             "Adults in the setting",
             "Daily"],
            ["Social communication group",
             "Nursery staff",
             "Weekly, subject to review at the end of the summer term"],
        ]),
        ("E4 and E5 - feelings, waiting and changes in the day", [
            ["A 'meet and greet' at the classroom door: the key person welcomes Maisie, shows her the first two pictures on her visual timetable and walks with her to an activity she chooses",
             "Maisie's key person (Level 3 early years practitioner)",
             "For the first five minutes of every session, at 8:45"],
            ["A visual timetable and now-and-next board",
             "Key person",
             ""],
            ["Maisie can access a quiet den with low lighting when she becomes overwhelmed",
             "",
             "As and when"],
            ["Strategies to help with moving between activities, e.g. a sand timer, countdowns and a favourite object to carry",
             "Key adults",
             "Throughout the day"],
            ["A feelings session using 'The Colour Monster' book, puppets and Maisie's feelings fan to teach her to name happy, sad, cross and scared, with one other child",
             "Nursery teacher",
             "15 minutes every Tuesday and Friday afternoon"],
        ]),
        ("E7 - toileting, self-care and starting Reception", [
            ["Help with toilet training will be given in line with the school's intimate care policy",
             "Nursery team",
             ""],
            ["Appropriate sensory equipment to reduce noise, once the SENCO has observed Maisie",
             "Nursery",
             "To be worked out with parents"],
            ["Six transition visits to the Reception classroom, each with the photo book made for Maisie of her new teacher, classroom, toilets and lunch hall",
             "Reception class teacher together with Maisie's key person (Level 3 early years practitioner)",
             "Six 30-minute visits, one a week, in the second half of the summer term 2026"],
        ]),
        ("All outcomes", [
            ["The speech and language therapist will give advice and training to the nursery team",
             "Howgill Children's Speech and Language Therapy Service",
             "Termly"],
            ["Additional adult support in the nursery class, deployed flexibly across the week at the SENCO's discretion",
             "Teaching assistant",
             "Up to 15 hours a week"],
        ]),
    ], widths=[3.0, 6.0, 4.1, 3.5])

    _h(d, "G.  Health provision", section="G")
    d.bullets([
        "A hearing test by the Howgill Paediatric Audiology Service every six months while Maisie has a history of glue ear, with the results sent to her parents and the nursery SENCO.",
        "Assessment on the neurodevelopmental (autism) pathway when Maisie reaches the top of the waiting list.",
        "Emollient cream applied by nursery staff as required for eczema flare-ups, following the care plan agreed with Maisie's GP.",
    ])

    _h(d, "H1.  Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("None. Maisie has not been assessed as needing social care provision under "
           "section 2 of the Chronically Sick and Disabled Persons Act 1970.")
    _h(d, "H2.  Any other social care provision", section="H2")
    d.para("None.")

    _h(d, "I.  Placement", section="I")
    d.para("Rawthey Bridge Primary School (maintained community primary school): Nursery "
           "Class until July 2026, then the school's Reception class from September 2026.")

    _h(d, "J.  Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget.")

    _h(d, "K.  Advice and information", section="K")
    d.para("The following advice was gathered during the EHC needs assessment and is "
           "attached as appendices:")
    d.bullets([
        "Parents' views - Gemma Tallentire and Rob Anscombe, 26 January 2026",
        "Educational advice - Mrs J. Whitlock, Nursery Teacher and SENCO, Rawthey Bridge Primary School, 3 February 2026",
        "Psychological advice - Dr Tomasz Brennan, Educational Psychologist, Howgill Educational Psychology Service, 11 February 2026",
        "Medical advice - Dr A. Oyelaran, Community Paediatrician, 29 January 2026",
        "Speech and language therapy advice - Ms K. Liddell, Speech and Language Therapist, 21 January 2026",
        "Social care advice - Howgill Children's Services (Early Help triage)",
        "Audiology report - Paediatric Audiology Service, Howgill General Hospital, 18 September 2025",
    ])
