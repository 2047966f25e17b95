"""The ops helper (service calls with German error handling, stale answers dropped) and
the change bus (areas refresh what they show, keep the user's place, stale until shown)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from tests.gui.conftest import answer
from wba_desktop.errors import ConflictError, ValidationError
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.views.common.ops import op


class DeferredRunner:
    """A task runner that runs the work at once but hands answers back only on
    ``deliver()``: two requests can overtake each other as they do on threads."""

    def __init__(self) -> None:
        self.pending: list = []

    def run(self, fn, on_done, on_error, progress=None):
        try:
            result = fn(lambda *_: None, lambda: False)
        except BaseException as exc:  # noqa: BLE001
            self.pending.append(lambda e=exc: on_error(e))
        else:
            self.pending.append(lambda: on_done(result))

    def deliver(self, index: int) -> None:
        self.pending[index]()


class FakeForm:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}
        self.cleared = 0

    def clear(self) -> None:
        self.cleared += 1

    def show(self, errors):
        self.errors = dict(errors)

    def show_message(self, message):
        self.errors = {"": message}


def test_service_error_becomes_a_german_message_box(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    failed = []

    def call():
        raise ConflictError("Der Datensatz wurde inzwischen von jemand anderem geändert.")

    result = op(parent, call, title="Organisation").failure(failed.append).run()
    assert result is None
    text = answer(qtbot, "OK")
    assert "inzwischen von jemand anderem geändert" in text
    assert len(failed) == 1


def test_validation_error_goes_to_the_form_fields(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    form = FakeForm()
    done = []

    def call():
        raise ValidationError({"email": "E-Mail: Bitte eine gültige Adresse eingeben."})

    op(parent, call, form=form).success(done.append).run()
    assert form.cleared == 1
    assert form.errors == {"email": "E-Mail: Bitte eine gültige Adresse eingeben."}
    assert done == []
    assert op(parent, lambda: 42, form=form).success(done.append).run() == 42
    assert done == [42]


def test_a_stale_background_answer_is_dropped(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = DeferredRunner()
    shown = []
    for text in ("alt", "neu"):
        op(parent, lambda t=text: t.upper(), key="search", runner=runner).success(
            shown.append
        ).run_in_background()
    runner.deliver(1)  # the newer answer arrives first …
    runner.deliver(0)  # … the older one late: dropped
    assert shown == ["NEU"]


def test_a_bug_in_the_background_names_the_log(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = DeferredRunner()

    def call():
        raise KeyError("bug")

    op(parent, call, runner=runner).run_in_background()
    runner.deliver(0)
    text = answer(qtbot, "OK")
    assert "unerwarteter Fehler" in text and "wba-desktop.log" in text


# -- the change bus in the main window --------------------------------------------------
def _org(services, name: str) -> int:
    kind = services.reference.organisation_types()[0].id
    return services.organisations.create(OrganisationData(name=name, type_id=kind)).id


def test_a_write_elsewhere_keeps_the_users_selection(qtbot, window, services):
    ids = [_org(services, f"Firma {c}") for c in "ABCDE"]
    view = window.organisations
    assert view.model.rowCount() == 5  # the write reached the list without F5
    view.select_id(ids[1])
    view.table.selectRow(view.model.row_of(ids[3]))
    marked = {ids[3]}
    assert set(view.selected_ids()) == marked
    _org(services, "Firma AA")  # e.g. another dialog saved a new record
    assert view.model.rowCount() == 6
    assert set(view.selected_ids()) == marked
    assert view.current_id() == ids[3]


def test_hidden_areas_refresh_when_shown_and_the_status_bar_shows_the_front(
    qtbot, window, services
):
    _org(services, "Kammer Eins")
    window.show_area("people")
    assert window.count_label.text() == "0 Personen"
    _org(services, "Kammer Zwei")  # the organisation list is hidden now: only marked
    assert window.organisations.model.rowCount() == 1
    assert window.count_label.text() == "0 Personen"  # not the other area's count
    window.show_area("organisations")
    assert window.organisations.model.rowCount() == 2
    assert window.count_label.text() == "2 Organisationen"


def test_deactivating_a_selection_is_one_write(qtbot, window, services):
    ids = [_org(services, f"Verein {c}") for c in "XYZ"]
    view = window.organisations
    for rid in ids[:2]:
        view.table.selectionModel().select(
            view.model.index(view.model.row_of(rid), 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows,
        )
    seen = []
    window.bus.changed.connect(seen.append)
    window.toggle_active_selected()
    assert len(seen) == 1 and seen[0].ids_of("organisations") == set(ids[:2])
    active = services.organisations.count(OrganisationFilter(active=True))
    assert active == 1
    assert view.model.rowCount() == 1  # the list shows active ones by default


def test_f5_refreshes_after_a_write_the_bus_could_not_see(qtbot, window, services, engine):
    from sqlalchemy import text

    _org(services, "Alt GmbH")
    view = window.organisations
    assert view.model.index(0, 0).data() == "Alt GmbH"
    with engine.begin() as conn:  # as another program on the shared database would
        conn.execute(text("UPDATE organisation SET name = 'Neu GmbH'"))
    assert view.model.index(0, 0).data() == "Alt GmbH"  # what the list holds
    window.act_reload.trigger()
    assert view.model.index(0, 0).data() == "Neu GmbH"
    assert isinstance(window.count_label, QLabel)


def test_after_deactivating_the_current_record_its_neighbour_is_current(qtbot, window, services):
    ids = [_org(services, f"Innung {c}") for c in "ABC"]
    view = window.organisations
    view.select_id(ids[1])
    window.toggle_active_selected()  # "Innung B" leaves the list of active ones
    assert view.model.rowCount() == 2
    assert view.current_id() == ids[2]  # "Innung C" moved up into its place
    assert window.act_deactivate.isEnabled()
