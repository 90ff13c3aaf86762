"""The change log window and Store.change_log filter the log the same way (one filter)."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.periods import ReportPeriod
from desktop_app.storage.history import query_changes
from desktop_app.ui.changelog_dialog import ChangeLogDialog


def test_the_window_and_store_change_log_agree_on_record_user_and_time(qtbot, demo_store):
    events = demo_store.events_in_period(ReportPeriod.quarter(2020, 1))
    first, second = events[0], events[1]
    demo_store.save_event(replace(first, place="г. Тула"))
    demo_store.user = "Иванова"
    demo_store.save_event(replace(demo_store.event(first.id), place="г. Калуга"))
    demo_store.save_event(replace(second, place="г. Орёл"))
    mark = demo_store.change_log(limit=1)[0]["at"]

    by_event = demo_store.change_log(entity_id=first.id)
    assert [r["id"] for r in by_event] == [e.id for e in query_changes(demo_store,
                                                                       entity_id=first.id)]
    by_user = demo_store.change_log(user="Иванова")
    assert [r["entity_id"] for r in by_user] == [second.id, first.id]
    both = demo_store.change_log(entity_id=first.id, user="Иванова")
    assert len(both) == 1 and '"г. Калуга"' in both[0]["after"]
    since = demo_store.change_log(since=mark)
    assert since and since[0]["entity_id"] == second.id
    assert since == [r for r in demo_store.change_log(limit=10_000) if r["at"] >= mark]

    dialog = ChangeLogDialog(demo_store, event_id=first.id)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData("Иванова"))
    assert [e.id for e in dialog.model.entries] == [r["id"] for r in both]
