"""The shop's daily housekeeping: points that expired, tiers whose window closed."""
from __future__ import annotations

from loyalty.ledger import wallet
from loyalty.shop import Shop
from loyalty.tier_runs import recalculate_tiers
from pos.clock import local_date


def run_daily(shop: Shop) -> tuple[int, int]:
    """(points expired, members whose tier changed); safe to run any number of times."""
    now = shop.clock()
    today = local_date(now, shop.settings.timezone)
    expired = wallet.expire_due(shop.db, now)
    changed = recalculate_tiers(shop.db, shop.programs.program_for(today), today, now,
                                shop.settings.timezone)
    return expired, changed
