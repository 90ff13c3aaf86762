"""The built bundle as a clerk gets it: copied to a Cyrillic path, run with an empty environment.

Needs dist/interreg from `python scripts/build_bundle.py` (`bash .ci/run` builds it first);
without it these tests are skipped and say so. test_bundle_rules.py covers the recipe always.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = Path(os.environ.get("INTERREG_BUNDLE", DIST / "interreg"))
INTERNAL = BUNDLE / "_internal"
MARKER = "interreg: window painted"

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the Windows bundle is checked by .github/workflows/bundle.yml"),
    pytest.mark.skipif(not (BUNDLE / "interreg").exists(),
                       reason=f"no built bundle at {BUNDLE}: run `python scripts/build_bundle.py`"
                       " (bash .ci/run does)"),
]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle copied where a clerk might put it."""
    folder = tmp_path_factory.mktemp("bundle") / "Мои программы" / "Межрегиональное сотрудничество"
    folder.mkdir(parents=True)
    shutil.copytree(BUNDLE, folder / "interreg", symlinks=True)
    return folder / "interreg" / "interreg"


def run(program: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # An empty environment, as a bare launcher or `env -i` gives: nothing from this venv leaks in.
    return subprocess.run([str(program), *args], cwd=home, capture_output=True, text=True,
                          timeout=120, check=False,
                          env={"HOME": str(home), "PATH": "/usr/bin:/bin", **env})


def test_the_bundle_carries_its_resources_and_only_the_qt_it_uses():
    resources = INTERNAL / "resources"
    for part in ("templates/report_template.docx", "regions.json", "demo/report_2020_q1.json",
                 "translations/interreg_en.qm", "icons/interreg_256.png"):
        assert (resources / part).is_file(), part
    qt = INTERNAL / "PySide6" / "Qt"
    assert [p.name for p in (qt / "translations").iterdir()] == ["qtbase_ru.qm"]
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert not any("wayland" in name or "eglfs" in name for name in platforms)
    assert not (qt / "qml").exists()
    # The xcb plugin's libraries travel with the bundle (a fresh desktop lacks several of
    # them); only the X client core and GL stay the system's.
    from desktop_app.display_check import XCB_LIBRARIES

    absent = [soname for soname, _package in XCB_LIBRARIES if not (INTERNAL / soname).exists()]
    assert set(absent) <= {"libxcb.so.1", "libGL.so.1", "libEGL.so.1"}, absent
    assert not [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= 200e6, f"{size / 1e6:.0f} MB"


def test_every_command_a_clerk_needs_runs_from_a_cyrillic_path(installed, tmp_path):
    assert run(installed, tmp_path, "--version").stdout.strip() == f"interreg {__version__}"
    db, copy = tmp_path / "база отдела.interreg", tmp_path / "новая.interreg"
    assert run(installed, tmp_path, "demo", "--db", str(db)).returncode == 0
    for kind in ("docx", "xlsx", "pdf"):
        out = tmp_path / f"отчёт.{kind}"
        result = run(installed, tmp_path, "export", "--db", str(db), "--year", "2020",
                     "--quarter", "1", "--format", kind, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 5000
    result = run(installed, tmp_path, "import", "--db", str(copy), "--create-missing",
                 str(tmp_path / "отчёт.docx"))
    assert result.returncode == 0, result.stderr
    check = run(installed, tmp_path, "check", "--db", str(copy), "--json")
    assert json.loads(check.stdout)["events"] == 29


def test_the_window_paints_offscreen_and_opens_the_given_file(installed, tmp_path):
    db = tmp_path / "база.interreg"
    run(installed, tmp_path, "demo", "--db", str(db))
    picture = tmp_path / "окно.png"
    result = run(installed, tmp_path, str(db), QT_QPA_PLATFORM="offscreen",
                 INTERREG_QUIT_AFTER_PAINT=str(picture))
    assert result.returncode == 0, result.stderr
    assert MARKER in result.stdout
    assert picture.stat().st_size > 10000


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_the_window_paints_on_an_x_server(installed, tmp_path):
    db = tmp_path / "база.interreg"
    run(installed, tmp_path, "demo", "--db", str(db))
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c",
         'exec env -i HOME="$1" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" '
         'INTERREG_QUIT_AFTER_PAINT=1 "$2" "$3"', "sh", str(tmp_path), str(installed), str(db)],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert MARKER in result.stdout


def test_without_a_screen_the_bundle_says_so_instead_of_aborting(installed, tmp_path):
    result = run(installed, tmp_path)
    assert result.returncode == 1
    assert "Не найден графический экран" in result.stderr
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr


def _tarball() -> Path | None:
    return next(iter(sorted(DIST.glob("interreg-*-linux-x86_64.tar.gz"))), None)


@pytest.mark.skipif(_tarball() is None, reason="no dist/interreg-*-linux-x86_64.tar.gz built")
def test_the_tarball_installs_and_uninstalls_in_the_home_folder(tmp_path):
    with tarfile.open(_tarball()) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(["sh", str(folder / "install-user.sh")], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    desktop = (share / "applications" / "interreg.desktop").read_text(encoding="utf-8")
    assert f'Exec="{home}/.local/lib/interreg/interreg" %f' in desktop
    assert "MimeType=application/x-interreg-database;" in desktop
    assert "*.interreg" in (share / "mime" / "packages" / "interreg.xml").read_text(encoding="utf-8")
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "interreg.png").is_file()
    launcher = home / ".local" / "bin" / "interreg"
    assert run(launcher, home, "--version").stdout.strip() == f"interreg {__version__}"
    assert run(launcher, home, "demo").returncode == 0  # the default database, in the home folder

    result = subprocess.run(["sh", str(home / ".local" / "lib" / "interreg" / "uninstall-user.sh")],
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert not (home / ".local" / "lib" / "interreg").exists() and not launcher.exists()
    assert not (share / "applications" / "interreg.desktop").exists()
    leftovers = [p for p in share.rglob("*") if p.is_file() and "interreg" in p.name
                 and not p.is_relative_to(share / "interreg")]
    assert leftovers == []
    assert (share / "interreg" / "interreg.sqlite3").is_file()  # the clerk's data stays


def _deb() -> Path | None:
    return next(iter(sorted(DIST.glob("interreg_*_amd64.deb"))), None)


@pytest.mark.skipif(_deb() is None or shutil.which("dpkg-deb") is None,
                    reason="no dist/interreg_*_amd64.deb built, or no dpkg-deb to read it")
def test_the_deb_asks_for_the_glibc_its_files_need_and_installs_where_promised():
    sys.path.insert(0, str(ROOT / "packaging"))
    from elf_needs import elf_files, glibc_floor

    floor = glibc_floor(elf_files(BUNDLE))[0].removeprefix("GLIBC_")

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(_deb()), name], capture_output=True,
                              text=True, check=True).stdout.strip()

    assert f"libc6 (>= {floor})" in field("Depends")
    assert field("Version") == __version__
    listing = subprocess.run(["dpkg-deb", "-c", str(_deb())], capture_output=True, text=True,
                             check=True).stdout
    for path in ("./opt/interreg/interreg", "./usr/bin/interreg",
                 "./usr/share/applications/interreg.desktop",
                 "./usr/share/mime/packages/interreg.xml",
                 "./usr/share/icons/hicolor/48x48/apps/interreg.png"):
        assert path in listing, path
