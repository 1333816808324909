"""Tier figures of the monthly summary on a real shop: holders, moves, discounts by tier."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

from builders import BREAD, MILK, basket_with, member_with_card, points_program, seed, sell
from loyalty.coupons import CouponTerms, generate_coupons
from loyalty.daily import run_daily
from loyalty.reports.period_summary import monthly_summary
from loyalty.model.program import (
    CouponPolicy, Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind)
from loyalty.reports.export import figures


def _program():
    tiers = TierProgram((Tier(TierId("silver"), "Silver", 0),
                         Tier(TierId("gold"), "Gold", 1_000_00, discount_bp=1_000)),
                        TierMetric.SPEND, TierWindow(WindowKind.CALENDAR_MONTH))
    return replace(points_program(), tiers=tiers, coupons=CouponPolicy())


def test_tier_holders_moves_and_discounts_by_hand(shop, clock) -> None:
    seed(shop, _program())
    anna, anna_card = member_with_card(shop)
    _, petr_card = member_with_card(shop, "Пётр", "+79123456780")
    sell(shop, basket_with(shop, (MILK, 12), card=anna_card))   # 1,068.00: Anna is gold now
    sell(shop, basket_with(shop, (BREAD, 2), card=anna_card))   # 11.00 off as gold
    sell(shop, basket_with(shop, (BREAD, 1), card=petr_card))   # Petr stays silver
    generate_coupons(shop.db, 5, CouponTerms(amount_minor=50_00), clock(), date(2026, 3, 10))
    march = monthly_summary(shop, 2026, 3)
    assert march.tiers.distribution == (("Silver", 1), ("Gold", 1))
    assert (march.tiers.upgrades, march.tiers.downgrades) == (1, 0)
    assert march.tiers.discounts == (("Silver", 0), ("Gold", 11_00))
    assert march.discounts.coupons_issued == 5
    clock.now = datetime(2026, 4, 1, 9, tzinfo=timezone.utc)
    run_daily(shop)   # March closed: Anna's March spend keeps her gold for April
    clock.now = datetime(2026, 5, 1, 9, tzinfo=timezone.utc)
    run_daily(shop)   # April closed with no spend: gold falls back to silver
    april, may = monthly_summary(shop, 2026, 4), monthly_summary(shop, 2026, 5)
    assert april.tiers.distribution == (("Silver", 1), ("Gold", 1))
    assert (may.tiers.distribution, may.tiers.downgrades) == ((("Silver", 2), ("Gold", 0)), 1)
    assert dict(figures(march))["discount_total_minor"] == 11_00


def test_a_recalculation_written_after_the_days_upgrade_counts_by_time(shop, clock) -> None:
    """On the 1st the sales come before the daily run: Petr's upgrade at 10:00 is written
    first, the recalculation dated midnight after it.  By time Petr ends May gold."""
    seed(shop, _program())
    _, anna_card = member_with_card(shop)
    _, petr_card = member_with_card(shop, "Пётр", "+79123456780")
    sell(shop, basket_with(shop, (MILK, 12), card=anna_card))   # March: Anna gold
    sell(shop, basket_with(shop, (BREAD, 1), card=petr_card))
    clock.now = datetime(2026, 4, 1, 9, tzinfo=timezone.utc)
    run_daily(shop)   # March closed: Anna stays gold for April
    clock.now = datetime(2026, 5, 1, 10, tzinfo=timezone.utc)
    sell(shop, basket_with(shop, (MILK, 12), card=petr_card))   # May 1st 10:00: Petr gold
    clock.now = datetime(2026, 5, 1, 11, tzinfo=timezone.utc)
    run_daily(shop)   # April closed with no spend: both dated back to midnight
    rows = shop.db.execute("SELECT member_id, tier_id, at FROM tier_changes "
                           "ORDER BY change_id").fetchall()
    assert [r[1] for r in rows[-3:]] == ["gold", "silver", "silver"]  # Petr's upgrade first
    assert rows[-1][2] < rows[-3][2]                                  # though dated later
    may = monthly_summary(shop, 2026, 5)
    assert may.tiers.distribution == (("Silver", 1), ("Gold", 1))
    assert (may.tiers.upgrades, may.tiers.downgrades) == (1, 1)      # Petr up, Anna down
