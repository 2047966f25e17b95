"""The "Agentur" page of the settings: our agency's organisation in the directory and
the name and address letters and reports give as the sender (the access report, the
e-mail to a partner, the organiser of calendar files). Both are shared by everyone on
the database (``services.agency``, ``services.letterhead``).

The address starts as the organisation's; the user may change it here (a postal
address other than the visiting address, say). Left as the directory has it, nothing
is stored, so a later change of the organisation's record shows on letters too.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.services.bundle import Services
from wba_desktop.services.team_settings import Letterhead
from wba_desktop.views.common.record_picker import RecordPicker

#: the letterhead's fields in form order (the service's field names)
FIELDS = ("name", "street", "postcode", "city", "email", "phone")


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("fieldHint")
    return label


class AgencySettingsPage(QWidget):
    """``load()`` fills the fields; ``problems()`` names what cannot be saved;
    ``save()`` stores (in the caller's ``op``, so a ValidationError reaches the
    dialog's banner by field)."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("agencySettings")
        self._services = services
        self._shown_org: int | None = None
        self.agency = RecordPicker(services.organisations.choices, self)
        self.agency.setObjectName("ownOrganisation")
        self.agency.setPlaceholderText(self.tr("Organisation suchen …"))
        self.agency.picked.connect(self._picked)
        clear = QPushButton(self.tr("Entfernen"), self)
        clear.clicked.connect(self._clear_agency)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.agency, 1)
        pick_row.addWidget(clear)
        self.edits: dict[str, QLineEdit] = {}
        for key, limit in zip(FIELDS, (200, 200, 5, 100, 200, 40), strict=True):
            edit = QLineEdit(self)
            edit.setObjectName(f"letterhead_{key}")
            edit.setMaxLength(limit)
            self.edits[key] = edit
        self.edits["postcode"].setFixedWidth(self.fontMetrics().horizontalAdvance("000000") + 24)
        self.edits["email"].setPlaceholderText(self.tr("z. B. info@wba-beispiel.de"))
        place = QHBoxLayout()
        place.addWidget(self.edits["postcode"])
        place.addWidget(self.edits["city"], 1)
        self.take_over = QPushButton(self.tr("Adresse aus dem Verzeichnis übernehmen"), self)
        self.take_over.clicked.connect(self.fill_from_directory)
        take_row = QHBoxLayout()
        take_row.addWidget(self.take_over)
        take_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), pick_row)
        form.addRow(
            _hint(
                self.tr(
                    "Die Organisation Ihrer Weiterbildungsagentur im Verzeichnis (für die "
                    "Ansprechpersonen der Lotsenstelle und das Netzwerk)."
                ),
                self,
            )
        )
        form.addRow(self.tr("Name auf Briefen:"), self.edits["name"])
        form.addRow(self.tr("Straße und Nr.:"), self.edits["street"])
        form.addRow(self.tr("PLZ und Ort:"), place)
        form.addRow(self.tr("E-Mail:"), self.edits["email"])
        form.addRow(self.tr("Telefon:"), self.edits["phone"])
        form.addRow("", take_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            _hint(
                self.tr(
                    "Name und Adresse erscheinen als Absender auf Auskunftsschreiben "
                    "(Art. 15 DSGVO), unter E-Mails an Partner und als Organisator in "
                    "Kalenderdateien. Gilt für alle, die mit dieser Datenbank arbeiten."
                ),
                self,
            )
        )
        layout.addStretch(1)

    # -- values ------------------------------------------------------------------------
    def letterhead(self) -> Letterhead:
        return Letterhead(**{key: self.edits[key].text().strip() for key in FIELDS})

    def show_letterhead(self, letterhead: Letterhead) -> None:
        for key in FIELDS:
            self.edits[key].setText(getattr(letterhead, key))

    def load(self) -> None:
        own = self._services.agency.own_organisation()
        if own is not None:
            self.agency.set_current(*own)
        stored = self._services.letterhead.stored()
        self.show_letterhead(stored or self._services.letterhead.from_organisation())
        self._shown_org = self.agency.current_id()

    def agency_id(self) -> int | None:
        return self.agency.current_id() if self.agency.text().strip() else None

    def problems(self) -> dict[str, str]:
        if self.agency.text().strip() and self.agency.current_id() is None:
            message = self.tr("Organisation: Bitte eine Organisation aus der Liste wählen.")
            return {"own_organisation": message}
        return {}

    def save(self) -> None:
        """Store the organisation and the letterhead; the letterhead is checked first,
        so a ValidationError leaves both as they were."""
        letterhead_service = self._services.letterhead
        agency_id = self.agency_id()
        chosen = self.letterhead()
        directory = letterhead_service.from_organisation(agency_id) if agency_id else Letterhead()
        follows_directory = chosen == directory or chosen.is_empty
        if not follows_directory:
            chosen = letterhead_service.clean(chosen, agency_id)
        self._services.agency.set_own_organisation(agency_id)
        letterhead_service.set_letterhead(None if follows_directory else chosen)

    # -- actions -----------------------------------------------------------------------
    def fill_from_directory(self) -> None:
        """The chosen organisation's name and address into the fields."""
        agency_id = self.agency_id()
        if agency_id is not None:
            self.show_letterhead(self._services.letterhead.from_organisation(agency_id))

    def _picked(self, _org_id: int) -> None:
        """A newly chosen organisation brings its address, unless the fields hold an
        address of their own (not the one of the organisation shown before)."""
        before = self._shown_org
        shown = self.letterhead()
        previous = self._services.letterhead.from_organisation(before) if before else Letterhead()
        if shown.is_empty or shown == previous:
            self.fill_from_directory()
        self._shown_org = self.agency_id()

    def _clear_agency(self) -> None:
        self.agency.set_current(None)
