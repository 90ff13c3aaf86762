"""The window's opener: locked, read-only, corrupt and newer files get a message and a way out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop_app.demo import load_demo
from desktop_app.storage import database
from desktop_app.storage.backup import list_backups, make_backup
from desktop_app.storage.lock import acquire_lock, lock_path
from desktop_app.storage.store import Store
from desktop_app.ui import backup_dialog, open_database
from desktop_app.ui.open_database import open_store_interactively


class Boxes:
    """Answers message boxes by button label, recording what they said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[str] = []
        self.seen: list[tuple[str, str, list[str]]] = []
        boxes = self

        def exec_(box: QMessageBox) -> int:
            labels = [b.text() for b in box.buttons()]
            boxes.seen.append((box.windowTitle(), box.text(), labels))
            wanted = boxes.answers.pop(0)
            button = next(b for b in box.buttons() if b.text() == wanted)
            button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: boxes.seen
                            .append((title, text, [])))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch, qapp) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def demo_file(db_path: Path) -> Path:
    with Store.open(db_path) as s:
        load_demo(s)
    return db_path


@pytest.fixture(autouse=True)
def _release_locks():
    yield
    open_database._release_all()


def test_healthy_file_opens_locked_and_backed_up(demo_file: Path, boxes: Boxes):
    store = open_store_interactively(None, demo_file)
    assert store is not None and not store.readonly
    assert store.counts()["events"] == 29
    assert boxes.seen == []
    assert lock_path(demo_file).exists()
    backups = list_backups(demo_file.parent / "backups", demo_file)
    assert len(backups) == 1 and backups[0].path.name.endswith("-daily.sqlite3")
    # A second start the same day: no second daily copy, and the file is taken.
    with pytest.raises(Exception, match="другой копией"):
        acquire_lock(demo_file)
    store.close()


def test_second_copy_offers_read_only(demo_file: Path, boxes: Boxes):
    with acquire_lock(demo_file):  # «another copy of the program»
        boxes.answers = ["Открыть только для просмотра"]
        store = open_store_interactively(None, demo_file)
        assert store is not None and store.readonly
        assert store.counts()["events"] == 29
        title, text, labels = boxes.seen[0]
        assert "База уже открыта другой копией программы" in text
        assert "Выход" in labels and "Выбрать другой файл…" in labels
        store.close()


def test_second_copy_can_exit(demo_file: Path, boxes: Boxes):
    before = demo_file.read_bytes()
    with acquire_lock(demo_file):
        boxes.answers = ["Выход"]
        assert open_store_interactively(None, demo_file) is None
    assert demo_file.read_bytes() == before


def test_read_only_medium(demo_file: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch):
    real = database.os.access
    monkeypatch.setattr(database.os, "access",
                        lambda p, m: False if m == database.os.W_OK else real(p, m))
    boxes.answers = ["Открыть только для просмотра"]
    store = open_store_interactively(None, demo_file)
    assert store.readonly and store.counts()["events"] == 29
    assert "только для чтения" in boxes.seen[0][1]
    assert "Восстановить из резервной копии…" not in boxes.seen[0][2]
    store.close()


def test_corrupt_file_restored_from_backup(demo_file: Path, boxes: Boxes,
                                           monkeypatch: pytest.MonkeyPatch):
    with Store.open(demo_file) as s:
        make_backup(s.db.conn, demo_file, demo_file.parent / "backups")
    data = bytearray(demo_file.read_bytes())
    data[100:16384] = b"\x5a" * (16384 - 100)
    demo_file.write_bytes(bytes(data))
    Path(f"{demo_file}-wal").unlink(missing_ok=True)

    def pick_first(dialog: QDialog) -> int:
        assert dialog.model.rowCount() == 1
        assert dialog.model.index(0, 1).data() == "29"
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", pick_first)
    boxes.answers = ["Восстановить из резервной копии…"]
    store = open_store_interactively(None, demo_file)
    assert "повреждён" in boxes.seen[0][1]
    assert store is not None and store.counts()["events"] == 29 and store.integrity() == "ok"
    # The damaged bytes are kept, not overwritten for good.
    kept = [b for b in list_backups(demo_file.parent / "backups", demo_file)
            if "damaged" in b.path.name]
    assert kept and kept[0].path.read_bytes()[100:200] == b"\x5a" * 100
    store.close()


def test_newer_file_choose_another(demo_file: Path, tmp_path: Path, boxes: Boxes,
                                   monkeypatch: pytest.MonkeyPatch):
    with sqlite3.connect(demo_file) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('interreg', '9999_future', '2030-01-01')")
    conn.close()
    before = demo_file.read_bytes()
    other = tmp_path / "other.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    boxes.answers = ["Выбрать другой файл…"]
    store = open_store_interactively(None, demo_file)
    assert "более новой версией" in boxes.seen[0][1]
    assert store is not None and store.path == other
    assert demo_file.read_bytes() == before
    store.close()


def test_not_a_database_then_exit(tmp_path: Path, boxes: Boxes):
    doc = tmp_path / "letter.docx"
    doc.write_bytes(b"PK\x03\x04 not a database")
    boxes.answers = ["Выход"]
    assert open_store_interactively(None, doc) is None
    assert "не является базой данных" in boxes.seen[0][1]
    assert doc.read_bytes() == b"PK\x03\x04 not a database"
