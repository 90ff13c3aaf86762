"""Departments, regions and agreements: the reference records events point to.

A mixin of Store, kept apart so each module holds one kind of record; it uses
the Store's connection, change log and transactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..domain.entities import Agreement, Department
from . import records
from .errors import RecordInUse, RecordNotFound
from .guard import guarded as _guarded
from .guard import now

if TYPE_CHECKING:
    import sqlite3
    from contextlib import AbstractContextManager

    from sqlite_utils import Database


class ReferenceRecords:
    db: Database
    conn: sqlite3.Connection

    if TYPE_CHECKING:
        def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]: ...
        def transaction(self) -> AbstractContextManager[Any]: ...
        def _log(self, entity: str, entity_id: str, action: str, before: Any, after: Any) -> None: ...
        def _existing(self, table: str, record_id: str) -> dict[str, Any] | None: ...
        def _count(self, table: str, where: str | None = None,
                   params: list[Any] | None = None) -> int: ...

    # -- departments -----------------------------------------------------

    @_guarded
    def departments(self, active_only: bool = False) -> list[Department]:
        # Read before the window's first paint: plain SQL, no sqlite-utils.
        where = " where active = 1" if active_only else ""
        return [
            records.department_from_row(r)
            for r in self._rows(f"select * from [departments]{where} order by position, name")
        ]

    @_guarded
    def department(self, dept_id: str) -> Department:
        rows = list(self.db["departments"].rows_where("id = ?", [dept_id]))
        if not rows:
            raise RecordNotFound(f"Департамент не найден ({dept_id}).")
        return records.department_from_row(rows[0])

    @_guarded
    def save_department(self, dept: Department) -> Department:
        with self.transaction():
            old = self._existing("departments", dept.id)
            stamp = now()
            saved = replace(
                dept,
                version=(old["version"] + 1) if old else max(dept.version, 1),
                created_at=old["created_at"] if old else (dept.created_at or stamp),
                updated_at=stamp,
            )
            self.db["departments"].upsert(records.department_row(saved), pk="id")
            self._log(
                "department",
                saved.id,
                "update" if old else "create",
                records.department_from_row(old) if old else None,
                saved,
            )
        return saved

    @_guarded
    def delete_department(self, dept_id: str) -> None:
        used = self._count("events", "department_id = ?", [dept_id])
        if used:
            raise RecordInUse(
                f"Департамент нельзя удалить: к нему относятся мероприятия ({used}). "
                "Отметьте его как недействующий."
            )
        with self.transaction():
            old = self.department(dept_id)
            self.db["departments"].delete(dept_id)
            self._log("department", dept_id, "delete", old, None)

    # -- regions ---------------------------------------------------------

    @_guarded
    def regions(self) -> list[tuple[str, bool]]:
        return [
            (r["name"], bool(r["foreign_partner"]))
            for r in self.db.query("SELECT name, foreign_partner FROM regions ORDER BY name")
        ]

    def _region_id(self, name: str, foreign: bool = False) -> int:
        row = self.db.execute("SELECT id FROM regions WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        return self.db["regions"].insert({"name": name, "foreign_partner": int(foreign)}).last_pk

    @_guarded
    def add_regions(self, names: Iterable[tuple[str, bool]]) -> None:
        with self.transaction():
            for name, foreign in names:
                self._region_id(name, foreign)

    # -- agreements ------------------------------------------------------

    def _agreement_regions(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        # Plain SQL on the connection: an export reads no more than this, and need not
        # load sqlite-utils for it.
        for agreement_id, name in self.conn.execute(
            "SELECT ar.agreement_id, r.name FROM agreement_regions ar "
            "JOIN regions r ON r.id = ar.region_id ORDER BY ar.agreement_id, ar.position"
        ):
            out.setdefault(agreement_id, []).append(name)
        return out

    @_guarded
    def agreements(self, active_only: bool = False) -> list[Agreement]:
        partners = self._agreement_regions()
        where = " where active = 1" if active_only else ""
        return [
            records.agreement_from_row(r, partners.get(r["id"], []))
            for r in self._rows(f"select * from [agreements]{where} order by title")
        ]

    @_guarded
    def agreement(self, agreement_id: str) -> Agreement:
        rows = list(self.db["agreements"].rows_where("id = ?", [agreement_id]))
        if not rows:
            raise RecordNotFound(f"Соглашение не найдено ({agreement_id}).")
        return records.agreement_from_row(rows[0], self._agreement_regions().get(agreement_id, []))

    @_guarded
    def save_agreement(self, agreement: Agreement) -> Agreement:
        with self.transaction():
            old_row = self._existing("agreements", agreement.id)
            old = self.agreement(agreement.id) if old_row else None
            stamp = now()
            saved = replace(
                agreement,
                version=(old_row["version"] + 1) if old_row else max(agreement.version, 1),
                created_at=old_row["created_at"] if old_row else (agreement.created_at or stamp),
                updated_at=stamp,
                partner_regions=list(agreement.partner_regions),
            )
            self.db["agreements"].upsert(records.agreement_row(saved), pk="id")
            self.db.execute("DELETE FROM agreement_regions WHERE agreement_id = ?", [saved.id])
            for pos, name in enumerate(saved.partner_regions):
                self.db["agreement_regions"].insert(
                    {"agreement_id": saved.id, "region_id": self._region_id(name), "position": pos}
                )
            self._log("agreement", saved.id, "update" if old else "create", old, saved)
        return saved

    @_guarded
    def delete_agreement(self, agreement_id: str) -> None:
        used = self._count("event_agreements", "agreement_id = ?", [agreement_id])
        if used:
            raise RecordInUse(
                f"Соглашение нельзя удалить: на него ссылаются мероприятия ({used}). "
                "Отметьте его как недействующее."
            )
        with self.transaction():
            old = self.agreement(agreement_id)
            self.db["agreements"].delete(agreement_id)
            self._log("agreement", agreement_id, "delete", old, None)
