"""The back office's card printing tab: which cards, how they look, a live preview, PDF or printer."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from loyalty.storage import search as member_search
from loyalty.members.card_batches import (card_type_names, member_faces, new_bearer_faces,
                                          write_card_list)
from loyalty.members.cards import CardError
from loyalty.printing.card_layout import CardFace, CardLayout, CardLayoutError, TERMS_MAX_CHARS
from pos.catalogue.gtin import check_digit
from loyalty.printing.card_pdf import cards_pdf, write_cards_pdf
from loyalty.shop import Shop
from pos.settings import service as settings_service
from pos.staff.model import Staff
from ui.widgets.background import Progress, ProgressRow, reopen
from ui.widgets.scrolling import scrolled_column
from ui.widgets.card_preview import CardPreview
from ui.widgets.card_types import card_type_box
from ui.widgets.system_printer import (SystemPrinterError, choose_printer, print_pdf,
                                       printer_names)
from ui.widgets.file_dialogs import choose_save

MAX_BATCH = 1000
_SHOWN_MEMBERS = 200  # the list is for ticking a few; "all members" covers the rest


@dataclass(frozen=True, slots=True)
class CardRequest:
    """What one Save or Print does; ``which`` is 'new', 'all' or comma-separated member ids."""

    which: str
    count: int
    layout: CardLayout
    pdf_path: Path | None  # None: printed
    card_type_id: str | None = None  # of the cards this issues; None: the program's default


class CardPrintingTab(QWidget):
    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.last_rows: tuple[tuple, ...] = ()  # the list of the last batch, for its CSV
        outer = QHBoxLayout(self)
        # The choices scroll rather than grow: the progress row and a long status line must
        # never push the office window past a 1024 × 768 screen.  The output's buttons stay
        # below them, never scrolled away, and the member list gets the height they left.
        body = QWidget()
        left = QVBoxLayout(body)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._which_box(), 1)
        left.addWidget(self._design_box())
        column = QVBoxLayout()
        column.addWidget(scrolled_column(body), 1)
        column.addWidget(self._output_box())
        self.progress = ProgressRow()
        column.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        outer.addLayout(column, 3)
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
        self.members.setMinimumHeight(150)  # six names
        self.card_type = card_type_box(self.shop, self.tr("the program's default"))
        self.card_type.currentIndexChanged.connect(lambda _i: self.refresh_preview())
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
        self.design = QComboBox()
        for text, key in ((self.tr("Classic: colour band at the top"), "classic"),
                          (self.tr("Minimal: white, centred"), "minimal"),
                          (self.tr("Band at the side"), "side_band")):
            self.design.addItem(text, key)
        self.design.setCurrentIndex(max(0, self.design.findData(self.shop.settings.card_design)))
        self.design.currentIndexChanged.connect(lambda _i: self._design_chosen())
        self.terms = QPlainTextEdit()
        self.terms.setPlaceholderText(self.tr("Short terms printed on the back"))
        self.terms.setFixedHeight(60)
        self.terms.textChanged.connect(self.refresh_preview)
        self.show_name = QCheckBox(self.tr("Print the member's name"))
        self.show_name.setChecked(True)
        self.show_name.toggled.connect(lambda _on: self.refresh_preview())
        form.addRow(self.tr("Paper"), self.sheet)
        form.addRow(self.tr("Look"), self.design)
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
        self.list_button = QPushButton(self.tr("Save their numbers (CSV)…"))
        self.list_button.setToolTip(self.tr("The card numbers of the last cards made, "
                                            "for a card printing service or a spreadsheet"))
        self.list_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("primary")
        self.save_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._ask_print)
        self.list_button.clicked.connect(self._ask_list)
        grid.addWidget(QLabel(self.tr("Printer")), 0, 0)
        grid.addWidget(self.printer, 0, 1, 1, 2)
        grid.addWidget(self.save_button, 1, 1)
        grid.addWidget(self.print_button, 1, 2)
        grid.addWidget(self.list_button, 2, 1, 1, 2)
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
        type_name = card_type_names(self.shop).get(self.card_type.currentData())
        if not self.new_cards.isChecked() and item is not None:
            _, name, cards = item.data(Qt.ItemDataRole.UserRole)
            number = next((n for n in cards.split() if n.isdigit() and len(n) == 13), "")
            if number:
                return CardFace(number, "ean13", name or None, type_name)
        body = self.shop.settings.card_prefix + "1234567890"
        return CardFace(body + check_digit(body), "ean13", None, type_name)

    def refresh_preview(self) -> None:
        if hasattr(self, "show_name"):  # the first boxes are built before the design box
            layout, face = self.card_layout(), self.sample_face()
            for preview in (self.preview, self.back_preview):
                preview.show_card(layout, face)

    def _design_chosen(self) -> None:
        """The chosen look becomes the shop's: the next batch, and the next session, use it."""
        new = replace(self.shop.settings, card_design=self.design.currentData())
        result = settings_service.save(self.shop, self.staff, new, self.shop.clock())
        if result.errors:
            self.say(self.tr("Only an owner can change the card design."), True)
        self.refresh_preview()

    # -- saving and printing ------------------------------------------------------

    def card_layout(self) -> CardLayout:
        s = self.shop.settings
        return CardLayout(shop_name=s.name, logo=s.logo or None, terms=self.terms.toPlainText(),
                          show_member_name=self.show_name.isChecked(),
                          layout=self.sheet.currentData(), design=self.design.currentData(),
                          colour=s.shop_colour)

    def request(self, pdf_path: Path | None) -> CardRequest:
        which = ("new" if self.new_cards.isChecked() else "all" if self.all_members.isChecked()
                 else ",".join(str(i) for i in self.chosen_ids()))
        return CardRequest(which, self.count.value(), self.card_layout(), pdf_path,
                           self.card_type.currentData())

    def _ask_pdf(self) -> None:
        pdf = choose_save(self, self.tr("Save cards as PDF"), "cards.pdf", self.tr("PDF (*.pdf)"))
        if pdf:
            self.start(self.request(pdf))

    def _ask_print(self) -> None:
        """The print dialog first: nothing is issued or recorded until a printer is chosen."""
        request = self.request(None)
        if not self._checked(request):
            return
        if not printer_names():
            self.say(self.tr("No printer was found. Install the card printer in the system, "
                             "or save the cards as a PDF."), True)
            return
        try:
            printer = choose_printer(self, self.printer.currentData())
        except SystemPrinterError as error:
            self.say(self.explain(error), True)
            return
        if printer is not None:
            self.start(request, printer)

    def _ask_list(self) -> None:
        path = choose_save(self, self.tr("Save the list of card numbers"), "cards.csv",
                           self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            write_card_list(path, self.last_rows)
        except OSError as error:
            self.say(self.explain(error), True)
            return
        self.say(self.tr("The list of {n} card numbers is saved.").format(n=len(self.last_rows)))

    def _checked(self, request: CardRequest) -> bool:
        if self.progress.running:
            return False
        if request.which == "":
            self.say(self.tr("Tick the members whose cards to print."), True)
            return False
        if len(request.layout.terms) > TERMS_MAX_CHARS:  # checked before a card is issued
            self.say(self.tr("The terms on the back fit {n} characters at most.").format(
                n=TERMS_MAX_CHARS), True)
            return False
        return True

    def start(self, request: CardRequest, printer: object = None) -> None:
        """Issue, render and save (or print on ``printer``) in a worker; the tab stays usable."""
        if not self._checked(request):
            return
        for button in (self.save_button, self.print_button, self.list_button):
            button.setEnabled(False)
        self.progress.start(self.tr("Preparing cards…"),
                            lambda progress: self._work(request, printer, progress),
                            self._done, self._failed, self._cancelled)

    def _work(self, request: CardRequest, printer: object,
              progress: Progress) -> tuple[tuple, ...]:
        """Runs in the worker thread, on a connection of its own; the batch's list rows."""
        shop = reopen(self.shop)
        try:
            who = self.staff.staff_id
            faces, rows = (new_bearer_faces(shop, request.count, request.card_type_id, who)
                           if request.which == "new"
                           else member_faces(shop, request.which, request.card_type_id, who))
            if request.pdf_path is not None:
                write_cards_pdf(request.layout, faces, request.pdf_path, progress)
            else:
                total = len(faces)
                pdf = cards_pdf(request.layout, faces, lambda d, _t: progress(d, 2 * total))
                print_pdf(pdf, printer, lambda d, t: progress(total + d * total // t, 2 * total))
            return rows
        finally:
            shop.close()

    def _finish(self) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(True)
        self.list_button.setEnabled(bool(self.last_rows))

    def _done(self, rows: object) -> None:
        self.last_rows = tuple(rows)  # type: ignore[arg-type]
        self._finish()
        self.say(self.tr("{n} cards done.").format(n=len(self.last_rows)))
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
            return self.tr("The shop's logo cannot be read; choose it again in the settings.")
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

