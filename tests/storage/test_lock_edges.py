"""The lock file's edges: what it holds, what the messages say, races with a leaving holder.

Only behaviour on this platform is asserted; the Windows branch is listed in
docs/mutation.md as not reachable here.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop_app.storage import lock as lock_module
from desktop_app.storage.errors import DatabaseReadOnly, StorageError
from desktop_app.storage.lock import (
    WINDOW,
    DatabaseInUse,
    acquire_lock,
    holder_pid,
    in_use_message,
    lock_path,
)


def test_the_lock_file_holds_exactly_our_pid_even_over_a_longer_old_one(db_path: Path):
    lock_path(db_path).write_text("123456789012345678901234567890\nстарое\n", encoding="utf-8")
    with acquire_lock(db_path) as held:
        assert (held.db_path, held.path) == (db_path, lock_path(db_path))
        # our pid, then what holds it (nothing named here): no byte of the old content
        assert lock_path(db_path).read_bytes() == f"{os.getpid()}\n\n".encode("ascii")
        umask = os.umask(0)
        os.umask(umask)
        assert lock_path(db_path).stat().st_mode & 0o777 == 0o644 & ~umask
    assert not lock_path(db_path).exists() and not held.held


@pytest.mark.parametrize(("content", "pid"), [
    (b"4242\n", 4242), (b"4242\x00\x00garbage", 4242), (b"  77  \nsecond line\n", 77),
    (b"", None), (b"\x00\x00", None), (b"not a pid\n", None), (b"\xff\xfe12", None),
], ids=["pid", "pid-then-nuls", "spaces-then-lines", "empty", "nuls", "words", "bad-utf8"])
def test_the_holders_pid_is_read_whatever_the_file_holds(db_path: Path, content, pid):
    lock_path(db_path).write_bytes(content)
    assert holder_pid(db_path) == pid


def test_no_lock_file_no_pid(db_path: Path):
    assert holder_pid(db_path) is None


def test_in_use_message_names_the_holder_when_known(db_path: Path):
    assert in_use_message(db_path, 4242, WINDOW) == (
        f"База уже открыта другой копией программы ({WINDOW}, процесс 4242): «{db_path}». "
        "Перейдите в то окно или закройте его и повторите. Файл можно открыть только для "
        "просмотра.")
    assert in_use_message(db_path, 4242) == (
        f"База уже открыта другой копией программы (процесс 4242): «{db_path}». Дождитесь "
        "окончания той команды или закройте то окно и повторите. Файл можно открыть только "
        "для просмотра.")
    assert in_use_message(db_path, None) == (
        f"База уже открыта другой копией программы: «{db_path}». Дождитесь окончания той "
        "команды или закройте то окно и повторите. Файл можно открыть только для просмотра.")


def test_a_refusal_carries_the_file_and_the_holder(db_path: Path):
    with acquire_lock(db_path):
        with pytest.raises(DatabaseInUse) as caught:
            acquire_lock(db_path)
    assert (caught.value.path, caught.value.pid) == (db_path, os.getpid())
    assert str(caught.value) == in_use_message(db_path, os.getpid())


def test_a_lock_refused_with_eacces_is_in_use_too(db_path: Path, monkeypatch):
    import fcntl

    def refuse(fd, op):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fcntl, "flock", refuse)
    with pytest.raises(DatabaseInUse):
        acquire_lock(db_path)


def test_a_missing_folder_is_named(tmp_path: Path):
    db = tmp_path / "нет такой папки" / "отчет.interreg"
    with pytest.raises(StorageError) as caught:
        acquire_lock(db)
    assert str(caught.value) == f"Папка «{db.parent}» не существует. Выберите другой файл."
    assert caught.value.path == db


def test_an_unopenable_lock_file_is_named(db_path: Path):
    lock_path(db_path).mkdir()  # a folder where the lock file should be
    with pytest.raises(StorageError) as caught:
        acquire_lock(db_path)
    assert str(caught.value) == (
        f"Не удалось открыть файл блокировки «{lock_path(db_path)}»: это папка, а не файл.")
    assert caught.value.path == db_path


def test_read_only_folder_message(db_path: Path, monkeypatch):
    real_open = os.open

    def refusing_open(path, flags, *args):
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(DatabaseReadOnly) as caught:
        acquire_lock(db_path)
    assert str(caught.value) == (
        f"В папку «{db_path.parent}» нельзя записывать, поэтому базу «{db_path.name}» можно "
        "открыть только для просмотра. Скопируйте файл в папку, где разрешена запись, чтобы "
        "вносить изменения.")
    assert caught.value.path == db_path


def _raced(monkeypatch, times: int) -> list[int]:
    """The leaving holder removes the lock file's name just after we open it, ``times`` times."""
    real_stat = os.stat
    calls: list[int] = []

    def stat(path, *args, **kwargs):
        if str(path).endswith(".lock") and len(calls) < times:
            calls.append(1)
            Path(path).unlink()
            raise FileNotFoundError(errno.ENOENT, "gone", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(lock_module.os, "stat", stat)
    return calls


def test_a_lock_on_a_name_just_removed_is_taken_again(db_path: Path, monkeypatch):
    calls = _raced(monkeypatch, 1)
    with acquire_lock(db_path) as held:
        assert calls == [1]
        # the lock we hold is on the file that is there now, with our pid in it
        assert lock_path(db_path).read_text(encoding="ascii") == f"{os.getpid()}\n\n"
        assert held.held
        with pytest.raises(DatabaseInUse):
            acquire_lock(db_path)


def test_five_lost_races_in_a_row_give_up_plainly(db_path: Path, monkeypatch):
    calls = _raced(monkeypatch, 99)
    with pytest.raises(StorageError) as caught:
        acquire_lock(db_path)
    assert len(calls) == 5
    assert str(caught.value) == (
        f"Не удалось занять файл блокировки «{lock_path(db_path)}». Повторите.")
    assert caught.value.path == db_path
