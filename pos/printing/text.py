"""A receipt's words and rows: fixed labels from the gettext catalogue, and the row sequence every renderer prints."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from pos.money import format_money
from pos.printing.receipt import Receipt, ReceiptLine
from pos.wording import N_, gettext, number_text
from pos.sale import SaleKind

# Receipts are rendered outside Qt (command line, ESC/POS), so their fixed
# words come from the gettext catalogue (pos.wording), by these msgids.
_LABELS: dict[str, str] = {
    "kind_sale": N_("Sale"),
    "kind_return": N_("Return"),
    "receipt_no": N_("Receipt No."),
    "original_no": N_("of receipt No."),
    "cashier": N_("Cashier"),
    "tax_id": N_("Tax ID"),
    "item": N_("Item"),
    "qty": N_("Qty"),
    "price": N_("Price"),
    "discount": N_("Discount"),
    "amount": N_("Amount"),
    "subtotal": N_("Subtotal"),
    "discounts": N_("Discounts"),
    "total": N_("TOTAL"),
    "refund_total": N_("REFUND"),
    "tendered": N_("Tendered"),
    "change": N_("Change"),
    "card": N_("Card"),
    "points_earned": N_("Points earned"),
    "points_redeemed": N_("Points redeemed"),
    "points_taken_back": N_("Points taken back"),
    "points_given_back": N_("Points given back"),
    "balance": N_("Points balance"),
    "pending": N_("Pending points"),
    "tier": N_("Tier"),
    "next_tier_spend": N_("{need} more to {tier}"),
    "next_tier_visits": N_("{need} more visits to {tier}"),
    "next_tier_units": N_("{need} more units to {tier}"),
    "stamps": N_("{card}: {have} of {need}, then one free"),
    "coupon": N_("Coupon for your next visit"),
    "coupon_value": N_("{value} off"),
    "coupon_value_from": N_("{value} off a purchase from {min}"),
    "valid_until": N_("Valid until"),
    "not_fiscal": N_("Not a fiscal document"),
    "tender_cash": N_("Cash"),
    "tender_card": N_("Bank card"),
    "tender_points": N_("Points"),
    "tender_coupon": N_("Coupon"),
}


def label(key: str, language: str) -> str:
    """The fixed word ``key`` in ``language``; any language but Russian reads English."""
    return gettext(language, _LABELS[key])


@dataclass(frozen=True, slots=True)
class TextRow:
    text: str
    align: Literal["left", "center"] = "left"
    bold: bool = False
    large: bool = False


@dataclass(frozen=True, slots=True)
class AmountRow:
    """A label that may wrap on the left, an amount kept whole on the right."""

    label: str
    amount: str
    bold: bool = False
    large: bool = False
    indent: bool = False


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A product line; narrow paper prints name + total then ``detail``, wide paper a table."""

    name: str
    total: str
    detail: str
    qty: str
    price: str
    discount: str


@dataclass(frozen=True, slots=True)
class RuleRow:
    pass


@dataclass(frozen=True, slots=True)
class BarcodeRow:
    data: str
    symbology: str = "code128"


Row = Union[TextRow, AmountRow, ItemRow, RuleRow, BarcodeRow]


def receipt_rows(receipt: Receipt) -> tuple[Row, ...]:
    """The receipt top to bottom; PDF and ESC/POS print the same rows in the same order."""
    return (*_header(receipt), *_items(receipt), *_totals(receipt), *_payments(receipt),
            *_loyalty(receipt), *_coupon(receipt), *_footer(receipt))


def _money(receipt: Receipt, amount_minor: int, symbol: bool = False) -> str:
    return format_money(amount_minor, receipt.currency, receipt.language, symbol=symbol)


def _count(value: int, language: str, sign: str = "") -> str:
    return f"{sign}{number_text(value, language)}"


def _header(receipt: Receipt) -> list[Row]:
    lang = receipt.language
    rows: list[Row] = [TextRow(text, "center", bold=(i == 0), large=(i == 0))
                       for i, text in enumerate(receipt.header_lines)]
    kind = label("kind_sale" if receipt.kind == SaleKind.SALE else "kind_return", lang)
    rows += [RuleRow(), TextRow(f"{kind.upper()} · {label('receipt_no', lang)}\u00a0{receipt.number}",
                                "center", bold=True)]
    if receipt.original_number:
        rows.append(TextRow(f"{label('original_no', lang)}\u00a0{receipt.original_number}", "center"))
    rows += [TextRow(receipt.time_text),
             AmountRow(label("cashier", lang), receipt.cashier), RuleRow()]
    return rows


def _items(receipt: Receipt) -> list[Row]:
    return [_item(receipt, line) for line in receipt.lines]


def _item(receipt: Receipt, line: ReceiptLine) -> ItemRow:
    price = _money(receipt, line.unit_price_minor)
    discount = _money(receipt, line.discount_minor) if line.discount_minor else ""
    detail = f"{line.qty} × {price}" if line.qty != 1 or discount else ""
    if discount:
        detail += f", {label('discount', receipt.language).lower()} {discount}"
    return ItemRow(name=line.name, total=_money(receipt, line.total_minor), detail=detail,
                   qty=str(line.qty), price=price, discount=discount)


def _totals(receipt: Receipt) -> list[Row]:
    lang, totals = receipt.language, receipt.totals
    rows: list[Row] = [RuleRow()]
    if totals.discount_minor or receipt.discounts:
        rows.append(AmountRow(label("subtotal", lang), _money(receipt, totals.gross_minor)))
        if receipt.discounts:  # a return has its lines' discounts but no reasons to list
            rows.append(AmountRow(label("discounts", lang) + ":", ""))
            rows += [AmountRow(d.reason, _money(receipt, -d.amount_minor), indent=True)
                     for d in receipt.discounts]
        else:
            rows.append(AmountRow(label("discount", lang), _money(receipt, -totals.discount_minor)))
    total_key = "total" if receipt.kind == SaleKind.SALE else "refund_total"
    rows.append(AmountRow(label(total_key, lang), _money(receipt, totals.net_minor, symbol=True),
                          bold=True, large=True))
    return rows


def _payments(receipt: Receipt) -> list[Row]:
    lang = receipt.language
    rows: list[Row] = []
    for payment in receipt.payments:
        rows.append(AmountRow(payment.tender, _money(receipt, payment.amount_minor)))
        if payment.tendered_minor is not None:
            rows.append(AmountRow(label("tendered", lang), _money(receipt, payment.tendered_minor),
                                  indent=True))
        if payment.change_minor is not None:
            rows.append(AmountRow(label("change", lang), _money(receipt, payment.change_minor),
                                  indent=True))
    return rows


def _loyalty(receipt: Receipt) -> list[Row]:
    block, lang = receipt.loyalty, receipt.language
    if block is None:
        return []
    is_sale = receipt.kind == SaleKind.SALE
    earned = ("points_earned", "+") if is_sale else ("points_taken_back", "−")
    redeemed = ("points_redeemed", "−") if is_sale else ("points_given_back", "+")
    rows: list[Row] = [RuleRow()]
    if block.card_masked:  # a customer named by phone has no card to show
        rows.append(AmountRow(label("card", lang), block.card_masked))
    for (key, sign), points in ((earned, block.points_earned), (redeemed, block.points_redeemed)):
        if points:
            rows.append(AmountRow(label(key, lang), _count(points, lang, sign)))
    rows.append(AmountRow(label("balance", lang), _count(block.balance_points, lang), bold=True))
    if block.pending_points:
        rows.append(AmountRow(label("pending", lang), _count(block.pending_points, lang)))
    if block.tier:
        rows.append(AmountRow(label("tier", lang), block.tier))
    rows += [TextRow(text) for text in (block.next_tier_text, *block.stamps_text) if text]
    return rows


def _coupon(receipt: Receipt) -> list[Row]:
    coupon, lang = receipt.coupon, receipt.language
    if coupon is None:
        return []
    rows: list[Row] = [RuleRow(), TextRow(label("coupon", lang), "center", bold=True)]
    if coupon.description:
        rows.append(TextRow(coupon.description, "center"))
    rows.append(BarcodeRow(coupon.code))
    if coupon.valid_until_text:
        rows.append(TextRow(f"{label('valid_until', lang)} {coupon.valid_until_text}", "center"))
    return rows


def _footer(receipt: Receipt) -> list[Row]:
    rows: list[Row] = [RuleRow()]
    if receipt.not_fiscal:
        rows.append(TextRow(label("not_fiscal", receipt.language), "center", bold=True))
    rows += [TextRow(text, "center") for text in receipt.footer_lines]
    return rows
