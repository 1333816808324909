"""A demo shop: products, staff, members, cards and months of sales made through the real
checkout, so its data obey every invariant the till itself keeps."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pos.gtin import check_digit
from loyalty.demo.sales import Simulation
from loyalty.program.presets import fifth_coffee_free, points_half_receipt
from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, CouponPolicy, Expiry, ProgressiveDiscount, Program, ReceiptBand,
    WelcomeBonus)
from loyalty.program.programs import save_program
from loyalty.shop import Shop, open_shop
from pos.storage import store
from pos.catalogue import Product
from pos.storage.db import write_transaction
from pos.settings.model import default_settings_for
from pos.staff.pins import add_staff

DEMO_PINS = {"owner": "1111", "cashier": "2222", "bookkeeper": "3333"}
_PRODUCTS = (  # barcode suffix, Russian name, English name, price minor, category, flags
    ("Хлеб ржаной", "Rye bread", 65_00, "bread"), ("Батон нарезной", "White loaf", 55_00, "bread"),
    ("Багет", "Baguette", 89_00, "bread"), ("Круассан", "Croissant", 120_00, "pastry"),
    ("Эклер", "Eclair", 140_00, "pastry"), ("Синнабон", "Cinnamon roll", 190_00, "pastry"),
    ("Пирожок с капустой", "Cabbage pie", 75_00, "pastry"), ("Торт «Наполеон»", "Napoleon cake",
                                                            1_450_00, "cakes"),
    ("Чизкейк", "Cheesecake", 320_00, "cakes"), ("Эспрессо", "Espresso", 130_00, "coffee"),
    ("Капучино", "Cappuccino", 190_00, "coffee"), ("Латте", "Latte", 220_00, "coffee"),
    ("Чай чёрный", "Black tea", 110_00, "tea"), ("Молоко 1 л", "Milk 1 l", 92_00, "dairy"),
    ("Кефир", "Kefir", 84_00, "dairy"), ("Сырники", "Cottage cheese pancakes", 260_00, "kitchen"),
    ("Сэндвич с индейкой", "Turkey sandwich", 340_00, "kitchen"),
    ("Сок апельсиновый", "Orange juice", 180_00, "drinks"), ("Вода 0,5 л", "Water 0.5 l",
                                                             60_00, "drinks"),
    ("Сигареты", "Cigarettes", 230_00, "tobacco"),
)
_FIRST = (("Анна", "а"), ("Иван", ""), ("Мария", "а"), ("Пётр", ""), ("Ольга", "а"),
          ("Сергей", ""), ("Елена", "а"), ("Дмитрий", ""), ("Наталья", "а"), ("Алексей", ""),
          ("Татьяна", "а"), ("Андрей", ""), ("Юлия", "а"), ("Максим", ""), ("Ирина", "а"),
          ("Никита", ""))
_LAST = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков",
         "Морозов", "Волков", "Фёдоров", "Орлов")


@dataclass(frozen=True, slots=True)
class DemoResult:
    members: int
    sales: int
    returns: int
    first_day: date
    last_day: date


class SimClock:
    """The demo's clock: moved by the generator through the simulated days."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(microseconds=1000)
        return self.now


def demo_program(start: date, language: str = "ru") -> Program:
    """Points 5 % back, 1 point = 1 rouble, at most half a receipt, a year to spend them;
    100 welcome points and 200 on the birthday; members get 3 % off a receipt from
    1,000 roubles and 5 % from 2,000; the fifth coffee is free; coupons are accepted
    (tobacco is excluded from all of it)."""
    base = points_half_receipt(start)
    return replace(base, points=replace(base.points, expiry=Expiry(days=365)),
                   welcome=WelcomeBonus(100, starts_on=start),
                   birthday=BirthdayBonus(BirthdayKind.POINTS, window_days=3, points=200,
                                          starts_on=start),
                   progressive=ProgressiveDiscount((ReceiptBand(1_000_00, 300),
                                                    ReceiptBand(2_000_00, 500)),
                                                   starts_on=start),
                   stamp_cards=tuple(replace(card, name="Кофе" if language == "ru" else "Coffee")
                                     for card in fifth_coffee_free(start).stamp_cards),
                   coupons=CouponPolicy(starts_on=start))


def _name(rng: random.Random, i: int) -> str:
    (first, ending), last = rng.choice(_FIRST), rng.choice(_LAST)
    return f"{first} {last}{ending}"


def _ean(i: int) -> str:
    body = f"460{i:09d}"
    return body + check_digit(body)


def _setup(shop: Shop, language: str, start: date, rng: random.Random) -> None:
    at = shop.clock()
    settings = replace(default_settings_for(language),
                       name="Пекарня «Колосок»" if language == "ru" else "Wheat Ear Bakery",
                       receipt_footer="Спасибо за покупку!" if language == "ru" else "Thank you!")
    shop.save_settings(settings)
    for role, pin in DEMO_PINS.items():
        add_staff(shop.db, {"owner": "Ольга", "cashier": "Иван", "bookkeeper": "Мария"}[role]
                  if language == "ru" else role.title(), role, pin, at)
    # real EAN-13 codes (prefix 460, check digit) so printed labels scan like shop goods
    products = tuple(Product(None, _ean(i), ru if language == "ru" else en, price, cat,
                             no_discount=cat == "tobacco", no_points=cat == "tobacco")
                     for i, (ru, en, price, cat) in enumerate(_PRODUCTS, start=1))
    with write_transaction(shop.db):
        store.upsert_products(shop.db, products)
    save_program(shop.db, demo_program(start, language), start, at)


def build_demo(path: str | Path, members: int = 300, months: int = 6, seed: int = 1,
               language: str = "ru", sales: int | None = None, end: date | None = None,
               progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Create a demo shop at ``path`` (which must not exist yet)."""
    if Path(path).exists():
        raise FileExistsError(str(path))
    rng = random.Random(seed)
    tz = "Europe/Moscow" if language == "ru" else "UTC"
    end = end or date.today()
    if months < 1 or members < 1:
        raise ValueError("members and months must be at least 1")
    first_month = end.year * 12 + end.month - 1 - (months - 1)
    start = date(first_month // 12, first_month % 12 + 1, 1)
    clock = SimClock(datetime.combine(start, time(8), ZoneInfo(tz)))
    shop = open_shop(path, clock, language)
    try:
        _setup(shop, language, start, rng)
        simulation = Simulation(shop, clock, rng, tz, members, sales or members * months * 2,
                                start, end, DEMO_PINS, _name)
        return simulation.run(progress)
    finally:
        shop.close()
