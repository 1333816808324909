"""The shop's logo lives in the database: chosen files are checked, an old path setting is copied in, address and tax id head every receipt."""
from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from loyalty.shop import open_shop
from pos.printing.pdf import receipt_pdf
from pos.printing.escpos import CP866, receipt_escpos
from pos.printing.trial_print import test_receipt
from pos.settings.logo import MAX_LOGO_BYTES, LogoError, read_logo_file
from pos.settings.model import receipt_header_lines
from pos.storage import store
from pos.storage.db import write_transaction
from tests.pos.test_settings_service import NOW, png_bytes


@pytest.mark.parametrize(("content", "reason"), [
    (None, "no_such_file"),
    (b"GIF89a not ours", "not_an_image"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "not_an_image"),  # the signature, then garbage
    (b"\xff\xd8\xff" + b"\0" * MAX_LOGO_BYTES, "too_large"),
])
def test_a_file_that_is_no_sound_logo_is_refused(tmp_path: Path, content: bytes | None,
                                                  reason: str) -> None:
    path = tmp_path / "logo.png"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LogoError) as refused:
        read_logo_file(path)
    assert (refused.value.reason, refused.value.path) == (reason, str(path))


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_png_and_jpeg_are_read_whole(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"logo.{kind.lower()}"
    path.write_bytes(png_bytes(kind=kind))
    assert read_logo_file(path) == path.read_bytes()


def test_an_old_logo_path_is_copied_into_the_database_on_first_open(tmp_path: Path,
                                                                    clock) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    db_path = tmp_path / "shop.db"
    shop = open_shop(db_path, clock)
    with write_transaction(shop.db):  # what a shop saved before the logo moved in
        shop.db.execute("INSERT INTO settings (key, value) VALUES ('logo_path', ?)", [str(logo)])
    shop.close()
    shop = open_shop(db_path, clock)
    try:
        assert shop.settings.logo == logo.read_bytes()
        assert store.setting_text(shop.db, "logo_path") is None
        logo.unlink()  # the file can go now: the shop keeps its own copy
    finally:
        shop.close()
    shop = open_shop(db_path, clock)
    try:
        assert shop.settings.logo == png_bytes()
    finally:
        shop.close()


def test_an_old_path_to_a_missing_file_waits_and_changes_nothing(tmp_path: Path, clock) -> None:
    db_path = tmp_path / "shop.db"
    shop = open_shop(db_path, clock)
    with write_transaction(shop.db):
        shop.db.execute("INSERT INTO settings (key, value) VALUES ('logo_path', '/gone/logo.png')")
    shop.close()
    shop = open_shop(db_path, clock)
    try:
        assert shop.settings.logo == b""
        assert store.setting_text(shop.db, "logo_path") == "/gone/logo.png"
    finally:
        shop.close()


def test_address_and_tax_id_head_the_receipt_in_pdf_and_escpos(shop) -> None:
    settings = replace(shop.settings, name="Пекарня «Колосок»",
                       shop_address="ул. Ленина, 12\nМосква", tax_id="7701234567",
                       receipt_header="Добро пожаловать")
    assert receipt_header_lines(settings, "ИНН") == (
        "Пекарня «Колосок»", "ул. Ленина, 12", "Москва", "ИНН 7701234567", "Добро пожаловать")
    receipt = test_receipt(settings, NOW)
    text = " ".join(PdfReader(io.BytesIO(receipt_pdf(receipt, "80mm"))).pages[0]
                    .extract_text().split())
    assert "ул. Ленина, 12 Москва ИНН 7701234567 Добро пожаловать" in text
    escpos = receipt_escpos(receipt, "80mm", CP866)
    assert "ИНН 7701234567".encode("cp866") in escpos and "Москва".encode("cp866") in escpos


def test_english_receipts_say_tax_id(shop) -> None:
    settings = replace(shop.settings, language="en", tax_id="GB123456789")
    assert "Tax ID GB123456789" in test_receipt(settings, NOW).header_lines
