"""One-line sentences for the errors a user can cause, from the gettext catalogue.

Every ``pos.errors.UserError`` is worded here from its key and data, in the
language asked for, with the sentences of ``loyalty.text.errors`` (one module per part
of the product); the screens use the same sentences where they have none of their own
(``ui.widgets.explain``). To add one, see ``pos.errors``.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import PurePath

from loyalty.text.errors import files, members, office, program, till
from pos.errors import Message, UserError, shown
from pos.wording import N_, gettext

# every error key's sentence, from the modules of the parts that raise them
SENTENCES: dict[str, str] = {**files.SENTENCES, **members.SENTENCES, **office.SENTENCES,
                             **program.SENTENCES, **till.SENTENCES}
_FILE = N_("{why}: {file}")
_UNREADABLE = N_("the database cannot be read: {why}")
_SERVER = N_("the network's server refused: {why}")


def sentence(message: Message, language: str) -> str:
    """The sentence for ``message``; a key without one names itself and its data."""
    template = SENTENCES.get(message.key) or SENTENCES.get(message.key.split(".")[0] + ".other")
    values = {name: _field(value, language) for name, value in message.data.items()}
    if template is not None:
        try:
            return gettext(language, template).format(**values)
        except (KeyError, IndexError, AttributeError):
            pass
    return ": ".join((message.key, *map(str, values.values())))


def _field(value: object, language: str) -> object:
    """A datum as a sentence shows it: user input cut short, lists joined; numbers and
    tuples of numbers stay as they are (a sentence may index them: ``{value[0]}``)."""
    if isinstance(value, Message):
        return sentence(value, language)
    if isinstance(value, (str, PurePath)):
        return shown(value)
    if isinstance(value, (list, tuple)) and any(isinstance(v, (str, Message)) for v in value):
        return "; ".join(str(_field(v, language)) for v in value)
    if isinstance(value, Mapping) or value is None:
        return ""
    return value


def _server_refusal(error: BaseException) -> bool:
    """A PostgreSQL error the user's setup causes (a refused login, a missing database, a
    malformed URL), not one of this program's statements (which must surface)."""
    if type(error).__module__.split(".")[0] != "psycopg":
        return False
    import psycopg
    return (isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError,
                               psycopg.errors.InsufficientPrivilege))
            or (isinstance(error, psycopg.ProgrammingError) and error.sqlstate is None))


def describe(error: BaseException, language: str = "en") -> str | None:
    """The sentence for ``error``, or None for a programming error (which must surface)."""
    if isinstance(error, UserError):
        return sentence(error.message, language)
    if isinstance(error, (FileNotFoundError, FileExistsError, IsADirectoryError,
                          PermissionError)):
        return gettext(language, _FILE).format(why=error.strerror or "cannot use",
                                               file=shown(PurePath(str(error.filename))))
    if isinstance(error, sqlite3.DatabaseError):
        return gettext(language, _UNREADABLE).format(why=error)
    if _server_refusal(error):
        lines = [line.strip() for line in str(error).splitlines() if line.strip()]
        return gettext(language, _SERVER).format(
            why=shown(lines[-1] if lines else type(error).__name__))
    return None
