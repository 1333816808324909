"""Building the printable receipt of a committed sale or return, with its loyalty block."""
from __future__ import annotations

from datetime import datetime

from loyalty.engine.tiers import next_tier, upgraded_tier
from loyalty.members.card_numbers import mask
from loyalty.members.states import member_state
from loyalty.model.models import ReceiptStanding
from loyalty.model.program import Coupon, active
from loyalty.program.editing import percent_text
from loyalty.shop import Shop
from loyalty.storage import ledger_store, rules_store, standing_store, sync_store
from loyalty.storage import store as loyalty_store
from loyalty.text.explanations import explain
from pos.clock import local_date
from pos.money import format_money
from pos.printing.receipt import (DiscountLine, IssuedCoupon, LoyaltyBlock, Payment, Receipt,
                                  ReceiptLine, Totals)
from pos.printing.text import label
from pos.sale import Sale, SaleKind, Tender
from pos.settings.model import receipt_header_lines
from pos.errors import UserError
from pos.storage import sale_store
from pos.storage import store as pos_store
from pos.wording import date_text, moment_text


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
        if p.tender == Tender.WITHHELD:
            continue
        tender = label(f"tender_{p.tender}", language)
        if p.tender == Tender.CASH and p.tendered_minor:
            out.append(Payment(tender, sign * p.amount_minor, p.tendered_minor, p.change_minor))
        else:
            out.append(Payment(tender, sign * p.amount_minor))
    return tuple(out)


def _loyalty(shop: Shop, sale: Sale, now: datetime) -> LoyaltyBlock | None:
    record = ledger_store.loyalty_sale(shop.db, sale.sale_no)
    if record is None:
        return None
    member_id, card = record.member_id, record.card_number
    earned, redeemed = record.points_earned, record.points_redeemed
    standing = standing_store.standing_of_sale(shop.db, sale.sale_no)
    if standing is None:  # a sale from before standings were kept: as the member stands now
        standing = _standing_now(shop, member_id, sale, now)
    s = shop.settings
    next_text = (_to_next(standing.next_tier_metric, standing.next_tier_name,
                          standing.next_tier_remaining, s.language, s.currency)
                 if standing.next_tier_name else "")
    stamps = tuple(label("stamps", s.language).format(card=name, have=have, need=need)
                   for name, have, need in standing.stamps)
    return LoyaltyBlock(card_masked=mask(card) if card else "", points_earned=abs(earned),
                        points_redeemed=abs(redeemed), balance_points=standing.balance_points,
                        pending_points=standing.pending_points, tier=standing.tier_name,
                        next_tier_text=next_text, stamps_text=stamps)


def _standing_now(shop: Shop, member_id: int, sale: Sale, now: datetime) -> ReceiptStanding:
    """The member's balance, tier, the way to the next one and stamp progress as they stand
    at printing (a return's receipt shows the balance only)."""
    balance = ledger_store.balance(shop.db, member_id, now)
    s = shop.settings
    member = loyalty_store.member_by_id(shop.db, member_id)
    if sale.kind != "sale" or member is None:
        return ReceiptStanding(balance.spendable, balance.pending)
    program = shop.programs.program_for(local_date(sale.at, s.timezone))
    state = member_state(shop.db, member, now, s.timezone, program)
    today = local_date(now, s.timezone)
    tier_name, following, remaining = "", None, 0
    if program.tiers is not None and active(program.tiers, today):
        tier = upgraded_tier(program.tiers, state.tier_id, state.tier_metric)
        following = next_tier(program.tiers, tier)
        tier_name = tier.name if tier else ""
        remaining = following.threshold - state.tier_metric if following else 0
    stamps = tuple((c.name, state.stamps_for(c.stamp_card_id), c.buy)
                   for c in program.stamp_cards if active(c, today))
    return ReceiptStanding(
        balance.spendable, balance.pending, tier_name,
        following.name if following else "",
        str(program.tiers.metric) if following and program.tiers else "", remaining, stamps)


def _to_next(metric: str, name: str, remaining: int, language: str, currency: str) -> str:
    need = (format_money(remaining, currency, language) if metric == "spend"
            else f"{remaining:,}".replace(",", "\u00a0"))
    return label(f"next_tier_{metric}", language).format(need=need, tier=name)


def _issued_coupon(shop: Shop, sale: Sale) -> IssuedCoupon | None:
    """The next-visit coupon this sale earned: its code reaches the customer only here."""
    coupon: Coupon | None = rules_store.coupon_issued_on_sale(shop.db, sale.sale_no)
    if coupon is None:
        return None
    s = shop.settings
    value = (format_money(coupon.amount_minor, s.currency, s.language) if coupon.amount_minor
             else f"{percent_text(coupon.rate_bp, s.language)}\u00a0%")
    key = "coupon_value_from" if coupon.min_receipt_minor else "coupon_value"
    text = label(key, s.language).format(
        value=value, min=format_money(coupon.min_receipt_minor, s.currency, s.language))
    until = date_text(coupon.valid_until, s.language) if coupon.valid_until else ""
    return IssuedCoupon(coupon.code, text, until)


def build_receipt(shop: Shop, sale_no: int) -> Receipt:
    """The receipt of ``sale_no`` as printed at the till (amounts of a return shown
    positive, under a 'return' heading)."""
    sale = sale_store.load_sale(shop.db, sale_no)
    if sale is None:
        raise ReceiptNotFound(sale_no)
    s = shop.settings
    sign = -1 if sale.kind == SaleKind.RETURN else 1
    staff = pos_store.staff_by_id(shop.db, sale.staff_id) if sale.staff_id else None
    return Receipt(
        kind=sale.kind, number=sync_store.receipt_number(shop.db, sale.sale_no),
        time_text=moment_text(sale.at, s.timezone, s.language),
        cashier=staff.name if staff else "", lines=_lines(sale, sign),
        totals=Totals(sign * sale.gross_minor, sign * sale.discount_minor, sign * sale.net_minor),
        payments=_payments(sale, sign, s.language),
        discounts=_discounts(sale, s.language, s.currency),
        header_lines=receipt_header_lines(s, label("tax_id", s.language)),
        footer_lines=tuple(s.receipt_footer.splitlines()), not_fiscal=s.not_fiscal_note,
        original_number=(sync_store.receipt_number(shop.db, sale.original_sale_no)
                         if sale.original_sale_no else None),
        loyalty=_loyalty(shop, sale, shop.clock()), coupon=_issued_coupon(shop, sale),
        currency=s.currency, language=s.language)
