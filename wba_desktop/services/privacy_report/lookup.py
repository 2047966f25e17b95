"""Finding the person a data-protection request is about, by what the requester gives:
the number (id), an e-mail address, or the name ("Vorname Nachname", "Nachname,
Vorname", with or without title).

A name matches when its words are exactly the person's first and last names (folded:
"Mueller" finds "Müller", case and accents do not count); a single word matches the
last name. Inactive people are found (their data is still held), and so are the private
inquirers of the Lotsen desk, marked „Ratsuchende/r“; anonymised ones are not (nothing
about them is left to report or erase).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.querying import text_filter
from wba_desktop.errors import NotFoundError, ServiceError
from wba_desktop.i18n import _
from wba_desktop.models import Affiliation, Organisation, Person
from wba_desktop.services.directory.people import display_name
from wba_desktop.services.directory.visibility import INQUIRER_LABEL
from wba_desktop.text.fold import search_key

#: at most this many candidates are read for a name (more would not be one person)
LIMIT = 200
_ID = re.compile(r"^(?:#|id\s*|nr\.?\s*)?(\d+)$", re.IGNORECASE)
_TITLE_WORDS = {"dr", "prof", "dipl", "ing", "med", "rer", "nat", "phil", "frau", "herr", "herrn"}


@dataclass(frozen=True)
class PersonMatch:
    """A person a request may be about, as a list of candidates names them."""

    id: int
    name: str
    organisation: str
    email: str
    active: bool
    #: a private inquirer of the Lotsen desk („Ratsuchende/r“)
    inquirer: bool = False

    def describe(self) -> str:
        """``Nr. 12: Anna Müller (Handwerkskammer Halle), anna@example.org``"""
        text = _("Nr. {id}: {name}").format(id=self.id, name=self.name)
        if self.organisation:
            text += f" ({self.organisation})"
        if self.email:
            text += f", {self.email}"
        if self.inquirer:
            text += ", " + _(INQUIRER_LABEL)
        elif not self.active:
            text += ", " + _("inaktiv")
        return text


def _words(text: str) -> list[str]:
    key = search_key(text.replace(",", " "))
    words = [w.strip(".") for w in re.split(r"[\s\-]+", key)]
    return [w for w in words if w and w not in _TITLE_WORDS]


def _name_words(first: str, last: str) -> list[str]:
    return sorted(_words(f"{first} {last}"))


def _matches(query: list[str], first: str, last: str) -> bool:
    if sorted(query) == _name_words(first, last):
        return True
    return len(query) == 1 and _words(last) == query


def find_people(uow_factory: UnitOfWorkFactory, text: str) -> list[PersonMatch]:
    """Everyone ``text`` may mean: the person with that number, the people with that
    e-mail address, or those with exactly that name; sorted by name."""
    text = " ".join((text or "").split())
    if not text:
        raise ServiceError(_("Bitte eine Person angeben: Nummer, E-Mail-Adresse oder Name."))
    stmt = (
        select(Person.id, Person.title, Person.first_name, Person.last_name, Person.email)
        .add_columns(Person.active, Organisation.name, Person.inquirer)
        .outerjoin(
            Affiliation, and_(Affiliation.person_id == Person.id, Affiliation.is_primary.is_(True))
        )
        .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(Person.anonymised_on.is_(None))
        .order_by(Person.sort_key, Person.id)
    )
    number = _ID.match(text)
    query: list[str] = []
    if number:
        stmt = stmt.where(Person.id == int(number.group(1)))
    elif "@" in text:
        stmt = stmt.where(func.lower(Person.email) == text.lower())
    else:
        query = _words(text)
        if not query:
            raise ServiceError(
                _("„{text}“ ist kein Name; bitte Vor- und Nachnamen angeben.").format(text=text)
            )
        for word in query:
            stmt = stmt.where(text_filter(Person.search_key, word))
        stmt = stmt.limit(LIMIT)
    with uow_factory() as uow:
        rows = uow.session.execute(stmt).all()
    found: dict[int, PersonMatch] = {}
    for pid, title, first, last, email, active, organisation, inquirer in rows:
        if query and not _matches(query, first, last):
            continue
        if pid not in found:
            name = display_name(title, first, last)
            found[pid] = PersonMatch(
                pid, name, organisation or "", email or "", bool(active), bool(inquirer)
            )
    return list(found.values())


def find_person(uow_factory: UnitOfWorkFactory, text: str, missing_ok: bool = False) -> int | None:
    """The id of the one person ``text`` means. Several: a ServiceError listing them
    (number, name, organisation). None found: NotFoundError, or None with
    ``missing_ok`` (for the "keine Daten gespeichert" letter); a number that is no
    one's is always a NotFoundError."""
    matches = find_people(uow_factory, text)
    if len(matches) == 1:
        return matches[0].id
    if len(matches) > 1:
        listed = "\n".join(f"  {m.describe()}" for m in matches)
        raise ServiceError(
            _(
                "„{text}“ passt auf {matches_count} Personen. Bitte die Nummer oder die "
                "E-Mail-Adresse angeben:\n{listed}"
            ).format(text=text, matches_count=len(matches), listed=listed)
        )
    number = _ID.match(text.strip())
    if number:
        raise NotFoundError(
            _("Eine Person mit der Nummer {group} gibt es nicht.").format(group=number.group(1))
        )
    if missing_ok:
        return None
    raise NotFoundError(_("Keine Person „{strip}“ gefunden.").format(strip=text.strip()))


def person_choices(uow_factory: UnitOfWorkFactory, text: str, limit: int = 50):
    """(id, label) pairs for a picker: everyone whose name, title or e-mail contains
    ``text``, inactive people and inquirers included ("Name (Organisation)", "– inaktiv",
    "– Ratsuchende/r")."""
    clause = text_filter(Person.search_key, text)
    if clause is None:
        return []
    stmt = (
        select(Person.id, Person.title, Person.first_name, Person.last_name, Person.active)
        .add_columns(Organisation.name, Person.inquirer)
        .outerjoin(
            Affiliation, and_(Affiliation.person_id == Person.id, Affiliation.is_primary.is_(True))
        )
        .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(clause, Person.anonymised_on.is_(None))
        .order_by(Person.sort_key, Person.id)
        .limit(limit)
    )
    with uow_factory() as uow:
        rows = uow.session.execute(stmt).all()
    out: dict[int, str] = {}
    for pid, title, first, last, active, organisation, inquirer in rows:
        label = display_name(title, first, last)
        if organisation:
            label += f" ({organisation})"
        if inquirer:
            label += " – " + _(INQUIRER_LABEL)
        elif not active:
            label += " – " + _("inaktiv")
        out.setdefault(pid, label)
    return list(out.items())
