"""The columns of the Verbund report's list sheets (:mod:`verbund_report`), their
headings marked German and written in the language in use."""

from __future__ import annotations

from wba_desktop.exchange.table import ExportColumn
from wba_desktop.i18n import N_

MEMBER_COLUMNS = [
    ExportColumn("organisation", N_("Organisation")),
    ExportColumn("kind", N_("Art")),
    ExportColumn("district", N_("Landkreis")),
    ExportColumn("role", N_("Rolle")),
    ExportColumn("joined_on", N_("Beigetreten"), "date"),
    ExportColumn("left_on", N_("Ausgetreten"), "date"),
    ExportColumn("commitment", N_("Verbindlichkeit")),
    ExportColumn("signed_on", N_("Unterzeichnet am"), "date"),
    ExportColumn("contact", N_("Ansprechperson")),
    ExportColumn("email", N_("E-Mail")),
    ExportColumn("phone", N_("Telefon")),
]
BOARD_COLUMNS = [
    ExportColumn("person", N_("Person")),
    ExportColumn("function", N_("Funktion")),
    ExportColumn("organisation", N_("Organisation")),
    ExportColumn("since", N_("Seit"), "date"),
    ExportColumn("until", N_("Bis"), "date"),
]
TASK_COLUMNS = [
    ExportColumn("kind", N_("Art")),
    ExportColumn("title", N_("Titel")),
    ExportColumn("due_on", N_("Fällig am"), "date"),
    ExportColumn("responsible", N_("Verantwortlich")),
    ExportColumn("done", N_("Erledigt")),
    ExportColumn("done_on", N_("Erledigt am"), "date"),
    ExportColumn("overdue", N_("Überfällig")),
    ExportColumn("note", N_("Notiz")),
]
FIGURE_COLUMNS = [
    ExportColumn("source", N_("Quelle")),
    ExportColumn("period_start", N_("Von"), "date"),
    ExportColumn("period_end", N_("Bis"), "date"),
    ExportColumn("companies_reached", N_("Erreichte Unternehmen"), "int"),
    ExportColumn("kmu_reached", N_("davon KMU"), "int"),
    ExportColumn("advice_sessions", N_("Beratungen"), "int"),
    ExportColumn("course_participants", N_("Kursteilnehmende"), "int"),
    ExportColumn("courses_developed", N_("Entwickelte Kurse"), "int"),
    ExportColumn("note", N_("Notiz")),
]
HEALTH_COLUMNS = [
    ExportColumn("number", N_("Nr"), "int"),
    ExportColumn("title", N_("Erfolgsfaktor")),
    ExportColumn("met", N_("erfüllt")),
    ExportColumn("reason", N_("Begründung")),
    ExportColumn("missing", N_("Was fehlt")),
]
PHASE_HEADERS = (N_("Phase"), N_("seit"), N_("bis"), N_("Notiz"))
