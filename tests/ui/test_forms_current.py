"""The committed generated forms match their .ui files (run scripts/build_forms.py if not)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_forms.py"


def _builder():
    spec = importlib.util.spec_from_file_location("build_forms", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_forms"] = module
    spec.loader.exec_module(module)
    return module


def _meaningful(text: str) -> list[str]:
    # The uic version line is the only one that may differ between installs.
    return [line for line in text.splitlines() if not line.startswith("## Created by")]


UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("ui", UI_FILES, ids=[u.name for u in UI_FILES])
def test_generated_form_is_current(ui: Path):
    builder = _builder()
    target = builder.target_for(ui)
    assert target.exists(), f"{target} is missing: run scripts/build_forms.py"
    committed = target.read_text(encoding="utf-8")
    assert committed.startswith(builder.header(ui))
    assert _meaningful(committed) == _meaningful(builder.compile_form(ui)), (
        f"{target.name} is out of date: run scripts/build_forms.py"
    )


def test_every_form_module_has_its_ui_file():
    forms = sorted((ROOT / "desktop_app" / "ui" / "forms").glob("ui_*.py"))
    assert {f.name for f in forms} == {f"ui_{u.stem}.py" for u in UI_FILES}
