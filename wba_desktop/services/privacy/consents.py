"""Recording consents (one person or many) and reading their history and state.

Events are only ever added: a withdrawal is a new "widerrufen" event, the grant
before it stays. Bad input (unknown purpose, a date in the future, a withdrawal
dated before the consent it withdraws, the same declaration twice on one day) is a
:class:`ValidationError` naming the field; nothing is written then.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import N_, _
from wba_desktop.models import ConsentEvent, ConsentPurpose, Person
from wba_desktop.models.consent import EXPIRED, GRANTED, STATUSES, WITHDRAWN
from wba_desktop.services import validation as v
from wba_desktop.services.privacy import consent_filter as cf
from wba_desktop.text import format as fmt

__all__ = [
    "EXPIRED",
    "GRANTED",
    "STATUSES",
    "WITHDRAWN",
    "BulkResult",
    "ConsentEntry",
    "ConsentInput",
    "ConsentService",
    "CurrentConsent",
    "PurposeInfo",
]


@dataclass(frozen=True)
class PurposeInfo:
    id: int
    name: str
    description: str
    sort_order: int
    active: bool


@dataclass(frozen=True)
class ConsentInput:
    """One declaration as the form or the import gives it."""

    purpose: str | int
    status: str = GRANTED
    effective_on: date | None = None
    expires_on: date | None = None
    source: str = ""
    wording_version: str = ""
    note: str = ""


@dataclass(frozen=True)
class ConsentEntry:
    """One event of the history, for the table in the person dialog."""

    id: int
    purpose: str
    status: str
    effective_on: date
    expires_on: date | None
    source: str
    wording_version: str
    note: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class CurrentConsent:
    """The state today of one purpose for one person ("keine Angabe": no event yet)."""

    purpose: str
    status: str
    effective_on: date | None
    expires_on: date | None
    source: str


@dataclass(frozen=True)
class BulkResult:
    """What a bulk recording did: recorded, skipped as already so, and the rest."""

    recorded: int
    already: int
    not_found: int
    person_ids: tuple[int, ...] = field(default=())

    def summary(self, purpose: str) -> str:
        parts = [
            _("{entries} für „{purpose}“ erfasst").format(
                entries=fmt.count(self.recorded, N_("Eintrag"), N_("Einträge")), purpose=purpose
            )
        ]
        if self.already:
            parts.append(f"{fmt.integer(self.already)} schon so erfasst")
        if self.not_found:
            parts.append(
                _("{not_found} nicht gefunden").format(not_found=fmt.integer(self.not_found))
            )
        return ", ".join(parts)


NO_STATE = "keine Angabe"


def purpose_info(p: ConsentPurpose) -> PurposeInfo:
    return PurposeInfo(p.id, p.name, p.description, p.sort_order, p.active)


class ConsentService:
    """Consents per person and purpose: record, bulk record, history, current state."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- purposes ----------------------------------------------------------------------
    def purposes(self, active_only: bool = False) -> list[PurposeInfo]:
        with self._uow() as uow:
            stmt = select(ConsentPurpose).order_by(ConsentPurpose.sort_order, ConsentPurpose.name)
            if active_only:
                stmt = stmt.where(ConsentPurpose.active.is_(True))
            return [purpose_info(p) for p in uow.session.scalars(stmt)]

    def purpose_name(self, purpose: str | int | None) -> str | None:
        """The stored name of a purpose given by name (any case) or id."""
        with self._uow() as uow:
            pid = cf.purpose_id(uow.session, purpose)
            return None if pid is None else uow.session.get(ConsentPurpose, pid).name

    def save_purpose(
        self,
        name: str,
        description: str = "",
        active: bool = True,
        sort_order: int | None = None,
        purpose_id: int | None = None,
    ) -> PurposeInfo:
        """Add or change a purpose (Stammdaten). Names are unique (any case); a used
        purpose is deactivated rather than deleted, so its history stays readable."""
        c = v.Collector()
        name = v.clean_text(name)
        description = v.clean_text(description)
        if not name:
            c.add("name", _("Bezeichnung: Bitte ausfüllen."))
        v.check_text(c, "name", _("Bezeichnung"), name, ConsentPurpose.name.type.length)
        v.check_text(
            c, "description", _("Beschreibung"), description, ConsentPurpose.description.type.length
        )
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            clash = s.scalar(
                select(ConsentPurpose.id).where(
                    func.lower(ConsentPurpose.name) == name.lower(),
                    ConsentPurpose.id != (purpose_id or 0),
                )
            )
            if clash:
                raise ValidationError(
                    {"name": _("Bezeichnung: „{name}“ gibt es schon.").format(name=name)}
                )
            if purpose_id is None:
                p = ConsentPurpose()
                if sort_order is None:
                    top = s.scalar(select(func.max(ConsentPurpose.sort_order)))
                    sort_order = (top or 0) + 10
                s.add(p)
            else:
                p = s.get(ConsentPurpose, purpose_id)
                if p is None:
                    raise NotFoundError(_("Der Zweck wurde inzwischen gelöscht."))
            p.name, p.description, p.active = name, description, bool(active)
            if sort_order is not None:
                p.sort_order = sort_order
            uow.commit()
            return purpose_info(p)

    # -- recording ---------------------------------------------------------------------
    def record(self, person_id: int, entry: ConsentInput, today: date | None = None) -> int:
        """Add one event; returns its id."""
        with self._uow() as uow:
            event = self.record_in(uow.session, person_id, entry, today)
            uow.commit()
            return event.id

    def record_in(
        self, s, person_id: int, entry: ConsentInput, today: date | None = None
    ) -> ConsentEvent:
        """Add one event in the caller's session (the caller commits), with the checks
        of :meth:`record`: for a use case that records a consent along with other data
        (an inquiry with the inquirer's consent to be asked later)."""
        today = today or date.today()
        if s.get(Person, person_id) is None:
            raise NotFoundError(_("Die Person wurde nicht gefunden (gelöscht?)."))
        clean, pid = self._validate(s, entry, today)
        problem = self._conflict(s, person_id, pid, clean)
        if problem:
            raise ValidationError({"effective_on": problem})
        event = self._event(person_id, pid, clean)
        s.add(event)
        s.flush()
        return event

    def record_many(
        self, person_ids: Iterable[int], entry: ConsentInput, today: date | None = None
    ) -> BulkResult:
        """The same declaration for many people (a selection, a Verteiler's members) in
        one unit of work: all or none. People for whom the same declaration is already
        recorded on that day are skipped; so are those whose withdrawal would come
        before their consent."""
        today = today or date.today()
        ids = list(dict.fromkeys(person_ids))
        recorded: list[int] = []
        already = 0
        with self._uow() as uow:
            s = uow.session
            clean, pid = self._validate(s, entry, today)
            existing: set[int] = set()
            for part in cf.chunks(ids):
                existing.update(s.scalars(select(Person.id).where(Person.id.in_(part))))
            for person_id in ids:
                if person_id not in existing:
                    continue
                if self._conflict(s, person_id, pid, clean):
                    already += 1
                    continue
                s.add(self._event(person_id, pid, clean))
                recorded.append(person_id)
            uow.commit()
        return BulkResult(len(recorded), already, len(ids) - len(existing), tuple(recorded))

    def _validate(self, s, entry: ConsentInput, today: date) -> tuple[ConsentInput, int]:
        c = v.Collector()
        try:
            pid = cf.purpose_id(s, entry.purpose)
        except ValidationError as exc:
            c.errors.update(exc.errors)
            pid = None
        if pid is None and "purpose" not in c.errors:
            c.add("purpose", _("Zweck: Bitte einen Zweck wählen."))
        if entry.status not in STATUSES:
            c.add(
                "status",
                _("Status: Bitte {oder} wählen.").format(oder=fmt.listing(STATUSES, "oder")),
            )
        on = entry.effective_on
        if on is None:
            c.add("effective_on", _("Datum: Bitte angeben."))
        elif on > today:
            c.add("effective_on", _("Datum: Der {on} liegt in der Zukunft.").format(on=fmt.day(on)))
        if entry.expires_on is not None:
            if entry.status != GRANTED:
                c.add("expires_on", _("Gültig bis: Nur eine erteilte Einwilligung hat ein Ende."))
            elif on is not None and entry.expires_on <= on:
                c.add("expires_on", _("Gültig bis: Das Ende muss nach dem Beginn liegen."))
        texts = {
            "source": v.clean_text(entry.source),
            "wording_version": v.clean_text(entry.wording_version),
            "note": v.clean_text(entry.note),
        }
        labels = {"source": "Quelle", "wording_version": "Fassung", "note": "Notiz"}
        for key, value in texts.items():
            limit = getattr(ConsentEvent, key).type.length
            v.check_text(c, key, labels[key], value, limit)
        c.raise_if_any()
        clean = ConsentInput(
            pid,
            entry.status,
            on,
            entry.expires_on,
            **texts,  # type: ignore[arg-type]
        )
        return clean, pid  # type: ignore[return-value]

    @staticmethod
    def _conflict(s, person_id: int, pid: int, entry: ConsentInput) -> str:
        """Why this event may not be added for this person ("" if it may)."""
        rows = s.execute(
            select(ConsentEvent.status, ConsentEvent.effective_on).where(
                ConsentEvent.person_id == person_id, ConsentEvent.purpose_id == pid
            )
        ).all()
        on = entry.effective_on
        if any(status == entry.status and day == on for status, day in rows):
            return _("Datum: „{status}“ am {on} ist für diesen Zweck schon erfasst.").format(
                status=entry.status, on=fmt.day(on)
            )
        if entry.status == WITHDRAWN:
            grants = [day for status, day in rows if status == GRANTED]
            if grants and on < max(grants):
                return _(
                    "Datum: Der Widerruf am {on} läge vor der Einwilligung vom {grants}."
                ).format(on=fmt.day(on), grants=fmt.day(max(grants)))
        return ""

    def _event(self, person_id: int, pid: int, entry: ConsentInput) -> ConsentEvent:
        return ConsentEvent(
            person_id=person_id,
            purpose_id=pid,
            status=entry.status,
            effective_on=entry.effective_on,
            expires_on=entry.expires_on if entry.status == GRANTED else None,
            source=entry.source,
            wording_version=entry.wording_version,
            note=entry.note,
            recorded_by=(getattr(self._uow, "user_name", "") or "")[:100],
        )

    # -- reading -----------------------------------------------------------------------
    def history(self, person_id: int) -> list[ConsentEntry]:
        """Every event of the person, newest first."""
        with self._uow() as uow:
            events = uow.session.scalars(
                select(ConsentEvent)
                .where(ConsentEvent.person_id == person_id)
                .order_by(ConsentEvent.effective_on.desc(), ConsentEvent.id.desc())
            ).all()
            return [
                ConsentEntry(
                    *(e.id, e.purpose.name, e.status, e.effective_on, e.expires_on),
                    *(e.source, e.wording_version, e.note, e.recorded_by, e.recorded_at),
                )
                for e in events
            ]

    def current(self, person_id: int, today: date | None = None) -> list[CurrentConsent]:
        """The state today of every purpose (active ones, and inactive ones with an
        event), in the purposes' order."""
        today = today or date.today()
        with self._uow() as uow:
            s = uow.session
            states = cf.current_states(s, [person_id], None, today).get(person_id, {})
            result = []
            for p in s.scalars(
                select(ConsentPurpose).order_by(ConsentPurpose.sort_order, ConsentPurpose.name)
            ):
                st = states.get(p.id)
                if st is None:
                    if p.active:
                        result.append(CurrentConsent(p.name, NO_STATE, None, None, ""))
                    continue
                result.append(
                    CurrentConsent(p.name, st.status, st.effective_on, st.expires_on, st.source)
                )
            return result

    def allowed(
        self,
        person_ids: Sequence[int],
        purpose: str | int | None = None,
        *,
        require_consent: bool = False,
        today: date | None = None,
    ) -> tuple[list[int], dict[str, int]]:
        """:func:`consent_filter.allowed` in a unit of work of its own."""
        with self._uow() as uow:
            return cf.allowed(
                uow.session, person_ids, purpose, require_consent=require_consent, today=today
            )
