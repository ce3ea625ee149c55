"""Zennor Borough Council - Year 7 autistic boy with anxiety-based school avoidance, out of
school since September 2025, now educated otherwise than in school (EOTAS) under section 61:
a package of home tuition, commissioned therapies, outdoor learning and co-ordination.
Running header and 'Page X of Y' footer. Bold-label cover lines. Headings are bold
coloured Normal text (no heading styles): 'Section A: About Rowan - ...'. E numbered
E1-E8. Section F opens with a statement of the s.61 decision and the weekly total, then the
package in five parts; each part is a bold sub-heading with an italic 'Delivered by: ...'
line naming the provider ONCE for the group, then a 3-column table (What Rowan will get |
Days and times | Amount each week) with no deliverer column. One part names no provider yet.
H1/H2 split. Section I states EOTAS (s.61). FINAL plan."""

TITLE = "Education, Health and Care Plan - Rowan Keast"

COL = "1B5E7A"
_HEAD = ["What Rowan will get", "Days and times", "Amount each week"]
_W = [9.6, 4.4, 2.6]


def _part(d, title, provider):
    d.bold_line(title, size=11.5, color=COL)
    d.para("Delivered by: " + provider, italic=True)


def build(d):
    d.running_header_footer("Zennor Borough Council  |  Education, Health and Care Plan  |  "
                            "Rowan Keast  |  FINAL", footer_left="Zennor SEND Service",
                            first_page_plain=True)
    d.title("Zennor Borough Council", size=13, color=COL)
    d.title("Education, Health and Care Plan", size=22, color=COL)
    d.para("FINAL PLAN \u2013 issued 23 February 2026", bold=True)
    d.label_para("Child: ", "Rowan Keast")
    d.label_para("Date of birth: ", "3 November 2013 (age 12)")
    d.label_para("National Curriculum year: ", "Year 7")
    d.label_para("NHS number: ", "999 641 2087")
    d.label_para("UPN: ", "R999118840521")
    d.label_para("Address: ", "Flat 2, 14 Carn Terrace, Penwithy, XJ3 8PN")
    d.label_para("Lives with: ", "Tamsin Keast (mother), Marcus Oduya (stepfather) and Elowen Keast (sister, 15)")
    d.label_para("Contact: ", "Tamsin Keast, 07700 900237, tamsin.keast@example.org")
    d.label_para("Education: ", "Education otherwise than in school (section 61), from 2 March 2026")
    d.label_para("Review by: ", "22 February 2027")
    d.label_para("EHC co-ordinator: ", "Gideon Penhaligon-Shah, Zennor SEND Service")

    # ------------------------------------------------------------------ A
    d.bold_line("Section A: About Rowan \u2013 views, interests and aspirations", section="A",
                size=14, color=COL)
    d.bold_line("What Rowan told us", size=11.5)
    d.para("Rowan did not want to meet anyone new, so he typed his answers on his tablet with "
           "his mum beside him in January 2026. \"I like octopuses, sharks and anything in the "
           "sea. I know a lot about them. I like Minecraft and building things. School was too "
           "loud and there were too many people and the bell made my head hurt. I felt sick "
           "every morning. I don't mind learning, I just can't do it there. When I'm grown up "
           "I want to work at an aquarium or on a boat that counts whales.\"")
    d.bold_line("What Rowan's family told us", size=11.5)
    d.para("Tamsin and Marcus say Rowan is gentle, clever and very funny when he feels safe. "
           "In Year 6 his attendance fell to 41%, and after three weeks at Penwithy Academy "
           "in September 2025 he stopped being able to leave the house on school days. "
           "Tamsin has given up her job to be at home with him. The family want Rowan to keep "
           "learning, to see other young people again and, in time, to return to some kind of "
           "school setting, but only at a pace he can manage. Elowen helps by playing games "
           "with him and taking him to the beach at weekends.")

    # ------------------------------------------------------------------ B
    d.bold_line("Section B: Rowan's special educational needs", section="B", size=14, color=COL)
    d.bold_line("Social, emotional and mental health", size=11.5)
    d.para("Rowan has severe anxiety linked to school. The thought of going into a school "
           "building brings on stomach pain, vomiting and panic. He is frightened of crowds, "
           "sudden noises and being asked questions in front of others. When anxious he goes "
           "quiet and hides under his hood, and he cannot say what is wrong. He does not yet "
           "recognise the early signs of his anxiety or have ways of calming himself.")
    d.bold_line("Communication and interaction", size=11.5)
    d.para("Rowan was diagnosed as autistic in 2023. He talks at length about his interests "
           "but finds two-way conversation hard, especially with people he does not know. He "
           "takes language literally and needs to know exactly what is going to happen, when "
           "and for how long. He has had no contact with other children of his age, apart "
           "from his sister, since October 2025.")
    d.bold_line("Cognition and learning", size=11.5)
    d.para("Rowan's reading is in line with his age and his general knowledge of science is "
           "well above it. His writing is brief and unstructured: he rarely writes more than "
           "three sentences. In maths he is secure with calculation but has gaps in fractions, "
           "percentages and problem-solving because of the learning he has missed. He has "
           "done no science practical work or humanities since Year 6.")
    d.bold_line("Sensory and physical", size=11.5)
    d.para("Rowan is over-sensitive to noise, bright light and the feel of some clothes. "
           "He seeks deep pressure and movement when stressed, for example by wrapping "
           "himself in a heavy blanket.")

    # ------------------------------------------------------------------ C
    d.bold_line("Section C: Health needs related to Rowan's SEN", section="C", size=14, color=COL)
    d.para("Rowan is under the community paediatrician for autism and for difficulty getting "
           "to sleep, for which he takes melatonin. His GP referred him to Child and "
           "Adolescent Mental Health Services (CAMHS) in October 2025 because of his anxiety; "
           "he has been accepted onto the waiting list for assessment. He often has stomach "
           "pain on weekday mornings, which the paediatrician links to anxiety.")

    # ------------------------------------------------------------------ D
    d.bold_line("Section D: Social care needs", section="D", size=14, color=COL)
    d.para("The Zennor Disabled Children's Team assessed Rowan in December 2025. He cannot "
           "yet go out without his mother or sister, and he has no leisure activity outside "
           "the home. His mother cares for him full time and has very little time for "
           "herself or for Elowen. The family has asked for help with managing his anxiety "
           "at home.")

    # ------------------------------------------------------------------ E
    d.bold_line("Section E: Outcomes", section="E", size=14, color=COL)
    d.para("The EOTAS co-ordinator will set half-termly steps towards each outcome with Rowan "
           "and his parents at the review meetings described in Section F.")
    d.numbered([
        "By July 2026, Rowan will take part in all four of his home tuition sessions each week for four weeks in a row.",
        "By the end of Year 8 (July 2027), Rowan will spend a morning (9:00 to 12:00) in the Harbour Base at Penwithy Academy on two days each week.",
        "Rowan will feel less anxious.",
        "By the end of the summer term 2026, Rowan will use his 1-5 anxiety scale to tell an adult how he is feeling and choose a calming strategy from his list, in 4 out of 5 tuition sessions.",
        "Rowan will attend forest school.",
        "By July 2027, Rowan will plan and write a 300-word non-fiction report about a sea creature, in paragraphs, using at least three facts from his own research.",
        "Rowan will develop his friendships.",
        "By April 2027, Rowan will solve two-step word problems involving fractions and percentages with 80% accuracy on a Year 7 assessment.",
    ], fmt="E{n}")

    # ------------------------------------------------------------------ F
    d.bold_line("Section F: Special educational provision", section="F", size=14, color=COL)
    d.para("Zennor Borough Council is satisfied that it would be inappropriate for this "
           "provision to be made in a school at present, and will arrange it otherwise than "
           "in school under section 61 of the Children and Families Act 2014. The package "
           "runs for 39 weeks of the year and gives Rowan at least 11 hours a week of "
           "teaching, therapy and learning outside the home, set out part by part below.")

    _part(d, "Part 1 \u2013 Teaching at home",
          "teachers from the Zennor Home and Hospital Tuition Service, each with Qualified "
          "Teacher Status and at least two years' experience of teaching autistic pupils.")
    d.table(_HEAD, [
        ["English taught one-to-one at Rowan's home, following the Key Stage 3 programme of study, with reading and writing tasks built around his interest in sea life",
         "Mondays and Wednesdays, 10:00 to 11:30", "3 hours"],
        ["Maths one-to-one at home, working through the White Rose Maths Year 7 sequence (place value, fractions, ratio and early algebra)",
         "Tuesdays and Thursdays, 10 till 11.30am", "3 hours"],
        ["Science and humanities tuition, increasing as Rowan's tolerance for longer sessions improves",
         "Friday mornings initially", "1\u20132 hours"],
        ["A visual plan of each session, agreed with Rowan in the first five minutes, showing the tasks, his movement break and the finish time",
         "At the start of every tuition session", "5 minutes a session"],
        ["Tutors to follow the strategies in the Zennor Autism Outreach Team report of 6 November 2025",
         "Every session", "\u2014"],
    ], widths_cm=_W, font_size=9.5)

    _part(d, "Part 2 \u2013 Therapies",
          "Kestle Therapy Partnership, an independent practice commissioned by Zennor "
          "Borough Council.")
    d.table(_HEAD, [
        ["Individual cognitive behavioural therapy adapted for autistic young people, working on Rowan's fear of leaving the house and of school through graded steps he agrees to, with an HCPC-registered clinical psychologist",
         "Thursdays, 14:00 to 14:50, at home or in the Kestle clinic room", "50 minutes"],
        ["A speech and language therapist to advise the tutors on Rowan's social communication",
         "Once a term", ""],
        ["Occupational therapist to complete a sensory assessment and then write a sensory programme for home",
         "Following the assessment", ""],
        ["Music therapy sessions with a music therapist",
         "Weekly, for a trial period of one term", "45 minutes"],
    ], widths_cm=_W, font_size=9.5)

    _part(d, "Part 3 \u2013 Learning outside the home",
          "Carn Valley Outdoor Learning CIC. Sessions are led by a Level 3 Forest School "
          "leader who holds a current outdoor first aid certificate.")
    d.table(_HEAD, [
        ["Forest school and practical science in a group of no more than four young people: fire-lighting, using hand tools safely and recording wildlife surveys for Rowan's science portfolio",
         "Every Tuesday, 13:00 to 15:30, from 14 April 2026", "2.5 hours"],
        ["A small-group social session (board games and a shared lunch) with other young people educated at home",
         "Fortnightly where possible", ""],
        ["Access to a quiet space at the centre whenever Rowan becomes overwhelmed",
         "As needed", ""],
    ], widths_cm=_W, font_size=9.5)

    _part(d, "Part 4 \u2013 Online lessons",
          "an online school provider, to be confirmed by Zennor Borough Council.")
    d.table(_HEAD, [
        ["Live online lessons in art, computing and music in a virtual class",
         "To be agreed once the provider has been appointed", ""],
    ], widths_cm=_W, font_size=9.5)

    _part(d, "Part 5 \u2013 Co-ordination, wellbeing and next steps",
          "Zennor Inclusion Service.")
    d.table(_HEAD, [
        ["A named EOTAS co-ordinator, a specialist teacher for autism who holds the National Award for SEN Co-ordination, who visits Rowan and his family at home, checks each provider's attendance log and chairs a review meeting with every provider and Rowan's parents",
         "A 45-minute home visit every other Wednesday; a one-hour review meeting each half-term",
         "45 minutes a fortnight, plus 1 hour each half-term"],
        ["Emotional literacy sessions at home using the Zones of Regulation, helping Rowan to name his level of anxiety and choose a calming strategy, with an ELSA who has completed the full ELSA training and has half-termly supervision from an educational psychologist",
         "Mondays, 13:30 to 14:10", "40 minutes"],
        ["Planned visits to the Harbour Base, Penwithy Academy's resource for autistic pupils, each following a written step plan agreed with Rowan and starting with the base empty after school, accompanied by the EOTAS co-ordinator",
         "Fridays, 15:30 to 16:00, from the start of the summer term 2026", "30 minutes"],
        ["Mentoring from a key worker to build Rowan's confidence outside the home",
         "Regularly", ""],
        ["Return to a school or learning hub setting when Rowan is ready",
         "To be determined by the co-ordinator", ""],
        ["Parents to carry out the daily sensory and relaxation routine at home",
         "Daily", "\u2014"],
        ["A laptop for online lessons and written work, provided if the High Needs panel agrees the funding request",
         "\u2014", "\u2014"],
    ], widths_cm=_W, font_size=9.5)

    # ------------------------------------------------------------------ G
    d.bold_line("Section G: Health provision", section="G", size=14, color=COL)
    d.bullets([
        "Review by the community paediatrician, Zennor Child Development Centre, every six months, including Rowan's sleep and melatonin dose.",
        "A CAMHS assessment once Rowan reaches the top of the waiting list.",
        "Sessions with the CAMHS primary mental health worker to teach Rowan breathing and grounding techniques.",
    ])

    # ------------------------------------------------------------------ H
    d.bold_line("Section H1: Social care provision under section 2 of the Chronically Sick "
                "and Disabled Persons Act 1970", section="H1", size=14, color=COL)
    d.para("A support worker from the Disabled Children's Team for 4 hours every other "
           "Saturday, so that Rowan can go to the Penwithy aquarium, the beach or the "
           "library without his mother, building up his time out of the house.")
    d.bold_line("Section H2: Other social care provision", section="H2", size=14, color=COL)
    d.para("Family support from the Early Help team as required.")

    # ------------------------------------------------------------------ I
    d.bold_line("Section I: Placement", section="I", size=14, color=COL)
    d.para("Education otherwise than in school (EOTAS), arranged by Zennor Borough Council "
           "under section 61 of the Children and Families Act 2014. Rowan is not on the "
           "roll of a school.")

    # ------------------------------------------------------------------ J
    d.bold_line("Section J: Personal budget", section="J", size=14, color=COL)
    d.para("No direct payment has been requested. The package in Section F is commissioned "
           "directly by Zennor Borough Council; its notional personal budget is \u00a328,400 a "
           "year, covering the tuition (Part 1), therapies (Part 2), outdoor learning (Part "
           "3) and co-ordination (Part 5).")

    # ------------------------------------------------------------------ K
    d.bold_line("Section K: Advice and information", section="K", size=14, color=COL)
    d.bullets([
        "Rowan's views \u2013 typed by Rowan with his mother, 14 January 2026",
        "Parents' views \u2013 Tamsin Keast and Marcus Oduya, 9 January 2026",
        "Educational advice \u2013 Mrs H. Vosper, SENCO, Penwithy Academy, 5 December 2025",
        "Home and Hospital Tuition Service report \u2013 Zennor Borough Council",
        "Psychological advice \u2013 Dr L. Chynoweth, Educational Psychologist, 11 December 2025",
        "Medical advice \u2013 Dr F. Abernethy, Community Paediatrician, 2 December 2025",
        "Autism Outreach Team report \u2013 Ms E. Tonkin, Specialist Teacher, 6 November 2025",
        "Clinical psychology, speech and language therapy, occupational therapy and music therapy advice \u2013 Kestle Therapy Partnership, 16 January 2026",
        "Social care advice \u2013 Zennor Disabled Children's Team, 18 December 2025",
    ])
