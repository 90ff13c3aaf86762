"""Refresh resources/translations/interreg_en.ts from the sources and compile it to .qm.

    /work/venv/bin/python scripts/update_translations.py

pyside6-lupdate collects every string passed to tr()/translate() in
desktop_app/ and every text of ui/*.ui (existing translations are kept);
translate new entries in Qt Linguist (pyside6-linguist), then run this again
so that pyside6-lrelease writes the .qm the program loads.
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


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "ru",
         "-target-language", "en", "-ts", str(TS.relative_to(ROOT))],
        check=True, cwd=ROOT,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS.relative_to(ROOT)), "-qm",
         str(TS.with_suffix(".qm").relative_to(ROOT))],
        check=True, cwd=ROOT,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
