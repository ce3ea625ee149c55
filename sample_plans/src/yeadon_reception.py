"""Borough of Calderholme - Reception child (age 4) with autism and sensory processing
difficulties at a mainstream community primary school, with a 1:1 teaching assistant for
the mornings only. Word Heading 2 headings with a plain-English title and the statutory
title in brackets ('Section F \u2014 The help Jonah will get at school (special educational
provision)'). Bold-label cover lines. E is bullets with a leading 'E1:' label. Section F is
one run of numbered paragraphs 1-20 continuing across bold area sub-headings; most items
are followed by indented sub-lines with italic run-in labels ('When and for how long:',
'Adult:', sometimes 'Reviewed:'); some items carry everything in the sentence and have no
sub-lines. Separate H1 and H2. FINAL plan; six-monthly review while in the early years."""

from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Jonah Pemberton-Ives"


def _sub(d, label, value):
    p = d.doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run(label + "  ")
    r.italic = True
    p.add_run(value)


def _item(d, n, text, *subs):
    d.numbered([text], start=n, fmt="{n}.")
    for label, value in subs:
        _sub(d, label, value)


def _area(d, text):
    d.bold_line(text, size=11.5, color="7A2E5C")


def build(d):
    d.running_header_footer("Borough of Calderholme \u2013 Final EHC Plan \u2013 Jonah Pemberton-Ives",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Borough of Calderholme", size=13, color="7A2E5C")
    d.title("Education, Health and Care Plan", size=22, color="7A2E5C")
    d.para("Final plan (first plan following an EHC needs assessment)", italic=True)
    d.label_para("Child: ", "Jonah Pemberton-Ives")
    d.label_para("Date of birth: ", "14/03/2021")
    d.label_para("NHS number: ", "999 604 2187")
    d.label_para("UPN: ", "X999000161803")
    d.label_para("Address: ", "27 Heron Walk, Calderholme, ZX3 5NT")
    d.label_para("Parents: ", "Leah Pemberton and Marcus Ives")
    d.label_para("Telephone / e-mail: ", "07700 900582 \u2013 leah.pemberton@example.org")
    d.label_para("School and year group: ", "Yeadon Brook Primary School, Reception (Hedgehog Class)")
    d.label_para("Date final plan issued: ", "19 January 2026")
    d.label_para("Next review: ", "by 17 July 2026 (six-monthly review while Jonah is in the early years)")
    d.label_para("Plan co-ordinator: ", "Tamsin Oyelaran-Burke, Calderholme SEND Service")

    d.heading("Section A \u2014 About Jonah (views, interests and aspirations)", level=2,
              section="A")
    d.para("**What Jonah has told us.** Jonah chose photographs of the things he likes and "
           "does not like with his teaching assistant, Miss Farrow, in December 2025, and "
           "sorted them onto a \"happy\" and a \"sad\" board. On his happy board: trains, the "
           "spinning top, the big slide, bubbles, the number song, his sister Orla and \"Mummy "
           "car\". On his sad board: the hand dryer, the dinner hall, wet sand on his hands and "
           "\"carpet\" (sitting on the carpet with the whole class). He said \"no loud\" while "
           "pointing at the hall.")
    d.para("**What Jonah's parents say.** Leah and Marcus say Jonah is clever, funny and "
           "loving, and knows every station on the line between Calderholme and the coast. He "
           "was diagnosed with autism in September 2025. They want school to understand that "
           "when Jonah lashes out it is because he is frightened or overwhelmed, not because he "
           "is naughty. Their hopes are that he will be able to tell people what he needs, make "
           "a friend, be toilet trained and feel safe at school. In the longer term they would "
           "like him to stay at a mainstream school with his friends from the village.")

    d.heading("Section B \u2014 What Jonah finds difficult (special educational needs)", level=2,
              section="B")
    d.para("**Communication and interaction.** Jonah uses single words and some learned phrases "
           "(\"ready, steady, go\", \"all done\"), mostly to name things he is interested in. He "
           "rarely uses words to ask for help or to tell an adult how he feels; instead he pulls "
           "an adult by the hand or becomes distressed. He understands short, familiar "
           "instructions in routine situations but not longer instructions given to the whole "
           "class. He finds it hard to share attention with an adult on something the adult has "
           "chosen for more than a minute or two.")
    d.para("**Social, emotional and mental health.** Jonah plays alongside other children but "
           "does not yet join in their play, and becomes upset if a child takes a toy he is "
           "using. When the classroom is noisy or plans change without warning he can hit out, "
           "throw equipment or run out of the room. These episodes happen two or three times "
           "most mornings and are fewer after lunch, when the class is calmer.")
    d.para("**Sensory and physical.** Jonah has sensory processing difficulties, confirmed by "
           "the occupational therapist. He is very sensitive to sudden noise (hand dryers, the "
           "dinner hall, the school bell) and to wet or sticky textures, and he seeks movement, "
           "spinning and deep pressure. His pencil grip is immature and his hand strength is "
           "weak for his age; he avoids mark-making.")
    d.para("**Cognition and learning.** Jonah has strong visual memory and knows all his "
           "numbers to 20 and many letter shapes. He finds it hard to learn in whole-class "
           "sessions because of the noise and the length of time on the carpet. He has not yet "
           "begun to blend sounds.")
    d.para("**Independence and self-care.** Jonah is not yet toilet trained during the day and "
           "needs help to wash and dry his hands. He eats a very limited range of foods and "
           "finds lunchtime in the hall overwhelming.")

    d.heading("Section C \u2014 Jonah's health (health needs related to SEN)", level=2,
              section="C")
    d.para("Jonah was diagnosed with autism spectrum disorder by the Calderholme Child "
           "Development Centre on 22 September 2025. He has eczema on his hands, which is made "
           "worse by frequent hand washing. His diet is restricted to about eight foods. He takes "
           "melatonin at home to help him sleep. A hearing test has been requested to rule out "
           "a hearing loss.")

    d.heading("Section D \u2014 Jonah's social care needs", level=2, section="D")
    d.para("Jonah is a disabled child. His parents have a 14-month-old daughter and find it "
           "very hard to take Jonah out to play areas and groups, because he runs off and "
           "becomes distressed in busy places. The family has had support from the Calderholme "
           "Early Help team since the spring of 2025 and would like help to find activities "
           "that Jonah can enjoy outside home.")

    d.heading("Section E \u2014 What we want Jonah to achieve (outcomes)", level=2, section="E")
    d.para("The school will set small-step targets towards each outcome every half-term and "
           "share them with Jonah's parents at a meeting with the class teacher.")
    d.bullets([
        "**E1:** By the end of Reception (July 2026), Jonah will use a picture card or a two-word phrase to ask an adult for help or for something he wants, at least five times in a morning.",
        "**E2:** Jonah will improve his communication.",
        "**E3:** By the end of Key Stage 1, Jonah will take turns with one classmate in a familiar game for five minutes with no more than one adult prompt.",
        "**E4:** Jonah will stop hitting other children when the classroom is noisy.",
        "**E5:** By July 2026, Jonah will use the toilet when taken and wash his hands using his picture sequence, with no more than one prompt.",
        "**E6:** Jonah will receive 1:1 support in the mornings.",
        "**E7:** By the end of Reception, Jonah will blend and read ten three-letter words by pointing to the matching picture.",
    ])

    d.heading("Section F \u2014 The help Jonah will get at school (special educational provision)",
              level=2, section="F")
    d.para("Everything in this section is provided by Yeadon Brook Primary School in term time, "
           "unless it says otherwise. The numbers run on through the section so that each item "
           "can be referred to at reviews.")

    _area(d, "Adult support in class")
    _item(d, 1, "A named 1:1 teaching assistant for Jonah every morning, Monday to Friday, covering arrival, carpet time, phonics and the first outdoor session.",
          ("When and for how long:", "8:45 to 11:45 every school morning \u2013 15 hours a week, 39 weeks a year"),
          ("Adult:", "Teaching assistant who has completed the Autism Education Trust's early years 'Making Sense of Autism' and 'Good Autism Practice' modules"))
    _item(d, 2, "In the afternoons Jonah will share the class teaching assistant with other children, where possible.",
          ("When and for how long:", "Afternoons"),
          ("Adult:", "Class teaching assistant"))

    _area(d, "Communication and interaction")
    _item(d, 3, "Attention Autism in a group of no more than four children, working through the stages from the 'bucket' to turn-taking games.",
          ("When and for how long:", "15 minutes every day, straight after the morning register"),
          ("Adult:", "Jonah's 1:1 teaching assistant, who has attended the two-day Attention Autism course"),
          ("Reviewed:", "each half-term by the SENCO, against Jonah's attention targets"))
    _item(d, 4, "Speech and language therapy, in an amount to be decided once the therapist has finished her assessment.",
          ("When and for how long:", "Not yet known"),
          ("Adult:", "Calderholme Children's Speech and Language Therapy Service"))
    _item(d, 5, "A now-and-next board on Jonah's table showing photographs of his current and next activity, changed at every change of activity.",
          ("When and for how long:", "Throughout the school day"),
          ("Adult:", "His 1:1 teaching assistant in the morning and the class teacher in the afternoon"))
    _item(d, 6, "Staff should keep their language short and simple and give Jonah extra time to respond.")

    _area(d, "Social, emotional and mental health")
    _item(d, 7, "Jonah will be given opportunities to play alongside his classmates in structured games.")
    _item(d, 8, "A 'play partners' session with one classmate chosen with Jonah, using the same three turn-taking games each time (marble run, ball ramp and a shape-sorter race), in the quiet room.",
          ("When and for how long:", "10 minutes, four mornings a week (not Fridays)"),
          ("Adult:", "Jonah's 1:1 teaching assistant (see item 1)"))
    _item(d, 9, "Emotional regulation work using a programme chosen by the SENCO.",
          ("Adult:", "SENCO"))

    _area(d, "Sensory and physical")
    _item(d, 10, "A sensory circuit devised by the occupational therapist: alerting (trampette and star jumps), organising (crawling through a tunnel, walking the balance beam) and calming (carrying a weighted bag and a deep-pressure 'hot dog' roll in a mat).",
          ("When and for how long:", "10 minutes at 8:50 every morning and 10 minutes at 13:05 after lunch"),
          ("Adult:", "1:1 teaching assistant in the morning and class teaching assistant in the afternoon, both shown the circuit by the occupational therapist, who checks it with them each term"))
    _item(d, 11, "A movement break in the hall every 30 minutes during the morning, reducing through the year as Jonah settles.",
          ("Adult:", "1:1 teaching assistant"))
    _item(d, 12, "Ear defenders, a wobble cushion and fidget toys available to Jonah whenever he needs them.")
    _item(d, 13, "The occupational therapist will visit once a term to advise school on Jonah's sensory needs.")
    _item(d, 14, "Fine motor activities to strengthen his grip, such as playdough, threading and pegboards.",
          ("When and for how long:", "Most days"),
          ("Adult:", "Adults in the Reception class"))

    _area(d, "Cognition and learning")
    _item(d, 15, "1:1 phonics teaching using Read Write Inc. Set 1 sounds, with picture cards Jonah can point to instead of saying the sound.",
          ("When and for how long:", "15 minutes every day, straight after the whole-class phonics input"),
          ("Adult:", "1:1 teaching assistant, trained in Read Write Inc. Phonics by the school's reading leader"))
    _item(d, 16, "Small group maths work.",
          ("When and for how long:", "Weekly"),
          ("Adult:", "Class teacher"))
    _item(d, 17, "Adult-led play to extend Jonah's interests into new areas of the classroom.",
          ("When and for how long:", "Up to 20 minutes a day"),
          ("Adult:", "Early years practitioner"))

    _area(d, "Independence and self-care")
    _item(d, 18, "A toileting routine: Jonah is taken to the toilet at 9:45, 11:15, 13:30 and 14:45 and follows a four-step picture sequence fixed to the cubicle door.",
          ("When and for how long:", "Four times each school day; each visit lasts five minutes"),
          ("Adult:", "1:1 teaching assistant in the morning and class teaching assistant in the afternoon, both trained in intimate care by the school nurse"))
    _item(d, 19, "Support at lunchtime with eating and coping with the dining hall.",
          ("When and for how long:", "Daily, subject to review at Christmas"),
          ("Adult:", "Lunchtime supervisor"))

    _area(d, "Specialist teaching")
    _item(d, 20, "Visits from the autism outreach teacher to observe Jonah, set his next steps on the Autism Progression Framework and coach his 1:1 teaching assistant, followed by a written summary for the class teacher and parents.",
          ("When and for how long:", "One 90-minute visit each half-term (six visits a year)"),
          ("Adult:", "Specialist teacher from the Calderholme Autism Outreach Team who holds a postgraduate certificate in autism and education"))

    d.heading("Section G \u2014 Health provision", level=2, section="G")
    d.bullets([
        "Review by the community paediatrician at Calderholme Child Development Centre every six months.",
        "Emollient cream applied to Jonah's hands as required after hand washing, following the GP's written instructions kept in his individual health care plan.",
        "A hearing test at the Calderholme Children's Hearing Centre, booked for 11 March 2026.",
        "Dietetic input if his diet becomes more restricted.",
    ])

    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick "
              "and Disabled Persons Act 1970", level=2, section="H1")
    d.para("A support worker for 3 hours every other Saturday morning so that Jonah can attend "
           "the Sensory Stars inclusive play scheme at Calderholme Leisure Centre, arranged by "
           "the Calderholme Disabled Children's Team.")
    d.heading("Section H2 \u2014 Other social care provision", level=2, section="H2")
    d.para("Family support from the Early Help team as needed.")

    d.heading("Section I \u2014 Jonah's school (placement)", level=2, section="I")
    d.para("Yeadon Brook Primary School, Calderholme (mainstream community primary school, "
           "ages 4 to 11), Reception class.")

    d.heading("Section J \u2014 Personal budget", level=2, section="J")
    d.para("Jonah's parents have not asked for a personal budget.")

    d.heading("Section K \u2014 Advice and information", level=2, section="K")
    d.numbered([
        "Parents' views \u2013 Leah Pemberton and Marcus Ives, 28 October 2025",
        "Educational advice \u2013 Mrs C. Haldane, SENCO, Yeadon Brook Primary School, 3 November 2025",
        "Psychological advice \u2013 Dr J. Arkwright, Educational Psychologist, 10 November 2025",
        "Medical advice \u2013 Dr S. Venkatesh, Community Paediatrician, 6 November 2025",
        "Speech and language therapy advice \u2013 Ms R. Okafor, Speech and Language Therapist, 12 November 2025",
        "Occupational therapy advice \u2013 Ms E. Lindqvist, Occupational Therapist, 14 November 2025",
        "Autism outreach advice \u2013 Mr P. Deverell, Specialist Teacher, Calderholme Autism Outreach Team, 7 November 2025",
        "Social care advice \u2013 Calderholme Early Help team, 17 November 2025",
        "Health visitor advice \u2013 Calderholme 0\u201319 Service",
    ], fmt="K{n}")
