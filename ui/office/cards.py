"""The back office's card printing tab: which cards, how they look, a live preview, PDF or printer."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from loyalty.storage import search as member_search
from loyalty.members.card_batches import member_faces, new_bearer_faces, write_card_list
from loyalty.members.cards import CardError
from loyalty.printing.card_layout import CardFace, CardLayout, CardLayoutError
from pos.catalogue.gtin import check_digit
from loyalty.printing.card_pdf import cards_pdf, write_cards_pdf
from loyalty.shop import Shop
from pos.staff.model import Staff
from ui.widgets.background import Progress, ProgressRow, reopen
from ui.widgets.card_preview import CardPreview
from ui.widgets.card_types import card_type_box
from ui.widgets.system_printer import SystemPrinterError, open_printer, print_pdf, printer_names
from ui.widgets.file_dialogs import choose_save

MAX_BATCH = 1000
_SHOWN_MEMBERS = 200  # the list is for ticking a few; "all members" covers the rest


@dataclass(frozen=True, slots=True)
class CardRequest:
    """What one Save or Print does; ``which`` is 'new', 'all' or comma-separated member ids."""

    which: str
    count: int
    layout: CardLayout
    pdf_path: Path | None
    csv_path: Path | None
    card_type_id: str | None = None  # of the cards this issues; None: the program's default


class CardPrintingTab(QWidget):
    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.make_printer = open_printer  # replaced by tests with a PDF-writing QPrinter
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._which_box(), 1)
        left.addWidget(self._design_box())
        left.addWidget(self._output_box())
        self.progress = ProgressRow()
        left.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        self.preview, self.back_preview = CardPreview(), CardPreview(back=True)
        for text, preview in ((self.tr("Front"), self.preview),
                              (self.tr("Back"), self.back_preview)):
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            right.addWidget(caption)
            right.addWidget(preview, 1)
        outer.addLayout(right, 2)
        self.find_members("")
        self.refresh_preview()

    # -- layout -----------------------------------------------------------------

    def _which_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cards to print"))
        grid = QGridLayout(box)
        self.new_cards = QRadioButton(self.tr("New bearer cards"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_BATCH)
        self.count.setValue(10)
        self.all_members = QRadioButton(self.tr("All members"))
        self.chosen = QRadioButton(self.tr("Chosen members"))
        self.group = QButtonGroup(self)
        for button in (self.new_cards, self.all_members, self.chosen):
            self.group.addButton(button)
        self.new_cards.setChecked(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name, phone or card"))
        self.members = QListWidget()
        self.card_type = card_type_box(self.shop, self.tr("the program's default"))
        grid.addWidget(self.new_cards, 0, 0)
        grid.addWidget(self.count, 0, 1)
        grid.addWidget(QLabel(self.tr("Card type of new cards")), 5, 0)
        grid.addWidget(self.card_type, 5, 1)
        grid.addWidget(self.all_members, 1, 0, 1, 2)
        grid.addWidget(self.chosen, 2, 0, 1, 2)
        grid.addWidget(self.search, 3, 0, 1, 2)
        grid.addWidget(self.members, 4, 0, 1, 2)
        grid.setRowStretch(4, 1)
        self.group.buttonToggled.connect(lambda *_: self._which_changed())
        self.search.textChanged.connect(self.find_members)
        self.members.itemChanged.connect(lambda _item: self.refresh_preview())
        self.members.currentItemChanged.connect(lambda *_: self.refresh_preview())
        self._which_changed()
        return box

    def _design_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Design"))
        form = QFormLayout(box)
        self.sheet = QComboBox()
        self.sheet.addItem(self.tr("CR80 card, front and back pages"), "cr80")
        self.sheet.addItem(self.tr("A4 sheet of 10 with crop marks"), "a4")
        self.terms = QPlainTextEdit()
        self.terms.setPlaceholderText(self.tr("Short terms printed on the back"))
        self.terms.setMaximumHeight(70)
        self.terms.textChanged.connect(self.refresh_preview)
        self.show_name = QCheckBox(self.tr("Print the member's name"))
        self.show_name.setChecked(True)
        self.show_name.toggled.connect(lambda _on: self.refresh_preview())
        form.addRow(self.tr("Layout"), self.sheet)
        form.addRow(self.tr("Terms"), self.terms)
        form.addRow("", self.show_name)
        return box

    def _output_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Output"))
        grid = QGridLayout(box)
        self.printer = QComboBox()
        self.printer.addItem(self.tr("Default printer"), "")
        for name in printer_names():
            self.printer.addItem(name, name)
        chosen = self.printer.findData(self.shop.settings.card_printer)
        self.printer.setCurrentIndex(max(0, chosen))
        self.with_list = QCheckBox(self.tr("Also save the list of card numbers (CSV)"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("primary")
        self.save_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._ask_print)
        grid.addWidget(QLabel(self.tr("Printer")), 0, 0)
        grid.addWidget(self.printer, 0, 1, 1, 2)
        grid.addWidget(self.with_list, 1, 0, 1, 3)
        grid.addWidget(self.save_button, 2, 1)
        grid.addWidget(self.print_button, 2, 2)
        return box

    # -- choosing and previewing ----------------------------------------------------

    def _which_changed(self) -> None:
        self.count.setEnabled(self.new_cards.isChecked())
        for widget in (self.search, self.members):
            widget.setEnabled(self.chosen.isChecked())
        self.refresh_preview()

    def find_members(self, text: str) -> None:
        db = self.shop.db
        result = member_search.search(db, text.strip())
        # Nothing typed means every member, read a page at a time: the first page is shown.
        ids = (result.member_ids if result.member_ids is not None
               else member_search.listed_page(db, 0, _SHOWN_MEMBERS))
        rows = member_search.list_rows(db, ids[:_SHOWN_MEMBERS], self.shop.clock())
        ticked = set(self.chosen_ids())
        self.members.blockSignals(True)
        self.members.clear()
        for row in rows:
            if row.erased:
                continue
            item = QListWidgetItem(f"{row.name or self.tr('(no name)')}    {row.cards}")
            item.setData(Qt.ItemDataRole.UserRole, (row.member_id, row.name, row.cards))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.member_id in ticked
                               else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.blockSignals(False)
        self.refresh_preview()

    def chosen_ids(self) -> list[int]:
        items = (self.members.item(i) for i in range(self.members.count()))
        return [item.data(Qt.ItemDataRole.UserRole)[0] for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def sample_face(self) -> CardFace:
        """A member's real card when members are chosen, else a sample new number."""
        item = self.members.currentItem() or self.members.item(0)
        if not self.new_cards.isChecked() and item is not None:
            _, name, cards = item.data(Qt.ItemDataRole.UserRole)
            number = next((n for n in cards.split() if n.isdigit() and len(n) == 13), "")
            if number:
                return CardFace(number, "ean13", name or None)
        body = self.shop.settings.card_prefix + "1234567890"
        return CardFace(body + check_digit(body), "ean13")

    def refresh_preview(self) -> None:
        if hasattr(self, "show_name"):  # the first boxes are built before the design box
            face, terms = self.sample_face(), self.terms.toPlainText()
            for preview in (self.preview, self.back_preview):
                preview.show_card(self.shop.settings.name, face, self.show_name.isChecked(), terms)

    # -- saving and printing ------------------------------------------------------

    def request(self, pdf_path: Path | None, csv_path: Path | None) -> CardRequest:
        s = self.shop.settings
        which = ("new" if self.new_cards.isChecked() else "all" if self.all_members.isChecked()
                 else ",".join(str(i) for i in self.chosen_ids()))
        layout = CardLayout(shop_name=s.name, logo_path=Path(s.logo_path) if s.logo_path else None,
                            terms=self.terms.toPlainText(),
                            show_member_name=self.show_name.isChecked(),
                            layout=self.sheet.currentData())
        return CardRequest(which, self.count.value(), layout, pdf_path, csv_path,
                           self.card_type.currentData())

    def _ask_pdf(self) -> None:
        pdf = choose_save(self, self.tr("Save cards as PDF"), "cards.pdf", self.tr("PDF (*.pdf)"))
        if pdf:
            self.start(self.request(pdf, pdf.with_suffix(".csv") if self.with_list.isChecked()
                                    else None))

    def _ask_print(self) -> None:
        csv = None
        if self.with_list.isChecked():
            csv = choose_save(self, self.tr("Save the list of card numbers"), "cards.csv",
                              self.tr("CSV (*.csv)"))
            if not csv:
                return
        self.start(self.request(None, csv))

    def start(self, request: CardRequest) -> None:
        """Issue, render and save or print in a worker; the tab stays usable meanwhile."""
        if self.progress.running:
            return
        if request.which == "":
            self.say(self.tr("Tick the members whose cards to print."), True)
            return
        try:
            printer = None if request.pdf_path else self.make_printer(self.printer.currentData())
        except SystemPrinterError as error:
            self.say(self.explain(error), True)
            return
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.progress.start(self.tr("Preparing cards…"),
                            lambda progress: self._work(request, printer, progress),
                            self._done, self._failed, self._cancelled)

    def _work(self, request: CardRequest, printer: object, progress: Progress) -> int:
        """Runs in the worker thread, on a connection of its own."""
        shop = reopen(self.shop)
        try:
            faces, rows = (new_bearer_faces(shop, request.count, request.card_type_id)
                           if request.which == "new"
                           else member_faces(shop, request.which, request.card_type_id))
            if request.pdf_path is not None:
                write_cards_pdf(request.layout, faces, request.pdf_path, progress)
            else:
                total = len(faces)
                pdf = cards_pdf(request.layout, faces, lambda d, _t: progress(d, 2 * total))
                print_pdf(pdf, printer, lambda d, t: progress(total + d * total // t, 2 * total))
            if request.csv_path is not None:
                write_card_list(request.csv_path, rows)
            return len(faces)
        finally:
            shop.close()

    def _finish(self) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)

    def _done(self, count: object) -> None:
        self._finish()
        self.say(self.tr("{n} cards done.").format(n=count))
        self.find_members(self.search.text())

    def _failed(self, error: object) -> None:
        self._finish()
        self.say(self.explain(error), True)

    def _cancelled(self) -> None:
        self._finish()
        self.say(self.tr("Cancelled."))

    def explain(self, error: object) -> str:
        if isinstance(error, SystemPrinterError):
            return self.tr("The printer “{name}” cannot be used.").format(
                name=error.name or self.tr("default"))
        if isinstance(error, CardLayoutError) and error.reason == "logo_unreadable":
            return self.tr("The logo file cannot be read: {path}").format(path=error.value)
        if isinstance(error, CardError) and error.reason == "unknown_type":
            return self.tr("The program has no card type “{id}”").format(id=error.number)
        if isinstance(error, OSError):
            return self.tr("The file cannot be written: {reason}").format(reason=error.strerror)
        return self.tr("The cards could not be made: {reason}").format(reason=error)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

