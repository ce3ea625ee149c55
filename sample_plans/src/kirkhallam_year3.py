"""Kirkhallam Metropolitan District Council - Year 3 child with autism and a developmental
language disorder (with a speech sound disorder) in a mainstream community primary school.
Headings are bold coloured Normal text with a vertical bar ('SECTION A | Views, interests
and aspirations'), no Word heading styles. Cover details in a two-column shaded table with
NHS number and UPN; plain footer line. E is a list numbered E1-E7. Section F is grouped by
outcome: a bold sub-heading line per outcome ('Outcome 1 - ... (E1)'), each followed by its
own three-column sub-table (Provision | Frequency / duration / staffing | Where), so how
often, how long and who delivers share one combined cell. H1/H2 split. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ezra Fairclough"

HEAD = "4A235A"


def _sec(d, text, sid):
    d.bold_line(text, section=sid, size=13.5, color=HEAD)


def _sub(d, text):
    d.bold_line(text, size=11.5, color="6C3483")


def _ftable(d, rows):
    d.table(["Provision", "Frequency / duration / staffing", "Where"], rows,
            widths_cm=[7.2, 6.6, 2.8], header_fill="E8DAEF", font_size=9.5)


def build(d):
    d.simple_footer("Kirkhallam MDC  \u2013  EHC Plan for Ezra Fairclough  \u2013  FINAL  "
                    "\u2013  9 February 2026")
    d.title("Kirkhallam Metropolitan District Council", size=13, color=HEAD)
    d.title("Education, Health and Care Plan", size=21, color=HEAD)
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Ezra Fairclough"),
        ("Date of birth", "14/11/2017"),
        ("NHS number", "999 683 2147"),
        ("UPN", "K999201703345"),
        ("Home address", "27 Copperbeech Lane, Kirkhallam, ZY4 8HN"),
        ("Parents", "Leanne Fairclough (mum) and Dominic Fairclough (dad)"),
        ("Contact", "01632 960731 / 07700 900582 / leanne.fairclough@example.org"),
        ("School and year group", "Thistlebrook Primary School, Year 3"),
        ("Date plan finalised", "9 February 2026"),
        ("Annual review due by", "8 February 2027"),
        ("EHC co-ordinator", "Priya Lindqvist-Adams, SEND Assessment and Review Team"),
    ], widths_cm=(4.6, 12.0), fill="F4ECF7")

    # ---- A ---------------------------------------------------------------------------
    _sec(d, "SECTION A  |  Views, interests and aspirations", "A")
    _sub(d, "What Ezra told us")
    d.para("Ezra shared his views with his teaching assistant, Mrs Okonjo, over two short "
           "sessions in January 2026, using a talking mat with picture cards and a "
           "favourite / not favourite sorting board. His words are written down as he said them.")
    d.para("\"I like trains. The blue ones are the best. I like Minecraft and my dog Biscuit. "
           "I don't like the hall, it's too loud and it hurts my ears. I like doing maths on "
           "the iPad. I don't like it when Miss is not there. When I'm big I want to drive a "
           "train, or make Minecraft.\"", italic=True)
    _sub(d, "What Ezra's parents told us")
    d.para("Leanne and Dominic describe Ezra as loving, funny and fiercely honest. He knows "
           "every station on the line into Kirkhallam Central and can build large Lego models "
           "from memory. At home he is happiest with a predictable routine, and weekends "
           "without a plan are hard for the whole family. They worry that Ezra is often "
           "misunderstood because people cannot follow his speech, and that he has started "
           "hiding under tables when he cannot make himself understood. They hope he will make "
           "a friend in his class, learn to enjoy reading, and stay at his local school with "
           "the right help. Ezra's older sister, Maisie Fairclough, is in Year 6 at Thistlebrook.")
    _sub(d, "How to communicate with Ezra")
    d.para("Say Ezra's name before you give an instruction, keep sentences short, and show him "
           "a picture or an object as you speak. Give him at least ten seconds to answer. He "
           "often says \"yes\" when he has not understood, so check by asking him to show you.")

    # ---- B ---------------------------------------------------------------------------
    _sec(d, "SECTION B  |  Special educational needs", "B")
    _sub(d, "Communication and interaction")
    d.para("Ezra was diagnosed with autism by the Kirkhallam Child Development Centre in March "
           "2024. He also has a developmental language disorder with a speech sound disorder "
           "(Kirkhallam Children's Speech and Language Therapy Service, December 2025).")
    d.para("Understanding: Ezra understands single key words in context but loses track of "
           "instructions with more than two parts. He does not yet understand position words "
           "(under, behind, between) or 'why' and 'how' questions. His receptive language "
           "scores on the CELF-5 (October 2025) were below the 2nd percentile. In class he "
           "watches the other children and copies them, so his difficulties are easily missed.")
    d.para("Talking: Ezra mostly uses three- or four-word sentences and leaves out small "
           "grammatical words (\"me go hall now\"). He says /t/ and /d/ in place of /k/ and /g/ "
           "(\"tar\" for \"car\", \"doat\" for \"goat\"), so adults who do not know him understand "
           "only about half of what he says. He cannot yet retell something that has happened, "
           "for example a problem at playtime.")
    d.para("Social communication: Ezra wants to play with other children but does not know how "
           "to join a game; he either takes over with talk about trains or walks away. Taking "
           "turns and losing are very difficult for him. He does not ask adults for help and "
           "will wait, or leave the task, instead.")
    _sub(d, "Cognition and learning")
    d.para("Ezra is a visual learner with a strong memory for facts and patterns. In reading "
           "and writing he is working at about the level expected at the end of Year 1: he knows "
           "all Set 1 and some Set 2 phonics sounds but cannot yet reliably blend words that "
           "contain digraphs. He cannot write a sentence unless an adult says it to him word by "
           "word. In maths he counts and calculates accurately to 50 with objects but cannot "
           "tackle word problems because of the language in them.")
    _sub(d, "Social, emotional and mental health")
    d.para("Ezra becomes anxious when routines change, when his class teacher is absent and when "
           "he cannot make himself understood. At these times he covers his ears, hides under a "
           "table or runs out of the classroom; this happened 14 times in the autumn term 2025, "
           "most often after lunch. He does not yet notice the early signs that he is becoming "
           "upset and has no ways of calming himself.")
    _sub(d, "Sensory and physical")
    d.para("Ezra is very sensitive to noise. The hall at lunchtime and in assemblies, hand "
           "dryers and the fire alarm all cause him distress. He seeks movement, rocking on his "
           "chair and jumping, and concentrates better after physical activity. His fine and "
           "gross motor skills are within the expected range for his age.")

    # ---- C, D ------------------------------------------------------------------------
    _sec(d, "SECTION C  |  Health needs related to Ezra's special educational needs", "C")
    d.para("Ezra's autism and developmental language disorder are described in Section B. He "
           "has mild asthma, treated with a salbutamol inhaler. The community paediatrician, Dr "
           "Eastwood, reviews his sleep and his very limited diet (he eats eight foods). He "
           "often wakes between 3am and 5am, and on those days he is tired and finds the morning "
           "much harder to cope with.")

    _sec(d, "SECTION D  |  Social care needs", "D")
    d.para("Ezra was assessed by the Kirkhallam Children with Disabilities Team in September "
           "2025. Because of his communication needs, his sensitivity to noise and his distress "
           "in unfamiliar places, he cannot join ordinary after-school or weekend clubs without "
           "an adult, and his parents have very little time to spend with Maisie on her own. The "
           "assessment found that Ezra is eligible for short breaks.")

    # ---- E ---------------------------------------------------------------------------
    _sec(d, "SECTION E  |  Outcomes", "E")
    d.para("These outcomes are for the end of Year 4 (July 2027) unless another date is given. "
           "Thistlebrook will break each outcome into half-termly steps and share them with "
           "Ezra's parents at each SEN support review meeting.")
    d.numbered([
        "By July 2027, Ezra will follow a two-part classroom instruction that includes a position word (for example \"put your book under your tray\") without it being repeated, in 8 out of 10 observed opportunities.",
        "By the end of Year 4, Ezra will say /k/ and /g/ correctly at the start of words in short sentences when talking to a familiar adult, in 4 out of 5 attempts.",
        "Ezra will develop his social skills.",
        "By the end of the spring term 2027, Ezra will tell an adult, in words or with his \"help\" card, when he is becoming upset and go with them to his calming space, on 4 out of 5 recorded occasions.",
        "Ezra will be given sensory breaks throughout the day.",
        "By July 2027, Ezra will read a Read Write Inc. Set 3 storybook aloud with at least 90% accuracy.",
        "Ezra will not have meltdowns at lunchtime.",
    ], fmt="E{n}")

    # ---- F ---------------------------------------------------------------------------
    _sec(d, "SECTION F  |  Special educational provision", "F")
    d.para("The provision below is grouped by the outcome it works towards. It is to be made in "
           "term time for as long as this plan is maintained.")

    _sub(d, "Outcome 1 \u2013 Understanding what is said to him (E1)")
    _ftable(d, [
        ["Direct speech and language therapy, 1:1, working on 'who / what / where' questions, two-part instructions containing position words, and the key vocabulary for each new topic",
         "One 30-minute session every week in term time; a speech and language therapist registered with the HCPC, from Kirkhallam Children's Speech and Language Therapy Service",
         "SaLT room"],
        ["Practice of Ezra's current therapy targets using the activity sheets the therapist updates after each session",
         "Fifteen minutes each afternoon at 2:50, Monday to Thursday; Ezra's teaching assistant, who joins one therapy session every half-term so that the therapist can model new activities for her",
         "Quiet table in the Year 3 classroom"],
        ["Pre-teaching of key topic words",
         "In short bursts through the week; class teaching assistants",
         "Classroom"],
        ["Visual supports, e.g. a now-and-next board, symbol timetable and task cards",
         "Throughout the school day; all adults working with Ezra",
         "All areas of school"],
    ])

    _sub(d, "Outcome 2 \u2013 Clearer speech and longer sentences (E2)")
    _ftable(d, [
        ["Speech sound work on /k/ and /g/",
         "The therapist will set a programme for school to follow; NHS speech and language therapist",
         "Classroom"],
        ["Colourful Semantics sessions to help Ezra build sentences with a 'who', a 'doing' and a 'what' part",
         "Weekly in a small group, whenever a teaching assistant is free",
         "Library corner"],
    ])

    _sub(d, "Outcome 3 \u2013 Playing and talking with other children (E3)")
    _ftable(d, [
        ["LEGO-based therapy in which Ezra takes turns as engineer, supplier and builder, to practise turn-taking, sharing a task and asking a peer for a piece",
         "Two 35-minute sessions a week (Tuesday and Friday) in a group of no more than three pupils; led by a teaching assistant who has completed the two-day LEGO-based therapy training",
         "Library"],
        ["It would be good for Ezra to have a Year 5 playground buddy to help him join in with games",
         "Class teacher to look into",
         "Playground"],
        ["Visits from the Kirkhallam Autism Outreach Team to observe Ezra at play, set up and model a structured playground game he can lead, and give the Year 3 class team a one-hour training session on his communication passport",
         "One three-hour visit every half-term; a specialist teacher holding a postgraduate certificate in autism and education",
         "Classroom and playground"],
    ])

    _sub(d, "Outcome 4 \u2013 Recognising and managing big feelings (E4, E7)")
    _ftable(d, [
        ["A meet-and-greet at the classroom door, going through Ezra's visual timetable for the day and showing him any changes",
         "Five minutes every morning before registration; Ezra's teaching assistant",
         "Year 3 cloakroom"],
        ["Zones of Regulation sessions teaching Ezra to name how he is feeling and to choose a calming strategy from his personal toolkit (headphones, squeeze ball, counting to ten on a bead string)",
         "20 minutes, 1:1, on Monday, Wednesday and Friday mornings; the school's ELSA, who holds the Kirkhallam ELSA qualification and has half-termly supervision from an educational psychologist; progress reviewed with the SENCO each half-term",
         "ELSA room"],
        ["Ezra is able to go to the Rainbow Room to calm down",
         "When he needs to",
         "Rainbow Room"],
        ["Transition support for the move to Year 4",
         "Details to follow once Ezra's Year 4 teacher is known; SENCO",
         "\u2013"],
    ])

    _sub(d, "Outcome 5 \u2013 Coping with noise and the need to move (E5)")
    _ftable(d, [
        ["Movement breaks (trampette, wall push-ups, taking the register to the office)",
         "Three times a day for now, with the number looked at again at the end of the autumn term; Ezra's teaching assistant",
         "Corridor outside Year 3"],
        ["Ear defenders for Ezra's sole use, kept in his tray and worn in assemblies, in the hall at lunchtime and during fire-alarm practices",
         "Every assembly and every lunchtime; the SENCO replaces them within a week if they are lost or broken",
         "Hall and classroom"],
        ["Sensory strategies to be agreed after the occupational therapist has assessed Ezra",
         "Once the assessment has taken place; occupational therapist",
         "\u2013"],
    ])

    _sub(d, "Outcome 6 \u2013 Reading and maths (E6)")
    _ftable(d, [
        ["Read Write Inc. Phonics one-to-one tutoring on Set 2 and Set 3 sounds and blending",
         "Ten minutes every school day at 1:15; a teaching assistant who has completed Read Write Inc. Phonics training and is observed by the school's phonics lead once each half-term",
         "Phonics area"],
        ["Extra adult help in English and maths lessons",
         "Up to 10 hours a week in the autumn term, reducing from the spring term; teaching assistant",
         "Classroom"],
        ["Numicon maths intervention",
         "How often, for how long and in what size group to be decided by the school according to Ezra's progress; teaching assistant",
         "Classroom"],
        ["Class teacher to follow the strategies in the Autism Outreach report (October 2025)",
         "All lessons; class teacher",
         "Classroom"],
    ])

    # ---- G, H ------------------------------------------------------------------------
    _sec(d, "SECTION G  |  Health provision", "G")
    d.bullets([
        "A salbutamol inhaler and spacer kept in the Year 3 medical bag, given by a first-aid-trained adult as required under Ezra's asthma plan.",
        "Review by the community paediatrician, Dr Eastwood, every six months, covering Ezra's sleep, diet and growth.",
        "Advice from a paediatric dietitian on Ezra's restricted diet once an appointment becomes available.",
    ])

    _sec(d, "SECTION H1  |  Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.bullets([
        "A short-break place at the Saturday Sensory Club run by Kirkhallam Play Partnership, 10:00 to 13:00 on alternate Saturdays in term time, staffed at one adult to two children and arranged by the Children with Disabilities Team.",
    ])
    _sec(d, "SECTION H2  |  Other social care provision", "H2")
    d.bullets([
        "Holiday short breaks for Ezra when the family need them.",
    ])

    # ---- I, J, K ---------------------------------------------------------------------
    _sec(d, "SECTION I  |  Placement", "I")
    d.para("Thistlebrook Primary School, Kirkhallam \u2013 mainstream community primary school.")

    _sec(d, "SECTION J  |  Personal budget", "J")
    d.para("No personal budget has been requested by Ezra's parents.")

    _sec(d, "SECTION K  |  Advice and information", "K")
    d.bullets([
        "Parents' views \u2013 Leanne and Dominic Fairclough, 8 December 2025",
        "Ezra's views \u2013 gathered by Mrs A. Okonjo, teaching assistant, January 2026",
        "Educational advice \u2013 Mr J. Whitcombe, SENCO, Thistlebrook Primary School, 10 December 2025",
        "Psychological advice \u2013 Dr Sunniva Haldane, Educational Psychologist, 17 December 2025",
        "Medical advice \u2013 Dr L. Eastwood, Community Paediatrician, 4 December 2025",
        "Speech and language therapy advice \u2013 Ms R. Castellano, Speech and Language Therapist, 11 December 2025",
        "Autism Outreach report \u2013 Mrs D. Banerjee, Specialist Teacher, Kirkhallam Autism Outreach Team, October 2025",
        "Social care advice \u2013 Children with Disabilities Team",
    ])
