"""The participant list and the event review in English: headings and labels from
the catalog; names, titles and the organisations' kinds as stored (the fixture event
of ``test_exports``)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from tests.integration.events.test_exports import congress, env  # noqa: F401 - fixture
from wba_desktop import i18n
from wba_desktop.services.events.invitation_sources import InvitationSources


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("de")


def test_participant_list_and_review_in_english(env, english, tmp_path):  # noqa: F811
    e = congress(env)
    ids = InvitationSources(person_ids=tuple(env["people"].values()))
    env["invitations"].add(e, ids, "eingeladen")
    rows = {r.last_name: r.id for r in env["queries"].rows(e)}
    env["invitations"].set_status([rows["Zander"], rows["Öztürk"]], "zugesagt")
    env["invitations"].mark_attendance(e, [rows["Zander"]])
    path = tmp_path / "participants.xlsx"
    env["exports"].export(e, path, today=date(2026, 3, 20))
    ws = load_workbook(path).active
    assert ws["A1"].value.startswith("Participant list Ostdeutscher")
    assert ws["F2"].value == "As of:"
    header = [c.value for c in ws[4]]
    assert header == [
        "No.",
        "Name",
        "Organisation",
        "Function/kind",
        "E-mail",
        "Status",
        "Signature",
    ]
    review = tmp_path / "review.xlsx"
    env["exports"].followup_xlsx(e, review)
    ws = load_workbook(review).active
    assert ws.title == "Event review"
    cells = {c.value for row in ws.iter_rows() for c in row if c.value is not None}
    assert {"Key figure", "Number", "Invited", "Attended", "By kind of organisation"} <= cells
    assert {"By district", "Total"} <= cells
    assert "Kammer (IHK)" in cells  # a stored kind stays as it is
    assert not cells & {"Eingeladen", "Teilgenommen", "Summe", "Kennzahl"}
