"""Which spreadsheet column feeds which field: header detection, suggestions, reuse.

``suggest(rows)`` finds the header row below any title rows and proposes a field for
each column from German and English header texts; the user may change it, and a
:class:`Mapping` is saved as JSON and reused on the next file of the same kind (its
columns are then found again by their header text). Splitting what offices put
into one column ("PLZ Ort", full names, Anrede) is in :mod:`wba_desktop.exchange.cells`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wba_desktop.exchange.filecheck import ImportFileError, unreadable
from wba_desktop.i18n import N_, _
from wba_desktop.text.fold import search_key

#: Target fields: key -> German label (marked; ``_()`` where shown), organisation first.
ORGANISATION_FIELDS = {
    "org_name": N_("Organisation"),
    "short_name": N_("Kurzname"),
    "org_type": N_("Art der Organisation"),
    "street": N_("Straße"),
    "house_number": N_("Hausnummer"),
    "postcode": N_("PLZ"),
    "city": N_("Ort"),
    "postcode_city": N_("PLZ und Ort"),
    "region": N_("Landkreis"),
    "coverage": N_("Zuständigkeit"),
    "website": N_("Website"),
    "org_email": N_("E-Mail der Organisation"),
    "org_phone": N_("Telefon der Organisation"),
    "sectors": N_("Branche"),
    "tags": N_("Schlagworte"),
    "org_notes": N_("Bemerkung zur Organisation"),
    "size_class": N_("Größenklasse"),
    "influence": N_("Einfluss"),
    "interest": N_("Interesse"),
    "stance": N_("Haltung"),
    "offers": N_("Leistungen"),
    "offer_groups": N_("Zielgruppen"),
}
PERSON_FIELDS = {
    "salutation": N_("Anrede"),
    "title": N_("Titel"),
    "first_name": N_("Vorname"),
    "last_name": N_("Nachname"),
    "full_name": N_("Name (vollständig)"),
    "function": N_("Funktion"),
    "department": N_("Abteilung"),
    "email": N_("E-Mail"),
    "phone": N_("Telefon"),
    "mobile": N_("Mobil"),
    "notes": N_("Bemerkung"),
}
FIELDS: dict[str, str] = {**ORGANISATION_FIELDS, **PERSON_FIELDS}
#: Target fields of an edge list (``edge_list``): key -> German label.
RELATION_FIELDS = {
    "rel_source": N_("Organisation (von)"),
    "rel_source_city": N_("Ort (von)"),
    "rel_label": N_("Beziehung"),
    "rel_type": N_("Art der Beziehung"),
    "rel_target": N_("Organisation (zu)"),
    "rel_target_city": N_("Ort (zu)"),
    "rel_strength": N_("Stärke"),
    "rel_from": N_("Gültig von"),
    "rel_until": N_("Gültig bis"),
    "rel_note": N_("Notiz"),
}
PERSON_NAME_FIELDS = frozenset({"first_name", "last_name", "full_name"})

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "org_name": (
        "firma", "firmenname", "firmierung", "organisation", "organisationsname",
        "organization", "einrichtung", "institution", "unternehmen", "unternehmensname",
        "company", "company name", "business name", "organisation name",
        "organization name", "name der organisation", "name der einrichtung",
        "name des unternehmens", "traeger", "bildungstraeger", "arbeitgeber", "employer",
        "account name",
    ),
    "short_name": ("kurzname", "kurzbezeichnung", "kuerzel", "abkuerzung", "short name"),
    "org_type": (
        "art", "typ", "organisationsart", "art der organisation", "organisationstyp",
        "einrichtungsart", "art der einrichtung", "kategorie", "type", "kind", "category",
        "organisation type", "organization type",
    ),
    "street": (
        "strasse", "str", "strasse und hausnummer", "strasse hausnummer", "strasse nr",
        "anschrift", "adresse", "address", "street", "street address", "address line 1",
        "business street",
    ),
    "house_number": ("hausnummer", "hausnr", "nr", "hnr", "house number"),
    "postcode": (
        "plz", "postleitzahl", "zip", "zip code", "zipcode", "postal code", "postcode",
        "post code", "business postal code",
    ),
    "city": ("ort", "stadt", "wohnort", "city", "town", "gemeinde", "sitz", "business city"),
    "postcode_city": (
        "plz ort", "plz und ort", "postleitzahl ort", "postleitzahl und ort", "plz stadt",
        "zip city", "postcode city",
    ),
    "region": (
        "landkreis", "kreis", "region", "district", "county", "lk",
        "landkreis kreisfreie stadt",
    ),
    "coverage": (
        "zustaendigkeit", "zustaendig fuer", "zustaendigkeitsbereich", "einzugsgebiet",
        "zustaendig", "coverage", "service area", "districts served",
    ),
    "website": (
        "website", "webseite", "homepage", "internet", "internetseite", "internetadresse",
        "web", "url", "www", "web page", "webpage", "web site",
    ),
    "org_email": ("email der organisation", "email organisation", "email zentrale"),
    "org_phone": (
        "telefon zentrale", "zentrale", "telefon der organisation", "telefon organisation",
    ),
    "org_notes": ("bemerkung zur organisation", "bemerkung organisation"),
    "sectors": ("branche", "branchen", "sector", "industry", "wirtschaftszweig"),
    "tags": (
        "schlagworte", "schlagwoerter", "schlagwort", "stichworte", "tags", "themen",
        "keywords",
    ),
    "size_class": ("groesse", "groessenklasse", "unternehmensgroesse", "size"),
    "influence": ("einfluss", "influence"),
    "interest": ("interesse", "interest"),
    "stance": ("haltung", "stance"),
    "offers": ("leistungen", "leistung", "leistungsangebot", "angebote", "offers"),
    "offer_groups": ("zielgruppen", "zielgruppe", "target groups", "target group"),
    "salutation": ("anrede", "salutation", "geschlecht", "gender"),
    "title": ("titel", "akad titel", "akademischer titel", "title", "academic title"),
    "first_name": ("vorname", "vornamen", "first name", "firstname", "given name", "forename"),
    "last_name": (
        "nachname", "familienname", "zuname", "last name", "lastname", "surname",
        "family name",
    ),
    "full_name": (
        "ansprechpartner", "ansprechpartnerin", "ansprechperson", "kontakt",
        "kontaktperson", "contact", "contact person", "contact name", "full name",
        "vollstaendiger name", "person",
    ),
    "function": (
        "funktion", "position", "stellung", "rolle", "taetigkeit", "job title", "jobtitle",
        "role", "function", "berufsbezeichnung",
    ),
    "department": ("abteilung", "bereich", "department", "fachbereich"),
    "email": (
        "email", "mail", "email adresse", "emailadresse", "email address", "mail adresse",
        "e post",
    ),
    "phone": (
        "telefon", "tel", "telefonnummer", "tel nr", "telefon nr", "fon", "phone",
        "telephone", "phone number", "business phone", "durchwahl",
    ),
    "mobile": (
        "mobil", "mobiltelefon", "handy", "mobilnummer", "handynummer", "mobile",
        "mobile phone", "cell", "cell phone", "mobilfunk",
    ),
    "notes": (
        "bemerkung", "bemerkungen", "notiz", "notizen", "kommentar", "kommentare", "hinweis",
        "hinweise", "anmerkung", "anmerkungen", "notes", "note", "comment", "comments",
        "remarks", "info",
    ),
}  # fmt: skip
_EXACT = {syn: key for key, syns in _SYNONYMS.items() for syn in syns}
_NAME = "name"  # stands for a field decided once all columns are known
_EXACT.update({"name": _NAME, "namen": _NAME, "name 1": _NAME})
#: headers of our own exports that are no input (the WBA region follows from the district)
_IGNORED = frozenset({"wba region", "status", "geaendert", "personen", "beziehungen"})
#: token matching ("Straße geschäftlich", "E-Mail Ansprechpartner") only with clear words
_TOKEN_SYNONYMS = [(tuple(s.split()), k) for s, k in _EXACT.items() if len(s) >= 4 or " " in s]
#: the same by their first word: a header is only compared with those naming one of its words
_SYNONYMS_BY_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _syn, _target in _TOKEN_SYNONYMS:
    _SYNONYMS_BY_WORD.setdefault(_syn[0], []).append((_syn, _target))


def normalise_header(text: Any) -> str:
    """``"E-Mail-Adresse"`` -> ``"email adresse"``; ``"Straße/Nr."`` -> ``"strasse nr"``."""
    key = re.sub(r"[^a-z0-9]+", " ", search_key(str(text or ""))).strip()
    return re.sub(r"\be mail\b", "email", key)


def field_for_header(text: Any) -> str | None:
    """The field a header names, ``"name"`` when it could be a person or an organisation."""
    key = normalise_header(text)
    if not key or key in _IGNORED:
        return None
    if key in _EXACT:
        return _EXACT[key]
    tokens = key.split()
    best: tuple[int, int, str] | None = None
    candidates = [c for word in set(tokens) for c in _SYNONYMS_BY_WORD.get(word, ())]
    for syn, target in candidates:
        if all(t in tokens for t in syn):
            rank = (-len(syn), min(tokens.index(t) for t in syn), target)
            best = rank if best is None or rank < best else best
    return best[2] if best else None


def find_header_row(rows: Sequence[Sequence[Any]], search: int = 30) -> int:
    """Index of the header row: the one among the first rows naming most known fields.

    Title rows ("Partnerliste Stand 05/2024") and blank rows above it are skipped. When
    no row names two fields, the first row with two or more text cells is taken.
    """
    best, best_score = -1, 1
    for i, row in enumerate(rows[:search]):
        score = sum(1 for v in row if isinstance(v, str) and field_for_header(v))
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    for i, row in enumerate(rows[:search]):
        if sum(1 for v in row if isinstance(v, str) and v.strip()) >= 2:
            return i
    return 0


def suggest_mapping(headers: Sequence[Any]) -> dict[int, str]:
    """Column index -> field for a header row; each field is used for one column at most."""
    found: dict[int, str] = {}
    used: set[str] = set()
    for i, header in enumerate(headers):
        target = field_for_header(header) if isinstance(header, str) else None
        if target and target not in used:
            found[i] = target
            used.add(target)
    if _NAME in used:
        found = {i: f for i, f in found.items() if f != _NAME or _resolve_name(used)}
        found = {i: (_resolve_name(used) if f == _NAME else f) for i, f in found.items()}
        used = set(found.values())
    if not used & PERSON_NAME_FIELDS:  # an organisation list: its contact data is the org's
        moved = {"email": "org_email", "phone": "org_phone", "notes": "org_notes"}
        for i, f in list(found.items()):
            if f in moved and moved[f] not in used:
                found[i] = moved[f]
    return found


_PERSON_ONLY = frozenset(
    {"salutation", "title", "function", "department", "mobile", "first_name", "last_name"}
)


def _resolve_name(used: set[str]) -> str | None:
    """A column headed just "Name": last name, full name or the organisation."""
    if "first_name" in used and "last_name" not in used:
        choice = "last_name"
    elif "org_name" in used or used & _PERSON_ONLY:
        choice = "full_name"
    else:
        choice = "org_name"
    return None if choice in used else choice


@dataclass
class Mapping:
    """The columns of a sheet and their fields; ``header_row`` and columns are 0-based."""

    header_row: int
    columns: dict[int, str]
    headers: dict[int, str] = field(default_factory=dict)
    sheet: str | None = None

    def fields(self) -> set[str]:
        return set(self.columns.values())

    def to_json(self) -> str:
        """A JSON document to save next to the user's files and load for the next import."""
        cols = [
            {"column": i, "header": self.headers.get(i, ""), "field": f}
            for i, f in sorted(self.columns.items())
        ]
        doc = {"wba_import_mapping": 1, "sheet": self.sheet, "header_row": self.header_row}
        return json.dumps({**doc, "columns": cols}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """Read a saved mapping; unknown fields are dropped, a broken file raises ValueError."""
        try:
            doc = json.loads(text)
            columns, headers = {}, {}
            for col in doc["columns"]:
                if col["field"] in FIELDS or col["field"] in RELATION_FIELDS:
                    columns[int(col["column"])] = col["field"]
                    headers[int(col["column"])] = str(col.get("header") or "")
            return cls(int(doc.get("header_row", 0)), columns, headers, doc.get("sheet"))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(
                _("Die Zuordnungsdatei ist beschädigt oder hat ein anderes Format.")
            ) from exc

    @classmethod
    def from_file(cls, path: str | Path) -> Mapping:
        """A mapping saved at ``path``; any problem is an :class:`ImportFileError` whose
        message is German from start to end (no system text)."""
        path = Path(path)
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise unreadable(path, exc, "Die Zuordnungsdatei") from exc
        except ValueError as exc:  # also a file that is not UTF-8 text
            raise ImportFileError(
                _(
                    "Die Zuordnungsdatei „{name}“ ist beschädigt oder hat ein anderes Format."
                ).format(name=path.name)
            ) from exc

    def adapt(self, rows: Sequence[Sequence[Any]], search: int = 30) -> Mapping:
        """This mapping for another file: header row and columns found by header text."""
        wanted = {
            normalise_header(h): i for i, h in self.headers.items() if h and i in self.columns
        }
        if not wanted:
            return self
        best, best_hits = self.header_row, 0
        for r, row in enumerate(rows[:search]):
            hits = sum(1 for v in row if isinstance(v, str) and normalise_header(v) in wanted)
            if hits > best_hits:
                best, best_hits = r, hits
        if best_hits == 0:
            return self
        header = rows[best]
        columns, headers = {}, {}
        for c, v in enumerate(header):
            old = wanted.get(normalise_header(v)) if isinstance(v, str) else None
            if old is not None and self.columns[old] not in columns.values():
                columns[c], headers[c] = self.columns[old], str(v)
        return Mapping(best, columns, headers, self.sheet)


def suggest(rows: Sequence[Sequence[Any]], sheet: str | None = None) -> Mapping:
    """Header row and column fields proposed for ``rows`` (from ``read_rows``)."""
    header_row = find_header_row(rows)
    header = rows[header_row] if rows else []
    columns = suggest_mapping(header)
    headers = {i: str(header[i]) for i in columns}
    return Mapping(header_row, columns, headers, sheet)
