"""Printing a batch of coupons as barcodes, on the same sheets as loyalty cards."""
from __future__ import annotations

from pathlib import Path

from loyalty.printing.card_layout import CardFace, CardLayout
from loyalty.printing.card_pdf import Progress, write_cards_pdf
from loyalty.model.program import Coupon
from pos.money import format_money

_TEXT = {
    "ru": {"off": "Скидка {value}", "from": "от {money}", "until": "до {day}",
           "terms": "Купон на скидку. Покажите его кассиру до оплаты. Не обменивается на деньги."},
    "en": {"off": "{value} off", "from": "from {money}", "until": "until {day}",
           "terms": "Discount coupon. Show it before paying. Cannot be exchanged for cash."},
}


def coupon_line(coupon: Coupon, currency: str, language: str) -> str:
    """'Скидка 100,00 ₽ · от 500,00 ₽ · до 31.12.2026' — what the coupon gives, short enough
    to print under a barcode."""
    t = _TEXT["ru" if language == "ru" else "en"]
    if coupon.amount_minor:
        value = format_money(coupon.amount_minor, currency, language)
    else:
        whole, frac = divmod(coupon.rate_bp, 100)
        value = f"{whole}{(',' if language == 'ru' else '.') + f'{frac:02d}' if frac else ''}\u00a0%"
    parts = [t["off"].format(value=value)]
    if coupon.min_receipt_minor:
        parts.append(t["from"].format(money=format_money(coupon.min_receipt_minor, currency,
                                                          language)))
    if coupon.valid_until:
        parts.append(t["until"].format(day=coupon.valid_until.strftime("%d.%m.%Y")))
    return " · ".join(parts)


def write_coupons_pdf(coupons: tuple[Coupon, ...], shop_name: str, currency: str,
                      language: str, path: Path, layout: str = "a4",
                      progress: Progress | None = None) -> Path:
    """Coupons as Code 128 barcodes with their terms, ten to an A4 sheet (or CR80 cards)."""
    faces = tuple(CardFace(c.code, "code128", coupon_line(c, currency, language))
                  for c in coupons)
    card_layout = CardLayout(shop_name, terms=_TEXT["ru" if language == "ru" else "en"]["terms"],
                             symbology="code128", layout=layout)
    return write_cards_pdf(card_layout, faces, Path(path), progress)
