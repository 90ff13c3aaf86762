"""Pure computation handed to a forked child process while this one goes on.

A command-line DOCX export of 10,000 events spends about as long hashing and
writing the records part as rendering the table; both are plain Python, so a
thread would wait on the other for the interpreter, while a child process runs
on the machine's second core. The child gets its inputs by fork (nothing is
copied up front) and hands back bytes through a pipe.

Only where that is safe: a POSIX fork (not macOS, where system frameworks may
not survive one) in a process with no other thread — a lock another thread
held at the fork would stay locked in the child. The work must not touch the
database (its connection belongs to this process) nor any file. Anything
that goes wrong in the child — an exception, a signal — makes the work run
again here when its result is asked for, so the caller sees the same result
or the same exception as without a child.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable

_READ = 1 << 20


def can_fork() -> bool:
    return (hasattr(os, "fork") and sys.platform != "darwin"
            and threading.active_count() == 1)


def start(work: Callable[[], bytes]) -> Callable[[], bytes]:
    """``work`` started in a child process where that is safe; the function returned
    gives its bytes (waiting for the child). Elsewhere it is ``work`` itself, run when
    the result is asked for."""
    if not can_fork():
        return work
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return work
    if pid == 0:  # pragma: no cover - the child; its exit code is what the parent sees
        code = 1
        try:
            os.close(read_fd)
            view = memoryview(work())
            while view:
                view = view[os.write(write_fd, view):]
            code = 0
        finally:
            # No cleanup of the parent's things (its database, buffered output, atexit).
            os._exit(code)
    os.close(write_fd)
    chunks: list[bytes] = []

    def drain() -> None:
        # Read as the child writes: a full pipe would stop it. os.read lets go of the
        # interpreter while it waits, so this thread costs the main one nothing.
        with open(read_fd, "rb", buffering=0) as pipe:
            while chunk := pipe.read(_READ):
                chunks.append(chunk)

    reader = threading.Thread(target=drain, name="child-work-reader", daemon=True)
    reader.start()

    def result() -> bytes:
        reader.join()
        _pid, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            return work()
        return b"".join(chunks)

    return result
