"""The «Сроки» part of the event form: a phrase, or a kind with calendar dates.

The phrase the clerk types is what is stored; the kind combo and the date
edits are a second way to write it (picking them composes the canonical
phrase), and the label under the phrase shows how it was understood, so a
clerk sees at once that «29-31 января» means 29.01–31.01 of the report year.
The widgets themselves come from ui/event_form.ui; this class binds them.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit

from ..domain.periods import ReportPeriod
from ..domain.timing import (
    Timing,
    TimingKind,
    day_timing,
    month_timing,
    monthly_timing,
    parse_or_free_text,
    parse_timing,
    quarter_timing,
    weekly_timing,
    whole_period_timing,
)
from ..domain.timing_parse import TimingParseError

WARNING_STYLE = "color: #a15c00;"
PREVIEW_STYLE = "color: #2e5e1e;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class TimingEdit(QObject):
    """Keeps the phrase, the kind combo and the two date edits in step."""

    changed = Signal()

    def __init__(
        self,
        phrase_edit: QLineEdit,
        kind_combo: QComboBox,
        from_edit: QDateEdit,
        to_edit: QDateEdit,
        preview: QLabel,
        period: ReportPeriod,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._phrase = phrase_edit
        self._kind = kind_combo
        self._from = from_edit
        self._to = to_edit
        self._preview = preview
        self._period = period
        self._updating = False
        # True once the clerk works the kind combo or a calendar: only then are
        # the dates stops of the Tab chain. After a typed phrase they just show
        # how it was read, and Tab goes on to the place.
        self._calendar_route = False
        kinds = [
            (TimingKind.DAY, self.tr("один день")),
            (TimingKind.DAY_RANGE, self.tr("период")),
            (TimingKind.MONTH, self.tr("месяц")),
            (TimingKind.MONTH_RANGE, self.tr("несколько месяцев")),
            (TimingKind.QUARTER, self.tr("квартал")),
            (TimingKind.WHOLE_PERIOD, self.tr("весь период")),
            (TimingKind.MONTHLY, self.tr("ежемесячно")),
            (TimingKind.WEEKLY, self.tr("еженедельно")),
            (TimingKind.FREE_TEXT, self.tr("свой текст")),
        ]
        for kind, label in kinds:
            kind_combo.addItem(label, str(kind))
        for edit in (from_edit, to_edit):
            edit.setDate(_qdate(period.start))
        kind_combo.setCurrentIndex(kind_combo.findData(str(TimingKind.FREE_TEXT)))
        self._enable_dates(TimingKind.FREE_TEXT)
        phrase_edit.textChanged.connect(self._phrase_changed)
        kind_combo.activated.connect(self._picked)
        from_edit.dateChanged.connect(self._picked)
        to_edit.dateChanged.connect(self._picked)
        self._show(None, None)

    # -- what the form asks ------------------------------------------------

    @property
    def period(self) -> ReportPeriod:
        return self._period

    def set_period(self, period: ReportPeriod) -> None:
        """Read the phrase again for another period (it supplies the year)."""
        self._period = period
        self._phrase_changed(self._phrase.text())

    def phrase(self) -> str:
        return self._phrase.text().strip()

    def set_phrase(self, text: str) -> None:
        self._phrase.setText(text)  # textChanged re-reads it

    def result(self) -> tuple[Timing, str | None]:
        """The parsed timing and, for a phrase that could not be read, the warning."""
        timing, warning = parse_or_free_text(self.phrase(), self._period)
        return timing, (self._warning_text() if warning else None)

    def _missing_date(self) -> tuple[int, int, int] | None:
        """(year, month, day) when the phrase names a day the calendar lacks («29 февраля» 2021)."""
        try:
            parse_timing(self.phrase(), self._period)
        except TimingParseError as exc:
            return exc.missing_date
        return None

    # -- reacting ------------------------------------------------------------

    def _phrase_changed(self, _text: str) -> None:
        if self._updating:
            return
        self._calendar_route = False
        phrase = self.phrase()
        if not phrase:
            self._show(None, None)
        else:
            timing, warning = self.result()
            self._reflect(timing)
            self._show(timing, warning)
        self.changed.emit()

    def _picked(self, *_args: object) -> None:
        """The kind or a date was chosen: compose the canonical phrase from them."""
        if self._updating:
            return
        kind = TimingKind(self._kind.currentData())
        self._calendar_route = True
        self._enable_dates(kind)
        if kind is TimingKind.FREE_TEXT:
            self._phrase.setFocus()
            self._phrase.selectAll()
            return
        timing = self._from_widgets(kind)
        self._updating = True
        try:
            self._phrase.setText(timing.phrase(self._period))
            self._reflect(timing)
        finally:
            self._updating = False
        self._show(timing, None)
        self.changed.emit()

    def _from_widgets(self, kind: TimingKind) -> Timing:
        start, end = _pydate(self._from.date()), _pydate(self._to.date())
        if kind is TimingKind.DAY:
            return day_timing(start)
        if kind is TimingKind.DAY_RANGE:
            # A range needs two different days; nudge the end rather than refuse.
            return day_timing(start, end if end > start else start + timedelta(days=1))
        if kind is TimingKind.MONTH:
            return month_timing(start)
        if kind is TimingKind.MONTH_RANGE:
            if (end.year, end.month) <= (start.year, start.month):
                end = date(start.year + start.month // 12, start.month % 12 + 1, 1)
            return month_timing(start, end)
        if kind is TimingKind.QUARTER:
            return quarter_timing(start.year, (start.month - 1) // 3 + 1)
        if kind is TimingKind.MONTHLY:
            return monthly_timing(self._period)
        if kind is TimingKind.WEEKLY:
            return weekly_timing(self._period)
        return whole_period_timing(self._period)

    def _reflect(self, timing: Timing) -> None:
        """Show a parsed phrase in the combo and date edits without re-composing it."""
        was = self._updating
        self._updating = True
        try:
            self._kind.setCurrentIndex(self._kind.findData(str(timing.kind)))
            self._from.setDate(_qdate(timing.start))
            self._to.setDate(_qdate(timing.end))
            self._enable_dates(timing.kind)
        finally:
            self._updating = was

    def _enable_dates(self, kind: TimingKind) -> None:
        two = kind in (TimingKind.DAY_RANGE, TimingKind.MONTH_RANGE)
        one = two or kind in (TimingKind.DAY, TimingKind.MONTH, TimingKind.QUARTER)
        self._from.setEnabled(one)
        self._to.setEnabled(two)
        # Inside a date edit Tab steps day → month → year as Qt does it.
        policy = Qt.FocusPolicy.StrongFocus if self._calendar_route else Qt.FocusPolicy.ClickFocus
        for edit in (self._from, self._to):
            edit.setFocusPolicy(policy)

    # -- the line under the phrase ---------------------------------------------

    def _warning_text(self) -> str:
        missing = self._missing_date()
        if missing is not None:
            year, month, day = missing
            return self.tr(
                "Даты {0} не существует (в этом месяце {1} дн.) — проверьте число. Пока сроки "
                "сохранятся как написано и будут отнесены ко всему отчётному периоду."
            ).format(f"{day:02d}.{month:02d}.{year}", calendar.monthrange(year, month)[1])
        return self.tr(
            "Сроки не распознаны — они сохранятся как написано и будут отнесены ко всему "
            "отчётному периоду. Так программа понимает: «5 февраля», «29-31 января», "
            "«20 февраля – 13 марта», «январь – март», «I квартал», «ежемесячно»."
        )

    def _show(self, timing: Timing | None, warning: str | None) -> None:
        label = self._preview
        if timing is None:
            label.setStyleSheet("")
            label.setText(
                self.tr("Напишите сроки или выберите вид и даты — здесь будет видно, как они поняты.")
            )
            return
        if warning:
            label.setStyleSheet(WARNING_STYLE)
            label.setText("⚠ " + warning)
            return
        fmt = "%d.%m.%Y"
        if timing.start == timing.end:
            days = timing.start.strftime(fmt)
        else:
            days = self.tr("с {0} по {1}").format(
                timing.start.strftime(fmt), timing.end.strftime(fmt)
            )
        text = self.tr("Понято как: «{0}», {1}").format(timing.phrase(self._period), days)
        if not timing.overlaps(self._period):
            label.setStyleSheet(WARNING_STYLE)
            text += self.tr(" — ⚠ вне отчётного периода ({0})").format(
                self._period.section_title
            )
        else:
            label.setStyleSheet(PREVIEW_STYLE)
        label.setText(text)
