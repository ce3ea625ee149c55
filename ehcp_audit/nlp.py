"""The spaCy pipeline: a blank English tokenizer, a sentencizer and the lexicon matcher.

Lexicons are YAML data (see checks/lexicons/). Literal phrases go into one PhraseMatcher
on lower-cased text (about 1 ms for hundreds of phrases); token patterns go into spaCy's
Matcher. Each match is labelled with its lexicon category, so checks ask "does this item
state a frequency?" rather than running regexes of their own. A category may list
`exclude` phrases: a hit inside one of them is dropped (the law file's false-positive
guards, e.g. "regular class" is not vague "regular").

Three things keep the token patterns cheap without changing a hit (tests/test_nlp.py
compares every hit with plain spaCy matching): a pattern made only of word lists is added
to the PhraseMatcher as the phrases it stands for; a word-list test inside a token pattern
("LOWER IN [...]") becomes a spaCy lexeme flag, computed once per word, instead of a
Python call for every token; and a pattern is tried only near the words it cannot match
without, mostly by a few dictionary look-ups rather than a Matcher call (`_AnchoredMatcher`).

Build one `Analyzer` per process and reuse it; it is expensive (~1 s with spaCy's import).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping, Optional

EXCLUDE_SUFFIX = "::exclude"
_TOKEN_MATCHES = "ehcp_audit.token_matches"  # Doc.user_data key: the token-pattern matches found by Analyzer.pipe


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
        # Once the hits are complete and indexed (the usual case) the index answers at once.
        index = self._index if self._pending is None else None
        if index is None:
            index = self._by_category(categories)
        if len(categories) == 1:  # the usual question, asked thousands of times per plan
            return categories[0] in index
        return not index.keys().isdisjoint(categories)

    def get(self, *categories: str) -> list[Hit]:
        """The hits of these categories, in text order."""
        index = self._index if self._pending is None else None
        if index is None:
            index = self._by_category(categories)
        if len(categories) == 1:
            return list(index.get(categories[0], ()))
        present = [c for c in categories if c in index]
        if len(present) == 1:  # one category's hits are already in text order: no scan
            return list(index[present[0]])
        return [h for h in self.hits if h.category in categories] if present else []

    def within(self, start: int, end: int) -> "Matches":
        return Matches([h for h in self.hits if h.start >= start and h.end <= end])

    def __repr__(self) -> str:
        return f"Matches({self.hits!r})"


class Analyzer:
    """Tokenises text and finds lexicon hits. One per process; reuse it for every plan."""

    def __init__(self, lexicons: Mapping[str, Lexicon]):
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.nlp = _blank_english()
        self.nlp.add_pipe("sentencizer")
        self.lexicons = dict(lexicons)
        self.problems: list[str] = []  # lexicons that could not be compiled, reported on every plan
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        checker = Matcher(self.nlp.vocab, validate=True)  # checks each lexicon's patterns as written
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
        self.patterns = _AnchoredMatcher(self.nlp.vocab, [(category, p, flags.rewrite(p))
                                                          for category, patterns in token_patterns.items() for p in patterns])
        self.pattern_categories = frozenset(token_patterns)  # categories that need the token Matcher
        self._labels: dict[int, tuple[str, bool]] = {}

    def pipe(self, texts: Iterable[str]) -> list:
        """spaCy Docs for many texts at once (tokenizer + sentencizer), their token-pattern
        matches found together (see _AnchoredMatcher.match_docs) for `matches` to use."""
        docs = list(self.nlp.pipe(texts, batch_size=64))
        if len(self.patterns):
            for doc, found in zip(docs, self.patterns.match_docs(docs)):
                doc.user_data[_TOKEN_MATCHES] = found
        return docs

    def matches(self, doc, text: Optional[str] = None, patterns: bool = True) -> Matches:
        """Every lexicon hit in a Doc, minus hits inside that category's exclusions.
        `text` is the Doc's text when the caller has it (spaCy rebuilds Doc.text on each access)."""
        from spacy.attrs import IDX, LENGTH

        text = doc.text if text is None else text
        found = self.phrases(doc) if len(self.phrases) else []
        if patterns and len(self.patterns):
            prefetched = doc.user_data.get(_TOKEN_MATCHES)
            found += self.patterns(doc) if prefetched is None else prefetched
        if not found:
            return Matches([])
        # start, length of each token in turn, as one flat list: no Token objects, and no
        # small list per token either
        offsets = doc.to_array([IDX, LENGTH]).ravel().tolist()
        spans: set[tuple[int, int, str]] = set()  # (start, end, category): sorted, the hits' order
        excluded: dict[str, list[tuple[int, int]]] = {}
        labels = self._labels
        for match_id, start, end in set(found):
            category, exclusion = labels.get(match_id) or self._label(match_id)
            first, last, length = offsets[2 * start], offsets[2 * end - 2], offsets[2 * end - 1]
            if exclusion:
                excluded.setdefault(category, []).append((first, last + length))
            else:
                spans.add((first, last + length, category))
        if excluded:  # few texts have any: the rest skip the check
            spans = {(s, e, cat) for s, e, cat in spans
                     if cat not in excluded or not any(xs <= s and e <= xe for xs, xe in excluded[cat])}
        return Matches([Hit(cat, s, e, text[s:e]) for s, e, cat in sorted(spans)])

    def _label(self, match_id: int) -> tuple[str, bool]:
        """(category, whether the match is one of its exclusions) for a match id."""
        label = self._labels.get(match_id)
        if label is None:  # a few dozen ids: looked up once, not for every match
            name = self.nlp.vocab.strings[match_id]
            exclusion = name.endswith(EXCLUDE_SUFFIX)
            label = self._labels[match_id] = (name[: -len(EXCLUDE_SUFFIX)] if exclusion else name, exclusion)
        return label

    def analyse(self, text: str) -> Matches:
        """The hits in one text; token-pattern hits are found only if a question needs them."""
        doc = self.nlp(text)
        if not len(self.patterns):
            return self.matches(doc, text)
        words_only = self.matches(doc, text, patterns=False)
        return Matches(words_only.hits, lambda: self.matches(doc, text), self.pattern_categories)


# Split a time unit off its number ("20mins", "1hr"), as spaCy already does for "5km", so
# lexicon patterns see "20" + "mins".
TIME_UNIT_SUFFIX = r"(?<=[0-9])(?:minutes?|mins?|hours?|hrs?)"


def _blank_english():
    """spacy.blank("en") with TIME_UNIT_SUFFIX among the tokenizer's suffixes. Given as a
    language default, the tokenizer is built with it once; setting `suffix_search` on a
    built tokenizer compiles and loads everything again (~0.1 s of start-up)."""
    from spacy.lang.en import English

    class Defaults(English.Defaults):
        suffixes = list(English.Defaults.suffixes) + [TIME_UNIT_SUFFIX]

    class EnglishWithTimeUnits(English):
        pass

    EnglishWithTimeUnits.Defaults = Defaults
    return EnglishWithTimeUnits()


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
        getters = {}
        for flag_id, (test, _) in zip(range(self.FIRST_FREE, self.LAST_FREE + 1), wanted):
            self.ids[test] = flag_id
            getters[flag_id] = _flag_getter(test)
        _add_flags(vocab, getters)

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


class _AnchoredMatcher:
    """spaCy's Matcher, with each token pattern tried only where it could match.

    spaCy's Matcher tries every pattern at every token, and that was most of an audit's
    time. Nearly every pattern has a token it cannot match without (a word from a list, a
    number), and a match lies within the pattern's length of that token. So a pattern is
    tried only around the rarest of its required tokens, where its other required tokens
    lie within reach, and not at all on a text lacking one of them; a one-token pattern
    with a single test needs no matching at all. Where every test of a pattern depends
    only on the word (`_WordTest`), it is matched here step by step from those places: a
    spaCy Matcher call costs ~30 µs however short the text, and a plan needed ~1,700 of
    them. A pattern with a test on the token in its sentence (IS_SENT_START) keeps a spaCy
    Matcher of its own, run on the stretches of text around those places. A pattern with
    no required token, or with a repeat operator (no fixed longest match), is tried
    everywhere by spaCy as before. Called like a Matcher: (match_id, start, end) for every
    match, in no set order (a match may come twice).
    """

    def __init__(self, vocab, patterns: Iterable[tuple[str, tuple, list]]):
        """`patterns`: (category, pattern as written, pattern as run) for each pattern."""
        from spacy.matcher import Matcher

        self.everywhere = Matcher(vocab, validate=False)
        self.anchored: list[_AnchoredPattern] = []
        self.tests = _TokenTests(vocab)
        word_tests: dict[str, _WordTest] = {}  # one per distinct token spec, shared by patterns
        self.count = 0  # patterns, anchored or not
        for category, written, rewritten in patterns:
            self.count += 1
            required = _required_tests(written, rewritten)
            if not required:
                self.everywhere.add(category, [rewritten])
                continue
            steps = _word_steps(vocab, rewritten, word_tests)
            matcher = None
            if steps is None:
                matcher = Matcher(vocab, validate=False)
                matcher.add(category, [rewritten])
            anchors = [(offset, self.tests.id(test)) for offset, test in required]
            # One token with one test ({"LIKE_NUM": true}): the test's tokens are the matches.
            single = len(written) == 1 and len(written[0]) == 1
            optional_before = tuple(sum(spec.get("OP") == "?" for spec in written[:i]) for i in range(len(written)))
            self.anchored.append(_AnchoredPattern(matcher, steps, vocab.strings.add(category), len(written), anchors,
                                                  frozenset(t for _, t in anchors), single,
                                                  _anchor_choices(anchors, optional_before),
                                                  steps is not None and not any(optional for _, optional in steps)))
        # Each pattern listed under one of its required tests, a word list where it has one
        # (numbers are everywhere): a text is tried only with the patterns listed under the
        # tests it passes somewhere, not with every pattern.
        self.by_test: dict[int, list[_AnchoredPattern]] = {}
        for pattern in self.anchored:
            listed = min(pattern.tests, key=lambda test: (test in self.tests.flag_tests, test))
            self.by_test.setdefault(listed, []).append(pattern)
        self.listed = frozenset(self.by_test)

    def __len__(self) -> int:
        return self.count

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        return self.match_docs([doc])[0]

    def match_docs(self, docs: list) -> list[list[tuple[int, int, int]]]:
        """The matches in each Doc, as a call on it would give them. The Docs' words are
        searched as one run (each Doc's tokens numbered on from the last Doc's): the work
        of setting up a search is done once per batch, not for each of a plan's ~300 short
        texts. A match running from one Doc's words into the next is not a match."""
        from spacy.attrs import ORTH

        found = [self.everywhere(doc) if len(self.everywhere) else [] for doc in docs]
        if not self.anchored:
            return found
        words: list[int] = []  # the ORTH id of each token, no Token objects
        starts = []  # where each Doc's words start in `words`
        for doc in docs:
            starts.append(len(words))
            words += doc.to_array(ORTH).tolist()
        positions = self.tests.positions(words)
        present = set(positions)
        matches: list[tuple[int, int, int]] = []
        for test in present & self.listed:
            for pattern in self.by_test[test]:
                if pattern.tests <= present:  # else a required token is missing: no match
                    pattern.find(docs, starts, words, positions, matches)
        ends = starts[1:] + [len(words)]
        for key, first, last in matches:
            i = bisect_right(starts, first) - 1  # the Doc the match starts in
            if last <= ends[i]:
                found[i].append((key, first - starts[i], last - starts[i]))
        return found


@dataclass(frozen=True)
class _AnchoredPattern:
    matcher: object  # a spaCy Matcher holding this one pattern, when `steps` is None
    steps: Optional[tuple[tuple["_WordTest", bool], ...]]  # (test, optional) per token, for word tests only
    key: int  # its match id
    length: int  # tokens in the longest match
    anchors: list[tuple[int, int]]  # (offset in the pattern, test id) of each required token
    tests: frozenset[int]  # the test ids in `anchors`
    single: bool  # one token, one test: exactly the tokens that pass the test match
    choices: tuple["_AnchorChoice", ...]  # each required token as the one a search starts from
    fixed: bool  # `steps` has no optional token: a match has one length

    def find(self, docs: list, starts: list[int], words: list[int], positions: dict[int, list[int]], found: list) -> None:
        """Add the pattern's matches to `found`, given the ORTH id of each token of the
        `docs` (those of docs[i] from starts[i] on) and where each test passes (every one
        of the pattern's tests passes somewhere). Matches are numbered as the words are;
        the caller drops those that run from one Doc into the next."""
        if self.single:
            found.extend((self.key, token, token + 1) for token in positions[self.anchors[0][1]])
            return
        # Start from the required token with the fewest places (the first such, on a tie).
        choice = self.choices[0]
        tokens = positions[choice.test]
        for other in self.choices[1:]:
            if len(positions[other.test]) < len(tokens):
                choice, tokens = other, positions[other.test]
        if self.steps is not None:
            self._find_by_steps(words, tokens, choice, positions, found)
            return
        others = [positions[test] for test, _, _ in choice.reaches]
        for i, base, in_doc in _tokens_by_doc(tokens, starts):
            doc = docs[i]
            for start, end in _windows(in_doc, choice.offset, self.length, len(doc)):
                # A match holds every required token: skip a stretch that lacks one.
                if all(_any_between(other, base + start, base + end) for other in others):
                    found.extend((key, base + start + s, base + start + e) for key, s, e in self.matcher(doc[start:end]))

    def _find_by_steps(self, words: list[int], tokens: list[int], choice: "_AnchorChoice",
                       positions: dict[int, list[int]], found: list) -> None:
        """Matches that take the pattern's required token `choice` from `tokens`."""
        reaches = [(positions[test], low, high) for test, low, high in choice.reaches]
        offset, skippable = choice.offset, choice.skippable
        steps, key = self.steps, self.key
        for token in tokens:
            for other, low, high in reaches:  # is each other required token within reach?
                i = bisect_left(other, token + low)
                if i == len(other) or other[i] >= token + high:
                    break
            else:
                if self.fixed:  # no optional tokens: one place a match can start and end
                    first, last = token - offset, token - offset + len(steps)
                    if first >= 0 and last <= len(words) and _takes_every_step(steps, words, first):
                        found.append((key, first, last))
                    continue
                # The match starts `offset` tokens before the anchor, fewer by the optional
                # tokens before it that it leaves out.
                for first in range(max(0, token - offset), token - offset + skippable + 1):
                    found.extend((key, first, last) for last in _step_ends(steps, words, first))


@dataclass(frozen=True)
class _AnchorChoice:
    """A pattern's required token as the one its search starts from, with what follows
    from the pattern for a match holding it."""

    test: int  # its test id
    offset: int  # its place in the pattern
    skippable: int  # optional tokens before it, which a match may leave out
    reaches: tuple[tuple[int, int, int], ...]  # (test, low, high): each other required token lies in [anchor + low, anchor + high)


def _anchor_choices(anchors: list[tuple[int, int]], optional_before: tuple[int, ...]) -> tuple[_AnchorChoice, ...]:
    """One choice per required token (`anchors`: (offset, test id)), in pattern order.
    Another required token lies its distance in the pattern from the anchor, shortened by
    up to the number of optional tokens between them that a match leaves out."""
    choices = []
    for offset, test in anchors:
        reaches = []
        for at, other in anchors:
            if at == offset:
                continue
            between = abs(optional_before[at] - optional_before[offset])
            nearest = at - offset - between if at > offset else at - offset
            reaches.append((other, nearest, nearest + between + 1))
        choices.append(_AnchorChoice(test, offset, optional_before[offset], tuple(reaches)))
    return tuple(choices)


def _takes_every_step(steps, words: list[int], first: int) -> bool:
    """Whether the words from `first` on pass each step in turn (the words are there)."""
    for passes, _ in steps:
        if not passes[words[first]]:
            return False
        first += 1
    return True


def _step_ends(steps, words: list[int], first: int) -> Iterable[int]:
    """Where the matches of a pattern that start at token `first` end: the positions
    reachable by taking each step (and skipping or taking each optional one), as spaCy's
    Matcher reports every such match of a pattern without repeats."""
    # One way on while no optional token can be taken (the usual case): no sets.
    size = len(words)
    p = first
    for index, (passes, optional) in enumerate(steps):
        if p < size and passes[words[p]]:
            if optional:  # skipped or taken: two ways on from here
                return _step_ends_from(steps, index + 1, words, {p, p + 1}, first)
            p += 1
        elif not optional:
            return ()
    return (p,) if p != first else ()


def _step_ends_from(steps, index: int, words: list[int], ends: set[int], first: int) -> set[int]:
    """_step_ends from step `index` on, with `ends` the positions reached so far."""
    size = len(words)
    for passes, optional in steps[index:]:
        taken = {p + 1 for p in ends if p < size and passes[words[p]]}
        ends = ends | taken if optional else taken
        if not ends:
            return ends
    ends.discard(first)  # no empty match (every anchored pattern has a required token anyway)
    return ends


def _tokens_by_doc(tokens: list[int], starts: list[int]) -> Iterator[tuple[int, int, list[int]]]:
    """(Doc index, where its words start, its tokens counted from its start) for the Docs
    that the ascending `tokens` fall in."""
    i = -1
    in_doc: list[int] = []
    for token in tokens:
        if i < 0 or (i + 1 < len(starts) and token >= starts[i + 1]):
            if in_doc:
                yield i, starts[i], in_doc
            i, in_doc = bisect_right(starts, token) - 1, []
        in_doc.append(token - starts[i])
    if in_doc:
        yield i, starts[i], in_doc


def _any_between(tokens: list[int], start: int, end: int) -> bool:
    """Whether the ascending `tokens` hold one in [start, end)."""
    i = bisect_left(tokens, start)
    return i < len(tokens) and tokens[i] < end


def _windows(tokens: list[int], offset: int, length: int, size: int) -> Iterator[tuple[int, int]]:
    """The stretches a match could lie in, given ascending positions of the token at
    `offset` in a pattern of `length` tokens; overlapping stretches are merged."""
    current: Optional[list[int]] = None
    for token in tokens:
        start, end = max(0, token - offset), min(size, token - offset + length)
        if current is not None and start <= current[1]:
            current[1] = end
            continue
        if current is not None:
            yield current[0], current[1]
        current = [start, end]
    if current is not None:
        yield current[0], current[1]


_WORD_ATTRS = {"LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH", "SHAPE": "SHAPE"}  # TEXT is ORTH to spaCy
_FLAG_ATTR = re.compile(r"LIKE_NUM|IS_DIGIT|FLAG\d+")  # lexeme flags: word-list flags and numbers
# Lexeme flags spaCy's Matcher reads from the word (spacy.attrs IDS 1-18, and FLAG19-FLAG63).
_WORD_FLAGS = re.compile(r"IS_ALPHA|IS_ASCII|IS_DIGIT|IS_LOWER|IS_PUNCT|IS_SPACE|IS_TITLE|IS_UPPER|LIKE_URL|LIKE_NUM"
                         r"|LIKE_EMAIL|IS_STOP|IS_BRACKET|IS_QUOTE|IS_LEFT_PUNCT|IS_RIGHT_PUNCT|IS_CURRENCY|FLAG\d+")
_WORD_STRINGS = {"ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "SHAPE": "shape_", "PREFIX": "prefix_", "SUFFIX": "suffix_"}


def _required_tests(written, run) -> list[tuple[int, tuple]]:
    """(offset, test) for each token a pattern cannot match without, where the test is a
    necessary condition on that token: ("LOWER" | "ORTH" | "SHAPE", words) or ("FLAG",
    lexeme flag attribute). `written` is the pattern as in the lexicon, `run` as the
    Matcher runs it (word lists turned into flags). Empty if there is no such token, or if
    a token may repeat ("+", "*", "{n,m}"): then a match has no longest length."""
    required = []
    for offset, (spec, run_spec) in enumerate(zip(written, run)):
        op = spec.get("OP")
        if op not in (None, "?"):
            return []
        test = _token_test(spec, run_spec) if op is None else None
        if test:
            required.append((offset, test))
    return required


def _token_test(spec: dict, run_spec: dict) -> Optional[tuple]:
    """A cheap necessary condition for one token spec, or None. A word list is looked up
    by word; other tests only when spaCy keeps them as a lexeme flag (a number, a regex),
    or a regex on the word's text."""
    from spacy.attrs import IDS

    for attr, value in spec.items():
        words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) and list(value) == ["IN"] else None
        if attr in _WORD_ATTRS and isinstance(words, list) and words and all(isinstance(w, str) for w in words):
            return (_WORD_ATTRS[attr], frozenset(words))
    for attr, value in run_spec.items():
        if _FLAG_ATTR.fullmatch(attr) and value is True:
            return ("FLAG", IDS[attr])
    for attr, value in run_spec.items():  # a regex left without a flag (all 45 taken)
        if attr in _WORD_STRINGS and isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
            return ("REGEX", (_WORD_STRINGS[attr], value["REGEX"]))
    return None


class _TokenTests:
    """The required-token tests of all anchored patterns, and where each passes in a Doc.

    Every test (a word list on LOWER, ORTH or SHAPE, or a lexeme flag) depends only on
    the word, so the tests a word passes are worked out once per word and kept."""

    WORD_ATTRS = ("LOWER", "ORTH", "SHAPE")
    MAX_WORDS = 200_000  # bounds the per-word memo in a long-lived worker

    def __init__(self, vocab):
        self.vocab = vocab
        self.ids: dict[tuple, int] = {}
        self.by_word: dict[str, dict[int, list[int]]] = {attr: {} for attr in self.WORD_ATTRS}
        self.flags: list[tuple[int, int]] = []  # (flag attribute, test id)
        self.flag_tests: set[int] = set()  # the ids of the flag tests
        self.regexes: list[tuple[str, Callable, int]] = []  # (lexeme string attribute, regex search, test id)
        self._passed: dict[int, tuple[int, ...]] = {}  # word (ORTH id) → ids of the tests it passes

    def id(self, test: tuple) -> int:
        if test not in self.ids:
            self._passed.clear()
            self.ids[test] = test_id = len(self.ids)
            kind, value = test
            if kind == "FLAG":
                self.flags.append((value, test_id))
                self.flag_tests.add(test_id)
            elif kind == "REGEX":
                view, regex = value
                self.regexes.append((view, re.compile(regex).search, test_id))
            else:
                for word in value:  # keyed by the id spaCy gives the token attribute's string
                    self.by_word[kind].setdefault(self.vocab.strings.add(word), []).append(test_id)
        return self.ids[test]

    def positions(self, words: list[int]) -> dict[int, list[int]]:
        """test id → ascending token positions where the test passes, given each token's ORTH id."""
        passed = self._passed
        if len(passed) > self.MAX_WORDS:
            passed.clear()
        # Where each word is, then each word's tests once: a plan's ~17k tokens are ~3k
        # words, and a common word passes several tests.
        where: dict[int, list[int]] = defaultdict(list)
        for token, orth in enumerate(words):
            where[orth].append(token)
        positions: dict[int, list[int]] = defaultdict(list)
        for orth, tokens in where.items():
            tests = passed.get(orth)
            if tests is None:
                tests = passed[orth] = self._tests_passed_by(orth)
            for test in tests:
                positions[test] += tokens
        for tokens in positions.values():
            tokens.sort()
        return positions

    def _tests_passed_by(self, orth: int) -> tuple[int, ...]:
        lexeme = self.vocab[orth]
        values = {"LOWER": lexeme.lower, "ORTH": lexeme.orth, "SHAPE": lexeme.shape}
        tests = [test for attr in self.WORD_ATTRS for test in self.by_word[attr].get(values[attr], ())]
        tests += [test for flag, test in self.flags if lexeme.check_flag(flag)]
        tests += [test for view, search, test in self.regexes if search(getattr(lexeme, view)) is not None]
        return tuple(tests)


class _WordTest(dict):
    """One token spec of a pattern whose every test depends only on the word: ORTH id →
    whether the word passes, as spaCy's Matcher would answer, worked out the first time
    the word is looked up (a dict, so a known word costs one look-up and no call)."""

    MAX_WORDS = 200_000  # bounds the memo in a long-lived worker

    def __init__(self, vocab, checks: list[Callable[[object], bool]]):
        super().__init__()
        self.vocab = vocab
        self.checks = checks

    def __missing__(self, orth: int) -> bool:
        if len(self) > self.MAX_WORDS:
            self.clear()
        lexeme = self.vocab[orth]
        passed = self[orth] = all(check(lexeme) for check in self.checks)
        return passed


def _word_steps(vocab, pattern: list[dict], shared: dict[str, _WordTest]) -> Optional[tuple[tuple[_WordTest, bool], ...]]:
    """(test, optional) for each token of a pattern without repeats, or None if a test
    depends on more than the word (IS_SENT_START, NORM, a comparison …). `shared` holds
    the tests made so far, by spec, so patterns share their per-word memos."""
    steps = []
    for spec in pattern:
        if spec.get("OP") not in (None, "?"):
            return None
        tests = {attr: value for attr, value in spec.items() if attr != "OP"}
        key = repr(sorted(tests.items()))
        if key not in shared:
            checks = [_word_check(attr, value) for attr, value in tests.items()]
            if not all(checks):
                return None
            shared[key] = _WordTest(vocab, checks)
        steps.append((shared[key], spec.get("OP") == "?"))
    return tuple(steps)


def _word_check(attr: str, value) -> Optional[Callable[[object], bool]]:
    """A lexeme → bool function giving the Matcher's answer for one attribute's test, or
    None if the test is not one on the word alone that this knows."""
    from spacy.attrs import IDS

    if _WORD_FLAGS.fullmatch(attr) and isinstance(value, bool):
        flag = IDS[attr]
        return lambda lexeme: lexeme.check_flag(flag) == value
    view = _WORD_STRINGS.get(attr)
    if view is None:
        return None
    if isinstance(value, str):
        return lambda lexeme: getattr(lexeme, view) == value
    if not isinstance(value, dict) or not value:
        return None
    checks = []
    for op, arg in value.items():
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            words, wanted = frozenset(arg), op == "IN"
            checks.append(lambda lexeme, words=words, wanted=wanted: (getattr(lexeme, view) in words) == wanted)
        elif op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            checks.append(lambda lexeme, search=search: search(getattr(lexeme, view)) is not None)
        else:
            return None
    return lambda lexeme: all(check(lexeme) for check in checks)


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


def _add_flags(vocab, getters: dict[int, Callable[[str], bool]]) -> None:
    """`vocab.add_flag(getter, flag_id)` for each flag, in one pass over the words already
    in the vocabulary rather than one pass per flag (which was a third of start-up)."""
    for lexeme in vocab:
        word = lexeme.orth_
        for flag_id, getter in getters.items():
            lexeme.set_flag(flag_id, getter(word))
    vocab.lex_attr_getters.update(getters)  # words added later get the flags from these


@lru_cache(maxsize=256)
def _word_shape(word: str) -> str:
    # Cached: each SHAPE flag asks for a new word's shape in turn, and word_shape is slow.
    from spacy.lang.lex_attrs import word_shape

    return word_shape(word)


def _flag_getter(test):
    op, attr, arg = test
    view = {"LOWER": str.lower, "TEXT": str, "ORTH": str, "SHAPE": _word_shape}[attr]
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda word: search(view(word)) is not None
    return lambda word: view(word) in arg  # NOT_IN is the flag being False
