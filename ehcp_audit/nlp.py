"""The spaCy pipeline: a blank English tokenizer, a sentencizer and the lexicon matcher.

Lexicons are YAML data (see checks/lexicons/). Literal phrases go into one PhraseMatcher
on lower-cased text (about 1 ms for hundreds of phrases); token patterns go into one
Matcher. Each match is labelled with its lexicon category, so checks ask "does this item
state a frequency?" rather than running regexes of their own. A category may list
`exclude` phrases: a hit inside one of them is dropped (the law file's false-positive
guards, e.g. "regular class" is not vague "regular").

Two things keep the token Matcher cheap without changing a hit (tests/test_nlp.py compares
every hit with plain spaCy matching): a pattern made only of word lists is added to the
PhraseMatcher as the phrases it stands for, and a word-list test inside a token pattern
("LOWER IN [...]") becomes a spaCy lexeme flag, computed once per word, instead of a
Python call for every token.

Build one `Analyzer` per process and reuse it; it is expensive (~1 s with spaCy's import).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Optional

EXCLUDE_SUFFIX = "::exclude"


@dataclass(frozen=True)
class Lexicon:
    """One category of words or patterns, e.g. `hedge` or `frequency`."""

    category: str
    description: str = ""
    phrases: tuple[str, ...] = ()
    patterns: tuple[tuple[str, tuple], ...] = ()  # (name, spaCy token pattern)
    exclude: tuple[str, ...] = ()

    def extended(self, add: Iterable[str] = (), remove: Iterable[str] = ()) -> "Lexicon":
        removed = {r.lower() for r in remove}
        phrases = tuple(p for p in self.phrases if p.lower() not in removed) + tuple(add)
        return Lexicon(self.category, self.description, phrases, self.patterns, self.exclude)


@dataclass(frozen=True)
class Hit:
    category: str
    start: int  # character offsets in the text that was matched
    end: int
    text: str


class Matches:
    """The lexicon hits in one piece of text, by category.

    `pending` (set by Analyzer.analyse) gives the complete hits, token patterns included;
    until a question needs a category in `pending_categories`, only the word-list hits are
    known. Most text analysed outside items is asked about word lists only, and the token
    Matcher is the costly part."""

    def __init__(self, hits: Iterable[Hit] = (), pending: Optional[Callable[[], "Matches"]] = None,
                 pending_categories: frozenset[str] = frozenset()):
        self._hits = list(hits)
        self._pending = pending
        self._pending_categories = pending_categories
        self._index: Optional[dict[str, list[Hit]]] = None

    @property
    def hits(self) -> list[Hit]:
        if self._pending is not None:
            complete, self._pending = self._pending, None
            self._hits, self._index = complete().hits, None
        return self._hits

    def _by_category(self, categories: tuple[str, ...]) -> dict[str, list[Hit]]:
        if self._pending is not None and not self._pending_categories.isdisjoint(categories):
            self.hits  # noqa: B018 - completes the hits
        if self._index is None:
            # Rules ask thousands of has/get questions per plan; an index keeps each one cheap.
            self._index = {}
            for hit in self._hits:
                self._index.setdefault(hit.category, []).append(hit)
        return self._index

    def has(self, *categories: str) -> bool:
        index = self._by_category(categories)
        return any(c in index for c in categories)

    def get(self, *categories: str) -> list[Hit]:
        if len(categories) == 1:
            return list(self._by_category(categories).get(categories[0], ()))
        return [h for h in self.hits if h.category in categories]

    def within(self, start: int, end: int) -> "Matches":
        return Matches([h for h in self.hits if h.start >= start and h.end <= end])

    def __repr__(self) -> str:
        return f"Matches({self.hits!r})"


class Analyzer:
    """Tokenises text and finds lexicon hits. One per process; reuse it for every plan."""

    def __init__(self, lexicons: Mapping[str, Lexicon]):
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.nlp = spacy.blank("en")
        # Split a time unit off its number ("20mins", "1hr"), as spaCy already does for "5km",
        # so lexicon patterns see "20" + "mins".
        suffixes = list(self.nlp.Defaults.suffixes) + [r"(?<=[0-9])(?:minutes?|mins?|hours?|hrs?)"]
        self.nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        self.nlp.add_pipe("sentencizer")
        self.lexicons = dict(lexicons)
        self.problems: list[str] = []  # lexicons that could not be compiled, reported on every plan
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        checker = Matcher(self.nlp.vocab, validate=True)  # checks each lexicon's patterns as written
        self.patterns = Matcher(self.nlp.vocab, validate=False)  # runs them with word-list flags
        valid: dict[str, list[tuple]] = {}
        for lex in self.lexicons.values():
            if lex.phrases:
                self.phrases.add(lex.category, list(self.nlp.tokenizer.pipe(lex.phrases)))
            if lex.exclude:
                self.phrases.add(lex.category + EXCLUDE_SUFFIX, list(self.nlp.tokenizer.pipe(lex.exclude)))
            if lex.patterns:
                try:
                    checker.add(lex.category, [list(p) for _, p in lex.patterns])
                    valid[lex.category] = [p for _, p in lex.patterns]
                except Exception as exc:  # a bad token pattern in one lexicon must not stop the rest
                    self.problems.append(f"lexicon {lex.category}: a token pattern is not valid ({type(exc).__name__})")
        # A pattern made only of word lists ("per | a | each" + "week | term") is a set of
        # phrases; the PhraseMatcher finds exactly the same spans at almost no cost.
        token_patterns: dict[str, list[tuple]] = {}
        for category, patterns in valid.items():
            for pattern in patterns:
                words = _word_sequences(pattern)
                if words is None:
                    token_patterns.setdefault(category, []).append(pattern)
                else:
                    self.phrases.add(category, [Doc(self.nlp.vocab, words=list(w)) for w in words])
        flags = _WordListFlags(self.nlp.vocab, [p for ps in token_patterns.values() for p in ps])
        for category, patterns in token_patterns.items():
            self.patterns.add(category, [flags.rewrite(p) for p in patterns])
        self.pattern_categories = frozenset(token_patterns)  # categories that need the token Matcher

    def pipe(self, texts: Iterable[str]):
        """spaCy Docs for many texts at once (tokenizer + sentencizer)."""
        return self.nlp.pipe(texts, batch_size=64)

    def matches(self, doc, text: Optional[str] = None, patterns: bool = True) -> Matches:
        """Every lexicon hit in a Doc, minus hits inside that category's exclusions.
        `text` is the Doc's text when the caller has it (spaCy rebuilds Doc.text on each access)."""
        from spacy.attrs import IDX, LENGTH

        text = doc.text if text is None else text
        found = list(self.phrases(doc)) if len(self.phrases) else []
        if patterns and len(self.patterns):
            found += self.patterns(doc)
        if not found:
            return Matches([])
        offsets = doc.to_array([IDX, LENGTH]).tolist()  # (start, length) of each token, no Token objects
        labels = self.nlp.vocab.strings
        spans: set[tuple[str, int, int]] = set()
        excluded: dict[str, list[tuple[int, int]]] = {}
        for match_id, start, end in found:
            label = labels[match_id]
            first, (last, length) = offsets[start][0], offsets[end - 1]
            if label.endswith(EXCLUDE_SUFFIX):
                excluded.setdefault(label[: -len(EXCLUDE_SUFFIX)], []).append((first, last + length))
            else:
                spans.add((label, first, last + length))
        hits = [
            Hit(cat, s, e, text[s:e])
            for cat, s, e in sorted(spans, key=lambda t: (t[1], t[2], t[0]))
            if not any(xs <= s and e <= xe for xs, xe in excluded.get(cat, ()))
        ]
        return Matches(hits)

    def analyse(self, text: str) -> Matches:
        """The hits in one text; token-pattern hits are found only if a question needs them."""
        doc = self.nlp(text)
        if not len(self.patterns):
            return self.matches(doc, text)
        words_only = self.matches(doc, text, patterns=False)
        return Matches(words_only.hits, lambda: self.matches(doc, text), self.pattern_categories)


class _WordListFlags:
    """Runs word-list tests of token patterns as spaCy lexeme flags.

    spaCy's Matcher checks `{"LOWER": {"IN": [...]}}` and `{"TEXT": {"REGEX": ...}}` by
    calling back into Python for every token it tries, which made the Matcher most of an
    audit's time. A lexeme flag answers the same question from a bit computed once per word
    in the vocabulary, so the same patterns match the same tokens several times faster.
    There are 45 free flags; word lists beyond them keep spaCy's own test. Word lists that
    open a pattern come first, because they are tried at every token.
    """

    FIRST_FREE, LAST_FREE = 19, 63  # spacy.attrs.FLAG19 … FLAG63

    def __init__(self, vocab, patterns):
        self.ids: dict[tuple, int] = {}
        tests = [(position, _flag_test(attr, value)) for pattern in patterns
                 for position, spec in enumerate(pattern) if isinstance(spec, dict)
                 for attr, value in spec.items()]
        wanted = sorted({test: position for position, test in reversed(tests) if test}.items(), key=lambda t: t[1])
        for flag_id, (test, _) in zip(range(self.FIRST_FREE, self.LAST_FREE + 1), wanted):
            self.ids[test] = flag_id
            vocab.add_flag(_flag_getter(test), flag_id=flag_id)

    def rewrite(self, pattern) -> list[dict]:
        return [self._token(spec) for spec in pattern]

    def _token(self, spec: dict) -> dict:
        out = {}
        for attr, value in spec.items():
            test = _flag_test(attr, value)
            flag = self.ids.get(test) if test else None
            if flag is None:
                out[attr] = value
            else:
                out[f"FLAG{flag}"] = test[0] != "NOT_IN"
        return out


MAX_PHRASES_PER_PATTERN = 500  # a bigger expansion costs more start-up (building the phrase Docs) than it saves per plan


def _word_sequences(pattern) -> Optional[list[tuple[str, ...]]]:
    """Every word sequence a pattern of plain word tests matches, or None when it tests
    anything else (a number, a shape, a flag, a regex) or would make too many phrases.
    Only lower-case LOWER values, and ORTH values with no letters, compare like the
    PhraseMatcher's lower-cased tokens."""
    sequences: list[tuple[str, ...]] = [()]
    for spec in pattern:
        op = spec.get("OP")
        tests = {k: v for k, v in spec.items() if k != "OP"}
        if op not in (None, "?") or len(tests) != 1:
            return None
        (attr, value), = tests.items()
        if attr == "LOWER" and isinstance(value, str):
            words = [value]
        elif attr == "LOWER" and isinstance(value, dict) and list(value) == ["IN"]:
            words = list(value["IN"])
        elif attr == "ORTH" and isinstance(value, str):
            words = [value]
        else:
            return None
        if not all(isinstance(w, str) and w and w == w.lower() and (attr == "LOWER" or w == w.upper()) for w in words):
            return None
        options = [(w,) for w in words] + ([()] if op == "?" else [])
        sequences = [s + o for s in sequences for o in options]
        if len(sequences) > MAX_PHRASES_PER_PATTERN:
            return None
    return [s for s in dict.fromkeys(sequences) if s]


def _flag_test(attr: str, value) -> "tuple | None":
    """(op, attr, values) for a predicate a flag can stand for, else None."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if attr in ("LOWER", "TEXT", "ORTH", "SHAPE") and op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        return (op, attr, frozenset(arg))
    if attr in ("LOWER", "TEXT", "ORTH") and op == "REGEX" and isinstance(arg, str):
        return (op, attr, arg)
    return None


def _flag_getter(test):
    from spacy.lang.lex_attrs import word_shape

    op, attr, arg = test
    view = {"LOWER": str.lower, "TEXT": str, "ORTH": str, "SHAPE": word_shape}[attr]
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda word: search(view(word)) is not None
    return lambda word: view(word) in arg  # NOT_IN is the flag being False
