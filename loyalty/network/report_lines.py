"""What the network commands print, worded once in the shop's language: a sync round's counts,
a till that joined, and the network's status (tills, overdrafts, customers to merge)."""
from __future__ import annotations

from pathlib import Path

from pos.wording import N_, gettext

_ROUND = N_("uploaded {uploaded}, downloaded {downloaded}, pending {pending}")
_JOINED = N_("{db}: till {till} of the network, PostgreSQL role {role}")
_PASSWORD = N_("the role's password (shown once; keep it in ~/.pgpass or "
               "$POSLOYALTY_PG_PASSWORD): {password}")
_TILL = N_("{shop} / {name} ({code}): last contact {contact}, {pending} to upload, "
           "{behind} to download")
_NEVER = N_("never")
_OVERDRAFT = N_("overdraft: member {member} at {points} points (redeemed offline at several tills)")
_HERE = N_("this till: member {member} at {points} points")
_DUPLICATE = N_("duplicate customers to merge: {name} (card {cards}) and {other} "
                "(card {other_cards}), both enrolled with phone {phone}")


def round_line(result, language: str) -> str:
    return gettext(language, _ROUND).format(uploaded=result.uploaded,
                                            downloaded=result.downloaded, pending=result.pending)


def joined_lines(db: Path, joined, language: str) -> list[str]:
    lines = [gettext(language, _JOINED).format(db=db, till=joined.till, role=joined.role)]
    if joined.password:
        lines.append(gettext(language, _PASSWORD).format(password=joined.password))
    return lines


def status_lines(status, negative: list[tuple[int, int]], language: str) -> list[str]:
    """``status`` as the server sees the network; ``negative`` this till's members below zero."""
    lines = [gettext(language, _TILL).format(
        shop=t.shop, name=t.name, code=t.code, pending=t.pending, behind=t.behind,
        contact=(t.last_contact.isoformat(timespec="seconds") if t.last_contact
                 else gettext(language, _NEVER)))
        for t in status.tills]
    lines += [gettext(language, _OVERDRAFT).format(member=m, points=p)
              for m, p in status.overdrafts]
    lines += [gettext(language, _HERE).format(member=m, points=p) for m, p in negative]
    lines += [duplicate_line(pair, language) for pair in status.duplicates]
    return lines


def duplicate_line(pair: tuple, language: str) -> str:
    """(phone, name, cards, other name, other cards) of two customers one phone enrolled."""
    phone, name, cards, other, other_cards = pair
    return gettext(language, _DUPLICATE).format(
        phone=phone, name=name or "?", cards=cards or "-", other=other or "?",
        other_cards=other_cards or "-")
