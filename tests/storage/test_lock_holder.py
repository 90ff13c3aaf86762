"""What a second copy tells the clerk about the copy holding the file, whatever its lock file holds.

The lock file may be one an older version wrote (the pid alone), one cut short or padded with
zero bytes by a crash, or one with a damaged holder line; the refusal must still read plainly.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from desktop_app.storage.lock import DatabaseInUse, acquire_lock, in_use_message, lock_path


def _refusal_while_held(db_path: Path, content: bytes) -> DatabaseInUse:
    """Another holder's lock file with ``content``, held (flock) while this copy tries to open."""
    path = lock_path(db_path)
    path.write_bytes(content)
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(DatabaseInUse) as caught:
            acquire_lock(db_path)
    finally:
        os.close(fd)
    return caught.value


def test_a_command_holding_the_file_gets_its_own_advice(db_path: Path):
    refusal = _refusal_while_held(db_path, "4321\nкоманда «import»\n".encode())
    assert str(refusal) == (
        f"База уже открыта другой копией программы (команда «import», процесс 4321): "
        f"«{db_path}». Дождитесь окончания этой команды и повторите. Файл можно открыть "
        "только для просмотра.")


def test_a_lock_file_of_an_older_version_names_the_pid_alone(db_path: Path):
    refusal = _refusal_while_held(db_path, b"4321\n")
    assert str(refusal) == in_use_message(db_path, 4321)
    assert refusal.pid == 4321


def test_zero_bytes_left_by_a_crash_end_what_is_read(db_path: Path):
    refusal = _refusal_while_held(db_path, "4321\n\x00\x00\nчужое\n\x00".encode())
    assert str(refusal) == in_use_message(db_path, 4321)


def test_a_damaged_holder_line_is_shown_not_a_crash(db_path: Path):
    refusal = _refusal_while_held(db_path, b"4321\n\xff\xfe\xd0 \xd0\xbe\xd0\xba\n")
    assert str(refusal).startswith("База уже открыта другой копией программы (")
    assert "процесс 4321" in str(refusal)


def test_a_very_long_holder_is_cut_to_80_characters(db_path: Path):
    refusal = _refusal_while_held(db_path, ("4321\n" + "ж" * 200 + "\n").encode())
    assert f"({'ж' * 80}, процесс 4321)" in str(refusal)


def test_a_new_lock_file_is_readable_by_all_and_runnable_by_none(db_path: Path):
    umask = os.umask(0o022)
    try:
        with acquire_lock(db_path):
            assert lock_path(db_path).stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(umask)


def test_a_second_name_of_the_held_file_is_refused_with_advice(db_path: Path, tmp_path: Path):
    db_path.write_bytes(b"")
    other = tmp_path / "другое имя.sqlite3"
    os.link(db_path, other)
    with acquire_lock(db_path):
        with pytest.raises(DatabaseInUse) as caught:
            acquire_lock(other)
    assert caught.value.path == other
    assert str(caught.value) == (
        "База уже открыта другой копией программы под другим именем того же файла "
        f"(жёсткая или символическая ссылка): «{other}». Закройте её и повторите. "
        "Файл можно открыть только для просмотра.")
    with acquire_lock(other):  # once the first name is released, the second opens
        pass
