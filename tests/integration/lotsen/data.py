"""A small fixed set of inquiries and referrals, counted by hand in the tests.

Period 01.01.–31.03.2026; one inquiry (and its referral) lies before it.

==  ==========  =============  ==========  =============  ======================  ======
#   received    channel        district    status         outcome (closed)        topics
==  ==========  =============  ==========  =============  ======================  ======
I1  05.01.2026  Telefon        Magdeburg   abgeschlossen  Weiterbildung begonnen  A, B
                                                          (04.02.2026)
I2  20.01.2026  E-Mail         Harz        vermittelt                             C
I3  03.02.2026  Telefon        Halle       abgebrochen    (10.02.2026)            A
I4  15.02.2026  Partner        Magdeburg   abgeschlossen  nicht erreichbar        C
                                                          (01.03.2026)
I5  10.03.2026  Veranstaltung  Harz        neu                                    B
I0  31.12.2025  Telefon        Magdeburg   neu            (outside the period)    A
==  ==========  =============  ==========  =============  ======================  ======

Referrals: I1 → P1 on 07.01. (angenommen, Weiterbildung begonnen 01.02.), I1 → P2 on
10.01. (abgelehnt), I2 → P1 on 30.01. (offen), I4 → P2 on 16.02. (angenommen, nicht
erreichbar 28.02.), I0 → P1 on 02.01.2026 (not counted: its inquiry is outside).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wba_desktop.models import Organisation, OrganisationType, Region
from wba_desktop.models.lotsen import Inquiry, OfferTopic, Referral

D = date


@dataclass(frozen=True)
class Fixture:
    partners: dict[str, int]
    agency: int
    regions: dict[str, int]
    inquiries: dict[str, int]
    topics: dict[str, str]


def build(uow_factory) -> Fixture:
    with uow_factory() as uow:
        s = uow.session
        regions = {r.name: r.id for r in s.scalars(select(Region))}
        types = {t.name: t.id for t in s.scalars(select(OrganisationType))}
        topics = list(s.scalars(select(OfferTopic).order_by(OfferTopic.sort_order)))[:3]
        t = dict(zip("ABC", topics, strict=True))

        def org(name, kind, district):
            o = Organisation(name=name, type_id=types[kind], region_id=regions[district])
            s.add(o)
            return o

        p1 = org("Bildungswerk Elbaue", "Weiterbildungsträger", "Magdeburg")
        p2 = org("IHK Fantasia", "Kammer (IHK)", "Harz")
        agency = org("Weiterbildungsagentur Probe", "Initiative / Netzwerk", "Magdeburg")
        s.flush()
        rows = {
            "I1": (D(2026, 1, 5), "Telefon", "Magdeburg", "abgeschlossen",
                   "Weiterbildung begonnen", D(2026, 2, 4), "AB"),
            "I2": (D(2026, 1, 20), "E-Mail", "Harz", "vermittelt", "", None, "C"),
            "I3": (D(2026, 2, 3), "Telefon", "Halle (Saale)", "abgebrochen", "",
                   D(2026, 2, 10), "A"),
            "I4": (D(2026, 2, 15), "Partner", "Magdeburg", "abgeschlossen", "nicht erreichbar",
                   D(2026, 3, 1), "C"),
            "I5": (D(2026, 3, 10), "Veranstaltung", "Harz", "neu", "", None, "B"),
            "I0": (D(2025, 12, 31), "Telefon", "Magdeburg", "neu", "", None, "A"),
        }  # fmt: skip
        inquiries = {}
        for key, (received, channel, district, status, outcome, closed, tops) in rows.items():
            i = Inquiry(
                received_on=received, channel=channel, inquirer_kind="Unternehmen",
                region_id=regions[district], status=status, outcome=outcome, closed_on=closed,
                urgency="normal", description="",
            )  # fmt: skip
            i.topics = [t[c] for c in tops]
            s.add(i)
            inquiries[key] = i
        s.flush()
        for key, partner, on, answer, outcome, outcome_on in (
            ("I1", p1, D(2026, 1, 7), "angenommen", "Weiterbildung begonnen", D(2026, 2, 1)),
            ("I1", p2, D(2026, 1, 10), "abgelehnt", "", None),
            ("I2", p1, D(2026, 1, 30), "offen", "", None),
            ("I4", p2, D(2026, 2, 16), "angenommen", "nicht erreichbar", D(2026, 2, 28)),
            ("I0", p1, D(2026, 1, 2), "angenommen", "Beratung erfolgt", D(2026, 1, 9)),
        ):
            s.add(
                Referral(
                    inquiry_id=inquiries[key].id, organisation_id=partner.id, referred_on=on,
                    answer=answer, answered_on=on if answer != "offen" else None,
                    outcome=outcome, outcome_on=outcome_on,
                )
            )  # fmt: skip
        uow.commit()
        return Fixture(
            {"P1": p1.id, "P2": p2.id},
            agency.id,
            regions,
            {k: v.id for k, v in inquiries.items()},
            {k: v.name for k, v in t.items()},
        )
