"""What a report table's column means, from the words of its header.

Offices head the same column in many ways («Сроки», «Срок исполнения»,
«Дата проведения»; «Соглашение», «Наименование соглашения», «В рамках
какого документа»), wrap the words over lines, hyphenate them by hand, add
notes in parentheses. A header is matched here on word stems, after a
clean-up that makes those spellings meet. No Qt, no I/O.

Field names are the ones :mod:`table_rows` reads into a row, plus
``timing_start``/``timing_end`` (two date columns) and ``timing_place`` (one
«срок и место» column); :data:`CLI_FIELDS` are the names a user types in
``--columns``.
"""

from __future__ import annotations

import re

# Stems per field, checked in this order: a later field's words occur in the
# headers of earlier ones («Содержание и результат мероприятия» names a result,
# not a title; «Наименование соглашения» an agreement).
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("note", ("примечани", "отметк", "статус", "причин")),
    ("count", ("количеств", "численност", "число участник", "кол-во", "колво")),
    ("department", ("департамент", "орган исполнительн", "исполнител", "ответственн",
                    "структурн", "подразделени", "ведомств", "управлени", "министерств")),
    ("agreements", ("соглашени", "документ", "в рамках", "договор ", "договора", "меморандум")),
    ("result", ("содержани", "результат", "итог", "информация о", "ход выполн", "договоренност",
                "описани")),
    ("participants", ("участник", "состав делегац")),
    ("timing_place", ()),  # decided in field_of: both a date word and «место»
    ("timing_start", ()),
    ("timing_end", ()),
    ("timing", ("срок", "дата", "период", "время провед", "когда")),
    ("place", ("место", "мест ", "где ")),
    ("partner", ("партнер", "субъект", "регион", "иностранн", "государств", "страна")),
    ("title", ("наименовани", "мероприяти", "тема", "название")),
)
_DATE_WORDS = ("срок", "дата", "период")
_NUMBER_HEADERS = {"№", "n", "no", "nо", "номер", "пп", "№пп", "nпп", "noпп", "nопп", "номерпп"}

FIELD_TITLES = {
    "number": "№ п/п",
    "agreements": "соглашение",
    "partner": "партнёр",
    "title": "наименование мероприятия",
    "timing": "сроки",
    "timing_start": "дата начала",
    "timing_end": "дата окончания",
    "timing_place": "срок и место",
    "place": "место",
    "participants": "участники",
    "count": "количество участников",
    "result": "результат",
    "note": "примечание",
    "department": "департамент",
}
# The names a user types in `--columns` (and the window's chooser offers), → field.
CLI_FIELDS = {
    "number": "number", "agreement": "agreements", "partner": "partner", "title": "title",
    "dates": "timing", "start": "timing_start", "end": "timing_end",
    "dates_place": "timing_place", "place": "place", "participants": "participants",
    "counts": "count", "result": "result", "note": "note", "department": "department",
    "skip": "",
}
CLI_NAMES = {field: name for name, field in CLI_FIELDS.items() if field}
# Without these two an event cannot be read; everything else may be absent.
NEEDED = ("title", "timing")

_SOFT = re.compile("[\u00ad\u200b\u2060\ufeff]")
_PARENS = re.compile(r"\([^()]*\)|\[[^\]]*\]")


def normalize_header(text: str) -> str:
    """Lower case, «ё» → «е», words hyphenated by hand joined, one space between words."""
    s = _SOFT.sub("", text).replace("ё", "е").replace("Ё", "Е").lower()
    s = re.sub(r"(?<=[а-яa-z])-\s*\n\s*(?=[а-яa-z])", "", s)  # «мероприя-\nтия»
    s = re.sub(r"(?<=[а-я])-(?=[а-я]{2,}\b)(?!партнер)", "", s)  # «запланирова-нных»
    s = re.sub(r"[\s\u00a0]+", " ", s)
    s = s.replace("№", " № ").replace("n°", " № ")
    return re.sub(r" +", " ", s).strip(" .,:;*")


def _is_number_header(s: str) -> bool:
    compact = re.sub(r"[\s./\\,]", "", s)
    return compact in _NUMBER_HEADERS or (compact.startswith("№") and len(compact) <= 5)


def field_of(text: str) -> str | None:
    """The field a header text names, or None when its words say nothing known."""
    s = normalize_header(text)
    if not s:
        return None
    if _is_number_header(s):
        return "number"
    # A note in parentheses explains the column; the words before it name it.
    plain = _PARENS.sub(" ", s).strip()
    for candidate in (plain, s) if plain and plain != s else (s,):
        found = _field_of_words(f" {candidate} ")
        if found:
            return found
    return None


def _field_of_words(s: str) -> str | None:
    dated = any(w in s for w in _DATE_WORDS)
    for name, stems in _RULES:
        if name == "timing_place":
            if dated and "мест" in s and "участ" not in s:
                return name
            continue
        if name == "timing_start":
            if "начал" in s and (dated or s.strip().startswith("начал")):
                return name
            continue
        if name == "timing_end":
            if ("окончани" in s or "завершени" in s) and (dated or len(s) < 14):
                return name
            continue
        if name == "result" and "отметк" in s:
            continue
        if any(stem in s for stem in stems):
            return name
    return None


def parse_columns(spec: str) -> dict[int, str]:
    """`--columns "2=agreement,3=title"` → {1: "agreements", 2: "title"} (0-based columns).

    Raises ValueError with a plain-Russian message for anything else.
    """
    columns: dict[int, str] = {}
    for part in filter(None, (p.strip() for p in re.split(r"[,;]", spec))):
        number, sep, name = part.partition("=")
        if not sep or not number.strip().isdigit() or int(number) < 1:
            raise ValueError(
                f"«{part}»: ожидается НОМЕР=ПОЛЕ, например «3=title» (столбцы считаются с 1)"
            )
        key = name.strip().lower()
        if key not in CLI_FIELDS:
            raise ValueError(
                f"«{name.strip()}» — неизвестное поле; возможные: " + ", ".join(CLI_FIELDS)
            )
        if CLI_FIELDS[key]:
            columns[int(number) - 1] = CLI_FIELDS[key]
    return columns


def format_columns(columns: dict[int, str]) -> str:
    """The inverse of :func:`parse_columns`: the text a user would type."""
    return ",".join(f"{col + 1}={CLI_NAMES[f]}" for col, f in sorted(columns.items()) if f)


def header_signature(texts: list[str]) -> str:
    """A key under which the same header layout meets again (for a remembered mapping)."""
    return "|".join(normalize_header(t) for t in texts)
