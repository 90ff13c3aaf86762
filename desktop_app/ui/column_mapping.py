"""The import's mapping step: which column of a file holds what, when its header does not say.

Like the import wizards of Excel and LibreOffice: the file's header, a field
chooser under each column, and the first rows as they will be read with the
chosen mapping. A mapping the user confirms is remembered in the settings
under the header's signature, so the next file of the same layout imports
without asking. The department of a file that names none is asked here too,
once per import.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..exchange.header_vocabulary import header_signature
from ..exchange.importer import ReadFile, ReadOptions, read_report
from ..exchange.report_file import ImportFileError
from ..exchange.table_rows import ColumnsUnclear
from ..settings import Settings
from .choice_dialog import ask_choice
from .screen_fit import fit_to_screen

PREVIEW_ROWS = 5
COMPETING_COLOR = "#ffe08a"  # the header cells of columns that compete for one field


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColumnMapping", text)


def field_choices() -> list[tuple[str, str]]:
    """(field, label) for the chooser; "" ignores the column."""
    return [
        ("", _tr("— не загружать —")),
        ("number", _tr("№ п/п")),
        ("agreements", _tr("Соглашение")),
        ("partner", _tr("Партнёр")),
        ("title", _tr("Наименование мероприятия")),
        ("timing", _tr("Сроки")),
        ("timing_start", _tr("Дата начала")),
        ("timing_end", _tr("Дата окончания")),
        ("timing_place", _tr("Срок и место")),
        ("place", _tr("Место")),
        ("participants", _tr("Участники")),
        ("count", _tr("Количество участников")),
        ("result", _tr("Результат")),
        ("note", _tr("Примечание")),
        ("department", _tr("Департамент")),
    ]


# -- remembered mappings --------------------------------------------------------------

def remembered_mappings(settings: Settings | None) -> dict[str, dict[int, str]]:
    """Header signature → column → field, as confirmed in earlier imports."""
    if settings is None:
        return {}
    try:
        raw = json.loads(settings.import_column_mappings or "{}")
        return {sig: {int(col): f for col, f in cols.items()} for sig, cols in raw.items()}
    except (ValueError, TypeError, AttributeError):
        return {}  # a hand-edited or damaged value: ask again rather than fail


def remember_mapping(settings: Settings | None, header: list[str], columns: dict[int, str]) -> None:
    if settings is None:
        return
    known = remembered_mappings(settings)
    known[header_signature(header)] = columns
    settings.import_column_mappings = json.dumps(
        {sig: {str(c): f for c, f in cols.items()} for sig, cols in known.items()},
        ensure_ascii=False,
    )


# -- the dialog ------------------------------------------------------------------------

class ColumnMappingDialog(QDialog):
    """The file's header with a field chooser per column and a preview of the first rows."""

    PREVIEW_FIELDS = ("department", "agreements", "title", "timing", "place", "participants",
                      "result", "note")

    def __init__(self, path: Path, unclear: ColumnsUnclear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.header = list(unclear.header)
        self.setWindowTitle(self.tr("Столбцы таблицы: %1").replace("%1", path.name))
        layout = QVBoxLayout(self)
        # Columns that compete for one field: each marked, the choice left to the user.
        self.competing = sorted(col for cols in unclear.competing.values() for col in cols)
        if self.competing:
            text = self.tr(
                "Несколько столбцов файла похожи на одно поле: %1. Выберите под каждым "
                "столбцом, что в нём записано (лишний — «не загружать»); ниже — первые строки "
                "так, как они будут загружены.").replace("%1", "; ".join(
                    ", ".join(f"{col + 1} «{' '.join(self.header[col].split())}»" for col in cols)
                    for cols in unclear.competing.values()))
        else:
            text = self.tr(
                "Программа не поняла, какие столбцы файла что содержат. Выберите под каждым "
                "столбцом, что в нём записано; ниже — первые строки так, как они будут загружены.")
        self.intro = QLabel(text, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.columns_table = QTableWidget(2, len(self.header), self)
        self.columns_table.setVerticalHeaderLabels([self.tr("В файле"), self.tr("Поле")])
        self.combos: list[QComboBox] = []
        for col, text in enumerate(self.header):
            item = QTableWidgetItem(" ".join(text.split()))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(text)
            if col in self.competing:
                item.setBackground(QColor(COMPETING_COLOR))
                item.setToolTip(self.tr("Этот столбец похож на то же поле, что и другой: "
                                        "выберите, какой загружать.") + "\n" + text)
            self.columns_table.setItem(0, col, item)
            combo = QComboBox(self.columns_table)
            for name, label in field_choices():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(unclear.suggested.get(col, ""))))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.columns_table.setCellWidget(1, col, combo)
            self.combos.append(combo)
        self.columns_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.columns_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns_table.setHorizontalHeaderLabels([str(c + 1) for c in range(len(self.header))])
        self.columns_table.resizeColumnsToContents()
        self.columns_table.setMaximumHeight(110)
        layout.addWidget(self.columns_table)
        layout.addWidget(QLabel(self.tr("Первые строки, как они будут загружены:"), self))
        self.preview = QTableWidget(0, len(self.PREVIEW_FIELDS), self)
        self.preview.setHorizontalHeaderLabels([
            self.tr("Департамент"), self.tr("Соглашение"), self.tr("Наименование"),
            self.tr("Сроки"), self.tr("Место"), self.tr("Участники"), self.tr("Результат"),
            self.tr("Примечание")])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)  # one line a row: the preview is for which text goes where
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 1)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Загрузить"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.read: ReadFile | None = None
        self.resize(960, 520)
        fit_to_screen(self)
        self.refresh_preview()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # A wide file scrolls: bring the competing columns into view, side by
        # side, so the choice between them is made with both on screen.
        if self.competing:
            for col in (self.competing[-1], self.competing[0]):
                self.columns_table.scrollToItem(
                    self.columns_table.item(0, col), QTableWidget.ScrollHint.EnsureVisible)

    def column_on_screen(self, col: int) -> bool:
        """Whether the whole of a column's header cell is in the chooser's visible part."""
        rect = self.columns_table.visualItemRect(self.columns_table.item(0, col))
        return self.columns_table.viewport().rect().contains(rect)

    def mapping(self) -> dict[int, str]:
        return {col: combo.currentData() for col, combo in enumerate(self.combos)
                if combo.currentData()}

    def refresh_preview(self) -> None:
        """Read the file with the chosen mapping; show its first rows or why it fails."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview.setRowCount(0)
        try:
            table, package = read_report(self.path, ReadOptions(columns=self.mapping()))
        except UserError as exc:
            problem = exc.problem if isinstance(exc, ImportFileError) else str(exc)
            self.problem.setText(problem.split("\n")[0])
            self.problem.setStyleSheet("color: #a00;")
            self.read = None
            ok.setEnabled(False)
            return
        self.problem.setText(self.tr("Будет загружено строк: %1").replace("%1", str(len(table.rows))))
        self.problem.setStyleSheet("")
        self.read = ReadFile(self.path, table, package)
        ok.setEnabled(True)
        for row in table.rows[:PREVIEW_ROWS]:
            r = self.preview.rowCount()
            self.preview.insertRow(r)
            values = [row.department, "\n".join(row.agreements), row.title, row.timing,
                      row.place, row.participants, row.result, row.note]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value.replace("\n", " ")[:200])
                item.setToolTip(value[:1000])
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 220))


def map_columns(parent: QWidget | None, error: ImportFileError, settings: Settings | None,
                known: dict[str, dict[int, str]]) -> bool:
    """Ask for the mapping of a refused file; True when the user confirmed one.

    The mapping is added to ``known`` (this import's mappings) and remembered
    in the settings for the next file of the same layout.
    """
    if not isinstance(error.unclear, ColumnsUnclear):
        return False
    dialog = ColumnMappingDialog(error.path, error.unclear, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        known[header_signature(dialog.header)] = dialog.mapping()
        remember_mapping(settings, dialog.header, dialog.mapping())
        return True
    finally:
        dialog.deleteLater()


def ask_department(parent: QWidget | None, read: list[ReadFile], names: list[str]) -> str | None:
    """The department of files that name none, asked once; "" when every row has one.

    None when the user cancels.
    """
    files = [f.path.name for f in read if f.package is None
             and any(not row.department for row in f.table.rows)]
    if not files:
        return ""
    return ask_choice(parent, *department_question_texts(files), names, editable=True)


def department_question_texts(files: list[str]) -> tuple[str, str]:
    """The title and text of «Чьи это мероприятия?» for the files that name no department."""
    return _tr("Департамент"), _tr(
        "В файле не указан департамент: %1.\nЧьи это мероприятия?").replace("%1", ", ".join(files))
