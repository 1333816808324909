"""The back office's member card and the program's simulator show the tier the till prices
with (a QA tester saw Gold members shown as Base in both, while the till gave them ×2)."""
from __future__ import annotations

from pathlib import Path

import pytest

from loyalty.checkout_hooks import LoyaltyDetail
from loyalty.demo.demo import build_demo
from loyalty.members.admin import member_profile
from loyalty.program.editing import simulate, today
from loyalty.shop import open_shop
from pos import basket as b
from pos.clock import system_clock


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    path = tmp_path_factory.mktemp("tiers") / "demo.db"
    build_demo(path, 40, 6, 3, "en")
    shop = open_shop(path, system_clock)
    yield shop
    shop.close()


def _till_tier(shop, card: str) -> str:
    product = shop.db.execute("SELECT barcode FROM products WHERE barcode IS NOT NULL "
                              "ORDER BY product_id LIMIT 1").fetchone()[0]
    from pos.storage import store
    basket = b.set_customer(b.add_product(b.new_basket(), store.product_by_barcode(
        shop.db, product)), card)
    quote = shop.checkout.quote(basket)
    tier = next(d for d in quote.details if isinstance(d, LoyaltyDetail)).quote.tier
    return tier.tier_name if tier else ""


def test_profile_and_simulator_show_the_tier_the_till_prices_with(shop) -> None:
    rows = shop.db.execute(
        "SELECT c.member_id, c.number FROM cards c WHERE c.status = 'active' AND c.member_id "
        "IN (SELECT member_id FROM tier_changes t WHERE change_id = (SELECT MAX(change_id) "
        "FROM tier_changes WHERE member_id = t.member_id) AND tier_id != 'base')").fetchall()
    assert rows, "the demo has members holding a tier above Base"
    day = today(shop)
    program = shop.programs.program_for(day)
    for member_id, card in rows:
        at_till = _till_tier(shop, card)
        assert at_till not in ("", "Base")
        profile = member_profile(shop.db, member_id, shop.programs.program_for, shop.clock(),
                                 shop.settings.timezone)
        assert profile.tier_name == at_till
        simulated = simulate(shop, program, member_id, b.new_basket(), day).tier
        assert simulated is not None and simulated.tier_name == at_till
