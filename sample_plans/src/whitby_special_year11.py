"""Askerby Borough Council - Year 11 young person (15) with severe learning difficulties and
autism at a maintained special school, moving to a general FE college foundation programme
in September 2026 (phase-transfer review, plan issued before 31 March). Running header and
'Page X of Y' footer. Cover details in a two-column shaded details table. Word Heading 1
headings 'Section A: Title' (title case after a colon). B under area sub-headings plus a
preparing-for-adulthood sub-section; E numbered E1-E9. Section F is ONE table with a
two-tier header (merged group cells 'Amount' over 'How often' / 'Each session' and
'Delivered by' over 'Role' / 'Training or qualification') and full-width shaded PfA banner
rows between groups of items; some cells blank or '-'. H1 and H2 separate. I names the
current school until July 2026 and the college from September 2026. FINAL plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Reuben Ashdown-Kerr"


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tidy(cell):
    """Drop empty paragraphs left behind by a merge (keep the first one)."""
    paras = cell.paragraphs
    for p in paras[1:]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)


BANNER = "banner"


def _provision_table(d, groups):
    """groups: list of (banner text, [row cells x6])."""
    head1 = ["**Provision**", "**Amount**", "", "**Delivered by**", "", "**Outcome**"]
    head2 = ["", "**How often**", "**Each session**", "**Role**",
             "**Training or qualification**", ""]
    rows = [head1, head2]
    kinds = ["h", "h"]
    for banner, items in groups:
        rows.append(["**" + banner + "**", "", "", "", "", ""])
        kinds.append(BANNER)
        for it in items:
            rows.append(it)
            kinds.append("item")
    t = d.table(None, rows, widths_cm=[4.9, 2.3, 1.9, 2.1, 3.8, 1.6], font_size=9)
    # two-tier header
    for ri in (0, 1):
        for c in t.rows[ri].cells:
            _shade(c, "C9DDD3")
        _repeat(t.rows[ri])
    a = t.cell(0, 1).merge(t.cell(0, 2))
    _tidy(a)
    b = t.cell(0, 3).merge(t.cell(0, 4))
    _tidy(b)
    p = t.cell(0, 0).merge(t.cell(1, 0))
    _tidy(p)
    o = t.cell(0, 5).merge(t.cell(1, 5))
    _tidy(o)
    for ri, kind in enumerate(kinds):
        if kind == BANNER:
            m = t.cell(ri, 0).merge(t.cell(ri, 5))
            _tidy(m)
            _shade(m, "EAF2EE")
    return t


def build(d):
    d.running_header_footer(
        "Askerby Borough Council  \u2022  EHC Plan  \u2022  Reuben Ashdown-Kerr  \u2022  DOB 14/11/2009",
        footer_left="FINAL (phase transfer review)", first_page_plain=True)
    d.title("Askerby Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("Final plan, amended following the Year 11 annual review held on 29 January 2026",
           italic=True)
    d.details_table([
        ("Name", "Reuben Ashdown-Kerr"),
        ("Date of birth", "14/11/2009"),
        ("NHS number", "999 318 6402"),
        ("Unique pupil number", "K999210087652"),
        ("Home address", "22 Ropewalk Close, Grisdale, XJ4 7NP"),
        ("Parents", "Lorraine Ashdown (mother) and Martin Kerr (father)"),
        ("Contact", "01632 960733 / 07700 900582, lorraine.ashdown@example.org"),
        ("Current school and year", "Whitby Fold School, Year 11"),
        ("Date this plan was finalised", "20 March 2026"),
        ("Review by", "19 March 2027"),
        ("SEND officer", "Priyanka Odedra-Walsh, Askerby 0-25 SEND Service"),
    ], widths_cm=(5.0, 11.6), fill="E4EFEA")

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Reuben told us", level=2)
    d.para("Reuben's views were gathered by his class teacher, Ms Bannister, over three "
           "sessions in January 2026 using his symbol book, photographs of the college and "
           "a talking mat. Reuben's words are in quotation marks.")
    d.para("Reuben sorted \"garden\", \"bus\", \"Ellie\", \"chips\" and \"music\" into the "
           "\"like\" column. He put \"loud hall\", \"haircut\" and \"new teacher\" into the "
           "\"don't like\" column. When shown a photograph of the college greenhouse he said "
           "\"Reuben go there. Plant seeds.\" He chose a photograph of a garden centre for "
           "\"job\" and a photograph of a bus for \"on my own\".")
    d.heading("What Reuben's parents said", level=2)
    d.para("Lorraine and Martin describe Reuben as affectionate, funny and very determined "
           "once he knows what is expected of him. He loves being outside, looks after the "
           "tomato plants in the back garden and is very close to his younger sister Ellie. "
           "They hope he will learn to travel to college on his own, get some kind of "
           "paid or voluntary work with plants, and one day live in a supported flat near the "
           "family. They are worried that the move to college will be too big a change, that "
           "he will be unsafe near roads, and that he will be lonely once he leaves the "
           "friends he has been with since he was eleven.")
    d.heading("How to communicate with Reuben", level=2)
    d.para("Use his name first, short phrases and a sign or symbol at the same time. Give "
           "him ten seconds to answer. Show him changes on his visual timetable before they "
           "happen.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben is autistic and has severe learning difficulties. He speaks in phrases of "
           "two or three words, mostly to ask for things he wants. He uses around 60 Makaton "
           "signs and a symbol communication book, but he does not yet use them to ask for "
           "help, to refuse, or to tell an adult he is hurt or upset; instead he may leave "
           "the room or cover his ears. He understands short, familiar instructions in "
           "context, but not instructions with more than one key word when there are no "
           "visual cues.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben's learning is assessed against the school's pre-formal and semi-formal "
           "pathway. He recognises about 15 words by sight, including his name and the names "
           "of family members. He can count 10 objects reliably and recognise coins, but "
           "cannot yet give the right coins to pay for something or tell whether he has "
           "been given change. He needs new skills taught in very small steps and practised "
           "many times in the place where he will use them.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben becomes very anxious when routines change or when an unfamiliar adult "
           "works with him. On these days he may refuse to leave the minibus, shout or hit "
           "the wall, and it can take 30 minutes or more for him to settle. He enjoys being "
           "with two classmates but does not start interactions with other young people.")
    d.heading("Sensory and physical", level=2)
    d.para("Reuben is very sensitive to noise and to busy, crowded places, and he seeks deep "
           "pressure and movement when he is anxious. His gross motor skills are good. His "
           "fine motor skills are weak: he struggles with zips, buttons and cutlery.")
    d.heading("Independence and preparing for adulthood", level=2)
    d.para("Reuben has always been driven to school by minibus and has no awareness of road "
           "danger. He needs adult prompting for every step of washing, showering and "
           "dressing after PE. He can make toast with supervision. He has had no work "
           "experience outside school, and he has not yet visited the college he will attend "
           "from September 2026.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Reuben has a diagnosis of autism (Askerby Child Development Centre, 2014) and "
           "severe learning difficulties. He has difficulty getting to sleep and takes "
           "melatonin, prescribed by the community paediatrician. He has eczema on his hands "
           "and arms which flares in winter and makes handling materials painful. He is "
           "very anxious at medical and dental appointments. From age 14 he is entitled to "
           "an annual learning disability health check with his GP.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Reuben is a disabled child under section 17 of the Children Act 1989 and is known "
           "to the Askerby Disabled Children's Team. He needs an adult with him at all times "
           "in the community. His parents both work, and they need regular breaks from "
           "caring, particularly at weekends. He will need a Care Act transition assessment "
           "before he is 18.")

    d.heading("Section E: Outcomes", section="E")
    d.para("These outcomes look ahead to the end of Reuben's first year at college (July "
           "2027) unless a different date is given. Whitby Fold School, and then the college, "
           "will break each outcome into half-termly steps and share them with Reuben's "
           "parents.")
    d.numbered([
        "By July 2027, Reuben will use his symbol book or a short spoken phrase to ask an unfamiliar adult for help, or to say \"stop\", on 4 out of 5 recorded occasions.",
        "By July 2027, Reuben will read 40 sight words used in shops, cafes and at the bus station, and pay for an item costing up to \u00a35 with the right coins.",
        "By the end of his first college year, Reuben will complete a weekly placement in a garden centre for a whole term, needing no more than two prompts in a session to move on to his next task.",
        "By December 2026, Reuben will travel by bus from Grisdale bus station to Saltcote College on his own.",
        "Reuben will improve his personal hygiene.",
        "Reuben will have more friends.",
        "Reuben will be calmer.",
        "Reuben will attend Saltcote College.",
        "Reuben will work in a garden centre.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below is to be made in term time at Whitby Fold School until 17 July "
           "2026 and then at Saltcote College, unless a row says otherwise. The right-hand "
           "column shows which outcome in Section E each item works towards.")
    _provision_table(d, [
        ("Learning and communication", [
            ["A full-time 1:1 teaching assistant across the school or college day, including break and lunch, to prompt Reuben to use his symbol book, prepare him for transitions and keep him safe off site",
             "Every school or college day, 8:45 to 15:15", "32.5 hours a week",
             "Named teaching assistant",
             "Has completed Autism Education Trust 'Good Autism Practice' training and Makaton Level 2",
             "E1, E7"],
            ["Direct speech and language therapy on using the symbol book and spoken phrases to ask for help, refuse and say when something is wrong, taught with one classmate",
             "Weekly", "30 minutes",
             "Speech and language therapist",
             "HCPC-registered; commissioned by Askerby Borough Council",
             "E1"],
            ["Symbols, Makaton signs and objects of reference used with Reuben in lessons, in whatever way the class teacher judges suitable",
             "Daily", "", "Class staff", "", "E1"],
            ["Precision Teaching of functional sight words (bus, shop and cafe signs, food labels) from a list agreed with Reuben's family",
             "Every school day, just before lunch", "10 minutes, 1:1",
             "Teaching assistant",
             "Trained in Precision Teaching by the school's educational psychologist",
             "E2"],
            ["Numeracy in a small group, working on coins and notes",
             "Regular sessions", "", "Support staff", "", "E2"],
        ]),
        ("Employment and further education", [
            ["Work experience, first in the school's horticulture enterprise and from September 2026 at Fernleigh Garden Centre, with a job coach working alongside Reuben throughout",
             "Every Thursday in term time, from 16 April 2026", "2.5 hours (10:00 to 12:30)",
             "Job coach",
             "Holds the BASE Level 3 Certificate in Supported Employment Practice",
             "E3"],
            ["Careers guidance",
             "To be arranged with Askerby Careers", "", "Careers adviser", "", "E3"],
            ["Enhanced transition to Saltcote College made up of supported visits and a photo book of the new site",
             "Summer term 2026, number of visits according to need", "",
             "Staff from both settings", "", "E8"],
        ]),
        ("Independent living", [
            ["Independent travel training on the number 14 bus between Grisdale bus station and Saltcote College, ending only when Reuben has made the journey on his own, safely, on four consecutive occasions",
             "Two journeys each week from 20 April 2026", "75 minutes, including the return journey",
             "Independent travel trainer",
             "Qualified to the Askerby Travel Ability standard, with at least two years' experience of training autistic young people",
             "E4"],
            ["Cooking and life-skills lessons, e.g. making a sandwich, using the microwave, washing up",
             "Weekly", "", "Class team", "", "E5"],
            ["Teaching of a personal-care routine after PE and swimming (showering, drying, deodorant, dressing) using a photo sequence and backward chaining",
             "After every PE and swimming lesson (three times a week)", "20 minutes",
             "Teaching assistant of the same sex as Reuben",
             "Trained in backward chaining by the school's occupational therapist; training renewed each September",
             "E5"],
            ["Money skills taught in real shops and the school cafe (choosing, paying, checking change)",
             "Weekly", "Up to 2 hours", "Teaching assistant", "", "E2"],
        ]),
        ("Community, friends and relationships", [
            ["Access to the school's after-school youth club", "", "", "", "", "E6"],
            ["Talkabout for Teenagers ('Relationships' and 'Keeping safe online' units) in a group of no more than five students",
             "Once a week", "45 minutes",
             "Speech and language therapy assistant",
             "Trained in Talkabout; supervised monthly by the HCPC-registered speech and language therapist",
             "E6"],
            ["Community visits to practise crossing roads and using shops, reducing as Reuben becomes more independent",
             "Fortnightly", "Half a day", "Teaching assistant", "", "E4"],
        ]),
        ("Health and wellbeing", [
            ["Movement and sensory breaks in the sensory room when it is available",
             "Through the day as needed", "", "", "", "E7"],
            ["Sensory circuit devised by the occupational therapist (trampette, wall push-ups, weighted carry, calm breathing)",
             "Every school morning at 9:05 and after lunch at 13:10", "10 minutes",
             "Teaching assistant",
             "Taught the circuit by the HCPC-registered occupational therapist, who checks and updates it each half-term",
             "E7"],
            ["Occupational therapy consultation to review Reuben's sensory profile and advise staff",
             "Termly", "", "Occupational therapist", "", "E7"],
            ["Emotional regulation work using the Zones of Regulation",
             "Weekly, subject to review at Christmas", "30 minutes", "Learning mentor", "-", "E7"],
            ["Reuben would benefit from a consistent adult to prepare him for changes to his timetable",
             "Daily", "", "Key adult", "", "E7"],
        ]),
    ])

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Melatonin 2 mg, prescribed by the community paediatrician and given at home at bedtime; the paediatrician reviews the dose every six months.",
        "Hydrocortisone 1% cream for eczema flare-ups, applied in school by trained staff as required under Reuben's individual healthcare plan.",
        "An annual learning disability health check with his GP at Grisdale Medical Practice each autumn, with a desensitisation visit beforehand.",
        "Input from the Community Learning Disability Team once Reuben is accepted onto their caseload.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker for 3 hours every Wednesday in term time (16:00 to 19:00) so that "
           "Reuben can attend the Grisdale Youth Hub, paid for through a social care direct "
           "payment to his mother.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.bullets([
        "Overnight short breaks at Beckside House, as agreed with the family.",
        "Askerby Adult Social Care will complete a Care Act transition assessment before Reuben's 18th birthday (November 2027).",
    ])

    d.heading("Section I: Placement", section="I")
    d.para("Whitby Fold School, Grisdale (maintained special school for pupils aged 11 to 19 "
           "with severe learning difficulties) until 17 July 2026; then, from 7 September "
           "2026, Saltcote College (general further education college), Foundation Pathways "
           "programme, five days a week.")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Lorraine Ashdown receives a social care direct payment for the support worker in "
           "Section H1. The family have not asked for a personal budget for any of the "
           "Section F provision.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Reuben's views \u2013 gathered by Ms J. Bannister, class teacher, 12\u201326 January 2026",
        "Parents' views \u2013 Lorraine Ashdown and Martin Kerr, 20 January 2026",
        "Educational advice \u2013 Mr D. Okonjo, Headteacher, Whitby Fold School, 23 January 2026",
        "Psychological advice \u2013 Dr S. Lindqvist, Educational Psychologist, 15 January 2026",
        "Medical advice \u2013 Dr A. Farooqui, Community Paediatrician, 9 January 2026",
        "Speech and language therapy advice \u2013 Ms H. Trew, Speech and Language Therapist, 14 January 2026",
        "Occupational therapy advice \u2013 Askerby Children's Therapy Service",
        "Social care advice \u2013 Askerby Disabled Children's Team, 21 January 2026",
        "Preparing for adulthood advice \u2013 Askerby Careers (SEND adviser), 27 January 2026",
        "Year 11 annual review report \u2013 Whitby Fold School, 29 January 2026",
    ])
