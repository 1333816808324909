"""The monthly summary's tables as rows of text, worded and formatted exactly as the PDF prints them."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from loyalty.reports.monthly_summary import MonthlySummary
from loyalty.reports.period_summary import PeriodSummary
from loyalty.reports.rows import discount_extra_rows, key_figure_rows, member_rows
from loyalty.reports.export import figures, month_key
from loyalty.text.summary import DASH, Formatter, period_texts, texts


@dataclass(frozen=True, slots=True)
class TextTable:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    bold_rows: tuple[int, ...] = ()


def _words(s: MonthlySummary, language: str) -> dict[str, str]:
    """A period's totals say "period" where a month says "month"."""
    return period_texts(language) if s.through is not None else texts(language)


def key_table(s: MonthlySummary, language: str) -> TextTable:
    t = _words(s, language)
    rows = tuple(key_figure_rows(s, t, Formatter(s.currency, language)))
    return TextTable((t["col_metric"], t["col_value"]), rows, (0,))


def roll_table(s: MonthlySummary, language: str) -> TextTable:
    t, fmt = _words(s, language), Formatter(s.currency, language)
    rows = [(t[r.key], fmt.number(r.points), fmt.money(r.money_minor)) for r in s.points_rows]
    rows.append((t["pending_closing"], fmt.number(s.roll.pending_closing),
                 fmt.money(s.pending_closing_minor)))
    rows.append((t["liability"], "", fmt.money(s.liability_closing_minor)))
    closing = len(s.points_rows) - 1
    return TextTable((t["col_item"], t["col_points"], t["col_money"]), tuple(rows),
                     (0, closing, closing + 2))


def identity_text(s: MonthlySummary, language: str) -> str:
    return texts(language)["identity_ok" if s.roll.holds() else "identity_bad"]


def sales_table(s: MonthlySummary, language: str) -> TextTable:
    t, fmt, a = texts(language), Formatter(s.currency, language), s.sales
    rows = (
        (t["receipts"], fmt.number(a.sales_count), fmt.number(a.sales_with_card_count),
         fmt.number(a.sales_count - a.sales_with_card_count)),
        (t["revenue"], fmt.money(a.revenue_net_minor), fmt.money(a.revenue_members_minor),
         fmt.money(a.revenue_non_members_minor)),
        (t["avg_check"], fmt.money(a.avg_check_minor), fmt.money(a.avg_check_members_minor),
         fmt.money(a.avg_check_non_members_minor)),
        (t["returns"], fmt.number(a.returns_count), "", ""),
        (t["card_usage"], "", fmt.pct(a.card_usage_rate_pct), ""),
        (t["members_share"], "", fmt.pct(a.members_share_of_revenue_pct), ""),
    )
    return TextTable(("", t["col_total"], t["col_card"], t["col_no_card"]), rows)


def discount_table(s: MonthlySummary, language: str) -> TextTable:
    t, fmt, d = _words(s, language), Formatter(s.currency, language), s.discounts
    rows = [(t.get(f"mech_{k}", k), fmt.money(v)) for k, v in d.by_mechanism]
    rows.append((t["discount_total"], fmt.money(d.total_minor)))
    rows += discount_extra_rows(s, t, fmt)
    return TextTable((t["col_mechanism"], t["col_money"]), tuple(rows), (len(d.by_mechanism),))


def members_table(s: MonthlySummary, language: str) -> TextTable:
    t, fmt = _words(s, language), Formatter(s.currency, language)
    rows = tuple(member_rows(s, t, fmt))
    return TextTable((t["col_metric"], t["col_value"], t["col_definition"]), rows)


def figures_table(s: MonthlySummary) -> TextTable:
    """The stable keys with their values exactly as the CSV writes them."""
    rows = tuple((key, "" if value is None else str(value)) for key, value in figures(s))
    return TextTable(("metric", "value"), rows)


def period_figures_table(p: PeriodSummary) -> TextTable:
    """The stable keys with a column per month and the total, as the period's CSV writes them."""
    columns = [dict(figures(m)) for m in (*p.months, p.total)]
    rows = tuple((key, *("" if c[key] is None else str(c[key]) for c in columns))
                 for key, _ in figures(p.total))
    return TextTable(("metric", *(month_key(m.year, m.month) for m in p.months), "total"), rows)


def report_table() -> QTableWidget:
    """A read-only table whose wrapped rows regrow whenever its columns change width."""
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def fit_height(table: QTableWidget) -> None:
    """Tall enough for every row, so a short table never scrolls."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth())


def fill(table: QTableWidget, data: TextTable, stretch_column: int = 0) -> None:
    """Show ``data`` read-only; numbers right-aligned, totals in bold."""
    table.clear()
    table.setColumnCount(len(data.header))
    table.setRowCount(len(data.rows))
    table.setHorizontalHeaderLabels(list(data.header))
    for r, row in enumerate(data.rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0 and c != stretch_column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r in data.bold_rows:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(len(data.header)):
        mode = (QHeaderView.ResizeMode.Stretch if c == stretch_column
                else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(c, mode)
    table.resizeRowsToContents()
