"""Feeding hostile program files to the real import paths and counting what happened."""
from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from loyalty.program.checks import ProgramError
from loyalty.program.editing import EditError, import_program_file
from loyalty.shop import Shop
from main import main


@dataclass
class Figures:
    inputs: int = 0
    accepted: int = 0
    refused: int = 0
    refused_changed_db: int = 0
    tracebacks: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (f"{name}: {self.inputs} inputs, {self.accepted} accepted, {self.refused} refused, "
                f"{len(self.tracebacks)} tracebacks, {self.refused_changed_db} refused inputs "
                f"that changed the database")


def fingerprint(shop: Shop) -> tuple[int, ...]:
    """Rows this connection wrote, and what any process could have added."""
    versions = shop.db.execute("SELECT COUNT(*) FROM programs").fetchone()[0]
    audits = shop.db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    return shop.db.conn.total_changes, versions, audits


def through_service(shop: Shop, path: Path, day: date) -> bool:
    """The command line's own service; True when saved."""
    try:
        import_program_file(shop, path, day, None, "fuzz")
    except (ProgramError, EditError):
        return False
    return True


def through_command_line(db: Path, path: Path) -> bool:
    """``main.py program import`` in this process: exit 0 saved, 1 refused, else a bug."""
    with open(os.devnull, "w") as quiet, redirect_stdout(quiet), redirect_stderr(quiet):
        code = main(["program", "import", str(path), "--db", str(db)])
    if code not in (0, 1):
        raise AssertionError(f"exit code {code}")
    return code == 0


def through_office(tab, path: Path) -> bool:
    """The office screen's loader (it loads into the forms; only Save stores a version)."""
    return tab.import_file(path)


def run(texts: Iterable[str], folder: Path, shop: Shop, feed: Callable[[Path], bool],
        saves: bool) -> Figures:
    """Each text written to a file and fed; refusals must leave the database untouched."""
    figures = Figures()
    path = folder / "program.json"
    for text in texts:
        figures.inputs += 1
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        before = fingerprint(shop)
        try:
            accepted = feed(path)
        except Exception:  # noqa: BLE001 - counting them is the point
            figures.tracebacks.append(f"{text[:200]!r}\n{traceback.format_exc()}")
            continue
        if accepted:
            figures.accepted += 1
        else:
            figures.refused += 1
        if (not accepted or not saves) and fingerprint(shop) != before:
            figures.refused_changed_db += 1
    return figures
