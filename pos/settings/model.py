"""The shop's settings: one frozen value, read and written as a whole."""
from __future__ import annotations

from dataclasses import dataclass, fields

NEGATIVE_BALANCE_POLICIES = ("allow_negative", "deduct_from_refund")
# where receipts go: nowhere (preview only), an ESC/POS printer over USB
# ("0x0416:0x5011"), serial ("COM3:9600" or "/dev/ttyUSB0:9600"), network
# ("192.168.1.50:9100") or a device/file path, or a printer of the system
RECEIPT_PRINTERS = ("none", "escpos_usb", "escpos_serial", "escpos_network", "escpos_device",
                    "system")
RECEIPT_PAPERS = ("58mm", "80mm", "a4")
CODE_PAGES = ("cp866", "cp1251")
# How the front of a printed loyalty card is laid out (loyalty/printing/card_design.py draws them)
CARD_DESIGNS = ("classic", "minimal", "side_band")
DEFAULT_SHOP_COLOUR = "#1f5f8b"


@dataclass(frozen=True, slots=True)
class ShopSettings:
    name: str = "Shop"
    currency: str = "RUB"
    timezone: str = "Europe/Moscow"
    language: str = "ru"
    card_prefix: str = "29"
    receipt_header: str = ""
    receipt_footer: str = ""
    not_fiscal_note: bool = True
    negative_balance_policy: str = "allow_negative"
    manager_pin_for_void: bool = False
    manager_pin_for_return: bool = False
    inactivity_days: int = 90
    shop_address: str = ""
    tax_id: str = ""  # the INN in Russia; printed in the receipt header
    # The logo's PNG or JPEG bytes, kept in the database itself (not in the text pairs), so a
    # moved or deleted file never takes it away and a backup carries it.
    logo: bytes = b""
    card_design: str = "classic"
    shop_colour: str = DEFAULT_SHOP_COLOUR
    receipt_printer: str = "none"
    receipt_printer_target: str = ""
    receipt_paper: str = "80mm"
    receipt_code_page: str = "cp866"
    print_after_pay: bool = True
    card_printer: str = ""
    last_backup_at: str = ""


def settings_from_pairs(pairs: dict[str, str], logo: bytes = b"") -> ShopSettings:
    """Settings from stored text pairs and the logo's bytes; unknown keys ignored, missing
    ones defaulted."""
    values: dict[str, object] = {"logo": logo}
    for f in fields(ShopSettings):
        if f.name not in pairs or f.type == "bytes":
            continue
        raw = pairs[f.name]
        if f.type == "bool":
            values[f.name] = raw == "1"
        elif f.type == "int":
            values[f.name] = int(raw)
        else:
            values[f.name] = raw
    return ShopSettings(**values)


def settings_to_pairs(settings: ShopSettings) -> dict[str, str]:
    """Every field but the logo, as text; the logo's bytes are stored on their own."""
    out: dict[str, str] = {}
    for f in fields(ShopSettings):
        if f.type == "bytes":
            continue
        value = getattr(settings, f.name)
        out[f.name] = ("1" if value else "0") if isinstance(value, bool) else str(value)
    return out


def default_settings_for(language: str) -> ShopSettings:
    """A new shop follows the system locale: roubles and Moscow time in Russian."""
    if language == "ru":
        return ShopSettings(name="Магазин", language="ru")
    return ShopSettings(name="Shop", currency="USD", timezone="UTC", language="en")


def receipt_header_lines(settings: ShopSettings, tax_id_label: str) -> tuple[str, ...]:
    """The shop's name, address and tax id, then the owner's own header text: the head of
    every receipt, whatever prints it.  ``tax_id_label`` is "ИНН" or "Tax ID", in the
    receipt's language."""
    tax = f"{tax_id_label} {settings.tax_id.strip()}" if settings.tax_id.strip() else ""
    address = (line.strip() for line in settings.shop_address.splitlines())
    lines = (settings.name, *address, tax, *settings.receipt_header.splitlines())
    return tuple(line for line in lines if line.strip())
