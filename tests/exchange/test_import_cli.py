"""`interreg import`: exit codes, the summary on stdout, plain messages on stderr."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from report_shapes import build_docx, build_xlsx

from desktop_app.cli import main
from desktop_app.commands.import_ import EXIT_CONFLICTS
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

Q1 = ReportPeriod.quarter(2020, 1)


def count(db_path) -> int:
    with Store.open(db_path) as store:
        return store.counts()["events"]


def test_unmatched_names_stop_the_import_and_are_listed(db_path, tmp_path, capsys):
    path = build_docx(tmp_path / "r.docx")
    assert main(["import", "--db", str(db_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert "Главное управление спорта Смоленской области" in err
    assert "--create-missing" in err and "Traceback" not in err
    assert count(db_path) == 0


def test_create_missing_imports_and_a_second_run_adds_nothing(db_path, tmp_path, capsys):
    path = build_docx(tmp_path / "r.docx")
    assert main(["import", "--db", str(db_path), str(path), "--create-missing"]) == 0
    assert "добавлено 29" in capsys.readouterr().out
    assert main(["import", "--db", str(db_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "добавлено 0" in out and "пропущено 29" in out
    assert count(db_path) == 29


def test_dry_run_prints_the_plan_and_writes_nothing(db_path, tmp_path, capsys):
    main(["demo", "--db", str(db_path)])
    with Store.open(db_path) as store:
        for event in store.events_in_period(Q1)[:3]:
            store.delete_event(event.id)
    capsys.readouterr()
    path = build_xlsx(tmp_path / "r.xlsx")
    assert main(["import", "--db", str(db_path), str(path), "--dry-run", "-v"]) == 0
    out = capsys.readouterr().out
    assert "Проверка без записи: добавлено 3" in out and "новое мероприятие" in out
    assert count(db_path) == 26


def test_a_bad_file_is_named_on_stderr_with_a_nonzero_exit(db_path, tmp_path, capsys):
    bad = tmp_path / "отчёт.docx"
    bad.write_bytes(b"")
    assert main(["import", "--db", str(db_path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "«отчёт.docx»" in err and "пуст" in err and "Traceback" not in err


def test_conflicts_are_listed_and_left_alone_unless_a_side_is_chosen(db_path, tmp_path, capsys):
    origin = Store.in_memory()
    from desktop_app.demo import load_demo

    load_demo(origin)
    first = export_report_file(origin, Q1, None, "docx", tmp_path / "a.docx")
    assert main(["import", "--db", str(db_path), str(first)]) == 0
    event = origin.events_in_period(Q1)[0]
    origin.save_event(replace(event, note="перенесено на апрель"))
    second = export_report_file(origin, Q1, None, "docx", tmp_path / "b.docx")
    with Store.open(db_path) as store:
        store.save_event(replace(store.event(event.id), note="своё примечание"))
    capsys.readouterr()
    assert main(["import", "--db", str(db_path), str(second)]) == EXIT_CONFLICTS
    captured = capsys.readouterr()
    assert "конфликт" in captured.out and "--theirs" in captured.err
    with Store.open(db_path) as store:
        assert store.event(event.id).note == "своё примечание"
    assert main(["import", "--db", str(db_path), str(second), "--mine"]) == 0
    with Store.open(db_path) as store:
        assert store.event(event.id).note == "своё примечание"
    assert main(["import", "--db", str(db_path), str(second), "--theirs"]) == 0
    with Store.open(db_path) as store:
        assert store.event(event.id).note == "перенесено на апрель"


def test_a_refused_import_into_a_new_file_leaves_no_file_behind(tmp_path, capsys):
    target = tmp_path / "new.db"
    assert main(["import", "--db", str(target), str(build_docx(tmp_path / "plain.docx"))]) != 0
    err = capsys.readouterr().err
    assert "plain.docx: строки № 1, 2, 3, 4, 5" in err
    assert not target.exists()
    assert list(tmp_path.glob("new.db*")) == []


def test_output_closed_after_a_saved_import_does_not_claim_nothing_changed(db_path, tmp_path):
    """«interreg import … | head»: the reader closes the pipe; the import stays saved and
    the message does not say the data were left unchanged."""
    path = build_docx(tmp_path / "r.docx")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the summary is printed
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "import", "--db", str(db_path),
             "--create-missing", str(path)],
            stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=300,
            cwd=Path(__file__).resolve().parents[2],
        )
    finally:
        os.close(write_end)
    assert "не изменены" not in done.stderr and "Traceback" not in done.stderr
    assert "Вывод прерван" in done.stderr and done.returncode == 141
    assert count(db_path) == 29


def test_a_new_file_is_written_once_and_left_in_wal_mode(tmp_path, capsys):
    """An import that creates its file commits through a rollback journal (each page
    written once) and leaves the file as every other: in WAL mode, no journal beside it."""
    target = tmp_path / "new.interreg"
    assert main(["import", "--db", str(target), "--create-missing",
                 str(build_docx(tmp_path / "r.docx"))]) == 0
    assert "добавлено 29" in capsys.readouterr().out
    assert not (tmp_path / "new.interreg-journal").exists()
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert count(target) == 29


def test_a_new_file_whose_write_fails_midway_is_removed(tmp_path, capsys, monkeypatch):
    from desktop_app.storage import bulk_events

    def fail(*_args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(bulk_events, "_log_rows", fail)  # after the rows went in
    target = tmp_path / "new.interreg"
    assert main(["import", "--db", str(target), "--create-missing",
                 str(build_docx(tmp_path / "r.docx"))]) != 0
    assert list(tmp_path.glob("new.interreg*")) == []
