"""Presence and change notices across programs: two unit-of-work factories on one
database play two running programs (a real second process in one test)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select, update

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.errors import ValidationError
from wba_desktop.models.base import utcnow
from wba_desktop.models.presence import AppSession, ChangeNotice
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.presence import COMMAND_LINE, DESKTOP


@pytest.fixture
def other(db_url):
    """A second program on the same database."""
    eng = create_db_engine(db_url)
    yield Services.create(UnitOfWorkFactory(eng))
    eng.dispose()


def notices(uow_factory) -> list:
    """(id, topics, session_id, user_name) of every change notice."""
    cols = (ChangeNotice.id, ChangeNotice.topics, ChangeNotice.session_id, ChangeNotice.user_name)
    with uow_factory() as uow:
        return list(uow.session.execute(select(*cols).order_by(ChangeNotice.id)).all())


def kind_of(services) -> int:
    return services.reference.organisation_types()[0].id


def test_a_commit_writes_one_notice_and_a_rollback_none(services, uow_factory):
    services.presence.register(user_name="Anna Beispiel")
    before = len(notices(uow_factory))
    services.organisations.create(OrganisationData(name="Kammer Probe", type_id=kind_of(services)))
    with pytest.raises(ValidationError):
        services.organisations.create(OrganisationData(name="", type_id=kind_of(services)))
    with uow_factory() as uow:  # a unit of work that changes and leaves without commit
        uow.session.execute(
            insert(ChangeNotice.__table__).values(topics="people", changed_at=utcnow())
        )
    rows = notices(uow_factory)
    assert len(rows) == before + 1
    (notice,) = rows[before:]
    assert notice.topics == "organisations"
    assert notice.session_id == services.presence.session_id
    services.organisations.list_ids()  # reads write nothing
    assert len(notices(uow_factory)) == before + 1


def test_the_notice_is_no_change_of_its_own(services, uow_factory):
    seen = []
    services.subscribe(seen.append)
    services.people.create(PersonData(last_name="Quast", first_name="Ines"))
    (changes,) = seen
    assert changes.topics == {"people"}
    # heartbeats and registrations change no topic: no notice, nothing for the views
    services.presence.register()
    services.presence.heartbeat()
    assert all(n.topics for n in notices(uow_factory))


def test_others_changes_are_seen_and_own_are_not(services, other):
    mine, theirs = services.presence, other.presence
    mine.register(user_name="Anna Beispiel")
    theirs.register(user_name="Bernd Muster")
    last, nothing = mine.changes_since(None)
    assert not nothing
    services.organisations.create(OrganisationData(name="Eigene GmbH", type_id=kind_of(services)))
    last, changes = mine.changes_since(last)
    assert not changes  # our own commit reached our views already
    other.people.create(PersonData(last_name="Fremd", first_name="Frieda"))
    other.organisations.create(OrganisationData(name="Fremde AG", type_id=kind_of(other)))
    last, changes = mine.changes_since(last)
    assert changes.topics == {"people", "organisations"}
    assert mine.changes_since(last)[1].topics == frozenset()  # reported once
    # and the other program sees ours
    _, seen_there = theirs.changes_since(0)
    assert "organisations" in seen_there.topics


def test_a_late_commit_into_a_skipped_id_is_still_seen(services, uow_factory):
    """PostgreSQL hands out ids when inserting: a transaction with a lower id can commit
    after one with a higher id was read. The skipped id is asked for again."""
    presence = services.presence
    presence.register()
    last = presence.latest_notice()
    with uow_factory() as uow:
        uow.session.execute(
            insert(ChangeNotice.__table__).values(
                id=last + 2, topics="events", changed_at=utcnow(), session_id=None
            )
        )
        uow.commit()
    last, changes = presence.changes_since(last)
    assert changes.topics == {"events"} and last == last
    with uow_factory() as uow:  # the slow transaction commits now
        uow.session.execute(
            insert(ChangeNotice.__table__).values(
                id=last - 1, topics="verteiler", changed_at=utcnow(), session_id=None
            )
        )
        uow.commit()
    _, changes = presence.changes_since(last)
    assert changes.topics == {"verteiler"}


def test_others_lists_live_sessions_and_prunes_gone_ones(services, other, uow_factory):
    mine = services.presence.register(user_name="Anna Beispiel")
    theirs = other.presence.register(program=COMMAND_LINE, user_name="Bernd Muster")
    (seen,) = services.presence.others()
    assert (seen.id, seen.user_name, seen.program) == (theirs, "Bernd Muster", COMMAND_LINE)
    assert seen.describe().startswith("Kommandozeile von Bernd Muster auf ")
    assert [s.id for s in other.presence.others()] == [mine]
    # the other one crashed six minutes ago: gone, and pruned at our next heartbeat
    with uow_factory() as uow:
        uow.session.execute(
            update(AppSession)
            .where(AppSession.id == theirs)
            .values(seen_at=utcnow() - timedelta(minutes=6)),
            execution_options={"synchronize_session": False},
        )
        uow.commit()
    assert services.presence.others() == []
    services.presence.heartbeat()
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AppSession)) == 1
    other.presence.unregister()
    assert other.presence.session_id is None
    assert [s.program for s in other.presence.others()] == [DESKTOP]


def test_old_notices_are_pruned_at_start_but_the_newest_stays(services, uow_factory):
    old = utcnow() - timedelta(days=2)
    with uow_factory() as uow:
        for _ in range(3):
            uow.session.execute(
                insert(ChangeNotice.__table__).values(topics="people", changed_at=old)
            )
        uow.commit()
    newest = services.presence.latest_notice()
    services.presence.register()
    assert [n.id for n in notices(uow_factory)] == [newest]


def test_a_change_by_another_process_is_seen(services, db_url):
    services.presence.register()
    last, _ = services.presence.changes_since(None)
    script = textwrap.dedent(
        f"""
        from wba_desktop.db import UnitOfWorkFactory, create_db_engine
        from wba_desktop.services.bundle import Services
        from wba_desktop.services.directory.organisations import OrganisationData
        services = Services.create(UnitOfWorkFactory(create_db_engine({db_url!r})))
        services.presence.register(program="Kommandozeile", user_name="Prozess Zwei")
        kind = services.reference.organisation_types()[0].id
        services.organisations.create(OrganisationData(name="Aus Prozess Zwei", type_id=kind))
        """
    )
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=60)
    _, changes = services.presence.changes_since(last)
    assert changes.topics == {"organisations"}
    assert [s.user_name for s in services.presence.others()] == ["Prozess Zwei"]


def test_a_command_line_run_is_named_while_it_writes(services, other, uow_factory):
    from wba_desktop.services.presence import registered

    with registered(other.uow) as presence:
        (seen,) = services.presence.others()
        assert seen.program == COMMAND_LINE and seen.id == presence.session_id
        kind = kind_of(other)
        other.organisations.create(OrganisationData(name="Import Probe", type_id=kind))
    assert services.presence.others() == []
    assert notices(uow_factory)[-1][2] == seen.id  # its notice names the run
