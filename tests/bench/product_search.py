"""Benchmark of the product search (till F3, the simulator): a catalogue of N products searched
one keystroke at a time, with the Unicode fold, next to the ASCII-only LIKE it replaced."""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from loyalty.shop import open_shop
from pos.catalogue.model import Product
from pos.storage import store
from pos.storage.db import write_transaction

WORDS = ("Хлеб", "Батон", "Багет", "Круассан", "Булочка", "Пирог", "Торт", "Кофе", "Чай", "Молоко",
         "Сыр", "Ёжик", "Bread", "Coffee", "Cake", "ржаной", "с маком", "шоколадный", "250 г")
QUERIES = ("хлеб", "КРУАС", "кофе", "еж", "bread", "4600", "щавель")  # the last finds nothing


def keystrokes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def timed(search, db) -> list[float]:
    out = []
    for query in QUERIES:
        for text in keystrokes(query):
            start = time.perf_counter()
            search(db, text)
            out.append((time.perf_counter() - start) * 1000)
    return out


def like_search(db, text: str, limit: int = 30):
    like = f"%{text.strip()}%"
    return db.execute("SELECT product_id FROM products WHERE active = 1 AND (name LIKE ? OR "
                      "barcode LIKE ?) ORDER BY name COLLATE NOCASE LIMIT ?",
                      [like, like, limit]).fetchall()


def main(count: int = 20_000) -> None:
    rnd = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "bench.db")
        products = tuple(Product(None, f"46{i:011d}", " ".join(rnd.sample(WORDS, 3)) + f" {i}",
                                 100 + i, "") for i in range(count))
        with write_transaction(shop.db):
            store.upsert_products(shop.db, products)
        for name, search in (("fold (Unicode)", store.search_products),
                             ("LIKE (ASCII)", like_search)):
            t = timed(search, shop.db)
            print(f"{count} products, {name}: median {statistics.median(t):.1f} ms, "
                  f"max {max(t):.1f} ms per keystroke")
        shop.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
