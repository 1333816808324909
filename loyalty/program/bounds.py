"""Upper bounds on every number, text and list of a program, so that no saved version can
overflow a date, an SQLite integer or the till's patience.

A bound is looked up by the field's name; a number field that is not named
here still gets ``DEFAULT_MAX`` — nothing in a program is unbounded.
"""
from __future__ import annotations

from datetime import date
from fractions import Fraction

DEFAULT_MAX = 10**12          # any other whole number (money in minor units, thresholds)
MONEY_MAX_MINOR = 10**12      # ten billion roubles: far above any receipt or lifetime spend
POINTS_MAX = 10**9            # one bonus, or a balance limit, in points
LATEST_DATE = date(2200, 12, 31)  # start dates beyond this are typos
TEXT_MAX = 200                # names, ids, categories, codes (characters)
NAME_MAX = 60                 # a name customers see on the screen and the receipt (a tier's)
EFFECTIVE_YEARS_AHEAD = 5     # a new version starts today or within this many years
# the shortest life "the end of the following year" gives points: earned on 31 December
FOLLOWING_YEAR_MIN_DAYS = 366

# whole-number fields by name: the largest value the till can work with
INT_MAX: dict[str, int] = {
    "version": 10**9,
    "hold_days": 3_660,              # ten years before points may be spent
    "days": 36_600,                  # expiry after / rolling tier window: a hundred years
    "decay_after_days": 36_600,
    "window_days": 183,              # birthday window either side
    "valid_days": 3_660,
    "purchases": 1_000,
    "buy": 1_000,
    "points": POINTS_MAX,
    "referrer_points": POINTS_MAX,
    "referred_points": POINTS_MAX,
    "min_balance_points": POINTS_MAX,
    "step_points": POINTS_MAX,
    "max_uses": 10**9,
    "times_used": 10**9,
    "product_id": 10**15,
    "product_ids": 10**15,
    "threshold": MONEY_MAX_MINOR,
}

# Whole-number fields that must be at least 1 when set (None, where allowed, is "never"):
# a lifetime or a validity of 0 days ends before it begins, a step or a count of 0 divides
# by nothing, an instant upgrade "from 0" is every receipt.  The rest may be 0.
AT_LEAST_ONE = frozenset({
    "per_minor", "buy", "step_points", "purchases",
    "days", "decay_after_days", "valid_days", "instant_upgrade_from_minor"})
# how a version read back from the shop's file is checked: only the rules it was saved
# under (this set as it was), so a stored version never stops loading after an upgrade
AT_LEAST_ONE_STORED = frozenset({"per_minor", "buy", "step_points", "purchases"})
# the fields naming something customers see, and the ids the rules match by
NAME_FIELDS = frozenset({"name"})
ID_FIELDS = frozenset({"card_type_id", "tier_id", "mission_id", "stamp_card_id"})

# Fractions: (smallest above zero, largest)
FRACTION_RANGE: dict[str, tuple[Fraction, Fraction]] = {
    "point_value_minor": (Fraction(1, 1_000), Fraction(10**6)),
    "points_multiplier": (Fraction(0), Fraction(10)),
    "multiplier": (Fraction(0), Fraction(10)),
}
FRACTION_MAX_DENOMINATOR = 10**6
# "P points per X": at most this many points per minor unit before multipliers, so that a
# receipt of the largest lines stays far inside SQLite's 64-bit integers
POINTS_PER_MINOR_MAX = 1_000

# how many rows a list may hold
LENGTH_MAX: dict[str, int] = {
    "card_types": 100,
    "steps": 200,
    "tiers": 50,
    "bands": 200,
    "category_rates": 1_000,
    "product_rates": 10_000,
    "missions": 50,
    "stamp_cards": 100,
    "categories": 1_000,
    "product_ids": 10_000,
}
LENGTH_DEFAULT = 1_000


def int_limit(name: str) -> int:
    if name.endswith("_bp"):
        return 10_000  # basis points: 100 %
    return INT_MAX.get(name, DEFAULT_MAX)


def length_limit(name: str) -> int:
    return LENGTH_MAX.get(name, LENGTH_DEFAULT)
