"""The spaCy pipeline: a blank English tokenizer, a sentencizer and the lexicon matcher.

Lexicons are YAML data (see checks/lexicons/). Literal phrases go into one PhraseMatcher
on lower-cased text (about 1 ms for hundreds of phrases); token patterns go into one
Matcher. Each match is labelled with its lexicon category, so checks ask "does this item
state a frequency?" rather than running regexes of their own. A category may list
`exclude` phrases: a hit inside one of them is dropped (the law file's false-positive
guards, e.g. "regular class" is not vague "regular").

Build the pipeline once per process with `build_nlp`; it is expensive (~1.5 s import).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

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


@dataclass
class Matches:
    """The lexicon hits in one piece of text, by category."""

    hits: list[Hit] = field(default_factory=list)

    def has(self, *categories: str) -> bool:
        return any(h.category in categories for h in self.hits)

    def get(self, *categories: str) -> list[Hit]:
        return [h for h in self.hits if h.category in categories]

    def within(self, start: int, end: int) -> "Matches":
        return Matches([h for h in self.hits if h.start >= start and h.end <= end])


class Analyzer:
    """Tokenises text and finds lexicon hits. One per process; reuse it for every plan."""

    def __init__(self, lexicons: Mapping[str, Lexicon]):
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self.nlp = spacy.blank("en")
        # Split a time unit off its number ("20mins", "1hr"), as spaCy already does for "5km",
        # so lexicon patterns see "20" + "mins".
        suffixes = list(self.nlp.Defaults.suffixes) + [r"(?<=[0-9])(?:minutes?|mins?|hours?|hrs?)"]
        self.nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        self.nlp.add_pipe("sentencizer")
        self.lexicons = dict(lexicons)
        self.problems: list[str] = []  # lexicons that could not be compiled, reported on every plan
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.patterns = Matcher(self.nlp.vocab)
        for lex in self.lexicons.values():
            if lex.phrases:
                self.phrases.add(lex.category, list(self.nlp.tokenizer.pipe(lex.phrases)))
            if lex.exclude:
                self.phrases.add(lex.category + EXCLUDE_SUFFIX, list(self.nlp.tokenizer.pipe(lex.exclude)))
            if lex.patterns:
                try:
                    self.patterns.add(lex.category, [list(p) for _, p in lex.patterns])
                except Exception as exc:  # a bad token pattern in one lexicon must not stop the rest
                    self.problems.append(f"lexicon {lex.category}: a token pattern is not valid ({type(exc).__name__})")

    def pipe(self, texts: Iterable[str]):
        """spaCy Docs for many texts at once (tokenizer + sentencizer)."""
        return self.nlp.pipe(texts, batch_size=64)

    def matches(self, doc) -> Matches:
        """Every lexicon hit in a Doc, minus hits inside that category's exclusions."""
        spans: list[tuple[str, int, int]] = []
        excluded: dict[str, list[tuple[int, int]]] = {}
        vocab = self.nlp.vocab.strings
        found = list(self.phrases(doc)) if len(self.phrases) else []
        if len(self.patterns):
            found += self.patterns(doc)
        for match_id, start, end in found:
            label = vocab[match_id]
            span = doc[start:end]
            if label.endswith(EXCLUDE_SUFFIX):
                excluded.setdefault(label[: -len(EXCLUDE_SUFFIX)], []).append((span.start_char, span.end_char))
            else:
                spans.append((label, span.start_char, span.end_char))
        text = doc.text  # spaCy rebuilds Doc.text from every token on each access
        hits = [
            Hit(cat, s, e, text[s:e])
            for cat, s, e in sorted(set(spans), key=lambda t: (t[1], t[2], t[0]))
            if not any(xs <= s and e <= xe for xs, xe in excluded.get(cat, ()))
        ]
        return Matches(hits)

    def analyse(self, text: str) -> Matches:
        return self.matches(self.nlp(text))
