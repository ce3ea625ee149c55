"""Ashwell Borough Council - Year 6 pupil with a bilateral moderate-to-severe hearing loss
and mild learning difficulties in a mainstream primary school, amended at the Year 6 review
for transfer to a mainstream secondary academy in September 2026. Word Heading 1 headings
with an en dash and a plain-English gloss in brackets ('Section F \u2013 Special educational
provision (the help Elsie will get)'). Cover details in a two-column shaded table. E is a
list numbered E1-E8. Section F is one seven-column provision map (Ref | What will be
provided | Daily | Weekly | Termly | Time each session | Delivered by, and their training)
with ticks or words in the three frequency columns, merged shaded banner rows for each
area, and one row with every detail cell left blank. Section I names the primary school
until July 2026 and the secondary academy from September 2026. FINAL amended plan."""

from docx.shared import Pt

TITLE = "Education, Health and Care Plan - Elsie Brannagh"

TICK = "\u2713"


def build(d):
    d.running_header_footer("Elsie Brannagh \u2013 Final amended EHC plan (Year 6 phase transfer)",
                            footer_left="Ashwell Borough Council", first_page_plain=True)
    d.title("Ashwell Borough Council", size=13, color="375623")
    d.title("Education, Health and Care Plan", size=21, color="375623")
    d.para("FINAL AMENDED PLAN \u2013 issued following the Year 6 annual review (phase transfer)",
           bold=True, size=11.5)
    d.details_table([
        ("Child's name", "Elsie Brannagh"),
        ("Date of birth", "17/03/2015"),
        ("NHS number", "999 304 7718"),
        ("Unique pupil number", "Z999000577215"),
        ("Home address", "27 Larkspur Rise, Ashwell, XJ3 6TW"),
        ("Parents", "Clare Brannagh and Dominic Brannagh"),
        ("Contact", "01632 960418 (home); 07700 900237 (Clare); clare.brannagh@example.org"),
        ("Current school and year", "Fairbourne Church of England Primary School, Year 6"),
        ("Annual review meeting", "14 November 2025"),
        ("Date this amended plan was issued", "9 February 2026"),
        ("Next review to be held by", "8 February 2027"),
        ("EHC plan coordinator", "Priya Lockwood-Hale, Ashwell SEND Assessment and Review Team"),
    ], widths_cm=(5.2, 11.4), fill="E2EFD9")

    d.heading("Section A \u2013 Views, interests and aspirations (all about Elsie)", section="A")
    d.heading("What Elsie told us", level=2)
    d.para("Elsie's Teacher of the Deaf, Mrs Okoro, talked with her in the quiet room at "
           "Fairbourne on 3 November 2025, using her radio aid and a drawing of her week. "
           "Mrs Okoro wrote down Elsie's words and read them back to her.")
    d.para("\u201cI'm Elsie and I'm ten. I love horses and I go riding at Thistle Farm on "
           "Saturdays. My best thing at school is art and I'm good at drawing animals. I don't "
           "like it when everyone talks at once at lunch because it all goes fuzzy and I can't "
           "tell who's saying what. I get really tired in the afternoons. I'm a bit scared about "
           "Kingsbarrow because it's massive and the teachers won't know about my hearing aids. "
           "My brother Finn goes there and he says it's fine. When I'm grown up I want to work "
           "with animals, maybe a vet nurse.\u201d")
    d.heading("What Elsie's parents told us", level=2)
    d.para("Clare and Dominic describe Elsie as kind, artistic and stubborn in a good way. "
           "They are proud of how hard she works, but they see how worn out she is by the end "
           "of the day and say she often says \u201cyeah\u201d when she has not really heard. "
           "Their biggest worry is the move to secondary school: a bigger building, many "
           "different teachers and noisy corridors. They want every teacher at Kingsbarrow to "
           "use her radio aid properly and for her reading and maths to catch up before GCSEs.")
    d.heading("How to communicate with Elsie", level=2)
    d.para("Face Elsie when you speak, make sure she can see your lips, and get her attention "
           "before you start. Check she has understood by asking her to tell you what she has "
           "to do, not by asking \u201cDo you understand?\u201d.")

    d.heading("Section B \u2013 Special educational needs (what Elsie finds difficult)", section="B")
    d.heading("Hearing, communication and interaction", level=2)
    d.para("Elsie has a bilateral moderate-to-severe sensorineural hearing loss and wears two "
           "behind-the-ear hearing aids with a Roger radio aid. In a quiet room, one to one, "
           "she follows conversation well. In a class of 30, in the hall or in the playground "
           "she misses a large part of what is said, particularly when the speaker turns away, "
           "and she relies heavily on lip-reading. Her vocabulary is about two years behind "
           "that of her hearing peers (British Picture Vocabulary Scale, October 2025), and she "
           "often does not know the subject words used in science, history and geography. She "
           "rarely tells an adult when she has not heard, and she tends to nod and copy what "
           "others do.")
    d.heading("Cognition and learning", level=2)
    d.para("The educational psychologist found that Elsie has mild learning difficulties, "
           "with verbal reasoning and working memory in the low-average to below-average range "
           "and visual reasoning in the average range. She reads accurately at about the level "
           "expected of an eight-year-old but her understanding of what she reads is weaker, "
           "because of gaps in vocabulary and background knowledge. In maths she does not yet "
           "know her times tables by heart, which slows her down on every calculation, and she "
           "loses track of problems with several steps.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Elsie has two close friends and is well liked, but she struggles to join in group "
           "conversations and games at break and lunch, and she sometimes withdraws to the "
           "edge of the group. Listening all day tires her greatly; by mid-afternoon she "
           "becomes tearful or switches off. She is anxious about moving to secondary school "
           "and has said she does not want other children to see her hearing aids.")
    d.heading("Independence and managing her hearing equipment", level=2)
    d.para("Elsie does not yet check her own hearing aids or radio aid, or tell an adult when "
           "a battery is flat, and she has gone most of a morning with a hearing aid that was "
           "not working. She will need to do this herself at secondary school.")

    d.heading("Section C \u2013 Health needs related to Elsie's SEN", section="C")
    d.para("Elsie's hearing loss was identified after the newborn hearing screen and confirmed "
           "by Ashwell Children's Hearing Centre at eight weeks. It is permanent and has been "
           "stable since 2021. She wears Phonak behind-the-ear hearing aids on both sides. She "
           "has had recurrent middle-ear infections, which make her hearing worse for a week or "
           "two at a time and which have been referred to the ENT clinic.")

    d.heading("Section D \u2013 Social care needs", section="D")
    d.para("No social care needs relating to Elsie's SEN or disability were identified. Her "
           "parents did not ask for a social care assessment; they know how to contact the "
           "Children with Disabilities Team if their circumstances change.")

    d.heading("Section E \u2013 Outcomes (what we want Elsie to achieve)", section="E")
    d.para("These outcomes run to the end of Year 7 (July 2027) unless a date is given. Her "
           "school will break each one into smaller steps every term and share them with "
           "Elsie and her parents.")
    d.numbered([
        "By the end of Year 7, Elsie will tell a teacher when she has not heard an instruction, using her agreed phrase, in at least four out of five lessons observed by the Teacher of the Deaf.",
        "Elsie will improve her vocabulary.",
        "By July 2026, Elsie will read and spell the Year 3 and 4 statutory word list with at least 90% accuracy.",
        "By the end of Year 7, Elsie will answer any multiplication fact up to 10 \u00d7 10 within three seconds, on three tests in a row.",
        "Elsie will feel happy and settled at her new school.",
        "Elsie will receive support from the Teacher of the Deaf.",
        "By October half-term 2026, Elsie will check her own hearing aids and radio aid each morning and tell an adult about any fault, without being reminded.",
        "Elsie will become a veterinary nurse.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 Special educational provision (the help Elsie will get)", section="F")
    d.para("The map below sets out the provision Elsie must have. A tick, or a word, in the "
           "Daily, Weekly or Termly column shows how often it happens. Unless a row says "
           "otherwise, the provision continues at Kingsbarrow Academy from September 2026, "
           "in term time, for the life of this plan.")
    header = ["Ref", "What will be provided", "Daily", "Weekly", "Termly",
              "Time each session", "Delivered by, and their training"]
    rows = [
        ["1", "Direct teaching from a Teacher of the Deaf, 1:1 in a quiet room, on listening skills, new curriculum vocabulary and asking for repetition or clarification; progress against Elsie's listening targets is reviewed with her parents each half-term",
         "", TICK, "", "45 minutes, once a week",
         "Qualified Teacher of the Deaf holding the mandatory qualification, Ashwell Sensory Support Service"],
        ["2", "Checking Elsie's hearing aids and radio aid (batteries, tubing and a Ling six-sound listening check), and sorting out or reporting any fault",
         TICK, "", "", "5 minutes at 8:45, before registration",
         "Teaching assistant shown how to do the checks by the Teacher of the Deaf, with a refresher every September"],
        ["3", "Class teachers to wear the Roger radio aid transmitter whenever it is practical to do so",
         TICK, "", "", "", "Class teacher"],
        ["4", "Pre-teaching of new topic words before each science, history and geography unit",
         "", TICK, "", "", "Class team"],
        ["5", "Speech and language therapy: the therapist will set Elsie's language targets and give school a programme to follow",
         "", "", TICK, "", "Speech and language therapist, Ashwell Community Health"],
        ["6", "A deaf peer group with other deaf pupils from Ashwell schools, meeting a deaf adult role model and practising how to explain her hearing needs to others",
         "", "Fortnightly", "", "1 hour, Wednesday afternoons",
         "Led by a Teacher of the Deaf (mandatory qualification) from Ashwell Sensory Support Service"],
        ["7", "Precision Teaching of high-frequency words and times-table facts, 1:1, with each probe recorded on a chart so that Elsie can see her progress",
         TICK, "", "", "10 minutes, straight after lunch",
         "HLTA who has completed Ashwell's Precision Teaching course"],
        ["8", "Reading comprehension taught through the Reciprocal Reading approach in a group of no more than four pupils, with the text given to Elsie the day before",
         "", "3 times", "", "30 minutes", "Year 6 class teacher"],
        ["9", "Small-group maths booster", "", TICK, "", "", "TA"],
        ["10", "Extra adult help in English and maths lessons", TICK, "", "",
         "Up to 10 hours a week", "Teaching assistant"],
        ["11", "Differentiated work and visual prompts, for example word mats, picture cues and writing frames",
         TICK, "", "", "All lessons", "Class teacher"],
        ["12", "Elsie's mum or dad to go over the week's spelling and vocabulary list with her at home",
         TICK, "", "", "10 minutes each evening", "Parents"],
        ["13", "ELSA sessions about worries around moving to secondary school, for the first term, then reviewed",
         "", TICK, "", "", "ELSA"],
        ["14", "Elsie can go to the library at lunchtime when she needs a break from listening",
         "", "", "", "", ""],
        ["15", "Six half-day transition visits to Kingsbarrow Academy between April and July 2026, the first two with the TA from row 2, including a tour of the quietest teaching rooms and a meeting with her future form tutor",
         "", "", "6 visits", "Half a school day each visit",
         "Planned by Kingsbarrow Academy's SENCO; the TA from row 2 goes with Elsie"],
        ["16", "Deaf awareness training for Kingsbarrow teaching staff before Elsie starts, if the Sensory Support Service has capacity",
         "", "", "", "", "Ashwell Sensory Support Service"],
        ["17", "Suitable assistive listening equipment for Kingsbarrow, to be agreed by the Sensory Support Service once Elsie's timetable is known",
         "", "", "", "", "Sensory Support Service"],
        ["18", "Subtitles switched on for every video clip shown in lessons, with a printed transcript whenever subtitles are not available",
         TICK, "", "", "Every lesson that uses video", "Class teacher and subject teachers"],
        ["19", "Advisory visits from the Teacher of the Deaf, at the level set by the Sensory Support Service's eligibility framework",
         "", "", "", "", "Teacher of the Deaf"],
        ["20", "Key Stage 2 tests taken in a separate room with no more than five other pupils, with 25% additional time and the maths questions read aloud by a teacher sitting facing Elsie so that she can lip-read",
         "", "", "May 2026", "Each test", "Year 6 class teacher; arranged by the SENCO"],
    ]
    # banner rows go before rows 1, 7, 13 and 17; the text sits in the first cell
    # and the row is merged across the table afterwards
    before = {
        0: "Hearing, listening and communication (outcomes E1, E2 and E7)",
        6: "Learning (outcomes E3 and E4)",
        12: "Wellbeing and the move to secondary school (outcome E5)",
        16: "Equipment, the classroom and tests (outcomes E3, E4 and E7)",
    }
    full = []
    banner_idx = []
    for i, r in enumerate(rows):
        if i in before:
            banner_idx.append(len(full))
            full.append([before[i]] + [""] * 6)
        full.append(r)
    t = d.table(header, full, widths_cm=[0.9, 5.4, 1.1, 1.75, 1.35, 2.6, 3.5], font_size=9,
                header_fill="C5E0B3")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for bi in banner_idx:
        row = t.rows[bi + 1]
        merged = row.cells[0].merge(row.cells[6])
        # keep only the banner text paragraph
        paras = merged.paragraphs
        for p in paras[1:]:
            p._p.getparent().remove(p._p)
        for run in merged.paragraphs[0].runs:
            run.bold = True
            run.font.size = Pt(9.5)
        tcpr = merged._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "E2EFD9")
        tcpr.append(shd)

    d.heading("Section G \u2013 Health provision", section="G")
    d.bullets([
        "Review at Ashwell Children's Hearing Centre every six months, with Elsie's hearing aids reprogrammed and new ear moulds made at each appointment.",
        "An ENT assessment of Elsie's recurrent ear infections when the clinic is able to offer an appointment.",
        "Replacement hearing aids at no cost to the family when the current aids are five years old (due June 2027), fitted by the Hearing Centre audiologist.",
    ])

    d.heading("Section H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("No provision is required under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970.")
    d.heading("Section H2 \u2013 Any other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2013 Placement (where Elsie will go to school)", section="I")
    d.para("Until the end of the summer term 2026: Fairbourne Church of England Primary "
           "School, Ashwell (mainstream voluntary aided primary school).")
    d.para("From 1 September 2026: Kingsbarrow Academy, Ashwell (mainstream academy for "
           "pupils aged 11 to 16).")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Elsie's parents have not asked for a personal budget.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.para("The following advice was gathered for the original assessment and the Year 6 "
           "review and is attached as appendices.")
    d.bullets([
        "Elsie's views \u2013 recorded by Mrs T. Okoro, Teacher of the Deaf, 3 November 2025",
        "Parents' views \u2013 Clare and Dominic Brannagh, 5 November 2025",
        "Educational advice \u2013 Mr J. Featherstone, SENCO, Fairbourne CE Primary School, 7 November 2025",
        "Advice from a qualified Teacher of the Deaf \u2013 Mrs T. Okoro, Ashwell Sensory Support Service, 4 November 2025",
        "Psychological advice \u2013 Dr Carys Ambrose, Educational Psychologist, 29 October 2025",
        "Medical advice \u2013 Ashwell Children's Hearing Centre, audiology report",
        "Speech and language therapy advice \u2013 Ms H. Nwosu, Speech and Language Therapist, Ashwell Community Health, 24 October 2025",
        "Social care \u2013 confirmation of no involvement, Children with Disabilities Team, 10 November 2025",
        "Year 6 annual review report \u2013 Fairbourne CE Primary School, 14 November 2025",
    ])
