"""Mutation testing one module or package at a time: how many planted bugs the tests catch.

    python scripts/mutation.py [PATH ...] [-j N] [--keep] [--only FUNCTION ...]

PATH is a module or package under desktop_app/ (default: every target listed in
pyproject.toml's [tool.interreg.mutation.targets]). For each PATH, mutmut 3 runs
in a scratch copy of the project (.mutation/<name>/) with only that code mutated
and only the tests the table names for it, so one module takes minutes, not the
whole suite per mutant. Prints killed / survived / no tests / score per module.
``--only`` narrows a run to named functions or methods of PATH (fnmatch patterns,
e.g. ``--only _identity 'visible_*'``): a module whose full run takes hours can
still have its critical functions scored.

Mutants judged equivalent (no behaviour can tell them apart) or unreachable on
this platform (the Windows branch) are listed with a reason in docs/mutation.md;
they are counted in the «listed» column and left out of the second score only,
never dropped silently: «raw» counts them as not killed.

Needs the [mutation] extra: pip install -e '.[test,mutation]'.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRATCH = ROOT / ".mutation"
EQUIVALENTS = ROOT / "docs" / "mutation.md"
# mutmut's exit-code meanings (mutmut.stats.status_by_exit_code), folded into our columns.
KILLED_CODES = {1, 3, 24, -24, 152, 255, 36, 37}  # failed test, timeout, type check
SURVIVED_CODES = {0}
NO_TESTS_CODES = {5, 33}


@dataclass
class Tally:
    killed: int = 0
    survived: int = 0
    no_tests: int = 0
    equivalent: int = 0
    other: int = 0
    survivors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("killed", "survived", "no_tests", "equivalent", "other"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.survivors += other.survivors

    @property
    def raw_score(self) -> float:
        """Killed among all mutants that ran (equivalents counted as not killed)."""
        judged = self.killed + self.survived + self.no_tests + self.equivalent
        return 100.0 * self.killed / judged if judged else 0.0

    @property
    def score(self) -> float:
        """Killed among the mutants a test could kill (listed equivalents left out)."""
        judged = self.killed + self.survived + self.no_tests
        return 100.0 * self.killed / judged if judged else 0.0


def targets() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return config["tool"]["interreg"]["mutation"]["targets"]


def equivalent_mutants() -> set[str]:
    """Mutant names written in backticks at the start of a list item in docs/mutation.md."""
    if not EQUIVALENTS.exists():
        return set()
    return set(re.findall(r"^[-*]\s+`([^`]+__mutmut_\d+)`", EQUIVALENTS.read_text("utf-8"), re.M))


def _tests_for(path: str, table: dict[str, list[str]]) -> list[str]:
    """The tests the table names for PATH, or for the nearest package above it."""
    probe = path.rstrip("/")
    while probe:
        if probe in table:
            return table[probe]
        probe = probe.rpartition("/")[0]
    raise SystemExit(f"Нет тестов для «{path}» в [tool.interreg.mutation.targets] (pyproject.toml).")


def _scratch_copy(name: str) -> Path:
    """The project's files (tracked and new, not ignored) copied to .mutation/<name>/."""
    dest = SCRATCH / name
    shutil.rmtree(dest, ignore_errors=True)
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.decode().split("\0")
    for rel in filter(None, files):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


def _narrow_config(project: Path, path: str, tests: list[str]) -> None:
    """Rewrite [tool.mutmut] in the scratch copy: mutate only PATH, run only ``tests``."""
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    base = tomllib.loads(text)["tool"]["mutmut"]
    pattern = path if path.endswith(".py") else path.rstrip("/") + "/*"
    base["only_mutate"] = [pattern]
    base["pytest_add_cli_args_test_selection"] = tests
    lines = ["[tool.mutmut]"] + [f"{key} = {json.dumps(value, ensure_ascii=False)}"
                                 for key, value in base.items()]
    # Drop the original section (up to the next table header) and append the narrowed one.
    text = re.sub(r"^\[tool\.mutmut\]\n(?:(?!\[).*\n?)*", "", text, flags=re.M)
    pyproject.write_text(text.rstrip() + "\n\n" + "\n".join(lines) + "\n", "utf-8")


def mutant_patterns(functions: list[str]) -> list[str]:
    """mutmut's mutant-name patterns for functions or methods named by ``functions``.

    mutmut names a function's mutants «module.x_NAME__mutmut_N» and a method's
    «module.xǁClassǁNAME__mutmut_N»; nested functions belong to their outer function.
    """
    return [pattern for name in functions
            for pattern in (f"*.x_{name}__mutmut_*", f"*ǁ{name}__mutmut_*")]


def _selected(key: str, patterns: list[str]) -> bool:
    return not patterns or any(fnmatch.fnmatchcase(key, p) for p in patterns)


def _tally(project: Path, equivalents: set[str], patterns: list[str] | None = None,
           ) -> dict[str, Tally]:
    """Per source file, from mutmut's .meta files (one per mutated module).

    With ``patterns`` only the mutants they select are counted: the others of the
    module were not run and would otherwise show up as «other».
    """
    out: dict[str, Tally] = {}
    mutants = project / "mutants"
    for meta in sorted(mutants.rglob("*.py.meta")):
        module = meta.relative_to(mutants).as_posix().removesuffix(".meta")
        codes = json.loads(meta.read_text("utf-8")).get("exit_code_by_key", {})
        tally = Tally()
        for key, code in codes.items():
            if not _selected(key, patterns or []):
                continue
            if key in equivalents:
                tally.equivalent += 1
            elif code in KILLED_CODES:
                tally.killed += 1
            elif code in SURVIVED_CODES:
                tally.survived += 1
                tally.survivors.append(key)
            elif code in NO_TESTS_CODES:
                tally.no_tests += 1
                tally.survivors.append(key)
            else:
                tally.other += 1
        if tally.killed + tally.survived + tally.no_tests + tally.equivalent + tally.other:
            out[module] = tally
    return out


def _row(name: str, t: Tally) -> str:
    return (f"{name:<44} {t.killed:>6} {t.survived:>8} {t.no_tests:>8} {t.equivalent:>6} "
            f"{t.other:>5} {t.raw_score:>6.1f}% {t.score:>6.1f}%")


def run(path: str, jobs: int, keep: bool, show_survivors: bool, tally_only: bool = False,
        only: list[str] | None = None) -> Tally:
    name = re.sub(r"[^A-Za-z0-9]+", "_", path.removeprefix("desktop_app/")).strip("_")
    if only:  # its own scratch copy: a function run must not overwrite a module's results
        name += "__" + re.sub(r"[^A-Za-z0-9]+", "_", "_".join(only)).strip("_")
    patterns = mutant_patterns(only or [])
    if tally_only:  # count a kept run again, e.g. after listing an equivalent mutant
        return _print_tally(path, SCRATCH / name, show_survivors, patterns)
    tests = []
    for test in _tests_for(path, targets()):
        if (ROOT / test).exists():
            tests.append(test)
        else:  # e.g. measuring an older checkout that lacks a newer test file
            print(f"   нет файла тестов {test} — пропущен", flush=True)
    project = _scratch_copy(name)
    _narrow_config(project, path, tests)
    log = project / "mutmut.log"
    print(f"== {path}: tests {' '.join(tests)} (log: {log.relative_to(ROOT)})", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with log.open("w") as out:
        subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(jobs),
                        *patterns],
                       cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    if "failed to collect stats" in log.read_text(encoding="utf-8", errors="replace"):
        # The tests did not even run unmutated (a collection error, say): every mutant
        # would show as "other" and the score as 0 %, which reads like a result.
        print(f"Ошибка: тесты для {path} не прошли без мутаций, оценки нет (см. "
              f"{log.relative_to(ROOT)})", file=sys.stderr)
        raise SystemExit(1)
    total = _print_tally(path, project, show_survivors, patterns)
    if not keep:
        shutil.rmtree(project, ignore_errors=True)
    return total


def _print_tally(path: str, project: Path, show_survivors: bool,
                 patterns: list[str] | None = None) -> Tally:
    per_module = _tally(project, equivalent_mutants(), patterns)
    if not per_module:
        print(f"   {path}: no results in {project} (see its mutmut.log)")
    total = Tally()
    print(f"{'module':<44} {'killed':>6} {'survived':>8} {'no tests':>8} {'listed':>6} "
          f"{'other':>5} {'raw':>7} {'score':>7}")
    print("   (listed: equivalent or unreachable, see docs/mutation.md; "
          "score = killed / (killed + survived + no tests))")
    for module, tally in per_module.items():
        print(_row(module, tally))
        total.add(tally)
    if len(per_module) > 1:
        print(_row("total", total))
    if show_survivors:
        for key in total.survivors:
            print("   survived:", key)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="module or package, e.g. desktop_app/storage/backup.py")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="mutants tested in parallel (default 1: a shared machine)")
    parser.add_argument("--keep", action="store_true",
                        help="keep .mutation/<name>/ to inspect with «mutmut show NAME»")
    parser.add_argument("--survivors", action="store_true", help="list surviving mutants")
    parser.add_argument("--tally", action="store_true",
                        help="only count the results kept by an earlier --keep run")
    parser.add_argument("--only", nargs="+", metavar="FUNCTION",
                        help="mutate only these functions or methods of PATH (fnmatch patterns, "
                             "e.g. _identity 'visible_*')")
    args = parser.parse_args()
    paths = args.paths or list(targets())
    for path in paths:
        if not (ROOT / path).exists():
            print(f"Нет такого модуля или пакета: {path}", file=sys.stderr)
            return 2
    for path in paths:
        run(path, args.jobs, args.keep, args.survivors, args.tally, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
