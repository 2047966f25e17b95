"""Database health: schema version, integrity check, record counts, and whether the
database is still empty (the first start offers demo data then)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.db.migrate import current_revision
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
            result = [r[0] for r in s.execute(text("PRAGMA integrity_check"))]
            if result != ["ok"]:
                report.ok = False
                report.problems.extend(result[:20])
            fk = s.execute(text("PRAGMA foreign_key_check")).all()
            if fk:
                report.ok = False
                report.problems.append(f"{len(fk)} Verweise auf nicht vorhandene Datensätze")
        for label, model in COUNTED:
            report.counts[label] = s.scalar(select(func.count()).select_from(model)) or 0
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
