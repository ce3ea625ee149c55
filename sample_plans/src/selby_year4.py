"""Wharfemoor Council - Year 4 pupil with autism and sensory processing differences at a
mainstream primary school with an autism resource base (the Linnet Base). Cover title lines
and a two-column details table. Word Heading 1 headings 'Section A: Views, Interests and
Aspirations' (title case after a colon); area-of-need Heading 2 sub-headings in B. E is a
list numbered E1-E7. Section F is grouped by outcome: each group opens with a shaded
one-cell box naming the outcome it works towards, followed by prose provision statements
numbered 1.1, 1.2 ... 6.3 (details written into the sentence, no columns). H1/H2 split.
Simple centred footer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Theo Ashdown-Pryce"


def _towards(d, text):
    """A shaded one-cell box over each group of provision."""
    d.table([text], [], widths_cm=[16.6], header_fill="E2EFDA")


def build(d):
    d.simple_footer("Wharfemoor Council  \u2022  Final EHC Plan  \u2022  Theo Ashdown-Pryce  "
                    "\u2022  Issued 23 February 2026  \u2022  OFFICIAL-SENSITIVE")
    d.title("Wharfemoor Council", size=13, color="385623")
    d.title("Education, Health and Care Plan", size=21, color="385623")
    d.para("Final plan", bold=True, size=12)
    d.details_table([
        ("Child's name", "Theo Ashdown-Pryce"),
        ("Date of birth", "3 November 2016"),
        ("NHS number", "999 318 4472"),
        ("Unique pupil number", "R999000271828"),
        ("Home address", "14 Tanner's Row, Hemsgate, XJ4 6DP"),
        ("Parents", "Laura Pryce and Daniel Ashdown"),
        ("Contact", "01632 960318 (home), 07700 900527 (Laura), laura.pryce@example.org"),
        ("School and year group", "Hemsgate Primary School, Linnet Base (autism resource base); Year 4"),
        ("Date of this final plan", "23 February 2026"),
        ("Annual review to be held by", "22 February 2027"),
        ("EHC co-ordinator", "Priya Lindgren-Hale, Wharfemoor SEND Assessment Team"),
    ], widths_cm=(5.0, 11.6), fill="E2EFDA")

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Theo told us", level=2)
    d.para("Theo shared his views with Mrs Okereke, the Linnet Base teacher, using a talking "
           "mat with pictures, and then drew what a good day at school looks like. He put "
           "trains, the iPad, the trampette, drawing maps and his cat Pudding on the "
           "\"things I like\" side. He put the dining hall, the hand dryers, assembly, "
           "\"when the plan changes\" and handwriting on the \"things I don't like\" side.")
    d.para("Theo said: \"I like the Linnet room because it is quiet and I know what is "
           "happening. The hall is too loud, it hurts my ears. I want to be a train driver "
           "or make the maps for the trains. I want Oscar to play trains with me at "
           "playtime.\"")
    d.heading("What Theo's parents told us", level=2)
    d.para("Laura and Daniel describe Theo as clever, kind and very funny once he knows "
           "you. He knows the whole of the regional rail network by heart and can draw it "
           "from memory. They are pleased with how he has settled since joining the Linnet "
           "Base in September 2024, but say that he often \"holds it together\" at school "
           "and then has long meltdowns at home, especially after days with assemblies or "
           "supply teachers. His younger sister, Maisie, is five and is sometimes frightened "
           "by these meltdowns.")
    d.para("They would like Theo to have a real friend, to be able to tell adults when "
           "something is wrong before it becomes too much, and to stay in a mainstream "
           "school with the base behind him. In the long run they hope he will go to "
           "secondary school locally and be able to follow his interest in trains and maps "
           "into a job.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.para("Theo is autistic (diagnosed in June 2021) and has sensory processing "
           "differences. His needs are described below under the four areas of need.")
    d.heading("Communication and interaction", level=2)
    d.para("Theo speaks in full sentences and has a wide vocabulary for his interests, but "
           "he finds it very hard to use language to get help or to sort out a problem. "
           "When he does not understand a task he stays silent or starts a different "
           "activity, and adults only find out later. He takes language literally and is "
           "confused by idioms, sarcasm and jokes (\"pull your socks up\" led him to check "
           "his socks). He understands spoken instructions best when they are short, given "
           "one at a time and backed up with something he can see. In conversation he "
           "tends to talk at length about trains and finds it hard to take turns or to "
           "notice when the listener has lost interest.")
    d.para("Theo wants to have friends but does not yet know how to join a game or what to "
           "do when a game changes. At playtime he usually walks the edge of the field on "
           "his own. Disagreements with other children quickly become upsetting for him "
           "because he cannot see their point of view.")
    d.heading("Cognition and learning", level=2)
    d.para("Theo's decoding is a strength: he reads accurately at around his age level. His "
           "understanding of what he reads is much weaker, particularly when he has to "
           "infer how a character feels or why something happened; in the autumn 2025 "
           "assessment he scored well below age expectations for reading comprehension. He "
           "does not yet recognise some common words that do not follow phonic rules and "
           "guesses from the first letter. New topic vocabulary in science and history "
           "needs to be taught explicitly, or he loses the thread of the lesson. His maths "
           "is broadly in line with age expectations.")
    d.para("Writing is a significant barrier. Theo has a lot to say but his handwriting is "
           "slow, effortful and hard to read, and he often refuses to write more than a "
           "sentence. He grips the pencil very tightly and complains that his hand hurts.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Theo's anxiety rises sharply when routines change without warning, when there "
           "is a visitor or supply teacher, and at the start and end of lunchtime. When he "
           "is overwhelmed he hides under a table, covers his ears or runs out of the "
           "classroom. He does not yet recognise the early signs of his own anxiety and "
           "cannot tell an adult how he feels until he is already very distressed. Once he "
           "is calm he recovers quickly and is keen to return to his work.")
    d.heading("Sensory and physical", level=2)
    d.para("Theo is very sensitive to noise, especially sudden or echoing noise (the hall, "
           "hand dryers, the fire bell). He seeks deep pressure and movement: he crashes "
           "into furniture, rocks on his chair and chews his sleeves, particularly in the "
           "afternoon. After a sensory circuit or heavy work he is noticeably calmer and "
           "sits for longer. He has weak fine motor skills and low muscle tone in his "
           "hands, which affects handwriting, cutting and fastening buttons.")

    d.heading("Section C: Health Needs Related to SEN", section="C")
    d.para("Theo was diagnosed with autism by Dr N. Farrier, community paediatrician, at "
           "Hemsgate Children's Centre in June 2021. He has had difficulty settling to sleep "
           "since he was a toddler and takes melatonin at bedtime. Hearing and vision "
           "screening in 2025 were normal. He has no other medical conditions.")

    d.heading("Section D: Social Care Needs Related to SEN or Disability", section="D")
    d.para("Theo is a disabled child under section 17 of the Children Act 1989. The Children "
           "with Disabilities Team assessed the family in November 2025. Theo cannot yet "
           "join mainstream after-school and weekend activities without an adult who "
           "understands his needs, and his parents, who both work, find it hard to give "
           "him and Maisie time apart. The family would benefit from breaks and from "
           "support for Theo to go swimming, which he loves.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below look ahead to the end of Year 5 (July 2027). The Linnet Base "
           "teacher will agree small steps towards each outcome with Theo's parents every "
           "term and record them in his provision passport.")
    d.numbered([
        "By the end of Year 5 (July 2027), Theo will ask an adult or a classmate for help with a full sentence (\"Can you help me with ...?\") in at least 4 out of 5 observed opportunities, without being prompted.",
        "Theo will develop his friendships and social skills.",
        "By July 2027, Theo will answer 'why' and 'how' questions about a short text at his reading level correctly in 8 out of 10 attempts.",
        "By the end of Year 5, Theo will write a paragraph of at least five sentences in 20 minutes, choosing whether to use a laptop or a pencil with a grip.",
        "By July 2027, Theo will show his red card or use his agreed words to tell an adult that he is becoming overwhelmed, and go to his calm space, on at least 4 out of 5 occasions.",
        "Theo will cope better with noise in the dining hall and in assemblies.",
        "Theo will have occupational therapy sessions.",
    ], fmt="E{n}")

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below is grouped by the outcome in Section E that it works "
           "towards. It will be made in term time for as long as this plan is maintained. "
           "Theo spends mornings in the Linnet Base and afternoons in his Year 4 class "
           "(4W) unless a statement says otherwise.", italic=True)

    _towards(d, "Towards E1 \u2013 asking for help (communication and interaction)")
    d.numbered([
        "Theo will have direct speech and language therapy for 30 minutes every fortnight in term time, 1:1 in the Linnet Base, from an HCPC-registered speech and language therapist employed by the Wharfemoor Children's Communication Service; the sessions will work on asking for help, checking what a word means and understanding idioms and jokes.",
        "On Monday, Wednesday and Friday mornings, a Linnet Base teaching assistant who has been trained by that therapist will spend 15 minutes practising the current therapy targets with Theo and one other pupil.",
        "Adults working with Theo should keep their language short and back it up with pictures or written words wherever they can.",
        "A speech and language therapist will visit once a term to give Theo's class teacher advice on adapting classroom talk.",
    ], fmt="1.{n}")

    _towards(d, "Towards E2 \u2013 friendships (communication and interaction; social, emotional and mental health)")
    d.numbered([
        "Theo will take part in a LEGO-based therapy group of three children, which runs in the Linnet Base for 40 minutes every Tuesday and Thursday afternoon and is led by a higher level teaching assistant who has completed accredited LEGO-based therapy training.",
        "He will be given the chance to join in with structured games on the playground at lunchtime.",
        "Small-group social skills work in the base each week.",
    ], fmt="2.{n}")

    _towards(d, "Towards E3 \u2013 reading for meaning (cognition and learning)")
    d.numbered([
        "Reading comprehension will be taught 1:1 by the Linnet Base specialist teacher, who holds qualified teacher status and a postgraduate certificate in autism, for 20 minutes on four mornings a week (Monday to Thursday) using Language for Thinking.",
        "Precision teaching of high-frequency words when staffing allows.",
        "It would help Theo to have topic vocabulary pre-taught before each new unit of work.",
    ], fmt="3.{n}")

    _towards(d, "Towards E4 \u2013 writing (cognition and learning; sensory and physical)")
    d.numbered([
        "Adult support in class for up to 15 hours a week, mainly in English and topic lessons.",
        "Regular fine motor activities such as threading, putty and pegboard games.",
        "An occupational therapy programme will be drawn up once the OT assessment booked for the spring term has taken place.",
    ], fmt="4.{n}")

    _towards(d, "Towards E5 \u2013 recognising and sharing feelings (social, emotional and mental health)")
    d.numbered([
        "Every morning before registration (8:45 to 8:50), a Linnet Base teaching assistant will meet Theo at the side gate and go through his visual timetable for the day with him, pointing out any changes.",
        "Theo will have a weekly 30-minute session on his own with the school's Emotional Literacy Support Assistant, who is trained through the ELSA programme and supervised each half-term by an educational psychologist, working through the Zones of Regulation curriculum across the autumn and spring terms.",
        "A quiet space will be available for Theo whenever he feels overwhelmed.",
        "1:1 support at transition times and during unstructured parts of the day, to be reduced as Theo becomes more confident.",
    ], fmt="5.{n}")

    _towards(d, "Towards E6 \u2013 managing noise and busy places (sensory and physical)")
    d.numbered([
        "A 10-minute sensory circuit (trampette, wall push-ups, tunnel crawl, then carrying the heavy book box) in the base hall at 9:00 and at 13:15 every school day, led by a teaching assistant who has been trained in the circuit by the Wharfemoor Autism Outreach advisory teacher.",
        "Ear defenders, a wobble cushion and other sensory resources as appropriate, provided by the school.",
        "Theo will eat his lunch in the Linnet Base with no more than five other pupils from 12:00 to 12:25 every day, supervised by a base teaching assistant, before going out to the Year 4 playground.",
    ], fmt="6.{n}")

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Review by the community paediatrician at Hemsgate Children's Centre every 12 months, including his sleep and melatonin prescription.",
        "Melatonin 2 mg prescribed by the community paediatrician and given by his parents at home at bedtime.",
        "CAMHS input for anxiety if required.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A support worker for 2 hours every Wednesday after school so that Theo can go to swimming lessons at Hemsgate Leisure Centre, paid for through a social care direct payment to his parents.",
        "Short breaks at the Larkspur Saturday Club.",
    ])
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("None identified at this time.")

    d.heading("Section I: Placement", section="I")
    d.para("Hemsgate Primary School (mainstream community primary school), with a place in "
           "its Linnet Base (resourced provision for autistic pupils).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Theo's parents receive a social care direct payment for the support worker in "
           "Section H1. No personal budget has been requested for the special educational "
           "provision in Section F.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Theo's views \u2013 gathered by Mrs A. Okereke, Linnet Base teacher, 3 December 2025",
        "Parents' views \u2013 Laura Pryce and Daniel Ashdown, 28 November 2025",
        "Educational advice \u2013 Mr J. Whitlow, SENCO, Hemsgate Primary School, 5 December 2025",
        "Psychological advice \u2013 Dr Celia Marchbank, Educational Psychologist, 10 December 2025",
        "Medical advice \u2013 Dr N. Farrier, Community Paediatrician, 1 December 2025",
        "Speech and language therapy advice \u2013 Ms H. Quirke, Speech and Language Therapist, 8 December 2025",
        "Occupational therapy screening \u2013 Wharfemoor Children's Occupational Therapy, 11 December 2025",
        "Autism outreach advice \u2013 Wharfemoor Autism Outreach Team",
        "Social care advice \u2013 Children with Disabilities Team, 20 November 2025",
    ])
