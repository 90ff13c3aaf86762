"""What an import will do, row by row, and doing it in one transaction.

:class:`ImportPlan` is the preview (nothing written); :func:`apply_plan` writes
it all or nothing and returns the :class:`ImportSummary` shown to the user.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..domain.entities import Agreement, Department, Event
from ..errors import UserError
from ..storage.bulk_events import save_events_in_bulk
from ..storage.store import Store
from .import_names import UnmatchedName


class Action(StrEnum):
    ADD = "добавить"
    UPDATE = "обновить"
    SKIP = "пропустить"
    CONFLICT = "конфликт"


THEIRS = "theirs"
MINE = "mine"


def _rows_by_file(places: list[str], most: int = 8) -> str:
    """«r.docx, № 1», «r.docx, № 2» → «r.docx: строки № 1, 2» (one file name, not one per row)."""
    by_file: dict[str, list[str]] = {}
    for place in places:
        name, _sep, number = place.rpartition(", № ")
        by_file.setdefault(name or place, []).append(number if name else "")
    parts = []
    for name, numbers in by_file.items():
        shown = [n for n in numbers if n][:most]
        more = len([n for n in numbers if n]) - len(shown)
        tail = f" и ещё {more}" if more > 0 else ""
        parts.append(f"{name}: строки № {', '.join(shown)}{tail}" if shown else name)
    return "; ".join(parts)


class UnmatchedNamesError(UserError):
    """Names in the file match no stored department or agreement."""

    def __init__(self, unmatched: list[UnmatchedName]) -> None:
        self.unmatched = unmatched
        lines = "\n".join(f"  – {u.describe()}; {_rows_by_file(u.rows)}" for u in unmatched)
        super().__init__(
            "В файле есть названия, которых нет в базе:\n" + lines + "\n"
            "Добавьте их в справочники, сопоставьте в окне импорта или запустите импорт "
            "с ключом --create-missing, чтобы создать их."
        )


@dataclass
class PlannedRow:
    file: str
    location: str
    number: int
    action: Action
    reason: str
    event: Event  # the file's state (what would be written)
    local: Event | None = None  # the stored state it meets, if any
    exact: bool = False  # keep the file's version stamp (records from a data package)
    edited_in_word: bool = False
    warnings: list[str] = field(default_factory=list)
    resolution: str | None = None  # THEIRS | MINE for a conflict; None: not decided

    @property
    def label(self) -> str:
        return f"{self.file}, № {self.number}"


@dataclass
class ImportPlan:
    files: list[Path]
    rows: list[PlannedRow] = field(default_factory=list)
    new_departments: list[Department] = field(default_factory=list)
    new_agreements: list[Agreement] = field(default_factory=list)
    unmatched: list[UnmatchedName] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # id → name, for showing rows
    # «file: 6 «Источник финансирования»; …» per file with columns that are not loaded
    ignored_columns: list[str] = field(default_factory=list)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def conflicts(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action is Action.CONFLICT]

    @property
    def edited_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.edited_in_word]

    def resolve_conflicts(self, choice: str) -> None:
        for row in self.conflicts:
            row.resolution = choice

    def writes_anything(self) -> bool:
        return bool(self.new_departments or self.new_agreements) or any(
            r.action in (Action.ADD, Action.UPDATE)
            or (r.action is Action.CONFLICT and r.resolution == THEIRS)
            for r in self.rows
        )


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    conflicts_taken: int = 0
    conflicts_kept: int = 0
    conflicts_open: list[str] = field(default_factory=list)
    departments_created: list[str] = field(default_factory=list)
    agreements_created: list[str] = field(default_factory=list)
    edited_rows: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skip_reasons: Counter[str] = field(default_factory=Counter)
    dry_run: bool = False

    def lines(self) -> list[str]:
        head = "Проверка без записи" if self.dry_run else "Импорт завершён"
        out = [
            f"{head}: добавлено {self.added}, обновлено {self.updated}, "
            f"пропущено {self.skipped}, предупреждений {len(self.warnings)}."
        ]
        for reason, n in self.skip_reasons.most_common():
            out.append(f"  пропущено ({reason}): {n}")
        # Lists one item a line: long agreement titles joined by «;» read as one wall.
        if self.departments_created:
            out.append("Новые департаменты:")
            out += [f"  – {name}" for name in self.departments_created]
        if self.agreements_created:
            out.append("Новые соглашения:")
            out += [f"  – {title}" for title in self.agreements_created]
        if self.conflicts_taken or self.conflicts_kept:
            out.append(
                f"Конфликты: принята версия из файла — {self.conflicts_taken}, "
                f"оставлена своя — {self.conflicts_kept}."
            )
        if self.conflicts_open:
            out.append("Не изменены из-за конфликта (мероприятие изменено и в базе, и в файле): "
                       + _rows_by_file(self.conflicts_open))
        if self.edited_rows:
            out.append("Строки, изменённые в Word после выгрузки (взят текст таблицы): "
                       + _rows_by_file(self.edited_rows))
        if self.warnings:
            out.append("Предупреждения:")
            out += [f"  – {w}" for w in self.warnings]
        return out

    def text(self) -> str:
        return "\n".join(self.lines())


def summarize(plan: ImportPlan, dry_run: bool = False) -> ImportSummary:
    """The summary of a plan as it stands (what apply_plan would report)."""
    s = ImportSummary(dry_run=dry_run)
    s.departments_created = [d.name for d in plan.new_departments]
    s.agreements_created = [a.title for a in plan.new_agreements]
    s.warnings = list(plan.warnings) + [w for r in plan.rows for w in r.warnings]
    s.edited_rows = [r.label for r in plan.edited_rows]
    for row in plan.rows:
        if row.action is Action.ADD:
            s.added += 1
        elif row.action is Action.UPDATE:
            s.updated += 1
        elif row.action is Action.SKIP:
            s.skipped += 1
            s.skip_reasons[row.reason.split(":")[0]] += 1
        elif row.resolution == THEIRS:
            s.conflicts_taken += 1
            s.updated += 1
        elif row.resolution == MINE:
            s.conflicts_kept += 1
            s.skipped += 1
        else:
            s.conflicts_open.append(row.label)
            s.skipped += 1
    return s


def apply_plan(store: Store, plan: ImportPlan, *, backup: bool = True) -> ImportSummary:
    """Write the plan in one transaction: all of it lands, or nothing does."""
    if plan.unmatched:
        raise UnmatchedNamesError(plan.unmatched)
    summary = summarize(plan)
    if not plan.writes_anything():
        return summary
    made = None
    if backup:
        from ..storage.lifecycle import backup_before_import

        made = backup_before_import(store)
    try:
        _write_plan(store, plan)
    except BaseException:
        # Nothing was written: the copy made for this attempt only fills the disk
        # and pushes good copies out of the rotation.
        if made is not None:
            made.unlink(missing_ok=True)
        raise
    return summary


def _write_plan(store: Store, plan: ImportPlan) -> None:
    with store.transaction():
        for dept in plan.new_departments:
            store.save_department(dept)
        for agreement in plan.new_agreements:
            store.save_agreement(agreement)
        # One set-based write, in the plan's order (new events are numbered in it).
        save_events_in_bulk(store, [
            (row.event, row.exact and row.action is not Action.CONFLICT)
            for row in plan.rows
            if row.action in (Action.ADD, Action.UPDATE)
            or (row.action is Action.CONFLICT and row.resolution == THEIRS)
        ])
