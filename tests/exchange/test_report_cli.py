"""`interreg export --format docx|xlsx|pdf` in-process: exit codes, files, plain errors."""

from __future__ import annotations

import errno

import openpyxl
import pytest
from docx import Document

from desktop_app.cli import main
from desktop_app.demo import load_demo
from desktop_app.exchange import docx_report, docx_text
from desktop_app.storage.store import Store


@pytest.fixture
def demo_db(db_path):
    with Store.open(db_path) as store:
        load_demo(store)
    return db_path


def export(db, fmt, out, *extra):
    return main(["export", "--db", str(db), "--year", "2020", "--quarter", "1",
                 "--format", fmt, "--out", str(out), *extra])


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_export_formats(demo_db, tmp_path, capsys, fmt):
    out = tmp_path / f"r.{fmt}"
    assert export(demo_db, fmt, out) == 0
    assert out.stat().st_size > 1000
    assert "сохранён" in capsys.readouterr().out
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")


def test_department_and_layout_options(demo_db, tmp_path):
    out = tmp_path / "r.xlsx"
    assert export(demo_db, "xlsx", out, "--department", "Культура", "--layout", "per-agreement") == 0
    ws = openpyxl.load_workbook(out).active
    sections = [ws.cell(r, 1).value for r in range(5, ws.max_row + 1)
                if ws.cell(r, 1).value and not ws.cell(r, 1).value.endswith(".")]
    assert sections == ["I квартал", "Департамент Смоленской области по культуре"]
    numbers = [ws.cell(r, 1).value for r in range(5, ws.max_row + 1)
               if (ws.cell(r, 1).value or "").endswith(".")]
    # 8 culture events, row 17 under five agreements → 12 rows in the per-agreement layout;
    # the numbers are the events': an event under five agreements is «5.» under each
    assert len(numbers) == 12
    assert sorted(set(numbers), key=lambda n: int(n[:-1])) == [f"{n}." for n in range(1, 9)]


def test_bad_out_folder_or_failed_write_leaves_old_file(demo_db, tmp_path, capsys, monkeypatch):
    assert export(demo_db, "docx", tmp_path / "missing" / "r.docx") == 1
    err = capsys.readouterr().err
    assert "не существует" in err and "Traceback" not in err

    old = tmp_path / "r.docx"
    old.write_bytes(b"old report")

    def disk_full(report, path, *args, **kwargs):
        path.write_bytes(b"half a file")
        raise OSError(errno.ENOSPC, "No space left on device")

    # Both DOCX writers: the text one the export takes, python-docx's where it must.
    monkeypatch.setattr(docx_report, "save_docx", disk_full)
    monkeypatch.setattr(docx_text, "save_docx_text", disk_full)
    assert export(demo_db, "docx", old) == 1
    err = capsys.readouterr().err
    assert "Недостаточно места" in err and "Traceback" not in err
    assert old.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.docx")] == []
    monkeypatch.undo()
    assert export(demo_db, "docx", old) == 0
    assert len(Document(str(old)).tables[0].rows) > 29


def test_json_export_still_works(demo_db, tmp_path):
    out = tmp_path / "r.json"
    assert export(demo_db, "json", out) == 0
    assert '"events"' in out.read_text(encoding="utf-8")


def test_dates_as_typed_option(demo_db, tmp_path):
    def timings(*extra):
        out = tmp_path / f"r{len(extra)}.xlsx"
        assert export(demo_db, "xlsx", out, *extra) == 0
        ws = openpyxl.load_workbook(out).active
        return [ws.cell(r, 4).value for r in range(5, ws.max_row + 1)
                if (ws.cell(r, 1).value or "").endswith(".")]

    canonical, typed = timings(), timings("--dates-as-typed")
    assert "29 февраля \u2013 1 марта" in canonical and "29 февраля -1 марта" not in canonical
    assert "29 февраля -1 марта" in typed and "1 квартал" in typed
