"""German labels of the text columns, as the forms name them, for messages about a value.

Kept here in one table rather than spread over the models, so that the flush guard
(:mod:`wba_desktop.db.guard`) and the services' checks name a field the same way.
A test makes sure every String/Text column has a label or is listed as derived.
"""

from __future__ import annotations

from wba_desktop.i18n import N_

#: labels every table shares (a table's own entry wins)
COMMON = {
    "name": N_("Name"),
    "short_name": N_("Kurzname"),
    "title": N_("Titel"),
    "street": N_("Straße"),
    "postcode": N_("PLZ"),
    "city": N_("Ort"),
    "email": N_("E-Mail"),
    "phone": N_("Telefon"),
    "notes": N_("Notizen"),
    "note": N_("Notiz"),
    "description": N_("Beschreibung"),
    "kind": N_("Art"),
    "type": N_("Art"),
    "status": N_("Status"),
    "sectors": N_("Branchen"),
    "function": N_("Funktion"),
    "role": N_("Rolle"),
    "source": N_("Quelle"),
    "phase": N_("Phase"),
    "user_name": N_("Benutzername"),
}

LABELS: dict[str, dict[str, str]] = {
    "organisation": {
        "website": N_("Website"),
        "size_class": N_("Größenklasse"),
        "stance": N_("Haltung"),
    },
    "person": {
        "salutation": N_("Anrede"),
        "first_name": N_("Vorname"),
        "last_name": N_("Nachname"),
        "mobile": N_("Mobil"),
        "preferred_channel": N_("Bevorzugter Kanal"),
        "legal_basis": N_("Rechtsgrundlage"),
        "data_source": N_("Herkunft der Daten"),
        "review_note": N_("Grund für die Aufbewahrung"),
    },
    "affiliation": {"department": N_("Abteilung")},
    "activity": {"subject": N_("Betreff"), "responsible": N_("Zuständig")},
    "distribution_list": {"criteria": N_("Kriterien")},
    "event": {"venue": N_("Ort/Raum"), "online_url": N_("Online-Link"), "uid": N_("Kalender-UID")},
    "event_session": {"room": N_("Raum"), "uid": N_("Kalender-UID")},
    "consent_purpose": {"name": N_("Zweck")},
    "consent_event": {
        "wording_version": N_("Fassung des Einwilligungstexts"),
        "recorded_by": N_("Erfasst von"),
    },
    "region": {
        "ags": N_("Gemeindeschlüssel"),
        "kind": N_("Kreisart"),
        "seat": N_("Kreisstadt"),
        "plate": N_("Kfz-Kennzeichen"),
        "wba_region": N_("WBA-Region"),
    },
    "organisation_type": {"colour": N_("Farbe")},
    "relation_type": {"forward_label": N_("Bezeichnung"), "reverse_label": N_("Gegenrichtung")},
    "tag": {"name": N_("Schlagwort")},
    "verbund": {
        "type": N_("Typ"),
        "topics": N_("Themen"),
        "funding_programme": N_("Förderprogramm"),
        "grant_reference": N_("Förderkennzeichen"),
        "goals": N_("Ziele"),
        "continuation_plan": N_("Verstetigung"),
    },
    "verbund_member": {"commitment": N_("Zusage")},
    "app_setting": {"key": N_("Einstellung"), "value": N_("Wert")},
    "app_session": {"machine": N_("Rechner"), "program": N_("Programm")},
    "change_notice": {"topics": N_("Themen")},
    "audit_log": {
        "db_user": N_("Datenbankbenutzer"),
        "table_name": N_("Tabelle"),
        "action": N_("Aktion"),
        "record_label": N_("Datensatz"),
        "changes": N_("Änderungen"),
    },
    "saved_view": {
        "name": N_("Name der Ansicht"),
        "settings": N_("Einstellungen der Ansicht"),
        "created_by": N_("Angelegt von"),
    },
    "import_run": {
        "file_name": N_("Datei"),
        "sheet": N_("Tabellenblatt"),
        "mapping": N_("Spaltenzuordnung"),
        "undone_by": N_("Rückgängig gemacht von"),
    },
    "import_change": {
        "table_name": N_("Tabelle"),
        "action": N_("Aktion"),
        "before": N_("Vorherige Werte"),
    },
    "disclosure": {"what": N_("Inhalt"), "recipient": N_("Empfänger"), "purpose": N_("Zweck")},
    "offer_topic": {"name": N_("Thema")},
    "organisation_offer": {"target_groups": N_("Zielgruppen"), "note": N_("Notiz zur Leistung")},
    "inquiry": {
        "channel": N_("Eingang über"),
        "inquirer_kind": N_("Wer fragt"),
        "description": N_("Anliegen"),
        "urgency": N_("Dringlichkeit"),
        "status": N_("Status"),
        "outcome": N_("Ergebnis"),
    },
    "referral": {
        "answer": N_("Antwort des Partners"),
        "answer_reason": N_("Begründung"),
        "outcome": N_("Ergebnis"),
    },
    "inquiry_change": {
        "field": N_("Schritt"),
        "value": N_("Wert"),
        "note": N_("Notiz"),
        "user_name": N_("Erfasst von"),
    },
}

#: columns the app computes from others (search and sort keys, who saved last): they
#: are cut to their length instead of refused, because the user cannot shorten them
DERIVED = frozenset({"search_key", "sort_key", "dup_key", "updated_by"})


def label(table: str, column: str) -> str:
    """The German label of ``table.column``; the column name when none is known.
    The labels are marked for the catalog: translate with ``i18n._`` where shown."""
    return LABELS.get(table, {}).get(column) or COMMON.get(column) or column
