"""Main window: areas, filters, counts, columns and geometry remembered, delete rules."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import answer, type_text
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData, OrganisationFilter
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.directory.relations import RelationData
from wba_desktop.views.common import lazy_table
from wba_desktop.views.common.settings import Settings
from wba_desktop.views.shell.main_window import MainWindow


def _org(services, name, kind="Unternehmen", region="Harz", city="Wernigerode", **kw):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}
    return services.organisations.create(
        OrganisationData(
            name=name, type_id=types[kind], region_id=regions[region], city=city, **kw
        ),
        allow_duplicate=True,
    )


def test_only_existing_areas_in_sidebar(window):
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == [
        "Start",
        "Anfragen",
        "Organisationen",
        "Personen",
        "Verteiler",
        "Verbünde",
        "Veranstaltungen",
        "Netzwerk",
        "Karte",
    ]


def test_filters_search_and_counts(qtbot, window, services):
    _org(services, "IHK Halle-Dessau", "Kammer (IHK)", "Halle (Saale)", "Halle (Saale)")
    _org(services, "Landkreis Harz", "Kommune / Landkreis", "Harz", "Halberstadt")
    _org(services, "Schönebecker Gießerei", "Unternehmen", "Salzlandkreis", "Schönebeck (Elbe)")
    view = window.organisations
    assert view.model.rowCount() == 3
    assert window.count_label.text() == "3 Organisationen"

    view.kind.setCurrentIndex(view.kind.findText("Kommune / Landkreis"))
    assert view.model.rowCount() == 1
    assert "gefiltert" in window.count_label.text()
    view.reset_filters()
    view.wba.setCurrentIndex(view.wba.findText("Süd"))
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "IHK Halle-Dessau"
    ]
    view.reset_filters()
    type_text(qtbot, view.search, "giesserei")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.index(0, 0).data() == "Schönebecker Gießerei"
    type_text(qtbot, view.search, "x")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=2000)
    assert view.empty_hint.isVisibleTo(view)


def test_f5_shows_changes_made_elsewhere(qtbot, window, services):
    assert window.organisations.model.rowCount() == 0
    _org(services, "Handwerkskammer Magdeburg", "Kammer (HWK)", "Magdeburg", "Magdeburg")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.organisations.model.rowCount() == 1


def test_columns_and_geometry_are_remembered(qtbot, services, settings):
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)  # above the minimum, 1024×640
    first.organisations.set_column_visible("email", False)
    first.organisations.set_column_visible("website", True)
    first.organisations.table.horizontalHeader().resizeSection(0, 333)
    first.close()

    second = MainWindow(services, Settings())
    qtbot.addWidget(second)
    second.show()
    visible = second.organisations.visible_columns()
    assert "email" not in visible and "website" in visible
    assert second.organisations.table.horizontalHeader().sectionSize(0) == 333
    # the offscreen screen is 800 px wide, so only the height survives unclamped
    assert second.size().height() == 700


def test_delete_unreferenced_organisation_after_asking(qtbot, window, services):
    org = _org(services, "Einzelstück e. V.", "Verein / Zivilgesellschaft")
    window.organisations.select_id(org.id)
    window.delete_selected()
    answer(qtbot, "Abbrechen")
    assert services.organisations.count(OrganisationFilter(active=None)) == 1
    window.delete_selected()
    answer(qtbot, "Löschen")
    assert services.organisations.count(OrganisationFilter(active=None)) == 0
    assert window.organisations.model.rowCount() == 0


def test_referenced_organisation_is_deactivated_not_deleted(qtbot, window, services):
    a = _org(services, "Agentur für Arbeit Halberstadt", "Agentur für Arbeit")
    b = _org(services, "Jobcenter Harz", "Jobcenter")
    services.relations.save(RelationData(source_id=a.id, target_id=b.id, type_id=1))
    window.organisations.select_id(a.id)
    qtbot.keyClick(window.organisations.table, Qt.Key.Key_Delete)
    text = answer(qtbot, "Deaktivieren")
    assert "1 Beziehung" in text
    assert services.organisations.get(a.id).data.active is False
    assert services.relations.for_organisation(b.id)  # nothing lost
    assert window.organisations.model.rowCount() == 1  # only active ones shown


def test_person_delete_offers_deactivation(qtbot, window, services):
    org = _org(services, "Bildungswerk Harz gGmbH", "Weiterbildungsträger")
    p = services.people.create(PersonData(last_name="Weiß", first_name="Jürgen"))
    services.affiliations.save(AffiliationData(person_id=p.id, organisation_id=org.id))
    window.show_area("people")
    window.people.select_id(p.id)
    window.delete_selected()
    text = answer(qtbot, "Nur deaktivieren")
    assert "Ihre Zuordnung wird mit gelöscht" in text
    assert services.people.get(p.id).data.active is False
    window.people.active.setCurrentIndex(window.people.active.findText("Alle"))
    window.people.select_id(p.id)
    window.delete_selected()
    answer(qtbot, "Löschen")
    assert services.people.count(PersonFilter(active=None)) == 0
    assert services.affiliations.for_organisation(org.id) == []


def test_list_fetches_only_visible_pages(qtbot, services, settings, monkeypatch):
    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 10)
    for i in range(120):
        _org(services, f"Betrieb {i:03d}")
    fetched: list[int] = []
    original = services.organisations.rows

    def spy(ids):
        fetched.extend(ids)
        return original(ids)

    monkeypatch.setattr(services.organisations, "rows", spy)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(900, 500)
    win.show_area("organisations")
    win.show()
    qtbot.waitExposed(win)
    assert win.organisations.model.rowCount() == 120
    qtbot.waitUntil(lambda: len(fetched) > 0, timeout=2000)
    visible_pages_only = len(set(fetched)) <= 60  # not all 120 rows
    assert visible_pages_only


def test_extras_require_consent_for_invitations(qtbot, window, services):
    from datetime import date, datetime, timedelta

    from wba_desktop.services.events.invitation_sources import (
        REQUIRE_CONSENT_KEY,
        InvitationSources,
    )
    from wba_desktop.services.events.records import EventData

    start = datetime.combine(date.today() + timedelta(days=40), datetime.min.time())
    start = start.replace(hour=9)
    eid = services.events.create(
        EventData(title="Fachforum Pflege", starts_at=start, ends_at=start + timedelta(hours=2))
    ).id
    pid = services.people.create(PersonData(first_name="Gunda", last_name="Ohnezustimmung")).id
    sources = InvitationSources(person_ids=(pid,))
    assert services.invitations.preview(eid, sources).without_consent == 0
    assert not window.act_require_consent.isChecked()
    window.act_require_consent.trigger()
    assert services.settings.get(REQUIRE_CONSENT_KEY) is True
    assert "Einwilligung" in window.statusBar().currentMessage()
    preview = services.invitations.preview(eid, sources)
    assert preview.without_consent == 1 and not preview.new
    window.act_require_consent.trigger()
    assert services.settings.get(REQUIRE_CONSENT_KEY) is False
