"""The system printer paints the same loyalty block: tier, distance, stamps, and the coupon as
vector bars that decode back to its code."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

from loyalty.printing.receipts import build_receipt
from loyalty.storage import rules_store
from tests.loyalty.test_receipt_loyalty import coupon_sale
from tests.loyalty.test_till import till  # noqa: F401 (fixture)
from ui.widgets.system_printer import pdf_printer, print_receipt


def test_the_system_printer_prints_the_loyalty_block_and_a_coupon_that_decodes(
        qtbot, till, tmp_path: Path) -> None:  # noqa: F811 (fixture)
    sale = coupon_sale(till, "en")
    code = rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no).code
    target = tmp_path / "printed.pdf"
    print_receipt(build_receipt(till.shop, sale.sale_no), pdf_printer(str(target)), "80mm")
    page = pdfium.PdfDocument(str(target))[0]
    text = page.get_textpage().get_text_range().replace("\u00a0", " ")
    for expected in ("Silver", "950.00 more to Gold", "Coffee card: 3 of 4", code):
        assert expected in text, expected
    image = page.render(scale=300 / 72).to_pil().convert("L")
    assert [(r.text, r.format) for r in zxingcpp.read_barcodes(image)] == [
        (code, zxingcpp.BarcodeFormat.Code128)]
