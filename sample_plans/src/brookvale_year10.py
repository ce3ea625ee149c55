"""Brookvale County Council - Year 10 pupil with autism and anxiety, and emotionally based
school avoidance, at a mainstream community school on a part-time timetable with support from
the county's autism outreach team. Amended plan after the Year 10 annual review. The plan is
organised in 'Part n' Word Heading 1 groups with no section letter ('Part 2: Ellis's needs');
the statutory sections sit inside them as Word Heading 2 headings with an em dash ('Section B
\u2014 Special educational needs'). Bold-label cover lines. E numbered E1-E8 with PfA
outcomes. Section F is grouped by who delivers it: a Heading 3 group title ('2. Ellis's key
adult'), then one italic 'Delivered by:' line giving the deliverer and their training for the
whole group, then items numbered 2.1, 2.2 ... that mostly do not repeat the deliverer. One
group names only 'Castlefold School staff'. FINAL plan."""

TITLE = "Education, Health and Care Plan - Ellis Markham"


def _group(d, title, delivered_by, items, n):
    d.heading(title, level=3)
    d.para("Delivered by: " + delivered_by, italic=True)
    d.numbered(items, fmt=str(n) + ".{n}")


def build(d):
    d.running_header_footer("Brookvale County Council \u2013 Education, Health and Care Plan "
                            "\u2013 Ellis Markham", footer_left="FINAL", first_page_plain=False)
    d.title("Brookvale County Council", size=13, color="5B2C6F")
    d.title("Education, Health and Care Plan", size=22, color="5B2C6F")
    d.para("Final amended plan", bold=True, size=13)
    d.label_para("Name: ", "Ellis Markham")
    d.label_para("Date of birth: ", "27 October 2010")
    d.label_para("NHS number: ", "999 640 2257")
    d.label_para("UPN: ", "H999000736154")
    d.label_para("Address: ", "Flat 3, 41 Sorrel Way, Brookvale, XJ2 5DW")
    d.label_para("Lives with: ", "Sian Markham (mother), Gareth Lowther (stepfather) and Poppy Markham (sister, aged 7)")
    d.label_para("Contact: ", "07700 900654 (Sian); 01632 960528 (home); sian.markham@example.org")
    d.label_para("School: ", "Castlefold School, Year 10")
    d.label_para("Annual review meeting: ", "8 December 2025")
    d.label_para("Date this plan was finalised: ", "2 February 2026")
    d.label_para("Next review by: ", "1 February 2027")
    d.label_para("EHC co-ordinator: ", "Tomasz Wierzbicki, Brookvale SEND Assessment and Review Team")

    d.heading("Part 1: About Ellis", level=1)
    d.heading("Section A \u2014 Views, interests and aspirations", level=2, section="A")
    d.para("Ellis did not want to come to the review meeting. He talked to his outreach "
           "teacher, Mr Hallam, at home on 1 December 2025 and agreed that these words could "
           "go in his plan:")
    d.para("\"School is loud and everyone looks at you when you walk in late. Mornings are OK "
           "now because I know what's happening and Miss Keeling is there. I hate the canteen. "
           "I'm good at computing and I make games in my room \u2013 I've made three on Scratch "
           "and one in Godot. I want to do games design at college and maybe work for a studio "
           "one day. I don't want to go to a school where nobody knows me.\"", italic=True)
    d.para("Sian and Gareth say Ellis is clever, kind to his sister Poppy and very funny once "
           "he trusts someone. For most of Year 9 he could not get out of the front door on "
           "school mornings. They want him to sit his GCSEs, to build up to a full day at "
           "Castlefold, and to have a proper plan for college. Sian worries that he has no "
           "friends outside online gaming and that he will not manage college without help.")

    d.heading("Part 2: Ellis's needs", level=1)
    d.heading("Section B \u2014 Special educational needs", level=2, section="B")
    d.para("**Communication and interaction.** Ellis was diagnosed as autistic in Year 8. He "
           "takes language literally and finds inference and figurative language in GCSE "
           "English texts very hard. He does not ask teachers for help, even when he has not "
           "understood a task, and will sit without starting rather than draw attention to "
           "himself. He finds unstructured conversation with peers tiring and avoids group "
           "work.")
    d.para("**Social, emotional and mental health.** Ellis has high anxiety, diagnosed by CAMHS "
           "in 2025, which has led to emotionally based school avoidance. His attendance fell "
           "to 38% in the spring term of Year 9. On school mornings he has panic attacks, with "
           "shaking, nausea and refusal to leave his room. Since September 2025 he has attended "
           "mornings only and now manages most mornings. When he is overwhelmed in class he "
           "walks out without telling anyone and hides in the toilets. Changes of teacher or "
           "room without warning can undo several weeks of progress.")
    d.para("**Cognition and learning.** Ellis is able, particularly in maths and computing, "
           "where his teachers expect grades of 6 or above if he can attend. He has large gaps "
           "in science and maths topics taught during Year 9. His written work is short and "
           "he finds it hard to organise longer answers.")
    d.para("**Sensory.** Ellis is very sensitive to noise and crowds. The canteen, corridors at "
           "changeover and the sports hall cause him distress, and he eats lunch at home.")
    d.para("**Preparing for adulthood.** Ellis has had no careers guidance. He has not visited "
           "any college or sixth form and says he cannot imagine walking into one. He has "
           "never done any work experience. He walks to school with his mother and does not "
           "go anywhere on his own apart from the corner shop.")
    d.heading("Section C \u2014 Health needs", level=2, section="C")
    d.para("Ellis has an autism diagnosis (Brookvale Child Development Service, 2023) and an "
           "anxiety disorder diagnosed by Brookvale CAMHS in March 2025. He takes sertraline, "
           "prescribed by the CAMHS psychiatrist. He has mild asthma, managed with a reliever "
           "inhaler. His sleep is poor, and he is often awake until 2 a.m. on school nights.")
    d.heading("Section D \u2014 Social care needs", level=2, section="D")
    d.para("Ellis is a disabled child. He is socially isolated outside school and does not take "
           "part in any activity outside his home. Sian works part-time and cares for Poppy, "
           "and the family has asked for help to get Ellis out of the house at weekends. The "
           "family has had Early Help support in the past.")

    d.heading("Part 3: Outcomes", level=1)
    d.heading("Section E \u2014 Outcomes", level=2, section="E")
    d.para("The SENCO will agree half-termly targets with Ellis towards each outcome and send "
           "them to his mother.")
    d.numbered([
        "By the end of Year 10 (July 2026), Ellis will attend school for five mornings a week (9:05 to 12:35) on at least 90% of possible sessions.",
        "By February 2027, Ellis will attend a full school day on at least three days each week, staying for lunch in the Harbour Room.",
        "Ellis will feel happier about coming to school.",
        "By July 2027, Ellis will sit his GCSE examinations in English language, maths and computer science.",
        "Ellis will attend counselling and work with the outreach team.",
        "By the end of the autumn term of Year 11, Ellis will choose a post-16 course and send in a college application with his careers adviser.",
        "Ellis will stop walking out of lessons.",
        "Ellis will become a games designer.",
    ], fmt="E{n}")

    d.heading("Part 4: Provision", level=1)
    d.heading("Section F \u2014 Special educational provision", level=2, section="F")
    d.para("Ellis's provision is set out by who delivers it. The \"Delivered by\" line under "
           "each heading names the person or service responsible, and their training, for "
           "every numbered item in that group unless an item says otherwise. All provision is "
           "in term time for the life of this plan.")

    _group(d, "1. Brookvale Autism and Inclusion Outreach Team",
           "a specialist teacher for autism from the outreach team \u2013 a qualified teacher "
           "who holds the Postgraduate Certificate in Autism and has at least three years' "
           "outreach experience.", [
               "A 1:1 session working through Ellis's graded return-to-school plan: reviewing how the last step went, agreeing and rehearsing the next one, and updating his written plan. One 50-minute session every week, at home or in the Harbour Room, until the end of Year 11.",
               "Training for Ellis's key adult, form tutor and the heads of English, maths, science and computing on autism, anxiety and school avoidance: four 90-minute twilight sessions in the spring term of Year 10, then a one-hour visit each half-term to observe Ellis in two lessons and update the one-page profile used by all his teachers.",
               "Regular outreach visits will continue while Ellis is on a reduced timetable, tapering off once he is attending full time.",
           ], 1)

    _group(d, "2. Ellis's key adult",
           "Miss D. Keeling, teaching assistant, who holds a Level 3 Certificate in Supporting "
           "Teaching and Learning and has completed the outreach team's six-session course on "
           "emotionally based school avoidance. When she is absent, a second teaching assistant "
           "who has completed the same course takes her place.", [
               "A 10-minute arrival routine on each school day: meeting Ellis at the side gate at 9:05, walking with him to the Harbour Room, going through his visual timetable for the morning and letting him choose which of two tasks to start with.",
               "In-class support in every lesson on Ellis's timetable (at present the 15 morning lessons each week, 50 minutes each), sitting near him, breaking tasks into numbered written steps and, when he shows his exit card, walking with him to the Harbour Room.",
               "Additional key adult time in the afternoons when Ellis is ready to extend his day.",
               "Time out will be available in the Harbour Room whenever Ellis needs it.",
               "Ellis's key adult will use the anxiety management strategies set out in the clinical psychologist's letter of 12 November 2025 (Appendix 7) throughout the school day.",
           ], 2)

    _group(d, "3. Castlefold School",
           "Castlefold School staff, co-ordinated by the SENCO.", [
               "A part-time timetable, increased at a pace decided by the school in discussion with Ellis and his mother.",
               "English and maths taught in a smaller Year 10 set of no more than twelve students, in all his English and maths lessons (four 50-minute lessons of each subject a week), by qualified subject teachers.",
               "Differentiated work in all subjects, with homework reduced where appropriate.",
               "Ellis will join the school's social communication group once a place becomes available.",
               "Exam access arrangements for all mock and GCSE examinations: 25% extra time, supervised rest breaks, and a separate room with no more than three other candidates, invigilated by an invigilator Ellis has met beforehand.",
               "Ellis would benefit from sessions with a learning mentor.",
               "Catch-up tuition in maths and science on topics Ellis has missed, timetabled where staffing permits.",
           ], 3)

    _group(d, "4. Therapies",
           "Brookvale Children's Therapies (NHS), commissioned by Brookvale County Council.", [
               "Speech and language therapy on understanding inference and figurative language in his GCSE English texts, and on short scripts for asking a teacher for help: one 45-minute 1:1 session each fortnight in school with an HCPC-registered speech and language therapist, and a 15-minute practice session each week with his key adult using the therapist's written targets for that half-term.",
               "Advice from an occupational therapist to Ellis's teachers about his sensory needs in busy parts of the school.",
           ], 4)

    _group(d, "5. Preparing for adulthood",
           "a careers adviser from Brookvale Careers Service who holds the Level 6 Diploma in "
           "Career Guidance and Development.", [
               "Careers guidance interviews exploring games design, computing and digital media courses: two 45-minute interviews in Year 10 (October and March) and one each term in Year 11, each followed within a week by a written action plan sent to Ellis and his mother.",
               "A work experience placement in the summer term if Ellis feels able, with the employer and length decided by school.",
               "Opportunities to visit colleges and sixth forms before applying.",
           ], 5)

    d.heading("Section G \u2014 Health provision", level=2, section="G")
    d.bullets([
        "Sertraline each morning, prescribed and reviewed by the CAMHS psychiatrist and given at home; no doses are needed in school.",
        "A salbutamol reliever inhaler, kept in Ellis's bag with a spare in the school office, used as required under his asthma plan.",
        "Eight sessions of cognitive behavioural therapy with a CAMHS clinical psychologist to teach Ellis techniques for managing panic before leaving the house, at Brookvale CAMHS clinic.",
        "Review of his medication by the CAMHS psychiatrist when a clinic slot becomes free.",
    ])
    d.heading("Section H1 \u2014 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2, section="H1")
    d.para("A support worker from Brookvale Youth Inclusion for 2 hours every Saturday "
           "afternoon, so that Ellis can attend the coding club at Brookvale Makerspace.")
    d.heading("Section H2 \u2014 Other social care provision", level=2, section="H2")
    d.para("Family support from the Early Help service as needed.")

    d.heading("Part 5: Placement and personal budget", level=1)
    d.heading("Section I \u2014 Placement", level=2, section="I")
    d.para("Castlefold School, Brookvale (mainstream community secondary school, ages 11 to 16).")
    d.heading("Section J \u2014 Personal budget", level=2, section="J")
    d.para("No personal budget has been requested for Ellis's special educational provision.")

    d.heading("Part 6: Advice", level=1)
    d.heading("Section K \u2014 Advice and information", level=2, section="K")
    d.bullets([
        "Ellis's views \u2013 recorded by Mr R. Hallam, specialist teacher for autism, 1 December 2025",
        "Parents' views \u2013 Sian Markham and Gareth Lowther, 27 November 2025",
        "Educational advice \u2013 Mrs K. Osei-Bonsu, SENCO, Castlefold School, 24 November 2025",
        "Psychological advice \u2013 Dr E. Vance, Educational Psychologist, 18 November 2025",
        "Autism outreach advice \u2013 Brookvale Autism and Inclusion Outreach Team, 20 November 2025",
        "Medical advice \u2013 Dr S. Farooqui, Consultant Child and Adolescent Psychiatrist, Brookvale CAMHS, 14 November 2025",
        "Clinical psychology letter \u2013 Dr L. Mbatha, Clinical Psychologist, Brookvale CAMHS, 12 November 2025",
        "Speech and language therapy advice \u2013 Brookvale Children's Therapies, 21 November 2025",
        "Social care advice \u2013 Brookvale Early Help Hub",
        "Preparing for adulthood advice \u2013 Brookvale Careers Service, 26 November 2025",
    ])
