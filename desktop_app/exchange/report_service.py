"""Build the report from the store and write it as DOCX, XLSX or PDF: the one service
the command line and the window both call."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.entities import EventStatus
from ..domain.periods import ReportPeriod
from ..domain.report import Layout, Report, ReportOptions, ReportStyle, build_report
from ..errors import UserError
from ..storage.store import Store
from .files import atomic_write
from .package import embed_package

if TYPE_CHECKING:
    from ..domain.summary import Summary

__all__ = ["FORMATS", "build_store_report", "default_file_name", "export_report_file"]

FORMATS = ("docx", "xlsx", "pdf")

# Hook for the DOCX path (see docx_report.Customize): the import engineer's data
# package registers here, e.g. ``DOCX_CUSTOMIZERS.append(embed_package)``; each is
# called as fn(document, store, report) before the file is saved.
DocxCustomizer = Callable[[object, Store, Report], None]
DOCX_CUSTOMIZERS: list[DocxCustomizer] = []
DOCX_CUSTOMIZERS.append(embed_package)  # every exported DOCX carries its records (issue 5)


def build_store_report(
    store: Store,
    period: ReportPeriod,
    department_ids: Sequence[str] | None = None,
    layout: Layout | str = Layout.PER_EVENT,
    statuses: Sequence[EventStatus] | None = None,
    include_empty_departments: bool = False,
    dates_as_typed: bool = False,
) -> Report:
    """The report model for a period, departments in the given order (all by default)."""
    try:
        layout = Layout(layout)
    except ValueError:
        raise UserError(
            f"Неизвестный вид отчета «{layout}»: ожидается per-event или per-agreement."
        ) from None
    ids = list(department_ids) if department_ids is not None else None
    events = store.events_in_period(period, department_ids=ids)
    departments, agreements = store.departments(), store.agreements()
    options = ReportOptions(
        period=period,
        department_ids=tuple(ids) if ids is not None else None,
        layout=layout,
        statuses=tuple(statuses) if statuses is not None else None,
        include_empty_departments=include_empty_departments,
        dates_as_typed=dates_as_typed,
    )
    return build_report(departments, agreements, events, options)


def default_file_name(store: Store, period: ReportPeriod, department_ids: Sequence[str] | None,
                      fmt: str) -> str:
    """«Отчет_межрегиональное_сотрудничество_2020_Q1.docx», with the department's short
    name when the report is one department's part."""
    name = f"Отчет_межрегиональное_сотрудничество_{period.short_code}"
    if department_ids and len(department_ids) == 1:
        dept = store.department(department_ids[0])
        part = (dept.short_name or dept.name).strip()
        safe = "".join(ch if ch.isalnum() or ch in "-" else "_" for ch in part).strip("_")
        if safe:
            name += f"_{safe}"
    return f"{name}.{fmt}"


def _write_docx_text(store: Store, report: Report, style: ReportStyle,
                     template: Path | str | None, tmp: Path) -> bool:
    """The DOCX written without python-docx (docx_text) when nothing needs its Document:
    no customizer but the records part. False: python-docx writes it."""
    if any(fn is not embed_package for fn in DOCX_CUSTOMIZERS):
        return False
    from .docx_text import load_template, save_docx_text
    from .package import package_contents, records_parts

    parts = load_template(template)
    if parts is None:
        return False

    def records(document_digest: str | None) -> tuple[Iterator[bytes], bytes]:
        return records_parts(package_contents(store, report), document_digest)

    return save_docx_text(report, tmp, style, parts, template,
                          records if DOCX_CUSTOMIZERS else None)


def export_report_file(
    store: Store,
    period: ReportPeriod,
    department_ids: Sequence[str] | None,
    fmt: str,
    out: Path | str,
    layout: Layout | str = Layout.PER_EVENT,
    style: ReportStyle | None = None,
    template: Path | str | None = None,
    summary: Summary | None = None,
    dates_as_typed: bool = False,
    check: Callable[[], None] | None = None,
    report: Report | None = None,
) -> Path:
    """Write the report to ``out`` (docx, xlsx or pdf); a failure leaves an old file intact.

    ``summary`` adds «Сводные данные»: an appendix to a DOCX, a second sheet to an XLSX.
    ``check`` (a cancel token's) runs before the written file replaces ``out``: if it
    raises, the old file stays as it was. ``report``: the model already built from the same
    arguments (the window's worker builds it first to show a row count).
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UserError(f"Формат «{fmt}» не поддерживается: выберите docx, xlsx или pdf.")
    # The table and the records it carries from one state of the file: the records are
    # read after the table's rows, and an edit saved meanwhile must be in both or neither.
    # (Reading them on a second thread was tried: on two shared cores the interpreter's
    # lock and the cores' own contention made the export slower, not faster.)
    with store.reading():
        if report is None:
            report = build_store_report(store, period, department_ids, layout,
                                        dates_as_typed=dates_as_typed)
        return _export(store, fmt, out, report, style, template, summary, check)


def _export(store: Store, fmt: str, out: Path | str, report: Report, style: ReportStyle | None,
            template: Path | str | None, summary: Summary | None,
            check: Callable[[], None] | None) -> Path:
    style = style or ReportStyle()

    if fmt == "docx":
        def customize(document: object) -> None:
            if summary is not None:
                from .summary_docx import add_summary_appendix

                add_summary_appendix(document, summary, style)  # type: ignore[arg-type]
            for fn in DOCX_CUSTOMIZERS:
                fn(document, store, report)

        def write(tmp: Path) -> None:
            if summary is None and _write_docx_text(store, report, style, template, tmp):
                return
            from .docx_report import save_docx  # python-docx's import only when needed

            save_docx(report, tmp, style, template, customize)
    elif fmt == "xlsx":
        from .xlsx_report import save_xlsx

        def write(tmp: Path) -> None:
            # The summary only when asked: the writer's plain call stays as it was.
            extra = {"summary": summary} if summary is not None else {}
            save_xlsx(report, tmp, style, **extra)
    else:
        from .pdf_report import save_pdf

        def write(tmp: Path) -> None:
            save_pdf(report, tmp, style)

    def write_checked(tmp: Path) -> None:
        write(tmp)
        if check is not None:
            check()

    return atomic_write(out, write_checked)
