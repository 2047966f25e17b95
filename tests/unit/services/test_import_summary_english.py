"""The import summary in English and in German (the same counts, one line per kind)."""

from __future__ import annotations

from wba_desktop import i18n
from wba_desktop.services.importing.plan import ImportSummary


def _summary(predicted: bool) -> ImportSummary:
    return ImportSummary(
        organisations_new=2,
        organisations_updated=1,
        organisations_skipped=3,
        people_new=4,
        people_updated=0,
        people_skipped=1,
        affiliations_new=4,
        rows_rejected=1,
        predicted=predicted,
        consents_recorded=2,
        offers_new=0,
    )


def test_summary_in_english():
    i18n.set_language("en")
    try:
        lines = _summary(predicted=True).text().splitlines()
        done = _summary(predicted=False).text().splitlines()[0]
    finally:
        i18n.set_language("de")
    assert lines[0] == "Summary (6 records will be created, 1 possibly updated):"
    assert lines[1] == "Organisations: 2 new, 1 updated, 3 unchanged or skipped"
    assert "Consents and withdrawals: 2 recorded" in lines
    assert lines[-1] == "Rejected rows: 1"
    assert done == "Summary (6 records were created, 1 updated):"


def test_summary_in_german_unchanged():
    lines = _summary(predicted=False).text().splitlines()
    assert lines[0] == "Zusammenfassung (es wurden 6 Datensätze angelegt, 1 aktualisiert):"
    assert lines[1] == "Organisationen: 2 neu, 1 aktualisiert, 3 unverändert oder übersprungen"
    assert lines[2] == "Personen: 4 neu, 0 aktualisiert, 1 unverändert oder übersprungen"
