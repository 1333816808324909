"""Rows the monthly summary shows in both its PDF and the reports window, built once."""
from __future__ import annotations

from loyalty.reports.monthly_summary import MonthlySummary
from loyalty.text.summary import DASH, Formatter


def discount_extra_rows(s: MonthlySummary, t: dict[str, str], fmt: Formatter) -> list[tuple[str, str]]:
    """Discounts by the tier of the member who got them, then the month's coupons."""
    if s.tiers is None:
        rows = [(f"{t['by_tier_none']} ({t['no_tiers']})", DASH)]
    else:
        rows = [(t["by_tier"].format(tier=name), fmt.money(v)) for name, v in s.tiers.discounts]
    rows.append((t["coupons_redeemed"], fmt.number(s.discounts.coupons_redeemed)))
    rows.append((t["coupons_issued"], fmt.number(s.discounts.coupons_issued)))
    return rows


def key_figure_rows(s: MonthlySummary, t: dict[str, str], fmt: Formatter) -> list[tuple[str, str]]:
    """(metric, value) of the key figures at the top of the report, the same on paper and on screen."""
    m, sa = s.members, s.sales
    return [
        (t["liability"], fmt.money(s.liability_closing_minor)),
        (t["closing"], fmt.number(s.roll.closing)),
        (t["revenue"], fmt.money(sa.revenue_net_minor)),
        (t["discount_total_short"], fmt.money(s.discounts.total_minor)),
        (t["receipts"], fmt.number(sa.sales_count)),
        (t["card_usage"], fmt.pct(sa.card_usage_rate_pct)),
        (t["members_share"], fmt.pct(sa.members_share_of_revenue_pct)),
        (t["avg_check"], fmt.money(sa.avg_check_minor)),
        (t["active_start"], fmt.number(m.active_start)),
        (t["active_end"], fmt.number(m.active_end)),
        (t["retention"], fmt.pct(m.retention_rate_pct)),
        (t["churn"], fmt.pct(m.churn_rate_pct)),
        (t["buying_members"], fmt.number(m.buying_members)),
        (t["ltv"], fmt.money(m.ltv_minor)),
    ]


def tier_values(s: MonthlySummary, fmt: Formatter) -> tuple[str, str]:
    """('Silver 120 · Gold 30', '12 / 3'): holders at the month's end, upgrades / downgrades."""
    if s.tiers is None:
        return DASH, DASH
    holders = " · ".join(f"{name} {fmt.number(n)}" for name, n in s.tiers.distribution)
    return holders, f"{fmt.number(s.tiers.upgrades)} / {fmt.number(s.tiers.downgrades)}"


def member_rows(s: MonthlySummary, t: dict[str, str], fmt: Formatter) -> list[tuple[str, str, str]]:
    """(metric, value, one-line definition) of each member metric, in the report's order."""
    m = s.members
    items = [
        ("active_start", fmt.number(m.active_start), "def_active"),
        ("active_end", fmt.number(m.active_end), "def_active"),
        ("retained", fmt.number(m.retained), "def_retained"),
        ("retention", fmt.pct(m.retention_rate_pct), "def_retention"),
        ("churn", fmt.pct(m.churn_rate_pct), "def_churn"),
        ("new_members", fmt.number(m.new_members), "def_new"),
        ("enrolled_members", fmt.number(m.enrolled_members), "def_enrolled"),
        ("buying_members", fmt.number(m.buying_members), "def_buying"),
        ("returning_members", fmt.number(m.returning_members), "def_returning"),
        ("loyalty_index", fmt.pct(m.loyalty_index_pct), "def_loyalty"),
        ("existing_share", fmt.pct(m.existing_customers_sales_share_pct), "def_existing"),
        ("repeat_rate", fmt.pct(m.repeat_purchase_rate_pct), "def_repeat"),
        ("ltv", fmt.money(m.ltv_minor), "def_ltv"),
        ("pareto", fmt.pct(m.pareto_top20_share_pct), "def_pareto"),
        ("tier_distribution", tier_values(s, fmt)[0], "def_tiers"),
        ("tier_moves", tier_values(s, fmt)[1], "def_tiers"),
    ]
    return [(t[k], v, t[d].format(days=s.inactivity_days)) for k, v, d in items]
