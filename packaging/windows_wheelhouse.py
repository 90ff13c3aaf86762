"""A zip for a Windows workstation that has Python 3.11 but no internet.

Every wheel the program needs for win_amd64/CPython 3.11 (downloaded here with pip's
cross-platform download), the program's own wheel, and install.bat/install.ps1, which make a
virtual environment in %LOCALAPPDATA%, install from the wheels with --no-index and put a
shortcut in the Start menu.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "windows"
PYTHON_VERSION = "3.11"
# pip evaluates environment markers for this machine, not for --platform: requirements marked
# `platform_system == "Windows"` (click's colorama) must be named by hand.
WINDOWS_ONLY = ["colorama"]


def build_wheelhouse(project: Path, dist: Path, version: str) -> Path:
    work = project / "build" / "wheelhouse"
    shutil.rmtree(work, ignore_errors=True)
    wheels = work / "wheels"
    wheels.mkdir(parents=True)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
                    str(project)], check=True)
    own = next(wheels.glob("interreg-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:",
                    "--platform", "win_amd64", "--python-version", PYTHON_VERSION,
                    "--implementation", "cp", "-d", str(wheels), str(own), *WINDOWS_ONLY], check=True)
    out = dist / f"interreg-{version}-windows-py{PYTHON_VERSION.replace('.', '')}-wheels.zip"
    dist.mkdir(exist_ok=True)
    folder = f"interreg-{version}-windows"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:  # wheels are zips already
        for script in ("install.bat", "install.ps1"):
            archive.write(HERE / script, f"{folder}/{script}")
        for wheel in sorted(wheels.iterdir()):
            archive.write(wheel, f"{folder}/wheels/{wheel.name}")
    return out
