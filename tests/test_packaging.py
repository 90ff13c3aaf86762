"""The wheel lists its packages by hand (resources/ is mapped in): every package must be there."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_of_the_program_is_in_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "desktop_app").rglob("__init__.py")}
    assert found - listed == set()  # a missing one installs without it: `pip install .` breaks
