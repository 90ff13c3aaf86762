"""Attack 1: an export aimed at the database itself, its side files or a device."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.exchange.files import ExportError, atomic_write
from desktop_app.storage.lock import lock_path

from .conftest import export_args


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["json", "docx", "xlsx"])
def test_export_over_the_database_is_refused_and_the_file_is_untouched(demo_db, capsys, fmt):
    before = _digest(demo_db)
    assert main(export_args(demo_db, demo_db, fmt)) == 1
    err = capsys.readouterr().err
    assert "файл базы данных" in err and "Traceback" not in err
    assert _digest(demo_db) == before
    assert main(["check", "--db", str(demo_db)]) == 0


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_export_over_the_databases_side_files_is_refused(demo_db, capsys, side):
    target = demo_db.with_name(demo_db.name + side)
    assert main(export_args(demo_db, target)) == 1
    assert "файл базы данных" in capsys.readouterr().err
    assert not target.exists() or not target.read_bytes().startswith(b"{")
    assert main(["check", "--db", str(demo_db)]) == 0


def test_export_over_the_lock_file_a_hard_link_or_a_symlink_is_refused(demo_db, tmp_path, capsys):
    hard = tmp_path / "копия.json"
    os.link(demo_db, hard)
    soft = tmp_path / "ссылка.json"
    soft.symlink_to(demo_db)
    before = _digest(demo_db)
    for target in (lock_path(demo_db), hard, soft, tmp_path / "." / demo_db.name):
        assert main(export_args(demo_db, target)) == 1, target
        assert "файл базы данных" in capsys.readouterr().err
    assert _digest(demo_db) == before
    assert soft.is_symlink()


def test_export_over_a_backup_is_refused(demo_db, capsys):
    assert main(["backup", "--db", str(demo_db)]) == 0
    backup = Path(capsys.readouterr().out.split(": ", 1)[1].strip())
    before = _digest(backup)
    assert main(export_args(demo_db, backup)) == 1
    assert "резервн" in capsys.readouterr().err
    assert _digest(backup) == before


def test_export_to_a_device_or_a_fifo_is_refused(demo_db, tmp_path, capsys):
    # The device is reached through a link in the test's folder: the guard looks at what a
    # name leads to, as for a typed «/dev/null», but a broken guard (a mutation run plants
    # exactly that) renames its file over the link, never over the machine's /dev/null.
    device = tmp_path / "null"
    device.symlink_to("/dev/null")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for target in (device, fifo):
        assert main(export_args(demo_db, target)) == 1, target
        assert "не обычный файл" in capsys.readouterr().err
    assert device.is_symlink() and device.is_char_device()
    assert fifo.is_fifo()


def test_window_and_every_writer_share_the_guard(demo_db):
    """atomic_write is the one door every export, e-mail draft and change log goes through."""
    with pytest.raises(ExportError, match="файл базы данных"):
        atomic_write(demo_db, lambda tmp: tmp.write_bytes(b"x"), protect=demo_db)


def test_an_ordinary_new_name_and_an_old_export_are_still_written(demo_db, tmp_path):
    out = tmp_path / "q1.json"
    assert main(export_args(demo_db, out)) == 0
    assert main(export_args(demo_db, out)) == 0
    assert out.stat().st_size > 100


def test_databases_whose_path_cannot_be_resolved_are_all_still_protected(tmp_path, monkeypatch):
    """A database on a path the system cannot resolve (a share gone away) is remembered by
    its absolute name; two such databases are both remembered, neither replaces the other."""
    from desktop_app.storage import protected

    first, second = tmp_path / "первая.db", tmp_path / "вторая.db"
    for db in (first, second):
        db.write_bytes(b"not yet a database")
    monkeypatch.setattr(protected, "_opened", {})

    def unreachable(self, strict=False):
        raise OSError("the network share is gone")

    with monkeypatch.context() as m:
        m.setattr(Path, "resolve", unreachable)
        protected.remember_database(first)
        protected.remember_database(second)
    for db in (first, second):
        with pytest.raises(protected.OutputRefused, match="файл базы данных"):
            protected.refuse_output(db.with_name(db.name + "-wal"))


def test_an_export_over_a_file_another_program_holds_is_not_called_a_database(tmp_path,
                                                                              monkeypatch):
    """Word keeps the report it shows locked (on Windows reading it fails): the guard lets the
    write go on and report its own error, rather than call the document a database."""
    from desktop_app.storage import protected

    held = tmp_path / "отчет.docx"
    held.write_bytes(b"PK\x03\x04 a report open in Word")

    def locked(path, mode="r", *args, **kwargs):
        raise PermissionError(13, "The process cannot access the file", str(path))

    monkeypatch.setattr(protected, "open", locked, raising=False)
    protected.refuse_output(held)  # no refusal
    sqlite_copy = tmp_path / "база.docx"
    sqlite_copy.write_bytes(b"SQLite format 3\x00" + bytes(100))
    monkeypatch.undo()
    with pytest.raises(protected.OutputRefused, match="SQLite"):
        protected.refuse_output(sqlite_copy)


def test_each_refusal_says_what_the_file_is_and_what_to_do(demo_db, tmp_path, capsys):
    """The user reads these words: each names the file, what it is, and the way out."""
    assert main(["backup", "--db", str(demo_db)]) == 0
    backup = Path(capsys.readouterr().out.split(": ", 1)[1].strip())
    fifo = tmp_path / "канал"
    os.mkfifo(fifo)
    other_db = tmp_path / "чужая.docx"
    other_db.write_bytes(demo_db.read_bytes())
    expected = {
        tmp_path: f"«{tmp_path}» — это папка. Укажите имя файла.",
        fifo: f"«{fifo}» — не обычный файл (устройство или канал); отчёт в него не "
              "записывается. Укажите имя файла в папке.",
        demo_db: f"«{demo_db}» — файл базы данных «отчет.db» или её служебный файл; "
                 "запись туда уничтожила бы данные. Выберите другое имя файла.",
        backup: f"«{backup}» — резервная копия базы данных; отчёт поверх неё не "
                "записывается. Выберите другое имя файла.",
        other_db: f"«{other_db}» — файл базы данных SQLite; отчёт поверх неё не "
                  "записывается. Выберите другое имя файла.",
    }
    for target, message in expected.items():
        assert main(export_args(demo_db, target)) == 1, target
        assert message in capsys.readouterr().err, target


def test_a_hard_link_to_a_side_file_of_any_protected_database_is_refused(tmp_path):
    """Only the file identity gives such a name away: it is not SQLite and not named like the
    database. Every database the caller names is protected, not just the last one."""
    from desktop_app.storage import protected

    links = []
    for name in ("первая.db", "вторая.db"):
        db = tmp_path / name
        db.write_bytes(b"")
        wal = db.with_name(db.name + "-wal")
        wal.write_bytes(b"log records, not a database header")
        links.append(tmp_path / f"отчёт-{name}.json")
        os.link(wal, links[-1])
    for link in links:
        with pytest.raises(protected.OutputRefused, match="служебный файл"):
            protected.refuse_output(link, protect=[tmp_path / "первая.db", tmp_path / "вторая.db"])
    protected.refuse_output(tmp_path / "новый.json", protect=[tmp_path / "первая.db"])


def test_an_output_in_a_folder_that_is_a_file_is_left_to_the_write_to_report(tmp_path, capsys):
    """stat fails with something other than «no such file»: no refusal, no traceback — the
    write says in plain words that it cannot create the file."""
    from desktop_app.storage import protected

    not_a_folder = tmp_path / "отчёт.txt"
    not_a_folder.write_text("x")
    protected.refuse_output(not_a_folder / "r.json")
