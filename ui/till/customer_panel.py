"""The customer panel: who is buying, their tier, points, progress and flags."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from loyalty.members.card_numbers import mask
from ui.widgets.explain import Explainer
from loyalty.till import CustomerView


class CustomerPanel(QFrame):
    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explainer = explainer
        self.setObjectName("customerPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setWordWrap(True)
        self.card = QLabel()
        self.card_type = QLabel()
        self.card_type.setObjectName("customerCardType")
        self.tier = QLabel()
        self.tier.setWordWrap(True)
        self.points = QLabel()
        self.points.setObjectName("customerPoints")
        self.pending = QLabel()
        self.stamps = QLabel()
        self.stamps.setWordWrap(True)
        self.flags = QLabel()
        self.flags.setObjectName("customerFlags")
        self.flags.setWordWrap(True)
        for label in (self.name, self.card, self.card_type, self.tier, self.points, self.pending,
                      self.stamps, self.flags):
            layout.addWidget(label)
        layout.addStretch(1)
        self.show_customer(None)

    def show_customer(self, view: CustomerView | None) -> None:
        if view is None or view.detail.customer is None:
            self.name.setText(self.tr("No customer"))
            self.card.setText(self.tr("Scan a card or type a phone number (F5)"))
            self.card.setWordWrap(True)
            for label in (self.card_type, self.tier, self.points, self.pending, self.stamps,
                          self.flags):
                label.clear()
                label.hide()
            return
        customer, quote = view.detail.customer, view.detail.quote
        self.name.setText(customer.member.name or self.tr("Bearer card"))
        self.card.setText(self.tr("Card {number}").format(number=mask(customer.card.number))
                          if customer.card else (customer.member.phone or ""))
        card_type = view.detail.card_type
        self.card_type.setText(self.tr("Card type: {name}").format(name=card_type.name)
                               if card_type else "")
        self.tier.setText(self._tier_text(view))
        self.points.setText(self.tr("Points: {n}").format(n=view.balance.spendable))
        self.pending.setText(self.tr("Pending: {n}").format(n=view.balance.pending)
                             if view.balance.pending else "")
        self.stamps.setText("\n".join(
            self.tr("{card}: {have} of {need} stamps").format(
                card=s.name, have=s.stamps_after, need=s.buy) for s in quote.stamps))
        flags = []
        if view.birthday:
            flags.append(self.tr("Birthday!"))
        if customer.member.consent_data_at is None and customer.member.name:
            flags.append(self.tr("No consent to data processing"))
        self.flags.setText("\n".join(flags))
        for label in (self.card_type, self.tier, self.points, self.pending, self.stamps,
                      self.flags):
            label.setVisible(bool(label.text()))

    def _tier_text(self, view: CustomerView) -> str:
        tier = view.detail.quote.tier
        if tier is None:
            return ""
        name = tier.tier_after_name or tier.tier_name or "—"
        text = self.tr("Tier: {tier}").format(tier=name)
        if tier.remaining is None or not tier.next_tier_name:
            return text
        if tier.metric == "spend":
            need = self._explainer.money(tier.remaining)
        elif tier.metric == "visits":
            need = self.tr("{n} visits").format(n=tier.remaining)
        else:
            need = self.tr("{n} units").format(n=tier.remaining)
        return text + "\n" + self.tr("{need} more to {next}").format(need=need,
                                                                   next=tier.next_tier_name)
