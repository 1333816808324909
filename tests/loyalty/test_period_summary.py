"""A year and any run of months: the total is the months chained, a one-month period is the
month, the current month is read up to now, a month to come is refused."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from loyalty.demo.demo import build_demo
from loyalty.reports.export import STABLE_KEYS, figures, period_to_csv, period_to_json
from loyalty.reports.period_summary import PeriodError, monthly_summary, period_summary
from loyalty.shop import open_shop
from pos.clock import month_bounds, to_db

ROOT = Path(__file__).resolve().parents[2]
MOSCOW = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=MOSCOW)
# the stable keys that are flows of the period: summed over its months
FLOWS = ("points_earned_purchase", "points_earned_welcome", "points_earned_birthday",
         "points_earned_referral", "points_earned_mission", "points_redeemed", "points_expired",
         "points_adjusted", "points_reversed", "discount_total_minor", "sales_count",
         "sales_with_card_count", "returns_count", "revenue_net_minor", "revenue_members_minor",
         "enrolled_members", "new_members")


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("period")) / "demo.db"
    build_demo(path, members=80, months=16, seed=4, sales=2_400, now=NOW)
    return path


@pytest.fixture
def shop(demo_path: Path, tmp_path: Path):
    copy = tmp_path / "shop.db"
    copy.write_bytes(demo_path.read_bytes())
    opened = open_shop(copy, FixedClock(NOW))
    yield opened
    opened.close()


def test_the_year_is_its_twelve_months_chained(shop) -> None:
    year = period_summary(shop, (2025, 1), (2025, 12))
    months = [dict(figures(m)) for m in year.months]
    total = dict(figures(year.total))
    assert [(m.year, m.month) for m in year.months] == [(2025, k) for k in range(1, 13)]
    for key in FLOWS:
        assert total[key] == sum(m[key] for m in months), key
    assert total["points_opening"] == months[0]["points_opening"]
    assert total["points_closing"] == months[-1]["points_closing"]
    assert total["points_pending_closing"] == months[-1]["points_pending_closing"]
    assert total["liability_closing_minor"] == months[-1]["liability_closing_minor"]
    for before, after in zip(months, months[1:]):  # each month opens where the last closed
        assert after["points_opening"] == before["points_closing"]
    assert year.total.roll.holds() and all(m.roll.holds() for m in year.months)
    # retention from 1 January to 31 December: active at the year's start and its end
    assert total["active_start"] == months[0]["active_start"]
    assert total["active_end"] == months[-1]["active_end"]
    assert total["retained"] <= min(total["active_start"], total["active_end"])
    # the year's buyers are each counted once, not once a month
    assert max(m["buying_members"] for m in months) <= total["buying_members"] < sum(
        m["buying_members"] for m in months)
    assert total["sales_count"] > 0 and total["ltv_minor"] and total["pareto_top20_share_pct"]


def test_the_years_figures_are_what_the_tables_hold(shop) -> None:
    """Read straight from the tables, month by month, with nothing carried over: sales,
    revenue, points by kind, enrolments, coupons issued and who holds which tier (each
    member's latest change by time before the month's end, buyers without one the first
    tier), against the one pass over the year."""
    year = period_summary(shop, (2025, 1), (2025, 12))
    q, tz = shop.db.execute, shop.settings.timezone
    changes = q("SELECT member_id, tier_id, at FROM tier_changes ORDER BY at, change_id"
                ).fetchall()
    program = shop.programs.program_for(date(2025, 6, 1))
    names = {t.tier_id: t.name for t in program.tiers.tiers}
    first = program.tiers.tiers[0].tier_id
    for summary in year.months:
        start, end = (to_db(t) for t in month_bounds(2025, summary.month, tz))
        got = dict(figures(summary))
        sales, revenue = q("SELECT SUM(kind = 'sale'), SUM(net_minor) FROM sales "
                           "WHERE at >= ? AND at < ?", [start, end]).fetchone()
        assert (got["sales_count"], got["revenue_net_minor"]) == (sales, revenue)
        kinds = dict(q("SELECT kind, SUM(points) FROM ledger WHERE at >= ? AND at < ? "
                       "GROUP BY kind", [start, end]).fetchall())
        assert got["points_earned_purchase"] == kinds.get("purchase", 0)
        assert got["points_redeemed"] == -kinds.get("redeem", 0)
        assert got["points_expired"] == -kinds.get("expire", 0)
        assert summary.discounts.coupons_issued == q(
            "SELECT COUNT(*) FROM coupons WHERE issued_at >= ? AND issued_at < ?",
            [start, end]).fetchone()[0]
        assert got["enrolled_members"] == q(
            "SELECT COUNT(*) FROM (SELECT MIN(COALESCE(activated_at, issued_at)) f FROM cards "
            "WHERE member_id IS NOT NULL GROUP BY member_id) WHERE f >= ? AND f < ?",
            [start, end]).fetchone()[0]
        held = {}
        for member_id, tier_id, at in changes:
            if at < end:
                held[member_id] = tier_id
        buyers = {r[0] for r in q("SELECT DISTINCT l.member_id FROM loyalty_sales l JOIN sales "
                                  "s ON s.sale_no = l.sale_no WHERE s.kind = 'sale' AND s.at < ?",
                                  [end])}
        counts = Counter(held.get(m) or first for m in buyers | set(held))
        assert summary.tiers.distribution == tuple((names[t], counts.get(t, 0))
                                                   for t in names)
    assert sum(t for _, t in year.months[-1].tiers.distribution[1:]) > 0  # tiers were held


def test_each_month_of_a_period_is_that_month_asked_alone(shop) -> None:
    period = period_summary(shop, (2025, 5), (2025, 9))
    for month in period.months:
        assert month == monthly_summary(shop, month.year, month.month)
    one = period_summary(shop, (2025, 7), (2025, 7))
    assert figures(one.months[0]) == figures(one.total) == figures(monthly_summary(shop, 2025, 7))


def test_period_csv_and_json_carry_a_column_per_month_and_a_total(shop) -> None:
    period = period_summary(shop, (2025, 11), (2026, 2))
    rows = list(csv.reader(io.StringIO(period_to_csv(period))))
    assert rows[0] == ["metric", "2025-11", "2025-12", "2026-01", "2026-02", "total"]
    assert [r[0] for r in rows[1:]] == list(STABLE_KEYS)
    by_key = {r[0]: r[1:] for r in rows[1:]}
    assert int(by_key["sales_count"][-1]) == sum(int(v) for v in by_key["sales_count"][:-1])
    assert by_key["points_opening"][-1] == by_key["points_opening"][0]
    assert by_key["points_closing"][-1] == by_key["points_closing"][-2]
    data = json.loads(period_to_json(period))
    assert (data["from"], data["to"], data["in_progress"]) == ("2025-11", "2026-02", None)
    assert list(data["months"]) == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert all(list(m) == list(STABLE_KEYS) for m in data["months"].values())
    assert data["total"]["sales_count"] == sum(m["sales_count"] for m in data["months"].values())


def test_the_current_month_is_read_up_to_now_and_a_month_to_come_is_refused(shop) -> None:
    march = monthly_summary(shop, 2026, 3)
    assert march.in_progress and march.in_progress_until == NOW
    assert march.days[-1].day.day == 10  # 1 to 10 March, not the whole month
    assert not monthly_summary(shop, 2026, 2).in_progress
    with pytest.raises(PeriodError) as refused:
        monthly_summary(shop, 2026, 4)
    assert (refused.value.reason, refused.value.detail) == ("future", (2026, 4))
    # a year still running ends with its current month
    year = period_summary(shop, (2026, 1), (2026, 12))
    assert [m.month for m in year.months] == [1, 2, 3] and year.months[-1].in_progress
    assert json.loads(period_to_json(year))["in_progress"] == "2026-03"


def _cli(*args: str) -> subprocess.CompletedProcess:
    if "--language" not in args:  # the messages asserted are the English ones
        args = (*args, "--language", "en")
    # the report lists members at risk: a PIN of someone who sees reports, the bookkeeper's
    env = dict(os.environ, POSLOYALTY_PIN="3333")
    return subprocess.run([sys.executable, "main.py", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env=env)


def test_command_line_year_period_and_month(demo_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    db.write_bytes(demo_path.read_bytes())
    done = _cli("report", "--db", str(db), "--year", "2025", "--out", str(tmp_path / "y.pdf"),
                "--csv", str(tmp_path / "y.csv"), "--json", str(tmp_path / "y.json"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "y.pdf").read_bytes().startswith(b"%PDF")
    header = (tmp_path / "y.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "metric," + ",".join(f"2025-{m:02d}" for m in range(1, 13)) + ",total"
    # one month through --from/--to has the figures of --month
    assert _cli("report", "--db", str(db), "--from", "2025-06", "--to", "2025-06",
                "--out", str(tmp_path / "p.pdf"), "--csv", str(tmp_path / "p.csv")).returncode == 0
    assert _cli("report", "--db", str(db), "--month", "2025-06", "--out", str(tmp_path / "m.pdf"),
                "--csv", str(tmp_path / "m.csv")).returncode == 0
    period = list(csv.reader((tmp_path / "p.csv").open(encoding="utf-8")))
    month = list(csv.reader((tmp_path / "m.csv").open(encoding="utf-8")))
    assert period[0] == ["metric", "2025-06", "total"] and month[0] == ["metric", "value"]
    assert [(r[0], r[1]) for r in period[1:]] == [(r[0], r[1]) for r in month[1:]]


def test_command_line_refuses_a_month_to_come_in_one_line(demo_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    db.write_bytes(demo_path.read_bytes())
    for args in (("--month", "2099-05"), ("--year", "2099"), ("--from", "2025-05", "--to", "2025-01")):
        done = _cli("report", "--db", str(db), *args, "--out", str(tmp_path / "f.pdf"))
        assert done.returncode == 1
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
        assert not (tmp_path / "f.pdf").exists()
    assert "2099-05 has not begun yet" in _cli(
        "report", "--db", str(db), "--month", "2099-05", "--out", str(tmp_path / "f.pdf")).stderr


def test_command_line_marks_the_current_month_in_progress(tmp_path: Path) -> None:
    db = tmp_path / "now.db"
    build_demo(db, members=10, months=1, seed=2, sales=30)  # up to this very moment
    today = datetime.now(MOSCOW)
    done = _cli("report", "--db", str(db), "--month", f"{today:%Y-%m}", "--out",
                str(tmp_path / "n.pdf"), "--json", str(tmp_path / "n.json"))
    assert done.returncode == 0, done.stderr
    assert "(month in progress)" in done.stdout
    assert json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))["in_progress"] is True


def test_a_period_report_never_writes_over_the_shops_database(shop, tmp_path) -> None:
    from loyalty.reports.export import write_period_report
    from pos.storage.files import DatabaseFileError
    size = shop.path.stat().st_size
    with pytest.raises(DatabaseFileError):
        write_period_report(shop, (2026, 1), (2026, 2), tmp_path / "p.pdf", csv_path=shop.path)
    assert shop.path.stat().st_size == size and shop.db.execute("SELECT 1").fetchone() == (1,)
