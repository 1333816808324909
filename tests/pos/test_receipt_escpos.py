"""ESC/POS receipts read back byte by byte: code page, Cyrillic in CP866, columns, coupon barcode, cut; and sending."""
from __future__ import annotations

import re
import socket
import threading
from pathlib import Path

import pytest

from pos.printing.receipt import (
    DiscountLine, IssuedCoupon, LoyaltyBlock, Payment, Receipt, ReceiptLine, Totals)
from pos.printing.escpos import (
    CP866, CP1251, COLUMNS, PrinterUnavailable, receipt_escpos, send_escpos)
from pos.printing.targets import DevicePrinter, NetworkPrinter, SerialPrinter, UsbPrinter

SHOP = "Пекарня «Жаворонок»"
CUT = b"\x1dV\x00"  # GS V 0: full cut
STYLE = re.compile(rb"\x1b[!Ea].|\x1bd.")  # print mode, bold, align, feed


def receipt(language: str = "ru") -> Receipt:
    lines = (ReceiptLine("Круассан с миндалём и шоколадной начинкой", 2, 120_00, 24_00, 216_00),
             ReceiptLine("Сигареты", 1, 1_250_00, 0, 1_250_00))
    return Receipt(
        kind="sale", number="000123", time_text="14.03.2025 14:05", cashier="Иванова А.",
        lines=lines, totals=Totals(1_490_00, 24_00, 1_466_00),
        discounts=(DiscountLine("Уровень «Золото» 10 %", 24_00),),
        payments=(Payment("Наличные", 1_466_00, 2_000_00, 534_00),),
        header_lines=(SHOP,), footer_lines=("Спасибо!",), not_fiscal=True,
        loyalty=LoyaltyBlock("•••••••••8903", points_earned=146, balance_points=12_450),
        coupon=IssuedCoupon("SPRING-7Q4K", "Скидка 10 %"), language=language)


def printed_lines(data: bytes, codec: str = "cp866") -> list[str]:
    """The text a person would read: style commands dropped, the barcode command cut out."""
    before_barcode, _, after = data.partition(b"\x1dk")
    after = after[after.index(b"\n"):] if after else b""
    body = STYLE.sub(b"", (before_barcode + after).removeprefix(b"\x1b@").removesuffix(CUT))
    body = re.sub(rb"\x1bt.", b"", body)
    body = re.sub(rb"\x1dh.|\x1dw.|\x1dH.|\x1df.", b"", body)
    return body.decode(codec).strip("\n").split("\n")


def test_stream_initialises_selects_cp866_and_ends_with_a_cut() -> None:
    data = receipt_escpos(receipt(), "80mm")
    assert data.startswith(b"\x1b@" + b"\x1bt\x11")  # ESC @, then ESC t 17 (PC866)
    assert data.endswith(CUT)


def test_cyrillic_is_encoded_in_cp866_not_utf8() -> None:
    data = receipt_escpos(receipt(), "58mm")
    assert "Пекарня".encode("cp866") in data
    assert "Круассан с миндалём".encode("cp866") in data
    assert "Пекарня".encode("utf-8") not in data
    assert "Уровень \"Золото\" 10 %".encode("cp866") in data  # «» are not in CP866


@pytest.mark.parametrize("paper", ["58mm", "80mm"])
def test_every_line_fits_the_paper_and_amounts_are_right_aligned(paper: str) -> None:
    columns = COLUMNS[paper]
    lines = printed_lines(receipt_escpos(receipt(), paper))
    assert all(len(line) <= columns for line in lines)
    total = next(line for line in lines if line.startswith("ИТОГО"))
    assert total.endswith("1 466,00 р.") and len(total) == columns
    card = next(line for line in lines if line.startswith("Карта"))
    assert card.endswith("*********8903") and len(card) == columns
    assert "-" * columns in lines


def test_signs_missing_from_the_code_page_are_replaced_readably() -> None:
    text = "\n".join(printed_lines(receipt_escpos(receipt(), "80mm")))
    assert "-24,00" in text.replace("−", "?")
    assert "₽" not in text and "?" not in text


def test_coupon_is_printed_as_a_code128_barcode() -> None:
    data = receipt_escpos(receipt(), "58mm")
    # GS k 73 n {B data: Code 128 (function B) with code set B selected.
    assert b"\x1dkI\x0d{BSPRING-7Q4K" in data


def test_another_code_page_is_selected_and_used() -> None:
    data = receipt_escpos(receipt(), "80mm", code_page=CP1251)
    assert data.startswith(b"\x1b@\x1bt\x2e")
    assert "Пекарня".encode("cp1251") in data and "Пекарня".encode("cp866") not in data
    assert printed_lines(data, "cp1251")[0].strip() == SHOP  # CP1251 has the «» that CP866 lacks


def test_english_receipt_prints_english_labels() -> None:
    lines = printed_lines(receipt_escpos(receipt("en"), "80mm"))
    assert any(line.startswith("TOTAL") for line in lines)


def test_send_to_a_device_file_writes_the_exact_bytes(tmp_path: Path) -> None:
    data = receipt_escpos(receipt(), "80mm", CP866)
    target = tmp_path / "lp0"
    send_escpos(data, DevicePrinter(str(target)))
    assert target.read_bytes() == data


def test_send_to_a_network_printer_delivers_the_bytes_on_its_port() -> None:
    data = receipt_escpos(receipt(), "58mm")
    received = bytearray()
    with socket.create_server(("127.0.0.1", 0)) as server:
        def accept() -> None:
            connection, _ = server.accept()
            with connection:
                while chunk := connection.recv(4096):
                    received.extend(chunk)
        listener = threading.Thread(target=accept)
        listener.start()
        send_escpos(data, NetworkPrinter("127.0.0.1", server.getsockname()[1], timeout_s=5))
        listener.join(timeout=5)
    assert bytes(received) == data


def test_unreachable_printers_raise_printer_unavailable(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        closed_port = probe.getsockname()[1]
    targets = (NetworkPrinter("127.0.0.1", closed_port, timeout_s=2),
               DevicePrinter(str(tmp_path / "no" / "such" / "device")),
               UsbPrinter(0x0416, 0x5011), SerialPrinter("/dev/nonexistent-tty"))
    for target in targets:
        with pytest.raises(PrinterUnavailable) as caught:
            send_escpos(b"\x1b@", target)
        assert caught.value.target == target
