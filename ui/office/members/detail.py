"""The members screen's detail pane: profile, consents, tier, points, cards and history."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from loyalty.members.admin import MemberProfile
from pos.sale import SaleKind
from pos.wording import date_text, moment_text
from ui.office.members.texts import MemberTexts


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


def _given(profile: MemberProfile, consent: str) -> datetime | None:
    """When the consent was last given, from its history (shown beside a withdrawal)."""
    return max((e.at for e in profile.consents if e.consent == consent and e.event == "given"),
               default=None)


class MemberDetail(QFrame):
    def __init__(self, texts: MemberTexts, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts, self.tz = texts, tz
        self.setObjectName("memberDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setWordWrap(True)
        layout.addWidget(self.name)
        grid = QGridLayout()
        self.contact, self.consents, self.points, self.tier = QLabel(), QLabel(), QLabel(), QLabel()
        self.pending = QLabel()
        self.points.setObjectName("customerPoints")
        for label in (self.contact, self.consents, self.tier, self.pending):
            label.setWordWrap(True)
        grid.addWidget(self.contact, 0, 0, 3, 1)
        grid.addWidget(self.points, 0, 1)
        grid.addWidget(self.pending, 1, 1)
        grid.addWidget(self.tier, 2, 1)
        grid.addWidget(self.consents, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        self.tabs = QTabWidget()
        self.cards = _table([self.tr("Card"), self.tr("Status"), self.tr("Issued")])
        self.sales = _table([self.tr("Date"), self.tr("No."), self.tr("Amount"), self.tr("Points")])
        self.ledger = _table([self.tr("Date"), self.tr("Kind"), self.tr("Points"),
                              self.tr("Reason")])
        self.tabs.addTab(self.cards, self.tr("Cards"))
        self.tabs.addTab(self.sales, self.tr("Purchases"))
        self.tabs.addTab(self.ledger, self.tr("Points history"))
        layout.addWidget(self.tabs, 1)
        self.show_profile(None)

    def show_profile(self, profile: MemberProfile | None) -> None:
        self.tabs.setVisible(profile is not None)
        if profile is None:
            self.name.setText(self.tr("Choose a customer in the list"))
            for label in (self.contact, self.consents, self.points, self.pending, self.tier):
                label.clear()
            return
        m = profile.member
        if m.erased_at:
            self.name.setText(self.tr("Personal data erased {at}").format(
                at=self._when(m.erased_at)))
        else:
            self.name.setText(m.name or self.tr("Bearer card customer"))
        phones = ", ".join(p for p in (m.phone, *profile.other_phones) if p)
        lines = [phones or self.tr("no phone"), m.email or self.tr("no e-mail"),
                 self.tr("Birthday: {d}").format(d=date_text(m.birthday, self.texts.explainer.language))
                 if m.birthday else self.tr("Birthday: not given"),
                 self.tr("Customer since {at}").format(at=self._when(m.enrolled_at))]
        self.contact.setText("\n".join(lines))
        self.consents.setText("\n".join((
            self._consent(self.tr("Data processing"), m.consent_data_at,
                          m.consent_data_withdrawn_at, _given(profile, "data")),
            self._consent(self.tr("Offers"), m.consent_marketing_at,
                          m.consent_marketing_withdrawn_at, _given(profile, "marketing")))))
        b = profile.balance
        self.points.setText(self.tr("Points: {n}").format(n=b.spendable))
        self.pending.setText(self.tr("Pending: {n}").format(n=b.pending))
        tier = self.tr("Tier: {tier}").format(tier=profile.tier_name or self.tr("none"))
        merged = self.tr("Merged duplicates: {ids}").format(
            ids=", ".join(f"#{i}" for i in profile.merged)) if profile.merged else ""
        self.tier.setText("\n".join(t for t in (tier, merged) if t))
        self._fill_tables(profile)

    def _consent(self, what: str, since: datetime | None, withdrawn: datetime | None,
                 given: datetime | None) -> str:
        if since is not None:
            return self.tr("{what}: agreed {at}").format(what=what, at=self._when(since))
        if withdrawn is not None and given is not None:
            return self.tr("{what}: withdrawn {at} (given {given})").format(
                what=what, at=self._when(withdrawn), given=self._when(given))
        if withdrawn is not None:
            return self.tr("{what}: withdrawn {at}").format(what=what,
                                                            at=self._when(withdrawn))
        return self.tr("{what}: no consent").format(what=what)

    def _when(self, moment: datetime) -> str:
        return moment_text(moment, self.tz, self.texts.explainer.language)

    def _sale_no(self, sale_no: int, kind: str) -> str:
        if kind == SaleKind.RETURN:
            return self.tr("{no} (return)").format(no=sale_no)
        return str(sale_no)

    @staticmethod
    def _points(earned: int, redeemed: int) -> str:
        """'+94', '−20' or '+3 −20' as stored on the sale (a return's are negative)."""
        parts = [f"{earned:+d}" if earned else "", f"{-redeemed:+d}" if redeemed else ""]
        return " ".join(p for p in parts if p).replace("-", "−")

    def _fill_tables(self, profile: MemberProfile) -> None:
        money = self.texts.explainer.money
        _fill(self.cards, [(c.number, self.texts.card_status(c), self._when(c.issued_at))
                           for c in profile.cards])
        _fill(self.sales, [(self._when(s.at), self._sale_no(s.sale_no, s.kind),
                            money(s.net_minor), self._points(s.points_earned, s.points_redeemed))
                           for s in profile.sales])
        _fill(self.ledger, [(self._when(e.at), self.texts.ledger_kind(e.kind),
                             f"{e.points:+d}", e.reason) for e in profile.ledger])
        self.tabs.setTabText(1, self.tr("Purchases ({n})").format(n=len(profile.sales)))
