"""Serienbrief fields: Anrede, Briefanrede and the DIN 5008 address block.

* Anrede: "Frau" / "Herrn" (the accusative used in addresses), empty when unknown.
* Briefanrede: "Sehr geehrte Frau Dr. Heinze," / "Sehr geehrter Herr Prof. Dr. Kunze,";
  "Sehr geehrte Damen und Herren," when there is no person or no salutation. Only
  the titles used in speech (Prof., Dr.) appear here; degrees such as "Dipl.-Ing."
  belong in the address, not in the salutation.
* DIN 5008 address: organisation, "Frau/Herrn" with academic title and name,
  department, street, postcode and city; no blank lines, exactly six entries with
  the unused ones empty at the end.
"""

from __future__ import annotations

ADDRESS_LINES = 6
#: Headers of the Serienbrief columns, in the order of :func:`mail_merge_fields`.
HEADERS = ["Anrede", "Briefanrede", *(f"Adresszeile {i}" for i in range(1, ADDRESS_LINES + 1))]
NEUTRAL = "Sehr geehrte Damen und Herren,"

_ANREDE = {"frau": "Frau", "herr": "Herrn", "herrn": "Herrn"}


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def anrede(salutation: str) -> str:
    """The Anrede of the address block: "Frau", "Herrn" or "" when not known."""
    return _ANREDE.get((salutation or "").strip().lower(), "")


def speech_title(title: str) -> str:
    """The part of an academic title used when addressing someone: Prof. and Dr.

    "Prof. Dr." stays, "Dr.-Ing." and "Dr. rer. nat." become "Dr.", "Dipl.-Ing."
    and "M.A." are left out.
    """
    kept = []
    for word in (title or "").split():
        if word.startswith("Prof"):
            kept.append("Prof.")
        elif word.startswith("Dr"):
            kept.append("Dr.")
    return " ".join(kept)


def briefanrede(salutation: str, title: str, last_name: str) -> str:
    """The opening line of a letter, with the comma."""
    key = (salutation or "").strip().lower()
    last = (last_name or "").strip()
    if not last or key not in _ANREDE:
        return NEUTRAL
    if _ANREDE[key] == "Frau":
        return f"Sehr geehrte {_join('Frau', speech_title(title), last)},"
    return f"Sehr geehrter {_join('Herr', speech_title(title), last)},"


def din5008_lines(
    organisation: str,
    department: str,
    salutation: str,
    title: str,
    first_name: str,
    last_name: str,
    street: str,
    postcode: str,
    city: str,
) -> list[str]:
    """The address block after DIN 5008: exactly six entries, blanks at the end."""
    person = ""
    if (last_name or "").strip() or (first_name or "").strip():
        person = _join(anrede(salutation), title, first_name, last_name)
    lines = [
        line
        for line in (
            _join(organisation),
            person,
            _join(department),
            _join(street),
            _join(postcode, city),
        )
        if line
    ]
    lines = lines[:ADDRESS_LINES]
    return lines + [""] * (ADDRESS_LINES - len(lines))


def mail_merge_fields(
    organisation: str = "",
    department: str = "",
    salutation: str = "",
    title: str = "",
    first_name: str = "",
    last_name: str = "",
    street: str = "",
    postcode: str = "",
    city: str = "",
) -> list[str]:
    """Anrede, Briefanrede and the six address lines (see :data:`HEADERS`)."""
    lines = din5008_lines(
        organisation, department, salutation, title, first_name, last_name, street, postcode, city
    )
    return [anrede(salutation), briefanrede(salutation, title, last_name), *lines]
