"""The user's whole path: export and import of 1,000 / 10,000 / 30,000 events, each
beside its plain-library baseline measured in the same run.

    python benchmarks/bench_user_path.py [--sizes 1000,10000,30000] [--baseline-max N]
                                          [--lo-max N] [--repeat N] [--window]

Every figure is a whole process started the way a user starts it, on a real
database file (the reference report's rows repeated with distinct titles, with
the change-log entry each event got when it was created; no ANALYZE, as in a
clerk's file):

* ``interreg export --format docx`` (the table and the records part) against a
  python-docx process reading the same rows with one SQL query and writing them
  with ``table.add_row()`` and ``cell.text`` (no merges: python-docx's
  ``cell.merge`` rebuilds the grid on every call and does not finish at 10,000);
* ``interreg export --format xlsx`` against openpyxl ``ws.cell`` for every cell
  and ``ws.merge_cells`` for every section row and agreement run;
* ``interreg export --format pdf`` against LibreOffice converting our DOCX of the
  same report (``soffice --headless --convert-to pdf``), when soffice is installed;
* ``interreg import --create-missing`` of our DOCX into a new file against
  python-docx reading every row's ``cell.text`` plus sqlite-utils ``insert_all``;
  our DOCX is untouched, so its records stand for its table (the records part names
  the main part's digest), and an extra line imports the same file with its table
  read and paired with the records (as for a file saved in Word).

``--window`` adds the window's own export and import (the same functions its
menu calls, through their worker threads, offscreen). ``--baseline-max`` and
``--lo-max`` skip the slow baselines above a size (the output says so); the
growth factor is ours (and the baselines') at 10,000 divided by 1,000.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

AIMS = {"docx": 10.0, "xlsx": 5.0, "pdf": 10.0, "import": 4.0}
GROWTH_AIM = 13.0
PERIOD = ["--year", "2020", "--quarter", "1"]

ROWS_SQL = """
SELECT d.name, e.title, e.timing, e.place, e.participants, e.result, e.note,
       (SELECT group_concat(title, char(10)) FROM (
            SELECT a.title FROM event_agreements ea JOIN agreements a ON a.id = ea.agreement_id
            WHERE ea.event_id = e.id ORDER BY ea.position))
FROM events e JOIN departments d ON d.id = e.department_id
WHERE e.starts_on BETWEEN '2020-01-01' AND '2020-03-31'
ORDER BY d.position, d.name, e.position, e.created_at
"""


# -- the plain-library baselines (each runs as its own process) -------------------


def _rows(db: str) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute(ROWS_SQL).fetchall()
    finally:
        conn.close()


def baseline_docx(db: str, out: str) -> None:
    from docx import Document

    document = Document()
    table = document.add_table(rows=1, cols=8)
    for cell, text in zip(table.rows[0].cells, ["№", "Соглашение", "Наименование", "Сроки",
                                                  "Место", "Участники", "Результат",
                                                  "Примечание"], strict=True):
        cell.text = text
    department = None
    for n, (dept, title, timing, place, participants, result, note, agreements) in enumerate(
            _rows(db), 1):
        if dept != department:
            department = dept
            table.add_row().cells[0].text = dept
        texts = (f"{n}.", agreements or "", title, timing, place, participants, result, note)
        for cell, text in zip(table.add_row().cells, texts, strict=True):
            cell.text = text
    document.save(out)


def baseline_xlsx(db: str, out: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    workbook = Workbook()
    sheet = workbook.active
    wrap = Alignment(wrap_text=True, vertical="top")
    r, department, run_start, run_text = 1, None, 0, None

    def close_run(last: int) -> None:
        if run_text and last > run_start:
            sheet.merge_cells(start_row=run_start, start_column=2, end_row=last, end_column=2)

    for n, (dept, title, timing, place, participants, result, note, agreements) in enumerate(
            _rows(db), 1):
        r += 1
        if dept != department:
            close_run(r - 1)
            department, run_text = dept, None
            sheet.cell(r, 1, dept)
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        if agreements != run_text:
            close_run(r - 1)
            run_start, run_text = r, agreements
        texts = (f"{n}.", agreements if r == run_start else None, title, timing, place,
                 participants, result, note)
        for c, text in enumerate(texts, 1):
            sheet.cell(r, c, text or None).alignment = wrap
    close_run(r)
    workbook.save(out)


def baseline_import(docx_path: str, db: str) -> None:
    import uuid

    import docx
    from sqlite_utils import Database

    document = docx.Document(docx_path)
    rows, department, agreement = [], "", ""
    for table in document.tables:
        for row in table.rows:
            texts = [cell.text for cell in row.cells]
            number = texts[0].strip()
            if len(set(texts)) == 1:  # a section row spans the table
                department = texts[0]
            elif number.endswith(".") and number[:-1].isdigit():
                agreement = texts[1] or agreement
                rows.append({"id": str(uuid.uuid4()), "department": department,
                             "agreement": agreement, "title": texts[2], "timing": texts[3],
                             "place": texts[4], "participants": texts[5], "result": texts[6],
                             "note": texts[7]})
    database = Database(db)
    with database.conn:
        database["events"].insert_all(rows, pk="id", batch_size=1000)


BASELINES = {"docx": baseline_docx, "xlsx": baseline_xlsx, "import": baseline_import}


# -- running processes -----------------------------------------------------------------


def interreg() -> list[str]:
    script = Path(sys.executable).with_name("interreg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop_app.cli"]


CPU: dict[float, float] = {}  # wall time of a run → its processes' CPU time (user + system)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], **kw) -> float:
    """Wall time of the process (what the user waits); its CPU time is kept in CPU."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    CPU[took] = _children_cpu() - cpu
    return took


def baseline(kind: str, *args: str) -> float:
    return timed([sys.executable, str(Path(__file__).resolve()), "--baseline", kind, *args])


def libreoffice(docx: Path, outdir: Path) -> float | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    profile = outdir / "lo-profile"  # its own profile: other soffice processes may be running
    return timed([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                  "--convert-to", "pdf", "--outdir", str(outdir), str(docx)])


def measure(n: int, tmp: Path, args: argparse.Namespace) -> dict[str, tuple[float, float | None]]:
    import bench_data

    db = tmp / f"events_{n}.interreg"
    built = bench_data.build(db, n, with_log=True, analyze=False)
    print(f"\n{n} events: database built in {built:.1f} s ({db.stat().st_size / 1e6:.0f} MB)",
          flush=True)
    base_ok = n <= args.baseline_max
    out: dict[str, tuple[float, float | None]] = {}
    docx = tmp / f"ours_{n}.docx"
    for fmt in ("docx", "xlsx", "pdf"):
        path = docx if fmt == "docx" else tmp / f"ours_{n}.{fmt}"

        def export(fmt: str = fmt, path: Path = path) -> float:
            return timed([*interreg(), "export", "--db", str(db), *PERIOD, "--format", fmt,
                          "--out", str(path)])

        theirs: float | None = None
        if fmt == "pdf":  # one run each: LibreOffice alone takes minutes
            ours = export()
            if n <= args.lo_max:
                theirs = libreoffice(docx, tmp / f"lo_{n}")
        else:
            ours, theirs = paired(
                export, (lambda fmt=fmt: baseline(fmt, str(db), str(tmp / f"base_{n}.{fmt}")))
                if base_ok else None, args.repeat)
        out[fmt] = (ours, theirs)
        line(fmt, n, ours, theirs)
    runs = iter(range(10**6))  # each import goes into a new file of its own

    def import_ours() -> float:
        target = tmp / f"imported_{n}_{next(runs)}.interreg"
        return timed([*interreg(), "import", "--db", str(target), "--create-missing", str(docx)])

    def import_theirs() -> float:
        return baseline("import", str(docx), str(tmp / f"base_import_{n}_{next(runs)}.db"))

    ours, theirs = paired(import_ours, import_theirs if base_ok else None, args.repeat)
    out["import"] = (ours, theirs)
    line("import", n, ours, theirs)
    # Our untouched DOCX needs no table read: its records part names the main part's
    # digest. The same file with its table read — a file saved in Word, or exported before
    # the records named their main part — is the extra line, beside its own baseline runs.
    read_table = tmp / f"ours_{n}_table_read.docx"
    without_digest(docx, read_table)

    def import_table_read() -> float:
        target = tmp / f"imported_{n}_{next(runs)}.interreg"
        return timed([*interreg(), "import", "--db", str(target), "--create-missing",
                      str(read_table)])

    ours, theirs = paired(import_table_read, import_theirs if base_ok else None, args.repeat)
    out["import, table read"] = (ours, theirs)
    line("import, table read", n, ours, theirs)
    if args.window:
        from bench_window_path import window_path

        for name, took in window_path(db, docx, tmp).items():
            out[name] = (took, None)
            print(f"  {name:34}{took:9.2f} s", flush=True)
    return out


def without_digest(docx: Path, out: Path) -> None:
    """A copy of the DOCX whose records part names no main part (as exported before it
    did): an import then reads the table and pairs its rows with the records."""
    import re
    import zipfile

    from desktop_app.exchange.package import DIGEST_ATTRIBUTE, NAMESPACE

    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("customXml/item") and NAMESPACE.encode() in data[:400]:
                data = re.sub(rb" " + DIGEST_ATTRIBUTE.encode() + rb'="[0-9a-f]{64}"', b"",
                              data, count=1)
            dest.writestr(info, data)


def paired(ours: Callable[[], float], theirs: Callable[[], float] | None,
           repeat: int) -> tuple[float, float | None]:
    """The median of ``repeat`` runs of each, taken in turns (ours first on even turns, the
    baseline first on odd ones), so that a stretch of other work on the machine falls on
    both sides and neither always runs on a cache the other warmed."""
    mine: list[float] = []
    base: list[float] = []
    for turn in range(repeat):
        if theirs is not None and turn % 2:
            base.append(theirs())
        mine.append(ours())
        if theirs is not None and not turn % 2:
            base.append(theirs())
    return _median(mine), (_median(base) if base else None)


def _median(values: list[float]) -> float:
    # A run's own figure (the upper middle of an even count), so CPU keeps its time.
    return sorted(values)[len(values) // 2]


def _at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("нужно хотя бы 1")
    return value


LABELS = {
    "docx": ("export DOCX (CLI, with records)", "python-docx add_row+cell.text"),
    "xlsx": ("export XLSX (CLI)", "openpyxl cell+merge_cells"),
    "pdf": ("export PDF (CLI)", "LibreOffice DOCX→PDF"),
    "import": ("import --create-missing (CLI)", "python-docx cells+insert_all"),
    "import, table read": ("  the same, table read (extra)", "python-docx cells+insert_all"),
}


def line(kind: str, n: int, ours: float, theirs: float | None) -> None:
    ours_label, base_label = LABELS[kind]
    if theirs is None:
        why = ("soffice not installed" if kind == "pdf" and not shutil.which("soffice")
               else "baseline skipped at this size (flag)")
        print(f"  {ours_label:34}{ours:9.2f} s   {base_label:32}  {why}", flush=True)
        if ours in CPU:
            print(f"  {'  CPU time':34}{CPU[ours]:9.2f} s", flush=True)
        return
    ratio = theirs / ours
    aim = AIMS.get(kind)
    mark = "" if aim is None else f"  (aim ≥{aim:.0f}×: {'ok' if ratio >= aim else 'BELOW AIM'})"
    print(f"  {ours_label:34}{ours:9.2f} s   {base_label:32}{theirs:9.2f} s   "
          f"{ratio:6.1f}×{mark}", flush=True)
    if ours in CPU and theirs in CPU:  # extra line: CPU time, less swayed by other work
        print(f"  {'  CPU time':34}{CPU[ours]:9.2f} s   {'':32}{CPU[theirs]:9.2f} s   "
              f"{CPU[theirs] / CPU[ours]:6.1f}×", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,30000",
                        help="event counts, comma-separated (default 1000,10000,30000)")
    parser.add_argument("--baseline-max", type=int, default=30_000,
                        help="skip the python-docx/openpyxl baselines above this many events")
    parser.add_argument("--lo-max", type=int, default=10_000,
                        help="skip LibreOffice above this many events (it is the slowest)")
    parser.add_argument("--window", action="store_true",
                        help="also time the window's export and import (offscreen)")
    parser.add_argument("--repeat", type=_at_least_one, default=1,
                        help="runs of each export and import and of its baseline, in turns; "
                             "the median is shown (PDF and LibreOffice run once)")
    parser.add_argument("--baseline", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        BASELINES[args.baseline[0]](*args.baseline[1:])
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    # An installed program has its bytecode (pip and the bundle compile it); a checkout run
    # with PYTHONDONTWRITEBYTECODE would compile every module in every timed process.
    compileall.compile_dir(str(HERE.parent / "desktop_app"), quiet=1)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    runs = "one run each" if args.repeat == 1 else f"median of {args.repeat} runs each, in turns"
    print(f"whole processes, {runs}; load average at start {load:.1f} "
          f"on {os.cpu_count()} CPUs (other work on the machine adds to both sides)")
    results: dict[int, dict[str, tuple[float, float | None]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            results[n] = measure(n, Path(folder), args)
    if 1000 in results and 10000 in results:
        print("\ngrowth 1,000 → 10,000 events (aim ≤ 13×):")
        for kind in results[10000]:
            if "stall" in kind:  # a pause of the window, not work that grows with the rows
                continue
            ours10, base10 = results[10000][kind]
            ours1, base1 = results[1000][kind]
            base = f"   baseline {base10 / base1:5.1f}×" if base10 and base1 else ""
            mark = "ok" if ours10 / ours1 <= GROWTH_AIM else "ABOVE AIM"
            print(f"  {kind:34}{ours10 / ours1:6.1f}×  ({mark}){base}")
    if hasattr(os, "getloadavg"):
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
