"""Lowmoor Metropolitan Borough Council - Year 7 pupil with autism (pathological demand
avoidance profile) and sensory processing differences at a mainstream 11-16 academy, on a
part-time timetable after a period of non-attendance. Word Heading 1 headings in title
case with a colon ('Section F: Special Educational Provision'); cover details in a
two-column details table. E is a numbered list 1-7. Section F has Heading 2 area
sub-headings; each provision has its own Heading 3 title ('F7 - LEGO-based therapy group')
followed by one paragraph of one or two sentences, which is the item. H1 and H2 separate.
FINAL amended plan after the Year 7 annual review."""

TITLE = "Education, Health and Care Plan - Milo Ashcroft-Vane"


def _item(d, title, text):
    d.heading(title, level=3)
    d.para(text)


def build(d):
    d.simple_footer("Lowmoor MBC SEND Service  |  EHC Plan (final, amended)  |  Milo Ashcroft-Vane")
    d.title("Lowmoor Metropolitan Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("FINAL PLAN \u2013 amended following the annual review held on 1 December 2025",
           bold=True)
    d.details_table([
        ("Child's name", "Milo Ashcroft-Vane"),
        ("Date of birth", "14/11/2013"),
        ("Year group", "Year 7"),
        ("Home address", "27 Kingfisher Rise, Lowmoor, ZY4 8JP"),
        ("Parents", "Hannah Ashcroft (mother) and Dominic Vane (father)"),
        ("Contact", "01632 960718 / 07700 900362, hannah.ashcroft@example.org"),
        ("NHS number", "999 318 4472"),
        ("UPN", "H999000582137"),
        ("School", "Fellside Academy"),
        ("Date this plan was issued", "9 February 2026"),
        ("Next annual review by", "30 November 2026"),
        ("EHC co-ordinator", "Priya Lomax-Hurst, Lowmoor SEND Service"),
    ])

    d.heading("Section A: Views, Interests and Aspirations", section="A")
    d.heading("What Milo told us", level=2)
    d.para("Milo did not want a meeting about himself. He agreed to a 'written conversation' on "
           "his laptop with his key teaching assistant, Mrs Okafor, over two mornings in "
           "November 2025. These are his own words, copied without changes.")
    d.para("\"I like Minecraft redstone, cats, the sea and building things out of old boxes. I "
           "am good at working stuff out. I am not good at being told what to do, it makes my "
           "head go fizzy and then I have to get out. Corridors are the worst because of the "
           "noise and people touching my bag. I like Mrs Okafor because she doesn't boss me. I "
           "would like to stay for lunch one day but not in the canteen. When I'm grown up I "
           "want to make games and live in a flat by the sea with two cats.\"")
    d.heading("What Milo's parents told us", level=2)
    d.para("Hannah and Dominic describe Milo as inventive, funny and very kind to animals and "
           "to his younger sister, Iris. Primary school went reasonably well because he had one "
           "teacher he trusted. Since starting at Fellside in September 2025 he has found the "
           "size of the school, the bells and the number of different adults very hard, and by "
           "October he was refusing to leave the house most days. The part-time timetable has "
           "got him back through the door. His parents want him to build up to full days at a "
           "pace he can manage, to make at least one friend at school, and to leave Fellside "
           "with GCSEs that let him study computing at college.")
    d.para("They would like every adult at school to understand that Milo's refusals come from "
           "anxiety, not defiance, and they are worried that he will be excluded if this is not "
           "understood.")

    d.heading("Section B: Special Educational Needs", section="B")
    d.para("Milo was diagnosed with autism in March 2022 by the Lowmoor Child Development "
           "Centre. The diagnostic report and the educational psychologist both describe a "
           "profile of pathological (extreme) demand avoidance. His needs are set out below.")
    d.heading("Communication and interaction", level=2)
    d.para("Milo has a wide vocabulary and talks fluently about his interests, but he often "
           "misreads other people's intentions and takes jokes and sarcasm literally. Direct "
           "instructions, questions put to him in front of the class and praise given publicly "
           "all raise his anxiety sharply; he responds by changing the subject, making jokes, "
           "negotiating or leaving. He finds it hard to repair a conversation once it has gone "
           "wrong and can stay upset about a misunderstanding for the rest of the day.")
    d.heading("Cognition and learning", level=2)
    d.para("Milo's reasoning skills are in the above-average range (EP assessment, October "
           "2025) and his reading is secure. His written work does not reflect his ability: he "
           "avoids starting written tasks, his handwriting is slow and tiring, and his spelling "
           "of common words is inconsistent. He rarely writes more than a few sentences by hand "
           "in a lesson.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Milo experiences high levels of anxiety, which show as avoidance, controlling "
           "behaviour and, when overwhelmed, leaving the room or hiding under a table. He did "
           "not attend school for most of October 2025. He has not yet learned to recognise "
           "the early signs of his own anxiety or to ask for a break before he reaches crisis. "
           "Break and lunchtime are the hardest parts of the day, and he has not yet made a "
           "friend at Fellside.")
    d.heading("Sensory and physical", level=2)
    d.para("Milo is very sensitive to noise, crowds and being touched. He becomes overwhelmed in "
           "corridors at lesson changes and in the canteen. He seeks heavy pressure and "
           "movement and becomes restless if he sits for more than 20 minutes. The occupational "
           "therapist found weak hand strength and poor pencil control, which add to his "
           "dislike of handwriting.")

    d.heading("Section C: Health Needs", section="C")
    d.para("Autism (diagnosed March 2022). Milo has difficulty getting to sleep and is prescribed "
           "melatonin by the community paediatrician. Poor sleep makes his anxiety and demand "
           "avoidance noticeably worse the following morning. He has been referred to Lowmoor "
           "CAMHS for anxiety and is on the waiting list.")

    d.heading("Section D: Social Care Needs", section="D")
    d.para("Milo is a disabled child under section 17 of the Children Act 1989. He cannot yet "
           "attend clubs or activities outside school without one-to-one support from an adult "
           "he trusts, and so has no social life beyond his family. Hannah has reduced her "
           "working hours to manage his part-time timetable. A carer's assessment in December "
           "2025 found that the family needs regular breaks.")

    d.heading("Section E: Outcomes", section="E")
    d.para("The outcomes below look ahead to the end of Year 8 unless a different date is given. "
           "Fellside Academy will break each outcome into half-termly steps, agreed with Milo "
           "and his parents at his provision review meetings.")
    d.numbered([
        "By the end of Year 8, Milo will attend Fellside for at least 20 hours a week, across five days, for six weeks in a row.",
        "By July 2026, Milo will use his 'not yet' card or a typed message to tell an adult that he needs a pause, instead of leaving the room, on 4 out of 5 observed occasions.",
        "Milo will manage his anxiety better.",
        "By the end of Key Stage 3, Milo will type a 300-word piece of writing during a lesson with no more than one adult prompt.",
        "Milo will receive speech and language therapy to improve his social understanding.",
        "By July 2027, Milo will take part in a structured group activity with at least two classmates for 30 minutes once a week, without leaving.",
        "Milo will become a video game designer.",
    ])

    d.heading("Section F: Special Educational Provision", section="F")
    d.para("The provision below will be made at Fellside Academy in term time for as long as "
           "this plan is maintained, unless the item says otherwise. Each item has a number so "
           "that it can be referred to at reviews.")

    d.heading("Attending school", level=2)
    _item(d, "F1 \u2013 Part-time timetable",
          "Milo will attend from 9:00 to 12:30, Monday to Thursday, with more sessions added "
          "when the head of Year 7 decides he is ready.")
    _item(d, "F2 \u2013 Arrival routine",
          "On each day he attends, Milo's key teaching assistant will meet him at the side gate "
          "at 8:50, walk with him to the Harbour room and spend ten minutes going through the "
          "visual plan for his morning before his first lesson.")

    d.heading("Communication and interaction", level=2)
    _item(d, "F3 \u2013 Low-demand language in every lesson",
          "Every teacher and teaching assistant who works with Milo will use the low-demand "
          "approach agreed with him: two choices instead of a direct instruction, requests "
          "phrased as statements ('The laptops are going away now'), no countdowns, and "
          "acceptance of his 'not yet' card without asking for a reason. All of them will "
          "complete the PDA Society's online course 'Understanding PDA' before 1 April 2026, "
          "and the SENCO will lead a 20-minute refresher at the first staff briefing of each "
          "half-term.")
    _item(d, "F4 \u2013 Speech and language therapy advice",
          "Lowmoor's speech and language therapist will visit once a term to advise staff on "
          "Milo's social communication and on how to word requests to him.")
    _item(d, "F5 \u2013 Direct speech and language therapy",
          "An HCPC-registered speech and language therapist will see Milo on his own for 40 "
          "minutes every other week during term, using Comic Strip Conversations to help him "
          "work out what other people meant and how to put right a conversation that has gone "
          "wrong. Progress against his therapy targets will be reviewed by the therapist at the "
          "end of each term and reported to the annual review.")
    _item(d, "F6 \u2013 Mixing with other pupils",
          "Milo will have the chance to join in with other pupils during the unstructured "
          "parts of the day.")
    _item(d, "F7 \u2013 LEGO-based therapy group",
          "For 50 minutes in period 3 every Wednesday, Milo will take part in a LEGO-based "
          "therapy group of no more than five pupils, led by a higher level teaching assistant "
          "who has completed the Brick-by-Brick facilitator training; Milo chooses his role "
          "(engineer, supplier or builder) at the start of each session.")

    d.heading("Cognition and learning", level=2)
    _item(d, "F8 \u2013 Help with extended writing",
          "Milo will get some adult help with longer pieces of writing in English, history and "
          "geography.")
    _item(d, "F9 \u2013 Laptop and touch-typing",
          "Milo will have a school laptop for his sole use in every lesson, with Clicker 8 "
          "word-prediction software installed. He will learn to touch-type with the Touch-type "
          "Read and Spell course in three 20-minute sessions a week (Monday, Wednesday and "
          "Thursday, straight after his sensory circuit), supervised by a teaching assistant "
          "who has been trained to run the course.")
    _item(d, "F10 \u2013 Spelling",
          "Precision teaching of high-frequency spellings with a teaching assistant, three "
          "times a week to begin with.")

    d.heading("Social, emotional and mental health", level=2)
    _item(d, "F11 \u2013 Emotional literacy sessions",
          "Twice a week (Tuesday and Thursday, period 2) Milo will have a 30-minute one-to-one "
          "session with the school's Emotional Literacy Support Assistant, who has completed "
          "Lowmoor's six-day ELSA training and has half-termly supervision with an educational "
          "psychologist. The sessions will follow the Zones of Regulation curriculum so that "
          "Milo learns to spot rising anxiety and choose a strategy from his personal card.")
    _item(d, "F12 \u2013 Calm space",
          "Milo can use the Harbour room as a calm space, with a member of staff close by, "
          "whenever he feels overwhelmed.")
    _item(d, "F13 \u2013 Educational psychology",
          "Further involvement from the educational psychologist will be arranged once "
          "Lowmoor's EP service has capacity.")
    _item(d, "F14 \u2013 One-to-one teaching assistant",
          "A named teaching assistant will work one-to-one with Milo in every lesson he "
          "attends, currently 12 hours a week, and at the same ratio in any lesson later added "
          "to his timetable. The teaching assistant will hold a Level 3 qualification in "
          "supporting teaching and learning and will attend the Lowmoor Autism Team's two-day "
          "'Autism and Demand Avoidance' course by the end of the spring term 2026.")
    _item(d, "F15 \u2013 Break times",
          "Adult support at morning break, to be withdrawn gradually as Milo's confidence "
          "grows.")

    d.heading("Sensory and physical", level=2)
    _item(d, "F16 \u2013 Sensory circuit",
          "Straight after his arrival routine, Milo will complete a 10-minute sensory circuit "
          "in the sports hall (wall push-ups, carrying the gym mats, ten jumps on the trampette "
          "and a slow balance-beam walk), set out in writing by the occupational therapist and "
          "led by his key teaching assistant, whom the therapist showed how to run it on 4 "
          "December 2025.")
    _item(d, "F17 \u2013 Sensory equipment",
          "A selection of sensory equipment, for example ear defenders and fidget toys, "
          "available to Milo in lessons.")
    _item(d, "F18 \u2013 Movement breaks",
          "Movement breaks through the day as Milo needs them.")
    _item(d, "F19 \u2013 Handwriting and hand strength",
          "A handwriting and fine motor programme will be put together once the occupational "
          "therapist has completed a further assessment in the summer term.")

    d.heading("Resources", level=2)
    _item(d, "F20 \u2013 Funding",
          "Top-up funding at Lowmoor Band M3 (\u00a36,120 a year).")

    d.heading("Section G: Health Provision", section="G")
    d.bullets([
        "Melatonin 3 mg at bedtime, prescribed by Dr A. Farrimond, community paediatrician, who will review the dose with the family every six months.",
        "Paediatric review as and when needed.",
        "CAMHS will offer Milo a block of anxiety management sessions, teaching him coping strategies, when he reaches the top of the waiting list.",
    ])

    d.heading("Section H1: Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A support worker from the Lowmoor Short Breaks Service for 2 hours every Saturday "
           "morning, so that Milo can attend the Makers' Club at Lowmoor Central Library.")
    d.heading("Section H2: Other Social Care Provision", section="H2")
    d.para("Short breaks for the family as agreed with the social worker.")

    d.heading("Section I: Placement", section="I")
    d.para("Fellside Academy, Moor Lane, Lowmoor (mainstream academy for pupils aged 11 to 16).")

    d.heading("Section J: Personal Budget", section="J")
    d.para("Milo's parents have not asked for a personal budget for any of the provision in "
           "this plan.")

    d.heading("Section K: Advice and Information", section="K")
    d.bullets([
        "Milo's views \u2013 written conversation with Mrs J. Okafor, teaching assistant, 18 and 19 November 2025",
        "Parents' views \u2013 Hannah Ashcroft and Dominic Vane, 24 November 2025",
        "Educational advice \u2013 Mr T. Renshaw, SENCO, Fellside Academy, 21 November 2025",
        "Psychological advice \u2013 Dr Sian Mayhew, Educational Psychologist, 14 October 2025",
        "Medical advice \u2013 Dr A. Farrimond, Community Paediatrician, 10 November 2025",
        "Speech and language therapy advice \u2013 Lowmoor Children's Therapy Service, 12 November 2025",
        "Occupational therapy advice \u2013 Ms K. Brightwater, Occupational Therapist, 4 December 2025",
        "Social care advice \u2013 Lowmoor Disabled Children's Team",
        "Annual review report \u2013 Fellside Academy, 1 December 2025",
    ])
