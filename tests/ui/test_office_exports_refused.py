"""The back office's exports (program JSON, catalogue CSV, a coupon batch's PDF) into a
folder that cannot take them, or onto the shop's own file: one sentence on the screen,
nothing written (they raised out of the button before, or wrote 0644)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import Seeded
from ui.office.catalogue import CatalogueTab
from ui.office.coupons import CouponsTab
from ui.office.program.tab import ProgramTab


def _answered(monkeypatch, module, path: Path) -> None:
    """The save dialog of ``module`` answers ``path``, as the owner would choose it."""
    monkeypatch.setattr(module, "choose_save", lambda *_a, **_k: path)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # clicked(checked=False), as Qt sends


def _program(qtbot, monkeypatch, seeded: Seeded, path: Path) -> str:
    from ui.office.program import tab as program_ui
    tab = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    _answered(monkeypatch, program_ui, path)
    _click(qtbot, next(b for b in tab.findChildren(QPushButton) if b.text() == "Export…"))
    return tab.status.text()


def _catalogue(qtbot, monkeypatch, seeded: Seeded, path: Path) -> str:
    from ui.office import catalogue as catalogue_ui
    tab = CatalogueTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    _answered(monkeypatch, catalogue_ui, path)
    _click(qtbot, tab.export_button)
    return tab.message.text()


def _coupons(qtbot, monkeypatch, seeded: Seeded, path: Path) -> str:
    from ui.office import coupons as coupons_ui
    tab = CouponsTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.count.setValue(2)
    tab.value.setText("50")
    _click(qtbot, tab.generate_button)
    assert tab.coupons
    _answered(monkeypatch, coupons_ui, path)
    _click(qtbot, tab.pdf_button)
    return tab.message.text()


EXPORTS = {"program": _program, "catalogue": _catalogue, "coupons": _coupons}


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_into_a_missing_folder_says_so_and_writes_nothing(qtbot, monkeypatch,
                                                                    seeded: Seeded, tmp_path,
                                                                    export) -> None:
    said = EXPORTS[export](qtbot, monkeypatch, seeded, tmp_path / "no-such-folder" / "out.file")
    assert "no-such-folder" in said, said
    assert not (tmp_path / "no-such-folder").exists()


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_onto_the_shops_own_file_is_refused(qtbot, monkeypatch, seeded: Seeded,
                                                      export) -> None:
    before = seeded.shop.path.read_bytes()[:100]
    said = EXPORTS[export](qtbot, monkeypatch, seeded, seeded.shop.path)
    assert "database" in said, said
    assert seeded.shop.path.read_bytes()[:100] == before


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_an_export_is_its_owners_only(qtbot, monkeypatch, seeded: Seeded, tmp_path,
                                      export) -> None:
    out = tmp_path / "out.file"
    EXPORTS[export](qtbot, monkeypatch, seeded, out)
    assert out.stat().st_mode & 0o777 == 0o600
