"""What the current login may do on the team database, so the window can hide what
the database would refuse anyway (roles: ``db/roles.py``, ``wba-desktop team-setup``).

On PostgreSQL the answer comes from the server's own privilege checks
(``has_table_privilege``, ``has_sequence_privilege``, ``pg_has_role``) for the
connected login, so it holds for the table owner, a member of a team role, or a login
with privileges granted by hand alike. On SQLite everything is allowed: whoever can
open the file may do everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.roles import DATENSCHUTZ, KOORDINATION


@dataclass(frozen=True)
class Permissions:
    """``can_erase``: anonymise people (writes the erasure ledger and rewrites the audit
    log); ``can_restore``: restore a backup or load a dump (deletes everything, resets
    the sequences); ``can_read_audit``: read and export the audit log (the "Änderungen"
    views) – and access reports, which contain it; ``can_undo_import``: „Import
    rückgängig“ (deletes people, organisations and consent events). ``login``: the
    database login (empty on SQLite); ``team_roles``: the team roles it belongs to."""

    can_erase: bool = True
    can_restore: bool = True
    can_read_audit: bool = True
    can_undo_import: bool = True
    login: str = ""
    team_roles: tuple[str, ...] = ()

    @property
    def everything(self) -> bool:
        return self.can_erase and self.can_restore and self.can_read_audit


_QUERY = text(
    """
    SELECT current_user AS login,
           has_table_privilege('audit_log', 'SELECT') AS read_audit,
           has_table_privilege('audit_log', 'UPDATE')
             AND has_table_privilege('erasure_ledger', 'INSERT') AS erase,
           has_table_privilege('audit_log', 'DELETE')
             AND has_sequence_privilege(pg_get_serial_sequence('audit_log', 'id'), 'UPDATE')
             AS restore,
           has_table_privilege('import_run', 'UPDATE')
             AND has_table_privilege('consent_event', 'DELETE')
             AND has_table_privilege('person', 'DELETE')
             AND has_table_privilege('organisation', 'DELETE') AS undo_import,
           ARRAY(SELECT rolname FROM pg_roles
                 WHERE rolname IN (:koordination, :datenschutz)
                   AND pg_has_role(current_user, oid, 'MEMBER')
                 ORDER BY rolname) AS roles
    """
)


def read_permissions(uow_factory: UnitOfWorkFactory) -> Permissions:
    """The current login's permissions (all True on SQLite)."""
    with uow_factory() as uow:
        if uow.dialect != "postgresql":
            return Permissions()
        r = uow.session.execute(
            _QUERY, {"koordination": KOORDINATION, "datenschutz": DATENSCHUTZ}
        ).one()
        return Permissions(
            can_erase=bool(r.erase),
            can_restore=bool(r.restore),
            can_read_audit=bool(r.read_audit),
            can_undo_import=bool(r.undo_import),
            login=r.login,
            team_roles=tuple(r.roles or ()),
        )
