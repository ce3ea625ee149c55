"""Westdale County Council - Year 3 pupil with dyslexia, developmental coordination
disorder (dyspraxia) and anxiety at a mainstream community junior school. Word Heading 1
headings written as plain-English questions with the statutory title in brackets
('Section F \u2013 What help will I get? (special educational provision)'). Cover details
as a two-column details table. E is numbered E1-E7. Section F is in two parts: part 1 is
one four-column table (Ref | Provision | Staffing and expertise | Time each week) whose
rows are grouped under shaded area-of-need banner rows merged across the table, refs
coded by area (CL1, PM1, SE1); part 2 is a bulleted list of provision that happens less
often than weekly. H1 and H2 both 'None'. FINAL plan."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Maisie Tranter"


def _fill(cell, colour):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcpr.append(shd)


def _banners(table, row_indexes, colour="E2EFD9"):
    """Merge each banner row across the table and shade it."""
    for ri in row_indexes:
        row = table.rows[ri]
        merged = row.cells[0].merge(row.cells[len(row.cells) - 1])
        # drop the empty paragraphs left behind by the merge
        paras = merged.paragraphs
        for p in paras[1:]:
            if not p.text.strip():
                p._p.getparent().remove(p._p)
        for r in merged.paragraphs[0].runs:
            r.bold = True
        _fill(merged, colour)


def build(d):
    d.simple_footer("Westdale County Council  \u2022  EHC Plan (final)  \u2022  Maisie Tranter  \u2022  OFFICIAL-SENSITIVE")
    d.title("Westdale County Council", size=13, color="385723")
    d.title("Education, Health and Care Plan", size=21, color="385723")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Maisie Tranter"),
        ("Date of birth", "14/02/2018"),
        ("Year group", "Year 3 (2025/26)"),
        ("NHS number", "999 603 2147"),
        ("UPN", "T999000582316"),
        ("Home address", "27 Lapwing Close, Ulverby, ZY4 6TN"),
        ("Parents", "Gemma Tranter and Daniel Tranter"),
        ("Contact", "01632 960718 / 07700 900263 / gemma.tranter@example.org"),
        ("School", "Ulverby Junior School"),
        ("Date plan finalised", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Priya Wadhwani, Westdale SEND Assessment Team"),
    ], widths_cm=(5.0, 11.5), fill="E2EFD9")

    d.heading("Section A \u2013 About me: what I think and what my family think", section="A")
    d.heading("What Maisie told us", level=2)
    d.para("Maisie shared her views with Mrs Okafor, her teaching assistant, on 12 November "
           "2025, using a drawing of herself and a set of 'happy / OK / not happy' cards. "
           "Mrs Okafor wrote down her words exactly.")
    d.para("\"I like drawing horses and my guinea pigs, Biscuit and Crumble. I like it when "
           "we do art and when it's wet play and we can make things. I don't like reading out "
           "loud because the words jump about and people might laugh. My tummy hurts on "
           "Monday mornings. I wish I could do my writing on a computer. When I grow up I want "
           "to look after animals, like a vet or at a farm.\"")
    d.heading("What Maisie's parents told us", level=2)
    d.para("Gemma and Daniel describe Maisie as kind, imaginative and very caring towards her "
           "big brother Alfie and the family's pets. They say she works hard but is starting "
           "to call herself \"stupid\" and is getting upset about school, with stomach aches "
           "and tears most Sunday evenings. They would like her to get specialist teaching for "
           "her dyslexia now, before she falls further behind, and for school to understand how "
           "tiring writing and getting dressed are for her. Their hope is that she will enjoy "
           "learning again and go up to secondary school able to read well enough to follow "
           "her interests.")

    d.heading("Section B \u2013 What do I find difficult? (special educational needs)", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has dyslexia (specialist teacher assessment, October 2025). Her phonological "
           "awareness and phonological memory are both well below average, while her verbal "
           "reasoning is in the average range. On the York Assessment of Reading for "
           "Comprehension (October 2025, age 7 years 8 months) her reading accuracy was at the "
           "level expected of a child of 5 years 11 months. She knows most single letter sounds "
           "but is not secure with digraphs such as 'ai', 'ee' and 'igh', and she cannot yet "
           "blend words of more than four sounds. She reads about 20 of the first 100 "
           "high-frequency words on sight. Her spelling is phonetically unpredictable, and she "
           "avoids writing words she is unsure of, so her written work is very short. She finds "
           "it hard to remember new topic words and instructions with more than two steps.")
    d.heading("Sensory and physical", level=2)
    d.para("Maisie has developmental coordination disorder (community paediatrician, June "
           "2025). She holds her pencil in a tight fist grip, presses very hard and tires after "
           "a few lines. Her letters vary in size, several are formed from the bottom, and she "
           "reverses b, d and p. She cannot yet cut along a curved line or open her lunch box "
           "and yoghurt without help. She takes much longer than other children to change for "
           "PE and swimming and cannot do up small buttons or a coat zip. In PE and at play she "
           "has poor balance, bumps into others and falls more than her peers.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie shows a high level of anxiety in school, especially about reading aloud, "
           "tests and changes to the usual routine. She clings to her mother at the gate on "
           "most mornings and on two or three days a week takes more than 15 minutes to "
           "separate. When she is worried she goes quiet, hides under the table or asks to go "
           "to the toilet repeatedly, and she then misses teaching. She compares herself with "
           "her classmates and has low self-esteem about learning. She does not yet have "
           "words for her feelings or a way of calming herself.")
    d.heading("Communication and interaction", level=2)
    d.para("Maisie's spoken language and social communication are within the expected range, "
           "and no special educational needs were identified in this area.")

    d.heading("Section C \u2013 My health needs", section="C")
    d.para("Maisie's developmental coordination disorder was diagnosed by Dr S. Lindqvist, "
           "community paediatrician, at Westdale Child Development Centre. She has mild asthma, "
           "brought on by cold air and exercise, and uses a salbutamol inhaler. Her GP has "
           "recorded stomach aches and poor sleep linked to anxiety, and referred her to the "
           "children's emotional wellbeing service in December 2025.")

    d.heading("Section D \u2013 My social care needs", section="D")
    d.para("Maisie is not known to children's social care. The Westdale Early Help Hub "
           "confirmed on 20 November 2025 that no social care needs relating to her special "
           "educational needs have been identified.")

    d.heading("Section E \u2013 What do we want me to achieve? (outcomes)", section="E")
    d.para("These outcomes run to the end of Year 4 (July 2027) unless a date is given. Ulverby "
           "Junior School will set small steps towards them each term and share them with "
           "Maisie and her parents.")
    d.numbered([
        "By July 2027, Maisie will read a book at Phase 5 of Letters and Sounds aloud to an adult with at least 90% accuracy.",
        "Maisie will get better at spelling.",
        "By the end of Year 3, Maisie will write three sentences in a row with all lower-case letters formed correctly and sitting on the line, using a relaxed pencil grip.",
        "By July 2026, Maisie will be supported by an adult to get changed for PE.",
        "By the May half-term of 2026, Maisie will say goodbye to her parent at the gate and go into class within five minutes on at least four mornings in every five.",
        "Maisie will be more confident.",
        "By the end of Year 4, Maisie will name two worries to her ELSA and choose a calming strategy from her card to use when she feels anxious in class, on most occasions.",
    ], fmt="E{n}")

    d.heading("Section F \u2013 What help will I get? (special educational provision)", section="F")
    d.para("Ulverby Junior School and Westdale County Council must make this provision in term "
           "time for as long as this plan is in place. Part 1 lists the help Maisie gets every "
           "week, grouped by area of need. Part 2 lists help that happens less often.")
    d.heading("Part 1: Weekly provision", level=2)
    t = d.table(["Ref", "Provision", "Staffing and expertise", "Time each week"], [
        ["Cognition and learning (outcomes E1 and E2)", "", "", ""],
        ["CL1",
         "Individual specialist teaching using the Beat Dyslexia scheme, starting at Book 1: sound awareness games, letter-sound links, blending and segmenting, and spelling the first 100 high-frequency words.",
         "Specialist dyslexia teacher from the Westdale Learning Support Service who holds Approved Teacher Status (ATS) from the British Dyslexia Association",
         "Three 30-minute sessions (1 hour 30 minutes)"],
        ["CL2",
         "Precision Teaching of high-frequency words, ten words at a time, ending each session with a one-minute timed reading probe that is plotted on Maisie's progress chart.",
         "Teaching assistant who has completed Westdale's half-day Precision Teaching course",
         "10 minutes every morning before registration (50 minutes)"],
        ["CL3",
         "Extra reading practice in a small group with other children who need a boost.",
         "Year 3 class team",
         "Several times a week"],
        ["CL4",
         "A spelling programme will be put in place once the specialist teacher's assessment of Maisie's spelling has been completed.",
         "Teaching assistant",
         "To be agreed after assessment"],
        ["CL5",
         "Maisie will have access to a laptop or tablet for longer pieces of writing.",
         "Class teacher",
         "When appropriate"],
        ["Sensory and physical (outcomes E3 and E4)", "", "", ""],
        ["PM1",
         "Direct occupational therapy, 1:1, on pencil grip, letter formation, cutting with scissors, and doing up buttons and zips. The therapist writes a short programme for school after each block.",
         "HCPC-registered occupational therapist, Westdale Children's Therapy Service",
         "One 45-minute session every fortnight (a block of six sessions each term)"],
        ["PM2",
         "Fine-motor warm-up from the occupational therapist's programme (theraputty, pegboard and tweezer games), followed by handwriting practice from Write from the Start.",
         "Teaching assistant trained by the occupational therapist, with a refresher at the start of each block",
         "15 minutes each afternoon straight after lunch (1 hour 15 minutes)"],
        ["PM3",
         "Help with undressing and dressing for PE and swimming, gradually withdrawn as Maisie becomes more independent.",
         "An adult from the class",
         "10 minutes before and after each PE and swimming lesson"],
        ["PM4",
         "The handwriting equipment listed in the occupational therapy report of 12 November 2025.",
         "Class teacher",
         "Every lesson that involves writing"],
        ["PM5",
         "Motor skills group to develop Maisie's balance and coordination.",
         "PE coach",
         "Weekly, depending on staffing"],
        ["Social, emotional and mental health (outcomes E5, E6 and E7)", "", "", ""],
        ["SE1",
         "Maisie is met at the side gate by Mrs Okafor, who walks into school with her and goes through her picture timetable for the day, pointing out anything that is different.",
         "Named teaching assistant (Mrs Okafor)",
         "5 minutes at 8:40 every school day"],
        ["SE2",
         "Individual emotional literacy sessions following a six-week plan written with the educational psychologist: naming feelings, noticing where worry shows in her body, and practising 'five-finger breathing' and her worry box.",
         "ELSA who completed the Westdale ELSA training in 2024 and has half-termly group supervision from an educational psychologist",
         "One 30-minute session a week in two six-week blocks (autumn and spring terms)"],
        ["SE3",
         "Maisie can have time in the class calm corner if she becomes upset.",
         "Class staff",
         "When needed"],
        ["SE4",
         "Nurture group sessions, reducing to once a week after the first term and ending when the class teacher feels Maisie is settled.",
         "Nurture group staff",
         "Three afternoons a week to start with"],
    ], widths_cm=[1.3, 7.6, 4.4, 3.3], font_size=9.5, header_fill="C5E0B3")
    _banners(t, [1, 7, 13])

    d.heading("Part 2: Provision that happens less often than weekly", level=2)
    d.bullets([
        "Every half-term, the SENCO (who holds the National Award for SEN Co-ordination), Maisie's class teacher and her parents will meet for 20 minutes to check her progress against each outcome in Section E and agree the next small steps.",
        "In class tests, and in the multiplication tables check in Year 4, a teaching assistant trained as a test reader will read the questions aloud, and Maisie will have 25% extra time in the Year 3 group room with no more than five other pupils.",
        "The educational psychologist will advise school staff on managing Maisie's anxiety once a year.",
        "A specialist teacher from the Learning Support Service will visit each term to advise on Maisie's literacy programme, funding permitting.",
        "Before the move to Year 4, Maisie will visit her new classroom and meet her new teacher, with extra visits arranged where possible.",
        "Maisie's parents will carry out reading and spelling practice with her at home every evening, using the materials the dyslexia teacher sends home.",
    ])

    d.heading("Section G \u2013 Help from health services", section="G")
    d.bullets([
        "A salbutamol (blue) inhaler and spacer kept in the Year 3 classroom, two puffs given as required for wheeze or breathlessness by a trained first aider, in line with Maisie's individual healthcare plan.",
        "Review of Maisie's developmental coordination disorder by the community paediatrician at Westdale Child Development Centre every 12 months.",
        "Assessment by the children's emotional wellbeing service for Maisie's anxiety once she reaches the top of the waiting list.",
    ])

    d.heading("Section H1 \u2013 Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("None.")
    d.heading("Section H2 \u2013 Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I \u2013 My school (placement)", section="I")
    d.para("Ulverby Junior School, Ulverby (mainstream community junior school, Years 3 to 6).")

    d.heading("Section J \u2013 Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget.")

    d.heading("Section K \u2013 Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Gemma and Daniel Tranter, 10 November 2025",
        "Maisie's views \u2013 gathered by Mrs A. Okafor, teaching assistant, 12 November 2025",
        "Educational advice \u2013 Mrs H. Brightwell, SENCO, Ulverby Junior School, 14 November 2025",
        "Specialist teacher advice \u2013 Mrs C. Vaughan, Westdale Learning Support Service, 21 October 2025",
        "Psychological advice \u2013 Dr K. Ansah, Educational Psychologist, 25 November 2025",
        "Medical advice \u2013 Dr S. Lindqvist, Community Paediatrician, 18 November 2025",
        "Occupational therapy advice \u2013 Ms R. Pugh, Occupational Therapist, 12 November 2025",
        "Social care advice \u2013 Westdale Early Help Hub",
    ])
