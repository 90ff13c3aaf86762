"""Attacks 2, 3 and 7: damaged files, neighbours' backups and over-long names."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage.backup import backup_name, list_backups, make_backup, rotate

from .conftest import damage, export_args, quick_check


def _backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sqlite3"))


def _backup(db: Path, capsys, *extra: str) -> Path:
    assert main(["backup", "--db", str(db), *extra]) == 0
    return Path(capsys.readouterr().out.split(": ", 1)[1].strip())


# -- attack 2: a damaged database is not written to, nor backed up over good copies -------

def test_a_damaged_database_is_refused_by_every_writing_command(demo_db, tmp_path, capsys):
    good = _backup(demo_db, capsys)
    damage(demo_db)
    before = demo_db.read_bytes()
    report = tmp_path / "report.docx"
    commands = [
        ["backup", "--db", str(demo_db)],
        ["demo", "--db", str(demo_db)],
        ["import", "--db", str(demo_db), str(report)],
        export_args(demo_db, tmp_path / "q1.docx", "docx"),
    ]
    for argv in commands:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert "повреждён" in err and good.name in err, (argv, err)
    assert demo_db.read_bytes() == before
    assert not (tmp_path / "q1.docx").exists()


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf", "json"])
def test_an_export_of_a_damaged_database_keeps_the_old_report(demo_db, tmp_path, capsys, fmt):
    # The damage check runs beside the export's reading: the report is written in full
    # (the broken index is not one it reads), and only then refused — the old file stays.
    good = _backup(demo_db, capsys)
    out = tmp_path / f"q1.{fmt}"
    assert main(export_args(demo_db, out, fmt)) == 0
    old = out.read_bytes()
    damage(demo_db)
    assert main(export_args(demo_db, out, fmt)) == 1
    err = capsys.readouterr().err
    assert "повреждён" in err and good.name in err and "Traceback" not in err
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("q1")) == [out.name]


def test_the_damage_check_failing_to_run_does_not_hide_the_exports_own_error(
        demo_db, tmp_path, capsys, monkeypatch):
    # The check opens the file a second time beside the export: if that fails for a reason
    # of its own, the clerk still reads what was wrong with the export itself.
    from desktop_app.storage.errors import StorageError
    from desktop_app.storage.store import Store

    def refused(self, readonly=False):
        raise StorageError("файл занят проверкой")

    monkeypatch.setattr(Store, "for_worker", refused)
    argv = [*export_args(demo_db, tmp_path / "q1.docx", "docx"), "--department", "Нет такого"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "Департамент «Нет такого» не найден" in err and "занят проверкой" not in err


def test_the_summary_table_and_records_come_from_one_state_of_the_file(
        demo_db, tmp_path, monkeypatch):
    # --with-summary: an edit saved by the window after the summary was counted must not
    # reach the table or the records of the same file.
    from dataclasses import replace

    from desktop_app.domain.periods import ReportPeriod
    from desktop_app.exchange.docx_reader import read_docx
    from desktop_app.exchange.package import read_package
    from desktop_app.storage import summary_query
    from desktop_app.storage.store import Store

    original = summary_query.store_summary

    def counted_then_edited(store, *args, **kwargs):
        summary = original(store, *args, **kwargs)
        with Store.open(demo_db) as other:
            event = other.events_in_period(ReportPeriod.quarter(2020, 1))[0]
            other.save_event(replace(event, title="Правка из окна"))
        return summary

    monkeypatch.setattr(summary_query, "store_summary", counted_then_edited)
    out = tmp_path / "q1.docx"
    assert main([*export_args(demo_db, out, "docx"), "--with-summary"]) == 0
    assert "Правка из окна" not in [row.title for row in read_docx(out).rows]
    assert "Правка из окна" not in [e.event.title for e in read_package(out).events]


def test_three_rotations_of_a_damaged_database_keep_the_good_backups(demo_db, capsys):
    good = [_backup(demo_db, capsys, "--keep", "3") for _ in range(3)]
    damage(demo_db)
    for _ in range(3):
        assert main(["backup", "--db", str(demo_db), "--keep", "3"]) == 1
    capsys.readouterr()
    assert _backups(demo_db.parent / "backups") == sorted(good)
    assert all(quick_check(p) == "ok" for p in good)


def test_rotation_never_deletes_the_last_good_backup(demo_db, tmp_path, capsys):
    """Damaged copies (made by an older version, or by hand) do not push out the good one."""
    folder = demo_db.parent / "backups"
    good = _backup(demo_db, capsys)
    damaged_bytes = tmp_path / "damaged.db"
    shutil.copy(demo_db, damaged_bytes)
    damage(damaged_bytes)
    for i in range(3):
        later = datetime(2099, 1, 1, 0, 0, i)
        shutil.copy(damaged_bytes, folder / backup_name(demo_db, "manual", when=later))
    rotate(folder, demo_db, keep=2)
    assert good.exists()
    assert len(_backups(folder)) == 3


def test_restore_list_marks_damaged_copies_and_names_the_newest_good_one(demo_db, tmp_path, capsys):
    folder = demo_db.parent / "backups"
    good = _backup(demo_db, capsys)
    bad = folder / backup_name(demo_db, "daily")
    shutil.copy(good, bad)
    damage(bad)
    infos = {i.path: i for i in list_backups(folder, demo_db)}
    assert infos[bad].damaged and not infos[good].damaged
    assert main(["restore", "--db", str(demo_db), "--list"]) == 0
    out = capsys.readouterr().out
    bad_line = next(line for line in out.splitlines() if bad.name in line)
    assert "ПОВРЕЖДЕНА" in bad_line
    assert f"Последняя исправная копия: {good}" in out


# -- attack 3: backups of «отчет.db» are not those of «отчет-2021.db» ----------------------

def test_rotation_and_list_match_the_exact_database_name(tmp_path, capsys):
    folder = tmp_path / "backups"
    db, neighbour = tmp_path / "отчет.db", tmp_path / "отчет-2021.db"
    for path in (db, neighbour):
        assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    theirs = [_backup(neighbour, capsys) for _ in range(3)]
    for _ in range(3):
        _backup(db, capsys, "--keep", "2")
    assert all(p.exists() for p in theirs)
    assert {i.path for i in list_backups(folder, db)}.isdisjoint(theirs)
    assert len(list_backups(folder, db)) == 2
    assert main(["restore", "--db", str(db), "--list"]) == 0
    assert not any(p.name in capsys.readouterr().out for p in theirs)


# -- attack 7: a 240-byte file name --------------------------------------------------------

LONG = "отчет" * 24  # 120 Cyrillic letters, 240 bytes in UTF-8


def test_a_database_with_a_240_byte_name_backs_up_imports_and_exports(tmp_path, capsys):
    db = tmp_path / f"{LONG}.db"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    first = _backup(db, capsys, "--keep", "2")
    assert len(first.name.encode()) <= 255
    for _ in range(2):
        _backup(db, capsys, "--keep", "2")
    assert len(list_backups(db.parent / "backups", db)) == 2
    out = tmp_path / f"{LONG}.docx"
    assert main(export_args(db, out, "docx")) == 0
    assert main(["import", "--db", str(db), str(out)]) == 0, capsys.readouterr().err
    newest = list_backups(db.parent / "backups", db)[0].path
    assert main(["restore", "--db", str(db), str(newest)]) == 0, capsys.readouterr().err


def test_long_names_of_different_databases_do_not_share_backups(tmp_path):
    folder = tmp_path / "bk"
    a, b = tmp_path / f"{LONG}а.db", tmp_path / f"{LONG}б.db"
    for path in (a, b):
        main(["demo", "--db", str(path)])
    import sqlite3

    with sqlite3.connect(a) as conn:
        made = make_backup(conn, a, folder)
    conn.close()
    assert [i.path for i in list_backups(folder, a)] == [made]
    assert list_backups(folder, b) == []


@pytest.mark.parametrize("name", ["x.db", f"{LONG}.db"])
def test_the_window_opens_the_file(tmp_path, name):
    from desktop_app.ui.open_database import open_for_writing, release_lock

    db = tmp_path / name
    main(["demo", "--db", str(db)])
    store = open_for_writing(db)
    try:
        assert store.counts()["events"] == 29
        assert len(list_backups(db.parent / "backups", db)) == 1
    finally:
        store.close()
        release_lock(db)


def test_the_windows_restore_list_marks_damage_and_offers_the_newest_good_copy(demo_db, capsys,
                                                                               qtbot):
    from desktop_app.ui.backup_dialog import BackupDialog

    folder = demo_db.parent / "backups"
    good = _backup(demo_db, capsys)
    bad = folder / backup_name(demo_db, "daily", when=datetime(2099, 1, 1))
    shutil.copy(good, bad)
    damage(bad)
    dialog = BackupDialog(demo_db, folder)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.data(model.index(0, 1)) == "повреждена"
    assert model.data(model.index(1, 1)) == "29"
    assert dialog.chosen().path == good


def test_the_window_refuses_to_edit_a_damaged_file_at_its_daily_check(demo_db, capsys):
    from desktop_app.storage.errors import DatabaseCorrupt
    from desktop_app.storage.lock import acquire_lock
    from desktop_app.ui.open_database import open_for_writing

    good = _backup(demo_db, capsys)
    for copy in (demo_db.parent / "backups").iterdir():
        copy.rename(copy.with_name(copy.name.replace("-manual", "-old")))
    damage(demo_db)
    with pytest.raises(DatabaseCorrupt, match="повреждён"):
        open_for_writing(demo_db)
    acquire_lock(demo_db).release()  # the refusal let go of the file
    assert good.with_name(good.name.replace("-manual", "-old")).exists()
