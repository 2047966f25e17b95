#!/usr/bin/env bash
# Shared set-up for ./run-app and ./run-tests on a fresh Debian/Ubuntu machine:
# system libraries Qt needs, a virtual environment in .venv, the app installed into it.
# Safe to run again: it only does what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

say() { printf '[wba] %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else say "Bitte als Administrator ausführen: $*"; return 1
    fi
}

# Libraries the Qt wheels load (also offscreen), plus the X11 bits for a real window.
DEB_PACKAGES=(python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
    libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core)

install_system_packages() {
    command -v dpkg >/dev/null 2>&1 || return 0
    local missing=()
    for p in "${DEB_PACKAGES[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    # python3-venv is only needed when the interpreter cannot make a venv by itself
    if [ "${#missing[@]}" -gt 0 ] && "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        missing=("${missing[@]/python3-venv}")
    fi
    local wanted=()
    for p in "${missing[@]}"; do [ -n "$p" ] && wanted+=("$p"); done
    if [ "${#wanted[@]}" -gt 0 ]; then
        say "Installiere Systempakete: ${wanted[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${wanted[@]}" >/dev/null
    fi
}

check_python() {
    "$PY" - <<'PYEOF' || { say "Python 3.11 oder neuer wird benötigt ($PY)."; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PYEOF
}

make_venv() {
    local extras="$1"
    local stamp="$VENV/.installed-$extras"
    local want
    want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)"
    if [ ! -x "$VENV/bin/python" ]; then
        say "Lege virtuelle Umgebung an: $VENV"
        "$PY" -m venv "$VENV"
    fi
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "Installiere WBA Desktop und Abhängigkeiten …"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
        echo "$want" > "$stamp"
    fi
}

bootstrap() {
    check_python
    install_system_packages
    make_venv "${1:-app}"
}
