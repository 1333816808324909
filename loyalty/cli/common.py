"""Shared by the commands: argument types, the messages' language, one-line errors, the
shop opened once per command, and the owner's PIN asked before what reads personal data
or changes the shop (SPEC §6)."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

# commands that read personal data or change the shop: an owner's PIN first (SPEC §6)
OWNER_PIN_COMMANDS = {"import-products", "import-customers", "export", "backup", "restore",
                      "cards", "member-export", "member-erase", "program", "network", "sync"}


PIN_VARIABLE = "POSLOYALTY_PIN"


def month_arg(text: str) -> tuple[int, int]:
    try:
        year, month = (int(x) for x in text.split("-"))
        date(year, month, 1)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a month: {text!r} (use YYYY-MM)") from error
    return year, month


def year_arg(text: str) -> int:
    if not (text.isdigit() and len(text) == 4 and int(text) >= 1):
        raise argparse.ArgumentTypeError(f"not a year: {text!r} (use YYYY)")
    return int(text)


def seal_arg(text: str) -> tuple[tuple[int, int], str]:
    month, sep, seal = text.partition("=")
    if not sep or len(seal.strip()) != 64:
        raise argparse.ArgumentTypeError(f"not a seal: {text[:80]!r} (use YYYY-MM=64 hex digits)")
    return month_arg(month), seal.strip()


def language_of(args: argparse.Namespace) -> str:
    """Messages read in --language, else the shop's language once a shop is open, else LANG."""
    from pos.wording import environment_language
    return (getattr(args, "language", None) or getattr(args, "shop_language", None)
            or environment_language())


def fail(args: argparse.Namespace, msgid: str, **data: object) -> int:
    """One line on stderr: ``msgid`` (marked N_, in the gettext catalogue) in the messages'
    language, its fields filled from ``data``."""
    from pos.wording import gettext
    return say_error(args, gettext(language_of(args), msgid).format(**data))


def say_error(args: argparse.Namespace, message: str) -> int:
    from pos.wording import N_, gettext
    print(gettext(language_of(args), N_("error: {message}")).format(message=message),
          file=sys.stderr)
    return 1


def open_shop_of(args: argparse.Namespace):
    """The shop of ``--db``, opened once per command (the PIN check and the command share it)."""
    from loyalty.shop import open_shop
    if getattr(args, "shop", None) is None:
        args.shop = open_shop(args.db)
        args.shop_language = args.shop.settings.language  # the messages' language from here
    return args.shop


def read_text(path: Path) -> str:
    from pos.csv_files import read_csv_file
    from pos.storage.files import refuse_database_file
    return read_csv_file(refuse_database_file(path))


def progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)


def owner_pin(args: argparse.Namespace) -> str | None:
    """None when the command may run: no PIN needed, or an owner's PIN given and right;
    else the one-line reason.  Wrong PINs count like the till's (kept in the file)."""
    args.owner = None
    if args.command not in OWNER_PIN_COMMANDS or not args.db.exists():
        return None  # a shop not made yet holds nothing to protect
    from pos.staff.pins import StaffError, login
    from pos.storage import store
    shop = open_shop_of(args)
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


def staff_id(args: argparse.Namespace) -> int | None:
    """Who the audit log says ran the command: the owner whose PIN was given, else nobody."""
    owner = getattr(args, "owner", None)
    return owner.staff_id if owner else None


def pin_gate(args: argparse.Namespace) -> str | None:
    refused = owner_pin(args)
    if args.command == "restore" and getattr(args, "shop", None) is not None:
        args.shop.close()  # the file is about to be replaced under this connection
        args.shop = None
    return refused
