"""The product catalogue: products as values, and reading them from CSV."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from pos.catalogue.gtin import is_gtin_shaped, is_valid_gtin
from pos.csv_files import MAX_CELL_CHARS, CsvFileError, unneutralised
from pos.money import MoneyFormatError, parse_money
from pos.errors import Message, UserError

CSV_COLUMNS = ("barcode", "name", "price", "category", "no_discount", "no_points")
MAX_NAME_CHARS = 200
MAX_SHOP_CODE = 32
_TRUE = {"1", "yes", "true", "y", "да", "x", "+"}
_FALSE = {"", "0", "no", "false", "n", "нет", "-"}


@dataclass(frozen=True, slots=True)
class Product:
    product_id: int | None
    barcode: str
    name: str
    price_minor: int
    category: str = ""
    no_discount: bool = False
    no_points: bool = False
    active: bool = True


@dataclass(frozen=True, slots=True)
class Category:
    """A product category: ``code`` is what products and the program's scopes hold,
    ``name`` what the owner and the screens call it."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class RowError:
    """One fault of a CSV file: ``row`` is the 1-based physical line where the row begins
    (1: the header), ``field`` the column as the header names it ("" for the whole row),
    ``reason`` the fault, ``value`` what the cell held, ``detail`` what else the sentence
    needs (the header's number of fields, the column repeated)."""

    row: int
    field: str
    reason: str
    value: str
    detail: str = ""

    @property
    def message(self) -> Message:
        """Why, as a sentence key (``import_reason.<reason>``) and its data."""
        return Message(f"import_reason.{self.reason}", {"value": self.value,
                                                        "detail": self.detail})


class CsvImportError(UserError, ValueError):
    """Every fault of a file, none of which was imported; the first ten are worded."""

    def __init__(self, errors: tuple[RowError, ...]) -> None:
        shown = tuple(Message("import.cell" if e.field else "import.line",
                              {"row": e.row, "field": e.field, "reason": e.message})
                      for e in errors[:10])
        super().__init__("import.rows_and_more" if len(errors) > 10 else "import.rows",
                         count=len(errors), rows=shown, more=len(errors) - len(shown))
        self.errors = errors


def _flag(value: str) -> bool | None:
    v = value.strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    return None


def _header(cells: list[str], columns: Mapping[str, str | None], unknown: str,
            required: Collection[str]) -> tuple[list[str], list[RowError]]:
    """The header's names (trimmed, lower case) and its faults: a nameless, unknown
    (``unknown`` is the reason, naming the import's columns), refused (a meaning of None),
    repeated (two names of one meaning, ``card_number`` and ``card_numbers``) or missing
    column."""
    names = [c.strip().lower() for c in cells]
    errors: list[RowError] = [] if names else [RowError(1, "", "no_header", "")]
    meanings: dict[str, str] = {}
    for n, name in enumerate(names, 1):
        meaning = columns.get(name, "")
        if not name:
            errors.append(RowError(1, "", "nameless_column", str(n)))
        elif name not in columns:
            errors.append(RowError(1, name[:60], unknown, name[:60]))
        elif meaning is None:
            errors.append(RowError(1, name, "not_importable_column", name))
        elif meaning in meanings:
            errors.append(RowError(1, name, "duplicate_column", name, meanings[meaning]))
        else:
            meanings[meaning] = name
    errors += [RowError(1, c, "missing_column", c) for c in required if c not in names]
    return names, errors


def _row_faults(first: int, last: int, record: list[str], width: int) -> list[RowError]:
    if last > first:  # no column of an import holds a line break: a quote opened, not closed
        return [RowError(first, "", "quote_not_closed", "")]
    if len(record) != width:
        return [RowError(first, "", "field_count", str(len(record)), str(width))]
    return []


def _unreadable(lines: list[str]) -> str:
    """Why csv could not read a row of these physical lines."""
    if sum(line.count('"') for line in lines) % 2:
        return "quote_not_closed"
    if any(len(line) > csv.field_size_limit() for line in lines):
        return "too_long"
    return "stray_quote"


@dataclass(frozen=True, slots=True)
class CsvRows:
    """A file's header, its readable rows as (first line, cells by column) and the faults
    of the rows that could not be read."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]
    faults: tuple[RowError, ...]


def _records(text: str) -> Iterator[tuple[int, int, list[str] | None]]:
    """(first line, last line, cells) of each record, the cells None where csv could not
    read it; ';' or ',' delimited, as the header line is."""
    lines = text.split("\n")
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        first = reader.line_num + 1
        try:
            record: list[str] | None = next(reader)
        except StopIteration:
            return
        except csv.Error:  # a quote left open, text after a closing quote, a huge cell
            record = None
        yield first, reader.line_num, record


def read_csv_rows(text: str, columns: Mapping[str, str | None], unknown: str,
                  required: Collection[str] = ()) -> CsvRows:
    """The rows of ``text`` (from ``pos.csv_files.decode_csv``), each at the physical line
    where it begins.

    ``columns`` maps each column name a file may use to what it means (None: a column known
    but never imported); ``unknown`` is the reason for any other name.  A header with an
    unknown, nameless, repeated or missing (``required``) column is a CsvImportError; a row
    of more or fewer fields than the header, with a quote not closed or a cell longer than
    MAX_CELL_CHARS is a fault, for the caller to list with those of the rows it checks.
    Rows of empty cells (a spreadsheet's blank lines) are skipped; a file with no other row
    is a CsvFileError ``no_rows``.
    """
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    header: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    faults: list[RowError] = []
    for first, last, record in _records(text):
        if record is None:
            faults.append(RowError(first, "", _unreadable(lines[first - 1:last]), ""))
        elif first == 1:
            header, header_faults = _header(record, columns, unknown, required)
            header_faults += [RowError(1, h[:60], "too_long", h[:60])
                              for h in header if len(h) > MAX_CELL_CHARS]
            if header_faults:
                raise CsvImportError(tuple(header_faults))
        elif any(cell.strip() for cell in record):
            cells = [unneutralised(c.strip()) for c in record]
            row_faults = _row_faults(first, last, record, len(header)) or [
                RowError(first, name, "too_long", cell[:60])
                for name, cell in zip(header, cells) if len(cell) > MAX_CELL_CHARS]
            faults += row_faults
            if not row_faults:
                rows.append((first, dict(zip(header, cells))))
        if first == 1 and not header:
            raise CsvImportError(tuple(faults) or (RowError(1, "", "no_header", ""),))
    if not rows and not faults:
        raise CsvFileError("no_rows", line=1)
    return CsvRows(tuple(header), tuple(rows), tuple(faults))


def refused(errors: Iterable[RowError]) -> CsvImportError:
    """Every fault of a file, in the order of its lines."""
    return CsvImportError(tuple(sorted(errors, key=lambda e: e.row)))


def barcode_fault(code: str) -> str | None:
    """Why ``code`` cannot be a product's barcode (``bad_check_digit``, ``bad_barcode``), or
    None: a GTIN with a right check digit (8, 12, 13 or 14 digits), or a shop code of
    letters, digits and dashes (a PLU, "B-12").  The catalogue screen and the CSV import
    both ask here, so a mistyped EAN is refused on either path."""
    if is_gtin_shaped(code):
        return None if is_valid_gtin(code) else "bad_check_digit"
    if (len(code) > MAX_SHOP_CODE or not code.isascii()
            or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-./]*", code)):
        return "bad_barcode"
    return None


def parse_products_csv(text: str, currency: str = "RUB") -> tuple[Product, ...]:
    """All products of the file, or CsvImportError listing every bad row."""
    table = read_csv_rows(text, {c: c for c in CSV_COLUMNS}, "unknown_product_column",
                          ("barcode", "name", "price"))
    errors = list(table.faults)
    products: list[Product] = []
    seen: set[str] = set()
    for line_no, row in table.rows:
        barcode, name = row["barcode"], row["name"]
        fault = "empty" if not barcode else barcode_fault(barcode)
        if fault:
            errors.append(RowError(line_no, "barcode", fault, barcode[:60]))
        elif barcode in seen:
            errors.append(RowError(line_no, "barcode", "duplicate", barcode))
        seen.add(barcode)
        if not name:
            errors.append(RowError(line_no, "name", "empty", name))
        elif not name.isprintable() or len(name) > MAX_NAME_CHARS:
            errors.append(RowError(line_no, "name", "bad_product_name", name[:60]))
        try:
            price = parse_money(row["price"], currency)
            if price <= 0 or price > 100_000_000_00:
                raise MoneyFormatError(row["price"])
        except MoneyFormatError:
            errors.append(RowError(line_no, "price", "not_a_price", row["price"]))
            price = 0
        flags = {}
        for col in ("no_discount", "no_points"):
            flag = _flag(row.get(col, ""))
            if flag is None:
                errors.append(RowError(line_no, col, "not_yes_no", row[col]))
            flags[col] = bool(flag)
        products.append(Product(None, barcode, name, price, row.get("category", ""),
                                flags["no_discount"], flags["no_points"]))
    if errors:
        raise refused(errors)
    return tuple(products)
