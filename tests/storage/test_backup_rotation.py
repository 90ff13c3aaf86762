"""Rotation drops the OLDEST copies: the ones that survive are the newest, whatever the names.

Each copy is told apart by what it holds (one more event each time), not by its file
name, so the test keeps meaning the same when the naming scheme changes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.entities import Department, Event
from desktop_app.storage.backup import list_backups, make_backup
from desktop_app.storage.store import Store


def _add_event(store: Store, n: int) -> None:
    depts = store.departments()
    dept = depts[0] if depts else store.save_department(Department(name="Департамент"))
    store.save_event(Event(department_id=dept.id, title=f"Мероприятие {n}", timing="5 февраля",
                           starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5)))


def _backup_series(store: Store, folder: Path, copies: int, keep: int) -> list[Path]:
    """``copies`` backups, the k-th made when the file holds k events."""
    made = []
    for n in range(1, copies + 1):
        _add_event(store, n)
        made.append(make_backup(store.path, store.path, folder, keep=keep))
    return made


@pytest.mark.parametrize(("copies", "keep"), [(5, 3), (4, 1), (3, 3), (2, 5)])
def test_rotation_keeps_exactly_the_newest_copies(tmp_path: Path, copies: int, keep: int):
    folder = tmp_path / "backups"
    with Store.open(tmp_path / "отчет.interreg") as store:
        made = _backup_series(store, folder, copies, keep)
        survivors = list_backups(folder, store.path)
    expected = list(range(copies, max(copies - keep, 0), -1))  # event counts, newest first
    assert sorted((b.events for b in survivors), reverse=True) == expected
    assert {b.path for b in survivors} == {p for p in made if p.exists()}
    assert made[-1].exists()  # the copy just made is never the one rotated away
    # nothing else is left behind in the folder (no half-written copies)
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in survivors)


def test_rotation_never_deletes_the_copy_just_made(tmp_path: Path):
    folder = tmp_path / "backups"
    with Store.open(tmp_path / "отчет.interreg") as store:
        made = _backup_series(store, folder, 3, keep=0)
        assert [b.events for b in list_backups(folder, store.path)] == [3]
    assert made[-1].exists()


def test_rotation_leaves_another_databases_copies_alone(tmp_path: Path):
    folder = tmp_path / "backups"
    with Store.open(tmp_path / "другой.interreg") as other:
        theirs = _backup_series(other, folder, 2, keep=5)
    with Store.open(tmp_path / "отчет.interreg") as store:
        _backup_series(store, folder, 4, keep=2)
        assert [b.events for b in list_backups(folder, store.path)] == [4, 3]
    assert all(p.exists() for p in theirs)
