"""Westfold County Council - FINAL plan. Headings are bold, upper-case, coloured Normal
text 'A. VIEWS, INTERESTS AND ASPIRATIONS' (no Word heading styles), H1/H2 split.
Labelled cover lines; running header with name and DOB, footer 'Page X of Y'. E is a
two-column table (Outcome | To be achieved by). Section F is ONE four-column table
(Ref | Provision | Staffing and expertise | Amount and frequency) with full-width
area-of-need rows and a repeated header row. Year 8 autistic pupil with a PDA profile in
the autism resource base of a mainstream academy. (Held-out test plan.)"""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Reuben Castleford"
HEAD = "0E5C5A"


def _h(d, text, sid):
    d.bold_line(text, section=sid, size=12.5, color=HEAD)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _area_table(d, header, rows, widths):
    """A table whose rows of the form (area,) become full-width shaded area rows."""
    flat = [[r[0], "", "", ""] if len(r) == 1 else list(r) for r in rows]
    t = d.table(header, flat, widths_cm=widths, font_size=10, header_fill="CFE6E4")
    for i, r in enumerate(rows, start=1):
        if len(r) == 1:
            row = t.rows[i]
            a = row.cells[0]
            merged = a.merge(row.cells[len(header) - 1])
            # drop the empty paragraphs left behind by the merge
            for p in merged.paragraphs[1:]:
                if not p.text:
                    p._p.getparent().remove(p._p)
            for run in merged.paragraphs[0].runs:
                run.bold = True
            _shade(merged, "EAF3F2")
    return t


def build(d):
    d.running_header_footer("Reuben Castleford  |  DOB 17/01/2013  |  Westfold County Council EHC Plan",
                            footer_left="FINAL", first_page_plain=True)
    d.title("WESTFOLD COUNTY COUNCIL", size=13, color=HEAD)
    d.title("Education, Health and Care Plan", size=20, color=HEAD)
    d.para("FINAL PLAN following annual review", bold=True, size=12)
    d.label_para("Name: ", "Reuben Castleford")
    d.label_para("Date of birth: ", "17/01/2013")
    d.label_para("National Curriculum year: ", "Year 8")
    d.label_para("UPN: ", "K830214507612")
    d.label_para("NHS number: ", "999 561 2047")
    d.label_para("Parents: ", "Sian Castleford and Tomasz Castleford")
    d.label_para("Address: ", "Flat 3, 22 Quarry Bank Road, Lindale, ZY3 8HN")
    d.label_para("Contact: ", "01632 960527 / castleford.home@example.com")
    d.label_para("Annual review meeting: ", "27 January 2026")
    d.label_para("Date of this final plan: ", "6 March 2026")
    d.label_para("Next annual review due by: ", "5 March 2027")
    d.label_para("Case officer: ", "Niamh Orrell, SEND Statutory Team")

    _h(d, "A. VIEWS, INTERESTS AND ASPIRATIONS OF REUBEN AND HIS PARENTS", "A")
    d.para("Reuben chose to give his views by typing answers to questions his keyworker left on "
           "his laptop, rather than in a meeting. He wrote:")
    d.para("\"I like the Orchard because nobody makes me do stuff the second they say it. I like "
           "Minecraft, buses and drawing maps of made-up cities. I hate it when teachers stand "
           "over me or say 'now'. I want to design games or maybe be a bus driver.\"", italic=True)
    d.para("Sian and Tomasz say Reuben is clever, inventive and very funny, and that he is "
           "devoted to his younger sister Ada. They describe mornings as \"a negotiation\" and "
           "say Reuben's anxiety at home rises sharply before school holidays end. They want him "
           "to stay in education full time, to get GCSEs in the subjects he loves, and to have "
           "friends he can see outside school. They are exhausted and would like regular breaks.")

    _h(d, "B. SPECIAL EDUCATIONAL NEEDS", "B")
    d.para("**Communication and interaction.** Reuben is autistic (diagnosed in 2019) and presents "
           "with a pathological demand avoidance (PDA) profile. He has a wide vocabulary and "
           "speaks fluently, but he takes language literally, misreads other people's intentions "
           "and finds it hard to put a conversation right when it goes wrong. Direct instructions "
           "and questions are experienced as demands and often lead to refusal or escalation.")
    d.para("**Cognition and learning.** Reuben's reasoning skills are in the average range but "
           "his processing speed is low (EP assessment, November 2025). He missed most of Year 6 "
           "through emotionally based school avoidance and has gaps in maths and written English. "
           "He avoids handwriting, which is slow and effortful, and rarely produces more than a "
           "few lines by hand.")
    d.para("**Social, emotional and mental health.** Reuben has high levels of anxiety. When "
           "demands build up he becomes dysregulated: he may shout, throw equipment or leave the "
           "room, and he has left the school site twice this year. He has low self-esteem and "
           "says he is \"the bad kid\". He finds canteen and corridor times overwhelming.")
    d.para("**Sensory and physical.** Reuben is over-sensitive to noise and seeks movement and "
           "deep pressure when anxious. His fine motor skills are weak.")

    _h(d, "C. HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS", "C")
    d.para("Reuben has long-standing difficulty getting to sleep, which affects his mood and "
           "concentration the next day; he is prescribed melatonin by the community "
           "paediatrician. He is open to CAMHS for anxiety.")

    _h(d, "D. SOCIAL CARE NEEDS", "D")
    d.para("Westfold Disabled Children's Team assessed Reuben in December 2025. He needs adult "
           "support to take part in leisure activities outside the home, and his parents need "
           "planned breaks from caring to sustain the family.")

    _h(d, "E. OUTCOMES", "E")
    d.para("The Orchard Base will set short-term targets towards these outcomes each term and "
           "report on them at the spring parents' meeting and at the annual review.")
    d.table(["Outcome", "To be achieved by"], [
        ["Reuben will take part in a 10-minute structured conversation with a peer in his speech and language group, taking turns and checking his understanding at least twice, without adult prompting.", "July 2027"],
        ["Reuben will produce a piece of extended writing of at least 300 words by touch-typing at 25 words per minute or more.", "End of Year 9 (July 2027)"],
        ["Reuben will stay in at least 80% of his timetabled mainstream lessons each half-term, using his exit card rather than leaving the building when he feels overwhelmed.", "July 2026"],
        ["Reuben will develop his independence skills.", "End of Key Stage 3"],
        ["Reuben will receive support to manage his anxiety.", "Ongoing"],
        ["Reuben will buy his own lunch at the base caf\u00e9 counter, choosing and paying with his card, on at least three days a week.", "Easter 2027"],
    ], widths_cm=(12.6, 4.0), header_fill="CFE6E4")

    _h(d, "F. SPECIAL EDUCATIONAL PROVISION", "F")
    d.para("The provision below will be made by Lindale Academy, through its Orchard Base, in "
           "term time (38 weeks a year). Westfold County Council is responsible for making sure "
           "it is delivered.")
    _area_table(d, ["Ref", "Provision", "Staffing and expertise", "Amount and frequency"], [
        ("Communication and interaction",),
        ("F1", "Direct speech and language therapy on social understanding (taking another person's perspective, repairing a conversation that has gone wrong, recognising sarcasm), using the Social Thinking 'Superflex' curriculum adapted for secondary age", "HCPC-registered speech and language therapist employed by Lindale Academy for the Orchard Base", "40 minutes, 1:1, every week in term time (38 weeks)"),
        ("F2", "Talkabout social communication group with other pupils from the Orchard Base", "Base teaching assistant", "Weekly; group size up to six pupils; session length to be agreed"),
        ("F3", "Declarative, low-demand language in place of direct instructions ('The worksheet is on the table' rather than 'Get your worksheet out'), and a choice of the order in which Reuben completes his tasks", "All teachers and teaching assistants who teach Reuben, each of whom will have completed the PDA Society's 'Understanding PDA' online course before 1 September 2026", "Every lesson, and at break and lunchtime"),
        ("Cognition and learning",),
        ("F4", "English and maths taught in the Orchard Base in a class of no more than eight pupils, following the Key Stage 3 curriculum at Reuben's level", "Qualified teacher, with two teaching assistants who have completed the Orchard Base two-day autism and PDA induction", "Five 50-minute English lessons and five 50-minute maths lessons each week"),
        ("F5", "Touch-typing using Touch-type Read and Spell (TTRS), working through the modules in order", "Teaching assistant trained in delivering TTRS", "20 minutes, three mornings a week (8:40\u20139:00), in the base ICT room"),
        ("F6", "A laptop for extended writing tasks", "N/A", "Available when needed"),
        ("F7", "Literacy interventions as set out in the Orchard Base provision map", "Base staff", "See provision map"),
        ("F8", "Mainstream lessons alongside his year group, with the number of lessons each week set by the base manager at the start of each half-term", "Subject teachers; timetable set by the base manager (qualified teacher)", "Set half-termly"),
        ("Social, emotional and mental health",),
        ("F9", "Arrival routine: Reuben is met at the base entrance and has 10 minutes of a low-demand activity he chooses from drawing, Lego or reading before registration", "His named base teaching assistant", "Every school day, 8:35\u20138:45"),
        ("F10", "An exit card Reuben can use in any lesson to go to the base's low-sensory room; a teaching assistant joins him there within two minutes and stays with him until he is ready to return to the lesson or go to the next one", "Base teaching assistant trained in the Zones of Regulation", "Every time Reuben uses the card, in all lessons"),
        ("F11", "It would be helpful for Reuben to have regular time with a trusted adult to talk through his week", "Trusted adult", "Regular"),
        ("F12", "Sessions with the school counsellor to explore Reuben's anxiety about school", "School counsellor", "Weekly for six weeks, then to be reviewed"),
        ("F13", "A consistent, predictable, low-arousal learning environment with clear routines", "All staff", "Throughout the school day"),
        ("F14", "A PDA-informed support plan, to be written by the educational psychologist after observing Reuben in the base", "Educational psychologist", "To be arranged"),
        ("Sensory and physical",),
        ("F15", "Heavy-work movement break from the sensory diet written by the occupational therapist (carrying the PE kit crate to the sports hall, wall push-ups or the trampette)", "Base teaching assistant shown the routine by the occupational therapist", "5 minutes, twice a day: before period 1 and straight after lunch"),
        ("F16", "Ear defenders and a range of sensory tools", "\u2014", "Throughout the day"),
        ("F17", "Occupational therapy review of Reuben's handwriting and sensory needs, with advice to base staff", "Occupational therapist", "When a therapist becomes available"),
        ("Support across the school day",),
        ("F18", "Lunchtime club in the base (board games, Minecraft and drawing) as a supervised alternative to the canteen, in a group of no more than six pupils", "Base HLTA (Higher Level Teaching Assistant status)", "Every lunchtime, 12:25\u201313:05"),
        ("F19", "Additional adult support in mainstream PE, art and drama lessons, funded through top-up Band E4", "Teaching assistant", "Band E4"),
        ("F20", "1:1 teaching assistant support in mainstream science, humanities and computing lessons, to help Reuben start tasks and to step in early when his anxiety rises", "Teaching assistant who has completed the Orchard Base autism and PDA induction", "Up to 10 hours per week"),
    ], widths=(1.2, 7.4, 4.2, 3.8))

    _h(d, "G. HEALTH PROVISION", "G")
    d.numbered([
        "Melatonin 2 mg modified-release at bedtime, given at home, prescribed by the community paediatrician and reviewed every six months.",
        "CAMHS will provide eight weekly sessions of cognitive behavioural therapy in school to teach Reuben strategies for managing his anxiety.",
    ], fmt="G{n}.")

    _h(d, "H1. SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", "H1")
    d.para("A support worker from Lindale Short Breaks for 3 hours every Saturday, 52 weeks a "
           "year, so that Reuben can go to the climbing wall and the skate park, funded through "
           "the direct payment in Section J.")
    _h(d, "H2. OTHER SOCIAL CARE PROVISION", "H2")
    d.para("Overnight short breaks at Birchwood House as agreed with the Disabled Children's Team.")

    _h(d, "I. PLACEMENT", "I")
    d.para("Lindale Academy (mainstream academy, 11\u201316), with Reuben on roll in its Orchard "
           "Base (resourced provision for autistic pupils).")

    _h(d, "J. PERSONAL BUDGET", "J")
    d.para("Sian and Tomasz receive a social care direct payment of \u00a372 per week to employ "
           "the support worker in Section H1, meeting Reuben's need in Section D for supported "
           "leisure outside the home. No personal budget has been requested for special "
           "educational provision.")

    _h(d, "K. ADVICE AND INFORMATION", "K")
    d.numbered([
        "Views of Reuben and his parents \u2013 typed responses and parents' form, January 2026",
        "Annual review report \u2013 Mr J. Adeyemi, Orchard Base manager, Lindale Academy, 20 January 2026",
        "Educational psychology advice \u2013 Dr Lorna Whitlock, Educational Psychologist, 24 November 2025",
        "Speech and language therapy report \u2013 Orchard Base speech and language therapist, 9 January 2026",
        "Occupational therapy advice \u2013 Westfold Children's Occupational Therapy",
        "Paediatric advice \u2013 Dr F. Osei, Community Paediatrician, 2 December 2025",
        "Social care assessment \u2013 Westfold Disabled Children's Team, 15 December 2025",
    ])
