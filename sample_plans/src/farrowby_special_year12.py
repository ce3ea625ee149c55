"""Farrowby Metropolitan Borough Council - young person aged 17 (Year 12) with profound and
multiple learning difficulties, cerebral palsy, epilepsy and cortical visual impairment, in
the sixth form of a non-maintained special school on a 52-week residential placement.
Word Heading 1 headings written as the letter, an en dash and an upper-case title
('F \u2013 SPECIAL EDUCATIONAL PROVISION'). Four-column cover table; centred footer line.
E is a list numbered E1-E9. Section F is a two-level numbered list in two parts (Part 1
education day, 39 weeks; Part 2 extended curriculum, 52 weeks): each level-1 line (1, 2,
3 ...) names the deliverer once for the group ('Delivered by ...') and the provision items
under it are numbered 1.1, 1.2, 2.1 ... without repeating who delivers them. H1 and H2 are
separate. FINAL plan."""

from docx.shared import Cm, Pt

TITLE = "Education, Health and Care Plan - Thea Marland"


def _group(d, number, text):
    """Level-1 line of the F list: the deliverer for the items that follow."""
    p = d.doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.9)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
    d._runs(p, f"{number}\t{text}", bold=True)


def _items(d, number, items):
    """Level-2 items of the F list, numbered '<group>.<n>' and indented."""
    for i, text in enumerate(items, 1):
        p = d.doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.0)
        p.paragraph_format.first_line_indent = Cm(-1.1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
        d._runs(p, f"{number}.{i}\t{text}")


def build(d):
    d.simple_footer("Farrowby MBC  \u2013  Final EHC Plan  \u2013  Thea Marland  \u2013  "
                    "issued 6 March 2026")
    d.title("Farrowby Metropolitan Borough Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan (Final)", size=20, color="5B2C6F")
    d.table(None, [
        ["Name", "Thea Marland", "Date of birth", "03.10.2008"],
        ["NHS number", "999 781 4406", "UPN", "H999000184263"],
        ["Home address", "7 Cinder Lane, Farrowby, ZY3 6DW", "Year group", "Year 12 (sixth form)"],
        ["Parent", "Rebecca Marland (mother)", "Telephone", "07700 900552"],
        ["E-mail", "rebecca.marland@example.org", "Social worker", "Children with Disabilities Team"],
        ["Date of this plan", "6 March 2026", "Review by", "5 March 2027"],
    ], widths_cm=[3.0, 5.6, 3.0, 5.0], bold_first_col=True)
    d.para("Plan co-ordinator: Yusuf Abernethy-Clarke, Farrowby SEND 14-25 Team.",
           italic=True)

    d.heading("A \u2013 VIEWS, INTERESTS AND ASPIRATIONS", section="A")
    d.heading("Thea's views", level=2)
    d.para("Thea does not use words. Her views were gathered over two weeks in December 2025 by "
           "her residential keyworker, Ms Adewale, and her class teacher, from watching how she "
           "responds to people, places and activities and from her communication passport. "
           "What follows is their account of what Thea has shown them.")
    d.para("Thea is happiest in water: in the hydrotherapy pool she kicks, vocalises and smiles "
           "broadly. She loves music with a strong beat, the voice of her brother Oscar on the "
           "phone, and the feel of cool air on her face. She turns towards familiar staff and "
           "laughs when they copy her sounds. She shows that she dislikes sudden loud noises, "
           "being hurried, and bright light from the windows, by stilling, crying or turning "
           "her head away. When she is in pain she bites the side of her hand.")
    d.heading("Rebecca's views (Thea's mother)", level=2)
    d.para("Rebecca says Thea has a wicked sense of humour and knows exactly who she likes. "
           "Thea has lived at Greythorn Hall since she was 13, and Rebecca feels the school "
           "knows her very well. Rebecca's hopes are that Thea keeps the communication she has "
           "gained, stays comfortable and pain-free, and goes out into the community as much as "
           "any other young woman of her age. She is anxious about what happens when Thea "
           "leaves school at 19, and wants planning to start early so that Thea can live near "
           "home in a place with staff who understand her. Rebecca has been told about the "
           "Mental Capacity Act and will be involved in decisions that Thea cannot make herself.")

    d.heading("B \u2013 SPECIAL EDUCATIONAL NEEDS", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("Thea communicates through vocalisations, facial expression, body movement and eye "
           "gaze. Familiar adults can read her 'yes' (a smile and a rising sound) and 'no' "
           "(turning away and stilling), but these are not yet consistent and unfamiliar people "
           "miss them. She is beginning to anticipate routines from objects of reference and "
           "has started to press a single switch to ask for 'more', but only with a physical "
           "prompt. She needs adults to wait for her responses, which can take 10 to 20 seconds.")
    d.heading("Cognition and learning", level=2)
    d.para("Thea has profound and multiple learning difficulties. She is working at the early "
           "stages of Routes for Learning: she attends to objects and people for short periods, "
           "shows anticipation in familiar routines and is exploring cause and effect. She "
           "learns through repetition in consistent routines and needs new learning to be "
           "repeated across the school day and the residential setting.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Thea enjoys being with people but can become withdrawn when routines change or "
           "staff are unfamiliar. Hand-biting is her main way of showing pain or distress, and "
           "has caused broken skin twice this year.")
    d.heading("Sensory and physical", level=2)
    d.para("Thea has spastic quadriplegic cerebral palsy (GMFCS level V). She cannot sit or "
           "change position without help and is moved with a hoist. Her head control is poor "
           "and she tires quickly in one position. She has very limited use of her hands, with "
           "a stronger left-hand grasp. She has cortical visual impairment: she sees best "
           "objects with strong contrast presented to her left side and at close range, and "
           "she needs time to look. Her hearing is within normal limits.")
    d.heading("Independence and preparing for adulthood", level=2)
    d.para("Thea depends on adults for all personal care, eating and moving. She has had very "
           "few experiences of community places other than the school minibus trips, and she "
           "has not yet shown her preferences about where to go or what to do outside school. "
           "There is no plan yet for where she will live or what she will do after 19.")

    d.heading("C \u2013 HEALTH NEEDS", section="C")
    d.para("Spastic quadriplegic cerebral palsy with a left hip subluxation and an early "
           "scoliosis, monitored by the orthopaedic team. Epilepsy (tonic-clonic and absence "
           "seizures), with a rescue medication plan. Thea is fed by gastrostomy and takes "
           "nothing by mouth except tasters, following a dysphagia assessment in 2024. She has "
           "reflux, and her sleep is disturbed by pain and seizures. Cortical visual impairment "
           "was confirmed by the paediatric ophthalmologist in 2019.")

    d.heading("D \u2013 SOCIAL CARE NEEDS", section="D")
    d.para("Thea needs care from trained adults throughout the day and night. Her mother is a "
           "single parent who also cares for Thea's brother, Oscar (13), and the family home "
           "cannot meet Thea's needs full time. Thea has lived in Larch House, the registered "
           "children's home on the Greythorn Hall site, since September 2021, and goes home one "
           "weekend in every four. The Children with Disabilities Team asked Adult Social Care "
           "for a Care Act transition assessment on 12 January 2026 so that her care from "
           "the age of 18 can be planned.")

    d.heading("E \u2013 OUTCOMES", section="E")
    d.para("These outcomes run to the end of Thea's sixth-form programme in July 2028, with "
           "steps for each set by her class teacher every term and shared with Rebecca.")
    d.numbered([
        "By July 2027, Thea will use her BIGmack switch to ask for 'more' during snack, music and story, on at least 8 of 10 recorded occasions across a week.",
        "By the end of Year 13, Thea will look at and reach towards the object of reference shown to her before each of her main daily transitions, on 4 out of 5 occasions.",
        "Thea will be happy and settled at Greythorn Hall.",
        "By July 2027, Thea will stay in her standing frame for 10 minutes twice a day without signs of distress.",
        "Thea will receive physiotherapy and hydrotherapy.",
        "By July 2028, Thea will give a consistent 'yes' (smile and vocalisation) and 'no' (turning her head away) to a choice offered by a familiar adult, in 4 out of 5 trials.",
        "Thea will take part in the community.",
        "Thea will live in her own home with support.",
        "By July 2027, Thea will stop biting her hand when she is in pain.",
    ], fmt="E{n}")

    d.heading("F \u2013 SPECIAL EDUCATIONAL PROVISION", section="F")
    d.para("Thea is taught in a sixth-form class of six students. The provision is set out "
           "under the people who deliver it. The first line of each group says who that is; "
           "the numbered items beneath it are delivered by them. Part 1 applies for the 39 "
           "weeks of the school year; Part 2 applies 52 weeks a year.")

    d.heading("Part 1 \u2013 The education day (39 weeks, 9:15 to 15:30)", level=2)
    _group(d, "1", "Delivered by the class team: Thea's class teacher, who holds the mandatory "
           "qualification for teachers of children with multi-sensory impairment, and three "
           "teaching assistants, each with a Level 3 qualification and trained in Intensive "
           "Interaction")
    _items(d, "1", [
        "Intensive Interaction, in which the adult follows and joins Thea's sounds, movements and expressions to build shared turn-taking: two 15-minute individual sessions every school day, one in the morning and one in the afternoon.",
        "The same twelve objects of reference used at each of the nine transitions in Thea's school day, presented to her left side and held still for her to look and reach.",
        "Sensory stories and multi-sensory activities will be offered where possible.",
        "Switch work with a BIGmack mounted on the left of Thea's tray, so that she asks for 'more': at least three prompted requests in every snack session (daily), music session (Tuesday and Friday) and afternoon story, with each response recorded on her Routes for Learning tracker.",
        "Thea should be repositioned out of her wheelchair regularly during the day.",
    ])
    _group(d, "2", "Delivered by the Greythorn Hall therapy team: HCPC-registered speech and "
           "language therapist, physiotherapist and occupational therapist employed by the "
           "school")
    _items(d, "2", [
        "Physiotherapy: one 45-minute individual session each week on head control, supported sitting and weight-bearing in her standing frame, and a written 24-hour postural management programme that the physiotherapist reviews every half-term.",
        "Speech and language therapy: a 30-minute 1:1 session once a fortnight on switch use and eye-pointing between two objects, and a 30-minute joint session with the class teacher each half-term to update Thea's communication targets.",
        "Occupational therapy input to advise on seating and sensory needs, as the therapist judges appropriate.",
        "Eating and drinking: the speech and language therapist will advise mealtime staff, and tasters of smooth puree may be offered at lunch.",
    ])
    _group(d, "3", "Delivered by the school")
    _items(d, "3", [
        "Hydrotherapy sessions as part of the sixth-form timetable.",
        "Rebound therapy, subject to a trained member of staff being available.",
        "A programme to develop Thea's fine motor and grasp skills.",
    ])
    _group(d, "4", "Delivered by the sixth-form transition co-ordinator (a qualified teacher) "
           "with one of the class teaching assistants")
    _items(d, "4", [
        "A community visit every Wednesday from 13:30 to 15:00 to a caf\u00e9, the library or a shop in Harlby, where Thea chooses between two items by eye-pointing or with her switch and hands over payment with hand-under-hand help; two adults go with Thea and one other student.",
        "Work-related learning and enterprise opportunities, such as the sixth-form tuck shop.",
        "Transition planning for life after Greythorn Hall will begin in Year 13, and a plan will be agreed at that point.",
    ])

    d.heading("Part 2 \u2013 Extended curriculum in Larch House (52 weeks)", level=2)
    _group(d, "5", "Delivered by the residential care team in Larch House")
    _items(d, "5", [
        "A waking-day curriculum that carries on Thea's communication targets: each evening and at weekends, 52 weeks a year, her residential keyworker, who holds the Level 3 Diploma in Residential Childcare and has completed the school's Intensive Interaction training, gives her two 15-minute Intensive Interaction sessions and uses her objects of reference at tea, bath and bedtime.",
        "Leisure activities in the evenings and at weekends as appropriate.",
        "Personal care routines carried out 1:1 in the same order every morning and bedtime so that Thea learns to anticipate each step and join in, reducing to prompts as she becomes familiar with them.",
    ])
    _group(d, "6", "Commissioned by Farrowby Metropolitan Borough Council from outside the school")
    _items(d, "6", [
        "Visits by a qualified teacher of the visually impaired holding the mandatory qualification, from the Farrowby Sensory Support Service: one 90-minute visit each half-term to assess Thea's functional vision, model strategies for cortical visual impairment with the class team and update her written vision plan, with a short written report to the class teacher after each visit.",
        "An annual review of Thea's eye-gaze access by the regional AAC hub, with equipment to be provided if recommended.",
    ])

    d.heading("G \u2013 HEALTH PROVISION", section="G")
    d.bullets([
        "Buccal midazolam given as required under Thea's epilepsy care plan (Dr N. Osei, 12 January 2026) by staff trained by the epilepsy nurse specialist, with at least two trained staff on duty with Thea at all times in school and in Larch House.",
        "Gastrostomy feeding to the regime set by the paediatric dietitian, and stoma care, by staff signed off as competent by the community children's nursing team, which rechecks their competence every six months.",
        "Review by the community paediatrician and the orthopaedic surgeon every six months, including hip surveillance X-rays.",
        "Wheelchair and seating review by the Wheelchair Service when it has capacity.",
        "Eating and drinking therapy sessions with the NHS speech and language therapist to develop Thea's oral motor skills.",
    ])

    d.heading("H1 \u2013 SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", section="H1")
    d.bullets([
        "A ceiling-track hoist in Thea's bedroom and bathroom at the family home, installed in 2024 and serviced every six months by Farrowby Community Equipment Service.",
        "Transport in an adapted vehicle with a passenger assistant for Thea's home weekends, one weekend in every four, collecting her from Larch House at 16:00 on the Friday and returning her by 17:00 on the Sunday.",
        "Support at home during home weekends as agreed with the family.",
    ])
    d.heading("H2 \u2013 OTHER SOCIAL CARE PROVISION", section="H2")
    d.bullets([
        "The care element of Thea's 52-week residential placement at Larch House, jointly funded by Farrowby Children's Social Care, Farrowby SEND and the ICB under a tripartite agreement: 1:1 staffing during waking hours outside the school day and one waking night carer to two residents.",
        "A Care Act transition assessment by Farrowby Adult Social Care, to be completed by 3 July 2026.",
        "Short breaks at Birchfield House during home weekends if the family ask for them.",
    ])

    d.heading("I \u2013 PLACEMENT", section="I")
    d.para("Greythorn Hall School, Harlby (non-maintained special school for students aged 11 "
           "to 19 with profound and multiple learning difficulties), sixth form, as a 52-week "
           "residential student living in Larch House on the school site.")

    d.heading("J \u2013 PERSONAL BUDGET", section="J")
    d.para("No personal budget has been requested for Thea's special educational provision.")

    d.heading("K \u2013 ADVICE AND INFORMATION", section="K")
    d.bullets([
        "Parent's views - Rebecca Marland, 8 December 2025",
        "Thea's views - from observation and her communication passport, recorded by Ms K. Adewale, residential keyworker, 10 December 2025",
        "Educational advice - Mrs E. Harrowgate, Head of Sixth Form, Greythorn Hall School, 15 December 2025",
        "Psychological advice - Dr P. Seddon, Educational Psychologist, Farrowby EPS, 5 January 2026",
        "Medical advice - Dr N. Osei, Consultant Community Paediatrician, 12 January 2026",
        "Therapy advice (speech and language therapy, physiotherapy, occupational therapy) - Greythorn Hall Therapy Team, 18 December 2025",
        "Vision advice - Mr T. Brannigan, qualified teacher of the visually impaired, Farrowby Sensory Support Service, 2 December 2025",
        "Social care advice - Children with Disabilities Team, 9 January 2026",
        "Preparing for adulthood advice - Farrowby Transitions Team",
    ])
