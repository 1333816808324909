"""Settings: each bad field is reported as data, a good save is written and audited, owners only."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PIL import Image

from pos.storage import store
from pos.printing.trial_print import print_test, test_receipt
from pos.printing.escpos import PrinterUnavailable
from pos.settings.logo import LogoError, read_logo_file
from pos.settings.service import FieldError, save, validate
from pos.staff.pins import add_staff

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


def png_bytes(size: tuple[int, int] = (120, 40), kind: str = "PNG") -> bytes:
    """A real small picture: two colour blocks on white."""
    picture = Image.new("RGB", size, "white")
    picture.paste((180, 60, 30), (4, 4, size[0] // 2 - 2, size[1] - 4))
    picture.paste((30, 90, 160), (size[0] // 2 + 2, 4, size[0] - 4, size[1] - 4))
    buffer = io.BytesIO()
    picture.save(buffer, kind)
    return buffer.getvalue()


@pytest.mark.parametrize(("change", "field", "reason"), [
    ({"name": "  "}, "name", "required"),
    ({"card_prefix": "19"}, "card_prefix", "not_allowed"),
    ({"card_prefix": "2a"}, "card_prefix", "not_allowed"),
    ({"timezone": "Mars/Olympus"}, "timezone", "unknown_timezone"),
    ({"currency": "XYZ"}, "currency", "not_allowed"),
    ({"language": "de"}, "language", "not_allowed"),
    ({"logo": b"\x89PNG\r\n\x1a\n not really"}, "logo", "not_an_image"),
    ({"logo": b"\xff\xd8\xff" + b"\0" * (1024 * 1024)}, "logo", "too_large"),
    ({"shop_address": "a\nb\nc\nd"}, "shop_address", "too_many_lines"),
    ({"tax_id": "77<01>"}, "tax_id", "bad_tax_id"),
    ({"shop_colour": "blue"}, "shop_colour", "bad_colour"),
    ({"card_design": "fancy"}, "card_design", "not_allowed"),
    ({"receipt_footer": "x" * 501}, "receipt_footer", "too_long"),
    ({"receipt_printer": "escpos_network", "receipt_printer_target": ""},
     "receipt_printer_target", "target_required"),
    ({"receipt_printer": "escpos_usb", "receipt_printer_target": "printer"},
     "receipt_printer_target", "bad_usb_id"),
    ({"receipt_printer": "escpos_network", "receipt_printer_target": "10.0.0.5:port"},
     "receipt_printer_target", "bad_port"),
    ({"receipt_printer": "escpos_device", "receipt_printer_target": "/dev/usb/lp0",
      "receipt_paper": "a4"}, "receipt_paper", "a4_needs_system_printer"),
    ({"negative_balance_policy": "whatever"}, "negative_balance_policy", "not_allowed"),
])
def test_bad_fields_are_reported(shop, change, field, reason) -> None:
    errors = validate(replace(shop.settings, **change))
    assert [(e.field, e.reason) for e in errors] == [(field, reason)]


def test_owner_saves_and_the_change_is_audited(shop, clock, tmp_path) -> None:
    owner = add_staff(shop.db, "Ольга", "owner", "1111", NOW)
    logo = png_bytes()
    new = replace(shop.settings, name="Пекарня у дома", card_prefix="23", logo=logo,
                  manager_pin_for_void=True)
    result = save(shop, owner, new, NOW)
    assert result.saved and set(result.changed) == {"name", "card_prefix", "logo",
                                                    "manager_pin_for_void"}
    assert store.load_settings(shop.db) == new == shop.settings
    (entry,) = store.audit_entries(shop.db)
    assert (entry.staff_name, entry.action) == ("Ольга", "settings_changed")
    assert entry.detail["card_prefix"] == ["29", "23"]
    # the audit names the new logo by size and digest, it does not copy the picture
    assert entry.detail["logo"][0] == "" and entry.detail["logo"][1].startswith(
        f"{len(logo)} bytes sha256:")


def test_invalid_or_unauthorised_saves_change_nothing(shop) -> None:
    before = store.load_settings(shop.db)
    owner = add_staff(shop.db, "Ольга", "owner", "1111", NOW)
    cashier = add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    bad = save(shop, owner, replace(before, card_prefix="31", name=""), NOW)
    assert {e.field for e in bad.errors} == {"card_prefix", "name"}
    refused = save(shop, cashier, replace(before, name="Cashier's shop"), NOW)
    assert refused.errors == (FieldError("staff", "owner_only", "cashier"),)
    assert store.load_settings(shop.db) == before and store.audit_entries(shop.db) == ()


def test_a_form_save_never_rolls_back_the_last_backup_time(shop) -> None:
    owner = add_staff(shop.db, "Ольга", "owner", "1111", NOW)
    shop.save_settings(replace(shop.settings, last_backup_at="2026-02-28T10:00:00.000000Z"))
    save(shop, owner, replace(shop.settings, name="New", last_backup_at=""), NOW)
    assert store.load_settings(shop.db).last_backup_at == "2026-02-28T10:00:00.000000Z"


def test_test_print_goes_to_the_device_in_the_code_page(shop, tmp_path) -> None:
    out = tmp_path / "printer.bin"
    settings = replace(shop.settings, receipt_printer="escpos_device",
                       receipt_printer_target=str(out), receipt_code_page="cp866",
                       receipt_header="ул. Ленина, 1")
    data = print_test(settings, NOW)
    assert out.read_bytes() == data
    assert b"\x1bt\x11" in data and b"\x1dV" in data  # CP866 selected, paper cut
    assert "Пробная печать".encode("cp866") in data and "ул. Ленина, 1".encode("cp866") in data
    assert test_receipt(replace(settings, language="en"), NOW).header_lines[-1] == "*** Test print ***"


@pytest.mark.parametrize(("kind", "target", "reason"), [
    ("none", "", "no_printer"), ("system", "", "system_printer"), ("escpos_usb", "x", "bad_target")])
def test_test_print_explains_why_it_cannot_print(shop, kind, target, reason) -> None:
    with pytest.raises(PrinterUnavailable) as error:
        print_test(replace(shop.settings, receipt_printer=kind, receipt_printer_target=target), NOW)
    assert error.value.reason == reason


def test_unreachable_printer_is_reported(shop) -> None:
    settings = replace(shop.settings, receipt_printer="escpos_device",
                       receipt_printer_target="/nonexistent/dir/lp0")
    with pytest.raises(PrinterUnavailable):
        print_test(settings, NOW)


def test_the_shops_own_file_is_no_logo_and_no_printer(tmp_path, clock) -> None:
    from loyalty.shop import open_shop
    from pos.printing.escpos import PrinterUnavailable, send_escpos
    from pos.printing.targets import DevicePrinter
    odd = open_shop(tmp_path / "logo.png", clock)  # a shop file with an image's name
    try:
        with pytest.raises(LogoError) as refused:
            read_logo_file(tmp_path / "logo.png")
        assert refused.value.reason == "is_database"
        size = (tmp_path / "logo.png").stat().st_size
        with pytest.raises(PrinterUnavailable):  # a "device" that is the database: refused
            send_escpos(b"\x1b@", DevicePrinter(str(tmp_path / "logo.png-wal")))
        assert (tmp_path / "logo.png").stat().st_size == size
    finally:
        odd.close()


def test_another_processes_settings_are_seen_by_a_running_shop(shop, db_path) -> None:
    import subprocess
    import sys
    shop.settings  # cached
    code = ("import sys; sys.path.insert(0, sys.argv[2]); from dataclasses import replace; "
            "from loyalty.shop import open_shop; s = open_shop(sys.argv[1]); "
            "s.save_settings(replace(s.settings, name='Saved elsewhere')); s.close()")
    root = str(__import__("pathlib").Path(__file__).resolve().parents[2])
    subprocess.run([sys.executable, "-c", code, str(db_path), root], check=True, timeout=60)
    assert shop.settings.name == "Saved elsewhere"
