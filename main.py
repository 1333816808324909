"""Point-of-sale loyalty client: the till (GUI, the default) and the command line of SPEC §6
(its arguments here; the commands in loyalty/cli/)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loyalty.cli.common import (PIN_VARIABLE, ArgumentRefused, check_arguments, day_arg, fail,
                                language_of, member_ids_arg, month_arg, path_arg, pin_gate,
                                progress, row_id, say_error, seal_arg, year_arg)
from loyalty.cli.network import cmd_network, cmd_sync
from loyalty.cli.office import cmd_member_erase, cmd_member_export, cmd_program, cmd_report
from loyalty.cli.printing import cmd_cards, cmd_receipt
from loyalty.cli.shop_files import (cmd_backup, cmd_demo, cmd_export, cmd_import_customers,
                                    cmd_import_products, cmd_restore, cmd_verify)
from pos.wording import N_

__version__ = "0.1.0"


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=path_arg, default=argparse.SUPPRESS,
                        help="shop database file (default: the user's data folder)")
    parser.add_argument("--pin", default=argparse.SUPPRESS,
                        help=f"the owner's PIN; report: a bookkeeper's too (else ${PIN_VARIABLE}, "
                             "else asked)")


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
                        "(the same data, far slower than a transaction per week)")
    c = sub.add_parser("verify", help="integrity, ledger consistency and the ledger's hash chain")
    c.add_argument("--seal", type=seal_arg, action="append", default=[], metavar="YYYY-MM=HASH",
                   help="a ledger seal printed in a filed monthly report (repeatable)")
    for name in ("import-products", "import-customers"):
        c = sub.add_parser(name, help="all rows or none; per-row errors")
        c.add_argument("file", type=Path)
    c = sub.add_parser("export", help="sales, ledger or members to CSV")
    c.add_argument("what", choices=("sales", "ledger", "members"))
    c.add_argument("--out", type=path_arg, required=True)
    c.add_argument("--from", dest="start", type=day_arg, default=None)
    c.add_argument("--to", dest="end", type=day_arg, default=None)
    c = sub.add_parser("backup", help="a verified copy of the database")
    c.add_argument("--out", type=path_arg, required=True)
    c = sub.add_parser("restore", help="replace the database with a verified backup")
    c.add_argument("file", type=Path)
    c = sub.add_parser("cards", help="print loyalty cards to PDF")
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--new", type=int, help="issue and print N new bearer cards")
    which.add_argument("--members", type=member_ids_arg, help="'all' or member ids, comma separated")
    c.add_argument("--layout", choices=("cr80", "a4"), default="a4")
    c.add_argument("--design", choices=("classic", "minimal", "side_band"), default=None,
                   help="how the front looks (default: the one chosen in the settings)")
    c.add_argument("--out", type=path_arg, required=True)
    c.add_argument("--list", type=path_arg, default=None, help="also write the numbers as CSV")
    c.add_argument("--terms", default=None, help="text for the back of the card")
    c.add_argument("--card-type", default=None,
                   help="the program's card type id of new cards (default: the program's)")
    c = sub.add_parser("receipt", help="a sale's receipt as PDF or ESC/POS bytes")
    c.add_argument("sale_no", type=row_id)
    out = c.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=path_arg, help="PDF file")
    out.add_argument("--escpos", type=path_arg, help="ESC/POS byte file (or a printer device)")
    c.add_argument("--paper", choices=("58mm", "80mm", "a4"), default="80mm")
    c = sub.add_parser("report", help="the loyalty summary of a month, a year or a run of "
                                      "months: PDF, CSV, JSON")
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", type=month_arg, help="YYYY-MM")
    which.add_argument("--year", type=year_arg, help="YYYY: a page per month and the year's totals")
    which.add_argument("--from", dest="first", type=month_arg, help="YYYY-MM, with --to")
    c.add_argument("--to", dest="last", type=month_arg, default=None, help="YYYY-MM")
    c.add_argument("--out", type=path_arg, required=True)
    c.add_argument("--csv", type=path_arg, default=None)
    c.add_argument("--json", type=path_arg, default=None)
    c.add_argument("--language", choices=("ru", "en"), default=None)
    c = sub.add_parser("program", help="the loyalty program as a JSON file")
    verbs = c.add_subparsers(dest="verb", required=True)
    v = verbs.add_parser("export", help="write the program in effect today")
    v.add_argument("--out", type=path_arg, required=True)
    _db_arg(v)
    v = verbs.add_parser("import", help="check, rehearse and save a program file as a new version")
    v.add_argument("file", type=Path)
    v.add_argument("--effective", type=day_arg, default=None,
                   help="YYYY-MM-DD, today or later (default: today)")
    _db_arg(v)
    c = sub.add_parser("member-export", help="everything held about a member, as JSON")
    c.add_argument("member_id", type=row_id)
    c.add_argument("--out", type=path_arg, required=True)
    c = sub.add_parser("member-erase", help="erase a member's personal data for good")
    c.add_argument("member_id", type=row_id)
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
    c.add_argument("--json", type=path_arg, default=None)
    for c in sub.choices.values():
        _db_arg(c)
        verbs = [v for a in c._actions if isinstance(a, argparse._SubParsersAction)
                 for v in a.choices.values()]  # program export, network init …: after the verb
        for v in (c, *verbs):
            if not any("--language" in a.option_strings for a in v._actions):
                # after a verb only when typed there: its default would hide the command's
                v.add_argument("--language", choices=("ru", "en"),
                               default=None if v is c else argparse.SUPPRESS,
                               help="language of the messages (default: the shop's, else LANG)")
    return p


def cmd_bench(args: argparse.Namespace) -> int:
    try:  # the benchmarks live in tests/bench/, in a source checkout only (never shipped)
        from tests.bench.bench import run_bench
    except ImportError:
        return fail(args, N_("the benchmarks run from a source checkout only (tests/bench/)"))
    from pos.storage.db import default_data_dir
    # never the shop's own file unless asked (--db): a demo shop of its own, built if missing
    db = (args.db if args.db_given
          else default_data_dir() / f"bench-{args.members}-members-{args.sales}-sales.db")
    if db.exists():  # measured on a copy, but only a shop of this program is one
        from loyalty.backups import check_shop_file
        check_shop_file(db)
    run_bench(db, args.members, args.sales, args.json, progress=progress)
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
    try:
        args = _parser().parse_args(argv)
    except ArgumentRefused as error:  # one line, as every refusal (argparse's would be two)
        return say_error(_language_only(argv), describe(error, language_of(_language_only(argv))))
    args.db_given = "db" in args
    if "db" not in args:
        from pos.storage.db import default_db_path
        args.db = default_db_path()
    try:
        check_arguments(args)
        refused = pin_gate(args)
        if refused is not None:
            return say_error(args, refused)
        return COMMANDS[args.command](args)
    except Exception as error:  # every failure a user can cause gets one line, not a trace
        message = describe(error, language_of(args))
        if message is None:
            raise
        return say_error(args, message)
    finally:
        if getattr(args, "shop", None) is not None and args.command is not None:
            args.shop.close()
            args.shop = None


def _language_only(argv: list[str] | None) -> argparse.Namespace:
    """The messages' language when the arguments could not be read: --language if given."""
    words = list(sys.argv[1:] if argv is None else argv)
    given = [words[i + 1] for i, w in enumerate(words[:-1]) if w == "--language"]
    return argparse.Namespace(language=given[-1] if given and given[-1] in ("ru", "en") else None)


if __name__ == "__main__":
    sys.exit(main())
