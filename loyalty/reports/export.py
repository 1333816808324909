"""The monthly summary under SPEC §4's stable keys as JSON and CSV, for a month or a period
(a column per month and a total); the report command."""
from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

from loyalty.reports.monthly_summary import MonthlySummary
from loyalty.reports.period_summary import (
    PeriodSummary, collector_paused, monthly_summary, period_summary)
from loyalty.shop import Shop
from loyalty.printing.period_pdf import render_period_pdf
from loyalty.printing.summary_pdf import render_pdf
from pos.csv_files import csv_writer
from pos.storage.files import StagedOutputs, check_distinct, check_output

Value = int | Decimal | None

STABLE_KEYS = (
    "points_opening", "points_earned_purchase", "points_earned_welcome",
    "points_earned_birthday", "points_earned_referral", "points_earned_mission",
    "points_redeemed", "points_expired", "points_adjusted", "points_reversed",
    "points_closing", "points_pending_closing", "liability_closing_minor",
    "discount_total_minor", "sales_count", "sales_with_card_count", "returns_count",
    "revenue_net_minor", "revenue_members_minor", "avg_check_members_minor",
    "avg_check_non_members_minor", "card_usage_rate_pct", "members_share_of_revenue_pct",
    "active_start", "active_end", "retained", "retention_rate_pct", "churn_rate_pct",
    "new_members", "enrolled_members", "buying_members", "returning_members",
    "loyalty_index_pct", "existing_customers_sales_share_pct",
    "repeat_purchase_rate_pct", "ltv_minor", "pareto_top20_share_pct",
)

_SALES_KEYS = STABLE_KEYS[STABLE_KEYS.index("sales_count"):STABLE_KEYS.index("active_start")]
_MEMBER_KEYS = STABLE_KEYS[STABLE_KEYS.index("active_start"):]


def figures(s: MonthlySummary) -> tuple[tuple[str, Value], ...]:
    """Every stable key with its value, in the order SPEC §4 lists them."""
    r = s.roll
    values: dict[str, Value] = {"points_opening": r.opening}
    values.update((f"points_earned_{kind}", points) for kind, points in r.earned)
    values.update(
        points_redeemed=r.redeemed, points_expired=r.expired, points_adjusted=r.adjusted,
        points_reversed=r.reversed, points_closing=r.closing,
        points_pending_closing=r.pending_closing,
        liability_closing_minor=s.liability_closing_minor,
        discount_total_minor=s.discounts.total_minor)
    values.update((k, getattr(s.sales, k)) for k in _SALES_KEYS)
    values.update((k, getattr(s.members, k)) for k in _MEMBER_KEYS)
    return tuple((k, values[k]) for k in STABLE_KEYS)


def _json_value(v: Value) -> str:
    # written by hand so a percentage keeps its two decimals ("95.00", not 95.0)
    return "null" if v is None else str(v)


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _json_body(s: MonthlySummary, indent: str) -> str:
    return ",\n".join(f"{indent}{json.dumps(k)}: {_json_value(v)}" for k, v in figures(s))


def to_json(s: MonthlySummary) -> str:
    head = (f'  "month": "{month_key(s.year, s.month)}",\n  "currency": {json.dumps(s.currency)},'
            f'\n  "in_progress": {json.dumps(s.in_progress)},\n'
            f'  "ledger_seal": {json.dumps(s.ledger_seal)},\n')
    return "{\n" + head + _json_body(s, "  ") + "\n}\n"


def period_to_json(p: PeriodSummary) -> str:
    """``months``: each month under its key with every stable key; ``total``: the same keys
    for the whole period (flows summed, opening the first month's, closing the last's,
    rates the period's own)."""
    first, last = p.months[0], p.months[-1]
    running = [month_key(m.year, m.month) for m in p.months if m.in_progress]
    head = (f'  "from": "{month_key(first.year, first.month)}",\n'
            f'  "to": "{month_key(last.year, last.month)}",\n'
            f'  "currency": {json.dumps(first.currency)},\n'
            f'  "in_progress": {json.dumps(running[0] if running else None)},\n')
    months = ",\n".join(f'    "{month_key(m.year, m.month)}": {{\n{_json_body(m, "      ")}\n    }}'
                         for m in p.months)
    return ("{\n" + head + '  "months": {\n' + months + "\n  },\n"
            + '  "total": {\n' + _json_body(p.total, "    ") + "\n  }\n}\n")


def period_to_csv(p: PeriodSummary) -> str:
    """``metric,YYYY-MM,…,YYYY-MM,total``: a column per month, then the period's total."""
    out = io.StringIO()
    writer = csv_writer(out, lineterminator="\n")
    writer.writerow(("metric", *(month_key(m.year, m.month) for m in p.months), "total"))
    columns = [dict(figures(m)) for m in p.months] + [dict(figures(p.total))]
    for key in STABLE_KEYS:
        writer.writerow((key, *("" if c[key] is None else str(c[key]) for c in columns)))
    return out.getvalue()


def to_csv(s: MonthlySummary) -> str:
    """``metric,value``; a figure that does not exist (no sales, no members) is left empty."""
    out = io.StringIO()
    writer = csv_writer(out, lineterminator="\n")
    writer.writerow(("metric", "value"))
    for key, value in figures(s):
        writer.writerow((key, "" if value is None else str(value)))
    return out.getvalue()


def write_report(shop: Shop, year: int, month: int, pdf_path: str | Path,
                 csv_path: str | Path | None = None, json_path: str | Path | None = None,
                 language: str | None = None) -> MonthlySummary:
    """Compute the month once and write the PDF and, when asked, the CSV and JSON."""
    _check_paths(pdf_path, csv_path, json_path)
    with collector_paused():  # the PDF's thousands of drawing objects too
        summary = monthly_summary(shop, year, month)
        _write_files(render_pdf(summary, language or shop.settings.language),
                     ((pdf_path, None), (csv_path, to_csv), (json_path, to_json)), summary)
    return summary


def write_period_report(shop: Shop, first: tuple[int, int], last: tuple[int, int],
                        pdf_path: str | Path, csv_path: str | Path | None = None,
                        json_path: str | Path | None = None,
                        language: str | None = None) -> PeriodSummary:
    """Read the period once and write its PDF (a page per month and the totals) and, when
    asked, the CSV and JSON with a column per month and a total."""
    _check_paths(pdf_path, csv_path, json_path)
    with collector_paused():
        period = period_summary(shop, first, last)
        _write_files(render_period_pdf(period, language or shop.settings.language),
                     ((pdf_path, None), (csv_path, period_to_csv), (json_path, period_to_json)),
                     period)
    return period


def _check_paths(*paths: str | Path | None) -> None:
    """Before the figures are read: every file may be written, none named twice."""
    chosen = [Path(p) for p in paths if p is not None]
    for path in chosen:
        check_output(path)
    check_distinct(chosen)


def _write_files(pdf: bytes, targets, figures) -> None:
    """The PDF and each asked-for file, all written or none, 0600 (the PDF lists members at
    risk by name and card), never the shop's own database (on POSIX, closing another handle
    of it would drop the program's SQLite locks)."""
    with StagedOutputs() as stage:
        for path, render in targets:
            if path is not None:
                stage.write(path, pdf if render is None else render(figures))
