"""Marshgate Borough Council - early years child (3) with global developmental delay and a
tracheostomy, attending a private day nursery three mornings a week with a health-funded
tracheostomy-trained carer. Headings are bold coloured Normal text with an en dash
('F \u2013 Special educational provision'), each followed by an italic one-line gloss.
Cover details in a details table. E is a table (By when | Outcome). Section F opens with a
staffing key (KP / RP / SENCO / EYST / SLT / PT, with the training of each) and is then one
table whose deliverer is shown by ticks in one column per role (Ref | Provision | How often
and for how long | KP | RP | SENCO | EYST | SLT | PT), with shaded merged banner rows for
the areas of learning. H1 and H2 separate. FINAL plan; six-monthly review."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TITLE = "Education, Health and Care Plan - Tegan Oyelaran"

GREEN = "1E5B3A"
TICK = "\u2713"


def _heading(d, letter_title, section, gloss):
    d.bold_line(letter_title, section=section, size=13.5, color=GREEN)
    d.para(gloss, italic=True, size=9.5)


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _row(ref, what, when, who):
    cols = ["KP", "RP", "SENCO", "EYST", "SLT", "PT"]
    return [ref, what, when] + [TICK if c in who else "" for c in cols]


def build(d):
    d.simple_footer("Marshgate Borough Council \u2013 Final EHC Plan \u2013 Tegan Oyelaran \u2013 "
                    "2 March 2026")
    d.title("Marshgate Borough Council", size=13, color=GREEN)
    d.title("Education, Health and Care Plan (Final)", size=21, color=GREEN)
    d.details_table([
        ("Name", "Tegan Oyelaran"),
        ("Date of birth", "3rd October 2022 (age 3)"),
        ("Year group", "Pre-school: Tegan is due to start Reception in September 2027"),
        ("Address", "Flat 12, Larkspur House, Canal Street, Marshgate, XJ2 5NW"),
        ("Parents", "Folake Oyelaran and Daniel Oyelaran"),
        ("Telephone", "01632 960391 (home), 07700 900547 (Folake)"),
        ("E-mail", "folake.oyelaran@example.org"),
        ("NHS number", "999 604 2291"),
        ("Early years setting", "Bramblewick Day Nursery"),
        ("Date of final plan", "2 March 2026"),
        ("Next review", "By 1 September 2026 (six-monthly review for a child under five)"),
        ("Plan co-ordinator", "Rachel Dunmore-Price, Marshgate Early Years SEND Team"),
    ], widths_cm=(5.0, 11.5))

    _heading(d, "A \u2013 Views, interests and aspirations", "A",
             "What is important to Tegan and her family, and what they hope for.")
    d.para("Tegan is three and does not yet use words. Her views were gathered by her key "
           "person, Shanice, who watched and filmed her during three nursery sessions in "
           "January 2026, and by her parents at home.")
    d.para("**How Tegan lets us know what she likes.** Tegan lights up at bubbles, the song "
           "'Wind the Bobbin Up', the light box and being swung gently in a blanket. She signs "
           "'more' by tapping her hands together and reaches out her arms for people she "
           "trusts. She turns her head away and goes still when a room gets noisy, and she "
           "pushes away food with lumps in it.")
    d.para("**What Folake and Daniel say.** \"Tegan has been through more operations than most "
           "adults, and she still laughs all the time. She is nosy and determined. We want her "
           "to be with other children, not kept apart because of her trach. Our hopes are that "
           "she will walk, that she will find a way to tell us what she wants, and that she "
           "will go to the same primary school as her cousins. One day we'd like her to have "
           "friends of her own and a life that isn't all about hospitals.\"")
    d.para("Folake and Daniel are anxious about anyone else looking after Tegan and need to be "
           "sure that every adult at nursery is properly trained.")

    _heading(d, "B \u2013 Special educational needs", "B",
             "What Tegan finds hard, and what she needs to learn.")
    d.para("Tegan was born at 27 weeks and has global developmental delay. In January 2026, at "
           "39 months old, her development was assessed at between 12 and 18 months in most "
           "areas (Early Years Inclusion Team, Portage checklist and Early Years Foundation "
           "Stage tracking).")
    d.para("**Communication and interaction.** Tegan has a tracheostomy, which means she has "
           "very little voice. She can make sounds when she wears her speaking valve, but she "
           "tolerates it for only about ten minutes at a time. She uses four Makaton signs "
           "consistently ('more', 'finished', 'drink', 'mummy') and points to things she "
           "wants. She understands a few familiar words in context (her name, 'bye-bye', "
           "'dinner') but not yet simple instructions without a gesture. Her attention to an "
           "adult-led activity lasts one to two minutes.")
    d.para("**Cognition and learning.** Tegan explores toys by mouthing, banging and dropping "
           "them. She is beginning to understand cause and effect (pressing a button to make a "
           "sound) but does not yet post, stack or complete a simple inset puzzle. She learns "
           "best through short, repeated play with one familiar adult.")
    d.para("**Physical and sensory.** Tegan sits on the floor without support but loses her "
           "balance when she reaches to the side. She moves by commando crawling and cannot "
           "yet get into four-point kneeling or pull herself up to stand. Her ankles and "
           "hamstrings are tight. She uses a whole-hand grasp and cannot yet pick up small "
           "objects between her finger and thumb. She dislikes loud, sudden noise.")
    d.para("**Social and emotional development.** Tegan watches other children closely but "
           "has not yet played alongside them. She does not yet wait or take turns, and she "
           "becomes distressed when her key person leaves the room.")
    d.para("**Self-care and independence.** Tegan is fed by an adult and eats smooth and "
           "mashed food only. She is beginning to hold a spoon. She wears nappies and shows no "
           "awareness of being wet or soiled.")

    _heading(d, "C \u2013 Health needs related to special educational needs", "C",
             "Tegan's health conditions and how they affect her learning.")
    d.para("Tegan has had a tracheostomy since March 2023 because of subglottic stenosis "
           "following her premature birth. She needs suction of her tracheostomy tube several "
           "times in a session, humidified air through a heat-and-moisture exchanger, and an "
           "adult trained in her tracheostomy care within arm's reach at all times, including "
           "during sleep. A blocked or dislodged tube is a life-threatening emergency. She has "
           "chronic lung disease of prematurity with an inhaler, and a swallowing difficulty "
           "(dysphagia) managed by the dysphagia team, who have set her food and drink "
           "textures. Frequent chest infections lead to hospital stays and missed sessions, "
           "and she tires quickly. She is under the ENT team at Marshgate Children's Hospital "
           "and the community paediatrician.")

    _heading(d, "D \u2013 Social care needs", "D",
             "Support Tegan and her family need at home and in the community.")
    d.para("Tegan lives with her parents and her baby brother, Remi, in a second-floor flat. "
           "Only Folake and Daniel are trained in her tracheostomy care, so nobody else in the "
           "family can look after her, and the parents have not had a break since Remi was "
           "born. Daniel works nights. A child and family assessment by the Disabled "
           "Children's Team (January 2026) found that Tegan is a disabled child who needs "
           "care from a trained carer to give her parents a break and to take part in "
           "activities outside the home.")

    _heading(d, "E \u2013 Outcomes", "E",
             "What we want Tegan to be able to do by her next reviews.")
    d.para("The key person and SENCO will set small-step targets towards each outcome every six "
           "weeks and share them with Folake and Daniel (see item WD2 in Section F).")
    d.table(["By when", "Outcome"], [
        ["By March 2027", "Tegan will use at least 15 Makaton signs or symbols to ask for things and people, without an adult modelling the sign first."],
        ["By September 2026", "Tegan will keep her speaking valve on for 30 minutes during a nursery session and make sounds to get an adult's attention."],
        ["", "Tegan will develop her play skills."],
        ["By March 2027", "Tegan will pull herself up to stand at furniture and take three steps holding on, without adult help."],
        ["By September 2026", "Tegan will take turns in a game with two other children for five minutes, with adult support."],
        ["By March 2027", "Tegan will be more confident at nursery."],
        ["By March 2027", "Tegan will receive physiotherapy and Portage."],
    ], widths_cm=[3.5, 13.0], header_fill="D8E9DD", font_size=10)

    _heading(d, "F \u2013 Special educational provision", "F",
             "The help Tegan needs with her learning and development.")
    d.para("The provision below will be made at Bramblewick Day Nursery in the sessions Tegan "
           "attends (Monday, Wednesday and Friday, 8:30 to 13:30, in term time), unless an "
           "item says otherwise. It is in addition to the tracheostomy care in Section G. A "
           "tick shows who provides each item. The staff are:")
    d.bullets([
        "**KP** \u2013 Tegan's key person, who is also her one-to-one educational practitioner. She holds a Level 3 Early Years Educator qualification and has completed Makaton Levels 1 and 2 and Intensive Interaction foundation training.",
        "**RP** \u2013 a room practitioner in the Squirrels room.",
        "**SENCO** \u2013 the nursery's special educational needs co-ordinator, who holds the Level 3 Award for Early Years SENCOs.",
        "**EYST** \u2013 an early years specialist teacher from the Marshgate Early Years Inclusion Team, a qualified teacher and accredited Portage home visitor.",
        "**SLT** \u2013 a speech and language therapist registered with the HCPC (Marshgate Children's Therapy Service).",
        "**PT** \u2013 a children's physiotherapist registered with the HCPC (Marshgate Children's Therapy Service).",
    ])

    header = ["Ref", "Provision", "How often and for how long", "KP", "RP", "SENCO",
              "EYST", "SLT", "PT"]
    banners = {}
    rows = []

    def banner(text):
        banners[len(rows)] = text
        rows.append([text] + [""] * 8)

    banner("Communication and language")
    rows.append(_row("CL1", "Direct speech and language therapy, working on Tegan's use of Makaton signs and of her speaking valve to ask for 'more', 'help' and 'finished'. The key person joins the last 10 minutes so that the therapist can show her the next targets.",
                     "30 minutes every week in term time, at nursery", ["KP", "SLT"]))
    rows.append(_row("CL2", "Intensive Interaction in a quiet corner of the room, following Tegan's lead and copying her sounds, signs and movements to build shared attention.",
                     "Two 10-minute sessions on every day she attends (one mid-morning, one after lunch)", ["KP"]))
    rows.append(_row("CL3", "Signing and pictures to be used with Tegan throughout the day where practical.",
                     "Throughout the session", ["KP"]))
    rows.append(_row("CL4", "Advice from the speech and language therapist to the nursery team on Tegan's communication.",
                     "Once a term", ["SLT"]))
    rows.append(_row("CL5", "A low-tech communication aid, for instance a PODD book or voice-output switches, could be considered by the therapist at a later stage.",
                     "", ["SLT"]))
    banner("Physical development")
    rows.append(_row("PD1", "Physiotherapy at nursery to develop Tegan's sitting balance, four-point kneeling and pulling to stand, with her key person taking part so that she learns each new exercise.",
                     "45 minutes every other week", ["KP", "PT"]))
    rows.append(_row("PD2", "The physiotherapist's written floor programme: side-sitting and reaching, crawling through the play tunnel, and standing at the activity table in her standing frame.",
                     "Every day she attends: 15 minutes of floor exercises mid-morning and 20 minutes in the standing frame after snack", ["KP"]))
    rows.append(_row("PD3", "Fine motor activities.", "Most days", ["RP"]))
    rows.append(_row("PD4", "Help for Tegan to feed herself with a loaded spoon at snack and lunch, reducing as she becomes more able.",
                     "Snack and lunch on each day she attends", ["KP"]))
    banner("Personal, social and emotional development")
    rows.append(_row("PSE1", "A turn-taking game with a ball run or posting box, in a group of no more than three children (Tegan and two peers), so that she learns to wait, watch and take a turn.",
                     "10 minutes, three times a week (Monday, Wednesday and Friday mornings)", ["KP"]))
    rows.append(_row("PSE2", "Opportunities to play alongside other children.", "Daily", []))
    rows.append(_row("PSE3", "A settling-in plan for Tegan's move to the pre-school room, to be drawn up by the nursery nearer the time.",
                     "To be agreed", ["SENCO"]))
    banner("Play and early learning")
    rows.append(_row("LP1", "Portage visits setting small-step play targets (posting, stacking, pressing cause-and-effect toys) on Tegan's activity chart, and modelling each activity for her parents or key person.",
                     "One 60-minute visit a fortnight, alternating between home and nursery", ["EYST"]))
    rows.append(_row("LP2", "Adult-led play sessions.", "A few times a week", ["KP"]))
    rows.append(_row("LP3", "One-to-one support from a second practitioner, dependent on Early Years Inclusion Fund money being awarded.",
                     "", ["RP"]))
    rows.append(_row("LP4", "Sensory exploration activities such as the light box, textured books and musical toys.",
                     "Weekly", ["RP"]))
    banner("Self-care and independence")
    rows.append(_row("SC1", "A toileting programme, to begin when the key person feels Tegan is ready.",
                     "", ["KP"]))
    rows.append(_row("SC2", "Stretches for Tegan's ankles and hamstrings to be done by her parents at home every evening.",
                     "Daily", []))
    banner("Across the whole session")
    rows.append(_row("WD1", "One-to-one support from her key person throughout every session, separate from the health carer in Section G, to help Tegan join in with play, routines and the activities in this table.",
                     "All 15 hours she attends each week (Monday, Wednesday and Friday, 8:30 to 13:30)", ["KP"]))
    rows.append(_row("WD2", "A review meeting with Tegan's parents and key person to check progress on her Portage and physiotherapy targets and agree the next small steps, recorded on her one-page learning plan.",
                     "30 minutes every six weeks", ["SENCO"]))

    widths = [1.0, 6.5, 3.3, 0.8, 0.8, 1.35, 1.05, 0.9, 0.8]
    t = d.table(header, rows, widths_cm=widths, header_fill="D8E9DD", font_size=8.5)
    for ri in banners:
        row = t.rows[ri + 1]
        cell = row.cells[0].merge(row.cells[8])
        for p in cell.paragraphs[1:]:
            if not p.text:
                p._p.getparent().remove(p._p)
        _shade(cell, "EEF5F0")
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True

    _heading(d, "G \u2013 Health care provision", "G",
             "Health care agreed by NHS Marshgate Integrated Care Board on 16 February 2026.")
    d.bullets([
        "A tracheostomy-trained carer from the Marshgate Children's Continuing Care Team will be with Tegan for every hour she is at nursery (15 hours a week in term time), within arm's reach, carrying out suction as required and emergency tube changes under her tracheostomy care plan dated 12 January 2026.",
        "The Children's Community Nursing Team will train the carer and two Bramblewick practitioners in tracheostomy care and emergency procedures, and will re-check their competency every six months.",
        "Salbutamol inhaler through a spacer, given as required for wheeze in line with her asthma and chronic lung disease plan.",
        "Review of Tegan's food and drink textures by the dysphagia team when a clinician is available.",
        "A specialist seating and buggy assessment, pending agreement from health.",
        "ENT review at Marshgate Children's Hospital every four months, including airway checks under anaesthetic when the consultant decides they are needed.",
    ])

    _heading(d, "H1 \u2013 Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "H1",
             "Support from the Disabled Children's Team.")
    d.para("A short-break carer trained by the Children's Community Nursing Team in Tegan's "
           "tracheostomy care, for 4 hours every other Saturday, at home or at Marshgate "
           "Sensory Play Centre, so that Tegan can take part in play outside the home and her "
           "parents can have a break.")
    _heading(d, "H2 \u2013 Other social care provision", "H2",
             "Any other social care Tegan and her family need.")
    d.para("No other social care provision is needed at present.")

    _heading(d, "I \u2013 Placement", "I", "Where Tegan will go to learn.")
    d.para("Bramblewick Day Nursery, 4 Orchard Walk, Marshgate (private day nursery, early years "
           "provider registered with Ofsted), three sessions a week.")

    _heading(d, "J \u2013 Personal budget", "J", "Any personal budget or direct payment.")
    d.para("Tegan's continuing care package in Section G is arranged as a personal health "
           "budget by NHS Marshgate Integrated Care Board. No personal budget has been asked "
           "for the special educational provision in Section F.")

    _heading(d, "K \u2013 Advice and information", "K",
             "The advice gathered for Tegan's assessment, attached to this plan.")
    d.bullets([
        "Parents' views \u2013 Folake and Daniel Oyelaran, 8 January 2026",
        "Early years advice \u2013 Bramblewick Day Nursery (key person and SENCO), 13 January 2026",
        "Early years specialist teacher and Portage advice \u2013 Marshgate Early Years Inclusion Team, 15 January 2026",
        "Psychological advice \u2013 Dr Eleanor Quist, Educational Psychologist, 20 January 2026",
        "Medical advice \u2013 Dr R. Obuya, Community Paediatrician, 9 January 2026",
        "Tracheostomy care plan \u2013 Children's Community Nursing Team, 12 January 2026",
        "Speech and language therapy advice \u2013 Ms H. Carrow, Speech and Language Therapist, 14 January 2026",
        "Physiotherapy advice \u2013 Marshgate Children's Therapy Service",
        "Social care advice \u2013 Disabled Children's Team, 22 January 2026",
    ])
