"""Make the README's screenshots on the demo data: the main window, the event form, the summary;
also a first start (an empty file) and the event form on a 1366×768 laptop screen.

    /work/venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs offscreen (QT_QPA_PLATFORM=offscreen unless a display is set) on a
temporary database and settings file, so no user data is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop_app.demo import load_demo
    from desktop_app.settings import Settings
    from desktop_app.storage.store import Store
    from desktop_app.ui.application import install_translators, make_application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.operations import Operations

    app = make_application(sys.argv[:1])
    keep = install_translators(app, "ru")
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "demo.sqlite3") as store:
        load_demo(store)
        settings = Settings(Path(tmp) / "settings.ini")
        ops = Operations(store)
        window = MainWindow(ops, settings)
        window.resize(1400, 860)
        window.show()
        row17 = next(e for e in store.events_in_period(window.period()) if e.position == 17)
        window.select_event(row17.id)
        # Let the deferred work of a fresh window (department counts) land before the shot.
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        target = args.out / "main_window.png"
        window.grab().save(str(target))
        print(f"saved {target}")
        try:
            from desktop_app.ui.event_form import EventFormDialog
        except ImportError as exc:
            print(f"event form not available yet ({exc}); only the main window was made")
        else:
            dialog = EventFormDialog(ops, window, event=row17, period=window.period(), settings=settings)
            dialog.show()
            QApplication.processEvents()
            target = args.out / "event_form.png"
            dialog.grab().save(str(target))
            print(f"saved {target}")
            dialog.done(0)
        _summary_shot(store, window, args.out)
        window.close()
    laptop_shots(args.out)
    del keep
    return 0


def _summary_shot(store: object, window: object, out: Path) -> None:
    """The summary of the demo quarter, with one agreement in force that had no event."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.entities import Agreement
    from desktop_app.ui.summary.summary_window import show_summary

    store.save_agreement(Agreement(  # type: ignore[attr-defined]
        "Соглашение между Администрацией Смоленской области и Администрацией Псковской "
        "области о торгово-экономическом, научно-техническом и культурном сотрудничестве",
        "Псковская область", ["Псковская область"], valid_until=date(2020, 12, 31)))
    summary = show_summary(window)  # type: ignore[arg-type]
    summary.resize(1230, 690)  # as on a 1366×768 screen
    summary.reload()
    for _ in range(10):
        QApplication.processEvents()
    target = out / "summary.png"
    summary.grab().save(str(target))
    print(f"saved {target}")
def _settle(seconds: float = 0.5) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def laptop_shots(out: Path) -> None:
    """The first start and the event form as a 1366×768 screen (less a taskbar) shows them."""
    from PySide6.QtCore import QRect

    from desktop_app.demo import load_demo
    from desktop_app.settings import Settings
    from desktop_app.storage.store import Store
    from desktop_app.ui import screen_fit
    from desktop_app.ui.event_form import EventFormDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.operations import Operations

    screen_fit.available_area = lambda widget=None: QRect(0, 0, 1366, 738)
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "work.interreg") as store:
            window = MainWindow(Operations(store), Settings(Path(tmp) / "s.ini"), store.path)
            window.show()
            _settle()
            target = out / "first_start.png"
            window.grab().save(str(target))
            print(f"saved {target}")
            window.close()
        with Store.open(Path(tmp) / "demo.interreg") as store:
            load_demo(store)
            settings = Settings(Path(tmp) / "s2.ini")
            ops = Operations(store)
            window = MainWindow(ops, settings, store.path)
            row17 = next(e for e in store.events_in_period(window.period()) if e.position == 17)
            dialog = EventFormDialog(ops, window, event=row17, period=window.period(),
                                     settings=settings)
            dialog.show()
            _settle(0.2)
            target = out / "event_form_1366x768.png"
            dialog.grab().save(str(target))
            print(f"saved {target}", dialog.width(), dialog.height())
            dialog.done(0)
            window.close()


if __name__ == "__main__":
    sys.exit(main())
