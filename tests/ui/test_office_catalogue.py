"""The catalogue tab through its real widgets: add, refuse, edit, retire, categories, CSV."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from pos.storage import store
from tests.ui.conftest import Seeded
from ui.office.catalogue import CatalogueTab
from ui.office.product_dialog import ProductDialog


def open_tab(qtbot, seeded: Seeded) -> CatalogueTab:
    tab = CatalogueTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    return tab


def in_dialog(qtbot, fill) -> list[str]:
    """Run ``fill(dialog)`` on the product dialog once it is open; returns its messages."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProductDialog):
            QTimer.singleShot(20, act)
            return
        for step in fill(dialog):
            seen.append(dialog.message.text())
        if dialog.isVisible():  # the steps left it open: fail the test, never hang it
            dialog.reject()
    QTimer.singleShot(0, act)
    return seen


def save(qtbot, dialog: ProductDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_an_owner_adds_a_product_after_a_refused_check_digit(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    assert tab.table.rowCount() == 3

    def fill(dialog: ProductDialog):
        dialog.barcode.setText("4600000000016")   # wrong check digit
        dialog.name.setText("Хлеб ржаной")
        dialog.price.setText("85,50")
        dialog.category.setCurrentIndex(dialog.category.findText("bakery"))
        dialog.no_points.setChecked(True)
        save(qtbot, dialog)
        yield
        dialog.barcode.setText("4600000000015")
        save(qtbot, dialog)
        yield
    messages = in_dialog(qtbot, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert messages[0] == "У 4600000000016 неверная контрольная цифра (опечатка?)"
    added = store.product_by_barcode(seeded.shop.db, "4600000000015")
    assert (added.name, added.price_minor, added.category, added.no_points) == (
        "Хлеб ржаной", 85_50, "bakery", True)
    assert tab.selected() == added and "Хлеб ржаной" in tab.message.text()
    tab.search.setText("хлеб")   # Unicode case folding, not SQLite's ASCII LIKE
    assert tab.table.rowCount() == 1 and tab.selected() == added


def test_edit_retire_and_restore_keep_the_selection(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    tab.search.setText("Coffee")
    tab.table.selectRow(0)
    coffee = tab.selected()

    def fill(dialog: ProductDialog):
        dialog.price.setText("700")
        save(qtbot, dialog)
        yield
    in_dialog(qtbot, fill)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert store.product_by_id(seeded.shop.db, coffee.product_id).price_minor == 700_00
    assert tab.selected().product_id == coffee.product_id
    qtbot.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    assert store.product_by_barcode(seeded.shop.db, coffee.barcode) is None
    assert tab.table.rowCount() == 0   # retired ones are hidden...
    tab.show_retired.setChecked(True)  # ...until asked for
    tab.table.selectRow(0)
    assert tab.retire_button.text() == "Restore"
    qtbot.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    assert store.product_by_barcode(seeded.shop.db, coffee.barcode).active
    actions = [e.action for e in store.audit_entries(seeded.shop.db)][:3]
    assert actions == ["product_restored", "product_retired", "product_changed"]


def test_categories_are_named_and_offered_by_name(qtbot, seeded: Seeded, monkeypatch) -> None:
    tab = open_tab(qtbot, seeded)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Выпечка", True)))
    tab.category_list.setCurrentRow(0)   # "bakery", named by its code at import
    qtbot.mouseClick(tab.rename_category_button, Qt.MouseButton.LeftButton)
    assert {c.name for c in store.categories(seeded.shop.db)} == {"Выпечка", "coffee"}
    assert tab.table.item(0, 3).text() in {"Выпечка", "coffee"}
    dialog = ProductDialog(None, store.categories(seeded.shop.db), "RUB", "ru",
                           lambda p: p, tab.describe)
    qtbot.addWidget(dialog)
    assert [dialog.category.itemText(i) for i in range(1, dialog.category.count())] == [
        "coffee", "Выпечка"]


def test_a_broken_csv_lists_every_bad_row_and_imports_nothing(qtbot, seeded: Seeded,
                                                             tmp_path) -> None:
    tab = open_tab(qtbot, seeded)
    bad = tmp_path / "bad.csv"
    bad.write_bytes("barcode;name;price\n4601;Хлеб;12\n;Батон;abc\n".encode("cp1251"))
    assert tab.import_file(bad) is None
    # each fault with its reason, worded as the command line words it (the shop's Russian)
    assert "2 bad row" in tab.message.text()
    assert "строка 3, barcode: ячейка пуста" in tab.message.text()
    assert "строка 3, price: «abc» — не цена" in tab.message.text()
    assert len(store.catalogue(seeded.shop.db)) == 3
    out = tmp_path / "products.csv"
    tab.export_file(out)
    # the seeded catalogue holds two EANs stored before the check digit was checked: the
    # file is refused naming them, as the catalogue screen refuses such a barcode typed
    before = store.catalogue(seeded.shop.db)
    assert tab.import_file(out) is None
    assert "4607001234561 неверная контрольная цифра" in tab.message.text()
    assert "4600000000018 неверная контрольная цифра" in tab.message.text()
    assert store.catalogue(seeded.shop.db) == before
    good = tmp_path / "good.csv"
    good.write_bytes(out.read_text(encoding="utf-8").replace("Croissant", "Круассан")
                     .replace("4607001234561", "4607001234562")
                     .replace("4600000000018", "4600000000015").encode("cp1251"))
    assert tab.import_file(good) == 3
    assert "Круассан" in {p.name for p in store.catalogue(seeded.shop.db)}


@pytest.mark.parametrize("text, says", [
    ("barcode,name,price\n", "Ничего не импортировано: в файле нет строк"),
    ("barcode,name,price,colour\n4601234567893,Хлеб,12,red\n",
     "строка 1, colour: «colour» — не столбец загрузки товаров"),
    ('barcode,name,price\n"4601234567893,Хлеб,12\n', "строка 2: кавычка не закрыта")])
def test_the_import_button_refuses_a_file_saying_why_and_audits_nothing(
        qtbot, seeded: Seeded, tmp_path, monkeypatch, text, says) -> None:
    tab = open_tab(qtbot, seeded)
    path = tmp_path / "products.csv"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr("ui.office.catalogue.choose_open", lambda *args: str(path))
    before = store.catalogue(seeded.shop.db)
    audits = seeded.shop.db.execute("SELECT COUNT(*) FROM audit_log").fetchone()
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert says in tab.message.text()
    assert store.catalogue(seeded.shop.db) == before
    assert seeded.shop.db.execute("SELECT COUNT(*) FROM audit_log").fetchone() == audits
