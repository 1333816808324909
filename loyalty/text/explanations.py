"""The engine's explanations as sentences, worded once for the till's screen and the receipt.

The till's totals, the program simulator and the printed receipt all call
``explain``, so a discount reads the same wherever it is shown; the words come
from the gettext catalogue (``pos.wording``).
"""
from __future__ import annotations

from pos.money import format_money
from pos.wording import N_, NP_, bp_text, translation

_TEMPLATES: dict[str, str] = {
    "card_discount": N_("Card “{card}” discount {rate}"),
    "cumulative_discount": N_("Cumulative discount {rate}"),
    "cumulative_discount_decayed": N_("Cumulative discount {rate} (lowered: no purchases "
                                      "for a while)"),
    "tier_discount": N_("{tier} tier {rate}"),
    "birthday_discount": N_("Birthday discount {rate}"),
    "receipt_discount": N_("Receipt from {from_money}: {rate}"),
    "stamp_free_item": N_("“{card}”: {units} free"),
    "coupon": N_("Coupon {code}"),
    "discount_cap": N_("Discounts capped at {cap} of the receipt"),
    "purchase_points": N_("Points for the purchase"),
    "purchase_points_whole": N_("Points for the purchase ({rate_points} for each whole "
                                "{per_money})"),
    "tier_points": N_("{tier} tier ×{multiplier} points"),
    "birthday_multiplier": N_("Birthday ×{multiplier} points"),
    "birthday_bonus": N_("Birthday bonus"),
    "welcome_bonus": N_("Welcome bonus"),
    "referral_bonus_referrer": N_("Bonus to the friend who referred"),
    "referral_bonus_referred": N_("Bonus for coming by referral"),
}
# Worded by the number of purchases: Russian has three forms.
_MISSION = NP_("Mission “{mission}”: {purchases} purchase this month",
               "Mission “{mission}”: {purchases} purchases this month")


def explain(key: str, params: tuple[tuple[str, int | str], ...], language: str,
            currency: str = "RUB") -> str:
    """The sentence for an explanation; an unknown key is shown as itself, never dropped."""
    values = dict(params)
    if "rate_bp" in values:
        values["rate"] = bp_text(int(values["rate_bp"]), language)
    if "cap_bp" in values:
        values["cap"] = bp_text(int(values["cap_bp"]), language)
    if "from_minor" in values:
        values["from_money"] = format_money(int(values["from_minor"]), currency, language)
    if key == "purchase_points" and "whole_per_minor" in values:
        key = "purchase_points_whole"
        values["per_money"] = format_money(int(values["whole_per_minor"]), currency, language)
    words = translation(language)
    if key == "mission_bonus":
        template = words.ngettext(*_MISSION, int(values.get("purchases", 0)))
    elif key in _TEMPLATES:
        template = words.gettext(_TEMPLATES[key])
    else:
        return key
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return key
