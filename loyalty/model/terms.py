"""The words every program mechanism is written in: ids, enums, scopes, the default start."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NewType

from pos.basket import BasketLine

CardTypeId = NewType("CardTypeId", str)
TierId = NewType("TierId", str)
StampCardId = NewType("StampCardId", str)
MissionId = NewType("MissionId", str)

# A mechanism without an explicit start date has applied since forever.
ALWAYS = date(2000, 1, 1)


class TierMetric(StrEnum):
    SPEND = "spend"      # net money of the receipts, minor units
    VISITS = "visits"    # number of receipts
    UNITS = "units"      # quantity of the tier program's chosen products/categories


class WindowKind(StrEnum):
    CALENDAR_MONTH = "calendar_month"
    CALENDAR_YEAR = "calendar_year"
    ROLLING_DAYS = "rolling_days"
    LIFETIME = "lifetime"


class Stacking(StrEnum):
    BEST_SINGLE = "best_single"
    ADDITIVE = "additive"
    EXCLUSIVE_DISCOUNT_OR_POINTS = "exclusive_discount_or_points"


class BirthdayKind(StrEnum):
    POINTS = "points"
    DISCOUNT = "discount"
    MULTIPLIER = "multiplier"


@dataclass(frozen=True, slots=True)
class Scope:
    """Products and categories a rule is about; a line matches if either list names it."""

    categories: tuple[str, ...] = ()
    product_ids: tuple[int, ...] = ()

    def matches(self, line: BasketLine) -> bool:
        return line.category in self.categories or (
            line.product_id is not None and line.product_id in self.product_ids)
