"""The change log as a CSV or XLSX file for whoever asks who changed what (written atomically)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..storage.history import (
    ACTION_LABELS,
    DATE_FIELDS,
    ENTITY_LABELS,
    VALUE_LABELS,
    ChangeEntry,
)
from .files import atomic_write

HEADER = ["Когда", "Пользователь", "Запись", "Действие", "Наименование", "Изменения"]


def _same(text: str) -> str:
    return text


def describe(value: Any, field: str, names: dict[str, str] | None = None,
             translate: Callable[[str], str] = _same) -> str:
    """A snapshot value in words: ids become names, lists are joined, booleans say да/нет,
    stored codes become their labels and ISO dates read 24.02.2020."""
    names = names or {}
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return translate("да") if value else translate("нет")
    if isinstance(value, list):
        return "; ".join(describe(v, field, names, translate) for v in value)
    if field in ("department_id", "agreement_ids") and isinstance(value, str):
        return names.get(value, value)
    if field in VALUE_LABELS and isinstance(value, str):
        return translate(VALUE_LABELS[field].get(value, value))
    if field in DATE_FIELDS and isinstance(value, str):
        try:
            return f"{date.fromisoformat(value[:10]):%d.%m.%Y}"
        except ValueError:
            return value
    return str(value)


def change_text(entry: ChangeEntry, names: dict[str, str] | None = None,
                translate: Callable[[str], str] = _same) -> str:
    """«Поле: «было» → «стало»» lines; a creation or deletion lists the record's fields.

    ``translate`` puts the labels into the interface language (the window passes Qt's).
    """
    lines = []
    for change in entry.changes():
        old = describe(change.before, change.field, names, translate)
        new = describe(change.after, change.field, names, translate)
        name = translate(change.label)
        if entry.action == "create" or entry.action == "restore":
            lines.append(f"{name}: {new}")
        elif entry.action == "delete":
            lines.append(f"{name}: {old}")
        else:
            lines.append(f"{name}: «{old}» → «{new}»")
    return "\n".join(lines)


def rows(entries: Sequence[ChangeEntry], names: dict[str, str] | None = None) -> list[list[str]]:
    return [
        [
            f"{e.at:%d.%m.%Y %H:%M:%S}",
            e.user,
            ENTITY_LABELS.get(e.entity, e.entity),
            ACTION_LABELS.get(e.action, e.action),
            e.record_title,
            change_text(e, names),
        ]
        for e in entries
    ]


def _csv_writer(table: list[list[str]]) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        # BOM and «;»: what Excel with Russian regional settings opens without a wizard.
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=";")
            out.writerow(HEADER)
            out.writerows(table)
    return write


def _xlsx_writer(table: list[list[str]]) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        book = Workbook()
        sheet = book.active
        sheet.title = "Журнал изменений"
        sheet.append(HEADER)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table:
            sheet.append(row)
        for column, width in zip("ABCDEF", (20, 18, 14, 14, 50, 80), strict=True):
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        book.save(tmp)
    return write


def export_changes(entries: Sequence[ChangeEntry], out: Path | str,
                   names: dict[str, str] | None = None) -> Path:
    """Write ``entries`` to ``out`` (.csv or .xlsx, by its suffix); the old file survives a failure."""
    out = Path(out)
    table = rows(entries, names)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        return atomic_write(out, _csv_writer(table))
    if suffix == ".xlsx":
        return atomic_write(out, _xlsx_writer(table))
    raise UserError(f"Журнал можно сохранить в CSV или XLSX, а не в «{out.suffix or out.name}».")
