"""The fixed word lists of the domain (phases, event types, activity kinds …).

Models store these words; views offer them in combo boxes; services check them. They live
here, below every layer, so that a view need not import ``models`` to fill a combo box.

The words are stored in German whatever the language: they are only marked for the
catalog (``N_``), and :func:`label` gives the word to show.
"""

from __future__ import annotations

from wba_desktop.i18n import N_, _

# -- Regions ---------------------------------------------------------------
WBA_REGIONS = (N_("Nord"), N_("Süd"), N_("Ost"), N_("West"))


# -- Directory -------------------------------------------------------------
SIZE_CLASSES = (
    N_("Kleinstunternehmen"),
    N_("Kleinunternehmen"),
    N_("Mittleres Unternehmen"),
    N_("Großunternehmen"),
)
STANCES = (N_("Unterstützend"), N_("Offen"), N_("Neutral"), N_("Zurückhaltend"), N_("Kritisch"))
SALUTATIONS = (N_("Frau"), N_("Herr"), "")
#: size classes that count as KMU (small and medium-sized enterprises)
KMU_SIZES = (N_("Kleinstunternehmen"), N_("Kleinunternehmen"), N_("Mittleres Unternehmen"))
CHANNELS = (N_("E-Mail"), N_("Telefon"), N_("Mobil"), N_("Post"), N_("persönlich"))


#: the kinds of organisation seeded by revision 0001 (editable in the Stammdaten; a
#: kind a user adds reads as stored)
ORGANISATION_TYPES = (
    N_("Kammer (IHK)"),
    N_("Kammer (HWK)"),
    N_("Gewerkschaft"),
    N_("Arbeitgeberverband"),
    N_("Fach-/Branchenverband oder Innung"),
    N_("Kommune / Landkreis"),
    N_("Wirtschaftsförderung"),
    N_("Weiterbildungsträger"),
    N_("Hochschule / Forschung"),
    N_("Agentur für Arbeit"),
    N_("Jobcenter"),
    N_("Unternehmen"),
    N_("Landesbehörde / Ministerium"),
    N_("Initiative / Netzwerk"),
    N_("Verein / Zivilgesellschaft"),
    N_("Schule / Berufsschule"),
    N_("Sonstige"),
)
#: the kinds of relation seeded by revision 0001 and how each reads from either side
RELATION_TYPES = (
    (N_("Kooperation"), N_("kooperiert mit"), ""),
    (N_("Netzwerkpartnerschaft"), N_("ist Netzwerkpartner von"), ""),
    (N_("Mitgliedschaft"), N_("ist Mitglied von"), N_("hat als Mitglied")),
    (N_("Trägerschaft"), N_("ist Träger von"), N_("wird getragen von")),
    (N_("Förderung"), N_("fördert"), N_("wird gefördert von")),
    (N_("Beratung"), N_("berät"), N_("wird beraten von")),
    (
        N_("Qualifizierung"),
        N_("qualifiziert Beschäftigte von"),
        N_("lässt Beschäftigte qualifizieren bei"),
    ),
    (N_("Zuständigkeit"), N_("ist zuständig für"), N_("fällt in die Zuständigkeit von")),
)


# -- Verteiler -------------------------------------------------------------
LIST_KINDS = ("static", "dynamic")


# -- Contact history -------------------------------------------------------
#: "Beratung" counts as advice of a company (health check, key figures)
ACTIVITY_KINDS = (
    N_("Beratung"),
    N_("Gespräch"),
    N_("Telefonat"),
    N_("E-Mail"),
    N_("Besuch"),
    N_("Veranstaltung"),
    N_("Vermittlung"),
    N_("Sonstiges"),
)
#: a referral of an inquiry to a partner (the Lotsen desk writes it, with the follow-up)
REFERRAL_KIND = N_("Vermittlung")
ADVICE = N_("Beratung")
ATTENDANCE = N_("Veranstaltung")


# -- Weiterbildungsverbünde ------------------------------------------------
VERBUND_TYPES = (
    N_("Unternehmensnetzwerk / Cluster"),
    N_("Bildungsträger-geführt"),
    N_("Wirtschaftsförderung"),
    N_("Sozialpartnerschaftlich"),
    N_("Sonstiger"),
)
PHASES = (
    N_("Idee"),
    N_("Anbahnung"),
    N_("Konstituierung"),
    N_("Aktiv"),
    N_("Verstetigung"),
    N_("Ruhend"),
    N_("Beendet"),
)
MEMBER_ROLES = (
    N_("Koordination"),
    N_("Mitgliedsunternehmen"),
    N_("Weiterbildungsträger"),
    N_("strategischer Partner"),
    N_("Beirat"),
    N_("Kommune"),
    N_("Zivilgesellschaft"),
)
#: commitment of a member: none, letter of intent, signed cooperation agreement
COMMITMENTS = (N_("keine"), N_("Absichtserklärung"), N_("Kooperationsvereinbarung"))
TASK_KINDS = (N_("Aufgabe"), N_("Meilenstein"))


# -- Events and consents ---------------------------------------------------
EVENT_TYPES = (
    N_("Informationsveranstaltung"),
    N_("Dialogformat"),
    N_("Workshop"),
    N_("Fachkonferenz/Kongress"),
    N_("Netzwerktreffen"),
    N_("Beiratssitzung"),
    N_("Kick-off"),
    N_("Format für junge Menschen"),
)
EVENT_STATUSES = (
    N_("Entwurf"),
    N_("geplant"),
    N_("Einladung versendet"),
    N_("durchgeführt"),
    N_("abgesagt"),
)
SESSION_KINDS = (
    N_("Begrüßung"),
    N_("Impulsvortrag"),
    N_("Keynote"),
    N_("Podium"),
    N_("Fachgespräch"),
    N_("Workshop"),
    N_("Dialogspaziergang"),
    N_("Pause"),
    N_("Sonstiges"),
)
SESSION_ROLES = (N_("Referent/in"), N_("Moderation"))
INVITATION_STATUSES = (
    N_("vorgemerkt"),
    N_("eingeladen"),
    N_("zugesagt"),
    N_("abgesagt"),
    N_("Warteliste"),
    N_("teilgenommen"),
    N_("nicht erschienen"),
)
#: consent purposes seeded by revision 0006 (editable in the Stammdaten)
CONSENT_PURPOSES = (
    N_("Newsletter"),
    N_("Veranstaltungseinladungen"),
    N_("Fotos"),
    N_("Darstellung in Netzwerkkarten"),
)
EVENT_INVITATIONS = N_("Veranstaltungseinladungen")
NETWORK_MAPS = N_("Darstellung in Netzwerkkarten")

# -- Data protection -----------------------------------------------------------------
CONSENT = N_("Einwilligung")
LEGITIMATE_INTEREST = N_("berechtigtes Interesse")
#: legal bases of holding a person's data (Art. 6 (1) a, f, e, b DSGVO)
LEGAL_BASES = (CONSENT, LEGITIMATE_INTEREST, N_("öffentliche Aufgabe"), N_("Vertrag"))


# -- Lotsen desk -----------------------------------------------------------
#: who an offer is for, in the order the forms show them (stored ";"-joined)
TARGET_GROUPS = (
    N_("Beschäftigte"),
    N_("Arbeitsuchende"),
    N_("Unternehmen"),
    N_("KMU"),
    N_("Jugendliche"),
)

#: how an inquiry reached us
INQUIRY_CHANNELS = (N_("Telefon"), N_("E-Mail"), N_("Veranstaltung"), N_("Partner"))
#: who asks
INQUIRER_KINDS = (N_("Beschäftigte/r"), N_("Arbeitsuchende/r"), N_("Unternehmen"))
URGENCIES = (N_("normal"), N_("eilig"), N_("sehr eilig"))

NEW = N_("neu")
CLARIFYING = N_("in Klärung")
REFERRED = N_("vermittelt")
CLOSED = N_("abgeschlossen")
CANCELLED = N_("abgebrochen")
STATUSES = (NEW, CLARIFYING, REFERRED, CLOSED, CANCELLED)
#: the outcomes of a closed inquiry (and of a referral)
OUTCOMES = (
    N_("Weiterbildung begonnen"),
    N_("Förderung bewilligt"),
    N_("Beratung erfolgt"),
    N_("kein Bedarf mehr"),
    N_("nicht erreichbar"),
)
#: outcomes that count as a success in the partner statistics
SUCCESSES = (N_("Weiterbildung begonnen"), N_("Förderung bewilligt"), N_("Beratung erfolgt"))

OPEN = N_("offen")
ACCEPTED = N_("angenommen")
DECLINED = N_("abgelehnt")
ANSWERS = (OPEN, ACCEPTED, DECLINED)


def label(value: str) -> str:
    """How a stored vocabulary word (or any marked German word) reads in the language in
    use: ``label("Aktiv")`` -> "Active" in English; a word the catalog does not know
    (a user's own entry) reads as stored. Never store what this returns."""
    return _(value)
