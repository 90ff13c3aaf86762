"""Two versions of one event side by side, and a way forward: mine, theirs, or field by field.

Shown when a save finds the event changed elsewhere since the form was opened,
and when a crash draft is restored onto an event saved again after the draft
was written (an import between the crash and the restart).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .screen_fit import fit_to_screen

MINE, THEIRS = "mine", "theirs"


def tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def field_labels() -> dict[str, str]:
    return {
        "department_id": tr("Департамент"),
        "agreement_ids": tr("Соглашения"),
        "title": tr("Наименование"),
        "timing": tr("Сроки"),
        "place": tr("Место"),
        "participants": tr("Участники"),
        "participants_count": tr("Число участников"),
        "participant_regions": tr("Регионы-участники"),
        "result": tr("Содержание и результат"),
        "status": tr("Статус"),
        "note": tr("Примечание"),
        "repeat_agreement": tr("Повторять соглашение"),
    }


def differing_fields(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    return [k for k in field_labels() if k in mine and k in theirs and mine[k] != theirs[k]]


def merge(mine: dict[str, Any], theirs: dict[str, Any], choices: dict[str, str]) -> dict[str, Any]:
    """``theirs`` with the fields chosen as MINE taken from ``mine``."""
    merged = dict(theirs)
    for key, side in choices.items():
        if side == MINE and key in mine:
            merged[key] = mine[key]
    return merged


def _shown(value: Any, names: dict[str, str]) -> str:
    if isinstance(value, list | tuple):
        return "; ".join(names.get(str(v), str(v)) for v in value) or "—"
    if isinstance(value, bool):
        return tr("да") if value else tr("нет")
    text = names.get(str(value), str(value)) if value not in (None, "") else "—"
    return text if len(text) <= 400 else text[:399] + "…"


class ConflictDialog(QDialog):
    """``result_state()`` after exec(): the state to continue editing with."""

    def __init__(self, mine: dict[str, Any], theirs: dict[str, Any], intro: str,
                 names: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Мероприятие изменено в другом месте"))
        self.mine, self.theirs = mine, theirs
        self.fields = differing_fields(mine, theirs)
        self.groups: dict[str, QButtonGroup] = {}
        names = names or {}
        layout = QVBoxLayout(self)
        text = QLabel(intro + " " + tr(
            "Выберите, чью версию взять целиком, или отметьте в каждой строке, какое "
            "значение оставить, и нажмите «Объединить по полям»."))
        text.setWordWrap(True)
        layout.addWidget(text)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(QLabel(tr("<b>Поле</b>")), 0, 0)
        grid.addWidget(QLabel(tr("<b>Ваша версия</b>")), 0, 1)
        grid.addWidget(QLabel(tr("<b>Сохранённая версия</b>")), 0, 2)
        labels = field_labels()
        for row, key in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(labels[key]), row, 0)
            group = QButtonGroup(self)
            for col, (side, value) in enumerate(((MINE, mine[key]), (THEIRS, theirs[key])), 1):
                button = QRadioButton(_shown(value, names))
                button.setProperty("side", side)
                button.setChecked(side == MINE)
                group.addButton(button)
                grid.addWidget(button, row, col)
            self.groups[key] = group
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll)
        self.buttons = QDialogButtonBox(self)
        self.mine_button = self.buttons.addButton(tr("Взять мою версию"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = self.buttons.addButton(tr("Взять сохранённую"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button = self.buttons.addButton(tr("Объединить по полям"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.clicked.connect(self._clicked)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.resize(900, min(640, 160 + 60 * len(self.fields)))
        fit_to_screen(self)  # the rows scroll; the buttons stay on a small screen
        self._state: dict[str, Any] | None = None

    def choices(self) -> dict[str, str]:
        return {key: group.checkedButton().property("side") for key, group in self.groups.items()}

    def _clicked(self, button: Any) -> None:
        if button is self.mine_button:
            self._state = merge(self.mine, self.theirs, dict.fromkeys(self.fields, MINE))
        elif button is self.theirs_button:
            self._state = dict(self.theirs)
        elif button is self.merge_button:
            self._state = merge(self.mine, self.theirs, self.choices())
        else:
            return
        self.accept()

    def result_state(self) -> dict[str, Any] | None:
        return self._state
