"""A demo shop: products, staff, members, cards and months of sales made through the real
checkout, so its data obey every invariant the till itself keeps."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pos.catalogue.gtin import check_digit
from loyalty.demo.sales import CARD_SHARE, Simulation
from loyalty.program.presets import (
    BASE, GOLD, SILVER, fifth_coffee_free, named, points_half_receipt)
from fractions import Fraction

from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, CouponIssue, CouponPolicy, Expiry, ProgressiveDiscount, Program,
    ReceiptBand, Tier, TierId, TierMetric, TierProgram, TierWindow, WelcomeBonus, WindowKind)
from loyalty.program.bounds import int_limit
from loyalty.program.programs import save_program
from loyalty.shop import Shop, open_shop
from pos.storage import store
from pos.catalogue.model import Category, Product
from pos.storage.db import bulk_writing, write_transaction
from pos.settings.model import default_settings_for
from pos.staff.pins import add_staff
from pos.staff.model import Role

DEMO_PINS = {Role.OWNER: "1111", Role.CASHIER: "2222", Role.BOOKKEEPER: "3333"}
# a demo's size: the phone numbers hold ten million members, the sales take about a
# millisecond each, and 240 months are twenty years of history
MAX_MEMBERS, MAX_MONTHS, MAX_SALES = 1_000_000, 240, 10_000_000
_PRODUCTS = (  # Russian name and price in kopecks, English name and price in cents, category
    ("Хлеб ржаной", 65_00, "Rye bread", 3_49, "bread"),
    ("Батон нарезной", 55_00, "White loaf", 2_99, "bread"),
    ("Багет", 89_00, "Baguette", 3_99, "bread"), ("Круассан", 120_00, "Croissant", 2_75, "pastry"),
    ("Эклер", 140_00, "Eclair", 3_25, "pastry"),
    ("Синнабон", 190_00, "Cinnamon roll", 4_25, "pastry"),
    ("Пирожок с капустой", 75_00, "Apple turnover", 2_95, "pastry"),
    ("Торт «Наполеон»", 1_450_00, "Carrot cake", 32_00, "cakes"),
    ("Чизкейк", 320_00, "Cheesecake", 6_50, "cakes"),
    ("Эспрессо", 130_00, "Espresso", 2_95, "coffee"),
    ("Капучино", 190_00, "Cappuccino", 4_45, "coffee"), ("Латте", 220_00, "Latte", 4_95, "coffee"),
    ("Чай чёрный", 110_00, "Black tea", 2_75, "tea"), ("Молоко 1 л", 92_00, "Milk 1 qt", 2_49,
                                                     "dairy"),
    ("Кефир", 84_00, "Yogurt drink", 2_29, "dairy"),
    ("Сырники", 260_00, "Pancakes", 7_95, "kitchen"),
    ("Сэндвич с индейкой", 340_00, "Turkey sandwich", 8_95, "kitchen"),
    ("Сок апельсиновый", 180_00, "Orange juice", 3_95, "drinks"),
    ("Вода 0,5 л", 60_00, "Water 16.9 oz", 1_79, "drinks"),
    ("Сигареты", 230_00, "Cigarettes", 9_50, "tobacco"),
)
_FIRST_RU = (("Анна", "а"), ("Иван", ""), ("Мария", "а"), ("Пётр", ""), ("Ольга", "а"),
          ("Сергей", ""), ("Елена", "а"), ("Дмитрий", ""), ("Наталья", "а"), ("Алексей", ""),
          ("Татьяна", "а"), ("Андрей", ""), ("Юлия", "а"), ("Максим", ""), ("Ирина", "а"),
          ("Никита", ""))
_LAST_RU = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков",
         "Морозов", "Волков", "Фёдоров", "Орлов")
_FIRST_EN = ("Emma", "James", "Olivia", "Liam", "Ava", "Noah", "Sophia", "Mason", "Mia",
             "Ethan", "Grace", "Lucas", "Chloe", "Henry", "Ella", "Jack")
_LAST_EN = ("Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Moore", "Taylor",
            "Clark", "Walker", "Hall", "Young")


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What was built; ``transactions``: the sales were committed in that many
    transactions: one per simulated calendar week when ``batched``, else one per sale."""

    members: int
    sales: int
    returns: int
    first_day: date
    last_day: date
    transactions: int = 0
    batched: bool = True


class SimClock:
    """The demo's clock: moved by the generator through the simulated days."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(microseconds=1000)
        return self.now


def demo_program(start: date, language: str = "ru", silver_minor: int | None = None) -> Program:
    """Points 5 % back (1 point = 1 rouble, or 1 cent), at most half a receipt, a year to
    spend them; 100 welcome points and 200 on the birthday; members get 3 % off a receipt
    from 1,000 roubles ($40) and 5 % from 2,000 ($80); the fifth coffee is free; a receipt
    from 1,500 roubles ($60) earns 100 roubles ($4) off the next one from 500 roubles ($20);
    Silver and Gold tiers by the calendar month's spend (from ``silver_minor`` and 3 times
    that) earn 1.5 and 2 times the points, so members reach them and lose them again;
    tobacco is excluded."""
    russian = language == "ru"
    unit = 100 if russian else 4  # one rouble in kopecks; about one rouble's worth in cents
    silver = silver_minor or (3_000_00 if russian else 75_00)
    base = points_half_receipt(start)
    points = replace(base.points, expiry=Expiry(days=365),
                     point_value_minor=Fraction(100 if russian else 1))
    tiers = TierProgram((Tier(TierId("base"), named(BASE, language), 0),
                         Tier(TierId("silver"), named(SILVER, language), silver,
                              points_multiplier=Fraction(3, 2)),
                         Tier(TierId("gold"), named(GOLD, language), 3 * silver,
                              points_multiplier=Fraction(2))),
                        TierMetric.SPEND, TierWindow(WindowKind.CALENDAR_MONTH), starts_on=start)
    return replace(base, points=points, tiers=tiers,
                   welcome=WelcomeBonus(100, starts_on=start),
                   birthday=BirthdayBonus(BirthdayKind.POINTS, window_days=3, points=200,
                                          starts_on=start),
                   progressive=ProgressiveDiscount((ReceiptBand(1_000 * unit, 300),
                                                    ReceiptBand(2_000 * unit, 500)),
                                                   starts_on=start),
                   stamp_cards=fifth_coffee_free(start, language).stamp_cards,
                   coupons=CouponPolicy(CouponIssue(min_net_minor=1_500 * unit,
                                                    amount_minor=100 * unit,
                                                    min_receipt_minor=500 * unit, valid_days=30),
                                        starts_on=start))


def silver_threshold_minor(language: str, members: int, sales: int, months: int) -> int:
    """Silver from about twice what an average member spends in a month, rounded to a
    round sum: the regulars (who shop most, as in the simulation) reach it, most do not."""
    prices = [p[1] if language == "ru" else p[3] for p in _PRODUCTS]
    receipt_minor = sum(prices) / len(prices) * 19 / 7 * 1.25  # lines and quantities drawn
    monthly_minor = receipt_minor * sales * CARD_SHARE / max(1, members) / max(1, months)
    step = 500_00 if language == "ru" else 10_00
    # many sales for few members would put Gold (three times Silver) past the largest
    # threshold a program takes: then no demo member reaches Silver, and none should
    highest = int_limit("threshold") // 3 // step * step
    return min(max(step, round(2 * monthly_minor / step) * step), highest)


@dataclass(frozen=True, slots=True)
class Locale:
    """What makes a demo shop's customers look like the shop's country."""

    language: str
    region: str
    timezone: str
    email_domain: str

    def name(self, rng: random.Random) -> str:
        if self.language == "ru":
            (first, ending), last = rng.choice(_FIRST_RU), rng.choice(_LAST_RU)
            return f"{first} {last}{ending}"
        return f"{rng.choice(_FIRST_EN)} {rng.choice(_LAST_EN)}"

    def phone(self, i: int) -> str:
        """A valid number of the country, unique per member (+7 916 … or +1 646 2…)."""
        return f"+7916{i:07d}" if self.region == "RU" else f"+1646{2_000_000 + i:07d}"


def locale_for(language: str) -> Locale:
    if language == "ru":
        return Locale("ru", "RU", "Europe/Moscow", "example.ru")
    return Locale("en", "US", "UTC", "example.com")


def _ean(i: int) -> str:
    body = f"460{i:09d}"
    return body + check_digit(body)


# the categories' names as the owner would give them (products and scopes keep the codes)
_CATEGORIES = {"bread": ("Хлеб", "Bread"), "pastry": ("Выпечка", "Pastry"),
               "cakes": ("Торты и пирожные", "Cakes"), "coffee": ("Кофе", "Coffee"),
               "tea": ("Чай", "Tea"), "drinks": ("Напитки", "Drinks"),
               "dairy": ("Молочное", "Dairy"), "kitchen": ("Кухня", "Kitchen"),
               "tobacco": ("Табак", "Tobacco")}


def _setup(shop: Shop, language: str, start: date, silver_minor: int) -> None:
    at = shop.clock()
    settings = replace(default_settings_for(language),
                       name="Пекарня «Колосок»" if language == "ru" else "Wheat Ear Bakery",
                       receipt_footer="Спасибо за покупку!" if language == "ru" else "Thank you!")
    shop.save_settings(settings)
    for role, pin in DEMO_PINS.items():
        names = {Role.OWNER: "Ольга", Role.CASHIER: "Иван", Role.BOOKKEEPER: "Мария"}
        add_staff(shop.db, names[role] if language == "ru" else role.title(), role, pin, at)
    # real EAN-13 codes (prefix 460, check digit) so printed labels scan like shop goods
    russian = language == "ru"
    products = tuple(Product(None, _ean(i), ru if russian else en,
                             ru_minor if russian else en_minor, cat,
                             no_discount=cat == "tobacco", no_points=cat == "tobacco")
                     for i, (ru, ru_minor, en, en_minor, cat) in enumerate(_PRODUCTS, start=1))
    with write_transaction(shop.db):
        store.upsert_products(shop.db, products)
        for code, (ru, en) in _CATEGORIES.items():
            store.save_category(shop.db, Category(code, ru if russian else en))
    save_program(shop.db, demo_program(start, language, silver_minor), start, at)


def build_demo(path: str | Path, members: int = 300, months: int = 6, seed: int = 1,
               language: str = "ru", sales: int | None = None, end: date | None = None,
               progress: Callable[[int, int], None] | None = None,
               now: datetime | None = None, batched: bool = True) -> DemoResult:
    """Create a demo shop at ``path`` (which must not exist yet).

    Its history runs up to ``now`` (default: this moment), never past it: a demo
    writes no sale in the future.  ``end`` ends it at the close of an earlier day.
    ``batched``: a week of sales is one transaction; else each sale is its own durable
    commit, as at a till (the same rows, far slower).
    """
    if Path(path).exists():
        raise FileExistsError(str(path))
    if not (1 <= members <= MAX_MEMBERS and 1 <= months <= MAX_MONTHS
            and (sales is None or 0 <= sales <= MAX_SALES)):
        raise ValueError(f"a demo has 1 to {MAX_MEMBERS} members, 1 to {MAX_MONTHS} months "
                         f"and 0 to {MAX_SALES} sales")
    rng = random.Random(seed)
    locale = locale_for(language)
    tz = locale.timezone
    if end is not None:
        limit = datetime.combine(end + timedelta(days=1), time(0), ZoneInfo(tz))
        limit = min(limit, now) if now else limit
    else:
        limit = (now or datetime.now(ZoneInfo(tz))).astimezone(ZoneInfo(tz))
    last_day = (limit - timedelta(microseconds=1)).astimezone(ZoneInfo(tz)).date()
    first_month = last_day.year * 12 + last_day.month - 1 - (months - 1)
    start = date(first_month // 12, first_month % 12 + 1, 1)
    clock = SimClock(datetime.combine(start, time(8), ZoneInfo(tz)))
    total_sales = min(members * months * 2, MAX_SALES) if sales is None else sales
    made = _new_files(Path(path))
    shop, built = None, False
    try:
        shop = open_shop(path, clock, language)
        _setup(shop, language, start,
               silver_threshold_minor(language, members, total_sales, months))
        simulation = Simulation(shop, clock, rng, locale, members, total_sales,
                                start, last_day, limit, DEMO_PINS, batched)
        with bulk_writing(shop.db, durable_commits=not batched):
            result = simulation.run(progress)
        built = True
        return result
    finally:
        try:
            if shop is not None:
                shop.close()
        finally:
            if not built:  # failed or interrupted: no half-built shop is left to trip over
                for made_file in made:
                    made_file.unlink(missing_ok=True)


def _new_files(path: Path) -> list[Path]:
    """The database and the side files SQLite makes beside it that do not exist yet:
    the only ones a failed build may remove."""
    side = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    return [f for f in (path, *side) if not f.exists()]
