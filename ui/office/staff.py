"""The owner's staff screen: people, roles and PINs above, the audit log with its filters below."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from loyalty.audit_log import AuditRow, action_choices, readable_rows
from loyalty.shop import Shop
from ui.widgets.dates import show_dates
from pos.staff import admin as staff_admin
from pos.storage import store
from pos.staff.pins import StaffError
from pos.staff.model import ROLES, Role, Staff
from pos.storage.store import AuditEntry


class StaffModel(QAbstractTableModel):
    """Everyone who ever worked here; deactivated people stay listed, greyed."""

    def __init__(self, role_names: dict[str, str]) -> None:
        super().__init__()
        self.role_names = role_names
        self.people: tuple[Staff, ...] = ()
        self.headers = (self.tr("Full name"), self.tr("Role"), self.tr("Status"))

    def set_people(self, people: tuple[Staff, ...]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.tr("Active") if person.active else self.tr("Deactivated")
            return (person.name, self.role_names.get(person.role, person.role), status)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return Qt.GlobalColor.gray
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class AuditModel(QAbstractTableModel):
    """Audit rows newest first: when, who, what, about whom or what, and the details, worded
    by ``loyalty.audit_log`` in the shop's language."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: tuple[AuditRow, ...] = ()
        self.headers = (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Subject"),
                        self.tr("Details"))

    @property
    def entries(self) -> tuple[AuditEntry, ...]:
        return tuple(row.entry for row in self.rows)

    def set_rows(self, rows: tuple[AuditRow, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 5

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        return (r.when, r.who, r.action, r.subject, r.details)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def _pin_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(12)
    field.setPlaceholderText(placeholder)
    return field


class StaffTab(QWidget):
    """Only an owner's actions go through; anyone else sees the lists and is told why not."""

    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.role_names = {Role.CASHIER: self.tr("Cashier"), Role.OWNER: self.tr("Owner"),
                           Role.BOOKKEEPER: self.tr("Bookkeeper")}
        self.people = StaffModel(self.role_names)
        self.audit = AuditModel()
        layout = QVBoxLayout(self)
        if not staff.is_owner:
            note = QLabel(self.tr("You can look, but only an owner can change staff."))
            note.setObjectName("status")
            note.setProperty("kind", "info")
            layout.addWidget(note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._staff_box())
        splitter.addWidget(self._audit_box())
        splitter.setSizes([300, 420])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh()

    # -- building ----------------------------------------------------------

    def _role_combo(self) -> QComboBox:
        combo = QComboBox()
        for key, text in self.role_names.items():
            combo.addItem(text, key)
        return combo

    def _staff_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Staff"))
        grid = QGridLayout(box)
        self.people_view = _table(self.people)
        self.people_view.selectionModel().currentRowChanged.connect(self._selected)
        header = self.people_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.role, self.new_role = self._role_combo(), self._role_combo()
        self.new_pin = _pin_field(self.tr("new PIN"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("name of the new staff member"))
        self.new_person_pin = _pin_field(self.tr("PIN, 4–12 digits"))
        self.role_button = self._button(self.tr("Change role"), self.change_role)
        self.pin_button = self._button(self.tr("Set PIN"), self.reset_pin)
        self.deactivate_button = self._button(self.tr("Deactivate"), self.deactivate)
        self.add_button = self._button(self.tr("Add"), self.add_person, "primary")
        self.selected = QLabel(self.tr("Choose a person in the list"))
        self.selected.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.people_view, 0, 0, 5, 3)
        grid.addWidget(self.selected, 0, 3, 1, 2)
        grid.addWidget(self.role, 1, 3)
        grid.addWidget(self.role_button, 1, 4)
        grid.addWidget(self.new_pin, 2, 3)
        grid.addWidget(self.pin_button, 2, 4)
        grid.addWidget(self.deactivate_button, 3, 4)
        grid.setRowStretch(4, 1)
        for column, widget in enumerate((self.new_name, self.new_role, self.new_person_pin)):
            grid.addWidget(widget, 5, column + (column == 2), 1, 1 + (column == 2))
        grid.addWidget(self.add_button, 5, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        return box

    def _button(self, text: str, slot: Callable[[], None], name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _audit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Audit log"))
        col = QVBoxLayout(box)
        filters = QHBoxLayout()
        self.who = QComboBox()
        self.action = QComboBox()
        for combo in (self.who, self.action):
            # as wide as the row leaves, not as the longest name or action (in Russian that
            # pushed the office window past a 1024-pixel screen); the list shows them whole
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        first, last = staff_admin.default_audit_days(self.shop.clock(), self.shop.settings.timezone)
        self.first_day, self.last_day = QDateEdit(QDate(first)), QDateEdit(QDate(last))
        for label, widget in ((self.tr("Who"), self.who), (self.tr("Action"), self.action),
                              (self.tr("From"), self.first_day), (self.tr("To"), self.last_day)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        for edit in (self.first_day, self.last_day):
            show_dates(edit, self.shop.settings.language)
            edit.dateChanged.connect(self.refresh_audit)
        self.who.activated.connect(self.refresh_audit)
        self.action.activated.connect(self.refresh_audit)
        col.addLayout(filters)
        self.audit_view = _table(self.audit)
        header = self.audit_view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # a long subject (a program's name) must not push the details out of sight; each
        # cell's whole text is its tooltip
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 200)
        col.addWidget(self.audit_view)
        return box

    # -- refreshing --------------------------------------------------------

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        """Coming back to the tab shows what the other tabs did meanwhile (a coupon batch,
        a member's points): the audit log is read again, the filters kept."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self.people.set_people(store.all_staff(self.shop.db))
        self._fill(self.who, self.tr("Everyone"),
                   [(p.name, p.staff_id) for p in self.people.people])
        self._fill(self.action, self.tr("All actions"),
                   list(action_choices(self.shop.db, self.shop.settings.language)))
        self.refresh_audit()
        self._selected()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        keep = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)

    def refresh_audit(self) -> None:
        s = self.shop.settings
        entries = staff_admin.audit_log(
            self.shop.db, s.timezone, self.who.currentData(), self.action.currentData(),
            self.first_day.date().toPython(), self.last_day.date().toPython())
        self.audit.set_rows(readable_rows(self.shop.db, entries, s.language, s.timezone,
                                          s.currency))

    def current_person(self) -> Staff | None:
        row = self.people_view.currentIndex().row()
        return self.people.people[row] if 0 <= row < len(self.people.people) else None

    def select(self, name: str) -> None:
        self._select_id(next(p.staff_id for p in self.people.people if p.name == name))

    def _select_id(self, staff_id: int) -> None:
        self.people_view.selectRow(next(i for i, p in enumerate(self.people.people)
                                        if p.staff_id == staff_id))

    def _selected(self, *_: object) -> None:
        person = self.current_person()
        self.selected.setText(person.name if person else self.tr("Choose a person in the list"))
        if person:
            self.role.setCurrentIndex(ROLES.index(person.role) if person.role in ROLES else 0)

    # -- actions -----------------------------------------------------------

    def _run(self, action: Callable[[], Staff], done: str) -> bool:
        try:
            changed = action()
        except StaffError as error:
            self._say(self._reason(error), "error")
            return False
        self.refresh()
        self._select_id(changed.staff_id)
        self._say(done.format(name=changed.name), "info")
        return True

    def _say(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _reason(self, error: StaffError) -> str:
        texts = {"bad_pin_format": self.tr("A PIN is 4 to 12 digits."),
                 "pin_taken": self.tr("Someone already uses this PIN: choose another."),
                 "bad_name": self.tr("Enter the person's name."),
                 "not_allowed": self.tr("Only an owner can change staff."),
                 "last_owner": self.tr("{name} is the last active owner: add another owner "
                                       "first.").format(name=error.detail),
                 "inactive": self.tr("{name} is deactivated.").format(name=error.detail),
                 "no_such_staff": self.tr("Choose a person in the list first.")}
        return texts.get(error.reason, error.reason)

    def _person_or_say(self) -> Staff | None:
        person = self.current_person()
        if person is None:
            self._say(self.tr("Choose a person in the list first."), "error")
        return person

    def add_person(self) -> None:
        name, role, pin = self.new_name.text(), self.new_role.currentData(), self.new_person_pin.text()
        if self._run(lambda: staff_admin.create_staff(self.shop.db, self.staff, name, role, pin,
                                                      self.shop.clock()),
                     self.tr("{name} can now log in with their PIN.")):
            self.new_name.clear()
        self.new_person_pin.clear()

    def change_role(self) -> None:
        if person := self._person_or_say():
            role = self.role.currentData()
            self._run(lambda: staff_admin.change_role(self.shop.db, self.staff, person.staff_id,
                                                      role, self.shop.clock()),
                      self.tr("{name}'s role is changed."))

    def reset_pin(self) -> None:
        if person := self._person_or_say():
            pin = self.new_pin.text()
            self.new_pin.clear()
            self._run(lambda: staff_admin.reset_pin(self.shop.db, self.staff, person.staff_id,
                                                    pin, self.shop.clock()),
                      self.tr("{name} has a new PIN."))

    def deactivate(self) -> None:
        person = self._person_or_say()
        if person is None:
            return
        try:  # a refusal comes before the question, not after a yes
            staff_admin.check_deactivate(self.shop.db, person.staff_id)
        except StaffError as error:
            self._say(self._reason(error), "error")
            return
        if QMessageBox.question(
                self, self.tr("Deactivate"),
                self.tr("{name} will no longer be able to log in. Continue?").format(
                    name=person.name)) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: staff_admin.deactivate(self.shop.db, self.staff, person.staff_id,
                                                 self.shop.clock()),
                  self.tr("{name} is deactivated."))
