"""Property: on any multi-month shop the roll-forward holds in every month and months chain."""
from __future__ import annotations

import shutil
from datetime import timedelta
from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_monthly_summary import BREAD, CAKE, ShopBuilder, utc

from loyalty.storage import ledger_store
from loyalty.reports.period_summary import monthly_summary
from loyalty.shop import open_shop
from loyalty.ledger.wallet import PointsError, adjust
from pos.checkout import CheckoutError
from pos.clock import month_bounds
from pos.staff.pins import add_staff
from tests.conftest import StepClock

OPS = ("sale", "sale", "plain", "redeem", "return", "welcome", "adjust", "replace")
step = st.tuples(st.integers(1, 900), st.sampled_from(OPS), st.integers(0, 3),
                 st.integers(1, 3), st.booleans(), st.integers(-20, 60))
_shops = count()


def _apply(b: ShopBuilder, members: list[int], sales: list[int], owner, op: tuple) -> None:
    hours, kind, who, qty, cake, n = op
    b.at(b.clock.now + timedelta(hours=hours))
    m = members[who]
    items = [(BREAD, qty)] + ([(CAKE, 1)] if cake else [])
    if kind in ("sale", "plain"):
        sales.append(b.sell(m if kind == "sale" else None, *items).sale_no)
    elif kind == "redeem":
        most = b.redeemable(m, *items)
        sales.append(b.sell(m, *items, redeem=min(most, abs(n) + 1)).sale_no)
    elif kind == "return" and sales:
        original = sales[n % len(sales)]
        left = b.shop.returns.remaining(original)[1]
        try:
            b.give_back(original, {k: 1 for k, v in left.items() if v > 0} if cake else None)
        except CheckoutError:
            pass  # everything already returned
    elif kind == "welcome":
        b.welcome(m, abs(n) + 1)
    elif kind == "adjust" and n:
        try:
            adjust(b.shop.db, m, n, "correction", owner, b.clock())
        except PointsError:
            pass  # a deduction larger than the balance is refused, as at the till
    elif kind == "replace":
        b.replace(m)


def _months(first: tuple[int, int], last: tuple[int, int]):
    y, m = first
    while (y, m) <= last:
        yield y, m
        y, m = (y + m // 12, m % 12 + 1)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(step, min_size=8, max_size=30))
def test_roll_forward_holds_every_month_and_months_chain(ops, template_db, tmp_path) -> None:
    path = tmp_path / f"shop{next(_shops)}.db"
    shutil.copy(template_db, path)
    clock = StepClock(utc(2025, 11, 2))
    shop = open_shop(path, clock)
    try:
        b = ShopBuilder(shop, clock)
        members = [b.member(name) for name in ("Анна", "Борис", "Вера", "Глеб")]
        owner = add_staff(shop.db, "Владелец", "owner", "4321", clock())
        sales: list[int] = []
        for op in ops:
            _apply(b, members, sales, owner, op)
        last = clock.now
        b.at(last + timedelta(days=100))
        previous_closing = 0
        tz = shop.settings.timezone
        for y, m in _months((2025, 11), (last.year, last.month)):
            s = monthly_summary(shop, y, m)
            _, end = month_bounds(y, m, tz)
            assert s.roll.holds()
            assert s.roll.opening == previous_closing
            assert s.roll.closing == ledger_store.sum_before(shop.db, end)
            assert sum(v for _, v in s.discounts.by_mechanism) == s.discounts.total_minor
            body = sum((-1 if r.key in ("redeemed", "expired") else 1) * r.money_minor
                       for r in s.points_rows[:-1])
            assert body == s.points_rows[-1].money_minor == s.liability_closing_minor
            assert s.members.retained <= min(s.members.active_start, s.members.active_end)
            assert s == monthly_summary(shop, y, m)
            previous_closing = s.roll.closing
    finally:
        shop.close()
