"""The architecture's one-way imports: ui -> loyalty -> pos, and Qt only in ui/.

Every module of every sub-package is read, and ``ast.walk`` visits imports inside
functions too (the lazily imported office tabs, a deferred import in a helper);
relative imports are resolved against the module's own package.  Product code
never imports by a name in a string (importlib, __import__), so these rules see
every import there is.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {"pos": ("loyalty", "ui", "PySide6", "shiboken6"),
             "loyalty": ("ui", "PySide6", "shiboken6")}


PRODUCT = ("pos", "loyalty", "ui")


def _imports_in(source: str, package: tuple[str, ...]) -> set[str]:
    """Top-level names of everything ``source`` imports, wherever the import statement is;
    ``package`` is the dotted package the module lives in, for relative imports."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                found.add(base[0] if base else (node.module or "").split(".")[0])
            elif node.module:
                found.add(node.module.split(".")[0])
    return found


def _imports(path: Path) -> set[str]:
    package = path.relative_to(ROOT).parent.parts
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _product_modules() -> list[Path]:
    return sorted(p for package in PRODUCT for p in (ROOT / package).rglob("*.py")) + [
        ROOT / "main.py"]


def test_the_scan_sees_imports_inside_functions_and_relative_ones() -> None:
    source = ("def later():\n    from ui.office.cards import CardPrintingTab\n"
              "class A:\n    def m(self):\n        import PySide6.QtCore\n"
              "from ..ui import widgets\n")
    assert _imports_in(source, ("loyalty", "members")) == {"ui", "PySide6", "loyalty"}
    assert _imports_in("from . import x\n", ("pos", "printing")) == {"pos"}


def test_every_sub_package_is_scanned() -> None:
    scanned = {p.parent.relative_to(ROOT).as_posix() for p in _product_modules()}
    folders = {p.parent.relative_to(ROOT).as_posix() for package in PRODUCT
               for p in (ROOT / package).rglob("__init__.py")}
    assert folders <= scanned and {"ui/office/members", "loyalty/engine", "pos/storage"} <= scanned


def _dynamic_imports(path: Path) -> list[str]:
    """importlib, or __import__ called: an import whose module is a string the test cannot read."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "importlib"
                                                for a in node.names):
            found.append(f"line {node.lineno}: import importlib")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "importlib":
            found.append(f"line {node.lineno}: from importlib")
        elif isinstance(node, ast.Name) and node.id == "__import__":
            found.append(f"line {node.lineno}: __import__")
        elif isinstance(node, ast.Attribute) and node.attr in ("import_module", "__import__"):
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_product_code_imports_no_module_by_name() -> None:
    offenders = {str(p.relative_to(ROOT)): _dynamic_imports(p) for p in _product_modules()}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_dynamic_import_check_catches_each_form(tmp_path: Path) -> None:
    for source in ("import importlib\n", "from importlib import import_module\n",
                   "def f():\n    return __import__('ui')\n",
                   "import builtins\nbuiltins.__import__('ui')\n"):
        module = tmp_path / "m.py"
        module.write_text(source, encoding="utf-8")
        assert _dynamic_imports(module), source


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_layer_reaches_upward(package: str) -> None:
    offenders = {str(p.relative_to(ROOT)): sorted(_imports(p) & set(FORBIDDEN[package]))
                 for p in (ROOT / package).rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def _is_storage(path: Path) -> bool:
    """Storage modules live in a package's storage/ folder (its migrations in a folder of
    their own there); the shop network's PostgreSQL side keeps its SQL in its own
    ``server_store.py`` (the one module importing psycopg)."""
    return "storage" in (path.parent.name, path.parent.parent.name) or \
        path.relative_to(ROOT).as_posix() == "loyalty/network/server_store.py"


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
