"""The program's log file in the data folder, for the window and the command line alike (no Qt)."""

from __future__ import annotations

import logging
from pathlib import Path

from .paths import data_dir

LOG_NAME = "interreg.log"

log = logging.getLogger("interreg.log")


def log_dir() -> Path:
    return data_dir() / "logs"


def setup_log_file(folder: Path | None = None) -> Path:
    """Send every logger's records to ``logs/interreg.log`` (1 MB × 5), once per process."""
    # Imported on first use: it costs ~8 ms of every start otherwise.
    from logging.handlers import RotatingFileHandler

    folder = Path(folder) if folder else log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:  # a read-only profile must not stop the program
        log.warning("no log file in %s: %s", folder, exc)
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path
