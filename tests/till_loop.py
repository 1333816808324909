"""A child till for the restore tests: sells until a stop file appears, printing each
acknowledged sale's basket id (sale numbers repeat across a restore; basket ids do not).

Usage: python tests/till_loop.py DB CARD STOP_FILE
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from builders import BREAD, MILK, basket_with, sell  # noqa: E402
from loyalty.shop import open_shop  # noqa: E402


def main() -> None:
    path, card, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    shop = open_shop(path)
    while not stop.exists():
        try:
            sale = sell(shop, basket_with(shop, (MILK, 1), (BREAD, 1), card=card))
        except Exception as error:  # noqa: BLE001 - a restore in between changes the quote
            if getattr(error, "reason", "") != "quote_changed":
                raise
            continue
        print(sale.basket_id, shop.settings.name, flush=True)  # acknowledged: on screen now
        time.sleep(0.01)
    shop.close()


if __name__ == "__main__":
    main()
