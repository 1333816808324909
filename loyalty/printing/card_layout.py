"""How printed loyalty cards look (CardLayout) and what each card carries (CardFace)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pos.errors import UserError
from pos.settings.model import CARD_DESIGNS, DEFAULT_SHOP_COLOUR

CardSheet = Literal["cr80", "a4"]
CARD_SHEETS = ("cr80", "a4")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
PRINTABLE_SYMBOLOGIES = ("ean13", "ean8", "code128")
# The back of a card holds a few lines; laying out more takes ever longer (3,000 characters:
# half a minute) for text that would not fit anyway.
TERMS_MAX_CHARS = 300


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
    logo: bytes | None = None  # PNG or JPEG, as the settings keep it
    terms: str = ""
    show_member_name: bool = True
    symbology: str = "ean13"
    layout: CardSheet = "cr80"
    design: str = "classic"  # one of CARD_DESIGNS: how the front is arranged
    colour: str = DEFAULT_SHOP_COLOUR  # the shop's colour, "#rrggbb"

    def __post_init__(self) -> None:
        if self.layout not in CARD_SHEETS:
            raise CardLayoutError("bad_layout", self.layout)
        if self.design not in CARD_DESIGNS:
            raise CardLayoutError("bad_design", self.design)
        if not _COLOUR.fullmatch(self.colour):
            raise CardLayoutError("bad_colour", self.colour)
        if self.symbology not in PRINTABLE_SYMBOLOGIES:
            raise CardLayoutError("unprintable_symbology", self.symbology)
        if not self.shop_name.strip() and not self.logo:
            raise CardLayoutError("no_shop_name", self.shop_name)


def check_terms(terms: str) -> str:
    """``terms`` once they fit the back of a card (TERMS_MAX_CHARS); else CardLayoutError."""
    if len(terms) > TERMS_MAX_CHARS:
        raise CardLayoutError("terms_too_long", TERMS_MAX_CHARS)
    return terms


@dataclass(frozen=True, slots=True)
class CardFace:
    number: str
    symbology: str
    member_name: str | None = None
    card_type_name: str | None = None  # printed small on the front ("Gold card")

    def __post_init__(self) -> None:
        if self.symbology not in PRINTABLE_SYMBOLOGIES:
            raise CardLayoutError("unprintable_symbology", self.symbology)
