"""The product catalogue: products as values, and reading them from CSV."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from pos.csv_files import MAX_CELL_CHARS, unneutralised
from pos.money import MoneyFormatError, parse_money
from pos.errors import Message, UserError

CSV_COLUMNS = ("barcode", "name", "price", "category", "no_discount", "no_points")
MAX_NAME_CHARS = 200
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
    """One bad CSV row: ``row`` is the 1-based line in the file, ``field`` the column."""

    row: int
    field: str
    reason: str
    value: str


class CsvImportError(UserError, ValueError):
    def __init__(self, errors: tuple[RowError, ...]) -> None:
        shown = tuple(Message("import.row", {"row": e.row, "field": e.field,
                                             "reason": e.reason.replace("_", " "),
                                             "value": e.value}) for e in errors[:10])
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


def read_csv_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and (line number, row) pairs; ';' or ',' delimited, BOM tolerated.

    ``text`` comes from ``pos.csv_files.decode_csv``; a cell longer than
    MAX_CELL_CHARS or a broken quote is a CsvImportError naming its row and column.
    """
    text = text.lstrip("\ufeff")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, dict[str, str]]] = []
    errors: list[RowError] = []
    header: list[str] = []
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        for row in reader:
            cells = {k: unneutralised((v or "").strip()) for k, v in row.items() if k}
            errors += [RowError(reader.line_num, k, "too_long", v[:60])
                       for k, v in cells.items() if len(v) > MAX_CELL_CHARS]
            rows.append((reader.line_num, cells))
    except csv.Error as error:  # a cell over csv's own limit, a stray quote
        errors.append(RowError(reader.line_num + 1, "", "unreadable_row", str(error)))
    errors += [RowError(1, h, "too_long", h[:60]) for h in header if len(h) > MAX_CELL_CHARS]
    if errors:
        raise CsvImportError(tuple(errors))
    return header, rows


def parse_products_csv(text: str, currency: str = "RUB") -> tuple[Product, ...]:
    """All products of the file, or CsvImportError listing every bad row."""
    header, rows = read_csv_rows(text)
    missing = [c for c in ("barcode", "name", "price") if c not in header]
    if missing:
        raise CsvImportError(tuple(RowError(1, c, "missing_column", "") for c in missing))
    errors: list[RowError] = []
    products: list[Product] = []
    seen: dict[str, int] = {}
    for line_no, row in rows:
        barcode, name = row.get("barcode", ""), row.get("name", "")
        if not barcode or not barcode.isprintable() or len(barcode) > 64:
            errors.append(RowError(line_no, "barcode", "empty_or_invalid", barcode))
        elif barcode in seen:
            errors.append(RowError(line_no, "barcode", "duplicate", barcode))
        seen.setdefault(barcode, line_no)
        if not name:
            errors.append(RowError(line_no, "name", "empty", name))
        elif not name.isprintable() or len(name) > MAX_NAME_CHARS:
            errors.append(RowError(line_no, "name", "empty_or_invalid", name[:60]))
        try:
            price = parse_money(row.get("price", ""), currency)
            if price <= 0 or price > 100_000_000_00:
                raise MoneyFormatError(row.get("price", ""))
        except MoneyFormatError:
            errors.append(RowError(line_no, "price", "not_a_price", row.get("price", "")))
            price = 0
        flags = {}
        for col in ("no_discount", "no_points"):
            flag = _flag(row.get(col, ""))
            if flag is None:
                errors.append(RowError(line_no, col, "not_yes_no", row.get(col, "")))
            flags[col] = bool(flag)
        products.append(Product(None, barcode, name, price, row.get("category", ""),
                                flags["no_discount"], flags["no_points"]))
    if errors:
        raise CsvImportError(tuple(errors))
    return tuple(products)
