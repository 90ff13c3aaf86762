"""Soft hyphens for words too long for their column (Russian and Latin syllables).

Qt breaks a line at a soft hyphen (U+00AD) and prints a visible «-» there, so a
word wider than a narrow column is split at a syllable boundary with a hyphen —
as Word and LibreOffice do with hyphenation on — instead of at an arbitrary
letter with no mark. :func:`hyphenate_text` marks every long word, as a word
processor's automatic hyphenation would (the PDF's cells, the DOCX's fixed
header texts, so that they break the same with or without the reader's
dictionary); :func:`hyphenate_long_words` marks only the words that do not fit. The rules are P. Khmelev's well-known syllable patterns
for Russian (vowel/consonant/«йьъ» classes); a few breaks they allow are not
dictionary-perfect, which is acceptable for a last resort.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["SOFT_HYPHEN", "hyphenate_long_words", "hyphenate_text", "hyphenate_word"]

SOFT_HYPHEN = "\u00ad"

_VOWELS = set("аеёиоуыэюяaeiouy")
_CONSONANTS = set("бвгджзклмнпрстфхцчшщbcdfghjklmnpqrstvwxz")
_SIGNS = set("йьъ")

# (left, right): a break is allowed where the letters' classes left of the gap end
# with ``left`` and those right of it start with ``right`` (g vowel, s consonant, x «йьъ»).
_RULES: tuple[tuple[str, str], ...] = (
    ("x", "gg"), ("x", "gs"), ("x", "sg"), ("x", "ss"),
    ("gs", "ssg"), ("gss", "sg"), ("sg", "sg"), ("gs", "sg"), ("sg", "gg"), ("sg", "gs"),
)
_MIN_PART = 2  # letters kept on each side, so that no line starts or ends with one letter
_WORD = re.compile(r"[^\s\-\u00ad/]+")


def _cls(ch: str) -> str:
    low = ch.lower()
    if low in _VOWELS:
        return "g"
    if low in _SIGNS:
        return "x"
    if low in _CONSONANTS:
        return "s"
    return "?"


@lru_cache(maxsize=65536)  # a report repeats its words: hyphenate each once
def hyphenate_word(word: str) -> str:
    """``word`` with soft hyphens at the syllable breaks the rules allow."""
    classes = "".join(_cls(c) for c in word)
    breaks = [
        i for i in range(_MIN_PART, len(word) - _MIN_PART + 1)
        if any(classes[:i].endswith(left) and classes[i:].startswith(right)
               for left, right in _RULES)
    ]
    # Two rules may both fire around a consonant cluster («чес|т|ва»); a piece
    # with no vowel is not a syllable, so such a break is dropped.
    kept: list[int] = []
    for i in breaks:
        start = kept[-1] if kept else 0
        if "g" in classes[start:i] and "g" in classes[i:]:
            kept.append(i)
    out = word
    for i in reversed(kept):
        out = out[:i] + SOFT_HYPHEN + out[i:]
    return out


def hyphenate_long_words(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` with soft hyphens in every word for which ``fits(word)`` is false."""
    if SOFT_HYPHEN in text:
        return text  # the author placed the breaks already
    return _WORD.sub(lambda m: m.group(0) if fits(m.group(0)) else hyphenate_word(m.group(0)),
                     text)


HYPHENATE_FROM = 6  # letters; shorter words are moved to the next line whole


def hyphenate_text(text: str) -> str:
    """``text`` with soft hyphens in every word of HYPHENATE_FROM letters or more."""
    return hyphenate_long_words(text, lambda word: len(word) < HYPHENATE_FROM)
