"""The window's icon and the start-up probe the bundle's smoke test and benchmark rely on."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from desktop_app.ui import first_paint
from desktop_app.ui.application import window_icon


def test_the_window_carries_the_programs_icon_in_every_drawn_size(qtbot):
    sizes = {size.width() for size in window_icon().availableSizes()}
    assert sizes == {16, 32, 48, 64, 128, 256}


def test_without_the_variable_nothing_watches_the_window(qtbot, monkeypatch):
    monkeypatch.delenv(first_paint.ENV, raising=False)
    widget = QWidget()
    qtbot.addWidget(widget)
    assert first_paint.watch(widget) is None


def test_the_first_paint_prints_the_marker_saves_the_picture_and_quits(qtbot, monkeypatch,
                                                                      tmp_path, capsys):
    quits: list[bool] = []
    monkeypatch.setattr(first_paint, "QApplication", SimpleNamespace(quit=lambda: quits.append(True)))
    picture = tmp_path / "окно.png"
    monkeypatch.setenv(first_paint.ENV, str(picture))
    widget = QWidget()
    widget.resize(200, 100)
    qtbot.addWidget(widget)
    assert first_paint.watch(widget) is not None
    widget.show()
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    assert capsys.readouterr().out.splitlines() == [first_paint.MARKER]
    assert picture.stat().st_size > 0
