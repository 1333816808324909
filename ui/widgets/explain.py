"""Turning explanation keys and user errors from the services into translated sentences."""
from __future__ import annotations

from PySide6.QtCore import QObject

from loyalty.coupons import CouponError, CouponRefused
from loyalty.text.cli_errors import sentence
from loyalty.text.explanations import explain
from pos.errors import UserError, shown
from pos.money import format_money
from pos.wording import bp_text


class Explainer(QObject):
    """Knows the shop's currency and language (the UI's); the till's own sentences go through
    ``self.tr``, explanations and other errors come from the gettext catalogue, so the screen
    and the receipt word a discount alike."""

    def __init__(self, currency: str, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency, self.language = currency, language

    def money(self, minor: int) -> str:
        return format_money(minor, self.currency, self.language)

    def amount(self, minor: int) -> str:
        """Money without the currency sign, as it is typed into a field."""
        return format_money(minor, self.currency, self.language, symbol=False)

    def percent(self, bp: int) -> str:
        return bp_text(bp, self.language)

    def reason(self, key: str, params: tuple[tuple[str, int | str], ...]) -> str:
        """A discount or points line: 'Gold tier 10 %', 'Birthday ×2 points' — the very
        sentence the receipt prints (one wording, in the gettext catalogue)."""
        return explain(key, params, self.language, self.currency)

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

    def coupon_rejected(self, code: str, reason: str, min_receipt_minor: int = 0,
                        other: str = "") -> str:
        texts = {
            "unknown": self.tr("Unknown coupon {code}: check the code"),
            "expired": self.tr("Coupon {code} has expired"),
            "used_up": self.tr("Coupon {code} has already been used"),
            "returned": self.tr("Coupon {code} no longer holds: the receipt that earned it "
                                "was returned"),
            "below_minimum": self.tr("Coupon {code} needs a receipt of at least {amount}"),
            "coupons_off": self.tr("Coupons are switched off"),
            "duplicate": self.tr("Coupon {code} is already on this receipt"),
            "nothing_to_discount": self.tr("Coupon {code}: nothing on the receipt to discount"),
            "not_combinable": self.tr("Coupon {code} is not combinable with other coupons, and "
                                      "coupon {other} is already on this receipt"),
            "other_not_combinable": self.tr("Coupon {other} on this receipt is not combinable "
                                            "with other coupons; coupon {code} was not added"),
        }
        return texts.get(reason, self.tr("Coupon {code} refused")).format(
            code=shown(code), amount=self.money(min_receipt_minor), other=shown(other))

    def error(self, error: Exception) -> str:
        """A sentence for any refusal the till's services raise (a ``UserError``): the till's
        own wording where it has one, else the catalogue's sentence in the UI's language."""
        if not isinstance(error, UserError):
            return str(error)
        if isinstance(error, CouponRefused):  # the till's own wording, amount and all
            return self.coupon_rejected(error.code, error.reason, error.min_receipt_minor,
                                        error.other)
        if isinstance(error, CouponError) and error.reason == "unknown":
            return self.coupon_rejected(str(error.value).upper(), "unknown")
        message = error.message
        template = self._error_texts().get(message.key)
        if template is None:  # the command line's sentence, begun as a screen's sentence is
            worded = sentence(message, self.language)
            return worded[:1].upper() + worded[1:]
        data = {name: shown(value) if isinstance(value, str) else value
                for name, value in message.data.items()}
        if "why" in data:
            data["why"] = self._block_reason(str(data["why"]))
        return template.format(**data)

    def _block_reason(self, why: str) -> str:
        if why == "replaced":
            return self.tr("replaced by a new card")
        return why or self.tr("blocked")

    def _error_texts(self) -> dict[str, str]:
        """The till's sentences by error key (``pos.errors``); fields as in the error's data."""
        at_most = self.tr("At most {n} points can be spent here: {why}").replace(
            "{n}", "{max_points}")
        texts = {f"redemption.{bound}": at_most.replace("{why}", self.redeem_bound(bound))
                 for bound in ("balance", "cap", "keep_money", "min_balance", "step",
                               "no_member", "no_points_program", "negative")}
        number = {
            "card.blocked": self.tr("Card {number} is blocked ({why})"),
            "card.expired": self.tr("Card {number} has expired"),
            "card.already_bound": self.tr("Card {number} already belongs to a customer"),
            "card.unknown": self.tr("Unknown card {number}"),
            "card_number.bad_check_digit": self.tr(
                "Card {number}: wrong check digit, please retype"),
            "card_number.malformed": self.tr("Not a card number: {number}"),
            "card_number.too_long": self.tr("Too long for a card or a phone number: {number}"),
            "card.unknown_type": self.tr("The program has no card type “{number}”"),
            "basket.unknown_product": self.tr("Unknown product {value}: not in the catalogue"),
            "database_file.is_database": self.tr(
                "{path} is the shop's own database; choose another file."),
            "money.malformed": self.tr("Not an amount of money: {text}"),
        }
        reasons = {
            "member.no_such_member": self.tr("No customer with this phone number"),
            "member.bad_phone": self.tr("Not a valid phone number"),
            "member.phone_taken": self.tr("This phone number is already enrolled"),
            "member.bad_name": self.tr("Please check the name"),
            "member.bad_email": self.tr("Not a valid e-mail address"),
            "basket.bad_quantity": self.tr("Quantity must be between 1 and 9999"),
            "basket.bad_amount": self.tr("That amount is not possible"),
            "checkout.bad_amount": self.tr("That amount is not possible"),
            "basket.bad_points": self.tr("That number of points is not possible"),
            "basket.bad_coupon": self.tr("Empty coupon code"),
            "basket.no_such_line": self.tr("No such line"),
            "checkout.no_such_line": self.tr("No such line"),
            "checkout.empty_basket": self.tr("The basket is empty"),
            "checkout.no_payment": self.tr("Enter a payment"),
            "checkout.cash_short": self.tr("The cash received does not cover the cash part"),
            "checkout.card_over_due": self.tr("The card cannot pay more than is due"),
            "checkout.change_too_large": self.tr(
                "That change is a whole banknote or more: check the cash received"),
            "checkout.payments_do_not_match": self.tr("Payments do not add up to the amount due"),
            "checkout.quote_changed": self.tr(
                "Prices or points changed meanwhile; check and pay again"),
            "checkout.points_need_member": self.tr(
                "Identify the customer before spending points"),
            "checkout.points_payment_mismatch": self.tr("The points payment does not match"),
            "checkout.no_such_sale": self.tr("No sale with this number"),
            "checkout.is_a_return": self.tr(
                "This number is a return, not a sale: enter the number of the sale itself"),
            "checkout.nothing_to_return": self.tr(
                "Everything on this sale has been returned already"),
            "checkout.return_qty": self.tr("Cannot return that many"),
            "staff.wrong_pin": self.tr("Wrong PIN"),
            "staff.locked": self.tr("Too many wrong PINs: login is locked for a while"),
            "staff.not_allowed": self.tr("A manager's PIN is needed"),
        }
        return texts | number | reasons
