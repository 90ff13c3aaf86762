"""Every user setting, declared once with its type and default (after Picard's config).

The values live in an INI file through QSettings; tests point ``Settings`` at
a file of their own. Code reads ``settings.report_font_size``, never a bare
key string. Settings that belong to a database (the home region) are kept in
the database file instead: see ``Store.setting``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from .paths import APP_NAME

T = TypeVar("T")
LANGUAGES = ("ru", "en")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its INI key, type and default. Used as a class attribute of Settings."""

    key: str
    type: type
    default: T
    doc: str = ""

    def __set_name__(self, owner: type, name: str) -> None:
        owner.registry[name] = self  # type: ignore[attr-defined]

    @overload
    def __get__(self, obj: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> Any:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self, value)


class Settings:
    """The user's settings over one INI file."""

    registry: dict[str, Option[Any]] = {}

    # -- the window -------------------------------------------------------------
    window_geometry = Option("window/geometry", bytes, b"", "Положение и размер окна")
    window_state = Option("window/state", bytes, b"", "Панели инструментов и доков")
    window_splitter = Option("window/splitter", bytes, b"", "Ширина списка департаментов")
    window_details_splitter = Option("window/details_splitter", bytes, b"", "Высота панели текста")
    table_header = Option("window/table_header", bytes, b"", "Ширины и порядок столбцов")
    period_year = Option("view/period_year", int, 0, "Год (0 — текущий)")
    period_code = Option("view/period_code", str, "", "Период: Q1…Q4, H1, H2, 9M, Y")
    department_id = Option("view/department_id", str, "", "Выбранный департамент ('' — все)")
    status_filter = Option("view/status", str, "", "Фильтр по статусу ('' — все)")
    last_folder = Option("view/last_folder", str, "", "Папка последнего импорта/экспорта")
    recent_files = Option("files/recent", str, "", "Недавние файлы базы, по одному в строке")
    import_column_mappings = Option(
        "import/column_mappings", str, "", "Сопоставления столбцов по заголовку таблицы (JSON)")

    # -- the user -----------------------------------------------------------------
    own_department_id = Option("user/own_department_id", str, "", "Свой департамент")
    language = Option("user/language", str, "ru", "Язык интерфейса: ru или en")

    # -- the report -----------------------------------------------------------------
    report_font_family = Option("report/font_family", str, "Times New Roman")
    report_font_size = Option("report/font_size", float, 12.0)
    report_title_size = Option("report/title_size", float, 14.0)
    margin_left_mm = Option("report/margin_left_mm", float, 20.0)
    margin_right_mm = Option("report/margin_right_mm", float, 10.0)
    margin_top_mm = Option("report/margin_top_mm", float, 20.0)
    margin_bottom_mm = Option("report/margin_bottom_mm", float, 20.0)
    report_template = Option("report/template", str, "", "Шаблон DOCX ('' — встроенный)")
    signature = Option("report/signature", str, "", "Подпись под таблицей")
    executor = Option("report/executor", str, "", "Исполнитель")
    report_with_summary = Option(
        "report/with_summary", bool, False,
        "Приложение «Сводные данные» к отчёту DOCX и второй лист XLSX",
    )
    executor_phone = Option("report/executor_phone", str, "", "Телефон исполнителя (для письма)")
    report_dates_as_typed = Option("report/dates_as_typed", bool, False,
                                   "Печатать сроки как введены (а не в единой форме)")
    coordinator_email = Option("email/to", str, "", "Адрес координатора: «Кому» в письме")

    # -- backups ----------------------------------------------------------------------
    backup_dir = Option("backup/dir", str, "", "Папка резервных копий ('' — рядом с базой)")
    backup_keep = Option("backup/keep", int, 10, "Сколько копий хранить")

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self.qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
            )
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self.qsettings.fileName())

    # -- typed access ------------------------------------------------------------------

    def read(self, option: Option[T]) -> T:
        raw = self.qsettings.value(option.key)
        if raw is None:
            return option.default
        try:
            if option.type is bytes:
                return bytes(raw.data() if isinstance(raw, QByteArray) else raw)  # type: ignore[return-value]
            if option.type is bool:
                return (str(raw).lower() in ("1", "true", "yes"))  # type: ignore[return-value]
            return option.type(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            # A hand-edited or damaged INI value: fall back rather than fail to start.
            return option.default

    def write(self, option: Option[T], value: T) -> None:
        if option.type is bytes:
            self.qsettings.setValue(option.key, QByteArray(bytes(value)))  # type: ignore[arg-type]
        else:
            self.qsettings.setValue(option.key, option.type(value))

    def reset(self, name: str) -> None:
        self.qsettings.remove(self.registry[name].key)

    def sync(self) -> None:
        self.qsettings.sync()

    # -- derived values ------------------------------------------------------------------

    @property
    def ui_language(self) -> str:
        return self.language if self.language in LANGUAGES else "ru"

    def backup_folder(self, db_path: Path) -> Path:
        from .paths import default_backup_dir

        return Path(self.backup_dir) if self.backup_dir else default_backup_dir(db_path)

    def report_style(self) -> Any:
        """The report's look as ``desktop_app.domain.report.ReportStyle``.

        Only the fields ReportStyle has are passed, so a setting added here
        before the report learns it does no harm; a value the report refuses
        (a font of 200 pt) falls back to the report's default look.
        """
        from .domain.report import ReportStyle

        values = {
            "font_name": self.report_font_family,
            "table_font_size": self.report_font_size,
            "title_font_size": self.report_title_size,
            "margin_left_mm": self.margin_left_mm,
            "margin_right_mm": self.margin_right_mm,
            "margin_top_mm": self.margin_top_mm,
            "margin_bottom_mm": self.margin_bottom_mm,
            "signature": self.signature,
            "executor": self.executor,
        }
        known = {f.name for f in dataclasses.fields(ReportStyle)}
        try:
            return ReportStyle(**{k: v for k, v in values.items() if k in known})
        except ValueError:
            return ReportStyle()
