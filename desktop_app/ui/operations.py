"""The one path every write from the window takes (after Anki's perform_op).

Each user action is a QUndoCommand. The first write happens before the
command is pushed, so a refused write (a UserError: a version conflict, a
record in use, a locked file) never reaches the undo stack; it is shown once,
in one way, and nothing changes. After every action ``changed`` is emitted
once; models listen to it and refresh themselves. Then ``events_touched``
names the events the action created, changed or brought back (an undone
deletion), so the window can select them without being told by whoever acted.

Every method returns what was saved, or None when the write was refused (the
message has already been shown).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ..domain.entities import Agreement, Department, Event
from ..errors import UserError
from ..storage.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context.
    return QCoreApplication.translate("", text)


class _Step(QUndoCommand):
    """A command whose first redo already happened (the write that was checked)."""

    def __init__(self, ops: Operations, label: str) -> None:
        super().__init__(label)
        # Weakly: the undo stack that owns this step belongs to ``ops``. A strong reference
        # made ops, its stack and its steps a reference cycle that only Python's cycle
        # collector frees; clearing it hands the pushed steps back to Python, which deletes
        # them while the C++ stack still lists them (SIGSEGV in ~QUndoStack, at whatever
        # moment the collector ran). Without the cycle the last reference frees them in order.
        self._ops = weakref.ref(ops)
        self._done_once = True

    @property
    def ops(self) -> Operations:
        ops = self._ops()
        # Steps are deleted with the stack, and the stack with ops: no step outlives it.
        assert ops is not None, "an undo step outlived its Operations"
        return ops

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self.ops._replay(self.setObsolete, self.do_redo)

    def undo(self) -> None:
        self.ops._replay(self.setObsolete, self.do_undo)

    # Each returns the ids of the events that exist after it and that it wrote.
    def do_redo(self) -> list[str]:
        raise NotImplementedError

    def do_undo(self) -> list[str]:
        raise NotImplementedError


class _SaveEvents(_Step):
    """Create or edit events: ``before`` is None for a new one."""

    def __init__(self, ops: Operations, label: str, pairs: list[tuple[Event | None, Event]]):
        super().__init__(ops, label)
        self.pairs = pairs  # (before, after as saved)

    def do_undo(self) -> list[str]:
        store = self.ops.store
        with store.transaction():
            for before, after in reversed(self.pairs):
                if before is None:
                    store.delete_event(after.id)
                else:
                    # Refused if the event was changed after this step (by another step
                    # or another workstation): undo must not overwrite that work.
                    current = store.event(after.id)
                    store.save_event(
                        replace(before, version=current.version), expected_version=after.version
                    )
        return [after.id for before, after in self.pairs if before is not None]

    def do_redo(self) -> list[str]:
        store = self.ops.store
        with store.transaction():
            redone = []
            for before, after in self.pairs:
                if before is None:
                    redone.append((None, store.restore_event(after)))
                else:
                    current = store.event(after.id)
                    redone.append(
                        (before, store.save_event(replace(after, version=current.version)))
                    )
            self.pairs = redone
        return [after.id for _before, after in self.pairs]


class _DeleteEvents(_Step):
    def __init__(self, ops: Operations, label: str, removed: list[Event]):
        super().__init__(ops, label)
        self.removed = removed

    def do_undo(self) -> list[str]:
        with self.ops.store.transaction():
            for event in self.removed:
                self.ops.store.restore_event(event)
        return [e.id for e in self.removed]

    def do_redo(self) -> list[str]:
        with self.ops.store.transaction():
            self.removed = [self.ops.store.delete_event(e.id) for e in self.removed]
        return []


class _SaveRecord(_Step):
    """Save an agreement or a department; undo puts the old one back (or deletes a new one)."""

    def __init__(self, ops: Operations, label: str, kind: str, before: Any, after: Any):
        super().__init__(ops, label)
        self.kind, self.before, self.after = kind, before, after

    def _save(self, record: Any) -> Any:
        store = self.ops.store
        return store.save_agreement(record) if self.kind == "agreement" else store.save_department(record)

    def _delete(self, record_id: str) -> None:
        store = self.ops.store
        if self.kind == "agreement":
            store.delete_agreement(record_id)
        else:
            store.delete_department(record_id)

    def do_undo(self) -> list[str]:
        if self.before is None:
            self._delete(self.after.id)
        else:
            self._save(self.before)
        return []

    def do_redo(self) -> list[str]:
        if self.after is None:
            self._delete(self.before.id)
        else:
            self.after = self._save(self.after)
        return []


class _Import(_Step):
    """An import as one step: its events (added or updated), then the records it created."""

    def __init__(self, ops: Operations, label: str, events: _SaveEvents,
                 records: list[_SaveRecord]):
        super().__init__(ops, label)
        self.events, self.records = events, records

    def do_undo(self) -> list[str]:
        with self.ops.store.transaction():
            touched = self.events.do_undo()
            for record in reversed(self.records):  # no event names them any more
                record.do_undo()
        return touched

    def do_redo(self) -> list[str]:
        with self.ops.store.transaction():
            for record in self.records:
                record.do_redo()
            return self.events.do_redo()


class Operations(QObject):
    """Holds the Store and the undo stack; the window's only writer."""

    changed = Signal()
    failed = Signal(str)
    # After ``changed``: ids of the events an action (or its undo/redo) created, edited
    # or restored, first one first; a deleted event is not named.
    events_touched = Signal(list)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._window: weakref.ref[QWidget] | None = None
        self.window = parent if isinstance(parent, QWidget) else None

    @property
    def window(self) -> QWidget | None:
        """The window refusals are shown over (None: none yet, or it is gone)."""
        return self._window() if self._window is not None else None

    @window.setter
    def window(self, widget: QWidget | None) -> None:
        # Weakly: the window holds ops, and a strong reference back made the pair a cycle
        # that only the cycle collector frees — with ops' undo stack inside (see _Step).
        self._window = weakref.ref(widget) if widget is not None else None

    # -- the one path ---------------------------------------------------------

    def report(self, message: str) -> None:
        """Show a refused action's message; the only place the window reports write errors."""
        # Imported here, not at the top: the window's start shows no box (~2 ms of enums).
        from PySide6.QtWidgets import QMessageBox

        log.info("action refused: %s", message)
        self.failed.emit(message)
        QMessageBox.warning(self.window, tr("Действие не выполнено"), message)

    def perform(self, label: str, write: Callable[[], T], command: Callable[[T], QUndoCommand] | None,
                touched: Callable[[T], list[str]] | None = None) -> T | None:
        """Run ``write``; on success push the undo step ``command(result)`` and emit ``changed``
        (then ``events_touched`` with ``touched(result)``)."""
        try:
            result = write()
        except UserError as exc:
            self.report(str(exc))
            return None
        if command is not None:
            self.undo_stack.push(command(result))
        self.changed.emit()
        self._touched(touched(result) if touched is not None else [])
        return result

    def _touched(self, ids: list[str]) -> None:
        if ids:
            self.events_touched.emit(ids)

    def _replay(self, make_obsolete: Callable[[bool], None], step: Callable[[], list[str]]) -> None:
        """Undo or redo one step; a step the data no longer allows is dropped, not retried."""
        ids: list[str] = []
        try:
            ids = step()
        except UserError as exc:
            make_obsolete(True)
            self.report(
                tr("Отменить или повторить это действие нельзя: {0}").format(exc)
            )
        self.changed.emit()
        self._touched(ids)

    # -- events -------------------------------------------------------------------

    def create_event(self, event: Event, label: str | None = None) -> Event | None:
        saved = self.create_events([event], label or tr("Создание мероприятия"))
        return saved[0] if saved else None

    def create_events(self, events: Sequence[Event], label: str) -> list[Event] | None:
        """Several new events in one undo step (duplicating a selection)."""
        def write() -> list[Event]:
            with self.store.transaction():
                return [self.store.save_event(e) for e in events]

        return self.perform(
            label, write, lambda saved: _SaveEvents(self, label, [(None, e) for e in saved]),
            lambda saved: [e.id for e in saved],
        )

    def update_event(self, old: Event, new: Event) -> Event | None:
        """Save an edit; refused if someone changed the event after ``old`` was read."""
        label = tr("Изменение мероприятия «{0}»").format(_short(new.title))
        return self.perform(
            label,
            lambda: self.store.save_event(new, expected_version=old.version),
            lambda saved: _SaveEvents(self, label, [(old, saved)]),
            lambda saved: [saved.id],
        )

    def delete_events(self, ids: Sequence[str]) -> list[Event] | None:
        label = (
            tr("Удаление мероприятия")
            if len(ids) == 1
            else tr("Удаление мероприятий: {0}").format(len(ids))
        )

        def write() -> list[Event]:
            with self.store.transaction():
                return [self.store.delete_event(i) for i in ids]

        return self.perform(label, write, lambda removed: _DeleteEvents(self, label, removed))

    # -- reference data -----------------------------------------------------------

    def save_agreement(self, agreement: Agreement) -> Agreement | None:
        before = _find(self.store.agreement, agreement.id)
        label = tr("Сохранение соглашения")
        return self.perform(
            label,
            lambda: self.store.save_agreement(agreement),
            lambda saved: _SaveRecord(self, label, "agreement", before, saved),
        )

    def delete_agreement(self, agreement_id: str) -> bool:
        before = _find(self.store.agreement, agreement_id)
        label = tr("Удаление соглашения")
        done = self.perform(
            label,
            lambda: self.store.delete_agreement(agreement_id) or True,
            lambda _: _SaveRecord(self, label, "agreement", before, None),
        )
        return bool(done)

    def save_department(self, department: Department) -> Department | None:
        before = _find(self.store.department, department.id)
        label = tr("Сохранение департамента")
        return self.perform(
            label,
            lambda: self.store.save_department(department),
            lambda saved: _SaveRecord(self, label, "department", before, saved),
        )

    def delete_department(self, department_id: str) -> bool:
        before = _find(self.store.department, department_id)
        label = tr("Удаление департамента")
        done = self.perform(
            label,
            lambda: self.store.delete_department(department_id) or True,
            lambda _: _SaveRecord(self, label, "department", before, None),
        )
        return bool(done)

    def set_file_setting(self, key: str, value: str) -> bool:
        """A setting kept in the database file (e.g. the home region); not undoable."""
        return bool(self.perform(key, lambda: self.store.set_setting(key, value) or True, None))

    # -- bulk writes ---------------------------------------------------------------

    def run_import(self, label: str, fn: Callable[[Store], T], event_ids: Sequence[str],
                   department_ids: Sequence[str] = (), agreement_ids: Sequence[str] = (),
                   ) -> T | None:
        """An import that Ctrl+Z takes back in one step.

        ``event_ids`` are the events ``fn`` may add or overwrite, the other ids the
        records it creates; what each was before is read first, so undo deletes
        what was added and puts back what was overwritten.
        """
        store = self.store
        before: dict[str, Event] = {}

        def write() -> T:
            before.update({e.id: e for e in store.events_by_id(event_ids)})
            return fn(store)

        def step(_result: T) -> QUndoCommand:
            after = {e.id: e for e in store.events_by_id(event_ids)}
            return self._import_step(label, import_pairs(event_ids, before, after),
                                     department_ids, agreement_ids)

        return self.perform(label, write, step,
                            lambda _result: [i for i in event_ids if store.find_event(i)])

    def import_landed(self, label: str, pairs: list[tuple[Event | None, Event]],
                      department_ids: Sequence[str] = (),
                      agreement_ids: Sequence[str] = ()) -> None:
        """An import written by a worker on its own connection has landed: its undo step
        (``pairs`` of before/after states read in the worker's transaction) goes on the
        stack as run_import's would, and every view is told once."""
        self.undo_stack.push(self._import_step(label, pairs, department_ids, agreement_ids))
        self.changed.emit()
        self._touched([after.id for _before, after in pairs])

    def _import_step(self, label: str, pairs: list[tuple[Event | None, Event]],
                     department_ids: Sequence[str], agreement_ids: Sequence[str]
                     ) -> QUndoCommand:
        departments = {d.id: d for d in self.store.departments()}
        agreements = {a.id: a for a in self.store.agreements()}
        records = [_SaveRecord(self, label, "department", None, departments[i])
                   for i in department_ids if i in departments]
        records += [_SaveRecord(self, label, "agreement", None, agreements[i])
                    for i in agreement_ids if i in agreements]
        return _Import(self, label, _SaveEvents(self, label, pairs), records)

    def run_bulk(self, label: str, fn: Callable[[Store], T]) -> T | None:
        """A write that cannot be undone step by step (an import, a restore).

        The undo history is cleared: its steps describe records the bulk write
        may have replaced. ``changed`` is emitted once.
        """
        result = self.perform(label, lambda: fn(self.store), None)
        self.undo_stack.clear()
        return result



def import_pairs(event_ids: Sequence[str], before: dict[str, Event],
                 after: dict[str, Event]) -> list[tuple[Event | None, Event]]:
    """(state before, state after) of each event an import added or changed."""
    return [(before.get(i), after[i]) for i in event_ids
            if i in after and after[i] != before.get(i)]


def _find(getter: Callable[[str], T], record_id: str) -> T | None:
    try:
        return getter(record_id)
    except UserError:
        return None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
