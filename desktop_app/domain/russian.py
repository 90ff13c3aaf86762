"""Russian words shared by report periods and «Сроки» phrases.

Month names in the three cases the report needs, Roman numerals for quarters
and half-years, and the text normalisation that makes typed phrases
comparable (any dash becomes «-», «ё» becomes «е», non-breaking and
zero-width spaces disappear). Plain functions: no Qt, no I/O.
"""

from __future__ import annotations

import re

__all__ = [
    "MONTHS_GENITIVE",
    "MONTHS_NOMINATIVE",
    "MONTHS_PREPOSITIONAL",
    "from_roman",
    "month_from_word",
    "normalize_dashes",
    "normalize_spaces",
    "ordinal_from_word",
    "to_roman",
]

# Index 0 is unused so that MONTHS_NOMINATIVE[1] is «январь».
MONTHS_NOMINATIVE: tuple[str, ...] = (
    "",
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
MONTHS_GENITIVE: tuple[str, ...] = (
    "",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_PREPOSITIONAL: tuple[str, ...] = (
    "",
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)

# Stems of the full month names; any case ending of at most three letters may follow.
_MONTH_STEMS: tuple[tuple[str, int], ...] = (
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
)
_MONTH_EXACT: dict[str, int] = {
    # «май» declines irregularly; its stem «ма» is too short to match by prefix.
    "май": 5,
    "мая": 5,
    "мае": 5,
    "маю": 5,
    "маем": 5,
    # Usual abbreviations.
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}


def month_from_word(word: str) -> int | None:
    """The month number (1–12) of a Russian month word in any case, or ``None``.

    Accepts full names in any grammatical case («март», «марта», «марте»),
    capitalised or not, with «ё» or «е», and the usual abbreviations with or
    without a dot («фев.», «сент»).
    """
    w = word.strip().lower().replace("ё", "е").rstrip(".")
    if w in _MONTH_EXACT:
        return _MONTH_EXACT[w]
    for stem, number in _MONTH_STEMS:
        ending = w[len(stem) :]
        if w.startswith(stem) and len(ending) <= 3 and (not ending or ending.isalpha()):
            return number
    return None


_ROMAN_VALUES: tuple[tuple[int, str], ...] = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def to_roman(number: int) -> str:
    """``4`` → ``"IV"``. Raises ``ValueError`` outside 1–3999."""
    if not 1 <= number <= 3999:
        raise ValueError(f"Римской цифрой записываются числа от 1 до 3999, а не {number}")
    parts: list[str] = []
    rest = number
    for value, letters in _ROMAN_VALUES:
        count, rest = divmod(rest, value)
        parts.append(letters * count)
    return "".join(parts)


# Cyrillic letters that look like Roman digits and get typed instead of them.
_LOOKALIKES = str.maketrans({"І": "I", "і": "I", "Х": "X", "х": "X"})


def from_roman(text: str) -> int:
    """``"iv"`` → ``4``: case-insensitive, strict (``"IIII"`` is rejected).

    Cyrillic look-alikes («І», «Х») are accepted. Raises ``ValueError``.
    """
    letters = text.strip().translate(_LOOKALIKES).upper()
    if not letters or any(ch not in "MDCLXVI" for ch in letters):
        raise ValueError(f"«{text}» — не римское число")
    values = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
    total = 0
    for index, ch in enumerate(letters):
        value = values[ch]
        following = values[letters[index + 1]] if index + 1 < len(letters) else 0
        total += -value if value < following else value
    if total < 1 or to_roman(total) != letters:
        raise ValueError(f"«{text}» — не римское число")
    return total


_ORDINAL_STEMS: tuple[tuple[str, int], ...] = (
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четверт", 4),
)


def ordinal_from_word(word: str) -> int | None:
    """A number written as a digit, a Roman numeral or an ordinal word, or ``None``.

    ``"2"``, ``"II"``, ``"второй"``, ``"второго"``, ``"2-й"`` → ``2``. Only
    the ordinal words «первый» … «четвертый» are known: enough for quarters
    and half-years.
    """
    w = word.strip().lower().replace("ё", "е")
    w = re.sub(r"\s*-?\s*(?:ый|ий|ой|й|го|ого|е|ое|м|ом)$", "", w) if w[:1].isdigit() else w
    if w.isdigit():
        return int(w)
    for stem, number in _ORDINAL_STEMS:
        if w.startswith(stem):
            return number
    try:
        return from_roman(w)
    except ValueError:
        return None


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d-"
_DASH_RE = re.compile(f"[{re.escape(_DASHES)}]")
# Spaces Word and web pages leave behind; zero-width ones and the soft hyphen vanish.
_SPACE_RE = re.compile(r"[\s\u00a0\u2007\u202f\u2000-\u200a\u3000]+")
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalize_dashes(text: str, dash: str = "-") -> str:
    """Every hyphen, en dash, em dash and minus sign becomes ``dash``."""
    return _DASH_RE.sub(dash, text)


def has_invisible(text: str) -> bool:
    """Whether the text holds a soft hyphen or a zero-width character."""
    return _INVISIBLE_RE.search(text) is not None


def without_invisible(text: str) -> str:
    """The text without soft hyphens and zero-width characters (a reader of a DOCX drops
    them, and they change nothing a reader of the report sees)."""
    return _INVISIBLE_RE.sub("", text)


def normalize_spaces(text: str) -> str:
    """Removes invisible characters, turns any run of spaces into one space, trims."""
    return _SPACE_RE.sub(" ", without_invisible(text)).strip()
