"""One-line sentences for the errors a user can cause, from the gettext catalogue.

Every ``pos.errors.UserError`` is worded here from its key and data, in the
language asked for; the screens use the same sentences where they have none of
their own (``ui.widgets.explain``). To add one, see ``pos.errors``.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import PurePath

from pos.errors import Message, UserError, shown
from pos.wording import N_, gettext

SENTENCES: dict[str, str] = {
    "card.unknown": N_("unknown card {number}"),
    "card.blocked": N_("card {number} is blocked"),
    "card.expired": N_("card {number} has expired"),
    "card.taken": N_("card {number} is already registered"),
    "card.not_bound": N_("card {number} belongs to no member"),
    "card.already_bound": N_("card {number} already belongs to a member"),
    "card.same_card": N_("card {number} cannot replace itself"),
    "card.unknown_type": N_("the program has no card type “{number}”"),
    "card_number.malformed": N_("“{number}” is not a card number"),
    "card_number.bad_check_digit": N_("{number} has a wrong check digit (mistyped?)"),
    "card_number.bad_count": N_("“{number}” is not a possible number of cards"),
    "card_number.bad_prefix": N_("“{number}” is not an in-store card prefix (20–29)"),
    "card_number.not_ean13": N_("{number} is not an EAN-13 number"),
    "card_number.too_long": N_("“{number}” is too long for a card or a phone number"),
    "card_number.phone_like": N_("{number} looks like a phone number, not a card number"),
    "card_number.range_overflow": N_("the range from {number} runs past the last number"),
    "card_batch.bad_ids": N_("member ids must be numbers: “{value}”"),
    "card_batch.no_member": N_("no member {value}"),
    "card_layout.bad_layout": N_("“{value}” is not a card layout"),
    "card_layout.no_shop_name": N_("the card needs the shop's name"),
    "card_layout.unprintable_symbology": N_("cards cannot be printed as “{value}”"),
    "card_layout.logo_unreadable": N_("the shop's logo cannot be read; choose it again in the settings"),
    "card_layout.bad_design": N_("“{value}” is not a card design"),
    "card_layout.bad_colour": N_("“{value}” is not a colour like #1f5f8b"),
    "logo.no_such_file": N_("the logo file {path} does not exist"),
    "logo.too_large": N_("the logo {path} is larger than {limit_kb} KB"),
    "logo.not_an_image": N_("the logo {path} is not a PNG or JPEG image"),
    "logo.is_database": N_("{path} is the shop's own database, not an image"),
    "coupon.unknown": N_("unknown coupon {value}"),
    "coupon.bad_value": N_("a coupon gives either an amount or a percentage, and no negative"),
    "coupon.bad_count": N_("“{value}” is not a possible number of coupons"),
    "coupon.bad_date": N_("the coupon would expire before it is issued ({value})"),
    "member.bad_phone": N_("“{value}” is not a phone number"),
    "member.phone_taken": N_("the phone {value} already belongs to a member"),
    "member.bad_email": N_("“{value}” is not an e-mail address"),
    "member.not_a_date": N_("“{value}” is not a date (use DD.MM.YYYY or YYYY-MM-DD)"),
    "member.bad_birthday": N_("“{value}” is not a possible birthday"),
    "member.bad_name": N_("“{value}” is not a possible name"),
    "member.no_such_member": N_("no member {value}"),
    "points.insufficient": N_("not enough points: {value[0]} asked, {value[1]} spendable"),
    "points.no_reason": N_("a correction of points needs a reason"),
    "points.not_owner": N_("only an owner may correct points ({value} is not)"),
    "points.bad_points": N_("{value} is not a possible number of points"),
    "points.no_such_member": N_("no member {value}"),
    "redemption.balance": N_("at most {max_points} points can be spent: the whole balance"),
    "redemption.cap": N_("at most {max_points} points can be spent: the program's cap"),
    "redemption.keep_money": N_("at most {max_points} points can be spent: "
                                "a part must be paid in money"),
    "redemption.min_balance": N_("no points can be spent before the balance reaches the "
                                 "minimum"),
    "redemption.step": N_("points are spent in steps: at most {max_points} here"),
    "redemption.negative": N_("{requested} is not a possible number of points"),
    "redemption.no_member": N_("points need a member"),
    "redemption.no_points_program": N_("the shop has no points program"),
    "basket.bad_quantity": N_("quantity {value} is not possible (1 to 9999)"),
    "basket.bad_amount": N_("the amount {value} is not possible"),
    "basket.bad_points": N_("{value} is not a possible number of points"),
    "basket.bad_coupon": N_("empty coupon code"),
    "basket.bad_name": N_("a line's name may not hold control characters or be that long"),
    "basket.unknown_product": N_("unknown product {value}: not in the catalogue"),
    "coupon_refused.unknown": N_("unknown coupon {code}"),
    "coupon_refused.expired": N_("coupon {code} has expired"),
    "coupon_refused.used_up": N_("coupon {code} has already been used"),
    "coupon_refused.returned": N_("coupon {code} no longer holds: the receipt that earned it "
                                  "was returned"),
    "coupon_refused.below_minimum": N_("coupon {code} needs a larger receipt"),
    "coupon_refused.coupons_off": N_("coupons are switched off"),
    "coupon_refused.duplicate": N_("coupon {code} is already on this receipt"),
    "coupon_refused.nothing_to_discount": N_("coupon {code}: nothing on the receipt to discount"),
    "coupon_refused.not_combinable": N_("coupon {code} is not combinable with other coupons, "
                                        "and coupon {other} is already on this receipt"),
    "coupon_refused.other_not_combinable": N_("coupon {other} on this receipt is not combinable "
                                              "with other coupons; coupon {code} was not added"),
    "basket.no_such_line": N_("no line {value}"),
    "checkout.empty_basket": N_("the basket is empty"),
    "checkout.no_payment": N_("no payment given"),
    "checkout.bad_amount": N_("the amount {value} is not possible"),
    "checkout.bad_tender": N_("“{value}” is not a way to pay"),
    "checkout.cash_short": N_("the cash received is {value} short"),
    "checkout.card_over_due": N_("the card amount {value} is more than is due"),
    "checkout.change_too_large": N_("change of {value} is a whole banknote or more: check "
                                    "the cash received"),
    "checkout.payments_do_not_match": N_("payments of {value[0]} do not add up to {value[1]}"),
    "checkout.discount_out_of_range": N_("line {value[0]}: discount {value[1]} is not possible"),
    "checkout.coupon_not_on_basket": N_("a coupon payment needs that coupon on the receipt"),
    "checkout.quote_changed": N_("prices or points changed meanwhile; quote again"),
    "checkout.points_need_member": N_("points need a member"),
    "checkout.points_payment_mismatch": N_("the points payment does not match the quote"),
    "checkout.no_such_sale": N_("no sale {value}"),
    "checkout.is_a_return": N_("{value} is a return, not a sale: give the number of the sale "
                               "itself"),
    "checkout.no_such_line": N_("no line {value} on this sale"),
    "checkout.nothing_to_return": N_("everything on sale {value} has been returned already"),
    "checkout.return_qty": N_("line {value[0]}: cannot return {value[1]}, {value[2]} left"),
    "product.barcode_empty": N_("enter a barcode or a shop code"),
    "product.bad_check_digit": N_("{value} has a wrong check digit (mistyped?)"),
    "product.bad_barcode": N_("“{value}” is not a barcode: use the digits of an EAN or a shop "
                              "code of letters, digits and dashes"),
    "product.barcode_taken": N_("another product already has the barcode {value}"),
    "product.name_empty": N_("enter the product's name"),
    "product.bad_name": N_("the name is too long or holds control characters"),
    "product.bad_price": N_("the price must be above zero and at most 100,000,000"),
    "product.unknown_category": N_("there is no category “{value}”"),
    "product.no_such_product": N_("that product no longer exists"),
    "product.bad_category_name": N_("a category needs a name of at most 60 characters"),
    "product.category_taken": N_("there is a category “{value}” already"),
    "staff.bad_pin_format": N_("a PIN is 4 to 8 digits"),
    "staff.pin_taken": N_("this PIN is taken by another staff member"),
    "staff.wrong_pin": N_("wrong PIN"),
    "staff.locked": N_("too many wrong PINs: login is locked for a while"),
    "staff.bad_role": N_("“{value}” is not a role"),
    "staff.bad_name": N_("a staff member needs a name"),
    "staff.not_allowed": N_("not allowed for this role"),
    "staff.no_such_staff": N_("no staff member {value}"),
    "staff.inactive": N_("{value} is no longer active"),
    "staff.last_owner": N_("{value} is the last owner: the shop needs one"),
    "program.not_json": N_("the program file is not JSON"),
    "program.other": N_("the program cannot be used: {path}: {reason}"),
    "program.too_large": N_("the program cannot be used: {path} is too large (at most {limit})"),
    "program.too_long": N_("the program cannot be used: {path} is too long (at most {limit})"),
    "program.too_many": N_("the program cannot be used: {path} has too many entries "
                           "(at most {limit})"),
    "program.fails_at_till": N_("the program would fail at the till ({path}): {detail}"),
    "program.file_too_large": N_("the program file is too large (at most {limit} bytes)"),
    "program.nested_too_deep": N_("the program file is nested too deep at {path}"),
    "program.number_too_long": N_("the program file has a number too long at {path}"),
    "program.is_the_shop_database": N_("that file is the shop's database, not a program"),
    "period.future": N_("{month} has not begun yet: a report covers months up to this one"),
    "period.reversed": N_("--from {first} is after --to {last}"),
    "period.too_long": N_("a report covers at most 120 months"),
    "edit.not_owner": N_("only an owner may change the program"),
    "edit.date_in_past": N_("a program change cannot start in the past"),
    "receipt.not_found": N_("no sale {sale_no}"),
    "backup.no_such_file": N_("{path}: no such file"),
    "backup.is_database": N_("{path} is the shop's own database, not a backup of it"),
    "backup.empty": N_("{path} is empty, not a shop backup; nothing was changed"),
    "backup.not_sqlite": N_("{path} is not a shop backup (not a database file); nothing was "
                            "changed"),
    "backup.damaged": N_("{path} is damaged or incomplete; nothing was changed"),
    "backup.other_program": N_("{path} belongs to another program, not a shop backup; nothing "
                               "was changed"),
    "backup.not_a_shop": N_("{path} is a database but not a shop backup; nothing was changed"),
    "backup.newer_version": N_("{path} was made by a newer version of this program; update it "
                               "first"),
    "backup.verify_failed": N_("{path} failed verification; nothing was changed: {problems}"),
    "shop_file.no_such_file": N_("{path}: no such file"),
    "shop_file.is_database": N_("{path} is the shop open now"),
    "shop_file.not_sqlite": N_("{path} is not a shop file (not a database)"),
    "shop_file.other_program": N_("{path} belongs to another program, not a shop file"),
    "shop_file.not_a_shop": N_("{path} is a database but not a shop file"),
    "shop_file.newer_version": N_("{path} was made by a newer version of this program; update "
                                  "it first"),
    "output_file.empty": N_("an output file needs a name"),
    "output_file.folder": N_("{path} is a folder; name a file to write"),
    "output_file.not_regular": N_("{path} is not a regular file"),
    "output_file.no_folder": N_("{path}: its folder does not exist"),
    "output_file.cannot_write": N_("cannot write {path}: {detail}"),
    "output_file.same_file": N_("{path} is named for two outputs: each needs a file of its "
                                "own"),
    "argument.empty_path": N_("an empty file name is not a file"),
    "argument.bad_id": N_("“{value}” is not an id or a number (a whole number from 1)"),
    "argument.bad_day": N_("“{value}” is not a date from 1900-01-01 to 9998-12-31 "
                           "(use YYYY-MM-DD)"),
    "cli_shop.missing": N_("no database at {db}"),
    "cli_shop.read_only": N_("{db} is read-only: make the file and its folder writable; "
                             "nothing was changed"),
    "member_admin.not_owner": N_("only an owner may do this ({value} is not)"),
    "member_admin.no_such_member": N_("no member {value}"),
    "member_admin.same_member": N_("member {value} cannot be merged into itself"),
    "member_admin.merged": N_("member {value} has been merged into another"),
    "member_admin.erased": N_("member {value}'s personal data has been erased already"),
    "card_layout.terms_too_long": N_("the card's terms are too long: at most {value} "
                                     "characters"),
    "database_file.is_database": N_("{path} is the shop's own database file; choose another "
                                    "file"),
    "store.lost": N_("the database file changed underneath this program; close its other "
                     "windows and try again"),
    "store.busy": N_("the database is busy in another program; try again"),
    "network.unreachable": N_("the network's server cannot be reached ({detail}); nothing "
                              "was changed, the till sells on"),
    "network.not_member": N_("this shop file is not a till of a shop network "
                             "(network init or network join first)"),
    "network.already_member": N_("this shop file is already a till of a shop network"),
    "network.not_empty": N_("the PostgreSQL database is not empty: network init needs a new "
                            "one"),
    "network.no_schema": N_("the PostgreSQL database holds no shop network (network init "
                            "first)"),
    "network.not_new": N_("network join makes a new till file: {detail} already holds a shop"),
    "network.bad_url": N_("“{detail}” is not a PostgreSQL URL "
                          "(postgresql://user@host/database)"),
    "network.points_taken": N_("those points were just spent at another till; "
                               "take the payment without them"),
    "network.offline_allowance": N_("the server cannot be reached: at most {detail} more "
                                    "points of this member can be spent at this till now"),
    "network.returned_elsewhere": N_("these goods were just returned at another till; "
                                     "sync and look at the sale again"),
    "network.return_needs_server": N_("the server cannot be reached: a sale of till {detail} "
                                      "can be returned here once it is back, or now at "
                                      "till {detail}"),
    "money.malformed": N_("“{text}” is not an amount of money"),
    "import.rows": N_("nothing imported, {count} bad row(s): {rows}"),
    "import.rows_and_more": N_("nothing imported, {count} bad row(s): {rows} and {more} more"),
    "csv_file.too_large": N_("nothing imported: the file is too large ({detail})"),
    "csv_file.empty": N_("nothing imported: the file is empty"),
    "csv_file.nul_byte": N_("nothing imported: the file holds a NUL byte at line {line}, "
                            "column {column}: not a text CSV (UTF-16 without a BOM?)"),
    "csv_file.control_char": N_("nothing imported: a control character {detail} at line "
                                "{line}, column {column}"),
    "csv_file.undecodable": N_("nothing imported: byte {detail} at line {line}, column "
                               "{column} is neither UTF-8 nor Windows-1251"),
    # the CSV imports: a fault is "line N, column: reason" (or "line N: reason" for the row)
    "csv_file.bad_utf8": N_("nothing imported: byte {detail} at line {line}, column {column} "
                            "is not UTF-8, as the rest of the file is"),
    "csv_file.koi8r": N_("nothing imported: the file looks like KOI8-R; save it as UTF-8"),
    "csv_file.no_rows": N_("nothing imported: the file has no rows"),
    "import.cell": N_("line {row}, {field}: {reason}"),
    "import.line": N_("line {row}: {reason}"),
    "import_reason.unknown_customer_column": N_(
        "“{value}” is not a column of the customers import (its columns: name, phone, email, "
        "birthday, card_number, card_type, consent_data, consent_marketing; from a members "
        "export also card_numbers, consent_data_at, consent_marketing_at)"),
    "import_reason.unknown_product_column": N_(
        "“{value}” is not a column of the products import (its columns: barcode, name, price, "
        "category, no_discount, no_points)"),
    "import_reason.not_importable_column": N_(
        "the members export's column “{value}” cannot be imported (ids, enrolment dates, "
        "points and tiers stay with the shop that made them): remove the column"),
    "import_reason.nameless_column": N_("column {value} of the header has no name"),
    "import_reason.duplicate_column": N_("“{value}” repeats the column “{detail}”"),
    "import_reason.no_header": N_("the first line must be the header, naming the columns"),
    "import_reason.missing_column": N_("the file needs the column “{value}”"),
    "import_reason.missing_identity_column": N_("the file needs a name, phone or "
                                                "card_number column"),
    "import_reason.field_count": N_("{value} fields where the header has {detail}"),
    "import_reason.quote_not_closed": N_("a quote is not closed"),
    "import_reason.stray_quote": N_("a quote stands where it cannot (text after a closing "
                                    "quote)"),
    "import_reason.too_long": N_("too long (at most 1,000 characters)"),
    "import_reason.no_identity": N_("a row needs a name, a phone or a card number"),
    "import_reason.no_consent_data": N_("no consent to data processing for a named customer"),
    "import_reason.marketing_without_data": N_("consent to marketing needs consent to data "
                                               "processing"),
    "import_reason.not_yes_no": N_("“{value}” is not yes or no (yes/no, да/нет, 1/0, "
                                   "true/false)"),
    "import_reason.not_a_time": N_("“{value}” is not a past time with its UTC offset, as the "
                                   "members export writes it"),
    "import_reason.bad_name": N_("“{value}” is not a possible name"),
    "import_reason.bad_phone": N_("“{value}” is not a phone number"),
    "import_reason.phone_taken": N_("the phone {value} already belongs to a member"),
    "import_reason.bad_email": N_("“{value}” is not an e-mail address"),
    "import_reason.not_a_date": N_("“{value}” is not a date (use DD.MM.YYYY or YYYY-MM-DD)"),
    "import_reason.bad_birthday": N_("“{value}” is not a possible birthday"),
    "import_reason.malformed": N_("“{value}” is not a card number"),
    "import_reason.card_too_long": N_("“{value}” is too long for a card number"),
    "import_reason.taken": N_("card {value} already belongs to a member"),
    "import_reason.card_twice": N_("card {value} is in the file twice"),
    "import_reason.phone_twice": N_("the phone {value} is in the file twice"),
    "import_reason.unknown_card_type": N_("the program has no card type “{value}”"),
    "import_reason.no_card_number": N_("a card type needs a card number in the same row"),
    "import_reason.bad_check_digit": N_("{value} has a wrong check digit (mistyped?)"),
    "import_reason.bad_barcode": N_("“{value}” is not a barcode: use the digits of an EAN or a "
                                    "shop code of letters, digits and dashes"),
    "import_reason.empty": N_("the cell is empty"),
    "import_reason.duplicate": N_("the barcode {value} is in the file twice"),
    "import_reason.bad_product_name": N_("the name is too long or holds control characters"),
    "import_reason.not_a_price": N_("“{value}” is not a price above zero and at most "
                                    "100,000,000"),
    "target.target_required": N_("enter where the receipt printer is"),
    "target.bad_usb_id": N_("“{target}”: write the USB vendor and product id like 0416:5011"),
    "target.bad_port": N_("“{target}”: the port must be a number from 1 to 65535"),
    "target.bad_baud_rate": N_("“{target}”: the speed must be a number, like COM3:9600"),
    "target.bad_host": N_("“{target}” is not a host name or an IP address"),
    "target.bad_kind": N_("“{kind}” is not a receipt printer kind"),
    # program versions and periods: the bounds of what a new version and a period may be
    "program.negative": N_("the program cannot be used: {path} cannot be negative"),
    "program.must_be_positive": N_("the program cannot be used: {path} must be at least 1"),
    "program.required": N_("the program cannot be used: {path} is empty (a name or an id "
                           "needs a letter or a digit)"),
    "program.outlasts_expiry": N_("the program cannot be used: {path} must be shorter than "
                                  "the {limit} days the points live, or they could never "
                                  "be spent"),
    "program.date_out_of_range": N_("the program cannot be used: {path} must be a date from "
                                    "2000 to {limit}"),
    "edit.date_too_far": N_("a program change can take effect on {latest} at the latest"),
    "edit.unchanged": N_("the program is unchanged; nothing saved"),
    "export.reversed": N_("--from {first} is after --to {last}"),
}
_FILE = N_("{why}: {file}")
_UNREADABLE = N_("the database cannot be read: {why}")
_SERVER = N_("the network's server refused: {why}")


def sentence(message: Message, language: str) -> str:
    """The sentence for ``message``; a key without one names itself and its data."""
    template = SENTENCES.get(message.key) or SENTENCES.get(message.key.split(".")[0] + ".other")
    values = {name: _field(value, language) for name, value in message.data.items()}
    if template is not None:
        try:
            return gettext(language, template).format(**values)
        except (KeyError, IndexError, AttributeError):
            pass
    return ": ".join((message.key, *map(str, values.values())))


def _field(value: object, language: str) -> object:
    """A datum as a sentence shows it: user input cut short, lists joined; numbers and
    tuples of numbers stay as they are (a sentence may index them: ``{value[0]}``)."""
    if isinstance(value, Message):
        return sentence(value, language)
    if isinstance(value, (str, PurePath)):
        return shown(value)
    if isinstance(value, (list, tuple)) and any(isinstance(v, (str, Message)) for v in value):
        return "; ".join(str(_field(v, language)) for v in value)
    if isinstance(value, Mapping) or value is None:
        return ""
    return value


def _server_refusal(error: BaseException) -> bool:
    """A PostgreSQL error the user's setup causes (a refused login, a missing database, a
    malformed URL), not one of this program's statements (which must surface)."""
    if type(error).__module__.split(".")[0] != "psycopg":
        return False
    import psycopg
    return (isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError,
                               psycopg.errors.InsufficientPrivilege))
            or (isinstance(error, psycopg.ProgrammingError) and error.sqlstate is None))


def describe(error: BaseException, language: str = "en") -> str | None:
    """The sentence for ``error``, or None for a programming error (which must surface)."""
    if isinstance(error, UserError):
        return sentence(error.message, language)
    if isinstance(error, (FileNotFoundError, FileExistsError, IsADirectoryError,
                          PermissionError)):
        return gettext(language, _FILE).format(why=error.strerror or "cannot use",
                                               file=shown(PurePath(str(error.filename))))
    if isinstance(error, sqlite3.DatabaseError):
        return gettext(language, _UNREADABLE).format(why=error)
    if _server_refusal(error):
        lines = [line.strip() for line in str(error).splitlines() if line.strip()]
        return gettext(language, _SERVER).format(
            why=shown(lines[-1] if lines else type(error).__name__))
    return None
