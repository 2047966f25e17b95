"""Fill the English catalog from the dictionary in ``tools/catalog_en.py``.

``python tools/apply_translations.py wba_desktop/locale/en/LC_MESSAGES/wba_desktop.po``
sets every msgstr the dictionary knows (the dictionary wins over the file, so a
corrected English text reaches the catalog), keeps what a translator wrote by hand
for msgids the dictionary does not know, and prints how many messages there are, how
many are translated and which are left. Part of ``tools/update-catalog.sh``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_en import EN  # noqa: E402


def apply(po_path: Path) -> tuple[int, int, list[str]]:
    """Fill ``po_path`` in place; (messages, translated, msgids left untranslated)."""
    with po_path.open("rb") as f:
        catalog = read_po(f, locale="en")
    total = translated = 0
    left: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        total += 1
        key = message.id if isinstance(message.id, str) else message.id[0]
        english = EN.get(key)
        if english is not None:
            if isinstance(message.id, str):
                message.string = english
            else:  # plural: EN holds (singular, plural)
                message.string = tuple(english)
            message.flags.discard("fuzzy")
        done = message.string if isinstance(message.string, str) else all(message.string)
        if done:
            translated += 1
        else:
            left.append(key)
    with po_path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False, sort_output=True)
    return total, translated, left


def main(argv: list[str]) -> int:
    path = Path(argv[1] if len(argv) > 1 else "wba_desktop/locale/en/LC_MESSAGES/wba_desktop.po")
    total, translated, left = apply(path)
    print(f"{total} messages, {translated} translated, {len(left)} left")
    for msgid in left:
        print(f"  untranslated: {msgid!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
