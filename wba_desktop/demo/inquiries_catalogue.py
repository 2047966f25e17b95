"""What the demo inquiries are made of: who asks about what, which kinds of partner
help with which topic, the coordinators at our agency, descriptions and reasons.
All names are invented."""

from __future__ import annotations

#: the organisation the demo names as our agency (when none is set yet)
OWN_AGENCY = "Weiterbildungsagentur Nord"
#: coordinators at our agency: (first name, last name, salutation, function); the first
#: three are the colleagues named in the demo follow-ups
COORDINATORS = (
    ("Jana", "Ostwald", "Frau", "Lotsin"),
    ("Timo", "Brenner", "Herr", "Lotse"),
    ("Katrin", "Weidemann", "Frau", "Regionalkoordinatorin"),
    ("Malte", "Fehrenkamp", "Herr", "Lotse"),
)
MONTHS = 18
SMALL = 400
#: the most inquiries a larger demo gets (ten times the small one)
LARGE_CAP = 4000

CHANNEL_WEIGHTS = (("Telefon", 45), ("E-Mail", 35), ("Veranstaltung", 10), ("Partner", 10))
KIND_WEIGHTS = (("Beschäftigte/r", 40), ("Arbeitsuchende/r", 25), ("Unternehmen", 35))
URGENCY_WEIGHTS = (("normal", 75), ("eilig", 20), ("sehr eilig", 5))

#: topics the inquirers of a kind ask about most (the others now and then)
TOPICS_BY_KIND = {
    "Beschäftigte/r": ("Weiterbildungsberatung", "Bildungsprämie/Bildungsscheck",
                       "Anpassungsqualifizierung", "Digitalisierung",
                       "Anerkennung ausländischer Abschlüsse"),
    "Arbeitsuchende/r": ("Umschulung", "Teilqualifizierung",
                         "Förderberatung Qualifizierungschancengesetz", "Sprachförderung",
                         "Anerkennung ausländischer Abschlüsse", "Weiterbildungsberatung"),
    "Unternehmen": ("Fachkräftesicherung KMU", "Förderberatung Qualifizierungschancengesetz",
                    "Anpassungsqualifizierung", "Digitalisierung", "Ausbildung/Nachwuchs"),
}  # fmt: skip

IHK, HWK, AA, JC = "Kammer (IHK)", "Kammer (HWK)", "Agentur für Arbeit", "Jobcenter"
BT, HS, WIFOE = "Weiterbildungsträger", "Hochschule / Forschung", "Wirtschaftsförderung"
INIT, VEREIN = "Initiative / Netzwerk", "Verein / Zivilgesellschaft"
AGV, SCHULE = "Arbeitgeberverband", "Schule / Berufsschule"
#: the kinds of partner that help with a topic
PARTNER_KINDS = {
    "Weiterbildungsberatung": (IHK, HWK, AA, BT),
    "Förderberatung Qualifizierungschancengesetz": (AA, JC),
    "Bildungsprämie/Bildungsscheck": (IHK, HWK, BT, INIT),
    "Anpassungsqualifizierung": (BT, IHK, HWK, HS),
    "Umschulung": (AA, JC, BT),
    "Teilqualifizierung": (BT, AA, JC),
    "Digitalisierung": (BT, HS, INIT, WIFOE),
    "Ausbildung/Nachwuchs": (IHK, HWK, AA, SCHULE),
    "Fachkräftesicherung KMU": (IHK, HWK, WIFOE, INIT, AGV),
    "Anerkennung ausländischer Abschlüsse": (IHK, HWK, VEREIN, INIT),
    "Sprachförderung": (BT, VEREIN, JC),
}
FALLBACK_KINDS = (BT, IHK, AA)

DESCRIPTIONS = {
    "Beschäftigte/r": (
        "Möchte sich berufsbegleitend weiterbilden und sucht passende Angebote.",
        "Fragt nach Förderung für einen Meisterkurs.",
        "Will sich im Bereich Digitalisierung weiterqualifizieren.",
        "Sucht eine Anerkennung des ausländischen Berufsabschlusses.",
        "Interessiert sich für einen Bildungsscheck.",
    ),
    "Arbeitsuchende/r": (
        "Sucht eine Umschulung in einen Pflegeberuf.",
        "Fragt nach Teilqualifizierung im Lager- und Logistikbereich.",
        "Braucht einen Sprachkurs vor der Weiterbildung.",
        "Möchte nach langer Pause wieder einsteigen und sucht Beratung.",
    ),
    "Unternehmen": (
        "Sucht Förderung für die Qualifizierung von Beschäftigten (QCG).",
        "Braucht Unterstützung bei der Fachkräftesicherung.",
        "Möchte Beschäftigte für neue Maschinen schulen lassen.",
        "Fragt nach Ausbildungspartnern für Nachwuchskräfte.",
        "Plant die Digitalisierung der Verwaltung und sucht Schulungen.",
    ),
}
DECLINE_REASONS = (
    "keine freien Plätze im nächsten Kurs",
    "nicht zuständig für diesen Landkreis",
    "Angebot passt nicht zur Zielgruppe",
    "Kapazität ausgeschöpft",
)
FEMALE = ("Anja", "Birgit", "Carina", "Doreen", "Elif", "Franziska", "Gesine", "Heike", "Ines",
          "Jolanta", "Kerstin", "Larissa", "Mandy", "Nadine", "Oksana", "Peggy", "Romy",
          "Sandra", "Tanja", "Ulrike", "Yvonne")  # fmt: skip
MALE = ("André", "Bernd", "Cem", "Dirk", "Enrico", "Frank", "Gregor", "Heiko", "Ivo", "Jens",
        "Kai", "Lars", "Marek", "Nico", "Olaf", "Pawel", "Ronny", "Steffen", "Thilo",
        "Uwe")  # fmt: skip
LAST = ("Ackermann-Probst", "Bräutigam", "Dornbusch", "Eilers", "Fiebig", "Gerstenberg",
        "Hollerbach", "Ilgner", "Jeschke", "Kämmerer", "Lindenau", "Mörike", "Nesselrode",
        "Ottlinger", "Pfefferkorn", "Quandtke", "Rabenhorst", "Schellbach", "Tiedgen",
        "Uhlemann", "Vogelsang", "Wendeborn", "Zschäbitz", "Haberland", "Krautwurst")  # fmt: skip
