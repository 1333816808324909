"""Choosing how many points pay this receipt: the maximum pre-filled, the limits explained."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from loyalty.model.quote import RedeemLimits
from loyalty.engine.redemption import RedemptionError, points_value_minor
from ui.widgets.explain import Explainer


class RedeemDialog(QDialog):
    """The cashier may lower the points; ``points`` holds the choice once accepted.

    More than the maximum is refused here, with the limit and its reason, and the
    dialog stays open: a typed 900 is never quietly cut to 90.
    """

    def __init__(self, explainer: Explainer, limits: RedeemLimits, spendable_points: int,
                 apply: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explainer, self._limits, self._apply = explainer, limits, apply
        self.setWindowTitle(self.tr("Pay with points"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Spendable balance: {n} points").format(n=spendable_points)))
        why = ", ".join(explainer.redeem_bound(k) for k in limits.bound_by)
        limit = QLabel(self.tr("At most {n} points on this receipt, limited by: {why}").format(
            n=limits.max_points, why=why))
        limit.setObjectName("limits")
        limit.setWordWrap(True)
        layout.addWidget(limit)
        if limits.step_points > 1:
            layout.addWidget(QLabel(self.tr("In steps of {n} points").format(n=limits.step_points)))
        self.spin = QSpinBox()
        self.spin.setObjectName("points")
        self.spin.setRange(0, 999_999_999)  # the limit is checked on Enter, not by truncating
        self.spin.setSingleStep(max(1, limits.step_points))
        self.spin.setValue(limits.max_points)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.spin)
        self.worth = QLabel()
        layout.addWidget(self.worth)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setProperty("kind", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Esc Cancel"))
        ok = QPushButton(self.tr("Enter  Apply"))
        ok.setObjectName("primary")
        ok.setDefault(True)
        for button in (cancel, ok):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        ok.clicked.connect(self._try_apply)
        self.spin.valueChanged.connect(self._show_worth)
        self._show_worth(self.spin.value())
        self.spin.selectAll()
        self.spin.setFocus()
        self.adjustSize()

    def _try_apply(self) -> None:
        try:
            self._apply(self.points)
        except RedemptionError as error:
            self.message.setText(self._explainer.error(error))
            self.message.show()
            self.adjustSize()  # room for the wrapped sentence, nothing clipped
            self.spin.selectAll()
            return
        self.accept()

    @property
    def points(self) -> int:
        return self.spin.value()

    def _show_worth(self, points: int) -> None:
        value = points_value_minor(points, self._limits.point_value_minor)
        self.worth.setText(self.tr("Worth {amount}").format(amount=self._explainer.money(value)))
