"""Hollinsdale County Council - early years (age 3) child with bilateral permanent hearing
loss and cochlear implants at a private day nursery. Headings are bold coloured Normal text
(no heading styles) in a bare-letter colon form with a personalised title ('F: The help
Elodie will get - special educational provision'). Cover details as bold-label lines. E is
a bulleted list. Section F is in three parts: Part 1 is prose describing Elodie's day at
nursery under small italic part-of-day sub-headings, one provision per sentence; Part 2 a
three-column table of visiting specialist provision (What will be provided | How much and
how often | Provided by); Part 3 bullets on equipment and the room. H1 and H2 separate.
FINAL plan."""

TITLE = "Education, Health and Care Plan - Elodie Okafor"

HEAD = "6A2C70"


def _h(d, text, section):
    d.bold_line(text, section=section, size=14, color=HEAD)


def _sub(d, text):
    d.bold_line(text, size=11.5, color="444444")


def build(d):
    d.simple_footer("Hollinsdale County Council \u2013 Education, Health and Care Plan \u2013 "
                    "Elodie Okafor \u2013 FINAL")
    d.title("Hollinsdale County Council", size=12, color=HEAD)
    d.title("Elodie's Education, Health and Care Plan", size=20, color=HEAD)
    d.para("Status: FINAL    Date issued: 20 February 2026    "
           "Next review: by 19 August 2026 (six-month early years review)", bold=True, size=10)
    d.label_para("Child's name: ", "Elodie Okafor")
    d.label_para("Date of birth: ", "4 June 2022 (aged 3 years 8 months)")
    d.label_para("NHS number: ", "999 718 4420")
    d.label_para("Home address: ", "Flat 3, 11 Rowan Terrace, Hollinsbridge, XJ2 5TW")
    d.label_para("Parents: ", "Ciara Okafor and Daniel Okafor (Elodie lives with both parents "
                 "and her brother Sami, who is 10 months old)")
    d.label_para("Contact: ", "07700 900347; ciara.okafor@example.org")
    d.label_para("Home language: ", "English (Daniel also speaks Yoruba at home)")
    d.label_para("Setting: ", "Little Wrens Day Nursery, Hollinsbridge")
    d.label_para("Expected start in Reception: ", "September 2026")
    d.label_para("Plan co-ordinator: ", "Marianne Tostevin, Hollinsdale SEND Early Years Team")

    _h(d, "A: Elodie's story \u2013 views, interests and aspirations", "A")
    _sub(d, "What Elodie enjoys and how she lets us know")
    d.para("Elodie is three and is not yet able to give her views in words, so these were "
           "gathered by her key person at nursery and by her parents over two weeks in "
           "January 2026, using photographs of her favourite things and watching what she "
           "chose. Elodie loves water play, bubbles, the climbing frame, Hey Duggee and "
           "dancing to music with a strong beat. She lights up when she sees Sami. She "
           "shows she is unhappy by pulling off her processors, turning away or going to "
           "hide in the book corner. When she wants something she takes an adult's hand and "
           "points, and she is starting to say \"more\", \"bubbles\" and \"Mama\".")
    _sub(d, "What Ciara and Daniel say")
    d.para("Elodie's parents say she is bright, determined and very sociable, and she makes "
           "friends easily even when other children cannot understand her. They found out "
           "that she was deaf at her newborn hearing screen and she had her cochlear implants "
           "at 13 months. They are proud of how much she now listens, but they worry that "
           "she is a long way behind other three-year-olds in her talking and that the "
           "nursery is very noisy. Their hope is that Elodie goes to Hollinsbridge Primary "
           "with the friends she has made at nursery, that she can talk to anyone she meets, "
           "and that she grows up confident about being deaf.")

    _h(d, "B: Elodie's special educational needs", "B")
    _sub(d, "Hearing")
    d.para("Elodie has a bilateral profound sensorineural hearing loss. With her cochlear "
           "implants switched on she can detect all the Ling sounds at a close distance in a "
           "quiet room, but she finds it very hard to pick out speech when there is "
           "background noise or when the speaker is more than two metres away, which is most "
           "of the time in a busy nursery room. She cannot yet tell an adult when a "
           "processor is not working or has fallen off.")
    _sub(d, "Communication and language")
    d.para("Elodie understands about 50 familiar words and short phrases in context (for "
           "example \"coat on\", \"time for snack\") but not new instructions or questions. "
           "She uses around 15 spoken words, some approximations, and a few natural gestures. "
           "She does not yet join two words together. Her listening age is about 20 months.")
    _sub(d, "Social and emotional development")
    d.para("Elodie plays happily alongside others and copies them, but when she cannot make "
           "herself understood she becomes frustrated and snatches toys or pulls her "
           "processors off. Group times are hard because she cannot follow the story or "
           "song and she wanders away.")
    _sub(d, "Physical development")
    d.para("Elodie's balance is poorer than that of other children her age, which the "
           "physiotherapist links to the effect of her deafness on her balance system. She "
           "falls often when running and on uneven ground and is wary of climbing.")

    _h(d, "C: Health needs related to Elodie's SEN", "C")
    d.para("Bilateral profound sensorineural hearing loss (cause not known; CMV and genetic "
           "tests negative). Bilateral cochlear implants fitted at the Northgate Cochlear "
           "Implant Centre in July 2023, with programming sessions every three months. "
           "Reduced vestibular (balance) function, identified by the implant centre in 2025. "
           "Elodie is otherwise well.")

    _h(d, "D: Social care needs", "D")
    d.para("No social care needs relating to Elodie's SEN or disability were identified by "
           "the Early Help assessment completed on 15 January 2026.")

    _h(d, "E: Outcomes we are working towards", "E")
    d.para("The nursery SENCO and the teacher of the deaf will agree small steps towards "
           "these outcomes every half-term and share them with Ciara and Daniel.")
    d.bullets([
        "By September 2026, Elodie will turn to her name when it is called from two metres away in the playroom, on four out of five tries.",
        "By the time she starts Reception in September 2026, Elodie will use at least 100 spoken words and will put two words together (such as \"more bubbles\") every day at nursery.",
        "Elodie will develop her listening skills.",
        "Elodie will receive regular support from the teacher of the deaf.",
        "By August 2026, Elodie will tell or show an adult when one of her processors has come off, every time it happens.",
        "Elodie will stop pulling her processors off.",
        "By September 2026, Elodie will walk the length of a low balance beam and climb the nursery climbing frame with no more than one hand held.",
    ])

    _h(d, "F: The help Elodie will get \u2013 special educational provision", "F")
    d.para("This section describes what will be provided for Elodie on each of the four "
           "days a week she attends Little Wrens (Monday to Thursday, 8:30 to 15:30, 38 weeks "
           "a year), then the provision from visiting specialists, then her equipment.",
           italic=True)
    d.bold_line("Part 1 \u2013 Elodie's day at Little Wrens", size=12, color=HEAD)
    _sub(d, "Arriving")
    d.para("Within ten minutes of Elodie arriving each day, her key person, Mrs Joanne "
           "Petts (a Level 3 qualified early years practitioner trained by the teacher of "
           "the deaf to check cochlear implant processors), checks that both processors are "
           "on and working using the Ling six-sound check. Staff will go through the day with "
           "Elodie using her photo timetable where possible.")
    _sub(d, "Playing and learning")
    d.para("Every day she attends, Elodie has two 10-minute individual listening and talking "
           "sessions in the nursery's quiet room (one before lunch and one in the afternoon) "
           "with Mrs Petts, who has completed the Hollinsdale Sensory Support Service's "
           "four-day 'Listening Foundations' course, working on targets written each "
           "half-term by the teacher of the deaf. During free play an adult will stay near "
           "Elodie to model words and extend her play as much as possible. Elodie will also "
           "have access to a quieter area away from background noise.")
    d.para("Three mornings a week (Monday, Wednesday and Thursday), Elodie joins a Talk Boost "
           "Early Years group of no more than four children for 15 minutes, run by the "
           "nursery's deputy manager, who is trained in Talk Boost. Nursery staff would "
           "benefit from learning basic signs to use alongside speech with Elodie.")
    _sub(d, "Group times, outdoors and mealtimes")
    d.para("Mrs Petts wears the Roger Touchscreen microphone, paired to both of Elodie's "
           "processors, throughout every story time, circle time and adult-led outdoor "
           "activity that Elodie joins. Whether Elodie's processors are taken off or covered "
           "for water play, sand and messy activities is left to the judgement of the room "
           "staff on the day.")
    _sub(d, "Going home")
    d.para("At the end of every session Mrs Petts writes in Elodie's home\u2013nursery book, "
           "noting the new words she has heard or used that day, so her parents can use them "
           "at home.")

    d.bold_line("Part 2 \u2013 Visits from specialists", size=12, color=HEAD)
    d.table(["What will be provided", "How much and how often", "Provided by"], [
        ["Direct teaching at the nursery on listening, attention to sound and early spoken language, with Mrs Petts taking part so she can carry on the targets between visits",
         "One 60-minute visit every week, 38 weeks a year",
         "Qualified teacher of the deaf holding the mandatory qualification, Hollinsdale Sensory Support Service"],
        ["Auditory verbal therapy sessions",
         "Up to 12 sessions a year",
         "Auditory verbal therapist"],
        ["Speech and language therapy: advice to the nursery on Elodie's language targets",
         "Each term",
         "NHS speech and language therapist"],
        ["Portage home visits to help Elodie's parents with play and language at home",
         "To be confirmed after the Portage team's first visit",
         "Portage home visitor"],
        ["Training for every practitioner in Elodie's room on caring for her processors, simple troubleshooting and using the radio aid",
         "A 90-minute session in the first fortnight of each term, and before any new member of staff works with Elodie",
         "Qualified teacher of the deaf, with the educational audiologist from the Northgate Cochlear Implant Centre"],
        ["Visits to check Elodie's progress",
         "As needed",
         "Early Years Inclusion Team"],
        ["Balance and gross-motor activities, for example climbing frame, balance beam and ride-on toys, taken from the physiotherapist's programme",
         "Weekly, reducing to fortnightly after the first term",
         "Nursery practitioner"],
    ], widths_cm=[7.4, 4.6, 4.6], header_fill="E8DDF0", font_size=10)

    d.bold_line("Part 3 \u2013 Equipment and the nursery room", size=12, color=HEAD)
    d.bullets([
        "A spare pair of processor batteries, spare coils and a drying kit kept in Elodie's room, checked every Monday morning by the nursery SENCO.",
        "Acoustic improvements to the main playroom, for instance soft furnishings and acoustic ceiling tiles, if the nursery's bid to the Early Years Inclusion Fund is successful.",
        "One-to-one support for Elodie for as many hours as the nursery manager judges she needs.",
    ])

    _h(d, "G: Health care provision", "G")
    d.bullets([
        "Cochlear implant programming (mapping) and audiology review at the Northgate Cochlear Implant Centre every three months.",
        "Replacement processor parts, batteries and coils supplied by the implant centre within five working days of a request from the family or nursery.",
        "Paediatric physiotherapy review of Elodie's balance when she reaches the top of the waiting list.",
    ])

    _h(d, "H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("No provision is needed under section 2 of the Chronically Sick and Disabled "
           "Persons Act 1970 at present.")
    _h(d, "H2: Other social care provision", "H2")
    d.para("None. The family have been given information about Hollinsdale's short breaks "
           "local offer.")

    _h(d, "I: Name and type of setting", "I")
    d.para("Little Wrens Day Nursery, Hollinsbridge (private day nursery; private, voluntary "
           "and independent early years setting), Monday to Thursday, 8:30 to 15:30.")

    _h(d, "J: Personal budget", "J")
    d.para("A personal budget was discussed with Ciara and Daniel; they have not asked for "
           "one.")

    _h(d, "K: Advice and information", "K")
    d.bullets([
        "Parents' views \u2013 Ciara and Daniel Okafor, 12 January 2026",
        "Educational advice \u2013 Mrs L. Bramall, SENCO, Little Wrens Day Nursery, 14 January 2026",
        "Advice from the qualified teacher of the deaf \u2013 Ms R. Achebe, Hollinsdale Sensory Support Service, 9 January 2026",
        "Medical advice \u2013 Dr P. Lindqvist, Community Paediatrician, 7 January 2026",
        "Cochlear implant centre report \u2013 Northgate Cochlear Implant Centre, 18 December 2025",
        "Psychological advice \u2013 Dr N. Haworth, Educational Psychologist, 16 January 2026",
        "Speech and language therapy advice \u2013 Hollinsdale Children's Speech and Language Therapy Service",
        "Physiotherapy advice \u2013 Ms K. Oyelaran, Paediatric Physiotherapist, 13 January 2026",
        "Social care advice \u2013 Hollinsdale Early Help Team, 15 January 2026",
    ])
