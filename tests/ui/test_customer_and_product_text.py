"""What a person types to name a customer or a product is read the same everywhere: a phone
without '+' at the till's F5 and in the simulator, lower-case Cyrillic in the till's F3 and
the simulator's product search."""
from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from pos.catalogue.model import Product
from pos.storage import store
from pos.storage.db import write_transaction
from tests.ui.conftest import Seeded
from tests.ui.test_office_members_selection import type_text
from tests.ui.test_till_sale import open_till, press
from ui.office.program.tab import ProgramTab

RYE = Product(None, "4600000000094", "Хлеб ржаной", 60_00, "bakery")


def type_slowly(qtbot, widget, text: str) -> None:
    """A person typing (not a scanner burst), Cyrillic included."""
    for ch in text:
        type_text(widget, ch)
        qtbot.wait(120)


def add_rye(seeded: Seeded) -> None:
    with write_transaction(seeded.shop.db):
        store.upsert_products(seeded.shop.db, (RYE,))


def test_till_f3_finds_a_cyrillic_name_typed_in_lower_case(qtbot, seeded: Seeded) -> None:
    add_rye(seeded)
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F3)
    type_slowly(qtbot, w.search, "хлеб")
    assert [w.results.item(i).text().split("    ")[0] for i in range(w.results.count())] == [
        "Хлеб ржаной"]
    qtbot.keyClick(w.search, Qt.Key.Key_Return, delay=120)
    assert [line.name for line in w.till.basket.lines] == ["Хлеб ржаной"]


def test_till_f5_takes_the_phone_without_plus(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.keyClicks(w.scan, "79161234567")
    qtbot.keyClick(w.scan, Qt.Key.Key_Return)
    assert w.customer.name.text() == "Anna Petrova"
    assert w.till.basket.customer_ref


def test_simulator_takes_the_phone_without_plus_and_lower_case_products(qtbot,
                                                                       seeded: Seeded) -> None:
    add_rye(seeded)
    tab = ProgramTab(seeded.shop, seeded.owner)
    try:
        found = _simulate(qtbot, tab)
    finally:
        # deleted here, on the GUI thread: left to the garbage collector, the tab may be
        # collected on a later test's worker thread, which crashes Qt
        tab.close()
        tab.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del tab
        gc.collect()
    assert found == ["Хлеб ржаной"]


def _simulate(qtbot, tab: ProgramTab) -> list[str]:
    sim = tab.simulator
    sim.who.setCurrentIndex(1)
    qtbot.keyClicks(sim.ref, "79161234567")
    qtbot.keyClick(sim.ref, Qt.Key.Key_Return)
    assert sim.member_label.text() == "Anna Petrova"
    type_slowly(qtbot, sim.search, "хлеб")
    qtbot.keyClick(sim.search, Qt.Key.Key_Return)
    return [p.name for p in sim.found]
