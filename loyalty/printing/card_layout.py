"""How printed loyalty cards look (CardLayout) and what each card carries (CardFace)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from pos.errors import UserError

CardSheet = Literal["cr80", "a4"]
CARD_SHEETS = ("cr80", "a4")
PRINTABLE_SYMBOLOGIES = ("ean13", "ean8", "code128")


class CardLayoutError(UserError, ValueError):
    """A layout or face that cannot be printed; ``reason`` is a stable key."""

    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(f"card_layout.{reason}", value=value)
        self.reason = reason
        self.value = value


@dataclass(frozen=True, slots=True)
class CardLayout:
    """The shop's card design; ``symbology`` is the one new card numbers are printed in.

    Each ``CardFace`` still carries its own symbology, because a pre-printed
    card re-registered from a scan keeps the code it was bought with.
    """

    shop_name: str
    logo_path: Path | None = None
    terms: str = ""
    show_member_name: bool = True
    symbology: str = "ean13"
    layout: CardSheet = "cr80"

    def __post_init__(self) -> None:
        if self.layout not in CARD_SHEETS:
            raise CardLayoutError("bad_layout", self.layout)
        if self.symbology not in PRINTABLE_SYMBOLOGIES:
            raise CardLayoutError("unprintable_symbology", self.symbology)
        if not self.shop_name.strip() and self.logo_path is None:
            raise CardLayoutError("no_shop_name", self.shop_name)


@dataclass(frozen=True, slots=True)
class CardFace:
    number: str
    symbology: str
    member_name: str | None = None

    def __post_init__(self) -> None:
        if self.symbology not in PRINTABLE_SYMBOLOGIES:
            raise CardLayoutError("unprintable_symbology", self.symbology)
