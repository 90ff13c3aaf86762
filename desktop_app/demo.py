"""Filling a database with the reference report (I квартал 2020 года).

The data is a JSON file in resources/demo; loading it twice adds nothing,
because every demo record has a fixed id derived from its key.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from .domain.entities import Agreement, Department, Event, EventStatus
from .domain.matching import match_key
from .domain.periods import ReportPeriod
from .domain.timing import parse_or_free_text
from .paths import resource
from .storage.store import Store

DEMO_FILE = ("demo", "report_2020_q1.json")
REGIONS_FILE = ("regions.json",)
_NAMESPACE = uuid.UUID("6f1c3c52-7a43-4f0e-9d1e-0b6c3f7a2e11")


def demo_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))


def load_json(*parts: str) -> dict[str, Any]:
    return json.loads(resource(*parts).read_text(encoding="utf-8"))


def load_regions(store: Store) -> None:
    data = load_json(*REGIONS_FILE)
    store.add_regions(
        [(r["name"], False) for r in data["regions"]]
        + [(r["name"], True) for r in data.get("foreign", [])]
    )


def load_demo(store: Store) -> dict[str, int]:
    """Add what is missing of the demo data; return how many records were added."""
    data = load_json(*DEMO_FILE)
    period = ReportPeriod.quarter(data["period"]["year"], data["period"]["quarter"])
    added = {"departments": 0, "agreements": 0, "events": 0}
    with store.transaction():
        load_regions(store)
        if store.setting("home_region") is None:
            store.set_setting("home_region", data["home_region"])
        dept_ids = _load_departments(store, data["departments"], added)
        agreement_ids = _load_agreements(store, data["agreements"], added)
        existing = {e.id for e in store.events_in_period(period)}
        for row in data["events"]:
            event_id = demo_id("event", str(row["number"]))
            if event_id in existing or store.find_event(event_id):
                continue
            timing, _warning = parse_or_free_text(row["timing"], period)
            store.save_event(
                Event(
                    id=event_id,
                    department_id=dept_ids[row["department"]],
                    agreement_ids=[agreement_ids[k] for k in row["agreements"]],
                    title=row["title"],
                    timing=row["timing"],
                    timing_kind=str(timing.kind),
                    starts_on=timing.start,
                    ends_on=timing.end,
                    place=row["place"],
                    participants=row["participants"],
                    participants_count=row.get("participants_count"),
                    participant_regions=row.get("participant_regions", []),
                    result=row["result"],
                    note=row["note"],
                    status=EventStatus(row.get("status", EventStatus.DONE)),
                    repeat_agreement=bool(row.get("repeat_agreement")),
                    position=row["number"],
                )
            )
            added["events"] += 1
    return added


def _load_departments(store: Store, rows: list[dict[str, Any]], added: dict[str, int]) -> dict[str, str]:
    by_key = {match_key(d.name): d.id for d in store.departments()}
    ids = {}
    for row in rows:
        found = by_key.get(match_key(row["name"]))
        if found is None:
            dept = store.save_department(
                Department(
                    id=demo_id("department", row["key"]),
                    name=row["name"],
                    short_name=row.get("short_name", ""),
                    position=row.get("position", 0),
                )
            )
            found = dept.id
            added["departments"] += 1
        ids[row["key"]] = found
    return ids


def _load_agreements(store: Store, rows: list[dict[str, Any]], added: dict[str, int]) -> dict[str, str]:
    by_key = {match_key(a.title): a.id for a in store.agreements()}
    ids = {}
    for row in rows:
        found = by_key.get(match_key(row["title"]))
        if found is None:
            agreement = store.save_agreement(
                Agreement(
                    id=demo_id("agreement", row["key"]),
                    title=row["title"],
                    short_name=row.get("short_name", ""),
                    partner_regions=row.get("partner_regions", []),
                    number=row.get("number") or "",
                )
            )
            found = agreement.id
            added["agreements"] += 1
        ids[row["key"]] = found
    return ids
