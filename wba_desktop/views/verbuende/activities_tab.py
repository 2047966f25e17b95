"""Contact history of a Verbund (advice sessions, talks, visits, events), newest first.
One entry is edited in the directory's ``ActivityDialog``."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.activities import ActivityInfo
from wba_desktop.views.common.lazy_table import Column
from wba_desktop.views.common.record_tab import DeleteQuestion, RecordTab
from wba_desktop.views.common.simple_table import RecordListModel
from wba_desktop.views.common.vocab_combo import cell
from wba_desktop.views.directory.activity_dialog import ActivityDialog
from wba_desktop.vocab import ADVICE

COLUMNS = (
    Column("happened_on", QT_TR_NOOP("Datum"), 90),
    Column("kind", QT_TR_NOOP("Art"), 100, format=cell),
    Column("organisation", QT_TR_NOOP("Organisation"), 200),
    Column("person", QT_TR_NOOP("Person"), 160),
    Column("subject", QT_TR_NOOP("Betreff"), 220),
    Column("note", QT_TR_NOOP("Notiz"), 200),
)


class ActivityRow:
    """Flat view of an ActivityInfo for the table."""

    def __init__(self, a: ActivityInfo) -> None:
        d = a.data
        self.info, self.id, self.happened_on, self.kind = a, a.id, d.happened_on, d.kind
        self.organisation, self.person = a.organisation_name, a.person_name
        self.subject = d.subject or a.event_title
        self.note = " ".join(d.note.split())  # one line in the table


class ActivitiesTab(RecordTab):
    """Emits ``changed`` after every write."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(
            services,
            RecordListModel(COLUMNS),
            title=self.tr("Kontakte und Beratungen"),
            table_name="activityTable",
            add=self.tr("Kontakt erfassen …"),
            remove=self.tr("Entfernen"),
            parent=parent,
        )

    set_verbund = RecordTab.set_owner

    def load(self, verbund_id: int) -> list[ActivityRow]:
        history = self._services.activities.history(verbund_id=verbund_id)
        return [ActivityRow(a) for a in history]

    def summary_text(self, rows: list[ActivityRow]) -> str:
        advice = sum(1 for r in rows if r.kind == ADVICE)
        return (
            self.tr("%1 Einträge, davon %2 Beratungen")
            .replace("%1", str(len(rows)))
            .replace("%2", str(advice))
        )

    def make_dialog(self, row: ActivityRow | None) -> ActivityDialog:
        existing = row.info if row is not None else None
        return ActivityDialog(self._services, self.owner_id, existing, parent=self)

    def delete(self, row: ActivityRow) -> None:
        self._services.activities.delete(row.id)

    def delete_question(self, row: ActivityRow) -> DeleteQuestion:
        a, d = row.info, row.info.data
        what = " – ".join(x for x in (cell(d.kind), a.organisation_name or a.person_name) if x)
        return DeleteQuestion(
            self.tr("Eintrag löschen"),
            self.tr("Den Eintrag vom %1 (%2) löschen?")
            .replace("%1", f"{d.happened_on:%d.%m.%Y}")
            .replace("%2", what),
            self.tr("Löschen"),
        )

    add_activity, edit_activity = RecordTab.add, RecordTab.edit
    remove_activity = RecordTab.remove
