"""The fixed word lists of the domain (phases, event types, activity kinds …).

Models store these words; views offer them in combo boxes; services check them. They live
here, below every layer, so that a view need not import ``models`` to fill a combo box.
"""

from __future__ import annotations

# -- Regions ---------------------------------------------------------------
WBA_REGIONS = ("Nord", "Süd", "Ost", "West")


# -- Directory -------------------------------------------------------------
SIZE_CLASSES = (
    "Kleinstunternehmen",
    "Kleinunternehmen",
    "Mittleres Unternehmen",
    "Großunternehmen",
)
STANCES = ("Unterstützend", "Offen", "Neutral", "Zurückhaltend", "Kritisch")
SALUTATIONS = ("Frau", "Herr", "")
#: size classes that count as KMU (small and medium-sized enterprises)
KMU_SIZES = ("Kleinstunternehmen", "Kleinunternehmen", "Mittleres Unternehmen")
CHANNELS = ("E-Mail", "Telefon", "Mobil", "Post", "persönlich")


# -- Verteiler -------------------------------------------------------------
LIST_KINDS = ("static", "dynamic")


# -- Contact history -------------------------------------------------------
#: "Beratung" counts as advice of a company (health check, key figures)
ACTIVITY_KINDS = (
    "Beratung",
    "Gespräch",
    "Telefonat",
    "E-Mail",
    "Besuch",
    "Veranstaltung",
    "Vermittlung",
    "Sonstiges",
)
#: a referral of an inquiry to a partner (the Lotsen desk writes it, with the follow-up)
REFERRAL_KIND = "Vermittlung"
ADVICE = "Beratung"
ATTENDANCE = "Veranstaltung"


# -- Weiterbildungsverbünde ------------------------------------------------
VERBUND_TYPES = (
    "Unternehmensnetzwerk / Cluster",
    "Bildungsträger-geführt",
    "Wirtschaftsförderung",
    "Sozialpartnerschaftlich",
    "Sonstiger",
)
PHASES = (
    "Idee",
    "Anbahnung",
    "Konstituierung",
    "Aktiv",
    "Verstetigung",
    "Ruhend",
    "Beendet",
)
MEMBER_ROLES = (
    "Koordination",
    "Mitgliedsunternehmen",
    "Weiterbildungsträger",
    "strategischer Partner",
    "Beirat",
    "Kommune",
    "Zivilgesellschaft",
)
#: commitment of a member: none, letter of intent, signed cooperation agreement
COMMITMENTS = ("keine", "Absichtserklärung", "Kooperationsvereinbarung")
TASK_KINDS = ("Aufgabe", "Meilenstein")


# -- Events and consents ---------------------------------------------------
EVENT_TYPES = (
    "Informationsveranstaltung",
    "Dialogformat",
    "Workshop",
    "Fachkonferenz/Kongress",
    "Netzwerktreffen",
    "Beiratssitzung",
    "Kick-off",
    "Format für junge Menschen",
)
EVENT_STATUSES = ("Entwurf", "geplant", "Einladung versendet", "durchgeführt", "abgesagt")
SESSION_KINDS = (
    "Begrüßung",
    "Impulsvortrag",
    "Keynote",
    "Podium",
    "Fachgespräch",
    "Workshop",
    "Dialogspaziergang",
    "Pause",
    "Sonstiges",
)
SESSION_ROLES = ("Referent/in", "Moderation")
INVITATION_STATUSES = (
    "vorgemerkt",
    "eingeladen",
    "zugesagt",
    "abgesagt",
    "Warteliste",
    "teilgenommen",
    "nicht erschienen",
)
#: consent purposes seeded by revision 0006 (editable in the Stammdaten)
CONSENT_PURPOSES = (
    "Newsletter",
    "Veranstaltungseinladungen",
    "Fotos",
    "Darstellung in Netzwerkkarten",
)
EVENT_INVITATIONS = "Veranstaltungseinladungen"
NETWORK_MAPS = "Darstellung in Netzwerkkarten"

# -- Data protection -----------------------------------------------------------------
CONSENT = "Einwilligung"
LEGITIMATE_INTEREST = "berechtigtes Interesse"
#: legal bases of holding a person's data (Art. 6 (1) a, f, e, b DSGVO)
LEGAL_BASES = (CONSENT, LEGITIMATE_INTEREST, "öffentliche Aufgabe", "Vertrag")


# -- Lotsen desk -----------------------------------------------------------
#: who an offer is for, in the order the forms show them (stored ";"-joined)
TARGET_GROUPS = ("Beschäftigte", "Arbeitsuchende", "Unternehmen", "KMU", "Jugendliche")

#: how an inquiry reached us
INQUIRY_CHANNELS = ("Telefon", "E-Mail", "Veranstaltung", "Partner")
#: who asks
INQUIRER_KINDS = ("Beschäftigte/r", "Arbeitsuchende/r", "Unternehmen")
URGENCIES = ("normal", "eilig", "sehr eilig")

NEW = "neu"
CLARIFYING = "in Klärung"
REFERRED = "vermittelt"
CLOSED = "abgeschlossen"
CANCELLED = "abgebrochen"
STATUSES = (NEW, CLARIFYING, REFERRED, CLOSED, CANCELLED)
#: the outcomes of a closed inquiry (and of a referral)
OUTCOMES = (
    "Weiterbildung begonnen",
    "Förderung bewilligt",
    "Beratung erfolgt",
    "kein Bedarf mehr",
    "nicht erreichbar",
)
#: outcomes that count as a success in the partner statistics
SUCCESSES = ("Weiterbildung begonnen", "Förderung bewilligt", "Beratung erfolgt")

OPEN = "offen"
ACCEPTED = "angenommen"
DECLINED = "abgelehnt"
ANSWERS = (OPEN, ACCEPTED, DECLINED)
