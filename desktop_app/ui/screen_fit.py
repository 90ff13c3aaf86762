"""Windows sized to the screen they open on, so that no button ends up off-screen.

The most common office laptop has 1366×768 pixels, of which a taskbar and a
title bar take a good part. Every dialog and the main window call
:func:`fit_to_screen` once built: a window larger than the available area of
its screen (``QScreen.availableGeometry``) is shrunk to it, with room left for
the window frame the window manager adds, and centred on it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# What a window manager adds around a window (title bar, borders), which
# Qt does not know before the window is shown.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary one) that windows may cover."""
    screen = _screen_of(widget) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 738)


def _screen_of(widget: QWidget | None) -> QScreen | None:
    """The screen the widget's window (or its parent's, before it is shown) is on.

    Not ``QWidget.screen()``: called on a dialog that is never shown, it left
    PySide6 crashing in the next top-level widget's constructor.
    """
    while widget is not None:
        handle = widget.window().windowHandle()
        if handle is not None:
            return handle.screen()
        widget = widget.window().parentWidget()
    return None


def largest_size(widget: QWidget | None = None) -> QSize:
    """The largest client size whose frame still fits the available area."""
    area = available_area(widget)
    return QSize(
        max(area.width() - FRAME_ALLOWANCE.width(), 200),
        max(area.height() - FRAME_ALLOWANCE.height(), 150),
    )


def fit_to_screen(widget: QWidget, share: float | None = None) -> None:
    """Shrink ``widget`` to the screen and centre it there.

    ``share`` (0–1) instead sizes the window to that part of the screen — for
    windows that are better large (the print preview, the first main window).
    A window's minimum size is lowered too, so that a layout with many fields
    cannot hold it larger than the screen (such forms scroll instead).
    """
    area = available_area(widget)
    limit = largest_size(widget)
    if share is not None:
        wanted = QSize(int(area.width() * share), int(area.height() * share))
    else:
        wanted = widget.size()
    size = wanted.boundedTo(limit)
    widget.setMinimumSize(widget.minimumSize().boundedTo(limit))
    widget.resize(size)
    frame = size + FRAME_ALLOWANCE
    left = area.left() + max((area.width() - frame.width()) // 2, 0)
    top = area.top() + max((area.height() - frame.height()) // 2, 0)
    widget.move(left, top)
