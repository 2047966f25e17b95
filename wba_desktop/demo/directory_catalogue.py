"""Data for the demo generator: districts, towns, public institutions, names.

Pure data, no logic. Public institutions appear under their public names, but every
street address, phone number and e-mail address here is invented (domains end in
the reserved ``.example``). Companies, training providers, associations' branches
and all people are invented: people are random combinations of common German first
and last names; ``FAMOUS_NAMES`` lists combinations that are never generated.
"""

from __future__ import annotations

from typing import NamedTuple

# Codes for the 17 kinds of organisation shipped with the first migration.
KINDS = {
    "IHK": "Kammer (IHK)",
    "HWK": "Kammer (HWK)",
    "GEW": "Gewerkschaft",
    "AGV": "Arbeitgeberverband",
    "VERB": "Fach-/Branchenverband oder Innung",
    "KOM": "Kommune / Landkreis",
    "WIFOE": "Wirtschaftsförderung",
    "BT": "Weiterbildungsträger",
    "HS": "Hochschule / Forschung",
    "AA": "Agentur für Arbeit",
    "JC": "Jobcenter",
    "UN": "Unternehmen",
    "LAND": "Landesbehörde / Ministerium",
    "INIT": "Initiative / Netzwerk",
    "VEREIN": "Verein / Zivilgesellschaft",
    "SCHULE": "Schule / Berufsschule",
    "SONST": "Sonstige",
}

RELATION_TYPES = (
    "Kooperation",
    "Netzwerkpartnerschaft",
    "Mitgliedschaft",
    "Trägerschaft",
    "Förderung",
    "Beratung",
    "Qualifizierung",
    "Zuständigkeit",
)


class Town(NamedTuple):
    name: str
    postcodes: tuple[str, ...]
    area_code: str  # without the leading 0
    municipality: str  # the official name of the town as a Kommune
    weight: int


class District(NamedTuple):
    kommune: str  # the district itself as an organisation
    short: str  # used in generated names ("Innung ... Harz")
    weight: int  # roughly the population in 10,000s
    chamber: str  # "md" or "hal": IHK and HWK district
    agency: str  # key of the Agentur für Arbeit
    towns: tuple[Town, ...]


def _t(name: str, postcodes: str, area: str, municipality: str = "", weight: int = 1) -> Town:
    return Town(name, tuple(postcodes.split()), area, municipality or f"Stadt {name}", weight)


# Keyed by the official municipality key (AGS) of table ``region``.
DISTRICTS: dict[str, District] = {
    "15001": District(
        "Stadt Dessau-Roßlau",
        "Dessau-Roßlau",
        7,
        "hal",
        "aa_de",
        (
            _t("Dessau-Roßlau", "06842 06844 06846 06847 06849", "340", "", 6),
            _t("Roßlau", "06862", "34901", "Dessau-Roßlau (Roßlau)", 1),
        ),
    ),
    "15002": District(
        "Stadt Halle (Saale)",
        "Halle",
        24,
        "hal",
        "aa_hal",
        (
            _t(
                "Halle (Saale)",
                "06108 06110 06112 06114 06116 06118 06120 06122 06124 06126 06128 06130 06132",
                "345",
                "",
                1,
            ),
        ),
    ),
    "15003": District(
        "Landeshauptstadt Magdeburg",
        "Magdeburg",
        24,
        "md",
        "aa_md",
        (
            _t(
                "Magdeburg",
                "39104 39106 39108 39110 39112 39114 39116 39118 39120 39122 39124 39126 39128",
                "391",
                "Landeshauptstadt Magdeburg",
                1,
            ),
        ),
    ),
    "15081": District(
        "Altmarkkreis Salzwedel",
        "Altmark",
        8,
        "md",
        "aa_nord",
        (
            _t("Salzwedel", "29410", "3901", "Hansestadt Salzwedel", 4),
            _t("Gardelegen", "39638", "3907", "Hansestadt Gardelegen", 3),
            _t("Klötze", "38486", "3909", "", 2),
            _t("Arendsee (Altmark)", "39619", "39384", "", 1),
            _t("Kalbe (Milde)", "39624", "39080", "", 1),
        ),
    ),
    "15082": District(
        "Landkreis Anhalt-Bitterfeld",
        "Anhalt-Bitterfeld",
        15,
        "hal",
        "aa_de",
        (
            _t("Köthen (Anhalt)", "06366", "3496", "", 4),
            _t("Bitterfeld-Wolfen", "06749 06766", "3493", "", 4),
            _t("Zerbst/Anhalt", "39261", "3923", "", 2),
            _t("Sandersdorf-Brehna", "06792", "3493", "", 2),
            _t("Aken (Elbe)", "06385", "34909", "", 1),
        ),
    ),
    "15083": District(
        "Landkreis Börde",
        "Börde",
        17,
        "md",
        "aa_md",
        (
            _t("Haldensleben", "39340", "3904", "", 4),
            _t("Oschersleben (Bode)", "39387", "3949", "", 3),
            _t("Wolmirstedt", "39326", "39201", "", 2),
            _t("Wanzleben-Börde", "39164", "39209", "", 1),
            _t("Barleben", "39179", "39203", "Gemeinde Barleben", 2),
        ),
    ),
    "15084": District(
        "Burgenlandkreis",
        "Burgenland",
        17,
        "hal",
        "aa_sgh",
        (
            _t("Naumburg (Saale)", "06618", "3445", "", 3),
            _t("Weißenfels", "06667", "3443", "", 4),
            _t("Zeitz", "06712", "3441", "", 3),
            _t("Hohenmölsen", "06679", "34441", "", 1),
        ),
    ),
    "15085": District(
        "Landkreis Harz",
        "Harz",
        21,
        "md",
        "aa_hbs",
        (
            _t("Halberstadt", "38820", "3941", "", 4),
            _t("Wernigerode", "38855", "3943", "", 4),
            _t("Quedlinburg", "06484", "3946", "Welterbestadt Quedlinburg", 3),
            _t("Blankenburg (Harz)", "38889", "3944", "", 2),
            _t("Thale", "06502", "3947", "", 1),
            _t("Ilsenburg (Harz)", "38871", "39452", "", 1),
            _t("Osterwieck", "38835", "39421", "", 1),
            _t("Ballenstedt", "06493", "39483", "", 1),
        ),
    ),
    "15086": District(
        "Landkreis Jerichower Land",
        "Jerichower Land",
        9,
        "md",
        "aa_md",
        (
            _t("Burg", "39288", "3921", "", 4),
            _t("Genthin", "39307", "3933", "", 2),
            _t("Gommern", "39245", "39200", "", 1),
            _t("Möser", "39291", "39222", "Gemeinde Möser", 1),
        ),
    ),
    "15087": District(
        "Landkreis Mansfeld-Südharz",
        "Mansfeld-Südharz",
        13,
        "hal",
        "aa_sgh",
        (
            _t("Sangerhausen", "06526", "3464", "", 4),
            _t("Lutherstadt Eisleben", "06295", "3475", "Lutherstadt Eisleben", 3),
            _t("Hettstedt", "06333", "3476", "", 2),
            _t("Allstedt", "06542", "34652", "", 1),
        ),
    ),
    "15088": District(
        "Saalekreis",
        "Saalekreis",
        18,
        "hal",
        "aa_hal",
        (
            _t("Merseburg", "06217", "3461", "", 4),
            _t("Leuna", "06237", "3461", "", 3),
            _t("Bad Dürrenberg", "06231", "3462", "", 1),
            _t("Querfurt", "06268", "34771", "", 1),
            _t("Landsberg", "06188", "34602", "", 1),
        ),
    ),
    "15089": District(
        "Salzlandkreis",
        "Salzland",
        19,
        "md",
        "aa_bbg",
        (
            _t("Bernburg (Saale)", "06406", "3471", "", 4),
            _t("Schönebeck (Elbe)", "39218", "3928", "", 4),
            _t("Staßfurt", "39418", "3925", "", 2),
            _t("Aschersleben", "06449", "3473", "", 3),
            _t("Calbe (Saale)", "39240", "39291", "", 1),
            _t("Könnern", "06420", "34691", "", 1),
        ),
    ),
    "15090": District(
        "Landkreis Stendal",
        "Stendal",
        11,
        "md",
        "aa_nord",
        (
            _t("Stendal", "39576", "3931", "Hansestadt Stendal", 5),
            _t("Tangermünde", "39590", "39322", "Hansestadt Tangermünde", 2),
            _t("Osterburg (Altmark)", "39606", "3937", "Hansestadt Osterburg (Altmark)", 1),
            _t("Havelberg", "39539", "39387", "Hansestadt Havelberg", 1),
            _t("Tangerhütte", "39517", "3935", "", 1),
        ),
    ),
    "15091": District(
        "Landkreis Wittenberg",
        "Wittenberg",
        12,
        "hal",
        "aa_de",
        (
            _t("Lutherstadt Wittenberg", "06886", "3491", "Lutherstadt Wittenberg", 5),
            _t("Jessen (Elster)", "06917", "3537", "", 2),
            _t("Gräfenhainichen", "06773", "34953", "", 1),
            _t("Coswig (Anhalt)", "06869", "34903", "", 1),
            _t("Kemberg", "06901", "34921", "", 1),
            _t("Oranienbaum-Wörlitz", "06785", "34904", "", 1),
        ),
    ),
}


#: The kreisfreie Städte: one town, which is the Kommune itself.
CITY_DISTRICTS = ("15001", "15002", "15003")


class Institution(NamedTuple):
    key: str
    name: str
    short_name: str
    kind: str
    ags: str
    town: str
    slug: str  # e-mail and web domain: <slug>.example
    sectors: tuple[str, ...] = ()


_PUBLIC: list[Institution] = [
    Institution(
        "ihk_md", "Industrie- und Handelskammer Magdeburg", "IHK Magdeburg", "IHK", "15003",
        "Magdeburg", "ihk-magdeburg",
    ),
    Institution(
        "ihk_hal", "Industrie- und Handelskammer Halle-Dessau", "IHK Halle-Dessau", "IHK",
        "15002", "Halle (Saale)", "ihk-halle-dessau",
    ),
    Institution(
        "hwk_md", "Handwerkskammer Magdeburg", "HWK Magdeburg", "HWK", "15003", "Magdeburg",
        "hwk-magdeburg", ("Handwerk",),
    ),
    Institution(
        "hwk_hal", "Handwerkskammer Halle (Saale)", "HWK Halle", "HWK", "15002",
        "Halle (Saale)", "hwk-halle", ("Handwerk",),
    ),
    Institution(
        "aa_md", "Agentur für Arbeit Magdeburg", "AA Magdeburg", "AA", "15003", "Magdeburg",
        "aa-magdeburg",
    ),
    Institution(
        "aa_hal", "Agentur für Arbeit Halle", "AA Halle", "AA", "15002", "Halle (Saale)",
        "aa-halle",
    ),
    Institution(
        "aa_de", "Agentur für Arbeit Dessau-Roßlau-Wittenberg", "AA Dessau-Roßlau-Wittenberg",
        "AA", "15001", "Dessau-Roßlau", "aa-dessau-rosslau-wittenberg",
    ),
    Institution(
        "aa_nord", "Agentur für Arbeit Sachsen-Anhalt Nord", "AA Sachsen-Anhalt Nord", "AA",
        "15090", "Stendal", "aa-sachsen-anhalt-nord",
    ),
    Institution(
        "aa_sgh", "Agentur für Arbeit Sangerhausen", "AA Sangerhausen", "AA", "15087",
        "Sangerhausen", "aa-sangerhausen",
    ),
    Institution(
        "aa_hbs", "Agentur für Arbeit Halberstadt", "AA Halberstadt", "AA", "15085",
        "Halberstadt", "aa-halberstadt",
    ),
    Institution(
        "aa_bbg", "Agentur für Arbeit Bernburg", "AA Bernburg", "AA", "15089",
        "Bernburg (Saale)", "aa-bernburg",
    ),
    Institution(
        "rd", "Regionaldirektion Sachsen-Anhalt-Thüringen der Bundesagentur für Arbeit",
        "RD SAT", "AA", "15002", "Halle (Saale)", "rd-sat",
    ),
    Institution(
        "dgb", "DGB Sachsen-Anhalt", "DGB", "GEW", "15003", "Magdeburg", "dgb-sachsen-anhalt"
    ),
    Institution(
        "igm", "IG Metall", "IGM", "GEW", "15003", "Magdeburg", "igmetall-sachsen-anhalt",
        ("Metall", "Automotive"),
    ),
    Institution("verdi", "ver.di", "ver.di", "GEW", "15003", "Magdeburg", "verdi-sachsen-anhalt"),
    Institution(
        "igbce", "IG BCE", "IG BCE", "GEW", "15002", "Halle (Saale)", "igbce-halle",
        ("Chemie", "Energie"),
    ),
    Institution(
        "ngg", "Gewerkschaft Nahrung-Genuss-Gaststätten", "NGG", "GEW", "15002",
        "Halle (Saale)", "ngg-sachsen-anhalt", ("Ernährung", "Tourismus"),
    ),
    Institution(
        "igbau", "IG Bauen-Agrar-Umwelt", "IG BAU", "GEW", "15003", "Magdeburg",
        "igbau-sachsen-anhalt", ("Bau",),
    ),
    Institution(
        "awsa", "Allgemeiner Arbeitgeberverband der Wirtschaft für Sachsen-Anhalt", "AWSA",
        "AGV", "15003", "Magdeburg", "awsa",
    ),
    Institution(
        "ms", "Ministerium für Arbeit, Soziales, Gleichstellung und Integration", "MS",
        "LAND", "15003", "Magdeburg", "ms-sachsen-anhalt",
    ),
    Institution(
        "mwl", "Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten", "MWL",
        "LAND", "15003", "Magdeburg", "mwl-sachsen-anhalt",
    ),
    Institution(
        "mb", "Ministerium für Bildung", "MB", "LAND", "15003", "Magdeburg", "mb-sachsen-anhalt"
    ),
    Institution(
        "mwu", "Ministerium für Wissenschaft, Energie, Klimaschutz und Umwelt", "MWU", "LAND",
        "15003", "Magdeburg", "mwu-sachsen-anhalt",
    ),
    Institution(
        "lvwa", "Landesverwaltungsamt Sachsen-Anhalt", "LVwA", "LAND", "15002",
        "Halle (Saale)", "lvwa-sachsen-anhalt",
    ),
    Institution(
        "ib", "Investitionsbank Sachsen-Anhalt", "IB", "LAND", "15003", "Magdeburg",
        "ib-sachsen-anhalt",
    ),
    Institution(
        "img", "Investitions- und Marketinggesellschaft Sachsen-Anhalt", "IMG", "WIFOE",
        "15003", "Magdeburg", "img-sachsen-anhalt",
    ),
    Institution(
        "fif", "Fachkraft im Fokus", "FiF", "INIT", "15003", "Magdeburg", "fachkraft-im-fokus"
    ),
    Institution(
        "zz", "Zukunftszentrum Digitale Arbeit Sachsen-Anhalt", "ZZ", "INIT", "15003",
        "Magdeburg", "zukunftszentrum-sachsen-anhalt", ("IT/Digitalisierung",),
    ),
    Institution(
        "wba_Nord", "Weiterbildungsagentur Nord", "WBA Nord", "INIT", "15003", "Magdeburg",
        "wba-nord",
    ),
    Institution(
        "wba_Süd", "Weiterbildungsagentur Süd", "WBA Süd", "INIT", "15002", "Halle (Saale)",
        "wba-sued",
    ),
    Institution(
        "wba_Ost", "Weiterbildungsagentur Ost", "WBA Ost", "INIT", "15001", "Dessau-Roßlau",
        "wba-ost",
    ),
    Institution(
        "wba_West", "Weiterbildungsagentur West", "WBA West", "INIT", "15085", "Halberstadt",
        "wba-west",
    ),
    Institution(
        "wasa", "Weiterbildungsverbund Automotive Sachsen-Anhalt", "WASA", "INIT", "15003",
        "Magdeburg", "wasa", ("Automotive", "Metall"),
    ),
    Institution(
        "rkw", "RKW Sachsen-Anhalt", "RKW", "SONST", "15003", "Magdeburg",
        "rkw-sachsen-anhalt",
    ),
    Institution(
        "hs_mdst", "Hochschule Magdeburg-Stendal", "h2", "HS", "15003", "Magdeburg",
        "h2-magdeburg-stendal",
    ),
    Institution(
        "hs_harz", "Hochschule Harz", "HS Harz", "HS", "15085", "Wernigerode", "hs-harz",
        ("Tourismus", "IT/Digitalisierung"),
    ),
    Institution(
        "hs_anhalt", "Hochschule Anhalt", "HS Anhalt", "HS", "15082", "Köthen (Anhalt)",
        "hs-anhalt",
    ),
    Institution(
        "hs_mer", "Hochschule Merseburg", "HoMe", "HS", "15088", "Merseburg",
        "hs-merseburg", ("Chemie",),
    ),
    Institution(
        "ovgu", "Otto-von-Guericke-Universität Magdeburg", "OVGU", "HS", "15003", "Magdeburg",
        "ovgu-magdeburg",
    ),
    Institution(
        "mlu", "Martin-Luther-Universität Halle-Wittenberg", "MLU", "HS", "15002",
        "Halle (Saale)", "mlu-halle",
    ),
    Institution(
        "iff", "Fraunhofer-Institut für Fabrikbetrieb und -automatisierung IFF", "Fraunhofer IFF",
        "HS", "15003", "Magdeburg", "iff-magdeburg", ("Metall", "IT/Digitalisierung"),
    ),
]  # fmt: skip


def _slug(name: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-", "(": "", ")": ""})
    return name.lower().translate(table).replace("/", "-")


# Per district: the Kommune itself, its Jobcenter and its Wirtschaftsförderung.
PUBLIC_INSTITUTIONS: tuple[Institution, ...] = tuple(
    _PUBLIC
    + [
        Institution(
            f"kom_{ags}", d.kommune, d.short, "KOM", ags, d.towns[0].name, _slug(d.kommune)
        )
        for ags, d in DISTRICTS.items()
    ]
    + [
        Institution(
            f"jc_{ags}", f"Jobcenter {d.short}", "", "JC", ags, d.towns[0].name,
            "jobcenter-" + _slug(d.short),
        )
        for ags, d in DISTRICTS.items()
    ]
    + [
        Institution(
            f"wifoe_{ags}", f"Wirtschaftsförderung {d.short}", "", "WIFOE", ags,
            d.towns[0].name, "wirtschaft-" + _slug(d.short),
        )
        for ags, d in DISTRICTS.items()
    ]
)  # fmt: skip

# Hand-picked relations between public institutions: (source key, target key, type).
# District-wide structure (Jobcenter, chambers, agencies) is derived by the generator.
PUBLIC_RELATIONS: tuple[tuple[str, str, str], ...] = (
    ("ms", "fif", "Förderung"),
    ("ms", "zz", "Förderung"),
    ("ms", "rd", "Kooperation"),
    ("rd", "aa_md", "Zuständigkeit"),
    ("rd", "aa_hal", "Zuständigkeit"),
    ("rd", "aa_de", "Zuständigkeit"),
    ("rd", "aa_nord", "Zuständigkeit"),
    ("rd", "aa_sgh", "Zuständigkeit"),
    ("rd", "aa_hbs", "Zuständigkeit"),
    ("rd", "aa_bbg", "Zuständigkeit"),
    ("fif", "zz", "Kooperation"),
    ("rkw", "wasa", "Trägerschaft"),
    ("mwl", "img", "Trägerschaft"),
    ("mwl", "ib", "Kooperation"),
    ("ib", "wasa", "Förderung"),
    ("ihk_md", "ihk_hal", "Kooperation"),
    ("hwk_md", "hwk_hal", "Kooperation"),
    ("ihk_md", "hwk_md", "Kooperation"),
    ("ihk_hal", "hwk_hal", "Kooperation"),
    ("dgb", "awsa", "Kooperation"),
    ("igm", "dgb", "Mitgliedschaft"),
    ("verdi", "dgb", "Mitgliedschaft"),
    ("igbce", "dgb", "Mitgliedschaft"),
    ("ngg", "dgb", "Mitgliedschaft"),
    ("igbau", "dgb", "Mitgliedschaft"),
    ("igm", "wasa", "Netzwerkpartnerschaft"),
    ("hs_mdst", "ovgu", "Kooperation"),
    ("iff", "ovgu", "Kooperation"),
    ("hs_mer", "mlu", "Kooperation"),
    ("mwu", "ovgu", "Förderung"),
    ("mwu", "mlu", "Förderung"),
    ("mb", "fif", "Netzwerkpartnerschaft"),
)

# Relations every district has; keys are formatted with the district's ags, agency,
# chamber ("md"/"hal") and WBA region (from table ``region``).
DISTRICT_RELATIONS: tuple[tuple[str, str, str], ...] = (
    ("{agency}", "jc_{ags}", "Trägerschaft"),
    ("kom_{ags}", "jc_{ags}", "Trägerschaft"),
    ("kom_{ags}", "wifoe_{ags}", "Trägerschaft"),
    ("{agency}", "kom_{ags}", "Zuständigkeit"),
    ("ihk_{chamber}", "kom_{ags}", "Zuständigkeit"),
    ("hwk_{chamber}", "kom_{ags}", "Zuständigkeit"),
    ("{agency}", "wba_{wba}", "Netzwerkpartnerschaft"),
    ("fif", "wba_{wba}", "Netzwerkpartnerschaft"),
    ("zz", "wba_{wba}", "Netzwerkpartnerschaft"),
    ("ms", "wba_{wba}", "Förderung"),
    ("wifoe_{ags}", "img", "Netzwerkpartnerschaft"),
)

# Relations by kind: (source kind, target kind, type, weight). The generator picks a
# source at random and prefers a target in the same district.
RELATION_RULES: tuple[tuple[str, str, str, int], ...] = (
    ("BT", "UN", "Qualifizierung", 16),
    ("HS", "UN", "Qualifizierung", 3),
    ("UN", "VERB", "Mitgliedschaft", 9),
    ("UN", "AGV", "Mitgliedschaft", 4),
    ("UN", "INIT", "Mitgliedschaft", 5),
    ("BT", "INIT", "Mitgliedschaft", 3),
    ("BT", "VERB", "Mitgliedschaft", 2),
    ("AA", "BT", "Förderung", 5),
    ("JC", "BT", "Förderung", 3),
    ("LAND", "BT", "Förderung", 2),
    ("LAND", "INIT", "Förderung", 2),
    ("KOM", "VEREIN", "Förderung", 2),
    ("AA", "UN", "Beratung", 7),
    ("JC", "UN", "Beratung", 3),
    ("WIFOE", "UN", "Beratung", 8),
    ("IHK", "UN", "Beratung", 4),
    ("HWK", "UN", "Beratung", 3),
    ("AGV", "UN", "Beratung", 2),
    ("GEW", "UN", "Beratung", 2),
    ("SONST", "UN", "Beratung", 2),
    ("INIT", "UN", "Beratung", 3),
    ("AA", "SCHULE", "Beratung", 1),
    ("IHK", "GEW", "Kooperation", 1),
    ("IHK", "KOM", "Kooperation", 2),
    ("HWK", "KOM", "Kooperation", 1),
    ("HWK", "GEW", "Kooperation", 1),
    ("HWK", "BT", "Kooperation", 1),
    ("GEW", "AGV", "Kooperation", 1),
    ("VERB", "IHK", "Kooperation", 1),
    ("UN", "UN", "Kooperation", 6),
    ("UN", "HS", "Kooperation", 3),
    ("HS", "BT", "Kooperation", 1),
    ("BT", "BT", "Kooperation", 2),
    ("INIT", "BT", "Kooperation", 3),
    ("SCHULE", "UN", "Kooperation", 3),
    ("VEREIN", "KOM", "Kooperation", 2),
    ("KOM", "KOM", "Kooperation", 1),
    ("INIT", "KOM", "Netzwerkpartnerschaft", 2),
    ("INIT", "GEW", "Netzwerkpartnerschaft", 1),
    ("INIT", "IHK", "Netzwerkpartnerschaft", 1),
    ("INIT", "WIFOE", "Netzwerkpartnerschaft", 2),
    ("VEREIN", "BT", "Netzwerkpartnerschaft", 1),
    ("SONST", "INIT", "Netzwerkpartnerschaft", 1),
    ("WIFOE", "HS", "Netzwerkpartnerschaft", 1),
)

# Kinds made up for both sizes: share of the generated organisations.
GENERATED_KINDS: tuple[tuple[str, float], ...] = (
    ("BT", 0.11),
    ("VERB", 0.04),
    ("VEREIN", 0.04),
    ("SCHULE", 0.03),
    ("INIT", 0.03),
    ("SONST", 0.03),
    ("KOM", 0.02),
    ("HS", 0.015),
    ("GEW", 0.01),
    ("AGV", 0.01),
    ("WIFOE", 0.005),
)  # the rest are companies ("UN")

# Per kind: influence (lo, hi), interest (lo, hi), weight for the number of people.
KIND_PROFILE: dict[str, tuple[int, int, int, int, int]] = {
    "IHK": (4, 5, 3, 5, 8),
    "HWK": (4, 5, 3, 5, 7),
    "GEW": (3, 4, 2, 4, 3),
    "AGV": (3, 4, 2, 4, 3),
    "VERB": (2, 4, 2, 4, 2),
    "KOM": (3, 5, 2, 4, 4),
    "WIFOE": (3, 4, 3, 5, 3),
    "BT": (2, 4, 3, 5, 4),
    "HS": (3, 4, 2, 4, 5),
    "AA": (4, 5, 4, 5, 8),
    "JC": (3, 4, 3, 5, 4),
    "UN": (1, 3, 1, 4, 2),
    "LAND": (5, 5, 2, 4, 4),
    "INIT": (2, 4, 4, 5, 3),
    "VEREIN": (1, 3, 2, 4, 2),
    "SCHULE": (1, 3, 2, 4, 2),
    "SONST": (1, 3, 1, 3, 2),
}

SECTORS = (
    "Metall",
    "Automotive",
    "Chemie",
    "Energie",
    "Erneuerbare Energien",
    "Logistik",
    "Gesundheit und Pflege",
    "IT/Digitalisierung",
    "Handwerk",
    "Tourismus",
    "Ernährung",
    "Bau",
    "Landwirtschaft",
    "Handel",
)

TOPICS = (
    "Fachkräftesicherung",
    "Strukturwandel",
    "Ausbildung",
    "Weiterbildungsberatung",
    "Förderprogramme",
    "Berufsorientierung",
    "Integration",
    "Gleichstellung",
    "Verbundarbeit",
    "Betriebliches Gesundheitsmanagement",
)

# Companies: (name template, sectors, is Handwerk). {S}/{S2} surnames, {F} landscape,
# {T} town, {L} legal form.
COMPANY_TEMPLATES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("{S} Metallbau {L}", ("Metall", "Handwerk"), True),
    ("Maschinenbau {S} {L}", ("Metall",), False),
    ("{F} Präzisionstechnik {L}", ("Metall", "Automotive"), False),
    ("{S} & {S2} Fahrzeugteile {L}", ("Automotive", "Metall"), False),
    ("{F}-Guss {L}", ("Metall", "Automotive"), False),
    ("{F} Kunststofftechnik {L}", ("Chemie",), False),
    ("{S} Chemiehandel {L}", ("Chemie", "Handel"), False),
    ("{F} Solartechnik {L}", ("Erneuerbare Energien", "Energie"), False),
    ("Windpark-Service {S} {L}", ("Erneuerbare Energien",), False),
    ("Stadtwerke-Service {F} {L}", ("Energie",), False),
    ("Spedition {S} {L}", ("Logistik",), False),
    ("{F} Logistik {L}", ("Logistik",), False),
    ("Pflegedienst {S}", ("Gesundheit und Pflege",), False),
    ("Seniorenresidenz {F} {L}", ("Gesundheit und Pflege",), False),
    ("Physiotherapie {S} & {S2}", ("Gesundheit und Pflege",), False),
    ("{S} Software {L}", ("IT/Digitalisierung",), False),
    ("{F} IT-Systemhaus {L}", ("IT/Digitalisierung",), False),
    ("Elektro {S} {L}", ("Handwerk", "Energie"), True),
    ("Sanitär- und Heizungstechnik {S}", ("Handwerk", "Energie"), True),
    ("Tischlerei {S}", ("Handwerk",), True),
    ("Dachdeckerei {S} {L}", ("Bau", "Handwerk"), True),
    ("Malerbetrieb {S}", ("Handwerk", "Bau"), True),
    ("Bäckerei {S}", ("Ernährung", "Handwerk"), True),
    ("Fleischerei {S}", ("Ernährung", "Handwerk"), True),
    ("{F} Feinkost {L}", ("Ernährung",), False),
    ("{F}-Mühle {S} {L}", ("Ernährung",), False),
    ("Hotel {S}", ("Tourismus",), False),
    ("{F} Reisen {L}", ("Tourismus",), False),
    ("Autohaus {S} {L}", ("Automotive", "Handel"), True),
    ("Kfz-Werkstatt {S}", ("Automotive", "Handwerk"), True),
    ("{S} Bau {L}", ("Bau",), False),
    ("Hoch- und Tiefbau {S} {L}", ("Bau",), False),
    ("Agrargenossenschaft {F} eG", ("Landwirtschaft",), False),
    ("Landtechnik {S} {L}", ("Landwirtschaft", "Metall"), False),
    ("Baustoffhandel {S} {L}", ("Handel", "Bau"), False),
)

LEGAL_FORMS = ("GmbH", "GmbH", "GmbH", "GmbH & Co. KG", "KG", "e.K.", "UG (haftungsbeschränkt)")
# Kleinst-, Klein-, Mittel-, Großunternehmen
SIZE_WEIGHTS = (34, 36, 22, 8)

# Other generated kinds: (name template, sectors; empty means one or two at random).
# {X} sector, {D} district, {W} WBA region, {U} union, {P} topic.
KIND_TEMPLATES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "BT": (
        ("Bildungswerk {S} GmbH", ()),
        ("{F}-Akademie für Weiterbildung gGmbH", ()),
        ("Bildungszentrum {S} & {S2} GmbH", ()),
        ("Institut für berufliche Bildung {S}", ()),
        ("{F} Bildung und Beruf gGmbH", ()),
        ("Technikakademie {S} GmbH", ("Metall", "Automotive")),
        ("Pflegeschule {S} gGmbH", ("Gesundheit und Pflege",)),
        ("Logistikschulung {S}", ("Logistik",)),
        ("Sprachschule {S}", ()),
        ("IT-Schulungen {S} GmbH", ("IT/Digitalisierung",)),
        ("Schweißkursstätte {F} GmbH", ("Metall", "Handwerk")),
    ),
    "VERB": (
        ("Tischler-Innung {D}", ("Handwerk",)),
        ("Elektro-Innung {D}", ("Handwerk", "Energie")),
        ("Bäcker-Innung {D}", ("Ernährung", "Handwerk")),
        ("Kfz-Innung {D}", ("Automotive", "Handwerk")),
        ("Bau-Innung {D}", ("Bau", "Handwerk")),
        ("Unternehmerverband {D} e.V.", ()),
        ("Fachverband {X} {W} e.V.", ()),
        ("Regionalverband {X} {F} e.V.", ()),
        ("Innung Sanitär-Heizung-Klima {D}", ("Handwerk", "Energie")),
        ("Pflegeverband {F} e.V.", ("Gesundheit und Pflege",)),
    ),
    "VEREIN": (
        ("Förderverein {P} {T} e.V.", ()),
        ("{T} aktiv e.V.", ()),
        ("Frauen in {X} {D} e.V.", ()),
        ("Netzwerk Integration {T} e.V.", ()),
        ("Jugendwerkstatt {T} e.V.", ()),
        ("Seniorenakademie {F} e.V.", ()),
    ),
    "SCHULE": (
        ("Berufsbildende Schulen {T}", ()),
        ("Sekundarschule {T}", ()),
        ("Gemeinschaftsschule {T}", ()),
        ("Gymnasium {T}", ()),
        ("Berufsfachschule Pflege {T}", ("Gesundheit und Pflege",)),
    ),
    "INIT": (
        ("Weiterbildungsverbund {X} {F}", ()),
        ("Netzwerk {X} {D}", ()),
        ("Fachkräftenetzwerk {T}", ()),
        ("Unternehmerstammtisch {T}", ()),
        ("Initiative {F} digital", ("IT/Digitalisierung",)),
        ("Ausbildungsverbund {T}", ()),
    ),
    "SONST": (
        ("Technologie- und Gründerzentrum {T}", ()),
        ("Unternehmensberatung {S} & Partner", ()),
        ("Steuerberatungsgesellschaft {S} mbH", ()),
        ("Stiftung {S}", ()),
        ("Personaldienstleistungen {S} GmbH", ()),
        ("Coworking {F}", ("IT/Digitalisierung",)),
    ),
    "HS": (
        ("Institut für {X} {F} e.V.", ()),
        ("Transferzentrum {X} {T}", ()),
        ("Forschungsgesellschaft {F} mbH", ()),
    ),
    "GEW": (("DGB-Kreisverband {D}", ()), ("{U} Büro {T}", ())),
    "AGV": (("Arbeitgeberverband {X} {F} e.V.", ()), ("Arbeitgebervereinigung {D} e.V.", ())),
    "WIFOE": (
        ("Standortmarketing {F} GmbH", ()),
        ("Wirtschaftsförderungsgesellschaft {T} mbH", ()),
    ),
}

UNIONS = ("IG Metall", "ver.di", "IG BCE", "NGG", "IG BAU", "GEW", "EVG")

# Landscapes and rivers for invented names.
LANDSCAPES = (
    "Elbe", "Saale", "Harz", "Börde", "Altmark", "Anhalt", "Unstrut", "Mulde", "Bode",
    "Ohre", "Havel", "Fläming", "Elster", "Südharz", "Kyffhäuser", "Drömling",
)  # fmt: skip

STREETS = (
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenstraße",
    "Am Markt", "Breiter Weg", "Friedrichstraße", "Goethestraße", "Schillerstraße",
    "Lessingstraße", "Mühlenweg", "Industriestraße", "Gewerbering", "Am Gewerbepark",
    "Straße der Einheit", "Leipziger Straße", "Magdeburger Straße", "Große Straße",
    "Kirchstraße", "Feldstraße", "Ringstraße", "Südring", "Rosenweg", "Birkenweg",
    "Thomas-Müntzer-Straße", "August-Bebel-Straße", "Friedensstraße", "Grüner Weg",
    "Köthener Straße", "Weißenfelser Straße", "Böttcherstraße", "Schloßstraße",
    "Am Mühlgraben", "Wallstraße", "Dessauer Straße", "Hallesche Straße",
    "Ernst-Reuter-Allee", "Otto-Hahn-Straße", "Zur Börde", "Kastanienallee",
    "Ahornweg", "Technologiepark", "Innovationsring", "Brückstraße", "Töpferstraße",
    "Fährstraße", "Uferstraße", "Parkstraße", "Wiesenweg",
)  # fmt: skip

FEMALE_NAMES = (
    "Anja", "Antje", "Anna", "Änne", "Birgit", "Charlotte", "Claudia", "Dörte", "Doreen",
    "Emma", "Franziska", "Grit", "Gudrun", "Hannah", "Heike", "Ines", "Jana", "Josephine",
    "Julia", "Käthe", "Katrin", "Kerstin", "Laura", "Lea", "Lena", "Lisa", "Mandy",
    "Manuela", "Marie", "Mia", "Nadine", "Peggy", "Ramona", "Sandra", "Sarah", "Silke",
    "Sophie", "Stefanie", "Susanne", "Ute", "Yvonne", "Jördis", "Maren", "Christiane",
    "Cornelia", "Simone", "Martina", "Sabine", "Petra", "Annegret", "Luise", "Frauke",
)  # fmt: skip

MALE_NAMES = (
    "Andreas", "André", "Bernd", "Björn", "Christian", "Detlef", "Dirk", "Enrico",
    "Felix", "Florian", "Frank", "Günter", "Hans-Jürgen", "Hendrik", "Holger", "Jan",
    "Jens", "Jörg", "Jörn", "Jonas", "Jürgen", "Kai", "Karl-Heinz", "Lukas", "Lutz",
    "Maik", "Martin", "Matthias", "Maximilian", "Michael", "Mirko", "Olaf", "Paul",
    "Ralf", "René", "Ronny", "Sebastian", "Sören", "Stefan", "Steffen", "Sven", "Thomas",
    "Tim", "Tobias", "Toni", "Torsten", "Uwe", "Wolfgang", "Ulf", "Falk", "Götz",
)  # fmt: skip

LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
    "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
    "Hartmann", "Lange", "Werner", "Krause", "Meier", "Lehmann", "Schulze", "Köhler",
    "Herrmann", "König", "Walter", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
    "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller",
    "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann",
    "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus",
    "Martin", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel",
    "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Dietrich", "Ziegler", "Kuhn",
    "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold",
    "Wolff", "Pfeiffer", "Heinze", "Gärtner", "Löffler", "Kästner", "Rößler",
    "Fröhlich", "Böttcher", "Tröger", "Dörfler", "Köster", "Preuß", "Strauß",
    "Weißenborn", "Nöther", "Thiele", "Ebert", "Sachse", "Schütze", "Hübner", "Geißler",
    "Lößner", "Nitzsche", "Wünsche", "Jahn", "Pietsch", "Teichmann", "Große", "Kretzschmar",
    "Mühlberg", "Dähne", "Hänsel", "Stöckel", "Göbel", "Schirmer", "Rüdiger", "Thäle",
    "Bräuer", "Förster", "Grützmacher", "Haßelbach", "Mößner", "Schünemann", "Zöllner",
)  # fmt: skip

# Well-known people whose names must never be generated (politicians, athletes ...).
FAMOUS_NAMES = frozenset(
    {
        ("Thomas", "Müller"), ("Michael", "Schumacher"), ("Ralf", "Schumacher"),
        ("Olaf", "Scholz"), ("Martin", "Schulz"), ("Sven", "Schulze"),
        ("Michael", "Richter"), ("Jens", "Lehmann"), ("Michael", "Ballack"),
        ("Andreas", "Köpke"), ("Jürgen", "Klopp"), ("Uwe", "Seeler"),
        ("Thomas", "Gottschalk"), ("Stefan", "Raab"), ("Sebastian", "Vettel"),
        ("Christian", "Lindner"), ("Felix", "Neureuther"), ("Franziska", "Giffey"),
        ("Jan", "Ullrich"), ("Heike", "Drechsler"), ("Matthias", "Sammer"),
        ("Sabine", "Lisicki"), ("Andreas", "Brehme"), ("Thomas", "Schaaf"),
        ("Christian", "Wulff"), ("Katrin", "Göring-Eckardt"), ("Frank", "Busemann"),
        ("Martin", "Kind"), ("Stefan", "Kuntz"), ("Sabine", "Christiansen"),
    }
)  # fmt: skip

ACADEMIC_TITLES = ("Dr.", "Prof. Dr.")

# Functions per kind: (female form, male form). Neutral ones repeat the same text.
FUNCTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "IHK": (
        ("Referentin Weiterbildung", "Referent Weiterbildung"),
        ("Bereichsleiterin Bildung", "Bereichsleiter Bildung"),
        ("Fachkräfteberaterin", "Fachkräfteberater"),
        ("Ausbildungsberaterin", "Ausbildungsberater"),
        ("Hauptgeschäftsführerin", "Hauptgeschäftsführer"),
    ),
    "HWK": (
        ("Betriebsberaterin", "Betriebsberater"),
        ("Ausbildungsberaterin", "Ausbildungsberater"),
        ("Leiterin Bildungszentrum", "Leiter Bildungszentrum"),
        ("Referentin Weiterbildung", "Referent Weiterbildung"),
    ),
    "GEW": (
        ("Gewerkschaftssekretärin", "Gewerkschaftssekretär"),
        ("Bildungsreferentin", "Bildungsreferent"),
        ("Regionsgeschäftsführerin", "Regionsgeschäftsführer"),
    ),
    "AGV": (
        ("Geschäftsführerin", "Geschäftsführer"),
        ("Referentin Arbeitsmarkt und Bildung", "Referent Arbeitsmarkt und Bildung"),
        ("Justiziarin", "Justiziar"),
    ),
    "VERB": (
        ("Obermeisterin", "Obermeister"),
        ("Geschäftsführerin", "Geschäftsführer"),
        ("Referentin Berufsbildung", "Referent Berufsbildung"),
    ),
    "KOM": (
        ("Bürgermeisterin", "Bürgermeister"),
        ("Amtsleiterin Wirtschaft", "Amtsleiter Wirtschaft"),
        ("Sachgebietsleitung Bildung", "Sachgebietsleitung Bildung"),
        ("Beigeordnete", "Beigeordneter"),
        ("Koordinatorin Bildungsmanagement", "Koordinator Bildungsmanagement"),
    ),
    "WIFOE": (
        ("Projektmanagerin Fachkräftesicherung", "Projektmanager Fachkräftesicherung"),
        ("Leiterin Wirtschaftsförderung", "Leiter Wirtschaftsförderung"),
        ("Unternehmensbetreuerin", "Unternehmensbetreuer"),
    ),
    "BT": (
        ("Bildungsberaterin", "Bildungsberater"),
        ("Geschäftsführerin", "Geschäftsführer"),
        ("Standortleiterin", "Standortleiter"),
        ("Projektkoordinatorin", "Projektkoordinator"),
        ("Dozentin", "Dozent"),
    ),
    "HS": (
        ("Referentin Wissenschaftliche Weiterbildung", "Referent Wissenschaftliche Weiterbildung"),
        ("Leiterin Transferstelle", "Leiter Transferstelle"),
        ("Professorin", "Professor"),
        ("Wissenschaftliche Mitarbeiterin", "Wissenschaftlicher Mitarbeiter"),
    ),
    "AA": (
        ("Teamleitung Arbeitgeber-Service", "Teamleitung Arbeitgeber-Service"),
        ("Beraterin Weiterbildung", "Berater Weiterbildung"),
        ("Vorsitzende der Geschäftsführung", "Vorsitzender der Geschäftsführung"),
        ("Berufsberaterin im Erwerbsleben", "Berufsberater im Erwerbsleben"),
        ("Arbeitsvermittlerin", "Arbeitsvermittler"),
    ),
    "JC": (
        ("Geschäftsführerin", "Geschäftsführer"),
        ("Teamleitung Markt und Integration", "Teamleitung Markt und Integration"),
        ("Integrationsfachkraft", "Integrationsfachkraft"),
    ),
    "UN": (
        ("Geschäftsführerin", "Geschäftsführer"),
        ("Personalleitung", "Personalleitung"),
        ("Ausbildungsleiterin", "Ausbildungsleiter"),
        ("Personalreferentin", "Personalreferent"),
        ("Inhaberin", "Inhaber"),
        ("Betriebsleiterin", "Betriebsleiter"),
        ("Betriebsratsvorsitzende", "Betriebsratsvorsitzender"),
    ),
    "LAND": (
        ("Referatsleiterin", "Referatsleiter"),
        ("Referentin", "Referent"),
        ("Abteilungsleiterin", "Abteilungsleiter"),
    ),
    "INIT": (
        ("Projektleiterin", "Projektleiter"),
        ("Netzwerkmanagerin", "Netzwerkmanager"),
        ("Verbundkoordinatorin", "Verbundkoordinator"),
        ("Regionalkoordinatorin", "Regionalkoordinator"),
    ),
    "VEREIN": (
        ("Vorsitzende", "Vorsitzender"),
        ("Projektmitarbeiterin", "Projektmitarbeiter"),
        ("Geschäftsführerin", "Geschäftsführer"),
    ),
    "SCHULE": (
        ("Schulleiterin", "Schulleiter"),
        ("Koordinatorin Berufsorientierung", "Koordinator Berufsorientierung"),
        ("Lehrerin", "Lehrer"),
    ),
    "SONST": (("Ansprechpartnerin", "Ansprechpartner"), ("Projektleiterin", "Projektleiter")),
}

DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "IHK": ("Aus- und Weiterbildung", "Fachkräftesicherung"),
    "HWK": ("Berufsbildung", "Betriebsberatung"),
    "KOM": ("Amt für Wirtschaft", "Bildungsbüro", "Stabsstelle Strukturwandel"),
    "AA": ("Arbeitgeber-Service", "Berufsberatung im Erwerbsleben"),
    "JC": ("Markt und Integration",),
    "UN": ("Personal", "Ausbildung", "Geschäftsleitung"),
    "LAND": ("Referat Arbeitsmarkt", "Referat Berufliche Bildung"),
    "HS": ("Weiterbildungszentrum", "Transfer"),
}

# A person's second, non-primary role: (kind of organisation, female, male).
SECOND_ROLES: tuple[tuple[str, str, str], ...] = (
    ("IHK", "Mitglied der Vollversammlung", "Mitglied der Vollversammlung"),
    ("IHK", "Mitglied im Berufsbildungsausschuss", "Mitglied im Berufsbildungsausschuss"),
    ("HWK", "Mitglied im Prüfungsausschuss", "Mitglied im Prüfungsausschuss"),
    ("INIT", "Mitglied im Beirat", "Mitglied im Beirat"),
    ("VEREIN", "Vorstandsmitglied", "Vorstandsmitglied"),
    ("VERB", "Vorstandsmitglied", "Vorstandsmitglied"),
    ("HS", "Lehrbeauftragte", "Lehrbeauftragter"),
)

ORG_NOTES = (
    "Kontakt über die Netzwerkveranstaltung im Frühjahr.",
    "Interesse an einem Weiterbildungsverbund signalisiert.",
    "Bitte vor Terminen telefonisch ankündigen.",
    "Nimmt regelmäßig an den Informationsveranstaltungen teil.",
    "Hat Bedarf an Qualifizierung für die Digitalisierung der Produktion.",
    "Ansprechpartner wechseln häufig, Kontakte jährlich prüfen.",
    "Möchte Einladungen nur per Post.",
    "Strukturwandel: Schließung eines Standorts angekündigt.",
)

RELATION_NOTES = (
    "Rahmenvereinbarung unterzeichnet.",
    "Gemeinsame Veranstaltung geplant.",
    "Kooperationsvertrag läuft aus, Verlängerung offen.",
    "Vermittelt über die Weiterbildungsagentur.",
    "Mündliche Absprache, nicht schriftlich fixiert.",
)

PERSON_NOTES = (
    "Bevorzugt Termine am Vormittag.",
    "Kennt die Weiterbildungsagentur aus der Gründungsveranstaltung.",
    "Referierte beim Weiterbildungskongress.",
    "Ist in Elternzeit bis Jahresende.",
)

# 015x numbers have 8 digits after the prefix and are grouped "+49 151x xxxxxxx".
MOBILE_PREFIXES = ("151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176")
