"""Building the printable receipt of a committed sale or return, with its loyalty block."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlite_utils import Database

from loyalty.storage import ledger_store
from loyalty.members.card_numbers import mask
from loyalty.text.explanations import explain
from loyalty.shop import Shop
from pos.storage import sale_store
from pos.storage import store as pos_store
from pos.printing.receipt import DiscountLine, LoyaltyBlock, Payment, Receipt, ReceiptLine, Totals
from pos.printing.text import label
from pos.sale import Sale
from pos.errors import UserError


class ReceiptNotFound(UserError, LookupError):
    def __init__(self, sale_no: int) -> None:
        super().__init__("receipt.not_found", sale_no=sale_no)
        self.sale_no = sale_no


def _lines(sale: Sale, sign: int) -> tuple[ReceiptLine, ...]:
    return tuple(ReceiptLine(l.name, sign * l.qty, l.unit_price_minor, sign * l.discount_minor,
                             sign * l.net_minor) for l in sale.lines)


def _discounts(sale: Sale, language: str, currency: str) -> tuple[DiscountLine, ...]:
    """One row per mechanism and reason, summed over the lines it touched."""
    rows: dict[str, int] = {}
    for d in sale.discounts:
        text = explain(d.explanation.key, d.explanation.params, language, currency)
        rows[text] = rows.get(text, 0) + d.amount_minor
    return tuple(DiscountLine(text, amount) for text, amount in rows.items())


def _payments(sale: Sale, sign: int, language: str) -> tuple[Payment, ...]:
    out = []
    for p in sale.payments:
        if p.tender == "withheld":
            continue
        tender = label(f"tender_{p.tender}", language)
        if p.tender == "cash" and p.tendered_minor:
            out.append(Payment(tender, sign * p.amount_minor, p.tendered_minor, p.change_minor))
        else:
            out.append(Payment(tender, sign * p.amount_minor))
    return tuple(out)


def _loyalty(db: Database, sale: Sale, now) -> LoyaltyBlock | None:
    record = ledger_store.loyalty_sale(db, sale.sale_no)
    if record is None:
        return None
    member_id, card, earned, redeemed, _ = record
    balance = ledger_store.balance(db, member_id, now)
    return LoyaltyBlock(card_masked=mask(card) if card else "", points_earned=abs(earned),
                        points_redeemed=abs(redeemed), balance_points=balance.spendable,
                        pending_points=balance.pending)


def build_receipt(shop: Shop, sale_no: int) -> Receipt:
    """The receipt of ``sale_no`` as printed at the till (amounts of a return shown
    positive, under a 'return' heading)."""
    sale = sale_store.load_sale(shop.db, sale_no)
    if sale is None:
        raise ReceiptNotFound(sale_no)
    s = shop.settings
    sign = -1 if sale.kind == "return" else 1
    staff = pos_store.staff_by_id(shop.db, sale.staff_id) if sale.staff_id else None
    local = sale.at.astimezone(ZoneInfo(s.timezone))
    return Receipt(
        kind=sale.kind, number=str(sale.sale_no), time_text=local.strftime("%d.%m.%Y %H:%M"),
        cashier=staff.name if staff else "", lines=_lines(sale, sign),
        totals=Totals(sign * sale.gross_minor, sign * sale.discount_minor, sign * sale.net_minor),
        payments=_payments(sale, sign, s.language),
        discounts=_discounts(sale, s.language, s.currency),
        header_lines=tuple(l for l in (s.name, *s.receipt_header.splitlines()) if l),
        footer_lines=tuple(s.receipt_footer.splitlines()), not_fiscal=s.not_fiscal_note,
        original_number=str(sale.original_sale_no) if sale.original_sale_no else None,
        loyalty=_loyalty(shop.db, sale, shop.clock()), currency=s.currency, language=s.language)
