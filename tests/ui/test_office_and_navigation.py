"""The back office and reports reached from the till by role; the coupons screen."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pypdfium2 as pdfium
import zxingcpp
from PySide6.QtCore import Qt

from builders import points_program
from loyalty.storage import rules_store
from loyalty.model.program import CouponPolicy
from loyalty.program.programs import save_program
from pos.staff.pins import add_staff
from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import open_till
from ui.office import coupons as coupons_ui
from ui.office.coupons import CouponsTab
from ui.office.window import OFFICE_TABS, OfficeWindow
from ui.reports.window import ReportsWindow


def test_owner_opens_every_office_screen(qtbot, seeded: Seeded) -> None:
    window = OfficeWindow(seeded.shop, seeded.owner)
    qtbot.addWidget(window)
    assert window.tabs.count() == len(OFFICE_TABS)


def test_the_till_shows_each_role_its_doors(qtbot, seeded: Seeded) -> None:
    till = open_till(qtbot, seeded)  # logged in as the cashier
    assert not till.navigation.office_button.isVisibleTo(till)
    till.navigation.open_office()
    assert till.navigation.opened is None and "owner" in till.status.text().lower()
    till.till.staff = seeded.owner
    till.refresh()
    assert till.navigation.office_button.isVisibleTo(till)
    till.navigation.open_office()
    assert isinstance(till.navigation.opened, OfficeWindow)
    till.navigation.opened.close()
    bookkeeper = add_staff(seeded.shop.db, "Мария", "bookkeeper", "3333", seeded.shop.clock())
    till.till.staff = bookkeeper
    till.refresh()
    assert not till.navigation.office_button.isVisibleTo(till)
    till.navigation.open_reports()
    assert isinstance(till.navigation.opened, ReportsWindow)
    till.navigation.opened.close()


def test_coupons_screen_issues_a_batch_and_saves_it_as_pdf(qtbot, seeded: Seeded, tmp_path,
                                                           monkeypatch):
    save_program(seeded.shop.db, replace(points_program(), coupons=CouponPolicy()),
                 date(2026, 1, 1), seeded.shop.clock())
    tab = CouponsTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.count.setValue(12)
    tab.value.setText("150")
    tab.min_receipt.setText("1000")
    tab.batch_name.setText("flyer")
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 12
    assert [b.batch for b in rules_store.coupon_batches(seeded.shop.db)] == ["flyer"]
    coupon = rules_store.coupon_by_code(seeded.shop.db, tab.table.item(0, 0).text())
    assert (coupon.amount_minor, coupon.min_receipt_minor, coupon.max_uses) == (150_00, 1000_00, 1)
    chosen = tmp_path / "coupons.pdf"
    # the owner's choice in the file dialog (tests/ui/test_file_dialogs.py drives the dialog)
    monkeypatch.setattr(coupons_ui, "choose_save", lambda *a, **k: chosen)
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)  # passes checked=False
    codes = {tab.table.item(row, 0).text() for row in range(12)}
    pdf = pdfium.PdfDocument(chosen.read_bytes())
    found = {r.text for i in range(len(pdf))
             for r in zxingcpp.read_barcodes(pdf[i].render(scale=200 / 72).to_pil().convert("L"))}
    assert found == codes and str(chosen) in tab.message.text()


def test_coupons_screen_refuses_bad_input_and_cashiers(qtbot, seeded: Seeded) -> None:
    tab = CouponsTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.value.setText("abc")
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    assert "abc" in tab.message.text()
    tab.kind.setCurrentIndex(1)
    tab.value.setText("150")  # 150 % is no coupon
    qtbot.mouseClick(tab.generate_button, Qt.MouseButton.LeftButton)
    assert tab.message.text()
    cashier_tab = CouponsTab(seeded.shop, seeded.cashier)
    qtbot.addWidget(cashier_tab)
    cashier_tab.value.setText("100")
    qtbot.mouseClick(cashier_tab.generate_button, Qt.MouseButton.LeftButton)
    assert "owner" in cashier_tab.message.text().lower()
    assert rules_store.coupon_batches(seeded.shop.db) == ()


def test_a_cashier_logging_in_after_the_owner_closes_the_owners_windows(qtbot,
                                                                      seeded: Seeded) -> None:
    """The back office acts with the rights and in the audit name of whoever opened it: a QA
    tester switched to a cashier with F1 and went on changing settings and PINs as the owner."""
    from PySide6.QtWidgets import QApplication
    from tests.ui.test_till_sale import active_dialog, press
    till = open_till(qtbot, seeded)
    till.till.staff = seeded.owner
    till.refresh()
    till.navigation.open_office()
    office = till.navigation.opened
    till.navigation.open_reports()
    reports = till.navigation.opened
    assert office.isVisible() and reports.isVisible()
    till.activateWindow()
    qtbot.waitUntil(till.isActiveWindow)
    press(qtbot, till, Qt.Key.Key_F1)
    dialog = active_dialog(qtbot, till)
    qtbot.keyClicks(dialog.pin, "1111")  # the cashier's PIN
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert till.till.staff.staff_id == seeded.cashier.staff_id
    qtbot.waitUntil(lambda: not office.isVisible() and not reports.isVisible())
    assert QApplication.activeModalWidget() is None


def test_the_same_owner_logging_in_again_keeps_the_windows(qtbot, seeded: Seeded) -> None:
    from tests.ui.test_till_sale import active_dialog, press
    till = open_till(qtbot, seeded)
    till.till.staff = seeded.owner
    till.refresh()
    till.navigation.open_office()
    office = till.navigation.opened
    till.activateWindow()
    qtbot.waitUntil(till.isActiveWindow)
    press(qtbot, till, Qt.Key.Key_F1)
    dialog = active_dialog(qtbot, till)
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert till.dialog is None and office.isVisible()
    office.close()
