"""Short ASCII codes made from names: what stored references hold (a category in a product and
a program's scopes, a tier of a program), stable whatever the name later becomes."""
from __future__ import annotations

import re

# Russian letters as they are commonly written in Latin (passport style, simplified), so a
# code made from «Платина» reads "platina" in an exported program, not "tier_3"
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
                   "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                   "", "e", "iu", "ia")))


def code_from_name(name: str, taken: set[str], fallback: str) -> str:
    """'Торты и пирожные' -> 'torty_i_pirozhnye' (then '_2', '_3'… while taken); a name with
    no letter or digit to keep gives ``fallback``."""
    latin = "".join(_LATIN.get(ch, ch) for ch in name.casefold())
    base = re.sub(r"[^a-z0-9]+", "_", latin).strip("_")[:24].strip("_") or fallback
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code
