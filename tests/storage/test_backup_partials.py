"""Half-written copies left by a backup that was killed: cleaned up, but never someone else's.

A clerk's backup folder must not fill up with «.partial» files after crashes, while a copy
another copy of the program is writing right now (or another database's) stays untouched.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.storage.backup import PARTIAL_SUFFIX, backup_name, backups_of, make_backup
from desktop_app.storage.store import Store


def _partial(folder: Path, db: Path, minutes_old: float, seconds_back: int) -> Path:
    when = datetime.now() - timedelta(seconds=seconds_back)
    path = folder / backup_name(db, "manual", when).replace(".sqlite3", PARTIAL_SUFFIX)
    path.write_bytes(b"half a copy")
    stamp = time.time() - minutes_old * 60
    os.utime(path, (stamp, stamp))
    return path


def test_a_killed_backups_leftover_is_removed_by_the_next_backup(demo_store: Store,
                                                                  tmp_path: Path):
    folder = tmp_path / "bk"
    folder.mkdir()
    db = demo_store.path
    stale = _partial(folder, db, minutes_old=120, seconds_back=7200)
    fresh = _partial(folder, db, minutes_old=1, seconds_back=60)  # may still be being written
    other_db = tmp_path / "другая.db"
    others = _partial(folder, other_db, minutes_old=120, seconds_back=7200)
    made = make_backup(demo_store.path, db, folder)
    assert not stale.exists()
    assert fresh.exists() and others.exists()
    assert backups_of(folder, db) == [made]
