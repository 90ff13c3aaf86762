"""Schema versions: new files, files from the previous version, files from the future."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from desktop_app.storage import schema
from desktop_app.storage.errors import DatabaseTooNew
from desktop_app.storage.store import Store


def test_new_file_gets_every_migration(db_path):
    with Store.open(db_path) as store:
        assert store.schema_version == len(schema.known_migration_names())
        assert schema.pending_migrations(store.db) == []


def test_previous_version_is_upgraded_keeping_data_and_backed_up_first(db_path):
    names = schema.known_migration_names()
    assert len(names) >= 2, "the schema has a previous version to upgrade from"
    db = Database(sqlite3.connect(db_path, isolation_level=None))
    # The previous version: everything but the newest migration, with data in it.
    schema.migrations.apply(db, stop_before=names[-1])
    db.execute(
        "INSERT INTO departments (id, name, created_at, updated_at) "
        "VALUES ('d1', 'Департамент по культуре', 'x', 'x')"
    )
    db.close()
    backups = []
    with Store.open(db_path, before_migration=backups.append) as store:
        assert store.schema_version == len(names)
        assert schema.pending_migrations(store.db) == []
        assert [d.name for d in store.departments()] == ["Департамент по культуре"]
    assert backups == [db_path]


def test_upgrade_through_the_command_line_leaves_a_backup(db_path, capsys):
    from desktop_app.cli import main

    names = schema.known_migration_names()
    db = Database(sqlite3.connect(db_path, isolation_level=None))
    schema.migrations.apply(db, stop_before=names[-1])
    db.close()
    assert main(["demo", "--db", str(db_path)]) == 0
    copies = list((db_path.parent / "backups").glob("*pre-migration*"))
    assert len(copies) == 1


def test_file_from_a_newer_program_is_refused_and_left_alone(db_path):
    with Store.open(db_path):
        pass
    db = Database(sqlite3.connect(db_path, isolation_level=None))
    db["_sqlite_migrations"].insert(
        {"migration_set": schema.MIGRATION_SET, "name": "9999_future", "applied_at": "2099"}
    )
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="более новой версией"):
        Store.open(db_path)
    assert db_path.read_bytes() == before
