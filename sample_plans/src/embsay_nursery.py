"""Embsay Vale Council - early years (age 3) child with cerebral palsy (spastic diplegia)
at a private day nursery. Word Heading 1 headings 'F. Special Educational Provision'
(letter, full stop, Title Case). Bold-label cover lines; running header and a 'FINAL
Page X of Y' footer. E numbered E1-E8. Section F runs under bold italic EYFS-area lines
(Physical development, Communication and language ...); every item is one automatically
numbered Word paragraph ('List Number', numbers not in the text) whose details follow on
soft line breaks inside the same paragraph ('When and for how long:' / 'Who:'); some detail
lines are left blank. Separate H1 and H2. FINAL plan."""

TITLE = "Education, Health and Care Plan - Isla Thornber"


def _item(d, what, when, who):
    p = d.doc.add_paragraph(style="List Number")
    p.paragraph_format.space_after = d.doc.styles["Normal"].paragraph_format.space_after
    p.add_run(what)
    p.add_run().add_break()
    r = p.add_run("When and for how long: ")
    r.bold = True
    if when:
        p.add_run(when)
    p.add_run().add_break()
    r = p.add_run("Who: ")
    r.bold = True
    if who:
        p.add_run(who)


def _area(d, text):
    d.para(text, bold=True, italic=True, size=11.5)


def build(d):
    d.running_header_footer("Embsay Vale Council  |  EHC Plan  |  Isla Thornber",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Embsay Vale Council", size=13, color="0E6E6E")
    d.title("Education, Health and Care Plan", size=22, color="0E6E6E")
    d.para("Early Years \u2013 Final Plan", bold=True, size=12)
    d.label_para("Child: ", "Isla Thornber")
    d.label_para("Date of birth: ", "2 December 2022 (age 3)")
    d.label_para("NHS number: ", "999 604 2275")
    d.label_para("Home address: ", "Flat 2, 41 Kilnsey Row, Embsay Vale, XJ3 8NW")
    d.label_para("Parents: ", "Hannah Thornber (mother) and Dev Malhotra (father)")
    d.label_para("Telephone / e-mail: ", "07700 900317 / hannah.thornber@example.org")
    d.label_para("Early years setting: ", "Buttercup Lane Day Nursery (Caterpillars room)")
    d.label_para("Date plan finalised: ", "9 March 2026")
    d.label_para("Next review: ", "by 8 September 2026 (six-monthly review for a child under five)")
    d.label_para("EHC co-ordinator: ", "Tomasz Wierzbicki, Embsay Vale SEND Service")

    d.heading("A. Views, Interests and Aspirations", section="A")
    d.heading("About Isla", level=2)
    d.para("Isla's key person, Leanne, watched and chatted with Isla over two weeks in "
           "January 2026 and wrote down what she said and chose. Isla told her: \"Me do it!\" "
           "when Leanne went to lift her onto the bench, and \"Isla dance\" when the music "
           "came on. She loves the home corner, bubbles, the sand tray, books about "
           "animals, and singing 'Wind the Bobbin Up'. She does not like having her splints "
           "put on, being left sitting while the others run outside, or loud hand dryers.")
    d.heading("What Isla's parents say", level=2)
    d.para("Hannah and Dev say Isla is chatty, stubborn and full of fun, and that she adores "
           "her baby brother Reuben. They want her to be as independent as she can be, to "
           "join in with the other children rather than watch from the side, and to be ready "
           "for school. They worry that she is getting frustrated now that she understands "
           "she cannot keep up, and that she is tired at the end of a nursery day. Their hope "
           "for the future is that Isla goes to her local primary school with her friends, "
           "walks with as little equipment as possible, and one day does the things she "
           "chooses, whether that is dancing or anything else.")

    d.heading("B. Special Educational Needs", section="B")
    d.heading("Physical development", level=2)
    d.para("Isla has spastic diplegia: the muscles in both legs are tight, especially her "
           "hamstrings and calves. She cannot sit on the floor without support except by "
           "W-sitting, and she topples when she reaches out to the side. She can stand "
           "holding a table for about a minute. She walks short distances in a posterior "
           "walker with an adult steadying it, and crawls to get about the room. Outdoors she "
           "cannot yet use the climbing frame or a trike. She uses both hands well in play "
           "but her grip on crayons and cutlery is weak and she tires quickly at table-top "
           "activities if she is not well supported in her seat.")
    d.heading("Communication and language", level=2)
    d.para("Isla understands everyday language well for her age. Her talking is a little "
           "behind: she mostly uses one- and two-word phrases, and her speech becomes quieter "
           "and harder to understand when she is tired or lying on the floor. She is less "
           "likely to talk in a group because she is often positioned away from the other "
           "children.")
    d.heading("Personal, social and emotional development", level=2)
    d.para("Isla is sociable with adults but spends much of her day watching other children "
           "rather than playing with them, because she cannot get to where the play is. She "
           "becomes upset and cries at drop-off and when she is left behind at transitions "
           "such as going outside. She finds turn-taking hard and snatches toys she cannot "
           "reach in time.")
    d.heading("Self-care", level=2)
    d.para("Isla is not yet toilet trained. She cannot sit safely on a standard potty or "
           "toilet and needs an adult to help her get on and off. At mealtimes she can feed "
           "herself finger foods but needs help to cut food and to use a spoon without "
           "spilling.")
    d.heading("Learning through play", level=2)
    d.para("Isla's play and early thinking skills are a little behind those of other "
           "children her age (working within the 24 to 36 months band of Development "
           "Matters in most areas). This is mainly because she has had fewer chances to "
           "explore and try things for herself. She enjoys posting, stacking and books, and "
           "is starting to match pictures.")

    d.heading("C. Health Needs", section="C")
    d.para("Isla was born at 29 weeks and was diagnosed with spastic diplegic cerebral palsy "
           "(GMFCS level III) in September 2024. She wears ankle-foot orthoses on both legs "
           "and is on the hip surveillance programme because she is at risk of hip "
           "displacement. The spasticity clinic is considering botulinum toxin injections to "
           "her calves. She tires easily, and by the afternoon her posture and speech are "
           "noticeably worse. She has a squint, which is monitored by the orthoptist.")

    d.heading("D. Social Care Needs", section="D")
    d.para("Isla is a disabled child. She cannot sit in the bath without being held, which is "
           "difficult and unsafe for her parents now that she is growing, especially when "
           "her mother is also caring for her baby brother. The Children's Social Care "
           "Occupational Therapy Service assessed the family's home in January 2026. No other "
           "social care needs were identified.")

    d.heading("E. Outcomes", section="E")
    d.para("These outcomes will be looked at again at Isla's six-monthly review. The nursery "
           "SENCO will set small steps towards each outcome on Isla's individual play plan "
           "every half-term and share them with her parents.")
    d.numbered([
        "By December 2026, Isla will walk with her posterior walker from the garden door to the snack table (about 10 metres) without an adult steadying the walker.",
        "By December 2026, Isla will sit on a bench at the activity table with her feet flat on a foot block for five minutes while she plays with both hands.",
        "Isla will be more confident.",
        "By the end of the summer term 2026, Isla will use three-word phrases (for example 'more juice please') to ask for things at snack time on four days out of five.",
        "Isla will receive physiotherapy at nursery.",
        "By September 2026, Isla will pull her trousers down and up by herself while sitting on the adapted potty chair, with an adult only steadying her.",
        "Isla will make friends.",
        "Isla will walk without her walker one day.",
    ], fmt="E{n}")

    d.heading("F. Special Educational Provision", section="F")
    d.para("The provision below will be made at Buttercup Lane Day Nursery on the days Isla "
           "attends (Tuesday, Wednesday and Thursday) for as long as this plan is in place. "
           "It is set out under the prime areas of the Early Years Foundation Stage.")

    _area(d, "Physical development")
    _item(d,
          "Direct physiotherapy at nursery to work on Isla's sitting balance, standing, and stepping in her posterior walker; her key person joins the session so that she can learn the exercises.",
          "One 45-minute session every fortnight, including the nursery's holiday weeks (the nursery is open 51 weeks a year).",
          "HCPC-registered paediatric physiotherapist, Embsay Vale Children's Physiotherapy Service.")
    _item(d,
          "A daily stretching and standing programme between physiotherapy visits: hamstring and calf stretches, long-sitting on a bench, and 'stand and reach' play at the activity table.",
          "Twice on each day Isla attends (after morning snack and after lunch), 15 minutes each time.",
          "Isla's key person, who has been trained by the physiotherapist and is observed carrying out the programme at every fortnightly visit.")
    _item(d,
          "Time in her standing frame during a table-top activity Isla has chosen, so that she can play at the same height as the other children.",
          "30 minutes at the start of every morning she attends.",
          "Her key person or the room leader (Level 3 Early Years Educator), both shown by the physiotherapist how to position her in the frame and take her out safely.")
    _item(d,
          "Isla should be given opportunities to be out of her seat and move around the room.",
          "As much as possible.",
          "All staff.")
    _item(d,
          "Occupational therapy to look at Isla's seating, grip and fine motor skills.",
          "Following OT assessment (referral made January 2026).",
          "NHS occupational therapist.")
    _item(d,
          "Appropriate seating and equipment for mealtimes and table-top activities.",
          "All sessions.",
          "Nursery to provide.")
    _item(d,
          "Outdoor play on the climbing frame and trikes with an adult helping, with the help reduced as Isla becomes steadier.",
          "Daily.",
          "Early years practitioner.")

    _area(d, "Communication and language")
    _item(d,
          "Early Talk Boost sessions (listening, vocabulary and putting words together) in a group of no more than five children, with Isla seated in her corner seat at floor level.",
          "Three 15-minute sessions each week (Tuesday, Wednesday and Thursday mornings) across the nursery year.",
          "A nursery practitioner who has completed the Early Talk Boost training.")
    _item(d,
          "Speech and language therapy advice to nursery staff on developing Isla's expressive language.",
          "Half-termly visit.",
          "Community speech and language therapist.")
    _item(d,
          "Adults to model language during play and use a range of strategies, e.g. commenting, expanding her words and offering choices.",
          "Throughout sessions.",
          "All adults in the room.")

    _area(d, "Personal, social and emotional development")
    _item(d,
          "A settling routine at drop-off: Isla's key person meets her and her parent at the door, looks through the photo board of the day's activities with her and helps her choose where to start.",
          "The first 10 minutes of every session she attends.",
          "Her key person, or the named back-up key person when her key person is absent.")
    _item(d,
          "Support to join in play alongside other children.",
          "Regularly.",
          "Staff.")
    _item(d,
          "Isla would benefit from a small group turn-taking game at floor level.",
          "2\u20133 times a week, 10 to 15 minutes.",
          "Early years practitioner.")

    _area(d, "Self-care")
    _item(d,
          "Toileting on the nursery's adapted potty chair (with side supports and a foot block), following Isla's written toileting plan; she is taught to pull her trousers down and up herself, and the adult does only the steps she cannot yet manage.",
          "Four times each day she attends (on arrival, before lunch, after lunch and before home time), 10 minutes each time.",
          "One of two practitioners who have completed the nursery's moving and handling and intimate care training.")
    _item(d,
          "Help at mealtimes with cutting up food and using her adapted cutlery.",
          "As and when she needs it.",
          "")
    _item(d,
          "1:1 adult support for Isla across the nursery day.",
          "Up to 20 hours a week, funded through the Embsay Vale SEN Inclusion Fund.",
          "1:1 practitioner.")

    _area(d, "Learning through play")
    _item(d,
          "An adult-led 1:1 play session working on Isla's current small-step targets (posting shapes, two-piece inset puzzles, matching pictures), written on her individual play plan.",
          "20 minutes, three mornings a week.",
          "Her key person, with the targets set each half-term by the Early Years Inclusion Teacher (a qualified teacher) at her visit.")
    _item(d,
          "Access to a range of adapted toys and resources.",
          "",
          "")

    _area(d, "Moving to the Pre-school room")
    _item(d,
          "Planned visits to the Pre-school (Owls) room before Isla moves up in September 2026, with a photo book of the room and its staff to share at home.",
          "Six 1-hour visits in June and July 2026; the photo book ready by 31 May 2026.",
          "Her key person goes with her on every visit; the nursery SENCO makes the photo book.")
    _item(d,
          "A meeting with the Owls room staff to share Isla's needs, if appropriate.",
          "Summer term 2026.",
          "Nursery SENCO.")

    d.heading("G. Health Provision", section="G")
    d.bullets([
        "Review by Dr H. Castellano, Consultant Paediatrician, Embsay Vale Child Development Centre, every six months.",
        "A hip X-ray every 12 months at Embsay Vale General Hospital under the cerebral palsy hip surveillance programme.",
        "Ankle-foot orthoses for both legs, supplied by the orthotics service and reviewed and refitted every four months.",
        "Botulinum toxin injections to her calves may be considered at a future spasticity clinic.",
        "A paediatric buggy with postural support, once Isla reaches the top of the Wheelchair Service waiting list.",
    ])

    d.heading("H1. Social Care Provision (Section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("A supportive bathing seat, supplied and fitted by the Children's Social Care "
           "Occupational Therapy Service by 30 April 2026, with a home visit to show Isla's "
           "parents how to use it safely.")
    d.heading("H2. Other Social Care Provision", section="H2")
    d.para("None.")

    d.heading("I. Placement", section="I")
    d.para("Buttercup Lane Day Nursery, Embsay Vale (private day nursery), three days a week.")

    d.heading("J. Personal Budget", section="J")
    d.para("Isla's parents have not asked for a personal budget.")

    d.heading("K. Advice and Information", section="K")
    d.bullets([
        "Parents' views \u2013 Hannah Thornber and Dev Malhotra, 6 January 2026",
        "Isla's views \u2013 recorded by Leanne Mistry, key person, 23 January 2026",
        "Educational advice \u2013 Ms C. Hale, SENCO, Buttercup Lane Day Nursery, 14 January 2026",
        "Psychological advice \u2013 Dr Fenella Ruddock, Educational Psychologist, 20 January 2026",
        "Medical advice \u2013 Dr H. Castellano, Consultant Paediatrician, 12 January 2026",
        "Physiotherapy advice \u2013 Ms K. Adeyemi, Paediatric Physiotherapist, 9 January 2026",
        "Speech and language therapy advice \u2013 Ms J. Oyelaran, Speech and Language Therapist, 16 January 2026",
        "Occupational therapy \u2013 letter confirming referral, Embsay Vale Children's OT Service, 21 January 2026",
        "Early Years Inclusion Service report",
        "Social care advice \u2013 Children's Social Care Occupational Therapy Service, 28 January 2026",
    ])
