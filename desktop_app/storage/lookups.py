"""Questions the event form and reference editors ask of the database, and
the one small write they need that the Store has no method for (a region
with its «иностранный партнёр» mark).

Kept apart from store.py (owned by the lead) so that the form's needs do not
grow the Store class; every function takes a Store and returns plain values.
"""

from __future__ import annotations

from ..domain.entities import Agreement
from .store import Store


def agreement_last_use(store: Store) -> dict[str, str]:
    """Agreement id → the newest ``updated_at`` of an event that names it."""
    rows = store.db.execute(
        "SELECT ea.agreement_id, max(e.updated_at) FROM event_agreements ea "
        "JOIN events e ON e.id = ea.event_id GROUP BY ea.agreement_id"
    ).fetchall()
    return {agreement_id: last for agreement_id, last in rows}


def agreements_recent_first(store: Store) -> list[tuple[Agreement, str | None]]:
    """Every agreement with the time it was last used, most recently used first.

    Agreements no event names follow, by title; the picker shows this order so
    that what a clerk used yesterday is at the top.
    """
    last = agreement_last_use(store)
    agreements = store.agreements()
    used = sorted((a for a in agreements if a.id in last), key=lambda a: last[a.id], reverse=True)
    unused = [a for a in agreements if a.id not in last]  # store.agreements() is by title
    return [(a, last[a.id]) for a in used] + [(a, None) for a in unused]


def earlier_places(store: Store, limit: int = 500) -> list[str]:
    """Places typed before, the most often used first, for completion."""
    rows = store.db.execute(
        "SELECT place FROM events WHERE trim(place) NOT IN ('', '-', '–', '—') "
        "GROUP BY place ORDER BY count(*) DESC, max(updated_at) DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [r[0] for r in rows]


def region_names(store: Store) -> list[str]:
    """Names of the regions list (Russian subjects and foreign partners), by name."""
    return [name for name, _foreign in store.regions()]


def add_region(store: Store, name: str, foreign: bool) -> bool:
    """Put a region into the regions list; True if it was new.

    A name already there (in any letter case) keeps its own mark: a region is
    Russian or foreign once, not per agreement.
    """
    name = " ".join(name.split())
    if not name:
        return False
    with store.transaction():
        # SQLite's lower() folds only Latin letters, so the names are compared here.
        rows = store.db.execute("SELECT name FROM regions").fetchall()
        if name.casefold() in {row[0].casefold() for row in rows}:
            return False
        store.db.execute(
            "INSERT INTO regions (name, foreign_partner) VALUES (?, ?)", [name, int(foreign)]
        )
    return True


def agreement_use_counts(store: Store) -> dict[str, int]:
    """Agreement id → how many events name it (the reference editor shows it)."""
    rows = store.db.execute(
        "SELECT agreement_id, count(*) FROM event_agreements GROUP BY agreement_id"
    ).fetchall()
    return dict(rows)


def department_use_counts(store: Store) -> dict[str, int]:
    """Department id → how many events belong to it."""
    rows = store.db.execute(
        "SELECT department_id, count(*) FROM events GROUP BY department_id"
    ).fetchall()
    return dict(rows)
