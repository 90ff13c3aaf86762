"""Where the program's shipped files and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

APP_NAME = "interreg"
DB_ENV = "INTERREG_DB"
_PACKAGE_RESOURCES = Path(__file__).resolve().parent / "resources"
_REPO_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def _frozen_resources() -> Path | None:
    """The bundle's ``resources/`` folder when running from a PyInstaller build."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if getattr(sys, "frozen", False) and bundle else None


def resource(*parts: str) -> Traversable:
    """A file shipped in ``resources/``, from a wheel or from a source checkout."""
    # importlib.resources pulls in tempfile, zipfile, …: ~10 ms of the window's
    # start that every importer of APP_NAME would pay before anything is shown.
    frozen = _frozen_resources()
    if frozen is not None:
        return frozen.joinpath(*parts)
    # Installed from a wheel the files sit beside this module (desktop_app/resources/), in
    # a checkout or an editable install at the top: plain paths, found without
    # importlib.resources, which only a zipped install would need.
    for base in (_PACKAGE_RESOURCES, _REPO_RESOURCES):
        node = base.joinpath(*parts)
        if node.exists():
            return node
    from importlib import resources

    try:
        base: Traversable = resources.files("desktop_app.resources")
    except ModuleNotFoundError:
        base = _REPO_RESOURCES
    node = base
    for part in parts:
        node = node / part
    if not node.is_file() and not node.is_dir():
        fallback = _REPO_RESOURCES.joinpath(*parts)
        if fallback.exists():
            return fallback
    return node


def data_dir() -> Path:
    """The per-user data folder (created on demand by the caller)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    return data_dir() / "interreg.sqlite3"


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"
