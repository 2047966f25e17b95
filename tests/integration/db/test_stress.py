"""Two processes edit the same organisation and person 500 times each, interleaved,
through the services, on SQLite and PostgreSQL: every edit reads the record, counts its
notes up by one and saves with the version it read; a ConflictError (or a BusyError)
means reload and try again. Afterwards each counter equals the number of successful
edits: 0 lost updates. The conflicts and retries are counted and printed (about 2-5 s
per backend on a 2-core machine, so the test is not marked slow).
"""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import replace

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.errors import BusyError, ConflictError
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData

EDITS = 500  # per process, alternating organisation and person
PROCESSES = 2


def _count_up(service, record_id: int, tally: dict[str, int]) -> None:
    """One edit: read, count up, save with the version read; on a conflict (or a busy
    database) reload and try again, counting each in ``tally``."""
    while True:
        detail = service.get(record_id)
        data = replace(detail.data, notes=str(int(detail.data.notes or "0") + 1))
        try:
            service.update(record_id, data, detail.version)
            tally["edits"] += 1
            return
        except ConflictError:
            tally["conflicts"] += 1
        except BusyError:
            tally["busy"] += 1


def worker(url: str, org_id: int, person_id: int, start, queue) -> None:
    """One process: EDITS edits; puts its tally (edits, conflicts, busy, seconds)."""
    engine = create_db_engine(url)
    services = Services.create(UnitOfWorkFactory(engine))
    start.wait()
    began = time.perf_counter()
    tally = {"edits": 0, "conflicts": 0, "busy": 0}
    for i in range(EDITS):
        if i % 2 == 0:
            _count_up(services.organisations, org_id, tally)
        else:
            _count_up(services.people, person_id, tally)
    queue.put({**tally, "seconds": time.perf_counter() - began})
    engine.dispose()


def test_two_processes_lose_no_update(services, db_url, backend):
    kind = services.reference.organisation_types()[0].id
    org = services.organisations.create(
        OrganisationData(name="Kammer Zähler", type_id=kind, notes="0")
    )
    person = services.people.create(PersonData(last_name="Zähler", notes="0"))
    ctx = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited connections
    start, queue = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=worker, args=(db_url, org.id, person.id, start, queue))
        for _ in range(PROCESSES)
    ]
    for p in procs:
        p.start()
    time.sleep(0.5)  # let both import and connect, then start them together
    began = time.perf_counter()
    start.set()
    results = [queue.get(timeout=300) for _ in procs]
    elapsed = time.perf_counter() - began
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    done, conflicts, busy = (sum(r[k] for r in results) for k in ("edits", "conflicts", "busy"))
    org_count = int(services.organisations.get(org.id).data.notes)
    person_count = int(services.people.get(person.id).data.notes)
    print(
        f"\n{backend}: {done} edits in {elapsed:.1f} s, {conflicts} conflicts and {busy} "
        "busy answers retried; "
        f"organisation {org_count}, person {person_count}"
    )
    assert done == PROCESSES * EDITS
    assert org_count == person_count == PROCESSES * EDITS // 2  # 0 lost updates
    assert services.organisations.get(org.id).version == 1 + org_count  # one step per edit
