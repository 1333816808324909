"""The back office's members screen: instant search, a customer's detail and every action."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelection, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from loyalty.storage import contacts, search as member_search, store
from loyalty.members.admin import (
    MemberAdminError, enrol_member, erase_personal_data, export_personal_data, member_profile,
    with_consents)
from loyalty.members.members import edit_member, new_member, region_for
from loyalty.model.models import Member
from loyalty.shop import Shop
from pos.clock import local_date
from pos.staff.model import Staff
from ui.widgets.explain import Explainer
from ui.office.members.adjust_dialog import MemberAdjustDialog
from ui.office.members.cards_dialog import MemberCardsDialog
from ui.office.members.detail import MemberDetail
from ui.office.members.edit_dialog import MemberDialog, MemberForm
from ui.office.members.import_dialog import MemberImportDialog
from ui.office.members.list_model import MemberListModel
from ui.office.members.merge_dialog import MemberMergeDialog
from ui.office.members.texts import MemberTexts
from ui.widgets.file_dialogs import choose_open, choose_save
from pos.storage.files import OutputFileError, StagedOutputs

DETAIL_DELAY_MS = 150
# the office reads at a desk, not at arm's length: denser than the till
LOCAL_STYLE = """
QTableView, QTableWidget, QListWidget { font-size: 12pt; }
QLabel { font-size: 12pt; }
QLabel#customerName, QLabel#customerPoints { font-size: 16pt; }
QPushButton { font-size: 11pt; min-height: 40px; }
QLineEdit#search { font-size: 15pt; border: 2px solid #1f6fb2; border-radius: 6px; }
QFrame#memberDetail { background: #f7f7f2; border: 1px solid #ccc; border-radius: 6px; }
"""


class MembersTab(QWidget):
    """Dialogs open with ``open()`` and are kept in ``self.dialog``; file paths come from
    ``choose_save_path`` / ``choose_open_path`` (file dialogs; tests replace them)."""

    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        s = shop.settings
        self.tz, self.region = s.timezone, region_for(s)
        self.texts = MemberTexts(Explainer(s.currency, s.language, self), self)
        self.dialog: QDialog | None = None
        self.member: Member | None = None
        self.choose_save_path: Callable[[str], str | None] = self._save_path
        self.choose_open_path: Callable[[], str | None] = self._open_path
        self.setStyleSheet(LOCAL_STYLE)
        self.model = MemberListModel(
            lambda ids: member_search.list_rows(shop.db, ids, shop.clock()), self)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_detail)
        self._build()
        self.search_now("")

    # -- layout --------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Find: name, phone or card"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 130), (3, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.setColumnHidden(2, True)  # the detail lists the cards; names need the room
        buttons = QHBoxLayout()
        self.new_button, self.import_button = (QPushButton(self.tr("New customer")),
                                               QPushButton(self.tr("Import CSV…")))
        self.new_button.setObjectName("primary")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        for widget in (self.search, self.count, self.view):
            lv.addWidget(widget)
        lv.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._build_right())
        splitter.setSizes([560, 464])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.search.textChanged.connect(self.search_now)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_member)
        self.import_button.clicked.connect(self.import_csv)

    def _build_right(self) -> QWidget:
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.detail = MemberDetail(self.texts, self.tz)
        rv.addWidget(self.detail, 1)
        grid = QGridLayout()
        self.actions_ = {
            "edit": (self.tr("Edit"), self.edit_member),
            "cards": (self.tr("Cards…"), self.manage_cards),
            "adjust": (self.tr("Adjust points…"), self.adjust_points),
            "merge": (self.tr("Merge duplicate…"), self.merge_duplicate),
            "export": (self.tr("Export data…"), self.export_data),
            "erase": (self.tr("Erase data…"), self.erase_data),
        }
        self.buttons: dict[str, QPushButton] = {}
        for i, (key, (title, slot)) in enumerate(self.actions_.items()):
            button = QPushButton(title)
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, i // 2, i % 2)
        rv.addLayout(grid)
        return right

    # -- list and detail -----------------------------------------------------------

    def search_now(self, text: str, keep: bool = False) -> None:
        """List what matches ``text``.  The member on screen stays selected when among the
        matches; in the whole list only when ``keep`` (finding them there costs a count).
        With ``keep`` (after an action) the member stays on screen even when no longer
        among the matches: never is another customer selected in their place."""
        db = self.shop.db
        result = member_search.search(db, text)
        ids = result.member_ids
        if ids is None:
            self.model.show(result.total, lambda start, n: member_search.listed_page(db, start, n),
                            lambda member_id: member_search.listed_position(db, member_id))
        else:
            self.model.show(result.total, lambda start, n: ids[start:start + n],
                            lambda member_id: ids.index(member_id) if member_id in ids else None)
        n = result.total
        self.count.setText(self.tr("Members: {n}").format(n=n) if result.complete else
                           self.tr("First {n} matches: type more to narrow them").format(n=n))
        row = None
        if self.member is not None and (keep or ids is not None):
            row = self.model.row_of(self.member.member_id)
        if row is None and keep and self.member is not None:
            self.view.clearSelection()
            return
        if row is None and n:
            row = 0
        if row is None:
            self._select(None, immediately=True)
        else:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        """Follows a row chosen in the list; a row merely left (the list redrawn, the member
        no longer matching) does not change who the actions are about."""
        rows = selected.indexes()
        if rows:
            self._select(self.model.member_id(rows[0].row()), immediately=False)

    def _select(self, member_id: int | None, immediately: bool) -> None:
        """The actions follow the selection at once; the detail pane (a dozen queries) once
        typing pauses, so a fast typist is not kept waiting for members they pass by."""
        self.member = None if member_id is None else store.member_by_id(self.shop.db, member_id)
        for button in self.buttons.values():
            button.setEnabled(self.member is not None and self.member.erased_at is None)
        if immediately:
            self._detail_timer.stop()
            self._show_detail()
        else:
            self._detail_timer.start()

    def _show_detail(self) -> None:
        self.detail.show_profile(None if self.member is None else member_profile(
            self.shop.db, self.member.member_id, self.shop.programs.program_for,
            self.shop.clock(), self.tz))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """A detail pending for a hidden screen is shown when the member is chosen again."""
        self._detail_timer.stop()
        super().hideEvent(event)

    def reload(self) -> None:
        """After a change: the list again (same search, same member selected wherever their
        row moved) and the member's fresh detail."""
        self.model.refresh()
        self.search_now(self.search.text(), keep=True)
        self._select(self.member.member_id if self.member else None, immediately=True)

    def selected_member_id(self) -> int | None:
        """The member whose row is selected in the list (None when none is)."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.member_id(rows[0].row()) if rows else None

    def say(self, text: str, kind: str = "info") -> None:
        self.status.setProperty("kind", kind)
        self.status.setText(text)
        self.status.style().polish(self.status)

    def _open(self, dialog: QDialog, done: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.open()

    # -- actions -------------------------------------------------------------------

    def new_member(self) -> None:
        dialog = MemberDialog(self.texts, self.tz, self._create, parent=self)
        self._open(dialog, lambda: self._saved(dialog, self.tr("Customer {name} enrolled")))

    def edit_member(self) -> None:
        if self.member:
            dialog = MemberDialog(self.texts, self.tz, self._update, self.member, parent=self,
                                  other_phones=contacts.other_phones(self.shop.db,
                                                                  self.member.member_id))
            self._open(dialog, lambda: self._saved(dialog, self.tr("Customer {name} saved")))

    def _saved(self, dialog: MemberDialog, message: str) -> None:
        """The search stays as typed: the member saved is the one selected."""
        self.member = dialog.result_
        self.reload()
        self.say(message.format(name=dialog.result_.name))

    def _create(self, form: MemberForm) -> Member:
        now = self.shop.clock()
        member = new_member(form.name, form.phone, now, email=form.email, birthday=form.birthday,
                            consent_data=form.consent_data, consent_marketing=form.consent_marketing)
        return enrol_member(self.shop.db, member, self.shop.programs.program_for, now, tz=self.tz,
                            region=self.region, card=form.card,
                            prefix=self.shop.settings.card_prefix, staff_id=self.staff.staff_id)

    def _update(self, form: MemberForm) -> Member:
        now = self.shop.clock()
        changed = replace(self.member, name=form.name, phone=form.phone.strip() or None,
                          email=form.email, birthday=form.birthday)
        changed = with_consents(changed, form.consent_data, form.consent_marketing, now)
        return edit_member(self.shop.db, changed, self.region, local_date(now, self.tz), at=now,
                           staff_id=self.staff.staff_id)

    def manage_cards(self) -> None:
        if self.member:
            dialog = MemberCardsDialog(self.shop, self.member, self.texts, self,
                                       staff_id=self.staff.staff_id)
            dialog.finished.connect(lambda _: dialog.changed and self.reload())
            self.dialog = dialog
            dialog.open()

    def adjust_points(self) -> None:
        if self.member:
            dialog = MemberAdjustDialog(self.shop, self.member, self.texts, self)
            self._open(dialog, lambda: (self.reload(), self.say(self.tr("Points adjusted"))))

    def merge_duplicate(self) -> None:
        if self.member is None:
            return
        if not self.staff.is_owner:
            self.say(self.texts.error(MemberAdminError("not_owner")), "error")
            return
        dialog = MemberMergeDialog(self.shop, self.staff, self.member, self.texts, self)
        self._open(dialog, lambda: (self.reload(), self.say(
            self.tr("Duplicate merged: {n} points moved").format(n=dialog.moved))))

    def export_data(self) -> None:
        """The file is chosen first: an export the owner cancels is neither made nor audited."""
        if self.member is None:
            return
        if not self.staff.is_owner:
            self.say(self.texts.error(MemberAdminError("not_owner")), "error")
            return
        path = self.choose_save_path(f"customer-{self.member.member_id}.json")
        if not path:
            return
        try:
            # written aside (0600) inside the audit's transaction, named once committed: an
            # export the disk refuses leaves neither a file nor an audit row, and says why
            with StagedOutputs(self.shop.path) as stage:
                export_personal_data(self.shop.db, self.member.member_id, self.staff,
                                     self.shop.clock(), self.tz,
                                     deliver=lambda text: stage.write(path, text))
        except (MemberAdminError, OutputFileError) as error:
            self.say(self.texts.error(error), "error")
            return
        self.say(self.tr("Personal data saved to {path}").format(path=path))

    def erase_data(self) -> None:
        if self.member is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase personal data: {who}").format(
                              who=self.texts.who(self.member)),
                          self.tr("Erase the name, phone, e-mail and birthday of {name}? Their "
                                  "cards are blocked; purchases and points stay, anonymous. "
                                  "This cannot be undone.").format(
                              name=self.texts.who(self.member)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.dialog = box
        box.finished.connect(lambda r: r == QMessageBox.StandardButton.Yes and self._erase())
        box.open()

    def _erase(self) -> None:
        try:
            erase_personal_data(self.shop.db, self.member.member_id, self.staff, self.shop.clock())
        except MemberAdminError as error:
            self.say(self.texts.error(error), "error")
            return
        self.reload()
        self.say(self.tr("Personal data erased"))

    def import_csv(self) -> None:
        dialog = MemberImportDialog(self.shop, self.texts, self.choose_open_path, self,
                                    staff_id=self.staff.staff_id)
        dialog.finished.connect(lambda _: dialog.imported and self.reload())
        self.dialog = dialog
        dialog.open()

    def _save_path(self, name: str) -> str | None:
        title = self.tr("Save personal data of {who}").format(who=self.texts.who(self.member))
        path = choose_save(self, title, name, self.tr("JSON (*.json)"))
        return str(path) if path else None

    def _open_path(self) -> str | None:
        path = choose_open(self, self.tr("Customers CSV"), self.tr("CSV (*.csv)"))
        return str(path) if path else None
