"""The records a department keeps: departments, regions, agreements, events.

Plain data: no Qt, no I/O. Ids are UUID strings so that records keep their
identity when they travel between workstations in an exported file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


def new_id() -> str:
    import uuid  # on the first new record, not at the window's start (uuid loads platform)

    return str(uuid.uuid4())


class EventStatus(StrEnum):
    DONE = "проведено"
    PLANNED = "запланировано"
    NOT_DONE = "не проведено"
    POSTPONED = "перенесено"

    @property
    def needs_reason(self) -> bool:
        """A note must say why a planned event did not take place."""
        return self in (EventStatus.NOT_DONE, EventStatus.POSTPONED)


# Each status by its text: calling the enum for each of 10,000 rows read from a file or a
# database cost more than building their events.
STATUS_BY_VALUE: dict[str, EventStatus] = {s.value: s for s in EventStatus}


@dataclass
class Department:
    name: str
    short_name: str = ""
    position: int = 0
    active: bool = True
    id: str = field(default_factory=new_id)
    version: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Region:
    name: str
    foreign: bool = False
    id: int | None = None


@dataclass
class Agreement:
    title: str
    short_name: str = ""
    partner_regions: list[str] = field(default_factory=list)
    number: str = ""
    signed_on: date | None = None
    valid_until: date | None = None
    active: bool = True
    id: str = field(default_factory=new_id)
    version: int = 0
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Event:
    """One numbered row of the report.

    ``timing`` is the «Сроки» phrase as the user entered it; ``starts_on`` and
    ``ends_on`` are what it was understood to mean, so that periods can be
    queried in SQL. ``repeat_agreement`` keeps a row's agreement cell printed
    even when the row above has the same agreements (an imported report that
    repeated it is reproduced as it was).
    """

    department_id: str
    title: str
    timing: str
    starts_on: date
    ends_on: date
    agreement_ids: list[str] = field(default_factory=list)
    timing_kind: str = "free_text"
    place: str = ""
    participants: str = ""
    participants_count: int | None = None
    participant_regions: list[str] = field(default_factory=list)
    result: str = ""
    note: str = ""
    status: EventStatus = EventStatus.DONE
    repeat_agreement: bool = False
    position: int = 0
    id: str = field(default_factory=new_id)
    version: int = 0
    created_at: str = ""
    updated_at: str = ""


def event_with(event: Event, **fields: Any) -> Event:
    """``dataclasses.replace`` for Event without its per-call validation (a tenth of the
    cost, which counts 10,000 times over in an import): Event has no __post_init__ to
    run, so the fields go straight into a new instance's ``__dict__``."""
    copy = object.__new__(type(event))
    copy.__dict__.update(event.__dict__)
    copy.__dict__.update(fields)
    return copy
