"""Fenwick Shire Council - post-16 young person (Year 13 age, FE college). Headings are
letter-dot-title in Word heading style ('A. My views, interests and aspirations'), first-person
template; F items numbered 'F1', 'F2' ...; preparing-for-adulthood outcomes. FINAL."""

TITLE = "Education, Health and Care Plan - Eleanor Marchbank"


def build(d):
    d.running_header_footer("Fenwick Shire Council - My EHC Plan - Eleanor Marchbank (Ellie)",
                            first_page_plain=True)
    d.title("Fenwick Shire Council", size=14, color="005A70")
    d.title("My Education, Health and Care Plan", size=22, color="005A70")
    d.para("FINAL  \u2013  issued 2 March 2026", bold=True)
    d.table(None, [
        ["My name", "Eleanor Marchbank (I like to be called Ellie)"],
        ["My date of birth", "8 October 2007"],
        ["Where I study", "Fenwick College, Pathways to Work programme (second year of post-16 study, Year 13)"],
        ["My address", "12 Wherry Lane, Fenwick, ZX9 3DU"],
        ["My mum", "Joanne Marchbank - 01632 960781 - joanne.marchbank@example.org"],
        ["Next review", "by 1 March 2027"],
    ], widths_cm=[4.5, 12.1], bold_first_col=True)
    d.page_break()

    d.heading("A. My views, interests and aspirations", section="A")
    d.para("I am 18. I love musicals, baking and my dog Biscuit. I go to Fenwick College four "
           "days a week. I talk using my voice and my communication app on my tablet. I want "
           "to work in a bakery or a café and live in my own flat with a friend one day.")
    d.para("What is important to me: seeing my friends at college, choosing my own clothes, "
           "doing things for myself even if it takes longer, and people waiting for me to "
           "finish what I am saying.")
    d.para("My mum says: \"Ellie has grown so much at college. We want her to have a real job, "
           "to get about on her own and to have her own life. We worry about what happens when "
           "college ends and who will help her then.\"")

    d.heading("B. My special educational needs", section="B")
    d.heading("Communication and interaction", level=2)
    d.para("I have cerebral palsy, which affects my speech (dysarthria). People who don't know me "
           "understand about a third of what I say. I use Proloquo2Go on my tablet but I need to "
           "get faster with it and use it with new people.")
    d.heading("Cognition and learning", level=2)
    d.para("I have moderate learning difficulties. I read at about Entry Level 2 and I can do "
           "money sums up to \u00a310 with a calculator. I need things explained in small steps and "
           "repeated.")
    d.heading("Social, emotional and mental health", level=2)
    d.para("I am usually cheerful but I get anxious about new places and new people, and I can "
           "freeze if I am rushed.")
    d.heading("Physical and sensory", level=2)
    d.para("I walk with a walking frame for short distances and use a wheelchair for longer "
           "ones. I need help with some personal care and with transfers. My hand control makes "
           "writing very slow.")
    d.heading("Independence and preparing for adulthood", level=2)
    d.para("I have not yet travelled on a bus on my own. I can make a sandwich and a hot drink "
           "with some help. I have never had a job or work experience.")

    d.heading("C. My health needs", section="C")
    d.para("Bilateral spastic cerebral palsy (GMFCS level III). I have regular treatment for "
           "muscle stiffness at the hospital and wear ankle-foot orthoses. I have an annual "
           "learning disability health check.")

    d.heading("D. My social care needs", section="D")
    d.para("A Care Act needs assessment is due because I am now 18. I need support to go out "
           "in my community and my mum needs help so that she can keep working.")

    d.heading("E. My outcomes", section="E")
    d.bullets([
        "By July 2027, I will travel independently by bus from home to the town centre campus and back on five days a week.",
        "Ellie will gain confidence.",
        "By the end of my supported internship (July 2027), I will work a 4-hour shift in a workplace three days a week, with my job coach checking in no more than once a shift.",
        "Ellie will live independently.",
        "By December 2026, I will use my communication app to order food and pay for it in a caf\u00e9 without help.",
        "Ellie will attend college.",
    ])

    d.heading("F. Special educational provision", section="F")
    d.para("This is the help I must get. It is for the 36-week college year unless it says "
           "something different.")
    d.numbered([
        "A study programme of 16 hours per week over 36 weeks at Fenwick College on the Pathways to Work (Entry 3) course, taught in groups of no more than ten students by qualified further education teachers.",
        "1:1 support from a learning support practitioner (Level 3 qualification, trained in moving and handling) for all 16 taught hours each week, including transfers and personal care.",
        "Physiotherapy advice to be shared with college staff.",
        "Ellie will use a laptop with appropriate software.",
        "Direct speech and language therapy from an HCPC-registered speech and language therapist: one 45-minute individual session every fortnight in term time, focused on using her communication app (Proloquo2Go) at college and at work.",
        "Communication support as needed.",
        "A supported internship placement for one year, subject to a suitable employer being found.",
        "Travel training by a trained travel trainer from the college's independence team, for the bus route from home to the town centre campus: three 90-minute sessions a week during the autumn term 2026.",
        "Independent living skills will be developed through a range of activities.",
        "Job coach support in the workplace, tapering off as Ellie becomes more independent.",
        "College to provide a personal care plan in line with college policy.",
        "Ellie will be taught to prepare a simple hot meal in the college training kitchen, in a group of four students with an independent living skills tutor, every Wednesday from 13:30 to 15:00.",
        "Up to 2 hours a week of mentoring to help Ellie plan her next steps after college.",
        "Occupational therapy as per the OT report dated 3 June 2025.",
        "Ellie's mother will support her to practise using her communication app at home each evening.",
        "Maths and English at Entry Level 3 (Functional Skills), each taught for 2 hours a week in a group of no more than eight by a qualified Functional Skills tutor, within the 16 study programme hours.",
    ], fmt="F{n}")

    d.heading("G. My health provision", section="G")
    d.bullets([
        "Botulinum toxin injections and a review of my orthoses every six months at the Fenwick Hospital spasticity clinic.",
        "An annual learning disability health check with my GP.",
        "Physiotherapy: a weekly 30-minute session to teach me my stretching and walking-frame routine, delivered by the NHS physiotherapist.",
    ])

    d.heading("H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", section="H1")
    d.para("Ellie will have a personal assistant for 6 hours a week to go out in the community, "
           "under section 2 of the CSDPA 1970.")
    d.heading("H2. Other social care provision", section="H2")
    d.para("Adult social care will be arranged when needed.")

    d.heading("I. Where I will study", section="I")
    d.para("Fenwick College (general further education college).")

    d.heading("J. My personal budget", section="J")
    d.para("Ellie has a personal budget.")

    d.heading("K. Advice and information", section="K")
    d.bullets([
        "My views and my mum's views - 10 December 2025",
        "College advice - Fenwick College Additional Learning Support Manager, Mr D. Quayle, 5 January 2026",
        "Educational psychology advice - Dr Helen Ormsby, EP, 12 January 2026",
        "Medical advice - Dr N. Barraclough, Consultant in Paediatric Neurodisability, 18 December 2025",
        "Occupational therapy report - Fenwick Community OT Service, 3 June 2025",
        "Physiotherapy report",
        "Speech and language therapy advice - M. Keogh, Specialist SaLT, 7 January 2026",
        "Preparing for adulthood and careers advice - Fenwick College Careers Team, 15 January 2026",
        "Social care advice - Fenwick Adult Social Care Transitions Team, 20 January 2026",
    ])
