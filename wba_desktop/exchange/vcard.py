"""vCard 3.0 for Outlook: one combined .vcf, or a .zip with one file per person.

Cards are built and serialised with ``vobject`` (escaping of ``,`` ``;`` ``\\`` and
line breaks per RFC 2426). Text properties carry ``CHARSET=UTF-8`` so that Outlook
keeps umlauts. vobject folds a line only when it has more than 75 *characters*,
so a short line full of umlauts could exceed the 75 *octets* RFC 2425 allows; the
output is therefore refolded here by octets, never inside a UTF-8 sequence.
Internal notes are never exported.
"""

from __future__ import annotations

import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import vobject

from wba_desktop.exchange.table import (
    REPORT_EVERY,
    Cancel,
    ExportCancelled,
    Progress,
    atomic_file,
    cancelled,
    report,
)

PRODID = "-//WBA Desktop//Partnernetzwerk//DE"
LINE_OCTETS = 75
_UTF8 = ["UTF-8"]
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in "123456789"
}
_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


@dataclass(frozen=True)
class VCardPerson:
    """What goes on a card. ``title`` is the academic title (N prefix), ``function``
    the job title (TITLE); the address is that of the primary organisation."""

    last_name: str
    first_name: str = ""
    title: str = ""
    organisation: str = ""
    department: str = ""
    function: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    updated_at: datetime | None = None  # naive UTC, as stored
    id: int | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


def _text(card, name: str, value) -> None:
    prop = card.add(name)
    prop.value = value
    prop.params["CHARSET"] = _UTF8


def fold(line: str, limit: int = LINE_OCTETS) -> str:
    """Fold one logical line into physical lines of at most ``limit`` octets."""
    if len(line) * 4 <= limit or len(line.encode("utf-8")) <= limit:
        return line
    out: list[str] = []
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("\r\n ")
            size = 1
        out.append(ch)
        size += n
    return "".join(out)


def _refold(text: str) -> str:
    lines = text.replace("\r\n ", "").split("\r\n")
    return "\r\n".join(fold(line) for line in lines)


def vcard_text(person: VCardPerson) -> str:
    """One vCard 3.0 (CRLF line ends, lines folded at 75 octets)."""
    card = vobject.vCard()
    card.add("prodid").value = PRODID
    _text(
        card,
        "n",
        vobject.vcard.Name(family=person.last_name, given=person.first_name, prefix=person.title),
    )
    _text(card, "fn", person.full_name or person.organisation)
    if person.organisation or person.department:
        _text(card, "org", [p for p in (person.organisation, person.department) if p])
    if person.function:
        _text(card, "title", person.function)
    if person.email:
        email = card.add("email")
        email.value = person.email
        email.params["TYPE"] = ["INTERNET", "WORK"]
    for number, kinds in ((person.phone, ["WORK", "VOICE"]), (person.mobile, ["CELL"])):
        if number:
            tel = card.add("tel")
            tel.value = number
            tel.params["TYPE"] = kinds
    if person.street or person.postcode or person.city:
        _text(
            card,
            "adr",
            vobject.vcard.Address(street=person.street, city=person.city, code=person.postcode),
        )
        card.adr.params["TYPE"] = ["WORK"]
    if person.id is not None:
        card.add("uid").value = f"wba-desktop-person-{person.id}"
    if person.updated_at is not None:
        card.add("rev").value = person.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return _refold(card.serialize())


def file_stem(person: VCardPerson) -> str:
    """A safe file name (without .vcf) from the name: ASCII, no reserved characters."""
    raw = "_".join(p for p in (person.last_name, person.first_name) if p) or "Kontakt"
    ascii_ = unicodedata.normalize("NFKD", raw.translate(_UMLAUTS))
    ascii_ = ascii_.encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9.-]+", "_", ascii_).strip("._ ")[:80] or "Kontakt"
    if stem.upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return stem


def unique_names(persons: Iterable[VCardPerson]) -> Iterable[tuple[str, VCardPerson]]:
    """``(file name, person)`` with names unique without regard to case."""
    used: set[str] = set()
    for person in persons:
        stem = file_stem(person)
        name, n = f"{stem}.vcf", 2
        while name.lower() in used:
            name, n = f"{stem}_{n}.vcf", n + 1
        used.add(name.lower())
        yield name, person


def _count(persons: Iterable[VCardPerson], total: int | None) -> int:
    if total is not None:
        return total
    return len(persons) if hasattr(persons, "__len__") else 0  # type: ignore[arg-type]


def write_vcf(
    persons: Iterable[VCardPerson],
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    total: int | None = None,
) -> int:
    """All cards in one UTF-8 file (no BOM); returns the number of cards."""
    total = _count(persons, total)
    done = 0
    with atomic_file(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as out:
        for person in persons:
            out.write(vcard_text(person))
            done += 1
            if done % REPORT_EVERY == 0:
                if cancelled(cancel):
                    raise ExportCancelled()
                report(progress, done, total, "vCards")
        if cancelled(cancel):
            raise ExportCancelled()
    report(progress, done, total, "vCards")
    return done


def write_vcf_zip(
    persons: Iterable[VCardPerson],
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    total: int | None = None,
) -> int:
    """A .zip with one .vcf per person (for clients that read only the first card)."""
    total = _count(persons, total)
    done = 0
    with (
        atomic_file(path) as tmp,
        zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for name, person in unique_names(persons):
            archive.writestr(name, vcard_text(person).encode("utf-8"))
            done += 1
            if done % REPORT_EVERY == 0:
                if cancelled(cancel):
                    raise ExportCancelled()
                report(progress, done, total, "vCards")
        if cancelled(cancel):
            raise ExportCancelled()
    report(progress, done, total, "vCards")
    return done
