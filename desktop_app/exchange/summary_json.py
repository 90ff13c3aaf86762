"""The summary as JSON (``interreg summary --json``): the keys DESIGN.md promises, plus
the year before and the agreement facts a script may want."""

from __future__ import annotations

from typing import Any

from ..domain.summary import CountRow, Summary

__all__ = ["summary_record"]


def _count(row: CountRow, name_key: str, summary: Summary) -> dict[str, Any]:
    record: dict[str, Any] = {name_key: row.label, "events": row.events}
    if summary.has_previous:
        record["previous_events"] = row.previous
    return record


def summary_record(summary: Summary) -> dict[str, Any]:
    departments = []
    for row in summary.departments:
        record = _count(row, "name", summary)
        record["full_name"] = row.full_label
        departments.append(record)
    agreements = []
    for row in summary.agreements:
        record = {
            "title": row.full_label,
            "short_name": row.label,
            "events": row.events,
            "in_force": row.in_force,
            "ends_on": row.ends_on.isoformat() if row.ends_on else None,
            "expires_this_year": row.expires_this_year,
            "partner_regions": list(row.partner_regions),
        }
        if summary.has_previous:
            record["previous_events"] = row.previous
        agreements.append(record)
    months = []
    for row in summary.months:
        record = _count(row, "month", summary)
        record["month"], record["name"] = row.key, row.label
        months.append(record)
    return {
        "period": summary.period.title,
        "previous_period": summary.previous_period.title if summary.previous_period else None,
        "events": summary.total,
        "previous_events": summary.previous_total,
        "events_without_agreement": summary.without_agreement,
        "departments": departments,
        "agreements": agreements,
        "regions": [_count(r, "name", summary) for r in summary.regions],
        "months": months,
        "statuses": [_count(r, "status", summary) for r in summary.statuses],
    }
