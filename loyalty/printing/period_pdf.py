"""PeriodSummary → A4 PDF: the period's totals and its month-by-month chain first, then a
page per month (key figures, roll-forward, members)."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from loyalty.printing.summary_pdf import (
    MARGIN, grid, in_progress_note, key_table, members_table, numbered_canvas, roll_table,
    styles)
from loyalty.reports.monthly_summary import MonthlySummary
from loyalty.reports.period_summary import PeriodSummary
from loyalty.text.summary import Formatter, period_texts, texts
from pos.wording import month_name
from pos.printing.fonts import register_fonts

_PAGE = A4
_WIDTH = _PAGE[0] - 2 * MARGIN


def _is_year(period: PeriodSummary) -> bool:
    """January to December, or January to the current month of a year still running."""
    first, last = period.months[0], period.months[-1]
    return first.month == 1 and first.year == last.year and (
        last.month == 12 or last.in_progress)


def period_title(period: PeriodSummary, language: str) -> str:
    """'Year 2025' for a calendar year, 'January 2025 – March 2025' for another run."""
    t = texts(language)
    first, last = period.months[0], period.months[-1]
    if _is_year(period):
        return t["year_subtitle"].format(year=first.year)
    return t["period_subtitle"].format(first=f"{month_name(first.month, language)} {first.year}",
                                       last=f"{month_name(last.month, language)} {last.year}")


def render_period_pdf(period: PeriodSummary, language: str) -> bytes:
    fonts = register_fonts()
    t, tp = texts(language), period_texts(language)
    total = period.total
    fmt = Formatter(total.currency, language)
    subtitle = period_title(period, language)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=_PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=subtitle,
                            author=total.shop_name, invariant=1,
                            initialFontName=fonts.regular)
    st = styles(fonts)
    story = [Paragraph(t["period_title"], st["title"]),
             Paragraph(f"{subtitle} · {total.shop_name}", st["subtitle"]),
             *[p for m in period.months for p in in_progress_note(m, t, st, language)],
             Spacer(1, 3 * mm), Paragraph(t["period_total"], st["h2"]),
             key_table(total, tp, fmt, fonts, st), Spacer(1, 2 * mm),
             roll_table(total, tp, fmt, fonts), Spacer(1, 2 * mm),
             Paragraph(t["identity_ok" if total.roll.holds() else "identity_bad"], st["small"]),
             PageBreak(), Paragraph(t["period_chain"], st["h2"]),
             _chain_table(period, t, fmt, fonts, st, language), Spacer(1, 2 * mm),
             Paragraph(t["period_chain_ok"], st["small"]), Spacer(1, 3 * mm),
             Paragraph(t["period_sales"], st["h2"]),
             _sales_by_month(period, t, fmt, fonts, st, language), PageBreak(),
             Paragraph(t["members_title"], st["h2"]),
             Paragraph(t["period_members_note"], st["small"]), Spacer(1, 2 * mm),
             members_table(total, tp, fmt, fonts, st)]
    for month in period.months:
        story += [PageBreak(), *_month_page(month, t, fmt, fonts, st, language)]
    doc.build(story, canvasmaker=numbered_canvas(t["page"], f"{total.shop_name} · {subtitle}",
                                                 fonts.regular))
    return buffer.getvalue()


def _short(m: MonthlySummary, language: str) -> str:
    return f"{month_name(m.month, language, short=True)} {m.year % 100:02d}"


def _chain_table(period: PeriodSummary, t: dict[str, str], fmt: Formatter, fonts, st,
                 language: str):
    """Months as rows: opening, what came in and went out, closing; the total row last."""
    keys = ("opening", "earned", "redeemed", "expired", "adjusted", "reversed", "closing")
    head = [t["col_month"], *(t["earned_total" if k == "earned" else f"chain_{k}"] for k in keys)]
    rows = [[Paragraph(h, st["head" if i == 0 else "head_right"]) for i, h in enumerate(head)]]
    for m in (*period.months, period.total):
        r = m.roll
        label = t["col_total"] if m is period.total else _short(m, language)
        rows.append([label, *(fmt.number(v) for v in (
            r.opening, sum(p for _, p in r.earned), r.redeemed, r.expired, r.adjusted,
            r.reversed, r.closing))])
    widths = [_WIDTH * 0.1] + [_WIDTH * 0.9 / 7] * 7
    return grid(rows, widths, fonts, bold_rows=(len(rows) - 1,))


def _sales_by_month(period: PeriodSummary, t: dict[str, str], fmt: Formatter, fonts, st,
                    language: str):
    head = [t["col_month"], t["receipts"], t["revenue"], t["discount_total_short"],
            t["card_usage"], t["active_end"]]
    rows = [[Paragraph(h, st["head" if i == 0 else "head_right"]) for i, h in enumerate(head)]]
    for m in (*period.months, period.total):
        label = t["col_total"] if m is period.total else _short(m, language)
        rows.append([label, fmt.number(m.sales.sales_count),
                     fmt.money(m.sales.revenue_net_minor), fmt.money(m.discounts.total_minor),
                     fmt.pct(m.sales.card_usage_rate_pct), fmt.number(m.members.active_end)])
    widths = [_WIDTH * 0.16, _WIDTH * 0.14, _WIDTH * 0.2, _WIDTH * 0.18, _WIDTH * 0.16,
              _WIDTH * 0.16]
    return grid(rows, widths, fonts, bold_rows=(len(rows) - 1,))


def _month_page(m: MonthlySummary, t: dict[str, str], fmt: Formatter, fonts, st,
                language: str) -> list:
    title = t["month_page"].format(month=month_name(m.month, language), year=m.year)
    return [Paragraph(title, st["title"]), *in_progress_note(m, t, st, language), Spacer(1, 2 * mm),
            key_table(m, t, fmt, fonts, st), Spacer(1, 2 * mm),
            roll_table(m, t, fmt, fonts)]
