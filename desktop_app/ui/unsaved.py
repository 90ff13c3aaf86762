"""What every form dialog of ours shares: the colours of its messages and the
question «Сохранить изменения?» before typed work is thrown away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #5f6368;"
SAVED_STYLE = "color: #2e5e1e;"



class UnsavedChangesDialog(QDialog):
    """A dialog that asks before throwing typed work away (Esc, Отмена, the close box).

    Subclasses give ``draft_state()`` (what is typed) and ``save() -> bool``.
    """

    def draft_state(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean_state = self.draft_state()

    def is_dirty(self) -> bool:
        return self.draft_state() != getattr(self, "_clean_state", None)

    def ask_unsaved(self) -> QMessageBox.ButtonRole:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Несохранённые изменения"))
        box.setText(self.tr("Изменения не сохранены. Сохранить их перед закрытием?"))
        save = box.addButton(self.tr("Сохранить"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Не сохранять"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Отмена"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return box.buttonRole(clicked) if clicked else QMessageBox.ButtonRole.RejectRole

    def reject(self) -> None:
        if self.is_dirty():
            role = self.ask_unsaved()
            if role == QMessageBox.ButtonRole.AcceptRole:
                self.save()  # closes itself when the save goes through
                return
            if role != QMessageBox.ButtonRole.DestructiveRole:
                return
        super().reject()
