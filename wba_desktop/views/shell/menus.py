"""The main window's actions, menu bar, tool bar and the lists' context menus, and which
of them are enabled for the area in front. The commands they trigger live with their
areas (directory, Verbünde, events, exchange) or on the window."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow as MainWindow  # the window, seen as a QMainWindow
from PySide6.QtWidgets import QToolBar

from wba_desktop import paths
from wba_desktop.views.common.translation import tr
from wba_desktop.views.directory.list_view import DirectoryListView
from wba_desktop.views.privacy.commands import PrivacyCommands
from wba_desktop.views.shell.help_commands import HelpCommands


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resource_path("icons", f"{name}.svg")))


def _action(
    w: MainWindow, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, w)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    tooltip = tip or text.replace("&", "").replace(" …", "")
    if shortcut is not None:
        tooltip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tooltip)
    action.triggered.connect(slot)
    w.addAction(action)
    return action


def build(w: MainWindow) -> None:
    """All actions of the window, its menu bar, tool bar and the lists' context menus;
    what the team database's login may not do is disabled (``apply_permissions``)."""
    _actions(w)
    _menus(w)
    _context_menus(w)
    apply_permissions(w, w.services.permissions)


#: the window's actions each permission guards (attributes that do not exist are skipped);
#: a backup of the team database is a dump of every table, the audit log included
GUARDED_ACTIONS = {
    "can_restore": ("act_restore", "act_transfer", "act_load"),
    "can_erase": ("act_erase", "act_anonymise", "act_review_list"),
    "can_read_audit": (
        "act_audit",
        "act_audit_log",
        "act_access_report",
        "act_audit_export",
        "act_backup",
    ),
}
NOT_ALLOWED = QT_TR_NOOP(
    "Dafür fehlt Ihrer Anmeldung an der Teamdatenbank die Berechtigung (Rolle „Datenschutz“)."
)


def apply_permissions(w: MainWindow, permissions) -> list[str]:
    """Disable (with a tooltip saying why) the actions ``permissions`` does not allow
    (``services.permissions``: ``can_erase``, ``can_restore``, ``can_read_audit``);
    the database would refuse them anyway. Returns the names of the disabled actions."""
    disabled = []
    for flag, names in GUARDED_ACTIONS.items():
        if getattr(permissions, flag, True):
            continue
        for name in names:
            action = getattr(w, name, None)
            if action is None:
                continue
            action.setEnabled(False)
            action.setToolTip(tr(NOT_ALLOWED))
            action.setStatusTip(tr(NOT_ALLOWED))
            disabled.append(name)
    return disabled


def _actions(w: MainWindow) -> None:
    w.act_new = _action(w, tr("&Neu …"), w.new_record, QKeySequence.StandardKey.New, "add")
    w.act_new_org = _action(w, tr("Neue &Organisation …"), lambda: w.open_organisation(None))
    w.act_new_person = _action(w, tr("Neue &Person …"), lambda: w.open_person(None))
    w.act_new_inquiry = _action(
        w,
        tr("Neue &Anfrage …"),
        w.lotsen_commands.new_inquiry,
        "Ctrl+Shift+A",
        tip=tr("Anfrage einer oder eines Ratsuchenden oder eines Unternehmens erfassen"),
    )
    w.act_open = _action(w, tr("Ö&ffnen"), w.open_selected, "Ctrl+O", "open")
    w.act_deactivate = _action(
        w, tr("&Deaktivieren / Aktivieren"), w.toggle_active_selected, None, "deactivate"
    )
    w.act_delete = _action(
        w, tr("&Löschen …"), w.delete_selected, QKeySequence.StandardKey.Delete, "delete"
    )
    w.act_find = _action(w, tr("In Liste &suchen"), w.focus_filter, QKeySequence.StandardKey.Find)
    w.act_search = _action(w, tr("&Globale Suche …"), w.show_search, "Ctrl+K", "search")
    w.act_reload = _action(
        w, tr("&Aktualisieren"), w.refresh, QKeySequence.StandardKey.Refresh, "reload"
    )
    w.act_quit = _action(w, tr("&Beenden"), w.close, QKeySequence.StandardKey.Quit)
    w.act_data_dir = _action(w, tr("&Datenordner öffnen"), w.open_data_dir)
    w.help_commands = HelpCommands(w)
    w.act_help = _action(
        w,
        tr("&Hilfe zu diesem Bereich"),
        w.help_commands.show_help,
        QKeySequence.StandardKey.HelpContents,
        tip=tr("Die Seite des Benutzerhandbuchs zum Bereich, der gerade vorne ist"),
    )
    w.act_manual = _action(w, tr("&Benutzerhandbuch"), w.help_commands.show_manual)
    w.act_about = _action(w, tr("Ü&ber WBA Desktop"), w.show_about)
    w.act_add_to_verbund = _action(
        w, tr("Zu Ver&bund hinzufügen …"), w.verbund_commands.add_selection
    )
    w.act_require_consent = _action(
        w,
        tr("Einladungen nur mit &Einwilligung"),
        w.event_commands.set_require_consent,
        tip=tr(
            "Nur Personen mit erteilter Einwilligung in Einladungslisten aufnehmen "
            "(widerrufene Einwilligungen gelten immer)"
        ),
    )
    w.act_require_consent.setCheckable(True)
    w.act_require_consent.setChecked(w.event_commands.require_consent())
    w.act_health_settings = _action(
        w, tr("&Gesundheitscheck der Verbünde …"), w.verbund_commands.show_health_settings
    )
    w.act_reference = _action(w, tr("&Stammdaten …"), w.show_reference_data)
    w.act_duplicates = _action(
        w,
        tr("Mögliche D&uplikate …"),
        w.merge_commands.show_duplicates,
        tip=tr("Organisationen und Personen, die vermutlich doppelt erfasst sind"),
    )
    w.act_merge = _action(
        w,
        tr("&Zusammenführen mit …"),
        w.merge_commands.merge_selected,
        tip=tr("Zwei doppelt erfasste Datensätze zu einem zusammenführen"),
    )
    w.act_followups = _action(
        w,
        tr("&Wiedervorlagen …"),
        lambda: w.followup_commands.show_window(),
        "Ctrl+Shift+W",
        tip=tr("Fällige Wiedervorlagen und Organisationen, mit denen Kontakt überfällig ist"),
    )
    w.privacy_commands = PrivacyCommands(w)
    w.act_access_report = _action(
        w,
        tr("&Auskunft erteilen …"),
        w.privacy_commands.show_access,
        tip=tr("Auskunft nach Art. 15 DSGVO: alles, was über eine Person gespeichert ist"),
    )
    w.act_uninformed = _action(
        w,
        tr("&Noch nicht informiert …"),
        w.privacy_commands.show_uninformed,
        tip=tr("Personen, die seit über 30 Tagen nicht über ihre Daten informiert sind"),
    )
    db = w.database_commands
    w.act_backup = _action(w, tr("Sicherung &anlegen …"), db.backup_now)
    w.act_restore = _action(w, tr("Sicherung &wiederherstellen …"), db.show_restore)
    w.act_transfer = _action(
        w,
        tr("Daten in die &Teamdatenbank übertragen …"),
        db.show_transfer,
        tip=tr("Alle Daten dieser Datenbank in eine PostgreSQL-Teamdatenbank kopieren"),
    )
    w.act_transfer.setEnabled(w.services.backups.is_sqlite)  # the team database is there
    w.act_audit = _action(w, tr("Änderungs&protokoll …"), db.show_audit)
    w.act_settings = _action(w, tr("&Einstellungen …"), w.database_commands.show_settings, "Ctrl+,")
    w.act_export = _action(
        w,
        tr("&Exportieren …"),
        w.exchange.export_current,
        "Ctrl+E",
        "export",
        tip=tr("Liste exportieren (Excel, CSV, Outlook)"),
    )
    w.act_export_relations = _action(
        w, tr("&Beziehungen exportieren …"), w.exchange.export_relations
    )
    w.act_import = _action(
        w,
        tr("&Importieren …"),
        w.exchange.show_import,
        "Ctrl+I",
        "import",
        tip=tr("Organisationen und Personen aus Excel oder CSV übernehmen"),
    )
    w.act_import_history = _action(
        w,
        tr("Import&verlauf …"),
        w.exchange.show_import_history,
        tip=tr("Bisherige Importe ansehen und einen Import rückgängig machen"),
    )
    w.act_mail = _action(
        w, tr("E-&Mail an Auswahl …"), w.exchange.mail_selection, "Ctrl+Shift+M", "mail"
    )
    w.act_record_consent = _action(
        w,
        tr("&Einwilligung erfassen …"),
        w.exchange.record_consent,
        tip=tr("Einwilligung oder Widerruf für die markierten Personen oder einen Verteiler"),
    )
    w.act_add_to_list = _action(
        w,
        tr("Zu &Verteiler hinzufügen …"),
        w.exchange.add_selection_to_verteiler,
        "Ctrl+Shift+V",
        "addlist",
    )


def _menus(w: MainWindow) -> None:
    menu = w.menuBar().addMenu(tr("&Datei"))
    for a in (w.act_new_org, w.act_new_person, w.act_new_inquiry):
        menu.addAction(a)
    menu.addSeparator()
    menu.addAction(w.act_import)
    menu.addAction(w.act_import_history)
    menu.addAction(w.act_export)
    menu.addAction(w.act_export_relations)
    menu.addSeparator()
    menu.addAction(w.act_backup)
    menu.addAction(w.act_restore)
    menu.addAction(w.act_transfer)
    menu.addSeparator()
    menu.addAction(w.act_data_dir)
    menu.addSeparator()
    menu.addAction(w.act_quit)
    menu = w.menuBar().addMenu(tr("&Bearbeiten"))
    for a in (w.act_new, w.act_open, w.act_deactivate, w.act_delete):
        menu.addAction(a)
    menu.addSeparator()
    menu.addAction(w.act_add_to_list)
    menu.addAction(w.act_add_to_verbund)
    menu.addAction(w.act_mail)
    menu.addAction(w.act_record_consent)
    menu.addSeparator()
    menu.addAction(w.act_merge)
    menu.addAction(w.act_duplicates)
    menu.addSeparator()
    menu.addAction(w.act_find)
    menu.addAction(w.act_search)
    w.view_menu = w.menuBar().addMenu(tr("&Ansicht"))
    w.view_menu.addAction(w.act_reload)
    w.columns_menu = w.view_menu.addMenu(tr("&Spalten"))
    w.columns_menu.aboutToShow.connect(lambda: fill_columns_menu(w))
    menu = w.menuBar().addMenu(tr("E&xtras"))
    menu.addAction(w.act_followups)
    menu.addSeparator()
    menu.addAction(w.act_reference)
    menu.addAction(w.act_health_settings)
    menu.addAction(w.act_require_consent)
    menu.addAction(w.act_audit)
    w.privacy_menu = menu.addMenu(tr("&Datenschutz"))
    w.privacy_menu.setObjectName("privacyMenu")
    w.privacy_menu.addAction(w.act_access_report)
    w.privacy_menu.addAction(w.act_uninformed)
    menu.addSeparator()
    menu.addAction(w.act_settings)
    menu = w.menuBar().addMenu(tr("&Hilfe"))
    menu.addAction(w.act_help)
    menu.addAction(w.act_manual)
    menu.addSeparator()
    menu.addAction(w.act_about)

    bar = QToolBar(tr("Werkzeuge"), w)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for a in (w.act_new, w.act_open, w.act_deactivate, w.act_delete):
        bar.addAction(a)
    bar.addSeparator()
    for a in (w.act_add_to_list, w.act_mail, w.act_import, w.act_export):
        bar.addAction(a)
    bar.addSeparator()
    bar.addAction(w.act_search)
    bar.addAction(w.act_reload)
    w.addToolBar(bar)


def _context_menus(w: MainWindow) -> None:
    """Right-click on a list offers what the toolbar offers for the selection."""

    def separator() -> QAction:
        action = QAction(w)
        action.setSeparator(True)
        return action

    for view, actions in (
        (
            w.organisations,
            [
                w.act_open,
                w.act_deactivate,
                w.act_delete,
                separator(),
                w.act_add_to_verbund,
                w.act_merge,
                separator(),
                w.act_export,
                w.act_export_relations,
            ],
        ),
        (
            w.people,
            [
                w.act_open,
                separator(),
                w.act_add_to_list,
                w.act_mail,
                w.act_record_consent,
                separator(),
                w.act_deactivate,
                w.act_delete,
                w.act_merge,
                separator(),
                w.act_export,
            ],
        ),
    ):
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.table.addActions(actions)


def fill_columns_menu(w: MainWindow) -> None:
    """The Ansicht › Spalten menu offers the columns of the list in front."""
    w.columns_menu.clear()
    view = w.current_view()
    if isinstance(view, DirectoryListView):
        for action in view.column_menu().actions():
            w.columns_menu.addAction(action)


def update(w: MainWindow) -> None:
    """Enable what makes sense for the area in front and its selection."""
    view = w.current_view()
    has = isinstance(view, DirectoryListView) and view.current_id() is not None
    for a in (w.act_open, w.act_deactivate, w.act_delete):
        a.setEnabled(has)
    w.act_delete.setEnabled(has or view is w.verteiler)
    people_selected = view is w.people and has
    w.act_add_to_list.setEnabled(people_selected)
    w.act_mail.setEnabled(people_selected)
    w.act_record_consent.setEnabled(people_selected or view is w.verteiler)
    w.act_add_to_verbund.setEnabled(view is w.organisations and has)
    w.act_merge.setEnabled(view in (w.organisations, w.people) and has)
    w.act_export.setEnabled(isinstance(view, DirectoryListView) or view is w.verteiler)
