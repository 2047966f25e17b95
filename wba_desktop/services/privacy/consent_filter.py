"""Who may be on a list for a purpose, and why the others are not.

``allowed(session, person_ids, purpose)`` is the one filter behind every list that
reaches people: Verteiler, exports, e-mail, invitation lists and the network's people
layer. Rules, first match wins:

- anonymised people are never on a list ("anonymisiert");
- a restriction (Art. 18) keeps a person off every list ("eingeschränkt");
- an objection (Art. 21) ends every purpose that rests on legitimate interest (an
  unset legal basis counts as legitimate interest) ("Widerspruch");
- with a purpose: a withdrawn consent always keeps the person off ("Einwilligung
  widerrufen"); where consent is the legal basis (or ``require_consent`` asks for it
  for everyone), an expired or missing consent does too ("Einwilligung abgelaufen",
  "ohne Einwilligung").

The current consent is the newest event per person and purpose (by date, then id); a
grant whose ``expires_on`` has passed counts as expired.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from wba_desktop.errors import ValidationError
from wba_desktop.i18n import N_, _
from wba_desktop.models import ConsentEvent, ConsentPurpose, Person
from wba_desktop.models.consent import EXPIRED, GRANTED, WITHDRAWN
from wba_desktop.text import format as fmt
from wba_desktop.vocab import CONSENT, LEGITIMATE_INTEREST

#: reasons for leaving someone out, in the order they are checked and reported
ANONYMISED = "anonymisiert"
RESTRICTED = "eingeschränkt"
OBJECTED = "Widerspruch"
CONSENT_WITHDRAWN = "Einwilligung widerrufen"
CONSENT_EXPIRED = "Einwilligung abgelaufen"
NO_CONSENT = "ohne Einwilligung"
REASONS = (ANONYMISED, RESTRICTED, OBJECTED, CONSENT_WITHDRAWN, CONSENT_EXPIRED, NO_CONSENT)
#: the reasons that concern the purpose's consent (named with the purpose)
CONSENT_REASONS = (CONSENT_WITHDRAWN, CONSENT_EXPIRED, NO_CONSENT)
#: rows per IN (...) list, well below the parameter limits of SQLite and PostgreSQL
CHUNK = 500

Purpose = str | int | None


@dataclass(frozen=True)
class ConsentState:
    """The current state of one person's consent for one purpose."""

    purpose_id: int
    status: str  # erteilt, widerrufen, abgelaufen
    effective_on: date
    expires_on: date | None
    source: str
    event_id: int


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def purpose_id(session, purpose: Purpose) -> int | None:
    """The id of a purpose given by name (any case) or id; None for no purpose.
    An unknown purpose is a ValidationError naming the field "Zweck"."""
    if purpose is None or purpose == "":
        return None
    if isinstance(purpose, int):
        found = session.get(ConsentPurpose, purpose)
        if found is None:
            raise ValidationError({"purpose": _("Zweck: Diesen Zweck gibt es nicht (mehr).")})
        return found.id
    found_id = session.scalar(
        select(ConsentPurpose.id).where(
            func.lower(ConsentPurpose.name) == str(purpose).strip().lower()
        )
    )
    if found_id is None:
        raise ValidationError(
            {"purpose": _("Zweck: Einen Zweck „{purpose}“ gibt es nicht.").format(purpose=purpose)}
        )
    return found_id


def state_of(newest, today: date) -> str:
    """The status an event stands for today (a past ``expires_on`` means expired)."""
    if newest.status == GRANTED and newest.expires_on is not None and newest.expires_on < today:
        return EXPIRED
    return newest.status


def current_states(
    session, person_ids: Iterable[int], purpose: int | None = None, today: date | None = None
) -> dict[int, dict[int, ConsentState]]:
    """person id -> purpose id -> current state (only purposes with any event)."""
    today = today or date.today()
    result: dict[int, dict[int, ConsentState]] = {}
    cols = (
        ConsentEvent.id,
        ConsentEvent.person_id,
        ConsentEvent.purpose_id,
        ConsentEvent.status,
        ConsentEvent.effective_on,
        ConsentEvent.expires_on,
        ConsentEvent.source,
    )
    for part in chunks(list(dict.fromkeys(person_ids))):
        stmt = select(*cols).where(ConsentEvent.person_id.in_(part))
        if purpose is not None:
            stmt = stmt.where(ConsentEvent.purpose_id == purpose)
        # oldest first: the last one seen per person and purpose is the newest
        stmt = stmt.order_by(ConsentEvent.effective_on, ConsentEvent.id)
        for eid, pid, pur, status, on, until, source in session.execute(stmt):
            row = ConsentState(pur, status, on, until, source, eid)
            result.setdefault(pid, {})[pur] = ConsentState(
                pur, state_of(row, today), on, until, source, eid
            )
    return result


def allowed(
    session,
    person_ids: Iterable[int],
    purpose: Purpose = None,
    *,
    require_consent: bool = False,
    today: date | None = None,
) -> tuple[list[int], dict[str, int]]:
    """The people (in the order given, without repeats) who may be on a list for
    ``purpose`` (a name, an id or None for a list without purpose), and how many were
    left out per reason (only reasons that occurred, in the order of ``REASONS``).
    ``require_consent``: everyone needs a current consent, whatever their legal basis
    (Extras › "Einladungen nur mit Einwilligung"). Ids that do not exist are dropped."""
    today = today or date.today()
    ids = list(dict.fromkeys(person_ids))
    pid_purpose = purpose_id(session, purpose)
    facts: dict[int, tuple] = {}
    cols = (
        Person.id,
        Person.legal_basis,
        Person.restricted,
        Person.objected_on,
        Person.anonymised_on,
    )
    for part in chunks(ids):
        for row in session.execute(select(*cols).where(Person.id.in_(part))):
            facts[row[0]] = tuple(row[1:])
    states = current_states(session, facts, pid_purpose, today) if pid_purpose is not None else {}
    kept: list[int] = []
    counts: dict[str, int] = {}
    for pid in ids:
        if pid not in facts:
            continue
        basis, restricted, objected_on, anonymised_on = facts[pid]
        state = states.get(pid, {}).get(pid_purpose) if pid_purpose is not None else None
        reason = _reason(basis, restricted, objected_on, anonymised_on, pid_purpose, state)
        if reason is None and pid_purpose is not None and require_consent and state is None:
            reason = NO_CONSENT
        if reason is None and require_consent and state is not None and state.status == EXPIRED:
            reason = CONSENT_EXPIRED
        if reason is None:
            kept.append(pid)
        else:
            counts[reason] = counts.get(reason, 0) + 1
    return kept, {r: counts[r] for r in REASONS if r in counts}


def _reason(basis, restricted, objected_on, anonymised_on, pid_purpose, state) -> str | None:
    if anonymised_on is not None:
        return ANONYMISED
    if restricted:
        return RESTRICTED
    if objected_on is not None and (basis or LEGITIMATE_INTEREST) == LEGITIMATE_INTEREST:
        return OBJECTED
    if pid_purpose is None:
        return None
    if state is not None and state.status == WITHDRAWN:
        return CONSENT_WITHDRAWN
    if basis == CONSENT:
        if state is None:
            return NO_CONSENT
        if state.status == EXPIRED:
            return CONSENT_EXPIRED
    return None


def describe_left_out(left_out: dict[str, int], purpose: str | None = None) -> str:
    """German: who was left out, e.g. „4 Personen nicht aufgenommen: 3 ohne Einwilligung
    für „Newsletter“, 1 eingeschränkt“; "" when no one was."""
    total = sum(left_out.values())
    if not total:
        return ""
    parts = []
    for reason in (*CONSENT_REASONS, OBJECTED, RESTRICTED, ANONYMISED):  # the purpose's first
        n = left_out.get(reason)
        if not n:
            continue
        text = f"{fmt.integer(n)} {reason}"
        if purpose and reason in CONSENT_REASONS:
            text += _(" für „{purpose}“").format(purpose=purpose)
        parts.append(text)
    who = fmt.count(total, N_("Person"), N_("Personen"))
    return _("{who} nicht aufgenommen: {parts}").format(who=who, parts=", ".join(parts))
