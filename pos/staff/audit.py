"""What the audit log records: every action's code, and the kind and id of what it concerns.

The codes are stored in the database, so a released one never changes its value; the
log's screen words each of them (``loyalty.text.audit``).  A subject is stored as
``"<kind> <id>"`` with a stable id (a member's id, a sale's number, a card's number…),
never a name: the name is looked up when the log is shown, so an erased customer's name
never comes back and a renamed product reads as it is called now.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AuditAction(StrEnum):
    """Every change the log records; the values are what the database holds."""

    SHOP_CREATED = "shop_created"
    STAFF_ADDED = "staff_added"
    STAFF_ROLE_CHANGED = "staff_role_changed"
    STAFF_DEACTIVATED = "staff_deactivated"
    PIN_RESET = "pin_reset"
    SETTINGS_CHANGED = "settings_changed"
    BACKUP_MADE = "backup_made"
    RESTORE = "restore"
    PRODUCT_ADDED = "product_added"
    PRODUCT_CHANGED = "product_changed"
    PRODUCT_RETIRED = "product_retired"
    PRODUCT_RESTORED = "product_restored"
    CATEGORY_SAVED = "category_saved"
    PRODUCTS_IMPORTED = "products_imported"
    LINE_VOIDED = "line_voided"
    LINE_REDUCED = "line_reduced"
    SALE_VOIDED = "void_sale"
    RETURN = "return"
    PROGRAM_SAVED = "program_saved"
    POINTS_ADJUSTED = "adjust"
    MEMBER_CREATED = "member_created"
    MEMBER_EDITED = "member_edited"
    MEMBERS_IMPORTED = "members_imported"
    MEMBER_MERGED = "member_merge"
    MEMBER_EXPORTED = "member_export"
    MEMBER_ERASED = "member_erase"
    CARDS_ISSUED = "cards_issued"
    CARDS_REGISTERED = "cards_registered"
    CARD_BOUND = "card_bound"
    CARD_ACTIVATED = "card_activated"
    CARD_BLOCKED = "card_blocked"
    CARD_REPLACED = "card_replaced"
    CARD_TYPE_CHANGED = "card_type"
    COUPONS_GENERATED = "coupons_generated"


class SubjectKind(StrEnum):
    """What an audit row is about; the id beside it is the stable key of that kind."""

    STAFF = "staff"          # staff_id
    MEMBER = "member"        # member_id
    CARD = "card"            # card number
    SALE = "sale"            # sale number
    PRODUCT = "product"      # product_id (a barcode can be edited)
    CATEGORY = "category"    # category code
    PROGRAM = "program"      # program version
    COUPONS = "coupons"      # batch name
    BASKET = "basket"        # basket id (an unpaid basket has no number)
    FILE = "file"            # a backup or an import file's name
    SETTINGS = "settings"    # no id
    COUNT = "count"          # how many (an import without one subject)


@dataclass(frozen=True, slots=True)
class Subject:
    kind: SubjectKind
    ref: str = ""

    @property
    def text(self) -> str:
        """As stored: ``"member 12"``; a kind without id alone."""
        return f"{self.kind} {self.ref}" if self.ref else str(self.kind)


def subject(kind: SubjectKind, ref: object = "") -> Subject:
    return Subject(kind, str(ref))


def parse_subject(text: str) -> Subject | None:
    """The stored subject back as kind and id; None for one written before subjects had
    kinds (a name as it was then: shown as stored)."""
    kind, _, ref = text.partition(" ")
    try:
        return Subject(SubjectKind(kind), ref)
    except ValueError:
        return None
