"""Reading the change log: filtered pages of entries and a field-by-field diff of each.

The store writes the log (every save, with a JSON snapshot before and after);
this module reads it for the window's «Журнал изменений» and its export.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from .database import translate_error
from .store import Store

# Bookkeeping that changes on every save and says nothing to a reader.
HIDDEN_FIELDS = {"version", "created_at", "updated_at", "position", "id"}

FIELD_LABELS = {
    "title": "Наименование",
    "name": "Название",
    "short_name": "Краткое название",
    "department_id": "Департамент",
    "agreement_ids": "Соглашения",
    "timing": "Сроки",
    "timing_kind": "Вид сроков",
    "starts_on": "Начало",
    "ends_on": "Окончание",
    "place": "Место",
    "participants": "Участники",
    "participants_count": "Число участников",
    "participant_regions": "Регионы участников",
    "result": "Содержание и результат",
    "note": "Примечание",
    "status": "Состояние",
    "repeat_agreement": "Повторять соглашение",
    "partner_regions": "Регионы-партнёры",
    "number": "Номер",
    "signed_on": "Дата подписания",
    "valid_until": "Действует до",
    "active": "Действует",
}
# Stored codes a reader should never see as such («day_range»), in words.
VALUE_LABELS = {
    "timing_kind": {
        "day": "один день",
        "day_range": "диапазон дней",
        "month": "месяц",
        "month_range": "несколько месяцев",
        "quarter": "квартал",
        "whole_period": "весь период",
        "monthly": "ежемесячно",
        "weekly": "еженедельно",
        "free_text": "свой текст",
    },
}
# Fields holding ISO dates, shown as 24.02.2020.
DATE_FIELDS = frozenset({"starts_on", "ends_on", "signed_on", "valid_until"})
ENTITY_LABELS = {"event": "Мероприятие", "agreement": "Соглашение", "department": "Департамент"}
ACTION_LABELS = {"create": "создание", "update": "изменение", "delete": "удаление",
                 "restore": "восстановление"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True)
class ChangeEntry:
    id: int
    at: datetime  # local time
    user: str
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def record_title(self) -> str:
        snap = self.after or self.before or {}
        return str(snap.get("title") or snap.get("name") or self.entity_id)

    def changes(self) -> list[FieldChange]:
        return field_changes(self.before, self.after)


def _load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _local(stamp: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return datetime.min
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def _utc_bound(day: date) -> str:
    """The start of a local calendar day, in the log's UTC timestamps."""
    return datetime.combine(day, time.min).astimezone(UTC).isoformat(timespec="milliseconds")


def field_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[FieldChange]:
    """What differs between two snapshots, in a stable field order, bookkeeping left out."""
    before, after = before or {}, after or {}
    order = list(FIELD_LABELS) + sorted(set(before) | set(after))
    out = []
    for name in dict.fromkeys(order):
        if name in HIDDEN_FIELDS or (name not in before and name not in after):
            continue
        old, new = before.get(name), after.get(name)
        if old != new:
            out.append(FieldChange(name, old, new))
    return out


def _guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(store: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(store, *args, **kwargs)
        except sqlite3.Error as exc:
            raise translate_error(exc, store.path or "") from exc

    return wrapper


def change_filter(
    *,
    entity_id: str | None = None,
    user: str | None = None,
    entity: str | None = None,
    since_at: str | None = None,
    before_at: str | None = None,
) -> tuple[str, list[Any]]:
    """The one WHERE clause over change_log (``since_at``/``before_at``: UTC log timestamps).

    Used by the window's log (below) and by Store.change_log.
    """
    clauses, params = [], []
    for clause, value in (
        ("entity_id = ?", entity_id), ("user = ?", user), ("entity = ?", entity),
        ("at >= ?", since_at), ("at < ?", before_at),
    ):
        if value:
            clauses.append(clause)
            params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _where(
    entity_id: str | None, user: str | None, since: date | None, until: date | None,
    entity: str | None,
) -> tuple[str, list[Any]]:
    """The filter for local calendar days ``since``..``until`` (both included)."""
    return change_filter(
        entity_id=entity_id, user=user, entity=entity,
        since_at=_utc_bound(since) if since else None,
        before_at=_utc_bound(until + timedelta(days=1)) if until else None,
    )


def change_rows(
    store: Store, *, entity_id: str | None = None, user: str | None = None,
    since_at: str | None = None, limit: int = 1000,
) -> list[dict[str, Any]]:
    """Raw log rows (dicts, JSON snapshots as text), newest first; Store.change_log's query."""
    where, params = change_filter(entity_id=entity_id, user=user, since_at=since_at)
    return [dict(r) for r in store.db.query(
        f"SELECT * FROM change_log{where} ORDER BY id DESC LIMIT ?", [*params, limit])]


@_guarded
def query_changes(
    store: Store,
    *,
    entity_id: str | None = None,
    user: str | None = None,
    since: date | None = None,
    until: date | None = None,
    entity: str | None = None,
    limit: int = 5000,
    offset: int = 0,
) -> list[ChangeEntry]:
    """Log entries matching the filters, newest first; ``since``/``until`` are local days."""
    where, params = _where(entity_id, user, since, until, entity)
    rows = store.db.execute(
        "SELECT id, at, user, entity, entity_id, action, before, after FROM change_log"
        f"{where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [
        ChangeEntry(r[0], _local(r[1]), r[2], r[3], r[4], r[5], _load(r[6]), _load(r[7]))
        for r in rows
    ]


@_guarded
def log_users(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT DISTINCT user FROM change_log ORDER BY user")]
