"""One writer per database file: a lock file beside it, held while the program runs.

SQLite's own locks last one transaction; this one lasts the whole session, so a
second copy of the program (or a restore from the command line) learns at
start that the file is taken instead of interleaving its edits. The operating
system drops the lock when the holder dies, so a crash never leaves the file
locked for good. The holder's process id is written inside, for the message.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from .errors import DatabaseLocked, DatabaseReadOnly, StorageError

LOCK_SUFFIX = ".lock"
# Windows locks byte ranges and refuses reads inside them: lock a byte far past
# the process id so that a second copy can still read whose lock it is.
_WIN_LOCK_OFFSET = 0x7FFF0000


class DatabaseInUse(DatabaseLocked):
    """Another running copy of the program writes this file."""

    def __init__(self, message: str, path: object = None, pid: int | None = None) -> None:
        super().__init__(message, path)
        self.pid = pid


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii", errors="replace").split("\x00", 1)[0].strip()
        return int(text.splitlines()[0]) if text else None
    except (OSError, ValueError, IndexError):
        return None


class DatabaseLock:
    """The held lock on one database file; release() or process exit frees it."""

    def __init__(self, db_path: Path, fd: int, path: Path) -> None:
        self.db_path = db_path
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Removed while still held, so nobody can lock the name we are leaving.
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock must not outlive its owner object
        try:
            self.release()
        except Exception:
            pass


def in_use_message(db_path: Path, pid: int | None) -> str:
    who = f" (процесс {pid})" if pid else ""
    return (
        f"База уже открыта другой копией программы{who}: «{db_path}». Перейдите в то окно "
        "или закройте его и повторите. Файл можно открыть только для просмотра."
    )


def acquire_lock(db_path: Path | str) -> DatabaseLock:
    """Take the file for this process or raise DatabaseInUse with the holder's pid.

    A folder where nothing can be written raises DatabaseReadOnly: such a file
    can only be opened for viewing, and viewing needs no lock.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    for _attempt in range(5):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise DatabaseReadOnly(
                    f"В папку «{db_path.parent}» нельзя записывать, поэтому базу «{db_path.name}» "
                    "можно открыть только для просмотра. Скопируйте файл в папку, где "
                    "разрешена запись, чтобы вносить изменения.",
                    db_path,
                ) from exc
            if exc.errno == errno.ENOENT:
                raise StorageError(
                    f"Папка «{db_path.parent}» не существует. Выберите другой файл.", db_path
                ) from exc
            raise StorageError(
                f"Не удалось открыть файл блокировки «{path}»: {exc.strerror}.", db_path
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            pid = _read_pid(path)
            raise DatabaseInUse(in_use_message(db_path, pid), db_path, pid)
        # The holder we raced with may have removed the name after we opened it:
        # a lock on a deleted file guards nothing, so try again on the new one.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:
            _unlock(fd)
            os.close(fd)
            continue
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        return DatabaseLock(db_path, fd, path)
    raise StorageError(f"Не удалось занять файл блокировки «{path}». Повторите.", db_path)


def holder_pid(db_path: Path | str) -> int | None:
    """The pid written by the copy that holds the file, if any (for messages)."""
    return _read_pid(lock_path(Path(db_path)))
