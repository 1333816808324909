"""The report's kept aggregates at a till that applied another till's sales: the records
applied from the server are counted as the till's own (the triggers, not the sync code)."""
from __future__ import annotations

from loyalty.shop import open_shop
from loyalty.storage import summary_store
from tests.network.tills import first_till, join, problems, sell_to, sync


def _months(path) -> list[tuple]:
    shop = open_shop(path)
    try:
        return shop.db.execute("SELECT m.phone, r.month, r.purchases, r.net_minor "
                               "FROM report_member_months r JOIN members m USING (member_id) "
                               "ORDER BY 1, 2").fetchall()
    finally:
        shop.close()


def _purchases(path) -> list[int]:
    by_member: dict[str, int] = {}
    for phone, _, purchases, _ in _months(path):
        by_member[phone] = by_member.get(phone, 0) + purchases
    return sorted(by_member.values())


def test_a_sale_made_at_another_till_is_in_the_aggregates_once_synced(tmp_path, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    cards = first_till(a, pg_url)
    join(b, pg_url)                       # B downloads A's members and sales
    assert _months(b) == _months(a) and _purchases(a) == [1, 1]
    sell_to(b, cards[0])                  # a second purchase, made at B
    for till in (b, a):
        sync(till)
    assert _months(a) == _months(b)
    assert _purchases(a) == [1, 2]       # (in one month or two, whenever the test runs)
    for till in (a, b):
        shop = open_shop(till)
        try:
            assert summary_store.aggregate_mismatches(shop.db) == []
        finally:
            shop.close()
        assert problems(till) == []
