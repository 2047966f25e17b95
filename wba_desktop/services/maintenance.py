"""Database health: schema version, integrity check, record counts, whether the
database is still empty (the first start offers demo data then), and what the shell
shows as a banner: read-only, on a network drive."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from wba_desktop import paths
from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.engine import is_read_only
from wba_desktop.db.health import backup_hint, newest_backup, quick_check, sqlite_path
from wba_desktop.db.location import network_warning
from wba_desktop.db.migrate import current_revision
from wba_desktop.i18n import _
from wba_desktop.models import (
    Affiliation,
    Organisation,
    OrganisationType,
    Person,
    Region,
    Relation,
    RelationType,
    Tag,
)

COUNTED = (
    ("Landkreise", Region),
    ("Organisationsarten", OrganisationType),
    ("Beziehungsarten", RelationType),
    ("Organisationen", Organisation),
    ("Personen", Person),
    ("Zuordnungen", Affiliation),
    ("Beziehungen", Relation),
    ("Schlagwörter", Tag),
)


@dataclass
class CheckReport:
    location: str
    revision: str | None
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    #: where the newest backup is (German sentence), when problems were found
    backup_hint: str = ""


def check_database(uow_factory: UnitOfWorkFactory) -> CheckReport:
    engine = uow_factory.engine
    report = CheckReport(
        location=engine.url.render_as_string(hide_password=True),
        revision=current_revision(engine),
        ok=True,
    )
    with uow_factory() as uow:
        s = uow.session
        if uow.dialect == "sqlite":
            damage = quick_check(engine, full=True)  # integrity_check, summarised in German
            if damage:
                report.ok = False
                report.problems.extend(damage)
            fk = s.execute(text("PRAGMA foreign_key_check")).all()
            if fk:
                report.ok = False
                report.problems.append(
                    _("{fk_count} Verweise auf nicht vorhandene Datensätze").format(
                        fk_count=len(fk)
                    )
                )
        for label, model in COUNTED:
            report.counts[label] = s.scalar(select(func.count()).select_from(model)) or 0
    path = sqlite_path(engine)
    if not report.ok and path is not None:
        report.backup_hint = backup_hint(newest_backup(paths.backup_dir(), path.stem))
    return report


def is_empty(uow_factory: UnitOfWorkFactory) -> bool:
    """True when the database holds no organisations and no people yet."""
    with uow_factory() as uow:
        s = uow.session
        return not s.scalar(select(Organisation.id).limit(1)) and not s.scalar(
            select(Person.id).limit(1)
        )


class MaintenanceService:
    """The database as a whole, for the shell and the CLI: health check and emptiness."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def check(self) -> CheckReport:
        return check_database(self._uow)

    def is_empty(self) -> bool:
        """True when the database holds no organisations and no people yet."""
        return is_empty(self._uow)

    def is_read_only(self) -> bool:
        """True when the database was opened read-only: reading works, every save
        raises ``ReadOnlyError`` (the shell shows a banner)."""
        return is_read_only(self._uow.engine)

    def location_warning(self) -> str | None:
        """A German warning when the SQLite file lies on a network drive, else None."""
        return network_warning(sqlite_path(self._uow.engine))
