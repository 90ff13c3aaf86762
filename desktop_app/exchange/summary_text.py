"""The summary as plain text for the terminal (``interreg summary`` without a format)."""

from __future__ import annotations

from ..domain.summary import Summary

__all__ = ["summary_lines"]


def summary_lines(summary: Summary) -> list[str]:
    lines = [summary.title, f"Всего мероприятий: {summary.total}"]
    if summary.previous_period is not None:
        lines[-1] += f" (год назад, {summary.previous_period.title}: {summary.previous_total})"
    for _kind, title, rows in summary.sections():
        lines += ["", f"{title}:"]
        width = max((len(r.label) for r in rows), default=0)
        for row in rows:
            line = f"  {row.label.ljust(width)}  {row.events:>5}"
            if row.previous is not None:
                line += f"  (год назад: {row.previous})"
            if row.is_gap:
                line += "  — нет мероприятий"
            if row.expires_this_year:
                line += "  — истекает в этом году"
            lines.append(line)
    if summary.without_agreement:
        lines += ["", f"Мероприятий без соглашения: {summary.without_agreement}"]
    return lines
