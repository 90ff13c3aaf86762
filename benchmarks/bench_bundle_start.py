"""Start time of the built bundle: from process start to the window's first paint.

    xvfb-run -s '-screen 0 1366x768x24' python benchmarks/bench_bundle_start.py [--runs 5]

Starts dist/interreg/interreg on the reference report's database with
INTERREG_QUIT_AFTER_PAINT=1 (the window prints a marker at its first paint and quits), with an
empty environment, and times each start until that line. The first start warms the disk
cache and is reported apart; the figure to quote is the median of the warm ones. The same
measured for `python -m desktop_app` from this interpreter is the baseline (the pip route).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "interreg: window painted"


def start_once(program: list[str], db: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([*program, str(db)], stdout=subprocess.PIPE, text=True,
                               env={**env, "INTERREG_QUIT_AFTER_PAINT": "1"})
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed
    raise SystemExit(f"the window never painted (exit code {process.wait()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "interreg")
    args = parser.parse_args()
    program = args.bundle / ("interreg-cli.exe" if sys.platform == "win32" else "interreg")
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": "/usr/bin:/bin"}
        for name in ("DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            if os.environ.get(name):
                env[name] = os.environ[name]
        db = Path(home) / "база.interreg"
        subprocess.run([str(program), "demo", "--db", str(db)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        for label, command in (("bundle", [str(program)]),
                               ("python -m desktop_app", [sys.executable, "-m", "desktop_app"])):
            cold = start_once(command, db, env)
            warm = [start_once(command, db, env) for _ in range(args.runs)]
            print(f"{label}: first start {cold * 1000:.0f} ms; warm starts median "
                  f"{statistics.median(warm) * 1000:.0f} ms, min {min(warm) * 1000:.0f} ms, "
                  f"max {max(warm) * 1000:.0f} ms ({args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
