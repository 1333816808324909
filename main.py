"""Point-of-sale loyalty client: the till (GUI, the default) and the command line of SPEC §6."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

__version__ = "0.1.0"


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="shop database file (default: the user's data folder)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py", description=__doc__)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_arg(p)
    sub = p.add_subparsers(dest="command")
    c = sub.add_parser("demo", help="create a demo shop with months of sales")
    c.add_argument("--members", type=int, default=300)
    c.add_argument("--months", type=int, default=6)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--sales", type=int, default=None, help="total sales (default members×months×2)")
    c.add_argument("--language", choices=("ru", "en"), default="ru")
    sub.add_parser("verify", help="integrity and ledger consistency")
    for name in ("import-products", "import-customers"):
        c = sub.add_parser(name, help="all rows or none; per-row errors")
        c.add_argument("file", type=Path)
    c = sub.add_parser("export", help="sales, ledger or members to CSV")
    c.add_argument("what", choices=("sales", "ledger", "members"))
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--from", dest="start", type=date.fromisoformat, default=None)
    c.add_argument("--to", dest="end", type=date.fromisoformat, default=None)
    c = sub.add_parser("backup", help="a verified copy of the database")
    c.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("restore", help="replace the database with a verified backup")
    c.add_argument("file", type=Path)
    c = sub.add_parser("cards", help="print loyalty cards to PDF")
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--new", type=int, help="issue and print N new bearer cards")
    which.add_argument("--members", help="'all' or member ids, comma separated")
    c.add_argument("--layout", choices=("cr80", "a4"), default="a4")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--list", type=Path, default=None, help="also write the numbers as CSV")
    c.add_argument("--terms", default=None, help="text for the back of the card")
    c = sub.add_parser("receipt", help="a sale's receipt as PDF or ESC/POS bytes")
    c.add_argument("sale_no", type=int)
    out = c.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path, help="PDF file")
    out.add_argument("--escpos", type=Path, help="ESC/POS byte file (or a printer device)")
    c.add_argument("--paper", choices=("58mm", "80mm", "a4"), default="80mm")
    c = sub.add_parser("report", help="the loyalty summary of a month, a year or a run of "
                                      "months: PDF, CSV, JSON")
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", type=_month, help="YYYY-MM")
    which.add_argument("--year", type=_year, help="YYYY: a page per month and the year's totals")
    which.add_argument("--from", dest="first", type=_month, help="YYYY-MM, with --to")
    c.add_argument("--to", dest="last", type=_month, default=None, help="YYYY-MM")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--csv", type=Path, default=None)
    c.add_argument("--json", type=Path, default=None)
    c.add_argument("--language", choices=("ru", "en"), default=None)
    c = sub.add_parser("bench", help="time the till and back office on a shop-scale database")
    c.add_argument("--members", type=int, default=100_000)
    c.add_argument("--sales", type=int, default=1_000_000)
    c.add_argument("--json", type=Path, default=None)
    c.set_defaults(db=None)  # never the shop's own file unless asked: a demo shop, built if missing
    for c in sub.choices.values():
        _db_arg(c)
    return p


def _month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(x) for x in text.split("-"))
        date(year, month, 1)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a month: {text!r} (use YYYY-MM)") from error
    return year, month


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4 and int(text) >= 1):
        raise argparse.ArgumentTypeError(f"not a year: {text!r} (use YYYY)")
    return int(text)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _open(args: argparse.Namespace):
    from loyalty.shop import open_shop
    return open_shop(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from loyalty.demo.demo import DEMO_PINS, build_demo
    if args.db.exists():
        return _fail(f"{args.db} already exists; demo makes a new shop, choose another --db")
    if args.members < 1 or args.months < 1 or args.months > 240:
        return _fail("--members must be at least 1 and --months between 1 and 240")
    result = build_demo(args.db, args.members, args.months, args.seed, args.language,
                        args.sales, progress=_progress)
    print(f"\rdemo shop {args.db}: {result.members} members, {result.sales} sales, "
          f"{result.returns} returns, {result.first_day} to {result.last_day}")
    print(f"every sale went through the till's checkout and rule engine; they were committed "
          f"in batches, one transaction per day of sales ({result.transactions} transactions), "
          "not one durable commit each")
    print("PINs: " + ", ".join(f"{role} {pin}" for role, pin in DEMO_PINS.items()))
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)


def cmd_verify(args: argparse.Namespace) -> int:
    from loyalty.verify import verify
    if not args.db.exists():
        return _fail(f"no database at {args.db}")
    shop = _open(args)
    problems = verify(shop, str(args.db), shop.clock())
    for problem in problems:
        print(problem)
    if problems:
        return _fail(f"{len(problems)} problem(s) found")
    print(f"{args.db}: ok")
    return 0


def cmd_import_products(args: argparse.Namespace) -> int:
    from pos.storage import store
    from pos.catalogue import parse_products_csv
    from pos.storage.db import write_transaction
    shop = _open(args)
    products = parse_products_csv(_read_text(args.file), shop.settings.currency)
    with write_transaction(shop.db):
        count = store.upsert_products(shop.db, products)
    print(f"{count} products imported")
    return 0


def cmd_import_customers(args: argparse.Namespace) -> int:
    from loyalty.members.csv_import import import_customers
    from loyalty.members.members import region_for
    shop = _open(args)
    count = import_customers(shop.db, _read_text(args.file), shop.clock(), region_for(shop.settings))
    print(f"{count} customers imported")
    return 0


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")  # what Excel saves in a Russian Windows


def cmd_export(args: argparse.Namespace) -> int:
    from loyalty.reports.exports import export
    count = export(_open(args), args.what, args.out, args.start, args.end)
    print(f"{count} rows written to {args.out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from loyalty.backup_reminder import record_backup
    from loyalty.backups import backup
    if not args.db.exists():
        return _fail(f"no database at {args.db}")
    shop = _open(args)
    out = backup(shop, args.out)
    record_backup(shop, None, str(out), shop.clock())  # the back office's reminder counts it
    print(f"verified backup written to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from loyalty.backups import restore
    from pos.clock import system_clock
    restore(args.file, args.db, system_clock())
    print(f"{args.db} restored from {args.file} (previous file kept as .before-restore)")
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from loyalty.members.card_batches import member_faces, new_bearer_faces, write_card_list
    from loyalty.printing.card_layout import CardLayout
    from loyalty.printing.card_pdf import write_cards_pdf
    if args.new is not None and not 0 < args.new <= 100_000:
        return _fail("--new takes a number of cards from 1 to 100000")
    shop = _open(args)
    faces, rows = (new_bearer_faces(shop, args.new) if args.new is not None
                   else member_faces(shop, args.members))
    if not faces:
        return _fail("no cards to print")
    terms = args.terms if args.terms is not None else _default_terms(shop.settings.language)
    layout = CardLayout(shop.settings.name, terms=terms, layout=args.layout)
    write_cards_pdf(layout, faces, args.out)
    if args.list:
        write_card_list(args.list, rows)
    print(f"{len(faces)} cards written to {args.out}")
    return 0


def _default_terms(language: str) -> str:
    if language == "ru":
        return ("Карта участника программы лояльности. Предъявляйте карту при каждой покупке. "
                "Баллы не обмениваются на деньги.")
    return "Loyalty card. Show it at every purchase. Points cannot be exchanged for cash."


def cmd_receipt(args: argparse.Namespace) -> int:
    from loyalty.printing.receipts import build_receipt
    shop = _open(args)
    receipt = build_receipt(shop, args.sale_no)
    if args.out:
        from pos.printing.pdf import write_receipt_pdf
        write_receipt_pdf(receipt, args.out, args.paper)
        print(f"receipt {args.sale_no} written to {args.out}")
    else:
        from pos.printing.escpos import receipt_escpos
        paper = "58mm" if args.paper == "58mm" else "80mm"
        args.escpos.write_bytes(receipt_escpos(receipt, paper))
        print(f"receipt {args.sale_no} written to {args.escpos} as ESC/POS")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from loyalty.reports.export import write_period_report, write_report
    if not args.db.exists():
        return _fail(f"no database at {args.db}")
    if (args.first is None) != (args.last is None):
        return _fail("--from and --to go together")
    if args.month is not None:
        year, month = args.month
        s = write_report(_open(args), year, month, args.out, args.csv, args.json, args.language)
        running = " (month in progress)" if s.in_progress else ""
        print(f"report for {year}-{month:02d}{running} written to {args.out}")
        return 0
    first, last = (args.first, args.last) if args.year is None else (
        (args.year, 1), (args.year, 12))
    p = write_period_report(_open(args), first, last, args.out, args.csv, args.json,
                            args.language)
    done = p.months[-1]
    running = " (month in progress)" if done.in_progress else ""
    print(f"report for {first[0]}-{first[1]:02d} to {done.year}-{done.month:02d}{running}, "
          f"{len(p.months)} month(s), written to {args.out}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    try:  # the benchmarks live in tests/bench/, in a source checkout only (never shipped)
        from tests.bench.bench import run_bench
    except ImportError:
        return _fail("the benchmarks run from a source checkout only (tests/bench/)")
    from pos.storage.db import default_data_dir
    db = args.db or default_data_dir() / f"bench-{args.members}-members-{args.sales}-sales.db"
    run_bench(db, args.members, args.sales, args.json, progress=_progress)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.startup import start
    return start(args.db)


COMMANDS = {"demo": cmd_demo, "verify": cmd_verify, "import-products": cmd_import_products,
            "import-customers": cmd_import_customers, "export": cmd_export,
            "backup": cmd_backup, "restore": cmd_restore, "cards": cmd_cards,
            "receipt": cmd_receipt, "report": cmd_report, "bench": cmd_bench, None: cmd_gui}


def main(argv: list[str] | None = None) -> int:
    from loyalty.text.cli_errors import describe
    args = _parser().parse_args(argv)
    if "db" not in args:
        from pos.storage.db import default_db_path
        args.db = default_db_path()
    try:
        return COMMANDS[args.command](args)
    except Exception as error:  # every failure a user can cause gets one line, not a trace
        message = describe(error)
        if message is None:
            raise
        return _fail(message)


if __name__ == "__main__":
    sys.exit(main())
