"""The engine's explanations as Russian or English sentences, for receipts and reports.

The till's screens translate the same keys through Qt (ui/explain.py); printed
documents are made outside Qt, so they read this table.
"""
from __future__ import annotations

from pos.money import format_money

_TEMPLATES: dict[str, tuple[str, str]] = {
    "card_discount": ("Скидка по карте «{card}» {rate}", "Card “{card}” discount {rate}"),
    "cumulative_discount": ("Накопительная скидка {rate}", "Cumulative discount {rate}"),
    "cumulative_discount_decayed": ("Накопительная скидка {rate} (понижена)",
                                    "Cumulative discount {rate} (lowered)"),
    "tier_discount": ("Уровень «{tier}» {rate}", "{tier} tier {rate}"),
    "birthday_discount": ("Скидка ко дню рождения {rate}", "Birthday discount {rate}"),
    "receipt_discount": ("Скидка на чек от {from_money} {rate}",
                         "Receipt discount from {from_money} {rate}"),
    "stamp_free_item": ("«{card}»: бесплатно {units} шт.", "“{card}”: {units} free"),
    "coupon": ("Купон {code}", "Coupon {code}"),
    "discount_cap": ("Скидка ограничена {cap}", "Discount capped at {cap}"),
    "purchase_points": ("Баллы за покупку: {points}", "Points for the purchase: {points}"),
    "purchase_points_whole": ("Баллы за покупку: {points} ({rate_points} за каждые полные "
                              "{per_money})", "Points for the purchase: {points} ({rate_points} "
                              "for each whole {per_money})"),
    "tier_points": ("Уровень «{tier}» ×{multiplier} баллов", "{tier} tier ×{multiplier} points"),
    "birthday_multiplier": ("День рождения ×{multiplier} баллов", "Birthday ×{multiplier} points"),
    "birthday_bonus": ("Баллы ко дню рождения: {points}", "Birthday bonus: {points} points"),
    "welcome_bonus": ("Приветственные баллы: {points}", "Welcome bonus: {points} points"),
    "referral_bonus_referrer": ("Баллы за друга: {points}", "Referral bonus: {points} points"),
    "referral_bonus_referred": ("Баллы по приглашению: {points}",
                                "Invited-friend bonus: {points} points"),
    "mission_bonus": ("Задание «{mission}»: {points} баллов",
                      "Mission “{mission}”: {points} points"),
}


def _pct(rate_bp: int, language: str) -> str:
    whole, frac = divmod(int(rate_bp), 100)
    text = f"{whole}" if not frac else f"{whole}{',' if language == 'ru' else '.'}{frac:02d}"
    return f"{text}\u00a0%"


def explain(key: str, params: tuple[tuple[str, int | str], ...], language: str,
            currency: str = "RUB") -> str:
    """The sentence for an explanation; an unknown key is shown as itself, never dropped."""
    values = dict(params)
    if "rate_bp" in values:
        values["rate"] = _pct(int(values["rate_bp"]), language)
    if "cap_bp" in values:
        values["cap"] = _pct(int(values["cap_bp"]), language)
    if "from_minor" in values:
        values["from_money"] = format_money(int(values["from_minor"]), currency, language)
    if key == "purchase_points" and "whole_per_minor" in values:
        key = "purchase_points_whole"
        values["per_money"] = format_money(int(values["whole_per_minor"]), currency, language)
    template = _TEMPLATES.get(key)
    if template is None:
        return key
    try:
        return template[0 if language == "ru" else 1].format(**values)
    except (KeyError, IndexError):
        return key
