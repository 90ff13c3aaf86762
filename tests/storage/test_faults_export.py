"""Exports that cannot fail half-way: a read-only, locked or full target keeps its old file."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange import files
from desktop_app.exchange.files import ExportError, atomic_write
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

OLD = b"the report e-mailed last week"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "report.docx"
    path.write_bytes(OLD)
    return path


def _only_old_file_left(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name], "a temp file is left"


def _write(data: bytes):
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
    return write


def test_success_replaces_and_keeps_mode(target: Path):
    os.chmod(target, 0o640)
    atomic_write(target, _write(b"new"))
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    fresh = target.with_name("fresh.xlsx")
    atomic_write(fresh, _write(b"x"))
    # Not mkstemp's private 0600: a colleague on the same machine may open it.
    assert stat.S_IMODE(fresh.stat().st_mode) & 0o044


def test_disk_full_mid_write(target: Path):
    def write(tmp: Path) -> None:
        tmp.write_bytes(b"half of a rep")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError, match="Недостаточно места на диске") as err:
        atomic_write(target, write)
    assert "Прежний файл не изменён" in str(err.value)
    _only_old_file_left(target)


def test_io_error_on_fsync(target: Path, monkeypatch: pytest.MonkeyPatch):
    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match="Не удалось записать"):
        atomic_write(target, _write(b"new"))
    _only_old_file_left(target)


def test_target_locked_by_word(target: Path, monkeypatch: pytest.MonkeyPatch):
    # Windows refuses to replace a file open in Word with a PermissionError.
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(ExportError, match="открыт в другой программе") as err:
        atomic_write(target, _write(b"new"))
    assert "прежний файл не изменён" in str(err.value)
    _only_old_file_left(target)


def test_target_read_only(target: Path, monkeypatch: pytest.MonkeyPatch):
    # Tests may run as root, whom file modes do not stop: ask the OS's answer instead.
    real = files.os.access
    monkeypatch.setattr(files.os, "access",
                        lambda p, m: False if Path(p) == target and m == os.W_OK else real(p, m))
    calls = []
    with pytest.raises(ExportError, match="только для чтения"):
        atomic_write(target, lambda tmp: calls.append(tmp))
    assert calls == [], "nothing is rendered for a target that cannot be written"
    _only_old_file_left(target)


def test_folder_read_only(target: Path, monkeypatch: pytest.MonkeyPatch):
    def refused(*args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    with pytest.raises(ExportError, match="Нет прав на запись"):
        atomic_write(target, _write(b"new"))
    _only_old_file_left(target)


def test_missing_folder_and_folder_as_target(tmp_path: Path):
    with pytest.raises(ExportError, match="не существует"):
        atomic_write(tmp_path / "nope" / "r.docx", _write(b"x"))
    with pytest.raises(ExportError, match="это папка"):
        atomic_write(tmp_path, _write(b"x"))


def test_renderer_bug_is_not_masked_and_leaves_nothing(target: Path):
    def buggy(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise KeyError("a bug in a renderer")

    with pytest.raises(KeyError):
        atomic_write(target, buggy)
    _only_old_file_left(target)


def test_real_report_onto_locked_target(target: Path, monkeypatch: pytest.MonkeyPatch):
    store = Store.in_memory()
    load_demo(store)
    docx = target.with_name("otchet.docx")
    docx.write_bytes(OLD)
    target.unlink()

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "locked", str(dst))

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(ExportError, match="открыт в другой программе"):
        export_report_file(store, ReportPeriod.quarter(2020, 1), None, "docx", docx)
    _only_old_file_left(docx)
    monkeypatch.undo()
    export_report_file(store, ReportPeriod.quarter(2020, 1), None, "docx", docx)
    assert docx.read_bytes()[:2] == b"PK"
