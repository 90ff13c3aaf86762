"""What a report's non-table words say: section rows, a title, a «срок и место» cell.

Section rows name a period («4 квартал 2020 года»), a department, or an
agreement («1. Соглашение …», «По Соглашению …») that applies to the rows
below; a plan's title may name its one agreement. Plain text functions.
"""

from __future__ import annotations

import re

SECTION_NUMBER_RE = re.compile(
    r"^\s*(?:(?:раздел|глава)\s+)?(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5})[.)]?\s+", re.IGNORECASE
)
# «В рамках …», «По …», and a label before the title itself («Соглашение: Соглашение между…»).
_IN_FRAME_RE = re.compile(
    r"^\s*(?:в\s+рамках|по|(?:соглашени\w*|документ)\s*[:—–-]\s*(?=\S))\s*", re.IGNORECASE
)
DATE_LINE_RE = re.compile(
    r"\d{1,2}\.\d{1,2}|\d{4}|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|"
    r"ноябр|декабр|квартал|полугоди|течение|ежемесячн|еженедельн|постоянн",
    re.IGNORECASE,
)
_PERIOD_SECTION_RE = re.compile(
    r"квартал|полугоди|месяц|^\s*\d{4}\s*(год|г\.?)\s*$|^\s*(за\s+)?\d{4}", re.IGNORECASE
)
ORG_WORDS_RE = re.compile(
    r"департамент|управлени|комитет|министерств|аппарат|инспекци|агентств|служб", re.IGNORECASE
)
# A whole word, so that «Договорно-правовой отдел» stays a department.
_AGREEMENT_WORD_RE = re.compile(
    r"(?:(?:дву|тре|трё|четыре)хсторонн\w+\s+)?"
    r"(?:соглашени[еяйю]|договор[аыу]?|меморандум[аыу]?|протокол[аыу]?)(?![\w-])",
    re.IGNORECASE,
)
# «Иванов И.И.», «И.И. Иванов»: a responsible official, not a department.
PERSON_RE = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.")
ORG_START_RE = re.compile(
    r"^(?:департамент|министерств|управлени|комитет|главное управлени|аппарат|агентств|инспекци)",
    re.IGNORECASE,
)
_TITLE_AGREEMENT_RE = re.compile(
    r"\b((?:соглашени[еяю]|договор[ау]?|меморандум[ау]?)\s+(?:между|о|об|с)\s.+?)"
    r"(?=\s+(?:на|за|в)\s+(?:\d{4}|[IVX]+\s|\d\s|перв|втор|трет|четв)|\s*$)",
    re.IGNORECASE,
)
_NOMINATIVE = {"соглашения": "Соглашение", "соглашению": "Соглашение", "договора": "Договор",
               "договору": "Договор", "меморандума": "Меморандум", "меморандуму": "Меморандум"}

def is_period_section(text: str) -> bool:
    return bool(_PERIOD_SECTION_RE.search(text)) and not ORG_WORDS_RE.search(text)


def agreement_section(text: str) -> str | None:
    """The agreement a section row names («1. Соглашение …», «В рамках Соглашения …»)."""
    plain = _IN_FRAME_RE.sub("", SECTION_NUMBER_RE.sub("", text, count=1), count=1)
    if _AGREEMENT_WORD_RE.match(plain):
        return _nominative(plain)
    return None


def _nominative(text: str) -> str:
    """«Соглашения между …» (after «в рамках», «по реализации») → «Соглашение между …»."""
    first, sep, rest = text.partition(" ")
    return _NOMINATIVE.get(first.lower(), first[:1].upper() + first[1:]) + sep + rest


def split_timing_place(text: str) -> tuple[str, str]:
    """One «срок и место» cell → (the date line, the place line)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1:
        dated = [i for i, line in enumerate(lines) if DATE_LINE_RE.search(line)]
        if dated:
            i = dated[0]
            return lines[i].strip(" ,;"), "\n".join(lines[:i] + lines[i + 1:]).strip(" ,;")
        return lines[0], "\n".join(lines[1:])
    # One line: «12.03.2021, г. Смоленск» — the date before the first comma or semicolon.
    head, sep, tail = text.partition(", ")
    if sep and DATE_LINE_RE.search(head) and not DATE_LINE_RE.search(tail):
        return head.strip(), tail.strip()
    return text, ""


def agreement_in_title(title: str) -> str | None:
    """The agreement a plan's title names («План мероприятий по реализации Соглашения между …»)."""
    found = _TITLE_AGREEMENT_RE.search(title)
    if found is None:
        return None
    return _nominative(found.group(1).strip(" ,.;"))
