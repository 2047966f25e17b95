"""The main window: sidebar of areas, the current area, toolbar, menus, status bar."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from wba_desktop import APP_NAME, __version__, paths
from wba_desktop.services.bundle import Changes, Services
from wba_desktop.views.common.messages import inform
from wba_desktop.views.directory.list_view import DirectoryListView
from wba_desktop.views.directory.organisation_list import OrganisationListView
from wba_desktop.views.directory.person_list import PersonListView
from wba_desktop.views.directory.record_commands import delete_organisation, delete_person
from wba_desktop.views.events.commands import EventCommands
from wba_desktop.views.exchange.commands import ExchangeCommands
from wba_desktop.views.shell import settings as keys
from wba_desktop.views.shell.changes import ChangeBus
from wba_desktop.views.shell.lazy_area import LazyArea
from wba_desktop.views.shell.ops import op
from wba_desktop.views.shell.settings import Settings
from wba_desktop.views.shell.start_view import StartView
from wba_desktop.views.shell.tasks import TaskRunner
from wba_desktop.views.verbuende.commands import VerbundCommands
from wba_desktop.views.verteiler.verteiler_view import VerteilerView

if TYPE_CHECKING:
    from wba_desktop.views.directory.organisation_dialog import OrganisationDialog
    from wba_desktop.views.directory.person_dialog import PersonDialog
    from wba_desktop.views.directory.reference_dialog import ReferenceDialog
    from wba_desktop.views.shell.search_dialog import SearchDialog

log = logging.getLogger(__name__)


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: Settings,
        db_label: str = "",
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.runner = runner or TaskRunner()
        self.settings = settings
        # every committed write reaches the areas through the bus (see _on_changes)
        self.bus = ChangeBus(self)
        self._unsubscribe = services.subscribe(self.bus.post)
        self.bus.changed.connect(self._on_changes)
        self._stale: set[str] = set()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        self._areas: list[tuple[str, QWidget]] = []

        self.start = StartView(services, self)
        self.add_area("start", self.tr("Start"), "start", self.start)
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
        self.event_commands.add_start_cards(self.start)
        self.network = LazyArea(self._build_network, self)
        self.add_area("network", self.tr("Netzwerk"), "network", self.network)
        self.start.open_verbund.connect(self.verbund_commands.open_verbund)
        self.start.counts_changed.connect(self._show_counts)
        for view in (self.organisations, self.people, self.verteiler):
            view.counts_changed.connect(self._show_counts)
        for view in (self.organisations, self.people):
            view.selection_changed.connect(self._update_actions)
        self.organisations.open_requested.connect(self.open_organisation)
        self.people.open_requested.connect(self.open_person)
        self.verteiler.open_person.connect(self.open_person)
        self.exchange = ExchangeCommands(self)
        self.verteiler.export_requested.connect(
            lambda title, flt: self.exchange.show_export("people", title, flt)
        )
        self.verteiler.mail_requested.connect(self.exchange.show_mail)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        db = QLabel(db_label, self)
        db.setObjectName("dbLabel")
        self.statusBar().addPermanentWidget(db)

        self._build_actions()
        self._context_menus()
        self.sidebar.currentRowChanged.connect(self._switch_area)
        last = self.settings.get(keys.LAST_AREA)
        index = next((i for i, (k, _w) in enumerate(self._areas) if k == last), 0)
        self.sidebar.setCurrentRow(index)
        self._restore_geometry()

    def _build_network(self, parent: QWidget) -> QWidget:
        from wba_desktop.views.network.network_view import NetworkView

        view = NetworkView(self.services, self.runner, parent)
        view.open_organisation.connect(self.open_organisation)
        view.counts_changed.connect(self._show_counts)
        view.add_to_verbund.connect(self.verbund_commands.add_organisations)
        return view

    # -- areas -----------------------------------------------------------------------
    def add_area(self, key: str, label: str, icon_name: str, widget: QWidget) -> None:
        item = QListWidgetItem(icon(icon_name), label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(180, 40))
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
        if key in self._stale:
            self._stale.discard(key)
            inner = self._inner(view)
            if inner is not None and getattr(inner, "loaded", False):
                inner.reload()
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

    # -- actions ---------------------------------------------------------------------
    def _action(
        self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        tooltip = tip or text.replace("&", "").replace(" …", "")
        if shortcut is not None:
            tooltip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tooltip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            self.tr("&Neu …"), self.new_record, QKeySequence.StandardKey.New, "add"
        )
        self.act_new_org = self._action(
            self.tr("Neue &Organisation …"), lambda: self.open_organisation(None)
        )
        self.act_new_person = self._action(
            self.tr("Neue &Person …"), lambda: self.open_person(None)
        )
        self.act_open = self._action(self.tr("Ö&ffnen"), self.open_selected, "Ctrl+O", "open")
        self.act_deactivate = self._action(
            self.tr("&Deaktivieren / Aktivieren"), self.toggle_active_selected, None, "deactivate"
        )
        self.act_delete = self._action(
            self.tr("&Löschen …"), self.delete_selected, QKeySequence.StandardKey.Delete, "delete"
        )
        self.act_find = self._action(
            self.tr("In Liste &suchen"), self.focus_filter, QKeySequence.StandardKey.Find
        )
        self.act_search = self._action(
            self.tr("&Globale Suche …"), self.show_search, "Ctrl+K", "search"
        )
        self.act_reload = self._action(
            self.tr("&Aktualisieren"), self.refresh, QKeySequence.StandardKey.Refresh, "reload"
        )
        self.act_quit = self._action(self.tr("&Beenden"), self.close, QKeySequence.StandardKey.Quit)
        self.act_data_dir = self._action(self.tr("&Datenordner öffnen"), self.open_data_dir)
        self.act_about = self._action(self.tr("Ü&ber WBA Desktop"), self.show_about)
        self.act_add_to_verbund = self._action(
            self.tr("Zu Ver&bund hinzufügen …"), self.verbund_commands.add_selection
        )
        self.act_require_consent = self._action(
            self.tr("Einladungen nur mit &Einwilligung"),
            self.event_commands.set_require_consent,
            tip=self.tr(
                "Nur Personen mit erteilter Einwilligung in Einladungslisten aufnehmen "
                "(widerrufene Einwilligungen gelten immer)"
            ),
        )
        self.act_require_consent.setCheckable(True)
        self.act_require_consent.setChecked(self.event_commands.require_consent())
        self.act_health_settings = self._action(
            self.tr("&Gesundheitscheck der Verbünde …"), self.verbund_commands.show_health_settings
        )
        self.act_reference = self._action(self.tr("&Stammdaten …"), self.show_reference_data)
        self.act_export = self._action(
            self.tr("&Exportieren …"),
            self.exchange.export_current,
            "Ctrl+E",
            "export",
            tip=self.tr("Liste exportieren (Excel, CSV, Outlook)"),
        )
        self.act_export_relations = self._action(
            self.tr("&Beziehungen exportieren …"), self.exchange.export_relations
        )
        self.act_import = self._action(
            self.tr("&Importieren …"),
            self.exchange.show_import,
            "Ctrl+I",
            "import",
            tip=self.tr("Organisationen und Personen aus Excel oder CSV übernehmen"),
        )
        self.act_mail = self._action(
            self.tr("E-&Mail an Auswahl …"), self.exchange.mail_selection, "Ctrl+Shift+M", "mail"
        )
        self.act_add_to_list = self._action(
            self.tr("Zu &Verteiler hinzufügen …"),
            self.exchange.add_selection_to_verteiler,
            "Ctrl+Shift+V",
            "addlist",
        )

        menu = self.menuBar().addMenu(self.tr("&Datei"))
        for a in (self.act_new_org, self.act_new_person):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.addAction(self.act_export)
        menu.addAction(self.act_export_relations)
        menu.addSeparator()
        menu.addAction(self.act_data_dir)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        for a in (self.act_new, self.act_open, self.act_deactivate, self.act_delete):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.act_add_to_list)
        menu.addAction(self.act_add_to_verbund)
        menu.addAction(self.act_mail)
        menu.addSeparator()
        menu.addAction(self.act_find)
        menu.addAction(self.act_search)
        self.view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        self.view_menu.addAction(self.act_reload)
        self.columns_menu = self.view_menu.addMenu(self.tr("&Spalten"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        menu = self.menuBar().addMenu(self.tr("E&xtras"))
        menu.addAction(self.act_reference)
        menu.addAction(self.act_health_settings)
        menu.addAction(self.act_require_consent)
        menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        menu.addAction(self.act_about)

        bar = QToolBar(self.tr("Werkzeuge"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_new, self.act_open, self.act_deactivate, self.act_delete):
            bar.addAction(a)
        bar.addSeparator()
        for a in (self.act_add_to_list, self.act_mail, self.act_import, self.act_export):
            bar.addAction(a)
        bar.addSeparator()
        bar.addAction(self.act_search)
        bar.addAction(self.act_reload)
        self.addToolBar(bar)

    def _context_menus(self) -> None:
        """Right-click on a list offers what the toolbar offers for the selection."""

        def separator() -> QAction:
            action = QAction(self)
            action.setSeparator(True)
            return action

        for view, actions in (
            (
                self.organisations,
                [
                    self.act_open,
                    self.act_deactivate,
                    self.act_delete,
                    separator(),
                    self.act_add_to_verbund,
                    separator(),
                    self.act_export,
                    self.act_export_relations,
                ],
            ),
            (
                self.people,
                [
                    self.act_open,
                    separator(),
                    self.act_add_to_list,
                    self.act_mail,
                    separator(),
                    self.act_deactivate,
                    self.act_delete,
                    separator(),
                    self.act_export,
                ],
            ),
        ):
            view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.table.addActions(actions)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        view = self.current_view()
        if isinstance(view, DirectoryListView):
            for action in view.column_menu().actions():
                self.columns_menu.addAction(action)

    def _update_actions(self) -> None:
        view = self.current_view()
        has = isinstance(view, DirectoryListView) and view.current_id() is not None
        for a in (self.act_open, self.act_deactivate, self.act_delete):
            a.setEnabled(has)
        self.act_delete.setEnabled(has or view is self.verteiler)
        people_selected = view is self.people and has
        self.act_add_to_list.setEnabled(people_selected)
        self.act_mail.setEnabled(people_selected)
        self.act_add_to_verbund.setEnabled(view is self.organisations and has)
        self.act_export.setEnabled(isinstance(view, DirectoryListView) or view is self.verteiler)

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
        """F5: read everything again (another user may have changed the shared database)."""
        self._on_changes(Changes.all())

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
                view.reload()
            else:
                self._stale.add(key)

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
        if view is self.people:
            delete_person(self, self.services, rid)
        else:
            delete_organisation(self, self.services, rid)

    def show_reference_data(self) -> ReferenceDialog:
        from wba_desktop.views.directory.reference_dialog import ReferenceDialog

        dialog = ReferenceDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def show_about(self) -> None:
        inform(
            self,
            self.tr("Über WBA Desktop"),
            f"<b>{APP_NAME} {__version__}</b>",
            self.tr(
                "Das Partnernetzwerk der Weiterbildungsagenturen Sachsen-Anhalt: "
                "Organisationen, Personen und ihre Beziehungen.\n\nDatenordner: %1"
            ).replace("%1", str(paths.data_dir())),
        )

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
        self._unsubscribe()
        super().closeEvent(event)
