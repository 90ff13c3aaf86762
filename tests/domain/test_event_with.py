"""event_with: the import's fast copy of an event must equal dataclasses.replace."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.entities import Event, EventStatus, event_with


def _event() -> Event:
    return Event("d1", "Визит делегации", "март 2020 г.", date(2020, 3, 1), date(2020, 3, 31),
                 agreement_ids=["a1"], participant_regions=["Тверская"],
                 status=EventStatus.DONE, id="e1", version=3)


def test_it_gives_what_replace_gives() -> None:
    event = _event()
    changes = {"version": 4, "title": "Визит", "agreement_ids": ["a2"]}
    assert event_with(event, **changes) == replace(event, **changes)


def test_the_original_stays_as_it_was() -> None:
    event = _event()
    copy = event_with(event, version=9, department_id="d2")
    assert (event.version, event.department_id) == (3, "d1")
    assert copy is not event and type(copy) is Event
