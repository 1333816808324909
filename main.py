"""Point-of-sale loyalty client: the till (GUI, the default) and the command line of SPEC §6."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from pos.wording import N_, gettext

__version__ = "0.1.0"


# commands that read personal data or change the shop: an owner's PIN first (SPEC §6)
OWNER_PIN_COMMANDS = {"import-products", "import-customers", "export", "backup", "restore",
                      "cards", "member-export", "member-erase", "program", "network", "sync"}
PIN_VARIABLE = "POSLOYALTY_PIN"


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="shop database file (default: the user's data folder)")
    parser.add_argument("--pin", default=argparse.SUPPRESS,
                        help=f"the owner's PIN (else ${PIN_VARIABLE}, else asked)")


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
    c.add_argument("--per-sale", action="store_true",
                   help="commit each sale in its own durable transaction, as a till does "
                        "(the same data, far slower than a transaction per day)")
    c = sub.add_parser("verify", help="integrity, ledger consistency and the ledger's hash chain")
    c.add_argument("--seal", type=_seal, action="append", default=[], metavar="YYYY-MM=HASH",
                   help="a ledger seal printed in a filed monthly report (repeatable)")
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
    c.add_argument("--design", choices=("classic", "minimal", "side_band"), default=None,
                   help="how the front looks (default: the one chosen in the settings)")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--list", type=Path, default=None, help="also write the numbers as CSV")
    c.add_argument("--terms", default=None, help="text for the back of the card")
    c.add_argument("--card-type", default=None,
                   help="the program's card type id of new cards (default: the program's)")
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
    c = sub.add_parser("program", help="the loyalty program as a JSON file")
    verbs = c.add_subparsers(dest="verb", required=True)
    v = verbs.add_parser("export", help="write the program in effect today")
    v.add_argument("--out", type=Path, required=True)
    _db_arg(v)
    v = verbs.add_parser("import", help="check, rehearse and save a program file as a new version")
    v.add_argument("file", type=Path)
    v.add_argument("--effective", type=date.fromisoformat, default=None,
                   help="YYYY-MM-DD, today or later (default: today)")
    _db_arg(v)
    c = sub.add_parser("member-export", help="everything held about a member, as JSON")
    c.add_argument("member_id", type=int)
    c.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("member-erase", help="erase a member's personal data for good")
    c.add_argument("member_id", type=int)
    c = sub.add_parser("network", help="the shop network over PostgreSQL: init, join, status")
    verbs = c.add_subparsers(dest="verb", required=True)
    for verb, text in (("init", "make this shop the first till of a new network"),
                       ("join", "make a new, empty till file (--db) a till of a network")):
        v = verbs.add_parser(verb, help=text)
        v.add_argument("url", help="PostgreSQL URL of an administrator (password: $PGPASSWORD "
                                   "or ~/.pgpass)")
        v.add_argument("--shop", dest="shop_name", required=verb == "join", default="shop",
                       help="the shop's name")
        v.add_argument("--till", required=verb == "join", default="till 1",
                       help="the till's name")
        v.add_argument("--offline-allowance", type=int, default=None, metavar="POINTS",
                       help="points a member may redeem at this till while it cannot reach "
                            "the server (default 500)")
        _db_arg(v)
    v = verbs.add_parser("status", help="tills, their last contact and lag, overdrafts")
    _db_arg(v)
    c = sub.add_parser("sync", help="upload this till's records and download the others'")
    c.add_argument("--once", action="store_true", help="one round, then exit")
    c.add_argument("--interval", type=float, default=5.0, help="seconds between rounds")
    c.add_argument("--batch", type=int, default=500, help="records per server transaction")
    c = sub.add_parser("bench", help="time the till and back office on a shop-scale database")
    c.add_argument("--members", type=int, default=100_000)
    c.add_argument("--sales", type=int, default=1_000_000)
    c.add_argument("--json", type=Path, default=None)
    c.set_defaults(db=None)  # never the shop's own file unless asked: a demo shop, built if missing
    for c in sub.choices.values():
        _db_arg(c)
        if not any("--language" in a.option_strings for a in c._actions):
            c.add_argument("--language", choices=("ru", "en"), default=None,
                           help="language of the messages (default: the shop's, else LANG)")
    return p


def _month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(x) for x in text.split("-"))
        date(year, month, 1)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a month: {text!r} (use YYYY-MM)") from error
    return year, month


def _language(args: argparse.Namespace) -> str:
    """Messages read in --language, else the shop's language once a shop is open, else LANG."""
    from pos.wording import environment_language
    return (getattr(args, "language", None) or getattr(args, "shop_language", None)
            or environment_language())


def _fail(args: argparse.Namespace, msgid: str, **data: object) -> int:
    """One line on stderr: ``msgid`` (marked N_, in the gettext catalogue) in the messages'
    language, its fields filled from ``data``."""
    from pos.wording import gettext
    return _say_error(args, gettext(_language(args), msgid).format(**data))


def _say_error(args: argparse.Namespace, message: str) -> int:
    from pos.wording import N_, gettext
    print(gettext(_language(args), N_("error: {message}")).format(message=message),
          file=sys.stderr)
    return 1


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4 and int(text) >= 1):
        raise argparse.ArgumentTypeError(f"not a year: {text!r} (use YYYY)")
    return int(text)


def _seal(text: str) -> tuple[tuple[int, int], str]:
    month, sep, seal = text.partition("=")
    if not sep or len(seal.strip()) != 64:
        raise argparse.ArgumentTypeError(f"not a seal: {text[:80]!r} (use YYYY-MM=64 hex digits)")
    return _month(month), seal.strip()


def _open(args: argparse.Namespace):
    """The shop of ``--db``, opened once per command (the PIN check and the command share it)."""
    from loyalty.shop import open_shop
    if getattr(args, "shop", None) is None:
        args.shop = open_shop(args.db)
        args.shop_language = args.shop.settings.language  # the messages' language from here
    return args.shop


def cmd_demo(args: argparse.Namespace) -> int:
    from loyalty.demo.demo import DEMO_PINS, build_demo
    if args.db.exists():
        return _fail(args, N_("{db} already exists; demo makes a new shop, choose another --db"),
                     db=args.db)
    if args.members < 1 or args.months < 1 or args.months > 240:
        return _fail(args, N_("--members must be at least 1 and --months between 1 and 240"))
    result = build_demo(args.db, args.members, args.months, args.seed, args.language,
                        args.sales, progress=_progress, batched=not args.per_sale)
    print(f"\rdemo shop {args.db}: {result.members} members, {result.sales} sales, "
          f"{result.returns} returns, {result.first_day} to {result.last_day}")
    if result.batched:
        print(f"every sale went through the till's checkout and rule engine; they were "
              f"committed in batches, one transaction per day of sales ({result.transactions} "
              "transactions), not one durable commit each")
    else:
        print(f"every sale went through the till's checkout and rule engine, each committed "
              f"in its own durable transaction, as at a till ({result.transactions} "
              "transactions)")
    print("PINs: " + ", ".join(f"{role} {pin}" for role, pin in DEMO_PINS.items()))
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)


def cmd_verify(args: argparse.Namespace) -> int:
    from loyalty.verify import verify, warnings
    from pos.clock import month_bounds
    if not args.db.exists():
        return _fail(args, N_("no database at {db}"), db=args.db)
    shop = _open(args)
    seals = tuple((month_bounds(y, m, shop.settings.timezone)[1], f"{y:04d}-{m:02d}", seal)
                  for (y, m), seal in args.seal)
    problems = verify(shop, str(args.db), shop.clock(), seals)
    for warning in warnings(shop):
        print(f"warning: {warning}")
    for problem in problems:
        print(problem)
    if problems:
        return _fail(args, N_("{count} problem(s) found"), count=len(problems))
    print(f"{args.db}: ok")
    return 0


def cmd_import_products(args: argparse.Namespace) -> int:
    from pos.storage import store
    from pos.catalogue.model import parse_products_csv
    from pos.storage.db import write_transaction
    shop = _open(args)
    products = parse_products_csv(_read_text(args.file), shop.settings.currency)
    from pos.staff.audit import AuditAction, SubjectKind, subject
    with write_transaction(shop.db):
        count = store.upsert_products(shop.db, products)
        store.append_audit(shop.db, shop.clock(), _staff_id(args), AuditAction.PRODUCTS_IMPORTED,
                           subject(SubjectKind.COUNT, count),
                           {"count": count, "source": "command line"})
    print(f"{count} products imported")
    return 0


def cmd_import_customers(args: argparse.Namespace) -> int:
    from loyalty.members.cards import program_card_types
    from loyalty.members.csv_import import import_customers
    from loyalty.members.members import region_for
    from loyalty.program.editing import today
    shop = _open(args)
    program = shop.programs.program_for(today(shop))
    count = import_customers(shop.db, _read_text(args.file), shop.clock(),
                             region_for(shop.settings),
                             [str(t.card_type_id) for t in program_card_types(program)],
                             _staff_id(args))
    print(f"{count} customers imported")
    return 0


def _read_text(path: Path) -> str:
    from pos.csv_files import read_csv_file
    from pos.storage.files import refuse_database_file
    return read_csv_file(refuse_database_file(path))


def cmd_export(args: argparse.Namespace) -> int:
    from loyalty.reports.exports import export
    count = export(_open(args), args.what, args.out, args.start, args.end)
    print(f"{count} rows written to {args.out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from loyalty.backup_reminder import record_backup
    from loyalty.backups import backup
    if not args.db.exists():
        return _fail(args, N_("no database at {db}"), db=args.db)
    shop = _open(args)
    out = backup(shop, args.out)
    # the back office's reminder counts it
    record_backup(shop, _staff_id(args), str(out), shop.clock())
    print(f"verified backup written to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from loyalty.backups import restore
    from pos.clock import system_clock
    kept = restore(args.file, args.db, system_clock())
    print(f"{args.db} restored from {args.file}"
          + (f" (the data it replaced is kept in {kept})" if kept else ""))
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from loyalty.members.card_batches import member_faces, new_bearer_faces, write_card_list
    from loyalty.printing.card_layout import CardLayout
    from loyalty.printing.card_pdf import write_cards_pdf
    if args.new is not None and not 0 < args.new <= 100_000:
        return _fail(args, N_("--new takes a number of cards from 1 to 100000"))
    shop = _open(args)
    s = shop.settings
    terms = args.terms if args.terms is not None else gettext(s.language, _CARD_TERMS)
    # the layout first: a design that cannot print must not leave cards issued
    layout = CardLayout(s.name, logo=s.logo or None, terms=terms, layout=args.layout,
                        design=args.design or s.card_design, colour=s.shop_colour)
    faces, rows = (new_bearer_faces(shop, args.new, args.card_type, _staff_id(args))
                   if args.new is not None
                   else member_faces(shop, args.members, args.card_type, _staff_id(args)))
    if not faces:
        return _fail(args, N_("no cards to print"))
    write_cards_pdf(layout, faces, args.out)
    if args.list:
        write_card_list(args.list, rows)
    print(f"{len(faces)} cards written to {args.out}")
    return 0


_CARD_TERMS = N_("Loyalty card. Show it at every purchase. Points cannot be exchanged for cash.")


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
        from pos.storage.files import refuse_database_file
        refuse_database_file(args.escpos).write_bytes(receipt_escpos(receipt, paper))
        print(f"receipt {args.sale_no} written to {args.escpos} as ESC/POS")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from loyalty.reports.export import write_period_report, write_report
    if not args.db.exists():
        return _fail(args, N_("no database at {db}"), db=args.db)
    if (args.first is None) != (args.last is None):
        return _fail(args, N_("--from and --to go together"))
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


def cmd_program(args: argparse.Namespace) -> int:
    from loyalty.program.changes import change_lines
    from loyalty.program.editing import import_program_file, today
    from loyalty.program.json_format import program_to_json
    if not args.db.exists():
        return _fail(args, N_("no database at {db}"), db=args.db)
    shop = _open(args)
    if args.verb == "export":
        program = shop.programs.program_for(today(shop))
        args.out.write_text(program_to_json(program), encoding="utf-8")
        print(f"program version {program.version} written to {args.out}")
        return 0
    effective = args.effective or today(shop)
    saved, changes = import_program_file(shop, args.file, effective, _staff_id(args),
                                          "command line")
    for line in change_lines(changes) or ["no mechanism changes"]:
        print(line)
    print(f"saved as program version {saved.version}, in effect from {effective}")
    return 0


def cmd_member_export(args: argparse.Namespace) -> int:
    from loyalty.members.admin import export_personal_data
    shop = _open(args)
    text = export_personal_data(shop.db, args.member_id, args.owner, shop.clock(),
                                shop.settings.timezone)
    from pos.storage.db import create_private
    create_private(args.out)  # personal data: readable by the user who exported it only
    args.out.write_text(text, encoding="utf-8")
    print(f"member {args.member_id} exported to {args.out}")
    return 0


def cmd_member_erase(args: argparse.Namespace) -> int:
    from loyalty.members.admin import erase_personal_data
    shop = _open(args)
    erase_personal_data(shop.db, args.member_id, args.owner, shop.clock())
    print(f"member {args.member_id}: personal data erased (older backups still hold it)")
    return 0


def _owner_pin(args: argparse.Namespace) -> str | None:
    """None when the command may run: no PIN needed, or an owner's PIN given and right;
    else the one-line reason.  Wrong PINs count like the till's (kept in the file)."""
    args.owner = None
    if args.command not in OWNER_PIN_COMMANDS or not args.db.exists():
        return None  # a shop not made yet holds nothing to protect
    from pos.staff.pins import StaffError, login
    from pos.storage import store
    shop = _open(args)
    if not any(s.active and s.is_owner for s in store.all_staff(shop.db)):
        return None  # no owner set up yet (a shop run from scripts): nobody to ask
    pin = getattr(args, "pin", None) or os.environ.get(PIN_VARIABLE)
    if pin is None and sys.stdin.isatty():
        import getpass
        pin = getpass.getpass("owner's PIN: ")
    if not pin:
        return f"{args.command} needs the owner's PIN: --pin, ${PIN_VARIABLE} or a terminal"
    try:
        staff = login(shop.db, pin, shop.clock())
    except StaffError as error:
        wait = f"; wait {int(error.detail + 0.999)} s" if error.detail else ""
        return ("too many wrong PINs" if error.reason == "locked" else "wrong PIN") + wait
    if not staff.is_owner:
        return f"{args.command} needs the owner's PIN, not a {staff.role}'s"
    args.owner = staff
    return None


def _staff_id(args: argparse.Namespace) -> int | None:
    """Who the audit log says ran the command: the owner whose PIN was given, else nobody."""
    owner = getattr(args, "owner", None)
    return owner.staff_id if owner else None


def _pin_gate(args: argparse.Namespace) -> str | None:
    refused = _owner_pin(args)
    if args.command == "restore" and getattr(args, "shop", None) is not None:
        args.shop.close()  # the file is about to be replaced under this connection
        args.shop = None
    return refused


def cmd_bench(args: argparse.Namespace) -> int:
    try:  # the benchmarks live in tests/bench/, in a source checkout only (never shipped)
        from tests.bench.bench import run_bench
    except ImportError:
        return _fail(args, N_("the benchmarks run from a source checkout only (tests/bench/)"))
    from pos.storage.db import default_data_dir
    db = args.db or default_data_dir() / f"bench-{args.members}-members-{args.sales}-sales.db"
    run_bench(db, args.members, args.sales, args.json, progress=_progress)
    return 0


def cmd_network(args: argparse.Namespace) -> int:
    from loyalty.network import membership
    allowance = getattr(args, "offline_allowance", None)
    allowance = membership.DEFAULT_ALLOWANCE_POINTS if allowance is None else allowance
    if allowance < 0:
        return _fail(args, N_("--offline-allowance takes a number of points, 0 or more"))
    if args.verb == "init":
        shop = _open(args)
        joined = membership.init_network(shop, args.url, args.shop_name, args.till, allowance)
    elif args.verb == "join":
        args.shop, joined = membership.join_network(args.db, args.url, args.shop_name, args.till,
                                                    allowance)
    else:
        return _network_status(args)
    from loyalty.network.report_lines import joined_lines
    for line in joined_lines(args.db, joined, _language(args)):
        print(line)
    return _sync_once(args, joined.password)


def _sync_once(args: argparse.Namespace, password: str | None = None) -> int:
    from loyalty.network.report_lines import round_line
    from loyalty.network.sync import sync_round
    shop = _open(args)
    r = sync_round(shop.db, shop.clock, getattr(args, "batch", 500), password=password)
    print(round_line(r, _language(args)))
    return 0


def _network_status(args: argparse.Namespace) -> int:
    from loyalty.network.membership import network_status
    from loyalty.network.sync import member_of_network, open_server
    from loyalty.storage.sync_store import negative_balances
    shop = _open(args)
    conn = open_server(member_of_network(shop.db))
    try:
        status = network_status(conn)
    finally:
        conn.close()
    from loyalty.network.report_lines import status_lines
    for line in status_lines(status, negative_balances(shop.db), _language(args)):
        print(line)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    if args.once:
        return _sync_once(args)
    import time
    from loyalty.network.errors import NetworkError
    from loyalty.network.report_lines import round_line
    from loyalty.network.sync import sync_round
    from loyalty.text.cli_errors import describe
    shop = _open(args)
    try:
        while True:  # until interrupted; a round that finds the server away says so, waits
            try:
                r = sync_round(shop.db, shop.clock, args.batch)
                print(round_line(r, _language(args)), flush=True)
            except NetworkError as error:
                print(describe(error, _language(args)), file=sys.stderr, flush=True)
            time.sleep(args.interval)
    except KeyboardInterrupt:  # Ctrl+C: every round is whole, so stopping anywhere is safe
        return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.startup import start
    # without --db, the shop opened last (its path kept in the user's config folder)
    return start(args.db, remembered=not args.db_given)


COMMANDS = {"demo": cmd_demo, "verify": cmd_verify, "import-products": cmd_import_products,
            "import-customers": cmd_import_customers, "export": cmd_export,
            "backup": cmd_backup, "restore": cmd_restore, "cards": cmd_cards,
            "receipt": cmd_receipt, "report": cmd_report, "program": cmd_program,
            "bench": cmd_bench, "member-export": cmd_member_export,
            "member-erase": cmd_member_erase, "network": cmd_network, "sync": cmd_sync,
            None: cmd_gui}


def main(argv: list[str] | None = None) -> int:
    from loyalty.text.cli_errors import describe
    args = _parser().parse_args(argv)
    args.db_given = "db" in args
    if "db" not in args:
        from pos.storage.db import default_db_path
        args.db = default_db_path()
    try:
        refused = _pin_gate(args)
        if refused is not None:
            return _say_error(args, refused)
        return COMMANDS[args.command](args)
    except Exception as error:  # every failure a user can cause gets one line, not a trace
        message = describe(error, _language(args))
        if message is None:
            raise
        return _say_error(args, message)


if __name__ == "__main__":
    sys.exit(main())
