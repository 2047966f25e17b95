"""Settings the whole team shares on the database and several areas read: our agency's
letterhead (the sender on letters, reports and e-mails) and the default follow-up
periods („Wiedervorlage“) of contacts and referrals.

The letterhead starts as the name and address of our agency's organisation in the
directory (``AgencySettings``); once the user edits it in the settings, the stored
values are used as they are, so a letter can name a postal address other than the
visiting address in the directory.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.i18n import N_, _
from wba_desktop.models import Organisation
from wba_desktop.services import validation as v
from wba_desktop.services.shared_settings import OWN_ORGANISATION, SharedSettings

LETTERHEAD_KEY = "agency_letterhead"
FOLLOW_UP_KEY = "follow_up_defaults"
#: the longest default follow-up period a form accepts (days)
MAX_FOLLOW_UP_DAYS = 365

_LIMITS = {"name": 200, "street": 200, "city": 100}
_LABELS = {"name": N_("Name"), "street": N_("Straße"), "city": N_("Ort")}


@dataclass(frozen=True)
class Letterhead:
    """Our agency as the sender of letters and reports."""

    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""

    def address_lines(self) -> list[str]:
        """Street and "PLZ Ort", the lines that are there."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return [line for line in (self.street, place) if line]

    def one_line(self) -> str:
        """ "Name, Straße, PLZ Ort" for a single cell."""
        return ", ".join(line for line in (self.name, *self.address_lines()) if line)

    @property
    def is_empty(self) -> bool:
        return not any(asdict(self).values())


@dataclass(frozen=True)
class FollowUpDefaults:
    """Days from a contact or a referral to its suggested follow-up."""

    #: „Wiedervorlage“ after recording a contact (the button in the contact form)
    activity_days: int = 14
    #: follow-up of a referral of the Lotsen desk, unless the user picks a date
    referral_days: int = 14

    def check(self) -> None:
        """ValidationError naming each field outside 1 … ``MAX_FOLLOW_UP_DAYS``."""
        c = v.Collector()
        for attr, label in (
            ("activity_days", N_("Wiedervorlage nach einem Kontakt")),
            ("referral_days", N_("Wiedervorlage nach einer Vermittlung")),
        ):
            value = getattr(self, attr)
            if not isinstance(value, int) or not 1 <= value <= MAX_FOLLOW_UP_DAYS:
                c.add(
                    attr,
                    _("{label}: Bitte 1 bis {limit} Tage wählen.").format(
                        label=_(label), limit=MAX_FOLLOW_UP_DAYS
                    ),
                )
        c.raise_if_any()


def _from_organisation(org: Organisation | None) -> Letterhead:
    if org is None:
        return Letterhead()
    return Letterhead(org.name, org.street, org.postcode, org.city, org.email, org.phone)


class LetterheadService:
    """``services.letterhead``: our agency's name and address for letters and reports."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
        self._shared = SharedSettings(uow_factory)

    def letterhead(self) -> Letterhead:
        """The stored letterhead; none stored: our agency's organisation's name and
        address; an empty name: the organisation's name."""
        stored = self.stored()
        org = self.from_organisation()
        if stored is None:
            return org
        return stored if stored.name else replace(stored, name=org.name)

    def stored(self) -> Letterhead | None:
        raw = self._shared.get(LETTERHEAD_KEY)
        if not isinstance(raw, dict):
            return None
        return Letterhead(**{f.name: str(raw.get(f.name) or "") for f in fields(Letterhead)})

    def from_organisation(self, org_id: int | None = None) -> Letterhead:
        """The name and address of organisation ``org_id`` (default: our agency's)."""
        if org_id is None:
            org_id = self._shared.get(OWN_ORGANISATION)
        if not isinstance(org_id, int):
            return Letterhead()
        with self._uow() as uow:
            return _from_organisation(uow.session.get(Organisation, org_id))

    def clean(self, letterhead: Letterhead, org_id: int | None = None) -> Letterhead:
        """``letterhead`` trimmed and checked: ValidationError by field (PLZ, E-Mail,
        Telefon, lengths); a name is needed unless organisation ``org_id`` (default:
        our agency's) gives one."""
        c = v.Collector()
        values = {f.name: v.clean_text(getattr(letterhead, f.name)) for f in fields(Letterhead)}
        for key, limit in _LIMITS.items():
            v.check_text(c, key, _LABELS[key], values[key], limit)
        values["postcode"] = v.clean_postcode(c, "postcode", values["postcode"])
        values["email"] = v.clean_email(c, "email", values["email"])
        values["phone"] = v.clean_phone(c, "phone", N_("Telefon"), values["phone"])
        if not values["name"] and any(values.values()) and not self.from_organisation(org_id).name:
            c.add("name", _("Name: Bitte den Namen der Agentur angeben."))
        c.raise_if_any()
        return Letterhead(**values)

    def set_letterhead(self, letterhead: Letterhead | None) -> Letterhead | None:
        """Store the letterhead, cleaned (None or an empty one: back to the
        organisation's address). Raises ValidationError by field, nothing stored."""
        if letterhead is None or letterhead.is_empty:
            self._shared.set(LETTERHEAD_KEY, None)
            return None
        cleaned = self.clean(letterhead)
        self._shared.set(LETTERHEAD_KEY, asdict(cleaned))
        return cleaned


class FollowUpSettings:
    """``services.follow_up_defaults``: the default follow-up periods."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._shared = SharedSettings(uow_factory)

    def defaults(self) -> FollowUpDefaults:
        raw = self._shared.get(FOLLOW_UP_KEY, {}) or {}
        known = {
            f.name: raw[f.name]
            for f in fields(FollowUpDefaults)
            if isinstance(raw.get(f.name), int) and 1 <= raw[f.name] <= MAX_FOLLOW_UP_DAYS
        }
        return FollowUpDefaults(**known)

    def set_defaults(self, defaults: FollowUpDefaults) -> None:
        defaults.check()
        self._shared.set(FOLLOW_UP_KEY, asdict(defaults))
