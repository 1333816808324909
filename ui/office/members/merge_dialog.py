"""Merging a duplicate customer into the one on screen: find it, check it, merge."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from loyalty.storage import search as member_search
from loyalty.members.admin import MemberAdminError, merge_members
from loyalty.model.models import Member
from loyalty.shop import Shop
from pos.staff.model import Staff
from ui.office.members.texts import MemberTexts

SHOWN = 50


class MemberMergeDialog(QDialog):
    def __init__(self, shop: Shop, staff: Staff, keep: Member, texts: MemberTexts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff, self.keep, self.texts = shop, staff, keep, texts
        self.moved: int | None = None
        self.setWindowTitle(self.tr("Merge a duplicate into {who}").format(who=texts.who(keep)))
        self.setMinimumSize(700, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Find the duplicate of {name}. Its cards, points, phones and "
                               "consents move to {name}; its purchases stay in the "
                               "history.").format(
            name=texts.who(keep)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.find = QLineEdit()
        self.find.setObjectName("search")
        self.find.setPlaceholderText(self.tr("name, phone or card of the duplicate"))
        layout.addWidget(self.find)
        self.hits = QListWidget()
        layout.addWidget(self.hits, 1)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel, self.merge = QPushButton(self.tr("Cancel")), QPushButton(self.tr("Merge"))
        self.merge.setObjectName("primary")
        buttons.addWidget(cancel)
        buttons.addWidget(self.merge)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.merge.clicked.connect(self.do_merge)
        self.find.textChanged.connect(self._search)

    def _search(self, text: str) -> None:
        self.hits.clear()
        if not text.strip():
            return
        ids = tuple(i for i in member_search.search(self.shop.db, text).member_ids
                    if i != self.keep.member_id)[:SHOWN]
        for row in member_search.list_rows(self.shop.db, ids, self.shop.clock()):
            label = " · ".join(t for t in (row.name or f"#{row.member_id}", row.phone or "",
                                           row.cards) if t)
            item = QListWidgetItem(self.tr("{who} — {n} points").format(who=label, n=row.points))
            item.setData(Qt.ItemDataRole.UserRole, row.member_id)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def do_merge(self) -> None:
        item = self.hits.currentItem()
        if item is None:
            self.message.setText(self.tr("Find and select the duplicate first"))
            return
        try:
            self.moved = merge_members(self.shop.db, self.keep.member_id,
                                       item.data(Qt.ItemDataRole.UserRole), self.staff,
                                       self.shop.clock())
        except MemberAdminError as error:
            self.message.setProperty("kind", "error")
            self.message.setText(self.texts.error(error))
            self.message.style().polish(self.message)
            return
        self.accept()
