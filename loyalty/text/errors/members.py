"""The sentences of members and their administration, and the CSV imports (a fault is "line N,
column: reason", or "line N: reason" for the row)."""
from __future__ import annotations

from pos.wording import N_

SENTENCES: dict[str, str] = {
    "member.bad_phone": N_("“{value}” is not a phone number"),
    "member.phone_taken": N_("the phone {value} already belongs to a member"),
    "member.bad_email": N_("“{value}” is not an e-mail address"),
    "member.not_a_date": N_("“{value}” is not a date (use DD.MM.YYYY or YYYY-MM-DD)"),
    "member.bad_birthday": N_("“{value}” is not a possible birthday"),
    "member.bad_name": N_("“{value}” is not a possible name"),
    "member.no_such_member": N_("no member {value}"),
    "member_admin.not_owner": N_("only an owner may do this ({value} is not)"),
    "member_admin.no_such_member": N_("no member {value}"),
    "member_admin.same_member": N_("member {value} cannot be merged into itself"),
    "member_admin.merged": N_("member {value} has been merged into another"),
    "member_admin.erased": N_("member {value}'s personal data has been erased already"),
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
}
