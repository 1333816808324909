"""Which shop file the app opened last, kept in a small per-user settings file.

Not inside a shop's database: it says which database to open.  The file is
``last-shop.json`` in the user's config folder ($XDG_CONFIG_HOME/PosLoyalty on Linux,
the data folder on Windows and macOS), written whole or not at all.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from pos.storage.db import APP_DIR_NAME, default_data_dir

FILE_NAME = "last-shop.json"


def config_dir() -> Path:
    if sys.platform in ("win32", "darwin"):
        return default_data_dir()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_DIR_NAME


def remembered_shop() -> Path | None:
    """The shop file opened last, or None when none is remembered (or the note is unreadable:
    then the first-start choice is simply asked again)."""
    try:
        path = json.loads((config_dir() / FILE_NAME).read_text(encoding="utf-8"))["shop"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Path(path) if isinstance(path, str) and path else None


def remember_shop(path: Path) -> None:
    """Note ``path`` (made absolute) as the shop to open next time; a note that cannot be
    written only means the choice is asked again, so that is not an error."""
    folder = config_dir()
    temporary = folder / (FILE_NAME + ".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"shop": str(Path(path).resolve())}), encoding="utf-8")
        os.replace(temporary, folder / FILE_NAME)
    except OSError:
        return
