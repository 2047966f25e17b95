"""The status flow of an inquiry: every allowed step passes, every other step is
refused with a German message naming both states, and only „abgeschlossen“ takes
(and needs) an outcome."""

from __future__ import annotations

import itertools

import pytest

from wba_desktop.errors import ValidationError
from wba_desktop.services.lotsen.status import (
    CANCELLED,
    CLARIFYING,
    CLOSED,
    FINAL,
    NEW,
    OUTCOMES,
    REFERRED,
    STATUSES,
    can_move,
    check_step,
    next_statuses,
)

ALLOWED = {
    (NEW, CLARIFYING),
    (NEW, REFERRED),
    (NEW, CANCELLED),
    (CLARIFYING, REFERRED),
    (CLARIFYING, CLOSED),
    (CLARIFYING, CANCELLED),
    (REFERRED, CLARIFYING),
    (REFERRED, CLOSED),
    (REFERRED, CANCELLED),
}


@pytest.mark.parametrize(("old", "new"), sorted(itertools.product(STATUSES, STATUSES)))
def test_every_pair_of_states(old, new):
    outcome = OUTCOMES[0] if new == CLOSED else ""
    if (old, new) in ALLOWED:
        assert can_move(old, new)
        assert check_step(old, new, outcome) == outcome
        return
    assert not can_move(old, new)
    with pytest.raises(ValidationError) as err:
        check_step(old, new, outcome)
    message = err.value.errors["status"]
    assert message.startswith("Status:")
    assert f"„{old}“" in message
    if old != new:
        assert f"„{new}“" in message


def test_final_states_have_no_next_step():
    assert set(FINAL) == {CLOSED, CANCELLED}
    for status in FINAL:
        assert next_statuses(status) == ()
    assert next_statuses(NEW) == (CLARIFYING, REFERRED, CANCELLED)


def test_a_refusal_names_what_is_possible():
    with pytest.raises(ValidationError) as err:
        check_step(NEW, CLOSED, OUTCOMES[0])
    text = err.value.errors["status"]
    assert "Von „neu“ kann eine Anfrage nicht nach „abgeschlossen“ wechseln" in text
    assert "„in Klärung“, „vermittelt“ oder „abgebrochen“" in text


def test_closing_needs_an_outcome_from_the_list():
    with pytest.raises(ValidationError) as err:
        check_step(REFERRED, CLOSED, "")
    assert set(err.value.errors) == {"outcome"}
    assert err.value.errors["outcome"].startswith("Ergebnis:")
    with pytest.raises(ValidationError) as err:
        check_step(REFERRED, CLOSED, "hat sich erledigt")
    assert "„hat sich erledigt“" in err.value.errors["outcome"]
    assert check_step(REFERRED, CLOSED, " Beratung erfolgt ") == "Beratung erfolgt"


def test_only_closing_takes_an_outcome():
    with pytest.raises(ValidationError) as err:
        check_step(REFERRED, CANCELLED, "Beratung erfolgt")
    assert "Nur eine abgeschlossene Anfrage hat ein Ergebnis" in err.value.errors["outcome"]


def test_unknown_state():
    with pytest.raises(ValidationError) as err:
        check_step(NEW, "erledigt")
    assert "„erledigt“ gibt es nicht" in err.value.errors["status"]
