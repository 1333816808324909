"""First start: creating the shop from the welcome dialog, and its refusals."""
from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty.audit_log import readable_rows
from loyalty.shop_setup import needs_setup
from pos.storage import store
from pos.staff.pins import login
from ui.first_run_dialog import FirstRunDialog


def test_creating_the_shop_adds_the_owner_and_a_program(qtbot, shop) -> None:
    dialog = FirstRunDialog(lambda: shop, "ru")
    qtbot.addWidget(dialog)
    # Qt's test keyboard types ASCII only; Cyrillic arrives as an input method would put it
    dialog.shop_name.setText("Цветы у дома")
    dialog.owner.setText("Ольга")
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.keyClicks(dialog.pin_again, "4321")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert not needs_setup(shop)
    assert shop.settings.name == "Цветы у дома"
    staff = login(shop.db, "4321", shop.clock())
    assert (staff.name, staff.role) == ("Ольга", "owner")
    assert shop.programs.program_for(shop.clock().date()).points is not None
    (row,) = readable_rows(shop.db, store.audit_entries(shop.db), "ru", "UTC", "RUB")
    assert (row.who, row.action, row.subject) == ("Ольга", "Магазин создан", "настройки магазина")
    assert row.details.startswith("название: Цветы у дома; язык: ")


def test_mismatched_or_short_pins_are_refused_and_nothing_is_saved(qtbot, shop) -> None:
    dialog = FirstRunDialog(lambda: shop, "ru")
    qtbot.addWidget(dialog)
    dialog.owner.setText("Ольга")
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.keyClicks(dialog.pin_again, "4322")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text() or "различ" in dialog.message.text()
    dialog.pin.setText("12")
    dialog.pin_again.setText("12")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() and needs_setup(shop) and store.all_staff(shop.db) == ()
    assert store.audit_entries(shop.db) == ()


def test_choosing_the_demo_is_remembered(qtbot, shop) -> None:
    dialog = FirstRunDialog(lambda: shop, "ru")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.wants_demo and needs_setup(shop)


def test_picking_the_new_shops_language_speaks_it_at_once(qtbot, shop, app_words) -> None:
    """A QA tester on an English system picked Русский: the dialog stayed English."""
    from PySide6.QtCore import QPoint
    dialog = FirstRunDialog(lambda: shop, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.create_button.text() == "Create my shop"
    on_indicator = QPoint(8, dialog.russian.height() // 2)  # a radio takes its own label
    qtbot.mouseClick(dialog.russian, Qt.MouseButton.LeftButton, pos=on_indicator)
    assert dialog.language() == "ru"
    assert dialog.create_button.text() == "Создать магазин"
    assert dialog.windowTitle() != "Welcome"
    qtbot.mouseClick(dialog.english, Qt.MouseButton.LeftButton, pos=on_indicator)
    assert dialog.create_button.text() == "Create my shop"
