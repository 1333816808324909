"""Benchmark of the members search: 100,000 members built in one transaction, then searched."""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from loyalty.storage import search as member_search, store
from pos.catalogue.gtin import check_digit
from loyalty.model.models import Card, Member
from loyalty.shop import open_shop
from pos.storage.db import write_transaction

FIRST = ("Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Алексей", "Иван", "Сергей",
         "Дмитрий", "Андрей", "Михаил", "Пётр", "John", "Emma", "Oliver", "Sofia", "Lucas")
LAST = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
        "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
        "Smith", "Brown", "Taylor", "Wilson")
# what an owner types, one keystroke at a time: names, phone digits, a card number
QUERIES = ("Анна Пет", "серг", "Smith", "916 55", "8916123", "2900012")


def build_members(db: Database, count: int, at: datetime, seed: int = 7) -> None:
    """``count`` members, each with a phone and a card, through the storage functions in
    one transaction (the search triggers run for every row, as in real use)."""
    rnd = random.Random(seed)
    with write_transaction(db):
        cards = []
        for i in range(count):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}{rnd.choice(('', 'а'))} {i}"
            member_id = store.insert_member(db, Member(0, name, f"+7916{i:07d}",
                                                       f"client{i}@example.ru", None, at))
            body = f"29{i:010d}"
            cards.append(Card(body + check_digit(body), "ean13", member_id, "personal",
                              "active", at, activated_at=at))
        store.insert_cards(db, tuple(cards))


def keystrokes(query: str) -> list[str]:
    """Typing the query, then clearing the box (back to the whole list)."""
    return [query[:i] for i in range(1, len(query) + 1)] + [""]


def time_search(db: Database, now: datetime, page: int = 30) -> list[float]:
    """Milliseconds per keystroke: the search and the rows of the first screenful."""
    timings = []
    for query in QUERIES:
        for text in keystrokes(query):
            start = time.perf_counter()
            result = member_search.search(db, text)
            ids = (member_search.listed_page(db, 0, page) if result.member_ids is None
                   else result.member_ids[:page])
            member_search.list_rows(db, ids, now)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def main(count: int = 100_000) -> float:
    """Prints the figures; returns the median milliseconds per keystroke."""
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "bench.db")
        now = datetime.now(timezone.utc)
        start = time.perf_counter()
        build_members(shop.db, count, now)
        print(f"built {count} members with cards in {time.perf_counter() - start:.1f} s")
        timings = time_search(shop.db, now)
        print(f"search per keystroke over {len(timings)} keystrokes: median "
              f"{statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
        shop.close()
    return statistics.median(timings)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
