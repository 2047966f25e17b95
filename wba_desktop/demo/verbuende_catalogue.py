"""Data for the demo Weiterbildungsverbünde: pure data, no logic (see ``demo_verbuende``).

All Verbünde are invented. Two are modelled on public examples of DOMAIN.md: the QLEE
qualification network for renewable energies ("QNEE") and the automotive Verbund coordinated
by the RKW ("WAVA"; the real acronym is not used). Members are picked from the generated
directory: a public institution by its key in ``demo_catalogue.PUBLIC_INSTITUTIONS`` or an
organisation of a kind (codes of ``demo_catalogue.KINDS``) near the Verbund's districts,
preferring names or sectors that contain one of the given words.

Dates are months relative to the day the demo is generated (negative: in the past).
"""

from __future__ import annotations

from typing import NamedTuple


class Pick(NamedTuple):
    kind: str  # a kind code, or "key" for a public institution
    words: tuple[str, ...] = ()  # "key": (institution key,); otherwise words to prefer
    districts: tuple[str, ...] = ()  # AGS to search first; empty: the Verbund's districts


def key(institution: str) -> Pick:
    return Pick("key", (institution,))


class Member(NamedTuple):
    pick: Pick
    role: str
    commitment: str
    joined: int | str  # months, or the day the Verbund entered that phase
    left: int | None = None
    note: str = ""


class Task(NamedTuple):
    kind: str  # "Aufgabe" or "Meilenstein"
    title: str
    due: int | str  # months, or the day the Verbund entered that phase
    done: bool


class Spec(NamedTuple):
    name: str
    short_name: str
    type: str
    sectors: str
    topics: str
    districts: tuple[str, ...]
    phases: tuple[tuple[str, int, str], ...]  # (phase, since in months, note), ascending
    funding: tuple[str, int, int, float] | None  # (programme, start in months, months, budget)
    goals: str
    continuation_plan: str
    notes: str
    members: tuple[Member, ...]  # a "Koordination" member is the coordinator
    board: tuple[tuple[Pick, str], ...]  # Beirat seats from the phase "Aktiv" on
    tasks: tuple[Task, ...]
    advice: tuple[int, int]  # (advice sessions with member companies, newest in months)


K, A, N = "Kooperationsvereinbarung", "Absichtserklärung", "keine"
COORD, COMPANY, PROVIDER = "Koordination", "Mitgliedsunternehmen", "Weiterbildungsträger"
PARTNER, KOMMUNE, CIVIL = "strategischer Partner", "Kommune", "Zivilgesellschaft"
ESF = "Bundesprogramm „Aufbau von Weiterbildungsverbünden“ (BMAS, ESF Plus)"
LAND = "Landesprogramm Fachkräftesicherung Sachsen-Anhalt"

#: neighbouring districts (AGS), searched after the Verbund's own districts
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "15001": ("15082", "15091"),
    "15002": ("15088",),
    "15003": ("15083", "15086", "15089"),
    "15081": ("15083", "15090"),
    "15082": ("15001", "15086", "15088", "15089", "15091"),
    "15083": ("15003", "15081", "15085", "15086", "15089", "15090"),
    "15084": ("15088",),
    "15085": ("15083", "15087", "15089"),
    "15086": ("15003", "15082", "15083", "15089", "15090"),
    "15087": ("15085", "15088", "15089"),
    "15088": ("15002", "15082", "15084", "15087", "15089"),
    "15089": ("15003", "15082", "15083", "15085", "15086", "15087", "15088"),
    "15090": ("15081", "15083", "15086"),
    "15091": ("15001", "15082"),
}

ANHALT = ("15001", "15082", "15091")  # Dessau-Roßlau, Anhalt-Bitterfeld, Wittenberg
ENERGY = ("Solar", "Windpark", "Stadtwerke", "Energie")
AUTOMOTIVE = ("Fahrzeugteile", "Guss", "Präzisionstechnik")
TECHNICAL = ("Technikakademie", "Schweiß", "Bildungszentrum", "Metall")

ADVICE_SUBJECTS = (
    "Weiterbildungsbedarfsanalyse im Betrieb",
    "Beratung zu Fördermöglichkeiten (Qualifizierungschancengesetz)",
    "Qualifizierungsplan für Beschäftigte",
    "Beratung zur Teilqualifizierung an- und ungelernter Beschäftigter",
    "Kursauswahl für das nächste Halbjahr",
    "Beschäftigtenanalyse und Kompetenzprofil",
    "Beratung zu Förderprogrammen des Landes",
    "Aufbau einer betrieblichen Weiterbildungsplanung",
    "Nachbesprechung der Qualifizierung",
)

BOARD_CHAIR, BOARD_DEPUTY, BOARD_MEMBER = "Vorsitz", "stellvertretender Vorsitz", "Mitglied"
START, KONST, AKTIV = "Anbahnung", "Konstituierung", "Aktiv"  # phases as dates

VERBUENDE: tuple[Spec, ...] = (
    Spec(
        "Qualifizierungsnetzwerk Erneuerbare Energien Anhalt", "QNEE", "Bildungsträger-geführt",
        "Erneuerbare Energien, Energie, Handwerk",
        "Energiewende, Fachkräftesicherung, Strukturwandel", ANHALT,
        (
            ("Idee", -44, "Idee aus dem Netzwerktreffen Ost"),
            ("Anbahnung", -40, "Gespräche mit Betrieben der Wind- und Solarbranche"),
            ("Konstituierung", -34, "Auftaktveranstaltung; Kooperationsvereinbarung unterzeichnet"),
            ("Aktiv", -30, "Beirat konstituiert, erste Beratungen in den Betrieben"),
            ("Verstetigung", -3, "Weiterführung nach dem Förderende beschlossen"),
        ),
        (ESF, -34, 36, 612_000.0),
        "Beschäftigte in Anhalt für Wartung, Montage und Planung von Wind- und Solaranlagen "
        "qualifizieren; Betriebe individuell und trägerneutral beraten; Jugendliche für "
        "Berufe der Energiewende gewinnen.",
        "Ab dem Förderende trägt die Koordination das Netzwerk mit Mitgliedsbeiträgen der "
        "Betriebe und einer Kofinanzierung des Landkreises; die Beratung übernimmt die "
        "Weiterbildungsagentur Ost.",
        "Vorbild: das Qualifizierungsnetzwerk für erneuerbare Energien (QLEE).",
        (
            Member(Pick("BT", ("Bildung", "Akademie")), COORD, K, KONST),
            Member(Pick("UN", ENERGY), COMPANY, K, KONST),
            Member(Pick("UN", ENERGY), COMPANY, K, KONST),
            Member(Pick("UN", ENERGY), COMPANY, K, -33),
            Member(Pick("UN", ENERGY), COMPANY, K, -28),
            Member(Pick("UN", ("Elektro", "Sanitär")), COMPANY, K, -20),
            Member(Pick("UN", ENERGY), COMPANY, A, -5, None, "Unterschrift steht noch aus"),
            Member(Pick("UN", ENERGY), COMPANY, K, KONST, -12, "Standort geschlossen"),
            Member(Pick("BT", TECHNICAL), PROVIDER, K, KONST),
            Member(key("aa_de"), PARTNER, K, KONST),
            Member(key("ihk_hal"), PARTNER, K, KONST),
            Member(key("igbce"), PARTNER, K, -33),
            Member(key("hs_anhalt"), PARTNER, K, -30),
            Member(key("kom_15001"), KOMMUNE, K, KONST),
            Member(Pick("VEREIN", ("aktiv", "Förderverein")), CIVIL, A, -24),
            Member(Pick("SCHULE", ("Berufsbildende", "Sekundarschule")), PARTNER, K, -18,
                   note="Berufsorientierung „Energieberufe zum Anfassen“"),
        ),
        (
            (key("kom_15001"), BOARD_CHAIR),
            (key("aa_de"), BOARD_DEPUTY),
            (key("ihk_hal"), BOARD_MEMBER),
            (key("igbce"), BOARD_MEMBER),
            (key("hs_anhalt"), BOARD_MEMBER),
        ),
        (
            Task("Meilenstein", "Kooperationsvereinbarung unterzeichnet", KONST, True),
            Task("Meilenstein", "Beirat konstituiert", AKTIV, True),
            Task("Meilenstein", "Qualifizierungsbedarfe in 20 Betrieben erhoben", -24, True),
            Task("Meilenstein", "Kursreihe „Servicetechnik Windenergie“ gestartet", -16, True),
            Task("Aufgabe", "Verstetigungskonzept mit dem Beirat abstimmen", -4, True),
            Task("Aufgabe", "Verwendungsnachweis vorbereiten", 1, False),
            Task("Aufgabe", "Mitgliedsbeiträge ab dem Förderende vereinbaren", 2, False),
        ),
        (16, -1),
    ),
    Spec(
        "Weiterbildungsverbund Automotive Sachsen-Anhalt", "WAVA",
        "Unternehmensnetzwerk / Cluster", "Automotive, Metall",
        "Transformation, Digitalisierung, Fachkräftesicherung", ("15003", "15085", "15001"),
        (
            ("Anbahnung", -29, "Auftaktworkshop mit Unternehmen und Bildungsträgern"),
            ("Konstituierung", -26, "Formaler Start des Verbunds"),
            ("Aktiv", -20, "Beirat konstituiert"),
        ),
        (ESF, -26, 36, 480_000.0),
        "Zulieferbetriebe der Automobilindustrie auf Elektromobilität und Digitalisierung "
        "vorbereiten: Beschäftigtenanalysen, neue Kursmodule, gemeinsame Qualifizierung.",
        "", "Vorbild: der Weiterbildungsverbund der Automobilzulieferer in Sachsen-Anhalt.",
        (
            Member(key("rkw"), COORD, K, KONST),
            Member(Pick("UN", AUTOMOTIVE), COMPANY, K, KONST),
            Member(Pick("UN", AUTOMOTIVE), COMPANY, K, KONST),
            Member(Pick("UN", AUTOMOTIVE), COMPANY, K, -25),
            Member(Pick("BT", TECHNICAL), PROVIDER, K, KONST),
            Member(Pick("BT", TECHNICAL), PROVIDER, K, KONST),
            Member(Pick("BT", ("IT-Schulungen", "Institut", "Bildungswerk")), PROVIDER, K, -24),
        ),
        (
            (key("ihk_md"), BOARD_CHAIR),
            (key("igm"), BOARD_DEPUTY),
            (key("aa_md"), BOARD_MEMBER),
            (key("iff"), BOARD_MEMBER),
        ),
        (
            Task("Meilenstein", "Auftaktworkshop durchgeführt", START, True),
            Task("Meilenstein", "Formaler Start", KONST, True),
            Task("Meilenstein", "Beirat konstituiert", AKTIV, True),
            Task("Meilenstein", "Beschäftigtenanalysen abgeschlossen", -12, True),
            Task("Meilenstein", "Kursmodule entwickelt", -6, True),
            Task("Aufgabe", "Zwischenbericht an den Fördermittelgeber", -1, False),
            Task("Aufgabe", "Verstetigungskonzept entwerfen", 4, False),
            Task("Meilenstein", "Abschlussveranstaltung", 9, False),
        ),
        (11, -2),
    ),
    Spec(
        "Weiterbildungsverbund Gesundheit und Pflege Harz", "WGP Harz", "Bildungsträger-geführt",
        "Gesundheit und Pflege", "Demografie, Fachkräftesicherung", ("15085",),
        (
            ("Anbahnung", -37, "Gespräche mit Pflegediensten und Kliniken"),
            ("Konstituierung", -33, "Förderbescheid erhalten"),
            ("Aktiv", -30, "erste Qualifizierungen in der Altenpflege"),
        ),
        (ESF, -33, 36, 395_000.0),
        "Pflegekräfte im Harz halten und weiterqualifizieren; Praxisanleitung stärken.",
        "", "",
        (
            Member(Pick("BT", ("Pflegeschule",)), COORD, K, KONST),
            Member(Pick("UN", ("Pflege", "Senioren", "Physio")), COMPANY, K, KONST),
            Member(Pick("UN", ("Pflege", "Senioren", "Physio")), COMPANY, K, KONST),
            Member(Pick("UN", ("Pflege", "Senioren", "Physio")), COMPANY, K, -30),
            Member(Pick("UN", ("Pflege", "Senioren", "Physio")), COMPANY, A, -22),
            Member(key("aa_hbs"), PARTNER, K, KONST),
            Member(key("verdi"), PARTNER, K, -32),
            Member(key("kom_15085"), KOMMUNE, A, -30),
        ),
        ((key("kom_15085"), BOARD_CHAIR), (key("aa_hbs"), BOARD_MEMBER)),
        (
            Task("Meilenstein", "Kooperationsvereinbarung unterzeichnet", KONST, True),
            Task("Meilenstein", "Curriculum Praxisanleitung abgestimmt", -18, True),
            Task("Aufgabe", "Anschlussfinanzierung klären", -2, False),
            Task("Aufgabe", "Kennzahlen 2. Halbjahr melden", -1, False),
        ),
        (7, -2),
    ),
    Spec(
        "Weiterbildungsverbund Digitales Handwerk Burgenland", "DigiHand", "Wirtschaftsförderung",
        "Handwerk, IT/Digitalisierung", "Digitalisierung, Fachkräftesicherung",
        ("15084", "15088"),
        (
            ("Idee", -8, "Anregung der Wirtschaftsförderung"),
            ("Anbahnung", -4, "Absichtserklärungen der ersten Betriebe"),
        ),
        None,
        "Handwerksbetriebe bei digitaler Auftragsabwicklung und Kundenkommunikation "
        "qualifizieren.",
        "", "Förderantrag in Vorbereitung.",
        (
            Member(key("wifoe_15084"), COORD, A, START),
            Member(Pick("UN", ("Elektro", "Tischlerei", "Malerbetrieb", "Dachdeckerei")), COMPANY,
                   A, -4),
            Member(Pick("UN", ("Elektro", "Tischlerei", "Malerbetrieb", "Bäckerei")), COMPANY, A,
                   -3),
            Member(Pick("UN", ("Handwerk",)), COMPANY, N, -2),
            Member(key("hwk_hal"), PARTNER, A, -4),
            Member(Pick("BT", ("IT-Schulungen", "Bildungswerk")), PROVIDER, A, -3),
            Member(key("jc_15084"), PARTNER, N, -2),
        ),
        (),
        (
            Task("Aufgabe", "Interessenbekundungen einsammeln", -3, True),
            Task("Aufgabe", "Entwurf der Kooperationsvereinbarung abstimmen", 1, False),
            Task("Meilenstein", "Förderantrag eingereicht", 2, False),
        ),
        (2, -1),
    ),
    Spec(
        "Weiterbildungsverbund Landwirtschaft und Ernährung Altmark", "LEA",
        "Sonstiger", "Landwirtschaft, Ernährung", "Demografie, Fachkräftesicherung, Nachfolge",
        ("15081", "15090"),
        (("Idee", -2, "Idee aus dem Netzwerktreffen Nord; Koordination noch offen"),),
        None,
        "Betriebsnachfolge und Qualifizierung in Agrarbetrieben und Lebensmittelhandwerk.",
        "", "Interessierte erste Betriebe; Gespräche mit möglichen Koordinierenden laufen.",
        (
            Member(key("kom_15081"), KOMMUNE, N, -2),
            Member(Pick("UN", ("Agrar", "Mühle", "Feinkost", "Landtechnik")), COMPANY, N, -2),
        ),
        (),
        (Task("Aufgabe", "Mögliche Koordination ansprechen", 1, False),),
        (0, 0),
    ),
    Spec(
        "Weiterbildungsverbund Logistik Elbe-Börde", "LogiVerbund", "Sozialpartnerschaftlich",
        "Logistik", "Fachkräftesicherung, Digitalisierung", ("15003", "15083", "15086"),
        (
            ("Anbahnung", -56, "Gespräche der Sozialpartner"),
            ("Konstituierung", -52, "Kooperationsvereinbarung unterzeichnet"),
            ("Aktiv", -47, "Beirat konstituiert"),
            ("Ruhend", -7, "Koordinationsstelle nach dem Förderende unbesetzt"),
        ),
        (LAND, -52, 40, 290_000.0),
        "Berufskraftfahrer- und Lagerlogistik-Qualifizierung gemeinsam organisieren.",
        "", "Wiederaufnahme wird mit den Sozialpartnern geprüft.",
        (
            Member(key("awsa"), COORD, K, KONST),
            Member(Pick("UN", ("Spedition", "Logistik")), COMPANY, K, KONST),
            Member(Pick("UN", ("Spedition", "Logistik")), COMPANY, K, KONST),
            Member(Pick("UN", ("Spedition", "Logistik")), COMPANY, K, -40, -10, "ausgetreten"),
            Member(Pick("BT", ("Logistikschulung",)), PROVIDER, K, KONST),
            Member(key("verdi"), PARTNER, K, KONST),
            Member(key("aa_md"), PARTNER, K, -50),
            Member(key("ihk_md"), PARTNER, K, -50),
        ),
        ((key("verdi"), BOARD_CHAIR), (key("ihk_md"), BOARD_MEMBER)),
        (
            Task("Meilenstein", "Kursangebot Gefahrgut und Ladungssicherung", -36, True),
            Task("Aufgabe", "Abschlussbericht an das Land", -8, True),
            Task("Aufgabe", "Nachfolge der Koordination klären", -4, False),
        ),
        (9, -9),
    ),
    Spec(
        "Verbund Kunststoff und Chemie Saalekreis", "KuCheS", "Sonstiger",
        "Chemie", "Strukturwandel, Fachkräftesicherung", ("15088", "15002"),
        (
            ("Anbahnung", -82, "Auftakt im Chemiepark"),
            ("Konstituierung", -78, "Förderbescheid erhalten"),
            ("Aktiv", -72, "Beirat konstituiert"),
            ("Beendet", -38, "Förderung ausgelaufen; Ergebnisse an das Netzwerk übergeben"),
        ),
        (ESF, -78, 36, 350_000.0),
        "Anlagenfahrer und Laborpersonal für neue Verfahren qualifizieren.",
        "", "Koordiniert von der Hochschule. Abgeschlossen; die Kursmodule bietet der "
        "Bildungsträger weiter an.",
        (
            Member(key("hs_mer"), COORD, K, KONST),
            Member(Pick("UN", ("Kunststoff", "Chemie")), COMPANY, K, KONST),
            Member(Pick("UN", ("Kunststoff", "Chemie")), COMPANY, K, KONST),
            Member(Pick("UN", ("Kunststoff", "Chemie")), COMPANY, K, -70),
            Member(Pick("BT", ("Bildung",)), PROVIDER, K, KONST),
            Member(key("igbce"), PARTNER, K, KONST),
            Member(key("ihk_hal"), PARTNER, K, -76),
        ),
        ((key("igbce"), BOARD_CHAIR), (key("ihk_hal"), BOARD_MEMBER)),
        (
            Task("Meilenstein", "Kursmodule Anlagentechnik entwickelt", -60, True),
            Task("Aufgabe", "Abschlussbericht", -38, True),
        ),
        (10, -40),
    ),
)  # fmt: skip

#: a few more for the large demo
EXTRA_VERBUENDE: tuple[Spec, ...] = (
    Spec(
        "Weiterbildungsverbund IT und Digitalisierung Halle", "DigiNet Halle",
        "Unternehmensnetzwerk / Cluster", "IT/Digitalisierung", "Digitalisierung, KI",
        ("15002", "15088"),
        (("Anbahnung", -14, "Auftaktworkshop"), ("Konstituierung", -10, "Formaler Start"),
         ("Aktiv", -6, "Beirat konstituiert")),
        (ESF, -10, 36, 420_000.0),
        "KMU beim Einsatz digitaler Werkzeuge und KI qualifizieren.", "", "",
        (
            Member(Pick("INIT", ("digital", "Netzwerk")), COORD, K, KONST),
            Member(Pick("UN", ("Software", "IT-Systemhaus")), COMPANY, K, -10),
            Member(Pick("UN", ("Software", "IT-Systemhaus")), COMPANY, K, -9),
            Member(Pick("BT", ("IT-Schulungen",)), PROVIDER, K, -10),
            Member(key("ihk_hal"), PARTNER, K, -10),
            Member(key("aa_hal"), PARTNER, A, -8),
        ),
        ((key("ihk_hal"), BOARD_CHAIR), (key("mlu"), BOARD_MEMBER)),
        (Task("Meilenstein", "Bedarfsanalyse abgeschlossen", -3, True),
         Task("Aufgabe", "Kurskatalog veröffentlichen", 2, False)),
        (6, -1),
    ),
    Spec(
        "Weiterbildungsverbund Bau und Handwerk Altmark", "BauVerbund Altmark",
        "Wirtschaftsförderung", "Bau, Handwerk", "Fachkräftesicherung, Energiewende",
        ("15081", "15090"),
        (("Anbahnung", -9, "Gespräche mit Innungen"), ("Konstituierung", -2, "Gründung")),
        (LAND, -2, 24, 210_000.0),
        "Energetische Sanierung: Weiterbildung im Bauhandwerk.", "", "",
        (
            Member(key("wifoe_15090"), COORD, K, KONST),
            Member(Pick("UN", ("Bau", "Dachdeckerei")), COMPANY, K, -2),
            Member(Pick("UN", ("Bau", "Dachdeckerei")), COMPANY, A, -2),
            Member(key("hwk_md"), PARTNER, K, -2),
            Member(key("igbau"), PARTNER, A, -2),
        ),
        (),
        (Task("Meilenstein", "Beirat konstituieren", 3, False),),
        (1, -1),
    ),
    Spec(
        "Weiterbildungsverbund Ernährungswirtschaft Salzland", "EWS",
        "Sozialpartnerschaftlich", "Ernährung", "Fachkräftesicherung, Demografie",
        ("15089",),
        (("Anbahnung", -20, "Gespräche mit der NGG"), ("Konstituierung", -16, "Start"),
         ("Aktiv", -12, "Beirat konstituiert")),
        (ESF, -16, 36, 300_000.0),
        "Quereinstieg und Teilqualifizierung in der Lebensmittelproduktion.", "", "",
        (
            Member(Pick("AGV", ("Ernährung", "Arbeitgebervereinigung")), COORD, K, KONST),
            Member(Pick("UN", ("Feinkost", "Mühle", "Bäckerei", "Fleischerei")), COMPANY, K, -16),
            Member(Pick("UN", ("Feinkost", "Mühle", "Bäckerei", "Fleischerei")), COMPANY, K, -15),
            Member(key("ngg"), PARTNER, K, -16),
            Member(key("aa_bbg"), PARTNER, K, -16),
            Member(Pick("BT", ("Bildung",)), PROVIDER, K, -16),
        ),
        ((key("ngg"), BOARD_CHAIR),),
        (Task("Aufgabe", "Teilqualifizierung Lebensmitteltechnik planen", -1, False),),
        (5, -3),
    ),
)  # fmt: skip
