"""The command line as scripts use it: exit codes, stdout, plain messages on stderr."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.errors import UserError


def run(*args: str) -> int:
    return main(list(args))


def test_demo_then_check_reports_the_reference_counts_even_after_a_second_demo(db_path, capsys):
    assert run("demo", "--db", str(db_path)) == 0
    assert run("demo", "--db", str(db_path)) == 0
    capsys.readouterr()
    assert run("check", "--db", str(db_path), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["events"], report["agreements"], report["departments"]) == (29, 8, 5)
    assert report["integrity"] == "ok"


def test_db_can_come_from_the_environment(db_path, capsys, monkeypatch):
    monkeypatch.setenv("INTERREG_DB", str(db_path))
    assert run("demo") == 0
    assert db_path.exists()


def test_export_json_lists_the_reference_events(db_path, tmp_path, capsys):
    run("demo", "--db", str(db_path))
    out = tmp_path / "q1.json"
    assert run("export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
               "--format", "json", "--out", str(out)) == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert len(events) == 29
    first, row17 = events[0], events[16]
    assert first["department"] == "Департамент Смоленской области по сельскому хозяйству и продовольствию"
    assert first["title"] == "Выставка «АГРОС экспо – 2020»"
    assert first["dates"] == "29-31 января"
    assert first["note"] == "-"
    assert first["status"] == "проведено"
    assert row17["title"] == "XLVII Общественно-научные чтения, посвящённые памяти Ю.А. Гагарина"
    assert len(row17["agreements"]) == 5
    assert row17["agreements"][0].startswith("Соглашение между Администрацией Смоленской области и Правительством Москвы")
    assert len({e["id"] for e in events}) == 29


def test_export_of_one_department(db_path, tmp_path):
    run("demo", "--db", str(db_path))
    out = tmp_path / "sport.json"
    assert run("export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
               "--format", "json", "--out", str(out), "--department", "Спорт") == 0
    by_short_name = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert run("export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
               "--format", "json", "--out", str(out),
               "--department", "Главное управление спорта Смоленской области") == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert len(events) == 11
    assert events == by_short_name
    assert {e["department"] for e in events} == {"Главное управление спорта Смоленской области"}


def test_unknown_department_is_named_in_the_message(db_path, tmp_path, capsys):
    run("demo", "--db", str(db_path))
    capsys.readouterr()
    code = run("export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
               "--format", "json", "--out", str(tmp_path / "x.json"), "--department", "Марсианский")
    err = capsys.readouterr().err
    assert code != 0
    assert "«Марсианский» не найден" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_random_bytes_file_is_refused_plainly_and_left_unchanged(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    before = junk.read_bytes()
    for cmd in (["check"], ["demo"], ["backup"]):
        code = run(*cmd, "--db", str(junk))
        err = capsys.readouterr().err
        assert code != 0
        assert "не является базой данных" in err
        assert "Traceback" not in err
    assert junk.read_bytes() == before


def test_missing_folder_is_reported(tmp_path, capsys):
    code = run("demo", "--db", str(tmp_path / "нет такой папки" / "x.db"))
    err = capsys.readouterr().err
    assert code != 0 and "не существует" in err
    assert not (tmp_path / "нет такой папки").exists()


def test_check_on_a_missing_file_does_not_create_it(tmp_path, capsys):
    target = tmp_path / "absent.db"
    assert run("check", "--db", str(target)) != 0
    assert "не найден" in capsys.readouterr().err
    assert not target.exists()


def test_read_only_file_is_refused_for_writing(db_path, capsys, monkeypatch):
    run("demo", "--db", str(db_path))
    db_path.chmod(stat.S_IRUSR)
    # CI runs as root, which may write anyway: ask the OS the way a clerk's account would.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False
                        if Path(p) == db_path and mode & os.W_OK else real_access(p, mode, **kw))
    before = db_path.read_bytes()
    assert run("demo", "--db", str(db_path)) != 0
    assert "только для чтения" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_wrong_arguments_exit_2_with_a_plain_message(capsys):
    with pytest.raises(SystemExit) as exc:
        run("export", "--year", "2020", "--quarter", "7", "--format", "docx", "--out", "x")
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "Ошибка в аргументах" in err and "Traceback" not in err


def test_backup_keeps_the_newest_n_consistent_copies(db_path, tmp_path, capsys):
    run("demo", "--db", str(db_path))
    folder = tmp_path / "copies"
    for _ in range(4):
        assert run("backup", "--db", str(db_path), "--dir", str(folder), "--keep", "2") == 0
    copies = sorted(folder.glob("*.sqlite3"))
    assert len(copies) == 2
    capsys.readouterr()
    assert run("check", "--db", str(copies[-1]), "--json") == 0
    assert json.loads(capsys.readouterr().out)["events"] == 29


def test_version_and_help_from_an_installed_entry_point(tmp_path):
    code = "import sys; from desktop_app.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "--version"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0 and "interreg" in done.stdout
    helped = subprocess.run([sys.executable, "-c", code, "--help"], capture_output=True,
                            text=True, cwd=tmp_path)
    assert helped.returncode == 0
    for sub in ("demo", "check", "backup", "export"):
        assert sub in helped.stdout
    assert Path(tmp_path).exists()


def test_a_second_writer_is_told_the_file_is_in_use(db_path, capsys):
    from desktop_app.storage.lock import acquire_lock

    run("demo", "--db", str(db_path))
    capsys.readouterr()
    with acquire_lock(db_path):
        assert run("demo", "--db", str(db_path)) != 0
        assert "уже открыта другой копией" in capsys.readouterr().err
        assert run("check", "--db", str(db_path)) == 0  # reading needs no lock
    assert run("demo", "--db", str(db_path)) == 0


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "--year", "2020"], "не указаны обязательные аргументы"),
        (["export", "--year", "x", "--quarter", "1", "--format", "json", "--out", "a"],
         "недопустимое значение: 'x'"),
        (["frobnicate"], "недопустимое значение 'frobnicate'"),
        (["check", "--bogus"], "лишние аргументы: --bogus"),
    ],
)
def test_argument_errors_are_explained_in_russian(args, expected, capsys):
    with pytest.raises(SystemExit) as exc:
        run(*args)
    assert exc.value.code == 2
    assert expected in capsys.readouterr().err


def test_help_speaks_russian(capsys):
    with pytest.raises(SystemExit):
        run("export", "--help")
    out = capsys.readouterr().out
    assert out.startswith("использование: interreg export")
    assert "показать эту справку" in out and "show this help" not in out


def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path, capsys):
    import sqlite3

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE foo (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for cmd in (["demo"], ["check"]):
        assert run(*cmd, "--db", str(other)) != 0
        assert "другой программы" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_empty_file_is_explained_by_check_and_filled_by_demo(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.touch()
    assert run("check", "--db", str(empty)) != 0
    err = capsys.readouterr().err
    assert "пуст" in err and "no such table" not in err
    assert run("demo", "--db", str(empty)) == 0


def test_a_new_database_knows_the_regions_without_the_demo(db_path, capsys):
    from desktop_app.storage.store import Store

    with Store.open(db_path) as store:
        names = {name for name, _foreign in store.regions()}
    assert {"Смоленская область", "г. Москва", "Республика Крым"} <= names
    assert len(names) >= 89


def test_read_only_medium_can_still_be_read(db_path, tmp_path, capsys, monkeypatch):
    """A WAL file on a write-protected stick: SQLite cannot make its -shm there."""
    import sqlite3

    run("demo", "--db", str(db_path))
    real_connect = sqlite3.connect

    def no_shm_possible(target, *args, **kwargs):
        if isinstance(target, str) and "mode=ro" in target and "immutable=1" not in target:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", no_shm_possible)
    capsys.readouterr()
    assert run("check", "--db", str(db_path), "--json") == 0
    assert json.loads(capsys.readouterr().out)["events"] == 29
    out = tmp_path / "q1.json"
    assert run("export", "--db", str(db_path), "--year", "2020", "--quarter", "1",
               "--format", "json", "--out", str(out)) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["events"]) == 29


@pytest.mark.parametrize("keep", ["0", "-1", "много"])
def test_backup_refuses_a_nonsense_keep_count_and_deletes_nothing(db_path, tmp_path, keep, capsys):
    run("demo", "--db", str(db_path))
    folder = tmp_path / "copies"
    run("backup", "--db", str(db_path), "--dir", str(folder))
    with pytest.raises(SystemExit) as exc:
        run("backup", "--db", str(db_path), "--dir", str(folder), "--keep", keep)
    assert exc.value.code == 2
    assert "--keep" in capsys.readouterr().err
    assert len(list(folder.glob("*.sqlite3"))) == 1


def test_backups_are_single_files(db_path, tmp_path, capsys):
    run("demo", "--db", str(db_path))
    folder = tmp_path / "copies"
    run("backup", "--db", str(db_path), "--dir", str(folder))
    run("restore", "--db", str(db_path), "--dir", str(folder), "--list")
    assert [p.suffix for p in folder.iterdir()] == [".sqlite3"]


def test_an_empty_db_path_is_an_error_not_the_default_file(capsys):
    assert run("demo", "--db", "") != 0
    assert "пуст" in capsys.readouterr().err


def test_no_screen_is_explained_instead_of_a_qt_abort(capsys, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run() == 1
    assert "Не найден графический экран" in capsys.readouterr().err


def _never(*_args: object) -> bool:
    raise AssertionError("probed although the check should have stopped earlier")


def test_a_screen_or_a_chosen_platform_lets_the_window_start():
    from desktop_app.app import check_screen

    check_screen({"DISPLAY": ":0"}, "linux", load=lambda _name: True, answers=lambda _d: True)
    check_screen({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux",
                 load=lambda _name: True, answers=lambda _d: True)
    for chosen in ("offscreen", "minimal", "wayland"):
        check_screen({"QT_QPA_PLATFORM": chosen}, "linux", load=_never, answers=_never)
    check_screen({}, "win32", load=_never, answers=_never)


def test_a_missing_xcb_library_is_named_with_its_package():
    from desktop_app.app import check_screen

    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    with pytest.raises(UserError) as error:
        check_screen({"DISPLAY": ":0"}, "linux", load=lambda name: name not in absent,
                     answers=_never)
    message = str(error.value)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "libxcb-icccm4 libxcb-keysyms1" in message
    assert "xcb-cursor" not in message  # Qt's own abort names this one whatever is missing
    with pytest.raises(UserError) as error:
        check_screen({"DISPLAY": ":0"}, "linux", load=lambda name: name != "libEGL.so.1",
                     answers=_never)
    assert "нет библиотеки libEGL.so.1, нужной Qt" in str(error.value)
    assert "установить пакет libegl1 " in str(error.value)


def test_every_library_qt_needs_is_probed_with_a_package_name():
    from desktop_app.display_check import XCB_LIBRARIES, missing_libraries

    probed: list[str] = []
    missing_libraries(lambda name: probed.append(name) or True)
    assert probed == [soname for soname, _package in XCB_LIBRARIES]
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0",
            "libEGL.so.1", "libfontconfig.so.1", "libdbus-1.so.3"} <= set(probed)
    assert all(package for _soname, package in XCB_LIBRARIES)


def test_an_x_server_that_does_not_answer_is_explained():
    from desktop_app.app import check_screen

    asked: list[str] = []
    with pytest.raises(UserError) as error:
        check_screen({"DISPLAY": ":7"}, "linux", load=lambda _name: True,
                     answers=lambda display: asked.append(display) or False)
    assert asked == [":7"]
    assert "Графический экран :7 не отвечает" in str(error.value)


def test_wayland_without_x_needs_a_wayland_plugin():
    from desktop_app.app import check_screen

    env = {"WAYLAND_DISPLAY": "wayland-0"}
    check_screen(env, "linux", load=_never, answers=_never, wayland=lambda: True)
    with pytest.raises(UserError) as error:
        check_screen(env, "linux", load=_never, answers=_never, wayland=lambda: False)
    assert "XWayland" in str(error.value)


def test_the_real_probes_answer_without_qt(tmp_path):
    from desktop_app.display_check import can_load, x_server_answers

    assert can_load("libc.so.6")
    assert not can_load("libno-such-library-interreg.so.9")
    # A display number nothing listens on: refused, not hung and not aborted.
    assert not x_server_answers(":987")


@pytest.fixture
def window_calls(monkeypatch):
    """The database path each start of the window was given (the window itself is not run)."""
    calls: list[str | None] = []

    def fake_run_window(db):
        calls.append(db)
        return 0

    monkeypatch.setattr("desktop_app.app.run_window", fake_run_window)
    return calls


def test_a_file_argument_opens_the_window_on_that_file(window_calls, tmp_path):
    target = tmp_path / "отчёты 2020.interreg"
    assert run(str(target)) == 0
    assert run("--db", str(target)) == 0
    assert run() == 0
    assert window_calls == [str(target), str(target), None]


def test_a_file_named_like_nothing_known_still_opens_when_it_exists(window_calls, tmp_path,
                                                                     monkeypatch):
    (tmp_path / "база").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert run("база") == 0
    assert window_calls == ["база"]


def test_commands_still_win_over_the_file_argument(db_path, window_calls, capsys):
    assert run("demo", "--db", str(db_path)) == 0
    assert run("--db", str(db_path), "check") == 0
    assert window_calls == []
    assert "Мероприятий: 29" in capsys.readouterr().out


def test_a_file_before_a_command_is_that_commands_database(db_path, window_calls, capsys):
    assert run(str(db_path), "demo") == 0
    assert window_calls == []
    assert db_path.exists()


def test_a_mistyped_command_is_an_error_not_a_new_database(window_calls, tmp_path, capsys,
                                                           monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        run("exprot")
    assert exit_info.value.code == 2
    assert "недопустимое значение 'exprot'" in capsys.readouterr().err
    assert window_calls == [] and list(tmp_path.iterdir()) == []


def test_a_file_given_twice_is_refused(window_calls, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run("--db", str(tmp_path / "a.interreg"), str(tmp_path / "b.interreg"))
    assert exit_info.value.code == 2
    assert "указан дважды" in capsys.readouterr().err
    assert window_calls == []


def test_python_m_desktop_app_is_the_program(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--version"],
                            capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("interreg ")
