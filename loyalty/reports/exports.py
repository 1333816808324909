"""CSV exports of sales, the points ledger and members, with the exact columns of SPEC §6."""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from loyalty.model.models import Balance
from loyalty.storage import ledger_store, store
from loyalty.shop import Shop
from pos.storage import sale_store
from pos.storage import store as pos_store
from pos.clock import from_db, iso_local, local_midnight
from pos.csv_files import csv_writer
from pos.errors import UserError
from pos.storage.files import StagedOutputs

SALES_COLUMNS = ("sale_no", "time", "kind", "original_sale_no", "member_id", "card_number",
                 "gross_minor", "discount_minor", "net_minor", "points_redeemed", "points_earned",
                 "paid_money_minor", "staff")
LEDGER_COLUMNS = ("entry_id", "time", "member_id", "kind", "points", "sale_no", "available_at",
                  "expires_at", "staff", "reason")
MEMBERS_COLUMNS = ("member_id", "name", "phone", "email", "birthday", "enrolled_at",
                   "card_numbers", "tier", "points_balance", "points_pending", "consent_data_at",
                   "consent_marketing_at")
KINDS = ("sales", "ledger", "members")
_NO_POINTS = Balance(spendable=0, pending=0)


def period(tz: str, start: date | None, end: date | None
           ) -> tuple[datetime | None, datetime | None]:
    """[local midnight of ``start``, local midnight after ``end``): both days included."""
    return (local_midnight(start, tz) if start else None,
            local_midnight(end + timedelta(days=1), tz) if end else None)


def sales_rows(shop: Shop, start: datetime | None, end: datetime | None) -> Iterator[tuple]:
    tz = shop.settings.timezone
    loyalty = ledger_store.loyalty_sales_by_no(shop.db, start, end)
    for r in sale_store.iter_sale_rows(shop.db, start, end):
        record = loyalty.get(r.sale_no)
        member_id, card, earned, redeemed = ((record.member_id, record.card_number or "",
                                              record.points_earned, record.points_redeemed)
                                             if record else ("", "", 0, 0))
        yield (r.sale_no, iso_local(from_db(r.at), tz), r.kind, r.original_sale_no or "",
               member_id, card, r.gross_minor, r.discount_minor, r.net_minor, redeemed, earned,
               r.paid_money_minor, r.staff_name)


def ledger_rows(shop: Shop, start: datetime | None, end: datetime | None) -> Iterator[tuple]:
    tz = shop.settings.timezone
    staff = {s.staff_id: s.name for s in pos_store.all_staff(shop.db)}
    for e in ledger_store.iter_entries(shop.db, start, end):
        yield (e.entry_id, iso_local(e.at, tz), e.member_id, e.kind, e.points, e.sale_no or "",
               iso_local(e.available_at, tz), iso_local(e.expires_at, tz) if e.expires_at else "",
               staff.get(e.staff_id, ""), e.reason)


def members_rows(shop: Shop, start: datetime | None, end: datetime | None,
                 now: datetime) -> Iterator[tuple]:
    tz = shop.settings.timezone
    balances = ledger_store.balances_all(shop.db, now)
    cards = store.card_numbers_by_member(shop.db)
    for m in store.iter_members(shop.db):
        if (start and m.enrolled_at < start) or (end and m.enrolled_at >= end):
            continue
        balance = balances.get(m.member_id, _NO_POINTS)
        yield (m.member_id, m.name, m.phone or "", m.email,
               m.birthday.isoformat() if m.birthday else "", iso_local(m.enrolled_at, tz),
               " ".join(cards.get(m.member_id, [])), "", balance.spendable, balance.pending,
               iso_local(m.consent_data_at, tz) if m.consent_data_at else "",
               iso_local(m.consent_marketing_at, tz) if m.consent_marketing_at else "")


def csv_text(header: Iterable[str], rows: Iterable[tuple]) -> str:
    """The CSV ``write_csv`` writes, as text (for a small file written with others)."""
    out = io.StringIO()
    writer = csv_writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def write_csv(path: str | Path, header: Iterable[str], rows: Iterable[tuple]) -> int:
    """UTF-8 CSV with a header row, 0600 (members' personal data), written to a side file
    first so a failed export never leaves half a file behind (``StagedOutputs``); a cell a
    spreadsheet would run is neutralised."""
    count = 0
    with StagedOutputs() as stage, stage.stream(path, text=True) as f:
        writer = csv_writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


class ExportPeriodError(UserError, ValueError):
    """``--from`` after ``--to``: no day is in both, so nothing would be written."""

    def __init__(self, first: date, last: date) -> None:
        super().__init__("export.reversed", first=first.isoformat(), last=last.isoformat())


def export(shop: Shop, kind: str, out: str | Path, start: date | None = None,
           end: date | None = None) -> int:
    if start is not None and end is not None and start > end:
        raise ExportPeriodError(start, end)
    lo, hi = period(shop.settings.timezone, start, end)
    if kind == "sales":
        return write_csv(out, SALES_COLUMNS, sales_rows(shop, lo, hi))
    if kind == "ledger":
        return write_csv(out, LEDGER_COLUMNS, ledger_rows(shop, lo, hi))
    if kind == "members":
        return write_csv(out, MEMBERS_COLUMNS, members_rows(shop, lo, hi, shop.clock()))
    raise ValueError(kind)
