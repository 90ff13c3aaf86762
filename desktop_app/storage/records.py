"""Turning table rows into domain records and back. No SQL beyond row shapes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from typing import Any

from ..domain.entities import STATUS_BY_VALUE, Agreement, Department, Event, EventStatus


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def department_row(d: Department) -> dict[str, Any]:
    return {
        "id": d.id,
        "name": d.name,
        "short_name": d.short_name,
        "position": d.position,
        "active": int(d.active),
        "version": d.version,
        "created_at": d.created_at,
        "updated_at": d.updated_at,
    }


def department_from_row(row: dict[str, Any]) -> Department:
    return Department(
        id=row["id"],
        name=row["name"],
        short_name=row["short_name"],
        position=row["position"],
        active=bool(row["active"]),
        version=row["version"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def agreement_row(a: Agreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "short_name": a.short_name,
        "number": a.number,
        "signed_on": iso(a.signed_on),
        "valid_until": iso(a.valid_until),
        "active": int(a.active),
        "version": a.version,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


def agreement_from_row(row: dict[str, Any], partner_regions: list[str]) -> Agreement:
    return Agreement(
        id=row["id"],
        title=row["title"],
        short_name=row["short_name"],
        number=row["number"],
        signed_on=to_date(row["signed_on"]),
        valid_until=to_date(row["valid_until"]),
        active=bool(row["active"]),
        partner_regions=partner_regions,
        version=row["version"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "department_id": e.department_id,
        "title": e.title,
        "timing": e.timing,
        "timing_kind": e.timing_kind,
        "starts_on": e.starts_on.isoformat(),
        "ends_on": e.ends_on.isoformat(),
        "place": e.place,
        "participants": e.participants,
        "participants_count": e.participants_count,
        "result": e.result,
        "note": e.note,
        "status": str(e.status),
        "repeat_agreement": int(e.repeat_agreement),
        "position": e.position,
        "version": e.version,
        "created_at": e.created_at,
        "updated_at": e.updated_at,
    }


def event_from_row(
    row: dict[str, Any], agreement_ids: list[str], regions: list[str]
) -> Event:
    return Event(
        id=row["id"],
        department_id=row["department_id"],
        title=row["title"],
        timing=row["timing"],
        timing_kind=row["timing_kind"],
        starts_on=date.fromisoformat(row["starts_on"]),
        ends_on=date.fromisoformat(row["ends_on"]),
        place=row["place"],
        participants=row["participants"],
        participants_count=row["participants_count"],
        result=row["result"],
        note=row["note"],
        status=EventStatus(row["status"]),
        repeat_agreement=bool(row["repeat_agreement"]),
        position=row["position"],
        agreement_ids=agreement_ids,
        participant_regions=regions,
        version=row["version"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


#: The columns ``events_from_tuples`` reads, in its order, for a query on ``events e``.
EVENT_COLUMNS_SQL = (
    "e.id, e.department_id, e.title, e.timing, e.timing_kind, e.starts_on, e.ends_on, "
    "e.place, e.participants, e.participants_count, e.result, e.note, e.status, "
    "e.repeat_agreement, e.position, e.version, e.created_at, e.updated_at"
)
_NO_LINKS = "[]"


def _json_strings(array: str) -> list[str]:
    """A JSON array of strings as SQLite's json_group_array writes it. Without a backslash
    no string in it holds a quote or an escape, so it splits at its '","' exactly."""
    if array == _NO_LINKS:
        return []
    if "\\" in array:
        import json  # here, not at the top: the window's start reads no escaped name (~2 ms)

        return json.loads(array)
    return array[2:-2].split('","')


def events_from_tuples(rows: Iterable[tuple[Any, ...]]) -> list[Event]:
    """Events from rows of ``EVENT_COLUMNS_SQL`` followed by the JSON arrays of their
    agreement ids and region names: ``event_from_row`` without a dict per row, for the
    report's thousands of events."""
    fromiso = date.fromisoformat
    statuses = STATUS_BY_VALUE
    out = []
    for (id_, dept, title, timing, kind, starts, ends, place, participants, count, result,
         note, status, repeat, position, version, created, updated, links, regions) in rows:
        out.append(Event(
            id=id_, department_id=dept, title=title, timing=timing, timing_kind=kind,
            starts_on=fromiso(starts), ends_on=fromiso(ends), place=place,
            participants=participants, participants_count=count, result=result, note=note,
            status=statuses[status] if status in statuses else EventStatus(status),
            repeat_agreement=bool(repeat), position=position,
            agreement_ids=_json_strings(links),
            participant_regions=_json_strings(regions),
            version=version, created_at=created, updated_at=updated,
        ))
    return out


def snapshot(record: Any) -> str:
    """The JSON kept in the change log for a record's before/after state."""
    import json

    return json.dumps(asdict(record), ensure_ascii=False, default=str, sort_keys=True)
