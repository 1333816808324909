"""Choosing categories and products by their names for the program's rules: the program stores
their codes and ids, the owner sees and picks names from the catalogue."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSizePolicy, QWidget)

from loyalty.model.program import Scope
from pos.folding import fold
from pos.storage import store
from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class CatalogueNames:
    """The catalogue's categories (code, name) and products (id, name) the rules may name,
    in name order; a code or id the catalogue does not know shows as itself."""

    categories: tuple[tuple[str, str], ...]
    products: tuple[tuple[int, str], ...]

    def category(self, code: str) -> str:
        return dict(self.categories).get(code, code)

    def product(self, product_id: int) -> str:
        return dict(self.products).get(product_id, f"#{product_id}")

    def names(self, scope: Scope) -> list[str]:
        return ([self.category(c) for c in scope.categories]
                + [self.product(p) for p in scope.product_ids])


def catalogue_names(db: Database) -> CatalogueNames:
    """Named categories, and the codes products carry without a name yet; products on sale."""
    named = {c.code: c.name for c in store.categories(db)}
    products = store.all_products(db)
    unnamed = sorted({p.category for p in products if p.category and p.category not in named})
    categories = sorted([*named.items(), *((c, c) for c in unnamed)], key=lambda c: fold(c[1]))
    return CatalogueNames(tuple(categories),
                          tuple(sorted(((p.product_id or 0, p.name) for p in products),
                                       key=lambda p: fold(p[1]))))


def _checkable(widget: QListWidget, text: str, value: object, checked: bool) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)


def _ticked(widget: QListWidget) -> list[object]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class ScopeDialog(QDialog):
    """Tick categories and products by name; codes the catalogue lacks stay listed, ticked."""

    def __init__(self, names: CatalogueNames, scope: Scope, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 460)
        self.categories, self.products = QListWidget(), QListWidget()
        known = {c for c, _ in names.categories}
        for code, name in names.categories:
            _checkable(self.categories, name, code, code in scope.categories)
        for code in scope.categories:
            if code not in known:
                _checkable(self.categories, code, code, True)
        ids = {p for p, _ in names.products}
        for product_id, name in names.products:
            _checkable(self.products, name, product_id, product_id in scope.product_ids)
        for product_id in scope.product_ids:
            if product_id not in ids:
                _checkable(self.products, names.product(product_id), product_id, True)
        self.find = QLineEdit(placeholderText=self.tr("find a product by name"))
        self.find.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Categories")), 0, 0)
        grid.addWidget(QLabel(self.tr("Products")), 0, 1)
        grid.addWidget(self.find, 1, 1)
        grid.addWidget(self.categories, 1, 0, 2, 1)
        grid.addWidget(self.products, 2, 1)
        grid.addWidget(buttons, 3, 0, 1, 2)

    def _filter(self, text: str) -> None:
        needle = fold(text.strip())
        for i in range(self.products.count()):
            item = self.products.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def tick(self, name: str) -> None:
        """Tick the category or product of ``name`` (what an owner's click does)."""
        for widget in (self.categories, self.products):
            for item in widget.findItems(name, Qt.MatchFlag.MatchExactly):
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> Scope:
        return Scope(tuple(str(c) for c in _ticked(self.categories)),
                     tuple(int(str(p)) for p in _ticked(self.products)))


class ScopeButton(QPushButton):
    """Shows the chosen names; a click opens the ticking dialog (``dialog`` while open)."""

    def __init__(self, names: CatalogueNames, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names, self.title = names, title
        self._scope = Scope()
        self.dialog: ScopeDialog | None = None
        self.setStyleSheet("text-align: left; padding: 2px 6px;")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self.choose)
        self.set_scope(Scope())

    def scope(self) -> Scope:
        return self._scope

    def set_scope(self, scope: Scope) -> None:
        self._scope = scope
        shown = ", ".join(self.names.names(scope))
        self.setText(shown or self.tr("nothing chosen"))
        self.setToolTip(shown)

    def choose(self) -> None:
        self.dialog = ScopeDialog(self.names, self._scope, self.title, self.window())
        self.dialog.accepted.connect(lambda: self.set_scope(self.dialog.chosen()))
        self.dialog.open()


class NameChoice(QComboBox):
    """One category or one product by name, for a row of a rate table; ``value`` is its code
    or id (None when the catalogue has nothing to choose)."""

    def __init__(self, choices: tuple[tuple[str, str], ...] | tuple[tuple[int, str], ...],
                 value: str | int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        for code, name in choices:
            self.addItem(name, code)
        if value is not None and self.findData(value) < 0:  # kept, though the catalogue lacks it
            self.addItem(str(value), value)
        self.setCurrentIndex(max(0, self.findData(value)) if value is not None else 0)

    def value(self) -> str | int | None:
        return self.currentData()
