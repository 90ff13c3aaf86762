"""An event's status from what an office writes in its note or «отметка» column.

«выполнено», «не выполнено», «перенесено на IV квартал», «отменено» — the
words execution reports use. Plain functions: no Qt, no I/O.
"""

from __future__ import annotations

import re

from .entities import EventStatus

# Checked in this order: «не выполнено» contains «выполнено».
_WORDS: tuple[tuple[re.Pattern[str], EventStatus], ...] = (
    (re.compile(r"\bперенес\w*|\bперенос\w*|\bотложен\w*"), EventStatus.POSTPONED),
    (re.compile(r"\bне\s+(?:выполн|проведен|исполн|состоял|реализован)\w*|\bотмен\w*"
                r"|\bневыполн\w*|\bне\s+провод\w*"), EventStatus.NOT_DONE),
    (re.compile(r"\bзапланирован\w*|\bпланируется|\bв\s+плане\b"), EventStatus.PLANNED),
    (re.compile(r"^\s*(?:выполнен\w*|исполнен\w*|проведен\w*|реализован\w*|состоял\w*)\b"),
     EventStatus.DONE),
)
# A reason column's heading («причины невыполнения…») is not a note saying so.
_MAX_NOTE = 200


def status_from_note(text: str) -> EventStatus | None:
    """The status a short note states, or None when it states none."""
    s = text.strip().lower().replace("ё", "е")
    if not s or len(s) > _MAX_NOTE:
        return None
    for pattern, status in _WORDS:
        if pattern.search(s):
            return status
    return None
