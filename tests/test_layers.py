"""The architecture's one-way imports: ui -> loyalty -> pos, and Qt only in ui/."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {"pos": ("loyalty", "ui", "PySide6", "shiboken6"),
             "loyalty": ("ui", "PySide6", "shiboken6")}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_layer_reaches_upward(package: str) -> None:
    offenders = {str(p.relative_to(ROOT)): sorted(_imports(p) & set(FORBIDDEN[package]))
                 for p in (ROOT / package).rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def _is_storage(path: Path) -> bool:
    """Storage modules live in a package's storage/ folder."""
    return path.parent.name == "storage"


def test_sql_stays_in_storage_modules() -> None:
    offenders = []
    for package in ("pos", "loyalty", "ui"):
        for p in (ROOT / package).rglob("*.py"):
            if _is_storage(p):
                continue
            text = p.read_text(encoding="utf-8")
            if "db.execute(" in text or "conn.execute" in text or "executemany(" in text:
                offenders.append(str(p.relative_to(ROOT)))
    assert offenders == []
