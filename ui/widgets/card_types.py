"""Choosing a card type by name from the program's list (the back office's card dialogs)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from loyalty.members.cards import program_card_types
from loyalty.program.editing import today
from loyalty.shop import Shop


def card_type_box(shop: Shop, default_text: str) -> QComboBox:
    """The program's card types by name, the id as each entry's data.

    The first entry (``default_text``, data None) leaves the card without a type, so it
    gives whatever the program's default is at each sale; the program's default type
    itself is preselected when there is one, so a new card carries it.
    """
    box = QComboBox()
    program = shop.programs.program_for(today(shop))
    default = program.fixed_discount.default_card_type_id if program.fixed_discount else None
    box.addItem(default_text, None)
    for card_type in program_card_types(program):
        box.addItem(card_type.name, str(card_type.card_type_id))
    if default:
        box.setCurrentIndex(max(0, box.findData(str(default))))
    return box
