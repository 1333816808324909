"""Receipt output per settings: ESC/POS bytes to a device file, nothing for 'none', a sentence for a dead printer."""
from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from loyalty.printing.receipts import build_receipt
from pos.storage import sale_store, store
from tests.builders import basket_with, sell
from tests.pos.test_receipt_escpos import CUT, receipt
from tests.ui.conftest import PRODUCTS, Seeded
from pos.settings.service import validate
from tests.pos.test_printer_targets import PAIRS, verdict
from ui.widgets import receipt_output
from ui.widgets.receipt_output import ReceiptOutput
from ui.widgets.system_printer import pdf_printer


def configured(seeded: Seeded, **changes: object) -> ReceiptOutput:
    seeded.shop.save_settings(dataclasses.replace(seeded.shop.settings, **changes))
    return ReceiptOutput(lambda: seeded.shop.settings)


def a_sale(seeded: Seeded) -> int:
    product = store.product_by_barcode(seeded.shop.db, PRODUCTS[0].barcode)
    return sell(seeded.shop, basket_with(seeded.shop, (product, 2))).sale_no


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("code_page, number, codec", [("cp866", 17, "cp866"),
                                                       ("cp1251", 46, "cp1251")])
def test_escpos_to_a_device_file_writes_code_page_text_and_cut(
        qtbot, seeded: Seeded, tmp_path: Path, code_page: str, number: int, codec: str) -> None:
    device = tmp_path / "lp0"
    output = configured(seeded, receipt_printer="escpos_device",
                        receipt_printer_target=str(device), receipt_code_page=code_page,
                        receipt_paper="58mm", name="Пекарня")
    sale_no = a_sale(seeded)
    outcome = output.print_now(build_receipt(seeded.shop, sale_no))
    assert outcome.printed and not outcome.error
    assert str(sale_no) in outcome.message
    data = device.read_bytes()
    assert data.startswith(b"\x1b@\x1bt" + bytes([number]))
    assert data.endswith(CUT)
    assert "Пекарня".encode(codec) in data and b"Croissant" in data


def test_none_prints_nothing(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    output = configured(seeded, receipt_printer="none",
                        receipt_printer_target=str(tmp_path / "lp0"))
    outcome = output.print_now(build_receipt(seeded.shop, a_sale(seeded)))
    assert not outcome.printed and not outcome.error and outcome.message == ""
    assert not (tmp_path / "lp0").exists()


def test_unreachable_network_printer_is_a_sentence_and_the_sale_stays(qtbot, seeded: Seeded) -> None:
    port = free_port()
    output = configured(seeded, receipt_printer="escpos_network",
                        receipt_printer_target=f"127.0.0.1:{port}")
    sale_no = a_sale(seeded)
    outcomes = []
    output.print_later(build_receipt(seeded.shop, sale_no), outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    # the thread's own finish is still queued: let it run before the output is destroyed with
    # its child thread (destroying a running QThread aborts the process)
    output.wait()
    qtbot.waitUntil(lambda: not output._threads)
    outcome = outcomes[0]
    assert outcome.error and not outcome.printed
    assert f"127.0.0.1:{port}" in outcome.message and "did not respond" in outcome.message
    assert f"reprint receipt {sale_no} with Ctrl+P" in outcome.message
    assert sale_store.load_sale(seeded.shop.db, sale_no) is not None


def test_a_bad_address_says_so(qtbot, seeded: Seeded) -> None:
    output = configured(seeded, receipt_printer="escpos_usb", receipt_printer_target="printer")
    outcome = output.print_now(receipt())
    assert outcome.error and "“printer” is not valid" in outcome.message


def test_missing_system_printer_names_it(qtbot, seeded: Seeded) -> None:
    output = configured(seeded, receipt_printer="system", receipt_printer_target="Kitchen Epson")
    outcome = output.print_now(receipt())
    assert outcome.error and "“Kitchen Epson” is not installed" in outcome.message


def test_system_printer_paints_the_receipt_rows_as_text(qtbot, seeded: Seeded,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "receipt.pdf"
    output = configured(seeded, receipt_printer="system", receipt_paper="58mm")
    output.make_printer = lambda _name: pdf_printer(str(target))
    assert output.print_now(receipt()).printed
    page = pdfium.PdfDocument(str(target))[0]
    width_pt, _ = page.get_size()
    assert round(width_pt * 25.4 / 72) == 58
    text = page.get_textpage().get_text_range()
    for expected in ("Пекарня «Жаворонок»", "ИТОГО", "1 466,00", "Не является фискальным"):
        assert expected in text.replace("\u00a0", " ")


@pytest.mark.parametrize(("kind", "text"), PAIRS)
def test_the_till_gives_every_target_the_settings_verdict(qtbot, seeded: Seeded, monkeypatch,
                                                          kind: str, text: str) -> None:
    """The till refuses exactly the targets the settings refuse, and prints to the same
    printer (the bytes are caught at the wire, the parsing is the till's own)."""
    sent: list[object] = []
    monkeypatch.setattr(receipt_output, "send_escpos", lambda _data, target: sent.append(target))
    output = configured(seeded, receipt_printer=kind, receipt_printer_target=text)
    settings_refuse = any(e.field == "receipt_printer_target"
                          for e in validate(seeded.shop.settings))
    outcome = output.print_now(receipt())
    assert outcome.error == settings_refuse
    assert (sent == []) == settings_refuse
    if not settings_refuse:
        assert sent == [verdict(kind, text)] and outcome.printed
    else:
        assert "is not valid" in outcome.message
