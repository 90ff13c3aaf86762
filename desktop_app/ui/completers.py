"""Completion for the form's free-text fields: places typed before, region names.

Region fields hold several names separated by «;» (no region name contains
one), so their completer completes only the name being typed and keeps the
ones before it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

SEPARATOR = ";"


def split_values(text: str) -> list[str]:
    """«Брянская область; Калужская область;» → the names, trimmed, without repeats."""
    return list(dict.fromkeys(part.strip() for part in text.split(SEPARATOR) if part.strip()))


def join_values(values: list[str]) -> str:
    return f"{SEPARATOR} ".join(values)


def contains_completer(words: list[str], parent: QObject | None = None) -> QCompleter:
    """A completer that matches anywhere in the word, ignoring case («смол» finds «г. Смоленск»)."""
    completer = QCompleter(parent)
    # The model's parent is the completer: a model held only by Python is
    # collected, and Qt then completes from nothing.
    completer.setModel(QStringListModel(words, completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class MultiValueCompleter(QCompleter):
    """Completes the last «;»-separated name of a line edit, keeping the others."""

    def __init__(self, words: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(words, self))  # owned by the completer, see above
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(SEPARATOR, 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data(Qt.ItemDataRole.DisplayRole))
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        before = split_values(text.rsplit(SEPARATOR, 1)[0]) if SEPARATOR in text else []
        return join_values([*before, chosen]) + f"{SEPARATOR} "
