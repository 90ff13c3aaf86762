"""The summary window on the demo: counts, the silent agreement, clicks that filter the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from desktop_app.domain.entities import Agreement
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.summary import SummaryKind
from desktop_app.settings import Settings
from desktop_app.storage.event_list import Column
from desktop_app.ui.event_table_model import EVENT_ID_ROLE
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import Operations
from desktop_app.ui.summary.summary_model import GAP_COLOR, Field
from desktop_app.ui.summary.summary_window import SummaryWindow

PSKOV = "Соглашение о сотрудничестве между Администрацией Смоленской области и Псковской областью"


@pytest.fixture
def window(qtbot, demo_store, tmp_path: Path):
    demo_store.save_agreement(Agreement(PSKOV, "Псковская область", ["Псковская область"]))
    win = MainWindow(Operations(demo_store), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def summary(qtbot, window) -> SummaryWindow:
    window.actionSummary.trigger()  # «Сводка» in the Service menu and on the toolbar
    found = window.findChild(SummaryWindow)
    assert found is not None
    qtbot.waitExposed(found)
    return found


def _row(view, text: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, Field.NAME).data() == text)


def _counts(view) -> dict[str, str]:
    model = view.model()
    return {model.index(r, Field.NAME).data(): model.index(r, Field.COUNT).data()
            for r in range(model.rowCount())}


def _click(qtbot, view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_counts_of_the_demo_quarter(window, summary):
    action = window.actionSummary
    assert action in window.ui.menuService.actions() and action in window.ui.mainToolBar.actions()
    assert action.shortcut().toString() == "F9"
    assert summary.title_label.text() == "Сводные данные за I квартал 2020 года"
    assert _counts(summary.views[SummaryKind.DEPARTMENT]) == {
        "Сельское хозяйство": "5", "Занятость населения": "4", "Культура": "8",
        "Информационные технологии": "1", "Спорт": "11"}
    assert _counts(summary.views[SummaryKind.MONTH]) == {"январь": "10", "февраль": "15",
                                                         "март": "4"}


def test_an_agreement_without_events_shows_zero_highlighted(qtbot, summary):
    view = summary.views[SummaryKind.AGREEMENT]
    row = _row(view, "Псковская область")
    model = view.model()
    assert model.index(row, Field.COUNT).data() == "0"
    assert model.index(row, Field.NAME).data(Qt.ItemDataRole.BackgroundRole).color() == GAP_COLOR
    busy = _row(view, "Москва")
    assert model.index(busy, Field.NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    # What the clerk sees: the row's cells painted in the highlight colour, the others not.
    view.clearSelection()
    view.setCurrentIndex(model.index(-1, -1))
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def pixel(r: int) -> QColor:
        rect = view.visualRect(model.index(r, Field.NAME))
        point = QPoint(rect.right() - 3, rect.top() + 2)
        return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))

    assert pixel(row).name() == GAP_COLOR.name()
    assert pixel(busy).name() != GAP_COLOR.name()


def test_clicking_a_count_filters_the_events_table(qtbot, window, summary, demo_store):
    view = summary.views[SummaryKind.AGREEMENT]
    _click(qtbot, view, _row(view, "Москва"), Field.COUNT)
    table = window.ui.eventTable.model()
    qtbot.waitUntil(lambda: table.rowCount() == 14)
    moscow = next(a.id for a in demo_store.agreements() if a.short_name == "Москва")
    for r in range(table.rowCount()):
        event = demo_store.event(table.index(r, 0).data(EVENT_ID_ROLE))
        assert moscow in event.agreement_ids
    assert window.focus_bar.isVisible()
    assert "Москва" in window.focus_bar.label.text() and "14" in window.focus_bar.label.text()

    # Another table's count replaces the filter; the silent agreement shows no rows.
    months = summary.views[SummaryKind.MONTH]
    _click(qtbot, months, _row(months, "март"), Field.NAME)
    qtbot.waitUntil(lambda: table.rowCount() == 4)
    assert all(table.index(r, Column.TIMING).data() for r in range(4))
    _click(qtbot, view, _row(view, "Псковская область"), Field.COUNT)
    qtbot.waitUntil(lambda: table.rowCount() == 0)

    qtbot.mouseClick(window.focus_bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowCount() == 29)
    assert not window.focus_bar.isVisible()


def test_a_click_drops_the_status_filter_so_rows_match_the_count(qtbot, window, summary):
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findData("перенесено"))
    table = window.ui.eventTable.model()
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    view = summary.views[SummaryKind.DEPARTMENT]
    _click(qtbot, view, _row(view, "Спорт"), Field.COUNT)
    qtbot.waitUntil(lambda: table.rowCount() == 11)
    assert window.ui.statusCombo.currentData() == ""


def test_the_summary_follows_the_period_and_the_department(qtbot, window, summary):
    view = summary.views[SummaryKind.DEPARTMENT]
    _click(qtbot, view, _row(view, "Культура"), Field.COUNT)
    assert window.focus_bar.isVisible()
    window.set_period(ReportPeriod.quarter(2020, 2))
    qtbot.waitUntil(lambda: summary.title_label.text().endswith("II квартал 2020 года"))
    assert not window.focus_bar.isVisible()  # a count of another period no longer applies
    assert set(_counts(view).values()) == {"0"}
    assert _counts(summary.views[SummaryKind.AGREEMENT])["Москва"] == "0"
    window.set_period(ReportPeriod.quarter(2020, 1))
    departments = window.ui.departmentList
    row = next(r for r in range(departments.model().rowCount())
               if departments.model().index(r).data().startswith("Спорт"))
    departments.setCurrentIndex(departments.model().index(row))
    qtbot.waitUntil(lambda: list(_counts(view)) == ["Спорт"])
    assert _counts(summary.views[SummaryKind.AGREEMENT])["Москва"] == "3"


def test_enter_on_a_row_filters_and_esc_closes(qtbot, window, summary):
    view = summary.views[SummaryKind.STATUS]
    view.setFocus()
    view.setCurrentIndex(view.model().index(_row(view, "проведено"), Field.COUNT))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert summary.isVisible()  # Enter shows the rows, it does not close the window
    assert window.focus_bar.isVisible()
    assert window.ui.eventTable.model().rowCount() == 29
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not summary.isVisible()


def test_the_window_fits_a_small_screen(summary):
    screen = summary.screen().availableGeometry()
    assert summary.width() <= screen.width() and summary.height() <= screen.height()


def test_the_year_before_gets_its_own_column_when_the_file_has_it(qtbot, window, demo_store):
    from dataclasses import replace
    from datetime import date

    from desktop_app.ui.summary.summary_model import BAR_ROLE

    first = demo_store.events_in_period(ReportPeriod.quarter(2020, 1))[0]
    demo_store.save_event(replace(first, id="a-year-later", starts_on=date(2021, 1, 20),
                                  ends_on=date(2021, 1, 20), position=0))
    window.set_period(ReportPeriod.quarter(2021, 1))
    window.actionSummary.trigger()
    summary = window.findChild(SummaryWindow)
    view = summary.views[SummaryKind.AGREEMENT]
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Соглашение", "Мероприятий", "Год назад (2020)", "Регионы-партнёры",
                       "Действует до"]
    moscow = _row(view, "Москва")
    assert [model.index(moscow, c).data() for c in (1, 2)] == ["1", "14"]
    # Bars only beside counts: the partner regions and dates are plain text.
    assert [model.index(moscow, c).data(BAR_ROLE) is not None for c in range(5)] == [
        False, True, True, False, False]
    # Last year's count is not a filter of this period's table.
    _click(qtbot, view, moscow, 2)
    assert not window.focus_bar.isVisible()
    _click(qtbot, view, moscow, 1)
    assert window.ui.eventTable.model().rowCount() == 1


def test_saving_the_shown_summary(qtbot, summary, tmp_path: Path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    written = summary.save_file("xlsx", tmp_path / "сводка")
    assert written == tmp_path / "сводка.xlsx"
    rows = list(openpyxl.load_workbook(written)["Сводные данные"].iter_rows(values_only=True))
    assert ("Главное управление спорта Смоленской области", 11) in [r[:2] for r in rows]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert summary.save_file("docx", tmp_path / "нет такой папки" / "s.docx") is None
    assert warnings and "не существует" in warnings[0]
