"""Inverbay Council - Year 2 child with global developmental delay, low muscle tone and a
gastrostomy (bolus tube feeds in school), in a mainstream maintained infant school with
full-day 1:1 support. Headings are bold coloured Normal text with an em dash and title case
('Section F \u2014 Special Educational Provision'); no Word heading styles. Cover details in
a two-column details table. E is a list numbered 'Outcome 1'-'Outcome 6'. Section F is
grouped by outcome: each group has a bold sub-heading ('Provision for Outcome 1
(communication)') followed by its own four-column table (Provision | Who | When | Where);
some Who/When cells are blank and two groups' tables run over page breaks. G, H1 and H2
are bullet lists. Section I names the infant school and notes the coming junior-school
transfer. FINAL plan."""

TITLE = "Education, Health and Care Plan - Poppy Marchetti"

HEAD = "2E5E3E"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=14, color=HEAD)


def _sub(d, text):
    d.bold_line(text, size=11.5, color="3C3C3C")


def _ftable(d, rows):
    d.table(["Provision", "Who", "When", "Where"], rows,
            widths_cm=[6.6, 4.2, 3.6, 2.4], font_size=9.5, header_fill="DCEBDD")


def build(d):
    d.running_header_footer("Inverbay Council \u2013 Education, Health and Care Plan \u2013 "
                            "Poppy Marchetti", footer_left="FINAL", first_page_plain=True)
    d.title("Inverbay Council", size=13, color=HEAD)
    d.title("Education, Health and Care Plan", size=21, color=HEAD)
    d.para("FINAL PLAN", bold=True, size=12)
    d.details_table([
        ("Child's name", "Poppy Marchetti"),
        ("Date of birth", "14 February 2019"),
        ("NHS number", "999 318 6624"),
        ("UPN", "K999214050713"),
        ("Home address", "12 Saltpan Row, Inverbay, ZY4 8TD"),
        ("Parents", "Gemma Marchetti and Luca Marchetti"),
        ("Contact", "01632 960318 (home); 07700 900562 (Gemma); gemma.marchetti@example.org"),
        ("School and year group", "Kilbride Lane Infant School, Year 2"),
        ("Date of final plan", "3 November 2025"),
        ("Next annual review by", "2 November 2026"),
        ("EHC co-ordinator", "Rhona Falconer-Baptiste, Inverbay SEN Assessment Team"),
    ])
    d.para("This plan replaces the plan issued on 11 November 2024. It was amended after "
           "Poppy's annual review on 23 September 2025.", italic=True, size=9.5)

    _h(d, "Section A \u2014 Poppy's Views, Interests and Aspirations", section="A")
    _sub(d, "What Poppy has told us")
    d.para("Poppy's views were gathered by her teaching assistant, Mrs Lindqvist, over two "
           "weeks in September 2025, using photographs of her day and a choice board of "
           "\u2018like\u2019 and \u2018don't like\u2019 symbols. Poppy chose photographs of the "
           "sand tray, the class guinea pig, the swings and her friend Aisha. She signed "
           "\u2018more\u2019 and said \u201cswing, swing\u201d when shown the playground. She pointed "
           "to \u2018don't like\u2019 for the hand dryer in the toilets and for assembly in the hall. "
           "When asked about home she signed \u2018brother\u2019 and said \u201cEnzo\u201d.")
    _sub(d, "What Poppy's parents have told us")
    d.para("Gemma and Luca describe Poppy as affectionate, determined and funny. She loves "
           "music, splashing in water and anything with buttons that make a noise. They are "
           "proud that she now walks the length of the school corridor without holding a hand. "
           "Their biggest hopes for the next year are that Poppy can tell people what she wants "
           "without getting upset, that she makes a real friend, and that she becomes more "
           "independent in the toilet and with dressing. Longer term they want Poppy to go to "
           "school with her brother, to eat some meals by mouth with the family, and to have as "
           "full and independent a life as she can.")
    d.para("They have asked that everyone who works with Poppy understands her feeding "
           "routine, because a missed or late feed makes her tired and tearful for the rest of "
           "the day.")

    _h(d, "Section B \u2014 Special Educational Needs", section="B")
    _sub(d, "Communication and interaction")
    d.para("Poppy has a severe delay in expressive and receptive language. She uses about 40 "
           "single words, most of which are understood only by people who know her, and around "
           "30 Makaton signs. She has just begun to combine two signs or words (\u201cmore "
           "drink\u201d, \u201cMummy car\u201d). She understands simple instructions that carry one "
           "key word when they are given with a sign or gesture, but she does not follow "
           "instructions given to the whole class. When she cannot make herself understood she "
           "cries or drops to the floor.")
    _sub(d, "Cognition and learning")
    d.para("Poppy has global developmental delay. Her learning is at a level typical of a "
           "child aged around two and a half to three years. She can match objects and "
           "pictures, sort by colour and count two objects with help, and she recognises her "
           "own name and four familiar words. Her attention to an adult-led task lasts about "
           "two minutes; she needs the task to be short, practical and repeated many times "
           "before she retains it. She is not yet able to join in with whole-class phonics or "
           "maths teaching.")
    _sub(d, "Social, emotional and mental health")
    d.para("Poppy is sociable and likes to be near other children, but she plays alongside "
           "them rather than with them. She does not yet wait or take turns and will grab toys. "
           "Changes to routine, supply staff and loud spaces (the hall, the dinner queue) make "
           "her anxious, and she finds it hard to settle again without an adult she knows.")
    _sub(d, "Sensory and physical")
    d.para("Poppy has low muscle tone (hypotonia). She walks independently on flat ground but "
           "tires quickly, trips on uneven surfaces and cannot yet manage the steps to the "
           "field without holding a rail. She sits best in a chair with arms and a footrest. "
           "Her fine motor skills are weak: she uses a fist grip on crayons, cannot yet do up "
           "Velcro fastenings or pull her trousers up, and needs help with most dressing.")
    _sub(d, "Independence and self-care")
    d.para("Poppy wears pads and is not yet toilet trained, although she will now sit on the "
           "toilet for a short time with support. She is fed mainly through a gastrostomy "
           "(see Section C) and is learning to tolerate small tastes of smooth purée by mouth "
           "under her eating and drinking plan.")

    _h(d, "Section C \u2014 Health Needs Relating to Poppy's SEN", section="C")
    d.para("Poppy's global developmental delay and hypotonia are under investigation by the "
           "genetics team at Inverbay Royal Infirmary; no underlying cause has yet been found. "
           "Because of an unsafe swallow and poor weight gain in infancy, Poppy has had a "
           "gastrostomy since she was 14 months old. She has two bolus feeds of prescribed "
           "formula during the school day, plus water flushes, and her stoma site needs to be "
           "checked daily. She has reflux, treated with omeprazole given at home. She is seen "
           "by the community paediatrician every six months and by the paediatric dietitian. "
           "She has an individual health care plan written by the children's community "
           "nursing team (last updated 2 September 2025).")

    _h(d, "Section D \u2014 Social Care Needs", section="D")
    d.para("Poppy lives with her parents and her younger brother Enzo, who is four. Both "
           "parents work part time. Poppy needs constant supervision and help with all personal "
           "care, and her night-time feed means her parents are often up in the night. A "
           "child in need assessment by the Inverbay Disabled Children's Team (June 2025) found "
           "that Poppy needs support to take part in activities outside the home, and that the "
           "family needs regular breaks from caring.")

    _h(d, "Section E \u2014 Outcomes", section="E")
    d.para("The outcomes below are to be achieved by the end of Year 2 (July 2026) unless "
           "another date is given. Poppy's class teacher will set small steps towards each "
           "outcome every half-term and share them with Gemma and Luca.")
    d.numbered([
        "By July 2026, Poppy will make at least ten different requests in a school day using two-word phrases or two Makaton signs together, without an adult modelling them first.",
        "Poppy will develop her early number skills.",
        "By July 2026, Poppy will take off her coat and put on her Velcro shoes by herself within five minutes at home time on four days out of five.",
        "Poppy will have her gastrostomy feeds managed safely in school.",
        "By the end of Year 2, Poppy will take turns in a simple game with one other child for five minutes, with an adult prompting only at the start.",
        "Poppy will be happy and settled at school.",
    ], fmt="Outcome {n}")

    _h(d, "Section F \u2014 Special Educational Provision", section="F")
    d.para("The provision below will be made in term time for as long as this plan is "
           "maintained. Each table lists the provision that works towards one outcome in "
           "Section E; some provision also supports other outcomes.")

    _sub(d, "Provision for Outcome 1 (communication)")
    _ftable(d, [
        ["Direct speech and language therapy on combining two words or signs, using Makaton alongside speech, photo choice boards and Poppy's core-vocabulary book. The therapist sets new targets each half-term and reports on progress at the annual review.",
         "Speech and language therapist registered with the HCPC (Inverbay Children's Therapy Service)",
         "One 30-minute individual session each week",
         "Quiet room beside the Year 2 classroom"],
        ["Staff to sign key words to Poppy using Makaton wherever possible.",
         "Staff working with Poppy",
         "Throughout the school day",
         "All areas of school"],
        ["Practice of the targets left by the speech and language therapist, fitted into the school day.",
         "Teaching assistant",
         "Little and often",
         "Classroom"],
        ["Gemma and Luca will practise Poppy's signing targets with her at home for ten minutes each evening.",
         "Poppy's parents",
         "Every evening",
         "Home"],
        ["Makaton training for Poppy's 1:1 teaching assistant, her class teacher and the second teaching assistant who covers her breaks: the two-day Makaton Foundation Workshop (Levels 1 and 2).",
         "A licensed Makaton tutor from the Inverbay Learning Support Service",
         "Two training days, completed before 19 December 2025",
         "Kilbride Lane Infant School"],
    ])

    _sub(d, "Provision for Outcome 2 (early learning)")
    _ftable(d, [
        ["Numicon number sessions: counting, matching and ordering to five with Poppy's own Numicon kit, moving on to numerals once she can match quantities to five reliably.",
         "Her 1:1 teaching assistant, who completed Numicon \u2018Getting Started\u2019 training in September 2025, planned with the class teacher",
         "For the first 20 minutes of every daily maths lesson",
         "Poppy's table in the Year 2 classroom"],
        ["Precision Teaching of whole words from Poppy's word list (five new words at a time, each probed daily until she reads them on three days in a row).",
         "Teaching assistant trained in Precision Teaching by the Inverbay Learning Support Service",
         "Ten minutes every morning before registration",
         "Library corner"],
        ["A differentiated curriculum, with work pitched at Poppy's level in every subject.",
         "Class teacher",
         "All lessons",
         "Classroom"],
        ["Small group phonics intervention.",
         "School to allocate",
         "Several times a week",
         "Intervention room"],
        ["1:1 teaching assistant support across the school day, to be reduced as Poppy becomes more independent.",
         "Teaching assistant",
         "Up to 27.5 hours per week",
         "All areas of school"],
    ])

    _sub(d, "Provision for Outcome 3 (physical development and self-care)")
    _ftable(d, [
        ["Occupational therapy: individual sessions on dressing (coat, Velcro shoes, pulling trousers up and down) and on a tripod grip, using a sloping board and chunky pencils.",
         "HCPC-registered occupational therapist (Inverbay Children's Therapy Service)",
         "A 45-minute session every fortnight",
         "School hall or classroom"],
        ["Termly OT consultation visit to look at Poppy's seating and give the class team ideas for fine-motor work.",
         "NHS occupational therapist",
         "Termly",
         "School"],
        ["A gross motor programme to improve Poppy's core strength and balance.",
         "Staff, following advice from the physiotherapist",
         "When staffing allows",
         "Hall"],
        ["Personal care and toileting routine: pad change, then practice at sitting on the toilet and at pulling her clothes up and down while standing at the grab rail.",
         "Her 1:1 teaching assistant with a second teaching assistant, both trained in the school's intimate care and moving and handling procedures (refreshed every September)",
         "At 10:15, 12:45 and 14:40 each school day, 10 minutes each time",
         "Accessible toilet"],
    ])

    _sub(d, "Provision for Outcomes 5 and 6 (play, attention and feelings)")
    _ftable(d, [
        ["Attention Autism group (stages 1 to 3: the bucket, the attention builder and turn-taking), adapted with Makaton signs.",
         "Higher level teaching assistant who has completed two-day Attention Autism training",
         "Three 15-minute sessions a week, straight after lunch on Mondays, Wednesdays and Fridays",
         "Year 1/2 shared area, in a group of no more than five children"],
        ["Opportunities to play alongside other children at playtime and lunchtime.",
         "Midday supervisors",
         "Daily",
         "Playground"],
        ["Social skills sessions may be considered if Poppy's play does not move on by the spring term.",
         "SENCO",
         "",
         ""],
        ["A five-minute meet and greet at the classroom door, using Poppy's \u2018now and next\u2019 board to show her the first two activities of the day.",
         "Her 1:1 teaching assistant",
         "8:45 every school day",
         "Year 2 classroom door"],
        ["Visual supports such as a visual timetable, now-and-next boards and objects of reference etc., used in class.",
         "School",
         "Daily",
         "Classroom"],
        ["Support to help Poppy move to junior school, to be agreed at the phase transfer review.",
         "Infant and junior school staff",
         "",
         ""],
    ])

    _h(d, "Section G \u2014 Health Provision", section="G")
    d.para("Agreed by NHS Inverbay and Loch Arden Integrated Care Board on 21 October 2025.")
    d.bullets([
        "Two bolus gastrostomy feeds each school day, at 10:30 and 12:15, with water flushes, given by Poppy's 1:1 teaching assistant or the second teaching assistant, both assessed as competent by the children's community nursing team.",
        "Venting of the gastrostomy as required when Poppy shows signs of discomfort or bloating, following her individual health care plan.",
        "The children's community nurse will visit school once each half-term to check the stoma site, update the individual health care plan and refresh the competency of the staff who give feeds.",
        "Community physiotherapy: a block of six sessions each year to teach Poppy to climb stairs, walk on uneven ground and improve her balance.",
        "Dietetic review of Poppy's feeding regime when the paediatric dietetic service has capacity.",
        "Review by the community paediatrician every six months.",
    ])

    _h(d, "Section H1 \u2014 Social Care Provision under Section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.bullets([
        "A support worker from the Inverbay Disabled Children's Team for 3 hours every Saturday so that Poppy can attend the Splash and Play group at Inverbay Leisure Centre.",
    ])
    _h(d, "Section H2 \u2014 Other Social Care Provision", section="H2")
    d.bullets([
        "Overnight short breaks for Poppy at Harbour View House.",
    ])

    _h(d, "Section I \u2014 Placement", section="I")
    d.para("Kilbride Lane Infant School, Inverbay (mainstream maintained infant school).")
    d.para("Poppy will move to junior school in September 2026. Her plan will be reviewed "
           "and amended to name her junior school by 15 February 2026.")

    _h(d, "Section J \u2014 Personal Budget", section="J")
    d.para("No personal budget has been requested.")

    _h(d, "Section K \u2014 Advice and Information", section="K")
    d.bullets([
        "Parental advice \u2013 Gemma and Luca Marchetti, 8 September 2025",
        "Poppy's views \u2013 gathered by Mrs A. Lindqvist, teaching assistant, September 2025",
        "Educational advice \u2013 Mrs J. Okafor, SENCO, Kilbride Lane Infant School, 15 September 2025",
        "Psychological advice \u2013 Dr Kirsty Bannerman, Educational Psychologist, 12 September 2025",
        "Medical advice \u2013 Dr S. Venkatesan, Community Paediatrician, 10 September 2025",
        "Speech and language therapy advice \u2013 Mr D. Ross, Speech and Language Therapist, 11 September 2025",
        "Occupational therapy advice \u2013 Inverbay Children's Therapy Service",
        "Children's community nursing advice \u2013 Ms E. Duthie, Children's Community Nurse, 2 September 2025",
        "Social care advice \u2013 Inverbay Disabled Children's Team, 16 September 2025",
    ])
