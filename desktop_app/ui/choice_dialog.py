"""A one-question list dialog («Чьи это мероприятия?», «Соглашение:») that fits a small screen.

Qt's QInputDialog.getItem sizes its list to the longest entry; an agreement's
full title is often longer than a 1366-pixel screen is wide. This one keeps the
list to a readable width (the full text is in the drop-down) and goes through
fit_to_screen like every other dialog. Enter answers, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QWidget

from .screen_fit import fit_to_screen

# Characters of an entry shown in the closed list; the open list shows all of it.
SHOWN_CHARS = 60


def choice_dialog(parent: QWidget | None, title: str, label: str, items: list[str],
                  editable: bool = False) -> QInputDialog:
    """The dialog, built and sized, the first item chosen; exec() it or show() it."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(editable)
    if items:
        dialog.setTextValue(items[0])
    combo = dialog.findChild(QComboBox)
    if combo is not None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(SHOWN_CHARS)
    dialog.adjustSize()
    fit_to_screen(dialog)
    return dialog


def ask_choice(parent: QWidget | None, title: str, label: str, items: list[str],
               editable: bool = False) -> str | None:
    """The chosen (or typed) text, stripped; None when the user cancels or leaves it empty."""
    dialog = choice_dialog(parent, title, label, items, editable)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.textValue().strip()
    finally:
        dialog.deleteLater()
    return text if accepted and text else None
