"""The lexicon matcher. Its speed-ups (word lists as lexeme flags, word-list-only patterns as
phrases, token-pattern hits found only when asked) must not change a single hit."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehcp_audit import nlp
from ehcp_audit.extract import load_document
from ehcp_audit.nlp import Analyzer, Lexicon

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"

TRICKY = [
    "Three 30-minute sessions EVERY week, Mondays to Fridays, 9:15–9:45 and 14.30 - 15.00.",
    "By March 2027 he will read 80% of words; by 12/07/2027, end of KS2, within 6 weeks.",
    "Subject to the availability of staff, up to 3 hours; no more than 4 sessions a term.",
    "Between 2 and 3 times per half-term, 20mins each, 1hr per wk, 10am-11am.",
    "The school's own policy applies; his own laptop; her new chair; their reading book.",
    "Whenever she needs it, about once a fortnight, as he settles, until Sam can cope.",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for name in ("ashby_part_year2.docx", "kestrel_year9.docx", "sedgecombe_college_year12.docx"):
        texts += [block.text for block in load_document(str(SAMPLES / name)).blocks]
    return texts


@pytest.fixture(scope="module")
def plain_analyzer(auditor):
    """The same lexicons run the slow, obvious way: every token pattern in spaCy's Matcher
    with spaCy's own word-list tests, tried at every token (no flags, no patterns turned
    into phrases, no anchors)."""
    with pytest.MonkeyPatch.context() as patch:  # undone before the other tests build analyzers
        patch.setattr(nlp, "_word_sequences", lambda pattern: None)
        patch.setattr(nlp._WordListFlags, "FIRST_FREE", 64)  # no free flags
        patch.setattr(nlp, "_required_tests", lambda written, run: [])  # no anchors
        return Analyzer(auditor.analyzer.lexicons)


def test_fast_matching_finds_exactly_the_hits_of_plain_spacy_matching(auditor, plain_analyzer):
    fast = auditor.analyzer
    assert not plain_analyzer.problems and len(plain_analyzer.patterns) > len(fast.patterns)  # phrases took some
    assert fast.patterns.anchored and not plain_analyzer.patterns.anchored
    texts = _texts()
    assert len(texts) > 150
    found = 0
    for text, doc in zip(texts, fast.nlp.pipe(texts)):
        hits = fast.matches(doc, text).hits
        assert hits == plain_analyzer.matches(plain_analyzer.nlp(text), text).hits, text
        found += len(hits)
    assert found > 1000  # the comparison saw real hits, not two empty lists


def test_word_lists_beyond_the_free_flags_keep_spacys_own_test():
    # 60 lexicons, each opening with its own word list: more lists than there are flags.
    lexicons = {
        f"list{i}": Lexicon(f"list{i}", patterns=(("p", ({"LOWER": {"IN": [f"word{i}", f"alt{i}"]}}, {"LIKE_NUM": True})),))
        for i in range(60)
    }
    analyzer = Analyzer(lexicons)
    assert not analyzer.problems
    for i in (0, 44, 45, 59):
        hits = analyzer.analyse(f"Then WORD{i} 3 and alt{i} four, not word{i}x 5.").get(f"list{i}")
        assert [h.text for h in hits] == [f"WORD{i} 3", f"alt{i} four"]


@pytest.mark.parametrize("spec, text, expected", [
    ({"LOWER": {"NOT_IN": ["own", "new"]}, "IS_ALPHA": True}, "his own new red bag", ["his", "red", "bag"]),
    ({"TEXT": {"REGEX": r"^(19|20)\d\d$"}}, "in 2027, not 3027 or 20271", ["2027"]),
    ({"SHAPE": {"IN": ["dd:dd"]}}, "at 10:30 or 9:30", ["10:30"]),
])
def test_each_kind_of_word_list_test_keeps_its_meaning(spec, text, expected):
    analyzer = Analyzer({"x": Lexicon("x", patterns=(("p", (spec,)),))})
    assert [h.text for h in analyzer.analyse(text).get("x")] == expected


def test_analyse_finds_token_pattern_hits_only_when_asked_and_then_the_same_hits(auditor):
    analyzer = auditor.analyzer
    text = "Jo will have access to SaLT three times a week for 30 minutes, subject to availability."
    eager = analyzer.matches(analyzer.nlp(text), text).hits
    lazy = analyzer.analyse(text)
    assert lazy.has("access")  # a word-list category: answered without the token matcher
    assert lazy._pending is not None
    assert lazy.has("duration")  # a category with token patterns completes the hits
    assert lazy._pending is None
    assert lazy.hits == eager
    assert {h.category for h in eager} >= {"access", "duration", "frequency"}


def test_every_built_in_lexicon_compiles(auditor):
    # A YAML slip (an unquoted `on` or `no` becomes a boolean) makes a pattern invalid; the
    # analyser reports it on every plan rather than failing, so catch it here.
    assert auditor.analyzer.problems == []


ANCHOR_CASES = {
    "repeat": ({"LOWER": "very", "OP": "+"}, {"LOWER": "long"}),  # no longest match: tried everywhere
    "number": ({"LIKE_NUM": True},),  # one token, one test: the test's tokens are the matches
    "year": ({"TEXT": {"REGEX": r"^20\d\d$"}},),
    "span": ({"LOWER": "between"}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["and", "to"]}}, {"LIKE_NUM": True}),
    "optional": ({"LOWER": {"IN": ["every", "each"]}}, {"IS_ALPHA": True, "OP": "?"}, {"ORTH": "-", "OP": "?"},
                 {"LOWER": {"IN": ["week", "term"]}}),
    "edge": ({"IS_ALPHA": True, "OP": "?"}, {"SHAPE": {"IN": ["dd:dd"]}}, {"IS_ALPHA": True, "OP": "?"}),
    # A test on the token's place in its sentence: matched by spaCy near its required word.
    "sentence": ({"IS_TITLE": True, "IS_SENT_START": False}, {"LOWER": "week", "OP": "?"}, {"LOWER": "term"}),
    "skips": ({"LIKE_NUM": True}, {"LOWER": "x", "OP": "?"}, {"TEXT": {"REGEX": "^[0-9]+$"}, "OP": "?"},
              {"LOWER": {"NOT_IN": ["and", "week"]}, "IS_ALPHA": True}),
}
ANCHOR_TEXTS = [
    "Between 2 and 3 sessions, every week and each half-term week; between 4 to 5.",
    "10:30 starts 2027, very very long days, every week every week.",
    "between and 5 2026 each - term 11:15",
    "every",
    "",
    "Each Week term. Term starts; A Term, 3 x 30 sessions, 3 30 and 2 x days, 4 x 5 week 6 x 7 Blocks.",
]


def test_patterns_tried_near_their_required_words_find_what_spacy_finds(monkeypatch):
    lexicons = {name: Lexicon(name, patterns=(("p", pattern),)) for name, pattern in ANCHOR_CASES.items()}
    anchored = Analyzer(lexicons)
    assert len(anchored.patterns.anchored) == len(ANCHOR_CASES) - 1  # all but "repeat"
    monkeypatch.setattr(nlp, "_required_tests", lambda written, run: [])
    everywhere = Analyzer(lexicons)
    assert not everywhere.patterns.anchored
    found = 0
    for text in ANCHOR_TEXTS:
        hits = anchored.matches(anchored.nlp(text), text).hits
        assert hits == everywhere.matches(everywhere.nlp(text), text).hits, text
        found += len(hits)
    assert found > 15


def test_texts_matched_together_get_the_hits_of_each_text_alone(auditor, plain_analyzer, monkeypatch):
    # Analyzer.pipe searches its texts' words as one run; no match may run from one text
    # into the next, and none may be lost at a text's edges (empty and one-word texts too).
    texts = [t for text in _texts()[:60] for t in (text, "", "week", text[: len(text) // 2])]
    fast = auditor.analyzer
    for text, doc in zip(texts, fast.pipe(texts)):
        assert fast.matches(doc, text).hits == plain_analyzer.matches(plain_analyzer.nlp(text), text).hits, text
    lexicons = {name: Lexicon(name, patterns=(("p", pattern),)) for name, pattern in ANCHOR_CASES.items()}
    anchored = Analyzer(lexicons)
    monkeypatch.setattr(nlp, "_required_tests", lambda written, run: [])
    everywhere = Analyzer(lexicons)
    texts = ANCHOR_TEXTS + [t for a in ANCHOR_TEXTS for b in ANCHOR_TEXTS for t in (a + " " + b,)]
    found = 0
    for text, doc in zip(texts, anchored.pipe(texts)):
        hits = anchored.matches(doc, text).hits
        assert hits == everywhere.matches(everywhere.nlp(text), text).hits, text
        found += len(hits)
    assert found > 200


def test_need_vocabulary_word_filter_keeps_every_regex_hit():
    # trace.need_keys searches a need's regex only when every word of one of its terms is in
    # the text; that shortcut must find exactly what searching every regex finds.
    from ehcp_audit import trace

    texts = _texts() + ["Fine motor skills, working memory and e.g. speech and language therapy.",
                        "fine-motor work; working at age expectations; SALT — 1:1 café support"]
    for text in texts:
        for as_provision in (False, True):
            expected = {key for key, words, provision in trace._vocabularies()
                        if (as_provision or not provision) and words.pattern.search(text)}
            assert trace.need_keys(text, as_provision) == expected, text
