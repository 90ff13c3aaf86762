"""A large database for the benchmarks: the demo report copied to N events.

Rows go in through sqlite-utils in one transaction. ``with_log`` adds the
change-log row the Store writes when it creates each event (its JSON snapshot),
so that exports that read the log meet a file shaped like a clerk's; the window
benchmark leaves it out (it never reads the log).
"""

from __future__ import annotations

import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.storage import records
from desktop_app.storage.store import Store


def build(path: Path, count: int = 100_000, seed: int = 1, with_log: bool = False,
          analyze: bool = True) -> float:
    """Create ``path`` with the demo data plus copies up to ``count`` events; return seconds."""
    began = time.perf_counter()
    rng = random.Random(seed)
    with Store.open(path) as store:
        load_demo(store)
        period = ReportPeriod.quarter(2020, 1)
        demo = store.events_in_period(period)
        existing = len(demo)
        words = [w for e in demo for w in e.title.split() if len(w) > 4]
        events, links = [], []
        stamp = "2020-04-01T00:00:00.000+00:00"
        for n in range(existing, count):
            src = demo[n % len(demo)]
            day = period.start + timedelta(days=rng.randrange(0, 90))
            event_id = str(uuid.UUID(int=rng.getrandbits(128)))
            events.append(
                {
                    "id": event_id,
                    "department_id": src.department_id,
                    "title": f"{src.title} {rng.choice(words)} №{n}",
                    "timing": f"{day.day} {day:%m}.{day.year}",
                    "timing_kind": "day",
                    "starts_on": day.isoformat(),
                    "ends_on": (day + timedelta(days=rng.randrange(0, 3))).isoformat(),
                    "place": src.place,
                    "participants": src.participants,
                    "participants_count": src.participants_count,
                    "result": src.result,
                    "note": src.note,
                    "status": str(src.status),
                    "repeat_agreement": 0,
                    "position": n + 1,
                    "version": 1,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            links.extend(
                {"event_id": event_id, "agreement_id": a, "position": i}
                for i, a in enumerate(src.agreement_ids)
            )
        with store.transaction():
            store.db["events"].insert_all(events, batch_size=2000)
            store.db["event_agreements"].insert_all(links, batch_size=5000)
            if with_log:
                store.db["change_log"].insert_all(_creation_log(store, events, links),
                                                  batch_size=2000)
        if analyze:  # a clerk's file never had ANALYZE run on it: the user-path benchmark skips it
            store.db.execute("ANALYZE")
    return time.perf_counter() - began


def _creation_log(store: Store, events: list[dict], links: list[dict]) -> list[dict]:
    """The «create» entry Store.save_event would have logged for each copied event."""
    agreements: dict[str, list[str]] = {}
    for link in links:
        agreements.setdefault(link["event_id"], []).append(link["agreement_id"])
    out = []
    for row in events:
        event = records.event_from_row(row, agreements.get(row["id"], []), [])
        out.append({"at": row["created_at"], "user": store.user, "entity": "event",
                    "entity_id": row["id"], "action": "create", "before": None,
                    "after": records.snapshot(event)})
    return out


def ensure(path: Path, count: int = 100_000) -> Path:
    if not path.exists():
        build(path, count)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/interreg_bench.sqlite3")
    target.unlink(missing_ok=True)
    print(f"built {target} in {build(target):.1f} s")
    _ = date
