"""The settings tab: an owner's save is stored and audited, bad fields are explained, a cashier is refused."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pos.storage import store
from pos.staff.pins import add_staff
from ui.office.settings import SettingsTab

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


@pytest.fixture
def owner(shop):
    return add_staff(shop.db, "Boris", "owner", "9999", NOW)


@pytest.fixture
def tab(qtbot, shop, owner):
    widget = SettingsTab(shop, owner)
    qtbot.addWidget(widget)
    return widget


def _choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_owner_saves_and_it_is_audited(qtbot, tab, shop) -> None:
    tab.name.setText("Пекарня «Колосок»")
    tab.footer.setPlainText("Спасибо за покупку!")
    _choose(tab.card_prefix, "25")
    _choose(tab.negative_policy, "deduct_from_refund")
    tab.pin_for_return.setChecked(True)
    tab.save_button.click()
    saved = store.load_settings(shop.db)
    assert (saved.name, saved.receipt_footer, saved.card_prefix) == (
        "Пекарня «Колосок»", "Спасибо за покупку!", "25")
    assert saved.negative_balance_policy == "deduct_from_refund" and saved.manager_pin_for_return
    assert tab.status.text() == "Settings saved."
    (entry,) = store.audit_entries(shop.db)
    assert (entry.staff_name, entry.action) == ("Boris", "settings_changed")
    assert set(entry.detail) == {"name", "receipt_footer", "card_prefix",
                                 "negative_balance_policy", "manager_pin_for_return"}


def test_bad_fields_are_explained_and_nothing_is_saved(qtbot, tab, shop) -> None:
    before = store.load_settings(shop.db)
    tab.name.clear()
    tab.timezone.setEditText("Mars/Olympus")
    _choose(tab.printer, "escpos_network")
    tab.target.setText("10.0.0.5:port")
    tab.save_button.click()
    text = tab.status.text()
    assert "Name: fill this in." in text and "unknown time zone" in text
    assert "the port must be a number" in text
    assert tab.name.styleSheet() and tab.target.styleSheet() and not tab.footer.styleSheet()
    assert store.load_settings(shop.db) == before and store.audit_entries(shop.db) == ()


def test_a_cashier_cannot_save(qtbot, shop, owner) -> None:
    cashier = add_staff(shop.db, "Ivan", "cashier", "2222", NOW)
    tab = SettingsTab(shop, cashier)
    qtbot.addWidget(tab)
    before = store.load_settings(shop.db)
    tab.name.setText("Ivan's shop")
    tab.save_button.click()
    assert tab.status.text() == "Only an owner can change the settings."
    assert store.load_settings(shop.db) == before


def test_test_print_writes_to_the_device_off_the_gui_thread(qtbot, tab, tmp_path) -> None:
    out = tmp_path / "lp0"
    _choose(tab.printer, "escpos_device")
    tab.target.setText(str(out))
    _choose(tab.code_page, "cp1251")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.test_button.isEnabled(), timeout=5000)
    data = out.read_bytes()
    assert "Пробная печать".encode("cp1251") in data and b"\x1bt\x2e" in data
    assert "test receipt was sent" in tab.status.text()


def test_test_print_reports_an_unreachable_printer(qtbot, tab) -> None:
    _choose(tab.printer, "escpos_device")
    tab.target.setText("/nonexistent/dir/lp0")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.test_button.isEnabled(), timeout=5000)
    assert tab.status.text().startswith("The printer did not print")


def test_a4_on_a_thermal_printer_is_refused_before_printing(qtbot, tab) -> None:
    _choose(tab.printer, "escpos_device")
    tab.target.setText("/dev/null")
    _choose(tab.paper, "a4")
    tab.test_button.click()
    assert "A4 needs a system printer" in tab.status.text()


def test_a_logo_is_copied_in_and_outlives_its_file(qtbot, tab, shop, owner, tmp_path,
                                                   monkeypatch) -> None:
    from pypdf import PdfReader
    from tests.pos.test_settings_service import png_bytes
    from ui.office import settings as settings_ui
    from ui.office.cards import CardPrintingTab
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    monkeypatch.setattr(settings_ui, "choose_open", lambda *_args: logo)
    tab.choose_button.click()
    tab.address.setPlainText("ул. Ленина, 12, Москва")
    tab.tax_id.setText("1234567890")  # a mistyped INN: refused with its reason, nothing saved
    tab.save_button.click()
    assert "INN" in tab.status.text() and "add up" in tab.status.text(), tab.status.text()
    assert store.load_settings(shop.db).tax_id == ""
    tab.tax_id.setText("7707083893")
    _choose(tab.colour, "#8c2f39")
    tab.save_button.click()
    assert tab.status.text() == "Settings saved.", tab.status.text()
    logo.unlink()
    saved = store.load_settings(shop.db)
    assert saved.logo == png_bytes() and saved.tax_id == "7707083893"
    assert saved.shop_colour == "#8c2f39"
    cards = CardPrintingTab(shop, owner)
    qtbot.addWidget(cards)
    assert not cards.preview.logo.isNull()
    pdf = tmp_path / "cards.pdf"
    cards.start(cards.request(pdf))
    qtbot.waitUntil(lambda: not cards.progress.running, timeout=30_000)
    page = PdfReader(pdf).pages[0]
    assert [x for x in page["/Resources"]["/XObject"].values()
            if x.get_object()["/Subtype"] == "/Image"]
    tab.remove_button.click()
    tab.save_button.click()
    assert store.load_settings(shop.db).logo == b""


def test_a_file_that_is_no_image_is_refused_when_chosen(qtbot, tab, shop, tmp_path,
                                                        monkeypatch) -> None:
    from ui.office import settings as settings_ui
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n but only text")
    monkeypatch.setattr(settings_ui, "choose_open", lambda *_args: fake)
    tab.choose_button.click()
    assert tab.status.text() == "Logo: choose a PNG or JPEG image."
    assert tab.logo_bytes == b"" and not tab.remove_button.isEnabled()
