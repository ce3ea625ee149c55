"""Brackenfold Borough Council - early years plan for a four-year-old in the nursery class
of a maintained primary school (the year before Reception). Permanent bilateral hearing loss
(hearing aids) and global developmental delay. Word Heading 1 headings with a vertical bar
('Section A | Views, interests and aspirations'). Cover details as bold-label lines under two
bold sub-titles, and a small footer line. E is a list numbered E1-E7. Section F is four
four-column tables, one per area of need under Heading 2 sub-headings, with the columns in
the order Provision | Who | When | Where (the 'When' cell combines frequency and length).
H1 has a short-breaks line with no amount. Section I names the school for nursery and then
Reception. FINAL plan (phase transfer to Reception), six-monthly review as she is under five."""

TITLE = "Education, Health and Care Plan - Maisie Okafor-Lund"

_W = [6.2, 4.4, 3.6, 2.4]
_HEAD = ["Provision", "Who", "When", "Where"]


def build(d):
    d.simple_footer("Brackenfold Borough Council  \u00b7  EHC Plan (Final)  \u00b7  "
                    "Maisie Okafor-Lund  \u00b7  Issued 9 February 2026")
    d.title("Brackenfold Borough Council", size=13, color="2E5E4E")
    d.title("Education, Health and Care Plan", size=22, color="2E5E4E")
    d.para("FINAL PLAN \u2013 early years", bold=True, size=12)

    d.para("About Maisie", bold=True, size=12)
    d.label_para("Full name: ", "Maisie Okafor-Lund")
    d.label_para("Date of birth: ", "14/11/2021")
    d.label_para("NHS number: ", "999 318 6042")
    d.label_para("UPN: ", "X999000161803")
    d.label_para("Home address: ", "22 Sandpiper Walk, Brackenfold, ZY4 8NE")
    d.label_para("Parents: ", "Hannah Lund (mother) and Tobi Okafor (father)")
    d.label_para("Contact: ", "01632 960731 (home), 07700 900582 (Hannah), hannah.lund@example.org")
    d.label_para("Brother and sister: ", "Reuben (7) and Ivy (8 months)")
    d.label_para("Setting: ", "Larchwood Primary School, nursery class (morning sessions, "
                 "Monday to Friday, 8:45 to 11:45)")
    d.label_para("Age group: ", "Nursery (pre-school year); Maisie is due to start Reception "
                 "in September 2026")

    d.para("About this plan", bold=True, size=12)
    d.label_para("Date of final plan: ", "9 February 2026")
    d.label_para("Next review by: ", "31 July 2026 (Maisie is under five, so her plan is "
                 "reviewed every six months)")
    d.label_para("EHC co-ordinator: ", "Priya Sandhu-Marsh, Brackenfold SEND Assessment Team")

    d.heading("Section A | Views, interests and aspirations", section="A")
    d.heading("What Maisie has shown us", level=2)
    d.para("Maisie is four and uses a mix of single words, Makaton signs, pointing and "
           "leading adults by the hand. Her key person at nursery, Mrs Gemma Hollis, "
           "gathered her views between November 2025 and January 2026 by watching what she "
           "chooses to do, and by sharing a book of photographs of nursery with her and "
           "noting what she pointed to, signed or pushed away.")
    d.bullets([
        "Maisie loves water play, bubbles, the big slide and anything that spins. She signed "
        "\"more\" over and over when a practitioner blew bubbles for her.",
        "She pointed to the photo of her brother Reuben and said \"Reu!\" with a big smile. "
        "She likes being in the home corner with one other child.",
        "She pushed away the photos of the hall at lunchtime and of the hand dryers in the "
        "toilets. Staff have seen her cover her ears and cry when the room is loud.",
        "She takes her hearing aids out when she is tired or cross, and hides them in the "
        "sand tray.",
    ])
    d.heading("What Maisie's parents say", level=2)
    d.para("Hannah and Tobi describe Maisie as loving, determined and funny, \"a little "
           "whirlwind who notices everything\". They want her to be able to tell them what "
           "she wants and how she feels, whether by talking or signing, and they are "
           "learning Makaton as a family. Their biggest hope is that Maisie starts Reception "
           "at Larchwood with the children she knows from nursery, and that the teachers "
           "there understand her deafness. In the longer term they hope she will have good "
           "friends, be able to look after herself and \"have the same chances as Reuben\". "
           "They are worried about toileting, about her falling in the playground and about "
           "how tired they all are since Ivy was born.")

    d.heading("Section B | Special educational needs", section="B")
    d.heading("Hearing, listening and communication", level=2)
    d.para("Maisie has a permanent moderate-to-severe sensorineural hearing loss in both ears, "
           "identified through newborn hearing screening, and has worn hearing aids since she "
           "was four months old. With working aids and in a quiet room she hears most speech "
           "at a metre, but in the busy nursery room she misses much of what is said, "
           "especially from across the room or from behind her. She does not yet let an adult "
           "know when an aid is not working. Her understanding of spoken language is at "
           "roughly the level expected of a child of two; she follows familiar one-step "
           "instructions with a gesture, but not two-step ones. She uses around 40 single "
           "words, many of them unclear to unfamiliar listeners, and 25 Makaton signs. She "
           "does not yet join words together.")
    d.heading("Cognition and learning", level=2)
    d.para("Maisie has global developmental delay. Her play skills are at around the 20-to-24-"
           "month level: she enjoys cause-and-effect toys and posting, but is only beginning to "
           "match pictures, build a tower or use one object to stand for another. She can "
           "attend to an adult-led activity for two or three minutes when it is one-to-one and "
           "the room is quiet, and for less than a minute in a group. She needs many "
           "repetitions before she learns a new routine or word.")
    d.heading("Physical and sensory development", level=2)
    d.para("Maisie walked at 2 years 3 months. Her balance is poor: she falls several times in "
           "most sessions, avoids steps and slopes, cannot yet jump with both feet or pedal a "
           "trike, and tires quickly outdoors. Her hands are weak and she uses a fisted grasp "
           "on crayons and spoons; she cannot yet manage buttons, zips or opening a snack "
           "packet. She is distressed by sudden loud noises, such as hand dryers and the "
           "school bell, which are amplified by her hearing aids.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Maisie is affectionate with familiar adults and watches other children closely, "
           "but plays alongside rather than with them. When she cannot make herself understood, "
           "or an activity ends suddenly, she screams, throws things or pushes the nearest "
           "child. She settles more quickly when she is warned about what is coming next with "
           "a picture and a sign.")
    d.heading("Self-care and independence", level=2)
    d.para("Maisie is not yet toilet trained and wears nappies. She does not show that she "
           "needs the toilet or that her nappy is wet. She feeds herself finger foods but "
           "spills most food from a spoon, and she needs help to take off and put on her coat "
           "and shoes.")

    d.heading("Section C | Health care needs related to Maisie's SEN", section="C")
    d.para("Maisie has permanent bilateral sensorineural hearing loss and is under the care of "
           "the Brackenfold Children's Hearing Centre, which supplies and maintains her hearing "
           "aids. She has global developmental delay and is seen by the community "
           "paediatrician, Dr Karim Estcourt; genetic investigations have been requested to "
           "look for a cause that links her hearing loss and her delay. She has mild asthma, "
           "treated with an inhaler when she is wheezy, and recurrent ear infections that "
           "stop her wearing her aids for several days at a time.")

    d.heading("Section D | Social care needs", section="D")
    d.para("Maisie is a disabled child within the meaning of section 17 of the Children Act "
           "1989. The Children with Disabilities Team assessed the family in December 2025. "
           "Maisie needs constant supervision to keep her safe, which is hard for her parents "
           "to give while caring for a baby. She cannot yet take part in ordinary holiday "
           "activities without an adult with her at all times.")

    d.heading("Section E | Outcomes", section="E")
    d.para("The outcomes below run to the end of Maisie's Reception year unless a date is "
           "given. The nursery teacher will set small steps towards each outcome every "
           "half-term and share them with Hannah and Tobi in Maisie's home-school book.")
    d.numbered([
        "By the end of Reception (July 2027), Maisie will use at least 100 different words or signs and will join two of them together to ask for something, at least five times in a session.",
        "Maisie will develop her listening skills.",
        "By the end of the summer term 2026, Maisie will show an adult, by word, sign or pointing to her ear, when one of her hearing aids is not working, on four out of five occasions.",
        "Maisie will receive physiotherapy to help with her walking.",
        "By July 2027, Maisie will walk up and down the three steps to the outdoor area holding the rail, without an adult's hand, every time she uses them.",
        "Maisie will stop pushing other children when she is frustrated.",
        "By the end of Reception, Maisie will take part in a small-group adult-led activity for 10 minutes, taking turns with a peer at least twice.",
    ], fmt="E{n}")

    d.heading("Section F | Special educational provision", section="F")
    d.para("The provision below must be made for Maisie in every nursery session in term time, "
           "and will continue when she moves into the Reception class at Larchwood in "
           "September 2026. Each table covers one area of need.")

    d.heading("Hearing, listening and communication", level=2)
    d.table(_HEAD, [
        ["Individual listening and spoken-language teaching: detecting and telling apart the "
         "Ling six sounds, turning to her name and to everyday sounds against background "
         "noise, and learning new words through play with the 'Learning to Listen' "
         "sound-object pairs",
         "Qualified Teacher of the Deaf holding the mandatory qualification, Brackenfold "
         "Sensory Support Service",
         "One 45-minute session every week in term time",
         "Quiet room next to the nursery classroom"],
        ["A listening check of both hearing aids with a stetoclip, followed by the Ling "
         "six-sound check, with flat batteries replaced straight away",
         "Maisie's key person, a Level 3 early years practitioner shown how to do the check "
         "by the Teacher of the Deaf",
         "On arrival at every nursery session; five minutes",
         "Cloakroom"],
        ["Speech and language therapist to visit, observe Maisie and set language targets "
         "for nursery staff to work on",
         "Brackenfold Children's Speech and Language Therapy Service",
         "Once a term",
         "Nursery"],
        ["Colourful Semantics language group to build two- and three-word phrases (who + "
         "doing + what), with the key words also signed in Makaton; a group of no more than "
         "four children",
         "Early years practitioner who has completed the Colourful Semantics training run by "
         "the Brackenfold Speech and Language Therapy Service",
         "15 minutes on Monday, Wednesday and Friday mornings",
         "Quiet room"],
        ["Adults to sign key words in Makaton alongside speech wherever possible",
         "Nursery staff",
         "Throughout each session",
         "Nursery and outdoor area"],
        ["A radio aid (remote microphone) linked to Maisie's hearing aids, once audiology has "
         "confirmed she is ready for one",
         "Audiology and Sensory Support Service",
         "To be confirmed",
         "Nursery"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Cognition and learning", level=2)
    d.table(_HEAD, [
        ["1:1 adult-led play working on Maisie's current early learning targets (taking "
         "turns, matching pictures, posting shapes and cause-and-effect toys); the Area "
         "SENCO writes new targets every half-term from the records kept",
         "Teaching assistant with a Level 3 early years qualification, supervised by the "
         "nursery class teacher",
         "20 minutes in every morning session, five days a week",
         "Small table in the nursery classroom"],
        ["A differentiated early years curriculum with lots of opportunities for hands-on, "
         "sensory learning",
         "Nursery team",
         "Daily",
         "Nursery"],
        ["Home learning activities from nursery for Maisie's parents to carry out with her",
         "Parents",
         "Regularly",
         "Home"],
        ["Outreach visits from the Early Years Inclusion Team",
         "Early Years Inclusion Team",
         "As agreed with the nursery",
         "Nursery"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Physical and sensory development", level=2)
    d.table(_HEAD, [
        ["Individual physiotherapy for balance, stepping up and down and walking on uneven "
         "ground",
         "HCPC-registered paediatric physiotherapist, Brackenfold Children's Therapies",
         "One 30-minute session every fortnight in term time",
         "Nursery hall and outdoor area"],
        ["Practice of the physiotherapist's written gross-motor programme (high kneeling, "
         "stepping over a low beam, pedalling a trike with foot straps)",
         "Teaching assistant trained by the physiotherapist, who checks the practice at each "
         "fortnightly visit",
         "Ten minutes in each morning session, Monday to Friday",
         "Outdoor area"],
        ["Fine motor activities to strengthen her hands",
         "Key person",
         "Little and often",
         "Nursery"],
        ["Occupational therapy assessment of seating, cutlery and fine motor skills, with a "
         "programme to follow",
         "Occupational therapist",
         "Following assessment",
         "Nursery"],
        ["Acoustic panels and soft furnishings to cut background noise and echo in the "
         "nursery room, subject to the school's capital budget",
         "School",
         "Before September 2026",
         "Nursery classroom"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Emotional well-being, self-care and independence", level=2)
    d.table(_HEAD, [
        ["A photo card of the next activity, shown with the sign for 'finished', before "
         "every change of activity",
         "Maisie's key person (Level 3 early years practitioner)",
         "At every change of activity, every session",
         "Throughout the nursery"],
        ["Comfort and reassurance from a familiar adult when Maisie is frustrated or upset",
         "A familiar adult",
         "When needed",
         "Nursery"],
        ["Toilet-training programme, agreed with parents",
         "Key person",
         "Daily",
         "Nursery toilets"],
        ["Additional adult support across the nursery sessions, of up to 15 hours a week, "
         "reducing as Maisie becomes more independent",
         "Teaching assistant",
         "Across the week",
         "Nursery"],
        ["Deaf awareness training for every adult who will work with Maisie in Reception, "
         "covering hearing-aid and radio-aid checks, where to sit and how to speak clearly",
         "Qualified Teacher of the Deaf (mandatory qualification), Brackenfold Sensory "
         "Support Service",
         "One 90-minute session in July 2026, before Maisie starts Reception",
         "Larchwood Primary School"],
    ], widths_cm=_W, font_size=9.5)

    d.heading("Section G | Health care provision", section="G")
    d.bullets([
        "Review by the paediatric audiologist at the Brackenfold Children's Hearing Centre every three months, with new earmoulds taken at each review.",
        "Two behind-the-ear hearing aids supplied and repaired by the Children's Hearing Centre, which sends spare batteries and tubing to the nursery each half-term.",
        "Salbutamol inhaler through a spacer, two puffs as required for wheeze, given by staff trained by the school nurse and recorded in line with Maisie's asthma plan.",
        "Community paediatrician review every six months; genetic testing through the regional clinical genetics service when an appointment becomes available.",
    ])

    d.heading("Section H1 | Social care provision under section 2 of the Chronically Sick "
              "and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A place at the Sandpipers inclusive holiday playscheme for six days in the summer holiday, with a 1:1 play worker who has completed deaf awareness training.",
        "Short breaks at the Rowan Family Centre.",
    ])
    d.heading("Section H2 | Other social care provision", section="H2")
    d.para("None identified at this time.")

    d.heading("Section I | Placement", section="I")
    d.para("Larchwood Primary School, Brackenfold (mainstream maintained primary school with "
           "a nursery class): the nursery class until July 2026, then the Reception class "
           "from September 2026.")

    d.heading("Section J | Personal budget", section="J")
    d.para("Maisie's parents have not asked for a personal budget.")

    d.heading("Section K | Advice and information", section="K")
    d.bullets([
        "Parents' views \u2013 Hannah Lund and Tobi Okafor, 18 November 2025",
        "Maisie's views \u2013 gathered by Mrs G. Hollis, key person, November 2025 to January 2026",
        "Educational advice \u2013 Mr D. Quaye, nursery class teacher, Larchwood Primary School, 2 December 2025",
        "Advice from the Qualified Teacher of the Deaf \u2013 Ms F. Orrell, Brackenfold Sensory Support Service, 28 November 2025",
        "Psychological advice \u2013 Dr Imogen Pask, Educational Psychologist, 5 December 2025",
        "Medical advice \u2013 Dr K. Estcourt, Community Paediatrician, 1 December 2025",
        "Physiotherapy advice \u2013 Brackenfold Children's Therapies, 26 November 2025",
        "Speech and language therapy advice \u2013 Brackenfold Children's Speech and Language Therapy Service",
        "Social care advice \u2013 Children with Disabilities Team, 15 December 2025",
    ])
