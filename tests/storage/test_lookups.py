"""The event form's questions to the database: recent agreements, earlier places, uses."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.demo import demo_id
from desktop_app.storage import lookups


def test_recently_used_agreements_come_first(demo_store):
    rows = lookups.agreements_recent_first(demo_store)
    assert len(rows) == demo_store.counts()["agreements"]
    assert all(last for _, last in rows)  # every demo agreement is used
    # Touch an event that names only Crimea: Crimea moves to the top.
    crimea_event = demo_store.event(demo_id("event", "12"))
    assert crimea_event.agreement_ids == [demo_id("agreement", "crimea")]
    demo_store.save_event(replace(crimea_event, note="уточнено"))
    first, _ = lookups.agreements_recent_first(demo_store)[0]
    assert first.id == demo_id("agreement", "crimea")


def test_unused_agreements_follow_by_title(store):
    from desktop_app.domain.entities import Agreement

    for title in ("Соглашение Б", "Соглашение А"):
        store.save_agreement(Agreement(title=title))
    rows = lookups.agreements_recent_first(store)
    assert [(a.title, last) for a, last in rows] == [("Соглашение А", None), ("Соглашение Б", None)]


def test_earlier_places_most_used_first_without_dashes(demo_store):
    places = lookups.earlier_places(demo_store)
    assert places[0] == "г. Смоленск, Ледовый дворец"  # three sport rows
    assert "-" not in places and "" not in places
    assert len(places) == len(set(places))


def test_use_counts(demo_store):
    agreements = lookups.agreement_use_counts(demo_store)
    assert agreements[demo_id("agreement", "lipetsk")] == 2
    departments = lookups.department_use_counts(demo_store)
    assert sum(departments.values()) == demo_store.counts()["events"]
    assert departments[demo_id("department", "culture")] == 8


def test_region_names_include_foreign_partners(demo_store):
    names = lookups.region_names(demo_store)
    assert "Минская область (Республика Беларусь)" in names
    assert "Брянская область" in names
