"""The import history as the window and the command line show it, and „Import rückgängig“.

``ImportHistory.runs()`` lists the imports newest first (who, when, which file, the
counts, whether undone); ``details(id)`` adds the column mapping used; ``preview(id)``
says what an undo would remove and restore and which records changed since;
``undo(id)`` does it in one transaction – or, when records changed since, nothing,
raising :class:`ChangedSinceImport` with those records named, unless the caller
explicitly asks to undo the rest (``skip_changed=True``). A run undone once is
refused the second time. A run a restored older backup does not hold is not found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ConflictError, NotFoundError
from wba_desktop.exchange.mapping import FIELDS, Mapping
from wba_desktop.i18n import N_, _
from wba_desktop.models.base import utcnow
from wba_desktop.models.imports import ImportRun
from wba_desktop.services.conflicts import when
from wba_desktop.services.importing import undo as u
from wba_desktop.text import format as fmt

COUNTS = (
    "organisations_new",
    "organisations_updated",
    "organisations_skipped",
    "people_new",
    "people_updated",
    "people_skipped",
    "affiliations_new",
    "consents_recorded",
    "rows_rejected",
)
NOT_FOUND = N_(
    "Diesen Import gibt es in der Datenbank nicht (mehr) – zum Beispiel, weil inzwischen "
    "eine ältere Sicherung wiederhergestellt wurde."
)


@dataclass(frozen=True)
class RunInfo:
    """One import as the history lists it (``imported_at``, ``undone_at``: naive UTC)."""

    id: int
    imported_at: datetime
    user_name: str
    file_name: str
    sheet: str
    counts: dict[str, int]
    undone_at: datetime | None = None
    undone_by: str = ""

    @property
    def new(self) -> int:
        return self.counts["organisations_new"] + self.counts["people_new"]

    @property
    def updated(self) -> int:
        return self.counts["organisations_updated"] + self.counts["people_updated"]

    @property
    def skipped(self) -> int:
        return self.counts["organisations_skipped"] + self.counts["people_skipped"]

    @property
    def rejected(self) -> int:
        return self.counts["rows_rejected"]

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    @property
    def status(self) -> str:
        """„rückgängig gemacht am 03.05.2026 um 14:12 von Anna Beispiel“, or ""."""
        if self.undone_at is None:
            return ""
        who = _(" von {undone_by}").format(undone_by=self.undone_by) if self.undone_by else ""
        return _("rückgängig gemacht {undone_at}{who}").format(
            undone_at=when(self.undone_at), who=who
        )

    def counts_text(self) -> str:
        """The counts in German, one line per kind of record."""
        c = self.counts
        lines = [
            _(
                "Organisationen: {organisations_new} neu, "
                "{organisations_updated} aktualisiert, "
                "{organisations_skipped} unverändert oder übersprungen"
            ).format(
                organisations_new=fmt.integer(c["organisations_new"]),
                organisations_updated=fmt.integer(c["organisations_updated"]),
                organisations_skipped=fmt.integer(c["organisations_skipped"]),
            ),
            _(
                "Personen: {people_new} neu, "
                "{people_updated} aktualisiert, "
                "{people_skipped} unverändert oder übersprungen"
            ).format(
                people_new=fmt.integer(c["people_new"]),
                people_updated=fmt.integer(c["people_updated"]),
                people_skipped=fmt.integer(c["people_skipped"]),
            ),
            f"Zuordnungen Person–Organisation: {fmt.integer(c['affiliations_new'])} neu",
        ]
        if c["consents_recorded"]:
            lines.append(
                _("Einwilligungen und Widerrufe: {consents_recorded}").format(
                    consents_recorded=fmt.integer(c["consents_recorded"])
                )
            )
        lines.append(f"Abgelehnte Zeilen: {fmt.integer(c['rows_rejected'])}")
        return "\n".join(lines)


@dataclass(frozen=True)
class RunDetails:
    """A run with the column mapping it used: (column, field) pairs in German."""

    run: RunInfo
    header_row: int
    columns: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class UndoPreview:
    """What an undo of run ``run_id`` would do now: records removed and restored per
    table, and the records changed since (German lines; these it would leave)."""

    run_id: int
    removed: dict[str, int]
    restored: dict[str, int]
    changed: list[str]

    @property
    def blocked(self) -> bool:
        return bool(self.changed)

    def text(self) -> str:
        """What will happen, in German (without the records changed since)."""
        lines = []
        if self.removed:
            lines.append(_("Entfernt werden: {removed}.").format(removed=u.counted(self.removed)))
        if self.restored:
            lines.append(
                _("Auf die Werte vor dem Import zurückgesetzt: {restored}.").format(
                    restored=u.counted(self.restored)
                )
            )
        if not lines:
            lines.append(_("Es gibt nichts mehr zurückzunehmen."))
        return "\n".join(lines)

    def changed_text(self) -> str:
        return _("Seit dem Import geändert:\n") + "\n".join(f"• {line}" for line in self.changed)


class ChangedSinceImport(ConflictError):
    """Records of the run were changed since the import: nothing was undone.
    ``preview`` lists them (``changed``) and what an undo of the rest would do."""

    def __init__(self, preview: UndoPreview) -> None:
        self.preview = preview
        super().__init__(
            preview.changed_text()
            + _("\n\nDer Import wurde nicht rückgängig gemacht; nichts wurde geändert.")
        )


@dataclass(frozen=True)
class UndoResult:
    """What an undo did; ``left`` names the records changed since that it left alone."""

    run_id: int
    removed: dict[str, int]
    restored: dict[str, int]
    left: list[str]

    def text(self) -> str:
        lines = [_("Der Import wurde rückgängig gemacht.")]
        if self.removed:
            lines.append(f"Entfernt: {u.counted(self.removed)}.")
        if self.restored:
            lines.append(f"Vorherige Werte wiederhergestellt: {u.counted(self.restored)}.")
        if self.left:
            lines.append(_("Unverändert gelassen (seit dem Import geändert):"))
            lines += [f"• {line}" for line in self.left]
        return "\n".join(lines)


def _info(run: ImportRun) -> RunInfo:
    return RunInfo(
        run.id,
        run.imported_at,
        run.user_name,
        run.file_name,
        run.sheet,
        {name: getattr(run, name) or 0 for name in COUNTS},
        run.undone_at,
        run.undone_by or "",
    )


def column_letter(i: int) -> str:
    """A, B, …, Z, AA, … for the 0-based column ``i``."""
    letters = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class ImportHistory:
    """The import history and its undo; see the module docstring."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def runs(self, limit: int | None = None) -> list[RunInfo]:
        """The imports, newest first."""
        with self._uow() as uow:
            stmt = select(ImportRun).order_by(ImportRun.imported_at.desc(), ImportRun.id.desc())
            if limit is not None:
                stmt = stmt.limit(limit)
            return [_info(r) for r in uow.session.scalars(stmt)]

    def details(self, run_id: int) -> RunDetails:
        with self._uow() as uow:
            run = self._run(uow.session, run_id)
            try:
                mapping = Mapping.from_json(run.mapping)
            except ValueError:
                return RunDetails(_info(run), 0, [])
            columns = [
                (
                    f"{column_letter(col)} „{mapping.headers.get(col, '')}“"
                    if mapping.headers.get(col)
                    else column_letter(col),
                    FIELDS.get(name, name),
                )
                for col, name in sorted(mapping.columns.items())
            ]
            return RunDetails(_info(run), mapping.header_row, columns)

    def preview(self, run_id: int) -> UndoPreview:
        """What ``undo`` would do now; changes nothing."""
        with self._uow() as uow:
            run = self._undoable(uow.session, run_id)
            return self._preview(run.id, u.survey(uow.session, run))

    def undo(self, run_id: int, skip_changed: bool = False) -> UndoResult:
        """Undo the run in one transaction. Records changed since: nothing is done and
        :class:`ChangedSinceImport` names them – unless ``skip_changed`` (the user
        confirmed undoing the rest), which leaves them as they are."""
        with self._uow() as uow:
            s = uow.session
            run = self._undoable(s, run_id)
            items = u.survey(s, run)
            preview = self._preview(run.id, items)
            if preview.blocked and not skip_changed:
                raise ChangedSinceImport(preview)
            u.execute(s, items)
            marked = s.execute(  # once: another program undoing it meanwhile fails here
                update(ImportRun)
                .where(ImportRun.id == run.id, ImportRun.undone_at.is_(None))
                .values(
                    undone_at=utcnow(),
                    undone_by=(getattr(self._uow, "user_name", "") or "")[:100],
                )
                .execution_options(synchronize_session=False)
            )
            if marked.rowcount != 1:
                raise ConflictError(_("Dieser Import wurde inzwischen bereits rückgängig gemacht."))
            uow.commit()
        return UndoResult(run_id, preview.removed, preview.restored, preview.changed)

    @staticmethod
    def _preview(run_id: int, items: list[u.Item]) -> UndoPreview:
        removed, restored = u.totals(items)
        return UndoPreview(run_id, removed, restored, [i.blocked for i in items if i.blocked])

    @staticmethod
    def _run(session, run_id: int) -> ImportRun:
        run = session.get(ImportRun, run_id)
        if run is None:
            raise NotFoundError(_(NOT_FOUND))
        return run

    def _undoable(self, session, run_id: int) -> ImportRun:
        run = self._run(session, run_id)
        if run.undone_at is not None:
            info = _info(run)
            raise ConflictError(
                _("Dieser Import wurde bereits {status}.").format(status=info.status)
            )
        return run
