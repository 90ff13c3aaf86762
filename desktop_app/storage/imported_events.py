"""Writing events that arrive from another workstation's file, and their known revisions.

An event carried in an exported DOCX keeps its id, version and time of change
here, so that the next exchange can tell which side changed it since. The
write itself goes through :meth:`Store.save_event` (change log, links,
checks); only the version stamp is then set to the file's.
"""

from __future__ import annotations

from typing import Any

from ..domain.entities import Event
from .package_rows import revisions
from .store import Store


def save_event_as_in_file(store: Store, event: Event) -> None:
    """Save ``event`` keeping the version and updated_at it had in the file."""
    with store.transaction():
        saved = store.save_event(event)
        store.db.execute(
            "UPDATE events SET version = ?, updated_at = ? WHERE id = ?",
            [max(event.version, 1), event.updated_at or saved.updated_at, event.id],
        )


def event_revisions(store: Store, event_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """The states the event has had here, newest first, as the change log keeps them."""
    return revisions(store, [event_id], limit)[event_id]
