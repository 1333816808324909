"""The owner's product catalogue: add, edit, retire and restore products, name categories,
import and export CSV; every change audited, every refusal a ProductError with its reason."""
from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import datetime

from sqlite_utils import Database

from pos.catalogue.model import (CSV_COLUMNS, Category, Product, barcode_fault,
                                 parse_products_csv)
from pos.codes import code_from_name
from pos.errors import UserError
from pos.money import format_money
from pos.staff.admin import require_owner
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.staff.model import Staff
from pos.storage import store
from pos.storage.db import write_transaction

MAX_PRICE_MINOR = 100_000_000_00  # the CSV import's limit too
MAX_NAME = 120


class ProductError(UserError, ValueError):
    """A product the owner typed that cannot be stored; ``reason`` says why."""

    def __init__(self, reason: str, value: str = "") -> None:
        super().__init__(f"product.{reason}", value=value)
        self.reason, self.value = reason, value


def check_barcode(text: str) -> str:
    """The typed barcode trimmed, or ProductError: the rule is ``barcode_fault``'s."""
    code = text.strip()
    if not code:
        raise ProductError("barcode_empty")
    fault = barcode_fault(code)
    if fault:
        raise ProductError(fault, code)
    return code


def _checked(db: Database, product: Product, stored_barcode: str | None = None) -> Product:
    name = " ".join(product.name.split())
    if not name:
        raise ProductError("name_empty")
    if len(name) > MAX_NAME or not name.isprintable():
        raise ProductError("bad_name", name)
    if not (isinstance(product.price_minor, int) and not isinstance(product.price_minor, bool)
            and 0 < product.price_minor <= MAX_PRICE_MINOR):
        raise ProductError("bad_price", str(product.price_minor))
    if product.category and product.category not in {c.code for c in store.categories(db)}:
        raise ProductError("unknown_category", product.category)
    # a barcode already stored (an old import) stays editable as it is; a new one is checked
    barcode = (product.barcode if product.barcode == stored_barcode
               else check_barcode(product.barcode))
    holder = store.product_id_by_barcode(db, barcode)
    if holder is not None and holder != product.product_id:
        raise ProductError("barcode_taken", barcode)
    return replace(product, barcode=barcode, name=name)


def _audit(db: Database, actor: Staff, at: datetime, action: AuditAction, product: Product,
           detail: dict[str, object]) -> None:
    store.append_audit(db, at, actor.staff_id, action,
                       subject(SubjectKind.PRODUCT, product.product_id),
                       {"barcode": product.barcode, **detail})


def add_product(db: Database, actor: Staff, product: Product, at: datetime) -> Product:
    require_owner(actor)
    with write_transaction(db):
        product = _checked(db, replace(product, product_id=None, active=True))
        product = replace(product, product_id=store.insert_product(db, product))
        _audit(db, actor, at, AuditAction.PRODUCT_ADDED, product,
               {"price_minor": product.price_minor})
    return product


def update_product(db: Database, actor: Staff, product: Product, at: datetime) -> Product:
    """A price change applies to new sales only: sold lines keep the price they were sold at."""
    require_owner(actor)
    with write_transaction(db):
        before = _stored(db, product.product_id)
        product = _checked(db, replace(product, active=before.active), before.barcode)
        changed = {f: [getattr(before, f), getattr(product, f)]
                   for f in ("barcode", "name", "price_minor", "category", "no_discount",
                             "no_points") if getattr(before, f) != getattr(product, f)}
        if changed:
            store.update_product(db, product)
            _audit(db, actor, at, AuditAction.PRODUCT_CHANGED, product, {"changed": changed})
    return product


def set_retired(db: Database, actor: Staff, product_id: int, retired: bool,
                at: datetime) -> Product:
    """A retired product is no longer sold or found at the till; its sales keep it."""
    require_owner(actor)
    with write_transaction(db):
        product = replace(_stored(db, product_id), active=not retired)
        store.update_product(db, product)
        _audit(db, actor, at, AuditAction.PRODUCT_RETIRED if retired
               else AuditAction.PRODUCT_RESTORED, product, {})
    return product


def _stored(db: Database, product_id: int | None) -> Product:
    product = store.product_by_id(db, product_id) if product_id is not None else None
    if product is None:
        raise ProductError("no_such_product", str(product_id))
    return product


def save_category(db: Database, actor: Staff, name: str, at: datetime,
                  code: str | None = None) -> Category:
    """Name a new category (its code made from the name), or rename the one of ``code``."""
    require_owner(actor)
    name = " ".join(name.split())
    if not name or len(name) > 60 or not name.isprintable():
        raise ProductError("bad_category_name", name)
    with write_transaction(db):
        taken = {c.code: c.name for c in store.categories(db)}
        if code is not None and code not in taken:
            raise ProductError("unknown_category", code)
        if any(n.casefold() == name.casefold() and c != code for c, n in taken.items()):
            raise ProductError("category_taken", name)
        category = Category(code or code_from_name(name, set(taken), "category"), name)
        store.save_category(db, category)
        store.append_audit(db, at, actor.staff_id, AuditAction.CATEGORY_SAVED,
                           subject(SubjectKind.CATEGORY, category.code),
                           {"name": name, "was": taken.get(category.code)})
    return category


def import_products(db: Database, actor: Staff, text: str, currency: str, at: datetime) -> int:
    """All rows or none (CsvImportError lists every bad row); audited once."""
    require_owner(actor)
    products = parse_products_csv(text, currency)
    with write_transaction(db):
        count = store.upsert_products(db, products)
        store.append_audit(db, at, actor.staff_id, AuditAction.PRODUCTS_IMPORTED,
                           subject(SubjectKind.COUNT, count), {"count": count})
    return count


def products_csv(products: tuple[Product, ...], currency: str) -> str:
    """The catalogue in the import's own columns, so an exported file imports back."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in products:
        price = format_money(p.price_minor, currency, "en", symbol=False).replace(",", "")
        writer.writerow((p.barcode, p.name, price, p.category, int(p.no_discount),
                         int(p.no_points)))
    return out.getvalue()


def matching(products: tuple[Product, ...], text: str) -> tuple[Product, ...]:
    """Products whose name or barcode holds ``text``, case folded the Unicode way
    ("хлеб" finds "Хлеб"; SQLite's LIKE folds ASCII only)."""
    needle = text.strip().casefold()
    if not needle:
        return products
    return tuple(p for p in products if needle in p.name.casefold() or needle in p.barcode.casefold())

