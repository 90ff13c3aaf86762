"""The database schema as an ordered list of sqlite-utils migrations.

A file is at the version of the last migration applied to it. A file that has
migrations this program does not know was written by a newer version and is
refused rather than touched.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# sqlite-utils (~50 ms to import) is loaded only when a file needs migrating:
# opening an up-to-date file checks ``_sqlite_migrations`` with plain SQL.
MIGRATION_SET = "interreg"
MIGRATIONS_TABLE = "_sqlite_migrations"


def m0001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE departments (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE regions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            foreign_partner INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE agreements (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            signed_on TEXT,
            valid_until TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE agreement_regions (
            agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            region_id INTEGER NOT NULL REFERENCES regions(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (agreement_id, region_id)
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            department_id TEXT NOT NULL REFERENCES departments(id),
            title TEXT NOT NULL,
            timing TEXT NOT NULL DEFAULT '',
            timing_kind TEXT NOT NULL DEFAULT 'free_text',
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '',
            participants_count INTEGER,
            result TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'проведено',
            repeat_agreement INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX events_period ON events(starts_on, department_id, position);
        CREATE INDEX events_department ON events(department_id, position);
        CREATE TABLE event_agreements (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            agreement_id TEXT NOT NULL REFERENCES agreements(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (event_id, agreement_id)
        );
        CREATE INDEX event_agreements_agreement ON event_agreements(agreement_id);
        CREATE TABLE event_regions (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            region_id INTEGER NOT NULL REFERENCES regions(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (event_id, region_id)
        );
        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX change_log_entity ON change_log(entity, entity_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        """
    )


# The window searches every text field of 100,000 events as the user types.
# SQLite's lower()/LIKE fold only ASCII, so a trigram full-text index (which folds
# Cyrillic case) is kept by triggers in plain SQL — no Python function, so any
# connection (CLI, older tools) can still write. «ё» is stored as «е».
_SEARCH_BODY = (
    "replace(replace(new.title || ' ' || new.timing || ' ' || new.place || ' ' || "
    "new.participants || ' ' || new.result || ' ' || new.note, 'ё', 'е'), 'Ё', 'Е')"
)
# The same text from a row of events itself (a bulk write re-indexes its rows at once).
SEARCH_BODY = _SEARCH_BODY.replace("new.", "")
SEARCH_TRIGGERS = ("events_search_insert", "events_search_update")

SORT_PREFIX = 40
_SORTED_TEXT_COLUMNS = ("title", "place", "participants", "result", "note")


def m0002_event_search(db: Database) -> None:
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE events_search USING fts5(body, tokenize='trigram');
        INSERT INTO events_search(rowid, body)
            SELECT rowid, replace(replace(title || ' ' || timing || ' ' || place || ' ' ||
                participants || ' ' || result || ' ' || note, 'ё', 'е'), 'Ё', 'Е') FROM events;
        CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
            DELETE FROM events_search WHERE rowid = new.rowid;
            INSERT INTO events_search(rowid, body) VALUES (new.rowid, {_SEARCH_BODY});
        END;
        CREATE TRIGGER events_search_update
            AFTER UPDATE OF title, timing, place, participants, result, note ON events BEGIN
            DELETE FROM events_search WHERE rowid = old.rowid;
            INSERT INTO events_search(rowid, body) VALUES (new.rowid, {_SEARCH_BODY});
        END;
        CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
            DELETE FROM events_search WHERE rowid = old.rowid;
        END;
        """
    )
    # Sorting 100,000 rows by a column must not read them: each column the
    # window sorts by has a narrow covering index (its first 40 characters plus
    # the filter columns), which SQLite walks in order and stops after one window.
    db.executescript(
        """
        CREATE INDEX departments_order ON departments(position, name, id);
        CREATE INDEX events_list_department ON events(department_id, position, starts_on, status);
        CREATE INDEX events_list_status ON events(status, starts_on, department_id);
        """
    )
    for column in _SORTED_TEXT_COLUMNS:
        db.execute(
            f"CREATE INDEX events_list_{column} ON events("
            f"substr({column}, 1, {SORT_PREFIX}), starts_on, department_id, status)"
        )


def m0003_seed_regions(db: Database) -> None:
    """Every file starts with the subjects of the Russian Federation, so region
    completion works on a clerk's first day, not only after the demo."""
    import json

    from ..paths import resource

    data = json.loads(resource("regions.json").read_text(encoding="utf-8"))
    rows = [(r["name"], 0) for r in data["regions"]]
    rows += [(r["name"], 1) for r in data.get("foreign", [])]
    db.conn.executemany(
        "INSERT OR IGNORE INTO regions (name, foreign_partner) VALUES (?, ?)", rows
    )


# In order: a file is at the version of the last one applied.
_MIGRATIONS = (
    ("0001_initial", m0001_initial),
    ("0002_event_search", m0002_event_search),
    ("0003_seed_regions", m0003_seed_regions),
)
_registry: Migrations | None = None


def _migrations() -> Migrations:
    """The sqlite-utils registry of our migrations, built (and sqlite-utils imported) on first use."""
    global _registry
    if _registry is None:
        from sqlite_utils.migrations import Migrations

        registry = Migrations(MIGRATION_SET)
        for name, fn in _MIGRATIONS:
            registry(name=name)(fn)
        _registry = registry
    return _registry


def __getattr__(name: str) -> Any:
    # ``schema.migrations`` stays available (tests apply part of the list with it).
    if name == "migrations":
        return _migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _connection(db: Database | sqlite3.Connection) -> sqlite3.Connection:
    return getattr(db, "conn", db)


def _applied(db: Database | sqlite3.Connection) -> list[str]:
    """Names of this set's applied migrations, in the order applied (plain SQL, read only)."""
    conn = _connection(db)
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?",
        [MIGRATIONS_TABLE],
    ).fetchone()
    if not exists:
        return []
    return [
        name
        for (name,) in conn.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    ]


def known_migration_names() -> list[str]:
    return [name for name, _ in _MIGRATIONS]


def schema_version(db: Database | sqlite3.Connection) -> int:
    """How many of our migrations the file has (0 for a new file)."""
    known = set(known_migration_names())
    return sum(1 for name in _applied(db) if name in known)


def unknown_migrations(db: Database | sqlite3.Connection) -> list[str]:
    known = set(known_migration_names())
    return [name for name in _applied(db) if name not in known]


def pending_migrations(db: Database | sqlite3.Connection) -> list[str]:
    applied = set(_applied(db))
    return [name for name in known_migration_names() if name not in applied]


# Migrations that only add reference data: a file without them still reads fine,
# so it can be opened for viewing where it cannot be upgraded (a read-only medium).
DATA_ONLY = {"0003_seed_regions"}


def structural_pending(db: Database | sqlite3.Connection) -> list[str]:
    return [name for name in pending_migrations(db) if name not in DATA_ONLY]


def upgrade(db: Database | sqlite3.Connection) -> list[str]:
    """Apply pending migrations, each in its own transaction; return their names."""
    pending = pending_migrations(db)
    if pending:
        if isinstance(db, sqlite3.Connection):
            from sqlite_utils import Database

            from .database import settle_upsert_support

            db = Database(db, execute_plugins=False)
            settle_upsert_support(db)
        _migrations().apply(db)
    return pending
