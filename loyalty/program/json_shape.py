"""A program file's shape, checked on its text before Python's json parses it.

Python's json raises RecursionError on deep nesting and ValueError on an
integer of more than 4,300 digits, accepts NaN and Infinity, and keeps the last
of duplicate keys silently. One pass of a tokenizer refuses all of those with
the path where they occur, so the parser only ever sees a file of sane shape.
"""
from __future__ import annotations

import re
from pathlib import Path

from loyalty.program.checks import ProgramError
from pos.storage.files import database_clash

MAX_FILE_BYTES = 1_000_000   # a full program is a few kilobytes
MAX_DEPTH = 12               # the program's own nesting is at most 6
MAX_NUMBER_CHARS = 24        # 2**63 has 19 digits
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+|"', re.DOTALL)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_NOT_NUMBERS = {"NaN", "Infinity", "-Infinity"}


class _Place:
    """One open container: its path, and the key or index being filled in."""

    __slots__ = ("path", "is_object", "key", "index", "keys", "expect_key")

    def __init__(self, path: str, is_object: bool) -> None:
        self.path, self.is_object = path, is_object
        self.key: str | None = None
        self.index = 0
        self.keys: set[str] = set()
        self.expect_key = is_object

    def child(self) -> str:
        if self.is_object:
            return f"{self.path}.{self.key}" if self.path else str(self.key)
        return f"{self.path}[{self.index}]"


def _key_text(token: str) -> str:
    # the key as it will be named in a message: short, and with its escapes as written
    return token[1:-1][:40]


def check_shape(text: str) -> None:
    """Raise ProgramError (path, reason) when the text is too big, too deep or has odd numbers."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise ProgramError("", "file_too_large", MAX_FILE_BYTES)
    stack: list[_Place] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        top = stack[-1] if stack else None
        here = top.child() if top is not None else ""
        if token in "{[":
            if len(stack) >= MAX_DEPTH:
                raise ProgramError(here, "nested_too_deep", MAX_DEPTH)
            stack.append(_Place(here, token == "{"))
        elif token in "}]":
            if stack:
                stack.pop()
        elif token == ",":
            if top is not None:
                top.index += 1
                top.expect_key = top.is_object
        elif token == ":":
            if top is not None:
                top.expect_key = False
        elif token.startswith('"'):
            if top is not None and top.is_object and top.expect_key:
                key = _key_text(token)
                if key in top.keys:
                    raise ProgramError(_join(top.path, key), "duplicate_key")
                top.keys.add(key)
                top.key = key
        else:
            _check_literal(token, here)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _check_literal(token: str, path: str) -> None:
    if token in _NOT_NUMBERS:  # Python's json takes them; no program field can hold one
        raise ProgramError(path, "not_a_number")
    if _NUMBER.fullmatch(token) and len(token) > MAX_NUMBER_CHARS:
        raise ProgramError(path, "number_too_long", MAX_NUMBER_CHARS)


def read_program_text(path: Path, database: Path | None = None) -> str:
    """The file's text, read only if it is small enough; raises ProgramError or OSError.

    The shop's own ``database`` (or its -wal, -shm) is refused unopened: on POSIX,
    closing any other descriptor of that file drops the process's SQLite locks.
    """
    if database_clash(path, *(() if database is None else (database,))) is not None:
        raise ProgramError("", "is_the_shop_database")
    with path.open("rb") as f:
        data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ProgramError("", "file_too_large", MAX_FILE_BYTES)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProgramError("", "not_utf8") from None
