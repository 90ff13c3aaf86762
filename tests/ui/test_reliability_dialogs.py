"""Backup restore from the window, the change-log viewer, the crash hook and form drafts."""

from __future__ import annotations

import csv
import errno
import logging
import sys
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.exchange import files
from desktop_app.storage import drafts
from desktop_app.storage.backup import list_backups, make_backup
from desktop_app.storage.lifecycle import backup_reason
from desktop_app.storage.store import Store
from desktop_app.ui import backup_dialog, crash
from desktop_app.ui.changelog_dialog import ChangeLogDialog
from desktop_app.ui.operations import Operations

Q1 = (date(2020, 1, 1), date(2020, 3, 31))


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch, qapp) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []

    def record(parent, title, text, *args, **kwargs):
        seen.append((title, text))
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return seen


def test_restore_from_window_reloads_views(demo_store: Store, said, qtbot,
                                           monkeypatch: pytest.MonkeyPatch):
    ops = Operations(demo_store)
    folder = demo_store.path.parent / "backups"
    make_backup(demo_store.db.conn, demo_store.path, folder)
    demo_store.delete_event(demo_store.events_between(*Q1)[0].id)

    def pick(dialog: QDialog) -> int:
        assert dialog.model.index(0, 1).data() == "29"
        assert "вручную" in dialog.model.index(0, 0).data()
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", pick)
    with qtbot.waitSignal(ops.changed):
        assert backup_dialog.restore_from_backup(None, ops, demo_store.path)
    assert demo_store.counts()["events"] == 29
    assert "Текущее содержимое будет сохранено" in said[0][1]
    kinds = [backup_reason(b.path, demo_store.path) for b in list_backups(folder, demo_store.path)]
    assert "pre-restore" in kinds


def test_restore_dialog_lists_and_can_be_cancelled(demo_store: Store, qtbot, said):
    folder = demo_store.path.parent / "backups"
    make_backup(demo_store.db.conn, demo_store.path, folder, reason="daily")
    dialog = backup_dialog.BackupDialog(demo_store.path, folder)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.restore_button.isEnabled()
    assert "ежедневная" in dialog.model.index(0, 0).data()
    empty = backup_dialog.BackupDialog(demo_store.path, folder / "none")
    qtbot.addWidget(empty)
    assert not empty.restore_button.isEnabled() and not empty.empty.isHidden()


def test_changelog_shows_an_events_history(demo_store: Store, qtbot, tmp_path: Path, said):
    event = demo_store.events_between(*Q1)[0]
    old_title = event.title
    demo_store.save_event(replace(event, title="Новое наименование", place="Смоленск"))
    dialog = ChangeLogDialog(demo_store, None, event_id=event.id)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2  # created by the demo, then edited
    assert model.index(0, 3).data() == "изменение"
    assert model.index(0, 5).data() == "Наименование, Место"
    text = dialog.details.toPlainText()
    assert f"Наименование: «{old_title}» → «Новое наименование»" in text
    assert "Место:" in text and "«Смоленск»" in text

    # The whole log, then one user, then a period with nothing in it.
    dialog.only_event.setChecked(False)
    assert model.rowCount() > 29
    dialog.user.setCurrentIndex(dialog.user.findData(demo_store.user))
    assert model.rowCount() > 29
    dialog.entity.setCurrentIndex(dialog.entity.findData("agreement"))
    assert model.rowCount() == 8
    assert all(e.entity == "agreement" for e in model.entries)
    dialog.entity.setCurrentIndex(0)
    dialog.use_dates.setChecked(True)
    dialog.since.setDate(date(2001, 1, 1))
    dialog.until.setDate(date(2001, 1, 31))
    assert model.rowCount() == 0 and not dialog.export_button.isEnabled()


def test_changelog_export_csv_xlsx_and_locked_target(demo_store: Store, qtbot, tmp_path: Path,
                                                     said, monkeypatch: pytest.MonkeyPatch):
    event = demo_store.events_between(*Q1)[0]
    demo_store.save_event(replace(event, status="перенесено", note="Перенесено на апрель"))
    dialog = ChangeLogDialog(demo_store, None, event_id=event.id)
    qtbot.addWidget(dialog)
    assert dialog.export(str(tmp_path / "log.csv"))
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert table[0][:2] == ["Когда", "Пользователь"]
    assert "Состояние: «проведено» → «перенесено»" in table[1][5]
    assert dialog.export(str(tmp_path / "log.xlsx"))
    sheet = load_workbook(tmp_path / "log.xlsx").active
    assert sheet.max_row == 3 and "Примечание" in sheet["F2"].value

    target = tmp_path / "log.xlsx"
    old = target.read_bytes()

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "locked", str(dst))

    monkeypatch.setattr(files.os, "replace", locked)
    assert not dialog.export(str(target))
    assert said[-1][0] == "Журнал не сохранён" and "открыт в другой программе" in said[-1][1]
    assert target.read_bytes() == old


def test_excepthook_logs_and_shows_plain_dialog(tmp_path: Path, said, qtbot, capsys):
    handler = crash.install_excepthook(None, folder=tmp_path / "logs")
    try:
        try:
            raise ValueError("сломалось в модели")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        title, text = said[-1]
        assert title == "Ошибка в программе"
        assert "внутренняя ошибка (ValueError)" in text and str(tmp_path / "logs") in text
        assert "Traceback" not in text and "Traceback" not in capsys.readouterr().err
        for h in logging.getLogger().handlers:
            h.flush()
        logged = (tmp_path / "logs" / "interreg.log").read_text(encoding="utf-8")
        assert "сломалось в модели" in logged and "Traceback" in logged

        # From a worker thread the dialog still opens in the window's thread.
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: "ZeroDivisionError" in said[-1][1])
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler.excepthook


def test_draft_survives_a_crash_and_is_offered_back(demo_store: Store, qtbot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, said,
                                                    type_text):
    from desktop_app.ui.event_form import EventFormDialog

    ops = Operations(demo_store)
    folder = tmp_path / "drafts"
    form = EventFormDialog(ops)
    qtbot.addWidget(form, before_close_func=lambda d: d.mark_clean())
    keeper = crash.keep_drafts(form, demo_store.path, folder=folder)
    keeper.timer.setInterval(10)
    type_text(form.ui.titleEdit, "Форум «Россия — территория»")
    type_text(form.ui.placeEdit, "Смоленск")
    qtbot.waitUntil(lambda: bool(drafts.load_drafts(demo_store.path, folder))
                    and drafts.load_drafts(demo_store.path, folder)[0].state["place"] == "Смоленск")
    # The "crash": the form is gone without being saved or closed.
    form.blockSignals(True)
    form.deleteLater()

    reopened = []

    def fake_exec(dialog) -> int:
        reopened.append((dialog.ui.titleEdit.toPlainText(), dialog.ui.placeEdit.text()))
        dialog.done(QDialog.DialogCode.Rejected)
        return 0

    monkeypatch.setattr(crash, "_ask_draft", lambda parent, draft: "open")
    monkeypatch.setattr(EventFormDialog, "exec", fake_exec)
    monkeypatch.setattr(EventFormDialog, "ask_unsaved",
                        lambda self: QMessageBox.ButtonRole.DestructiveRole)
    assert crash.offer_drafts(None, ops, demo_store.path, folder=folder) == 1
    assert reopened == [("Форум «Россия — территория»", "Смоленск")]
    # Closed deliberately («Не сохранять»): nothing is offered again.
    assert drafts.load_drafts(demo_store.path, folder) == []


def test_draft_of_other_database_not_offered_and_later_keeps(demo_store: Store, tmp_path: Path,
                                                              monkeypatch, qapp):
    folder = tmp_path / "drafts"
    drafts.save_draft("x", {"title": "чужое"}, tmp_path / "other.sqlite3", folder=folder)
    drafts.save_draft("y", {"title": "своё"}, demo_store.path, folder=folder)
    asked = []
    monkeypatch.setattr(crash, "_ask_draft", lambda parent, d: asked.append(d.title) or "later")
    assert crash.offer_drafts(None, Operations(demo_store), demo_store.path, folder=folder) == 0
    assert asked == ["своё"]
    assert len(drafts.load_drafts(folder=folder)) == 2
    monkeypatch.setattr(crash, "_ask_draft", lambda parent, d: "drop")
    crash.offer_drafts(None, Operations(demo_store), demo_store.path, folder=folder)
    assert [d.title for d in drafts.load_drafts(folder=folder)] == ["чужое"]
