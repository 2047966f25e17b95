"""Splitting what offices put into one column: "PLZ Ort", a postcode that lost its
leading zero, a full name with salutation and title, an Anrede."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wba_desktop.text.fold import search_key

_POSTCODE_CITY = re.compile(r"^(?:D\s*[-–]?\s*)?(\d{4,5})\s*[,;]?\s+(.+)$")
_POSTCODE_ONLY = re.compile(r"^(?:D\s*[-–]?\s*)?(\d{4,5})$")
_LOST_ZERO = re.compile(r"^[1-9]\d{3}$")


def normalise_postcode(text: str) -> str:
    """A German postcode whose leading zero a spreadsheet dropped gets it back:
    ``"6844"`` -> ``"06844"`` (01000–09999: Halle, Dessau, the south of the state).
    Anything else is returned as it is (stripped); five digits need no zero
    (Magdeburg is 39xxx)."""
    text = (text or "").strip()
    return "0" + text if _LOST_ZERO.match(text) else text


def split_postcode_city(text: str) -> tuple[str, str]:
    """``"06366 Köthen (Anhalt)"`` -> ``("06366", "Köthen (Anhalt)")``; 4 digits get a 0.

    A cell holding only a number is a postcode without a city (``"6844"`` ->
    ``("06844", "")``), never a city."""
    text = " ".join((text or "").split())
    m = _POSTCODE_ONLY.match(text)
    if m:
        return (normalise_postcode(m[1]), "")
    m = _POSTCODE_CITY.match(text)
    if not m:
        return ("", text)
    return (normalise_postcode(m[1]), m[2].strip())


_SALUTATIONS = {
    "herr": "Herr", "herrn": "Herr", "hr": "Herr", "mr": "Herr", "mister": "Herr",
    "m": "Herr", "maennlich": "Herr", "male": "Herr",
    "frau": "Frau", "fr": "Frau", "mrs": "Frau", "ms": "Frau", "miss": "Frau",
    "w": "Frau", "weiblich": "Frau", "female": "Frau", "f": "Frau",
    "divers": "", "d": "", "x": "", "keine angabe": "", "-": "",
}  # fmt: skip
_TITLE = re.compile(
    r"^(?:prof|dr|dipl|pd|mag|ing|apl|hon|habil|med|rer|nat|phil|jur|oec|pol|h\.c|em|mba|"
    r"b\.?sc|m\.?sc|b\.?a|m\.?a|ll\.?m|b\.?eng|m\.?eng)(?:\b|\.|-|$)",
    re.IGNORECASE,
)
_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}\.\s?){1,3}$|^(?:MBA|LL\.M\.)$")
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "zur", "vom", "di", "da", "del", "ten", "ter"}


@lru_cache(maxsize=1024)
def normalise_salutation(text: str) -> tuple[str, str, bool]:
    """``(Anrede, Titel, erkannt)``: ``"Herrn Dr."`` -> ``("Herr", "Dr.", True)``."""
    text = " ".join((text or "").split())
    if not text:
        return ("", "", True)
    key = search_key(text).rstrip(".")
    if key in _SALUTATIONS:
        return (_SALUTATIONS[key], "", True)
    first, _, rest = text.partition(" ")
    head = search_key(first).rstrip(".")
    if head in _SALUTATIONS and rest and all(_TITLE.match(t) for t in rest.split()):
        return (_SALUTATIONS[head], rest, True)
    return ("", "", False)


@dataclass(frozen=True)
class NameParts:
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""


def split_full_name(text: str) -> NameParts:
    """``"Frau Dr. Änne Müller"``, ``"Müller, Änne"``, ``"Karl von der Heide"`` into parts."""
    text = " ".join((text or "").split())
    if not text:
        return NameParts()
    suffix = ""
    if "," in text:
        before, _, after = text.partition(",")
        if _DEGREE.match(after.strip()):  # "Änne Müller, M.A."
            text, suffix = before.strip(), after.strip()
        else:  # "Müller, Dr. Änne"
            inner = split_full_name(after)
            last = before.strip()
            first = " ".join(p for p in (inner.first_name, inner.last_name) if p)
            return NameParts(inner.salutation, inner.title, first, last)
    tokens = text.split()
    salutation = ""
    if len(tokens) > 1 and search_key(tokens[0]).rstrip(".") in _SALUTATIONS:
        salutation = _SALUTATIONS[search_key(tokens.pop(0)).rstrip(".")]
    titles = []
    while len(tokens) > 1 and _TITLE.match(tokens[0]):
        titles.append(tokens.pop(0))
    if suffix:
        titles.append(suffix)
    last_start = len(tokens) - 1
    while last_start > 1 and tokens[last_start - 1].lower() in _PARTICLES:
        last_start -= 1
    first = " ".join(tokens[:last_start])
    last = " ".join(tokens[last_start:])
    return NameParts(salutation, " ".join(titles), first, last)
