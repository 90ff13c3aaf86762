"""The bundle's recipe without building it: what it leaves out, the ELF reader, the scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_filter import drop_dangling_links, drop_unlinked, keep_entry  # noqa: E402
from elf_needs import glibc_floor, needed_libraries, needed_versions, version_key  # noqa: E402

QT = "PySide6/Qt"


@pytest.mark.parametrize(("dest", "kept"), [
    (f"{QT}/translations/qtbase_ru.qm", True),
    (f"{QT}/translations/qtbase_de.qm", False),
    (f"{QT}/translations/qtdeclarative_ru.qm", False),
    (f"{QT}/plugins/platforms/libqxcb.so", True),
    (f"{QT}/plugins/platforms/libqoffscreen.so", True),
    (f"{QT}/plugins/platforms/libqwayland.so", False),
    (f"{QT}/plugins/platforms/libqeglfs.so", False),
    (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
    (f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so", True),
    (f"{QT}/plugins/printsupport/libcupsprintersupport.so", True),
    (f"{QT}/plugins/imageformats/libqico.so", True),
    (f"{QT}/plugins/imageformats/libqjpeg.so", False),
    (f"{QT}/plugins/tls/libqopensslbackend.so", False),
    (f"{QT}/qml/QtQuick/qmldir", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\translations\\qtbase_ru.qm", True),
    ("PySide6\\opengl32sw.dll", False),
    ("resources/templates/report_template.docx", True),
    ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
])
def test_only_what_the_program_loads_is_kept(dest, kept):
    assert keep_entry(dest) is kept


def test_libraries_only_dropped_plugins_wanted_go_with_them():
    toc = [
        (f"{QT}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{QT}/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        (f"{QT}/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libxcb-icccm.so.4", "/src/libxcb-icccm.so.4", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    needs = {
        "/src/libqxcb.so": {"libQt6XcbQpa.so.6", "libcups.so.2"},
        "/src/libQt6XcbQpa.so.6": {"libxcb-icccm.so.4"},
        "/src/libcups.so.2": {"libgnutls.so.30"},
    }
    kept = {entry[0] for entry in drop_unlinked(toc, lambda source: needs.get(source, set()))}
    assert kept == {f"{QT}/plugins/platforms/libqxcb.so", f"{QT}/lib/libQt6XcbQpa.so.6",
                    "libxcb-icccm.so.4", "libpython3.11.so.1.0"}


def test_links_to_dropped_libraries_are_dropped_too():
    files = [(f"{QT}/lib/libQt6Core.so.6", "/src/core", "BINARY")]
    links = [("libQt6Core.so.6", f"{QT}/lib/libQt6Core.so.6", "SYMLINK"),
             ("libQt6Network.so.6", f"{QT}/lib/libQt6Network.so.6", "SYMLINK")]
    assert drop_dangling_links(links, files, links) == links[:1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files exist on Linux only")
def test_the_elf_reader_agrees_with_the_loader_about_python_itself():
    python = Path(sys.executable).resolve()
    assert "libc.so.6" in needed_libraries(python)
    versions = needed_versions(python)
    assert any(name.startswith("GLIBC_2.") for name in versions)
    floor, where = glibc_floor([python, Path(__file__)])
    assert where == python and floor in versions
    assert not needed_versions(Path(__file__)) and not needed_libraries(Path(__file__))


def test_glibc_versions_compare_as_numbers():
    assert version_key("GLIBC_2.28") < version_key("GLIBC_2.34") < version_key("GLIBC_2.100")


def test_the_build_script_and_spec_load():
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "scripts" / "build_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from desktop_app import __version__

    assert module.version() == __version__
    assert module.SPEC.is_file()
    compile(module.SPEC.read_text(encoding="utf-8"), str(module.SPEC), "exec")
