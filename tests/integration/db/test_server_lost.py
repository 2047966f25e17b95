"""A team database server that does not answer, and one that ends the session.

At the start (a wrong port: nothing listens there) the app and the CLI name the
server and what to check. Mid-session the server ends the connection (another
connection calls ``pg_terminate_backend``, as an administrator or a restart would):
the service raises ``ConnectionLostError`` saying that nothing was saved, and the next
attempt works on a fresh connection.
"""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.pool import NullPool

from wba_desktop import app, cli
from wba_desktop.cli import common
from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.engine import ServerUnreachableError
from wba_desktop.db.migrate import current_revision, ensure_schema
from wba_desktop.errors import ConnectionLostError
from wba_desktop.models import Organisation, Tag
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_server_that_does_not_answer_is_named(closed_port):
    url = f"postgresql+psycopg://wba:geheim@127.0.0.1:{closed_port}/wba"
    eng = create_db_engine(url)
    try:
        for call in (current_revision, ensure_schema):
            with pytest.raises(ServerUnreachableError) as info:
                call(eng)
            message = str(info.value)
            assert f"„127.0.0.1:{closed_port}“ ist nicht erreichbar" in message
            assert "Verbindung abgelehnt" in message and "Stimmen Servername und Port?" in message
            assert "geheim" not in message and "Error" not in message
            assert (info.value.host, info.value.port) == ("127.0.0.1", closed_port)
    finally:
        eng.dispose()
    with pytest.raises(ServerUnreachableError):
        app.open_database(url)


def test_the_cli_says_so_with_the_retry_exit_code(closed_port, capsys):
    url = f"postgresql+psycopg://wba@127.0.0.1:{closed_port}/wba"
    assert cli.main(["--db", url, "check"]) == common.BUSY
    err = capsys.readouterr().err
    assert err.startswith("Fehler: Der Datenbankserver") and "Traceback" not in err


@pytest.fixture
def postgres_only(backend):
    if backend != "postgresql":
        pytest.skip("PostgreSQL: die Verbindung zum Server bricht ab")


def _terminate(admin, pid: int) -> None:
    with admin.connect() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()


def test_a_session_ended_by_the_server_saves_nothing(postgres_only, engine, uow_factory):
    admin = create_engine(engine.url, poolclass=NullPool)
    lost = pytest.raises(ConnectionLostError, match="abgebrochen. Nichts wurde gespeichert")
    try:
        with lost, uow_factory() as uow:
            pid = uow.session.execute(text("SELECT pg_backend_pid()")).scalar()
            _terminate(admin, pid)
            uow.session.add(Tag(name="Verloren"))
            uow.commit()
    finally:
        admin.dispose()
    with uow_factory() as uow:  # a fresh connection: nothing was saved, and it works
        assert uow.session.scalars(select(Tag.name)).all() == []


def test_a_service_call_that_loses_its_server_can_be_repeated(postgres_only, db_url):
    eng = create_db_engine(db_url)
    admin = create_engine(eng.url, poolclass=NullPool)
    killed: list[int] = []

    @event.listens_for(eng, "before_cursor_execute")
    def _end_session_on_first_insert(conn, cursor, statement, *_args):
        if statement.lstrip().upper().startswith("INSERT") and not killed:
            killed.append(cursor.connection.info.backend_pid)
            _terminate(admin, killed[0])

    services = Services.create(UnitOfWorkFactory(eng))
    kind = services.reference.organisation_types()[0].id
    data = OrganisationData(name="Kammer Wiederholung", type_id=kind)
    try:
        with pytest.raises(ConnectionLostError) as info:
            services.organisations.create(data)
        assert "bitte noch einmal" in str(info.value).lower()
        assert killed
        created = services.organisations.create(data)  # the retry goes through
        with UnitOfWorkFactory(eng)() as uow:
            names = uow.session.scalars(select(Organisation.name)).all()
        assert names.count("Kammer Wiederholung") == 1 and created.id
    finally:
        eng.dispose()
        admin.dispose()
