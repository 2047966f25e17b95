"""German labels of the text columns, as the forms name them, for messages about a value.

Kept here in one table rather than spread over the models, so that the flush guard
(:mod:`wba_desktop.db.guard`) and the services' checks name a field the same way.
A test makes sure every String/Text column has a label or is listed as derived.
"""

from __future__ import annotations

#: labels every table shares (a table's own entry wins)
COMMON = {
    "name": "Name",
    "short_name": "Kurzname",
    "title": "Titel",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Ort",
    "email": "E-Mail",
    "phone": "Telefon",
    "notes": "Notizen",
    "note": "Notiz",
    "description": "Beschreibung",
    "kind": "Art",
    "type": "Art",
    "status": "Status",
    "sectors": "Branchen",
    "function": "Funktion",
    "role": "Rolle",
    "source": "Quelle",
    "phase": "Phase",
    "user_name": "Benutzername",
}

LABELS: dict[str, dict[str, str]] = {
    "organisation": {
        "website": "Website",
        "size_class": "Größenklasse",
        "stance": "Haltung",
    },
    "person": {
        "salutation": "Anrede",
        "first_name": "Vorname",
        "last_name": "Nachname",
        "mobile": "Mobil",
        "preferred_channel": "Bevorzugter Kanal",
        "legal_basis": "Rechtsgrundlage",
        "data_source": "Herkunft der Daten",
        "review_note": "Grund für die Aufbewahrung",
    },
    "affiliation": {"department": "Abteilung"},
    "activity": {"subject": "Betreff", "responsible": "Zuständig"},
    "distribution_list": {"criteria": "Kriterien"},
    "event": {"venue": "Ort/Raum", "online_url": "Online-Link", "uid": "Kalender-UID"},
    "event_session": {"room": "Raum", "uid": "Kalender-UID"},
    "consent_purpose": {"name": "Zweck"},
    "consent_event": {
        "wording_version": "Fassung des Einwilligungstexts",
        "recorded_by": "Erfasst von",
    },
    "region": {
        "ags": "Gemeindeschlüssel",
        "kind": "Kreisart",
        "seat": "Kreisstadt",
        "plate": "Kfz-Kennzeichen",
        "wba_region": "WBA-Region",
    },
    "organisation_type": {"colour": "Farbe"},
    "relation_type": {"forward_label": "Bezeichnung", "reverse_label": "Gegenrichtung"},
    "tag": {"name": "Schlagwort"},
    "verbund": {
        "type": "Typ",
        "topics": "Themen",
        "funding_programme": "Förderprogramm",
        "grant_reference": "Förderkennzeichen",
        "goals": "Ziele",
        "continuation_plan": "Verstetigung",
    },
    "verbund_member": {"commitment": "Zusage"},
    "app_setting": {"key": "Einstellung", "value": "Wert"},
    "app_session": {"machine": "Rechner", "program": "Programm"},
    "change_notice": {"topics": "Themen"},
    "audit_log": {
        "db_user": "Datenbankbenutzer",
        "table_name": "Tabelle",
        "action": "Aktion",
        "record_label": "Datensatz",
        "changes": "Änderungen",
    },
    "saved_view": {
        "name": "Name der Ansicht",
        "settings": "Einstellungen der Ansicht",
        "created_by": "Angelegt von",
    },
    "import_run": {
        "file_name": "Datei",
        "sheet": "Tabellenblatt",
        "mapping": "Spaltenzuordnung",
        "undone_by": "Rückgängig gemacht von",
    },
    "import_change": {
        "table_name": "Tabelle",
        "action": "Aktion",
        "before": "Vorherige Werte",
    },
    "disclosure": {"what": "Inhalt", "recipient": "Empfänger", "purpose": "Zweck"},
    "offer_topic": {"name": "Thema"},
    "organisation_offer": {"target_groups": "Zielgruppen", "note": "Notiz zur Leistung"},
    "inquiry": {
        "channel": "Eingang über",
        "inquirer_kind": "Wer fragt",
        "description": "Anliegen",
        "urgency": "Dringlichkeit",
        "status": "Status",
        "outcome": "Ergebnis",
    },
    "referral": {
        "answer": "Antwort des Partners",
        "answer_reason": "Begründung",
        "outcome": "Ergebnis",
    },
    "inquiry_change": {
        "field": "Schritt",
        "value": "Wert",
        "note": "Notiz",
        "user_name": "Erfasst von",
    },
}

#: columns the app computes from others (search and sort keys, who saved last): they
#: are cut to their length instead of refused, because the user cannot shorten them
DERIVED = frozenset({"search_key", "sort_key", "dup_key", "updated_by"})


def label(table: str, column: str) -> str:
    """The German label of ``table.column``; the column name when none is known."""
    return LABELS.get(table, {}).get(column) or COMMON.get(column) or column
