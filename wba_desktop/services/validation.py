"""Field checks shared by the services. Each returns the cleaned value or raises.

Every text a user writes obeys the rules of :mod:`wba_desktop.text.clean` (NFC, no
bidirectional controls, no NUL or lone surrogates, invisible-only counts as empty, the
column's length): ``clean_text`` normalises, ``check_texts`` reports
each field of a save at once. The flush guard (:mod:`wba_desktop.db.guard`) applies
the same rules to whatever a service forgot.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from sqlalchemy import inspect as sa_inspect

from wba_desktop.db.guard import text_columns
from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Tag
from wba_desktop.text import clean as text_rules

log = logging.getLogger(__name__)
_POSTCODE = re.compile(r"^\d{5}$")


class Collector:
    """Collects field errors so one save reports all of them at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def clean_text(value: str | None) -> str:
    """A one-line field: normalised, trimmed; "" when only invisible characters."""
    return text_rules.clean(value)


def check_text(c: Collector, field: str, label: str, value: str, limit: int | None = None) -> None:
    """Refuse NUL and lone surrogates, and a text longer than ``limit``."""
    if value:
        message = text_rules.check(label, value, limit)
        if message:
            c.add(field, message)


def check_texts(c: Collector, data: object, model: type, skip: tuple[str, ...] = ()) -> None:
    """``check_text`` for every text attribute of ``data`` that is a String/Text column
    of ``model``, with the column's German label and declared length."""
    specs, shortest = _text_specs(model)
    values = [getattr(data, key, None) for key, _label, _limit in specs]
    texts = [value for value in values if value.__class__ is str and value]
    # the common case: every text fits the shortest column and none has a bad character
    fits = not skip and max(map(len, texts), default=0) <= shortest
    if fits and not text_rules.has_problem("".join(texts)):
        return
    for (key, label, limit), value in zip(specs, values, strict=True):
        if value.__class__ is not str or not value or key in skip:
            continue
        if (limit is not None and len(value) > limit) or text_rules.has_problem(value):
            check_text(c, key, label, value, limit)


def check_tags(c: Collector, tags: list[str]) -> None:
    """Each keyword a record is tagged with obeys the text rules (``tag.name``)."""
    for tag in tags:
        check_text(c, "tags", _("Schlagwort"), clean_text(tag), Tag.name.type.length)


_SPECS: dict[type, tuple[tuple[tuple[str, str, int | None], ...], int]] = {}


def _text_specs(model: type) -> tuple[tuple[tuple[str, str, int | None], ...], int]:
    """(key, German label, length) of each text column a form fills, and the shortest
    length among them (a text no longer than that fits every column)."""
    found = _SPECS.get(model)
    if found is None:
        columns = text_columns(sa_inspect(model)).values()
        specs = tuple((col.key, col.label, col.length) for col in columns if not col.derived)
        limits = [limit for _key, _label, limit in specs if limit is not None]
        found = _SPECS[model] = (specs, min(limits, default=1 << 30))
    return found


def check_required(c: Collector, field: str, label: str, value: str) -> None:
    if not value or text_rules.is_blank(value):
        c.add(field, _("{label}: Bitte ausfüllen.").format(label=_(label)))


def clean_email(c: Collector, field: str, value: str | None) -> str:
    value = clean_text(value)
    if not value:
        return ""
    if "@" not in value or any(ch.isspace() for ch in value):  # refused without the library
        c.add(field, _("E-Mail: „{value}“ ist keine gültige E-Mail-Adresse.").format(value=value))
        return value
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        c.add(field, _("E-Mail: „{value}“ ist keine gültige E-Mail-Adresse.").format(value=value))
        log.debug("e-mail rejected: %s", exc)
        return value
    return result.normalized


def clean_phone(c: Collector, field: str, label: str, value: str | None) -> str:
    """Normalise to the international format, e.g. ``+49 340 502200``."""
    value = clean_text(value)
    if not value:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "DE")
    except phonenumbers.NumberParseException:
        c.add(
            field,
            _("{label}: „{value}“ ist keine Telefonnummer.").format(label=_(label), value=value),
        )
        return value
    if not phonenumbers.is_valid_number(number):
        c.add(
            field,
            _("{label}: „{value}“ ist keine gültige Rufnummer (Vorwahl prüfen).").format(
                label=_(label), value=value
            ),
        )
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def is_postcode(value: str) -> bool:
    """A German postcode: five digits."""
    return _POSTCODE.match(value) is not None


def clean_postcode(c: Collector, field: str, value: str | None) -> str:
    value = clean_text(value)
    if value and not is_postcode(value):
        c.add(field, _("PLZ: „{value}“ ist keine Postleitzahl aus 5 Ziffern.").format(value=value))
    return value


def clean_website(value: str | None) -> str:
    value = clean_text(value)
    if value and not re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I):
        value = "https://" + value
    return value


def check_range(c: Collector, field: str, label: str, value: int | None, lo: int, hi: int) -> None:
    if value is not None and not lo <= value <= hi:
        c.add(
            field,
            _("{label}: Bitte einen Wert von {lo} bis {hi} wählen.").format(
                label=_(label), lo=lo, hi=hi
            ),
        )


def check_period(c: Collector, start: date | None, end: date | None) -> None:
    if start and end and end < start:
        c.add(
            "valid_until",
            _("Bis: Das Ende ({end:%d.%m.%Y}) liegt vor dem Beginn ({start:%d.%m.%Y}).").format(
                end=end, start=start
            ),
        )


def check_choice(
    c: Collector,
    field: str,
    label: str,
    value: str,
    choices: tuple[str, ...],
    required: bool = False,
) -> None:
    if not value and required:
        c.add(field, _("{label}: Bitte auswählen.").format(label=_(label)))
    elif value and value not in choices:
        c.add(
            field,
            _("{label}: „{value}“ ist keine zulässige Auswahl.").format(
                label=_(label), value=value
            ),
        )


def check_length(c: Collector, field: str, label: str, value: str, limit: int) -> None:
    """The database columns have a length; say so before PostgreSQL refuses the value."""
    message = text_rules.too_long(label, value or "", limit)
    if message:
        c.add(field, message)
