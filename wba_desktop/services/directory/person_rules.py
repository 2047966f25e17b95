"""The rules a person record must meet, apart from storing it: the form a user fills
in (``PersonData``), how names are shown (:func:`display_name`), how a form is
cleaned and checked (:func:`validate`), how a record takes it over with its search
keys (:func:`apply_to`), and when two people look like duplicates (same e-mail, or
the same first and last name, also spelt without umlauts). The import uses the same
rules, so a row is checked the way the dialog checks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from sqlalchemy import func, or_, select

from wba_desktop.i18n import N_, _
from wba_desktop.models import Person
from wba_desktop.services import validation as v
from wba_desktop.services.conflicts import check_version, deleted, stale_edit
from wba_desktop.services.directory.reference import get_or_create_tags
from wba_desktop.services.directory.visibility import not_inquirer
from wba_desktop.text.fold import search_key, sort_key
from wba_desktop.text.names import display_name
from wba_desktop.vocab import CHANNELS, SALUTATIONS


@dataclass
class PersonData:
    """What a user enters for a person."""

    last_name: str = ""
    first_name: str = ""
    salutation: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    preferred_channel: str = ""
    notes: str = ""
    active: bool = True
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PersonDuplicate:
    id: int
    name: str
    email: str
    reason: str

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


def person_name(p: Person | None) -> str:
    """The display name of a loaded person ("" for none)."""
    return display_name(p.title, p.first_name, p.last_name) if p is not None else ""


def validate(data: PersonData) -> PersonData:
    c = v.Collector()
    clean = v.clean_text
    data.last_name, data.first_name = clean(data.last_name), clean(data.first_name)
    data.salutation, data.title = clean(data.salutation), clean(data.title)
    data.preferred_channel, data.notes = clean(data.preferred_channel), clean(data.notes)
    # the labels are translated where a message is made (an import checks 20,000 rows)
    v.check_required(c, "last_name", N_("Nachname"), data.last_name)
    v.check_choice(c, "salutation", N_("Anrede"), data.salutation, SALUTATIONS)
    channel = data.preferred_channel
    v.check_choice(c, "preferred_channel", N_("Bevorzugter Kanal"), channel, CHANNELS)
    data.email = v.clean_email(c, "email", data.email)
    data.phone = v.clean_phone(c, "phone", N_("Telefon"), data.phone)
    data.mobile = v.clean_phone(c, "mobile", N_("Mobil"), data.mobile)
    v.check_texts(c, data, Person)
    v.check_tags(c, data.tags)
    c.raise_if_any()
    return data


def apply_to(p: Person, data: PersonData, session, tags: dict | None = None) -> None:
    """The form onto the record; ``tags``: a tag cache, see ``get_or_create_tags``."""
    for f in fields(PersonData):
        if f.name != "tags":
            setattr(p, f.name, getattr(data, f.name))
    with session.no_autoflush:  # one save is one flush, so one version step
        p.tags = get_or_create_tags(session, data.tags, tags)
    p.search_key = search_key(p.first_name, p.last_name, p.title, p.email)
    p.sort_key = sort_key(p.last_name, p.first_name)


#: the form's fields in the order of the form, as a conflict names them
FIELD_LABELS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "email": "E-Mail",
    "phone": "Telefon",
    "mobile": "Mobil",
    "preferred_channel": "Bevorzugter Kanal",
    "tags": "Schlagwörter",
    "active": "aktiv",
    "notes": "Notizen",
}


def data_of(p: Person) -> PersonData:
    values = {f.name: getattr(p, f.name) for f in fields(PersonData) if f.name != "tags"}
    return PersonData(**values, tags=[t.name for t in p.tags])


def current_record(s, person_id: int, expected: int | None, mine=None, original=None) -> Person:
    """The stored person, if still at version ``expected`` (None: any); else the
    StaleEdit naming what changed against ``mine`` (the form being saved) and
    ``original`` (the form as loaded), or DeletedMeanwhile."""
    p = s.get(Person, person_id)
    if p is None:
        raise deleted(_("Die Person"))
    check_version(
        p,
        expected,
        lambda: stale_edit(
            p,
            person_name(p),
            mine=mine,
            theirs=data_of(p) if mine is not None else None,
            original=original,
            labels=FIELD_LABELS,
        ),
    )
    return p


def find_duplicates(
    session, data: PersonData, exclude_id: int | None = None
) -> list[PersonDuplicate]:
    """People with the same e-mail, or the same first and last name."""
    email = (data.email or "").strip().lower()
    conds = []
    if data.last_name.strip():
        key = sort_key(data.last_name, data.first_name)
        # "Mueller, Joerg" is the umlaut-free spelling of "Müller, Jörg" (key "muller jorg")
        spelled = re.sub(r"([aou])e", r"\1", key)
        conds.append(Person.sort_key.in_({key, spelled}))
    if email:
        conds.append(func.lower(Person.email) == email)
    if not conds:
        return []
    stmt = select(Person).where(or_(*conds), not_inquirer())  # inquirers: no directory
    if exclude_id is not None:
        stmt = stmt.where(Person.id != exclude_id)
    out = []
    for p in session.scalars(stmt.limit(20)):
        reason = (
            _("gleiche E-Mail-Adresse {email}").format(email=p.email)
            if email and p.email.lower() == email
            else _("gleicher Vor- und Nachname")
        )
        out.append(
            PersonDuplicate(p.id, display_name(p.title, p.first_name, p.last_name), p.email, reason)
        )
    return out
