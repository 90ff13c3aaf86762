"""Choosing the agreements an event falls under, by typing.

A clerk types any part of a title, a short name or a partner region
(«Москв», «липецк», «Крым»); the list narrows at each keystroke; Enter adds
the first (or the highlighted) match and clears the box for the next one. The
chosen agreements keep the order the report prints them in. Agreements not in
force during the report period are hidden unless asked for. Recently used
agreements come first, as the lookups module orders them.

The widgets come from ui/event_form.ui; this module gives them models and
keyboard behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit, QListView

from ..domain.entities import Agreement
from ..domain.periods import ReportPeriod
from .agreement_models import (  # noqa: F401 - re-exported for the form and tests
    ID_ROLE,
    AgreementDelegate,
    AgreementListModel,
    AvailableFilter,
    ChosenAgreementsModel,
    fold,
    in_force_during,
    matches,
)


class AgreementPicker(QObject):
    """Binds the filter box, the two lists and their buttons into one picker."""

    changed = Signal()

    def __init__(
        self,
        filter_edit: QLineEdit,
        available_view: QListView,
        chosen_view: QListView,
        show_inactive: QCheckBox,
        add_button: QAbstractButton,
        remove_button: QAbstractButton,
        up_button: QAbstractButton,
        down_button: QAbstractButton,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._filter_edit = filter_edit
        self._available = available_view
        self._chosen_view = chosen_view
        self._show_inactive = show_inactive
        self.catalogue = AgreementListModel(self)
        self.proxy = AvailableFilter(self)
        self.proxy.setSourceModel(self.catalogue)
        self.chosen = ChosenAgreementsModel(self.catalogue, self)
        available_view.setModel(self.proxy)
        chosen_view.setModel(self.chosen)
        self._delegate = AgreementDelegate(self)
        for view in (available_view, chosen_view):
            view.setItemDelegate(self._delegate)
            view.setWordWrap(False)
            view.setUniformItemSizes(True)
        filter_edit.textChanged.connect(self._filter_changed)
        show_inactive.toggled.connect(self.proxy.set_show_inactive)
        available_view.doubleClicked.connect(self._add_index)
        add_button.clicked.connect(self.add_current)
        remove_button.clicked.connect(self.remove_current)
        up_button.clicked.connect(lambda: self.move_current(-1))
        down_button.clicked.connect(lambda: self.move_current(1))
        self._watched = (filter_edit, available_view, chosen_view)
        for watched in self._watched:
            watched.installEventFilter(self)

    def detach(self) -> None:
        """Stop filtering the three widgets' keys; the form calls it when it closes.

        Qt passes a widget's last events through its filters while the widget
        is being destroyed. When Python collects a parentless form, PySide then
        has to wrap a half-destroyed widget for this Python filter and crashes
        (SIGSEGV in shiboken's findDerivedType).
        """
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._watched = ()

    # -- data in and out -------------------------------------------------------

    def set_agreements(
        self, rows: list[tuple[Agreement, str | None]], period: ReportPeriod
    ) -> None:
        self.catalogue.set_agreements(rows, period)
        self.proxy.refresh()
        self._select_first()

    def set_period(self, period: ReportPeriod) -> None:
        self.catalogue.set_period(period)
        self.proxy.refresh()

    def ids(self) -> list[str]:
        return self.chosen.ids()

    def set_ids(self, ids: list[str]) -> None:
        self.chosen.set_ids(ids)
        self.proxy.set_chosen(self.chosen.ids())
        self._select_first()

    # -- actions -----------------------------------------------------------------

    def add_current(self) -> bool:
        """Add the highlighted match (or the first one); clear the box for the next."""
        index = self._available.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        return self._add_index(index)

    def _add_index(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        agreement_id = self.proxy.data(index, ID_ROLE)
        row = self.chosen.add(agreement_id)
        self.proxy.set_chosen(self.chosen.ids())
        self._chosen_view.setCurrentIndex(self.chosen.index(row))
        self._filter_edit.clear()
        self._select_first()
        self.changed.emit()
        return True

    def remove_current(self) -> None:
        index = self._chosen_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        self.chosen.remove(row)
        self.proxy.set_chosen(self.chosen.ids())
        if self.chosen.rowCount():
            self._chosen_view.setCurrentIndex(self.chosen.index(min(row, self.chosen.rowCount() - 1)))
        self.changed.emit()

    def move_current(self, step: int) -> None:
        index = self._chosen_view.currentIndex()
        if not index.isValid():
            return
        row = self.chosen.move(index.row(), step)
        self._chosen_view.setCurrentIndex(self.chosen.index(row))
        self.changed.emit()

    # -- keyboard ------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._select_first()

    def _select_first(self) -> None:
        first = self.proxy.index(0, 0)
        self._available.setCurrentIndex(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if watched is self._filter_edit:
            if enter and not ctrl:
                # Enter adds; it must not reach the dialog (that would press a button).
                self.add_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
                self._available.setFocus()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self._available.currentIndex().row() + step, self.proxy.rowCount() - 1))
                self._available.setCurrentIndex(self.proxy.index(row, 0))
                return True
        elif watched is self._available:
            if enter and not ctrl:
                self.add_current()
                self._filter_edit.setFocus()  # ready to type the next one
                return True
        elif watched is self._chosen_view:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return False
