"""Fellside County Council - amended final plan after the Year 11 annual review, for a
young person with dyslexia, dyscalculia, anxiety and low mood at a mainstream 11-16
academy, moving to a further education college in September 2026. Word Heading 1 headings
with a vertical bar ('Section F | Special educational provision'); running header and
'Page X of Y' footer. Cover details in a two-column table. E is numbered 1-8 under
area sub-headings. F is grouped by WHO delivers it: each group starts with a Word Heading
3 line ('Provided by the specialist dyslexia teacher, ...') that gives the deliverer once
for the bullets beneath it; a few bullets name their own deliverer instead. The last
group covers provision at the college from September 2026. H1 and H2 both 'None'.
Section I names the school until July 2026 and the college from September 2026."""

from docx.shared import RGBColor

TITLE = "Education, Health and Care Plan - Imogen Fairbairn"


def _group(d, line, items):
    d.heading(line, level=3)
    d.bullets(items)


def build(d):
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        d.doc.styles[name].font.color.rgb = RGBColor.from_string("1E5631")
    d.running_header_footer("Fellside County Council  |  EHC Plan  |  Imogen Fairbairn  |  CONFIDENTIAL",
                            footer_left="Amended final plan, 27 February 2026",
                            first_page_plain=True)

    d.title("Fellside County Council", size=13, color="1E5631")
    d.title("Education, Health and Care Plan", size=21, color="1E5631")
    d.para("FINAL \u2013 amended following the annual review held on 21 January 2026",
           bold=True)
    d.details_table([
        ("Name", "Imogen Fairbairn"),
        ("Date of birth", "03/03/2010"),
        ("NHS number", "999 603 2174"),
        ("Unique pupil number", "Z999000271828"),
        ("Address", "27 Skiddaw Road, Lowther Bridge, ZY4 8DN"),
        ("Parent / carer", "Claire Fairbairn (mother); Darren Whitlock (stepfather) also lives at the family home"),
        ("Telephone / e-mail", "07700 900582 / 01632 960318 / claire.fairbairn@example.org"),
        ("Current school", "Lowther Park Academy, Year 11"),
        ("Date of this amended plan", "27 February 2026"),
        ("Next annual review by", "26 February 2027"),
        ("Plan co-ordinator", "Joel Marchetti-Hyde, Fellside SEND 14-25 Team"),
    ], widths_cm=(5.0, 11.6), fill="E9F5EC")

    d.heading("Section A | My views, interests and aspirations", section="A")
    d.heading("In my own words", level=2)
    d.para("Imogen wrote this section herself in December 2025 using speech-to-text on her "
           "laptop, and her form tutor helped her to check it.")
    d.para("\"I'm Imogen and I'm 15. I love animals more than people most of the time. I "
           "help out at my aunt's stables every Sunday and I have a rescue dog called Pip. "
           "I'm good at art and I'm good at talking to little kids. I'm not thick, I just "
           "read slowly and numbers go jumbled in my head. What I hate is being asked to read "
           "out in class and everyone watching. When I panic I just have to get out. I want "
           "to do Animal Care at Carrock Vale College and then be a veterinary nurse. One day "
           "I want my own flat with a dog and to drive.\"")
    d.heading("My mum's and stepdad's views", level=2)
    d.para("Claire and Darren say Imogen is kind, creative and brilliant with animals and "
           "with her younger sister Freya. They are very worried about her mental health "
           "since the panic attacks started in Year 9, and about her missing school. They "
           "want her to get through her GCSEs with the right exam arrangements, to have a "
           "proper plan for moving to college, and to learn to get the bus to Penwick on "
           "her own because neither of them can drive her there every day.")

    d.heading("Section B | My special educational needs", section="B")
    d.heading("Cognition and learning", level=2)
    d.para("Imogen has dyslexia, identified by a specialist assessor in Year 7 (February "
           "2022) and re-assessed in October 2025. Her single-word reading and spelling "
           "are at the level of a typical 11-year-old, and she reads continuous text at "
           "about 95 words per minute, much more slowly than her peers. She loses the "
           "meaning of long exam questions and often answers only part of them. Her "
           "spelling of subject vocabulary is inconsistent and her written answers are "
           "much shorter than her spoken ones. Her working memory and processing speed "
           "are both well below average.")
    d.para("Imogen also has dyscalculia, diagnosed by the educational psychologist in "
           "Year 9. She has a weak sense of number size, cannot recall multiplication facts, "
           "and muddles place value when working with decimals and money. She is working at "
           "GCSE grade 2 in maths and avoids maths tasks when she can.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("Since Year 9 Imogen has had panic attacks, mostly in lessons where she might "
           "be asked to read aloud and in timed tests, and she walks out of lessons when "
           "this happens. She has had periods of low mood and self-harmed in Year 10; she "
           "is now under the care of CAMHS. Her attendance this year is 81%. She has a "
           "small, loyal group of friends but a very low opinion of herself as a learner.")
    d.heading("Preparing for adulthood", level=2)
    d.para("Imogen has been offered a place on the Level 2 Diploma in Animal Care at "
           "Carrock Vale College in Penwick, 11 miles from home, from September 2026. She "
           "has never made the bus journey on her own. Her difficulties with numbers make "
           "it hard for her to read timetables, work out change and manage money. She has "
           "had one careers interview, in Year 10.")

    d.heading("Section C | My health needs", section="C")
    d.para("Imogen was diagnosed with an anxiety disorder and a moderate depressive episode "
           "by the consultant psychiatrist at Fellside CAMHS in October 2025 and takes "
           "sertraline each morning at home. She also has migraines, which are worse when "
           "she is stressed and after long periods of reading.")

    d.heading("Section D | My social care needs", section="D")
    d.para("No social care needs were identified. The family had Early Help support from "
           "the Lowther Bridge Family Hub between March and September 2024, which closed by "
           "agreement. The social care advice for this review (9 January 2026) confirmed "
           "that there is no current social care involvement.")

    d.heading("Section E | Outcomes", section="E")
    d.para("Lowther Park Academy will set half-termly steps towards outcomes 1 to 4 until "
           "July 2026; Carrock Vale College will agree termly targets towards outcomes 5 to "
           "8 at Imogen's college progress reviews.")
    d.heading("Learning", level=2)
    d.numbered([
        "By July 2026, Imogen will read exam questions independently using her computer reader and type her answers on a laptop in every mock and GCSE exam, without needing an adult reader.",
        "By the end of Year 11, Imogen will achieve at least grade 4 in GCSE English Language.",
        "Imogen will get better at maths and feel more confident with numbers.",
    ])
    d.heading("Wellbeing and attendance", level=2)
    d.numbered([
        "By July 2026, Imogen will attend at least 90% of her lessons each half-term and sit all of her GCSE exams.",
        "By July 2027, when she feels panic rising, Imogen will use her written calming plan and tell a named member of college staff, rather than leaving the site, on four out of five occasions recorded by her tutor.",
        "Imogen will be supported by CAMHS and the college wellbeing team.",
    ], start=4)
    d.heading("Preparing for adulthood", level=2)
    d.numbered([
        "By October 2026, Imogen will travel on her own by bus between home and Carrock Vale College on five college days in a row.",
        "Imogen will become a veterinary nurse.",
    ], start=7)

    d.heading("Section F | Special educational provision", section="F")
    d.para("The provision below is grouped by the person or service who will deliver it. "
           "Unless a bullet says otherwise, it is made in term time at Lowther Park Academy "
           "until Imogen leaves on 17 July 2026. Provision at Carrock Vale College is set "
           "out in the last group.")

    _group(d, "Provided by the specialist dyslexia teacher, Mrs Harriet Colquhoun "
              "(Postgraduate Diploma in SpLD, AMBDA)", [
        "Two 40-minute individual lessons each week using Units of Sound, working on reading multisyllabic words and spelling the subject vocabulary from her GCSE courses; the lessons are taken from tutor time and do not replace any GCSE subject.",
        "One 30-minute session each week until the end of March 2026 teaching Imogen to use the ClaroRead computer reader and to plan longer answers on the laptop before her exams.",
        "Some numeracy catch-up on number facts and place value, fitted in when the specialist teacher has space in her timetable.",
        "Spelling practice at home from her Units of Sound lists, done with her mother for ten minutes each evening.",
    ])
    _group(d, "Provided by the Learning Support Team", [
        "In-class support in English, maths and science lessons for up to eight hours a week.",
        "Imogen would benefit from pre-teaching of key subject vocabulary before new science and geography topics.",
    ])
    _group(d, "Provided by the SENCO, Mr Tobias Ferreira-Lund, and the Exams Officer", [
        "Access arrangements for her March 2026 mock exams and all GCSE exams in May and June 2026: 25% extra time, a computer reader, and a word processor with the spelling and grammar check switched off, in a separate room with no more than six other candidates. The SENCO will submit the application to JCQ by 21 March 2026.",
        "Supervised rest breaks in exams, at the SENCO's discretion.",
    ])
    _group(d, "Provided by the pastoral team", [
        "A 10-minute check-in with her Head of Year, Mr Oyelaran, in the Hub at 8:35 every morning before registration, to go through her day and any room or cover changes.",
        "A key adult Imogen can go to whenever she needs to talk things through.",
        "Weekly attendance mentoring, going through her attendance record and agreeing a target for the following week, reducing once her attendance stays above 90% for a half-term.",
    ])
    _group(d, "Provided by the school counsellor, Ms Anwen Pryce-Lloyd (BACP-accredited)", [
        "One 50-minute counselling session every week until 17 July 2026, person-centred with CBT-informed techniques for panic, in the counselling room.",
        "Further counselling sessions during the exam season if needed.",
    ])
    _group(d, "Provided by the Education Mental Health Practitioner, Fellside Mental Health "
              "Support Team (supervised by an HCPC-registered clinical psychologist)", [
        "Eight weekly 45-minute sessions of guided self-help for exam anxiety, starting the week of 2 March 2026, to be reviewed after the fourth session.",
    ])
    _group(d, "Provided by Fellside Careers Service (careers adviser qualified to Level 6) "
              "and the Year 11 transition lead, Mrs Gail Penhaligon (Assistant SENCO)", [
        "Two 45-minute careers guidance interviews, one in March and one in June 2026, to confirm Imogen's place on the Level 2 Animal Care course and map out the route to a veterinary nursing apprenticeship.",
        "Transition visits to Carrock Vale College as appropriate during the summer term.",
        "Independent travel training on the X14 bus from Lowther Bridge to the Penwick campus: six 90-minute sessions in July 2026 with a trained travel trainer from the Fellside Travel Skills Team, ending with Imogen making the journey unaccompanied while the trainer follows at a distance.",
    ])
    _group(d, "Provided at Carrock Vale College from September 2026", [
        "One 60-minute 1:1 study skills session each week throughout her first year with a specialist SpLD tutor who holds a Level 5 dyslexia qualification, covering reading for assignments, planning written work and using assistive software.",
        "Support from the Additional Learning Support team in line with the recommendations of the educational psychologist's report of 12 January 2026.",
        "GCSE maths resit taught in a small group, with additional help as required.",
    ])

    d.heading("Section G | Health provision", section="G")
    d.bullets([
        "Review of Imogen's sertraline and mental health by her consultant psychiatrist at Fellside CAMHS every 12 weeks, with a letter to her GP after each review.",
        "A course of cognitive behavioural therapy with Fellside CAMHS to teach Imogen ways to manage panic, once she reaches the top of the waiting list.",
        "Paracetamol as required for migraine, kept in the medical room under Imogen's individual healthcare plan and given by the school's first-aid lead.",
        "Planning for the move to adult mental health services as appropriate.",
    ])

    d.heading("Section H1 | Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", section="H1")
    d.para("None. Imogen has no needs that call for provision under section 2 of the "
           "Chronically Sick and Disabled Persons Act 1970.")
    d.heading("Section H2 | Other social care provision", section="H2")
    d.para("None.")

    d.heading("Section I | Placement", section="I")
    d.para("Until 17 July 2026: Lowther Park Academy, Lowther Bridge (mainstream academy, "
           "ages 11 to 16).")
    d.para("From 1 September 2026: Carrock Vale College, Penwick (general further education "
           "college), Level 2 Diploma in Animal Care, full-time study programme.")

    d.heading("Section J | Personal budget", section="J")
    d.para("Imogen's mother has not asked for a personal budget.")

    d.heading("Section K | Advice and information", section="K")
    d.numbered([
        "Imogen's views \u2013 written by Imogen with Ms K. Ansah, form tutor, December 2025",
        "Parent's views \u2013 Claire Fairbairn, 6 January 2026",
        "Annual review report \u2013 Lowther Park Academy, Mr T. Ferreira-Lund, SENCO, 28 January 2026",
        "Specialist teacher assessment \u2013 Mrs H. Colquhoun, specialist dyslexia teacher, October 2025",
        "Psychological advice \u2013 Dr Seren Attwater-Boyd, Educational Psychologist, 12 January 2026",
        "Medical advice \u2013 Fellside CAMHS",
        "Social care advice \u2013 Fellside Children's Services, 9 January 2026",
        "Preparing for adulthood advice \u2013 Fellside Careers Service, 14 January 2026",
        "Transition information \u2013 Carrock Vale College Additional Learning Support, 20 January 2026",
    ], fmt="K{n}")
