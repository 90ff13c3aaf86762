"""The summary's count tables as rows of text, the one layout the DOCX and XLSX share."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.russian import MONTHS_GENITIVE
from ..domain.summary import CountRow, Summary, SummaryKind

__all__ = ["GAP_FILL", "Column", "summary_table"]

GAP_FILL = "FCE4E4"  # a light red behind agreements without events
EXPIRES_NOTE = "истекает в этом году"
GAP_NOTE = "нет мероприятий"


@dataclass(frozen=True)
class Column:
    title: str
    numeric: bool = False
    width_mm: float = 30.0


def _date(row: CountRow) -> str:
    if row.ends_on is None:
        return "—"
    d = row.ends_on
    return f"{d.day} {MONTHS_GENITIVE[d.month]} {d.year} г."


def _note(row: CountRow) -> str:
    notes = []
    if row.is_gap:
        notes.append(GAP_NOTE)
    if not row.in_force:
        notes.append("не действует")
    if row.expires_this_year:
        notes.append(EXPIRES_NOTE)
    return "; ".join(notes)


def summary_table(summary: Summary, kind: SummaryKind,
                  rows: tuple[CountRow, ...]) -> tuple[list[Column], list[list[str]]]:
    """The header and the cell texts of one count table."""
    name_title = {
        SummaryKind.DEPARTMENT: "Департамент",
        SummaryKind.AGREEMENT: "Соглашение",
        SummaryKind.REGION: "Регион-партнер",
        SummaryKind.MONTH: "Месяц",
        SummaryKind.STATUS: "Статус",
    }[kind]
    header = [Column(name_title, width_mm=110 if kind is SummaryKind.AGREEMENT else 80)]
    if kind is SummaryKind.AGREEMENT:
        header += [Column("Регионы-партнеры", width_mm=50), Column("Действует до", width_mm=30)]
    header.append(Column("Мероприятий", numeric=True, width_mm=32))
    if summary.previous_period is not None:
        header.append(Column(f"Год назад ({summary.previous_period.year})", numeric=True,
                             width_mm=32))
    if kind is SummaryKind.AGREEMENT:
        header.append(Column("Примечание", width_mm=45))
    lines = []
    for row in rows:
        # Departments and agreements under their full names, as in the report.
        texts = [row.full_label or row.label]
        if kind is SummaryKind.AGREEMENT:
            texts += [", ".join(row.partner_regions), _date(row)]
        texts.append(str(row.events))
        if summary.previous_period is not None:
            texts.append("" if row.previous is None else str(row.previous))
        if kind is SummaryKind.AGREEMENT:
            texts.append(_note(row))
        lines.append(texts)
    return header, lines
