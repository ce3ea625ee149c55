"""Item segmentation: one sentence, list item or table row per item, whatever way the
reader handed the text over (whole paragraphs from Word, broken lines from a PDF)."""

from __future__ import annotations

from ehcp_audit.items import plan_items
from ehcp_audit.model import Block, BlockKind, Document, TablePos
from ehcp_audit.split import split

HEADING = Block("Section F: Special educational provision", BlockKind.HEADING)


def items_of(analyzer, *blocks: Block, fmt: str = "pdf"):
    plan = split(Document(fmt, (HEADING,) + blocks))
    return plan_items(plan, analyzer, {"F"})


def para(text: str, page: int = 1) -> Block:
    return Block(text, BlockKind.PARAGRAPH, page=page)


def test_sentences_of_a_paragraph_are_separate_items(analyzer):
    items = items_of(analyzer, para("Sam has daily phonics with a TA. He would benefit from more reading time."))
    assert [i.text for i in items] == ["Sam has daily phonics with a TA.", "He would benefit from more reading time."]
    assert all(i.kind == "sentence" for i in items)


def test_section_letter_then_full_stop_ends_a_sentence(analyzer):
    items = items_of(analyzer, para("The provision meets the needs in Section B. It runs in term time only."))
    assert [i.text for i in items] == ["The provision meets the needs in Section B.", "It runs in term time only."]


def test_abbreviations_do_not_cut_an_item(analyzer):
    items = items_of(analyzer, para("Daily Read Write Inc. Fresh Start lessons with a trained TA."))
    assert len(items) == 1


def test_pdf_line_break_inside_a_paragraph_is_joined(analyzer):
    items = items_of(analyzer,
                     para("F1 A study programme of 16 hours per week at the college on the Pathways to"),
                     para("Work course, taught in groups of no more than ten students."),
                     para("F2 Physiotherapy advice to be shared with staff."))
    assert [i.text for i in items] == [
        "A study programme of 16 hours per week at the college on the Pathways to Work course, taught in groups of no more than ten students.",
        "Physiotherapy advice to be shared with staff.",
    ]


def test_list_item_broken_across_a_page_is_joined(analyzer):
    items = items_of(analyzer,
                     Block("• Touch-typing for 20 minutes, three", BlockKind.LIST_ITEM, page=2),
                     para("times a week, 1:1 with a trained teaching assistant.", page=3),
                     Block("• A writing slope for every written task.", BlockKind.LIST_ITEM, page=3))
    assert [i.text for i in items] == ["Touch-typing for 20 minutes, three times a week, 1:1 with a trained teaching assistant.",
                                       "A writing slope for every written task."]
    assert items[0].page == 2


def test_separate_sentences_in_separate_blocks_stay_apart(analyzer):
    items = items_of(analyzer, para("Weekly speech therapy for 30 minutes."), para("A writing slope on his desk."))
    assert len(items) == 2


def test_bullets_with_subheading_lines_in_one_cell(analyzer):
    cell = Block("Learning\n• Daily phonics for 20 minutes with a TA.\n• Weekly spelling group.\nWellbeing\n• A daily check-in with the ELSA.",
                 BlockKind.TABLE_CELL, table=TablePos(0, 0, 1))
    items = items_of(analyzer, cell, fmt="docx")
    assert [(i.heading, i.text) for i in items] == [
        ("Learning", "Daily phonics for 20 minutes with a TA."),
        ("Learning", "Weekly spelling group."),
        ("Wellbeing", "A daily check-in with the ELSA."),
    ]
    assert all(i.kind == "list_item" for i in items)


def test_short_bullet_is_an_item_but_lead_in_is_not(analyzer):
    items = items_of(analyzer, para("Jo will receive:"), Block("• Visual timetable", BlockKind.LIST_ITEM))
    assert [i.text for i in items] == ["Visual timetable"]


def test_table_row_is_quoted_by_its_provision_cell(analyzer):
    header = ["Need", "Provision", "Frequency", "By whom"]
    row = ["Often worried", "Check-in with the ELSA", "Every morning, 10 minutes", "ELSA"]
    cells = [Block(t, BlockKind.TABLE_CELL, table=TablePos(0, r, c)) for r, texts in enumerate((header, row)) for c, t in enumerate(texts)]
    (item,) = items_of(analyzer, *cells, fmt="docx")
    assert item.kind == "row" and item.text == "Check-in with the ELSA"
    assert item.column("frequency") == "Every morning, 10 minutes"
    assert item.matches.has("vague_amount")  # "Often" in the need cell …
    assert not item.matches_without("need").has("vague_amount")  # … is not provision
    assert item.matches_without("need").has("frequency", "duration")
    for role, start, end in item.spans:
        assert item.context[start:end] == item.column(role)


def test_items_carry_hits_of_their_own_sentence_only(analyzer):
    first, second = items_of(analyzer, para("Weekly speech therapy for 30 minutes. Support as required."))
    assert first.matches.has("frequency") and not first.matches.has("vague_quantity")
    assert second.matches.has("vague_quantity") and not second.matches.has("frequency")


def test_numbered_paragraph_is_one_item(analyzer):
    """"F2 …" is one provision even when it runs to two sentences: the second sentence is
    judged with the first, not on its own."""
    items = items_of(analyzer, para("F2 Two 30-minute SaLT sessions a week. The therapist will also train his TA."),
                     para("1.3 Daily reading with a TA trained in paired reading."), fmt="docx")
    assert [(i.kind, i.text) for i in items] == [
        ("list_item", "Two 30-minute SaLT sessions a week. The therapist will also train his TA."),
        ("list_item", "Daily reading with a TA trained in paired reading."),
    ]
    assert items[0].matches.has("frequency") and items[0].matches.has("deliverer")


def test_item_numbers_are_removed_but_amounts_are_not(analyzer):
    items = items_of(analyzer, para("A 30 minute session daily with a trained TA."), para("2.5 hours of TA support each day."),
                     para("F12) Weekly OT for 45 minutes."), fmt="docx")
    assert [i.text for i in items] == ["A 30 minute session daily with a trained TA.", "2.5 hours of TA support each day.",
                                       "Weekly OT for 45 minutes."]


def test_abbreviations_do_not_end_a_sentence(analyzer):
    items = items_of(analyzer, para("OT every Mon. and Thurs. for approx. 40 mins. A laptop for his own use."))
    assert [i.text for i in items] == ["OT every Mon. and Thurs. for approx. 40 mins.", "A laptop for his own use."]


def test_labelled_lines_are_one_item_read_like_a_row(analyzer):
    items = items_of(analyzer,
                     para("Provision: Social skills group using the Talkabout programme"),
                     para("How often and for how long: One 45-minute session every Monday"),
                     para("Delivered by: An ELSA trained by the educational psychologist"),
                     para("Provision: A laptop for all written work"))
    first, second = items
    assert first.kind == "row" and first.text == "Social skills group using the Talkabout programme"
    assert first.column("frequency") == "One 45-minute session every Monday"
    assert first.matches.has("duration", "frequency")  # judged with its labelled lines
    assert second.kind != "row" and second.text == "A laptop for all written work"  # alone, a plain item


def test_labelled_blocks_keep_blank_lines_and_are_cut_where_a_pdf_ran_lines_together(analyzer):
    items = items_of(analyzer,
                     para("What: Visual supports and written copies of instructions in all lessons."),
                     para("How long:"),  # left blank: still part of the block
                     para("Who: Curriculum staff How often: every lesson"))  # two lines run into one
    [item] = items
    assert item.kind == "row" and item.text == "Visual supports and written copies of instructions in all lessons."
    assert item.columns == (("provision", item.text), ("frequency", ""), ("who", "Curriculum staff"),
                            ("frequency", "every lesson"))


def test_pdf_bullets_read_as_a_two_column_table_are_list_items(analyzer):
    cells = [("•", 0), ("Daily reading with a trained TA, 15 minutes.", 1), ("•", 0), ("A writing slope for all written work.", 1)]
    blocks = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, i // 2, col)) for i, (text, col) in enumerate(cells)]
    items = items_of(analyzer, *blocks)
    assert [(i.kind, i.text) for i in items] == [("list_item", "Daily reading with a trained TA, 15 minutes."),
                                                 ("list_item", "A writing slope for all written work.")]


def test_numbered_subheading_is_a_heading_not_an_item(analyzer):
    items = items_of(analyzer,
                     para("F3 Emotional well-being"),
                     para("F3.1 A daily 10-minute check-in with her key adult at 8:45."),
                     para("F4 A laptop for all written work, set up by the SENCO."))
    assert [i.text for i in items] == ["A daily 10-minute check-in with her key adult at 8:45.",
                                       "A laptop for all written work, set up by the SENCO."]
    assert items[0].heading == "Emotional well-being"


def test_an_item_number_is_not_a_quantity(analyzer):
    [item] = items_of(analyzer, Block("2) Reuben will develop his language skills.", BlockKind.LIST_ITEM))
    assert item.text == "Reuben will develop his language skills."
    assert not item.matches.has("outcome_measure")


def _list_table(table: int, rows) -> list[Block]:
    """A PDF list read as a two-column table: (number or bullet, text) per row."""
    return [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(table, r, col))
            for r, row in enumerate(rows) for col, text in enumerate(row)]


def test_numbers_in_a_pdf_list_table_mark_items_and_group_lines(analyzer):
    # "1 | Delivered by …", "1.1 | …": the numbers are cells of their own, the group line says who
    blocks = _list_table(0, [("1", "Delivered by the class team: a teacher and two TAs trained in Intensive Interaction."),
                             ("1.1", "Intensive Interaction, two 15-minute sessions every day."),
                             ("(a)", "Switch work at every snack time.")])
    items = items_of(analyzer, *blocks)
    assert [(i.kind, i.text) for i in items] == [("list_item", "Intensive Interaction, two 15-minute sessions every day."),
                                                 ("list_item", "Switch work at every snack time.")]
    assert all("two TAs trained in Intensive Interaction" in i.context for i in items)


def test_a_numbered_title_over_a_table_or_a_delivered_by_line_heads_its_group(analyzer):
    # a PDF reads Word's numbered headings as list items; the title is not a provision
    items = items_of(analyzer,
                     Block("1. Teaching of language and literacy in the resource base", BlockKind.LIST_ITEM, page=1),
                     para("Delivered by: Ms Quenby, Teacher of the Deaf with the mandatory qualification."),
                     *_list_table(0, [("(a)", "Three 40-minute 1:1 lessons each week on vocabulary.")]),
                     Block("2. Moving on to higher education (E3, E4)", BlockKind.LIST_ITEM, page=1),
                     *_list_table(1, [("(a)", "Two 30-minute UCAS sessions each half-term with the careers adviser.")]))
    assert [i.text for i in items] == ["Three 40-minute 1:1 lessons each week on vocabulary.",
                                       "Two 30-minute UCAS sessions each half-term with the careers adviser."]
    assert items[0].heading == "Teaching of language and literacy in the resource base"
    assert "Teacher of the Deaf" in items[0].context
    assert items[1].heading == "Moving on to higher education (E3, E4)"


def test_a_terse_numbered_provision_stays_an_item(analyzer):
    # not over a table or a "Delivered by" line: "2. Speech and language therapy" is provision
    items = items_of(analyzer,
                     Block("1. Speech and language therapy", BlockKind.LIST_ITEM, page=1),
                     Block("2. A laptop for written work", BlockKind.LIST_ITEM, page=1))
    assert [i.text for i in items] == ["Speech and language therapy", "A laptop for written work"]


def test_a_note_under_a_group_heading_says_who_delivers_the_group(analyzer):
    items = items_of(analyzer,
                     Block("Therapy programmes", BlockKind.HEADING, page=1),
                     para("Programmes are written by HCPC-registered physiotherapists. (Outcomes 3, 7)"),
                     Block("• A 10-minute gross-motor routine every morning with her key person.", BlockKind.LIST_ITEM, page=1),
                     Block("Emotional well-being", BlockKind.HEADING, page=1),
                     para("Delivered by school staff across the school day."),
                     Block("• Zones of Regulation in a group of four, two 30-minute sessions a week.", BlockKind.LIST_ITEM, page=1))
    assert [i.text for i in items] == ["A 10-minute gross-motor routine every morning with her key person.",
                                       "Zones of Regulation in a group of four, two 30-minute sessions a week."]
    assert "HCPC-registered physiotherapists" in items[0].context
    assert "school staff" in items[1].context


def test_notes_on_the_layout_and_the_section_61_statement_are_not_items(analyzer):
    items = items_of(analyzer, para(
        "Each table lists the provision that works towards one outcome; some provision also supports other outcomes. "
        "The line under each group heading applies to every numbered item in that group. "
        "The council is satisfied that it would be inappropriate for the special educational provision to be made in a school. "
        "Sam will have some help with reading."))
    assert [i.text for i in items] == ["Sam will have some help with reading."]


def test_a_layout_phrase_does_not_hide_provision(analyzer):
    # names a deliverer and a length: provision, whatever else the sentence says
    items = items_of(analyzer, para("Each table lists her 30-minute sessions with the speech and language therapist."))
    assert len(items) == 1


def test_labelled_detail_bullets_under_a_numbered_item_make_one_row(analyzer):
    # Word: "1. …" then level-2 bullets "How often / how long: …", "Who: …"; a PDF reads the
    # same list as a table of "1." / "•" cells. Either way the item is one row.
    word = items_of(analyzer,
                    para("Links: Section B need 1; outcomes E1 and E2"),
                    para("1.1 Direct speech and language therapy on requesting with his AAC device."),
                    Block("How often / how long: one 45-minute session every week", BlockKind.LIST_ITEM, page=1),
                    Block("Who: HCPC-registered speech and language therapist", BlockKind.LIST_ITEM, page=1),
                    para("2.2 1:1 early number sessions using Numicon."),
                    Block("Who: a teaching assistant", BlockKind.LIST_ITEM, page=1))
    pdf = items_of(analyzer, *_list_table(0, [("1.1", "Direct speech and language therapy on requesting with his AAC device."),
                                              ("•", "How often / how long: one 45-minute session every week"),
                                              ("•", "Who: HCPC-registered speech and language therapist"),
                                              ("2.2", "1:1 early number sessions using Numicon."),
                                              ("•", "Who: a teaching assistant")]))
    for items in (word, pdf):
        assert [(i.kind, i.text) for i in items] == [
            ("row", "Direct speech and language therapy on requesting with his AAC device."),
            ("row", "1:1 early number sessions using Numicon.")]
        assert items[0].columns[1:] == (("frequency", "one 45-minute session every week"),
                                        ("who", "HCPC-registered speech and language therapist"))


def test_a_staffing_line_after_plain_bullets_is_not_a_detail_line(analyzer):
    # only numbered items take labelled bullets as their details; a "Staffing:" paragraph
    # after a group of bullets still says who delivers the whole group
    items = items_of(analyzer,
                     Block("• Pre-teaching of topic words, 15 minutes before every science lesson.", BlockKind.LIST_ITEM, page=1),
                     Block("• Sitting beside Ava in every phonics session.", BlockKind.LIST_ITEM, page=1),
                     para("Staffing: Ava's named teaching assistant (Level 3)."))
    assert [i.kind for i in items] == ["list_item", "list_item"]
    assert all("named teaching assistant" in i.context for i in items)


def test_a_card_table_read_down_is_one_item_per_provision_row(analyzer):
    # "Provision F1 | …" then "How often and for how long | …", "Delivered by | …" rows; a blank
    # value leaves a row with its label only
    rows = [("Provision F1", "Direct speech and language therapy with her eye-gaze device."),
            ("How often and for how long", "A 40-minute visit every week"),
            ("Delivered by", "HCPC-registered speech and language therapist"),
            ("Outcome", "E1, E2"),
            ("F2", "A wobble cushion for carpet time."),
            ("Delivered by",)]
    blocks = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, col))
              for r, row in enumerate(rows) for col, text in enumerate(row)]
    items = items_of(analyzer, *blocks)
    assert [(i.kind, i.text) for i in items] == [("row", "Direct speech and language therapy with her eye-gaze device."),
                                                 ("row", "A wobble cushion for carpet time.")]
    assert items[0].column("who") == "HCPC-registered speech and language therapist"
    assert items[1].columns == (("provision", "A wobble cushion for carpet time."), ("who", ""))


def test_a_group_heading_that_gives_the_timing_gives_it_to_each_item(analyzer):
    items = items_of(analyzer,
                     Block("Every college day", BlockKind.HEADING, page=1),
                     Block("• A physiotherapy stretching routine, 30 minutes, with a trained assistant.", BlockKind.LIST_ITEM, page=1),
                     Block("Communication", BlockKind.HEADING, page=1),
                     Block("• Speech and language therapy, 30 minutes, with an HCPC-registered therapist.", BlockKind.LIST_ITEM, page=1))
    assert items[0].matches.has("frequency")
    assert not items[1].matches.has("frequency")


def test_labels_may_end_with_a_dash_and_name_a_group_size(analyzer):
    items = items_of(analyzer, para("Provision – social communication group (Socially Speaking)."),
                     para("Group size – 4 pupils"), para("Frequency – 40 minutes every Tuesday"),
                     para("Practitioner – SaLT assistant (Level 3)"))
    [item] = items
    assert item.kind == "row"
    assert [role for role, _ in item.columns] == ["provision", "group", "frequency", "who"]


def test_a_bold_provision_sentence_with_a_line_of_labels_is_one_row(analyzer):
    # an all-bold sentence is read as a heading; a heading is not a sentence
    items = items_of(analyzer,
                     Block("BSL lessons so that Ellis can work towards BSL Level 2 with his friends.", BlockKind.HEADING, page=1),
                     para("When: one hour a week. Who: Deaf BSL tutor. Outcome: E2."))
    [item] = items
    assert item.kind == "row" and item.text == "BSL lessons so that Ellis can work towards BSL Level 2 with his friends."
    assert [role for role, _ in item.columns] == ["provision", "frequency", "who", "outcome"]


def test_an_area_line_with_its_outcomes_heads_the_items_under_it(analyzer):
    items = items_of(analyzer,
                     Block("Communication and friendships (towards outcomes E3 and E6)", BlockKind.LIST_ITEM, page=1),
                     Block("Talkabout in a group of four, 45 minutes every Monday, with a trained TA.", BlockKind.LIST_ITEM, page=1))
    assert [i.text for i in items] == ["Talkabout in a group of four, 45 minutes every Monday, with a trained TA."]
    assert items[0].heading == "Communication and friendships (towards outcomes E3 and E6)"


def test_a_weekday_banner_over_timetable_rows_says_how_often(analyzer):
    header = ["When", "What will be provided", "Who provides it"]
    rows = [header, ["Monday"] * 3, ["10:00 to 10:45", "Maths teaching, one to one", "Qualified teacher"]]
    blocks = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c)) for r, row in enumerate(rows)
              for c, text in enumerate(row) if not (r == 1 and c > 0)]
    [item] = items_of(analyzer, *blocks)
    assert item.heading == "Monday" and item.matches.has("frequency")


def test_a_label_the_tables_do_not_know_stays_in_its_item(analyzer):
    # "Why:" names no column role, but under "What:" and "When:" it is part of the same item
    [item] = items_of(analyzer, para("What: a 20-minute signing club in class, led by the Deaf instructor (Level 6 BSL)."),
                      para("When: every Monday and Thursday at 13:00."), para("Why: so that Ali can talk with his peers."))
    assert item.kind == "row" and [role for role, _ in item.columns] == ["provision", "frequency", "other"]


def _table(rows: list[list[str]], skip: tuple[tuple[int, int], ...] = ()) -> list[Block]:
    return [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c)) for r, row in enumerate(rows)
            for c, text in enumerate(row) if text and (r, c) not in skip]


def test_a_column_heading_gives_the_unit_of_a_bare_number(analyzer):
    rows = [["Provision", "How often", "Minutes each time", "Delivered by"],
            ["Pre-teaching of topic words", "2 a week", "20", "HLTA trained in Precision Teaching"]]
    [item] = items_of(analyzer, *_table(rows))
    assert [text for role, text in item.columns if role == "frequency"] == ["2 a week", "20 minutes"]
    assert item.matches.has("duration")
    rows = [["Provision", "Hours per week", "Delivered by"], ["1:1 support in maths", "1.5", "A TA trained in Numicon"]]
    [item] = items_of(analyzer, *_table(rows))
    assert item.column("frequency") == "1.5 hours per week"


def test_a_weekly_provision_map_reads_its_day_columns_as_days(analyzer):
    rows = [["Ref", "What will be provided", "M", "Tu", "W", "Th", "F", "Staff"],
            ["F8", "Sensory circuit before the first lesson", "✓", "✓", "-", "✓", "", "TA trained by the OT"]]
    [item] = items_of(analyzer, *_table(rows))
    assert [text for role, text in item.columns if role == "frequency"] == ["Monday: ✓", "Tuesday: ✓", "", "Thursday: ✓", ""]
    assert item.matches.has("weekday")


def test_two_day_like_headings_are_not_a_provision_map(analyzer):
    rows = [["Provision", "W", "F", "Delivered by"], ["Phonics 1:1", "yes", "yes", "TA"]]
    [item] = items_of(analyzer, *_table(rows))
    assert "Wednesday" not in item.context


def test_provision_laid_out_by_outcome_is_read_cell_by_cell(analyzer):
    rows = [["Outcomes", "In the Reception class", "From visiting specialists"],
            ["E1 Listening", "A remote microphone worn by the teacher in every lesson.\nRosa should sit near the teacher where possible.",
             "Auditory verbal therapy, with the frequency to be agreed."]]
    # (Section E comes first, as in a plan: an "Outcomes" cell then opens no new section)
    earlier = (Block("Section E: Outcomes", BlockKind.HEADING), para("E1 Rosa will follow a two-part instruction."))
    plan = split(Document("docx", earlier + (HEADING,) + tuple(_table(rows))))
    items = plan_items(plan, analyzer, {"F"})
    assert [i.text for i in items] == ["A remote microphone worn by the teacher in every lesson.",
                                       "Rosa should sit near the teacher where possible.",
                                       "Auditory verbal therapy, with the frequency to be agreed."]
    assert {i.heading for i in items} == {"E1 Listening"}


def test_a_cell_merged_down_a_group_of_rows_holds_for_each_row(analyzer):
    blocks = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c, rows)) for r, c, rows, text in [
        (0, 0, 1, "Delivered by"), (0, 1, 1, "Provision"), (0, 2, 1, "How often"),
        (1, 0, 2, "Two TAs trained in aided language modelling"), (1, 1, 1, "Aided language modelling in phonics"),
        (1, 2, 1, "Daily, 25 minutes"),
        (2, 1, 1, "A turn-taking group of no more than four"), (2, 2, 1, "20 minutes twice a week"),
        (3, 1, 1, "Playground buddies"), (3, 2, 1, "Every playtime")]]
    items = items_of(analyzer, *blocks)
    assert [i.column("who") for i in items] == ["Two TAs trained in aided language modelling"] * 2 + [""]


def test_each_column_that_says_provision_gives_its_own_items(analyzer):
    rows = [["Area of need", "Provision made by the class team", "Provision made by therapists"],
            ["Communication", "• Makaton signs used with speech in every lesson.\n• A visual timetable checked each morning.",
             "• Speech and language therapy, 45 minutes weekly."]]
    items = items_of(analyzer, *_table(rows))
    assert [i.text for i in items] == ["Makaton signs used with speech in every lesson.", "A visual timetable checked each morning.",
                                       "Speech and language therapy, 45 minutes weekly."]
    assert all(i.column("provision") == i.text for i in items)
    assert all(i.column("need") == "Communication" for i in items)


def test_a_line_of_details_under_a_provision_is_read_with_it(analyzer):
    word = Block("Direct speech and language therapy using NDP3.\nTwice a week · 30 minutes · an HCPC-registered therapist",
                 BlockKind.LIST_ITEM, page=1)
    pdf = Block("Talk Boost language group of four. Three times a week · 15 minutes · a trained HLTA", BlockKind.LIST_ITEM, page=1)
    items = items_of(analyzer, word, pdf)
    assert [i.text for i in items] == ["Direct speech and language therapy using NDP3.", "Talk Boost language group of four."]
    assert [i.column("frequency") for i in items] == ["Twice a week · 30 minutes · an HCPC-registered therapist",
                                                      "Three times a week · 15 minutes · a trained HLTA"]


def test_an_item_written_over_two_table_rows_is_one_item(analyzer):
    cells = [(0, 0, 2, "Ref"), (0, 1, 1, "What will be provided"),
             (1, 1, 1, "How often"), (1, 2, 1, "How long each time"), (1, 3, 1, "Who provides it"),
             (2, 0, 2, "F1"), (2, 1, 1, "Language for Thinking sessions in a group of three"),
             (3, 1, 1, "Three times a week"), (3, 2, 1, "20 minutes"), (3, 3, 1, "A TA trained in Language for Thinking"),
             (4, 0, 2, "F2"), (4, 1, 1, "A small group for social communication"), (5, 1, 1, "Regularly")]
    items = items_of(analyzer, *[Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c, rows)) for r, c, rows, text in cells])
    assert [i.text for i in items] == ["Language for Thinking sessions in a group of three", "A small group for social communication"]
    assert items[0].column("frequency") == "Three times a week" and items[0].column("who").startswith("A TA trained")


def test_a_two_row_header_names_the_columns_under_a_spanning_heading(analyzer):
    # "Amount" spans How often | Each session, "Delivered by" spans Role | Training; Provision
    # and Outcome are merged down both header rows (Word's vMerge)
    blocks = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c, rows)) for r, c, rows, text in [
        (0, 0, 2, "Provision"), (0, 1, 1, "Amount"), (0, 3, 1, "Delivered by"), (0, 5, 2, "Outcome"),
        (1, 1, 1, "How often"), (1, 2, 1, "Each session"), (1, 3, 1, "Role"), (1, 4, 1, "Training or qualification"),
        (2, 0, 1, "Precision Teaching of sight words"), (2, 1, 1, "Every school day"), (2, 2, 1, "10 minutes, 1:1"),
        (2, 3, 1, "Teaching assistant"), (2, 4, 1, "Trained in Precision Teaching by the EP"), (2, 5, 1, "E1")]]
    [item] = items_of(analyzer, *blocks)
    assert item.text == "Precision Teaching of sight words"
    assert [role for role, _ in item.columns] == ["provision", "frequency", "frequency", "who", "who", "outcome"]
    assert item.matches.has("qualification")


def test_a_first_cell_merged_down_over_items_is_still_a_two_row_record(analyzer):
    # the item number merged down over each item's two rows: records, not a two-row header
    blocks = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c, rows)) for r, c, rows, text in [
        (0, 0, 2, "Ref"), (0, 1, 1, "What will be provided"), (1, 1, 1, "How often and who"),
        (2, 0, 2, "F1"), (2, 1, 1, "Precision Teaching of sight words"), (3, 1, 1, "Daily, 10 minutes, TA trained by the EP"),
        (4, 0, 2, "F2"), (4, 1, 1, "Lego-based therapy in a group of three"), (5, 1, 1, "Weekly, 45 minutes, HLTA")]]
    items = items_of(analyzer, *blocks)
    assert [i.text for i in items] == ["Precision Teaching of sight words", "Lego-based therapy in a group of three"]


def test_a_table_on_its_side_gives_an_item_per_column(analyzer):
    rows = [["Ref", "F16", "F17"],
            ["Provision", "1:1 psychological sessions on understanding his brain injury.", "Counselling."],
            ["How often and how long", "45 minutes every week in term time", "Weekly for 6 weeks, then subject to review"],
            ["Delivered by (role and training)", "HCPC-registered clinical psychologist", "College counsellor"],
            ["Outcome(s)", "E6, E9", "E6"]]
    items = items_of(analyzer, *_table(rows))
    assert [i.text for i in items] == ["1:1 psychological sessions on understanding his brain injury.", "Counselling."]
    assert items[1].column("frequency") == "Weekly for 6 weeks, then subject to review"
    assert items[1].column("who") == "College counsellor"


def test_a_one_row_grid_under_a_paragraph_gives_that_provision_its_details(analyzer):
    grid = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c)) for r, c, text in [
        (0, 0, "How often"), (0, 1, "How long"), (0, 2, "Who"), (0, 3, "Training / expertise"),
        (1, 0, "Every week in term time"), (1, 1, "40 minutes"), (1, 2, "Speech and language therapist"),
        (1, 3, "HCPC-registered")]]
    [item] = items_of(analyzer, para("F1 Direct 1:1 speech and language therapy on subject vocabulary."), *grid)
    assert item.text == "Direct 1:1 speech and language therapy on subject vocabulary."
    assert [role for role, _ in item.columns] == ["provision", "frequency", "frequency", "who", "who"]
    assert item.matches.has("frequency") and item.matches.has("duration")


def test_details_run_in_after_a_provision_sentence_are_its_columns(analyzer):
    [item] = items_of(analyzer, para("2e) Little Wandle Keep-up phonics in a small group. When and how long: "
                                     "Every afternoon. Who: A teaching assistant."))
    assert item.text == "Little Wandle Keep-up phonics in a small group."
    assert item.column("frequency") == "Every afternoon." and item.column("who") == "A teaching assistant."
    # a label straight after the provision's words, with no full stop, stays inside the item
    [dash] = items_of(analyzer, para("Reading comprehension intervention – Who: teaching assistant; How often: weekly."))
    assert dash.text.startswith("Reading comprehension intervention – Who:")


def test_a_pdf_break_after_a_run_in_label_is_joined(analyzer):
    [item] = items_of(analyzer, para("4b) Help to eat her lunch in a quieter space. When and how long:"),
                      para("Lunchtimes. Who: Lunchtime staff."))
    assert item.column("frequency") == "Lunchtimes." and item.column("who") == "Lunchtime staff."


def test_a_column_headed_by_a_period_gives_its_cells_that_period(analyzer):
    rows = [["Ref", "What will be provided", "Each day", "Each week", "Who"],
            ["F1", "A movement break out of the classroom", "Two breaks of 5 minutes, at 10:15 and 14:00", "–", "Class TA"]]
    [item] = items_of(analyzer, *_table(rows))
    assert "Two breaks of 5 minutes, at 10:15 and 14:00 (per day)" in item.context
    assert "–" in item.context and "– (per week)" not in item.context
    assert item.matches.has("frequency")


def test_a_row_across_the_table_naming_who_provides_holds_for_the_rows_under_it(analyzer):
    blocks = [Block(text, BlockKind.TABLE_CELL, page=1, table=TablePos(0, r, c)) for r, c, text in [
        (0, 0, "No."), (0, 1, "Provision"), (0, 2, "How often"), (0, 3, "How long each time"),
        (1, 0, "Provided by: Elsie's named teaching assistant, who holds a Level 3 Certificate"),
        (2, 0, "1"), (2, 1, "Colourful Semantics sessions building sentences"), (2, 2, "Three times a week"), (2, 3, "20 minutes")]]
    [item] = items_of(analyzer, *blocks)
    assert item.text == "Colourful Semantics sessions building sentences"
    assert "Level 3 Certificate" in item.context and item.matches.has("qualification")


def test_a_number_opening_a_cell_takes_the_unit_of_its_heading(analyzer):
    rows = [["Ref", "Provision", "Who", "Minutes each session", "Sessions per week"],
            ["R7", "Precision Teaching of common spellings", "HLTA trained in Precision Teaching", "10, straight after registration", "5"]]
    [item] = items_of(analyzer, *_table(rows))
    assert "10 minutes, straight after registration" in item.context
    assert item.matches.has("duration")


def test_a_size_alone_under_a_group_size_heading_is_a_group_size(analyzer):
    rows = [["Ref", "What will be provided", "Group size", "How often", "Staff"],
            ["S1", "Nurture group sessions in The Anchor room", "No more than 6", "Three 50-minute sessions a week", "Nurture teacher"],
            ["S2", "Social skills group", "1:6", "Weekly, 40 minutes", "ELSA"],
            ["S3", "Lunch club", "Whole year group", "Daily", "Midday supervisors"]]
    nurture, social, lunch = items_of(analyzer, *_table(rows))
    assert nurture.column("group") == "group of No more than 6" and nurture.matches.has("grouping")
    assert social.column("group") == "1:6" and lunch.column("group") == "Whole year group"


def test_a_grid_laid_out_by_how_often_gives_each_provision_its_column_heading(analyzer):
    rows = [["Area (outcomes)", "Every school day", "Every week", "Each term"],
            ["Communication (E1)", "Makaton signs used by all class staff in every lesson.",
             "One 30-minute 1:1 session of speech and language therapy.\nA social communication group run by a TA.",
             "The therapist updates his communication passport."]]
    items = items_of(analyzer, *_table(rows), fmt="docx")
    assert [item.text for item in items] == [
        "Makaton signs used by all class staff in every lesson.", "One 30-minute 1:1 session of speech and language therapy.",
        "A social communication group run by a TA.", "The therapist updates his communication passport."]
    assert [item.column("frequency") for item in items] == ["Every school day", "Every week", "Every week", "Each term"]
    assert all(item.column("need") == "Communication (E1)" for item in items)
    assert items[2].matches.has("frequency")


def test_a_lone_header_row_gives_its_columns_to_the_tables_below_it(analyzer):
    blocks = [Block("How much / when", BlockKind.TABLE_CELL, page=1, table=TablePos(0, 0, 0)),
              Block("What will be provided", BlockKind.TABLE_CELL, page=1, table=TablePos(0, 0, 1)),
              Block("Study programme", BlockKind.HEADING, page=1),
              Block("Every Wed, 90 min", BlockKind.TABLE_CELL, page=1, table=TablePos(1, 0, 0)),
              Block("Independent living skills in a group of four", BlockKind.TABLE_CELL, page=1, table=TablePos(1, 0, 1)),
              Block("3 × 50 min a week", BlockKind.TABLE_CELL, page=1, table=TablePos(1, 1, 0)),
              Block("1:1 braille maths teaching", BlockKind.TABLE_CELL, page=1, table=TablePos(1, 1, 1))]
    items = items_of(analyzer, *blocks)
    assert [(item.text, item.column("frequency")) for item in items] == [
        ("Independent living skills in a group of four", "Every Wed, 90 min"), ("1:1 braille maths teaching", "3 × 50 min a week")]
    assert all(item.heading == "Study programme" for item in items)


def test_a_numbered_item_with_labelled_detail_paragraphs_under_it_is_one_row(analyzer):
    blocks = [para("3. Attention Autism in a group of no more than four children."),
              para("When and for how long: 15 minutes every day, straight after the register"),
              para("Adult: Jonah's 1:1 teaching assistant, who has attended the two-day Attention Autism course"),
              para("Reviewed: each half-term by the SENCO"),
              para("4. Small group maths work.")]
    first, second = items_of(analyzer, *blocks, fmt="docx")
    assert first.text == "Attention Autism in a group of no more than four children."
    assert first.column("frequency").startswith("15 minutes") and "Attention Autism course" in first.column("who")
    assert second.text.startswith("Small group maths")


def test_a_pdf_list_row_with_its_details_run_in_and_a_detail_line_left_under_it(analyzer):
    blocks = [Block("1.", BlockKind.TABLE_CELL, page=1, table=TablePos(0, 0, 0)),
              Block("A named 1:1 teaching assistant every morning. When and for how long: 8:45 to 11:45 every school day",
                    BlockKind.TABLE_CELL, page=1, table=TablePos(0, 0, 1)),
              para("Adult: Teaching assistant who has completed the AET Making Sense of Autism module"),
              Block("2.", BlockKind.TABLE_CELL, page=1, table=TablePos(1, 0, 0)),
              Block("Small group maths work. When and for how long: Weekly Adult: Class teacher",
                    BlockKind.TABLE_CELL, page=1, table=TablePos(1, 0, 1))]
    first, second = items_of(analyzer, *blocks)
    assert first.text == "A named 1:1 teaching assistant every morning."
    assert first.column("frequency").startswith("8:45") and "Making Sense of Autism" in first.column("who")
    assert (second.text, second.column("frequency"), second.column("who")) == ("Small group maths work.", "Weekly", "Class teacher")


def test_lettered_provisions_take_the_details_under_their_own_letters(analyzer):
    rows = [["Area of need", "Provision", "How much, how often and who"],
            ["Independence", "(q) A toileting routine with a photo sequence.\n(r) Dressing practice by backward chaining.",
             "(q) Five times every school day, by a TA trained in intimate care.\n(r) Termly where possible; class teacher."]]
    toileting, dressing = items_of(analyzer, *_table(rows), fmt="docx")
    assert toileting.text == "A toileting routine with a photo sequence."
    assert toileting.column("frequency") == "Five times every school day, by a TA trained in intimate care."
    assert dressing.column("frequency") == "Termly where possible; class teacher."
    assert "where possible" not in toileting.context
    # a stray "(s)" is no letter
    rows = [["Provision", "Who"], ["Support for the pupil(s) in the group (s) at lunch.", "TA"]]
    [item] = items_of(analyzer, *_table(rows))
    assert item.text == "Support for the pupil(s) in the group (s) at lunch."


def test_a_number_before_a_times_sign_or_its_own_timing_takes_the_headings_unit(analyzer):
    rows = [["Ref", "Provision", "Staff and training", "Minutes × times", "Where"],
            ["CL-4", "Maths with Numicon in a group of five", "HLTA trained in Numicon", "30 × 3 a week (Tue, Wed, Thu)", "Group room"]]
    [item] = items_of(analyzer, *_table(rows))
    assert "30 minutes × 3 a week" in item.context and item.matches.has("duration")
    rows = [["Area of need", "Minutes a week", "Provision", "Staff"],
            ["Attention", "45 every fortnight", "Organisation coaching with his phone calendar", "Specialist ADHD teacher"],
            ["Learning", "300 (five 60-minute lessons)", "GCSE English Language", "Qualified English teacher"]]
    coaching, english = items_of(analyzer, *_table(rows))
    assert coaching.column("frequency") == "45 minutes every fortnight"
    assert english.column("frequency") == "300 minutes per week (five 60-minute lessons)"
