"""The period's events as JSON, for scripts and for checking the data by eye."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..domain.entities import Agreement, Department, Event
from .files import atomic_write


def event_record(
    event: Event, departments: dict[str, Department], agreements: dict[str, Agreement]
) -> dict[str, Any]:
    return {
        "id": event.id,
        "version": event.version,
        "department": departments[event.department_id].name,
        "agreements": [agreements[a].title for a in event.agreement_ids],
        "title": event.title,
        "dates": event.timing,
        "timing_kind": event.timing_kind,
        "starts_on": event.starts_on.isoformat(),
        "ends_on": event.ends_on.isoformat(),
        "place": event.place,
        "participants": event.participants,
        "participants_count": event.participants_count,
        "participant_regions": event.participant_regions,
        "result": event.result,
        "note": event.note,
        "status": str(event.status),
        "updated_at": event.updated_at,
    }


def write_json(
    path: Path,
    events: list[Event],
    departments: list[Department],
    agreements: list[Agreement],
    period_title: str = "",
) -> Path:
    by_dept = {d.id: d for d in departments}
    by_agr = {a.id: a for a in agreements}
    payload = {
        "period": period_title,
        "events": [event_record(e, by_dept, by_agr) for e in events],
    }
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return atomic_write(path, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))
