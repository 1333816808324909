"""The summary's arithmetic on plain values: SPEC §4 worked examples and each definition's edges."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

import pytest

from loyalty.ledger.ledger import roll_forward
from loyalty.reports.member_metrics import (
    active_at, at_risk, ltv_minor, nps, pareto_share, pct, retention_rates)
from loyalty.reports.monthly_summary import discount_figures, points_rows, sales_figures, trend
from loyalty.storage.summary_store import MechanismDiscount, MemberHistory, Purchase, ReceiptRow

T0 = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def row(no: int, kind: str, net: int, member: int | None = None, discount: int = 0,
        original: int | None = None) -> ReceiptRow:
    return ReceiptRow(no, T0, kind, original, member, net + discount, discount, net)


def test_spec_retention_example() -> None:
    assert retention_rates(1_000, 950) == (Decimal("95.00"), Decimal("5.00"))
    assert str(retention_rates(1_000, 950)[0]) == "95.00"


def test_spec_nps_example() -> None:
    scores = [10] * 300 + [9] * 300 + [8] * 150 + [7] * 50 + [6] * 120 + [0] * 80  # 1,000
    assert nps(scores) == 40
    assert nps([]) is None
    with pytest.raises(ValueError):
        nps([11])


@pytest.mark.parametrize("part, whole, expected", [
    (1, 3, "33.33"), (2, 3, "66.67"), (1, 8, "12.50"), (0, 5, "0.00"), (-2, 9, "-22.22"),
    (5, 5, "100.00")])
def test_percentages_round_half_up_to_two_places(part: int, whole: int, expected: str) -> None:
    assert str(pct(part, whole)) == expected


def test_no_division_by_zero() -> None:
    assert pct(3, 0) is None
    assert retention_rates(0, 0) == (None, None)


def test_active_window_is_open_at_its_start_and_closed_at_its_end() -> None:
    ps = [Purchase(1, day(0), 1), Purchase(2, day(10), 1)]
    assert active_at(ps, day(90), timedelta(days=90)) == {2}
    assert active_at(ps, day(10), timedelta(days=90)) == {1, 2}


def test_pareto_takes_the_top_fifth_rounded_up() -> None:
    net = {1: 500, 2: 300, 3: 100, 4: 50, 5: 50}
    assert pareto_share(net, frozenset(net)) == Decimal("50.00")   # ⌈1⌉ = 1 member
    net[6] = 0
    assert pareto_share(net, frozenset(net)) == Decimal("80.00")   # ⌈1.2⌉ = 2 members
    assert pareto_share({}, frozenset()) is None


def test_ltv_is_check_times_frequency_times_lifetime() -> None:
    # member 1: first purchase 60.875 days (two months) before this month's purchases
    bought = [Purchase(1, day(60.875), 200_00), Purchase(1, day(61), 400_00),
              Purchase(2, day(61), 300_00)]
    lives = {1: MemberHistory(1, 3, day(0), day(61), 700_00),
             2: MemberHistory(2, 1, day(61), day(61), 300_00)}
    # m = 900/3 = 300 ₽, a = 3/2, t = (61/30.4375 + 1) / 2
    t = (Fraction(61) / Fraction("30.4375") + 1) / 2
    assert ltv_minor(bought, lives) == round(300_00 * Fraction(3, 2) * t)
    assert ltv_minor([], lives) is None


def test_at_risk_when_silence_exceeds_twice_the_usual_interval() -> None:
    regular = MemberHistory(7, 3, day(0), day(20), 300_00)
    casual = MemberHistory(8, 2, day(0), day(1), 200_00)
    assert at_risk([regular, casual], day(40)) == ()                # 20 days = exactly twice
    found = at_risk([regular, casual], day(40.5))
    assert [(a.member_id, a.usual_interval_days, a.days_since_last, a.purchases,
             a.lifetime_net_minor) for a in found] == [(7, 10, 20, 3, 300_00)]


def test_at_risk_rounds_the_usual_interval_half_up_and_counts_whole_days_since() -> None:
    # span 25 days over 2 intervals = 12.5 -> 13; 26.9 days since -> 26
    found = at_risk([MemberHistory(3, 3, day(0), day(25), 1)], day(51.9))
    assert [(a.usual_interval_days, a.days_since_last) for a in found] == [(13, 26)]


def test_a_return_gives_back_discount_by_the_original_sales_mechanisms() -> None:
    rows = [row(20, "return", -450_00, member=1, discount=-33_00, original=10)]
    earlier = [MechanismDiscount(10, "card", 60_00), MechanismDiscount(10, "tier", 30_00)]
    d = discount_figures(rows, earlier, 0)
    assert d.by_mechanism == (("card", -22_00), ("tier", -11_00))
    assert d.total_minor == -33_00


def test_discounts_split_exactly_in_minor_units() -> None:
    rows = [row(1, "sale", 900, discount=100), row(2, "return", -450, discount=-1, original=1)]
    mech = [MechanismDiscount(1, "card", 50), MechanismDiscount(1, "coupon", 50)]
    d = discount_figures(rows, mech, 1)
    assert sum(v for _, v in d.by_mechanism) == d.total_minor == 99
    assert d.by_mechanism == (("card", 49), ("coupon", 50))


def test_sales_figures_count_returns_in_revenue_but_not_as_receipts() -> None:
    rows = [row(1, "sale", 300_00, member=1), row(2, "sale", 100_00),
            row(3, "return", -50_00, member=1, original=9)]
    s = sales_figures(rows)
    assert (s.sales_count, s.sales_with_card_count, s.returns_count) == (2, 1, 1)
    assert (s.revenue_net_minor, s.revenue_members_minor) == (350_00, 250_00)
    assert (s.avg_check_minor, s.avg_check_members_minor) == (200_00, 300_00)
    assert s.members_share_of_revenue_pct == Decimal("71.43")


def test_money_column_adds_up_to_the_liability_at_a_fractional_point_value() -> None:
    roll = roll_forward(1, {"purchase": 1, "redeem": -1, "welcome": 2}, 0)
    rows = points_rows(roll, Fraction(1, 3))
    signed = {"redeemed": -1, "expired": -1}
    body = sum(signed.get(r.key, 1) * r.money_minor for r in rows[:-1])
    assert rows[-1].key == "closing" and body == rows[-1].money_minor == 1  # 3 points × 1/3


def test_trend_covers_twelve_months_ending_with_the_report_month() -> None:
    points = trend([], 2026, 1, "Europe/Moscow", 90)
    assert [(p.year, p.month) for p in points][:2] == [(2025, 2), (2025, 3)]
    assert (points[-1].year, points[-1].month, points[-1].retention_rate_pct) == (2026, 1, None)
