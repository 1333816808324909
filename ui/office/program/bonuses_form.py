"""One-off bonuses: welcome, birthday, referral and monthly missions."""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout, QWidget

from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, MissionBonus, MissionId, Program, ReferralBonus, WelcomeBonus)
from loyalty.program.editing import (
    multiplier_text, parse_count, parse_multiplier, parse_name, parse_percent_bp, percent_text)
from ui.widgets.explain import Explainer
from ui.office.program.fields import Collector, FormBase, MechanismBox, Rows

_KINDS = (BirthdayKind.POINTS, BirthdayKind.DISCOUNT, BirthdayKind.MULTIPLIER)


class BonusesForm(FormBase):
    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(explainer, parent)
        self.welcome = MechanismBox(self.tr("Welcome bonus"), self.language)
        self.welcome_points = self.line()
        self.welcome.form.addRow(self.tr("Points on enrolment"), self.welcome_points)
        self.birthday = MechanismBox(self.tr("Birthday"), self.language)
        self.birthday_kind = QComboBox()
        self.birthday_kind.addItems([self.tr("Points, once"), self.tr("A discount"),
                                     self.tr("Points multiplied")])
        self.birthday_window, self.birthday_points, self.birthday_rate, self.multiplier = (
            self.line() for _ in range(4))
        form = self.birthday.form
        form.addRow(self.tr("Gift"), self.birthday_kind)
        form.addRow(self.tr("Days either side of the birthday"), self.birthday_window)
        form.addRow(self.tr("Points"), self.birthday_points)
        form.addRow(self.tr("Discount, %"), self.birthday_rate)
        form.addRow(self.tr("Points ×"), self.multiplier)
        self.birthday_kind.currentIndexChanged.connect(self._show_kind)
        self.referral = MechanismBox(self.tr("Referral bonus"), self.language)
        self.referrer_points, self.referred_points = self.line(), self.line()
        self.referral.form.addRow(self.tr("To the customer who referred"), self.referrer_points)
        self.referral.form.addRow(self.tr("To the new customer"), self.referred_points)
        self.missions = Rows(self.tr("Missions"), [
            self.tr("Name"), self.tr("Purchases"), self.tr("Points"),
            self.tr("On")], ["", "5", "100", True], keyed=True)
        for box in (self.welcome, self.birthday, self.referral):
            self.layout_.addWidget(box)
        missions = QGroupBox(self.tr("Missions: points for N purchases in a calendar month"))
        QVBoxLayout(missions).addWidget(self.missions)
        self.layout_.addWidget(missions)
        self.layout_.addStretch(1)

    def _show_kind(self) -> None:
        kind = self.birthday_kind.currentIndex()
        for i, edit in enumerate((self.birthday_points, self.birthday_rate, self.multiplier)):
            edit.setEnabled(i == kind)

    def load(self, program: Program) -> None:
        self.welcome.show_mechanism(program.welcome)
        self.welcome_points.setText(str(program.welcome.points if program.welcome else 100))
        b = program.birthday or BirthdayBonus(BirthdayKind.POINTS, 3, points=200)
        self.birthday.show_mechanism(program.birthday)
        self.birthday_kind.setCurrentIndex(_KINDS.index(b.kind))
        self.birthday_window.setText(str(b.window_days))
        self.birthday_points.setText(str(b.points))
        self.birthday_rate.setText(percent_text(b.discount_bp, self.language))
        self.multiplier.setText(multiplier_text(b.multiplier, self.language))
        self._show_kind()
        r = program.referral or ReferralBonus(200)
        self.referral.show_mechanism(program.referral)
        self.referrer_points.setText(str(r.referrer_points))
        self.referred_points.setText(str(r.referred_points))
        self.missions.set_rows([[m.name, str(m.purchases), str(m.points), m.enabled]
                                for m in program.missions], [m.mission_id for m in program.missions])
        self._original_missions = {m.mission_id: m for m in program.missions}

    def apply(self, program: Program, c: Collector) -> Program:
        return replace(program, welcome=self.welcome.build(lambda: self._welcome(c)),
                       birthday=self.birthday.build(lambda: self._birthday(c)),
                       referral=self.referral.build(lambda: self._referral(c)),
                       missions=self._missions(c))

    def _welcome(self, c: Collector) -> WelcomeBonus | None:
        points = c.value(self.welcome_points, parse_count, self.tr("Points on enrolment"))
        return None if points is None else WelcomeBonus(points)

    def _birthday(self, c: Collector) -> BirthdayBonus | None:
        kind = _KINDS[self.birthday_kind.currentIndex()]
        window = c.value(self.birthday_window, parse_count, self.tr("Days either side"))
        points = c.value(self.birthday_points, parse_count, self.tr("Birthday points"))
        rate = c.value(self.birthday_rate, parse_percent_bp, self.tr("Birthday discount"))
        mult = c.value(self.multiplier, parse_multiplier, self.tr("Birthday points ×"))
        if None in (window, points, rate, mult):
            return None
        return BirthdayBonus(kind, window, points, rate, mult or Fraction(1))

    def _referral(self, c: Collector) -> ReferralBonus | None:
        give = c.value(self.referrer_points, parse_count, self.tr("To the customer who referred"))
        get = c.value(self.referred_points, parse_count, self.tr("To the new customer"))
        return None if give is None or get is None else ReferralBonus(give, get)

    def _missions(self, c: Collector) -> tuple[MissionBonus, ...]:
        rows, out = self.missions, []
        for r in range(rows.count()):
            name = c.cell(rows, r, 0, parse_name) or ""
            key = rows.key(r, "mission")
            purchases = c.cell(rows, r, 1, lambda t: parse_count(t, minimum=1)) or 1
            points = c.cell(rows, r, 2, parse_count) or 0
            old = self._original_missions.get(MissionId(key))
            mission = MissionBonus(MissionId(key), name, purchases, points,
                                   enabled=rows.ticked(r, 3))
            out.append(replace(mission, starts_on=old.starts_on) if old else mission)
        return tuple(out)
