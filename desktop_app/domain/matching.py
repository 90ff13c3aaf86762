"""Matching typed names to stored ones: case, spacing, quotes, dashes, a lost space."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

_QUOTES = str.maketrans({c: '"' for c in "«»„“”‟‘’'`"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")


def match_key(text: str) -> str:
    """A key under which spellings of one name coincide.

    Whitespace is removed altogether, so «АдминистрациейВладимирской» and
    «Администрацией Владимирской» meet; «ё» is read as «е».
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _DASHES.sub("-", text).lower().replace("ё", "е")
    return re.sub(r"\s+", "", text)


def best_match(
    text: str, candidates: Iterable[tuple[str, T]], cutoff: float = 0.9
) -> tuple[T | None, float]:
    """The candidate whose name matches ``text``: exact key first, then the closest.

    Returns the candidate's value and the similarity (1.0 for an exact key).
    """
    key = match_key(text)
    pool = [(match_key(name), value) for name, value in candidates]
    for cand_key, value in pool:
        if cand_key == key:
            return value, 1.0
    best: tuple[T | None, float] = (None, 0.0)
    for cand_key, value in pool:
        ratio = difflib.SequenceMatcher(None, key, cand_key, autojunk=False).ratio()
        if ratio > best[1]:
            best = (value, ratio)
    return best if best[1] >= cutoff else (None, best[1])
