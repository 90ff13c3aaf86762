"""One writer per database file: a lock file beside it, held while the program runs.

SQLite's own locks last one transaction; this one lasts the whole session, so a
second copy of the program (or a restore from the command line) learns at
start that the file is taken instead of interleaving its edits. The operating
system drops the lock when the holder dies, so a crash never leaves the file
locked for good. The holder's process id (and what it is: the window or a
command) is written inside, for the message.

The lock file is kept beside the file's real path (a symlink leads there), and
on POSIX the database file itself is locked too (flock, which does not meddle
with SQLite's own fcntl locks): a hard link is another name for the same file,
and two writers through two names would each keep their own WAL and corrupt it.
Windows has no flock; there the resolved path is the identity (hard links to a
clerk's database are rare there), since holding the database file open would
keep a restore from replacing it.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from .errors import DatabaseLocked, DatabaseReadOnly, StorageError, os_reason

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


def _lock_identity(db_path: Path) -> int | None:
    """Lock the database file itself (POSIX); None where that is not done or possible.

    Raises DatabaseInUse when another name of the same file is held. The
    descriptor must stay open until SQLite has closed its own: closing any
    descriptor of a file drops the process's fcntl locks on it, SQLite's included.
    """
    if sys.platform == "win32":
        return None
    import fcntl

    try:
        fd = os.open(db_path, os.O_RDONLY)
    except OSError:
        return None  # no file yet (it is about to be created), or unreadable: SQLite says so
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            raise DatabaseInUse(
                f"База уже открыта другой копией программы под другим именем того же файла "
                f"(жёсткая или символическая ссылка): «{db_path}». Закройте её и повторите. "
                "Файл можно открыть только для просмотра.",
                db_path,
            ) from exc
        return None  # a file system without flock: the lock file beside it still holds
    return fd


class DatabaseLock:
    """The held lock on one database file; release() or process exit frees it."""

    def __init__(self, db_path: Path, fd: int, path: Path, identity_fd: int | None = None
                 ) -> None:
        self.db_path = db_path
        self.path = path
        self._fd: int | None = fd
        self._identity_fd = identity_fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        identity, self._identity_fd = self._identity_fd, None
        if identity is not None:
            os.close(identity)  # closing drops the flock
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


WINDOW = "окно программы"


def in_use_message(db_path: Path, pid: int | None, holder: str = "") -> str:
    who = ", ".join(x for x in (holder, f"процесс {pid}" if pid else "") if x)
    who = f" ({who})" if who else ""
    if holder == WINDOW:
        advice = "Перейдите в то окно или закройте его и повторите."
    elif holder:
        advice = "Дождитесь окончания этой команды и повторите."
    else:
        advice = "Дождитесь окончания той команды или закройте то окно и повторите."
    return (
        f"База уже открыта другой копией программы{who}: «{db_path}». {advice} "
        "Файл можно открыть только для просмотра."
    )


def _read_holder(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\x00", 1)[0].splitlines()
        return lines[1].strip()[:80] if len(lines) > 1 else ""
    except OSError:
        return ""


def _real(db_path: Path) -> Path:
    try:
        return db_path.resolve()
    except OSError:
        return db_path


def acquire_lock(db_path: Path | str, holder: str = "") -> DatabaseLock:
    """Take the file for this process or raise DatabaseInUse with the holder's pid.

    ``holder`` says what holds it (WINDOW, «команда «import»») for the message
    another copy shows. A folder where nothing can be written raises
    DatabaseReadOnly: such a file can only be opened for viewing, and viewing
    needs no lock.
    """
    db_path = Path(db_path)
    path = lock_path(_real(db_path))
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
                f"Не удалось открыть файл блокировки «{path}»: {os_reason(exc)}.", db_path
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            pid = _read_pid(path)
            raise DatabaseInUse(in_use_message(db_path, pid, _read_holder(path)), db_path, pid)
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
        try:
            identity = _lock_identity(db_path)
        except DatabaseInUse:
            _unlock(fd)
            os.close(fd)
            raise
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n{holder}\n".encode())
        return DatabaseLock(db_path, fd, path, identity)
    raise StorageError(f"Не удалось занять файл блокировки «{path}». Повторите.", db_path)


def holder_pid(db_path: Path | str) -> int | None:
    """The pid written by the copy that holds the file, if any (for messages)."""
    return _read_pid(lock_path(_real(Path(db_path))))
