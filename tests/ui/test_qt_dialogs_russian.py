"""Qt's own dialogs speak Russian with the program: «Перейти к:», not «Look in:»."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from desktop_app.ui.application import install_translators, qt_translation_file


def test_file_dialog_labels_are_russian(qtbot, qapp):
    assert qt_translation_file("ru") is not None
    before = QLocale()
    installed = install_translators(qapp, "ru")
    try:
        dialog = QFileDialog(None, "Открыть файл базы")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Перейти к:"
        assert labels["fileNameLabel"] == "&Имя файла:"
        assert labels["fileTypeLabel"] == "&Типы файлов:"
        buttons = dialog.findChild(QDialogButtonBox)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Отмена"
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(before)
