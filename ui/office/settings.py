"""The owner's settings screen: shop, receipt, receipt printer with a test print, and the rules."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QThread, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from loyalty.shop import Shop
from pos.settings import service as settings_service
from pos.settings.logo import MAX_LOGO_BYTES, LogoError, read_logo_file
from pos.printing.trial_print import print_test
from pos.printing.escpos import PrinterUnavailable
from pos.settings.model import CODE_PAGES, ShopSettings
from pos.settings.service import CARD_PREFIXES, CURRENCIES, FieldError
from pos.staff.model import Staff
from ui.widgets.file_dialogs import choose_open
from ui.widgets.scrolling import scrolled_column

TIMEZONES = ("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg",
             "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
             "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka", "Europe/Minsk", "Asia/Almaty",
             "Europe/London", "Europe/Berlin", "UTC")
_INVALID = "border: 2px solid #b3261e;"
_LOGO_BOX = QSize(132, 44)


class _TestPrint(QThread):
    """Printers over the network can take seconds to time out: never on the GUI thread."""

    failed = Signal(str)

    def __init__(self, settings: ShopSettings, shop: Shop, parent: QWidget) -> None:
        super().__init__(parent)  # owned by the tab, so closing the window waits for it
        self.settings, self.now = settings, shop.clock()

    def run(self) -> None:
        try:
            print_test(self.settings, self.now)
        except PrinterUnavailable as error:
            self.failed.emit(error.reason)


class SettingsTab(QWidget):
    """Edits a copy of the settings; Save checks and stores it in one service call."""

    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self._printing: _TestPrint | None = None
        self.logo_bytes = b""  # the form's logo: chosen here, stored in the database on Save
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._shop_box(), 0, 0)
        grid.addWidget(self._rules_box(), 1, 0)
        grid.addWidget(self._receipt_box(), 0, 1)
        grid.addWidget(self._printer_box(), 1, 1)
        grid.setRowStretch(2, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled_column(body, frame=True), 1)
        layout.addLayout(bottom)
        self.load(shop.settings)

    # -- building ----------------------------------------------------------

    @staticmethod
    def _combo(items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _shop_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Shop"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(50)
        self.address.setPlaceholderText(self.tr("Street, house, town"))
        self.tax_id = QLineEdit()
        self.tax_id.setMaxLength(settings_service.MAX_TAX_ID_CHARS)
        self.logo = QLabel()
        self.logo.setFixedSize(_LOGO_BOX)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("background: white; border: 1px solid #c8c8c8;")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.show_logo(b""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.choose_button)
        logo_row.addWidget(self.remove_button)
        logo_row.addStretch(1)
        self.colour = self._colours()
        self.currency = self._combo([(c, c) for c in CURRENCIES])
        self.timezone = self._combo([(z, z) for z in TIMEZONES], editable=True)
        self.language = self._combo([("Русский", "ru"), ("English", "en")])
        self.card_prefix = self._combo([(p, p) for p in CARD_PREFIXES])
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Address"), self.address),
                              (self.tr("Tax ID"), self.tax_id), (self.tr("Logo"), logo_row),
                              (self.tr("Shop colour"), self.colour),
                              (self.tr("Currency"), self.currency),
                              (self.tr("Time zone"), self.timezone),
                              (self.tr("Language"), self.language),
                              (self.tr("Card number prefix"), self.card_prefix)):
            form.addRow(label, widget)
        return box

    def _colours(self) -> QComboBox:
        """A few colours that print well behind white text, each with its swatch."""
        combo = QComboBox()
        combo.setIconSize(QSize(28, 14))
        for text, colour in ((self.tr("Blue"), "#1f5f8b"), (self.tr("Green"), "#2e6b4f"),
                             (self.tr("Teal"), "#0f766e"), (self.tr("Burgundy"), "#8c2f39"),
                             (self.tr("Terracotta"), "#b5532a"), (self.tr("Plum"), "#5b3f8c"),
                             (self.tr("Graphite"), "#2f3e46"), (self.tr("Sand"), "#d9b77e")):
            swatch = QPixmap(28, 14)
            swatch.fill(QColor(colour))
            combo.addItem(QIcon(swatch), text, colour)
        return combo

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Returns and manager PIN"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.negative_policy = self._combo([
            (self.tr("Allow a negative balance"), "allow_negative"),
            (self.tr("Deduct from the refund"), "deduct_from_refund")])
        self.pin_for_void = QCheckBox(self.tr("Manager PIN to void a sale"))
        self.pin_for_return = QCheckBox(self.tr("Manager PIN for a return"))
        form.addRow(QLabel(self.tr("Points missing on a return")))
        form.addRow(self.negative_policy)
        form.addRow(self.pin_for_void)
        form.addRow(self.pin_for_return)
        return box

    def _receipt_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.header = QPlainTextEdit()
        self.footer = QPlainTextEdit()
        for edit in (self.header, self.footer):
            edit.setFixedHeight(72)
        self.not_fiscal = QCheckBox(self.tr("Print the “not fiscal” note"))
        form.addRow(self.tr("Header"), self.header)
        form.addRow(self.tr("Footer"), self.footer)
        form.addRow(self.not_fiscal)
        return box

    def _printer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt printer"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.printer = self._combo([
            (self.tr("None (preview only)"), "none"), (self.tr("ESC/POS over USB"), "escpos_usb"),
            (self.tr("ESC/POS serial port"), "escpos_serial"),
            (self.tr("ESC/POS network"), "escpos_network"),
            (self.tr("ESC/POS device file"), "escpos_device"), (self.tr("System printer"), "system")])
        self.printer.currentIndexChanged.connect(self._printer_kind_changed)
        self.target = QLineEdit()
        self.paper = self._combo([(self.tr("58 mm roll"), "58mm"), (self.tr("80 mm roll"), "80mm"),
                                  (self.tr("A4 sheet"), "a4")])
        self.code_page = self._combo([(c.upper(), c) for c in CODE_PAGES])
        self.print_after_pay = QCheckBox(self.tr("Print after each payment"))
        self.test_button = QPushButton(self.tr("Test print"))
        self.test_button.clicked.connect(self.test_print)
        for label, widget in ((self.tr("Printer"), self.printer), (self.tr("Where"), self.target),
                              (self.tr("Paper"), self.paper), (self.tr("Code page"), self.code_page)):
            form.addRow(label, widget)
        form.addRow(self.print_after_pay)
        form.addRow(self.test_button)
        return box

    # -- form ↔ settings ---------------------------------------------------

    def _fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "shop_address": self.address, "tax_id": self.tax_id,
                "shop_colour": self.colour, "currency": self.currency,
                "timezone": self.timezone, "language": self.language,
                "card_prefix": self.card_prefix, "receipt_header": self.header,
                "receipt_footer": self.footer, "negative_balance_policy": self.negative_policy,
                "receipt_printer": self.printer, "receipt_printer_target": self.target,
                "receipt_paper": self.paper, "receipt_code_page": self.code_page}

    def load(self, s: ShopSettings) -> None:
        self.name.setText(s.name)
        self.address.setPlainText(s.shop_address)
        self.tax_id.setText(s.tax_id)
        self.show_logo(s.logo)
        if self.colour.findData(s.shop_colour) < 0:  # a colour set outside this screen stays
            self.colour.addItem(s.shop_colour, s.shop_colour)
        self.timezone.setEditText(s.timezone)
        for combo, value in ((self.currency, s.currency), (self.language, s.language),
                             (self.card_prefix, s.card_prefix), (self.printer, s.receipt_printer),
                             (self.colour, s.shop_colour),
                             (self.negative_policy, s.negative_balance_policy),
                             (self.paper, s.receipt_paper), (self.code_page, s.receipt_code_page)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.header.setPlainText(s.receipt_header)
        self.footer.setPlainText(s.receipt_footer)
        self.target.setText(s.receipt_printer_target)
        for box, value in ((self.not_fiscal, s.not_fiscal_note), (self.pin_for_void, s.manager_pin_for_void),
                           (self.pin_for_return, s.manager_pin_for_return),
                           (self.print_after_pay, s.print_after_pay)):
            box.setChecked(value)
        self._printer_kind_changed()

    def form_settings(self) -> ShopSettings:
        return replace(
            self.shop.settings, name=self.name.text(), logo=self.logo_bytes,
            shop_address=self.address.toPlainText().strip(), tax_id=self.tax_id.text().strip(),
            shop_colour=self.colour.currentData(),
            currency=self.currency.currentData(), timezone=self.timezone.currentText().strip(),
            language=self.language.currentData(), card_prefix=self.card_prefix.currentData(),
            receipt_header=self.header.toPlainText(), receipt_footer=self.footer.toPlainText(),
            not_fiscal_note=self.not_fiscal.isChecked(),
            negative_balance_policy=self.negative_policy.currentData(),
            manager_pin_for_void=self.pin_for_void.isChecked(),
            manager_pin_for_return=self.pin_for_return.isChecked(),
            receipt_printer=self.printer.currentData(), receipt_printer_target=self.target.text(),
            receipt_paper=self.paper.currentData(), receipt_code_page=self.code_page.currentData(),
            print_after_pay=self.print_after_pay.isChecked())

    def _printer_kind_changed(self) -> None:
        examples = {"escpos_usb": "0416:5011", "escpos_serial": "COM3:9600  /dev/ttyUSB0:9600",
                    "escpos_network": "192.168.1.50:9100", "escpos_device": "/dev/usb/lp0"}
        kind = self.printer.currentData()
        self.target.setEnabled(kind in examples)
        self.target.setPlaceholderText(examples.get(kind, ""))
        self.test_button.setEnabled(kind in examples)

    # -- actions -----------------------------------------------------------

    def choose_logo(self) -> None:
        """The file is read and checked at once, so a wrong one is named before Save."""
        path = choose_open(self, self.tr("Shop logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            logo = read_logo_file(path)
        except LogoError as error:
            self._mark((FieldError("logo", error.reason),))
            self._say(self.error_text(FieldError("logo", error.reason)), "error")
            return
        self._mark(())
        self.show_logo(logo)
        self._say(self.tr("The logo is copied into the shop's data when you save; the file "
                          "itself is no longer needed then."), "info")

    def show_logo(self, logo: bytes) -> None:
        self.logo_bytes = logo
        image = QImage.fromData(logo) if logo else QImage()
        if image.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo"))
        else:
            self.logo.setPixmap(QPixmap.fromImage(image).scaled(
                _LOGO_BOX - QSize(6, 6), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(bool(logo))

    def save(self) -> None:
        new = self.form_settings()
        result = settings_service.save(self.shop, self.staff, new, self.shop.clock())
        self._mark(result.errors)
        if result.errors:
            self._say("\n".join(self.error_text(e) for e in result.errors), "error")
        elif not result.changed:
            self._say(self.tr("Nothing to save: the settings are unchanged."), "info")
        elif "language" in result.changed:
            self._say(self.tr("Saved. The new language shows after the application restarts."),
                      "info")
        else:
            self._say(self.tr("Settings saved."), "info")

    def test_print(self) -> None:
        errors = tuple(e for e in settings_service.validate(self.form_settings())
                       if e.field.startswith("receipt_"))
        self._mark(errors)
        if errors:
            self._say("\n".join(self.error_text(e) for e in errors), "error")
            return
        self._say(self.tr("Printing a test receipt…"), "info")
        self.test_button.setEnabled(False)
        self._printing = _TestPrint(self.form_settings(), self.shop, self)
        self._printing.failed.connect(lambda reason: self._say(self.printer_text(reason), "error"))
        self._printing.finished.connect(self._printed)
        self._printing.start()

    def _printed(self) -> None:
        if self.status.property("kind") != "error":
            self._say(self.tr("The test receipt was sent. Check that the printer printed it "
                              "and the Russian letters read correctly."), "info")
        self.test_button.setEnabled(True)

    def _mark(self, errors: tuple[FieldError, ...]) -> None:
        bad = {e.field for e in errors}
        for field, widget in self._fields().items():
            widget.setStyleSheet(_INVALID if field in bad else "")

    def _say(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- messages ----------------------------------------------------------

    def error_text(self, error: FieldError) -> str:
        labels = {"name": self.tr("Name"), "logo": self.tr("Logo"),
                  "shop_address": self.tr("Address"), "tax_id": self.tr("Tax ID"),
                  "shop_colour": self.tr("Shop colour"),
                  "currency": self.tr("Currency"), "timezone": self.tr("Time zone"),
                  "language": self.tr("Language"), "card_prefix": self.tr("Card number prefix"),
                  "receipt_header": self.tr("Header"), "receipt_footer": self.tr("Footer"),
                  "receipt_printer_target": self.tr("Where"), "receipt_paper": self.tr("Paper")}
        texts = {
            "owner_only": self.tr("Only an owner can change the settings."),
            "required": self.tr("fill this in."),
            "too_long": self.tr("at most {n} characters.").format(n=error.value),
            "unknown_timezone": self.tr("unknown time zone; write it like Europe/Moscow."),
            "no_such_file": self.tr("the file does not exist."),
            "not_an_image": self.tr("choose a PNG or JPEG image."),
            "too_large": self.tr("the image is larger than {n} KB; save it smaller.").format(
                n=MAX_LOGO_BYTES // 1024),
            "too_many_lines": self.tr("at most {n} lines.").format(n=error.value),
            "bad_tax_id": self.tr("digits, and letters, spaces or dashes where the country "
                                  "uses them."),
            "bad_inn": self.tr("an INN has 10 or 12 digits, the last ones check digits: "
                               "this one does not add up (mistyped?)."),
            "is_database": self.tr("that is the shop's own database, not an image."),
            "target_required": self.tr("enter where the printer is."),
            "bad_usb_id": self.tr("write the vendor and product id like 0416:5011."),
            "bad_port": self.tr("the port must be a number, like 192.168.1.50:9100."),
            "bad_baud_rate": self.tr("the speed must be a number, like COM3:9600."),
            "bad_host": self.tr("write a host name or an IP address, like 192.168.1.50 or "
                                "[::1]:9100."),
            "bad_kind": self.tr("choose the kind of printer."),
            "a4_needs_system_printer": self.tr("A4 needs a system printer; thermal printers "
                                               "use 58 or 80 mm rolls."),
        }
        if error.field == "card_prefix":
            text = self.tr("choose 20 to 29, the shop's own range of barcodes.")
        else:
            text = texts.get(error.reason, self.tr("choose one of the offered values."))
        if error.field == "staff":
            return text
        return f"{labels.get(error.field, error.field)}: {text}"

    def printer_text(self, reason: str) -> str:
        texts = {"no_printer": self.tr("No receipt printer is chosen."),
                 "system_printer": self.tr("A system printer prints through the print dialog."),
                 "bad_target": self.tr("Check where the printer is.")}
        return texts.get(reason, self.tr("The printer did not print: {reason}").format(
            reason=reason))
