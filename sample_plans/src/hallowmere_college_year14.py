"""Westerholt County Council - young person aged 19 (Year 14) with autism and a learning
disability at Hallowmere College, an independent specialist college (s.41) with a 38-week
weekly residential placement. First-person Word Heading 1 headings ('Section F: What I need
to learn and get ready for adult life (special educational provision)'), some long enough
to wrap. Bold-label cover lines and a plain footer. B is written under PfA headings;
E numbered E1-E8 with PfA outcomes. Section F is one four-column table
(Provision | Who | When | Where) with merged, shaded banner rows for the PfA areas and a
repeated header row; rows run over a page break. H1 says not applicable (18+); H2 refers to
the Care Act care and support plan. FINAL plan (amended after the annual review)."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

TITLE = "Education, Health and Care Plan - Tobias Fairweather"

BANNER = "banner"


def _banner_rows(table, indexes, fill="DDEBF7"):
    """Merge each listed row across all columns, shade it and make the text bold."""
    total = sum(c.width for c in table.rows[0].cells)
    for ri in indexes:
        row = table.rows[ri]
        merged = row.cells[0].merge(row.cells[-1])
        merged.width = total
        for extra in merged.paragraphs[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        tcpr = merged._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)
        for p in merged.paragraphs:
            for r in p.runs:
                r.bold = True


def build(d):
    d.simple_footer("Westerholt County Council  |  EHC Plan: Tobias Fairweather  |  Final (amended) "
                    "23 January 2026  |  OFFICIAL-SENSITIVE")
    d.title("Westerholt County Council", size=13, color="2E5E3A")
    d.title("My Education, Health and Care Plan", size=22, color="2E5E3A")
    d.para("Final plan, amended following the annual review held on 9 December 2025",
           bold=True)
    d.label_para("My name: ", "Tobias Fairweather (I like to be called Toby)")
    d.label_para("Date of birth: ", "17 October 2006 (age 19)")
    d.label_para("Year group: ", "Year 14 (second year of a three-year programme)")
    d.label_para("NHS number: ", "999 734 1925")
    d.label_para("Home address: ", "4 Larkspur Close, Brinscombe, XJ3 5TW")
    d.label_para("My mobile: ", "07700 900237")
    d.label_para("My family: ", "Helen Fairweather (mum), Mark Fairweather (dad) and my sister Imogen")
    d.label_para("Family contact: ", "01632 960418, helen.fairweather@example.org")
    d.label_para("College: ", "Hallowmere College (weekly residential)")
    d.label_para("Date of this final plan: ", "23 January 2026")
    d.label_para("Next annual review by: ", "8 December 2026")
    d.label_para("Post-19 SEND officer: ", "Carys Whitlock-Adu, Westerholt SEND 0-25 Team")

    # ---------------------------------------------------------------- A
    d.heading("Section A: About me - my views, interests and aspirations", section="A")
    d.heading("What I say", level=2)
    d.para("Toby gave his views to Ms Farrant, the college speech and language therapist, on "
           "18 November 2025 using Talking Mats and photographs of his week. Ms Farrant wrote "
           "down his words and Toby checked them with her.")
    d.para("\"I like the garden centre. I like the plants and the big trolleys. I like "
           "Birch Lodge but not when Kyle is loud. I like cooking pasta. I don't like buses, "
           "too many people. I want a job in a garden centre and get money. I want a flat with "
           "my friend Sam one day. I want to go to the cinema on my own.\"")
    d.heading("What my family say (shared with my agreement)", level=2)
    d.para("Helen and Mark say Toby has grown in confidence since starting at Hallowmere. He "
           "now makes his own breakfast and lunch at weekends and tells them about his week. "
           "They would like him to leave college with a real job, even a few hours a week, "
           "and to be able to get about by bus. They worry about how easily he can be taken "
           "advantage of with money and online, and about what will happen when college ends "
           "in July 2027. His sister Imogen, who is 16, says he is \"the best at Mario Kart\".")

    # ---------------------------------------------------------------- B
    d.heading("Section B: My special educational needs", section="B")
    d.heading("Employment and learning", level=2)
    d.para("Toby is autistic and has a moderate learning disability. He reads familiar words "
           "and short phrases with pictures (Entry Level 1) and writes his name, address and "
           "short lists. He recognises coins and notes but cannot yet work out change or "
           "check a receipt. He learns a new task best when it is broken into small steps, "
           "modelled in the real setting and repeated over several weeks. He works well on "
           "practical tasks he knows, but stops and waits when something unexpected happens, "
           "and does not yet ask for help at work.")
    d.heading("Communication", level=2)
    d.para("Toby speaks in short sentences of three to five words and sometimes repeats "
           "phrases he has heard. He understands simple spoken instructions in familiar "
           "places, but needs visual support for anything new and for changes to his day. He "
           "finds it very hard to talk to people he does not know, such as shop staff or bus "
           "drivers, and to keep a conversation going with his peers.")
    d.heading("Independent living", level=2)
    d.para("Toby can make a sandwich, toast and pasta, but cannot yet plan or cook a full "
           "meal. He needs prompts to shower, shave and change his clothes, and cannot yet "
           "manage his laundry or keep his room clean without reminders. He has never "
           "travelled alone and becomes very anxious on busy buses. He does not yet "
           "understand how to keep his money and bank card safe.")
    d.heading("Friends, relationships and community", level=2)
    d.para("Toby has one close friend at college and enjoys being with others doing a shared "
           "activity, but he rarely starts a conversation and does not take part in evening "
           "clubs unless a member of staff goes with him. He uses social media and has "
           "accepted friend requests from people he does not know.")
    d.heading("Health and wellbeing", level=2)
    d.para("Toby becomes anxious in noisy or crowded places and when routines change; he "
           "then covers his ears, paces and may leave the room. He is very sensitive to "
           "loud noises and to some clothing textures. He does not yet know the names of his "
           "medicines or how to book an appointment with his GP.")

    # ---------------------------------------------------------------- C
    d.heading("Section C: My health needs", section="C")
    d.para("Toby was diagnosed with autism at the age of 4 and with a moderate learning "
           "disability by the community paediatric service in 2012. He has chronic "
           "constipation, managed with Movicol, and eczema, for which he uses emollient cream "
           "twice a day. He has difficulty getting to sleep and takes melatonin prescribed by "
           "his GP. He moved from children's to adult health services in 2024 and is known to "
           "the Westerholt Adult Learning Disability Team.")

    # ---------------------------------------------------------------- D
    d.heading("Section D: My social care needs", section="D")
    d.para("A Care Act 2014 needs assessment by Westerholt Adult Social Care (August 2025) "
           "found that Toby has eligible needs for support with personal care prompts, "
           "managing money, keeping safe in the community and taking part in leisure "
           "activities when he is at home. His care and support plan is dated 2 September "
           "2025. His parents provide most of his care at weekends and in college holidays.")

    # ---------------------------------------------------------------- E
    d.heading("Section E: My outcomes", section="E")
    d.para("These outcomes run to the end of my time at Hallowmere College in July 2027 unless "
           "another date is given. My tutor sets half-termly targets towards them with me, "
           "and they are checked at my termly progress meetings.")
    d.numbered([
        "By July 2027, Toby will complete a four-hour shift at his garden centre placement, following his photo task list with no more than two prompts from his job coach.",
        "By the end of the spring term 2027, Toby will travel by bus from Birch Lodge to Brinscombe town centre and back on his own, on five journeys in a row.",
        "Toby will get a job at a garden centre.",
        "By July 2027, Toby will cook three different evening meals from photo recipes, with staff checking only the safety steps.",
        "Toby will develop his communication skills.",
        "By December 2026, Toby will pay for shopping of up to \u00a310 and check his change, on 4 out of 5 visits to a shop.",
        "Toby will be supported to go to clubs in the evenings.",
        "By July 2027, Toby will book his own GP appointment by phone, using his script.",
    ], fmt="E{n}")

    # ---------------------------------------------------------------- F
    d.heading("Section F: What I need to learn and get ready for adult life (special "
              "educational provision)", section="F")
    d.para("Toby's programme at Hallowmere College is a 38-week weekly residential placement. "
           "He lives at Birch Lodge, the college's residential house, from Monday morning to "
           "Friday afternoon and goes home at weekends and in the holidays. The table below "
           "sets out his provision in college and in the residence.")
    rows = [
        ["Employment and further learning", "", "", ""],
        ["Supported work placement at Greenacre Garden Centre, Brinscombe (potting on, watering and moving stock), with a job coach alongside Toby throughout each shift",
         "Job coach from the college's Supported Employment team who has completed BASE-endorsed training in systematic instruction",
         "Every Tuesday in term time, 9:30 to 13:00",
         "Greenacre Garden Centre"],
        ["Further work tasters in a second workplace of Toby's choosing, when a suitable employer can be found",
         "Supported Employment team",
         "TBC",
         "In the community"],
        ["Functional Skills maths at Entry Level 1, concentrating on coins and notes, paying by card and checking change, in a class of no more than six students",
         "Maths tutor with qualified teacher status",
         "Three 45-minute lessons a week (Monday, Wednesday and Thursday mornings)",
         "Teaching block, main campus"],
        ["Literacy sessions",
         "Learning support worker",
         "Weekly",
         "Classroom"],
        ["Careers guidance on paid work and supported internships for September 2027",
         "Careers adviser",
         "When needed",
         "College"],
        ["Communication", "", "", ""],
        ["Direct speech and language therapy on using Toby's communication passport and a 'help' script to ask shop staff and bus drivers for help, practised in real places",
         "HCPC-registered speech and language therapist employed by Hallowmere College",
         "45 minutes every Thursday in term time; every third session takes place in the community",
         "Therapy room and local shops"],
        ["Speech and language therapist to advise staff on Toby's communication",
         "SaLT",
         "Termly",
         "College"],
        ["A symbol timetable for the college day and a separate evening timetable, gone through with Toby each morning and each evening and changed straight away when anything changes",
         "Personal tutor at 9:00; residential support worker on shift at 16:30",
         "Every day, 5 minutes each time",
         "Classroom base and Birch Lodge"],
        ["Independent living (residential waking-day curriculum)", "", "", ""],
        ["Cooking: Toby plans, shops for and cooks one evening meal for the four young people in his house from photo recipes, with one worker to two young people",
         "Residential support worker holding a Level 3 Diploma in Health and Social Care and a Level 2 food hygiene certificate",
         "Every Wednesday, 16:00 to 18:30",
         "Birch Lodge kitchen and Brinscombe Co-op"],
        ["Daily living skills such as laundry, keeping his room tidy and personal hygiene",
         "Residential staff",
         "Ongoing throughout the residential week",
         "Birch Lodge"],
        ["Independent travel training between Birch Lodge and the main campus, then on the 17 bus into Brinscombe",
         "Travel trainer",
         "Three times a week to begin with, then less often as Toby gains confidence",
         "Routes agreed with the travel trainer"],
        ["Money practice: using his own bank card and a \u00a320-a-week budget to buy snacks and toiletries, following a written checklist, with a weekly look at his balance on the banking app",
         "Residential support worker holding a Level 3 Diploma in Health and Social Care",
         "Thursday evenings, 18:00 to 19:00, each residential week",
         "Brinscombe high street and Birch Lodge"],
        ["Bus practice at weekends and in the college holidays so that Toby keeps the skills he learns in travel training",
         "Helen and Mark Fairweather",
         "Weekends and holidays",
         "Home"],
        ["Friends, relationships and community", "", "", ""],
        ["Opportunities to take part in evening clubs and enrichment activities",
         "Enrichment team",
         "Evenings",
         "College and community"],
        ["Talkabout for Adults group sessions on starting conversations, friendships and staying safe online, in a group of no more than five students",
         "Speech and language therapy assistant supervised by the college's HCPC-registered speech and language therapist",
         "One hour every Monday afternoon in term time",
         "Seminar room 2"],
        ["Health and wellbeing", "", "", ""],
        ["Sessions with the college psychologist to help Toby manage his anxiety, subject to review after six weeks",
         "Psychologist",
         "Weekly",
         "Wellbeing centre"],
        ["A sensory diet devised by the occupational therapist, carried out by staff in college and in the residence",
         "Occupational therapist; residential and college staff",
         "Following an OT assessment in the spring term",
         "College and Birch Lodge"],
        ["Lessons on managing his own health: booking GP appointments by phone with a script, knowing his medicines and getting ready for his annual learning disability health check",
         "Personal tutor (qualified teacher)",
         "30 minutes every Friday, 10:00 to 10:30, in term time",
         "Tutor room"],
        ["1:1 support in practical sessions in the college day",
         "Learning support worker",
         "Up to 12 hours a week, at the college's discretion",
         "College"],
        ["Help to plan Toby's move on from Hallowmere in July 2027, as set out in the transition plan the college will write",
         "Transition coordinator",
         "Summer term 2027",
         "College"],
    ]
    t = d.table(["Provision", "Who", "When", "Where"], rows,
                widths_cm=[6.4, 4.2, 3.5, 2.5], font_size=9.5, header_fill="C6E0B4")
    banner_idx = [i + 1 for i, r in enumerate(rows) if r[1] == ""]
    _banner_rows(t, banner_idx)

    # ---------------------------------------------------------------- G
    d.heading("Section G: My health provision", section="G")
    d.bullets([
        "Melatonin 3 mg at 21:00 each night at Birch Lodge, given by residential staff trained in medication administration under the college's medicines policy; reviewed by the GP every six months.",
        "Movicol as required for constipation, given by trained residential staff following the GP's written protocol.",
        "An annual learning disability health check with his GP at Brinscombe Health Centre, with the health action plan shared with the college.",
        "Referral to the adult learning disability dietitian, once a place becomes available.",
        "Psychiatry input as appropriate.",
    ])

    # ---------------------------------------------------------------- H
    d.heading("Section H1: Social care provision under section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970", section="H1")
    d.para("Not applicable: Toby is 19, so his social care is provided under the Care Act 2014 "
           "(see H2).")
    d.heading("Section H2: Other social care provision", section="H2")
    d.bullets([
        "A personal assistant for 6 hours every Saturday when Toby is at home (weekends and college holidays), to go swimming and to the cinema, set out in his Care Act care and support plan dated 2 September 2025.",
        "Respite for the family during college holidays.",
        "Westerholt Adult Social Care will review the care and support plan by 30 April 2027, before Toby leaves college.",
    ])

    # ---------------------------------------------------------------- I
    d.heading("Section I: Where I will learn (placement)", section="I")
    d.para("Hallowmere College, Brinscombe: independent specialist college (special post-16 "
           "institution approved under section 41 of the Children and Families Act 2014). "
           "38-week weekly residential placement on the Pathway to Work and Independent "
           "Living programme, September 2024 to July 2027.")

    # ---------------------------------------------------------------- J
    d.heading("Section J: Personal budget", section="J")
    d.para("Toby has not asked for a personal budget for the provision in Section F.")

    # ---------------------------------------------------------------- K
    d.heading("Section K: Advice and information", section="K")
    d.bullets([
        "Toby's views - gathered by Ms L. Farrant, speech and language therapist, 18 November 2025",
        "Parents' views - Helen and Mark Fairweather, 25 November 2025",
        "Annual review report - Hallowmere College, Mr D. Oduya, Head of Learning Support, 2 December 2025",
        "Speech and language therapy advice - Ms L. Farrant, Hallowmere College, 20 November 2025",
        "Occupational therapy advice - Westerholt Adult Community Therapy",
        "Psychological advice - Dr Martin Sealey, Educational Psychologist, 14 March 2024",
        "Health advice - Dr R. Achterberg, GP, Brinscombe Health Centre, 11 November 2025",
        "Social care advice - Westerholt Adult Social Care, Care Act assessment of 20 August 2025",
        "Preparing for adulthood advice - Westerholt Careers and Transition Service, 27 November 2025",
    ])
