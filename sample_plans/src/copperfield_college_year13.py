"""Halbury County Council - post-16 plan for a 17-year-old young person (Year 13) at an
independent specialist college. Each section starts with a letter-only Word Heading 1
('Section F') followed by a bold italic subtitle line ('Special educational provision -
what the college will provide'). Bold-label cover lines. F is prose paragraphs under
PfA Heading 2s (Employment, Independent living, Community participation, Health) and a
closing 'whole programme' staffing paragraph; some amounts and deliverers sit in the
next sentence. Section I names the college without its type. FINAL (amended after
annual review). (Held-out test plan.)"""

TITLE = "Education, Health and Care Plan - Maisie Fairbrother"


def _section(d, letter, subtitle, sid):
    d.heading(f"Section {letter}", section=sid)
    d.para(subtitle, bold=True, italic=True)


def build(d):
    d.running_header_footer(
        "Maisie Fairbrother \u2013 Education, Health and Care Plan \u2013 Halbury County Council",
        first_page_plain=True)
    d.title("Halbury County Council \u2013 SEND Service", size=13, color="4A235A")
    d.title("Education, Health and Care Plan", size=22, color="4A235A")
    d.para("FINAL \u2013 amended following the annual review meeting held on 2 December 2025",
           bold=True)
    d.label_para("Name: ", "Maisie Fairbrother")
    d.label_para("Date of birth: ", "14/05/2008 (age 17)")
    d.label_para("NHS number: ", "999 617 2048")
    d.label_para("Unique learner number: ", "9990361527")
    d.label_para("Address: ", "7 Tanyard Row, Halbury, ZX4 2PD")
    d.label_para("Parents: ", "Claire Fairbrother and Gareth Fairbrother")
    d.label_para("Telephone: ", "01632 960418 (home), 07700 900562 (Claire)")
    d.label_para("E-mail: ", "claire.fairbrother@example.org")
    d.label_para("College: ", "Copperfield Grange College \u2013 second year, Year 13")
    d.label_para("Date of this amended plan: ", "16 January 2026")
    d.label_para("Next annual review by: ", "15 January 2027")
    d.label_para("SEND officer: ", "Marcus Idowu")

    _section(d, "A", "My views, interests and aspirations", "A")
    d.para("Maisie put her views together with her personal tutor in November 2025, using "
           "Widgit symbols and photos; her mum Claire helped to explain some of her answers. "
           "Maisie said: \"I like the caf\u00e9. I like making cakes and talking to the "
           "customers. I like swimming and pop music. I don't like loud noises or when the bus "
           "is late. I want a job in a caf\u00e9 and to go to town on my own. When I'm big I want a "
           "flat with my friends.\"")
    d.para("Claire and Gareth (shared with Maisie's agreement) said: \"We want Maisie to have a "
           "real job, friends of her own and a life that isn't just with us. We worry about how "
           "vulnerable she is when she is out, and about what happens when college ends.\"")
    d.para("Maisie lives with her parents and her younger brother Ollie.")

    _section(d, "B", "My special educational needs", "B")
    d.heading("Learning and work", level=2)
    d.para("Maisie has a severe learning disability and is autistic. She reads about 40 familiar "
           "words and symbols, can write her name and address from a model, and counts and "
           "matches coins to \u00a32 but cannot yet work out change. She learns new routines "
           "when they are broken into small steps and practised in the real place many times. "
           "In the college caf\u00e9 she can wipe tables and load the dishwasher, but she has "
           "not yet learned to take an order or use the till, and she stops working when a task "
           "changes without warning.")
    d.heading("Communication", level=2)
    d.para("Maisie speaks in phrases of two to four words and uses a Widgit symbol book. "
           "Familiar people understand her well; strangers often do not, and she then gives up. "
           "She understands short, concrete sentences but not questions about the past or "
           "future, and she rarely asks for help.")
    d.heading("Living independently", level=2)
    d.para("Maisie needs step-by-step prompts to prepare food and has no awareness of kitchen "
           "safety, such as hot pans or knives. She cannot travel on her own; she does not "
           "know what to do if a bus is late or changes route, and she would go with a "
           "stranger who was friendly to her.")
    d.heading("Friends, community and wellbeing", level=2)
    d.para("Maisie wants friends but finds group conversation hard and often walks away. She "
           "becomes very anxious with noise, crowds and changes of plan, and she may cry, cover "
           "her ears or refuse to move. She takes a long time to recover, which can lose her "
           "most of a morning's learning.")

    _section(d, "C", "My health needs", "C")
    d.para("Epilepsy (generalised tonic-clonic seizures, last seizure August 2025), treated with "
           "sodium valproate and managed by the Halbury Community Epilepsy Nurse Service. Maisie "
           "is above a healthy weight and has a limited diet. She has had an annual learning "
           "disability health check with her GP since the age of 14.")

    _section(d, "D", "My social care needs", "D")
    d.para("Maisie needs prompting and some help with personal care, and she cannot be left alone "
           "at home for more than a short time. She needs an adult with her in the community to "
           "keep her safe. Halbury Children's Disability Service supports the family. Because "
           "Maisie turns 18 on 14 May 2026, Halbury Adult Social Care completed a Care Act "
           "transition assessment on 12 January 2026, which found eligible needs for personal "
           "care, meals and taking part in the community.")

    _section(d, "E", "My outcomes", "E")
    d.bullets([
        "By July 2027, Maisie will travel by bus from home to college and back on her own on five days in a row.",
        "By the end of her third year (July 2027), Maisie will work a full shift in the Grange Caf\u00e9, taking and serving at least ten customer orders with no more than two prompts from her job coach.",
        "Maisie will become more independent.",
        "By July 2026, Maisie will cook three simple hot meals (pasta, a jacket potato and an omelette) from a picture recipe with no more than two verbal prompts.",
        "Maisie will attend her weekly speech and language therapy.",
        "Maisie will have a job when she leaves college.",
        "By July 2027, Maisie will use her symbol book or a short phrase to ask an unfamiliar adult for help on three community outings in a row.",
        "By her next annual review, Maisie will tell a member of staff when she feels anxious, using her five-point feelings scale, on four days out of five.",
    ])
    d.para("Her personal tutor will set termly targets towards each outcome and send them to "
           "Maisie and her parents.")

    _section(d, "F", "Special educational provision \u2013 what the college will provide", "F")
    d.para("This section sets out the provision Maisie needs. It is made during the college's "
           "38-week year.")
    d.heading("Employment", level=2)
    d.para("Maisie will attend Copperfield Grange College five days a week, from 9:30 to 15:30, "
           "for 38 weeks a year, on the Pathway to Work study programme, which is taught by "
           "qualified teachers and includes functional English and maths at Entry Level 1. The "
           "college will give Maisie a supported work placement in the Grange Caf\u00e9, the "
           "college's caf\u00e9 that is open to the public. She will work there every Thursday "
           "from 10:00 to 14:30, with a job coach who holds the Level 3 Certificate in Supported "
           "Employment Practice beside her for the whole of each shift.")
    d.para("Employability sessions will help Maisie to build the confidence and skills she needs "
           "for work. The college will decide the timetable for these sessions. She will also "
           "work towards the ASDAN Employability award at Entry 1, taught by her class teacher "
           "in one lesson every Monday.")
    d.para("A careers adviser from the Halbury Careers and Transition Service will meet Maisie "
           "and her mum once a term to plan her next steps after college, subject to "
           "availability. Maisie will be encouraged to try work tasters with local employers.")
    d.heading("Independent living", level=2)
    d.para("The college will teach Maisie to plan, shop for and cook simple meals in its "
           "training kitchen. Cookery will take place every Tuesday from 13:00 to 15:00, in a "
           "group of no more than four students, led by an independent living tutor who holds "
           "a Level 3 Award in Education and Training. Maisie will also follow a life-skills "
           "programme to help her become more independent at home.")
    d.para("Maisie will have travel training on the number 14 bus between her home and college "
           "with a travel trainer who has completed accredited independent travel training. "
           "This will be three journeys a week until she can make the journey alone on five "
           "consecutive days.")
    d.heading("Community participation", level=2)
    d.para("Every Wednesday from 13:00 to 15:30, Maisie will go into Halbury town centre with "
           "two learning support workers (a 2:1 staff ratio), both trained in the college's "
           "positive behaviour support approach, to shop, use the library and order food in a "
           "caf\u00e9. The college will offer Maisie a place in its lunchtime and after-college "
           "enrichment clubs. She will also join a small social group to practise conversation "
           "with her peers, where appropriate.")
    d.para("Maisie will have direct speech and language therapy to help her use her Widgit "
           "symbol book and short spoken phrases to ask for help, make choices and talk to "
           "people she does not know. The college's HCPC-registered speech and language "
           "therapist will see her for a 40-minute 1:1 session every week in term time. Maisie "
           "will volunteer at the Halbury Community Larder every Friday from 10:00 to 12:00 with "
           "a learning support worker, whose support will be phased out as she becomes more "
           "confident.")
    d.heading("Health", level=2)
    d.para("Maisie's personal tutor, Ms Okafor, will meet her for a 10-minute check-in at 9:30 "
           "every morning to go through her visual timetable and rate how she is feeling on her "
           "five-point scale. The college counsellor, who is registered with the BACP, will see "
           "Maisie for 30 minutes every fortnight to help her recognise and manage anxiety, and "
           "this will be kept under review. Staff will use the anxiety-management strategies "
           "recommended in the clinical psychologist's report of 6 November 2025.")
    d.para("The college's HCPC-registered occupational therapist will advise staff each "
           "half-term on Maisie's sensory needs, including noise and crowded spaces. Maisie "
           "will learn about healthy relationships, puberty and keeping safe through the "
           "college's PSHE curriculum.")
    d.heading("Staffing for the whole programme", level=2)
    d.para("Throughout the college day, including breaks and lunch, Maisie will be taught in a "
           "class of no more than six students with a qualified teacher and supported at a ratio "
           "of one learning support worker to two students. Every member of staff who works "
           "with Maisie will have completed the college's two-day autism training and its "
           "epilepsy and buccal midazolam training before working with her, refreshed every "
           "September.")

    _section(d, "G", "My health provision", "G")
    d.bullets([
        "Epilepsy: Maisie's individual health care plan (Halbury Community Epilepsy Nurse Service, 14 October 2025) is followed at college; buccal midazolam is kept in the first-aid room and given as required under that plan by staff trained by the epilepsy nurse.",
        "An annual learning disability health check with her GP, with her health action plan updated at each check.",
        "Healthy eating advice from the community dietitian when Maisie reaches the top of the waiting list.",
        "Psychology input from the community learning disability team as appropriate.",
    ])

    _section(d, "H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1")
    d.bullets([
        "Until Maisie's 18th birthday (14 May 2026): a personal assistant for 6 hours every Saturday so that she can go swimming and attend Halbury Inclusive Youth Club, funded by a social care direct payment of \u00a3102 a week managed by Claire Fairbrother (Halbury Children's Disability Service).",
        "Short breaks at Elmcroft House.",
    ])
    _section(d, "H2", "Other social care provision", "H2")
    d.bullets([
        "From 14 May 2026, Maisie will receive adult social care support as set out in her Care Act care and support plan, once it is agreed.",
    ])

    _section(d, "I", "The college I will attend", "I")
    d.para("Copperfield Grange College, Halbury.")

    _section(d, "J", "Personal budget", "J")
    d.para("No personal budget has been requested for the provision in Sections F and G. The "
           "personal assistant in Section H1 is funded by a social care direct payment, as set "
           "out there.")

    _section(d, "K", "Advice and information", "K")
    d.bullets([
        "Maisie's views and her parents' views \u2013 November 2025",
        "Annual review report \u2013 Mr D. Hargreaves, Head of Learning, Copperfield Grange College \u2013 2 December 2025",
        "Educational psychology advice \u2013 Dr L. Fenn, Educational Psychologist \u2013 7 October 2025",
        "Clinical psychology report \u2013 Dr S. Rahman, Halbury Community Learning Disability Team \u2013 6 November 2025",
        "Speech and language therapy report \u2013 Copperfield Grange College therapy team \u2013 18 November 2025",
        "Occupational therapy advice \u2013 Copperfield Grange College therapy team",
        "Medical advice \u2013 Halbury Community Epilepsy Nurse Service \u2013 14 October 2025",
        "Preparing for adulthood advice \u2013 Halbury Careers and Transition Service \u2013 24 November 2025",
        "Social care advice \u2013 Halbury Children's Disability Service \u2013 19 November 2025; Care Act transition assessment \u2013 Halbury Adult Social Care \u2013 12 January 2026",
    ])
