"""Every window on the most common office laptop screen: 1366×768 less a taskbar.

The offscreen test platform has one screen of its own size, so the helper's
screen question is answered with 1366×738 here; each dialog must ask it (a
dialog sized on its own would pass on a large test screen and fail a clerk)
and its real size, frame allowance included, must fit, with its buttons inside.
"""

from __future__ import annotations

import pytest
from dialog_factories import DIALOGS, print_preview
from PySide6.QtCore import QPoint, QRect
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QAbstractButton, QWidget

from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings
from desktop_app.ui import screen_fit
from desktop_app.ui.operations import Operations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LAPTOP = QRect(0, 0, 1366, 738)
Q1 = ReportPeriod.quarter(2020, 1)


@pytest.fixture
def asked(monkeypatch) -> list[QWidget]:
    seen: list[QWidget] = []

    def laptop(widget=None):
        seen.append(widget)
        return QRect(LAPTOP)

    monkeypatch.setattr(screen_fit, "available_area", laptop)
    return seen


@pytest.fixture
def ops(demo_store):
    return Operations(demo_store)


def assert_fits(window: QWidget) -> None:
    frame = QRect(window.frameGeometry().topLeft(), window.size() + screen_fit.FRAME_ALLOWANCE)
    assert LAPTOP.contains(frame), (window.windowTitle(), frame)
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.window() is window:
            corner = button.mapTo(window, QPoint(button.width() - 1, button.height() - 1))
            assert inside.contains(corner), (window.windowTitle(), button.text(), corner)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits_a_1366x768_screen(qtbot, asked, ops, tmp_path, name):
    dialog = DIALOGS[name](ops, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog in asked, f"{name} does not size itself to the screen"
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_fits(dialog)


def test_event_form_scrolls_and_keeps_save_and_cancel_in_view(qtbot, asked, ops, tmp_path):
    form = DIALOGS["event form"](ops, tmp_path)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    for button in (form.ui.saveButton, form.ui.cancelButton):
        assert not form.ui.formScroll.isAncestorOf(button)  # never scrolled away
        bottom = button.mapTo(form, QPoint(0, button.height()))
        assert bottom.y() <= form.height()


def test_print_preview_opens_large_and_at_page_width(qtbot, asked, ops, tmp_path):
    dialog = print_preview(ops, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= LAPTOP.width() * 0.85 and dialog.height() >= LAPTOP.height() * 0.85
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth


def test_first_main_window_never_opens_larger_than_the_screen(qtbot, asked, ops, tmp_path):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(ops, Settings(tmp_path / "fresh.ini"))
    qtbot.addWidget(win)
    assert win in asked
    win.show()
    qtbot.waitExposed(win)
    assert_fits(win)
    assert win.width() >= LAPTOP.width() * 0.8  # most of the screen, not Qt's small default


def test_main_window_saved_on_a_larger_monitor_shrinks_to_this_one(qtbot, monkeypatch, ops,
                                                                   tmp_path):
    from desktop_app.ui.main_window import MainWindow

    settings = Settings(tmp_path / "s.ini")
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: QRect(0, 0, 2560, 1400))
    big = MainWindow(ops, settings)
    qtbot.addWidget(big)
    big.resize(2400, 1300)
    big.save_state()
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: QRect(LAPTOP))
    again = MainWindow(Operations(ops.store), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert_fits(again)
