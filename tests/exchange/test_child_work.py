"""The records part computed in a forked child: the same bytes as here, the same failure
as here, and the command line's DOCX carries the same records as the window's export."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest
from import_helpers import Q1

from desktop_app.demo import load_demo
from desktop_app.exchange import child_work
from desktop_app.exchange.package import NAMESPACE, read_package
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

FORKS = sys.platform not in ("win32", "darwin")  # elsewhere the work runs in the process

# Run in a fresh interpreter: the test process may have other threads, and then
# child_work (rightly) refuses to fork.
CHILD = """
import os, sys
from desktop_app.exchange import child_work
parent = os.getpid()
def work():
    if sys.argv[1] == "fail" and os.getpid() != parent:
        raise RuntimeError("only in the child")
    return (b"%d:" % os.getpid()) * 300_000  # several megabytes: more than a pipe holds
result = child_work.start(work)()
pid = int(result.split(b":")[0])
assert result == (b"%d:" % pid) * 300_000, "bytes lost on the way"
print("child" if pid != parent else "here")
"""


@pytest.mark.parametrize(("mode", "where"), [("ok", "child"), ("fail", "here")])
def test_work_runs_in_a_child_and_again_here_when_the_child_fails(mode, where):
    done = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (where if FORKS else "here")


def test_an_exception_of_the_work_reaches_the_caller_as_without_a_child():
    def work() -> bytes:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        child_work.start(work)()


def _payload(path) -> dict:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            blob = archive.read(name)
            if name.startswith("customXml/item") and NAMESPACE.encode() in blob[:400]:
                text = blob.decode()
                data = json.loads("".join(part.split("</ir:data>")[0] for part in
                                          text.split("<ir:data>")[1:]))
                data.pop("exported_at")
                return data
    raise AssertionError("no records part")


def test_the_command_lines_docx_carries_the_records_the_window_export_does(tmp_path):
    db = tmp_path / "r.interreg"
    store = Store.open(db)
    load_demo(store)
    here = export_report_file(store, Q1, None, "docx", tmp_path / "here.docx")
    store.close()
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "export", "--db", str(db), "--year", "2020",
         "--quarter", "1", "--format", "docx", "--out", str(tmp_path / "cli.docx")],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _payload(tmp_path / "cli.docx") == _payload(here)
    package = read_package(tmp_path / "cli.docx")
    assert package is not None and len(package.events) == 29
