"""Metropolitan Borough of Wardle - Year 9 young person who is profoundly deaf (BSL is his
first language) with moderate learning difficulties and balance difficulties after
congenital CMV, at a maintained special school with a Deaf Provision. Cover details in a
two-column shaded details table. Word Heading 1 headings 'Section A: Views, Interests and
Aspirations' (letter, colon, title case); B under Heading 2 area sub-headings plus a
preparing-for-adulthood sub-section. E numbered E1-E9. Section F is five tables, one per
area (Heading 2 above each), with the columns in an unusual order (Outcome | Staffing and
qualification | Provision | How often and for how long); the first body row of each table
is a merged, shaded 'Need (Section B): ...' banner. H1 and H2 separate. FINAL amended plan
after the Year 9 annual review."""

from docx.shared import Pt

TITLE = "Education, Health and Care Plan - Declan Aspinall"

HEAD = ["Outcome", "Staffing and qualification", "Provision", "How often and for how long"]
WIDTHS = [1.7, 4.2, 6.3, 4.4]


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _area_table(d, need, rows):
    """One area table: a merged need banner as the first body row, then provision rows."""
    t = d.table(HEAD, [[need, "", "", ""]] + rows, widths_cm=WIDTHS, font_size=9.5,
                header_fill="DCE6D8")
    banner = t.rows[1]
    merged = banner.cells[0].merge(banner.cells[3])
    # drop the empty paragraphs left behind by the merge
    for p in list(merged.paragraphs)[1:]:
        if not p.text.strip():
            p._element.getparent().remove(p._element)
    for r in merged.paragraphs[0].runs:
        r.italic = True
        r.font.size = Pt(9.5)
    _shade(merged, "F3F0E6")
    return t


def build(d):
    d.simple_footer("Metropolitan Borough of Wardle  \u2022  EHC Plan (final, amended)  \u2022  "
                    "Declan Aspinall  \u2022  OFFICIAL-SENSITIVE")
    d.title("Metropolitan Borough of Wardle", size=13, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=21, color="2E5E3A")
    d.para("Final amended plan following the Year 9 annual review", bold=True, size=12)
    d.details_table([
        ("Name", "Declan Aspinall"),
        ("Preferred name / sign name", "Declan (sign name: a 'D' handshape flicked from the chin)"),
        ("Date of birth", "14/11/2011"),
        ("NHS number", "999 604 2217"),
        ("Unique pupil number", "K999000562804"),
        ("Home address", "22 Lapwing Rise, Wardle, ZY4 8NP"),
        ("Parents", "Siobhan Aspinall and Gareth Aspinall"),
        ("Contact", "01632 960318 (home, text relay welcome); 07700 900772 (Siobhan); siobhan.aspinall@example.org"),
        ("Year group", "Year 9 (Key Stage 3)"),
        ("School", "Hallcroft School - Deaf Provision"),
        ("Annual review meeting", "4 December 2025"),
        ("Date this amended plan was issued", "9 February 2026"),
        ("Next annual review due by", "3 December 2026"),
        ("SEND case officer", "Priya Rasmussen, Wardle SEND Assessment and Review Team"),
    ], widths_cm=(5.2, 11.4), fill="E8EFE5")
    d.para("Declan's views were gathered in BSL by his Teacher of the Deaf and translated into "
           "written English; the translation was signed back to him and he agreed it.",
           italic=True)

    # ---------------------------------------------------------------- A
    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Declan told us (signed, translated into English)", level=2)
    d.para("\"I am Deaf and I am proud of it. My best language is BSL. At Hallcroft I like the "
           "Deaf Provision because everyone signs and I don't have to guess. I hate it when I "
           "go to a lesson and the teacher talks to the board and I miss everything, then I "
           "get told off for not doing the work. I like fixing things. I take apart old bikes "
           "with my grandad in his garage. When I leave school I want to be a mechanic, maybe "
           "motorbikes. I want to go to the Deaf youth club more and go into town with my "
           "friends without Mum. I want my own flat one day.\"")
    d.heading("What Declan's parents said", level=2)
    d.para("Siobhan and Gareth are hearing and have been learning BSL since Declan was a baby; "
           "Siobhan has passed BSL Level 2. They describe Declan as practical, kind to his "
           "sister Niamh and stubborn when he thinks something is unfair. They feel that his "
           "reading has stalled and that he still depends on them to explain letters, texts "
           "and appointments. Their biggest worries are that he will be isolated as an adult, "
           "that employers will not make the effort to communicate with him, and that he has "
           "never gone anywhere on his own. They want Year 9 and Year 10 to be about getting "
           "him ready for college and work.")
    d.heading("How to communicate with Declan", level=2)
    d.para("Use BSL. If you do not sign, book a qualified interpreter or communication support "
           "worker; do not rely on his parents or on lip-reading. Get his attention before you "
           "start, face him in good light and check that he has understood by asking him to "
           "tell you back, not by asking 'OK?'.")

    # ---------------------------------------------------------------- B
    d.heading("Section B: Special Educational Needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Declan has a profound bilateral sensorineural hearing loss caused by congenital "
           "cytomegalovirus (CMV). He wears high-power behind-the-ear hearing aids, which give "
           "him awareness of environmental sound but not access to speech. BSL is his first "
           "language. His BSL is fluent for everyday conversation, but his Teacher of the Deaf "
           "assesses his BSL receptive and expressive skills at around the level of a "
           "10-year-old Deaf native signer: he has a limited range of signs for curriculum "
           "subjects and does not yet use BSL grammar (placement, role shift) to explain "
           "sequences or cause and effect. His written English is at an early stage: he writes "
           "short sentences with BSL word order and few function words. He cannot follow "
           "teaching or conversation in spoken English and has little useful lip-reading.")
    d.heading("Cognition and learning", level=2)
    d.para("An educational psychologist assessed Declan in November 2025 using non-verbal "
           "tests and a BSL interpreter; his non-verbal reasoning is in the low average range "
           "and his working memory is very weak, so he loses track of instructions with more "
           "than two steps. His reading age is 7 years 4 months (Salford, signed "
           "administration). In maths he is working at about the level expected in Year 3: he "
           "can add and subtract two-digit numbers with apparatus but does not understand "
           "place value beyond 100 and cannot yet work out change from a purchase. Much of "
           "his learning is missed when lessons are given by staff who do not sign.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Declan is confident with Deaf peers and adults but becomes anxious and withdrawn "
           "in hearing groups, where he often pretends to understand. He has few chances to "
           "meet Deaf adults. When he is frustrated by missed communication he walks out of "
           "lessons; there were eleven such incidents in the autumn term 2025. He says he "
           "sometimes feels 'stupid' in mainstream-style lessons.")
    d.heading("Sensory and physical", level=2)
    d.para("Declan's CMV has also damaged his balance organs. He is unsteady on uneven ground "
           "and in the dark, and he tires quickly in PE. He needs his hearing aids and radio "
           "aid to be working every day to give him environmental awareness, for example of "
           "fire alarms and traffic, but he does not yet check them himself.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Declan has never travelled on his own. He cannot yet handle money in shops, book "
           "an appointment, or explain to a hearing person what he needs. He has had no "
           "careers advice and no work experience. He does not know which college courses "
           "lead to motor vehicle work or how deaf people are supported at college and work.")

    # ---------------------------------------------------------------- C
    d.heading("Section C: Health Needs", section="C")
    d.para("Congenital CMV with profound bilateral sensorineural hearing loss, under Wardle "
           "General Hospital Children's Audiology. Bilateral vestibular hypofunction "
           "(assessed by the regional balance clinic, 2023), which causes unsteadiness and "
           "fatigue. Declan was assessed for cochlear implants in 2016; the family chose not "
           "to proceed. He has no other health conditions and takes no regular medication.")

    # ---------------------------------------------------------------- D
    d.heading("Section D: Social Care Needs", section="D")
    d.para("Declan is a disabled child under section 17 of the Children Act 1989. Outside "
           "school he has no contact with other Deaf young people except at the monthly Deaf "
           "youth club, which he can only reach when a signing adult takes him. His parents' "
           "BSL is not yet good enough for complex conversations, for example about puberty, "
           "relationships and safety, and family conversations at mealtimes often leave him "
           "out. The family have asked for support with this.")

    # ---------------------------------------------------------------- E
    d.heading("Section E: Outcomes", section="E")
    d.para("Hallcroft School will break each outcome into half-termly steps, set with Declan "
           "in BSL and shared with his parents at each parents' evening.")
    d.numbered([
        "By July 2027, Declan will read a 300-word text at his reading level and retell it in BSL, with the main events in the right order, on four out of five occasions.",
        "Declan will make progress with his written English.",
        "By the end of Year 10, Declan will pay for items up to \u00a320 in a shop and check his change, without adult help, on three separate visits.",
        "Declan will keep up with the work in his lessons.",
        "By the end of Year 10, Declan will explain to an unfamiliar hearing adult what he needs to communicate (through an interpreter, his phone or written notes) on three different occasions.",
        "Declan will be supported to look after his hearing aids and radio aid.",
        "By July 2027, Declan will complete a one-week work experience placement with a motor vehicle or engineering employer, using his communication passport to explain how to work with him.",
        "By December 2026, Declan will travel by bus between home and Hallcroft School on his own on five school days in a row.",
        "Declan will become a motorbike mechanic.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    d.heading("Section F: Special Educational Provision", section="F")
    d.para("Declan is taught at Hallcroft School in a class of eleven pupils with a teacher "
           "and a teaching assistant, and spends most of each day in the Deaf Provision, "
           "where all staff sign. The provision below is in addition to that, applies in term "
           "time for the life of this plan, and is delivered in BSL unless stated.")

    d.heading("1. Communication and language", level=2)
    _area_table(d, "Need (Section B): BSL is Declan's first language; his curriculum BSL and written English are well below his age, and he cannot access spoken English.", [
        ["E1, E2", "Teacher of the Deaf who holds the mandatory qualification for teachers of deaf pupils and BSL Level 6",
         "Bilingual literacy teaching: each new English text is first taught in BSL, key words are fingerspelt and practised, then Declan reads and writes in English with the teacher",
         "Four 50-minute lessons a week, in a Deaf Provision group of no more than five pupils"],
        ["E1, E5", "Deaf instructor, a native BSL user holding the Level 6 NVQ Certificate in BSL",
         "Individual BSL development sessions building Declan's curriculum signs, his use of placement and role shift, and his ability to explain a sequence of events",
         "Twice weekly, 40 minutes each time, 1:1"],
        ["E2, E4", "Communication support worker",
         "BSL communication support in lessons led by non-signing staff",
         "As timetabling allows"],
        ["E2", "Speech and language therapist",
         "Visits to review Declan's English language targets with the Teacher of the Deaf and suggest activities for the class team",
         "Once a term"],
        ["E1, E2", "Class team",
         "Visual resources, for instance subject word mats, signed vocabulary videos and subtitled clips",
         "Daily"],
    ])

    d.heading("2. Cognition and learning", level=2)
    _area_table(d, "Need (Section B): very weak working memory; reading age 7 years 4 months; maths at about Year 3 level, without secure place value or money skills.", [
        ["E3", "HLTA who has completed Numicon Intervention Programme training and holds BSL Level 3",
         "Numicon Intervention Programme 1:1, working on place value to 1,000 and on money and change, with every instruction given in BSL",
         "Three sessions a week of 20 minutes, just before lunch"],
        ["E4", "Teaching assistant",
         "Declan would benefit from a structured programme to improve his working memory",
         "To be agreed with the SENCO"],
        ["E4", "Subject teachers",
         "Pre-teaching of the signs and English words for each new science and humanities topic",
         "Regularly, ahead of new topics"],
        ["E4", "Teaching assistant",
         "Use of the Deaf Provision intervention room to catch up on learning missed during audiology and hospital appointments",
         "When the room and a member of staff are free"],
    ])

    d.heading("3. Social, emotional and mental health", level=2)
    _area_table(d, "Need (Section B): anxiety and withdrawal in hearing groups, walking out of lessons when communication breaks down, few Deaf adult role models.", [
        ["E5", "Deaf adult mentor from the Wardle Deaf Centre who has completed the Centre's accredited youth mentoring course",
         "Mentoring with a Deaf adult on Deaf identity, handling situations where people do not sign, and planning for life after school",
         "One hour every fortnight, 1:1, in school"],
        ["E5", "School counsellor",
         "Counselling through BSL to help Declan with frustration and low self-esteem",
         "A block of sessions, dependent on funding from the Deaf Provision budget"],
        ["E5", "Staff",
         "Declan will be given chances to mix with hearing pupils at lunchtime clubs",
         "Some lunchtimes"],
    ])

    d.heading("4. Sensory and physical", level=2)
    _area_table(d, "Need (Section B): hearing aids and radio aid must work every day for environmental awareness; balance difficulties and fatigue.", [
        ["E6", "Deaf Provision teaching assistant who has been trained by the Sensory Support Service in hearing aid and radio aid checks",
         "Listening check of both hearing aids and the radio aid, with batteries and tubing changed when needed, and Declan shown each step so that he learns to do it himself",
         "Each morning before registration, five minutes"],
        ["E6", "Provided and maintained by the Wardle Sensory Support Service; checked by its educational audiologist",
         "A personal radio aid (remote microphone and receivers) for Declan's sole use, worn by the adult leading every lesson and assembly and taken on every trip",
         "Every lesson; equipment checked by the educational audiologist each half-term"],
        ["E6", "Physiotherapist",
         "A balance and stamina programme, to be written once the NHS physiotherapy assessment has been completed",
         "To be confirmed"],
    ])

    d.heading("5. Preparing for adulthood", level=2)
    _area_table(d, "Need (Section B): no careers advice or work experience; has never travelled alone; cannot yet handle money or explain his communication needs to hearing people.", [
        ["E7", "Careers adviser holding a Level 6 Diploma in Career Guidance and Development, with an NRCPD-registered BSL/English interpreter",
         "Individual careers guidance on routes into motor vehicle work, including college courses, apprenticeships and Access to Work",
         "One 45-minute meeting each term, from the spring term of Year 9"],
        ["E7", "School",
         "Work-related learning opportunities, with a work experience placement in Year 10 if a suitable employer can be found",
         "During Year 10"],
        ["E8", "Travel trainer",
         "Independent travel training on the 471 bus between Lapwing Rise and Hallcroft School, including texting the bus company's SMS help line if the bus does not arrive",
         "At first twice a week, then less often as Declan's confidence grows"],
        ["E3", "Teaching assistant holding BSL Level 2 who has completed the school's off-site safety training",
         "Shopping and money sessions in Wardle town centre: choosing and buying his own lunch, paying, and checking his change against the receipt",
         "Every Thursday, 60 minutes, in a group of no more than three pupils"],
        ["E6, E5", "Teacher of the Deaf",
         "Deaf awareness and self-advocacy lessons: understanding his own audiogram, explaining his communication needs, and booking appointments by text or video relay",
         "Up to six 45-minute sessions each school year"],
    ])

    # ---------------------------------------------------------------- G
    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Audiology review at Wardle General Hospital Children's Audiology every six months, including new ear moulds and reprogramming of his hearing aids.",
        "Replacement hearing aid batteries and tubing supplied by Children's Audiology and sent to school in packs each term.",
        "Vestibular rehabilitation with the regional balance service, when a place becomes available.",
        "Annual review by the community paediatrician for Declan's CMV, with a BSL interpreter booked by the hospital.",
    ])

    # ---------------------------------------------------------------- H1 / H2
    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker who holds BSL Level 3 will accompany Declan to the Wardle Deaf "
           "Youth Club on the first and third Friday evening of each month, for three hours "
           "each time (Children with Disabilities Team).")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Family sign language support for Siobhan, Gareth and Niamh as agreed with the "
           "social worker.")

    # ---------------------------------------------------------------- I
    d.heading("Section I: Placement", section="I")
    d.para("Hallcroft School, Wardle (maintained special school for pupils aged 11 to 19 with "
           "moderate learning difficulties), attending its Deaf Provision.")

    # ---------------------------------------------------------------- J
    d.heading("Section J: Personal Budget", section="J")
    d.para("Declan's parents have not asked for a personal budget for any provision in this "
           "plan.")

    # ---------------------------------------------------------------- K
    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Declan's views - gathered in BSL by Mrs E. Thornbury, Teacher of the Deaf, 20 November 2025",
        "Parents' views - Siobhan and Gareth Aspinall, 24 November 2025",
        "Educational advice - Hallcroft School annual review report, Mr D. Okafor, Head of Deaf Provision, 4 December 2025",
        "Advice from a qualified Teacher of the Deaf - Wardle Sensory Support Service, Ms L. Brandreth, 18 November 2025",
        "Psychological advice - Dr S. Kaur, Educational Psychologist, 21 November 2025",
        "Medical advice - Dr J. Whitlow, Community Paediatrician, 12 November 2025",
        "Audiology report - Wardle General Hospital Children's Audiology, 30 October 2025",
        "Speech and language therapy advice - Wardle Children's Therapy Service",
        "Physiotherapy screening advice - Wardle Children's Therapy Service, 2 December 2025",
        "Social care advice - Children with Disabilities Team, Mr A. Barraclough, 26 November 2025",
        "Preparing for adulthood advice - Wardle Careers Service, Ms R. Ng, 1 December 2025",
    ])
