"""Matching typed names to stored ones: case, spacing, quotes, dashes, a lost space."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

_QUOTE_CHARS = "«»„“”‟‘’'`"
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")


def match_key(text: str) -> str:
    """A key under which spellings of one name coincide.

    Whitespace is removed altogether, so «АдминистрациейВладимирской» and
    «Администрацией Владимирской» meet; «ё» is read as «е».
    """
    # NFKC writes «№» as "No"; written so first, most texts pass normalize()'s quick
    # check and come back as they are instead of being decomposed and recomposed whole
    # (an export's titles nearly all carry a number sign: a third of this function's time).
    if "№" in text:
        text = text.replace("№", "No")
    text = unicodedata.normalize("NFKC", text)
    # str.translate with a dict table goes character by character through Python
    # objects; a replace per quote that is present is ~50× faster on long texts.
    for quote in _QUOTE_CHARS:
        if quote in text:
            text = text.replace(quote, '"')
    text = _DASHES.sub("-", text).lower().replace("ё", "е")
    # str.split() and the regex \s take the same characters for space (both
    # str.isspace()); split-and-join is twice as fast as re.sub on long texts.
    return "".join(text.split())
# NUL is stable under NFKC (never composes, never decomposes), uncased and not a space:
# texts joined by it give the keys joined by it.
_JOIN = "\x00"


def match_keys(texts: Iterable[str]) -> dict[str, str]:
    """``match_key`` of each of ``texts``, computed over all of them joined: an export's
    10,000 distinct titles cost a few calls in C instead of 10,000 rounds of six."""
    distinct = list(dict.fromkeys(texts))
    if not distinct:  # "".split() would give one key for no text
        return {}
    if any(_JOIN in t for t in distinct):
        return {t: match_key(t) for t in distinct}
    return dict(zip(distinct, match_key(_JOIN.join(distinct)).split(_JOIN), strict=True))


_NUMBERS = re.compile(r"\d+")


def numbers_agree(a: str, b: str) -> bool:
    """Whether two names carry the same numbers and dates, in the same order.

    «Департамент … № 6» and «… № 1», or an agreement «от 12.03.2015 № 15» and
    one «от 01.02.2019 № 27», are different records however alike the words;
    leading zeros do not matter («01.02» is «1.2»).
    """
    return [int(n) for n in _NUMBERS.findall(a)] == [int(n) for n in _NUMBERS.findall(b)]


def best_match(
    text: str, candidates: Iterable[tuple[str, T]], cutoff: float = 0.9
) -> tuple[T | None, float]:
    """The candidate whose name matches ``text``: exact key first, then the closest.

    Returns the candidate's value and the similarity (1.0 for an exact key).
    A close spelling with other numbers or dates (:func:`numbers_agree`) is
    never a match; its similarity is still returned, for a suggestion.
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
    if best[1] >= cutoff and best[0] is not None:
        # The closest is checked for numbers only: cheaper than for every candidate.
        chosen = next(c for c, v in pool if v is best[0])
        if numbers_agree(key, chosen):
            return best
        agreeing = [
            (difflib.SequenceMatcher(None, key, c, autojunk=False).ratio(), v)
            for c, v in pool if numbers_agree(key, c)
        ]
        top = max(agreeing, key=lambda rv: rv[0], default=(0.0, None))
        if top[0] >= cutoff:
            return top[1], top[0]
    return None, best[1]
