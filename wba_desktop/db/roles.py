"""The two roles of the team database (PostgreSQL) and their privileges.

``wba_koordination`` may do everything the coordinators do day to day; it cannot erase
(no write on ``erasure_ledger``), cannot restore (no DELETE on ``audit_log``, no
``setval`` on the sequences) and cannot read the audit log: on ``audit_log`` it holds
INSERT (the app writes an audit row with every change) and SELECT on the ``id`` column
alone, which an INSERT … RETURNING id needs and which shows nothing of the log.
``wba_datenschutz`` may do all of that and everything else as well: erasure (which
rewrites old values in the audit log), restore (DELETE everywhere, sequences reset),
access reports and the audit log.

Both are NOLOGIN group roles; a person's login becomes a member of one
(``wba-desktop team-setup --grant-user NAME --role koordination``; one team role per
login, so this takes the other one away). The list of tables
comes from ``Base.metadata``: every table not named in ``RULES`` is a data table with
full read and write for both roles, so a table added later is covered by running
``team-setup`` again after the upgrade (it is idempotent: it revokes, then grants
again, in one transaction). The schema itself (DDL, migrations) stays with the owner.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from wba_desktop.db.search_index import TABLES as SEARCH_TABLES
from wba_desktop.errors import ServiceError
from wba_desktop.i18n import N_, _
from wba_desktop.models import Base

KOORDINATION = "wba_koordination"
DATENSCHUTZ = "wba_datenschutz"
#: the names ``--role`` accepts, and the group role each stands for
ROLES = {"koordination": KOORDINATION, "datenschutz": DATENSCHUTZ}

READ_WRITE = ("SELECT", "INSERT", "UPDATE", "DELETE")
READ = ("SELECT",)


@dataclass(frozen=True)
class TableRule:
    """The table privileges of each role; ``koordination_columns``: column privileges
    on top (``"SELECT (id)"``)."""

    koordination: tuple[str, ...]
    datenschutz: tuple[str, ...]
    koordination_columns: tuple[str, ...] = ()


#: the data tables: both roles read and write
DATA = TableRule(READ_WRITE, READ_WRITE)

#: tables with a rule of their own (every other table of the metadata is ``DATA``)
RULES: dict[str, TableRule] = {
    # the change log: coordination writes it with every change but may not read it
    "audit_log": TableRule(("INSERT",), READ_WRITE, ("SELECT (id)",)),
    # erasure: ids of erased people, re-applied after a restore; only data protection
    # writes it
    "erasure_ledger": TableRule(READ, READ_WRITE),
    # exports and e-mails are logged as disclosures by whoever sends them
    "disclosure": DATA,
    "disclosure_person": DATA,
    # the schema's revision: read at every start, written by the owner's migrations
    "alembic_version": TableRule(READ, READ),
}


def table_names() -> list[str]:
    """Every table of the app (from the models), the search index and Alembic's
    revision table."""
    return sorted({*Base.metadata.tables, *SEARCH_TABLES.values(), "alembic_version"})


def rule_for(table: str) -> TableRule:
    return RULES.get(table, DATA)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def grant_statements(
    schema: str,
    database: str,
    tables: list[str] | None = None,
    *,
    koordination: str = KOORDINATION,
    datenschutz: str = DATENSCHUTZ,
    maintain: bool = False,
) -> list[str]:
    """The REVOKE/GRANT statements that give both roles exactly their privileges on
    ``tables`` (default: :func:`table_names`) in ``schema``. ``maintain`` (PostgreSQL
    17 and later): data protection may VACUUM after an erasure."""
    s = _ident(schema)
    roles = f"{_ident(koordination)}, {_ident(datenschutz)}"
    out = [
        f"GRANT CONNECT ON DATABASE {_ident(database)} TO {roles}",
        f"GRANT USAGE ON SCHEMA {s} TO {roles}",
    ]
    for name in tables or table_names():
        t = f"{s}.{_ident(name)}"
        rule = rule_for(name)
        out.append(f"REVOKE ALL ON TABLE {t} FROM {roles}")
        if rule.koordination:
            out.append(
                f"GRANT {', '.join(rule.koordination)} ON TABLE {t} TO {_ident(koordination)}"
            )
        for column_privilege in rule.koordination_columns:
            out.append(f"GRANT {column_privilege} ON TABLE {t} TO {_ident(koordination)}")
        privileges = rule.datenschutz + (("MAINTAIN",) if maintain else ())
        out.append(f"GRANT {', '.join(privileges)} ON TABLE {t} TO {_ident(datenschutz)}")
    # ids: nextval needs USAGE; restore's setval needs UPDATE (data protection only)
    out += [
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {roles}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {_ident(koordination)}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {s} TO {_ident(datenschutz)}",
    ]
    return out


@dataclass(frozen=True)
class SetupReport:
    created: list[str]
    tables: int
    granted_user: str = ""
    granted_role: str = ""


def setup_roles(
    conn: Connection, grant_user: str | None = None, role: str | None = None
) -> SetupReport:
    """Create the two group roles where missing, give them their privileges and,
    optionally, make the login ``grant_user`` a member of ``role`` (a key of ``ROLES``).
    Runs on ``conn`` (PostgreSQL), which the caller commits."""
    if conn.dialect.name != "postgresql":
        raise ServiceError(_(NOT_ON_SQLITE))
    if grant_user is not None and role not in ROLES:
        raise ServiceError(
            _("Unbekannte Rolle „{role}“; möglich sind: {roles}.").format(
                role=role, roles=", ".join(sorted(ROLES))
            )
        )
    existing = set(
        conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:a, :b)"),
            {"a": KOORDINATION, "b": DATENSCHUTZ},
        ).scalars()
    )
    missing = [r for r in (KOORDINATION, DATENSCHUTZ) if r not in existing]
    if missing and not _may_create_roles(conn):
        raise ServiceError(
            _(
                "Die Rollen fehlen noch, und Ihre Anmeldung darf keine Rollen anlegen "
                "(PostgreSQL-Recht CREATEROLE). Bitte die Person, die den Datenbankserver "
                "verwaltet, „wba-desktop team-setup“ einmal mit einer solchen Anmeldung "
                "ausführen lassen oder die Rollen {missing} anlegen lassen "
                "(CREATE ROLE … NOLOGIN)."
            ).format(missing=", ".join(missing))
        )
    for name in missing:
        conn.execute(text(f"CREATE ROLE {_ident(name)} NOLOGIN"))
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
    present = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
        ).scalars()
    )
    tables = [t for t in table_names() if t in present]
    for statement in grant_statements(schema, database, tables, maintain=version >= 170000):
        conn.execute(text(statement))
    if grant_user is not None:
        known = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": grant_user}
        ).scalar()
        if not known:
            raise ServiceError(
                _(
                    "Die Anmeldung „{grant_user}“ gibt es auf dem Datenbankserver nicht. Bitte "
                    "zuerst anlegen lassen (CREATE ROLE … LOGIN PASSWORD …); nichts wurde geändert."
                ).format(grant_user=grant_user)
            )
        # one team role per login: switching roles takes the other one away
        for other in (r for key, r in ROLES.items() if key != role):
            if _member(conn, grant_user, other):
                conn.execute(text(f"REVOKE {_ident(other)} FROM {_ident(grant_user)}"))
        conn.execute(text(f"GRANT {_ident(ROLES[role])} TO {_ident(grant_user)}"))
    return SetupReport(missing, len(tables), grant_user or "", ROLES.get(role or "", ""))


def _member(conn: Connection, user: str, role: str) -> bool:
    return bool(
        conn.execute(
            text(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = :r AND u.rolname = :u"
            ),
            {"r": role, "u": user},
        ).scalar()
    )


def _may_create_roles(conn: Connection) -> bool:
    return bool(
        conn.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    )


NOT_ON_SQLITE = N_(
    "Rollen gibt es nur auf der Teamdatenbank (PostgreSQL). Eine lokale Datenbankdatei "
    "schützt der Ordner, in dem sie liegt: wer die Datei öffnen kann, darf alles."
)
