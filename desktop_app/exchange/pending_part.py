"""A package part whose bytes are made when the package is written, not before.

The command line's records part comes from a child process (see child_work):
attached as a pending part, it is waited for only when the zip writer reaches
it, so the parts before it — the table's among them — are compressed meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.opc.part import Part


class PendingPart(Part):
    def __init__(self, partname: Any, content_type: str, make: Callable[[], bytes],
                 package: Any) -> None:
        super().__init__(partname, content_type, None, package)
        self._make: Callable[[], bytes] | None = make

    @property
    def blob(self) -> bytes:
        if self._make is not None:
            self._blob, self._make = self._make(), None
        return self._blob or b""
