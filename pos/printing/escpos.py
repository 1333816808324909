"""Receipt → ESC/POS bytes for 58/80 mm thermal printers, and sending them over USB, serial, network or a device file."""
from __future__ import annotations

import contextlib
import io
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pos.printing.barcode import bar_pattern
from pos.printing.receipt import Receipt
from pos.printing.targets import NetworkPrinter, PrinterTarget, SerialPrinter, UsbPrinter
from pos.printing.text import AmountRow, BarcodeRow, ItemRow, Row, TextRow, receipt_rows
from pos.storage.files import DatabaseFileError, refuse_database_file

if TYPE_CHECKING:
    from escpos.escpos import Escpos
    from escpos.printer import Dummy

# python-escpos is imported where a receipt is printed, not at start-up: importing
# it re-reads its whole printer database, half a second of every till start.

EscposPaper = Literal["58mm", "80mm"]
COLUMNS: dict[str, int] = {"58mm": 32, "80mm": 48}
_DOTS: dict[str, int] = {"58mm": 384, "80mm": 576}  # printable width at 203 dpi
ESC = b"\x1b"
# Characters most code pages lack; what a thermal printer can print instead.
_FALLBACK = {"₽": "р.", "−": "-", "–": "-", "—": "-", "•": "*", "×": "x", "«": '"', "»": '"',
             "„": '"', "“": '"', "”": '"', "…": "...", "\u202f": "\u00a0", "·": "-"}


@dataclass(frozen=True, slots=True)
class CodePage:
    """A Python codec and the number that ``ESC t n`` selects it with on the printer."""

    codec: str
    number: int


# Epson's numbering; many clones agree for PC866 (17) but differ for WPC1251.
CP866 = CodePage("cp866", 17)
CP1251 = CodePage("cp1251", 46)


class PrinterUnavailable(RuntimeError):
    """The printer could not be reached or refused the data; ``target`` says which."""

    def __init__(self, target: PrinterTarget, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


def receipt_escpos(receipt: Receipt, paper: EscposPaper = "80mm",
                   code_page: CodePage = CP866) -> bytes:
    """The receipt as ESC/POS bytes: init, code page, rows, coupon barcode, feed and cut."""
    from escpos.printer import Dummy
    printer = Dummy()
    writer = _Writer(printer, COLUMNS[paper], _DOTS[paper], code_page)
    printer.hw("INIT")
    # Selected by hand rather than through python-escpos's magic encoder, which
    # switches code pages per character and guesses wrong on many clones.
    printer._raw(ESC + b"t" + bytes([code_page.number]))
    for row in receipt_rows(receipt):
        writer.write(row)
    printer.cut()
    return printer.output


def send_escpos(data: bytes, target: PrinterTarget) -> None:
    """Send ready-made ESC/POS bytes to the printer ``target``."""
    from escpos.exceptions import Error as EscposError
    printer = _open(target)
    try:
        printer._raw(data)
    except (OSError, EscposError) as error:
        raise PrinterUnavailable(target, str(error)) from error
    finally:
        with contextlib.suppress(OSError, EscposError):
            printer.close()


def _open(target: PrinterTarget) -> Escpos:
    from escpos.exceptions import Error as EscposError
    from escpos.printer import File, Network, Serial, Usb
    # Checked first: without pyusb or pyserial even closing such a printer raises.
    if isinstance(target, UsbPrinter) and not Usb.is_usable():
        raise PrinterUnavailable(target, "USB printing needs the pyusb package")
    if isinstance(target, SerialPrinter) and not Serial.is_usable():
        raise PrinterUnavailable(target, "serial printing needs the pyserial package")
    try:
        if isinstance(target, UsbPrinter):
            printer: Escpos = Usb(target.vendor_id, target.product_id)
        elif isinstance(target, SerialPrinter):
            printer = Serial(devfile=target.port, baudrate=target.baudrate)
        elif isinstance(target, NetworkPrinter):
            printer = Network(target.host, port=target.port, timeout=target.timeout_s)
        else:
            printer = File(str(refuse_database_file(target.path)))
        printer.open()
    # pyusb without the libusb library raises NoBackendError, a ValueError
    except (OSError, EscposError, RuntimeError, ValueError, DatabaseFileError) as error:
        raise PrinterUnavailable(target, str(error)) from error
    return printer


class _Writer:
    """Lays rows out in fixed columns and encodes them in the selected code page."""

    def __init__(self, printer: Dummy, columns: int, dots: int, code_page: CodePage) -> None:
        self.printer, self.columns, self.dots, self.code_page = printer, columns, dots, code_page
        self.current: tuple[str, bool, bool] | None = None

    def write(self, row: Row) -> None:
        if isinstance(row, TextRow):
            self._style(row.align, row.bold, row.large)
            self._lines(self._wrap(row.text, self.columns))
        elif isinstance(row, AmountRow):
            self._style("left", row.bold, row.large)
            self._lines(self._pair(row.label, row.amount, 2 if row.indent else 0))
        elif isinstance(row, ItemRow):
            self._style("left", False, False)
            self._lines(self._pair(row.name, row.total, 0))
            if row.detail:
                self._lines(self._pair(row.detail, "", 2))
        elif isinstance(row, BarcodeRow):
            self._barcode(row)
        else:
            self._style("left", False, False)
            self._lines(["-" * self.columns])

    def _style(self, align: str, bold: bool, large: bool) -> None:
        # Sent only on change: thermal printers over 9600-baud serial feel every byte.
        if self.current == (align, bold, large):
            return
        self.current = (align, bold, large)
        # Double height only: double width would halve the columns the layout assumed.
        self.printer.set(align=align, bold=bold, normal_textsize=not large, double_height=large)

    def _printable(self, text: str) -> str:
        out = []
        for char in text:
            try:
                char.encode(self.code_page.codec)
                out.append(char)
            except UnicodeEncodeError:
                out.append(_FALLBACK.get(char, "?"))
        return "".join(out)

    def _wrap(self, text: str, width: int) -> list[str]:
        # textwrap breaks only at ASCII whitespace, so no-break spaces keep amounts whole.
        return textwrap.wrap(self._printable(text), width, break_on_hyphens=False) or [""]

    def _pair(self, left: str, right: str, indent: int) -> list[str]:
        """Left text wrapped, ``right`` right-aligned on the first line."""
        right = self._printable(right)
        room = self.columns - indent - (len(right) + 1 if right else 0)
        lines = [" " * indent + line for line in self._wrap(left, room)]
        if right:
            lines[0] = lines[0].ljust(self.columns - len(right)) + right
        return lines

    def _lines(self, lines: list[str]) -> None:
        text = "".join(line.replace("\u00a0", " ") + "\n" for line in lines)
        self.printer._raw(text.encode(self.code_page.codec))

    def _barcode(self, row: BarcodeRow) -> None:
        pattern = bar_pattern(row.data, row.symbology)
        width = 3 if pattern.width_modules * 3 <= self.dots else 2
        if pattern.width_modules * width > self.dots or row.symbology != "code128":
            self.write(TextRow(row.data, "center", bold=True))
            return
        self._style("center", False, False)
        # python-escpos announces its renderer choice on stdout; a till has no console.
        with contextlib.redirect_stdout(io.StringIO()):
            self.printer.barcode("{B" + row.data, "CODE128", height=80, width=width,
                                 pos="BELOW", function_type="B")
        self.printer._raw(b"\n")
        self.current = None  # the barcode command leaves the printer's state unknown
