"""The one base class for errors a user can cause: a message key and the data behind it.

Bad input (an unknown card, a malformed amount, a broken CSV row) raises a
``UserError``; the command line (``loyalty.text.cli_errors.describe``) and the
screens (``ui.widgets.explain.Explainer.error``) each turn any of them into a
sentence in one place, from ``key`` and ``data``, without knowing the class.
Anything else that escapes is a programming error and must surface.

How to add an error a user can cause:

1. Subclass ``UserError`` (keep the builtin base the callers catch, e.g.
   ``class CouponError(UserError, ValueError)``) and call
   ``super().__init__("<family>.<reason>", name=value, ...)``: the key names the
   sentence, the keyword data fill its ``{name}`` fields. Keep the attributes the
   callers read (``reason``, ``number`` …) as plain attributes too.
2. Add the sentence under its key in the ``SENTENCES`` of the module of
   ``loyalty/text/errors/`` for the part that raises it (till, members, program,
   files, office: an English msgid marked ``N_``, fields named as in ``data``).
3. Update the catalogue and write the Russian ``msgstr`` (README "Translations":
   ``pybabel extract``, ``update``, fill in, ``compile``).
4. A screen shows the catalogue's sentence in the UI's language; give it a
   wording of its own only where the till needs a different one, in
   ``Explainer``'s table of the same keys.

Data that echo what the user typed are cut to ``ECHO_CHARS`` characters with
"…" (``shown``), so a pasted page never floods a message.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

ECHO_CHARS = 40


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence not yet worded: its key and its data (which may hold Messages)."""

    key: str
    data: Mapping[str, object] = field(default_factory=dict)


class UserError(Exception):
    """An error the user caused; ``key`` names its sentence, ``data`` fills it."""

    def __init__(self, key: str, **data: object) -> None:
        details = ", ".join(f"{name}={value!r}" for name, value in data.items())
        super().__init__(f"{key}: {details}" if details else key)
        self.key = key
        self.data = data

    @property
    def message(self) -> Message:
        return Message(self.key, self.data)


def shown(value: object) -> str:
    """``value`` as a message echoes it: at most ``ECHO_CHARS`` characters, with "…" where
    it was cut (a path keeps its end, the file's name)."""
    text = str(value)
    if len(text) > ECHO_CHARS:
        text = ("…" + text[-(ECHO_CHARS - 1):] if isinstance(value, PurePath)
                else text[:ECHO_CHARS - 1] + "…")
    # a control character (a scanner's stray byte) is shown as '?': a message stays one line
    return "".join(c if c.isprintable() else "?" for c in text)
