"""Every button, action and toggle is wired to a slot that accepts what Qt really passes.

``clicked``/``triggered``/``toggled`` pass ``checked: bool`` to a slot that takes an argument:
a method ``save_pdf(self, path=None)`` connected directly gets ``path=False`` and raises a
TypeError only when an owner clicks.  This scan finds every such connection in ui/.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOOL_SIGNALS = {"clicked", "triggered", "toggled"}


def _methods(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    return {f.name: f for c in ast.walk(tree) if isinstance(c, ast.ClassDef)
            for f in c.body if isinstance(f, ast.FunctionDef)}


def _takes_an_argument(fn: ast.FunctionDef) -> bool:
    args = fn.args.posonlyargs + fn.args.args
    return len(args) > 1 or fn.args.vararg is not None


def _offenders(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    methods = _methods(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect" and node.args):
            continue
        signal = node.func.value
        if not (isinstance(signal, ast.Attribute) and signal.attr in BOOL_SIGNALS):
            continue
        slot = node.args[0]
        if (isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name)
                and slot.value.id == "self" and slot.attr in methods):
            fn = methods[slot.attr]
            if _takes_an_argument(fn) and not _names_checked(fn):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {signal.attr} -> {slot.attr}")
    return found


def _names_checked(fn: ast.FunctionDef) -> bool:
    """A slot whose one argument is the checked state on purpose (``checked``/``on``...)."""
    args = fn.args.posonlyargs + fn.args.args
    return len(args) == 2 and args[1].arg in ("checked", "on", "enabled", "state")


def test_no_bool_signal_reaches_a_slot_that_expects_something_else() -> None:
    offenders = [o for p in sorted((ROOT / "ui").rglob("*.py")) for o in _offenders(p)]
    assert offenders == []
