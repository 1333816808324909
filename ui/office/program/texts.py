"""Translated names for the program editor: presets, mechanisms, field paths and refusals."""
from __future__ import annotations

import re

from PySide6.QtCore import QObject

from loyalty.model.program import Program
from loyalty.program.editing import mechanisms_of

_INDEX = re.compile(r"\[(\d+)\]")


class ProgramTexts(QObject):
    def preset_title(self, key: str) -> str:
        texts = {
            "cumulative_discount": self.tr("Cumulative discount: 3 % +1 % per 1,000, up to 20 %"),
            "yearly_spend_tiers": self.tr("Tiers by yearly spend: 5 / 10 / 15 / 25 %"),
            "points_from_balance": self.tr("5 % in points, spendable from 4,000"),
            "points_half_receipt": self.tr("5 % in points, paying up to half a receipt"),
            "fifth_coffee_free": self.tr("Stamp card: the fifth coffee free"),
            "fuel_litre_tiers": self.tr("Fuel tiers by litres a month"),
        }
        return texts.get(key, key)

    def mechanism(self, key: str) -> str:
        texts = {
            "fixed_discount": self.tr("discount cards"),
            "cumulative": self.tr("cumulative discount"),
            "tiers": self.tr("tiers"),
            "progressive": self.tr("discount by receipt total"),
            "points": self.tr("bonus points"),
            "welcome": self.tr("welcome bonus"),
            "birthday": self.tr("birthday"),
            "referral": self.tr("referral bonus"),
            "missions": self.tr("missions"),
            "stamp_cards": self.tr("stamp cards"),
            "coupons": self.tr("coupons"),
            "exclusions": self.tr("exclusions"),
            "limits": self.tr("limits"),
        }
        return texts.get(key, key)

    def describe(self, program: Program) -> str:
        keys = mechanisms_of(program)
        return ", ".join(self.mechanism(k) for k in keys) if keys else self.tr("no mechanisms")

    def path(self, path: str) -> str:
        """'tiers.tiers[1].threshold' → 'tiers, row 2 (threshold)'."""
        if not path:
            return self.tr("the file")
        head, _, rest = path.partition(".")
        head_name = _INDEX.sub("", head)
        rows = [int(n) + 1 for n in _INDEX.findall(path)]
        text = self.mechanism(head_name)
        if rows:
            text += ", " + self.tr("row {n}").format(n=rows[-1])
        field = _INDEX.sub("", rest.rpartition(".")[2] if rest else "")
        return f"{text} ({field})" if field else text

    def edit_error(self, reason: str) -> str:
        texts = {
            "not_owner": self.tr("Nothing saved: only the owner can change the program."),
            "date_in_past": self.tr("Nothing saved: the date must be today or later."),
        }
        return texts.get(reason, reason)
