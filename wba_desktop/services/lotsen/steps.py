"""The dated steps of an inquiry and its referrals (``inquiry_change``): written once,
never edited, read back as :class:`ChangeRow`; and the rule for a step's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models.lotsen import InquiryChange
from wba_desktop.text import format as fmt


@dataclass(frozen=True)
class ChangeRow:
    """One dated step of the inquiry or of one of its referrals."""

    id: int
    changed_on: date
    #: „Status“, „Vermittlung“, „Antwort“ or „Ergebnis“
    field: str
    value: str
    note: str
    user_name: str
    recorded_at: datetime
    referral_id: int | None
    #: the partner of the referral the step belongs to ("" for the inquiry's own)
    partner: str


def add_step(
    s,
    inquiry_id: int,
    on: date,
    field: str,
    value: str,
    note: str = "",
    user_name: str = "",
    referral_id: int | None = None,
) -> None:
    """Write one dated step (never edited later)."""
    s.add(
        InquiryChange(
            inquiry_id=inquiry_id,
            referral_id=referral_id,
            changed_on=on,
            field=field[:20],
            value=value[:60],
            note=(note or "")[:300],
            user_name=(user_name or "")[:100],
        )
    )


def check_day(on: date | None, received_on: date, today: date, field: str = "on") -> None:
    """A step's date: given, not in the future, not before the inquiry came in."""
    if on is None:
        raise ValidationError({field: _("Datum: Bitte ein Datum eintragen.")})
    if on > today:
        raise ValidationError(
            {field: _("Datum: Der {on} liegt in der Zukunft.").format(on=fmt.day(on))}
        )
    if on < received_on:
        raise ValidationError(
            {
                field: _(
                    "Datum: Der {on} liegt vor dem Eingang der Anfrage ({received_on})."
                ).format(on=fmt.day(on), received_on=fmt.day(received_on))
            }
        )
