"""Turning explanation keys and error reasons from the services into translated sentences."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from loyalty.members.card_numbers import CardNumberError
from loyalty.members.cards import CardError
from loyalty.members.members import MemberError
from loyalty.engine.redemption import RedemptionError
from pos.basket import BasketError
from pos.checkout import CheckoutError
from pos.money import MoneyFormatError, format_money
from pos.staff.pins import StaffError

Params = Mapping[str, int | str]


class Explainer(QObject):
    """Knows the shop's currency and language; every sentence goes through ``self.tr``."""

    def __init__(self, currency: str, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency, self.language = currency, language

    def money(self, minor: int) -> str:
        return format_money(minor, self.currency, self.language)

    def amount(self, minor: int) -> str:
        """Money without the currency sign, as it is typed into a field."""
        return format_money(minor, self.currency, self.language, symbol=False)

    def percent(self, bp: int) -> str:
        whole, frac = divmod(int(bp), 100)
        mark = "," if self.language == "ru" else "."
        number = f"{whole}{mark}{frac:02d}".rstrip("0").rstrip(mark) if frac else str(whole)
        return f"{number}\u00a0%"

    def reason(self, key: str, params: tuple[tuple[str, int | str], ...]) -> str:
        """A discount or points line: 'Gold tier 10 %', 'Birthday ×2 points'."""
        p: Params = dict(params)
        rate = self.percent(int(p["rate_bp"])) if "rate_bp" in p else ""
        texts = {
            "card_discount": lambda: self.tr("Card {card}: {rate}").format(card=p["card"], rate=rate),
            "cumulative_discount": lambda: self.tr("Cumulative discount {rate}").format(rate=rate),
            "cumulative_discount_decayed": lambda: self.tr(
                "Cumulative discount {rate} (lowered: no purchases for a while)").format(rate=rate),
            "tier_discount": lambda: self.tr("{tier} tier {rate}").format(tier=p["tier"], rate=rate),
            "birthday_discount": lambda: self.tr("Birthday discount {rate}").format(rate=rate),
            "receipt_discount": lambda: self.tr("Receipt from {amount}: {rate}").format(
                amount=self.money(int(p["from_minor"])), rate=rate),
            "stamp_free_item": lambda: self.tr("{card}: free item").format(card=p["card"]),
            "coupon": lambda: self.tr("Coupon {code}").format(code=p["code"]),
            "discount_cap": lambda: self.tr("Discounts capped at {rate} of the receipt").format(
                rate=self.percent(int(p["cap_bp"]))),
            "purchase_points": lambda: self.tr("Points for the purchase"),
            "tier_points": lambda: self.tr("{tier} tier points ×{mult}").format(
                tier=p["tier"], mult=p["multiplier"]),
            "birthday_multiplier": lambda: self.tr("Birthday ×{mult} points").format(
                mult=p["multiplier"]),
            "birthday_bonus": lambda: self.tr("Birthday bonus"),
            "welcome_bonus": lambda: self.tr("Welcome bonus"),
            "referral_bonus_referrer": lambda: self.tr("Bonus to the friend who referred"),
            "referral_bonus_referred": lambda: self.tr("Bonus for coming by referral"),
            "mission_bonus": lambda: self.tr("{mission}: {n} purchases this month").format(
                mission=p["mission"], n=p["purchases"]),
        }
        return texts[key]() if key in texts else key

    def redeem_bound(self, key: str) -> str:
        """Why the redemption maximum is what it is."""
        texts = {
            "balance": self.tr("the customer's whole spendable balance"),
            "cap": self.tr("the program's cap on paying a receipt with points"),
            "keep_money": self.tr("at least one kopeck must be paid in money"),
            "min_balance": self.tr("the balance has not reached the minimum for spending points"),
            "step": self.tr("points are spent in fixed steps"),
            "no_member": self.tr("no customer identified"),
            "no_points_program": self.tr("the shop has no points program"),
        }
        return texts.get(key, key)

    def coupon_rejected(self, code: str, reason: str) -> str:
        texts = {
            "expired": self.tr("Coupon {code} has expired"),
            "used_up": self.tr("Coupon {code} has already been used"),
            "below_minimum": self.tr("Coupon {code} needs a larger receipt"),
            "coupons_off": self.tr("Coupons are switched off"),
            "duplicate": self.tr("Coupon {code} is already on this receipt"),
            "nothing_to_discount": self.tr("Coupon {code}: nothing on the receipt to discount"),
        }
        return texts.get(reason, self.tr("Coupon {code} refused")).format(code=code)

    def error(self, error: Exception) -> str:
        """A sentence for any refusal the till's services raise."""
        if isinstance(error, CardError):
            return self._card_error(error)
        if isinstance(error, CardNumberError):
            if error.reason == "bad_check_digit":
                return self.tr("Card {number}: wrong check digit, please retype").format(
                    number=error.number)
            return self.tr("Not a card number: {number}").format(number=error.number)
        if isinstance(error, RedemptionError):
            return self.tr("At most {n} points can be spent here: {why}").format(
                n=error.max_points, why=self.redeem_bound(error.reason))
        if isinstance(error, MoneyFormatError):
            return self.tr("Not an amount of money: {text}").format(text=error.text)
        for kind in (MemberError, BasketError, CheckoutError, StaffError):
            if isinstance(error, kind):
                return self._reason_text(error.reason)
        return str(error)

    def _card_error(self, error: CardError) -> str:
        if error.reason == "blocked":
            why = error.card.block_reason if error.card else ""
            return self.tr("Card {number} is blocked ({why})").format(
                number=error.number, why=self._block_reason(why))
        if error.reason == "expired":
            return self.tr("Card {number} has expired").format(number=error.number)
        if error.reason == "unknown_type":
            return self.tr("The program has no card type “{id}”").format(id=error.number)
        if error.reason == "already_bound":
            return self.tr("Card {number} already belongs to a customer").format(
                number=error.number)
        return self.tr("Unknown card {number}").format(number=error.number)

    def _block_reason(self, why: str) -> str:
        return self.tr("replaced by a new card") if why == "replaced" else (why or self.tr("blocked"))

    def _reason_text(self, reason: str) -> str:
        texts = {
            "no_such_member": self.tr("No customer with this phone number"),
            "bad_phone": self.tr("Not a valid phone number"),
            "phone_taken": self.tr("This phone number is already enrolled"),
            "bad_name": self.tr("Please check the name"),
            "bad_email": self.tr("Not a valid e-mail address"),
            "bad_quantity": self.tr("Quantity must be between 1 and 9999"),
            "bad_amount": self.tr("That amount is not possible"),
            "bad_points": self.tr("That number of points is not possible"),
            "bad_coupon": self.tr("Empty coupon code"),
            "no_such_line": self.tr("No such line"),
            "empty_basket": self.tr("The basket is empty"),
            "no_payment": self.tr("Enter a payment"),
            "cash_short": self.tr("The cash received does not cover the cash part"),
            "payments_do_not_match": self.tr("Payments do not add up to the amount due"),
            "quote_changed": self.tr("Prices or points changed meanwhile; check and pay again"),
            "points_need_member": self.tr("Identify the customer before spending points"),
            "points_payment_mismatch": self.tr("The points payment does not match"),
            "no_such_sale": self.tr("No sale with this number"),
            "nothing_to_return": self.tr("Everything on this sale has been returned already"),
            "return_qty": self.tr("Cannot return that many"),
            "wrong_pin": self.tr("Wrong PIN"),
            "locked": self.tr("Too many wrong PINs: login is locked for a while"),
            "not_allowed": self.tr("A manager's PIN is needed"),
        }
        return texts.get(reason, reason)
