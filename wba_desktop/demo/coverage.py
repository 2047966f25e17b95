"""The demo's coverage („Zuständigkeit“): which districts the public institutions serve.

The chambers serve their chamber districts (IHK and HWK Magdeburg the north and west:
Magdeburg, Altmarkkreis Salzwedel, Stendal, Börde, Jerichower Land, Harz,
Salzlandkreis; IHK Halle-Dessau and HWK Halle the south and east), each Agentur für
Arbeit the districts of its Agenturbezirk (approximated in the catalogue's
``District.agency``), each Jobcenter its own district, each Weiterbildungsagentur the
districts of its WBA region, and the state-wide institutions (ministries, state
offices, state associations) all 14 districts.
"""

from __future__ import annotations

from wba_desktop.demo import directory_catalogue as cat

#: public institutions (catalogue keys) responsible for the whole state
STATE_WIDE = ("ms", "mwl", "mb", "mwu", "lvwa", "ib", "dgb", "awsa", "img", "fif", "zz", "rkw")
#: chamber key in ``District.chamber`` -> the chambers of that district
CHAMBERS = {"md": ("ihk_md", "hwk_md"), "hal": ("ihk_hal", "hwk_hal")}


def coverage_rows(keys: dict[str, int], orgs: list[dict], regions: dict) -> list[dict]:
    """Rows of ``organisation_coverage`` for the institutions built: ``keys`` maps a
    catalogue key to its index in ``orgs``; ``regions`` maps an AGS to (id, WBA
    region)."""
    covers: dict[str, list[str]] = {}
    for ags, district in cat.DISTRICTS.items():
        for key in CHAMBERS[district.chamber]:
            covers.setdefault(key, []).append(ags)
        covers.setdefault(district.agency, []).append(ags)
        covers.setdefault(f"jc_{ags}", []).append(ags)
        covers.setdefault(f"wba_{regions[ags][1]}", []).append(ags)
        for key in STATE_WIDE:
            covers.setdefault(key, []).append(ags)
    rows = []
    for key, districts in covers.items():
        idx = keys.get(key)
        if idx is None:
            continue
        org_id = orgs[idx]["id"]
        rows.extend(
            {"organisation_id": org_id, "region_id": regions[ags][0]}
            for ags in dict.fromkeys(districts)
        )
    return rows
