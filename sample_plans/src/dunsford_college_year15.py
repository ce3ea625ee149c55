"""Royal Borough of Kellingford - young person aged 20 (NC Year 15) with an acquired brain
injury after a road traffic collision, at a residential independent specialist college
(s.41) on a three-year programme of work and independent living skills. Headings are bold
upper-case Normal text with an em dash ('SECTION F \u2014 SPECIAL EDUCATIONAL PROVISION'),
no Word heading styles. Cover is bold-label lines. E is numbered E1-E10 (literal). Section F
opens with a framing paragraph, then three Heading 3 'Part' sub-headings (college day /
residential extended curriculum / therapies and wellbeing) over ONE continuous run of
numbered paragraphs 1-20; each paragraph starts with a bold run-in title ('Memory aids.')
and ends with the outcomes it serves in square brackets ('[E3]'). H1 says not applicable
(over 18); H2 refers to the Care Act care and support plan. FINAL plan."""

TITLE = "Education, Health and Care Plan - Callum Ferreira"

HEAD = "1B4F72"


def _h(d, text, section=None):
    d.bold_line(text, section=section, size=12.5, color=HEAD)


def build(d):
    d.running_header_footer("Callum Ferreira \u2013 Education, Health and Care Plan (FINAL)",
                            footer_left="Royal Borough of Kellingford SEND Service",
                            first_page_plain=True)
    d.title("Royal Borough of Kellingford", size=13, color=HEAD)
    d.title("Education, Health and Care Plan", size=21, color=HEAD)
    d.para("FINAL \u2013 amended following the annual review of 11 December 2025", bold=True)
    d.label_para("Young person: ", "Callum Ferreira")
    d.label_para("Date of birth: ", "14 November 2005 (age 20)")
    d.label_para("NC year equivalent: ", "Year 15 (second year of a three-year programme)")
    d.label_para("NHS number: ", "999 604 2187")
    d.label_para("Home address (holidays): ", "12 Orchard Rise, Kellingford, XJ3 8PD")
    d.label_para("Callum's mobile: ", "07700 900627")
    d.label_para("Family contact: ", "Denise Ferreira (mother), 01632 960358, denise.ferreira@example.org")
    d.label_para("College: ", "Dunsford College (residential, 38 weeks a year)")
    d.label_para("Date of final amended plan: ", "9 February 2026")
    d.label_para("Next annual review by: ", "8 February 2027")
    d.label_para("Plan co-ordinator: ", "Tomasz Brennan-Hale, Kellingford Preparing for Adulthood Team")

    # ---------------------------------------------------------------- A
    _h(d, "SECTION A \u2014 MY VIEWS, INTERESTS AND ASPIRATIONS", section="A")
    d.para("Callum spoke to his residential keyworker over two evenings in November 2025. She "
           "typed his words and he changed some of them afterwards.", italic=True)
    d.para("\"Before the crash I was doing a motor vehicle apprenticeship. I can't drive now "
           "because of the seizures, which does my head in. I'm good with bikes though \u2013 I "
           "can strip a gear set faster than the tutor. My memory is rubbish, so I put "
           "everything in my phone. I get wound up when people talk over me or rush me. What I "
           "want is a proper job fixing bikes, my own flat near my mates, and to "
           "not have my mum ringing me every night to check I've taken my tablets. I want to go "
           "to the football with my mates without someone from college tagging along.\"")
    d.para("**My mum and dad's views, shared with my agreement.** Denise and Paulo Ferreira say "
           "Callum has worked incredibly hard since the accident and is much more like his old "
           "self. They worry about his safety when he is tired, about money, and about him being "
           "taken advantage of. They would like him to live in supported accommodation near "
           "home when he leaves college and to have paid work. His sister Bianca would like him "
           "to come to her wedding in 2027 and make a speech.")

    # ---------------------------------------------------------------- B
    _h(d, "SECTION B \u2014 SPECIAL EDUCATIONAL NEEDS", section="B")
    d.para("Callum was 17 when he sustained a severe traumatic brain injury as a pedestrian in "
           "a road traffic collision in June 2023. His needs are described below under the "
           "preparing-for-adulthood areas used by Kellingford.")
    d.heading("Learning and work", level=3)
    d.para("Callum's memory for new information is significantly impaired: he forgets "
           "verbal instructions within a few minutes and cannot recall what he did the previous "
           "day without a written record. He finds it hard to plan, start and sequence tasks "
           "(executive function), and makes impulsive decisions when under pressure. He "
           "is working at Entry Level 2 to 3 in English and maths. He tires quickly, and by "
           "mid-afternoon his concentration, speech and balance all deteriorate. His left hand "
           "is weak and clumsy, so he cannot hold small parts or tools steadily.")
    d.heading("Communication and relationships", level=3)
    d.para("Callum has a cognitive-communication disorder. He has word-finding difficulties, "
           "loses track of group conversations, interrupts, and sometimes says things that "
           "upset others without realising it. He misreads other people's tone and can become "
           "angry quickly when he feels he is being talked down to.")
    d.heading("Independent living", level=3)
    d.para("Callum cannot yet plan and cook a meal safely without prompting, and he has left "
           "the hob on twice in the training flat. He struggles to budget and has spent his "
           "weekly money within two days. He forgets his epilepsy medication unless prompted. "
           "He needs prompting to get up, wash and dress in time for college. He has not "
           "travelled on public transport alone since his injury.")
    d.heading("Health and wellbeing", level=3)
    d.para("Callum has periods of low mood and frustration about the changes in his life, and "
           "has limited insight into how his injury affects his behaviour. His balance is "
           "reduced when walking on uneven ground or when he is tired.")

    # ---------------------------------------------------------------- C
    _h(d, "SECTION C \u2014 HEALTH NEEDS", section="C")
    d.para("Severe traumatic brain injury (diffuse axonal injury with right frontal contusion), "
           "June 2023, followed by five months of inpatient neuro-rehabilitation. Post-traumatic "
           "epilepsy, treated with levetiracetam; his last focal seizure was in April 2025 and "
           "he has a rescue medication protocol. Mild left-sided weakness (hemiparesis). "
           "Post-injury fatigue and low mood, monitored by his GP. He is under the Kellingford "
           "Hospital neurology service.")

    # ---------------------------------------------------------------- D
    _h(d, "SECTION D \u2014 SOCIAL CARE NEEDS", section="D")
    d.para("Adult social care completed a Care Act assessment in November 2025. Callum has "
           "eligible needs in managing and maintaining nutrition, maintaining a habitable home, "
           "and making use of facilities in the local community. During college holidays he "
           "lives with his parents, who both work and find the supervision he needs at home "
           "exhausting.")

    # ---------------------------------------------------------------- E
    _h(d, "SECTION E \u2014 OUTCOMES", section="E")
    d.para("These outcomes are for the end of Callum's programme in July 2027 unless another "
           "date is given. Dunsford College sets termly targets towards them and reviews them "
           "with Callum at each termly progress review.")
    d.numbered([
        "By July 2027, Callum will pass Functional Skills English and maths at Entry Level 3.",
        "By July 2027, Callum will complete a 10-week work placement in a cycle repair shop, one day a week, arriving on time on at least 8 of the 10 days.",
        "By the end of the summer term 2026, Callum will use his phone calendar and daily checklist to arrive at all his timetabled sessions without staff prompting on 4 out of 5 days.",
        "Callum will improve his communication skills.",
        "Callum will manage his fatigue better.",
        "By July 2027, Callum will plan, shop for and cook four evening meals a week in the training flat within a \u00a340 weekly budget, needing no more than one verbal prompt per meal.",
        "By December 2026, Callum will take his epilepsy medication at the right times every day for eight weeks in a row, with staff checking but not prompting.",
        "Callum will attend social activities in the evenings.",
        "Callum will live independently in his own flat.",
        "By his next annual review, Callum will name his three main anger triggers and use his written calming plan, as recorded by his keyworker, on at least three occasions.",
    ], fmt="E{n}.")

    # ---------------------------------------------------------------- F
    _h(d, "SECTION F \u2014 SPECIAL EDUCATIONAL PROVISION", section="F")
    d.para("Callum's programme runs for 38 weeks a year. The residential curriculum in Part 2 "
           "is education and training that teaches Callum the skills he needs to live more "
           "independently, so it is special educational provision and is set out here rather "
           "than in Section H. The outcomes each item supports are shown in square brackets.")

    d.heading("Part 1 \u2013 The college day (Monday to Friday, 09:00 to 15:30)", level=3)
    d.numbered([
        "**Study programme.** Callum will follow the Pathway to Work programme for 24 hours a week over 38 weeks a year, taught in a group of no more than six learners by a qualified teacher, with a learning support practitioner who holds a Level 3 supporting-learning qualification and has completed the college's ABI rehabilitation module present in every session. [E1, E2]",
        "**Functional Skills English and maths.** Each week Callum will have two one-hour English lessons and two one-hour maths lessons at Entry Level 3, with no more than four learners, taught by a qualified Functional Skills teacher who has completed the college's acquired brain injury training; new vocabulary and methods are pre-taught in the first ten minutes and written on a recap card that Callum keeps. [E1]",
        "**Cycle maintenance workshop.** Practical bike-repair sessions in the college workshop, with extra adult help whenever fatigue or weakness in his left hand makes a task unsafe. [E2]",
        "**Work placement.** From September 2026, a supported work placement in a local cycle shop or garden centre one day a week; the hours and how much job coaching he gets will be agreed once a placement has been secured. [E2]",
        "**Rest breaks.** Where tiredness sets in, Callum should be able to take a break in the quiet lounge. [E5]",
        "**Memory aids.** Memory aids and a device for written work, of a type the college judges appropriate. [E3]",
        "**Daily planning check-in.** At 09:00 every college day his personal tutor spends 15 minutes with Callum going through his written plan for the day, checking his phone reminders are set and recording his fatigue score. [E3, E5]",
    ], start=1)

    d.heading("Part 2 \u2013 Residential extended curriculum (evenings and weekends in residence)", level=3)
    d.numbered([
        "**Training flat.** Four evening sessions a week, Monday to Thursday from 17:00 to 18:30, in the college training flat, where Callum is taught 1:1 to plan, shop for and cook a meal and to keep track of his \u00a340 weekly food budget, by a residential skills tutor who holds the Level 3 Diploma in Health and Social Care and the college's ABI rehabilitation certificate. [E6]",
        "**Medication.** Callum will be taught to manage his own epilepsy medication using a locked dosette box and phone alarms; a residential support worker trained in the safe handling of medicines will check with him at 08:00 and 20:00 on each day he is in residence and record each dose on his medication chart. [E7]",
        "**Morning routine.** Residential staff will prompt Callum through getting up, washing, dressing and breakfast between 07:30 and 08:30 each college day, with the prompts gradually withdrawn as he becomes more independent. [E6]",
        "**Travel training.** Travel training on the bus route between the college and Kellingford town centre, delivered by the residential team when staffing allows. [E8, E9]",
        "**Evenings and weekends.** Callum can join in with the evening and weekend activities on offer to residents, for example bowling, cinema trips and the Friday quiz. [E8]",
    ], start=8)

    d.heading("Part 3 \u2013 Therapies and wellbeing", level=3)
    d.numbered([
        "**Cognitive rehabilitation.** Two 45-minute 1:1 sessions every week in term time with an HCPC-registered occupational therapist, teaching Callum to use his phone calendar, pocket notebook and daily checklist; the same therapist spends 30 minutes each half-term showing his personal tutor and residential keyworker how to prompt him to use the system. [E3]",
        "**Hand function.** Occupational therapy for the strength and dexterity of Callum's left hand: a maximum of six 40-minute sessions per term with the HCPC-registered occupational therapist. [E2]",
        "**Physiotherapy.** Physiotherapy for balance and walking, in line with the physiotherapy report of 3 November 2025. [E6, E8]",
        "**Speech and language therapy.** Speech and language therapy on a consultation model: the college speech and language therapist visits once a term to set communication targets, which tutors then follow in lessons. [E4]",
        "**Social communication group.** A weekly social communication group run by the therapy team; what is covered, and how many learners take part, is left to the team to decide. [E4, E8]",
        "**Neuropsychology.** One 50-minute session every fortnight with an HCPC-registered clinical neuropsychologist, working with Callum on understanding his injury, recognising his anger triggers and using his written calming plan; the neuropsychologist also attends his termly progress review. [E10]",
        "**Counselling.** Counselling for low mood could be considered if his mood does not lift, to be looked at again at his next progress review. [E5]",
        "**Staff training.** Before the start of each academic year, Callum's personal tutor, residential keyworker and job coach will each complete a three-hour brain injury awareness course run by the college's clinical neuropsychologist, followed by a one-hour refresher every January. [E3, E10]",
    ], start=13)

    # ---------------------------------------------------------------- G
    _h(d, "SECTION G \u2014 HEALTH PROVISION", section="G")
    d.bullets([
        "Review by the consultant neurologist at Kellingford Hospital every 12 months, including his levetiracetam dose.",
        "Buccal midazolam kept in the residence and in the college day bag, given as required under the epilepsy rescue protocol by staff trained by the epilepsy nurse specialist.",
        "Mental health input from the community team if Callum's mood gets worse.",
        "A block of six community neuro-physiotherapy sessions once Callum reaches the top of the waiting list.",
    ])

    # ---------------------------------------------------------------- H
    _h(d, "SECTION H1 \u2014 SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970", section="H1")
    d.para("Not applicable. Callum is over 18, so his social care provision is made under the "
           "Care Act 2014 and is set out in Section H2.")
    _h(d, "SECTION H2 \u2014 OTHER SOCIAL CARE PROVISION", section="H2")
    d.para("From Callum's Care Act care and support plan dated 4 December 2025:")
    d.bullets([
        "During college holidays, a personal assistant for 6 hours a week (two 3-hour sessions) to support Callum to go to football matches and the gym, paid through a direct payment to Callum.",
        "Short breaks for Callum's parents during the holidays, as needed.",
        "A social worker from the adult learning disability and brain injury team will start planning Callum's move to supported accommodation from September 2026.",
    ])

    # ---------------------------------------------------------------- I
    _h(d, "SECTION I \u2014 PLACEMENT", section="I")
    d.para("Dunsford College, Kellingford \u2013 independent specialist post-16 institution "
           "(approved under section 41 of the Children and Families Act 2014), residential for "
           "38 weeks a year, until July 2027.")

    # ---------------------------------------------------------------- J
    _h(d, "SECTION J \u2014 PERSONAL BUDGET", section="J")
    d.para("Callum has not asked for a personal budget for the provision in Section F. The "
           "direct payment in Section H2 is made by adult social care under the Care Act 2014.")

    # ---------------------------------------------------------------- K
    _h(d, "SECTION K \u2014 ADVICE AND INFORMATION", section="K")
    d.bullets([
        "Callum's views \u2013 recorded by his residential keyworker, 19 November 2025",
        "Parents' views \u2013 Denise and Paulo Ferreira, 24 November 2025",
        "Educational advice \u2013 Ms A. Whitcombe, Head of Learning, Dunsford College, 27 November 2025",
        "Psychological advice \u2013 Dr L. Okonjo, Clinical Neuropsychologist, 21 November 2025",
        "Medical advice \u2013 Dr F. Halloran, Consultant Neurologist, Kellingford Hospital, 13 November 2025",
        "Occupational therapy advice \u2013 Mr D. Szabo, Occupational Therapist, 18 November 2025",
        "Physiotherapy report \u2013 Ms E. Marchetti, Physiotherapist, 3 November 2025",
        "Speech and language therapy advice \u2013 Dunsford College therapy team",
        "Social care advice \u2013 Kellingford Adult Social Care, Care Act assessment, 20 November 2025",
        "Preparing for adulthood advice \u2013 Ms R. Nakamura, careers adviser, Kellingford PfA Team, 1 December 2025",
    ])
