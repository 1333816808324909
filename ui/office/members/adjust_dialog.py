"""Correcting a customer's points by hand: how many, why, and the owner's PIN."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from loyalty.members.admin import MemberAdminError, adjust_with_pin
from loyalty.model.models import Member
from loyalty.shop import Shop
from loyalty.ledger.wallet import MAX_ADJUST_POINTS, PointsError
from pos.staff.pins import StaffError
from ui.office.members.texts import MemberTexts


class MemberAdjustDialog(QDialog):
    """The owner re-enters their PIN even when logged in: a correction is money given away."""

    def __init__(self, shop: Shop, member: Member, texts: MemberTexts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.member_id, self.texts = shop, member.member_id, texts
        self.setWindowTitle(self.tr("Adjust points: {who}").format(who=texts.who(member)))
        self.setMinimumWidth(660)  # the Russian reason hint fits
        layout = QVBoxLayout(self)
        self.who = QLabel(" · ".join(t for t in (texts.who(member), member.phone or "") if t))
        self.who.setObjectName("customerName")
        layout.addWidget(self.who)
        form = QFormLayout()
        self.points = QSpinBox()
        self.points.setRange(-MAX_ADJUST_POINTS, MAX_ADJUST_POINTS)
        self.points.setPrefix("± ")
        self.reason, self.pin = QLineEdit(), QLineEdit()
        self.reason.setPlaceholderText(self.tr("required: why the balance changes"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        form.addRow(self.tr("Points (minus to deduct):"), self.points)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Owner's PIN:"), self.pin)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel, self.apply = QPushButton(self.tr("Cancel")), QPushButton(self.tr("Adjust"))
        self.apply.setObjectName("primary")
        buttons.addWidget(cancel)
        buttons.addWidget(self.apply)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.apply.clicked.connect(self.adjust)
        self.pin.returnPressed.connect(self.adjust)

    def adjust(self) -> None:
        try:
            adjust_with_pin(self.shop.db, self.member_id, self.points.value(), self.reason.text(),
                            self.pin.text(), self.shop.clock())
        except (PointsError, StaffError, MemberAdminError) as error:
            self.pin.clear()
            self.message.setProperty("kind", "error")
            self.message.setText(self.texts.error(error))
            self.message.style().polish(self.message)
            return
        self.accept()
