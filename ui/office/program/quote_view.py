"""The simulator's answer: every discount and points line of a quote, as the till would explain it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from loyalty.model.quote import Quote, TierStatus
from ui.widgets.explain import Explainer

_RED, _GREEN, _BLUE = QColor("#a33"), QColor("#1c6b2a"), QColor("#0b3d91")


class QuoteView(QListWidget):
    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explainer = explainer
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setObjectName("quoteView")

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _add(self, text: str, color: QColor | None = None, bold: bool = False) -> None:
        item = QListWidgetItem(text)
        if color is not None:
            item.setForeground(QBrush(color))
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
        self.addItem(item)

    def show_problem(self, text: str) -> None:
        self.clear()
        self._add(text, QColor("#b3261e"), bold=True)

    def show_quote(self, q: Quote) -> None:
        e, money = self.explainer, self.explainer.money
        self.clear()
        self._add(self.tr("Receipt: {amount}").format(amount=money(q.gross_minor)))
        for d in q.discount_summary():
            self._add(f"{e.reason(d.explanation.key, d.explanation.params)}: "
                      f"{money(-d.amount_minor)}", _RED)
        if q.discount_cap is not None:
            self._add(e.reason(q.discount_cap.key, q.discount_cap.params), _RED)
        if q.redeem_points:
            self._add(self.tr("Paid with {n} points: {amount}").format(
                n=q.redeem_points, amount=money(-q.redeem_value_minor)), _GREEN)
        self._add(self.tr("To pay: {amount}").format(amount=money(q.pay_money_minor)), bold=True)
        self._points(q)
        if q.tier is not None:
            self._tier(q.tier)
        for s in q.stamps:
            self._add(self.tr("{card}: {after} of {buy} stamps, {free} free now").format(
                card=s.name, after=s.stamps_after, buy=s.buy, free=s.free_units), _BLUE)
        if q.coupon_to_issue is not None:
            c = q.coupon_to_issue
            worth = money(c.amount_minor) if c.amount_minor else e.percent(c.rate_bp)
            self._add(self.tr("A coupon for the next visit: {worth}").format(worth=worth), _BLUE)

    def _points(self, q: Quote) -> None:
        e = self.explainer
        if q.member_id is None and not q.awards:
            self._add(self.tr("No points without a card"))
        else:
            self._add(self.tr("Points to earn: {n}").format(n=q.points_earned), _GREEN, bold=True)
        for a in q.awards:
            self._add(f"    {e.reason(a.explanation.key, a.explanation.params)}: +{a.points}",
                      _GREEN)
        limits = q.redeem_limits
        why = ", ".join(e.redeem_bound(k) for k in limits.bound_by)
        self._add(self.tr("Points may pay at most {n} ({why})").format(n=limits.max_points,
                                                                       why=why))

    def _tier(self, t: TierStatus) -> None:
        now = t.tier_name or self.tr("no tier")
        after = t.tier_after_name or now
        text = self.tr("Tier: {now}").format(now=now) if after == now else \
            self.tr("Tier: {now} → {after}").format(now=now, after=after)
        if t.next_tier_name and t.remaining is not None:
            left = self.explainer.money(t.remaining) if t.metric == "spend" else str(t.remaining)
            text += " · " + self.tr("{left} more to {tier}").format(left=left, tier=t.next_tier_name)
        self._add(text, _BLUE)
