"""The report setting «Сводные данные»: a checkbox in the settings, obeyed by the window's exports."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings
from desktop_app.ui import report_actions
from desktop_app.ui.operations import Operations
from desktop_app.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
Q1 = ReportPeriod.quarter(2020, 1)


def test_the_checkbox_keeps_the_setting(qtbot, demo_store, tmp_path: Path):
    path = tmp_path / "s.ini"
    dialog = SettingsDialog(Settings(path), Operations(demo_store))
    qtbot.addWidget(dialog)
    assert not dialog.summaryCheck.isChecked()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.reportTab)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.summaryCheck, Qt.MouseButton.LeftButton,
                     pos=dialog.summaryCheck.rect().center())
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings(path).report_with_summary is True
    again = SettingsDialog(Settings(path), Operations(demo_store))
    qtbot.addWidget(again)
    assert again.summaryCheck.isChecked()


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_window_export_adds_the_summary_when_set(qtbot, demo_store, tmp_path: Path, fmt: str):
    settings = Settings(tmp_path / "s.ini")
    written: list[Path] = []
    for with_summary in (True, False):
        settings.report_with_summary = with_summary
        target = tmp_path / f"r_{with_summary}.{fmt}"
        report_actions.start_export(None, demo_store, Q1, None, fmt, settings=settings,
                                    path=target, on_done=written.append)
        qtbot.waitUntil(lambda target=target: target in written, timeout=10000)
    if fmt == "docx":
        texts = [[p.text for p in Document(str(tmp_path / f"r_{w}.docx")).paragraphs]
                 for w in (True, False)]
        assert "Сводные данные" in texts[0] and "Сводные данные" not in texts[1]
    else:
        sheets = [openpyxl.load_workbook(tmp_path / f"r_{w}.xlsx").sheetnames for w in (True, False)]
        assert sheets == [["Отчет", "Сводные данные"], ["Отчет"]]


def test_the_emailed_report_carries_the_summary_when_set(qtbot, demo_store, tmp_path: Path):
    settings = Settings(tmp_path / "s.ini")
    settings.report_with_summary = True
    eml = report_actions.email_report(None, demo_store, Q1, None, settings=settings,
                                      folder=tmp_path / "mail", open_files=False)
    assert eml is not None
    attached = eml.with_suffix(".docx")
    assert "Сводные данные" in [p.text for p in Document(str(attached)).paragraphs]
