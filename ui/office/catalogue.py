"""The owner's product catalogue tab: search, add, edit, retire and restore products, name
categories, import a CSV (every bad row listed, nothing imported) and export one."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from loyalty.shop import Shop
from loyalty.text.cli_errors import sentence
from pos.catalogue import admin as catalogue_admin
from pos.catalogue.model import CsvImportError, Product
from pos.csv_files import CsvFileError, read_csv_file
from pos.storage.files import DatabaseFileError, OutputFileError, refuse_database_file, write_output
from pos.money import format_money
from pos.catalogue.admin import ProductError
from pos.staff.model import Staff
from pos.staff.pins import StaffError
from pos.storage import store
from ui.office.product_dialog import ProductDialog
from ui.widgets.explain import Explainer
from ui.widgets.file_dialogs import choose_open, choose_save


class CatalogueTab(QWidget):
    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.explainer = Explainer(shop.settings.currency, shop.settings.language, self)
        self.shown: tuple[Product, ...] = ()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name or barcode"))
        self.search.textChanged.connect(self.refresh)
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels((self.tr("Barcode"), self.tr("Name"),
                                              self.tr("Price"), self.tr("Category"),
                                              self.tr("Excluded")))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # names get the room
        # a long category name is cut (its tooltip says it all), never the product's
        for column, width in ((3, 110), (4, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._edit_clicked)
        self.add_button = QPushButton(self.tr("Add product…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.add_button.clicked.connect(self._add_clicked)
        self.edit_button.clicked.connect(self._edit_clicked)
        self.retire_button.clicked.connect(self._retire_clicked)
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_retired)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.retire_button, self.import_button,
                  self.export_button):
            buttons.addWidget(b)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self._categories_box())
        self.refresh()

    def _categories_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Categories"))
        self.category_list = QListWidget()
        self.category_list.setWordWrap(True)
        self.new_category_button = QPushButton(self.tr("New…"))
        self.rename_category_button = QPushButton(self.tr("Rename…"))
        self.new_category_button.clicked.connect(self._new_category_clicked)
        self.rename_category_button.clicked.connect(self._rename_category_clicked)
        column = QVBoxLayout(box)
        column.addWidget(self.category_list, 1)
        column.addWidget(self.new_category_button)  # stacked: "Переименовать…" needs the width
        column.addWidget(self.rename_category_button)
        box.setFixedWidth(200)
        return box

    # -- showing -----------------------------------------------------------

    def refresh(self) -> None:
        s = self.shop.settings
        selected = self.selected()
        everything = store.catalogue(self.shop.db)
        if not self.show_retired.isChecked():
            everything = tuple(p for p in everything if p.active)
        self.shown = catalogue_admin.matching(everything, self.search.text())
        names = {c.code: c.name for c in store.categories(self.shop.db)}
        self.table.setRowCount(len(self.shown))
        for row, p in enumerate(self.shown):
            excluded = ", ".join(t for t, on in ((self.tr("discounts"), p.no_discount),
                                                 (self.tr("points"), p.no_points)) if on)
            if not p.active:
                excluded = ", ".join(filter(None, (self.tr("retired"), excluded)))
            for col, text in enumerate((p.barcode, p.name,
                                        format_money(p.price_minor, s.currency, s.language),
                                        names.get(p.category, p.category), excluded)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        if selected is not None:
            self._select(selected.product_id)
        self.category_list.clear()
        for code, name in names.items():
            item = QListWidgetItem(name)
            item.setData(256, code)
            self.category_list.addItem(item)
        self._selection_changed()

    def selected(self) -> Product | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def _select(self, product_id: int | None) -> None:
        for row, p in enumerate(self.shown):
            if p.product_id == product_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    def _selection_changed(self) -> None:
        product = self.selected()
        self.edit_button.setEnabled(product is not None)
        self.retire_button.setEnabled(product is not None)
        self.retire_button.setText(self.tr("Restore") if product and not product.active
                                   else self.tr("Retire"))

    def _say(self, text: str, kind: str = "info") -> None:
        self.message.setProperty("kind", kind)
        self.message.setText(text)
        self.message.style().polish(self.message)

    def describe(self, error: ProductError | StaffError) -> str:
        return self.explainer.error(error)

    # -- actions -----------------------------------------------------------

    def _open_dialog(self, product: Product | None) -> Product | None:
        s, at = self.shop.settings, self.shop.clock()
        if product is None:
            save = lambda p: catalogue_admin.add_product(self.shop.db, self.staff, p, at)  # noqa: E731
        else:
            save = lambda p: catalogue_admin.update_product(self.shop.db, self.staff, p, at)  # noqa: E731
        dialog = ProductDialog(product, store.categories(self.shop.db), s.currency, s.language,
                               save, self.describe, self)
        self.dialog = dialog  # reachable while it is open (tests drive it)
        dialog.exec()
        return dialog.saved

    def _add_clicked(self) -> None:
        saved = self._open_dialog(None)
        if saved:
            self.search.clear()
            self.refresh()
            self._select(saved.product_id)
            self._say(self.tr("“{name}” added.").format(name=saved.name))

    def _edit_clicked(self) -> None:
        product = self.selected()
        if product is None:
            return
        saved = self._open_dialog(product)
        if saved:
            self.refresh()
            self._select(saved.product_id)
            self._say(self.tr("“{name}” saved; a new price applies to new sales.").format(
                name=saved.name))

    def _retire_clicked(self) -> None:
        product = self.selected()
        if product is None:
            return
        try:
            changed = catalogue_admin.set_retired(self.shop.db, self.staff, product.product_id,
                                                  product.active, self.shop.clock())
        except (ProductError, StaffError) as error:
            self._say(self.describe(error), "error")
            return
        self.refresh()
        self._select(changed.product_id)
        self._say(self.tr("“{name}” retired: no longer sold, its sales kept.").format(
            name=changed.name) if not changed.active
            else self.tr("“{name}” is on sale again.").format(name=changed.name))

    def _import_clicked(self) -> None:
        path = choose_open(self, self.tr("Products CSV"),
                           self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: Path) -> int | None:
        s = self.shop.settings
        try:
            count = catalogue_admin.import_products(
                self.shop.db, self.staff, read_csv_file(refuse_database_file(path)), s.currency,
                self.shop.clock())
        except CsvImportError as error:
            # each fault as the command line words it: "line 2, barcode: … check digit"
            rows = "\n".join(sentence(m, self.explainer.language) for m in error.data["rows"])
            self._say(self.tr("Nothing imported: {n} bad row(s).").format(n=len(error.errors))
                      + "\n" + rows, "error")
            return None
        except (StaffError, CsvFileError, DatabaseFileError) as error:
            self._say(self.explainer.error(error), "error")
            return None
        except OSError as error:
            self._say(self.tr("Cannot read the file: {why}").format(
                why=error.strerror or type(error).__name__), "error")
            return None
        self.refresh()
        self._say(self.tr("{n} products imported.").format(n=count))
        return count

    def _export_clicked(self) -> None:
        path = choose_save(self, self.tr("Export the catalogue"), "products.csv",
                           self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(path)

    def export_file(self, path: Path) -> None:
        products = store.catalogue(self.shop.db)
        try:
            write_output(path, catalogue_admin.products_csv(products, self.shop.settings.currency),
                         self.shop.path)
        except (OutputFileError, DatabaseFileError) as error:
            self._say(self.explainer.error(error), "error")
            return
        self._say(self.tr("{n} products written to {path}.").format(n=len(products), path=path))

    def _new_category_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name"))
        if ok:
            self._save_category(name, None)

    def _rename_category_clicked(self) -> None:
        item = self.category_list.currentItem()
        if item is None:
            self._say(self.tr("Choose a category to rename."), "error")
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename “{name}”").format(name=item.text()),
                                        self.tr("Name"), text=item.text())
        if ok:
            self._save_category(name, item.data(256))

    def _save_category(self, name: str, code: str | None) -> None:
        try:
            catalogue_admin.save_category(self.shop.db, self.staff, name, self.shop.clock(), code)
        except (ProductError, StaffError) as error:
            self._say(self.describe(error), "error")
            return
        self.refresh()
        self._say(self.tr("Category “{name}” saved.").format(name=" ".join(name.split())))
