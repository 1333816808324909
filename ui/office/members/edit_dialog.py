"""Creating or editing a customer: contact details, birthday, consents with their dates."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from loyalty.members.card_numbers import CardNumberError
from loyalty.members.cards import CardError
from loyalty.members.members import MemberError, parse_birthday
from loyalty.model.models import Member
from pos.wording import date_text, moment_text
from ui.office.members.texts import MemberTexts


@dataclass(frozen=True, slots=True)
class MemberForm:
    """What was typed; ``card`` only when creating (empty: issue a new card)."""

    name: str
    phone: str
    email: str
    birthday: date | None
    consent_data: bool
    consent_marketing: bool
    card: str


class MemberDialog(QDialog):
    """``save`` creates or updates the customer and returns it, or raises a refusal that is
    shown here while the dialog stays open with what was typed."""

    def __init__(self, texts: MemberTexts, tz: str, save: Callable[[MemberForm], Member],
                 member: Member | None = None, parent: QWidget | None = None,
                 other_phones: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self._texts, self._save, self._tz = texts, save, tz
        language = self._language = texts.explainer.language
        self.result_: Member | None = None
        self.setWindowTitle(self.tr("Edit customer: {who}").format(who=texts.who(member))
                            if member else self.tr("New customer"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name, self.phone, self.email, self.card = (QLineEdit(), QLineEdit(), QLineEdit(),
                                                        QLineEdit())
        # typed, not a date editor: an empty field is "no birthday", and nobody scrolls from 1900
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("like {day}, or empty").format(
            day=texts.birthday_example()))
        self.birthday.setMaxLength(20)
        self.card.setPlaceholderText(self.tr("scan or type a card, or leave empty to issue one"))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Phone:"), self.phone)
        if other_phones:  # kept from merged duplicates; each still finds the customer
            others = QLabel(", ".join(other_phones))
            others.setWordWrap(True)
            form.addRow(self.tr("Other phones:"), others)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Birthday:"), self.birthday)
        if member is None:
            form.addRow(self.tr("Card:"), self.card)
        layout.addLayout(form)
        self.consent = QCheckBox(self.tr("Agrees to the processing of personal data"))
        self.marketing = QCheckBox(self.tr("Agrees to receive offers"))
        for box, since, withdrawn in (
                (self.consent, member and member.consent_data_at,
                 member and member.consent_data_withdrawn_at),
                (self.marketing, member and member.consent_marketing_at,
                 member and member.consent_marketing_withdrawn_at)):
            box.setChecked(bool(since))
            layout.addWidget(box)
            if since:
                layout.addWidget(QLabel(self.tr("    given {at}").format(
                    at=moment_text(since, tz, language))))
            elif withdrawn:
                layout.addWidget(QLabel(self.tr("    withdrawn {at}").format(
                    at=moment_text(withdrawn, tz, language))))
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel, self.save_button = QPushButton(self.tr("Cancel")), QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        if member:
            self._show(member)

    def _show(self, member: Member) -> None:
        self.name.setText(member.name)
        self.phone.setText(member.phone or "")
        self.email.setText(member.email)
        if member.birthday:
            self.birthday.setText(date_text(member.birthday, self._language))

    def form(self) -> MemberForm:
        """What was typed; MemberError not_a_date when the birthday is not a date."""
        return MemberForm(self.name.text(), self.phone.text(), self.email.text(),
                          parse_birthday(self.birthday.text()),
                          self.consent.isChecked(), self.marketing.isChecked(), self.card.text())

    def save(self) -> None:
        try:
            self.result_ = self._save(self.form())
        except (MemberError, CardError, CardNumberError) as error:
            self.message.setProperty("kind", "error")
            self.message.setText(self._texts.error(error))
            self.message.style().polish(self.message)
            return
        self.accept()
