"""Referrals („Vermittlungen“): an inquiry passed on to a partner organisation, the
partner's answer, the outcome, and the e-mail to the partner (``services.referrals``).

A referral is also an entry of kind „Vermittlung“ in the partner's contact history
(``Activity``: the partner, its contact person, the follow-up date and the
coordinator as responsible), so it shows in the partner's history, in the follow-up
list and on the start page. The follow-up is marked done when the outcome is
recorded or the partner declines. The first referral moves an inquiry that is „neu“
or „in Klärung“ to „vermittelt“. Every step is written to the inquiry's history.

The default follow-up date is 14 days after the referral (the team may set another
default in the settings: ``team_settings.FollowUpSettings``), but never before today (a
referral recorded late would otherwise start overdue); a date given in the past is
refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import Activity, Inquiry, Organisation, Person
from wba_desktop.models.lotsen import Referral
from wba_desktop.services import validation as v
from wba_desktop.services.conflicts import check_version, stale_edit
from wba_desktop.services.directory.person_rules import display_name, person_name
from wba_desktop.services.lotsen.inquiry_list import inquiry_number
from wba_desktop.services.lotsen.referral_mail import MailDraft, draft
from wba_desktop.services.lotsen.referral_rules import (
    activity_note,
    check_on,
    check_partner,
    settle,
    subject,
)
from wba_desktop.services.lotsen.status import (
    ACCEPTED,
    CLARIFYING,
    DECLINED,
    NEW,
    OUTCOMES,
    REFERRED,
    STEP_ANSWER,
    STEP_OUTCOME,
    STEP_REFERRAL,
    STEP_STATUS,
)
from wba_desktop.services.lotsen.steps import add_step
from wba_desktop.services.shared_settings import AgencySettings
from wba_desktop.services.team_settings import (
    FollowUpDefaults,
    FollowUpSettings,
    LetterheadService,
)
from wba_desktop.text import format as fmt
from wba_desktop.vocab import REFERRAL_KIND

__all__ = ["ACTIVITY_KIND", "FOLLOW_UP_DAYS", "MailDraft", "ReferralRow", "ReferralService"]

#: the kind of the contact-history entry a referral makes
ACTIVITY_KIND = REFERRAL_KIND
#: days from the referral to its follow-up, unless the user picks a date or the team
#: set another default in the settings (``FollowUpSettings``)
FOLLOW_UP_DAYS = FollowUpDefaults.referral_days


@dataclass(frozen=True)
class ReferralRow:
    """One referral of an inquiry, as the table in the inquiry form shows it."""

    id: int
    inquiry_id: int
    organisation_id: int
    partner: str
    partner_active: bool
    contact_person_id: int | None
    contact: str
    referred_on: date
    activity_id: int | None
    follow_up_on: date | None
    follow_up_done_on: date | None
    answer: str
    answered_on: date | None
    reason: str
    outcome: str
    outcome_on: date | None
    version: int


class ReferralService:
    def __init__(self, uow_factory: UnitOfWorkFactory, agency: AgencySettings) -> None:
        self._uow = uow_factory
        self._agency = agency

    @property
    def _user(self) -> str:
        return getattr(self._uow, "user_name", "") or ""

    def of_inquiry(self, inquiry_id: int) -> list[ReferralRow]:
        """The referrals of an inquiry, in the order they were made (one query)."""
        contact = aliased(Person)
        stmt = (
            select(
                Referral,
                Organisation.name,
                Organisation.active,
                contact.title,
                contact.first_name,
                contact.last_name,
                Activity.due_on,
                Activity.done_on,
            )
            .join(Organisation, Organisation.id == Referral.organisation_id)
            .outerjoin(contact, contact.id == Referral.contact_person_id)
            .outerjoin(Activity, Activity.id == Referral.activity_id)
            .where(Referral.inquiry_id == inquiry_id)
            .order_by(Referral.referred_on, Referral.id)
        )
        with self._uow() as uow:
            return [
                _row(r, name, active, display_name(t or "", f or "", ln or ""), due, done)
                for r, name, active, t, f, ln, due, done in uow.session.execute(stmt)
            ]

    def get(self, referral_id: int) -> ReferralRow:
        with self._uow() as uow:
            s = uow.session
            r = _load(s, referral_id)
            org = s.get(Organisation, r.organisation_id)
            person = s.get(Person, r.contact_person_id) if r.contact_person_id else None
            a = s.get(Activity, r.activity_id) if r.activity_id else None
            return _row(
                r,
                org.name,
                org.active,
                person_name(person),
                a.due_on if a else None,
                a.done_on if a else None,
            )

    def refer(
        self,
        inquiry_id: int,
        organisation_id: int,
        contact_person_id: int | None = None,
        referred_on: date | None = None,
        follow_up_on: date | None = None,
        *,
        note: str = "",
        today: date | None = None,
    ) -> int:
        """Refer the inquiry to a partner; returns the referral's id. Refused (German,
        naming the field, nothing saved): a closed or cancelled inquiry, an unknown or
        inactive partner, the same partner twice, a referral date in the future or
        before the inquiry, a follow-up date in the past."""
        today = today or date.today()
        referred_on = referred_on or today
        note = v.clean_text(note)
        with self._uow() as uow:
            s = uow.session
            inquiry = s.get(Inquiry, inquiry_id)
            if inquiry is None:
                raise NotFoundError(_("Die Anfrage wurde nicht gefunden (gelöscht?)."))
            c = v.Collector()
            org = check_partner(c, s, inquiry, organisation_id, contact_person_id)
            if referred_on > today:
                c.add(
                    "referred_on",
                    _("Vermittelt am: Der {referred_on} liegt in der Zukunft.").format(
                        referred_on=fmt.day(referred_on)
                    ),
                )
            elif referred_on < inquiry.received_on:
                c.add(
                    "referred_on",
                    _(
                        "Vermittelt am: Der {referred_on} liegt vor dem Eingang der "
                        "Anfrage ({received_on})."
                    ).format(
                        referred_on=fmt.day(referred_on), received_on=fmt.day(inquiry.received_on)
                    ),
                )
            if follow_up_on is None:
                days = FollowUpSettings(self._uow).defaults().referral_days
                follow_up_on = max(referred_on + timedelta(days=days), today)
            elif follow_up_on < today:
                c.add(
                    "follow_up_on",
                    _(
                        "Wiedervorlage am: Der {follow_up_on} liegt in der Vergangenheit; "
                        "bitte ein Datum ab heute wählen."
                    ).format(follow_up_on=fmt.day(follow_up_on)),
                )
            v.check_length(c, "note", _("Notiz"), note, 300)
            c.raise_if_any()
            number = inquiry_number(inquiry.id, inquiry.received_on)
            coordinator = s.get(Person, inquiry.coordinator_id) if inquiry.coordinator_id else None
            activity = Activity(
                happened_on=referred_on,
                kind=ACTIVITY_KIND,
                subject=subject([t.name for t in inquiry.topics], number),
                note=activity_note(inquiry, number, note),
                organisation_id=org.id,
                person_id=contact_person_id,
                due_on=follow_up_on,
                responsible=(person_name(coordinator) or self._user)[:100],
            )
            s.add(activity)
            s.flush()
            referral = Referral(
                inquiry_id=inquiry.id,
                organisation_id=org.id,
                contact_person_id=contact_person_id,
                referred_on=referred_on,
                activity_id=activity.id,
            )
            s.add(referral)
            s.flush()
            add_step(
                s, inquiry.id, referred_on, STEP_REFERRAL, org.name, note, self._user, referral.id
            )
            if inquiry.status in (NEW, CLARIFYING):
                inquiry.status = REFERRED
                add_step(
                    s, inquiry.id, referred_on, STEP_STATUS, REFERRED, f"an {org.name}", self._user
                )
            uow.commit()
            return referral.id

    def answer(
        self,
        referral_id: int,
        answer: str,
        on: date | None,
        reason: str = "",
        *,
        expected_version: int | None = None,
        today: date | None = None,
    ) -> ReferralRow:
        """The partner's answer: „angenommen“, or „abgelehnt“ with a reason (which also
        settles the follow-up). Not before the referral, not in the future."""
        today = today or date.today()
        reason = v.clean_text(reason)
        with self._uow() as uow:
            s = uow.session
            r = self._current(s, referral_id, expected_version)
            c = v.Collector()
            if answer not in (ACCEPTED, DECLINED):
                c.add(
                    "answer",
                    _("Antwort: Bitte „{ACCEPTED}“ oder „{DECLINED}“ wählen.").format(
                        ACCEPTED=ACCEPTED, DECLINED=DECLINED
                    ),
                )
            if answer == DECLINED and not reason:
                c.add(
                    "answer_reason",
                    _("Begründung: Bitte angeben, warum der Partner abgelehnt hat."),
                )
            v.check_length(c, "answer_reason", _("Begründung"), reason, 300)
            check_on(c, "answered_on", _("Antwort am"), _("Die Antwort"), on, r.referred_on, today)
            c.raise_if_any()
            r.answer = answer
            r.answer_reason = reason
            r.answered_on = on
            if answer == DECLINED:
                settle(s, r, on)
            add_step(s, r.inquiry_id, on, STEP_ANSWER, answer, reason, self._user, r.id)
            uow.commit()
        return self.get(referral_id)

    def record_outcome(
        self,
        referral_id: int,
        outcome: str,
        on: date | None,
        *,
        note: str = "",
        expected_version: int | None = None,
        today: date | None = None,
    ) -> ReferralRow:
        """The outcome of the referral (one of ``OUTCOMES``), not before the referral
        and not in the future; marks its follow-up done."""
        today = today or date.today()
        note = v.clean_text(note)
        with self._uow() as uow:
            s = uow.session
            r = self._current(s, referral_id, expected_version)
            c = v.Collector()
            v.check_choice(c, "outcome", _("Ergebnis"), outcome, OUTCOMES, required=True)
            check_on(c, "outcome_on", _("Ergebnis am"), _("Das Ergebnis"), on, r.referred_on, today)
            v.check_length(c, "note", _("Notiz"), note, 300)
            c.raise_if_any()
            r.outcome = outcome
            r.outcome_on = on
            settle(s, r, on)
            add_step(s, r.inquiry_id, on, STEP_OUTCOME, outcome, note, self._user, r.id)
            uow.commit()
        return self.get(referral_id)

    def delete(
        self,
        referral_id: int,
        on: date | None = None,
        *,
        expected_version: int | None = None,
        today: date | None = None,
    ) -> None:
        """Take back a referral made by mistake (the UI asks first): it goes with its
        entry in the partner's contact history and its own steps; the inquiry's history
        keeps a dated step „zurückgenommen“. The inquiry's status stays as it is."""
        day = on or today or date.today()
        with self._uow() as uow:
            s = uow.session
            r = s.get(Referral, referral_id)
            if r is None:
                return
            check_version(r, expected_version, lambda: stale_edit(r, _("Die Vermittlung")))
            org = s.get(Organisation, r.organisation_id)
            activity = s.get(Activity, r.activity_id) if r.activity_id else None
            add_step(
                s,
                r.inquiry_id,
                max(day, r.referred_on),
                STEP_REFERRAL,
                "zurückgenommen",
                f"Vermittlung an {org.name} zurückgenommen",
                self._user,
            )
            s.delete(r)
            if activity is not None:
                s.delete(activity)
            uow.commit()

    def mail(self, referral_id: int) -> MailDraft:
        """The e-mail to the partner as a ``mailto:`` link (see
        :mod:`~wba_desktop.services.lotsen.referral_mail`); the inquirer's name and
        contact only when they agreed, and then logged as a disclosure."""
        sender = LetterheadService(self._uow).letterhead()
        with self._uow() as uow:
            s = uow.session
            result = draft(
                s, _load(s, referral_id), sender.name, self._user, sender.address_lines()
            )
            uow.commit()
            return result

    def _current(self, s, referral_id: int, expected: int | None) -> Referral:
        r = _load(s, referral_id)

        def conflict():
            org = s.get(Organisation, r.organisation_id)
            return stale_edit(r, _("Vermittlung an {name}").format(name=org.name))

        check_version(r, expected, conflict)
        return r


def _load(s, referral_id: int) -> Referral:
    r = s.get(Referral, referral_id)
    if r is None:
        raise NotFoundError(_("Die Vermittlung wurde nicht gefunden (gelöscht?)."))
    return r


def _row(r: Referral, partner, active, contact, due, done) -> ReferralRow:
    return ReferralRow(
        id=r.id,
        inquiry_id=r.inquiry_id,
        organisation_id=r.organisation_id,
        partner=partner or "",
        partner_active=bool(active),
        contact_person_id=r.contact_person_id,
        contact=contact,
        referred_on=r.referred_on,
        activity_id=r.activity_id,
        follow_up_on=due,
        follow_up_done_on=done,
        answer=r.answer,
        answered_on=r.answered_on,
        reason=r.answer_reason,
        outcome=r.outcome,
        outcome_on=r.outcome_on,
        version=r.version,
    )
