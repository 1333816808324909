"""The card printing tab: saved and printed PDFs decode back to the card numbers; cancel leaves no file."""
from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.pos.test_settings_service import png_bytes
from tests.ui.conftest import Seeded
from ui.office import cards as cards_ui
from ui.office.cards import CardPrintingTab
from ui.app import install_translator
from ui.office.window import OfficeWindow
from ui.widgets.system_printer import pdf_printer


def open_tab(qtbot, seeded: Seeded) -> CardPrintingTab:
    tab = CardPrintingTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    return tab


def decoded_numbers(pdf: Path, pages: range | None = None) -> list[str]:
    document = pdfium.PdfDocument(str(pdf))
    found = []
    for index in pages if pages is not None else range(len(document)):
        image = document[index].render(scale=300 / 72).to_pil().convert("L")
        found += [r.text for r in zxingcpp.read_barcodes(image)]
    return sorted(found)


def listed_numbers(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return sorted(row["card_number"] for row in csv.DictReader(handle))


def finish(qtbot, tab: CardPrintingTab) -> None:
    qtbot.waitUntil(lambda: not tab.progress.running, timeout=30_000)


def card_count(seeded: Seeded) -> int:
    return seeded.shop.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]


def save_list(tab: CardPrintingTab, path: Path) -> None:
    """The list button, with its save dialog answered by ``path``."""
    original = cards_ui.choose_save
    cards_ui.choose_save = lambda *_args: path
    try:
        tab.list_button.click()
    finally:
        cards_ui.choose_save = original


def test_new_cards_saved_as_a4_decode_to_the_listed_numbers(qtbot, seeded: Seeded,
                                                             tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.count.setValue(12)
    tab.sheet.setCurrentIndex(tab.sheet.findData("a4"))
    tab.terms.setPlainText("Баллы действуют 12 месяцев.")
    pdf, numbers = tmp_path / "cards.pdf", tmp_path / "cards.csv"
    tab.start(tab.request(pdf))
    assert tab.progress.isVisible()
    finish(qtbot, tab)
    assert "12 cards done" in tab.status.text()
    save_list(tab, numbers)
    listed = listed_numbers(numbers)
    assert len(listed) == 12 and all(n.startswith("29") for n in listed)
    fronts = decoded_numbers(pdf, range(0, 4, 2))  # sheet, backs, sheet, backs
    assert fronts == listed


def test_chosen_member_card_shows_the_name_and_decodes(qtbot, seeded: Seeded,
                                                       tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.chosen.setChecked(True)
    tab.search.setText("Anna")
    assert tab.members.count() == 1
    tab.members.item(0).setCheckState(Qt.CheckState.Checked)
    assert tab.preview.face.number == seeded.anna_card.number
    assert tab.preview.face.member_name == "Anna Petrova"
    pdf = tmp_path / "anna.pdf"
    tab.start(tab.request(pdf))
    finish(qtbot, tab)
    assert decoded_numbers(pdf, range(0, 1)) == [seeded.anna_card.number]
    text = pdfium.PdfDocument(str(pdf))[0].get_textpage().get_text_range()
    assert "Anna Petrova" in text


def test_print_goes_to_the_printer_chosen_in_the_dialog_and_decodes(
        qtbot, seeded: Seeded, tmp_path: Path, monkeypatch) -> None:
    printed = tmp_path / "printed.pdf"
    tab = open_tab(qtbot, seeded)
    asked: list[str] = []
    monkeypatch.setattr(cards_ui, "printer_names", lambda: ["Card printer"])
    monkeypatch.setattr(cards_ui, "choose_printer",
                        lambda _parent, name: asked.append(name) or pdf_printer(str(printed)))
    monkeypatch.setattr(cards_ui, "choose_save", lambda *_args: pytest.fail("asked for a file"))
    tab.count.setValue(2)
    tab.print_button.click()
    finish(qtbot, tab)
    assert asked == [""] and "2 cards done" in tab.status.text(), tab.status.text()
    monkeypatch.undo()
    save_list(tab, tmp_path / "list.csv")
    document = pdfium.PdfDocument(str(printed))
    assert len(document) == 4  # a front and a back page per CR80 card
    width_pt, height_pt = document[0].get_size()
    # Qt keeps page sizes in whole points: within half a millimetre of 85.60 × 53.98 mm
    assert abs(width_pt * 25.4 / 72 - 85.60) < 0.5 and abs(height_pt * 25.4 / 72 - 53.98) < 0.5
    assert decoded_numbers(printed, range(0, 4, 2)) == listed_numbers(tmp_path / "list.csv")


def test_cancel_leaves_no_file(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.count.setValue(400)
    out = tmp_path / "out"
    out.mkdir()
    tab.start(tab.request(out / "many.pdf"))
    tab.progress.cancel_button.click()
    finish(qtbot, tab)
    assert "Cancelled" in tab.status.text()
    assert list(out.iterdir()) == []  # no PDF, no half-written .part, no list


def test_nothing_ticked_is_refused(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    tab.chosen.setChecked(True)
    tab.start(tab.request(tmp_path / "x.pdf"))
    assert not tab.progress.running and "Tick the members" in tab.status.text()


def test_terms_too_long_for_the_card_are_refused_before_a_card_is_issued(
        qtbot, seeded: Seeded, tmp_path: Path, monkeypatch) -> None:
    """A QA tester's 3,000-character terms took 31 s to lay out, the cards issued already."""
    tab = open_tab(qtbot, seeded)
    cards = "SELECT COUNT(*) FROM cards"
    before = seeded.shop.db.execute(cards).fetchone()[0]
    tab.terms.setPlainText("x" * 301)
    monkeypatch.setattr(cards_ui, "choose_save", lambda *_a, **_k: tmp_path / "x.pdf")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.progress.running
    assert tab.status.text() == "The terms on the back fit 300 characters at most."
    assert not (tmp_path / "x.pdf").exists()
    assert seeded.shop.db.execute(cards).fetchone()[0] == before


def test_without_a_printer_print_says_so_and_issues_nothing(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)  # offscreen Qt sees no system printer at all
    before = card_count(seeded)
    tab.count.setValue(2)
    tab.print_button.click()
    assert not tab.progress.running
    assert tab.status.text().startswith("No printer was found.")
    assert card_count(seeded) == before


def test_cancelling_the_print_dialog_prints_and_records_nothing(qtbot, seeded: Seeded,
                                                                monkeypatch) -> None:
    tab = open_tab(qtbot, seeded)
    monkeypatch.setattr(cards_ui, "printer_names", lambda: ["Card printer"])
    monkeypatch.setattr(cards_ui, "choose_printer", lambda _parent, _name: None)
    before = card_count(seeded)
    tab.print_button.click()
    assert not tab.progress.running and tab.status.text() == ""
    assert card_count(seeded) == before


@pytest.mark.parametrize("language", ["en", "ru"])
def test_saving_a_pdf_never_grows_the_office_past_the_screen(qtbot, seeded: Seeded,
                                                             tmp_path: Path, monkeypatch,
                                                             language: str) -> None:
    app = QApplication.instance()
    translators = install_translator(app, language)
    try:
        check_office_fits(qtbot, seeded, tmp_path, monkeypatch)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def check_office_fits(qtbot, seeded: Seeded, tmp_path: Path, monkeypatch) -> None:
    window = OfficeWindow(seeded.shop, seeded.owner)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    tab = window.tab("CardPrintingTab")
    window.tabs.setCurrentWidget(tab)
    monkeypatch.setattr(cards_ui, "choose_save", lambda *_args: tmp_path / "cards.pdf")
    tab.count.setValue(2)
    tab.save_button.click()
    finish(qtbot, tab)
    assert tab.last_rows and tab.status.text()
    settings = window.tab("SettingsTab")
    window.tabs.setCurrentWidget(settings)
    qtbot.wait(50)
    assert window.height() <= 768 and window.minimumSizeHint().height() <= 768
    button = settings.save_button
    corner = button.mapTo(window, button.rect().bottomRight())
    assert button.isVisible() and window.rect().contains(corner)


@pytest.mark.parametrize("design", ["classic", "minimal", "side_band"])
def test_the_chosen_design_is_kept_and_the_preview_shows_the_logo(qtbot, seeded: Seeded,
                                                                  design: str) -> None:
    shop = seeded.shop
    shop.save_settings(replace(shop.settings, logo=png_bytes(), shop_colour="#2e6b4f"))
    tab = open_tab(qtbot, seeded)
    tab.design.setCurrentIndex(tab.design.findData(design))
    assert shop.settings.card_design == design
    assert not tab.preview.logo.isNull()
    image = tab.preview.grab().toImage()
    logo_red = [(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).blue() < 60]
    assert logo_red  # the logo's warm block is painted on the preview card
