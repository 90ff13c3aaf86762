"""Writing the summary on its own as DOCX or XLSX: the one path the command line and the window take."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError

if TYPE_CHECKING:
    # Only named here: every command's start imports this module for SUMMARY_FORMATS,
    # and the report model and the file helpers (tempfile) cost it ~30 ms.
    from ..domain.report import ReportStyle
    from ..domain.summary import Summary

SUMMARY_FORMATS = ("docx", "xlsx")


def write_summary_file(summary: Summary, fmt: str, out: Path | str,
                       style: ReportStyle | None = None) -> Path:
    """Write ``out``; a failure leaves an old file intact."""
    from .files import atomic_write

    if fmt == "docx":
        from .summary_docx import save_summary_docx as save
    elif fmt == "xlsx":
        from .summary_xlsx import save_summary_xlsx as save
    else:
        raise UserError(f"Сводку можно сохранить в DOCX или XLSX, а не в «{fmt}».")
    return atomic_write(out, lambda tmp: save(summary, tmp, style))
