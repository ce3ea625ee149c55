"""Selbury Borough Council - Reception child (age 4) with a severe speech disorder and
suspected childhood apraxia of speech, in a mainstream community primary school. Word
Heading 1 headings that give the letter and a personalised title ('Section F: The special
educational provision Jonah requires'). Cover details in a two-column details table. E is a
list numbered '1)'-'8)'. Section F is grouped by the TYPE of provision (therapy, teaching in
class, communication aids, play and feelings, training and oversight) under Heading 2
sub-headings; every item is one bullet paragraph whose second line (after a soft line break,
in italics) gives 'how often · how long · who' separated by middle dots. K is a list of
numbered appendices. FINAL plan."""

TITLE = "Education, Health and Care Plan - Jonah Pellacott"


def _item(d, text, details):
    """One F bullet: the provision, a soft line break, then the italic delivery line."""
    p = d.doc.add_paragraph(style="List Bullet")
    p.add_run(text)
    br = p.add_run()
    br.add_break()
    r = p.add_run(details)
    r.italic = True


def build(d):
    d.simple_footer("Selbury Borough Council  \u2022  Final EHC Plan  \u2022  Jonah Pellacott  "
                    "\u2022  Issued 2 February 2026")
    d.title("Selbury Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan (Final)", size=21, color="2E5E4E")
    d.details_table([
        ("Child's name", "Jonah Pellacott"),
        ("Date of birth", "14 February 2021"),
        ("Year group", "Reception (Willow Class)"),
        ("NHS number", "999 614 2207"),
        ("Unique pupil number", "X999000562781"),
        ("Home address", "27 Osier Lane, Selbury, ZY4 8NW"),
        ("Parents", "Kerry Pellacott and Dominic Pellacott"),
        ("Contact", "01632 960718 (home), 07700 900583 (Kerry), kerry.pellacott@example.org"),
        ("Setting", "Upwell Green Primary School"),
        ("Date of this final plan", "2 February 2026"),
        ("Early years review", "By 31 July 2026 (six-monthly, as Jonah is under five)"),
        ("Annual review due by", "1 February 2027"),
        ("EHC co-ordinator", "Priyanka Desmond-Hale, Selbury SEND Assessment Team"),
    ])

    d.heading("Section A: Jonah's views, interests and aspirations, and those of his parents",
              section="A")
    d.heading("What Jonah told us", level=2)
    d.para("Jonah's views were gathered on 12 January 2026 by his class teacher, Mrs Ottaway, "
           "using a Talking Mat with photographs of the classroom, the playground and his "
           "family. Jonah placed the sand tray, the dinosaur box, the bikes outside and his big "
           "sister Maisie under the smiley face. He placed carpet time and 'people saying "
           "what?' under the sad face, and showed this by covering his mouth and shaking his "
           "head. When asked what helps, he chose the photo of his teaching assistant and did "
           "the Makaton sign for 'help'.")
    d.para("Jonah likes building long train tracks, digging, jumping in puddles and anything to "
           "do with diggers and dinosaurs. He loves books with flaps and will 'read' them to "
           "his teddy with lots of expression and gesture.")
    d.heading("What Kerry and Dominic say", level=2)
    d.para("\"Jonah is a kind, funny little boy who wants to join in with everything. At home "
           "we understand most of what he means because we know his signs and his words, but "
           "other people usually don't, and he has started to give up or get cross. We have "
           "seen him push other children when they walk off. We want him to be able to talk "
           "so that everyone understands him, to make friends, and to stay at Upwell Green "
           "with the children he knows. We are worried that if his speech does not come on he "
           "will fall behind with reading.\"")
    d.heading("Hopes for the future", level=2)
    d.para("Jonah's parents hope that by the time he leaves primary school he will talk "
           "confidently to anyone, read for pleasure and have a close group of friends. Jonah "
           "says he wants to 'drive a big digger' when he grows up.")

    d.heading("Section B: Jonah's special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Jonah has a severe speech sound disorder. The speech and language therapist "
           "(advice of 8 December 2025) describes features consistent with childhood apraxia "
           "of speech: his errors are inconsistent, he searches for the position of his lips "
           "and tongue before speaking, vowels are often distorted and longer words break "
           "down. Unfamiliar adults understand about one word in five of his connected speech; "
           "familiar adults understand about half. He uses around 40 single words clearly "
           "enough to be recognised in context.")
    d.para("Jonah's understanding of language is better than his speech but is still below "
           "that expected for his age: he follows two-part instructions about familiar "
           "routines, but loses the thread of longer instructions and of stories read to the "
           "whole class without pictures. He puts two or three words together, relies heavily "
           "on pointing, gesture and about 30 Makaton signs, and cannot yet ask questions or "
           "tell an adult about something that happened.")
    d.heading("Cognition and learning", level=2)
    d.para("Jonah is interested, curious and has good visual memory; he completes 24-piece "
           "jigsaws and remembers where things are kept. His number skills are close to "
           "those expected. His early phonics is held back by his speech: he recognises 12 "
           "Set 1 sounds by sight but cannot yet say most of them reliably, and he cannot "
           "blend sounds aloud. He finds whole-class phonics and story sessions hard to follow "
           "without pictures.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Jonah is friendly and wants to play with others, but when other children do not "
           "understand him he becomes frustrated; on several occasions each week he pushes or "
           "hits, or leaves the game and hides under the climbing frame. He is quiet at carpet "
           "time and rarely joins in. He plays alongside rather than with other children, and "
           "he needs an adult to help him take turns.")
    d.heading("Sensory and physical", level=2)
    d.para("Jonah's gross and fine motor skills are developing in line with his age. He finds "
           "it difficult to copy mouth movements on request (for example rounding his lips or "
           "lifting his tongue), which is part of his speech difficulty. He is independent "
           "with toileting, dressing and eating.")

    d.heading("Section C: Jonah's health needs which relate to his SEN", section="C")
    d.para("Jonah was referred by his GP to the community paediatrician, Dr Lindqvist, in "
           "2024 because of his delayed speech. The paediatrician has found no wider "
           "developmental concerns and has referred Jonah to the regional specialist speech "
           "clinic to confirm whether he has childhood apraxia of speech. Jonah had repeated "
           "ear infections between the ages of two and four. His hearing was within normal "
           "limits at audiology in October 2025, but it drops when he has an infection, and "
           "during these times he is harder to understand and more easily upset. His GP "
           "prescribes antibiotic ear drops when he has an infection.")

    d.heading("Section D: Jonah's social care needs", section="D")
    d.para("No social care needs relating to Jonah's special educational needs or disability "
           "were identified. The family were offered an Early Help assessment in November "
           "2025 and told us this was not needed at present.")

    d.heading("Section E: The outcomes sought for Jonah", section="E")
    d.para("These outcomes look ahead to the end of Key Stage 1 (July 2028) unless an earlier "
           "date is given. Willow Class staff will set small steps towards each outcome every "
           "half-term and share them with Jonah's parents at their half-termly meeting.")
    d.numbered([
        "By the end of Reception (July 2026), Jonah will use signs, pictures or words to make a request to an adult at least five times a day without being prompted.",
        "Jonah will develop his speech sounds.",
        "By the end of Year 1, familiar adults in school will understand at least three-quarters of what Jonah says in sentences of three or four words.",
        "Jonah will receive speech and language therapy twice a week.",
        "By July 2026, Jonah will play a game with one other child, taking at least four turns, with an adult nearby but not directing the play.",
        "Jonah will be happy and settled in Willow Class.",
        "By the end of Reception, Jonah will point to the correct grapheme on his sound mat for 20 of the Set 1 sounds when an adult says them.",
        "Jonah will stop pushing and hitting other children when they do not understand him.",
    ], fmt="{n})")

    d.heading("Section F: The special educational provision Jonah requires", section="F")
    d.para("All of the provision below is made at Upwell Green Primary School in term time "
           "(39 weeks a year) for as long as this plan is maintained. The second line of each "
           "item sets out how often \u00b7 for how long \u00b7 who provides it.")

    d.heading("Speech and language therapy", level=2)
    _item(d, "Direct 1:1 speech and language therapy using the Nuffield Dyspraxia Programme "
             "(NDP3), targeting accurate production and sequencing of consonant\u2013vowel "
             "syllables and two-syllable words.",
          "Twice a week in term time \u00b7 30 minutes a session \u00b7 an HCPC-registered "
          "speech and language therapist with post-graduate training in childhood apraxia of "
          "speech, commissioned by Selbury Borough Council")
    _item(d, "Practice of Jonah's current NDP3 targets with his picture cards and practice "
             "book, on the three days he does not see the therapist.",
          "Monday, Wednesday and Friday, straight after lunch \u00b7 10 minutes, 1:1 \u00b7 "
          "Jonah's teaching assistant, trained by the therapist, who sets new targets and "
          "observes one practice session every half-term")
    _item(d, "A termly visit from the speech and language therapist to advise Reception staff; "
             "Kerry and Dominic to carry out the practice sheets she leaves at home.",
          "Termly \u00b7 NHS speech and language therapist")
    _item(d, "Further blocks of therapy could be looked at over the school holidays, depending "
             "on NHS capacity.",
          "School holidays \u00b7 \u2014")

    d.heading("Teaching and learning in Willow Class", level=2)
    _item(d, "A teaching assistant working 1:1 with Jonah in carpet sessions, phonics and "
             "continuous provision, who checks back what he has said, models two- and "
             "three-word phrases and helps other children to understand him.",
          "Every school day, 8:45 to 12:00 and 13:00 to 15:00 \u00b7 26.25 hours a week "
          "\u00b7 a teaching assistant with a Level 3 qualification who has completed Elklan "
          "Speech and Language Support for 3\u20135s")
    _item(d, "Visual supports in class, e.g. now-and-next board, visual timetable and picture "
             "prompts.",
          "Throughout the day \u00b7 Class staff")
    _item(d, "Extra phonics in a small group.",
          "Up to three times a week \u00b7 15 minutes \u00b7 Reception staff")
    _item(d, "Pre-teaching of the week's new Read Write Inc. sounds with the picture-mnemonic "
             "cards and a mirror, so that Jonah can see and feel how each sound is made before "
             "the whole-class lesson.",
          "Every Monday, Wednesday and Friday at 9:00 \u00b7 10 minutes, 1:1 \u00b7 Jonah's "
          "1:1 teaching assistant, who has also completed Read Write Inc. Phonics training")
    _item(d, "Adults to keep their language simple and give Jonah extra time to answer, subject "
             "to review at the end of each term.",
          "In all activities \u00b7 All adults")
    _item(d, "Talk Boost Early Years language group, with Jonah and no more than three other "
             "children who are good language models.",
          "Three times a week for a ten-week block each term \u00b7 15 minutes \u00b7 a higher "
          "level teaching assistant who has completed I CAN's Talk Boost training")

    d.heading("Communication aids and signing", level=2)
    _item(d, "A personal communication book with core words, symbols and photographs of "
             "Jonah's family, class and favourite activities, kept with him throughout the "
             "school day and updated with new vocabulary every Friday.",
          "All day, every day; updated weekly (20 minutes) \u00b7 Jonah's 1:1 teaching "
          "assistant, using vocabulary chosen with the speech and language therapist")
    _item(d, "Makaton signs and symbols used alongside speech in every adult-led session, so "
             "that Jonah sees the signs he is learning.",
          "Every adult-led session \u00b7 Class teacher and teaching assistants")
    _item(d, "Consideration to be given to a voice output device once the AAC assessment is "
             "done.",
          "Not yet known \u00b7 SENCO")

    d.heading("Play, friendships and feelings", level=2)
    _item(d, "Opportunities to play with a buddy at lunchtime, with an adult close by at first, "
             "reducing as friendships develop.",
          "Daily \u00b7 Lunchtime staff")
    _item(d, "A turn-taking game with one classmate of Jonah's choosing, using a 'my turn / "
             "your turn' card and a sand timer, the adult stepping back once the game is "
             "under way.",
          "Tuesdays and Thursdays after morning break \u00b7 15 minutes \u00b7 Jonah's 1:1 "
          "teaching assistant")
    _item(d, "A calm corner in the classroom Jonah can use when he gets upset, with an adult "
             "to help him if needed.",
          "When needed \u00b7 An adult")
    _item(d, "A short nurture-type programme for frustration and big feelings.",
          "To be arranged \u00b7 SENCO")

    d.heading("Training and oversight", level=2)
    _item(d, "Training for every adult who works in Willow Class on supporting a child with "
             "childhood apraxia of speech: how to cue sounds, how long to wait, and what to do "
             "when they have not understood Jonah.",
          "One 90-minute session before the February half-term 2026, then every September "
          "\u00b7 the HCPC-registered speech and language therapist who provides Jonah's "
          "direct therapy")
    _item(d, "The SENCO will oversee Jonah's provision and decide how adult support is shared "
             "out across the day.",
          "Across the year \u00b7 SENCO")
    _item(d, "Class staff to follow the strategies listed in the educational psychology advice "
             "(Appendix 3).",
          "All sessions \u00b7 Class teacher")

    d.heading("Section G: Health care provision reasonably required by Jonah", section="G")
    d.bullets([
        "Review by the community paediatrician at Selbury Children's Centre every six months.",
        "Audiology review of Jonah's hearing every six months at Selbury Hospital while he continues to have ear infections.",
        "Antibiotic ear drops prescribed by the GP during an ear infection, given in school as required under Jonah's individual health care plan by a member of staff trained by the school nurse.",
        "Diagnostic assessment at the regional specialist speech clinic when an appointment becomes available.",
    ])

    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.para("No provision is required under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970.")
    d.heading("Section H2: Any other social care provision reasonably required", section="H2")
    d.para("None at present.")

    d.heading("Section I: The name and type of school", section="I")
    d.para("Upwell Green Primary School, Selbury (mainstream community primary school, 4\u201311).")

    d.heading("Section J: Personal budget", section="J")
    d.para("Jonah's parents have not asked for a personal budget.")

    d.heading("Section K: Advice and information", section="K")
    d.para("The following advice was gathered for the EHC needs assessment and is attached "
           "as appendices.")
    d.numbered([
        "Parents' views \u2013 Kerry and Dominic Pellacott, 4 December 2025",
        "Jonah's views \u2013 gathered with Talking Mats by Mrs H. Ottaway, class teacher, 12 January 2026",
        "Psychological advice \u2013 Dr Ewan Braithwaite, Educational Psychologist, 15 December 2025",
        "Educational advice \u2013 Mrs J. Farrell, SENCO, Upwell Green Primary School, 10 December 2025",
        "Speech and language therapy advice \u2013 Ms A. Kowalczyk, Speech and Language Therapist, 8 December 2025",
        "Medical advice \u2013 Dr S. Lindqvist, Community Paediatrician, 2 December 2025",
        "Audiology report \u2013 Selbury Hospital",
        "Social care advice \u2013 Selbury Early Help Hub, 28 November 2025",
    ], fmt="Appendix {n}")
