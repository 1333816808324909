"""Setting a basket aside: parking it for later, resuming it, or voiding it (audited)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from sqlite_utils import Database

from pos.storage import sale_store, store
from pos.basket import Basket, BasketLine, ParkedRecord
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage.db import write_transaction


def basket_to_json(basket: Basket) -> str:
    return json.dumps(asdict(basket), ensure_ascii=False)


def basket_from_json(text: str) -> Basket:
    data = json.loads(text)
    return Basket(basket_id=data["basket_id"],
                  lines=tuple(BasketLine(**line) for line in data["lines"]),
                  customer_ref=data["customer_ref"], coupon_codes=tuple(data["coupon_codes"]),
                  redeem_points=data["redeem_points"])


def forget_phone(db: Database, phone: str) -> int:
    """Clear the customer of every parked basket identified by ``phone`` however it was
    typed ('8 916 …', '+7 (916) …': the last ten digits decide); returns how many."""
    digits = "".join(c for c in phone if c.isdigit())[-10:]
    cleared = 0
    for record in sale_store.parked(db):
        basket = basket_from_json(record.basket_json)
        ref = "".join(c for c in basket.customer_ref or "" if c.isdigit())
        if len(digits) == 10 and ref[-10:] == digits:
            sale_store.set_parked_json(db, record.basket_id,
                                       basket_to_json(replace(basket, customer_ref=None)))
            cleared += 1
    return cleared


def park_basket(db: Database, basket: Basket, at: datetime, staff_id: int | None,
                label: str) -> None:
    with write_transaction(db):
        sale_store.park(db, basket.basket_id, at, staff_id, label, basket_to_json(basket))


def parked_baskets(db: Database) -> tuple[ParkedRecord, ...]:
    """Each parked basket as stored, oldest first."""
    return sale_store.parked(db)


@dataclass(frozen=True, slots=True)
class ParkedBasket:
    basket_id: str
    label: str
    at: datetime
    basket: Basket


def parked_list(db: Database) -> tuple[ParkedBasket, ...]:
    """Every parked basket with its contents, oldest first (the till shows who and how much)."""
    return tuple(ParkedBasket(r.basket_id, r.label, r.at, basket_from_json(r.basket_json))
                 for r in sale_store.parked(db))


def resume_basket(db: Database, basket_id: str) -> Basket:
    """Take a parked basket back; it is no longer parked (so two tills cannot both take it)."""
    with write_transaction(db):
        raw = next((r.basket_json for r in sale_store.parked(db) if r.basket_id == basket_id),
                   None)
        if raw is None:
            raise LookupError(basket_id)
        sale_store.unpark(db, basket_id)
    return basket_from_json(raw)


def void_basket(db: Database, basket: Basket, staff_id: int | None, at: datetime) -> None:
    """A sale abandoned before payment changes nothing but the audit log, which says who."""
    if not basket.lines:
        return
    with write_transaction(db):
        store.append_audit(db, at, staff_id, AuditAction.SALE_VOIDED,
                           subject(SubjectKind.BASKET, basket.basket_id),
                           {"lines": len(basket.lines), "gross_minor": basket.gross_minor})


def audit_line_taken_off(db: Database, basket: Basket, line_no: int, qty_left: int,
                         staff_id: int | None, at: datetime) -> None:
    """A line voided (``qty_left`` 0) or cut down before payment: nothing is sold, but the log
    says who took what off, as it does for a whole sale voided."""
    line = basket.line(line_no)
    about = (subject(SubjectKind.PRODUCT, line.product_id) if line.product_id is not None
             else subject(SubjectKind.BASKET, basket.basket_id))
    action = AuditAction.LINE_REDUCED if qty_left else AuditAction.LINE_VOIDED
    with write_transaction(db):
        store.append_audit(db, at, staff_id, action, about,
                           {"name": line.name,
                            "qty": [line.qty, qty_left] if qty_left else line.qty,
                            "gross_minor": line.unit_price_minor * (line.qty - qty_left),
                            "basket": basket.basket_id})
