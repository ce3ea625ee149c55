"""Colwick Metropolitan Borough Council - early years plan for a three-year-old (born
November 2022, two years before Reception) with autism and global developmental delay at
a private day nursery, supported by the council's Area SENCO. Section headings are bold
coloured Normal text with an em dash ('Section A \u2014 About Milo: views, interests and
aspirations'); no Word heading styles for the sections. Cover details in a two-column
shaded table. E numbered E1-E6. Section F is four area tables in which every provision
takes two rows: a first row holding the reference (merged down both rows) and the
provision text spread across the other three columns, and a second row with the How often
| For how long | Delivered by, and their training cells. The two header rows mirror that
pattern and repeat on a new page. Each area table has an italic 'Needs and outcomes' line
above it. Six-monthly review date. FINAL plan."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TITLE = "Education, Health and Care Plan - Milo Kazmierczak"

ACCENT = "5B2C6F"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _fill(cell, text, bold=False, italic=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)


def _repeat(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _section(d, letter, title):
    d.bold_line(f"Section {letter} \u2014 {title}", section=letter, size=13.5, color=ACCENT)


def _provision_table(d, items):
    """Two rows per provision: [ref | provision over three columns], then
    [ref (merged) | how often | for how long | delivered by]."""
    widths = [1.3, 4.1, 4.2, 7.0]
    t = d.doc.add_table(rows=0, cols=4)
    t.style = d.doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)

    def pair():
        a, b = t.add_row(), t.add_row()
        for row in (a, b):
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
        return a, b

    h1, h2 = pair()
    _fill(h1.cells[0], "Ref", bold=True)
    _fill(h1.cells[1], "Provision", bold=True)
    _fill(h2.cells[1], "How often", bold=True)
    _fill(h2.cells[2], "For how long", bold=True)
    _fill(h2.cells[3], "Delivered by, and their training", bold=True)
    top = h1.cells[1].merge(h1.cells[3])
    ref = h1.cells[0].merge(h2.cells[0])
    for c in (top, ref, h2.cells[1], h2.cells[2], h2.cells[3]):
        _shade(c, "E4D7EC")
    _repeat(h1)
    _repeat(h2)

    for code, what, often, long_, who in items:
        a, b = pair()
        _fill(a.cells[0], code, bold=True)
        _fill(a.cells[1], what)
        _fill(b.cells[1], often)
        _fill(b.cells[2], long_)
        _fill(b.cells[3], who)
        wide = a.cells[1].merge(a.cells[3])
        _shade(wide, "F6F1F9")
        a.cells[0].merge(b.cells[0])
    d.doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build(d):
    d.simple_footer("Colwick MBC  \u2022  Education, Health and Care Plan (Final)  \u2022  "
                    "Milo Kazmierczak  \u2022  Issued 9 February 2026")
    d.title("Colwick Metropolitan Borough Council", size=13, color=ACCENT)
    d.title("Education, Health and Care Plan", size=22, color=ACCENT)
    d.para("FINAL PLAN \u2013 Early Years", bold=True, size=12)
    d.details_table([
        ("Child's name", "Milo Kazmierczak"),
        ("Known as", "Milo"),
        ("Date of birth", "17.11.2022"),
        ("NHS number", "999 614 2275"),
        ("Home address", "12 Larkspur Walk, Colwick, ZY4 8DN"),
        ("Parents", "Agnieszka Kazmierczak and Daniel Kazmierczak"),
        ("Contact", "01632 960733  /  agnieszka.kaz@example.org"),
        ("Early years setting", "Little Acorns Day Nursery, Colwick (Monday to Thursday)"),
        ("Date request received", "2 September 2025"),
        ("Date of final plan", "9 February 2026"),
        ("Next review", "By 7 August 2026 (six-monthly review for a child under five)"),
        ("SEND officer", "Priya Hollingdrake, Colwick SEND Assessment Team"),
    ], widths_cm=(4.6, 12.0), fill="EFE6F4")

    _section(d, "A", "About Milo: views, interests and aspirations")
    d.para("What Milo has shown us", bold=True)
    d.para("Milo does not use spoken words to tell us what he thinks, so his key person, "
           "Ms Tasha Greenhalgh, watched him over three weeks in November 2025 and took "
           "photographs of the things he went back to again and again. Milo loves the "
           "water tray, anything that spins, the big red trampette in the garden and being "
           "swung in a blanket. He laughs when adults blow bubbles and pop them on his "
           "nose. He covers his ears and runs to the door when the hand dryer goes on or "
           "when the room gets noisy at tidy-up time. He takes an adult by the wrist and "
           "leads them to what he wants.")
    d.para("What Milo's parents say", bold=True)
    d.para("Agnieszka and Daniel describe Milo as affectionate, funny and determined. At "
           "home he speaks a few words of Polish and English (\"mama\", \"no\", \"bubba\" "
           "for bubbles) but they come and go. His big sister Zofia, who is seven, is the "
           "person he watches most. His parents worry that he has no sense of danger, "
           "that he eats only six foods, and that nobody at nursery will understand him "
           "if his key person leaves. They hope Milo will be able to tell them what he "
           "needs, play alongside other children and, in time, go to their local primary "
           "school with Zofia. They want him to be safe and to be happy at nursery.")

    _section(d, "B", "Milo's special educational needs")
    d.para("Communication and interaction", bold=True)
    d.para("Milo was diagnosed as autistic by the Colwick Child Development Centre in "
           "October 2025. His attention is fleeting and single-channelled: he will watch "
           "a spinning toy for several minutes but looks away within seconds when an "
           "adult speaks to him. He understands a handful of words in familiar routines "
           "(\"coat\", \"snack\", \"home\") when they are said with a gesture. He has no "
           "reliable way to ask for things and becomes upset when adults guess wrongly. "
           "He does not yet point, wave or share his enjoyment by looking at an adult. "
           "He does not respond to his name in a busy room.")
    d.para("Cognition and learning", bold=True)
    d.para("Milo has global developmental delay. At 3 years 2 months his play and "
           "problem-solving are similar to those of a child of 12 to 18 months: he bangs, "
           "mouths and throws toys and is only starting to understand cause and effect. "
           "He cannot yet match objects, complete a posting box or copy an adult's "
           "actions with a toy. He learns best through short, repeated, adult-led games "
           "that use his favourite objects.")
    d.para("Social, emotional and mental health", bold=True)
    d.para("Milo finds arriving at nursery and changes of activity very hard. When the "
           "routine changes without warning he screams, drops to the floor, bites his "
           "hand and sometimes bites or pushes the nearest child. These episodes happen "
           "two or three times in most sessions and can last twenty minutes. He is not "
           "yet able to play alongside another child for more than a moment.")
    d.para("Sensory, physical and self-care", bold=True)
    d.para("Milo seeks movement and deep pressure: he climbs furniture and fences, "
           "spins, and crashes into cushions. He has no awareness of danger and has run "
           "towards the car park gate twice this term. He is distressed by sudden loud "
           "sounds. His grasp is weak and he does not yet hold a crayon. He is in "
           "nappies and shows no awareness of being wet or soiled. He eats six foods, "
           "all dry and beige, and will not sit at the table for meals.")

    _section(d, "C", "Milo's health needs which relate to his SEN")
    d.para("Milo is seen by Dr N. Okafor, community paediatrician, at the Colwick Child "
           "Development Centre, who confirmed the autism diagnosis and global "
           "developmental delay in October 2025. Milo's diet is very limited and his "
           "growth is being watched; he has been referred to the paediatric dietitian. "
           "He wakes most nights between 1 am and 4 am and has recently started "
           "melatonin. His hearing was tested in August 2025 and is within normal limits.")

    _section(d, "D", "Milo's social care needs which relate to his SEN or disability")
    d.para("Milo is a disabled child. Because he needs constant supervision and sleeps "
           "poorly, his parents are exhausted, and Daniel has reduced his working hours. "
           "Agnieszka and Daniel have very little time with Zofia on her own. The family "
           "was assessed by the Colwick Disabled Children's Team in December 2025.")

    _section(d, "E", "Outcomes sought for Milo")
    d.para("These outcomes run to Milo's next review unless a different date is given. "
           "The nursery SENCO and the Area SENCO will set small steps towards each outcome "
           "every half-term and share them with Milo's parents.")
    d.numbered([
        "By the end of the summer term 2026, Milo will give an adult a picture card to ask for a snack or a toy at least five times in a nursery session, without being physically prompted.",
        "Milo will improve his listening and attention.",
        "By February 2027, Milo will stay at an adult-led table activity for five minutes alongside two other children.",
        "Milo will have 1:1 support at nursery to keep him safe.",
        "By his review in August 2026, Milo will come in from the garden at tidy-up time after being shown his now-and-next board, without dropping to the floor, on four days out of five.",
        "Milo will stop biting and pushing other children.",
    ], fmt="E{n}")

    _section(d, "F", "Special educational provision for Milo")
    d.para("Little Acorns Day Nursery will make the provision below on each of the four "
           "days a week that Milo attends (Monday to Thursday, 8:30 to 3:30), for the life "
           "of this plan. Each item takes two rows: what will be provided, then how often, "
           "for how long and by whom.")

    d.para("Communication and interaction", bold=True, size=12)
    d.para("Needs: Section B, communication and interaction.  Outcomes: E1, E2.", italic=True)
    _provision_table(d, [
        ("CI1",
         "Direct speech and language therapy to build Milo's shared attention and to teach him to ask for things with pictures, gestures and his first words",
         "Every week in term time (38 weeks a year)",
         "30 minutes, 1:1, in the nursery's quiet room",
         "HCPC-registered speech and language therapist from the Colwick Children's Therapy Service; Milo's key person joins each session so the same targets are used in the room"),
        ("CI2",
         "Attention Autism group (stage 1, the 'bucket', and stage 2, the attention-builder), with Milo in a group of no more than four children",
         "Each morning Milo is in nursery, at 9:45",
         "10 minutes",
         "Nursery SENCO, who completed the two-day Gina Davies Attention Autism course in March 2025"),
        ("CI3",
         "PECS (Picture Exchange Communication System) phases 1 and 2, with one adult acting as the communicative partner and a second adult prompting from behind Milo",
         "At snack in every session, plus two more planned play sessions on each day Milo attends",
         "15 minutes at snack; 10 minutes for each play session",
         "Milo's key person and the SEN support practitioner, both trained on the two-day PECS Level 1 workshop"),
        ("CI4",
         "A now-and-next board using photographs of Milo's own nursery day (arrival, snack, garden, lunch, story, home time), shown to him before each change of activity",
         "At every change of activity, every session",
         "Under a minute each time",
         "Milo's key person, or the room leader when she is not in"),
        ("CI5",
         "Communication work in a small group with other children who are not yet talking",
         "Most days",
         "",
         "Nursery practitioners"),
        ("CI6",
         "Intensive Interaction, following Milo's lead in play and copying his sounds and movements",
         "Daily",
         "",
         "A familiar adult"),
    ])

    d.para("Cognition and learning", bold=True, size=12)
    d.para("Needs: Section B, cognition and learning.  Outcomes: E2, E3.", italic=True)
    _provision_table(d, [
        ("CL1",
         "1:1 adult-led play working on Milo's small-step targets in cause and effect, matching, posting and taking turns with a toy, taken from the Portage checklist",
         "Four times a week (every day Milo attends)",
         "20 minutes",
         "SEN support practitioner with a Level 3 early years qualification who has completed the Portage Basic Workshop"),
        ("CL2",
         "Visit from the Area SENCO to observe Milo, model the approaches in this section for his key person and agree his next half-termly targets with the nursery SENCO",
         "Once every half-term (six visits a year)",
         "90 minutes each visit, with a written note of the new targets sent to the nursery and to Milo's parents within five working days",
         "Area SENCO, Colwick Early Years Inclusion Team (a qualified teacher holding the National Award for SEN Co-ordination)"),
        ("CL3",
         "Milo will be able to access the full EYFS curriculum, with activities differentiated to his level",
         "Every session",
         "",
         "The nursery"),
        ("CL4",
         "Play-based learning activities planned for Milo's stage of development, for instance shape sorters, stacking cups and inset puzzles",
         "Regularly through the week",
         "",
         "Key person"),
        ("CL5",
         "A structured learning programme, to be worked out with the educational psychologist after her follow-up observation in the summer term",
         "To be agreed",
         "To be agreed",
         "Nursery SENCO and educational psychologist"),
    ])

    d.para("Social, emotional and mental health", bold=True, size=12)
    d.para("Needs: Section B, social, emotional and mental health.  Outcomes: E5, E6.",
           italic=True)
    _provision_table(d, [
        ("SE1",
         "Arrival routine: Milo's key person meets him at the side gate and takes him to the book corner with his 'arrival basket' of favourite objects before he joins the room",
         "Every session, on arrival",
         "5 minutes",
         "Key person (a Level 3 qualified early years practitioner); the room leader covers when she is absent"),
        ("SE2",
         "An extra adult to step in when Milo becomes distressed or unsafe, with the nursery manager deciding how much cover is needed on any given day",
         "When Milo needs it",
         "",
         "Whichever practitioner is free"),
        ("SE3",
         "1:1 adult during free-flow play and garden time to keep Milo safe (he climbs fences and runs towards the car park gate)",
         "Each day Milo attends",
         "Up to 15 hours a week, depending on the nursery's staffing that day",
         "Early years practitioner"),
        ("SE4",
         "Staff will use the behaviour strategies recommended in the Area SENCO's report dated 3 November 2025",
         "Every session",
         "",
         "All staff"),
    ])

    d.para("Sensory, physical and self-care", bold=True, size=12)
    d.para("Needs: Section B, sensory, physical and self-care.  Outcomes: E3, E5.",
           italic=True)
    _provision_table(d, [
        ("SP1",
         "Sensory circuit written for Milo by the occupational therapist: trampette (alerting), crawling through the tunnel and pushing the heavy bag (organising), then lying over the peanut ball (calming)",
         "Twice each session: on arrival and straight after lunch",
         "10 minutes each time",
         "SEN support practitioner, trained in the circuit by the occupational therapist, who watches it on her termly visit"),
        ("SP2",
         "Fine-motor play to strengthen Milo's grip: squeezing and rolling dough, posting coins into a slot box, pegboards and chunky crayons",
         "Three times a week (Monday, Tuesday and Thursday)",
         "15 minutes",
         "SEN support practitioner, using the activity sheet written by the occupational therapist"),
        ("SP3",
         "Practitioner sitting beside Milo at lunch to help him stay at the table and try foods from his plate, stepping back gradually as he settles",
         "Every lunchtime",
         "45 minutes (11:45 to 12:30)",
         "Early years practitioner"),
        ("SP4",
         "The occupational therapist will observe Milo in the nursery and give the staff ideas for managing his sensory needs",
         "One visit a term",
         "",
         "Occupational therapist, Colwick Children's Therapy Service"),
        ("SP5",
         "Toilet training will be led by parents at home; the nursery will follow the family's routine once Milo is dry at home",
         "",
         "",
         "Parents"),
        ("SP6",
         "Sensory items for Milo to use if he needs them, for example ear defenders, a chewy necklace and a weighted lap pad",
         "As required",
         "",
         "Nursery manager to purchase"),
    ])

    _section(d, "G", "Health care provision")
    d.bullets([
        "Review by Dr N. Okafor, community paediatrician, at the Colwick Child Development Centre every six months, covering Milo's sleep, growth and diet.",
        "Melatonin 2 mg at bedtime, prescribed by the community paediatrician and given by Milo's parents at home.",
        "Advice from the paediatric dietitian on widening Milo's diet once he reaches the top of the dietetics waiting list.",
    ])

    _section(d, "H1", "Social care provision under section 2 of the Chronically Sick and "
                      "Disabled Persons Act 1970")
    d.para("A sitter from the Colwick Family Link scheme for 3 hours every other Saturday "
           "afternoon, so that Agnieszka and Daniel can spend time with Zofia.")
    _section(d, "H2", "Other social care provision")
    d.para("An Early Help family support worker will visit as and when the family needs "
           "advice on Milo's sleep routine.")

    _section(d, "I", "Placement")
    d.para("Little Acorns Day Nursery, Colwick \u2013 a private, voluntary and independent "
           "(PVI) early years setting. Milo attends four days a week, using his funded "
           "early education hours.")

    _section(d, "J", "Personal budget")
    d.para("Milo's parents have not asked for a personal budget.")

    _section(d, "K", "Advice and information")
    d.bullets([
        "Parents' views \u2013 Agnieszka and Daniel Kazmierczak, 22 September 2025",
        "Milo's views \u2013 observation record by Ms T. Greenhalgh, key person, November 2025",
        "Early years educational advice \u2013 Mrs R. Oduya, nursery manager and SENCO, Little Acorns Day Nursery, 10 October 2025",
        "Area SENCO advice \u2013 Mrs J. Pendleford, Area SENCO, Colwick Early Years Inclusion Team, 3 November 2025",
        "Psychological advice \u2013 Dr Catrin Ellwood, Educational Psychologist, 24 October 2025",
        "Medical advice \u2013 Dr N. Okafor, Community Paediatrician, 16 October 2025",
        "Speech and language therapy advice \u2013 Mr A. Sokolowski, Speech and Language Therapist, 20 October 2025",
        "Occupational therapy advice \u2013 Colwick Children's Therapy Service",
        "Social care advice \u2013 Colwick Disabled Children's Team, 12 December 2025",
    ])
