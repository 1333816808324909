"""What the command-line tests share: the demo owner's PIN in the environment (a script's
way of giving it), a demo shop made once per module and a copy of it per test."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from main import main


@pytest.fixture(autouse=True)
def owner_pin(monkeypatch) -> None:
    """Imported into a test module, every test there runs with the demo owner's PIN."""
    monkeypatch.setenv("POSLOYALTY_PIN", "1111")


def made_demo(folder: Path, *options: str) -> Path:
    """A demo shop made by the command itself, with ``options`` (members, months, language)."""
    path = folder / "demo.db"
    assert main(["demo", "--db", str(path), *options]) == 0
    return path


def copied(shop: Path, folder: Path) -> Path:
    """A copy of ``shop`` for one test to change."""
    copy = folder / "shop.db"
    shutil.copy(shop, copy)
    return copy
