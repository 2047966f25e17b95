"""The main window: sidebar of areas, the current area, toolbar, menus, status bar."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wba_desktop import APP_NAME, paths
from wba_desktop.services.bundle import Changes, Services
from wba_desktop.views.common import settings as keys
from wba_desktop.views.common.accessibility import name_controls
from wba_desktop.views.common.ops import op
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.common.tasks import TaskRunner
from wba_desktop.views.directory.followup_commands import FollowUpCommands
from wba_desktop.views.directory.list_view import DirectoryListView
from wba_desktop.views.directory.merge_commands import MergeCommands
from wba_desktop.views.directory.organisation_list import OrganisationListView
from wba_desktop.views.directory.person_list import PersonListView
from wba_desktop.views.directory.record_commands import delete_organisation, delete_person
from wba_desktop.views.events.commands import EventCommands
from wba_desktop.views.exchange.commands import ExchangeCommands
from wba_desktop.views.lotsen.commands import LotsenCommands
from wba_desktop.views.privacy.erasure_actions import ErasureActions
from wba_desktop.views.shell import menus, start_links
from wba_desktop.views.shell.changes import ChangeBus
from wba_desktop.views.shell.database_commands import DatabaseCommands
from wba_desktop.views.shell.lazy_area import LazyArea
from wba_desktop.views.shell.menus import icon
from wba_desktop.views.shell.notice_bar import NoticeBar
from wba_desktop.views.shell.picture_areas import PictureAreas
from wba_desktop.views.shell.presence_watch import PresenceWatcher
from wba_desktop.views.shell.start_view import StartView
from wba_desktop.views.verbuende.commands import VerbundCommands
from wba_desktop.views.verteiler.verteiler_view import VerteilerView

if TYPE_CHECKING:
    from wba_desktop.views.directory.organisation_dialog import OrganisationDialog
    from wba_desktop.views.directory.person_dialog import PersonDialog
    from wba_desktop.views.directory.reference_dialog import ReferenceDialog
    from wba_desktop.views.shell.search_dialog import SearchDialog

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: Settings,
        db_label: str = "",
        runner: TaskRunner | None = None,
        start: StartView | None = None,
    ) -> None:
        """``start``: the start page made (and perhaps painted) before the services, at
        start; it is taken over."""
        super().__init__()
        self.services = services
        self.runner = runner or TaskRunner()
        self.settings = settings
        self.db_label = db_label
        # every committed write reaches the areas through the bus (see _on_changes)
        self.bus = ChangeBus(self)
        self._unsubscribe = services.subscribe(self.bus.post)
        self.bus.changed.connect(self._on_changes)
        # others' writes reach the same bus once the composition root starts it
        self.presence = PresenceWatcher(services.presence, self.bus, self.runner, self)
        self._stale: set[str] = set()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)
        # the smallest laptop screen the agencies use; every area fits it (test_screen_sizes)
        self.setMinimumSize(1024, 640)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Bereiche"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        self._areas: list[tuple[str, QWidget]] = []

        if start is None:
            start = StartView(services, self, runner=self.runner)
        else:
            start.attach(services, self.runner)
        self.start = start
        self.add_area("start", self.tr("Start"), "start", self.start)
        # the Lotsen desk, the agency's daily core, right below the start page
        self.lotsen_commands = LotsenCommands(self)
        self.lotsen = LazyArea(self.lotsen_commands.build_view, self)
        self.add_area("lotsen", self.tr("Anfragen"), "inquiry", self.lotsen)
        self.organisations = OrganisationListView(services, settings, self)
        self.people = PersonListView(services, settings, self)
        self.add_area(
            "organisations", self.tr("Organisationen"), "organisation", self.organisations
        )
        self.add_area("people", self.tr("Personen"), "person", self.people)
        self.verteiler = VerteilerView(services, self)
        self.add_area("verteiler", self.tr("Verteiler"), "verteiler", self.verteiler)
        self.verbund_commands = VerbundCommands(self)
        self.verbuende = LazyArea(self.verbund_commands.build_view, self)
        self.add_area("verbuende", self.tr("Verbünde"), "verbund", self.verbuende)
        self.event_commands = EventCommands(self)
        self.events = LazyArea(self.event_commands.build_view, self)
        self.add_area("events", self.tr("Veranstaltungen"), "event", self.events)
        self.followup_commands = FollowUpCommands(self)
        self.merge_commands = MergeCommands(self)
        self.pictures = PictureAreas(self)
        self.network = LazyArea(self.pictures.build_network, self)
        self.add_area("network", self.tr("Netzwerk"), "network", self.network)
        self.map = LazyArea(self.pictures.build_map, self)
        self.add_area("map", self.tr("Karte"), "map", self.map)
        start_links.connect(self)
        for view in (self.organisations, self.people, self.verteiler):
            view.counts_changed.connect(self._show_counts)
        for view in (self.organisations, self.people):
            view.selection_changed.connect(self._update_actions)
        self.organisations.open_requested.connect(self.open_organisation)
        self.people.open_requested.connect(self.open_person)
        self.verteiler.open_person.connect(self.open_person)
        self.exchange = ExchangeCommands(self)
        self.database_commands = DatabaseCommands(self)
        self.verteiler.export_requested.connect(
            lambda title, flt: self.exchange.show_export(
                "people", title, flt, purpose=self.verteiler.current_purpose()
            )
        )
        self.verteiler.mail_requested.connect(
            lambda title, flt: self.exchange.show_mail(
                title, flt, purpose=self.verteiler.current_purpose()
            )
        )
        self.verteiler.consent_requested.connect(self.exchange.record_consent)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.notices = NoticeBar(central)
        column.addWidget(self.notices)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        db = QLabel(db_label, self)
        db.setObjectName("dbLabel")
        self.statusBar().addPermanentWidget(db)

        menus.build(self)
        self.erasure_actions = ErasureActions(self)
        self.erasure_actions.install()
        menus.apply_permissions(self, self.services.permissions)  # the actions added since
        self.sidebar.currentRowChanged.connect(self._switch_area)
        # the app opens on the start page (what needs attention today), whatever area
        # was in front when it was closed
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()

    # -- areas -----------------------------------------------------------------------
    def add_area(self, key: str, label: str, icon_name: str, widget: QWidget) -> None:
        item = QListWidgetItem(icon(icon_name), label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(180, 40))
        number = len(self._areas) + 1
        if number <= 9:  # Strg+1 … Strg+9 bring the areas to the front, in sidebar order
            keys = QKeySequence(f"Ctrl+{number}")
            QShortcut(keys, self, activated=lambda k=key: self.show_area(k))
            item.setToolTip(f"{label} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.sidebar.addItem(item)
        self.stack.addWidget(widget)
        self._areas.append((key, widget))

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def show_area(self, key: str) -> None:
        for i, (k, _w) in enumerate(self._areas):
            if k == key:
                self.sidebar.setCurrentRow(i)

    def _switch_area(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        key, view = self._areas[row]
        self.settings.set(keys.LAST_AREA, key)
        self.count_label.clear()  # the area in front reports its own count
        if isinstance(view, DirectoryListView | VerteilerView | LazyArea | StartView):
            view.ensure_loaded()
        name_controls(view, self.sidebar.item(row).text())
        if key in self._stale:
            self._stale.discard(key)
            inner = self._inner(view)
            if inner is not None and getattr(inner, "loaded", False):
                self._refresh(inner)
        if isinstance(view, DirectoryListView):
            view._update_counts()
        self._update_actions()

    @staticmethod
    def _inner(view: QWidget) -> QWidget | None:
        return view.widget if isinstance(view, LazyArea) else view

    def _show_counts(self, text: str) -> None:
        """Only the area in front writes its count into the status bar."""
        if self.sender() is self._inner(self.current_view()):
            self.count_label.setText(text)

    def _update_actions(self) -> None:
        menus.update(self)

    # -- commands --------------------------------------------------------------------
    def new_record(self) -> None:
        view = self.current_view()
        if view is self.people:
            self.open_person(None)
        elif view is self.verteiler:
            self.verteiler.new_list("static")
        elif view is self.verbuende:
            self.verbuende.ensure_loaded().new_verbund()
        elif view is self.events:
            self.events.ensure_loaded().new_event()
        elif view is self.lotsen:
            self.lotsen_commands.new_inquiry()
        else:
            self.open_organisation(None)

    def open_selected(self) -> None:
        view = self.current_view()
        if isinstance(view, DirectoryListView) and view.current_id() is not None:
            view.open_requested.emit(view.current_id())

    def focus_filter(self) -> None:
        view = self.current_view()
        if isinstance(view, DirectoryListView):
            view.search.setFocus()
            view.search.selectAll()

    def refresh(self) -> None:
        """F5: read everything again (another user may have changed the shared database);
        through the bus, so whatever listens there (the saved views) reads again too."""
        self.bus.post(Changes.all())

    def _on_changes(self, changes: Changes) -> None:
        """A write changed something: the area in front refreshes what it shows (keeping
        the user's selection), the others that watch it refresh when shown next."""
        current = self.current_view()
        for key, area in self._areas:
            view = self._inner(area)
            if view is None or not getattr(view, "loaded", False):
                continue  # never shown: it reads fresh data when it is
            if isinstance(view, DirectoryListView) and changes.touches("reference"):
                view.refresh_choices()
            if not changes.touches(*getattr(view, "watches", ())):
                continue
            if area is current:
                self._refresh(view)
            else:
                self._stale.add(key)

    @staticmethod
    def _refresh(view: QWidget) -> None:
        """Show fresh data, keeping the user's place (``refresh_after_change`` where an
        area keeps more than ``reload`` does, the graph's zoom say)."""
        getattr(view, "refresh_after_change", view.reload)()

    def others_on_database(self) -> list[str]:
        """Who else has the database open (for the busy question, see common/busy.py)."""
        return [other.describe() for other in self.services.presence.others()]

    def open_organisation(
        self, org_id: int | None, parent: QWidget | None = None
    ) -> OrganisationDialog | None:
        # dialogs are imported on first use: the start only pays for the lists
        from wba_desktop.views.directory.organisation_dialog import OrganisationDialog

        dialog = op(
            self,
            lambda: OrganisationDialog(self.services, org_id, parent or self),
            title=self.tr("Organisation"),
        ).run()
        if dialog is not None:
            self._wire(dialog)
        return dialog

    def open_person(
        self, person_id: int | None, parent: QWidget | None = None
    ) -> PersonDialog | None:
        from wba_desktop.views.directory.person_dialog import PersonDialog

        dialog = op(
            self,
            lambda: PersonDialog(self.services, person_id, parent or self),
            title=self.tr("Person"),
        ).run()
        if dialog is not None:
            self._wire(dialog)
        return dialog

    def _wire(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_person.connect(lambda pid: self.open_person(pid, dialog))
        dialog.open_organisation.connect(lambda oid: self.open_organisation(oid, dialog))
        dialog.open()

    def show_search(self) -> SearchDialog:
        from wba_desktop.views.shell.search_dialog import SearchDialog

        dialog = SearchDialog(self.services.search, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_organisation.connect(self.open_organisation)
        dialog.open_person.connect(self.open_person)
        dialog.open_verbund.connect(self.verbund_commands.open_verbund)
        dialog.open_event.connect(self.event_commands.open_event)
        dialog.open()
        return dialog

    def toggle_active_selected(self) -> None:
        view = self.current_view()
        if not isinstance(view, DirectoryListView):
            return
        ids = view.selected_ids()
        if not ids:
            return
        row = view.model.record(view.model.row_of(ids[0]))
        make_active = not getattr(row, "active", True)
        service = self.services.people if view is self.people else self.services.organisations
        op(self, lambda: service.set_active_many(ids, make_active)).run()

    def delete_selected(self) -> None:
        view = self.current_view()
        if view is self.verteiler:
            if self.verteiler.member_table.hasFocus():
                self.verteiler.remove_members()
            else:
                self.verteiler.delete_list()
            return
        if not isinstance(view, DirectoryListView) or view.current_id() is None:
            return
        rid = view.current_id()
        seen = getattr(view.model.record(view.model.row_of(rid)), "version", None)
        if view is self.people:
            delete_person(self, self.services, rid, seen)
        else:
            delete_organisation(self, self.services, rid, seen)

    def show_reference_data(self) -> ReferenceDialog:
        from wba_desktop.views.directory.reference_dialog import ReferenceDialog

        dialog = ReferenceDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def show_about(self):
        return self.help_commands.show_about()  # versions, licences, map attribution

    # -- window state ----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(keys.WINDOW_STATE)
        if state is not None and not state.isEmpty():
            self.restoreState(state)

    def save_state(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        for _key, view in self._areas:
            if isinstance(view, DirectoryListView):
                view.save_columns()
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_state()
        self.database_commands.stop_background()
        self.presence.stop()
        self._unsubscribe()
        super().closeEvent(event)
