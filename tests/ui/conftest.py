"""Helpers shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def _type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any text, Cyrillic included, one character at a time.

    qtbot.keyClicks aborts on non-ASCII characters, so each character is sent as
    its own key event with the text attached, as a keyboard layout would.
    """
    for char in text:
        code = Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_unknown
        if char.isascii():
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, code, char,
                               Qt.KeyboardModifier.NoModifier)
            continue
        # PySide6 6.9 binds a one-letter str to QTest's `char` overload and sends its UTF-8
        # bytes as Latin-1 letters; a key event built here carries the text as it is.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier,
                                                     char))


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return _type_text
