"""The team database's roles on a real PostgreSQL server: ``team-setup``'s statements
are accepted by the server; with the right to create roles, two logins (one per role)
see the database refuse what their role may not do (as a German
``PermissionDeniedError``) and the app's ``Permissions`` say the same. On SQLite every
permission holds and ``team-setup`` explains that roles exist only on the team
database."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, insert, make_url, select, text
from sqlalchemy.pool import NullPool

from wba_desktop import cli
from wba_desktop.db import UnitOfWorkFactory, roles
from wba_desktop.errors import PermissionDeniedError
from wba_desktop.models import AuditEntry, Organisation
from wba_desktop.services.permissions import Permissions, read_permissions


def test_sqlite_allows_everything_and_team_setup_says_why_not(backend, services, capsys, tmp_path):
    if backend != "sqlite":
        pytest.skip("SQLite only")
    assert services.permissions == Permissions()
    assert cli.main(["team-setup", "--db", str(tmp_path / "lokal.sqlite3")]) == 1
    assert "nur auf der Teamdatenbank" in capsys.readouterr().out
    assert not (tmp_path / "lokal.sqlite3").exists()


@pytest.fixture
def pg(backend):
    if backend != "postgresql":
        pytest.skip("Rollen gibt es nur auf PostgreSQL")


def test_the_owner_may_do_everything_and_a_refusal_reads_german(pg, uow_factory):
    perms = read_permissions(uow_factory)
    assert (perms.can_erase, perms.can_restore, perms.can_read_audit) == (True, True, True)
    assert perms.login
    denied = pytest.raises(PermissionDeniedError, match="fehlt Ihrer Anmeldung")
    with denied, uow_factory() as uow:
        uow.session.execute(text("SELECT * FROM pg_authid"))  # superusers only


def test_the_grant_statements_are_valid_on_the_server(pg, engine):
    """Run every statement with the current login standing in for both roles (the
    owner may grant to itself), then roll back: the server parses and checks them all."""
    with engine.connect() as conn:
        with conn.begin():
            me = conn.execute(text("SELECT current_user")).scalar_one()
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
            database = conn.execute(text("SELECT current_database()")).scalar_one()
        with conn.begin() as tx:
            for statement in roles.grant_statements(
                schema, database, koordination=me, datenschutz=me
            ):
                conn.execute(text(statement))
            tx.rollback()


def _may_create_roles(engine) -> bool:
    with engine.connect() as conn:
        return bool(
            conn.execute(
                text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
        )


@pytest.fixture
def logins(pg, engine, db_url):
    """Two fresh logins, one per team role, dropped afterwards: {role: url}."""
    if not _may_create_roles(engine):
        pytest.skip(
            "Die Test-Anmeldung darf keine Rollen anlegen (PostgreSQL-Recht CREATEROLE "
            "fehlt); die Rollen-Tests brauchen es: ALTER ROLE … CREATEROLE"
        )
    tag = uuid.uuid4().hex[:8]
    made = {key: (f"wba_test_{key[:4]}_{tag}", uuid.uuid4().hex) for key in roles.ROLES}
    with engine.begin() as conn:
        for name, password in made.values():
            conn.execute(text(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'"))
    try:
        for key, (name, _pw) in made.items():
            with engine.begin() as conn:
                roles.setup_roles(conn, name, key)
        base = make_url(db_url)
        yield {
            key: base.set(username=name, password=pw).render_as_string(hide_password=False)
            for key, (name, pw) in made.items()
        }
    finally:
        with engine.begin() as conn:
            for name, _pw in made.values():
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))


def _factory(url: str) -> UnitOfWorkFactory:
    return UnitOfWorkFactory(create_engine(url, poolclass=NullPool))


def test_coordination_cannot_read_the_audit_log_data_protection_can(logins):
    koordination = _factory(logins["koordination"])
    datenschutz = _factory(logins["datenschutz"])
    row = {"changed_at": text("now()"), "user_name": "Probe", "db_user": "", "table_name": "x",
           "action": "update", "record_label": "", "changes": "{}"}  # fmt: skip
    with koordination() as uow:  # the app writes audit rows under either role
        uow.session.execute(insert(AuditEntry).values(**row))
        uow.session.execute(select(Organisation.id).limit(1))
        uow.commit()
    with pytest.raises(PermissionDeniedError, match="Berechtigung"), koordination() as uow:
        uow.session.execute(select(AuditEntry.changes))
    with pytest.raises(PermissionDeniedError), koordination() as uow:
        uow.session.execute(text("DELETE FROM audit_log"))
    with pytest.raises(PermissionDeniedError), koordination() as uow:
        uow.session.execute(text("INSERT INTO erasure_ledger (person_id, erased_at) "
                                 "VALUES (1, now())"))  # fmt: skip
    with datenschutz() as uow:
        assert "Probe" in uow.session.scalars(select(AuditEntry.user_name)).all()
        uow.session.execute(text("DELETE FROM audit_log"))
        uow.commit()

    k, d = read_permissions(koordination), read_permissions(datenschutz)
    assert (k.can_erase, k.can_restore, k.can_read_audit) == (False, False, False)
    assert k.team_roles == (roles.KOORDINATION,)
    assert (d.can_erase, d.can_restore, d.can_read_audit) == (True, True, True)
    assert d.team_roles == (roles.DATENSCHUTZ,)
    for f in (koordination, datenschutz):
        f.engine.dispose()


def test_team_setup_without_the_right_to_create_roles_explains_it(pg, engine, db_url, capsys):
    if _may_create_roles(engine):
        pytest.skip("die Test-Anmeldung darf Rollen anlegen")
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname IN (:a, :b)"),
            {"a": roles.KOORDINATION, "b": roles.DATENSCHUTZ},
        ).scalar()
    if exists == 2:
        pytest.skip("die Rollen gibt es auf diesem Server schon")
    assert cli.main(["team-setup", "--db", db_url]) == 2
    assert "CREATEROLE" in capsys.readouterr().err
