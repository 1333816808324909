"""Translated names for the program editor: presets, mechanisms, field paths and refusals."""
from __future__ import annotations

import re

from datetime import date

from PySide6.QtCore import QObject

from loyalty.model.program import ALWAYS, Program
from loyalty.program.changes import (
    ADDED, CHANGED, REMOVED, SWITCHED_OFF, SWITCHED_ON, FieldChange, MechanismChange)
from loyalty.program.bounds import EFFECTIVE_YEARS_AHEAD
from loyalty.program.editing import mechanisms_of
from pos.wording import date_text
from ui.widgets.explain import Explainer

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
            "date_too_far": self.tr("Nothing saved: the date can be at most {n} years ahead."
                                    ).format(n=EFFECTIVE_YEARS_AHEAD),
            "unchanged": self.tr("Nothing saved: the program is the same as the one in effect "
                                 "on that day."),
        }
        return texts.get(reason, reason)

    def item(self, change: MechanismChange) -> str:
        """'bonus points', 'stamp card “Coffee”', 'mission “Five visits”'."""
        if change.key == "stamp_cards":
            return self.tr("stamp card “{name}”").format(name=change.label)
        if change.key == "missions":
            return self.tr("mission “{name}”").format(name=change.label)
        return self.mechanism(change.key)

    def field(self, change: FieldChange) -> str:
        """The owner's word for a changed field, with its table row when there is one."""
        plain = _INDEX.sub("", change.path)
        words = self._field_words()
        word = words.get(plain) or words.get(change.name) or change.name.replace("_", " ")
        return self.tr("{field} (row {n})").format(field=word, n=change.row) \
            if change.row is not None else word

    def value(self, name: str, value: object, explainer: Explainer) -> str:
        """A stored value as the forms show it: 5 %, 1 000,00, yes, never."""
        if value is None:
            return self.tr("never") if name.endswith("days") else self.tr("none")
        if name == "starts_on" and isinstance(value, str):
            if value == ALWAYS.isoformat():
                return self.tr("from the start")
            day = date.fromisoformat(value)
            return date_text(day, explainer.language)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if name == "type":  # the kind of an earn rate
            return {"bp": self.tr("% of the amount"), "per_amount": self.tr("points per amount")
                    }.get(str(value), str(value))
        if isinstance(value, int) and name.endswith("_bp"):
            return explainer.percent(value)
        if isinstance(value, int) and name.endswith("_minor"):
            return explainer.money(value)
        if name == "point_value_minor" and isinstance(value, str) and value.isdigit():
            return explainer.money(int(value))
        if isinstance(value, int):  # points, days, counts: grouped as the shop writes numbers
            return f"{value:,}".replace(",", "\u00a0" if explainer.language == "ru" else ",")
        return str(value)

    def _field_with_values(self, change: FieldChange, explainer: Explainer) -> str:
        word = self.field(change)
        scalar = (str, int, float, bool, type(None))
        if isinstance(change.before, scalar) and isinstance(change.after, scalar):
            return f"{word}: {self.value(change.name, change.before, explainer)} → " \
                   f"{self.value(change.name, change.after, explainer)}"
        return word

    def change(self, change: MechanismChange, explainer: Explainer) -> str:
        """One line of the save confirmation: 'Adds: welcome bonus', 'Changes: tiers — …'."""
        what = self.item(change)
        heads = {ADDED: self.tr("Adds: {what}"), REMOVED: self.tr("Removes: {what}"),
                 SWITCHED_ON: self.tr("Switches on: {what}"),
                 SWITCHED_OFF: self.tr("Switches off: {what}"),
                 CHANGED: self.tr("Changes: {what}")}
        line = heads[change.kind].format(what=what)
        words = list(dict.fromkeys(self._field_with_values(f, explainer) for f in change.fields))
        if change.kind == CHANGED and words:
            shown = "; ".join(words[:6])
            if len(words) > 6:
                shown += " " + self.tr("and {n} more").format(n=len(words) - 6)
            line += " — " + shown
        return line


    def _field_words(self) -> dict[str, str]:
        return {  # by path without rows, else by the field's own name
            "starts_on": self.tr("start date"),
            "name": self.tr("name"),
            "discount_bp": self.tr("discount %"),
            "bearer": self.tr("bearer card"),
            "card_types": self.tr("card types"),
            "card_type_id": self.tr("card type id"),
            "from_minor": self.tr("from amount"),
            "steps": self.tr("steps"),
            "formula.start_bp": self.tr("starting discount"),
            "formula.step_bp": self.tr("step"),
            "formula.per_minor": self.tr("per amount spent"),
            "formula.cap_bp": self.tr("maximum discount"),
            "decay_after_days": self.tr("fall back after (days)"),
            "tiers": self.tr("tiers"),
            "threshold": self.tr("from (threshold)"),
            "points_multiplier": self.tr("points multiplier"),
            "instant_upgrade_from_minor": self.tr("instant upgrade from"),
            "metric": self.tr("earned by"),
            "window.kind": self.tr("window"),
            "window.days": self.tr("window (days)"),
            "unit_scope.categories": self.tr("counted categories"),
            "unit_scope.product_ids": self.tr("counted products"),
            "bands": self.tr("bands"),
            "members_only": self.tr("members only"),
            "earn.type": self.tr("way of earning"),
            "earn.rate_bp": self.tr("points back %"),
            "earn.points": self.tr("points"),
            "earn.per_minor": self.tr("per amount paid"),
            "earn.whole": self.tr("for each whole amount"),
            "point_value_minor": self.tr("value of a point"),
            "category_rates": self.tr("category rates"),
            "product_rates": self.tr("product rates"),
            "no_points_on_redeemed": self.tr("points on the part paid with points"),
            "redemption.cap_bp": self.tr("points pay at most %"),
            "redemption.min_balance_points": self.tr("spendable from a balance of"),
            "redemption.step_points": self.tr("steps of points"),
            "redemption.keep_one_minor": self.tr("one kopeck paid in money"),
            "hold_days": self.tr("spendable after (days)"),
            "expiry.days": self.tr("expire after (days)"),
            "expiry.end_of_following_year": self.tr("expire at the end of the following year"),
            "points": self.tr("points"),
            "kind": self.tr("kind"),
            "window_days": self.tr("days around the birthday"),
            "multiplier": self.tr("multiplier"),
            "referrer_points": self.tr("points to the referrer"),
            "referred_points": self.tr("points to the referred"),
            "purchases": self.tr("purchases"),
            "buy": self.tr("units to buy"),
            "scope.categories": self.tr("categories"),
            "scope.product_ids": self.tr("products"),
            "issue": self.tr("coupon for the next visit"),
            "issue.min_net_minor": self.tr("issued from a receipt of"),
            "issue.amount_minor": self.tr("coupon amount"),
            "issue.rate_bp": self.tr("coupon %"),
            "issue.min_receipt_minor": self.tr("coupon's minimum receipt"),
            "issue.valid_days": self.tr("coupon valid (days)"),
            "no_discount.categories": self.tr("categories without discounts"),
            "no_discount.product_ids": self.tr("products without discounts"),
            "no_points.categories": self.tr("categories without points"),
            "no_points.product_ids": self.tr("products without points"),
            "rate_bp": self.tr("% back"),
            "category": self.tr("category"),
            "product_id": self.tr("product id"),
            "max_discount_bp": self.tr("maximum discount %"),
            "stacking": self.tr("how discounts combine"),
        }
