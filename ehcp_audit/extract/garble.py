"""Is a page's text real English, or the output of a font with a wrong character map?

A PDF font can draw the right letters while mapping them to the wrong characters (a
shifted or missing /ToUnicode map): the page looks fine on screen and extracts as
"Tfdujpo G" for "Section F", or as unmapped glyph codes. No parser raises an error on
this, so the check looks at the text itself:

- unmapped glyphs: U+FFFD, control characters, private-use code points outside the
  symbol-font range Word uses for bullets and tick boxes, and pdfminer's "(cid:N)";
- words and letters: almost none of the page's words is a common English word AND its
  letter mix is far from English (data and measured scores in data/english.yaml).

The check costs well under a millisecond a page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

MIN_CHARS = 40  # pages shorter than this are not judged: too little evidence
MAX_BAD_SHARE = 0.05  # share of characters that are unmapped glyphs
MIN_WORDS = 40
MIN_COMMON_SHARE = 0.05  # real plan pages score 13% or more; shifted text 0%
MIN_LETTERS = 100
MIN_ENGLISH_FIT = 0.05  # English ~0.066, plan pages >= 0.059; shifted text 0.032-0.039
CID_TOKEN_WEIGHT = 8  # "(cid:123)" stands for one glyph but is about 8 characters long

_WORD = re.compile(r"[A-Za-z]{2,}")
# U+F000-U+F0FF is the symbol-font range (bullets, ticks) and is left out on purpose;
# U+FFFE is PDFium's line-break hyphen marker.
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uefff\uf100-\uf8ff]")
_CID = re.compile(r"\(cid:\d+\)")
_SPACE = re.compile(r"\s")
_LETTER = re.compile(r"[a-z]")


@dataclass(frozen=True)
class English:
    words: frozenset
    letters: dict  # letter -> share of English text (sums to 1)


@lru_cache(maxsize=1)
def english() -> English:
    """The word list and letter frequencies from data/english.yaml, loaded once per process."""
    from importlib import resources

    import yaml

    text = resources.files("ehcp_audit").joinpath("data/english.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    total = float(sum(data["letter_frequencies"].values()))
    letters = {str(k): float(v) / total for k, v in data["letter_frequencies"].items()}
    return English(frozenset(str(w).lower() for w in data["words"]), letters)


def is_garbled(text: str) -> bool:
    """True when the text is most likely not what the page shows."""
    visible = len(text) - len(_SPACE.findall(text))
    if visible < MIN_CHARS:
        return False
    bad = len(_BAD_CHAR.findall(text)) + CID_TOKEN_WEIGHT * len(_CID.findall(text))
    if bad / visible > MAX_BAD_SHARE:
        return True
    return few_common_words(text) and unlike_english_letters(text)


def few_common_words(text: str) -> bool:
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    known = english().words
    return sum(1 for w in words if w.lower() in known) / len(words) < MIN_COMMON_SHARE


def unlike_english_letters(text: str) -> bool:
    counts = Counter(_LETTER.findall(text.lower()))
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return False
    shares = english().letters
    fit = sum(n * shares.get(letter, 0.0) for letter, n in counts.items()) / total
    return fit < MIN_ENGLISH_FIT
