"""The status flow of an inquiry and the words of the Lotsen desk.

neu → in Klärung | vermittelt | abgebrochen; in Klärung → vermittelt | abgeschlossen |
abgebrochen; vermittelt → in Klärung | abgeschlossen | abgebrochen; „abgeschlossen“
and „abgebrochen“ are final. Only „abgeschlossen“ carries an outcome (one of
``OUTCOMES``), and it must. The first referral moves „neu“ and „in Klärung“ to
„vermittelt“ (see :mod:`wba_desktop.services.lotsen.referrals`).

The word lists are re-exported here so the views can fill their combo boxes without
importing ``models`` (views import nothing below ``services``).
"""

from __future__ import annotations

from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models.lotsen import (
    ACCEPTED,
    ANSWERS,
    CANCELLED,
    CHANNELS,
    CLARIFYING,
    CLOSED,
    DECLINED,
    INQUIRER_KINDS,
    NEW,
    OPEN,
    OUTCOMES,
    REFERRED,
    STATUSES,
    SUCCESSES,
    TARGET_GROUPS,
    URGENCIES,
)
from wba_desktop.text import format as fmt
from wba_desktop.vocab import LEGAL_BASES

__all__ = [
    "ACCEPTED",
    "ANSWERS",
    "CANCELLED",
    "CHANNELS",
    "CLARIFYING",
    "CLOSED",
    "COMPANY",
    "DECLINED",
    "FINAL",
    "INQUIRER_KINDS",
    "LEGAL_BASES",
    "NEW",
    "OPEN",
    "OUTCOMES",
    "PRIVATE_KINDS",
    "REFERRED",
    "STATUSES",
    "STEP_ANSWER",
    "STEP_OUTCOME",
    "STEP_REFERRAL",
    "STEP_STATUS",
    "SUCCESSES",
    "TARGET_GROUPS",
    "TRANSITIONS",
    "URGENCIES",
    "can_move",
    "check_step",
    "next_statuses",
]

#: the inquirer kind of a company; the others are private people („Ratsuchende/r“)
COMPANY = "Unternehmen"
PRIVATE_KINDS = tuple(k for k in INQUIRER_KINDS if k != COMPANY)

#: the allowed steps from each status (in the order a form offers them)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    NEW: (CLARIFYING, REFERRED, CANCELLED),
    CLARIFYING: (REFERRED, CLOSED, CANCELLED),
    REFERRED: (CLARIFYING, CLOSED, CANCELLED),
    CLOSED: (),
    CANCELLED: (),
}
#: states nothing follows; they set ``closed_on`` (the clock of the anonymisation)
FINAL = (CLOSED, CANCELLED)

#: what a dated step (``inquiry_change.field``) records
STEP_STATUS = "Status"
STEP_REFERRAL = "Vermittlung"
STEP_ANSWER = "Antwort"
STEP_OUTCOME = "Ergebnis"


def next_statuses(status: str) -> tuple[str, ...]:
    """The statuses an inquiry in ``status`` may move to (empty when final)."""
    return TRANSITIONS.get(status, ())


def can_move(old: str, new: str) -> bool:
    return new in next_statuses(old)


def _quoted(items) -> str:
    return fmt.listing([f"„{s}“" for s in items], "oder")


def check_step(old: str, new: str, outcome: str = "") -> str:
    """The outcome to store for the step ``old`` → ``new`` ("" unless closed), or a
    :class:`ValidationError` naming the field (``status`` or ``outcome``) in German."""
    outcome = (outcome or "").strip()
    if new not in STATUSES:
        raise ValidationError(
            {
                "status": _("Status: „{new}“ gibt es nicht; möglich ist {statuses}.").format(
                    new=new, statuses=_quoted(STATUSES)
                )
            }
        )
    if new == old:
        raise ValidationError(
            {"status": _("Status: Die Anfrage ist schon „{old}“.").format(old=old)}
        )
    if old in FINAL:
        raise ValidationError(
            {
                "status": _(
                    "Status: Die Anfrage ist „{old}“; von „{old}“ führt kein Schritt "
                    "mehr nach „{new}“."
                ).format(old=old, new=new)
            }
        )
    if not can_move(old, new):
        raise ValidationError(
            {
                "status": _(
                    "Status: Von „{old}“ kann eine Anfrage nicht nach „{new}“ "
                    "wechseln; möglich ist {old2}."
                ).format(old=old, new=new, old2=_quoted(next_statuses(old)))
            }
        )
    if new == CLOSED:
        if not outcome:
            raise ValidationError(
                {
                    "outcome": _("Ergebnis: Bitte für „{CLOSED}“ ein Ergebnis wählen.").format(
                        CLOSED=CLOSED
                    )
                }
            )
        if outcome not in OUTCOMES:
            raise ValidationError(
                {
                    "outcome": _("Ergebnis: „{outcome}“ ist keine zulässige Auswahl.").format(
                        outcome=outcome
                    )
                }
            )
        return outcome
    if outcome:
        raise ValidationError(
            {
                "outcome": _(
                    "Ergebnis: Nur eine abgeschlossene Anfrage hat ein Ergebnis; "
                    "bei „{new}“ bitte leer lassen."
                ).format(new=new)
            }
        )
    return ""
