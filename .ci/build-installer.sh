#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test the built programs, not the sources:
# --version, a small demo shop, then the monthly report (or verify, where report is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own .venv, not whatever python is first on PATH (which has no PyInstaller
# unless the venv happens to be active); created from requirements-dev.txt when missing.
# PYTHON=... still picks another interpreter.
if [ -z "${PYTHON:-}" ]; then
    for candidate in .venv/bin/python .venv/Scripts/python.exe; do
        [ -x "$candidate" ] && PYTHON="$candidate" && break
    done
fi
if [ -z "${PYTHON:-}" ]; then
    echo "no .venv here: creating it from requirements-dev.txt" >&2
    python3 -m venv .venv
    PYTHON=.venv/bin/python
    [ -x "$PYTHON" ] || PYTHON=.venv/Scripts/python.exe
    "$PYTHON" -m pip install -q -r requirements-dev.txt
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null || "$PYTHON" -m pip install -q -r requirements-dev.txt

"$PYTHON" -m PyInstaller --noconfirm --clean pyinstaller.spec
APP=dist/PosLoyalty
CLI="$APP/pos-loyalty"
[ -x "$CLI" ] || CLI="$APP/pos-loyalty.exe"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export POSLOYALTY_PIN=1111  # the demo shop's owner: report and cards ask for a PIN

"$CLI" --version
"$CLI" demo --db "$WORK/shop.db" --members 40 --months 2 --seed 1
"$CLI" verify --db "$WORK/shop.db"
if "$CLI" report --help >/dev/null 2>&1; then
    month="$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m 2>/dev/null || date -v-1m +%Y-%m)"
    "$CLI" report --db "$WORK/shop.db" --month "$month" --out "$WORK/report.pdf"
    head -c 5 "$WORK/report.pdf" | grep -q '%PDF-' || { echo "report is not a PDF" >&2; exit 1; }
    echo "report $month: $(wc -c < "$WORK/report.pdf") bytes"
fi
if "$CLI" cards --help >/dev/null 2>&1; then
    "$CLI" cards --db "$WORK/shop.db" --members all --layout a4 --out "$WORK/cards.pdf"
fi
echo "built $APP ($(du -sh "$APP" | cut -f1))"
