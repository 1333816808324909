"""A receipt's words and rows: fixed labels in Russian and English, and the row sequence every renderer prints."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

from pos.money import format_money
from pos.printing.receipt import Receipt, ReceiptLine

# Receipts are rendered outside Qt (command line, ESC/POS), so their fixed
# words cannot go through Qt's translator; this table is their translation.
_LABELS: dict[str, tuple[str, str]] = {
    "kind_sale": ("Продажа", "Sale"),
    "kind_return": ("Возврат", "Return"),
    "receipt_no": ("Чек №", "Receipt No."),
    "original_no": ("по чеку №", "of receipt No."),
    "cashier": ("Кассир", "Cashier"),
    "item": ("Наименование", "Item"),
    "qty": ("Кол-во", "Qty"),
    "price": ("Цена", "Price"),
    "discount": ("Скидка", "Discount"),
    "amount": ("Сумма", "Amount"),
    "subtotal": ("Сумма без скидок", "Subtotal"),
    "discounts": ("Скидки", "Discounts"),
    "total": ("ИТОГО", "TOTAL"),
    "refund_total": ("К ВОЗВРАТУ", "REFUND"),
    "tendered": ("Получено", "Tendered"),
    "change": ("Сдача", "Change"),
    "card": ("Карта", "Card"),
    "points_earned": ("Начислено баллов", "Points earned"),
    "points_redeemed": ("Списано баллов", "Points redeemed"),
    "points_taken_back": ("Отменено начисление", "Points taken back"),
    "points_given_back": ("Возвращено баллов", "Points given back"),
    "balance": ("Баланс баллов", "Points balance"),
    "pending": ("Ожидают зачисления", "Pending points"),
    "tier": ("Уровень", "Tier"),
    "next_tier_spend": ("До уровня «{tier}»: ещё {need}", "{need} more to {tier}"),
    "next_tier_visits": ("До уровня «{tier}»: ещё покупок — {need}",
                         "{need} more visits to {tier}"),
    "next_tier_units": ("До уровня «{tier}»: ещё единиц товара — {need}",
                        "{need} more units to {tier}"),
    "stamps": ("«{card}»: {have} из {need}, следующий бесплатно",
               "{card}: {have} of {need}, then one free"),
    "coupon": ("Купон на следующую покупку", "Coupon for your next visit"),
    "coupon_value": ("Скидка {value}", "{value} off"),
    "coupon_value_from": ("Скидка {value} на покупку от {min}", "{value} off a purchase from {min}"),
    "valid_until": ("Действует до", "Valid until"),
    "not_fiscal": ("Не является фискальным документом", "Not a fiscal document"),
    "tender_cash": ("Наличные", "Cash"),
    "tender_card": ("Банковская карта", "Bank card"),
    "tender_points": ("Баллы", "Points"),
    "tender_coupon": ("Купон", "Coupon"),
}
LANGUAGES = ("ru", "en")


def label(key: str, language: str) -> str:
    """The fixed word ``key`` in ``language``; any language but Russian reads English."""
    ru, en = _LABELS[key]
    return ru if language == "ru" else en


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
    grouped = f"{value:,}".replace(",", "\u00a0" if language == "ru" else ",")
    return f"{sign}{grouped}"


def _header(receipt: Receipt) -> list[Row]:
    lang = receipt.language
    rows: list[Row] = [TextRow(text, "center", bold=(i == 0), large=(i == 0))
                       for i, text in enumerate(receipt.header_lines)]
    kind = label("kind_sale" if receipt.kind == "sale" else "kind_return", lang)
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
    total_key = "total" if receipt.kind == "sale" else "refund_total"
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
    is_sale = receipt.kind == "sale"
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
