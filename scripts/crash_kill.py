"""Kill a writer with SIGKILL at random moments and check that nothing acknowledged is lost.

A writer subprocess saves events one by one through Store.save_event (and now
and then updates an earlier one) and prints ``id version`` after each save has
returned — that line is the program telling the clerk «сохранено». The driver
kills it at a random moment (also while it is still opening the file and
replaying the WAL), then checks that the file passes ``PRAGMA integrity_check``
and holds every acknowledged event at least at the acknowledged version.

    /work/venv/bin/python scripts/crash_kill.py [--kills 1000] [--lanes 2]

Prints kills, corrupt files, lost acknowledged events. Exit code 0 only if both
are zero. tests/storage/test_crash_kill.py runs a short version of the same.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

WRITER = r"""
import random, sys
from datetime import date
from desktop_app.domain.entities import Department, Event
from desktop_app.storage.store import Store

store = Store.open(sys.argv[1])
depts = store.departments()
dept = depts[0] if depts else store.save_department(Department(name="Департамент"))
print("ready", flush=True)
rng = random.Random()
mine = []
n = 0
while True:
    n += 1
    if mine and n % 5 == 0:
        event = store.event(rng.choice(mine))
        event.title = event.title + " (правка)"
        event.result = "x" * rng.randint(0, 4000)
        saved = store.save_event(event, expected_version=event.version)
    else:
        saved = store.save_event(Event(
            department_id=dept.id, title=f"Мероприятие {n}", timing="5 февраля",
            starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5),
            participants="всего 150 человек", result="y" * rng.randint(0, 8000),
        ))
        mine.append(saved.id)
    sys.stdout.write(f"{saved.id} {saved.version}\n")
    sys.stdout.flush()
"""


@dataclass
class Figures:
    kills: int = 0
    corrupt: int = 0
    lost: int = 0
    acknowledged: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        self.kills += other.kills
        self.corrupt += other.corrupt
        self.lost += other.lost
        self.acknowledged += other.acknowledged
        self.problems += other.problems


def _check(db: Path, acked: dict[str, int]) -> tuple[bool, int, str]:
    """(intact, lost count, problem) after a kill, read the way the next start would."""
    if not db.exists():
        return True, len(acked), "file missing" if acked else ""
    conn = sqlite3.connect(str(db), timeout=10)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return False, 0, "; ".join(result[:3])
        try:
            have = dict(conn.execute("SELECT id, version FROM events").fetchall())
        except sqlite3.OperationalError:
            have = {}  # killed before the schema was created
        lost = [i for i, v in acked.items() if have.get(i, 0) < v]
        return True, len(lost), f"lost {lost[:3]}" if lost else ""
    except sqlite3.DatabaseError as exc:
        return False, 0, str(exc)
    finally:
        conn.close()


def _read_acks(lines: list[str], acked: dict[str, int]) -> None:
    for line in lines:
        if not line.endswith("\n"):
            continue  # the writer died mid-line: never acknowledged
        parts = line.split()
        if len(parts) == 2:
            acked[parts[0]] = max(acked.get(parts[0], 0), int(parts[1]))


def run_lane(db: Path, kills: int, seed: int, max_delay: float = 0.08) -> Figures:
    """Start, kill and check a writer ``kills`` times on one database file."""
    rng = random.Random(seed)
    figures = Figures()
    acked: dict[str, int] = {}
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for kill in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda p=proc, out=lines: out.extend(iter(p.stdout.readline, "")))
        reader.start()
        if kill == kills - 1:
            # The lane's last kill waits for one acknowledged save, so every run proves the
            # check on saved data whatever the machine's speed (a loaded machine may never
            # get past «ready» within the random delays).
            deadline = time.monotonic() + 60
            while len(lines) < 2 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
        elif rng.random() < 0.15:
            # Sometimes die while opening: creating the schema or replaying the WAL.
            time.sleep(rng.uniform(0, 0.2))
        else:
            deadline = time.monotonic() + 10
            while not lines and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, max_delay))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join()
        err = proc.stderr.read()
        proc.stderr.close()
        proc.stdout.close()
        if proc.returncode != -signal.SIGKILL:
            figures.problems.append(f"writer ended by itself ({proc.returncode}): {err[-300:]}")
        _read_acks(lines, acked)
        figures.kills += 1
        intact, lost, problem = _check(db, acked)
        if not intact:
            figures.corrupt += 1
            figures.problems.append(f"corrupt after kill {figures.kills}: {problem}")
            break  # a corrupt file cannot be continued meaningfully
        if lost:
            figures.lost += lost
            figures.problems.append(f"after kill {figures.kills}: {problem}")
    figures.acknowledged = len(acked)
    return figures


def run_kills(kills: int, folder: Path, lanes: int = 2, seed: int | None = None) -> Figures:
    """Split ``kills`` over ``lanes`` database files killed in parallel."""
    seed = random.randrange(1 << 30) if seed is None else seed
    results: list[Figures] = [Figures() for _ in range(lanes)]
    per_lane = [kills // lanes + (1 if i < kills % lanes else 0) for i in range(lanes)]

    def lane(i: int) -> None:
        results[i] = run_lane(folder / f"lane{i}.sqlite3", per_lane[i], seed + i)

    threads = [threading.Thread(target=lane, args=(i,)) for i in range(lanes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = Figures()
    for r in results:
        total.add(r)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--lanes", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="interreg-kill-") as tmp:
        fig = run_kills(args.kills, Path(tmp), args.lanes, args.seed)
    spent = time.monotonic() - start
    print(f"kills: {fig.kills}")
    print(f"corrupt files: {fig.corrupt}")
    print(f"lost acknowledged events: {fig.lost}")
    print(f"acknowledged saves (distinct events): {fig.acknowledged}")
    print(f"time: {spent:.1f} s ({spent / max(fig.kills, 1) * 1000:.0f} ms per kill)")
    for p in fig.problems[:10]:
        print("problem:", p)
    return 0 if fig.corrupt == 0 and fig.lost == 0 and not fig.problems else 1


if __name__ == "__main__":
    sys.exit(main())
