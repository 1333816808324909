"""The monthly summary under SPEC §4's stable keys as JSON and CSV; the report command."""
from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

from loyalty.reports.monthly_summary import MonthlySummary, monthly_summary
from loyalty.shop import Shop
from loyalty.printing.summary_pdf import write_pdf
from pos.csv_files import csv_writer
from pos.storage.files import refuse_database_file

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


def to_json(s: MonthlySummary) -> str:
    body = ",\n".join(f"  {json.dumps(k)}: {_json_value(v)}" for k, v in figures(s))
    head = (f'  "month": "{s.year:04d}-{s.month:02d}",\n  "currency": {json.dumps(s.currency)},\n'
            f'  "ledger_seal": {json.dumps(s.ledger_seal)},\n')
    return "{\n" + head + body + "\n}\n"


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
    summary = monthly_summary(shop, year, month)
    write_pdf(summary, pdf_path, language or shop.settings.language)
    if csv_path is not None:
        refuse_database_file(csv_path).write_text(to_csv(summary), encoding="utf-8")
    if json_path is not None:
        refuse_database_file(json_path).write_text(to_json(summary), encoding="utf-8")
    return summary
