"""Members, cards and ledger entries of the loyalty domain, as frozen values, and the
kinds and statuses they are stored with (each listed here once; the tables' CHECKs in the
released migrations spell the same strings)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

MemberId = int


class CardKind(StrEnum):
    PERSONAL = "personal"
    BEARER = "bearer"  # sold or handed out before anyone is enrolled on it


class CardStatus(StrEnum):
    UNASSIGNED = "unassigned"  # a bearer card not yet used
    ACTIVE = "active"
    BLOCKED = "blocked"  # forever


class EntryKind(StrEnum):
    """What a ledger entry records.  The first five earn points (``EARN_KINDS``)."""

    PURCHASE = "purchase"
    WELCOME = "welcome"
    BIRTHDAY = "birthday"
    REFERRAL = "referral"
    MISSION = "mission"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"
    REVERSAL = "reversal"  # a return taking back what its sale earned or spent
    TRANSFER = "transfer"  # a merge moving points between two members


EARN_KINDS = (EntryKind.PURCHASE, EntryKind.WELCOME, EntryKind.BIRTHDAY, EntryKind.REFERRAL,
              EntryKind.MISSION)


@dataclass(frozen=True, slots=True)
class Member:
    member_id: MemberId
    name: str
    phone: str | None
    email: str
    birthday: date | None
    enrolled_at: datetime
    consent_data_at: datetime | None = None
    consent_marketing_at: datetime | None = None
    referred_by: MemberId | None = None
    erased_at: datetime | None = None
    # when each consent was last withdrawn (its ``_at`` is then None; the history keeps both)
    consent_data_withdrawn_at: datetime | None = None
    consent_marketing_withdrawn_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Card:
    """``status``: unassigned (a bearer card not yet used), active, or blocked (forever).

    ``card_type_id`` names the program's card type (its fixed discount); None means
    the program's default type, looked up at each sale.
    """

    number: str
    symbology: str
    member_id: MemberId | None
    kind: CardKind
    status: CardStatus
    issued_at: datetime
    activated_at: datetime | None = None
    expires_on: date | None = None
    blocked_at: datetime | None = None
    block_reason: str = ""
    replaced_by: str | None = None
    card_type_id: str | None = None


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One change of a member's points.  Never edited: a correction is a new entry.

    ``available_at`` is when the points become spendable (the hold period);
    ``expires_at`` when what is left of a positive entry expires; ``lot_ref``
    names the positive entry a negative one consumes first (an expiry, or the
    reversal of a purchase's points).
    """

    entry_id: int
    member_id: MemberId
    kind: EntryKind
    points: int
    at: datetime
    available_at: datetime
    expires_at: datetime | None = None
    sale_no: int | None = None
    lot_ref: int | None = None
    staff_id: int | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Balance:
    """Points of a member at an instant; ``spendable`` may be negative only by policy."""

    spendable: int
    pending: int

    @property
    def total(self) -> int:
        return self.spendable + self.pending


@dataclass(frozen=True, slots=True)
class ReceiptStanding:
    """The member's standing right after a sale or return, as its receipt printed it.

    ``next_tier_remaining`` is in the unit of ``next_tier_metric`` (minor units, visits
    or units); ``stamps`` holds (card name, stamps, stamps needed) per stamp card.
    """

    balance_points: int
    pending_points: int
    tier_name: str = ""
    next_tier_name: str = ""
    next_tier_metric: str = ""
    next_tier_remaining: int = 0
    stamps: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class MemberTotals:
    """Kept per member as sales commit: lifetime net spend (returns included), purchases
    ever, and when the last one was."""

    spend_minor: int = 0
    purchases: int = 0
    last_purchase_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LoyaltySaleRecord:
    """The loyalty side of one sale or return: who, on which card, the points it earned and
    redeemed (negative on a return), under which program version."""

    member_id: MemberId
    card_number: str | None
    points_earned: int
    points_redeemed: int
    program_version: int


@dataclass(frozen=True, slots=True)
class ChainRow:
    """A ledger entry's hashed values in stored order, and the hash stored for it (None when
    missing): what verify replays."""

    values: tuple
    stored_hash: str | None
