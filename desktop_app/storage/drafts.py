"""What a clerk typed into an event form but has not saved yet, kept across crashes.

One JSON file per open form in the data folder's ``drafts`` subfolder, written
through a temporary file and a rename, so a power cut leaves either the old
draft or the new one, never half of one. A draft names the database it belongs
to; the next start offers back the drafts of the file it opens.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..paths import data_dir
from .errors import StorageError

log = logging.getLogger("interreg.drafts")

DRAFT_SUFFIX = ".draft.json"
FORMAT = 1
_SAFE_KEY = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class Draft:
    key: str
    db_path: str
    event_id: str | None
    saved_at: datetime
    state: dict[str, Any]
    path: Path
    #: The saved event's version the draft was typed over (None for a new event).
    base_version: int | None = None

    @property
    def title(self) -> str:
        """The event's name as typed so far, for «Найден черновик …» questions."""
        value = self.state.get("title", "")
        return value if isinstance(value, str) else ""


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def _file(folder: Path, key: str) -> Path:
    return folder / f"{_SAFE_KEY.sub('_', key)}{DRAFT_SUFFIX}"


def _same_db(a: str, b: Path | str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return str(a) == str(b)


def save_draft(
    key: str,
    state: dict[str, Any],
    db_path: Path | str,
    event_id: str | None = None,
    folder: Path | None = None,
    base_version: int | None = None,
) -> Path:
    """Write (or overwrite) one form's draft atomically."""
    folder = Path(folder) if folder else drafts_dir()
    target = _file(folder, key)
    payload = {
        "format": FORMAT,
        "key": key,
        "db_path": str(Path(db_path).resolve()),
        "event_id": event_id,
        "base_version": base_version,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "state": state,
    }
    data = json.dumps(payload, ensure_ascii=False, default=str, indent=1).encode("utf-8")
    tmp_name = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)
        raise StorageError(
            f"Не удалось сохранить черновик в «{folder}»: {exc.strerror or exc}."
        ) from exc
    return target


def _read(path: Path) -> Draft | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or not isinstance(raw.get("state"), dict):
            raise ValueError("not a draft")
        return Draft(
            key=str(raw["key"]),
            db_path=str(raw["db_path"]),
            event_id=raw.get("event_id"),
            saved_at=datetime.fromisoformat(raw["saved_at"]),
            state=raw["state"],
            path=path,
            base_version=raw.get("base_version") if isinstance(raw.get("base_version"), int)
            else None,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # A draft we cannot read helps nobody; it must not stop the start either.
        log.warning("unreadable draft %s: %s", path, exc)
        return None


def load_drafts(db_path: Path | str | None = None, folder: Path | None = None) -> list[Draft]:
    """Drafts left behind (for ``db_path`` only, if given), oldest first."""
    folder = Path(folder) if folder else drafts_dir()
    if not folder.is_dir():
        return []
    found = [d for p in sorted(folder.glob(f"*{DRAFT_SUFFIX}")) if (d := _read(p))]
    if db_path is not None:
        found = [d for d in found if _same_db(d.db_path, db_path)]
    return sorted(found, key=lambda d: d.saved_at)


def clear_draft(key: str, folder: Path | None = None) -> None:
    folder = Path(folder) if folder else drafts_dir()
    try:
        _file(folder, key).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove draft %s: %s", key, exc)
