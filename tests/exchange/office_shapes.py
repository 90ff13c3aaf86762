"""Reports laid out the way other offices lay them out, built in code with their expected events.

Each :class:`OfficeShape` is a document (paragraphs and tables, or an Excel
sheet) made from the same six events in a different layout: other header
words, a two-row header with merges, agreements as section rows, the
department in a column or as a heading above each table or not at all, date
and place in one cell, a register with real date cells and numeric counts,
«Итого» rows, text before and after the table. :func:`expected` gives, per
shape, what every field of each event must be after import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.entities import EventStatus

CULTURE = "Департамент Смоленской области по культуре"
ECONOMY = "Департамент экономического развития Смоленской области"
BELARUS = ("Соглашение между Администрацией Смоленской области и Правительством Республики "
           "Беларусь о сотрудничестве от 12.03.2015 № 15")
BELARUS_NEW = ("Соглашение между Администрацией Смоленской области и Правительством Республики "
               "Беларусь о сотрудничестве от 01.02.2019 № 27")
KALUGA = ("Соглашение между Администрацией Смоленской области и Правительством Калужской "
          "области о торгово-экономическом сотрудничестве")


@dataclass(frozen=True)
class Ev:
    dept: str
    agreement: str
    title: str
    timing: str  # as an office writes it
    start: date
    end: date
    place: str
    ours: str  # participants from our region
    theirs: str  # participants from the partner
    count: int
    partner: str
    result: str
    note: str
    status: EventStatus


EVENTS = [
    Ev(CULTURE, BELARUS, "Дни белорусской культуры в Смоленске", "12.03.2021",
       date(2021, 3, 12), date(2021, 3, 12), "г. Смоленск", "120 человек", "30 человек", 150,
       "Республика Беларусь", "Проведены концерты и выставка мастеров", "выполнено",
       EventStatus.DONE),
    Ev(CULTURE, BELARUS, "Выставка народных промыслов", "15.03.2021 – 17.03.2021",
       date(2021, 3, 15), date(2021, 3, 17), "г. Минск", "12 мастеров", "40 мастеров", 52,
       "Республика Беларусь", "Представлены работы смоленских мастеров", "",
       EventStatus.DONE),
    Ev(CULTURE, BELARUS_NEW, "Семинар по развитию туризма", "февраль 2021 г.",
       date(2021, 2, 1), date(2021, 2, 28), "г. Витебск", "5 человек", "7 человек", 12,
       "Республика Беларусь", "", "перенесено на II квартал 2021 года", EventStatus.POSTPONED),
    Ev(ECONOMY, KALUGA, "Бизнес-миссия смоленских предприятий в Калугу", "I квартал",
       date(2021, 1, 1), date(2021, 3, 31), "г. Калуга", "15 предпринимателей",
       "20 предпринимателей", 35, "Калужская область", "", "не выполнено", EventStatus.NOT_DONE),
    Ev(ECONOMY, KALUGA, "Переговоры о поставках продукции", "18.01–19.01.2021",
       date(2021, 1, 18), date(2021, 1, 19), "г. Смоленск", "4 человека", "3 человека", 7,
       "Калужская область", "Подписан протокол о намерениях", "выполнено", EventStatus.DONE),
    Ev(ECONOMY, KALUGA, "Заседание рабочей группы", "20 января 2021 г.",
       date(2021, 1, 20), date(2021, 1, 20), "г. Калуга", "6 человек", "6 человек", 12,
       "Калужская область", "", "отменено", EventStatus.NOT_DONE),
]
# What the printed «Участники» says of an event whose file gives only its count.
COUNT_AS_PARTICIPANTS = {150: "Всего 150 участников", 52: "Всего 52 участника",
                         12: "Всего 12 участников", 35: "Всего 35 участников",
                         7: "Всего 7 участников"}
TITLE = "Информация о ходе выполнения соглашений о межрегиональном сотрудничестве"
PERIOD = "за I квартал 2021 года"
ADDRESSEE = "Министерство экономического развития Смоленской области"
SIGNATURE = "Начальник департамента                    И.И. Иванов"


# --- a small layout language: cells that span or continue the cell above ---------

@dataclass(frozen=True)
class Span:
    text: str
    width: int


class Down:
    """The lower part of a vertically merged cell."""


DOWN = Down()
Cell = str | Span | Down | date | int | None


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]


@dataclass
class OfficeShape:
    """A document: paragraphs (str) and tables (lists of rows), or sheets for Excel."""

    name: str
    kind: str  # docx | xlsx
    blocks: list[Any]
    fields: tuple[str, ...]  # the fields this layout carries
    department_given: bool = True
    participants: Callable[[Ev], str] = lambda e: f"{e.ours}; {e.theirs}"
    place: Callable[[Ev], str] = lambda e: e.place
    extra_sheets: list[Sheet] = field(default_factory=list)
    freeze: bool = False
    only: Callable[[Ev], bool] = lambda e: True  # the events the document holds
    note: Callable[[Ev], str] = lambda e: e.note
    status: Callable[[Ev], EventStatus] = lambda e: e.status

    def build(self, folder: Path) -> Path:
        path = folder / f"{self.name}.{self.kind}"
        (_build_docx if self.kind == "docx" else _build_xlsx)(path, self)
        return path


def _text(cell: Cell) -> str:
    if isinstance(cell, Span):
        return cell.text
    if isinstance(cell, date):
        return f"{cell:%d.%m.%Y}"
    return "" if cell is None or isinstance(cell, Down) else str(cell)


def _build_docx(path: Path, shape: OfficeShape) -> None:
    import docx

    document = docx.Document()
    for block in shape.blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        width = max(sum(c.width if isinstance(c, Span) else 1 for c in row) for row in block)
        table = document.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        tops: dict[int, Any] = {}
        for row in block:
            cells = table.add_row().cells
            col = 0
            for cell in row:
                span = cell.width if isinstance(cell, Span) else 1
                target = cells[col].merge(cells[col + span - 1]) if span > 1 else cells[col]
                if isinstance(cell, Down):
                    tops[col] = tops[col].merge(target)
                else:
                    lines = _text(cell).split("\n")
                    target.paragraphs[0].add_run(lines[0])
                    for line in lines[1:]:
                        target.add_paragraph(line)
                    tops[col] = target
                col += span
    document.save(path)


def _build_xlsx(path: Path, shape: OfficeShape) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    r = 1
    header_row = 0
    for block in shape.blocks:
        if isinstance(block, str):
            ws.cell(r, 1, block)
            r += 1
            continue
        header_row = header_row or r
        downs: dict[int, int] = {}  # column → the row its merge starts at
        for row in block:
            c = 1
            for cell in row:
                span = cell.width if isinstance(cell, Span) else 1
                if isinstance(cell, Down):
                    downs.setdefault(c, r - 1)
                else:
                    if c in downs:
                        ws.merge_cells(start_row=downs.pop(c), start_column=c, end_row=r - 1,
                                       end_column=c)
                    value = cell.text if isinstance(cell, Span) else cell
                    if value is not None and value != "":
                        ws.cell(r, c, value).alignment = wrap
                    if span > 1:
                        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span - 1)
                c += span
            r += 1
        for c, start in downs.items():
            ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        ws.auto_filter.ref = f"A{header_row}:{chr(64 + len(block[0]))}{r - 1}"
    if shape.freeze:
        ws.freeze_panes = ws.cell(header_row + 1, 1)
    for sheet in shape.extra_sheets:
        other = wb.create_sheet(sheet.name)
        for row in sheet.rows:
            other.append([_text(c) for c in row])
    wb.save(path)


# --- the shapes ---------------------------------------------------------------------

def _by_dept() -> list[tuple[str, list[Ev]]]:
    out: list[tuple[str, list[Ev]]] = []
    for e in EVENTS:
        if not out or out[-1][0] != e.dept:
            out.append((e.dept, []))
        out[-1][1].append(e)
    return out


def _numbers(width: int) -> list[Cell]:
    return [str(n) for n in range(1, width + 1)]


def plan_with_agreement_sections() -> OfficeShape:
    """A five-column execution report: agreements as numbered merged rows, department as a column."""
    rows: list[list[Cell]] = [["№ п/п", "Наименование мероприятия", "Срок исполнения",
                               "Ответственный исполнитель", "Отметка о выполнении"], _numbers(5)]
    agreement, n = None, 0
    sections = 0
    for e in EVENTS:
        if e.agreement != agreement:
            sections += 1
            rows.append([Span(f"{sections}. {e.agreement}", 5)])
            agreement = e.agreement
        n += 1
        rows.append([f"{sections}.{n}.", e.title, e.timing, e.dept, e.note])
    return OfficeShape("plan-agreement-sections", "docx",
                       [ADDRESSEE, TITLE, PERIOD, rows, SIGNATURE],
                       ("dept", "agreement", "title", "dates", "note"))


def two_row_header() -> OfficeShape:
    """Dates in two columns and participants in two, under merged parents; department sections."""
    rows: list[list[Cell]] = [
        ["№", "Соглашение", "Мероприятие", Span("Сроки проведения", 2), "Место проведения",
         Span("Участники", 2), "Результат", "Примечание"],
        [DOWN, DOWN, DOWN, "начала", "окончания", DOWN, "от Смоленской области",
         "от субъекта-партнёра", DOWN, DOWN],
        _numbers(10),
    ]
    n = 0
    for dept, events in _by_dept():
        rows.append([Span(dept, 10)])
        for e in events:
            n += 1
            rows.append([str(n), e.agreement, e.title, e.start, e.end, e.place, e.ours,
                         e.theirs, e.result, e.note])
    return OfficeShape("two-row-header", "docx", [TITLE + " " + PERIOD, rows],
                       ("dept", "agreement", "title", "dates", "place", "participants",
                        "result", "note"),
                       participants=lambda e: f"от Смоленской области: {e.ours}\n"
                                              f"от субъекта-партнёра: {e.theirs}")


def table_per_department() -> OfficeShape:
    """A heading paragraph above each department's table, «Итого» rows, a signature below."""
    blocks: list[Any] = [ADDRESSEE, f"{TITLE} {PERIOD}"]
    for dept, events in _by_dept():
        rows: list[list[Cell]] = [["N п/п", "Наименование соглашения", "Наименование мероприятия",
                                   "Дата проведения", "Место проведения", "Участники",
                                   "Итоги", "Примечание"]]
        for n, e in enumerate(events, 1):
            rows.append([f"{n}.", e.agreement, e.title, e.timing, e.place,
                         f"{e.ours}; {e.theirs}", e.result, e.note])
        rows.append(["Итого", "", f"{len(events)} мероприятия", "", "", "", "", ""])
        blocks += [dept, rows]
    blocks += ["* сведения приведены по данным департаментов", SIGNATURE]
    return OfficeShape("table-per-department", "docx", blocks,
                       ("dept", "agreement", "title", "dates", "place", "participants",
                        "result", "note"))


def combined_timing_place() -> OfficeShape:
    """«Срок и место проведения» in one cell, the title in the table's first row, no department."""
    events = [e for e in EVENTS if e.dept == ECONOMY]
    rows: list[list[Cell]] = [
        [Span(f"Отчет о реализации соглашений {PERIOD}", 7)],
        ["№ п/п", "В рамках соглашения", "Мероприятие", "Срок и место проведения",
         "Участники (общее количество, представители регионов)",
         "Содержание (краткая информация о достигнутых договоренностях)", "Примечание"],
    ]
    for n, e in enumerate(events, 1):
        rows.append([str(n), e.agreement, e.title, f"{e.timing}\n{e.place}",
                     f"{e.ours}; {e.theirs}", e.result, e.note])
    return OfficeShape("combined-timing-place", "docx", [rows],
                       ("dept", "agreement", "title", "dates", "place", "participants",
                        "result", "note"), department_given=False)


def dotted_numbers_partner_column() -> OfficeShape:
    """Agreement sections without numbers, «1.1.» numbering, a partner column, an unknown column."""
    rows: list[list[Cell]] = [["№\nп/п", "Субъект РФ / иностранное государство",
                               "Наименование мероприятия", "Сроки", "Место", "Источник "
                               "финансирования", "Информация о выполнении", "Примечание"]]
    agreement, a, n = None, 0, 0
    rows.append([Span("I квартал 2021 года", 8)])
    for dept, events in _by_dept():
        rows.append([Span(dept, 8)])
        for e in events:
            if e.agreement != agreement:
                a, n = a + 1, 0
                rows.append([Span(e.agreement, 8)])
                agreement = e.agreement
            n += 1
            rows.append([f"{a}.{n}.", e.partner, e.title, e.timing, e.place, "областной бюджет",
                         e.result, e.note])
    return OfficeShape("dotted-numbers-partner", "docx", [TITLE, PERIOD, rows],
                       ("dept", "agreement", "partner", "title", "dates", "place", "result",
                        "note"))


def soft_hyphens_and_notes() -> OfficeShape:
    """Header words broken by soft hyphens and line breaks, notes in parentheses, «No»."""
    rows: list[list[Cell]] = [[
        "No", "Соглашение, в рамках которого\nпроведено мероприятие",
        "Наиме\u00adнование меро\u00adприятия", "Срок прове-\nдения",
        "Место проведения\n(город, площадка)", "Участники (всего, в том числе от партнёра)",
        "Содержание и результат (договорённости, подписанные документы)",
        "Примечание (причины невыполнения)", "Исполнитель"]]
    for n, e in enumerate(EVENTS, 1):
        rows.append([str(n), e.agreement, e.title, e.timing, e.place, f"{e.ours}; {e.theirs}",
                     e.result, e.note, e.dept])
    return OfficeShape("soft-hyphens-notes", "docx", [TITLE, PERIOD, rows],
                       ("dept", "agreement", "title", "dates", "place", "participants",
                        "result", "note"))


def excel_register() -> OfficeShape:
    """A register: real date cells, numeric counts, autofilter, frozen panes, a reference sheet."""
    rows: list[list[Cell]] = [["№", "Орган исполнительной власти", "Наименование соглашения",
                               "Регион-партнёр", "Наименование мероприятия", "Дата начала",
                               "Дата окончания", "Место проведения", "Количество участников",
                               "Информация о выполнении", "Отметка о выполнении"]]
    for n, e in enumerate(EVENTS, 1):
        rows.append([n, e.dept, e.agreement, e.partner, e.title,
                     datetime.combine(e.start, datetime.min.time()),
                     datetime.combine(e.end, datetime.min.time()), e.place, e.count,
                     e.result, e.note])
    lists = Sheet("Справочники", [["Органы власти"], [CULTURE], [ECONOMY], ["Регионы"],
                                 ["Республика Беларусь"], ["Калужская область"]])
    return OfficeShape("excel-register", "xlsx", [f"Реестр мероприятий {PERIOD}", rows],
                       ("dept", "agreement", "partner", "title", "dates", "place", "count",
                        "result", "note"), extra_sheets=[lists], freeze=True)


def excel_two_row_header() -> OfficeShape:
    """An Excel report with a vertically merged two-row header and department sections."""
    rows: list[list[Cell]] = [
        ["№ п/п", "Соглашение", "Наименование мероприятия", Span("Срок проведения", 2),
         "Место", Span("Участники", 2), "Содержание и результат", "Примечание"],
        [DOWN, DOWN, DOWN, "дата начала", "дата окончания", DOWN, "от Смоленской области",
         "от субъекта-партнёра", DOWN, DOWN],
    ]
    n = 0
    for dept, events in _by_dept():
        rows.append([Span(dept, 10)])
        for e in events:
            n += 1
            rows.append([n, e.agreement, e.title, datetime.combine(e.start, datetime.min.time()),
                         datetime.combine(e.end, datetime.min.time()), e.place, e.ours,
                         e.theirs, e.result, e.note])
    rows.append([Span("Всего", 2), f"{n} мероприятий", "", "", "", "", "", "", ""])
    return OfficeShape("excel-two-row-header", "xlsx", [TITLE, PERIOD, rows],
                       ("dept", "agreement", "title", "dates", "place", "participants",
                        "result", "note"),
                       participants=lambda e: f"от Смоленской области: {e.ours}\n"
                                              f"от субъекта-партнёра: {e.theirs}")


def excel_agreement_sections() -> OfficeShape:
    """An Excel plan: department column, agreements as merged rows, phrases for dates."""
    rows: list[list[Cell]] = [["№ п/п", "Мероприятие", "Сроки", "Ответственный исполнитель",
                               "Примечание"], _numbers(5)]
    agreement, n = None, 0
    for e in EVENTS:
        if e.agreement != agreement:
            rows.append([Span(f"Соглашение: {e.agreement}", 5)])
            agreement = e.agreement
        n += 1
        rows.append([n, e.title, e.timing, e.dept, e.note])
    return OfficeShape("excel-agreement-sections", "xlsx", [TITLE, PERIOD, rows],
                       ("dept", "agreement", "title", "dates", "note"))


def excel_merged_agreement_column() -> OfficeShape:
    """Agreement cells merged down over their events, department sections, a «Итого» row."""
    rows: list[list[Cell]] = [["№", "Соглашение", "Наименование", "Период", "Место",
                               "Участники", "Итоги", "Примечание"]]
    n = 0
    for dept, events in _by_dept():
        rows.append([Span(dept, 8)])
        agreement = None
        for e in events:
            n += 1
            cell: Cell = DOWN if e.agreement == agreement else e.agreement
            agreement = e.agreement
            rows.append([n, cell, e.title, e.timing, e.place, f"{e.ours}; {e.theirs}",
                         e.result, e.note])
    rows.append(["Итого", "", "", "", "", "", "", ""])
    return OfficeShape("excel-merged-agreements", "xlsx", [f"{TITLE} {PERIOD}", rows],
                       ("dept", "agreement", "title", "dates", "place", "participants",
                        "result", "note"))


def docx_partner_participants() -> OfficeShape:
    """A plan of measures: partner column, «Количество участников», department in a column."""
    rows: list[list[Cell]] = [["№", "Департамент", "Соглашение", "Партнёр", "Мероприятие",
                               "Дата проведения", "Количество участников", "Итоги",
                               "Статус"]]
    for n, e in enumerate(EVENTS, 1):
        rows.append([str(n), e.dept, e.agreement, e.partner, e.title, e.timing, str(e.count),
                     e.result, e.note])
    return OfficeShape("docx-partner-count", "docx", [f"План мероприятий {PERIOD}", rows],
                       ("dept", "agreement", "partner", "title", "dates", "count", "result",
                        "note"))


# An approval block laid out as a table above the report: not the report.
APPROVAL: list[list[Cell]] = [
    ["СОГЛАСОВАНО", "", "", "", "УТВЕРЖДАЮ", ""],
    ["Начальник департамента", "", "", "", "Заместитель Губернатора Смоленской области", ""],
    ["_________ И.И. Иванов", "", "", "", "_________ П.П. Петров", ""],
]


def plan_agreement_in_title() -> OfficeShape:
    """A plan for one agreement, named only in the title; the year as the period; approval table."""
    events = [e for e in EVENTS if e.agreement == KALUGA]
    rows: list[list[Cell]] = [["№\nп/п", "Наименование мероприятия", "Срок исполнения",
                               "Ответственный исполнитель", "Отметка о выполнении"]]
    for n, e in enumerate(events, 1):
        rows.append([f"{n}.", e.title, e.timing, e.dept, e.note])
    title = "План мероприятий по реализации Соглашения" + KALUGA.removeprefix("Соглашение")
    return OfficeShape("plan-agreement-in-title", "docx",
                       [APPROVAL, title + " на 2021 год", rows, SIGNATURE],
                       ("dept", "agreement", "title", "dates", "note"),
                       only=lambda e: e.agreement == KALUGA)


def _three_row_header(kind: str) -> OfficeShape:
    """A header over three rows: «Сроки и место» over «сроки» over «начало/окончание»."""
    rows: list[list[Cell]] = [
        ["№ п/п", "Наименование соглашения", "Наименование мероприятия",
         Span("Сроки и место проведения", 3), Span("Участники", 2), "Примечание"],
        [DOWN, DOWN, DOWN, Span("сроки", 2), "место", Span("в том числе", 2), DOWN],
        [DOWN, DOWN, DOWN, "начало", "окончание", DOWN, "от области", "от партнёра", DOWN],
        _numbers(9),
    ]
    for n, e in enumerate(EVENTS, 1):
        rows.append([str(n), e.agreement, e.title, e.start, e.end, e.place, e.ours, e.theirs,
                     e.note])
    return OfficeShape(f"three-row-header-{kind}", kind, [f"{TITLE} {PERIOD}", rows],
                       ("agreement", "title", "dates", "place", "participants", "note"),
                       department_given=False,
                       participants=lambda e: f"от области: {e.ours}\nот партнёра: {e.theirs}")


def three_row_header_docx() -> OfficeShape:
    return _three_row_header("docx")


def three_row_header_xlsx() -> OfficeShape:
    return _three_row_header("xlsx")


def contents_as_title() -> OfficeShape:
    """«Содержание мероприятия» is the title; «По Соглашению …» sections; «Кол-во участников»."""
    rows: list[list[Cell]] = [["№", "Содержание мероприятия", "Дата", "Место проведения",
                               "Кол-во участников", "Примечание"]]
    agreement = None
    for n, e in enumerate((e for e in EVENTS if e.dept == ECONOMY), 1):
        if e.agreement != agreement:
            rows.append([Span("По " + e.agreement.replace("Соглашение", "Соглашению", 1), 6)])
            agreement = e.agreement
        rows.append([str(n), e.title, e.timing, e.place, str(e.count), e.note])
    return OfficeShape("contents-as-title", "docx", [f"Отчет {PERIOD}", rows],
                       ("agreement", "title", "dates", "place", "count", "note"),
                       department_given=False, only=lambda e: e.dept == ECONOMY)


def sections_with_colons() -> OfficeShape:
    """Department sections ending in a colon, «1)» numbers, an «Исполнители» column."""
    rows: list[list[Cell]] = [["№", "Соглашение", "Мероприятия", "Сроки реализации",
                               "Исполнители", "Результат", "Место"]]
    for dept, events in _by_dept():
        rows.append([Span(dept + ":", 7)])
        for n, e in enumerate(events, 1):
            rows.append([f"{n})", e.agreement, e.title, e.timing, dept, e.result, e.place])
    return OfficeShape("sections-with-colons", "docx", [TITLE, PERIOD, rows],
                       ("dept", "agreement", "title", "dates", "result", "place"),
                       note=lambda e: "", status=lambda e: EventStatus.DONE)


# --- headers where two columns read as one field: the import asks, never picks ------------

def competing_titles(kind: str = "docx") -> OfficeShape:
    """«Наименование» (of the agreement, as it turns out) beside «Наименование мероприятия»."""
    rows: list[list[Cell]] = [["№", "Наименование", "Наименование мероприятия", "Сроки",
                               "Место проведения", "Примечание", "Исполнитель"]]
    for n, e in enumerate(EVENTS, 1):
        rows.append([str(n), e.agreement, e.title, e.timing, e.place, e.note, e.dept])
    return OfficeShape(f"competing-titles-{kind}", kind, [f"{TITLE} {PERIOD}", rows],
                       ("dept", "agreement", "title", "dates", "place", "note"))


PLANNED = "I квартал 2021 г."  # what a plan's «Срок исполнения» says of every event


def competing_dates(kind: str = "xlsx") -> OfficeShape:
    """«Срок исполнения» (the plan's quarter) and «Дата проведения» (the day it took place)."""
    rows: list[list[Cell]] = [["№", "Соглашение", "Мероприятие", "Срок исполнения",
                               "Дата проведения", "Место", "Департамент"]]
    for n, e in enumerate(EVENTS, 1):
        rows.append([n, e.agreement, e.title, PLANNED, e.timing, e.place, e.dept])
    return OfficeShape(f"competing-dates-{kind}", kind, [f"{TITLE} {PERIOD}", rows],
                       ("dept", "agreement", "title", "dates", "place"),
                       note=lambda e: "", status=lambda e: EventStatus.DONE)


SHAPES: list[Callable[[], OfficeShape]] = [
    plan_with_agreement_sections, two_row_header, table_per_department, combined_timing_place,
    dotted_numbers_partner_column, soft_hyphens_and_notes, excel_register, excel_two_row_header,
    excel_agreement_sections, excel_merged_agreement_column, docx_partner_participants,
    plan_agreement_in_title, three_row_header_docx, three_row_header_xlsx, contents_as_title,
    sections_with_colons,
]


def expected(shape: OfficeShape) -> dict[str, dict[str, Any]]:
    """Title → every field the event must have after import, for the events the shape holds."""
    has = set(shape.fields)
    out = {}
    if shape.department_given:
        events = [e for e in EVENTS if shape.only(e)]
    elif shape.name.startswith("three-row"):
        events = list(EVENTS)  # every event, all under the department given on import
    else:
        events = [e for e in EVENTS if e.dept == ECONOMY and shape.only(e)]
    for e in events:
        out[e.title] = {
            "department": e.dept if shape.department_given else ECONOMY,
            "agreements": [e.agreement],
            "starts_on": e.start,
            "ends_on": e.end,
            "place": shape.place(e) if "place" in has else "",
            "participants": shape.participants(e) if "participants" in has
            else COUNT_AS_PARTICIPANTS[e.count] if "count" in has else "",
            "participants_count": e.count if "count" in has else None,
            "participant_regions": [e.partner] if "partner" in has else [],
            "result": e.result if "result" in has else "",
            "note": shape.note(e),
            "status": shape.status(e),
        }
    return out
