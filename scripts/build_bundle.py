"""Build the offline bundle: `pip install '.[bundle]'` then `python scripts/build_bundle.py`.

Makes dist/interreg/ (PyInstaller one-folder, packaging/interreg.spec) and, on Linux, the
packages a clerk or an IT department installs: a tar.gz with a per-user installer, a .deb and,
when rpmbuild is present, an .rpm. Prints the folder's size, the build time and the glibc floor.
On Windows the same command makes dist/interreg/ with interreg.exe and interreg-cli.exe; the
installer is then packaging/windows/interreg.iss.

`--windows-wheelhouse` instead gathers every win_amd64 wheel for Python 3.11 into a zip with
install.bat, for a Windows workstation that has Python but no internet.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from elf_needs import elf_files, glibc_floor, version_key  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "interreg"
SPEC = ROOT / "packaging" / "interreg.spec"


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()
               and not path.is_symlink())


def build_folder() -> float:
    """Run PyInstaller on the spec; return the seconds it took."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)],
        check=True, cwd=ROOT,
    )
    return time.monotonic() - started


# PyInstaller leaves these to the system on purpose (they must match its X server and GL driver).
SYSTEM_LIBRARIES = {"libxcb.so.1", "libGL.so.1", "libEGL.so.1"}


def missing_xcb_libraries() -> list[str]:
    """Packages whose libraries the xcb plugin needs but the build machine could not supply.

    PyInstaller copies what it finds on the build machine and only warns about the rest: a
    bundle built without libxcb-icccm4 would not open its window anywhere that lacks it.
    """
    from desktop_app.display_check import XCB_LIBRARIES

    internal = BUNDLE / "_internal"
    return [package for soname, package in XCB_LIBRARIES
            if soname not in SYSTEM_LIBRARIES and not (internal / soname).exists()]


def report(seconds: float) -> str | None:
    """Print size, time and (on Linux) the glibc floor, which is returned ("2.36")."""
    size = folder_size(BUNDLE)
    print(f"dist/interreg: {size / 1e6:.1f} MB, built in {seconds:.0f} s")
    if not sys.platform.startswith("linux"):
        return None
    floor, where = glibc_floor(elf_files(BUNDLE))
    shown = where.relative_to(BUNDLE) if where else "-"
    print(f"glibc floor: {floor} (needed by {shown})")
    return floor.removeprefix("GLIBC_")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows-wheelhouse", action="store_true",
                        help="zip every win_amd64 wheel for Python 3.11 with install.bat")
    parser.add_argument("--no-packages", action="store_true",
                        help="build dist/interreg only, without tar.gz/.deb/.rpm")
    parser.add_argument("--max-glibc", metavar="X.Y",
                        help="fail when any file in the bundle needs a newer glibc (e.g. 2.28)")
    args = parser.parse_args(argv)
    if args.windows_wheelhouse:
        from windows_wheelhouse import build_wheelhouse

        path = build_wheelhouse(ROOT, DIST, version())
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
        return 0
    seconds = build_folder()
    floor = report(seconds)
    if floor and args.max_glibc and version_key(f"GLIBC_{floor}") > version_key(
            f"GLIBC_{args.max_glibc}"):
        print(f"error: the bundle needs glibc {floor}, above the allowed {args.max_glibc}",
              file=sys.stderr)
        return 1
    missing = missing_xcb_libraries() if sys.platform.startswith("linux") else []
    if missing:
        print("error: the bundle lacks libraries of Qt's xcb plugin; install on the build "
              f"machine: {' '.join(missing)}", file=sys.stderr)
        return 1
    if floor and not args.no_packages:
        from linux_packages import build_all

        for path in build_all(ROOT, BUNDLE, DIST, version(), floor):
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
