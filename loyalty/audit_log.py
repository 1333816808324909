"""The audit log as the owner reads it: each row's action worded, its subject named from the
stored id as it is now (an erased customer stays unnamed), its details in words and money."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlite_utils import Database

from loyalty.members.card_numbers import mask
from loyalty.storage import store
from loyalty.text.audit import action_label, detail_key, subject_text, word
from pos.money import format_money
from pos.staff.audit import AuditAction, SubjectKind, parse_subject
from pos.storage import store as pos_store
from pos.storage.store import AuditEntry
from pos.wording import bp_text, date_text, moment_text

# detail keys that hold a member's id or a card's number: shown as the subject of that
# kind would be (a customer's name, a masked number), never as a bare id
_MEMBER_KEYS = ("member", "merged")
_CARD_KEYS = ("card", "new_card")
_DATE_KEYS = ("valid_until", "effective_from")
# kept in the row to tie rows together, but no help to a reader (a basket's id is hex)
_HIDDEN_KEYS = ("staff_id", "basket")


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One row as the log's table shows it; ``entry`` keeps the stored codes for filters."""

    entry: AuditEntry
    when: str
    who: str
    action: str
    subject: str
    details: str


def action_choices(db: Database, language: str) -> tuple[tuple[str, str], ...]:
    """(label, code) of every action, by label; codes an older version wrote come last."""
    known = sorted(((action_label(a, language), str(a)) for a in AuditAction),
                   key=lambda pair: pair[0].casefold())
    stored = [(a, a) for a in pos_store.audit_actions(db) if a not in set(AuditAction)]
    return (*known, *stored)


def readable_rows(db: Database, entries: tuple[AuditEntry, ...], language: str, tz: str,
                  currency: str) -> tuple[AuditRow, ...]:
    namer = _Namer(db, language, currency)
    return tuple(AuditRow(e, moment_text(e.at, tz, language), e.staff_name or str(e.detail.get("by") or "")
                          or str(word("system", language)), action_label(e.action, language),
                          namer.subject(e), namer.details(e.detail)) for e in entries)


def _short_mask(number: str) -> str:
    """The receipt's masked number cut to four dots: the log's columns are narrow."""
    return mask(number)[-8:]


class _Namer:
    """Looks each id up once per view: a thousand rows name a few dozen things."""

    def __init__(self, db: Database, language: str, currency: str) -> None:
        self.db, self.language, self.currency = db, language, currency
        self.member = cache(self._member)
        self.card = cache(self._card)
        self._categories: dict[str, str] | None = None

    def _text(self, key: str, **data: object) -> str:
        return subject_text(key, self.language, **data)

    def subject(self, entry: AuditEntry) -> str:
        about = parse_subject(entry.subject)
        if about is None:  # written before subjects had kinds: as stored
            return entry.subject
        kind, ref = about.kind, about.ref
        if kind is SubjectKind.MEMBER and ref.isdigit():
            return self.member(int(ref))
        if kind is SubjectKind.CARD:
            return self.card(ref)
        if kind is SubjectKind.STAFF and ref.isdigit():
            staff = pos_store.staff_by_id(self.db, int(ref))
            return staff.name if staff else f"#{ref}"
        if kind is SubjectKind.PRODUCT and ref.isdigit():
            product = pos_store.product_by_id(self.db, int(ref))
            return product.name if product else self._text("product_unknown", ref=ref)
        if kind is SubjectKind.CATEGORY:
            if self._categories is None:
                self._categories = {c.code: c.name for c in pos_store.categories(self.db)}
            return self._text("category", name=self._categories.get(ref, ref))
        return self._text(str(kind), ref=ref)

    def _member(self, member_id: int) -> str:
        member = store.member_by_id(self.db, member_id)
        if member is None:
            return self._text("member_unknown", ref=member_id)
        if member.erased_at is not None:
            return self._text("member_erased", ref=member_id)
        return member.name or self._text("member_bearer", ref=member_id)

    def _card(self, number: str) -> str:
        card = store.card_by_number(self.db, number)
        member = store.member_by_id(self.db, card.member_id) if card and card.member_id else None
        if member is None:
            return self._text("card_bearer" if card else "card_unknown",
                              card=_short_mask(number))
        if member.erased_at is not None:
            return self._text("card_erased", card=_short_mask(number))
        if not member.name:
            return self._text("card_bearer", card=_short_mask(number))
        return self._text("card", name=member.name, card=_short_mask(number))

    # -- details -------------------------------------------------------------------

    def details(self, detail: dict[str, object]) -> str:
        """``key: value; …`` worded; ids left out where the subject already names it."""
        parts = []
        for key, value in detail.items():
            if value is None or value == "" or key in _HIDDEN_KEYS:
                continue
            if isinstance(value, dict):
                value = "; ".join(f"{detail_key(k, self.language)}: {self.value(k, v)}"
                                  for k, v in value.items())
            else:
                value = self.value(key, value)
            parts.append(f"{detail_key(key, self.language)}: {value}")
        return "; ".join(parts)

    def value(self, key: str, value: object) -> str:
        if isinstance(value, list) and len(value) == 2 and key != "fields":
            return f"{self.value(key, value[0])} → {self.value(key, value[1])}"
        if isinstance(value, list):
            return ", ".join(self.value(key, v) for v in value)
        if isinstance(value, bool):
            return str(word("yes" if value else "no", self.language))
        if value is None:
            return str(word("none", self.language))
        if key == "fields":
            return detail_key(str(value), self.language)
        if key in ("role", "source"):  # codes the log has words for
            return word(f"{key}_{value}", self.language) or str(value)
        if key in _DATE_KEYS and isinstance(value, str):
            return date_text(date.fromisoformat(value), self.language)  # as the log's own times
        if key.endswith("_minor") and isinstance(value, int):
            return format_money(value, self.currency, self.language)
        if key == "rate_bp" and isinstance(value, int):
            return bp_text(value, self.language)
        if key in _MEMBER_KEYS and isinstance(value, int):
            return self.member(value)
        if key in _CARD_KEYS or key == "cards":
            return _short_mask(str(value))
        return str(value)
