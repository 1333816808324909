"""The report's kept aggregates (each member's purchases per month and over their life, each
tier change's span, the points of each month) equal a recomputation from the sales, tier
changes and ledger, whoever wrote them, and verify says when they drift."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from builders import BREAD, MILK, basket_with, give_back, member_with_card, points_program, seed, sell
from loyalty.daily import run_daily
from loyalty.model.program import Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind
from loyalty.storage import rules_store, summary_store
from loyalty.verify import verify
from pos.clock import to_db
from pos.storage.db import write_transaction

_FRESH_MONTHS = (
    "SELECT l.member_id, substr(s.at, 1, 7), COUNT(*), SUM(s.net_minor), MIN(s.at), MAX(s.at) "
    "FROM sales s JOIN loyalty_sales l ON l.sale_no = s.sale_no WHERE s.kind = 'sale' "
    "GROUP BY 1, 2 ORDER BY 1, 2")


def _us(at: str) -> int:
    """to_db's text as µs since 1970, by Python (the table's are by SQL)."""
    moment = datetime.fromisoformat(at)
    return (moment - datetime(1970, 1, 1, tzinfo=timezone.utc)) // _US


_US = datetime(1970, 1, 1, 0, 0, 0, 1) - datetime(1970, 1, 1)


def _months(shop) -> list[tuple]:
    return shop.db.execute("SELECT member_id, month, purchases, net_minor, first_us, last_us "
                           "FROM report_member_months ORDER BY 1, 2").fetchall()


def _recomputed_months(shop) -> list[tuple]:
    return [(m, month, n, net, _us(first), _us(last))
            for m, month, n, net, first, last in shop.db.execute(_FRESH_MONTHS)]


def _lives(shop) -> list[tuple]:
    return shop.db.execute("SELECT member_id, purchases, net_minor, first_us, last_us "
                           "FROM report_member_lives ORDER BY 1").fetchall()


def _recomputed_lives(shop) -> list[tuple]:
    """Each member's months added up (in Python)."""
    by_member: dict[int, list[int]] = {}
    for m, _, n, net, first, last in _recomputed_months(shop):
        life = by_member.setdefault(m, [0, 0, first, last])
        life[:] = [life[0] + n, life[1] + net, min(life[2], first), max(life[3], last)]
    return [(m, *life) for m, life in sorted(by_member.items())]


def _lives_before(shop, month: str) -> list[tuple]:
    """(member, purchases, first µs, last µs, net) of the sales before ``month`` (Python)."""
    months = [r for r in _recomputed_months(shop) if r[1] < month]
    by_member: dict[int, list[int]] = {}
    for m, _, n, net, first, last in months:
        life = by_member.setdefault(m, [0, first, last, 0])
        life[:] = [life[0] + n, min(life[1], first), max(life[2], last), life[3] + net]
    return [(m, *life) for m, life in sorted(by_member.items())]


def _spans(shop) -> list[tuple]:
    return shop.db.execute("SELECT change_id, member_id, tier_id, at, until_at "
                           "FROM report_tier_spans ORDER BY 1").fetchall()


def _recomputed_spans(shop) -> list[tuple]:
    """Each change held until the member's next change by time, then id (in Python)."""
    rows = shop.db.execute("SELECT change_id, member_id, tier_id, at FROM tier_changes "
                           "ORDER BY member_id, at, change_id").fetchall()
    out = [(c, m, t, at, rows[i + 1][3] if i + 1 < len(rows) and rows[i + 1][1] == m else "9999")
           for i, (c, m, t, at) in enumerate(rows)]
    return sorted(out)


def _program():
    tiers = TierProgram((Tier(TierId("silver"), "Silver", 0),
                         Tier(TierId("gold"), "Gold", 1_000_00, discount_bp=1_000)),
                        TierMetric.SPEND, TierWindow(WindowKind.CALENDAR_MONTH))
    return replace(points_program(), tiers=tiers)


def test_sales_a_return_and_tier_changes_keep_the_aggregates_equal_to_the_rows(shop, clock):
    seed(shop, _program())
    _, anna = member_with_card(shop)
    _, petr = member_with_card(shop, "Пётр", "+79123456780")
    first = sell(shop, basket_with(shop, (MILK, 12), card=anna))    # Anna gold
    sell(shop, basket_with(shop, (BREAD, 2), card=anna))
    sell(shop, basket_with(shop, (BREAD, 1), card=petr))
    sell(shop, basket_with(shop, (BREAD, 1)))                        # no member: not kept
    give_back(shop, first.sale_no, {1: 2})                           # a return: not a purchase
    clock.now = datetime(2026, 4, 1, 9, tzinfo=timezone.utc)
    sell(shop, basket_with(shop, (MILK, 1), card=petr))              # a new month
    run_daily(shop)                                                  # recalculations
    clock.now = datetime(2026, 5, 1, 11, tzinfo=timezone.utc)
    sell(shop, basket_with(shop, (MILK, 12), card=petr))             # Petr gold, then
    run_daily(shop)                                                  # a change dated before it
    months, spans = _months(shop), _spans(shop)
    assert months == _recomputed_months(shop)
    assert _lives(shop) == _recomputed_lives(shop) and [r[1] for r in _lives(shop)] == [2, 3]
    assert [(m[1], m[2]) for m in months] == [("2026-03", 2), ("2026-03", 1), ("2026-04", 1),
                                              ("2026-05", 1)]
    assert spans == _recomputed_spans(shop) and len(spans) >= 4
    assert shop.db.execute("SELECT month, points FROM report_ledger_months ORDER BY 1").fetchall() \
        == shop.db.execute("SELECT substr(at, 1, 7), SUM(points) FROM ledger GROUP BY 1 "
                           "ORDER BY 1").fetchall()
    assert summary_store.aggregate_mismatches(shop.db) == []
    assert verify(shop, str(shop.path), clock()) == []


def test_a_tier_rewritten_in_place_and_a_sale_moved_are_followed(shop, clock):
    """What sync_apply does to a recalculation the server holds differently (its tier
    rewritten), and a sale re-dated or relinked (no writer does today): the triggers follow."""
    seed(shop, _program())
    anna_id, anna = member_with_card(shop)
    petr_id = member_with_card(shop, "Пётр", "+79123456780")[0].member_id
    anna_id = anna_id.member_id
    sale = sell(shop, basket_with(shop, (MILK, 12), card=anna))
    sell(shop, basket_with(shop, (BREAD, 2), card=anna))
    change = shop.db.execute("SELECT MAX(change_id) FROM tier_changes").fetchone()[0]
    with shop.db.conn:
        shop.db.execute("UPDATE tier_changes SET tier_id = 'silver' WHERE change_id = ?", [change])
        shop.db.execute("UPDATE sales SET at = '2026-02-27T10:00:00.000000Z' WHERE sale_no = ?",
                        [sale.sale_no])
        shop.db.execute("UPDATE loyalty_sales SET member_id = ? WHERE sale_no = ?",
                        [petr_id, sale.sale_no])
    assert _months(shop) == _recomputed_months(shop)
    assert {(m[0], m[1]) for m in _months(shop)} == {(petr_id, "2026-02"), (anna_id, "2026-03")}
    assert _lives(shop) == _recomputed_lives(shop) and len(_lives(shop)) == 2
    with shop.db.conn:  # the sale back to Anna: Petr has no purchase left
        shop.db.execute("UPDATE loyalty_sales SET member_id = ? WHERE sale_no = ?",
                        [anna_id, sale.sale_no])
    assert _lives(shop) == _recomputed_lives(shop) and [r[0] for r in _lives(shop)] == [anna_id]
    assert _spans(shop) == _recomputed_spans(shop)
    assert summary_store.aggregate_mismatches(shop.db) == []


def test_verify_names_an_aggregate_that_drifted(shop, clock):
    seed(shop, _program())
    member, anna = member_with_card(shop)
    anna_id = member.member_id
    sell(shop, basket_with(shop, (MILK, 12), card=anna))
    with shop.db.conn:  # behind the triggers' back
        shop.db.execute("UPDATE report_member_months SET purchases = 5")
        shop.db.execute("UPDATE report_tier_spans SET until_at = '2030'")
        shop.db.execute("UPDATE report_ledger_months SET points = points + 1")
        shop.db.execute("UPDATE report_member_lives SET net_minor = net_minor + 1")
    problems = verify(shop, str(shop.path), clock())
    assert f"the report's monthly purchases of member {anna_id} in 2026-03 differ from the sales" \
        in problems
    assert any(p.startswith("the report's tier span of tier change") for p in problems)
    assert "the report's points of 2026-03 differ from the ledger's" in problems
    assert f"the report's lifetime purchases of member {anna_id} differ from the sales" \
        in problems
    assert rules_store.member_totals_mismatches(shop.db) == []  # the rest is sound


def test_the_lives_before_a_month_are_the_same_read_either_way(shop, clock):
    """From the lifetimes less the months since, or from the months before, summed: the
    same rows as the sales before the month, for a month before, among and after them."""
    seed(shop, _program())
    _, anna = member_with_card(shop)
    _, petr = member_with_card(shop, "Пётр", "+79123456780")
    for day, card in ((datetime(2026, 3, 2, 9), anna), (datetime(2026, 3, 9, 9), petr),
                      (datetime(2026, 4, 3, 9), anna), (datetime(2026, 5, 4, 9), anna),
                      (datetime(2026, 5, 6, 9), petr), (datetime(2026, 7, 1, 9), anna)):
        clock.now = day.replace(tzinfo=timezone.utc)
        sell(shop, basket_with(shop, (BREAD, 2), card=card))
    for month in ("2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"):
        expected = _lives_before(shop, month)
        for by_lives in (True, False, None):
            rows = summary_store.lives_before_month(shop.db, month, 3, 4, by_lives)
            assert sorted(r[:5] for r in rows) == expected, (month, by_lives)
            assert all(r[5] is None if r[1] < 4 else r[5] == r[3] + 3 * (r[3] - r[2]) // (r[1] - 1)
                       for r in rows)


def test_tier_changes_in_any_order_keep_the_spans_equal_to_the_changes(shop, clock):
    """The latest change of a member closes the open span in place; one dated before another
    (a recalculation dated at the window's close), a tie in time, or one written with a
    smaller id (a record from another till) makes the member's spans again."""
    seed(shop, _program())
    members = [member_with_card(shop)[0], member_with_card(shop, "Пётр", "+79123456780")[0]]
    day = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)

    def change(member, tier, hours, change_id=None):
        with write_transaction(shop.db):
            if change_id is None:
                rules_store.insert_tier_change(shop.db, member.member_id, tier,
                                               day + timedelta(hours=hours), "recalculation")
            else:
                shop.db.execute("INSERT INTO tier_changes (change_id, member_id, tier_id, at, "
                                "reason) VALUES (?, ?, ?, ?, 'recalculation')",
                                [change_id, member.member_id, tier,
                                 to_db(day + timedelta(hours=hours))])
        assert _spans(shop) == _recomputed_spans(shop)

    anna, petr = members
    for hours, tier in enumerate(("gold", "silver", None, "gold")):  # each the latest
        change(anna, tier, 24 * hours)
    change(petr, "gold", 30, change_id=20_000)
    change(anna, "silver", 12)                # before two of Anna's changes
    change(anna, None, 72)                    # a tie with her latest: after it, by id
    change(petr, "silver", 29, change_id=10_000)
    change(petr, None, 30, change_id=9_000)   # Petr's first's time, a smaller id: before it
    spans = _spans(shop)
    assert [s[4] for s in spans if s[1] == anna.member_id].count("9999") == 1
    assert len(spans) == 9 and summary_store.aggregate_mismatches(shop.db) == []
