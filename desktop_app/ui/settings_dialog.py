"""«Настройки»: the user's settings plus the database's home region.

The layout is ui/settings_dialog.ui. OK writes every field back; the home
region lives in the database file (each database is one region's), so it is
written through Operations like any other change to the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QLineEdit, QWidget

from ..settings import Settings
from .forms.ui_settings_dialog import Ui_SettingsDialog
from .operations import Operations
from .screen_fit import fit_to_screen

HOME_REGION_KEY = "home_region"


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ops = ops
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.languageCombo.addItem(self.tr("Русский"), "ru")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.ownDepartmentCombo.addItem(self.tr("— не выбран —"), "")
        for department in ops.store.departments(active_only=True):
            self.ui.ownDepartmentCombo.addItem(department.name, department.id)
        # Built here rather than in the form, so the report tab's layout file stays as it is.
        self.summaryCheck = QCheckBox(
            self.tr("Добавлять «Сводные данные» (приложение DOCX, второй лист XLSX)"), self)
        self.summaryCheck.setObjectName("summaryCheck")
        self.summaryCheck.setToolTip(self.tr(
            "Мероприятия по департаментам, соглашениям, регионам-партнёрам, месяцам и "
            "статусам; соглашения без мероприятий выделены"))
        self.ui.reportTabLayout.addRow(self.summaryCheck)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.templateButton.clicked.connect(self._choose_template)
        self.ui.backupDirButton.clicked.connect(self._choose_backup_dir)
        self._add_report_fields()
        self._load()
        fit_to_screen(self)

    def _add_report_fields(self) -> None:
        """The e-mail and «Сроки» settings, added under the report tab's fields."""
        form = self.ui.reportTabLayout
        self.datesAsTypedCheck = QCheckBox(self.tr("Печатать сроки как в&ведены"), self)
        self.datesAsTypedCheck.setToolTip(self.tr(
            "Без отметки распознанные сроки печатаются в единой форме: "
            "«29 февраля – 1 марта» вместо «29 февраля - 01 марта»."))
        self.phoneEdit = QLineEdit(self)
        self.phoneEdit.setPlaceholderText(self.tr("например, 8 (4812) 29-10-00"))
        self.coordinatorEdit = QLineEdit(self)
        self.coordinatorEdit.setPlaceholderText(self.tr("адрес координатора, например "
                                                        "mezhregion@admin.ru"))
        form.addRow("", self.datesAsTypedCheck)
        form.addRow(self.tr("Теле&фон исполнителя:"), self.phoneEdit)
        form.addRow(self.tr("Письмо с отчетом, «&Кому»:"), self.coordinatorEdit)

    def _load(self) -> None:
        s, ui = self.settings, self.ui
        ui.ownDepartmentCombo.setCurrentIndex(max(ui.ownDepartmentCombo.findData(s.own_department_id), 0))
        ui.homeRegionEdit.setText(self.ops.store.setting(HOME_REGION_KEY) or "")
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(s.ui_language), 0))
        ui.fontCombo.setCurrentFont(QFont(s.report_font_family))
        # The combo shows the installed font standing in for a missing one (Liberation
        # Serif for Times New Roman); the export writes the setting, so show the setting.
        ui.fontCombo.setEditText(s.report_font_family)
        ui.fontSizeSpin.setValue(s.report_font_size)
        ui.titleSizeSpin.setValue(s.report_title_size)
        ui.marginLeftSpin.setValue(s.margin_left_mm)
        ui.marginRightSpin.setValue(s.margin_right_mm)
        ui.marginTopSpin.setValue(s.margin_top_mm)
        ui.marginBottomSpin.setValue(s.margin_bottom_mm)
        ui.templateEdit.setText(s.report_template)
        ui.signatureEdit.setPlainText(s.signature)
        ui.executorEdit.setPlainText(s.executor)
        self.summaryCheck.setChecked(s.report_with_summary)
        ui.backupDirEdit.setText(s.backup_dir)
        ui.backupKeepSpin.setValue(s.backup_keep)
        self.datesAsTypedCheck.setChecked(s.report_dates_as_typed)
        self.phoneEdit.setText(s.executor_phone)
        self.coordinatorEdit.setText(s.coordinator_email)

    def accept(self) -> None:
        s, ui = self.settings, self.ui
        region = " ".join(ui.homeRegionEdit.text().split())
        if region != (self.ops.store.setting(HOME_REGION_KEY) or "") and not self.ops.set_file_setting(
            HOME_REGION_KEY, region
        ):
            return  # refused (read-only file…): the message was shown, the dialog stays
        s.own_department_id = ui.ownDepartmentCombo.currentData() or ""
        s.language = ui.languageCombo.currentData()
        s.report_font_family = ui.fontCombo.currentText().strip() or s.report_font_family
        s.report_font_size = ui.fontSizeSpin.value()
        s.report_title_size = ui.titleSizeSpin.value()
        s.margin_left_mm = ui.marginLeftSpin.value()
        s.margin_right_mm = ui.marginRightSpin.value()
        s.margin_top_mm = ui.marginTopSpin.value()
        s.margin_bottom_mm = ui.marginBottomSpin.value()
        s.report_template = ui.templateEdit.text().strip()
        s.signature = ui.signatureEdit.toPlainText().strip()
        s.executor = ui.executorEdit.toPlainText().strip()
        s.report_with_summary = self.summaryCheck.isChecked()
        s.backup_dir = ui.backupDirEdit.text().strip()
        s.backup_keep = ui.backupKeepSpin.value()
        s.report_dates_as_typed = self.datesAsTypedCheck.isChecked()
        s.executor_phone = self.phoneEdit.text().strip()
        s.coordinator_email = self.coordinatorEdit.text().strip()
        s.sync()
        super().accept()

    def _choose_template(self) -> None:
        start = self.ui.templateEdit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Шаблон отчёта"), start, self.tr("Документы Word (*.docx)")
        )
        if path:
            self.ui.templateEdit.setText(path)

    def _choose_backup_dir(self) -> None:
        start = self.ui.backupDirEdit.text() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Папка резервных копий"), start)
        if path:
            self.ui.backupDirEdit.setText(path)
