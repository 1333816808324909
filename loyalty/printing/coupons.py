"""Printing a batch of coupons as barcodes, on the same sheets as loyalty cards."""
from __future__ import annotations

from pathlib import Path

from loyalty.printing.card_layout import CardFace, CardLayout
from loyalty.printing.card_pdf import Progress, write_cards_pdf
from loyalty.model.program import Coupon
from pos.money import format_money
from pos.wording import N_, bp_text, date_text, gettext, translation

_OFF, _FROM, _UNTIL = N_("{value} off"), N_("from {money}"), N_("until {day}")
_ALONE = N_("not combinable with other coupons")
_TERMS = N_("Discount coupon. Show it before paying. Cannot be exchanged for cash.")


def coupon_line(coupon: Coupon, currency: str, language: str) -> str:
    """'Скидка 100,00 ₽ · от 500,00 ₽ · до 31.12.2026' — what the coupon gives, short
    enough to print under a barcode."""
    words = translation(language)
    value = (format_money(coupon.amount_minor, currency, language) if coupon.amount_minor
             else bp_text(coupon.rate_bp, language))
    parts = [words.gettext(_OFF).format(value=value)]
    if coupon.min_receipt_minor:
        parts.append(words.gettext(_FROM).format(
            money=format_money(coupon.min_receipt_minor, currency, language)))
    if coupon.valid_until:
        parts.append(words.gettext(_UNTIL).format(day=date_text(coupon.valid_until, language)))
    if not coupon.combinable:
        parts.append(words.gettext(_ALONE))
    return " · ".join(parts)


def write_coupons_pdf(coupons: tuple[Coupon, ...], shop_name: str, currency: str,
                      language: str, path: Path, layout: str = "a4",
                      progress: Progress | None = None) -> Path:
    """Coupons as Code 128 barcodes with their terms, ten to an A4 sheet (or CR80 cards)."""
    faces = tuple(CardFace(c.code, "code128", coupon_line(c, currency, language))
                  for c in coupons)
    card_layout = CardLayout(shop_name, terms=gettext(language, _TERMS),
                             symbology="code128", layout=layout)
    return write_cards_pdf(card_layout, faces, Path(path), progress)
