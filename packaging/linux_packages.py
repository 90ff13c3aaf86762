"""The Linux packages made from dist/interreg: a per-user tar.gz, a .deb and an .rpm.

The .deb and the .rpm share one staged tree (/opt/interreg, /usr/bin/interreg, the menu entry,
icons and the MIME type); the tarball carries the folder with install-user.sh and
uninstall-user.sh. Desktop, MIME and icon caches are refreshed by the distribution's own
triggers (Debian) or file triggers (RPM), so the packages need no scripts of their own.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

LINUX = Path(__file__).resolve().parent / "linux"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
SUMMARY = "Мероприятия по соглашениям о межрегиональном сотрудничестве и квартальный отчёт"
MAINTAINER = "interreg maintainers <interreg@example.org>"
# Not in the bundle (the system's GL, X and print libraries must match its drivers and server).
DEB_DEPENDS = "libc6 (>= {glibc}), libxcb1, libgl1, libegl1"
DEB_RECOMMENDS = "libcups2, fonts-liberation2 | fonts-liberation"


def stage_system_tree(project: Path, bundle: Path, root: Path) -> None:
    """Lay out the files of the .deb/.rpm under ``root`` (bundle in /opt/interreg)."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / "interreg", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "interreg").symlink_to("../../opt/interreg/interreg")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    desktop = (LINUX / "interreg.desktop").read_text(encoding="utf-8").replace("@EXEC@", "interreg")
    (share / "applications" / "interreg.desktop").write_text(desktop, encoding="utf-8")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "interreg-mime.xml", share / "mime" / "packages" / "interreg.xml")
    icons = project / "resources" / "icons"
    for size in PNG_SIZES:
        for kind, name in (("apps", "interreg"), ("mimetypes", "application-x-interreg-database")):
            folder = share / "icons" / "hicolor" / f"{size}x{size}" / kind
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(icons / f"interreg_{size}.png", folder / f"{name}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "interreg.svg", scalable / "interreg.svg")


def build_tarball(project: Path, bundle: Path, dist: Path, version: str) -> Path:
    name = f"interreg-{version}-linux-x86_64"
    out = dist / f"{name}.tar.gz"
    icons = project / "resources" / "icons"

    def add(tar: tarfile.TarFile, source: Path, arcname: str) -> None:
        tar.add(source, arcname=f"{name}/{arcname}")

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        add(tar, bundle, "interreg")
        for script in ("install-user.sh", "uninstall-user.sh"):
            add(tar, LINUX / script, script)
        add(tar, LINUX / "interreg.desktop", "share/interreg.desktop")
        add(tar, LINUX / "interreg-mime.xml", "share/interreg-mime.xml")
        add(tar, icons / "interreg.svg", "share/icons/interreg.svg")
        for size in PNG_SIZES:
            add(tar, icons / f"interreg_{size}.png", f"share/icons/interreg_{size}.png")
    return out


def _installed_kib(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024


def build_deb(root: Path, dist: Path, version: str, glibc: str) -> Path:
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: interreg\nVersion: {version}\nArchitecture: amd64\n"
        f"Maintainer: {MAINTAINER}\nInstalled-Size: {_installed_kib(root)}\n"
        f"Depends: {DEB_DEPENDS.format(glibc=glibc)}\nRecommends: {DEB_RECOMMENDS}\n"
        "Section: misc\nPriority: optional\n"
        f"Description: {SUMMARY}\n"
        " Журнал мероприятий департаментов и квартальный отчёт в DOCX, XLSX и PDF;\n"
        " программа целиком в /opt/interreg, без Python и доступа в интернет.\n",
        encoding="utf-8",
    )
    out = dist / f"interreg_{version}_amd64.deb"
    # gzip: xz would save ~15 MB but costs a minute of CI on two cores.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(control)
    return out


RPM_SPEC = """\
Name: interreg
Version: {version}
Release: 1
Summary: {summary}
License: MIT
BuildArch: x86_64
# The bundle carries its own libraries: scanning them would demand sonames no repository has.
AutoReqProv: no
Requires: glibc >= {glibc}
%define debug_package %{{nil}}
%define __os_install_post %{{nil}}
%define _build_id_links none

%description
{summary}. The program lives in /opt/interreg and needs neither Python nor the internet.

%install
cp -a {root}/. %{{buildroot}}/

%files
/opt/interreg
/usr/bin/interreg
/usr/share/applications/interreg.desktop
/usr/share/mime/packages/interreg.xml
/usr/share/icons/hicolor/*/apps/interreg.*
/usr/share/icons/hicolor/*/mimetypes/application-x-interreg-database.png
"""


def build_rpm(root: Path, dist: Path, version: str, glibc: str) -> Path | None:
    """An .rpm when rpmbuild is installed (on Debian: apt-get install rpm); else None."""
    rpmbuild = shutil.which("rpmbuild")
    if rpmbuild is None:
        return None
    top = root.parent / "rpmbuild"
    shutil.rmtree(top, ignore_errors=True)
    (top / "SPECS").mkdir(parents=True)
    spec = top / "SPECS" / "interreg.spec"
    spec.write_text(RPM_SPEC.format(version=version, summary=SUMMARY, root=root,
                                    glibc=glibc), encoding="utf-8")
    subprocess.run([rpmbuild, "-bb", "--quiet", "--define", f"_topdir {top}",
                    "--define", "_binary_payload w6.gzdio", str(spec)],
                   check=True, stdout=subprocess.DEVNULL)
    built = next((top / "RPMS" / "x86_64").glob("interreg-*.rpm"))
    out = dist / built.name
    shutil.move(built, out)
    return out


def build_all(project: Path, bundle: Path, dist: Path, version: str, glibc: str) -> list[Path]:
    """Every Linux package this machine can make, in dist/; ``glibc`` is the floor ("2.36")."""
    made = [build_tarball(project, bundle, dist, version)]
    root = project / "build" / "system-root"
    stage_system_tree(project, bundle, root)
    if shutil.which("dpkg-deb"):
        made.append(build_deb(root, dist, version, glibc))
    rpm = build_rpm(root, dist, version, glibc)
    if rpm is not None:
        made.append(rpm)
    return made
