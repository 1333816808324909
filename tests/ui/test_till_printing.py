"""Receipts from the till: printed after Pay, printed from the preview, reprinted by number with Ctrl+P."""
from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pypdf import PdfReader

from pos.storage import sale_store
from pos.printing.text import label
from tests.pos.test_receipt_escpos import CUT
from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import active_dialog, open_till, press, scan
from ui.till.receipt_dialog import ReceiptDialog
from ui.till.window import TillWindow


NUMBER_MARK = label("receipt_no", "ru").encode("cp866")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def with_printer(seeded: Seeded, device: Path, after_pay: bool = True) -> None:
    seeded.shop.save_settings(dataclasses.replace(
        seeded.shop.settings, receipt_printer="escpos_device", receipt_printer_target=str(device),
        print_after_pay=after_pay, receipt_paper="80mm"))


def sell_loaf(qtbot, w: TillWindow) -> int:
    scan(qtbot, w, "4600000000018")
    press(qtbot, w, Qt.Key.Key_F12)
    pay = active_dialog(qtbot, w)
    qtbot.keyClicks(pay.cash, "500")
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)
    return pay.sale.sale_no


def printed_receipt(device: Path) -> int | None:
    """The number of the receipt the printer last received (each print replaces the file)."""
    if not device.exists():
        return None
    data = device.read_bytes()
    match = re.search(rb"(\d+)\s*\n", data.partition(NUMBER_MARK)[2])
    return int(match.group(1)) if data.endswith(CUT) and match else None


def test_pay_prints_the_receipt_and_shows_no_preview(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    with_printer(seeded, device)
    w = open_till(qtbot, seeded)
    sale_no = sell_loaf(qtbot, w)
    qtbot.waitUntil(lambda: "printed" in w.status.text(), timeout=5000)
    assert w.dialog is None
    status = w.status.text()
    assert f"Sale {sale_no} recorded" in status and "280,00" in status  # the change stays in view
    data = device.read_bytes()
    assert f"{sale_no}".encode() in data and b"Sourdough loaf" in data and data.endswith(CUT)
    assert sale_store.load_sale(seeded.shop.db, sale_no) is not None


def test_ctrl_p_reprints_any_receipt_by_number(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    with_printer(seeded, device)
    w = open_till(qtbot, seeded)
    first = sell_loaf(qtbot, w)
    qtbot.waitUntil(lambda: printed_receipt(device) == first, timeout=5000)
    second = sell_loaf(qtbot, w)
    qtbot.waitUntil(lambda: printed_receipt(device) == second, timeout=5000)
    qtbot.waitUntil(lambda: w.dialog is None and w.isActiveWindow())
    qtbot.keyClick(w.scan, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    ask = active_dialog(qtbot, w)
    assert isinstance(ask, QInputDialog)
    ask.setIntValue(first)
    ask.accept()
    qtbot.waitUntil(lambda: f"Receipt {first} printed" in w.status.text(), timeout=5000)
    assert printed_receipt(device) == first


def test_preview_has_print_and_ctrl_p_prints_from_it(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    with_printer(seeded, device, after_pay=False)
    w = open_till(qtbot, seeded)
    sale_no = sell_loaf(qtbot, w)
    preview = active_dialog(qtbot, w)
    assert isinstance(preview, ReceiptDialog) and not device.exists()
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: printed_receipt(device) == sale_no, timeout=5000)
    qtbot.waitUntil(lambda: "printed" in preview.status.text())
    assert str(sale_no) in preview.status.text()
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    assert w.dialog is None


def test_reprint_without_a_printer_opens_the_preview(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    sale_no = sell_loaf(qtbot, w)
    qtbot.keyClick(active_dialog(qtbot, w), Qt.Key.Key_Return)
    w.printing.reprint_sale(sale_no)
    preview = active_dialog(qtbot, w)
    assert isinstance(preview, ReceiptDialog) and "Sourdough loaf" in pdf_text(preview.pdf)
    preview.print_button.click()
    assert "No receipt printer" in preview.status.text()


def test_the_preview_is_the_printed_receipt_for_a_sale_a_return_and_a_reprint(
        qtbot, seeded: Seeded) -> None:
    """After Pay, after a return and on Ctrl+P the preview shows the very PDF that prints:
    the coupon the sale issued, its tier standing, and a return titled as a refund."""
    from dataclasses import replace as replace_
    from datetime import date

    from loyalty.model.program import CouponIssue, CouponPolicy
    from loyalty.printing.receipts import build_receipt
    from loyalty.program.programs import save_program
    from loyalty.storage import rules_store
    from pos.printing.pdf import receipt_pdf
    from ui.till.return_dialog import ReturnDialog
    shop = seeded.shop
    program = shop.programs.program_for(date(2026, 3, 10))
    save_program(shop.db, replace_(program, coupons=CouponPolicy(CouponIssue(
        min_net_minor=300_00, amount_minor=50_00))), date(2026, 1, 1), shop.clock())
    w = open_till(qtbot, seeded)
    scan(qtbot, w, seeded.anna_card.number)
    scan(qtbot, w, "4607001234561")
    press(qtbot, w, Qt.Key.Key_F12)
    pay = active_dialog(qtbot, w)
    qtbot.keyClicks(pay.cash, "700")
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)
    preview = active_dialog(qtbot, w)
    assert isinstance(preview, ReceiptDialog)
    sale_no = pay.sale.sale_no
    code = rules_store.coupon_issued_on_sale(shop.db, sale_no).code
    printed = build_receipt(shop, sale_no)  # what Ctrl+P would send to the printer
    assert preview.receipt == printed
    assert pdf_text(preview.pdf) == pdf_text(receipt_pdf(printed, shop.settings.receipt_paper))
    text = pdf_text(preview.pdf)
    lang = shop.settings.language
    for part in (code, label("coupon", lang), label("points_earned", lang), shop.settings.name):
        assert part in text, part
    assert preview.pages and "Change: 82,50" in preview.heading.text()  # 700.00 for 617.50
    qtbot.keyClick(preview, Qt.Key.Key_Return)

    press(qtbot, w, Qt.Key.Key_F10)
    ret = active_dialog(qtbot, w)
    assert isinstance(ret, ReturnDialog)
    qtbot.keyClicks(ret.number, str(sale_no))
    qtbot.keyClick(ret.number, Qt.Key.Key_Return)
    qtbot.keyClick(ret.number, Qt.Key.Key_F12)
    preview = active_dialog(qtbot, w)
    assert isinstance(preview, ReceiptDialog) and preview.receipt.kind == "return"
    assert preview.heading.text() == "Pay out in cash: 617,50\u00a0₽"  # paid in cash
    returned = pdf_text(preview.pdf)
    assert label("refund_total", lang) in returned and label("discounts", lang) not in returned
    qtbot.keyClick(preview, Qt.Key.Key_Return)

    w.printing.reprint_sale(sale_no)
    copy = active_dialog(qtbot, w)
    assert copy.receipt == build_receipt(shop, sale_no)
    assert code in pdf_text(copy.pdf) and str(sale_no) in copy.heading.text()
