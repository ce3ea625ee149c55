"""Hollinsmere Borough Council - early-years plan for a Reception child. Headings in the
bracketed form '(A) Views, interests and aspirations' (Word Heading 1), EYFS area-of-need
sub-headings (Heading 2). Section F is a run of labelled-line blocks per provision
('Provision:' / 'How often:' / 'Who will deliver it:' / 'Outcome:'). Key-person routines.
Under-5 review after six months. FINAL."""

TITLE = "EHC Plan - Oscar Treloar (Early Years)"


def _block(d, provision, how_often, who, outcome):
    d.label_para("Provision: ", provision)
    d.label_para("How often: ", how_often)
    d.label_para("Who will deliver it: ", who)
    d.label_para("Outcome: ", outcome)
    d.para("")


def build(d):
    d.running_header_footer("Hollinsmere Borough Council | Early Years EHC Plan | Oscar Treloar",
                            footer_left="FINAL", first_page_plain=True)
    d.title("Hollinsmere Borough Council", size=14, color="2E5E3A")
    d.title("Education, Health and Care Plan", size=22, color="2E5E3A")
    d.para("Early Years \u2013 Final Plan", bold=True, size=13)
    d.label_para("Child's name: ", "Oscar Treloar")
    d.label_para("Date of birth: ", "2 March 2021")
    d.label_para("NHS number: ", "999 301 7742")
    d.label_para("Year group: ", "Reception")
    d.label_para("Address: ", "4 Quarry Bank Cottages, Hollinsmere, XQ3 8NW")
    d.label_para("Parents: ", "Kerensa Treloar and Daniel Treloar")
    d.label_para("Telephone: ", "01632 960534")
    d.label_para("Setting: ", "St Aidan's Church of England Primary School (Reception class)")
    d.label_para("Date plan finalised: ", "20 February 2026")
    d.label_para("Next review: ", "July 2026 (six-monthly review, as Oscar is under five)")
    d.label_para("Early years SEND officer: ", "Priya Castellane")
    d.para("Hollinsmere Borough Council must secure the special educational provision in "
           "Section F. Information about your right of appeal and about mediation is in the "
           "covering letter.", italic=True, size=9.5)

    d.heading("(A) Views, interests and aspirations of Oscar and his family", section="A")
    d.para("Oscar is nearly five. He loves tractors, splashing in puddles and anything with "
           "a wheel that turns. He is affectionate with adults he knows and adores his baby "
           "sister, Morwenna. He says a handful of single words, most clearly \"tractor\", "
           "\"more\", \"Mum\" and \"no\", and leads adults by the hand to show what he wants.")
    d.para("Oscar's views were gathered by his key person through photographs of the day: "
           "he smiled and pointed at the sand tray, the outdoor bikes and the song-time mat, "
           "and turned away from the photo of the dinner hall.")
    d.para("Kerensa and Daniel say: \"We want Oscar to be able to tell people what he needs "
           "without getting upset, to be dry in the day, and to make a friend. We would love "
           "him to stay at St Aidan's with the children from his village.\"")

    d.heading("(B) Special educational needs", section="B")
    d.heading("Communication and language", level=2)
    d.para("Oscar has a significant delay in understanding and using language. At 4 years 11 "
           "months he understands single words and some familiar routines, and uses about 30 "
           "single words. His attention to an adult-led activity lasts one to two minutes. "
           "Assessment by the speech and language therapist (November 2025) places his "
           "language at around the 24-month level.")
    d.heading("Cognition and learning", level=2)
    d.para("Oscar has a diagnosis of global developmental delay (community paediatrician, "
           "2024). He learns best through movement and repetition. He is beginning to match "
           "objects and to complete four-piece inset puzzles.")
    d.heading("Personal, social and emotional development", level=2)
    d.para("Oscar finds changes of activity very hard and may throw toys or drop to the floor "
           "when an activity ends. He plays alongside other children but does not yet take "
           "turns.")
    d.heading("Physical development and sensory needs", level=2)
    d.para("Oscar has low muscle tone. He tires quickly, finds stairs difficult and has an "
           "immature grasp. He seeks movement and deep pressure and is upset by the noise of "
           "the dinner hall and hand dryers.")
    d.heading("Self-care and independence", level=2)
    d.para("Oscar is not yet toilet trained and wears pull-ups. He needs help with dressing, "
           "hand-washing and eating with cutlery.")

    d.heading("(C) Health needs related to Oscar's SEN", section="C")
    d.para("Global developmental delay and hypotonia, under the care of Dr Ilse Vandermeer, "
           "community paediatrician. A history of glue ear; hearing was within normal limits "
           "at his last audiology test (October 2025). Oscar eats a narrow range of foods.")

    d.heading("(D) Social care needs", section="D")
    d.para("The Children with Disabilities Team assessed the family in December 2025. Oscar "
           "needs one-to-one support to take part in community activities, and his parents "
           "need a regular break to spend time with his baby sister.")

    d.heading("(E) Outcomes", section="E")
    d.para("The setting will agree small steps towards these outcomes with Oscar's parents "
           "each half-term and record them in his learning journal.")
    d.bullets([
        "By the end of Reception, Oscar will join two words together to ask for something he wants, such as \"more juice\", at least five times a day.",
        "Oscar will develop his communication skills.",
        "By July 2026, Oscar will use the toilet when an adult prompts him, with no more than one accident a week.",
        "Oscar will receive physiotherapy.",
        "By the end of Year 1, Oscar will stay at an adult-led table activity for 10 minutes alongside two other children.",
        "Oscar will stop throwing toys when he is frustrated.",
    ])

    d.heading("(F) Special educational provision", section="F")
    d.para("Each block below sets out one piece of provision, how often it happens, who "
           "delivers it and which outcome in Section E it supports.", italic=True)
    d.heading("Communication and language", level=2)
    _block(d,
           "Individual speech and language therapy on attention, listening and two-word phrases, using the Derbyshire Language Scheme.",
           "One 30-minute session every week in term time.",
           "An HCPC-registered speech and language therapist from the Hollinsmere Children's Therapy Service.",
           "E1")
    _block(d,
           "A 1:1 language practice programme written by the speech and language therapist, carried out in the quiet room.",
           "10 minutes each morning on the four days of the week without a therapy session.",
           "Oscar's key person, a teaching assistant trained by the therapist at the start of each term and observed by her once a half-term.",
           "E1")
    _block(d,
           "Makaton signs and symbols used with Oscar alongside spoken words.",
           "Throughout the school day.",
           "All adults in the Reception class.",
           "E1")
    _block(d,
           "Opportunities to join in small-group language games with other children.",
           "Most days.",
           "Early years staff.",
           "E1, E5")
    d.heading("Personal, social and emotional development", level=2)
    _block(d,
           "A meet-and-greet at the classroom door, where his key person goes through Oscar's photo timetable for the morning and helps him hang up his coat and bag.",
           "Every morning from 8:45 to 8:55.",
           "Oscar's key person (as above).",
           "E5")
    _block(d,
           "Oscar will be supported to manage changes between activities.",
           "As needed.",
           "A key adult.",
           "E6")
    _block(d,
           "An Attention Autism ('Bucket Time') group, stages 1 to 3, with no more than four children in the group.",
           "15 minutes every afternoon.",
           "A teaching assistant who has completed the two-day Attention Autism training.",
           "E5")
    _block(d,
           "A Now and Next board and a sand timer when moving from one activity to the next.",
           "At the class teacher's discretion.",
           "Class teacher.",
           "E6")
    d.heading("Physical development and sensory needs", level=2)
    _block(d,
           "A sensory circuit of alerting, organising and calming activities, set up in the hall and following the circuit written by the occupational therapist.",
           "10 minutes at 9:00 and again at 13:15 every school day.",
           "Oscar's key person, shown the circuit by the occupational therapist, who checks and updates it each half-term.",
           "E5, E6")
    _block(d,
           "Occupational therapy advice to the setting about Oscar's sensory needs.",
           "Termly.",
           "Occupational therapist.",
           "E6")
    _block(d,
           "Fine motor activities such as play dough, threading and tweezer games.",
           "Daily.",
           "Staff in the Reception class.",
           "E5")
    _block(d,
           "Physiotherapy to improve Oscar's balance and stair climbing, with the amount to be decided after his assessment in the spring term.",
           "To be confirmed.",
           "Physiotherapist.",
           "E4")
    d.heading("Self-care and independence", level=2)
    _block(d,
           "A toileting routine with a photo sequence strip: Oscar is taken to the toilet and helped to pull up his clothes and wash his hands.",
           "At 9:30, 11:30, 13:30 and 15:00 every day, and after any accident.",
           "His key person or a second named teaching assistant, both trained in the school's intimate care procedure.",
           "E3")
    _block(d,
           "1:1 help at lunchtime to use a spoon and fork and to open his food packets.",
           "Every lunchtime, 12:00 to 12:40.",
           "Lunchtime supervisor.",
           "E5")
    d.heading("Across all areas", level=2)
    _block(d,
           "Additional adult support in the Reception classroom, subject to the setting's available funding.",
           "Flexible.",
           "The school.",
           "E1, E3, E5")
    _block(d,
           "Up to 15 hours per week of 1:1 support from a teaching assistant in the Reception class.",
           "Up to 15 hours a week, reducing once Oscar has settled.",
           "Teaching assistant.",
           "E1, E3, E5")
    _block(d,
           "Three one-hour visits to the Year 1 classroom in July 2026 with his key person, and a photo book of the Year 1 room and staff made by the Year 1 teacher before the summer holiday.",
           "Three visits, July 2026.",
           "Key person and Year 1 teacher.",
           "E5")
    _block(d,
           "Oscar's parents will carry out his speech and language therapy home activities.",
           "Each evening.",
           "Kerensa and Daniel Treloar.",
           "E1")

    d.heading("(G) Health provision", section="G")
    d.bullets([
        "Audiology review at the Hollinsmere Children's Hearing Clinic every six months, because of Oscar's history of glue ear.",
        "Review by Dr Vandermeer, community paediatrician, every six months.",
        "Dietitian review of Oscar's restricted diet once he reaches the top of the community dietetics waiting list.",
    ])

    d.heading("(H1) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("A social care direct payment of 3 hours a week for a personal assistant to take "
           "Oscar swimming and to the soft-play centre on Saturday mornings.")
    d.heading("(H2) Other social care provision", section="H2")
    d.para("None.")

    d.heading("(I) Placement", section="I")
    d.para("St Aidan's Church of England Primary School, Hollinsmere (mainstream voluntary "
           "aided primary school), Reception class.")

    d.heading("(J) Personal budget", section="J")
    d.para("No personal budget has been requested for the provision in Section F. The social "
           "care direct payment of 3 hours a week in Section H1 meets Oscar's social care need "
           "to take part in community activities (Section D).")

    d.heading("(K) Advice and information", section="K")
    d.numbered([
        "Parents' views \u2013 Kerensa and Daniel Treloar, 24 November 2025",
        "Early years educational advice \u2013 Reception teacher and SENCO, St Aidan's, 28 November 2025",
        "Educational psychology advice \u2013 Dr Femi Adeyemo, Educational Psychologist, 3 December 2025",
        "Medical advice \u2013 Dr Ilse Vandermeer, Community Paediatrician, 1 December 2025",
        "Speech and language therapy advice \u2013 Hollinsmere Children's Therapy Service, 19 November 2025",
        "Occupational therapy advice \u2013 Hollinsmere Children's Therapy Service",
        "Social care advice \u2013 Children with Disabilities Team, 12 December 2025",
    ])
