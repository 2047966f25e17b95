"""Extract the views' texts into the English catalogue and compile it.

    python tools/update_translations.py           # lupdate into the .ts, lrelease to .qm
    python tools/update_translations.py --apply FILE.json   # fill translations first
    python tools/update_translations.py --check   # exit 1 if the .ts is not current

``pyside6-lupdate`` scans the Qt code (``wba_desktop/views`` and ``app.py``) into
``resources/i18n/wba_desktop_en.ts`` without source locations (so that an edit
elsewhere in a file leaves the catalogue unchanged) and drops vanished texts;
``pyside6-lrelease`` compiles it to ``wba_desktop_en.qm``, which the app loads.
``--apply`` takes a JSON object German → English (a list of two for a text with
``%n``: singular, plural) and marks those messages finished.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "wba_desktop" / "views", ROOT / "wba_desktop" / "app.py"]
TS_FILE = ROOT / "resources" / "i18n" / "wba_desktop_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    """A PySide6 tool next to the running Python (the virtualenv), else on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


def lupdate(ts_file: Path) -> None:
    sources = [str(path) for path in SOURCES]
    args = ["-extensions", "py", "-locations", "none", "-no-obsolete", "-silent"]
    args += ["-tr-function-alias", "tr+=_tr"]  # the module-level helpers: empty context
    args += ["-source-language", "de", "-target-language", "en"]
    subprocess.run([tool("pyside6-lupdate"), *args, *sources, "-ts", str(ts_file)], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    args = ["-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)]
    subprocess.run([tool("pyside6-lrelease"), *args], check=True)


def messages(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def stale_messages() -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(new, vanished) messages of the code compared with the committed .ts."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh_en.ts"
        lupdate(fresh)
        now = messages(fresh)
    committed = messages(TS_FILE)
    return now - committed, committed - now


def apply(ts_file: Path, translations: dict[str, str | list[str]]) -> int:
    """Fill the given translations into the .ts; returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        english = translations.get(message.findtext("source") or "")
        if english is None:
            continue
        target = message.find("translation")
        for child in list(target):
            target.remove(child)
        if message.get("numerus") == "yes":
            forms = english if isinstance(english, list) else [english, english]
            target.text = None
            for form in forms:
                ET.SubElement(target, "numerusform").text = form
        else:
            target.text = english if isinstance(english, str) else english[-1]
        target.attrib.pop("type", None)
        filled += 1
    write_ts(tree, ts_file)
    return filled


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def counts(ts_file: Path) -> tuple[int, int]:
    """(all messages, finished translations)."""
    all_messages = list(ET.parse(ts_file).getroot().iter("message"))
    done = [m for m in all_messages if m.find("translation").get("type") != "unfinished"]
    return len(all_messages), len(done)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the .ts is current")
    parser.add_argument("--apply", type=Path, help="JSON German → English to fill in")
    args = parser.parse_args()
    if args.check:
        new, vanished = stale_messages()
        for context, source in sorted(new):
            print(f"new: [{context}] {source!r}")
        for context, source in sorted(vanished):
            print(f"vanished: [{context}] {source!r}")
        return 1 if new or vanished else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS_FILE)
    if args.apply:
        filled = apply(TS_FILE, json.loads(args.apply.read_text(encoding="utf-8")))
        print(f"filled {filled} messages")
        lupdate(TS_FILE)  # back into lupdate's own layout
    lrelease(TS_FILE, QM_FILE)
    total, done = counts(TS_FILE)
    print(f"{total} source texts, {done} translated, {total - done} left")
    return 0


if __name__ == "__main__":
    sys.exit(main())
