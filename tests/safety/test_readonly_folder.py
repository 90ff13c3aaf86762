"""Attack 9: a database in a folder the user may read but not write."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# root writes anywhere: drop the capabilities that let it, so the folder's mode counts.
_AS_USER = ([shutil.which("setpriv") or "setpriv",
             "--bounding-set=-dac_override,-dac_read_search,-fowner",
             "--inh-caps=-dac_override,-dac_read_search,-fowner"]
            if os.geteuid() == 0 else [])


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*_AS_USER, sys.executable, *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def readonly_db(demo_db: Path):
    folder = demo_db.parent
    folder.chmod(0o555)
    try:
        probe = _run("-c", f"open({str(folder / 'probe')!r}, 'w')")
        assert probe.returncode != 0, "the folder must refuse writes for this test to mean anything"
        yield demo_db
    finally:
        folder.chmod(0o755)


def test_check_export_and_viewing_work_in_a_read_only_folder(readonly_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "q1.json"
    check = _run("-m", "desktop_app.cli", "check", "--db", str(readonly_db))
    assert check.returncode == 0, check.stderr
    assert "в порядке" in check.stdout
    export = _run("-m", "desktop_app.cli", "export", "--db", str(readonly_db), "--year", "2020",
                  "--quarter", "1", "--format", "json", "--out", str(out))
    assert export.returncode == 0, export.stderr
    view = _run("-c", "from desktop_app.storage.lifecycle import open_for_viewing; "
                f"print(open_for_viewing({str(readonly_db)!r}).counts()['events'])")
    assert view.stdout.strip() == "29", view.stderr


def test_writing_there_is_still_refused_in_plain_words(readonly_db):
    demo = _run("-m", "desktop_app.cli", "demo", "--db", str(readonly_db))
    assert demo.returncode == 1
    assert "только для просмотра" in demo.stderr and "Traceback" not in demo.stderr
