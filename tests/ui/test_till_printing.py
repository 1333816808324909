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
