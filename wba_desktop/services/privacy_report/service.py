"""The access report (Art. 15 DSGVO): everything held about one person, with purposes,
sources and recipients, as a letter with tables to hand over (PDF or Excel); for a
name not in the database a "keine Daten gespeichert" letter.

``write_for(text, path)`` is what the GUI and ``wba-desktop privacy report`` call: it
finds the person (number, e-mail or name; several matches are an error listing them),
writes the report or the letter, and logs the report itself as a disclosure to the
person (so the next report shows when they got one).

The report is addressed to the person, not to the user: it is written German whatever
the user's language (``i18n.speaking(DOCUMENT_LANGUAGE)`` around building and writing
it, in this thread only); errors the user reads stay in the user's language.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.exchange.access_report import AccessReport, write_access_xlsx
from wba_desktop.exchange.mailmerge import NEUTRAL, briefanrede
from wba_desktop.exchange.table import ExportError
from wba_desktop.i18n import _, speaking
from wba_desktop.models import Person
from wba_desktop.services.directory.people import PersonService, person_name
from wba_desktop.services.privacy_log import record_disclosure
from wba_desktop.services.privacy_report import collect as c
from wba_desktop.services.privacy_report import collect_more as m
from wba_desktop.services.privacy_report import inquiries as q
from wba_desktop.services.privacy_report.lookup import (
    PersonMatch,
    find_people,
    find_person,
    person_choices,
)
from wba_desktop.services.shared_settings import (
    ANONYMISE_MONTHS,
    DEFAULT_ANONYMISE_MONTHS,
    AgencySettings,
    SharedSettings,
)
from wba_desktop.services.team_settings import Letterhead, LetterheadService
from wba_desktop.services.verteiler.lists import VerteilerService

log = logging.getLogger(__name__)

__all__ = ["AccessReportService", "AccessResult", "PersonMatch"]

#: the agency's name when none is set in the settings
DEFAULT_AGENCY = "Weiterbildungsagentur"
#: the result of a request about someone of whom nothing is stored
NO_DATA = "Ergebnis: keine Daten gespeichert."
#: the kind of disclosure an access report is logged as
ACCESS = "Auskunft"
#: the language of the report, whatever the user's (it goes to the person)
DOCUMENT_LANGUAGE = "de"


@dataclass(frozen=True)
class AccessResult:
    """What ``write_for`` wrote: the file, whom it is about and whether data was found."""

    path: Path
    person_id: int | None
    subject: str

    @property
    def found(self) -> bool:
        return self.person_id is not None


class AccessReportService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        people: PersonService,
        verteiler: VerteilerService,
        agency: AgencySettings,
    ) -> None:
        self._uow = uow_factory
        self._people = people
        self._verteiler = verteiler
        self._agency = agency

    # -- finding the person ----------------------------------------------------------------
    def find_people(self, text: str) -> list[PersonMatch]:
        """Everyone ``text`` (number, e-mail address or name) may mean."""
        return find_people(self._uow, text)

    def find_person(self, text: str, missing_ok: bool = False) -> int | None:
        """The one person ``text`` means; several: ServiceError listing them; none:
        NotFoundError (None with ``missing_ok``, except for a number)."""
        return find_person(self._uow, text, missing_ok)

    def choices(self, text: str = "", limit: int = 50) -> list[tuple[int, str]]:
        """(id, label) pairs for the person picker, inactive people included."""
        return person_choices(self._uow, text, limit)

    def agency_name(self) -> str:
        return self._letterhead().name or DEFAULT_AGENCY

    def _letterhead(self) -> Letterhead:
        """Our agency as the sender (the settings' letterhead, else its organisation)."""
        return LetterheadService(self._uow).letterhead()

    # -- the report --------------------------------------------------------------------
    def report(self, person_id: int, today: date | None = None) -> AccessReport:
        """Everything held about the person (NotFoundError for an unknown id), in
        German whatever the user's language."""
        try:
            with speaking(DOCUMENT_LANGUAGE):
                return self._report(person_id, today)
        except NotFoundError:
            raise NotFoundError(
                _("Eine Person mit der Nummer {person_id} gibt es nicht.").format(
                    person_id=person_id
                )
            ) from None

    def _report(self, person_id: int, today: date | None) -> AccessReport:
        today = today or date.today()
        agency = self.agency_name()
        with self._uow() as uow:
            s = uow.session
            p = s.get(Person, person_id)
            if p is None or p.anonymised_on is not None:
                raise NotFoundError(
                    _("Eine Person mit der Nummer {person_id} gibt es nicht.").format(
                        person_id=person_id
                    )
                )
            recipients = m.recipient_section(s, person_id)
            sections = [
                c.master_section(p),
                c.privacy_section(p),
                c.consent_section(s, person_id),
                c.affiliation_section(s, person_id),
                c.activity_section(s, person_id),
                m.event_section(s, person_id),
                m.verteiler_section(s, person_id, self._people, self._verteiler),
                m.verbund_section(s, person_id),
                recipients,
                m.change_section(s, person_id),
            ]
            inquirer = p.inquirer
            if inquirer or q.has_inquiries(s, person_id):  # the Lotsen desk's, before recipients
                at = sections.index(recipients)
                sections[at:at] = [
                    q.inquiry_section(s, person_id),
                    q.referral_section(s, person_id),
                ]
            offers = q.offer_contact_section(s, person_id)
            if offers is not None:  # a partner's contact for its offers, after the Verbünde
                sections.insert(sections.index(recipients), offers)
            name = person_name(p)
            greeting = briefanrede(p.salutation, p.title, p.last_name)
            basis, source = p.legal_basis, p.data_source
        given = len(recipients.rows)
        letter = [
            greeting,
            f"Sie haben Auskunft darüber verlangt, ob und welche personenbezogenen Daten "
            f"wir, {agency}, über Sie verarbeiten (Art. 15 DSGVO). Hiermit erhalten Sie eine "
            f"vollständige Übersicht der Daten, die am {today:%d.%m.%Y} in unserer "
            f"Kontaktdatenbank (WBA Desktop) zu Ihrer Person gespeichert sind.",
            INQUIRER_PURPOSES if inquirer else PURPOSES,
            f"Rechtsgrundlage: {basis or 'nicht erfasst'}. Herkunft der Daten: "
            f"{source or 'nicht erfasst'}.",
            (
                f"Empfänger: Unter „Empfänger“ sind {given} Weitergaben Ihrer Daten "
                "verzeichnet (Exporte, E-Mails, Weitervermittlungen)."
                if given
                else "Empfänger: Eine Weitergabe Ihrer Daten an Dritte ist nicht verzeichnet."
            ),
            self._inquirer_storage() if inquirer else STORAGE,
            RIGHTS,
            "Eine automatisierte Entscheidungsfindung einschließlich Profiling (Art. 22 "
            "DSGVO) findet nicht statt. Die folgenden Abschnitte führen die gespeicherten "
            "Daten im Einzelnen auf.",
        ]
        closing = ["Mit freundlichen Grüßen", agency]
        return AccessReport(
            agency,
            name,
            today,
            letter,
            sections,
            True,
            closing,
            agency_address=self._letterhead().address_lines(),
        )

    def _inquirer_storage(self) -> str:
        months = SharedSettings(self._uow).get(ANONYMISE_MONTHS, DEFAULT_ANONYMISE_MONTHS)
        if not isinstance(months, int) or months < 1:
            months = DEFAULT_ANONYMISE_MONTHS
        return (
            "Speicherdauer: Wir speichern Ihre Daten, solange Ihre Anfrage bearbeitet wird. "
            f"{months} Monate nach dem Abschluss Ihrer letzten Anfrage werden Ihre Daten "
            "automatisch anonymisiert; danach bleiben nur Angaben ohne Bezug zu Ihrer Person "
            "(Datum, Themen, Landkreis, Ergebnis) für die Statistik."
        )

    def no_data_report(self, subject: str, today: date | None = None) -> AccessReport:
        """The letter for someone of whom nothing is stored (German, like the report)."""
        with speaking(DOCUMENT_LANGUAGE):
            return self._no_data_report(subject, today)

    def _no_data_report(self, subject: str, today: date | None) -> AccessReport:
        today = today or date.today()
        agency = self.agency_name()
        subject = " ".join(subject.split())
        letter = [
            NEUTRAL,
            f"Sie haben Auskunft darüber verlangt, ob wir, {agency}, personenbezogene Daten "
            f"über Sie verarbeiten (Art. 15 DSGVO).",
            NO_DATA,
            f"Zu „{subject}“ sind in unserer Kontaktdatenbank (WBA Desktop) am "
            f"{today:%d.%m.%Y} keine Daten gespeichert. Wir verarbeiten daher keine "
            "personenbezogenen Daten über Sie, haben keine an Dritte weitergegeben und für "
            "diese Auskunft auch keine neu gespeichert.",
            RIGHTS,
        ]
        closing = ["Mit freundlichen Grüßen", agency]
        return AccessReport(
            agency,
            subject,
            today,
            letter,
            [],
            False,
            closing,
            agency_address=self._letterhead().address_lines(),
        )

    # -- writing -------------------------------------------------------------------------
    def write(
        self, person_id: int, path: str | os.PathLike[str], today: date | None = None
    ) -> Path:
        """The report of ``person_id`` as PDF or xlsx (by the ending); logged as a
        disclosure to the person."""
        report = self.report(person_id, today)
        written = write_access_report(report, path)
        record_disclosure(
            self._uow,
            ACCESS,
            f"Auskunft nach Art. 15 DSGVO ({written.suffix.lstrip('.').upper()})",
            "die betroffene Person selbst",
            "Auskunftsersuchen",
            [person_id],
        )
        log.info("access report of person %s written to %s", person_id, written)
        return written

    def write_no_data(
        self, subject: str, path: str | os.PathLike[str], today: date | None = None
    ) -> Path:
        """The "keine Daten gespeichert" letter for ``subject`` (nothing is stored)."""
        return write_access_report(self.no_data_report(subject, today), path)

    def write_for(
        self, text: str, path: str | os.PathLike[str], today: date | None = None
    ) -> AccessResult:
        """Find the person ``text`` means and write their report, or the "keine Daten"
        letter when nobody matches (a number that is no one's is an error; several
        matches are an error listing them)."""
        person_id = self.find_person(text, missing_ok=True)
        if person_id is None:
            subject = " ".join(text.split())
            return AccessResult(self.write_no_data(subject, path, today), None, subject)
        written = self.write(person_id, path, today)
        return AccessResult(written, person_id, self._people.get(person_id).display_name)


def write_access_report(report: AccessReport, path: str | os.PathLike[str]) -> Path:
    """Write ``report`` as PDF or Excel, by the ending of ``path`` (German whatever
    the user's language)."""
    target = Path(path)
    ending = target.suffix.lower()
    if ending == ".pdf":
        from wba_desktop.exchange.access_pdf import write_access_pdf

        with speaking(DOCUMENT_LANGUAGE):
            return write_access_pdf(report, target)
    if ending == ".xlsx":
        with speaking(DOCUMENT_LANGUAGE):
            return write_access_xlsx(report, target)
    raise ExportError(
        _(
            "„{name}“: Die Auskunft wird als PDF (.pdf) oder Excel-Datei (.xlsx) "
            "geschrieben; bitte eine dieser Endungen angeben."
        ).format(name=target.name)
    )


PURPOSES = (
    "Zwecke: Wir verarbeiten Ihre Daten, um Sie als Ansprechperson im Partnernetzwerk "
    "der Weiterbildungsagentur zu erreichen – für Beratung und Zusammenarbeit, "
    "Einladungen zu Veranstaltungen und die Arbeit in Weiterbildungsverbünden – und, "
    "soweit Sie eingewilligt haben, für die unter „Einwilligungen“ genannten Zwecke."
)
#: a private inquirer of the Lotsen desk („Ratsuchende/r“)
INQUIRER_PURPOSES = (
    "Zwecke: Wir verarbeiten Ihre Daten, um Ihre Anfrage an unser Lotsenangebot zu "
    "bearbeiten und Sie an Partner zu vermitteln, die Ihnen helfen können (siehe "
    "„Anfragen“ und „Vermittlungen“), und, soweit Sie eingewilligt haben, um später "
    "nach dem Ergebnis zu fragen. In unserem Adressverzeichnis, in Verteilern und "
    "Einladungslisten erscheinen Sie nicht."
)
STORAGE = (
    "Speicherdauer: Wir speichern Ihre Daten, solange die Zusammenarbeit besteht. "
    "Kontakte ohne Aktivität überprüfen wir regelmäßig und anonymisieren sie, wenn "
    "kein Grund für die weitere Speicherung besteht."
)

RIGHTS = (
    "Ihre Rechte: Sie können Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung "
    "der Verarbeitung (Art. 18) und die Übertragung Ihrer Daten (Art. 20) verlangen, der "
    "Verarbeitung widersprechen (Art. 21) und eine Einwilligung jederzeit mit Wirkung "
    "für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO). Außerdem können Sie sich bei einer "
    "Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), in Sachsen-Anhalt beim "
    "Landesbeauftragten für den Datenschutz."
)
