"""The fast member figures against a slow reference over every purchase, on a demo-built shop.

The reference is the definition of SPEC §4 read literally: every purchase since the
shop opened, filtered per instant, with exact fractions.  The summary reads aggregates
and a window of recent purchases instead; the figures must be the same to the last digit.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path

import pytest

from loyalty.storage import summary_store
from loyalty.demo.demo import build_demo
from loyalty.reports.member_metrics import DAYS_PER_MONTH, pct
from loyalty.reports.monthly_summary import trend_months
from loyalty.reports.period_summary import monthly_summary
from loyalty.shop import Shop, open_shop
from loyalty.storage.summary_store import Purchase
from pos.clock import month_bounds
from pos.money import round_half_up

EVER = datetime(2000, 1, 1, tzinfo=timezone.utc)
MONTHS = [(2025, 4), (2025, 11), (2026, 1), (2026, 3)]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    path = Path(tmp_path_factory.mktemp("reference")) / "demo.db"
    build_demo(path, members=60, months=15, seed=5, sales=900, end=date(2026, 3, 31))
    opened = open_shop(path)
    yield opened
    opened.close()


def _days(delta: timedelta) -> Fraction:
    return Fraction(delta // timedelta(microseconds=1), 86_400_000_000)


def _active(ps: list[Purchase], t: datetime, window: timedelta) -> set[int]:
    return {p.member_id for p in ps if t - window < p.at <= t}


def _reference(shop: Shop, year: int, month: int) -> dict[str, object]:
    tz, window = shop.settings.timezone, timedelta(days=shop.settings.inactivity_days)
    start, end = month_bounds(year, month, tz)
    ps = list(summary_store.purchases_between(shop.db, EVER, end))
    first: dict[int, datetime] = {}
    last: dict[int, datetime] = {}
    for p in ps:
        first.setdefault(p.member_id, p.at)
        if p.at < end:
            last[p.member_id] = p.at
    bought = [p for p in ps if start <= p.at < end]
    buyers = {p.member_id for p in bought}
    lifetimes = [max(Fraction(1), _days(last[b] - first[b]) / DAYS_PER_MONTH) for b in buyers]
    ltv = (round_half_up(Fraction(sum(p.net_minor for p in bought), len(bought))
                         * Fraction(len(bought), len(buyers)) * sum(lifetimes, Fraction(0))
                         / len(buyers)) if buyers else None)
    at_start, at_end = _active(ps, start, window), _active(ps, end, window)
    risky = []
    for m in first:
        own = [p for p in ps if p.member_id == m and p.at < end]
        if len(own) >= 3:
            usual = _days(own[-1].at - own[0].at) / (len(own) - 1)
            since = _days(end - own[-1].at)
            if since > 2 * usual:
                risky.append((m, len(own), round_half_up(usual), int(since),
                              sum(p.net_minor for p in own)))
    points = []
    for y, mo in trend_months(year, month):
        s, e = month_bounds(y, mo, tz)
        a, b = _active(ps, s, window), _active(ps, e, window)
        points.append((y, mo, len(b), pct(len(a & b), len(a))))
    returning = {m for m in buyers if first[m] < start}
    return {"active": (len(at_start), len(at_end), len(at_start & at_end)),
            "buyers": (len(buyers), len(returning), len(buyers) - len(returning)),
            "repeat": pct(sum(1 for m in buyers
                              if sum(p.member_id == m for p in bought) >= 2), len(buyers)),
            "ltv": ltv, "at_risk": sorted(risky, key=lambda r: (-r[4], r[0])), "trend": points}


@pytest.mark.parametrize("year, month", MONTHS)
def test_member_figures_match_the_definition_over_every_purchase(shop: Shop, year: int,
                                                                month: int) -> None:
    expected = _reference(shop, year, month)
    s = monthly_summary(shop, year, month)
    m = s.members
    assert expected["buyers"][0] > 0 and expected["active"][0] > 0  # a month with members
    assert (m.active_start, m.active_end, m.retained) == expected["active"]
    assert (m.buying_members, m.returning_members, m.new_members) == expected["buyers"]
    assert m.repeat_purchase_rate_pct == expected["repeat"]
    assert m.ltv_minor == expected["ltv"]
    assert [(a.member_id, a.purchases, a.usual_interval_days, a.days_since_last,
             a.lifetime_net_minor) for a in s.at_risk] == expected["at_risk"]
    assert [(p.year, p.month, p.active_end, p.retention_rate_pct)
            for p in s.trend] == expected["trend"]


def test_the_demo_months_exercise_every_figure(shop: Shop) -> None:
    found = [_reference(shop, y, m) for y, m in MONTHS]
    assert all(f["at_risk"] for f in found[1:])
    assert any(f["buyers"][2] for f in found) and any(f["buyers"][1] for f in found)
