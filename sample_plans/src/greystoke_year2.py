"""Greystoke Metropolitan Borough Council - FINAL plan. Word Heading 1 headings
'Section A — ...' (em dash). Cover details as a shaded two-column table with UPN, NHS
number, phone and e-mail. E is 'Outcome 1:'-numbered paragraphs. Section F is grouped
under each Section E outcome (Heading 3 'Towards Outcome n: ...' sub-headings, bullets).
Year 2 child with selective mutism and anxiety at a mainstream primary school; the
family is moving house and Section I does not yet name the school. (Held-out test plan.)"""

TITLE = "Education, Health and Care Plan - Nell Ashbridge"


def build(d):
    d.simple_footer("Greystoke Metropolitan Borough Council  \u2022  SEND Assessment and "
                    "Review Service  \u2022  Nell Ashbridge  \u2022  FINAL EHC plan")
    d.title("Greystoke Metropolitan Borough Council", size=15, color="4B2C6F")
    d.title("Education, Health and Care Plan", size=21, color="4B2C6F")
    d.para("Status: FINAL", bold=True, size=13)
    d.details_table([
        ("Name", "Nell Ashbridge"),
        ("Known as", "Nell"),
        ("Date of birth", "09/05/2019"),
        ("Year group (2025/26)", "Year 2"),
        ("Unique pupil number", "A927310425017"),
        ("NHS number", "999 284 6613"),
        ("Current school", "Greystoke Fold Primary School"),
        ("Parent with parental responsibility", "Joanne Ashbridge (mother)"),
        ("Address", "14 Heron Garth, Greystoke Fold, XQ7 3LP"),
        ("Telephone", "07700 900418"),
        ("E-mail", "j.ashbridge@example.org"),
        ("Date this plan was finalised", "20 February 2026"),
        ("Annual review to be held by", "19 February 2027"),
        ("Named SEND officer", "Gareth Moule"),
    ], widths_cm=(6.0, 10.5), fill="E9E1F2")
    d.para("In this plan 'we' means Greystoke Metropolitan Borough Council. Nell's own words "
           "were whispered to her mum and written down by her mum.", italic=True)

    d.heading("Section A \u2014 Nell's views, interests and aspirations", section="A")
    d.heading("What Nell told us", level=2)
    d.para("Nell does not yet speak at school. She sorted picture cards into 'I like' and "
           "'I don't like' piles with her teaching assistant and whispered to her mum at home:")
    d.para("\"I like drawing horses and going to Grandma's caravan. I like it when Mrs Nuttall "
           "doesn't look at me when I'm thinking. I don't like the dinner hall because it's "
           "loud. My tummy hurts when people ask me things.\"", italic=True)
    d.bullets([
        "Nell loves animals, especially horses, and draws them in great detail.",
        "She enjoys playing schools with her big sister Poppy at home, where she talks all the time.",
        "She likes quiet jobs such as watering the class plants and sorting the book corner.",
    ])
    d.heading("What Nell's mum told us", level=2)
    d.para("Joanne says Nell is chatty, bossy and funny at home, but \"a different child\" once she "
           "reaches the school gate. She wants Nell to be able to ask for the toilet and for help, "
           "to have a real friend at school and to keep up with her reading. Joanne is worried about "
           "the family's move to the other side of the borough in April 2026 and about Nell "
           "starting a new school where nobody knows her.")
    d.heading("Nell's aspirations", level=2)
    d.para("Nell says she wants to \"look after horses\" when she is big. Joanne hopes that Nell "
           "will speak to her teachers before she leaves primary school.")

    d.heading("Section B \u2014 Nell's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Nell has selective mutism, identified by the NHS speech and language therapy service "
           "in October 2025. She speaks fluently and with age-appropriate language at home, but "
           "has not spoken to any adult or child in school since she started in Reception. She "
           "communicates in school by nodding, pointing and, occasionally, by writing single "
           "words. She freezes when she is asked a direct question or expects to be asked one. "
           "Her understanding of spoken language is within the average range.")
    d.heading("Cognition and learning", level=2)
    d.para("Because Nell cannot read aloud or say sounds, her phonics has been hard to assess and "
           "teach. On the pointing-based assessment used by the educational psychologist she "
           "knows all Phase 3 graphemes and about half of Phase 5, and she can blend words when "
           "she points to each letter. In maths she is working slightly below the expected "
           "standard, mainly with number bonds and reasoning questions that need a spoken answer.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Nell has high levels of anxiety in school. She finds separating from her mum in the "
           "morning very hard and cries at the classroom door on most days. She has one friend in "
           "her class but avoids group play at playtime and will not eat in the dining hall. "
           "She becomes rigid and tearful when routines change without warning.")
    d.heading("Sensory and/or physical, including self-care", level=2)
    d.para("Nell will not ask to use the toilet. She has had eleven wetting accidents in school "
           "since September 2025, usually late in the morning, and she withholds at school, "
           "which contributes to constipation (see Section C). She is sensitive to loud noise, "
           "especially in the hall.")

    d.heading("Section C \u2014 Health care needs which relate to Nell's SEN", section="C")
    d.para("Nell has chronic constipation linked to withholding, diagnosed by her GP in June 2025. "
           "She takes a daily laxative. The constipation causes tummy pain which adds to her "
           "anxiety in school. No other health needs were identified by the community "
           "paediatrician.")

    d.heading("Section D \u2014 Social care needs which relate to Nell's SEN or disability", section="D")
    d.para("Nell does not have social care needs arising from her SEN. The family has been "
           "supported by the Greystoke Early Help team since November 2025 because of housing "
           "difficulties and the planned move.")

    d.heading("Section E \u2014 Outcomes sought for Nell", section="E")
    d.para("The school will break each outcome into small steps each half-term and share them "
           "with Joanne at a meeting at the end of each half-term.")
    d.numbered([
        "By the end of Year 3 (July 2027), Nell will say at least one word aloud to her class teacher in a 1:1 setting in school, on three days out of five.",
        "By July 2026, Nell will separate from her mum at the classroom door within five minutes of arriving, on at least four mornings a week.",
        "By the end of Year 3, Nell will read a Phase 5 decodable book with at least 90% accuracy, either whispering to her teaching assistant or pointing to each word as it is read.",
        "Nell will develop her confidence with numbers.",
        "By July 2026, Nell will use her toilet card to ask to go to the toilet and will have no wetting accidents in school for four weeks in a row.",
        "Nell will feel more confident when playing with other children.",
    ], fmt="Outcome {n}:")

    d.heading("Section F \u2014 Special educational provision", section="F")
    d.para("The provision is grouped under the outcome in Section E that it mainly supports. "
           "Unless stated otherwise it is delivered in term time for the life of this plan.")
    d.heading("Towards Outcome 1: speaking in school", level=3)
    d.bullets([
        "Sliding-in sessions (the graded small-steps approach from The Selective Mutism Resource Manual) for 15 minutes, four mornings a week, 1:1 in the library pod with Nell's named teaching assistant, who has completed SMIRA selective mutism training; a new person is brought into the sessions only after Nell has spoken aloud in front of the current group on three sessions in a row.",
        "Direct speech and language therapy from an HCPC-registered speech and language therapist experienced in selective mutism: six 40-minute sessions in school, one every fortnight during the summer term 2026, held jointly with Nell's teaching assistant so that the targets are carried into the sliding-in sessions.",
        "Nell's speech and language therapist will visit termly to advise her class teacher and teaching assistant on the small-steps programme.",
        "Where possible, Nell will sit next to a chosen friend for partner work so that she can communicate through her friend.",
        "In every lesson, Nell's class teacher will phrase any question to Nell as an either/or choice she can answer by pointing, and will not ask her to speak, read aloud or answer the register in front of the class.",
        "A communication fan of eight symbol cards (yes, no, help, toilet, drink, hurt, finished, don't know) on a lanyard for Nell to keep with her all day, including at playtime and lunchtime; her teaching assistant will replace any lost or worn card the same day.",
    ])
    d.heading("Towards Outcome 2: settling into school each morning", level=3)
    d.bullets([
        "A meet-and-greet at the side gate from 8:40 to 8:50 every morning with her named teaching assistant, who walks Nell to class and goes through a 'now and next' board of the morning's activities with her.",
        "Support from an adult at the start of the day and after each playtime, initially, reducing as Nell becomes more settled.",
        "It is recommended that Nell takes part in a programme of emotional literacy work to help her recognise and name her worries.",
        "A 30-minute ELSA session every Thursday afternoon, 1:1 with the school's trained Emotional Literacy Support Assistant, using 'The Huge Bag of Worries' and a five-point worry scale, with a short note of each session given to Joanne the same day.",
        "Nell will be taught in a calm, nurturing classroom with consistent routines and quality first teaching throughout the school day.",
    ])
    d.heading("Towards Outcome 3: reading", level=3)
    d.bullets([
        "Little Wandle Letters and Sounds keep-up sessions for 10 minutes every afternoon, in a group of no more than three pupils, taught by a teaching assistant who has completed the Little Wandle keep-up training; Nell may respond by pointing or writing instead of saying the sounds.",
        "Reading assessments to be adapted as appropriate so that Nell is not required to read aloud.",
        "Literacy support to follow the recommendations in Dr Kerslake's educational psychology report (Appendix 3).",
        "Between two and three 20-minute Precision Teaching sessions a week, with the exact number decided by the SENCO each half-term.",
    ])
    d.heading("Towards Outcome 4: number", level=3)
    d.bullets([
        "A maths intervention will be put in place following the school's baseline assessment in the spring term.",
    ])
    d.heading("Towards Outcome 5: toileting", level=3)
    d.bullets([
        "A toilet prompt from her teaching assistant at 10:15, 12:00 and 14:15 every day, with unrestricted use of the accessible toilet next to her classroom.",
        "Nell's mum will carry out the toileting programme at home and share progress with school.",
    ])
    d.heading("Towards Outcome 6: friendships and play", level=3)
    d.bullets([
        "Nell will have access to the Rainbow Room at lunchtimes, with a small group of friends, on days when the dining hall is too noisy for her.",
        "A weekly lunchtime Lego club for Nell and two friends she chooses, run by a teaching assistant, subject to staff capacity.",
    ])

    d.heading("Section G \u2014 Health care provision", section="G")
    d.bullets([
        "Movicol Paediatric Plain, one sachet each morning, given at home and prescribed and reviewed every three months by Nell's GP.",
        "Referral to the Greystoke children's bladder and bowel service; Nell will be seen when she reaches the top of the waiting list.",
        "Advice on continence from the school nurse as needed.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("No provision is required under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970.")
    d.heading("Section H2 \u2014 Other social care provision", section="H2")
    d.para("The Early Help family support worker will visit Joanne at home for one hour once a "
           "fortnight until the end of the summer term 2026, to help with the house move and "
           "with Nell's morning routine.")

    d.heading("Section I \u2014 Placement", section="I")
    d.para("Type of school: mainstream primary school.")
    d.para("Name of school: to be confirmed. The family moves to Hallbeck in April 2026 and "
           "consultation with the parent's preferred school is still under way.")

    d.heading("Section J \u2014 Personal budget", section="J")
    d.para("Joanne has not asked for a personal budget for Nell.")

    d.heading("Section K \u2014 Advice and information", section="K")
    d.para("Advice and information gathered during the needs assessment (appended to this plan):")
    d.bullets([
        "Appendix 1: Parent's views \u2013 Joanne Ashbridge, 6 November 2025",
        "Appendix 2: Educational advice \u2013 Mrs C. Nuttall, class teacher, and Mr P. Lowther, SENCO, Greystoke Fold Primary School, 12 November 2025",
        "Appendix 3: Educational psychology advice \u2013 Dr Helen Kerslake, Educational Psychologist, 4 December 2025",
        "Appendix 4: Speech and language therapy advice \u2013 Greystoke NHS Children's Speech and Language Therapy",
        "Appendix 5: Medical advice \u2013 Dr Amir Qureshi, Community Paediatrician, 27 November 2025",
        "Appendix 6: Social care advice \u2013 Greystoke Early Help team, 18 November 2025",
    ])
    d.para("Signed for Greystoke Metropolitan Borough Council by Gareth Moule, Named SEND Officer, "
           "20 February 2026.")
