"""Text clean-up shared by the PDF and DOCX readers.

PDF text carries typesetting artefacts that break phrase matching: ligature glyphs,
soft hyphens, line-break hyphen markers, private-use bullet glyphs and non-breaking
spaces. They are mapped here, in one place, so every reader and every check sees the
same text.
"""

from __future__ import annotations

import re
import unicodedata

LINE_BREAK_HYPHEN = "\ufffe"  # pdfium marks every hyphen at a line end with U+FFFE

_CHAR_MAP = str.maketrans(
    {
        "\u00ad": "",  # soft hyphen
        "\u200b": "",  # zero-width space
        "\ufeff": "",  # byte-order mark
        "\u00a0": " ",  # non-breaking space
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\uf0b7": "•",  # Word's Symbol-font bullet, read through a private-use code point
        "\uf0a7": "▪",
        "\uf0d8": "•",
        "\uf076": "•",
        "\u25cf": "•",
        "\u2022": "•",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\r": "",
    }
)

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_LIGATURE_RE = re.compile("[\ufb00-\ufb06]")
_SPACES = re.compile(r"[ \t\f\v]+")
BULLET_PREFIX = re.compile(r"^\s*(?:[•▪◦‣∙·o\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])\s+")
# "(xviii)Six half-day visits": a list marker set against its text by a hanging indent
_GLUED_MARKER = re.compile(r"(?m)^(\s*\((?:\d{1,2}|[a-z]|[ivx]{1,5})\))(?=[A-Z])")


# NFKC would make "2½ hours" read "21⁄2 hours" (twenty-one over two): a fraction after a
# number is written out with a space first ("2 1/2 hours")
_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}
_FRACTION_RE = re.compile(r"(\d?)([½¼¾⅓⅔])")


def clean(text: str) -> str:
    """Map typesetting characters to plain text; keep line breaks."""
    text = text.translate(_CHAR_MAP)
    if not text.isascii():  # most text is ASCII: no ligatures, and NFKC leaves it as it is
        text = _LIGATURE_RE.sub(lambda m: _LIGATURES[m.group()], text)
        text = _FRACTION_RE.sub(lambda m: (m.group(1) + " " if m.group(1) else "") + _FRACTIONS[m.group(2)], text)
        # NFKC folds compatibility forms (full-width letters, other ligatures) from fonts
        # that lack a ToUnicode map, without touching ordinary text.
        text = unicodedata.normalize("NFKC", text)
    return _GLUED_MARKER.sub(r"\1 ", text) if "(" in text else text


def collapse_spaces(text: str) -> str:
    """Collapse runs of spaces and tabs; strip each line."""
    if "\n" not in text:  # one line, the usual case
        return _SPACES.sub(" ", text).strip()
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip()


def join_hyphenated(head: str, tail: str, vocabulary: set[str]) -> str:
    """Re-join a word split at a line end (pdfium's U+FFFE marker).

    pdfium marks real hyphens too ("HCPC-" / "registered"), so the hyphen is kept when the
    hyphenated form is known from the document, or when the joined word is not known and
    either side looks like an acronym or number.
    """
    head_word = re.split(r"\W", head)[-1] if head else ""
    tail_word = re.split(r"\W", tail)[0] if tail else ""
    joined = (head_word + tail_word).lower()
    hyphenated = f"{head_word}-{tail_word}".lower()
    if joined in vocabulary:
        return head + tail
    if hyphenated in vocabulary:
        return head + "-" + tail
    if head_word[-1:].islower() and tail_word[:1].islower():
        return head + tail
    return head + "-" + tail
