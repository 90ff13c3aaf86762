"""The window's report actions on real Qt objects, offscreen, without opening anything."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import ReportStyle
from desktop_app.ui import report_actions

Q1 = ReportPeriod.quarter(2020, 1)


@dataclass
class FakeSettings:
    signature: str = "Начальник отдела И.И. Иванов"
    executor: str = ""
    report_template: str = ""

    def report_style(self) -> ReportStyle:
        return ReportStyle(table_font_size=11)


def test_export_with_settings(qtbot, demo_store, tmp_path):
    path = report_actions.export_report(None, demo_store, Q1, None, "docx",
                                        settings=FakeSettings(), path=tmp_path / "r")
    assert path == tmp_path / "r.docx"
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert "Начальник отдела И.И. Иванов" in texts


def test_export_problem_is_shown_not_raised(qtbot, demo_store, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert report_actions.export_report(None, demo_store, Q1, None, "xlsx",
                                        path=tmp_path / "missing" / "r.xlsx") is None
    assert shown and "не существует" in shown[0]


# The offscreen platform's harmless note when a top-level dialog is shown.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_preview_dialog_paints_the_report(qtbot, demo_store):
    dialog = report_actions.make_preview_dialog(None, demo_store, Q1, None)
    qtbot.addWidget(dialog)
    pages = []
    dialog.paintRequested.connect(lambda printer: pages.append(printer))
    dialog.show()
    qtbot.waitUntil(lambda: bool(pages))
    assert dialog._printer.pageLayout().orientation().name == "Landscape"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_email_action_writes_the_draft_and_says_where(qtbot, demo_store, tmp_path):
    from PySide6.QtWidgets import QApplication, QMessageBox

    settings = type("S", (), {"executor": "Исп. Петрова", "executor_phone": "29-10-00",
                              "coordinator_email": "coord@admin67.ru",
                              "report_dates_as_typed": False})()
    eml = report_actions.email_report(None, demo_store, Q1, None, settings=settings,
                                      folder=tmp_path, open_files=False)
    assert eml is not None and eml.suffix == ".eml"
    data = eml.read_bytes()
    assert b"X-Unsent: 1" in data and b"To: coord@admin67.ru" in data
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "emailSavedMessage"]
    assert len(boxes) == 1 and boxes[0].isVisible()
    assert str(tmp_path) in boxes[0].text() and eml.name in boxes[0].text()
    boxes[0].accept()
