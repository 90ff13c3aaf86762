"""Settings: the registry over an INI file, the dialog, the English translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.settings import Settings
from desktop_app.ui.application import install_translators
from desktop_app.ui.operations import Operations
from desktop_app.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_every_option_declared_once_with_its_default(tmp_path: Path):
    keys = [o.key for o in Settings.registry.values()]
    assert len(keys) == len(set(keys))
    fresh = Settings(tmp_path / "s.ini")
    for name, option in Settings.registry.items():
        assert getattr(fresh, name) == option.default, name


def test_values_round_trip_through_the_file(tmp_path: Path):
    path = tmp_path / "s.ini"
    first = Settings(path)
    first.period_year = 2021
    first.report_font_size = 13.5
    first.window_geometry = b"\x00\x01binary"
    first.signature = "Начальник отдела\nИ.И. Иванов"
    first.sync()
    again = Settings(path)
    assert again.period_year == 2021
    assert again.report_font_size == 13.5
    assert again.window_geometry == b"\x00\x01binary"
    assert again.signature == "Начальник отдела\nИ.И. Иванов"
    assert "period_year=2021" in path.read_text(encoding="utf-8")


def test_a_damaged_value_falls_back_to_the_default(tmp_path: Path):
    path = tmp_path / "s.ini"
    path.write_text("[backup]\nkeep=много\n[user]\nlanguage=fr\n", encoding="utf-8")
    s = Settings(path)
    assert s.backup_keep == 10
    assert s.ui_language == "ru"


def test_report_style_follows_the_settings(tmp_path: Path):
    s = Settings(tmp_path / "s.ini")
    s.report_font_family = "PT Astra Serif"
    s.report_font_size = 11
    s.margin_left_mm = 25
    s.executor = "Исп.: Петрова"
    style = s.report_style()
    assert (style.font_name, style.table_font_size, style.margin_left_mm) == ("PT Astra Serif", 11, 25)
    assert style.executor == "Исп.: Петрова"
    s.report_font_size = 500  # the report refuses it: the default look, not a crash
    assert s.report_style().table_font_size == 12


def test_dialog_writes_settings_and_the_databases_home_region(qtbot, demo_store, tmp_path: Path):
    path = tmp_path / "s.ini"
    ops = Operations(demo_store)
    dialog = SettingsDialog(Settings(path), ops)
    qtbot.addWidget(dialog)
    assert dialog.ui.homeRegionEdit.text() == demo_store.setting("home_region")
    culture = next(d for d in demo_store.departments() if d.short_name == "Культура")
    ui = dialog.ui
    ui.ownDepartmentCombo.setCurrentIndex(ui.ownDepartmentCombo.findData(culture.id))
    ui.homeRegionEdit.setText("Брянская область")
    ui.marginRightSpin.setValue(15)
    ui.backupKeepSpin.setValue(3)
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    changed = []
    ops.changed.connect(lambda: changed.append(1))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = Settings(path)
    assert saved.own_department_id == culture.id
    assert saved.margin_right_mm == 15
    assert saved.backup_keep == 3
    assert saved.language == "en"
    assert demo_store.setting("home_region") == "Брянская область"
    assert changed == [1]


def test_english_translation_shows_english_menus(qtbot, demo_store, tmp_path: Path):
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance()
    locale = QLocale()
    translators = install_translators(app, "en")
    try:
        win = MainWindow(Operations(demo_store), Settings(tmp_path / "s.ini"))
        qtbot.addWidget(win)
        assert win.ui.menuFile.title() == "&File"
        assert win.ui.actionNewEvent.text() == "&New Event…"
        assert win.ui.eventTable.model().headerData(0, win.ui.eventTable.horizontalHeader().orientation()) == "Department"
        first = win.ui.departmentList.model().index(0)
        qtbot.waitUntil(lambda: first.data() == "All departments (29)")
    finally:
        for t in translators:
            app.removeTranslator(t)
        QLocale.setDefault(locale)
    win_ru = MainWindow(Operations(demo_store), Settings(tmp_path / "s2.ini"))
    qtbot.addWidget(win_ru)
    assert win_ru.ui.menuFile.title() == "&Файл"


def test_font_shown_is_the_font_the_export_uses(qtbot, demo_store, tmp_path: Path):
    """A missing Times New Roman used to show (and be saved) as its stand-in, Liberation
    Serif, while the DOCX asked for Times New Roman: the dialog shows the setting."""
    path = tmp_path / "s.ini"
    dialog = SettingsDialog(Settings(path), Operations(demo_store))
    qtbot.addWidget(dialog)
    assert dialog.ui.fontCombo.currentText() == "Times New Roman"
    assert Settings(path).report_style().font_name == "Times New Roman"
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings(path).report_font_family == "Times New Roman"
    # a font picked in the dialog is saved as picked
    dialog = SettingsDialog(Settings(path), Operations(demo_store))
    qtbot.addWidget(dialog)
    dialog.ui.fontCombo.setEditText("PT Astra Serif")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings(path).report_style().font_name == "PT Astra Serif"


def test_report_and_email_settings_round_trip_through_the_dialog(qtbot, demo_store,
                                                                 tmp_path: Path):
    path = tmp_path / "s.ini"
    dialog = SettingsDialog(Settings(path), Operations(demo_store))
    qtbot.addWidget(dialog)
    assert not dialog.datesAsTypedCheck.isChecked()
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.reportTab)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.datesAsTypedCheck, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, dialog.datesAsTypedCheck.height() // 2))
    qtbot.keyClicks(dialog.phoneEdit, "8 (4812) 29-10-00")
    qtbot.keyClicks(dialog.coordinatorEdit, "coord@admin67.ru")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = Settings(path)
    assert saved.report_dates_as_typed is True
    assert saved.executor_phone == "8 (4812) 29-10-00"
    assert saved.coordinator_email == "coord@admin67.ru"
    again = SettingsDialog(saved, Operations(demo_store))
    qtbot.addWidget(again)
    assert again.datesAsTypedCheck.isChecked()
    assert again.coordinatorEdit.text() == "coord@admin67.ru"
