"""The dialog „Zusammenführen“: two records side by side, field by field.

Which record stays is chosen at the top; each field takes the value of record A or
B (notes may keep both); tags are united and the data protection fields follow their
rules (shown, not chosen). Fields where the records differ are in bold; where they
agree there is nothing to choose (the buttons are greyed). Below, what moves from the
record that goes to the one that stays. „Zusammenführen“ merges through the service
and closes the dialog; a record changed meanwhile says so and loads both again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wba_desktop.errors import StaleEdit
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.merge_fields import BOTH, OTHER, SURVIVOR, MergePreview
from wba_desktop.views.common.messages import inform
from wba_desktop.views.common.ops import op

A, B = "a", "b"
#: a value longer than this is cut in the radio button (the tooltip has it whole)
SHOWN_CHARS = 60


def _short(text: str) -> str:
    line = text.replace("\n", " ⏎ ")
    return line if len(line) <= SHOWN_CHARS else line[: SHOWN_CHARS - 1] + "…"


class MergeDialog(QDialog):
    """Merge the records ``a_id`` and ``b_id`` of ``kind`` ("organisations" or
    "people"). ``merged`` holds the service's result after a merge."""

    def __init__(self, services: Services, kind: str, a_id: int, b_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self._services = services
        self.kind = kind
        self._ids = (a_id, b_id)
        self.merged = None
        noun = self.tr("Organisationen") if kind == "organisations" else self.tr("Personen")
        self.setWindowTitle(self.tr("%1 zusammenführen").replace("%1", noun))
        self.resize(980, 680)
        self.preview: MergePreview | None = None
        self.field_groups: dict[str, QButtonGroup] = {}

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.survivor_group = QButtonGroup(self)
        self.keep_a = QRadioButton(self)
        self.keep_a.setObjectName("keepA")
        self.keep_b = QRadioButton(self)
        self.keep_b.setObjectName("keepB")
        self.survivor_group.addButton(self.keep_a, 0)
        self.survivor_group.addButton(self.keep_b, 1)
        self.keep_a.setChecked(True)
        self.survivor_group.idToggled.connect(lambda _i, on: on and self._survivor_changed())

        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.grid_host)

        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(
            self.tr("Zusammenführen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        cancel = buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self.merge)
        cancel.clicked.connect(self.reject)

        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Erhalten bleibt:"), self))
        keep.addWidget(self.keep_a)
        keep.addWidget(self.keep_b)
        keep.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(keep)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.load()

    # -- data ----------------------------------------------------------------------------
    def load(self) -> bool:
        """(Re)load both records; False when that failed (the message was shown)."""
        merge = self._services.merge
        a_id, b_id = self._ids
        call = merge.preview_organisations if self.kind == "organisations" else merge.preview_people
        preview = op(self, lambda: call(a_id, b_id), title=self.windowTitle()).run()
        if preview is None:
            self.merge_button.setEnabled(False)
            return False
        self.preview = preview
        self.intro.setText(
            self.tr(
                "Wählen Sie, welcher Datensatz erhalten bleibt und welchen Wert jedes Feld "
                "bekommt. Alles, was mit dem anderen Datensatz verknüpft ist, wird übernommen; "
                "danach wird der andere Datensatz gelöscht."
            )
        )
        self.keep_a.setText(self.tr("A: %1").replace("%1", preview.a.label))
        self.keep_b.setText(self.tr("B: %1").replace("%1", preview.b.label))
        self._build_rows()
        self._survivor_changed()
        return True

    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.field_groups.clear()
        assert self.preview is not None
        for col, text in enumerate(
            (self.tr("Feld"), self.tr("Datensatz A"), self.tr("Datensatz B"))
        ):
            head = QLabel(f"<b>{text}</b>", self.grid_host)
            self.grid.addWidget(head, 0, col)
        for row, f in enumerate(self.preview.fields, start=1):
            name = QLabel(self.tr(f.label), self.grid_host)
            if not f.same:  # where the records differ, the reader's eye goes first
                name.setText(f"<b>{self.tr(f.label)}</b>")
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if not f.choosable:
                for col, text in ((1, f.a_text), (2, f.b_text)):
                    label = QLabel(_short(text) or "–", self.grid_host)
                    label.setToolTip(text)
                    self.grid.addWidget(label, row, col)
                rule = QLabel(self.tr("→ %1").replace("%1", self.tr(f.rule)), self.grid_host)
                rule.setStyleSheet("color: #5a5a5a;")
                self.grid.addWidget(rule, row, 3)
                continue
            group = QButtonGroup(self.grid_host)
            for col, which, text in ((1, A, f.a_text), (2, B, f.b_text)):
                button = QRadioButton(_short(text) or self.tr("(leer)"), self.grid_host)
                button.setObjectName(f"pick_{f.name}_{which}")
                button.setToolTip(text)
                button.setProperty("which", which)
                button.setEnabled(not f.same)  # the same value: nothing to choose
                group.addButton(button)
                self.grid.addWidget(button, row, col)
            if f.both_allowed:
                button = QRadioButton(self.tr("beide"), self.grid_host)
                button.setObjectName(f"pick_{f.name}_both")
                button.setToolTip(self.tr("Beide Texte nacheinander übernehmen"))
                button.setProperty("which", BOTH)
                button.setEnabled(not f.same)
                group.addButton(button)
                self.grid.addWidget(button, row, 3)
            self.field_groups[f.name] = group
        self.grid.setRowStretch(len(self.preview.fields) + 1, 1)

    # -- choices -------------------------------------------------------------------------
    def survivor_id(self) -> int:
        assert self.preview is not None
        return self.preview.a.id if self.keep_a.isChecked() else self.preview.b.id

    def other_id(self) -> int:
        assert self.preview is not None
        return self.preview.b.id if self.keep_a.isChecked() else self.preview.a.id

    def _survivor_changed(self) -> None:
        """The defaults follow the record that stays; the summary names what moves."""
        if self.preview is None:
            return
        survivor_is_a = self.keep_a.isChecked()
        for name, which in self.preview.default_choices(self.survivor_id()).items():
            if which == BOTH:
                self.pick(name, BOTH)
            else:
                is_a = (which == SURVIVOR) == survivor_is_a
                self.pick(name, A if is_a else B)
        other = self.preview.side(self.other_id())
        self.summary.setText(
            self.preview.summary(self.survivor_id())
            + " "
            + self.tr("„%1“ wird danach gelöscht.").replace("%1", other.label)
        )

    def pick(self, name: str, which: str) -> None:
        """Field ``name`` takes the value of record ``"a"``, ``"b"`` or ``"both"``."""
        for button in self.field_groups[name].buttons():
            if button.property("which") == which:
                button.setChecked(True)

    def choices(self) -> dict[str, str]:
        """The choices as the service takes them (survivor / other / both)."""
        survivor_is_a = self.keep_a.isChecked()
        out = {}
        for name, group in self.field_groups.items():
            button = group.checkedButton()
            which = button.property("which") if button is not None else A
            if which == BOTH:
                out[name] = BOTH
            else:
                out[name] = SURVIVOR if (which == A) == survivor_is_a else OTHER
        return out

    # -- merging -------------------------------------------------------------------------
    def merge(self) -> None:
        if self.preview is None:
            return
        merge = self._services.merge
        call = merge.merge_organisations if self.kind == "organisations" else merge.merge_people
        survivor, other, choices = self.survivor_id(), self.other_id(), self.choices()
        versions = self.preview.versions
        op(self, lambda: call(survivor, other, choices, versions), title=self.windowTitle()).handle(
            StaleEdit, self._changed_meanwhile
        ).success(self._done).run()

    def _done(self, result) -> None:
        self.merged = result
        self.accept()

    def _changed_meanwhile(self, exc: StaleEdit) -> None:
        inform(
            self,
            self.windowTitle(),
            exc.message,
            self.tr(
                "Nichts wurde zusammengeführt. Die beiden Datensätze werden neu geladen; "
                "bitte die Auswahl prüfen und noch einmal zusammenführen."
            ),
            error=True,
        )
        if not self.load():
            self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Enter must not merge by accident: only the button does
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)
