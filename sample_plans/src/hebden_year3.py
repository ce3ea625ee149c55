"""Calderholme Metropolitan Borough Council - Year 3 child with selective mutism and anxiety
at a mainstream community primary school. Word Heading 1 headings with a colon and a
personalised title ('Section F: The special educational provision Nia needs'); Heading 2
area sub-headings. Cover details in a two-column details table. E is a numbered list
'1.'-'8.'. F is four area tables, each with the columns Ref | Provision | Staff and training |
Minutes x times | Where, the amount written in a terse provision-map style ('15 x 3 a week'),
one blank Staff cell and dashes in some Where cells. H1 and H2 separate. FINAL plan."""

TITLE = "Education, Health and Care Plan - Nia Featherstone"

HEAD = ["Ref", "Provision", "Staff and training", "Minutes \u00d7 times", "Where"]
WIDTHS = [1.2, 6.6, 3.9, 2.7, 2.2]


def _ftable(d, rows):
    d.table(HEAD, rows, widths_cm=WIDTHS, font_size=9.5, header_fill="E2EFD9")


def build(d):
    d.running_header_footer("Calderholme MBC  \u2022  Education, Health and Care Plan  \u2022  Nia Featherstone",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Calderholme Metropolitan Borough Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=22, color="385623")
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Nia Featherstone"),
        ("Date of birth", "14/02/2018"),
        ("NHS number", "999 613 2047"),
        ("UPN", "H999611720408"),
        ("Home address", "27 Ashlar Row, Calderholme, ZY4 6PN"),
        ("Parents", "Rebecca Featherstone (mother) and Tomasz Wilk (father)"),
        ("Contact", "01632 960714 / 07700 900583  \u2013  rebecca.featherstone@example.org"),
        ("School and year group", "Ravenscliffe Lane Primary School, Year 3"),
        ("Date plan finalised", "9 March 2026"),
        ("Annual review due by", "8 March 2027"),
        ("EHC co-ordinator", "Priya Lindqvist, Calderholme SEN Assessment Team"),
    ])

    d.heading("Section A: Nia's views, interests and aspirations", section="A")
    d.heading("What Nia told us", level=2)
    d.para("Nia does not yet speak to adults at school, so her views were gathered at home by "
           "her mum, who asked the questions from the EHC co-ordinator, and by her keyworker "
           "at school using a sorting board with happy, OK and sad faces (January 2026). Nia "
           "whispered her answers to her mum, who wrote them down word for word.")
    d.para("\"I like drawing horses and doing the Lego with Alfie. At school I like art and "
           "the reading corner. I don't like it when everybody looks at me and waits. My "
           "tummy goes tight and my words get stuck. I like it when Miss lets me point. I "
           "want to be brave enough to say my name in the register. When I'm big I want to "
           "look after horses.\"")
    d.para("On the sorting board Nia put 'assembly', 'lunch hall' and 'reading to the "
           "teacher' on the sad face, and 'art', 'the small room' and 'home time' on the "
           "happy face.")
    d.heading("What Nia's parents say", level=2)
    d.para("Rebecca and Tomasz describe Nia as chatty, funny and bossy at home, especially "
           "with her little brother Alfie, who is four. They find it hard that teachers only "
           "see a quiet girl who will not answer. They worry that she does not eat or use the "
           "toilet all day at school and comes home exhausted and tearful. Their hope is that "
           "Nia will talk to her teacher by the end of Year 4, enjoy school and keep the "
           "friends she has.")

    d.heading("Section B: Nia's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Nia has selective mutism, identified by the Calderholme speech and language "
           "therapy service in October 2025. Her language skills are age-appropriate; the "
           "difficulty is that she cannot speak to adults or to most children at school. She "
           "talks freely at home and whispers to one friend in the playground. When an adult "
           "asks her a direct question she freezes, looks down and may stay frozen for "
           "several minutes. She cannot answer the register, ask to go to the toilet, tell an "
           "adult she is hurt or read aloud. She will nod, point and write short answers "
           "when she is not being watched.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Nia has high levels of anxiety in school. She finds the morning separation from "
           "her mum very hard and cries at the door on most days. She does not eat her lunch "
           "in the dining hall and will not join games at lunchtime. She rarely starts an "
           "interaction with other children and is at risk of being left out. She cannot "
           "yet recognise or name the early signs of worry, and has no strategies of her own "
           "to calm down.")
    d.heading("Cognition and learning", level=2)
    d.para("Nia's understanding is broadly in line with her age. Because she cannot read "
           "aloud or answer questions, teachers find it hard to know what she knows. She "
           "has not learned many of the Year 2 common exception words, because she will "
           "not ask for help with spelling, and her written work is short. In maths she "
           "avoids tasks that she thinks she may get wrong in front of others, and she is "
           "working below age-related expectations in number.")
    d.heading("Sensory and physical", level=2)
    d.para("Nia is very sensitive to noise and becomes distressed in assemblies and in the "
           "dining hall. She holds on all day rather than use the busy Key Stage 2 toilets, "
           "which has led to constipation and stomach pain.")

    d.heading("Section C: Nia's health needs", section="C")
    d.para("Nia is under the care of a community paediatrician at Calderholme Child "
           "Development Centre, who confirmed the diagnosis of selective mutism together "
           "with the speech and language therapist and referred her to CAMHS for anxiety "
           "(November 2025). She has chronic constipation linked to avoiding the toilet at "
           "school and takes a laxative prescribed by the paediatrician.")

    d.heading("Section D: Nia's social care needs", section="D")
    d.para("No social care needs relating to Nia's SEN were identified. Her parents were "
           "offered a social care assessment on 12 December 2025 and declined it.")

    d.heading("Section E: Outcomes for Nia", section="E")
    d.para("The outcomes below run to the end of Key Stage 2 unless a date is given. Nia's "
           "class teacher and the SENCO will set smaller steps towards them each term and "
           "share these with her parents at the half-termly review (see SE-7).")
    d.numbered([
        "By July 2026, Nia will answer her keyworker's questions in a quiet voice in the small group room in at least four out of five sliding-in sessions.",
        "By July 2027, Nia will answer the morning register aloud to her class teacher on at least three days a week.",
        "Nia will feel more confident at school.",
        "By the end of the spring term 2027, Nia will show her worry level on her 1\u20135 scale and choose a calming strategy without an adult prompt on four out of five occasions seen by her ELSA.",
        "Nia will access small group work with the ELSA.",
        "By July 2027, Nia will spell the Year 2 and Year 3 common exception words correctly in a written test with at least 90% accuracy.",
        "By July 2026, Nia will eat her lunch in the dining hall with her class every school day.",
        "Nia will be happy and make friends.",
    ])

    d.heading("Section F: The special educational provision Nia needs", section="F")
    d.para("The provision below is made in term time for as long as this plan is in force. "
           "In the 'Minutes \u00d7 times' column, '15 \u00d7 3 a week' means three sessions "
           "of 15 minutes each week. Nia's keyworker is a named teaching assistant at "
           "Ravenscliffe Lane.", italic=True)

    d.heading("Communication and interaction (outcomes 1 and 2)", level=2)
    _ftable(d, [
        ["CI-1",
         "Sliding-in sessions following the small-steps programme in The Selective Mutism Resource Manual (2nd edition): Nia talks to her mum in the small group room while her keyworker is gradually brought into the conversation, until Nia is talking to the keyworker with her mum out of the room",
         "Teaching assistant who is Nia's named keyworker and has completed Calderholme's one-day selective mutism training",
         "15 \u00d7 3 a week (Mon, Wed, Fri at 3.20 pm)",
         "Small group room beside Year 3"],
        ["CI-2",
         "Consultation visit from the speech and language therapist to look at how the sliding-in is going and give advice to Nia's keyworker and class teacher",
         "Speech and language therapist, Calderholme Children's Therapy Service",
         "One visit each term",
         "School"],
        ["CI-3",
         "A one-page communication passport, written with Nia and kept on the class teacher's desk, telling every adult (including supply teachers) not to ask Nia direct questions that need a spoken reply, and to accept her thumbs-up, pointing and written answers instead",
         "Class teacher; the SENCO updates the passport with Nia and her parents",
         "Used in every lesson; updated once each half-term",
         "All lessons"],
        ["CI-4",
         "Chances to talk in smaller groups when Nia seems ready",
         "Class staff",
         "As and when",
         "Classroom"],
        ["CI-5",
         "Other ways to show what she has learned in place of reading aloud or speaking in front of the class, e.g. recording her voice on the class iPad at home, sorting cards or writing her answer",
         "Class teacher",
         "When needed",
         "Classroom"],
        ["CI-6",
         "Teaching staff to use the approaches set out in the educational psychology advice of 18 November 2025 (Appendix 4)",
         "All staff",
         "Throughout the school day",
         "Across school"],
    ])

    d.heading("Social, emotional and mental health (outcomes 3, 4, 7 and 8)", level=2)
    _ftable(d, [
        ["SE-1",
         "Morning handover at the Year 3 door: Nia's keyworker greets Nia and her mum at 8.40 am and goes through the picture timetable with her before she hangs up her coat",
         "Keyworker teaching assistant",
         "10 \u00d7 every school day",
         "Year 3 cloakroom"],
        ["SE-2",
         "Individual anxiety sessions using 'Starving the Anxiety Gremlin for Children Aged 5\u20139', teaching Nia to notice worry in her body, rate it on her 1\u20135 worry scale and use balloon breathing or her squeeze ball",
         "ELSA who has completed the Calderholme ELSA course and attends half-termly group supervision with an educational psychologist",
         "30 \u00d7 1 a week, every week of the autumn and spring terms",
         "ELSA room"],
        ["SE-3",
         "A calm space Nia can access if she becomes overwhelmed",
         "",
         "When required",
         "Library book corner"],
        ["SE-4",
         "Small nurture group to build Nia's confidence and friendships",
         "Nurture staff",
         "Weekly",
         "The Nest"],
        ["SE-5",
         "Help at lunchtime to eat her packed lunch at the quieter end table and join a calm game on the playground afterwards",
         "Midday supervisor",
         "Each day, reducing as she grows in confidence",
         "Dining hall and KS2 playground"],
        ["SE-6",
         "Mum and Dad to carry on the 'talking ladder' games at home, inviting a family friend in for a few minutes while Nia plays a talking game",
         "Parents",
         "Most evenings",
         "Home"],
        ["SE-7",
         "Half-termly review meeting to update Nia's sliding-in targets, talking map and worry scale with her parents and keyworker, and to agree the next small step",
         "SENCO (National Award for SEN Co-ordination)",
         "30 \u00d7 once each half-term (6 a year)",
         "SENCO office"],
    ])

    d.heading("Cognition and learning (outcome 6)", level=2)
    _ftable(d, [
        ["CL-1",
         "Precision Teaching of the Year 2 and Year 3 common exception words, with Nia writing or pointing to each word on the probe sheet so that she never has to read aloud",
         "Teaching assistant trained in Precision Teaching by the Calderholme Learning Support Service",
         "10 \u00d7 4 a week (Mon\u2013Thu, 2.45 pm)",
         "Year 3 shared area"],
        ["CL-2",
         "In-class adult help during English and maths, checking Nia has understood the task and giving her a written 'help' card she can hand over",
         "Teaching assistant",
         "Up to 1 hour a day",
         "Classroom"],
        ["CL-3",
         "Writing catch-up group, with the focus and number of sessions worked out by the class teacher each term",
         "Class teacher",
         "Decided termly by the class teacher",
         "\u2014"],
        ["CL-4",
         "Maths taught with Numicon in a group of no more than five Year 3 pupils, with answers shown on mini-whiteboards or with the Numicon shapes rather than said aloud",
         "HLTA who has completed the Numicon Intervention Programme training",
         "30 \u00d7 3 a week (Tue, Wed and Thu mornings)",
         "Group room"],
    ])

    d.heading("Sensory, physical and independence (outcomes 7 and 8)", level=2)
    _ftable(d, [
        ["SP-1",
         "Ear defenders kept in Nia's drawer, and a seat on the end of the row nearest the door in assembly with her keyworker beside her",
         "Keyworker teaching assistant",
         "Every assembly (20 \u00d7 3 a week)",
         "School hall"],
        ["SP-2",
         "A toilet pass so Nia can use the single toilet by the school office instead of the busy KS2 toilets, if the headteacher approves",
         "Class teacher",
         "Any time in lessons",
         "Office corridor"],
        ["SP-3",
         "Enhanced transition to Year 4, with the details to be agreed with Nia's parents in the summer term",
         "SENCO",
         "To be agreed",
         "\u2014"],
    ])

    d.heading("Section G: Health provision", section="G")
    d.bullets([
        "Review by the community paediatrician at Calderholme Child Development Centre every six months, covering Nia's anxiety and her constipation.",
        "Laxative (Movicol Paediatric) as prescribed by the paediatrician, given at home before and after school; no doses are needed during the school day.",
        "CAMHS help with anxiety once Nia reaches the front of the queue.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("None. No social care needs were identified (see Section D).")
    d.heading("Section H2: Any other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I: Placement", section="I")
    d.para("Ravenscliffe Lane Primary School, Calderholme (mainstream community primary school maintained by the local authority).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Nia's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Nia's views \u2013 gathered at home by her mother and at school by her keyworker, January 2026",
        "Parents' views \u2013 Rebecca Featherstone and Tomasz Wilk, 6 January 2026",
        "Educational advice \u2013 Mrs G. Okonjo, SENCO, Ravenscliffe Lane Primary School, 21 November 2025",
        "Educational psychology advice \u2013 Dr Elin Castellanos, Educational Psychologist, 18 November 2025",
        "Medical advice \u2013 Dr R. Baptiste, Community Paediatrician, 2 December 2025",
        "Speech and language therapy advice \u2013 Calderholme Children's Therapy Service",
        "Social care advice \u2013 Calderholme Children's Social Care, Early Help Hub, 12 December 2025",
    ])
