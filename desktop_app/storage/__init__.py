"""SQLite storage. Importing it defers what sqlite_utils loads but never uses here."""

from __future__ import annotations

import importlib.util
import sys


def _defer(name: str) -> None:
    """Register ``name`` so that its code runs at its first use, not at its import.

    sqlite_utils.recipes does ``from dateutil import parser`` at import time for
    two recipes this program never calls; dateutil.parser (with dateutil.tz,
    zoneinfo, ctypes) is ~15 ms of the window's start before the first paint.
    A LazyLoader module is transparent: the first attribute looked up on it
    runs the real module.
    """
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


_defer("dateutil.parser")
