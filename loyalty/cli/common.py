"""Shared by the commands: argument types, the messages' language, one-line errors, the
shop opened once per command, and the owner's PIN asked before what reads personal data
or changes the shop (SPEC §6)."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from pos.errors import UserError

# commands that read personal data or change the shop: an owner's PIN first (SPEC §6)
OWNER_PIN_COMMANDS = {"import-products", "import-customers", "export", "backup", "restore",
                      "cards", "member-export", "member-erase", "program", "network", "sync"}
# the report's PDF lists members at risk by name and card: a PIN of someone who sees reports
REPORT_PIN_COMMANDS = {"report"}
# commands that make their shop file (the GUI has its own chooser; a restore onto a new file
# makes it the verified backup's shop, owner and all): every other one needs it to exist
MAKES_ITS_FILE = {"demo", "bench", "restore", None}
# the options naming a file a command writes; escpos may be a printer's device
OUTPUT_OPTIONS = ("out", "csv", "json", "list", "escpos")
MAX_ROW_ID = 2**63 - 1  # SQLite's INTEGER


PIN_VARIABLE = "POSLOYALTY_PIN"


class ArgumentRefused(UserError):
    """A command-line argument refused by its type: ``key`` names why, ``value`` is what was
    typed.  Deliberately not a ValueError, so argparse lets it through to ``main``, which
    words it in one line like any other refusal."""

    def __init__(self, reason: str, value: str) -> None:
        super().__init__(f"argument.{reason}", value=value)
        self.reason, self.value = reason, value


class ShopFileRefused(UserError, ValueError):
    """The ``--db`` file cannot be the shop: ``reason`` missing or read_only."""

    def __init__(self, reason: str, db: Path) -> None:
        super().__init__(f"cli_shop.{reason}", db=Path(db))
        self.reason, self.db = reason, Path(db)


def path_arg(text: str) -> Path:
    """A file to write: never an empty name (which would be the current folder)."""
    if not text.strip():
        raise ArgumentRefused("empty_path", text)
    return Path(text)


def row_id(text: str) -> int:
    """A member id or a sale number: a whole number SQLite can hold."""
    if not text.strip().isdigit() or not 0 < int(text) <= MAX_ROW_ID:
        raise ArgumentRefused("bad_id", text)
    return int(text)


def member_ids_arg(text: str) -> str:
    """'all' or member ids, comma separated, each a possible id."""
    if text.strip() != "all":
        for part in text.split(","):
            if part.strip():
                row_id(part)
    return text.strip()


def day_arg(text: str) -> date:
    """YYYY-MM-DD within years 1900–9998: a day whose midnight exists in every time zone."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ArgumentRefused("bad_day", text) from None
    if not 1900 <= day.year <= 9998:
        raise ArgumentRefused("bad_day", text)
    return day


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
    """The shop of ``--db``, opened once per command (the PIN check and the command share it):
    only an existing shop file of this program (``check_shop_file``, as the GUI's chooser and
    a restore do), never created here, migrated only when it is ours and writable."""
    from loyalty.backups import ShopFileError, check_shop_file
    from loyalty.shop import open_shop
    if getattr(args, "shop", None) is None:
        db = Path(args.db)
        if not db.exists():
            raise ShopFileRefused("missing", db)
        try:
            check_shop_file(db)
        except ShopFileError as error:
            if error.reason != "is_database":  # this process's own shop: the same file
                raise
        if not _writable(db):
            raise ShopFileRefused("read_only", db)
        args.shop = open_shop(db)
        args.shop_language = args.shop.settings.language  # the messages' language from here
    return args.shop


def _writable(db: Path) -> bool:
    """SQLite writes the file and, in WAL mode, a -wal and a -shm beside it."""
    sidecars = [Path(f"{db}-wal"), Path(f"{db}-shm")]
    return os.access(db, os.W_OK) and (
        os.access(db.parent, os.W_OK)
        or all(p.exists() and os.access(p, os.W_OK) for p in sidecars))


def check_arguments(args: argparse.Namespace) -> None:
    """Before anything is opened or changed: the shop file exists (unless the command makes
    it), and every output is a file that may be written, none twice."""
    from pos.storage.files import check_distinct, check_output
    making = args.command in MAKES_ITS_FILE or (
        args.command == "network" and args.verb == "join")
    if not making and not Path(args.db).exists():
        raise ShopFileRefused("missing", args.db)
    outputs = [(name, getattr(args, name)) for name in OUTPUT_OPTIONS
               if getattr(args, name, None) is not None]
    shop_file = [args.db] if args.db is not None else []
    for name, path in outputs:
        check_output(path, *shop_file, device_ok=name == "escpos")
    check_distinct([path for _name, path in outputs])


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
    reports = args.command in REPORT_PIN_COMMANDS
    if not (reports or args.command in OWNER_PIN_COMMANDS) or not args.db.exists():
        return None  # a shop not made yet holds nothing to protect
    from pos.staff.pins import StaffError, login
    from pos.storage import store
    shop = open_shop_of(args)
    if not any(s.active and s.is_owner for s in store.all_staff(shop.db)):
        return None  # no owner set up yet (a shop run from scripts): nobody to ask
    pin = getattr(args, "pin", None) or os.environ.get(PIN_VARIABLE)
    if pin is None and sys.stdin.isatty():
        import getpass
        pin = getpass.getpass("PIN: " if reports else "owner's PIN: ")
    whose = "an owner's or a bookkeeper's PIN" if reports else "the owner's PIN"
    if not pin:
        return f"{args.command} needs {whose}: --pin, ${PIN_VARIABLE} or a terminal"
    try:
        staff = login(shop.db, pin, shop.clock())
    except StaffError as error:
        wait = f"; wait {int(error.detail + 0.999)} s" if error.detail else ""
        return ("too many wrong PINs" if error.reason == "locked" else "wrong PIN") + wait
    if not (staff.sees_reports if reports else staff.is_owner):
        return f"{args.command} needs {whose}, not a {staff.role}'s"
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
