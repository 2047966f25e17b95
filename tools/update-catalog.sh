#!/usr/bin/env bash
# The English catalog of the Qt-free core's messages (gettext, Babel), in three steps:
#   1. extract every message marked with _(), N_() or ngettext() into a template (.pot),
#   2. update locale/en/LC_MESSAGES/wba_desktop.po from it (new msgids get an empty msgstr,
#      gone ones are dropped) and fill in the English of tools/catalog_en.py,
#   3. compile the .mo the program reads.
# Run from the checkout: tools/update-catalog.sh   (uses the venv's pybabel and python)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${VENV_BIN:-}" ]; then
    for d in .venv/bin /work/main/.venv/bin "$(dirname "$(command -v pybabel || echo /)")"; do
        if [ -x "$d/pybabel" ]; then VENV_BIN="$d"; break; fi
    done
fi
LOCALE=wba_desktop/locale
POT="$(mktemp --suffix=.pot)"
trap 'rm -f "$POT"' EXIT

"$VENV_BIN/pybabel" -q extract -F babel.cfg -k N_ -k ngettext:1,2 --no-location \
    --sort-output --project "WBA Desktop" --copyright-holder "WBA Desktop" \
    --msgid-bugs-address "" -o "$POT" . >/dev/null
PO="$LOCALE/en/LC_MESSAGES/wba_desktop.po"
if [ -f "$PO" ]; then
    "$VENV_BIN/pybabel" -q update -D wba_desktop -i "$POT" -d "$LOCALE" -l en \
        --no-fuzzy-matching --ignore-obsolete >/dev/null
else
    "$VENV_BIN/pybabel" -q init -D wba_desktop -i "$POT" -d "$LOCALE" -l en >/dev/null
fi
"$VENV_BIN/python" tools/apply_translations.py "$PO"
"$VENV_BIN/pybabel" compile -D wba_desktop -d "$LOCALE" -l en --statistics
