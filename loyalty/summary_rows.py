"""Rows the monthly summary shows in both its PDF and the reports window, built once."""
from __future__ import annotations

from loyalty.monthly_summary import MonthlySummary
from loyalty.summary_text import DASH, Formatter


def discount_extra_rows(s: MonthlySummary, t: dict[str, str], fmt: Formatter) -> list[tuple[str, str]]:
    """Discounts by the tier of the member who got them, then the month's coupons."""
    if s.tiers is None:
        rows = [(f"{t['by_tier_none']} ({t['no_tiers']})", DASH)]
    else:
        rows = [(t["by_tier"].format(tier=name), fmt.money(v)) for name, v in s.tiers.discounts]
    rows.append((t["coupons_redeemed"], fmt.number(s.discounts.coupons_redeemed)))
    rows.append((t["coupons_issued"], fmt.number(s.discounts.coupons_issued)))
    return rows


def tier_values(s: MonthlySummary, fmt: Formatter) -> tuple[str, str]:
    """('Silver 120 · Gold 30', '12 / 3'): holders at the month's end, upgrades / downgrades."""
    if s.tiers is None:
        return DASH, DASH
    holders = " · ".join(f"{name} {fmt.number(n)}" for name, n in s.tiers.distribution)
    return holders, f"{fmt.number(s.tiers.upgrades)} / {fmt.number(s.tiers.downgrades)}"
