"""A customer's cards: issue a new one, register a scanned one, replace a lost one, block,
change a card's type."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QFormLayout, QGridLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from loyalty.storage import store
from loyalty.members.card_numbers import CardNumberError
from loyalty.members.cards import (CardError, block_card, card_type_of, change_card_type,
                                   issue_cards, replace_card)
from loyalty.members.admin import MemberAdminError, attach_card
from loyalty.program.editing import today
from loyalty.model.models import CardStatus, Member
from loyalty.shop import Shop
from ui.office.members.texts import MemberTexts
from ui.widgets.card_types import card_type_box


class MemberCardsDialog(QDialog):
    """Every action is one service call; the list and the message show what it did.
    ``changed`` is True once anything was written, so the screen knows to refresh."""

    def __init__(self, shop: Shop, member: Member, texts: MemberTexts,
                 parent: QWidget | None = None, staff_id: int | None = None) -> None:
        super().__init__(parent)
        self.shop, self.member_id, self.texts, self.staff_id = (shop, member.member_id, texts,
                                                                staff_id)
        self.changed = False
        self.setWindowTitle(self.tr("Cards of {who}").format(who=texts.who(member)))
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        self.who = QLabel(" · ".join(t for t in (texts.who(member), member.phone or "") if t))
        self.who.setObjectName("customerName")
        layout.addWidget(self.who)
        self.cards = QListWidget()
        layout.addWidget(self.cards, 1)
        form = QFormLayout()
        self.number, self.reason = QLineEdit(), QLineEdit()
        self.number.setPlaceholderText(self.tr("scan or type the card number"))
        self.reason.setPlaceholderText(self.tr("lost, stolen, damaged…"))
        self.card_type = card_type_box(shop, self.tr("The program's default"))
        form.addRow(self.tr("Card number:"), self.number)
        form.addRow(self.tr("Card type:"), self.card_type)
        form.addRow(self.tr("Block reason:"), self.reason)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        grid = QGridLayout()
        self.issue = QPushButton(self.tr("Issue a new card"))
        self.register = QPushButton(self.tr("Give the scanned card"))
        self.replace = QPushButton(self.tr("Replace the selected card (lost)"))
        self.block = QPushButton(self.tr("Block the selected card"))
        self.change_type = QPushButton(self.tr("Give the selected card this type"))
        close = QPushButton(self.tr("Close"))
        for i, button in enumerate((self.issue, self.register, self.replace, self.block,
                                    self.change_type, close)):
            button.setAutoDefault(False)
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)
        self.issue.clicked.connect(self.issue_new)
        self.register.clicked.connect(self.register_typed)
        self.replace.clicked.connect(self.replace_selected)
        self.block.clicked.connect(self.block_selected)
        self.change_type.clicked.connect(self.change_selected_type)
        self.number.returnPressed.connect(self.register_typed)
        close.clicked.connect(self.accept)
        self._list()

    def _list(self, select: str | None = None) -> None:
        self.cards.clear()
        program = self.shop.programs.program_for(today(self.shop))
        for card in store.cards_of_member(self.shop.db, self.member_id):
            card_type = card_type_of(program, card.card_type_id)
            kind = f"  —  {card_type.name}" if card_type else ""
            item = QListWidgetItem(f"{card.number}  —  {self.texts.card_status(card)}{kind}")
            item.setData(Qt.ItemDataRole.UserRole, card.number)
            self.cards.addItem(item)
            if card.number == select or (select is None and card.status == CardStatus.ACTIVE):
                self.cards.setCurrentItem(item)

    def _selected(self) -> str | None:
        item = self.cards.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _do(self, action, done: str) -> None:
        try:
            card = action()
        except (CardError, CardNumberError, MemberAdminError) as error:
            self._say(self.texts.error(error), "error")
            return
        self.changed = True
        self.number.clear()
        self.reason.clear()
        self._list(card.number)
        self._say(done.format(number=card.number), "info")

    def _say(self, text: str, kind: str) -> None:
        self.message.setProperty("kind", kind)
        self.message.setText(text)
        self.message.style().polish(self.message)

    def issue_new(self) -> None:
        self._do(lambda: issue_cards(self.shop.db, 1, self.shop.settings.card_prefix,
                                     self.shop.clock(), member_id=self.member_id,
                                     card_type_id=self.card_type.currentData(),
                                     staff_id=self.staff_id)[0],
                 self.tr("Card {number} issued"))

    def register_typed(self) -> None:
        self._do(lambda: attach_card(self.shop.db, self.number.text(), self.member_id,
                                     self.shop.clock(), self.card_type.currentData(),
                                     self.staff_id),
                 self.tr("Card {number} given"))

    def change_selected_type(self) -> None:
        number = self._selected()
        if number is None:
            self._say(self.tr("Select a card in the list"), "error")
            return
        program = self.shop.programs.program_for(today(self.shop))
        self._do(lambda: change_card_type(self.shop.db, number, self.card_type.currentData(),
                                          program, self.shop.clock(), self.staff_id),
                 self.tr("Card {number} has the new type from its next sale"))

    def replace_selected(self) -> None:
        old = self._selected()
        if old is None:
            self._say(self.tr("Select the lost card in the list"), "error")
            return
        typed = self.number.text().strip() or None
        self._do(lambda: replace_card(self.shop.db, old, self.shop.clock(), new_number=typed,
                                      prefix=self.shop.settings.card_prefix,
                                      staff_id=self.staff_id),
                 self.tr("Card {number} replaces the lost one; points stay with the customer"))

    def block_selected(self) -> None:
        number = self._selected()
        if number is None or not self.reason.text().strip():
            self._say(self.tr("Select a card and enter the reason for blocking it"), "error")
            return
        self._do(lambda: block_card(self.shop.db, number, self.reason.text(), self.shop.clock(),
                                    staff_id=self.staff_id),
                 self.tr("Card {number} blocked"))
