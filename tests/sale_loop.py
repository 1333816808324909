"""A child process for the crash and concurrency tests: sells in a loop on a shop file.

Usage: python tests/sale_loop.py DB CARD COUNT [SEED]; prints each committed sale number.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from builders import BREAD, MILK, basket_with, loyalty_quote, sell  # noqa: E402
from loyalty.shop import open_shop  # noqa: E402


def main() -> None:
    path, card, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    shop = open_shop(path)
    for _ in range(count):
        items = [(MILK, rng.randint(1, 5)), (BREAD, rng.randint(1, 3))]
        basket = basket_with(shop, *items, card=card)
        limits = loyalty_quote(shop.checkout.quote(basket)).redeem_limits
        redeem = rng.choice((0, 0, limits.max_points // 2))
        sale = None
        for _attempt in range(20):  # another till may spend the points between quote and pay
            try:
                sale = sell(shop, basket_with(shop, *items, card=card, redeem=redeem))
                break
            except Exception as error:  # noqa: BLE001 - only the expected refusals are retried
                if getattr(error, "reason", "") not in ("quote_changed", "balance", "cap",
                                                                 "points_taken"):
                    raise
                redeem = 0
        print(sale.sale_no, flush=True)
        if rng.random() < 0.2:
            shop.returns.commit(shop.returns.quote(sale.sale_no, {1: 1}), None)
    shop.close()


if __name__ == "__main__":
    main()
