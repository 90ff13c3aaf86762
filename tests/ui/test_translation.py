"""The English translation: it is complete, and the windows really show it.

The first test runs lupdate over the sources into a copy of the .ts, so a new
tr() string that nobody translated fails here, with the command that fixes it.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop_app.demo import demo_id
from desktop_app.domain.periods import ReportPeriod
from desktop_app.ui.application import install_translators

ROOT = Path(__file__).resolve().parents[2]
FIX = "run `python scripts/update_translations.py`, translate the new entries in " \
      "resources/translations/interreg_en.ts, then run the script again"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def untranslated(ts: Path) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                found.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return found


def test_every_string_of_the_sources_is_translated(tmp_path):
    script = load_script()
    copy = tmp_path / "interreg_en.ts"
    shutil.copy(script.TS, copy)
    script.lupdate(copy)
    missing = untranslated(copy)
    assert not missing, f"{len(missing)} untranslated string(s) — {FIX}:\n" + "\n".join(missing[:40])


def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path):
    script = load_script()
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [script.tool("pyside6-lrelease"), str(script.TS), "-qm", str(fresh)],
        check=True, stdout=subprocess.DEVNULL,
    )
    assert fresh.read_bytes() == script.TS.with_suffix(".qm").read_bytes(), FIX


@pytest.fixture
def english(qapp) -> Iterator[None]:
    before = QLocale()
    installed = install_translators(qapp, "en")
    assert installed, "interreg_en.qm did not load"
    yield
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def ops(demo_store):
    from desktop_app.ui.operations import Operations

    return Operations(demo_store)


def test_event_form_speaks_english(qtbot, english, ops):
    from desktop_app.ui.event_form import EventFormDialog

    form = EventFormDialog(
        ops, period=ReportPeriod.quarter(2020, 1),
        settings=SimpleNamespace(own_department_id=demo_id("department", "culture")),
    )
    qtbot.addWidget(form)
    ui = form.ui
    assert form.windowTitle().startswith("New event")
    assert ui.agreementsBox.title() == "Agreements the work was done under"
    assert [ui.titleLabel.text(), ui.timingLabel.text(), ui.placeLabel.text(), ui.noteLabel.text()] == [
        "&Title:", "Ti&ming:", "&Place:", "&Note:",
    ]
    assert [ui.saveButton.text(), ui.saveAndNewButton.text(), ui.cancelButton.text()] == [
        "Save", "Save and New", "Cancel",
    ]
    assert ui.statusCombo.itemText(0) == "held"
    assert ui.timingKind.itemText(ui.timingKind.findData("day_range")) == "date range"
    # A refused save speaks English too.
    form.save()
    assert ui.titleError.text() == "Enter the title of the event."


def test_agreements_and_import_dialogs_speak_english(qtbot, english, ops):
    from desktop_app.ui.import_dialog import ImportDialog
    from desktop_app.ui.reference_editors import AgreementsDialog

    agreements = AgreementsDialog(ops)
    qtbot.addWidget(agreements)
    assert agreements.windowTitle() == "Cooperation agreements"
    assert agreements.ui.addButton.text() == "Add…"
    importer = ImportDialog(ops, [])
    qtbot.addWidget(importer)
    assert importer.windowTitle() == "Import reports"


def test_module_level_helpers_find_their_translations(english):
    """lupdate files module-level tr() calls under the empty context; the helpers must look there."""
    from desktop_app.ui import crash, open_database

    assert open_database.tr("Выход") == "Quit"
    assert crash.tr("Ошибка в программе") == "Program error"
    assert QCoreApplication.translate("", "База данных повреждена") == "Database is damaged"
