"""When the program itself fails: a log file, a plain dialog, and typed text kept as a draft.

Like qutebrowser's crashsignal: ``install_excepthook`` routes any uncaught
exception to a rotating log in the data folder and shows a plain message
instead of a traceback. ``keep_drafts`` saves an open event form's contents a
moment after every edit, so a crash or a power cut loses at most a second of
typing; ``offer_drafts`` brings them back at the next start.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.entities import new_id
from ..errors import UserError
from ..logfile import LOG_NAME, log_dir, setup_log_file
from ..storage import drafts

log = logging.getLogger("interreg.crash")

DRAFT_DELAY_MS = 800


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class _Reporter(QObject):
    """Carries a failure from any thread to the window's thread, where dialogs may open."""

    failed = Signal(str, str)


class CrashHandler:
    """The installed hook; ``uninstall()`` puts the previous hooks back (tests)."""

    def __init__(self, parent: Callable[[], QWidget | None] | None, log_path: Path,
                 log_folder: Path | None = None) -> None:
        self.parent = parent or (lambda: None)
        self.log_path = log_path
        self._log_folder = log_folder
        self.showing = False
        self.reporter = _Reporter()
        self.reporter.failed.connect(self._show)
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, exc, tb)
            return
        self.open_log()  # a failure before the first paint: the file is opened now
        import traceback  # at the first failure: this module loads with every window

        log.critical("uncaught exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if isinstance(exc, UserError):  # a refusal that escaped its handler: say it as it is
            self.reporter.failed.emit(tr("Действие не выполнено"), str(exc))
            return
        self.reporter.failed.emit(
            tr("Ошибка в программе"),
            tr("В программе произошла внутренняя ошибка ({0}). Уже сохранённые данные не "
               "пострадали; несохранённый текст открытых форм сохранён как черновик и будет "
               "предложен при следующем запуске. Если ошибка повторяется, сообщите "
               "разработчикам и приложите журнал: {1}").format(kind.__name__, self.log_path),
        )

    def open_log(self) -> None:
        """Send the log to its file (once per process; later calls cost nothing)."""
        setup_log_file(self._log_folder)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, title: str, text: str) -> None:
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time: a failing paint must not stack up boxes
        self.showing = True
        try:
            QMessageBox.critical(self.parent(), title, text)
        finally:
            self.showing = False


def install_excepthook(parent: Callable[[], QWidget | None] | QWidget | None = None,
                       folder: Path | None = None) -> CrashHandler:
    """Log uncaught exceptions to the data folder and show a plain dialog instead.

    The hooks are in place at once; the log file (logging.handlers, ~8 ms) is opened on
    the event loop's first turn, after the window's first paint, or by the first failure.
    """
    path = (Path(folder) if folder else log_dir()) / LOG_NAME
    getter = parent if callable(parent) and not isinstance(parent, QWidget) else (lambda: parent)
    handler = CrashHandler(getter, path, folder)
    QTimer.singleShot(0, handler.open_log)
    return handler


# -- drafts of event forms ----------------------------------------------------------------


class DraftKeeper(QObject):
    """Saves a form's ``draft_state()`` shortly after each edit; clears it once saved or closed."""

    def __init__(self, form: Any, db_path: Path, key: str | None = None,
                 folder: Path | None = None, delay_ms: int = DRAFT_DELAY_MS) -> None:
        super().__init__(form)
        self.db_path = Path(db_path)
        original = getattr(form, "_original", None)
        self.event_id = getattr(original, "id", None)
        self.base_version = getattr(original, "version", None)
        self.key = key or (f"event-{self.event_id}" if self.event_id else f"new-{new_id()}")
        self.folder = folder
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        form.edited.connect(self.timer.start)
        form.saved.connect(self._saved)
        form.finished.connect(self._finished)

    @property
    def form(self) -> Any:
        # Asked of Qt, not kept: the form keeps this child, and a reference back made the
        # pair a cycle, so a parentless form (the draft restore at start-up) was freed by
        # Python's cycle collector at whatever moment it ran, not by its last reference.
        return self.parent()

    def save_now(self) -> None:
        try:
            state = self.form.draft_state()
            if hasattr(self.form, "is_dirty") and not self.form.is_dirty():
                drafts.clear_draft(self.key, self.folder)
                return
            drafts.save_draft(self.key, state, self.db_path, event_id=self.event_id,
                              folder=self.folder, base_version=self.base_version)
        except UserError as exc:  # a full profile disk must not interrupt typing
            log.warning("draft not saved: %s", exc)

    def _saved(self, event: Any) -> None:
        self.timer.stop()
        drafts.clear_draft(self.key, self.folder)
        new_key = f"event-{event.id}"
        if new_key != self.key:
            self.key, self.event_id = new_key, event.id
        self.base_version = event.version

    def _finished(self, _result: int) -> None:
        # Saved or deliberately discarded («Не сохранять»): either way nothing to offer back.
        self.timer.stop()
        drafts.clear_draft(self.key, self.folder)


def keep_drafts(form: Any, db_path: Path | str | None, folder: Path | None = None
                ) -> DraftKeeper | None:
    """Attach a DraftKeeper to an EventFormDialog (None for a database without a file)."""
    if db_path is None:
        return None
    return DraftKeeper(form, Path(db_path), folder=folder)


def _ask_draft(parent: QWidget | None, draft: drafts.Draft) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Несохранённый черновик"))
    title = " ".join(draft.title.split()) or tr("без наименования")
    kind = tr("изменения мероприятия") if draft.event_id else tr("новое мероприятие")
    box.setText(tr("Найден несохранённый черновик ({0}): «{1}», {2:%d.%m.%Y %H:%M}. "
                   "Открыть его, чтобы проверить и сохранить?").format(kind, title, draft.saved_at))
    open_button = box.addButton(tr("Открыть"), QMessageBox.ButtonRole.AcceptRole)
    drop_button = box.addButton(tr("Удалить черновик"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(tr("Позже"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return "open" if clicked is open_button else "drop" if clicked is drop_button else "later"


def _saved_since(draft: drafts.Draft, event: Any) -> bool:
    return (event is not None and draft.base_version is not None
            and getattr(event, "version", None) != draft.base_version)


def offer_drafts(parent: QWidget | None, ops: Any, db_path: Path | str | None,
                 settings: Any = None, folder: Path | None = None,
                 form_class: Any = None) -> int:
    """Offer back each draft left for this database; return how many forms were opened."""
    if db_path is None:
        return 0
    found = drafts.load_drafts(db_path, folder)
    if not found:
        return 0  # the usual start: the event form's modules are not loaded for nothing
    if form_class is None:
        from .event_form import EventFormDialog as form_class
    opened = 0
    for draft in found:
        choice = _ask_draft(parent, draft)
        if choice == "later":
            continue
        if choice == "drop":
            drafts.clear_draft(draft.key, folder)
            continue
        event = ops.store.find_event(draft.event_id) if draft.event_id else None
        form = form_class(ops, parent, event=event, settings=settings)
        state = draft.state
        if _saved_since(draft, event):
            # Saved again after the draft was typed (an import, another window):
            # show both instead of letting the draft overwrite that change.
            from .event_form import event_state

            state = form.ask_conflict(draft.state, event_state(event), tr(
                "Черновик набран до того, как мероприятие было сохранено ещё раз "
                "(например, импортом)."))
            if state is None:
                form.deleteLater()
                continue  # the draft stays for the next start
        form.restore_draft(state)
        keeper = DraftKeeper(form, Path(db_path), key=draft.key, folder=folder)
        keeper.base_version = getattr(event, "version", None)
        opened += 1
        form.exec()
        form.deleteLater()  # parentless at start-up: Qt, not Python's collector, deletes it
    return opened
