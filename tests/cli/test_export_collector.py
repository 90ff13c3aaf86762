"""The export and import commands turn the cycle collector off for their own work only:
a caller that runs commands in-process (the tests, a script) gets it back, after an error too."""

from __future__ import annotations

import gc

from desktop_app.cli import main


def test_export_gives_the_collector_back(db_path, tmp_path):
    assert main(["demo", "--db", str(db_path)]) == 0
    out = tmp_path / "q1.docx"
    assert main(["export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
                 "--format", "docx", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    assert gc.isenabled()


def test_a_failed_export_gives_the_collector_back(db_path, tmp_path):
    assert main(["demo", "--db", str(db_path)]) == 0
    assert main(["export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
                 "--format", "docx", "--out", str(tmp_path / "bad.docx"),
                 "--department", "нет такого"]) != 0
    assert gc.isenabled()


def test_import_gives_the_collector_back(db_path, tmp_path):
    assert main(["demo", "--db", str(db_path)]) == 0
    out = tmp_path / "q1.docx"
    assert main(["export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
                 "--format", "docx", "--out", str(out)]) == 0
    fresh = tmp_path / "fresh.interreg"
    assert main(["import", "--db", str(fresh), "--create-missing", str(out)]) == 0
    assert fresh.exists()
    assert gc.isenabled()


def test_a_failed_import_gives_the_collector_back(db_path, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")
    assert main(["import", "--db", str(db_path), "--create-missing", str(broken)]) != 0
    assert not db_path.exists()  # a failed import into a new file leaves no file
    assert gc.isenabled()
