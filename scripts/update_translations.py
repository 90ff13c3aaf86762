"""Refresh resources/translations/interreg_en.ts from the sources and compile it to .qm.

    /work/venv/bin/python scripts/update_translations.py

pyside6-lupdate collects every string passed to tr()/translate() in
desktop_app/ and every text of ui/*.ui (existing translations are kept);
translate new entries in Qt Linguist (pyside6-linguist) or in the .ts file
itself, then run this again so that pyside6-lrelease writes the .qm the
program loads. tests/ui/test_translation.py fails while any string is
untranslated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "interreg_en.ts"


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def sources() -> list[str]:
    forms = ROOT / "desktop_app" / "ui" / "forms"
    py = [p for p in sorted((ROOT / "desktop_app").rglob("*.py")) if forms not in p.parents]
    ui = sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in py + ui]


def lupdate(ts: Path) -> None:
    """Bring ``ts`` in line with the sources: new strings come in unfinished, gone ones go."""
    subprocess.run(
        # Module-level helpers named _tr() (import dialog) are tr() for lupdate too.
        # lupdate files every module-level call under the empty context, so such
        # helpers must call QCoreApplication.translate("", text).
        [tool("pyside6-lupdate"), *sources(), "-tr-function-alias", "tr+=_tr",
         "-no-obsolete", "-source-language", "ru", "-target-language", "en",
         "-ts", str(ts)],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
        check=True, cwd=ROOT,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
