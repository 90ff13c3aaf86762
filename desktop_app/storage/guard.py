"""Turning sqlite3 errors into plain messages, and the timestamps records carry."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import ParamSpec, TypeVar

from .database import translate_error

P = ParamSpec("P")
R = TypeVar("R")


def guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn sqlite3 errors into StorageError with a plain message."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except sqlite3.Error as exc:
            store = args[0]
            raise translate_error(exc, getattr(store, "path", "")) from exc

    return wrapper


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
