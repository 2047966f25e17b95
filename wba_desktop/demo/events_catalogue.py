"""Data for the demo events: pure data, no logic (see ``demo_events``).

Modelled on the events of DOMAIN.md: the East German continuing-education congress on
3 June (keynote, Dialogspaziergang, expert talk, panel, eight parallel workshops), the
online launch of a Weiterbildungsagentur, and the smaller events of the demo Verbünde
(information event for municipalities and civil society, a format for young people,
kick-off, Beirat, dialogue format, network meeting). Titles, venues and addresses are
invented; speakers and guests are picked from the generated people.

Kinds of organisation are the codes of ``demo_catalogue.KINDS``; "@coord" stands for the
contact person (or organisation) of the linked Verbund's coordination, "member:<code>" for
the linked Verbund's member of that kind.
"""

from __future__ import annotations

from typing import NamedTuple

SPEAKER, MODERATION = "Referent/in", "Moderation"
COORD = "@coord"
#: the Verbund whose coordination speaks where an event has no Verbund of its own (the
#: congress workshop on what makes a Verbund work, see DOMAIN.md)
SHOWCASE = "QNEE"
#: invitations go out this many days before the event (as in the checklist template)
INVITE_DAYS = 42
HELD, PLANNED, SENT, CANCELLED = "durchgeführt", "geplant", "Einladung versendet", "abgesagt"
#: kinds of organisation whose people count as multipliers
MULTIPLIERS = (
    "IHK", "HWK", "GEW", "AGV", "VERB", "KOM", "WIFOE", "BT", "HS", "AA", "JC", "LAND",
    "INIT", "VEREIN", "SONST",
)  # fmt: skip
ANHALT = ("15001", "15082", "15091")


class Role(NamedTuple):
    role: str  # SPEAKER or MODERATION
    kinds: tuple[str, ...]  # picked from people of these kinds (or COORD)


def speaker(*kinds: str) -> Role:
    return Role(SPEAKER, kinds)


def moderator(*kinds: str) -> Role:
    return Role(MODERATION, kinds)


class Talk(NamedTuple):
    kind: str  # one of vocab.SESSION_KINDS
    title: str
    start: str  # "HH:MM" on the event day
    end: str
    people: tuple[Role, ...] = ()
    room: str = ""
    capacity: int | None = None
    description: str = ""


class Place(NamedTuple):
    venue: str  # "{org}" becomes the name of the organisation below
    org: str = ""  # whose address: an institution key, COORD or "member:<code>"
    street: str = ""
    postcode: str = ""
    city: str = ""
    ags: str = ""  # district (for the WBA region); else the organisation's


class Group(NamedTuple):
    kinds: tuple[str, ...]
    districts: tuple[str, ...]  # empty: anywhere
    count: int
    source: str


class Guests(NamedTuple):
    member_roles: tuple[str, ...] = ()  # contact persons of the Verbund's members ("*": all)
    board: bool = False  # the Verbund's Beirat
    groups: tuple[Group, ...] = ()


class Replies(NamedTuple):
    accept: float  # share of the list that said yes (beyond the capacity: waiting list)
    decline: float
    no_show: float = 0.0  # share of those who said yes (held events)
    cancel: int = 0  # said yes, cancelled later (frees places for the waiting list)


class Spec(NamedTuple):
    title: str  # "{year}": the year of the event
    type: str
    status: str
    day: int | str  # days from today; "congress", "same" (day of the previous event) or
    #                 "phase:<phase>" (the day the linked Verbund entered it)
    hours: tuple[str, str]
    place: Place
    guests: Guests
    replies: Replies
    verbund: str = ""  # short name of the linked Verbund
    organisers: tuple[str, ...] = ()
    online_url: str = ""
    capacity: int | None = None
    description: str = ""
    programme: tuple[Talk, ...] = ()
    open_items: tuple[str, ...] = ()  # checklist items left open (overdue when due)


DECLINE_NOTES = (
    "Terminüberschneidung",
    "Urlaub",
    "Vertretung kommt nicht in Frage",
    "krankheitsbedingt",
    "Dienstreise",
    "Gremiensitzung am selben Tag",
)
CANCEL_NOTES = ("kurzfristig verhindert", "krankheitsbedingt abgesagt", "Termin im Haus")
INVITATION_NOTES = (
    "vegetarisches Essen",
    "barrierefreier Zugang erbeten",
    "kommt mit Kollegin",
    "Rechnungsadresse folgt",
    "Parkplatz benötigt",
)

_WORKSHOPS = (  # (title, speaker kinds, moderator kinds, room, places)
    ("Was Weiterbildungsverbünde erfolgreich macht", (COORD,), ("BT",), "Raum 1.01", 25),
    ("Teilqualifizierung für An- und Ungelernte", ("AA",), ("BT",), "Raum 1.02", 24),
    ("KI und digitale Lernformate in kleinen Betrieben", ("HS",), ("INIT",), "Raum 1.03", 22),
    ("Kommunen und Zivilgesellschaft im Strukturwandel", ("KOM",), ("VEREIN",), "Raum 1.04",
     20),
    ("Berufsorientierung: Formate für junge Menschen", ("SCHULE",), ("JC",), "Raum 2.01", 20),
    ("Förderprogramme für die betriebliche Weiterbildung", ("LAND",), ("WIFOE",), "Raum 2.02",
     25),
    ("Weiterbildung sozialpartnerschaftlich gestalten", ("GEW",), ("AGV",), "Raum 2.03", 22),
    ("Fachkräftesicherung in Pflege und Gesundheit", ("BT",), ("KOM",), "Raum 2.04", 24),
)  # fmt: skip

CONGRESS_PROGRAMME: tuple[Talk, ...] = (
    Talk("Begrüßung", "Begrüßung und Eröffnung", "09:00", "09:30",
         (speaker("LAND"), moderator("INIT")), "Großer Saal"),
    Talk("Keynote", "Trends in der Weiterbildung", "09:30", "10:15", (speaker("HS"),),
         "Großer Saal",
         description="Lernen im Arbeitsprozess, Teilqualifizierung, KI: was Betriebe und "
         "Beschäftigte in den nächsten Jahren erwartet."),
    Talk("Dialogspaziergang", "Dialogspaziergang am Elbufer", "10:15", "11:15",
         (moderator("INIT"), moderator("BT")), "Treffpunkt Foyer",
         description="Zu zweit oder zu dritt unterwegs, mit einer Leitfrage je Etappe: Wo "
         "hakt es bei der Weiterbildung in Ihrer Region?"),
    Talk("Fachgespräch", "Eine Anlaufstelle für Beschäftigte und Betriebe: die "
         "Weiterbildungsagenturen", "11:15", "12:00",
         (speaker("AA"), speaker("INIT"), moderator("SONST")), "Großer Saal"),
    Talk("Podium", "Weiterbildungsstrategien der Zukunft", "12:00", "12:45",
         (speaker("LAND"), speaker("IHK"), speaker("GEW"), speaker("AGV"), moderator("HS")),
         "Großer Saal"),
    Talk("Pause", "Mittagspause", "12:45", "13:45", room="Foyer"),
    *(
        Talk("Workshop", f"Workshop {n}: {title}", "13:45", "15:30",
             (speaker(*who), moderator(*mod)), room, places)
        for n, (title, who, mod, room, places) in enumerate(_WORKSHOPS, 1)
    ),
    Talk("Sonstiges", "Ergebnisse der Workshops und Ausblick", "15:45", "16:30",
         (moderator("INIT"),), "Großer Saal"),
)  # fmt: skip

EVENTS: tuple[Spec, ...] = (
    Spec(
        "Ostdeutscher Weiterbildungskongress {year}: Weiterbildung gemeinsam gestalten",
        "Fachkonferenz/Kongress", HELD, "congress", ("09:00", "16:30"),
        Place("Tagungszentrum Elbblick", "", "Am Handelshafen 12", "39124", "Magdeburg",
              "15003"),
        Guests(groups=(
            Group(MULTIPLIERS, (), 162, "Verteiler Multiplikatoren"),
            Group(("UN",), (), 18, "Verteiler Unternehmen"),
        )),
        Replies(0.92, 0.045, 0.08, 16),
        organisers=("fif", "zz", "rd"), capacity=160,
        description="Der Kongress der Weiterbildungsakteure in Ostdeutschland: Kammern, "
        "Agenturen, Sozialpartner, Kommunen, Bildungsträger und Verbünde. Keynote, "
        "Dialogspaziergang, Fachgespräch und Podium am Vormittag, acht parallele Workshops "
        "am Nachmittag.",
        programme=CONGRESS_PROGRAMME,
    ),
    Spec(
        "Start der Weiterbildungsagentur West: Eröffnung im Livestream",
        "Informationsveranstaltung", HELD, -60, ("10:00", "11:30"), Place("", ags="15085"),
        Guests(groups=(
            Group(MULTIPLIERS, (), 140, "Verteiler Multiplikatoren"),
            Group(("UN",), ("15085", "15089"), 30, "Unternehmen Region West"),
        )),
        Replies(0.75, 0.17, 0.0625),
        organisers=("wba_West", "aa_hbs", "fif", "zz"),
        online_url="https://live.wba-west.example/eroeffnung",
        description="Online-Eröffnung der Weiterbildungsagentur West: ein Anruf oder eine "
        "E-Mail genügt. Grußworte, Vorstellung des Teams, Fragen aus dem Chat.",
        programme=(
            Talk("Begrüßung", "Grußworte der Partner", "10:00", "10:20",
                 (speaker("LAND"), speaker("AA"), moderator("INIT"))),
            Talk("Impulsvortrag", "Ein Anruf genügt: So arbeitet die Weiterbildungsagentur",
                 "10:20", "10:50", (speaker("INIT"),)),
            Talk("Podium", "Was Betriebe in der Region West brauchen", "10:50", "11:30",
                 (speaker("IHK"), speaker("HWK"), speaker("GEW"), moderator("INIT"))),
        ),
    ),
    Spec(
        "Energiewende vor Ort: Informationsveranstaltung für Kommunen und Zivilgesellschaft",
        "Informationsveranstaltung", HELD, -120, ("17:00", "19:30"),
        Place("{org}, Ratssaal", "kom_15001"),
        Guests(("*",), groups=(
            Group(("KOM", "VEREIN", "WIFOE", "JC"), ANHALT, 26, "Kommunen und Vereine Anhalt"),
        )),
        Replies(0.65, 0.2, 0.1), verbund="QNEE", organisers=(COORD, "kom_15001"),
        description="Wie der Verbund Betriebe und Beschäftigte für die Energiewende "
        "qualifiziert und was Gemeinden und Vereine beitragen können.",
        programme=(
            Talk("Begrüßung", "Begrüßung", "17:00", "17:15", (speaker("KOM"),)),
            Talk("Impulsvortrag", "Drei Jahre Qualifizierungsnetzwerk: Ergebnisse und Pläne",
                 "17:15", "17:45", (speaker(COORD),)),
            Talk("Fachgespräch", "Was brauchen Gemeinden und Vereine?", "17:45", "19:30",
                 (moderator("VEREIN"),)),
        ),
    ),
    Spec(
        "Energiewende-Berufe entdecken", "Format für junge Menschen", HELD, -45,
        ("09:00", "13:00"), Place("{org}", "member:SCHULE"),
        Guests(("Mitgliedsunternehmen", "strategischer Partner"), groups=(
            Group(("SCHULE",), ANHALT, 3, "Schulen Anhalt"),
        )),
        Replies(0.8, 0.1), verbund="QNEE", organisers=(COORD, "member:SCHULE"),
        description="Berufsorientierung mit rund 45 Schülerinnen und Schülern: Betriebe der "
        "Wind- und Solarbranche stellen Ausbildungsberufe vor, Mitmachstationen und "
        "Gespräche mit Auszubildenden.",
    ),
    Spec(
        "Kick-off Weiterbildungsverbund Automotive", "Kick-off", HELD, "phase:Anbahnung",
        ("13:00", "17:00"), Place("{org}, Seminarraum", "rkw"),
        Guests(("*",), groups=(
            Group(("IHK", "GEW", "AA", "HS"), ("15003",), 6, "Netzwerk Magdeburg"),
            Group(("UN",), ("15003", "15085", "15001"), 8, "Unternehmen Automotive"),
        )),
        Replies(0.75, 0.15, 0.1), verbund="WAVA", organisers=(COORD,),
        description="Auftaktworkshop mit Unternehmen und Bildungsträgern: Bedarfe sammeln, "
        "Ziele und nächste Schritte des Verbunds vereinbaren.",
    ),
    Spec(
        "Beiratssitzung WAVA", "Beiratssitzung", SENT, 21, ("14:00", "16:00"),
        Place("{org}, Sitzungsraum 2", "ihk_md"),
        Guests(("Koordination",), board=True), Replies(0.5, 0.2), verbund="WAVA",
        organisers=(COORD,), description="Zwischenbericht, Verstetigungskonzept, Planung "
        "der Abschlussveranstaltung.",
        open_items=("Programm und Referierende bestätigen",),
    ),
    Spec(
        "Pflege im Harz: Dialogforum mit Kommunen und Pflegediensten", "Dialogformat",
        PLANNED, 35, ("16:00", "18:30"), Place("{org}, Kreistagssaal", "kom_15085"),
        Guests(("*",), groups=(
            Group(("KOM", "VEREIN", "JC"), ("15085",), 14, "Kommunen und Vereine Harz"),
            Group(("UN",), ("15085",), 6, "Pflegedienste Harz"),
        )),
        Replies(0.0, 0.0), verbund="WGP Harz", organisers=(COORD, "kom_15085"),
        description="Wie halten wir Pflegekräfte in der Region? Dialog mit Kommunen, "
        "Pflegediensten, Kliniken und Angehörigen.",
        open_items=("Einladung versenden",),
    ),
    Spec(
        "Netzwerktreffen Digitales Handwerk", "Netzwerktreffen", SENT, 14, ("15:00", "17:30"),
        Place("{org}", "wifoe_15084"),
        Guests(("*",), groups=(
            Group(("UN",), ("15084", "15088"), 10, "Handwerksbetriebe Burgenland und Saalekreis"),
            Group(("HWK", "VERB"), (), 4, "Handwerksorganisationen"),
        )),
        Replies(0.4, 0.1), verbund="DigiHand", organisers=(COORD, "hwk_hal"),
        description="Betriebe berichten von digitaler Auftragsabwicklung; Vorstellung des "
        "geplanten Verbunds und der Kooperationsvereinbarung.",
        open_items=("Programm und Referierende bestätigen",),
    ),
    Spec(
        "Teilqualifizierung und Förderung: Informationsveranstaltung für Betriebe",
        "Informationsveranstaltung", SENT, "same", ("10:00", "12:00"),
        Place("{org}, Besprechungsraum", "wba_Süd"),
        Guests(groups=(
            Group(("UN",), ("15002", "15088"), 34, "Unternehmen Region Süd"),
            Group(("AA", "JC", "IHK"), ("15002",), 8, "Netzwerk Halle"),
        )),
        Replies(0.35, 0.1), organisers=("wba_Süd", "aa_hal"),
        description="Wie Betriebe An- und Ungelernte mit Teilqualifizierungen zum "
        "Berufsabschluss führen und welche Förderung es gibt.",
    ),
    Spec(
        "Betriebsnachfolge und Qualifizierung in der Altmark", "Informationsveranstaltung",
        CANCELLED, 10, ("18:00", "20:00"), Place("{org}", "kom_15081"),
        Guests(("*",), groups=(
            Group(("UN", "VERB", "KOM"), ("15081", "15090"), 16, "Netzwerk Altmark"),
        )),
        Replies(0.3, 0.15), verbund="LEA", organisers=("kom_15081",),
        description="Abgesagt: zu wenige Anmeldungen; ein neuer Termin im Frühjahr wird "
        "gesucht.",
    ),
)  # fmt: skip
