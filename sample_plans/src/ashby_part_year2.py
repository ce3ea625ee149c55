"""Ashby Vale District Council - 'Part A - Views, interests and aspirations' headings set as
coloured bold text (no Word heading styles); Section F as numbered paragraphs under
area-of-need sub-headings. Year 2 child with a hearing impairment. FINAL."""

from docx.shared import Cm

TITLE = "Education, Health and Care Plan - Ruby Mensah"
C = "2E5E4E"


def part(d, text, sid):
    d.bold_line(text, section=sid, size=14, color=C)


def build(d):
    d.simple_footer("Ashby Vale District Council  \u2022  Ruby Mensah  \u2022  EHC Plan (Final)")
    d.title("Ashby Vale District Council", size=14, color=C)
    d.title("Education, Health and Care Plan", size=22, color=C)
    d.para("Final plan issued: 6 February 2026          Next review by: 5 February 2027")
    d.table(None, [
        ["Name", "Ruby Mensah", "Date of birth", "22.07.2019"],
        ["Year group", "Year 2", "School", "Meadowbank Infant School"],
        ["Parents", "Abena Mensah and Callum Reid", "Phone", "01632 960552"],
        ["Address", "Flat 3, Kingfisher Court, Ashby Vale, XQ7 2NB", "Caseworker", "Lorna Petch"],
    ], widths_cm=[2.6, 5.6, 2.8, 5.6], bold_first_col=True)

    d.para("This plan has been written with Ruby and her family. It describes Ruby's needs and the "
           "help she must receive. All of the help in Part F must be provided.", italic=True)
    d.page_break()
    part(d, "Part A \u2013 Views, interests and aspirations", "A")
    d.para("Ruby is six. She is chatty and sociable and loves dancing, painting and her "
           "grandmother's chickens. Ruby told her teaching assistant, using pictures and a few "
           "words, that she likes \"painting, dancing, Nana's chickens\" and does not like \"noisy "
           "dinner hall\" or \"when my ears buzz\".")
    d.bold_line("What people like and admire about Ruby", size=11)
    d.para("Her teachers describe Ruby as warm, funny and a natural performer. She is always the "
           "first to notice when a friend is sad and will share her snack with them. Her Nana says "
           "she is \"the best egg collector in the family\".")
    d.bold_line("How best to support Ruby", size=11)
    d.bullets([
        "Get Ruby's attention before speaking to her, and face her when you talk.",
        "Keep background noise down when giving instructions.",
        "Give her time to answer - she is working hard to listen.",
        "Praise her effort; she is proud when she gets things right.",
    ])
    d.bold_line("Ruby's family's views and aspirations", size=11)
    d.para("Abena and Callum want Ruby to be understood by everyone she meets and to learn to "
           "read alongside her friends. They would like staff at school to be confident in "
           "looking after her hearing aids. Ruby says she wants to be \"a dancer and a vet\".")

    part(d, "Part B \u2013 Special educational needs", "B")
    d.bold_line("Communication and interaction", size=11)
    d.para("Ruby has a moderate bilateral sensorineural hearing loss and wears two hearing aids. "
           "Her speech is delayed: she drops the ends of words and substitutes 't' for 'k' and "
           "'d' for 'g', so unfamiliar listeners understand about half of what she says. Her "
           "vocabulary is below that of her peers, especially for topic words.")
    d.bold_line("Cognition and learning", size=11)
    d.para("Ruby is working towards the expected standard in reading and writing. She finds it "
           "hard to hear the differences between similar speech sounds, which slows her phonics "
           "progress. Her number skills are developing but she has gaps in counting on and back.")
    d.bold_line("Social, emotional and mental health", size=11)
    d.para("Ruby is confident with familiar adults but becomes tired and withdrawn in the "
           "afternoons because of the effort of listening. She sometimes misses what is said in "
           "playground games and can then become upset.")
    d.bold_line("Sensory and/or physical", size=11)
    d.para("In addition to her hearing loss, Ruby's fine motor skills are delayed. She holds her "
           "pencil in a fisted grip and her letters are not yet formed correctly.")

    part(d, "Part C \u2013 Health needs related to Ruby's SEN", "C")
    d.para("Permanent moderate bilateral sensorineural hearing loss, diagnosed at the newborn "
           "hearing screen and confirmed at 3 months. Ruby is under the care of the paediatric "
           "audiology team at Ashby Vale Hospital. She also has glue ear from time to time, which "
           "makes her hearing worse for several weeks.")

    part(d, "Part D \u2013 Social care needs", "D")
    d.para("No social care needs have been identified.")

    part(d, "Part E \u2013 Outcomes", "E")
    d.numbered([
        "By the end of Year 3, Ruby will repeat back a six-word sentence heard in class, without visual cues, on 8 out of 10 trials.",
        "Ruby will develop her listening skills.",
        "By July 2027 Ruby will read and spell all the phase 5 graphemes correctly in a phonics check.",
        "Ruby will be a confident, happy girl who reaches her full potential.",
        "Ruby will work with a teacher of the deaf.",
        "By the end of Key Stage 1, Ruby will write her name and a simple sentence using correctly formed letters.",
    ], fmt="E{n}")

    d.para("The school will set short-term targets towards these outcomes each term and share "
           "them with Ruby's parents at a termly meeting.")
    d.page_break()
    part(d, "Part F \u2013 Special educational provision", "F")
    d.para("The provision in this Part will be made in term time. The SENCO will oversee it and "
           "will report on it at each annual review.")
    d.bold_line("Hearing and communication", size=11)
    d.numbered([
        "A qualified teacher of the deaf (holding the mandatory qualification) will visit school once every two weeks for 60 minutes: 30 minutes of direct 1:1 listening and language teaching with Ruby and 30 minutes checking her radio aid and advising her class team.",
        "Ruby will wear a radio aid (personal FM system) in all lessons, with the transmitter worn by the adult leading the teaching; the class teaching assistant will check it with a Ling six-sound test every morning.",
        "Staff should seat Ruby near the front of the class in every lesson so that she can see the speaker's face.",
        "Ruby may need pre-tutoring of new vocabulary before topics.",
        "Speech and language therapy will be provided by the NHS service in line with their eligibility criteria.",
        "Twenty minutes of 1:1 speech sound work (from the programme written by the NHS speech and language therapist) four mornings a week, delivered by a teaching assistant who has been trained, and is supervised each half-term, by that therapist.",
        "A 20-minute Talk Boost language group of four pupils, three times a week, run by a teaching assistant who has completed the Talk Boost training.",
    ])
    d.bold_line("Learning", size=11)
    d.numbered([
        "Daily phonics catch-up in a small group with the class teaching assistant.",
        "Numicon-based number work, 1:1 with a teaching assistant trained in Numicon, for 15 minutes three times a week.",
        "A quiet working area to be available when background noise is high.",
        "Acoustic treatment of the classroom (soft furnishings, carpet tiles, etc.) as advised by the Sensory Support Service.",
    ], start=8)
    d.bold_line("Wellbeing and physical development", size=11)
    d.numbered([
        "Fine motor and handwriting practice will be carried out by parents at home using the OT's activity sheets.",
        "Write from the Start fine-motor programme in a group of three pupils, 20 minutes twice a week, delivered by a teaching assistant trained by the school's occupational therapist, who reviews progress each term.",
        "Deaf awareness training for staff.",
        "Ruby will have a key adult at playtimes for the first term, then this will be phased out.",
    ], start=12)

    part(d, "Part G \u2013 Health provision", "G")
    d.bullets([
        "Audiology review at Ashby Vale Hospital every six months, including hearing aid checks and replacement ear moulds.",
        "A block of six speech and language therapy sessions at the hospital clinic to develop Ruby's speech sounds.",
    ])

    part(d, "Part H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.para("Not applicable. Ruby has no assessed social care needs.")
    part(d, "Part H2 \u2013 Other social care provision", "H2")
    d.para("Not applicable.")

    part(d, "Part I \u2013 Placement", "I")
    d.para("Meadowbank Infant School")

    part(d, "Part J \u2013 Personal budget", "J")
    d.para("No request for a personal budget has been made.")

    part(d, "Part K \u2013 Advice and information", "K")
    d.bullets([
        "Views of parents - Abena Mensah and Callum Reid, 4 September 2025",
        "Educational advice - Miss J. Fairlie, SENCO, Meadowbank Infant School, 12 September 2025",
        "Psychological advice - Dr Cara Ingham, Educational Psychologist, 20 September 2025",
        "Medical advice - Paediatric Audiology, Ashby Vale Hospital, 2 September 2025",
        "Social care - no involvement (Children's Services Duty Team), 10 September 2025",
    ])
