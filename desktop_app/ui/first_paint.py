"""A start-up probe for the bundle's smoke test and start-time measurement.

With INTERREG_QUIT_AFTER_PAINT set, the window prints a marker line when it is first painted
and the program quits; a value ending in ".png" also saves a picture of the window there.
It is how a script outside the process sees that the window really appeared (under Xvfb, from
a frozen bundle) and how long that took.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "INTERREG_QUIT_AFTER_PAINT"
MARKER = "interreg: window painted"


class QuitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget, picture: str | None) -> None:
        super().__init__(window)
        self._window = window
        self._picture = picture
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        if self._picture:
            self._window.grab().save(self._picture)
        print(MARKER, flush=True)
        QApplication.quit()


def watch(window: QWidget) -> QuitAfterFirstPaint | None:
    """Install the probe on ``window`` when the environment asks for it."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return None
    if sys.stdout is None:  # a windowed Windows build has no console to print to
        return None
    return QuitAfterFirstPaint(window, wanted if wanted.lower().endswith(".png") else None)
