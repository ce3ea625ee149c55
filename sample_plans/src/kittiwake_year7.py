"""Kittiwake Bay Borough Council - Year 7 boy with ADHD and social, emotional and mental
health needs, in his first year at a mainstream academy after transfer from primary.
Amended FINAL plan after the first annual review at secondary. Word Heading 1 headings
'Section A: About Reuben - Views, Interests and Aspirations' (letter, colon, title-case
title), each followed by the statutory caption in small italics. Cover details in a
two-column grey details table. E is a three-column table (Ref | Outcome | By when).
Section F is one real Word multilevel auto-numbered list (numbering.xml, so the numbers
are not in the paragraph text): level 1 '1.' bold area-of-need lines naming the outcomes
they serve, level 2 '1.1', '1.2' ... provision statements written as prose with all the
detail in the sentence (no sub-bullets). H1/H2 split. Page footer with plan reference."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

TITLE = "Education, Health and Care Plan - Reuben Ashworth-Kaye"

_NUM_ID = 77


def _lvl(ilvl, text, left, hanging, bold):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(left))
    ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    lvl.append(ppr)
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        lvl.append(rpr)
    return lvl


def _define_multilevel(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(_NUM_ID))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    absn.append(_lvl(0, "%1.", 567, 567, True))
    absn.append(_lvl(1, "%1.%2", 1191, 624, False))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(_NUM_ID))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(_NUM_ID))
    num.append(an)
    numbering.append(num)


def _listpara(d, text, level):
    p = d.doc.add_paragraph()
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = _NUM_ID
    p.paragraph_format.space_after = Pt(4)
    if level == 0:
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
    else:
        p.add_run(text)


def _sec(d, letter, title, caption):
    d.heading(f"Section {letter}: {title}", section=letter)
    d.para(caption, italic=True, size=9)


def build(d):
    _define_multilevel(d.doc)
    d.simple_footer("Kittiwake Bay Borough Council  \u2022  EHC Plan ref. KB/EHC/30417  \u2022  "
                    "Amended final plan issued 9 February 2026")
    d.title("Kittiwake Bay Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=21, color="2E5E4E")
    d.para("Amended final plan following the annual review held on 8 December 2025", bold=True)
    d.details_table([
        ("Child's name", "Reuben Ashworth-Kaye"),
        ("Known as", "Reuben"),
        ("Date of birth", "14 February 2014"),
        ("Year group", "Year 7"),
        ("Home address", "27 Gullrock Terrace, Kittiwake Bay, ZY4 8TD"),
        ("NHS number", "999 318 6624"),
        ("Unique pupil number", "P999210047735"),
        ("Parents", "Sinead Kaye (mother, lives with Reuben); Martin Ashworth (father)"),
        ("Contact", "Sinead Kaye, 07700 900263, sinead.kaye@example.org; home 01632 960718"),
        ("School", "Seacliff Academy"),
        ("Date of this plan", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Priya Ramdhanie, SEND Assessment and Review Team"),
    ])

    _sec(d, "A", "About Reuben \u2013 Views, Interests and Aspirations",
         "The views, interests and aspirations of the child and his parents.")
    d.heading("What Reuben told us", level=2)
    d.para("Reuben talked to his ELSA, Mrs Penhaligon, on 24 November 2025 while they played "
           "table tennis, and she wrote down what he said. \"Secondary is loads better than "
           "I thought it would be but it's so loud in the corridors and everyone pushes. I "
           "like science when we get to do experiments and I like PE. I don't like it when "
           "teachers shout at me for fiddling, I don't even know I'm doing it. When I get "
           "angry it's like my head goes red and I can't hear anyone. I want to be a marine "
           "engineer like my uncle Declan or maybe a lifeguard. I want to stop getting sent "
           "out.\"")
    d.heading("What Reuben's mum and dad told us", level=2)
    d.para("Sinead says Reuben is kind, funny and brilliant with his little sister Maisie and "
           "with animals. He surfs with his dad most weekends and is at his calmest in the "
           "sea. She was relieved that he settled into Seacliff Academy in September, but "
           "since October he has been suspended twice for a day and she dreads phone calls "
           "from school. She would like staff to understand that his ADHD is not him "
           "choosing to misbehave. Martin agrees, and would like Reuben to get more help "
           "with reading, because he has started to say he is \"thick\". Both parents hope "
           "Reuben will stay in mainstream school, sit his GCSEs and go on to college.")
    d.heading("Reuben's hopes for the future", level=2)
    d.para("Reuben would like to work on or near the sea when he is older, as a marine "
           "engineer or a lifeguard. He wants to join the Kittiwake Bay surf life saving "
           "club as a junior member next summer.")

    _sec(d, "B", "Reuben's Special Educational Needs",
         "The child's special educational needs.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Reuben has attention deficit hyperactivity disorder (combined presentation), "
           "diagnosed in 2022. He finds it very hard to manage strong feelings: when he is "
           "told off, or thinks something is unfair, he can go from calm to shouting and "
           "leaving the room within a minute, and he cannot yet use a calming strategy "
           "without an adult prompting him. There were nine such incidents in the autumn "
           "term, two of which led to one-day suspensions. He has low self-esteem about his "
           "learning. He is most unsettled at the start of the day, at lunchtime and after "
           "changes of teacher or room.")
    d.heading("Cognition and learning", level=2)
    d.para("Reuben's attention to adult-led tasks lasts about five minutes before he loses "
           "track. He struggles to remember instructions of more than two steps, to get "
           "started on written tasks, and to organise his equipment and homework. His "
           "reading age was 9 years 4 months in November 2025 (chronological age 11 years "
           "9 months), and he reads slowly and guesses at longer words, so he cannot read "
           "worksheets and textbooks in most subjects without help. His written work is "
           "short and often unfinished.")
    d.heading("Communication and interaction", level=2)
    d.para("Reuben's speech is clear and his vocabulary is in the average range, but he "
           "takes what is said literally, misreads sarcasm and teasing, and interrupts "
           "conversations. He has fallen out with most of the boys from his primary school "
           "and spends breaks walking on his own.")
    d.heading("Sensory and physical", level=2)
    d.para("Reuben seeks movement and needs to fidget to concentrate; sitting still for a "
           "whole lesson is very hard for him. His handwriting is large, poorly formed and "
           "slow (about 9 words a minute when copying), and he complains that his hand "
           "hurts after a page. He finds noisy places such as the corridors and dining hall "
           "overwhelming.")
    d.heading("Safety and independence", level=2)
    d.para("Reuben acts on impulse, which puts him at risk in science and design technology "
           "practicals, where he has twice picked up hot equipment. He forgets equipment, "
           "PE kit and homework on most days.")

    _sec(d, "C", "Reuben's Health Needs",
         "The health care needs which relate to his special educational needs.")
    d.para("Reuben's ADHD is managed by Dr Olamide Fashola, community paediatrician, and "
           "he takes a long-acting stimulant medication before school. He has difficulty "
           "getting to sleep and takes melatonin, prescribed by Dr Fashola. He has mild "
           "asthma, triggered by exercise and cold air. His GP referred him to CAMHS in "
           "October 2025 because of his low mood and angry outbursts; he has not yet been "
           "seen.")

    _sec(d, "D", "Reuben's Social Care Needs",
         "The social care needs which relate to his special educational needs or disability.")
    d.para("Reuben lives with his mother and his sister Maisie (7). His mother is a single "
           "parent who works part time. She has asked for help with managing Reuben's "
           "behaviour at home, especially at bedtime and in the mornings. An Early Help "
           "assessment was completed in November 2025. No needs for services under section "
           "2 of the Chronically Sick and Disabled Persons Act 1970 were identified.")

    _sec(d, "E", "Outcomes for Reuben",
         "The outcomes sought for the child. Seacliff Academy will break each outcome into "
         "half-termly targets on Reuben's support plan.")
    d.table(["Ref", "Outcome", "By when"], [
        ["E1", "Reuben will use his traffic-light plan to take himself to the agreed calm place, and return to the lesson within 10 minutes, on at least four out of five occasions when he becomes angry.", "July 2026"],
        ["E2", "Reuben will stop shouting at teachers.", ""],
        ["E3", "Reuben will feel happier and more confident about himself.", ""],
        ["E4", "Reuben will read an age-appropriate science or history text aloud with at least 90% accuracy and answer three questions about it.", "End of Year 8 (July 2027)"],
        ["E5", "Reuben will complete the main task in at least three lessons a day without adult prompting, as recorded on his daily report card.", "July 2026"],
        ["E6", "Reuben will develop his friendships.", ""],
        ["E7", "Reuben will type at least 20 words a minute and use a laptop for all extended writing.", "End of Year 8 (July 2027)"],
        ["E8", "Reuben will receive help to organise himself.", ""],
    ], widths_cm=[1.2, 11.6, 3.8], font_size=10)

    _sec(d, "F", "Special Educational Provision",
         "The special educational provision required by the child. All provision below is "
         "to be made in term time for the life of this plan, at Seacliff Academy unless "
         "another place is named.")
    d.para("The SENCO, Mr Tobias Carew, is responsible for making sure the provision is in "
           "place and for reporting on it at each review.")

    _listpara(d, "Social, emotional and mental health (towards outcomes E1, E2 and E3)", 0)
    _listpara(d, "Each morning before registration (8:35 to 8:45) Reuben will be met at the student entrance by his named key worker, a teaching assistant who has completed the Kittiwake Bay Trauma-Informed Schools training, to go through his timetable card and equipment and agree one target for the day.", 1)
    _listpara(d, "Reuben should be able to leave the classroom and go somewhere calm whenever he feels himself losing control, and an adult will check on him.", 1)
    _listpara(d, "Emotional literacy sessions with the school's ELSA, who trained through the Kittiwake Bay Educational Psychology Service ELSA course and has half-termly supervision from an educational psychologist: one 45-minute individual session every Wednesday in period 5, throughout Year 7, teaching Reuben to notice the early body signals of anger and to use his traffic-light plan.", 1)
    _listpara(d, "Reuben is welcome to spend lunchtimes in the Harbour Room, the supervised indoor space off the library, if the canteen is too much for him.", 1)
    _listpara(d, "Mentoring from the pastoral team, tailing off once his behaviour has settled.", 1)

    _listpara(d, "Attention, learning and literacy (towards outcomes E4 and E5)", 0)
    _listpara(d, "For the first 20 minutes of every English, maths and science lesson, a teaching assistant holding a Level 3 Certificate in Supporting Teaching and Learning will sit beside Reuben, break the opening task into numbered steps on a whiteboard and check that he has started.", 1)
    _listpara(d, "Lexia PowerUp Literacy, one to one in the learning support base, three 30-minute sessions a week (Monday, Wednesday and Friday, 8:50 to 9:20), delivered by a higher level teaching assistant who has completed Lexia's implementation training; the SENCO will check Reuben's progress reports each half-term and share them with his mother.", 1)
    _listpara(d, "Movement breaks of 2\u20133 minutes when Reuben appears restless, at the discretion of the class teacher.", 1)
    _listpara(d, "Help with organising and finishing homework at the after-school homework club, subject to staffing.", 1)
    _listpara(d, "Reuben may use a laptop or tablet for extended writing where this is practical.", 1)
    _listpara(d, "In all lessons, teachers will differentiate work and chunk instructions in line with the strategies in the educational psychologist's report of 3 November 2025.", 1)

    _listpara(d, "Communication and friendships (towards outcomes E3 and E6)", 0)
    _listpara(d, "Talkabout for Teenagers friendship sessions in a group of no more than five Year 7 students, 50 minutes every Thursday in tutor time and period 1, for the spring and summer terms of 2026, led by the speech and language support assistant, who has completed the two-day Talkabout training and is supervised each half-term by the NHS speech and language therapist.", 1)
    _listpara(d, "On Monday, Wednesday and Friday lunchtimes, Reuben will join the Brick-by-Brick LEGO club in the library: a group of three Year 7 pupils, 30 minutes from 12:35, facilitated by a teaching assistant who has completed Brick-by-Brick facilitator training.", 1)
    _listpara(d, "The NHS speech and language therapist will visit once a term to advise Reuben's teachers on his understanding of sarcasm, idioms and implied meaning.", 1)

    _listpara(d, "Sensory and physical (towards outcomes E5 and E7)", 0)
    _listpara(d, "Sensory equipment such as a wobble cushion, fidgets and a weighted lap pad, to be kept in Reuben's main classrooms.", 1)
    _listpara(d, "A handwriting and fine-motor programme, to be agreed once the occupational therapy assessment requested in January 2026 has taken place.", 1)
    _listpara(d, "Touch-typing with the Englishtype Junior program, two 20-minute sessions a week (Tuesday and Thursday, 8:50 to 9:10) in the ICT suite, supervised by a teaching assistant whom the SENCO has trained to set up the program and track Reuben's speed and accuracy.", 1)

    _listpara(d, "Safety, organisation and independence (towards outcomes E5 and E8)", 0)
    _listpara(d, "Reuben's mother will go through the visual packing checklist with him each evening so that he arrives with the right equipment.", 1)
    _listpara(d, "Up to 3 hours a week of teaching assistant support in science and design technology practicals, to be reviewed at Christmas.", 1)
    _listpara(d, "A personal visual timetable card, printed by the SEN administrator at the start of each half-term and on the day of any timetable change, kept in a clear wallet on Reuben's lanyard.", 1)

    _sec(d, "G", "Health Provision",
         "Health care provision reasonably required by the learning difficulties or "
         "disabilities which result in the child having special educational needs.")
    d.bullets([
        "Review of Reuben's ADHD medication, height, weight and blood pressure by Dr Fashola, community paediatrician, every six months at Kittiwake Bay Child Development Centre.",
        "Melatonin, prescribed by Dr Fashola, given by Reuben's mother at home each evening.",
        "A salbutamol inhaler carried by Reuben and used as required under his asthma plan, with a spare kept in the medical room and checked by the first-aid lead each half-term.",
        "An assessment of Reuben's low mood by Kittiwake Bay CAMHS, when he reaches the top of the waiting list.",
    ])

    _sec(d, "H1", "Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970",
         "Social care provision which must be made for a child under 18 under section 2 of "
         "the Chronically Sick and Disabled Persons Act 1970.")
    d.para("Not applicable \u2013 no needs under section 2 were identified (see Section D).")
    _sec(d, "H2", "Other Social Care Provision",
         "Any other social care provision reasonably required by the learning difficulties "
         "or disabilities which result in the child having special educational needs.")
    d.bullets([
        "Family support from the Kittiwake Bay Early Help team, with visits as appropriate.",
        "A place for Sinead Kaye on the six-week Kittiwake Bay Early Help parenting course for parents of children with ADHD (one 2-hour session a week), starting on 24 February 2026.",
    ])

    _sec(d, "I", "Placement", "The name and type of the school.")
    d.para("Seacliff Academy, Cliff Road, Kittiwake Bay (mainstream academy, ages 11 to 16).")

    _sec(d, "J", "Personal Budget", "Personal budget, including arrangements for direct payments.")
    d.para("Reuben's parents have not asked for a personal budget.")

    _sec(d, "K", "Advice and Information",
         "The advice and information gathered during the EHC needs assessment and the "
         "annual review, listed below and attached as appendices.")
    d.numbered([
        "Parents' views \u2013 Sinead Kaye and Martin Ashworth, 1 December 2025",
        "Reuben's views \u2013 recorded by Mrs L. Penhaligon, ELSA, 24 November 2025",
        "Educational advice and annual review report \u2013 Mr T. Carew, SENCO, Seacliff Academy, 8 December 2025",
        "Educational psychology advice \u2013 Dr Anneka Visser, Educational Psychologist, 3 November 2025",
        "Medical advice \u2013 Dr O. Fashola, Community Paediatrician, 17 November 2025",
        "Speech and language therapy advice \u2013 Kittiwake Bay Children's Therapy Service",
        "Early Help assessment \u2013 Kittiwake Bay Early Help, 21 November 2025",
    ], fmt="K{n}")
