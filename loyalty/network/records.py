"""What the tills share (pure data): each shared table, its key, and the columns that point
at other shared rows, which travel as global ids and become local ids again on arrival.

A sale travels as one record with its lines, discounts, payments and loyalty rows, so a
till never holds half a sale; ledger entries travel one by one (they carry the points).
Mutable rows (members, cards, staff, products, categories: the tables with an update
trigger in the ``loyalty_network`` migrations) travel as an insert and then as events,
each a whole-row snapshot: the latest by server order wins, and a blocked card stays
blocked.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Shared:
    table: str
    key: str                                   # the local key column
    refs: tuple[tuple[str, str], ...] = ()     # (column, shared table it points at)
    shop_scoped: bool = False                  # seen by the tills of its own shop only
    children: tuple[Child, ...] = ()


@dataclass(frozen=True, slots=True)
class Child:
    """Rows that belong to a sale and travel inside its record."""

    table: str
    parent: str                                # the column holding the sale number
    refs: tuple[tuple[str, str], ...] = ()
    drop: tuple[str, ...] = ()                 # local surrogate keys, made afresh on arrival


SALE_CHILDREN = (
    Child("sale_lines", "sale_no", (("product_id", "products"),)),
    Child("sale_discounts", "sale_no", drop=("discount_id",)),
    Child("payments", "sale_no", drop=("payment_id",)),
    Child("loyalty_sales", "sale_no", (("member_id", "members"), ("program_version", "programs"))),
    Child("loyalty_sale_lines", "sale_no"),
    Child("coupon_uses", "sale_no"),
    Child("stamp_events", "sale_no", (("member_id", "members"),)),
    Child("coupons", "issued_sale_no"),  # a coupon for the next visit, printed on the receipt
)

# in the order a fresh till applies an initial upload: what a row points at comes first
SHARED = (
    Shared("staff", "staff_id"),
    Shared("categories", "code", shop_scoped=True),
    Shared("products", "product_id", shop_scoped=True),
    Shared("programs", "version"),
    Shared("members", "member_id", (("referred_by", "members"),)),
    Shared("cards", "number", (("member_id", "members"), ("replaced_by", "cards"))),
    Shared("member_merges", "member_id", (("member_id", "members"), ("into_id", "members"),
                                          ("staff_id", "staff"))),
    Shared("coupons", "code"),  # a batch's coupons (those a sale issues travel with it)
    Shared("sales", "sale_no", (("original_sale_no", "sales"), ("staff_id", "staff")),
           children=SALE_CHILDREN),
    Shared("ledger", "entry_id", (("member_id", "members"), ("sale_no", "sales"),
                                  ("lot_ref", "ledger"), ("staff_id", "staff"))),
    Shared("tier_changes", "change_id", (("member_id", "members"), ("sale_no", "sales"))),
)
BY_TABLE = {s.table: s for s in SHARED}
