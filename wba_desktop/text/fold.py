"""Text keys for searching and sorting German names.

``search_key`` folds case, accents and German spellings so that "koethen" finds
"Köthen", "strasse" finds "Straße" and "mueller" finds "Müller": umlauts become
their two-letter forms (ä -> ae), ß becomes ss, other accents are dropped.

``sort_key`` follows DIN 5007-1 (dictionary order): Ä sorts with A, ß as ss.
"""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})
_SPACE = re.compile(r"\s+")


def _strip_accents(text: str) -> str:
    if text.isascii():  # the common case after the umlaut mapping: nothing to strip
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(*parts: str | None) -> str:
    """One folded string for all parts, for ``LIKE '%key%'`` matching."""
    text = " ".join(p for p in parts if p)
    if text.isascii():  # most keys (e-mail addresses, plain names): only case to fold
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFC", text).lower().translate(_UMLAUTS)
    # runs of white space as one space, none at the ends (str.split's white space is
    # what ``\s`` matches)
    return " ".join(_strip_accents(text).split())


def sort_key(*parts: str | None) -> str:
    """DIN 5007-1 key: case and accents ignored, ß as ss."""
    text = " ".join(p for p in parts if p)
    if text.isascii():
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFC", text).casefold()  # casefold turns ß into ss
    return " ".join(_strip_accents(text).split())


def name_key(name: str | None) -> str:
    """Key for duplicate detection: folded, without punctuation or legal-form noise."""
    key = search_key(name)
    key = _SPACE.sub(" ", re.sub(r"[^\w ]+", " ", key))
    key = re.sub(r"\b(co kg|e ?v|gmbh|ggmbh|ag|kg|mbh|eg|ug|haftungsbeschraenkt)\b", " ", key)
    return _SPACE.sub(" ", key).strip()
