"""What the rule engine needs to know about one member at quote time, as plain sums."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NewType

from loyalty.model.program import CardTypeId, StampCardId, TierId

MemberId = NewType("MemberId", int)


@dataclass(frozen=True, slots=True)
class StampProgress:
    stamp_card_id: StampCardId
    stamps: int  # units bought since the last free one


@dataclass(frozen=True, slots=True)
class MemberState:
    """A snapshot before the receipt being quoted; every field is a sum or a latest value.

    ``tier_metric`` is the tier program's metric accumulated in the current
    window (minor units, visits or units); ``purchases_this_month`` counts the
    calendar month's purchases before this one; ``last_birthday_bonus_on`` is
    when birthday points were last given (they are given once per window).
    """

    member_id: MemberId
    enrolled_on: date
    birthday: date | None = None
    card_type_id: CardTypeId | None = None
    spendable_points: int = 0
    pending_points: int = 0
    lifetime_spend_minor: int = 0
    last_purchase_on: date | None = None
    tier_id: TierId | None = None
    tier_metric: int = 0
    stamps: tuple[StampProgress, ...] = ()
    purchases_this_month: int = 0
    is_first_purchase: bool = False
    referred_by: MemberId | None = None
    last_birthday_bonus_on: date | None = None

    def stamps_for(self, stamp_card_id: StampCardId) -> int:
        return next((s.stamps for s in self.stamps if s.stamp_card_id == stamp_card_id), 0)
