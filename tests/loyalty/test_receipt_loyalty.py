"""The receipt of a committed sale carries the whole loyalty block: tier, the way to the next
tier, stamp progress and the next-visit coupon the sale issued — on PDF (text extracted, the
coupon barcode decoded) and on ESC/POS (the Code 128 command with the code)."""
from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from loyalty.printing.receipts import build_receipt
from loyalty.storage import rules_store
from pos.printing.escpos import receipt_escpos
from pos.printing.pdf import receipt_pdf
from pos.printing.text import AmountRow, TextRow, label, receipt_rows
from pos.storage.db import write_transaction
from tests.loyalty.test_till import (ROOT, BREAD, COFFEE, anna, pay_by_card,  # noqa: F401
                                     till)


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())  # narrow rolls wrap: compare with breaks folded


def decoded(pdf: bytes) -> list[tuple[str, zxingcpp.BarcodeFormat]]:
    image = pdfium.PdfDocument(pdf)[0].render(scale=300 / 72).to_pil().convert("L")
    return [(r.text, r.format) for r in zxingcpp.read_barcodes(image)]


def coupon_sale(till, language: str):
    """Anna (Silver) buys two loaves and three coffees for 1,050.00: the receipt earns the
    100.00 coupon, she is 950.00 short of Gold, and has 3 of 4 coffee stamps."""
    shop = till.shop
    shop.save_settings(replace(shop.settings, language=language))
    till.enter_code(anna(till))
    for code in (BREAD.barcode, BREAD.barcode, COFFEE.barcode, COFFEE.barcode, COFFEE.barcode):
        till.enter_code(code)
    return pay_by_card(till)


@pytest.mark.parametrize("paper", ["58mm", "80mm", "a4"])
@pytest.mark.parametrize("language, tier, distance, stamps", [
    ("ru", "Уровень Silver", "До уровня «Gold»: ещё 950,00", "«Coffee card»: 3 из 4"),
    ("en", "Tier Silver", "950.00 more to Gold", "Coffee card: 3 of 4"),
])
def test_the_pdf_receipt_shows_tier_distance_stamps_and_the_coupon_that_decodes(
        till, paper: str, language: str, tier: str, distance: str, stamps: str) -> None:
    sale = coupon_sale(till, language)
    coupon = rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no)
    assert coupon is not None
    receipt = build_receipt(till.shop, sale.sale_no)
    pdf = receipt_pdf(receipt, paper)
    text = pdf_text(pdf)
    for part in (tier, distance, stamps, coupon.code, label("coupon", language)):
        assert part in text, (part, text)
    assert decoded(pdf) == [(coupon.code, zxingcpp.BarcodeFormat.Code128)]


def test_escpos_prints_the_coupon_as_a_code128_command(till) -> None:
    sale = coupon_sale(till, "ru")
    code = rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no).code
    data = receipt_escpos(build_receipt(till.shop, sale.sale_no), "80mm")
    # GS k 73 n {B data: Code 128, code set B
    assert b"\x1dkI" + bytes([len(code) + 2]) + b"{B" + code.encode() in data
    assert "Silver".encode("cp866") in data and "950,00".encode("cp866") in data


def test_a_sale_without_a_coupon_prints_no_coupon_and_a_phone_sale_no_card_row(till) -> None:
    shop = till.shop
    anna(till)
    till.enter_code("+7 916 123-45-67")  # by phone: no card
    till.enter_code(COFFEE.barcode)
    sale = pay_by_card(till)
    receipt = build_receipt(shop, sale.sale_no)
    assert receipt.coupon is None and receipt.loyalty is not None
    rows = receipt_rows(receipt)
    assert not any(isinstance(r, AmountRow) and r.label == label("card", "ru") for r in rows)
    assert any(isinstance(r, TextRow) and "1 из 4" in r.text for r in rows)


def test_a_return_receipt_has_no_empty_discounts_heading(till) -> None:
    sale = coupon_sale(till, "en")
    assert sale.discount_minor == 0
    # a coupon makes a discounted sale; the return of it carries the amount, not the reasons
    till.enter_code(BREAD.barcode)
    till.enter_code(BREAD.barcode)
    till.enter_code(rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no).code)
    discounted = pay_by_card(till)
    assert discounted.discount_minor == 100_00
    ret = till.make_return(till.quote_return(discounted.sale_no), "card")
    rows = receipt_rows(build_receipt(till.shop, ret.sale_no))
    amounts = {r.label: r.amount for r in rows if isinstance(r, AmountRow)}
    assert label("discounts", "en") + ":" not in amounts  # no heading without reasons
    assert amounts[label("discount", "en")] == "−100.00"
    assert "500.00" in amounts[label("refund_total", "en")]


def test_a_reprint_shows_the_standing_as_it_was_at_the_sale_not_as_it_is_today(
        till, tmp_path) -> None:
    """Sale 1 leaves Anna Silver, 950.00 short of Gold, 3 of 4 stamps and 52 points; later
    sales make her Gold, fill her card and raise her balance.  Reprinting sale 1 — the PDF
    and, through the real command line, the ESC/POS bytes — still shows sale 1's standing."""
    first = coupon_sale(till, "en")
    code = rules_store.coupon_issued_on_sale(till.shop.db, first.sale_no).code
    for barcode in (BREAD.barcode,) * 4 + (COFFEE.barcode,):
        till.enter_code(barcode)
    till.enter_code(first.customer_ref)
    later = pay_by_card(till)
    today = build_receipt(till.shop, later.sale_no).loyalty
    assert (today.tier, today.balance_points) == ("Gold", 52 + 67)  # the later sale's own view
    text = pdf_text(receipt_pdf(build_receipt(till.shop, first.sale_no), "80mm"))
    for part in ("Tier Silver", "950.00 more to Gold", "Coffee card: 3 of 4", code):
        assert part in text, (part, text)
    assert "Tier Gold" not in text and "4 of 4" not in text
    assert "Points balance 52" in text, text
    out = tmp_path / "first.bin"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "receipt", str(first.sale_no),
                             "--db", str(till.shop.path), "--escpos", str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert b"Silver" in data and "950.00".encode("cp866") in data and b"Gold" in data
    assert b"Tier Gold" not in data and b"3 of 4" in data


def test_a_sale_from_before_standings_were_kept_reprints_with_todays_standing(till) -> None:
    first = coupon_sale(till, "en")
    with write_transaction(till.shop.db):  # as a sale made before migration m009 left it
        till.shop.db.execute("DELETE FROM receipt_standings WHERE sale_no = ?", [first.sale_no])
    for barcode in (BREAD.barcode,) * 4:
        till.enter_code(barcode)
    till.enter_code(first.customer_ref)
    pay_by_card(till)
    block = build_receipt(till.shop, first.sale_no).loyalty
    assert (block.tier, block.balance_points) == ("Gold", 52 + 60)
