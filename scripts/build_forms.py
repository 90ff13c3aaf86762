"""Compile every Qt Designer file ui/*.ui into desktop_app/ui/forms/ui_*.py.

A form is regenerated only when its .ui is newer than the generated module (or
the module is missing or lacks the header), so running this is cheap. The
generated modules are committed: the installed program never reads a .ui file.

    /work/venv/bin/python scripts/build_forms.py [--force] [--check]

``--check`` changes nothing and exits 1 if a form is out of date (used by tests).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "desktop_app" / "ui" / "forms"


def header(ui: Path) -> str:
    return f"# generated from ui/{ui.name} by scripts/build_forms.py — do not edit\n"


def target_for(ui: Path) -> Path:
    return FORMS_DIR / f"ui_{ui.stem}.py"


def uic_command() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic не найден: установите PySide6 в это окружение.")
    return [found]


def compile_form(ui: Path) -> str:
    """The generated module's text for one .ui file."""
    result = subprocess.run(
        [*uic_command(), "--generator", "python", str(ui)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return header(ui) + prune_imports(result.stdout)


def prune_imports(source: str) -> str:
    """Drop the names uic imports but the form never uses.

    uic imports a fixed list (QGradient, QPainter, QDate, …) into every form; PySide6
    builds a Qt class's Python type and enums on first use, so each needless name
    costs start-up time (~5 ms for the main window) and nothing else.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    # From the last import up, so earlier line numbers stay valid.
    imports = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module
               and n.module.startswith("PySide6.")]
    for node in reversed(imports):
        names = [alias.name for alias in node.names if alias.name in used]
        text = f"from {node.module} import {', '.join(names)}\n" if names else ""
        lines[node.lineno - 1 : node.end_lineno] = [text]
    return "".join(lines)


def is_current(ui: Path) -> bool:
    target = target_for(ui)
    if not target.exists():
        return False
    with target.open(encoding="utf-8") as fh:
        if fh.readline() != header(ui):
            return False
    return target.stat().st_mtime >= ui.stat().st_mtime


def stale_forms() -> list[Path]:
    return [ui for ui in sorted(UI_DIR.glob("*.ui")) if not is_current(ui)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="regenerate every form")
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args(argv)
    todo = sorted(UI_DIR.glob("*.ui")) if args.force else stale_forms()
    if args.check:
        for ui in todo:
            print(f"out of date: {target_for(ui).relative_to(ROOT)} (run scripts/build_forms.py)")
        return 1 if todo else 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for ui in todo:
        target_for(ui).write_text(compile_form(ui), encoding="utf-8")
        print(f"{ui.relative_to(ROOT)} -> {target_for(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
