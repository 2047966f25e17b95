"""Inquiries („Anfragen“): intake, the list, the detail, the status flow and its
dated history (``services.inquiries``).

* :meth:`InquiryService.create` takes the intake form (:class:`IntakeData`, see
  :mod:`~wba_desktop.services.lotsen.intake` for who asks) and returns the new id;
  the first step „neu“ is written to the history on the day received.
* :meth:`~InquiryService.search` lists rows (:class:`InquiryRow`, one query; numbers
  „A-2026-0042“ are year received + id, see
  :mod:`~wba_desktop.services.lotsen.inquiry_list`).
* :meth:`~InquiryService.get` gives the whole form and what the detail shows,
  :meth:`~InquiryService.update` saves the form over the loaded version (a newer one
  raises :class:`~wba_desktop.errors.StaleEdit`).
* :meth:`~InquiryService.set_status` takes one step of the flow
  (:mod:`~wba_desktop.services.lotsen.status`), dated, with the user's name; final
  states set ``closed_on``. :meth:`~InquiryService.history` lists every step.
* :meth:`~InquiryService.coordinators`: the people affiliated with our agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.db.uow import CHANGED
from wba_desktop.errors import ConflictError, NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import Activity, Affiliation, Inquiry, Organisation, Person, Region
from wba_desktop.models.base import utcnow
from wba_desktop.models.lotsen import InquiryChange, Referral, inquiry_topic
from wba_desktop.services.conflicts import check_version, deleted, stale_edit
from wba_desktop.services.directory.affiliations import current_affiliation
from wba_desktop.services.directory.person_rules import display_name, person_name
from wba_desktop.services.lotsen import inquirers
from wba_desktop.services.lotsen import intake as ik
from wba_desktop.services.lotsen.inquiry_list import (
    InquiryFilter,
    InquiryRow,
    inquirer_label,
    inquiry_number,
    rows,
)
from wba_desktop.services.lotsen.intake import IntakeData
from wba_desktop.services.lotsen.status import (
    FINAL,
    NEW,
    STEP_OUTCOME,
    STEP_STATUS,
    check_step,
    next_statuses,
)
from wba_desktop.services.lotsen.steps import ChangeRow, add_step, check_day
from wba_desktop.services.privacy.consents import ConsentService
from wba_desktop.services.shared_settings import AgencySettings
from wba_desktop.text import format as fmt

__all__ = [
    "ChangeRow",
    "InquiryDetail",
    "InquiryFilter",
    "InquiryRow",
    "InquiryService",
    "IntakeData",
    "add_step",
]


@dataclass(frozen=True)
class InquiryDetail:
    """Everything the inquiry form shows: the form (``data``) and what is read only."""

    id: int
    number: str
    version: int
    data: IntakeData
    status: str
    outcome: str
    closed_on: date | None
    #: the statuses the flow allows next (empty when final)
    next_statuses: tuple[str, ...]
    #: the company's name, or „Ratsuchende/r“ with initials (as the list shows it)
    inquirer: str
    organisation_name: str
    #: the private inquirer's name, or the company's contact person's
    person_id: int | None
    person_name: str
    district: str
    wba_region: str
    topic_names: tuple[str, ...]
    coordinator_name: str
    referral_count: int
    updated_at: datetime | None
    updated_by: str


class InquiryService:
    def __init__(
        self, uow_factory: UnitOfWorkFactory, consents: ConsentService, agency: AgencySettings
    ) -> None:
        self._uow = uow_factory
        self._consents = consents
        self._agency = agency

    @property
    def _user(self) -> str:
        return getattr(self._uow, "user_name", "") or ""

    # -- reading -------------------------------------------------------------------------
    def search(self, flt: InquiryFilter = InquiryFilter()) -> list[InquiryRow]:
        """The inquiries matching ``flt``, newest first (one query)."""
        with self._uow() as uow:
            return rows(uow.session, flt)

    def get(self, inquiry_id: int) -> InquiryDetail:
        with self._uow() as uow:
            s = uow.session
            return self._detail(s, self._load(s, inquiry_id))

    def history(self, inquiry_id: int) -> list[ChangeRow]:
        """Every dated step, oldest first (by date, then as recorded)."""
        stmt = (
            select(InquiryChange, Organisation.name)
            .outerjoin(Referral, Referral.id == InquiryChange.referral_id)
            .outerjoin(Organisation, Organisation.id == Referral.organisation_id)
            .where(InquiryChange.inquiry_id == inquiry_id)
            .order_by(InquiryChange.changed_on, InquiryChange.id)
        )
        with self._uow() as uow:
            return [
                ChangeRow(
                    c.id,
                    c.changed_on,
                    c.field,
                    c.value,
                    c.note,
                    c.user_name,
                    c.recorded_at,
                    c.referral_id,
                    partner or "",
                )
                for c, partner in uow.session.execute(stmt)
            ]

    def coordinators(self) -> list[tuple[int, str]]:
        """(id, name) of the active people currently affiliated with our agency's own
        organisation (the settings), by name; empty when none is set."""
        own = self._agency.own_organisation()
        if own is None:
            return []
        stmt = (
            select(Person.id, Person.title, Person.first_name, Person.last_name)
            .join(Affiliation, Affiliation.person_id == Person.id)
            .where(
                Affiliation.organisation_id == own[0],
                current_affiliation(date.today()),
                Person.active.is_(True),
                Person.inquirer.is_(False),
                Person.anonymised_on.is_(None),
            )
            .distinct()
        )
        with self._uow() as uow:
            found = {i: display_name(t, f, ln) for i, t, f, ln in uow.session.execute(stmt)}
        return sorted(found.items(), key=lambda item: (item[1].casefold(), item[0]))

    # -- writing -------------------------------------------------------------------------
    def create(self, data: IntakeData, *, today: date | None = None) -> int:
        """Save a new inquiry with its inquirer; returns its id."""
        today = today or date.today()
        data = ik.validate(data, today)
        with self._uow() as uow:
            s = uow.session
            topics = ik.check_refs(s, data)
            inquiry = Inquiry(status=NEW, outcome="")
            self._apply(inquiry, data)
            inquiry.topics = topics
            s.add(inquiry)
            s.flush()
            inquirers.attach(s, inquiry, data, self._consents, today)
            add_step(
                s, inquiry.id, inquiry.received_on, STEP_STATUS, NEW, "aufgenommen", self._user
            )
            uow.commit()
            return inquiry.id

    def update(
        self,
        inquiry_id: int,
        data: IntakeData,
        version: int,
        original: IntakeData | None = None,
        *,
        today: date | None = None,
    ) -> InquiryDetail:
        """Save the form over the version the user loaded (``original``: the form as
        loaded). A newer version raises :class:`StaleEdit` naming what changed, a
        deleted inquiry :class:`DeletedMeanwhile`; nothing is written then. The status
        is not part of the form (see :meth:`set_status`)."""
        today = today or date.today()
        data = ik.validate(data, today)
        with self._uow() as uow:
            s = uow.session
            inquiry = self._current(s, inquiry_id, version, data, original)
            topics = ik.check_refs(s, data)
            first = s.scalar(
                select(func.min(Referral.referred_on)).where(Referral.inquiry_id == inquiry_id)
            )
            if first is not None and data.received_on > first:
                raise ValidationError(
                    {
                        "received_on": _(
                            "Eingang am: Der {received_on} liegt "
                            "nach der ersten Vermittlung ({first})."
                        ).format(received_on=fmt.day(data.received_on), first=fmt.day(first))
                    }
                )
            try:
                self._apply(inquiry, data)
                with audit.track_links(s, "inquiry", inquiry_id, {"topic_ids": inquiry_topic}):
                    if sorted(t.id for t in inquiry.topics) != sorted(t.id for t in topics):
                        inquiry.topics = topics
                        inquiry.updated_at = utcnow()  # a save of the topics alone counts
                    s.flush()
                inquirers.attach(s, inquiry, data, self._consents, today)
                uow.commit()
                return self._detail(s, inquiry)
            except StaleDataError:
                pass  # saved by someone else between the check and the write
        with self._uow() as uow:
            self._current(uow.session, inquiry_id, version, data, original)
        raise ConflictError(_(CHANGED))

    def set_status(
        self,
        inquiry_id: int,
        status: str,
        on: date,
        outcome: str = "",
        note: str = "",
        *,
        expected_version: int | None = None,
        today: date | None = None,
    ) -> InquiryDetail:
        """One step of the status flow on the day ``on`` (not in the future, not before
        the inquiry came in); „abgeschlossen“ needs an outcome. Final states set
        ``closed_on``. With ``expected_version`` a newer version raises StaleEdit."""
        today = today or date.today()
        note = " ".join((note or "").split())
        with self._uow() as uow:
            s = uow.session
            inquiry = self._current(s, inquiry_id, expected_version)
            outcome = check_step(inquiry.status, status, outcome)
            check_day(on, inquiry.received_on, today)
            if len(note) > 300:
                raise ValidationError({"note": _("Notiz: Bitte höchstens 300 Zeichen.")})
            inquiry.status = status
            inquiry.outcome = outcome
            inquiry.closed_on = on if status in FINAL else None
            add_step(s, inquiry_id, on, STEP_STATUS, status, note, self._user)
            if outcome:  # the inquiry's own outcome: a step without a referral
                add_step(s, inquiry_id, on, STEP_OUTCOME, outcome, "", self._user)
            uow.commit()
            return self._detail(s, inquiry)

    def delete(self, inquiry_id: int, expected_version: int | None = None) -> None:
        """Delete an inquiry recorded by mistake (the UI asks first): with its referrals,
        their entries in the partners' contact history, its steps, and the private
        inquirer unless another inquiry names them. With ``expected_version`` a newer
        version raises StaleEdit."""
        with self._uow() as uow:
            s = uow.session
            inquiry = s.get(Inquiry, inquiry_id)
            if inquiry is None:
                return
            check_version(
                inquiry,
                expected_version,
                lambda: stale_edit(
                    inquiry, f"Anfrage {inquiry_number(inquiry.id, inquiry.received_on)}"
                ),
            )
            # one by one through the ORM, so the audit log records each referral
            referrals = s.scalars(select(Referral).where(Referral.inquiry_id == inquiry_id)).all()
            activity_ids = [r.activity_id for r in referrals if r.activity_id is not None]
            person = s.get(Person, inquiry.person_id) if inquiry.person_id else None
            for referral in referrals:
                s.delete(referral)
            for activity_id in activity_ids:
                activity = s.get(Activity, activity_id)
                if activity is not None:
                    s.delete(activity)
            s.delete(inquiry)
            s.flush()
            if person is not None and person.inquirer:
                inquirers.drop_inquirer(s, person)
            uow.commit()

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _apply(inquiry: Inquiry, data: IntakeData) -> None:
        inquiry.received_on = data.received_on
        inquiry.channel = data.channel
        inquiry.inquirer_kind = data.inquirer_kind
        inquiry.region_id = data.region_id
        inquiry.description = data.description
        inquiry.urgency = data.urgency
        inquiry.coordinator_id = data.coordinator_id
        inquiry.share_contact = bool(data.share_contact)

    @staticmethod
    def _load(s, inquiry_id: int) -> Inquiry:
        inquiry = s.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise NotFoundError(_("Die Anfrage wurde nicht gefunden (gelöscht?)."))
        return inquiry

    def _current(self, s, inquiry_id: int, expected: int | None, mine=None, original=None):
        inquiry = s.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise deleted(_("Die Anfrage"))
        check_version(
            inquiry,
            expected,
            lambda: stale_edit(
                inquiry,
                f"Anfrage {inquiry_number(inquiry.id, inquiry.received_on)}",
                mine=mine,
                theirs=inquirers.data_of(s, inquiry) if mine is not None else None,
                original=original,
                labels=ik.FIELD_LABELS,
            ),
        )
        return inquiry

    def _detail(self, s, inquiry: Inquiry) -> InquiryDetail:
        org = s.get(Organisation, inquiry.organisation_id) if inquiry.organisation_id else None
        person = s.get(Person, inquiry.person_id) if inquiry.person_id else None
        coord = s.get(Person, inquiry.coordinator_id) if inquiry.coordinator_id else None
        region = s.get(Region, inquiry.region_id)
        count = s.scalar(select(func.count(Referral.id)).where(Referral.inquiry_id == inquiry.id))
        return InquiryDetail(
            id=inquiry.id,
            number=inquiry_number(inquiry.id, inquiry.received_on),
            version=inquiry.version,
            data=inquirers.data_of(s, inquiry),
            status=inquiry.status,
            outcome=inquiry.outcome,
            closed_on=inquiry.closed_on,
            next_statuses=next_statuses(inquiry.status),
            inquirer=inquirer_label(
                inquiry.inquirer_kind,
                org.name if org else None,
                person.first_name if person else None,
                person.last_name if person else None,
                bool(person and person.anonymised_on is not None),
            ),
            organisation_name=org.name if org else "",
            person_id=inquiry.person_id,
            person_name=person_name(person),
            district=region.name if region else "",
            wba_region=region.wba_region if region else "",
            topic_names=tuple(t.name for t in inquiry.topics),
            coordinator_name=person_name(coord),
            referral_count=int(count or 0),
            updated_at=inquiry.updated_at,
            updated_by=inquiry.updated_by or "",
        )
