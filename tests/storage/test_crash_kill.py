"""SIGKILL a writer at random moments: the file stays intact, nothing acknowledged is lost.

The same driver as scripts/crash_kill.py (which runs a thousand kills); here a
short run that keeps the suite fast.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "crash_kill.py"


def _driver():
    spec = importlib.util.spec_from_file_location("crash_kill", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_kill"] = module
    spec.loader.exec_module(module)
    return module


def test_random_kills_lose_nothing(tmp_path: Path):
    driver = _driver()
    # A fixed seed makes a failure reproducible; INTERREG_KILL_SEED tries another one.
    seed = int(os.environ.get("INTERREG_KILL_SEED", "20200105"))
    figures = driver.run_kills(160, tmp_path, lanes=2, seed=seed)
    print(f"seed={seed} kills={figures.kills} corrupt={figures.corrupt} lost={figures.lost} "
          f"acknowledged={figures.acknowledged}")
    assert figures.kills == 160
    assert figures.problems == []
    assert figures.corrupt == 0
    assert figures.lost == 0
    # The check must have had saved data to lose; how many saves fit between kills depends
    # on the machine's load, so only "some" is asserted, never a throughput.
    assert figures.acknowledged >= 1


def test_check_notices_a_lost_event_and_a_damaged_file(tmp_path: Path):
    """The checker itself must be able to fail, or the test above proves nothing."""
    from desktop_app.demo import load_demo
    from desktop_app.storage.store import Store

    driver = _driver()
    db = tmp_path / "x.sqlite3"
    with Store.open(db) as s:
        load_demo(s)
        some = s.events_between(__import__("datetime").date(2020, 1, 1),
                                __import__("datetime").date(2020, 12, 31))[0]
    assert driver._check(db, {some.id: 1}) == (True, 0, "")
    intact, lost, _ = driver._check(db, {"never-saved": 1, some.id: 99})
    assert intact and lost == 2
    data = bytearray(db.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\x07" * 200
    db.write_bytes(bytes(data))
    intact, _lost, problem = driver._check(db, {})
    assert not intact and problem
