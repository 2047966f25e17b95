"""Per-person data-protection facts (Art. 13/14, 18, 21): legal basis, where the data
came from, when the person was informed, restriction and objection.

``save`` checks them (a known legal basis, no date in the future, an objection only
with a date) and writes them on the person record; nothing is written when a check
fails. The person dialog saves them from its "Datenschutz" tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import Person
from wba_desktop.services import validation as v
from wba_desktop.text import format as fmt
from wba_desktop.vocab import LEGAL_BASES


@dataclass(frozen=True)
class PrivacyFacts:
    legal_basis: str = ""
    data_source: str = ""
    informed_on: date | None = None
    restricted: bool = False
    objected_on: date | None = None


@dataclass(frozen=True)
class PersonPrivacy:
    """The facts and what the app knows about the record besides (read-only)."""

    person_id: int
    facts: PrivacyFacts
    anonymised_on: date | None
    version: int


class PrivacyFactsService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def get(self, person_id: int) -> PersonPrivacy:
        with self._uow() as uow:
            p = uow.session.get(Person, person_id)
            if p is None:
                raise NotFoundError(_("Die Person wurde nicht gefunden (gelöscht?)."))
            return _privacy(p)

    def save(self, person_id: int, facts: PrivacyFacts, today: date | None = None) -> PersonPrivacy:
        """Check and store the facts; returns them as stored (with the new version)."""
        facts = validate(facts, today or date.today())
        with self._uow() as uow:
            p = uow.session.get(Person, person_id)
            if p is None:
                raise NotFoundError(_("Die Person wurde inzwischen gelöscht."))
            p.legal_basis = facts.legal_basis
            p.data_source = facts.data_source
            p.informed_on = facts.informed_on
            p.restricted = facts.restricted
            p.objected_on = facts.objected_on
            uow.commit()
            return _privacy(p)


def validate(facts: PrivacyFacts, today: date) -> PrivacyFacts:
    """The facts cleaned, or a ValidationError naming each bad field."""
    c = v.Collector()
    basis = v.clean_text(facts.legal_basis)
    if basis and basis not in LEGAL_BASES:
        c.add(
            "legal_basis",
            _("Rechtsgrundlage: Bitte {oder} wählen.").format(
                oder=fmt.listing(LEGAL_BASES, "oder")
            ),
        )
    source = v.clean_text(facts.data_source)
    v.check_text(c, "data_source", _("Herkunft der Daten"), source, Person.data_source.type.length)
    for key, label in (("informed_on", "Informiert am"), ("objected_on", "Widerspruch am")):
        day = getattr(facts, key)
        if day is not None and day > today:
            c.add(
                key,
                _("{label}: Der {value} liegt in der Zukunft.").format(
                    label=label, value=fmt.day(day)
                ),
            )
    c.raise_if_any()
    return PrivacyFacts(basis, source, facts.informed_on, bool(facts.restricted), facts.objected_on)


def _privacy(p: Person) -> PersonPrivacy:
    facts = PrivacyFacts(p.legal_basis, p.data_source, p.informed_on, p.restricted, p.objected_on)
    return PersonPrivacy(p.id, facts, p.anonymised_on, p.version)
