"""Translated sentences of the members screen: refusals, card states and ledger kinds."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from loyalty.members.admin import MemberAdminError
from loyalty.model.models import Card, CardStatus, EntryKind, Member
from loyalty.ledger.wallet import PointsError
from loyalty.members.members import MemberError
from loyalty.text.cli_errors import sentence
from pos.catalogue.model import RowError
from pos.staff.pins import StaffError
from pos.wording import date_text
from ui.widgets.explain import Explainer


class MemberTexts(QObject):
    """The members screen's own refusals; the till's Explainer says the rest."""

    def __init__(self, explainer: Explainer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.explainer = explainer

    def birthday_example(self) -> str:
        """A birthday in the form the screens show dates, as the form to type one."""
        return date_text(date(1990, 5, 26), self.explainer.language)

    def error(self, error: Exception) -> str:
        if isinstance(error, MemberAdminError):
            return {
                "not_owner": self.tr("Only the owner may do this"),
                "no_such_member": self.tr("No such customer"),
                "same_member": self.tr("Choose two different customers"),
                "merged": self.tr("This customer has already been merged into another"),
                "erased": self.tr("This customer's personal data has been erased"),
            }.get(error.reason, error.reason)
        if isinstance(error, PointsError):
            return {
                "no_reason": self.tr("Enter the reason for the adjustment"),
                "not_owner": self.tr("That PIN is not the owner's"),
                "bad_points": self.tr("Enter a number of points other than zero"),
                "insufficient": self.tr("The customer does not have that many spendable points"),
                "no_such_member": self.tr("No such customer"),
            }.get(error.reason, error.reason)
        if isinstance(error, MemberError) and error.reason in ("not_a_date", "bad_birthday"):
            return {"not_a_date": self.tr("Type the birthday like {day}, or leave it empty")
                    .format(day=self.birthday_example()),
                    "bad_birthday": self.tr("That birthday is not possible")}[error.reason]
        if isinstance(error, StaffError) and error.reason == "wrong_pin":
            return self.tr("Wrong PIN: the owner's PIN is needed")
        return self.explainer.error(error)

    def who(self, member: Member) -> str:
        """The member as a dialog's title names them (a bearer or erased one by number)."""
        if member.erased_at is not None:
            return self.tr("customer #{id} (personal data erased)").format(id=member.member_id)
        return member.name or self.tr("bearer card customer #{id}").format(id=member.member_id)

    def row_error(self, error: RowError) -> str:
        """Why a CSV row was refused, in the gettext catalogue's words (the command line's)."""
        return sentence(error.message, self.explainer.language)

    def card_status(self, card: Card) -> str:
        if card.status == CardStatus.BLOCKED:
            why = (self.tr("replaced by {number}").format(number=card.replaced_by)
                   if card.replaced_by else card.block_reason)
            return self.tr("blocked: {why}").format(why=why)
        return self.tr("active") if card.status == CardStatus.ACTIVE else self.tr("not yet used")

    def ledger_kind(self, kind: str) -> str:
        return {
            EntryKind.PURCHASE: self.tr("purchase"), EntryKind.WELCOME: self.tr("welcome bonus"),
            EntryKind.BIRTHDAY: self.tr("birthday"), EntryKind.REFERRAL: self.tr("referral"),
            EntryKind.MISSION: self.tr("mission"), EntryKind.REDEEM: self.tr("spent"),
            EntryKind.EXPIRE: self.tr("expired"), EntryKind.ADJUST: self.tr("adjustment"),
            EntryKind.REVERSAL: self.tr("return"),
            EntryKind.TRANSFER: self.tr("transfer (merge)"),
        }.get(kind, kind)
