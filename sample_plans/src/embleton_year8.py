"""Embleton Metropolitan Borough Council - Year 8 pupil with dyslexia, visual stress and
anxiety at a mainstream 11-16 academy, currently on a reduced (mornings-only) timetable.
Word Heading 1 headings numbered 1-12 with the title first and the section letter last in
brackets ('6. Special educational provision (Section F)'). Cover details in a shaded
two-column details table, plus a short 'About this plan' note. E is a list numbered
'Outcome 1' to 'Outcome 8'. F is one five-column table (Ref | Provision | Staff, and their
training | Minimum amount | How it will be reviewed) split into four groups by merged,
shaded banner rows naming the Section B area; refs run EM1-EM20 across the groups; some
cells hold a dash. H1 and H2 both say none. FINAL plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Isla Penwarden"


def _banner_table(d, header, groups, widths, font_size=9.5, fill="E2EFD9"):
    """One table; each group opens with a merged, shaded banner row."""
    rows = []
    banner_idx = []
    for banner, items in groups:
        banner_idx.append(len(rows) + 1)  # +1 for the header row
        rows.append([banner] + [""] * (len(header) - 1))
        rows.extend(items)
    t = d.table(header, rows, widths_cm=widths, font_size=font_size)
    for ri in banner_idx:
        row = t.rows[ri]
        first, last = row.cells[0], row.cells[len(header) - 1]
        merged = first.merge(last)
        for extra in merged.paragraphs[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        for p in merged.paragraphs:
            for r in p.runs:
                r.bold = True
        tcpr = merged._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)
    return t


def build(d):
    d.running_header_footer("Isla Penwarden  |  EHC Plan  |  Embleton MBC",
                            footer_left="FINAL  \u2013  issued 9 February 2026",
                            first_page_plain=True)
    d.title("Embleton Metropolitan Borough Council", size=13, color="385723")
    d.title("Education, Health and Care Plan", size=22, color="385723")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Name", "Isla Penwarden"),
        ("Known as", "Isla"),
        ("Date of birth", "14 March 2013"),
        ("NHS number", "999 613 2048"),
        ("UPN", "Z999000481256"),
        ("Home address", "27 Sandpiper Way, Embleton, ZY4 8LN"),
        ("Parents", "Rachel Penwarden and Gareth Penwarden"),
        ("Contact", "01632 960318 / 07700 900582, rachel.penwarden@example.org"),
        ("School and year group", "Coquet Bank Academy, Year 8"),
        ("Current attendance", "Reduced timetable, mornings only (8:40 to 12:15), since 6 October 2025"),
        ("Date of final plan", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC plan co-ordinator", "Lucy Farrington-Hale, SEND Assessment Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFD9")
    d.heading("About this plan", level=2)
    d.para("This plan was written after an EHC needs assessment requested by Isla's parents "
           "on 15 September 2025. Isla, Rachel and Gareth met the plan co-ordinator twice, "
           "once at home and once at school, and read the draft plan before it was finalised.")

    d.heading("1. Isla's views, interests and aspirations (Section A)", section="A")
    d.heading("What Isla told us", level=2)
    d.para("Isla spoke to the plan co-ordinator at home on 4 November 2025, with her mum in "
           "the room. She chose to answer some questions by writing on sticky notes instead "
           "of talking. These are her words.")
    d.para("\"I like drawing animals, horse riding on Sundays at my aunty's stables and "
           "looking after our two guinea pigs. I'm good at art and I'm kind to people. The "
           "words move about on the page and go blurry, and then I get a headache. I hate "
           "reading out loud because people laugh. The corridors at change-over are the worst "
           "thing, it's like being squashed. When I get panicky my chest goes tight and I "
           "can't think. I want to come back for full days but not all at once. When I'm "
           "older I want to be a vet or work with horses.\"")
    d.heading("What Isla's parents told us", level=2)
    d.para("Rachel and Gareth describe Isla as creative, caring and very hard on herself. "
           "They say that Isla's reading has always been much harder for her than for her "
           "younger brother Alfie, and that she has hidden it by being quiet in class. Since "
           "the start of Year 8 she has had stomach aches most mornings and has refused to "
           "go in on some days. They want Isla to get the specialist reading help she has "
           "never had, to feel safe at school, and to get back to full days at a pace she can "
           "cope with. They would like to be told each week how the reduced timetable is going.")

    d.heading("2. Isla's special educational needs (Section B)", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Isla has dyslexia, identified by the educational psychologist in November 2025. "
           "Her single-word reading is at about the level expected of a nine-year-old and "
           "her spelling at about an eight-year-old level. She reads slowly and guesses "
           "longer words from their first letters, so she often loses the meaning of what "
           "she has read. She has particular difficulty with phonological processing and "
           "with verbal working memory: she forgets the second and third parts of spoken "
           "instructions and cannot copy accurately from the board. Her written work is "
           "short, and she avoids words she cannot spell, so it does not show what she knows. "
           "Her verbal reasoning and her non-verbal reasoning are both in the average range. "
           "She has not yet learned her times tables beyond 2, 5 and 10, which slows her down "
           "in every maths lesson.")
    d.heading("Sensory and physical", level=2)
    d.para("Isla has visual stress (Meares-Irlen syndrome), assessed by her optometrist in "
           "June 2025. Black text on bright white paper and on interactive whiteboards "
           "appears to move and blur for her. After about ten minutes of reading she gets "
           "headaches and sore eyes, and her reading becomes slower and less accurate. A "
           "blue tint reduces these effects.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Isla has high levels of anxiety linked to reading in front of others, to crowded "
           "corridors and to lessons where she has to copy or write at length. When anxious "
           "she has panic attacks (a tight chest, fast breathing and crying), usually at "
           "lesson change-over or at the start of maths and English. She does not tell "
           "adults that she is struggling and instead leaves the room or asks to go to the "
           "toilet. Her attendance fell to 61% in the autumn term of Year 8 and she has "
           "been on a reduced timetable since 6 October 2025. She has two close friends "
           "but has started to avoid her wider friendship group.")
    d.heading("Communication and interaction", level=2)
    d.para("Isla's speech and language are within the expected range. Her difficulties with "
           "verbal working memory, described above, affect how much she takes in from long "
           "spoken explanations.")

    d.heading("3. Health needs related to Isla's SEN (Section C)", section="C")
    d.para("Isla wears glasses with a blue precision tint prescribed by Coquet Eyecare in "
           "June 2025. She has frequent tension headaches, which her GP links to visual "
           "stress and anxiety. Her GP referred her to the Embleton Child and Adolescent "
           "Mental Health Service (CAMHS) in September 2025 because of panic attacks; she has "
           "had one assessment appointment and is waiting for treatment.")

    d.heading("4. Social care needs (Section D)", section="D")
    d.para("No social care needs were identified during the assessment. Isla is not known "
           "to Embleton Children's Social Care, and the family did not ask for a social care "
           "assessment.")

    d.heading("5. Outcomes (Section E)", section="E")
    d.para("The outcomes below run to the end of Key Stage 3 (July 2027) unless a date is "
           "given. Coquet Bank will set short-term targets towards each outcome every half "
           "term and send them home with Isla's progress report.")
    d.numbered([
        "By the end of Year 9, Isla will read a passage at Year 7 level aloud to an adult at 90 words per minute with at least 95% accuracy.",
        "By July 2026, Isla will touch-type at 25 words per minute and use text-to-speech to check her homework before she hands it in.",
        "Isla will improve her spelling.",
        "By the start of the summer term 2026, Isla will attend full school days, and her attendance for the summer term 2026 will be at least 90%.",
        "Isla will feel happier and less worried at school.",
        "Isla will receive help from the Inclusion Room when she is anxious.",
        "By the end of Year 8, Isla will use her exit card or tell a teacher when she needs a break, rather than leaving a lesson without saying anything, on four out of five occasions.",
        "Isla will become a vet.",
    ], fmt="Outcome {n}")

    d.heading("6. Special educational provision (Section F)", section="F")
    d.para("The table sets out the special educational provision Isla needs. It applies in "
           "term time for as long as this plan is maintained. Amounts are the least Isla "
           "must receive. References (EM1 to EM20) are used in annual review reports.")
    header = ["Ref", "Provision", "Staff, and their training", "Minimum amount",
              "How it will be reviewed"]
    groups = [
        ("Reading, spelling and recording (Section B: cognition and learning)", [
            ["EM1",
             "Individual specialist literacy teaching using the Units of Sound programme, concentrating on decoding words of more than one syllable and on spelling patterns Isla has not yet secured",
             "Specialist dyslexia teacher with Approved Teacher Status (ATS) from the British Dyslexia Association, Embleton Learning Support Service",
             "Two 45-minute 1:1 lessons a week, held in the morning while Isla's timetable is reduced",
             "Reading and spelling re-tested by the same teacher at the end of each term; results sent home"],
            ["EM2",
             "Isla will join a reading catch-up group with other Year 8 pupils when a place becomes free",
             "Teaching assistant",
             "Three times a week",
             "Half-termly"],
            ["EM3",
             "Pre-teaching of the key words for the next science, history and geography topic, with the words printed on blue paper and practised until Isla can read each one aloud",
             "Higher level teaching assistant who has completed the Embleton dyslexia-friendly practice course",
             "20 minutes on Tuesday and Thursday mornings before period 1",
             "Word list checked with Isla at the end of each topic"],
            ["EM4",
             "Printed copies of lesson notes and homework so that Isla does not have to copy from the board, where possible",
             "Subject teachers",
             "All lessons",
             "\u2013"],
            ["EM5",
             "Touch-typing programme",
             "\u2013",
             "To be agreed at the first review meeting",
             "\u2013"],
            ["EM6",
             "A school laptop for Isla's sole use in every lesson and for homework, with Read&Write text-to-speech and the ClaroView screen tint set to the blue prescribed by her optometrist",
             "Set up by the school IT technician; Isla taught to use Read&Write by the specialist dyslexia teacher in EM1",
             "Issued from the first day of this plan; three 30-minute training sessions in the first half-term",
             "Use checked by the SENCO each half-term"],
            ["EM7",
             "Daily Precision Teaching of times tables and number bonds",
             "Teaching assistant who has completed Embleton's Precision Teaching training, supervised half-termly by the SENCO",
             "10 minutes every morning in tutor time (five times a week)",
             "Fluency chart checked every Friday by the SENCO"],
            ["EM8",
             "Parents to practise paired reading with Isla at home every evening",
             "Rachel and Gareth Penwarden",
             "15 minutes each evening",
             "Reading record checked weekly"],
        ]),
        ("Visual stress (Section B: sensory and physical)", [
            ["EM9",
             "Isla should have coloured overlays and tinted exercise books in lessons",
             "Staff",
             "\u2013",
             "\u2013"],
            ["EM10",
             "Every worksheet, test paper and homework sheet given to Isla printed on pale blue A4 paper in Arial 12 point with 1.5 line spacing, and interactive whiteboard slides set to a pale blue background",
             "Subject teachers; printing checked by the learning support administrator",
             "Every lesson and every homework task",
             "Spot check of one week's materials by the SENCO each half-term"],
        ]),
        ("Anxiety and attendance (Section B: social, emotional and mental health)", [
            ["EM11",
             "Isla's return to full days: periods 1 to 3 every day until the February half-term; from 23 February 2026 she also stays for period 4 on Mondays, Wednesdays and Fridays; from 20 April 2026 she attends the full school day",
             "Head of Year 8, who leads Isla's attendance plan",
             "As set out in the dates given; a fortnightly 20-minute meeting with Isla and a parent throughout the return",
             "Progress reported at the fortnightly meeting; any change to the dates made only by amending this plan"],
            ["EM12",
             "Other changes to Isla's school day, for example leaving lessons early to miss the busy corridors, as the pastoral team judges best",
             "Pastoral team",
             "\u2013",
             "\u2013"],
            ["EM13",
             "A 10-minute check-in each morning before registration in the Inclusion Room, going through the day's timetable, any cover lessons and room changes",
             "Isla's named key adult, Mrs K. Ostrowska (pastoral support worker)",
             "Every school day at 8:40, 10 minutes",
             "Isla's views collected at the fortnightly meeting in EM11"],
            ["EM14",
             "CBT-informed sessions to help Isla manage her panic attacks",
             "School counsellor",
             "Weekly for an initial six weeks, then reviewed",
             "\u2013"],
            ["EM15",
             "Isla can use the Inclusion Room at break and lunch and whenever she feels anxious in class",
             "Inclusion Room staff",
             "As she needs it",
             "\u2013"],
            ["EM16",
             "Emotional literacy sessions with the school ELSA about recognising and managing worry",
             "ELSA",
             "Up to six sessions per half-term",
             "ELSA record"],
            ["EM17",
             "Starving the Anxiety Gremlin programme in a group of no more than five Year 8 and Year 9 pupils",
             "Pastoral support worker trained as an ELSA by the Embleton Educational Psychology Service, with half-termly supervision from an educational psychologist",
             "One 40-minute session every Wednesday for 12 weeks, starting in the week of 2 March 2026",
             "Isla's anxiety rating scale completed at sessions 1, 6 and 12"],
            ["EM18",
             "Mentoring to build Isla's confidence, reducing once her attendance reaches 90%",
             "Learning mentor",
             "30 minutes a week",
             "Attendance figures"],
        ]),
        ("Across the curriculum", [
            ["EM19",
             "Access arrangements for class tests and end-of-year exams in line with the academy's exams policy",
             "Exams officer",
             "Class tests and end-of-year exams",
             "\u2013"],
            ["EM20",
             "A visit from the Specialist Teaching Service to advise Isla's teachers on dyslexia-friendly strategies",
             "Specialist Teaching Service",
             "Annually",
             "\u2013"],
        ]),
    ]
    _banner_table(d, header, groups, widths=[1.3, 5.6, 3.8, 3.4, 2.5])

    d.heading("7. Health provision (Section G)", section="G")
    d.bullets([
        "A yearly check of Isla's tinted lenses by her optometrist at Coquet Eyecare, with new lenses supplied whenever the tint or prescription changes.",
        "Paracetamol for headaches, as required, given by a trained first-aider in the school office with Rachel's written consent.",
        "Treatment for anxiety from CAMHS once Isla comes off the waiting list.",
    ])

    d.heading("8. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Section H1)", section="H1")
    d.para("None. Isla has not been assessed as needing any social care provision.")
    d.heading("9. Other social care provision (Section H2)", section="H2")
    d.para("None.")

    d.heading("10. Placement: name and type of school (Section I)", section="I")
    d.para("Coquet Bank Academy, Embleton (mainstream academy, 11\u201316).")

    d.heading("11. Personal budget (Section J)", section="J")
    d.para("Isla's parents have not asked for a personal budget.")

    d.heading("12. Advice and information (Section K)", section="K")
    d.para("The following advice was gathered during the assessment and is attached as "
           "appendices to this plan.")
    d.bullets([
        "Isla's views, recorded by Lucy Farrington-Hale, EHC plan co-ordinator, 4 November 2025",
        "Parents' views, Rachel and Gareth Penwarden, 4 November 2025",
        "Educational advice, Mrs J. Whitlock, SENCO, Coquet Bank Academy, 12 November 2025",
        "Psychological advice, Dr S. Qureshi, Educational Psychologist, 20 November 2025",
        "Medical advice, Dr A. Lindqvist, Community Paediatrician, 18 November 2025",
        "Optometry report, Coquet Eyecare",
        "Specialist teacher advice, Ms H. Brack, Embleton Learning Support Service, 24 November 2025",
        "Social care advice, Embleton Children's Social Care, 10 November 2025",
    ])
