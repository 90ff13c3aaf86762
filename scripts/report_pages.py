"""Make docs/report_pages/: a few pages of the demo report as the reader sees them.

Run: .venv/bin/python scripts/report_pages.py
Needs LibreOffice (soffice) and poppler (pdftoppm, pdfinfo) on PATH:
apt-get install libreoffice-writer-nogui hyphen-ru poppler-utils fonts-liberation2

Writes, at 60 dpi: page-NN.png — pages of the demo DOCX laid out by LibreOffice;
pdf-NN.png — pages of the program's own PDF; and docs/email_draft.txt — the
e-mail draft's headers and text (the attachment's bytes left out). Prints the
page counts. Old pages are deleted first, so the folder shows one run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from email import message_from_bytes
from email.policy import default
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.demo import load_demo  # noqa: E402
from desktop_app.domain.periods import ReportPeriod  # noqa: E402
from desktop_app.domain.report import ReportStyle  # noqa: E402
from desktop_app.exchange.email_draft import prepare_email  # noqa: E402
from desktop_app.exchange.report_service import export_report_file  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = DOCS / "report_pages"
Q1 = ReportPeriod.quarter(2020, 1)
DOCX_PAGES = (1, 3, 10)  # the title; headings with rows split across pages
PDF_PAGES = (1, 3)


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def render(pdf: Path, pages: tuple[int, ...], prefix: str) -> None:
    for n in pages:
        out = PAGES / f"{prefix}-{n:02d}"
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(n), "-l",
                        str(n), str(pdf), str(out)], check=True)


def email_text(eml: Path) -> str:
    """The draft as a reader of the raw file would check it: headers as written, the body
    decoded, the attachment's base64 left out."""
    raw = eml.read_bytes().decode("ascii").replace("\r\n", "\n")
    msg = message_from_bytes(eml.read_bytes(), policy=default)
    body = msg.get_body(preferencelist=("plain",)).get_content()
    head, _sep, rest = raw.partition("\n\n")
    attachment = rest[rest.index("Content-Type: \n application/"):] if \
        "Content-Type: \n application/" in rest else ""
    attachment_head = attachment.split("\n\n", 1)[0]
    return (f"{head}\n\n--- тема (раскодирована) ---\n{msg['Subject']}\n\n--- текст письма (text/plain, utf-8, base64 в файле) ---\n{body}\n"
            f"--- заголовки вложения ---\n{attachment_head}\n(содержимое DOCX опущено)\n")


def main() -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for old in PAGES.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with Store.open(tmp / "demo.interreg") as store:
            load_demo(store)
            docx = export_report_file(store, Q1, None, "docx", tmp / "report.docx")
            pdf = export_report_file(store, Q1, None, "pdf", tmp / "report.pdf")
            style = ReportStyle(executor="Исп. Петрова Анна Сергеевна")
            _docx, eml = prepare_email(store, Q1, None, tmp / "mail", style=style,
                                       sender=style.executor, to="mezhregion@admin-smolensk.ru",
                                       phone="8 (4812) 29-10-00")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp / "lo"), str(docx)],
                       check=True, capture_output=True)
        laid_out = tmp / "lo" / "report.pdf"
        render(laid_out, DOCX_PAGES, "page")
        render(pdf, PDF_PAGES, "pdf")
        (DOCS / "email_draft.txt").write_text(email_text(eml), encoding="utf-8")
        print(f"DOCX (LibreOffice): {page_count(laid_out)} страниц; PDF: {page_count(pdf)}")


if __name__ == "__main__":
    main()
