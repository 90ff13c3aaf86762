"""The export command turns the cycle collector off for its own work only: a caller
that runs commands in-process (the tests, a script) gets it back, after an error too."""

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
