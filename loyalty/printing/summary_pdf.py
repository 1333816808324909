"""MonthlySummary → A4 PDF for the bookkeeper: key figures, tables, charts, at-risk list."""
from __future__ import annotations

import io
from html import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from loyalty.reports.monthly_summary import MonthlySummary
from loyalty.reports.rows import discount_extra_rows, key_figure_rows, member_rows
from loyalty.text.summary import DASH, Formatter, texts
from pos.clock import local_date
from pos.printing.fonts import FontNames, register_fonts
from pos.money import minor_digits
from pos.wording import date_text, moment_text, month_name

AT_RISK_ROWS = 100
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
_HEAD = colors.HexColor("#e6e9ef")
_LINE = colors.HexColor("#9aa3b0")
_BLUE, _GREY = colors.HexColor("#2f6db5"), colors.HexColor("#b8c0cc")
_GREEN, _ORANGE = colors.HexColor("#3a9a5b"), colors.HexColor("#e08a2c")
_CHART_HEIGHT = 62 * mm


def render_pdf(summary: MonthlySummary, language: str) -> bytes:
    """The report; ``invariant`` keeps the bytes identical for identical figures."""
    fonts = register_fonts()
    t = texts(language)
    fmt = Formatter(summary.currency, language)
    buffer = io.BytesIO()
    title = f"{t['title']} — {month_name(summary.month, language)} {summary.year}"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=title,
                            author=summary.shop_name, invariant=1,
                            # reportlab otherwise starts each page in Helvetica: no Cyrillic
                            initialFontName=fonts.regular)
    story = _story(summary, t, fmt, fonts, language)
    footer = f"{summary.shop_name} · {title}"
    doc.build(story, canvasmaker=numbered_canvas(t["page"], footer, fonts.regular))
    return buffer.getvalue()


def styles(fonts: FontNames) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9, leading=12)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5,
                                textColor=colors.HexColor("#444b55")),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=18,
                                leading=22),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.bold, fontSize=8, leading=10),
        "value": ParagraphStyle("value", parent=base, fontSize=8.5, leading=11, alignment=2),
        "head_right": ParagraphStyle("head_right", parent=base, fontName=fonts.bold, fontSize=8,
                                     leading=10, alignment=2),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.bold, fontSize=12.5, leading=16,
                             spaceBefore=8, spaceAfter=4),
    }


def _story(s: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts: FontNames,
           language: str) -> list:
    st = styles(fonts)
    month = month_name(s.month, language)
    story = [Paragraph(t["title"], st["title"]),
             Paragraph(t["subtitle"].format(month=month, year=s.year, shop=s.shop_name),
                       st["subtitle"]),
             Paragraph(_period(s, t, fmt), st["small"]), *in_progress_note(s, t, st, fmt.language),
             Spacer(1, 3 * mm), Paragraph(t["key_figures"], st["h2"]), key_table(s, t, fmt, fonts, st),
             Spacer(1, 3 * mm), Paragraph(t["roll_title"], st["h2"]),
             roll_table(s, t, fmt, fonts), Spacer(1, 2 * mm),
             Paragraph(t["identity_ok" if s.roll.holds() else "identity_bad"], st["small"]),
             Paragraph(t["generated"], st["small"]),
             Paragraph(t["seal"].format(month=f"{s.year:04d}-{s.month:02d}", seal=s.ledger_seal),
                       st["small"]), PageBreak(),
             Paragraph(t["discounts_title"], st["h2"]), *discount_flow(s, t, fmt, fonts, st),
             CondPageBreak(60 * mm), Paragraph(t["sales_title"], st["h2"]),
             sales_table(s, t, fmt, fonts), Spacer(1, 2 * mm),
             Paragraph(t["card_note"], st["small"]), CondPageBreak(90 * mm),
             Paragraph(t["members_title"], st["h2"]), members_table(s, t, fmt, fonts, st),
             PageBreak(), Paragraph(t["charts_title"], st["h2"]),
             *_charts(s, t, fonts, language), CondPageBreak(45 * mm),
             Paragraph(t["at_risk_title"], st["h2"]), *_at_risk_flow(s, t, fmt, fonts, st)]
    return story


def in_progress_note(s: MonthlySummary, t: dict[str, str],
                     st: dict[str, ParagraphStyle], language: str) -> list:
    """The current month's warning that its figures stop at the moment it was made."""
    if s.in_progress_until is None:
        return []
    moment = moment_text(s.in_progress_until, s.timezone, language)
    return [Paragraph(t["in_progress"].format(moment=moment), st["h2"])]


def _period(s: MonthlySummary, t: dict[str, str], fmt: Formatter) -> str:
    last_day = s.days[-1].day if s.days else None
    first_day = s.days[0].day if s.days else None
    return t["period"].format(start=date_text(first_day, fmt.language) if first_day else "",
                              end=date_text(last_day, fmt.language) if last_day else "",
                              tz=s.timezone, days=s.inactivity_days,
                              value=fmt.point_value(s.point_value_minor))


def grid(rows: list[list], widths: list[float], fonts: FontNames, *, header: bool = True,
           bold_rows: tuple[int, ...] = (), right_from: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("FONT", (0, 0), (-1, -1), fonts.regular, 8.5),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, _LINE),
             ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), _HEAD),
                  ("FONT", (0, 0), (-1, 0), fonts.bold, 8.5)]
    style += [("FONT", (0, r), (-1, r), fonts.bold, 8.5) for r in bold_rows]
    table.setStyle(TableStyle(style))
    return table


def key_table(s: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts: FontNames,
               st: dict[str, ParagraphStyle]) -> Table:
    pairs = key_figure_rows(s, t, fmt)
    half = (len(pairs) + 1) // 2
    cells = [(Paragraph(k, st["base"]), v) for k, v in pairs]
    rows = [[*cells[i], *(cells[i + half] if i + half < len(cells) else ("", ""))]
            for i in range(half)]
    table = grid(rows, [WIDTH * 0.32, WIDTH * 0.18] * 2, fonts, header=False)
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "LEFT"),
                               ("FONT", (1, 0), (1, -1), fonts.bold, 9.5),
                               ("FONT", (3, 0), (3, -1), fonts.bold, 9.5),
                               ("LEFTPADDING", (2, 0), (2, -1), 12)]))
    return table


def roll_table(s: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts: FontNames) -> Table:
    rows = [[t["col_item"], t["col_points"], t["col_money"]]]
    rows += [[t[r.key], fmt.number(r.points), fmt.money(r.money_minor)] for r in s.points_rows]
    rows.append([t["pending_closing"], fmt.number(s.roll.pending_closing),
                 fmt.money(s.pending_closing_minor)])
    rows.append([t["liability"], "", fmt.money(s.liability_closing_minor)])
    closing = len(s.points_rows)
    return grid(rows, [WIDTH * 0.56, WIDTH * 0.2, WIDTH * 0.24], fonts,
                  bold_rows=(1, closing, closing + 2))


def discount_flow(s: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts: FontNames,
                   st: dict[str, ParagraphStyle]) -> list:
    d = s.discounts
    rows = [[t["col_mechanism"], t["col_money"]]]
    rows += [[t.get(f"mech_{k}", k), fmt.money(v)] for k, v in d.by_mechanism]
    rows.append([t["discount_total"], fmt.money(d.total_minor)])
    rows += [list(row) for row in discount_extra_rows(s, t, fmt)]
    flow = [grid(rows, [WIDTH * 0.7, WIDTH * 0.3], fonts,
                   bold_rows=(len(d.by_mechanism) + 1,))]
    if not d.by_mechanism:
        flow.append(Paragraph(t["no_discounts"], st["small"]))
    return flow


def sales_table(s: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts: FontNames) -> Table:
    a = s.sales
    rows = [["", t["col_total"], t["col_card"], t["col_no_card"]],
            [t["receipts"], fmt.number(a.sales_count), fmt.number(a.sales_with_card_count),
             fmt.number(a.sales_count - a.sales_with_card_count)],
            [t["revenue"], fmt.money(a.revenue_net_minor), fmt.money(a.revenue_members_minor),
             fmt.money(a.revenue_non_members_minor)],
            [t["avg_check"], fmt.money(a.avg_check_minor), fmt.money(a.avg_check_members_minor),
             fmt.money(a.avg_check_non_members_minor)],
            [t["returns"], fmt.number(a.returns_count), "", ""],
            [t["card_usage"], "", fmt.pct(a.card_usage_rate_pct), ""],
            [t["members_share"], "", fmt.pct(a.members_share_of_revenue_pct), ""]]
    return grid(rows, [WIDTH * 0.34] + [WIDTH * 0.22] * 3, fonts)


def members_table(s: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts: FontNames,
                   st: dict[str, ParagraphStyle]) -> Table:
    rows = [[t["col_metric"], t["col_value"], t["col_definition"]]]
    # a long value (the tier distribution) wraps in its column instead of running left
    rows += [[Paragraph(name, st["base"]), Paragraph(value, st["value"]),
              Paragraph(definition, st["small"])]
             for name, value, definition in member_rows(s, t, fmt)]
    table = grid(rows, [WIDTH * 0.3, WIDTH * 0.17, WIDTH * 0.53], fonts)
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "LEFT")]))
    return table


def _at_risk_flow(s: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts: FontNames,
                  st: dict[str, ParagraphStyle]) -> list:
    flow = [Paragraph(t["risk_intro"].format(count=len(s.at_risk)), st["small"]),
            Spacer(1, 2 * mm)]
    if not s.at_risk:
        return flow + [Paragraph(t["risk_none"], st["base"])]
    heads = ["col_member", "col_card_no", "col_purchases", "col_last", "col_interval",
             "col_since", "col_lifetime"]
    # headings wrap inside their column rather than run into the next one
    rows = [[Paragraph(t[h], st["head" if i < 2 else "head_right"]) for i, h in enumerate(heads)]]
    for a in s.at_risk[:AT_RISK_ROWS]:
        # a long name wraps in its column instead of running into the card number
        name = escape(f"#{a.member_id} {a.name or t['anonymous']}", quote=False)
        rows.append([Paragraph(name, st["base"]),
                     a.card_number or DASH,
                     fmt.number(a.purchases),
                     date_text(local_date(a.last_purchase_at, s.timezone), fmt.language),
                     fmt.number(a.usual_interval_days), fmt.number(a.days_since_last),
                     fmt.money(a.lifetime_net_minor)])
    # a head breaks only between words: "Purchases" in bold needs 0.13 of the width, "Прошло," 0.11
    widths = [0.22, 0.155, 0.13, 0.13, 0.11, 0.11, 0.145]
    flow.append(grid(rows, [WIDTH * w for w in widths], fonts, right_from=2))
    if len(s.at_risk) > AT_RISK_ROWS:
        flow.append(Paragraph(t["risk_more"].format(count=len(s.at_risk) - AT_RISK_ROWS),
                              st["small"]))
    return flow


# -- charts: whole numbers plotted (roubles, percent); the drawing's own floats stay in reportlab

def _charts(s: MonthlySummary, t: dict[str, str], fonts: FontNames, language: str) -> list:
    unit = 10 ** minor_digits(s.currency)
    days = [str(d.day.day) for d in s.days]
    revenue = _bar_drawing(
        t["chart_revenue"].format(currency=s.currency), days,
        [[d.revenue_card_minor // unit for d in s.days],
         [d.revenue_no_card_minor // unit for d in s.days]],
        [(_BLUE, t["legend_card"]), (_GREY, t["legend_no_card"])], fonts)
    points = _bar_drawing(
        t["chart_points"], days, [[d.points_earned for d in s.days],
                                  [d.points_redeemed for d in s.days]],
        [(_GREEN, t["legend_earned"]), (_ORANGE, t["legend_redeemed"])], fonts)
    months = [f"{month_name(p.month, language, short=True)} {p.year % 100:02d}"
              for p in s.trend]
    trend = Drawing(WIDTH, _CHART_HEIGHT)
    half = WIDTH / 2
    _line_chart(trend, 0, half - 6, t["chart_active"], months,
                [p.active_end for p in s.trend], _BLUE, fonts)
    # a whole percent is a point of the chart's height: finer is not drawn
    _line_chart(trend, half + 6, half - 6, t["chart_retention"], months,
                [None if p.retention_rate_pct is None else round(p.retention_rate_pct)
                 for p in s.trend], _GREEN, fonts, top=100)
    return [revenue, Spacer(1, 5 * mm), points, Spacer(1, 5 * mm), trend, Spacer(1, 4 * mm)]


def _value_axis(axis, fonts: FontNames, values: list[int | None], top: int | None) -> None:
    axis.labels.fontName, axis.labels.fontSize = fonts.regular, 6.5
    axis.gridStrokeColor, axis.gridStrokeWidth, axis.visibleGrid = _GREY, 0.25, 1
    known = [v for v in values if v is not None]
    axis.valueMin = min([0.0, *known])
    # a scale of at least 0…10 keeps whole-number tick labels distinct in a quiet month
    axis.valueMax = top if top is not None else max(10.0, max(known, default=0) * 1.1)
    axis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", " ")


def _bar_drawing(title: str, categories: list[str], series: list[list[int]],
                 legend: list[tuple], fonts: FontNames) -> Drawing:
    drawing = Drawing(WIDTH, _CHART_HEIGHT)
    drawing.add(String(0, _CHART_HEIGHT - 10, title, fontName=fonts.bold, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 16
    chart.width, chart.height = WIDTH - 48, _CHART_HEIGHT - 42
    chart.data = series
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = fonts.regular, 6
    chart.categoryAxis.labels.dy = -2
    # day numbers stay under the plot even when a day's net is negative (a big return)
    chart.categoryAxis.labelAxisMode = "low"
    _value_axis(chart.valueAxis, fonts, [v for row in series for v in row], None)
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 2, 0
    for i, (colour, _) in enumerate(legend):
        chart.bars[i].fillColor = colour
    drawing.add(chart)
    drawing.add(_legend(legend, fonts, WIDTH - 150, _CHART_HEIGHT - 6))
    return drawing


def _legend(pairs: list[tuple], fonts: FontNames, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y, legend.alignment = x, y, "right"
    legend.colorNamePairs = pairs
    legend.fontName, legend.fontSize = fonts.regular, 7
    legend.columnMaximum, legend.dx, legend.dy, legend.deltax = 1, 7, 7, 75
    legend.strokeColor = None
    return legend


def _line_chart(drawing: Drawing, x: float, width: float, title: str, categories: list[str],
                values: list[int | None], colour: colors.Color, fonts: FontNames,
                top: int | None = None) -> None:
    drawing.add(String(x, _CHART_HEIGHT - 10, title, fontName=fonts.bold, fontSize=9))
    chart = HorizontalLineChart()
    # room below for the slanted month names
    chart.x, chart.y = x + 30, 24
    chart.width, chart.height = width - 34, _CHART_HEIGHT - 50
    chart.data = [values]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = fonts.regular, 5.5
    chart.categoryAxis.labels.angle, chart.categoryAxis.labels.boxAnchor = 30, "ne"
    _value_axis(chart.valueAxis, fonts, values, top)
    chart.lines[0].strokeColor, chart.lines[0].strokeWidth = colour, 1.5
    if sum(v is not None for v in values) < 2:
        chart.lines[0].strokeColor = None  # reportlab cannot stroke a line of one point
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=colour)
    drawing.add(chart)


def numbered_canvas(label: str, footer: str, font: str) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print 'page n of N' on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._held:
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.setFillColor(colors.HexColor("#666d78"))
                self.drawString(MARGIN, 10 * mm, footer)
                self.drawRightString(A4[0] - MARGIN, 10 * mm, label.format(
                    page=self._pageNumber, pages=len(self._held)))
                super().showPage()
            super().save()

    return NumberedCanvas
