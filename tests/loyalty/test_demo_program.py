"""The demo shop shows the program (tiers reached and lost, next-visit coupons), reads like its
language's country, never writes the future, and obeys every invariant."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from loyalty.checkout_hooks import LoyaltyDetail
from loyalty.demo.demo import build_demo
from loyalty.shop import open_shop
from loyalty.verify import verify
from pos import basket as b
from pos.clock import from_db
from pos.storage import store

MOSCOW = ZoneInfo("Europe/Moscow")
# 08:02 on a morning: the demo used to sell until 21:10 whatever the hour
MORNING = datetime(2026, 3, 10, 8, 2, tzinfo=MOSCOW)


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def ru_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("demo")) / "ru.db"
    result = build_demo(path, members=120, months=6, seed=7, sales=3_000, now=MORNING)
    assert result.transactions == _weeks_of(result)
    return path


def _weeks_of(result) -> int:
    """The calendar weeks the demo's history touches (a Monday starts a new one): its
    batches' transactions."""
    days = [result.first_day + timedelta(days=n)
            for n in range((result.last_day - result.first_day).days + 1)]
    return 1 + sum(day.weekday() == 0 for day in days[1:])


@pytest.fixture
def ru(ru_path: Path):
    shop = open_shop(ru_path, FixedClock(MORNING))
    yield shop
    shop.close()


def _times(shop, sql: str) -> list[datetime]:
    return [from_db(r[0]) for r in shop.db.execute(sql) if r[0]]


def test_tiers_are_reached_and_lost_by_a_fair_share(ru) -> None:
    members = ru.db.execute("SELECT COUNT(*) FROM members").fetchone()[0]
    reached = ru.db.execute("SELECT COUNT(DISTINCT member_id) FROM tier_changes "
                            "WHERE tier_id IN ('silver', 'gold')").fetchone()[0]
    # lost: a month-end recalculation that sets a Silver or Gold holder back
    lost = ru.db.execute(
        "SELECT COUNT(DISTINCT c.member_id) FROM tier_changes c WHERE c.reason = 'recalculation' "
        "AND c.tier_id = 'base' AND (SELECT p.tier_id FROM tier_changes p WHERE p.member_id = "
        "c.member_id AND p.change_id < c.change_id ORDER BY p.change_id DESC LIMIT 1) "
        "IN ('silver', 'gold')").fetchone()[0]
    assert members * 0.1 <= reached <= members * 0.9
    assert lost >= members * 0.05
    program = ru.programs.program_for(MORNING.date())
    assert [t.name for t in program.tiers.tiers] == ["Базовый", "Серебро", "Золото"]


def test_a_tier_member_is_quoted_with_their_tier(ru) -> None:
    member_id, card = ru.db.execute(
        "SELECT c.member_id, c.number FROM cards c JOIN tier_changes t ON t.member_id = "
        "c.member_id WHERE c.status = 'active' AND t.change_id = (SELECT MAX(change_id) FROM "
        "tier_changes WHERE member_id = c.member_id) AND t.tier_id IN ('silver', 'gold') "
        "LIMIT 1").fetchone()
    bread = store.all_products(ru.db)[0]
    quote = ru.checkout.quote(b.set_customer(b.add_product(b.new_basket(), bread), card))
    loyalty = next(d for d in quote.details if isinstance(d, LoyaltyDetail)).quote
    assert str(loyalty.tier.tier_id) in ("silver", "gold")


def test_next_visit_coupons_are_issued_above_a_receipt_total_and_brought_back(ru) -> None:
    issued = ru.db.execute(
        "SELECT COUNT(*), MIN(s.net_minor) FROM coupons c JOIN sales s ON "
        "s.sale_no = c.issued_sale_no WHERE c.batch = 'next_visit'").fetchone()
    assert issued[0] >= 20 and issued[1] >= 1_500_00  # only receipts from 1,500 roubles
    used = ru.db.execute("SELECT COUNT(*) FROM coupon_uses u JOIN coupons c ON c.code = u.code "
                         "WHERE c.batch = 'next_visit'").fetchone()[0]
    assert used >= 5
    stamps = ru.db.execute("SELECT COUNT(*) FROM stamp_events").fetchone()[0]
    assert stamps > 0  # beside the coffee stamp card


def test_the_demo_never_writes_the_future_and_holds_every_invariant(ru, ru_path) -> None:
    moments = (_times(ru, "SELECT at FROM sales") + _times(ru, "SELECT at FROM ledger")
               + _times(ru, "SELECT issued_at FROM cards") + _times(ru, "SELECT at FROM audit_log")
               + _times(ru, "SELECT issued_at FROM coupons")
               + _times(ru, "SELECT at FROM tier_changes WHERE reason != 'recalculation'"))
    assert moments and max(moments) < MORNING
    last_sale = max(_times(ru, "SELECT at FROM sales"))
    # the shop opens at 9: at 08:02 nothing is sold yet today, the last sale is yesterday's
    assert last_sale.astimezone(MOSCOW).date() == MORNING.date() - timedelta(days=1)
    assert verify(ru, str(ru_path), MORNING) == []


def test_an_evening_demo_sells_up_to_now_not_later(tmp_path: Path) -> None:
    evening = datetime(2026, 3, 10, 17, 31, tzinfo=MOSCOW)
    path = tmp_path / "evening.db"
    build_demo(path, members=20, months=1, seed=3, sales=400, now=evening)
    shop = open_shop(path, FixedClock(evening))
    try:
        sales = _times(shop, "SELECT at FROM sales")
        assert max(sales) < evening
        assert max(sales).astimezone(MOSCOW).date() == evening.date()  # today sells until now
        assert verify(shop, str(path), evening) == []
    finally:
        shop.close()


def test_the_english_demo_is_an_english_shop(tmp_path: Path) -> None:
    now = datetime(2026, 3, 10, 15, 0, tzinfo=ZoneInfo("UTC"))
    path = tmp_path / "en.db"
    build_demo(path, members=30, months=2, seed=5, language="en", sales=300, now=now)
    shop = open_shop(path, FixedClock(now))
    try:
        s = shop.settings
        assert (s.currency, s.language, s.timezone) == ("USD", "en", "UTC")
        ascii_only = re.compile(r"^[ -~]+$")
        products = store.all_products(shop.db)
        assert all(ascii_only.match(p.name) for p in products)
        assert max(p.price_minor for p in products) <= 50_00  # dollar prices, not roubles
        rows = shop.db.execute("SELECT name, phone, email FROM members").fetchall()
        assert rows and all(ascii_only.match(name) for name, _, _ in rows)
        assert all(phone.startswith("+1") for _, phone, _ in rows)
        assert all(email.endswith("@example.com") for _, _, email in rows if email)
        staff = [m.name for m in store.all_staff(shop.db)]
        assert all(ascii_only.match(n) for n in staff)
        program = shop.programs.program_for(now.date())
        assert [t.name for t in program.tiers.tiers] == ["Base", "Silver", "Gold"]
        assert [c.name for c in program.stamp_cards] == ["Coffee"]
        assert verify(shop, str(path), now) == []
    finally:
        shop.close()


def test_the_demo_command_says_it_committed_in_batches(tmp_path: Path) -> None:
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "main.py", "demo", "--db", str(tmp_path / "d.db"),
                           "--members", "10", "--months", "1", "--sales", "40"],
                          capture_output=True, text=True, cwd=root, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "one transaction per week of sales" in done.stdout
    assert "through the till's checkout and rule engine" in done.stdout
    single = subprocess.run([sys.executable, "main.py", "demo", "--db", str(tmp_path / "s.db"),
                             "--members", "10", "--months", "1", "--sales", "40", "--per-sale"],
                            capture_output=True, text=True, cwd=root, timeout=300)
    assert single.returncode == 0, single.stderr
    assert "each committed in its own durable transaction, as at a till (40 transactions)" \
        in single.stdout and "per day" not in single.stdout


def _rows(path: Path) -> dict[str, list]:
    """What the sales left behind, table by table (a sale's basket id and card numbers are
    random, so sales are compared by member)."""
    shop = open_shop(path, FixedClock(MORNING))
    try:
        q = shop.db.execute
        return {
            "ledger": q("SELECT * FROM ledger ORDER BY entry_id").fetchall(),
            "chain": q("SELECT * FROM ledger_chain ORDER BY entry_id").fetchall(),
            "sales": q("SELECT sale_no, kind, original_sale_no, at, staff_id, gross_minor, "
                       "discount_minor, net_minor, paid_money_minor FROM sales "
                       "ORDER BY sale_no").fetchall(),
            "lines": q("SELECT * FROM sale_lines ORDER BY sale_no, line_no").fetchall(),
            "loyalty": q("SELECT sale_no, member_id, points_earned, points_redeemed, "
                         "program_version FROM loyalty_sales ORDER BY sale_no").fetchall(),
            "balances": q("SELECT member_id, SUM(points) FROM ledger GROUP BY member_id "
                          "ORDER BY member_id").fetchall(),
            "totals": q("SELECT * FROM member_totals ORDER BY member_id").fetchall(),
            "tiers": q("SELECT * FROM tier_changes ORDER BY change_id").fetchall(),
            "stamps": q("SELECT * FROM stamp_events ORDER BY rowid").fetchall(),
            "verify": verify(shop, str(path), MORNING)}
    finally:
        shop.close()


def test_a_week_per_transaction_writes_what_a_commit_per_sale_writes(tmp_path: Path) -> None:
    args = dict(members=25, months=2, seed=5, sales=260, now=MORNING)
    batched = build_demo(tmp_path / "batched.db", **args)
    single = build_demo(tmp_path / "single.db", **args, batched=False)
    assert (batched.batched, single.batched) == (True, False)
    assert batched.transactions == _weeks_of(batched)
    assert single.transactions == single.sales == batched.sales
    a, b_ = _rows(tmp_path / "batched.db"), _rows(tmp_path / "single.db")
    assert len(a["ledger"]) > batched.sales // 2 and a["tiers"] and a["stamps"]
    for table in a:
        assert a[table] == b_[table], table
    assert a["verify"] == []
