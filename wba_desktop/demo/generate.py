"""Demo data: a plausible partner network of Sachsen-Anhalt, to try the app and to measure it.

Public institutions (chambers, agencies, ministries, universities, the districts) carry
their public names; addresses, phone numbers and e-mail addresses are invented, and so
are all companies, training providers and people (see ``directory_catalogue``).

This module drives the run: it checks the reference data, builds and writes the
directory (``directory``), then adds Verteiler, Verbünde, events and follow-ups
(``followups``), all in ONE
transaction: cancelling rolls everything back.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from wba_desktop import models as m
from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.demo import directory_catalogue as cat
from wba_desktop.demo.directory import DirectoryBuilder, write_directory
from wba_desktop.demo.events import add_demo_events
from wba_desktop.demo.followups import add_demo_followups
from wba_desktop.demo.inquiries import add_demo_inquiries
from wba_desktop.demo.lists import add_demo_verteiler
from wba_desktop.demo.offers import add_demo_offers
from wba_desktop.demo.privacy import add_demo_privacy
from wba_desktop.demo.verbuende import add_demo_verbuende
from wba_desktop.errors import ServiceError
from wba_desktop.services.maintenance import is_empty

log = logging.getLogger(__name__)

#: size -> (organisations, people, relations)
SIZES = {"small": (300, 800, 600), "large": (20_000, 100_000, 60_000)}
Progress = Callable[[int, int, str], None]


class DemoError(ServiceError):
    """Demo data cannot be written (database not empty, cancelled, reference data missing)."""


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    people: int
    relations: int
    affiliations: int
    seconds: float
    verbuende: int = 0
    events: int = 0


class _Ticker:
    """Counts work, reports it now and then and checks for cancellation."""

    def __init__(self, total: int, progress: Progress | None, cancel: Callable[[], bool] | None):
        self.total, self.done, self._pending, self._what = total, 0, 0, ""
        self._progress, self._cancel = progress, cancel
        self._every = max(1, total // 200)

    def __call__(self, n: int, what: str) -> None:
        self.done = min(self.total, self.done + n)
        self._pending += n
        if self._pending >= self._every or what != self._what:
            self._pending, self._what = 0, what
            if self._cancel is not None and self._cancel():
                raise DemoError("Abgebrochen: Es wurden keine Demodaten gespeichert.")
            if self._progress is not None:
                self._progress(self.done, self.total, what)

    def finish(self, what: str) -> None:
        """Report 100 % (after the commit: no cancelling any more)."""
        self.done = self.total
        if self._progress is not None:
            self._progress(self.done, self.total, what)


def _reference(session) -> dict:
    regions = {r.ags: (r.id, r.wba_region) for r in session.scalars(select(m.Region))}
    types = {t.name: t.id for t in session.scalars(select(m.OrganisationType))}
    rtypes = {t.name: t.id for t in session.scalars(select(m.RelationType))}
    missing = [f"Landkreis {a}" for a in cat.DISTRICTS if a not in regions]
    missing += [f"Organisationsart „{n}“" for n in cat.KINDS.values() if n not in types]
    missing += [f"Beziehungsart „{n}“" for n in cat.RELATION_TYPES if n not in rtypes]
    if missing:
        raise DemoError(f"Für die Demodaten fehlen Stammdaten: {', '.join(missing)}.")
    return {
        "regions": regions,
        "types": {code: types[name] for code, name in cat.KINDS.items()},
        "rtypes": rtypes,
        "directed": {t.id for t in session.scalars(select(m.RelationType)) if t.directed},
        "org_base": session.scalar(select(func.max(m.Organisation.id))) or 0,
        "person_base": session.scalar(select(func.max(m.Person.id))) or 0,
    }


def generate_demo(
    uow_factory: UnitOfWorkFactory,
    size: str = "small",
    seed: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Write demo data; raise DemoError if the database has data (unless ``force``).

    ``progress(done, total, text)`` is called now and then; when ``cancel()`` returns
    True the transaction is rolled back and DemoError raised.
    """
    if size not in SIZES:
        raise DemoError(f"Unbekannte Größe „{size}“: erlaubt sind „small“ und „large“.")
    if not is_empty(uow_factory):
        if not force:
            raise DemoError(
                "Die Datenbank enthält schon Daten (Organisationen oder Personen). Demodaten "
                "werden nur in eine leere Datenbank geschrieben, außer mit --force."
            )
        from wba_desktop.db.backup import BEFORE_DEMO, safety_backup

        safety_backup(uow_factory.engine, BEFORE_DEMO)  # SQLite: one copy, pruned
    started = time.perf_counter()
    n_orgs, n_people, n_rels = SIZES[size]
    tick = _Ticker(2 * (n_orgs + n_people + n_rels), progress, cancel)
    tick(0, "Demodaten werden vorbereitet")
    with uow_factory() as uow:
        audit.pause(uow.session)  # invented records: nobody's change to log
        b = DirectoryBuilder(random.Random(seed), _reference(uow.session), tick)
        b.build_organisations(n_orgs)
        b.build_people(n_people)
        b.build_relations(n_rels)
        write_directory(uow, b, tick, SIZES[size])
        add_demo_offers(uow, b, random.Random(seed), date.today())
        add_demo_verteiler(uow.session, [p["id"] for p in b.people], random.Random(seed))
        tick(0, "Einwilligungen werden angelegt")
        add_demo_privacy(
            uow.session, [p["id"] for p in b.people], random.Random(seed), date.today()
        )
        tick(0, "Weiterbildungsverbünde werden angelegt")
        verbuende = add_demo_verbuende(
            uow.session, random.Random(seed), date.today(), large=size == "large"
        )
        tick(0, "Veranstaltungen werden angelegt")
        events = add_demo_events(uow.session, random.Random(seed), date.today())
        add_demo_followups(uow.session, random.Random(seed), date.today(), uow_factory.user_name)
        tick(0, "Anfragen werden angelegt")
        add_demo_inquiries(
            uow.session, random.Random(seed), date.today(), n_orgs / SIZES["small"][0],
            uow_factory.user_name,
        )  # fmt: skip
        tick(0, "Demodaten werden gespeichert")
        uow.commit()
    tick.finish("Fertig")
    seconds = time.perf_counter() - started
    log.info("demo data (%s, seed %s) written in %.1f s", size, seed, seconds)
    counts = (len(b.orgs), len(b.people), len(b.relations), len(b.affiliations))
    return DemoSummary(*counts, seconds, verbuende, events)
