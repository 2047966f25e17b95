"""One spreadsheet row -> organisation and person data, validated (for the importer).

The checks are the services' own (``organisations.validate``, ``people.validate``), the
e-mail and phone numbers cleaned by :class:`~wba_desktop.services.importing.contacts.FieldCleaner`
first. The common row (every field passes) takes a quick path built from the same
rules (``_plain_person``, ``_plain_organisation``); anything else goes the full way.
So messages and results are the same as when a user types the values in a dialog.
"""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date, datetime, time
from typing import Any

from wba_desktop.errors import ValidationError
from wba_desktop.exchange.cells import (
    normalise_postcode,
    split_full_name,
    split_postcode_city,
)
from wba_desktop.i18n import _
from wba_desktop.models import Organisation, Person
from wba_desktop.services import validation as v
from wba_desktop.services.directory import organisations, people
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.directory.reference import tag_key
from wba_desktop.services.importing.contacts import FieldCleaner
from wba_desktop.text import clean as text_rules
from wba_desktop.text.clean import too_long
from wba_desktop.vocab import SALUTATIONS

_LIST_SPLIT = re.compile(r"\s*[,;]\s*")


def _limits(model, names: tuple[str, ...]) -> dict[str, int]:
    return {n: model.__table__.c[n].type.length for n in names}


ORG_LIMITS = _limits(
    Organisation,
    ("name", "short_name", "street", "postcode", "city", "website", "email", "phone", "sectors"),
)
PERSON_LIMITS = _limits(
    Person, ("salutation", "title", "first_name", "last_name", "email", "phone", "mobile")
)
AFFILIATION_LIMITS = {"function": 120, "department": 120}


def cell_text(value: Any, target: str = "") -> str:
    """A cell as the text a field gets: dates TT.MM.JJJJ, numbers without ``.0``.

    Excel drops leading zeros of numbers: a postcode 6366 becomes "06366" (a number in
    a "PLZ Ort" column is a postcode, too), a phone
    number 3405022 becomes "03405022".
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, int):
        text = str(value)
        if target in ("postcode", "postcode_city"):
            return normalise_postcode(text)  # 6844 -> 06844, 39104 stays
        if target in ("phone", "mobile", "org_phone"):
            return "+" + text if text.startswith("49") and len(text) > 9 else "0" + text
        return text
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}" if value.time() != time() else f"{value:%d.%m.%Y}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value)


#: validator field -> mapping field, to name the column a message is about
ORG_FIELD_SOURCE = {
    "name": "org_name",
    "short_name": "short_name",
    "street": "street",
    "postcode": "postcode",
    "city": "city",
    "website": "website",
    "email": "org_email",
    "phone": "org_phone",
    "sectors": "sectors",
}
PERSON_FIELD_SOURCE = {
    "last_name": "last_name",
    "first_name": "first_name",
    "salutation": "salutation",
    "title": "title",
    "email": "email",
    "phone": "phone",
    "mobile": "mobile",
}
ORG_INPUTS = (
    "org_name", "short_name", "org_type", "street", "house_number", "postcode", "city",
    "postcode_city", "region", "coverage", "website", "org_email", "org_phone", "sectors", "tags",
    "org_notes", "size_class", "influence", "interest", "stance", "offers", "offer_groups",
)  # fmt: skip
ORG_FIELD_SOURCE.update(
    {
        "size_class": "size_class",
        "influence": "influence",
        "interest": "interest",
        "stance": "stance",
    }
)
PERSON_INPUTS = (
    "salutation", "title", "first_name", "last_name", "full_name", "email", "phone",
    "mobile", "notes",
)  # fmt: skip


#: no cleaned value grows past this from a raw value of at most ``_SHORT`` characters
_SHORT = 40


def _too_long(errors: dict[str, str], source: dict[str, str], data, limits, label_of) -> None:
    for name, limit in limits.items():
        value = getattr(data, name)
        if len(value) > limit:
            target = source.get(name, name)
            errors.setdefault(target, too_long(label_of(target), value, limit))


def read_organisation(
    values: dict[str, str], cleaner: FieldCleaner, label_of
) -> tuple[OrganisationData, dict[str, str]]:
    """Validated organisation data of a row that names one (type and region set later)."""
    errors: dict[str, str] = {}
    postcode, city = normalise_postcode(values.get("postcode", "")), values.get("city", "")
    if values.get("postcode_city"):
        pc, town = split_postcode_city(values["postcode_city"])
        postcode, city = postcode or pc, city or town
    street = values.get("street", "")
    if values.get("house_number"):
        street = f"{street} {values['house_number']}".strip()
    if values.keys() <= _PLAIN_ORG_INPUTS:
        data = _plain_organisation(values, cleaner, street, postcode, city)
        if data is not None:
            return data, errors
    data = OrganisationData(
        name=values.get("org_name", ""),
        type_id=0,  # resolved by the importer; 0 keeps validate quiet about it
        short_name=values.get("short_name", ""),
        street=street,
        postcode=postcode,
        city=city,
        website=values.get("website", ""),
        sectors=values.get("sectors", ""),
        notes=values.get("org_notes", ""),
        tags=[t for t in _LIST_SPLIT.split(values.get("tags", "")) if t],
        size_class=values.get("size_class", ""),
        stance=values.get("stance", ""),
    )
    for name in ("influence", "interest"):
        text = values.get(name, "")
        if text:
            try:
                setattr(data, name, int(text))
            except ValueError:
                errors[name] = _("{name}: „{text}“ ist keine ganze Zahl von 1 bis 5.").format(
                    name=label_of(name), text=text
                )
    email, email_error = cleaner.email(values.get("org_email", ""))
    phone, phone_error = cleaner.phone(values.get("org_phone", ""), "Telefon")
    try:
        organisations.validate(data)
    except ValidationError as exc:
        for name, message in exc.errors.items():
            errors.setdefault(ORG_FIELD_SOURCE.get(name, name), message)
    data.email, data.phone = email, phone
    if email_error:
        errors["org_email"] = email_error
    if phone_error:
        errors["org_phone"] = phone_error
    if max(map(len, values.values()), default=0) > _SHORT:
        _too_long(errors, ORG_FIELD_SOURCE, data, ORG_LIMITS, label_of)
    return data, errors


#: the columns an organisation of the quick path may have (more need the full check)
_PLAIN_ORG_INPUTS = frozenset(
    {
        "org_name", "short_name", "org_type", "street", "house_number", "postcode", "city",
        "postcode_city", "region", "coverage", "website", "org_email", "org_phone", "sectors",
        "org_notes",
    }
)  # fmt: skip


def _plain_organisation(
    values: dict[str, str], cleaner: FieldCleaner, street: str, postcode: str, city: str
) -> OrganisationData | None:
    """The common row's organisation, built without ``organisations.validate`` (type and
    districts are set later, as on the full path): every text cleaned by the same rule
    and within its column, no character a database refuses, a name, a postcode of five
    digits or none, a valid e-mail and number. None when anything is otherwise: then the
    full check finds the message. ``tests/integration/importing/test_import_quick.py``
    holds both ways equal."""
    clean, limits = text_rules.clean, ORG_LIMITS
    texts = {
        "name": clean(values.get("org_name", "")),
        "short_name": clean(values.get("short_name", "")),
        "street": clean(street),
        "postcode": clean(postcode),
        "city": clean(city),
        "website": v.clean_website(values.get("website", "")),
        "sectors": clean(values.get("sectors", "")),
    }
    notes = clean(values.get("org_notes", ""))
    code = texts["postcode"]
    if (
        not texts["name"]
        or (code and not v.is_postcode(code))
        or any(len(text) > limits[name] for name, text in texts.items())
        or text_rules.has_problem("".join(texts.values()) + notes)
    ):
        return None
    contacts = _plain_contacts(values, cleaner, limits, _ORG_CONTACTS)
    if contacts is None:
        return None
    return OrganisationData(**texts, **contacts, type_id=0, notes=notes, tags=[])


#: (field, column, label of a phone number; None: an e-mail) cleaned by the quick paths
_ORG_CONTACTS = (("email", "org_email", None), ("phone", "org_phone", "Telefon"))
_PERSON_CONTACTS = (
    ("email", "email", None),
    ("phone", "phone", "Telefon"),
    ("mobile", "mobile", "Mobil"),
)


def _plain_contacts(
    values: dict[str, str], cleaner: FieldCleaner, limits: dict[str, int], wanted
) -> dict[str, str] | None:
    """The e-mail and numbers ``wanted`` cleaned, or None when one is refused or too
    long for its column."""
    out = {}
    for name, column, label in wanted:
        raw = values.get(column, "")
        value, problem = cleaner.email(raw) if label is None else cleaner.phone(raw, label)
        if problem or len(value) > limits[name]:
            return None
        out[name] = value
    return out


def read_person(
    values: dict[str, str], cleaner: FieldCleaner, label_of
) -> tuple[PersonData, dict[str, str], list[str]]:
    """Validated person data of a row that names one; also warnings."""
    warnings: list[str] = []
    first, last = values.get("first_name", ""), values.get("last_name", "")
    salutation, title = "", values.get("title", "")
    if values.get("full_name") and not last:
        parts = split_full_name(values["full_name"])
        first, last = first or parts.first_name, parts.last_name
        salutation, title = parts.salutation, title or parts.title
    if values.get("salutation"):
        sal, extra, known = cleaner.salutation(values["salutation"])
        if known:
            salutation, title = sal, title or extra
        else:
            warnings.append(
                _("{salutation}: „{salutation2}“ nicht erkannt, leer gelassen").format(
                    salutation=label_of("salutation"), salutation2=values["salutation"]
                )
            )
    if not warnings and "tags" not in values:
        data = _plain_person(values, cleaner, first, last, salutation, title)
        if data is not None:
            return data, {}, warnings
    errors: dict[str, str] = {}
    data = PersonData(
        last_name=last, first_name=first, salutation=salutation, title=title,
        notes=values.get("notes", ""),
        tags=[t for t in _LIST_SPLIT.split(values.get("tags", "")) if t],
    )  # fmt: skip
    email, email_error = cleaner.email(values.get("email", ""))
    phone, phone_error = cleaner.phone(values.get("phone", ""), "Telefon")
    mobile, mobile_error = cleaner.phone(values.get("mobile", ""), "Mobil")
    try:
        people.validate(data)
    except ValidationError as exc:
        for name, message in exc.errors.items():
            target = PERSON_FIELD_SOURCE.get(name, name)
            if target == "last_name" and "full_name" in values:
                target = "full_name"
            errors.setdefault(target, message)
    data.email, data.phone, data.mobile = email, phone, mobile
    for target, message in (("email", email_error), ("phone", phone_error)):
        if message:
            errors[target] = message
    if mobile_error:
        errors["mobile"] = mobile_error.replace("Telefon", "Mobil", 1)
    if max(map(len, values.values()), default=0) > _SHORT:
        _too_long(errors, PERSON_FIELD_SOURCE, data, PERSON_LIMITS, label_of)
    return data, errors, warnings


def _plain_person(
    values: dict[str, str], cleaner: FieldCleaner, first: str, last: str, sal: str, title: str
) -> PersonData | None:
    """The common row's person, built without ``people.validate``: every field cleaned
    by the same rule (``text.clean``) and within its column's length, no character a
    database refuses, a last name, a known salutation, a valid e-mail and numbers, no
    keywords. None when anything is otherwise: then the full check finds the message.
    ``tests/integration/importing/test_import_quick.py`` holds both ways equal."""
    clean, bad, limits = text_rules.clean, text_rules.has_problem, PERSON_LIMITS
    last, first, title = clean(last), clean(first), clean(title)
    notes = clean(values.get("notes", ""))
    if (
        not last
        or len(last) > limits["last_name"]
        or len(first) > limits["first_name"]
        or len(title) > limits["title"]
        or sal not in SALUTATIONS
        or bad(last + first + title + notes)
    ):
        return None
    contacts = _plain_contacts(values, cleaner, limits, _PERSON_CONTACTS)
    if contacts is None:
        return None
    return PersonData(
        last_name=last, first_name=first, salutation=sal, title=title, notes=notes, tags=[],
        **contacts,
    )  # fmt: skip


def merge_into(target, incoming, overwrite: bool, keep: tuple[str, ...] = ()) -> list[str]:
    """Copy non-empty values of ``incoming`` into ``target`` (a data class).

    ``overwrite=False`` fills only empty fields. Empty incoming values never erase.
    Tags and covered districts are united. Returns the names of the fields that changed.
    """
    changed = []
    for f in fields(target):
        name = f.name
        if name in keep or name == "active":
            continue
        new, old = getattr(incoming, name), getattr(target, name)
        if name == "tags":  # compared like get_or_create_tags: no case, spaces collapsed
            have, added = {tag_key(t) for t in old}, []
            for tag in new:
                if tag_key(tag) not in have:
                    have.add(tag_key(tag))
                    added.append(tag)
            if added:
                target.tags = [*old, *added]
                changed.append(name)
            continue
        if name == "coverage_region_ids":  # districts served: united like the tags
            if new and not set(new) <= set(old or ()):
                target.coverage_region_ids = sorted({*(old or ()), *new})
                changed.append(name)
            continue
        if new in ("", None) or new == old:
            continue
        if old not in ("", None) and not overwrite:
            continue
        setattr(target, name, new)
        changed.append(name)
    return changed
