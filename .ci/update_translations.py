"""Regenerate the Qt translation files: one group of screens per folder of ui/.

    .venv/bin/python .ci/update_translations.py

For each group, pyside6-lupdate rereads the group's files into
``resources/translations/<group>_<lang>.ts``; an entry left unfinished there (a new text,
or one whose class moved to another group) gets the translation that any existing .ts file
already has for the same source text; then pyside6-lrelease compiles the .qm.  What is
still unfinished is listed: translate it (Qt Linguist, or the XML), then run this again.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
WIDGETS_PRINTING = {"system_printer.py", "receipt_output.py", "card_preview.py", "card_types.py"}


def groups() -> dict[str, list[Path]]:
    ui = ROOT / "ui"
    widgets = sorted((ui / "widgets").glob("*.py"))
    return {
        "till": sorted((ui / "till").glob("*.py")),
        "office_members": sorted((ui / "office" / "members").glob("*.py")),
        "office_program": sorted((ui / "office" / "program").glob("*.py")),
        "office_admin": sorted((ui / "office").glob("*.py")),
        "printing_reports": sorted((ui / "reports").glob("*.py"))
                            + [w for w in widgets if w.name in WIDGETS_PRINTING],
        "shell": sorted(ui.glob("*.py")) + [w for w in widgets if w.name not in WIDGETS_PRINTING],
    }


_DONE = re.compile(r"<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?"
                   r"<translation>([^<]*)</translation>")
_OPEN = re.compile(r"(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
                   r"<translation type=\"unfinished\">[^<]*</translation>")


def known(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(TS.glob(f"*_{language}.ts")):
        for source, text in _DONE.findall(path.read_text(encoding="utf-8")):
            found.setdefault(html.unescape(source), text)  # hand-written XML may not escape "'"
    return found


def _filled(match: re.Match[str], memory: dict[str, str]) -> str:
    source = html.unescape(match.group(2))
    if source not in memory:
        return match.group(0)
    return f"{match.group(1)}<translation>{memory[source]}</translation>"


def main() -> int:
    languages = sorted({p.stem.rsplit("_", 1)[1] for p in TS.glob("*_*.ts")})
    memory = {lang: known(lang) for lang in languages}
    left = 0
    for group, files in groups().items():
        for lang in languages:
            ts = TS / f"{group}_{lang}.ts"
            if lang != "ru" and not ts.exists():
                continue  # English needs only the files that hold plural forms
            sources = [str(f.relative_to(ROOT)) for f in files if f.name != "__init__.py"]
            subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete",
                            "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
            text = ts.read_text(encoding="utf-8")
            text = _OPEN.sub(lambda m: _filled(m, memory[lang]), text)
            ts.write_text(text, encoding="utf-8")
            # English falls back to the source text: its files exist for plural forms only
            for m in _OPEN.finditer(text) if lang != "en" else ():
                left += 1
                print(f"{ts.name}: unfinished: {html.unescape(m.group(2))}")
            subprocess.run([str(BIN / "pyside6-lrelease"), str(ts)], cwd=ROOT, check=True,
                           capture_output=True)
    print(f"{left} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
