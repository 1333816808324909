"""The shop's logo: read once from the file the owner chose, checked to be a real PNG or JPEG."""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from pos.errors import UserError
from pos.storage.files import DatabaseFileError, refuse_database_file

MAX_LOGO_BYTES = 1024 * 1024  # a card or receipt logo needs far less; the file stays small
LOGO_FORMATS = ("PNG", "JPEG")
# Decoding a "small" file that claims a huge canvas would take the till's memory.
MAX_LOGO_PIXELS = 4096 * 4096


class LogoError(UserError, ValueError):
    """``reason``: no_such_file, too_large, not_an_image or is_database; ``path`` as chosen."""

    def __init__(self, reason: str, path: str = "") -> None:
        super().__init__(f"logo.{reason}", path=path, limit_kb=MAX_LOGO_BYTES // 1024)
        self.reason, self.path = reason, path


def logo_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be the logo (too_large, not_an_image), or None when it can."""
    if len(data) > MAX_LOGO_BYTES:
        return "too_large"
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in LOGO_FORMATS or image.width * image.height > MAX_LOGO_PIXELS:
                return "not_an_image"
            image.load()  # a truncated or corrupt file fails here, not later on a card
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return "not_an_image"
    return None


def read_logo_file(path: str | Path) -> bytes:
    """The bytes of the image at ``path``, checked; LogoError says what is wrong with it.

    This reads a file the owner chose (never the shop's database: that is refused)."""
    shown = str(path)
    try:
        file = refuse_database_file(Path(path))
        if file.stat().st_size > MAX_LOGO_BYTES:  # refused before a huge file is read
            raise LogoError("too_large", shown)
        data = file.read_bytes()
    except DatabaseFileError:
        raise LogoError("is_database", shown) from None
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise LogoError("no_such_file", shown) from None
    except OSError:
        raise LogoError("not_an_image", shown) from None
    reason = logo_problem(data)
    if reason is not None:
        raise LogoError(reason, shown)
    return data
