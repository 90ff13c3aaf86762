"""Attack 4: a crash draft restored onto a newer version, and the edit conflict's way forward."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.storage import drafts
from desktop_app.storage.store import Store
from desktop_app.ui import crash
from desktop_app.ui.event_form import EventFormDialog
from desktop_app.ui.operations import Operations

Q1 = (date(2020, 1, 1), date(2020, 3, 31))


def _choose(monkeypatch, button: str, theirs_fields: tuple[str, ...] = ()) -> list:
    from desktop_app.ui.conflict_dialog import THEIRS, ConflictDialog

    shown: list[ConflictDialog] = []

    def fake_exec(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        for key in theirs_fields:
            for b in dialog.groups[key].buttons():
                if b.property("side") == THEIRS:
                    b.setChecked(True)
        getattr(dialog, f"{button}_button").click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", fake_exec)
    return shown


def _window(qtbot) -> QWidget:
    # A parentless event form on a saved event crashes Qt when collected: give it the window.
    window = QWidget()
    qtbot.addWidget(window)
    return window


def test_a_draft_restored_after_a_newer_save_shows_both_and_merges(
        demo_store: Store, tmp_path: Path, monkeypatch, qtbot):
    folder = tmp_path / "drafts"
    event = demo_store.events_between(*Q1)[0]
    state = {"title": event.title, "place": "Смоленск, набрано до сбоя",
             "result": event.result}
    drafts.save_draft(f"event-{event.id}", state, demo_store.path, event_id=event.id,
                      folder=folder, base_version=event.version)
    # Between the crash and the restart an import (--theirs) saves the event again.
    newer = demo_store.save_event(replace(event, result="Итог из импорта"))

    shown = _choose(monkeypatch, "merge", theirs_fields=("result",))
    opened = []

    def fake_form_exec(form) -> int:
        opened.append((form.ui.placeEdit.text(), form.ui.resultEdit.toPlainText()))
        form.done(QDialog.DialogCode.Rejected)
        return 0

    monkeypatch.setattr(crash, "_ask_draft", lambda parent, d: "open")
    monkeypatch.setattr(EventFormDialog, "exec", fake_form_exec)
    monkeypatch.setattr(EventFormDialog, "ask_unsaved",
                        lambda self: QMessageBox.ButtonRole.DestructiveRole)
    ops = Operations(demo_store)
    assert crash.offer_drafts(_window(qtbot), ops, demo_store.path, folder=folder) == 1
    assert len(shown) == 1
    assert set(shown[0].fields) == {"place", "result"}
    # Field by field: the typed place (mine) and the imported result (theirs).
    assert opened == [("Смоленск, набрано до сбоя", "Итог из импорта")]
    assert demo_store.event(event.id).version == newer.version  # nothing overwritten on its own


def test_a_draft_of_an_unchanged_event_opens_without_asking(demo_store, tmp_path, monkeypatch,
                                                           qtbot):
    folder = tmp_path / "drafts"
    event = demo_store.events_between(*Q1)[0]
    drafts.save_draft(f"event-{event.id}", {"place": "Новое место"}, demo_store.path,
                      event_id=event.id, folder=folder, base_version=event.version)
    shown = _choose(monkeypatch, "mine")
    monkeypatch.setattr(crash, "_ask_draft", lambda parent, d: "open")
    monkeypatch.setattr(EventFormDialog, "exec", lambda form: form.done(0) or 0)
    monkeypatch.setattr(EventFormDialog, "ask_unsaved",
                        lambda self: QMessageBox.ButtonRole.DestructiveRole)
    ops = Operations(demo_store)
    assert crash.offer_drafts(_window(qtbot), ops, demo_store.path, folder=folder) == 1
    assert shown == []


def _edit_then_conflict(demo_store, qtbot, type_text):
    event = demo_store.events_between(*Q1)[1]
    form = EventFormDialog(Operations(demo_store), event=event)
    qtbot.addWidget(form, before_close_func=lambda d: d.mark_clean())
    type_text(form.ui.noteEdit, " — уточнено")
    demo_store.save_event(replace(event, place="Место из другого окна"))
    return event, form


def test_an_edit_conflict_can_take_mine(demo_store, qtbot, monkeypatch, type_text):
    event, form = _edit_then_conflict(demo_store, qtbot, type_text)
    shown = _choose(monkeypatch, "mine")
    assert form.save()
    saved = demo_store.event(event.id)
    assert len(shown) == 1 and set(shown[0].fields) == {"place", "note"}
    assert "— уточнено" in saved.note and saved.place == event.place


def test_an_edit_conflict_can_merge_by_field(demo_store, qtbot, monkeypatch, type_text):
    event, form = _edit_then_conflict(demo_store, qtbot, type_text)
    _choose(monkeypatch, "merge", theirs_fields=("place",))
    assert form.save()
    saved = demo_store.event(event.id)
    assert "— уточнено" in saved.note and saved.place == "Место из другого окна"


def test_an_edit_conflict_can_take_theirs_or_cancel(demo_store, qtbot, monkeypatch, type_text):
    event, form = _edit_then_conflict(demo_store, qtbot, type_text)
    _choose(monkeypatch, "theirs")
    assert form.save()
    saved = demo_store.event(event.id)
    assert saved.place == "Место из другого окна" and saved.note == event.note
