"""Export, e-mail and Verteiler commands of the main window (kept out of it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from wba_desktop.text import format as fmt


class ExchangeCommands(QObject):
    """Acts on the main window's current list; ``w`` is the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window

    def export_current(self) -> None:
        view = self.w.current_view()
        if view is self.w.verteiler:
            self.w.verteiler.export_button.click()
        elif view is self.w.people:
            self.show_export(
                "people",
                self.tr("Personen"),
                view.model.current_filter,
                view.model.current_sort,
                view.visible_columns(),
            )
        elif view is self.w.organisations:
            self.show_export(
                "organisations",
                self.tr("Organisationen"),
                view.model.current_filter,
                view.model.current_sort,
                view.visible_columns(),
            )

    def export_relations(self) -> None:
        """The relations among the organisations the list shows (for Gephi or Excel)."""
        view = self.w.organisations
        self.show_export(
            "relations", self.tr("Beziehungen"), view.model.current_filter, view.model.current_sort
        )

    def show_export(self, kind, title, flt, sort=None, columns=None, purpose=None):
        from wba_desktop.services.listing import Sort
        from wba_desktop.views.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(
            *(self.w.services, self.w.runner, kind, title, flt, sort or Sort(), columns),
            self.w,
            purpose=purpose,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _selected_people_filter(self):
        from wba_desktop.services.directory.people import PersonFilter

        return PersonFilter(ids=tuple(self.w.people.selected_ids()), active=None)

    def mail_selection(self):
        if self.w.current_view() is self.w.people and self.w.people.selected_ids():
            n = len(self.w.people.selected_ids())
            return self.show_mail(
                self.tr("%n markierte Personen").replace("%n", fmt.integer(n)),
                self._selected_people_filter(),
            )
        return None

    def show_mail(self, title, flt, purpose=None):
        from wba_desktop.views.exchange.mail_dialog import MailDialog

        dialog = MailDialog(self.w.services, title, flt, self.w, purpose=purpose)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_selection_to_verteiler(self):
        from wba_desktop.views.verteiler.add_dialog import AddToVerteilerDialog

        ids = self.w.people.selected_ids() if self.w.current_view() is self.w.people else []
        if not ids:
            return None
        dialog = AddToVerteilerDialog(self.w.services, ids, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result:
                self.w.statusBar().showMessage(
                    self.tr("%n neu im Verteiler.").replace(
                        "%n", fmt.count(dialog.added, "Person", "Personen")
                    ),
                    5000,
                )

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def record_consent(self):
        """„Einwilligung erfassen …“ for the people marked in the Personen list, or for
        the members of the Verteiler in front (e.g. after an event's sign-up sheet)."""
        view = self.w.current_view()
        if view is self.w.people and self.w.people.selected_ids():
            ids = self.w.people.selected_ids()
            who = ""
        elif view is self.w.verteiler and self.w.verteiler.current() is not None:
            v = self.w.verteiler.current()
            ids = self.w.services.people.list_ids(self.w.services.verteiler.person_filter(v.id))
            who = (
                self.tr("%n im Verteiler „%1“")
                .replace("%n", fmt.count(len(ids), "Person", "Personen"))
                .replace("%1", v.name)
            )
        else:
            return None
        return self.show_consent_form(ids, who)

    def show_consent_form(self, ids, who=""):
        from wba_desktop.views.directory.consent_forms import ConsentForm

        if not ids:
            self.w.statusBar().showMessage(self.tr("Niemand ausgewählt."), 5000)
            return None
        form = ConsentForm(self.w.services.consents, ids, self.w, who=who)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            saved = form.saved
            if not result or saved is None:
                return
            text = (
                saved.summary(form.purpose.currentText())
                if hasattr(saved, "summary")
                else self.tr("Einwilligung erfasst.")
            )
            self.w.statusBar().showMessage(text, 8000)
            self.last_consent_summary = text

        form.finished.connect(done)
        form.open()
        return form

    def show_import(self):
        from wba_desktop.views.exchange.import_wizard import ImportWizard

        wizard = ImportWizard(self.w.services, self.w.runner, self.w)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.history_requested.connect(self._history_after_import)
        wizard.open()
        return wizard

    def _history_after_import(self) -> None:
        runs = self.w.services.import_history.runs(limit=1)
        self.show_import_history(runs[0].id if runs else None)

    def show_import_history(self, select: int | None = None):
        """Datei › Importverlauf (``select``: the run to show first, else the newest)."""
        from wba_desktop.views.exchange.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.w.services, self.w, select=select)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
