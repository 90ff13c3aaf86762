"""Backups the program makes on its own: before a migration, before an import."""

from __future__ import annotations

from pathlib import Path

from ..paths import default_backup_dir
from .backup import DEFAULT_KEEP, make_backup


def backup_before_migration(db_path: Path) -> Path:
    return make_backup(
        Path(db_path), Path(db_path), default_backup_dir(Path(db_path)),
        keep=DEFAULT_KEEP, reason="pre-migration",
    )
