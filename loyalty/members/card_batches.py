"""Choosing which cards to print: a batch of new bearer cards, or members' cards."""
from __future__ import annotations

from pathlib import Path

from loyalty.storage import store
from loyalty.printing.card_layout import CardFace
from loyalty.members.cards import check_card_type, issue_cards
from loyalty.program.editing import today
from loyalty.reports.exports import write_csv
from loyalty.shop import Shop
from pos.errors import UserError
from loyalty.model.models import CardStatus

LIST_COLUMNS = ("card_number", "symbology", "member_id")


class CardBatchError(UserError, ValueError):
    """Members to print that cannot be: ``reason`` bad_ids (not numbers) or no_member."""

    def __init__(self, reason: str, value: object) -> None:
        super().__init__(f"card_batch.{reason}", value=value)
        self.reason, self.value = reason, value


def _card_type(shop: Shop, card_type_id: str | None) -> str | None:
    """The type new cards are issued as: the one asked for, else the program's default."""
    program = shop.programs.program_for(today(shop))
    if card_type_id is None and program.fixed_discount is not None:
        return program.fixed_discount.default_card_type_id
    return check_card_type(program, card_type_id)


def card_type_names(shop: Shop) -> dict[str | None, str]:
    """The name printed on a card of each type; under None, the program's default type's."""
    program = shop.programs.program_for(today(shop))
    if program.fixed_discount is None:
        return {}
    names: dict[str | None, str] = {t.card_type_id: t.name
                                    for t in program.fixed_discount.card_types}
    default = names.get(program.fixed_discount.default_card_type_id)
    return names | ({None: default} if default else {})


def new_bearer_faces(shop: Shop, count: int, card_type_id: str | None = None,
                     staff_id: int | None = None
                     ) -> tuple[tuple[CardFace, ...], tuple[tuple, ...]]:
    """Issue ``count`` new bearer cards of ``card_type_id``; their faces and list rows.
    CardError when the program has no such card type."""
    type_id = _card_type(shop, card_type_id)
    cards = issue_cards(shop.db, count, shop.settings.card_prefix, shop.clock(),
                        card_type_id=type_id, staff_id=staff_id)
    name = card_type_names(shop).get(type_id)
    return (tuple(CardFace(c.number, c.symbology, None, name) for c in cards),
            tuple((c.number, c.symbology, "") for c in cards))


def member_faces(shop: Shop, which: str, card_type_id: str | None = None,
                 staff_id: int | None = None
                 ) -> tuple[tuple[CardFace, ...], tuple[tuple, ...]]:
    """``which`` is 'all' or comma-separated member ids; each member's working cards.

    A member with no working card gets a new personal one (of ``card_type_id``),
    so printing a member always produces a card.
    """
    card_type_id = _card_type(shop, card_type_id)
    type_names = card_type_names(shop)
    if which == "all":
        ids = [m.member_id for m in store.iter_members(shop.db) if not m.erased_at]
    else:
        try:
            ids = [int(x) for x in which.split(",") if x.strip()]
        except ValueError as error:
            raise CardBatchError("bad_ids", which) from error
    faces, rows = [], []
    for member_id in ids:
        member = store.member_by_id(shop.db, member_id)
        if member is None:
            raise CardBatchError("no_member", member_id)
        cards = [c for c in store.cards_of_member(shop.db, member_id)
                 if c.status != CardStatus.BLOCKED]
        if not cards:
            cards = list(issue_cards(shop.db, 1, shop.settings.card_prefix, shop.clock(),
                                     member_id=member_id, card_type_id=card_type_id,
                                     staff_id=staff_id))
        for c in cards:
            faces.append(CardFace(c.number, c.symbology if c.symbology != "qr" else "code128",
                                  member.name or None, type_names.get(c.card_type_id)))
            rows.append((c.number, c.symbology, member_id))
    return tuple(faces), tuple(rows)


def write_card_list(path: str | Path, rows: tuple[tuple, ...]) -> int:
    return write_csv(path, LIST_COLUMNS, rows)
