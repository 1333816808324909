"""Commands on the shop file as a whole: the demo, verify, imports, exports, backup and restore."""
from __future__ import annotations

import argparse

from pos.wording import N_
from loyalty.cli.common import fail, open_shop_of, progress, read_text, staff_id


def cmd_demo(args: argparse.Namespace) -> int:
    from loyalty.demo.demo import DEMO_PINS, MAX_MEMBERS, MAX_MONTHS, MAX_SALES, build_demo
    if args.db.exists():
        return fail(args, N_("{db} already exists; demo makes a new shop, choose another --db"),
                    db=args.db)
    for name, value, least, most in (("--members", args.members, 1, MAX_MEMBERS),
                                     ("--months", args.months, 1, MAX_MONTHS),
                                     ("--sales", args.sales, 0, MAX_SALES)):
        if value is not None and not least <= value <= most:
            return fail(args, N_("{name} must be a number from {least} to {most}"),
                        name=name, least=least, most=most)
    result = build_demo(args.db, args.members, args.months, args.seed, args.language,
                        args.sales, progress=progress, batched=not args.per_sale)
    print(f"\rdemo shop {args.db}: {result.members} members, {result.sales} sales, "
          f"{result.returns} returns, {result.first_day} to {result.last_day}")
    if result.batched:
        print(f"every sale went through the till's checkout and rule engine; they were "
              f"committed in batches, one transaction per week of sales ({result.transactions} "
              "transactions), not one durable commit each")
    else:
        print(f"every sale went through the till's checkout and rule engine, each committed "
              f"in its own durable transaction, as at a till ({result.transactions} "
              "transactions)")
    print("PINs: " + ", ".join(f"{role} {pin}" for role, pin in DEMO_PINS.items()))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from loyalty.verify import verify, warnings
    from pos.clock import month_bounds
    if not args.db.exists():
        return fail(args, N_("no database at {db}"), db=args.db)
    shop = open_shop_of(args)
    seals = tuple((month_bounds(y, m, shop.settings.timezone)[1], f"{y:04d}-{m:02d}", seal)
                  for (y, m), seal in args.seal)
    for end, month, _ in seals:  # a running month's entries still come: no seal to compare
        if end > shop.clock():
            return fail(args, N_("the ledger seal of {month} cannot be checked: the month has "
                                 "not ended yet"), month=month)
    problems = verify(shop, str(args.db), shop.clock(), seals)
    for warning in warnings(shop):
        print(f"warning: {warning}")
    for problem in problems:
        print(problem)
    if problems:
        return fail(args, N_("{count} problem(s) found"), count=len(problems))
    print(f"{args.db}: ok")
    return 0


def cmd_import_products(args: argparse.Namespace) -> int:
    from pos.storage import store
    from pos.catalogue.model import parse_products_csv
    from pos.storage.db import write_transaction
    shop = open_shop_of(args)
    products = parse_products_csv(read_text(args.file), shop.settings.currency)
    from pos.staff.audit import AuditAction, SubjectKind, subject
    with write_transaction(shop.db):
        count = store.upsert_products(shop.db, products)
        store.append_audit(shop.db, shop.clock(), staff_id(args), AuditAction.PRODUCTS_IMPORTED,
                           subject(SubjectKind.COUNT, count),
                           {"count": count, "source": "command line"})
    print(f"{count} products imported")
    return 0


def cmd_import_customers(args: argparse.Namespace) -> int:
    from loyalty.members.cards import program_card_types
    from loyalty.members.csv_import import import_customers
    from loyalty.members.members import region_for
    from loyalty.program.editing import today
    shop = open_shop_of(args)
    program = shop.programs.program_for(today(shop))
    count = import_customers(shop.db, read_text(args.file), shop.clock(),
                             region_for(shop.settings),
                             [str(t.card_type_id) for t in program_card_types(program)],
                             staff_id(args))
    print(f"{count} customers imported")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from loyalty.reports.exports import export
    count = export(open_shop_of(args), args.what, args.out, args.start, args.end)
    print(f"{count} rows written to {args.out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from loyalty.backup_reminder import record_backup
    from loyalty.backups import backup
    if not args.db.exists():
        return fail(args, N_("no database at {db}"), db=args.db)
    shop = open_shop_of(args)
    out = backup(shop, args.out)
    # the back office's reminder counts it
    record_backup(shop, staff_id(args), str(out), shop.clock())
    print(f"verified backup written to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from loyalty.backups import restore
    from pos.clock import system_clock
    kept = restore(args.file, args.db, system_clock())
    print(f"{args.db} restored from {args.file}"
          + (f" (the data it replaced is kept in {kept})" if kept else ""))
    return 0
