"""Integrity and ledger consistency of a shop's database: what `main.py verify` reports."""
from __future__ import annotations

from datetime import datetime

from loyalty.storage import ledger_store, lot_store, rules_store, summary_store, sync_store
from loyalty.network.report_lines import duplicate_line
from loyalty.ledger.chain import first_break, recomputed_head
from loyalty.ledger.ledger import replay, resumes
from loyalty.shop import Shop
from pos.storage import sale_store
from pos.storage.db import integrity_errors


def verify(shop: Shop, path: str, now: datetime,
           seals: tuple[tuple[datetime, str, str], ...] = ()) -> list[str]:
    """Every problem found, one sentence each; an empty list means the shop is sound.
    ``seals``: (month end, 'YYYY-MM', hash) as printed in filed monthly reports."""
    problems = integrity_errors(path)
    db = shop.db
    problems += sale_store.sale_totals_mismatches(db)
    problems += sale_store.over_returned_lines(db)
    problems += ledger_store.ledger_sale_mismatches(db)
    problems += ledger_store.orphan_ledger_sales(db)
    problems += ledger_store.ledger_sale_time_mismatches(db)
    problems += ledger_store.customer_sales_without_record(db)
    problems += ledger_store.points_payment_mismatches(db)
    problems += rules_store.member_totals_mismatches(db)
    problems += summary_store.aggregate_mismatches(db)
    problems += _balance_problems(shop, now)
    problems += [f"the ledger's append-only guard {name} is missing"
                 for name in ledger_store.missing_append_only_guards(db)]
    problems += _chain_problems(db)
    problems += [f"ledger entry {e.entry_id}: {e.points:+d} points expire no later than they "
                 f"were earned (a program version gave them no life)"
                 for e in ledger_store.earned_expiring_at_once(db)]
    problems += [f"ledger seal of {month} does not match: an entry up to that month changed "
                 f"since the report was filed" for end, month, seal in seals
                 if recomputed_head(ledger_store.chain_rows(db, end)) != seal.strip().lower()]
    return problems


def warnings(shop: Shop) -> list[str]:
    """What the owner should see but is no fault of the file: in a shop network, members
    whose points went below zero (redeemed offline at several tills, within the stated
    bound) and customers enrolled twice offline with one phone, to merge."""
    db = shop.db
    if sync_store.membership(db) is None:
        return []
    found = [f"member {member_id}: points at {points} (an overdraft redeemed offline at "
             f"several tills)" for member_id, points in sync_store.negative_balances(db)]
    # worded as `network status` words it; verify's report is English throughout
    found += [duplicate_line(pair, "en") for pair in sync_store.duplicate_members(db)]
    return found


def _chain_problems(db) -> list[str]:
    """The hash chain recomputed: the first entry that breaks it, hashes of deleted entries,
    and adjustments nobody signed or explained (which the till never writes)."""
    problems = []
    broken = first_break(ledger_store.chain_rows(db))
    if broken is not None:
        what = ("was written behind the till's back (it has no chain hash)"
                if broken.problem == "unsealed" else "was changed after it was written")
        problems.append(f"ledger entry {broken.entry_id} {what}; the chain is broken from there")
    problems += [f"ledger entry {entry_id} was deleted (its chain hash remains)"
                 for entry_id in ledger_store.orphan_chain_hashes(db)]
    problems += [f"ledger entry {e.entry_id}: an adjustment of {e.points:+d} points without "
                 f"staff or reason" for e in ledger_store.adjustments_without_staff_or_reason(db)]
    return problems


def _balance_problems(shop: Shop, now: datetime) -> list[str]:
    """Replaying each member's entries must agree with the summed balance, and debts
    exist only where the shop allows negative balances (in a shop network an overdraft
    redeemed offline is a warning whatever the policy: the offline allowance bounds it)."""
    problems = []
    allow_negative = (shop.settings.negative_balance_policy == "allow_negative"
                      or sync_store.membership(shop.db) is not None)
    for member_id, kept in ledger_store.balances_all(shop.db, now).items():
        entries = ledger_store.entries_of(shop.db, member_id)
        lots, debt = replay(entries)
        start = lot_store.checkpoint_of(shop.db, member_id)
        newer = [e for e in entries if start is not None and e.entry_id > start.last_entry_id]
        if start is not None and resumes(start, newer) and replay(newer, start) != (lots, debt):
            problems.append(f"member {member_id}: the lots kept at entry {start.last_entry_id} "
                            "are not what the ledger gives")
        if sum(l.remaining for l in lots) - debt != kept.total:
            problems.append(f"member {member_id}: replayed lots do not add up to the balance")
        if debt and not allow_negative:
            problems.append(f"member {member_id}: negative balance of {debt} points")
    return problems
