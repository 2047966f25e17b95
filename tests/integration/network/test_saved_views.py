"""Saved views („Ansichten“) on SQLite and PostgreSQL: save, overwrite only when asked,
rename, delete, shared by a team, reported on the change topic, and turned back into
graph options for the exports."""

from __future__ import annotations

from datetime import date

import pytest

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import ConflictError, NotFoundError, ValidationError
from wba_desktop.network.options import GraphOptions
from wba_desktop.network.saved_views import SavedViewService, options_of, view_rect_of

PANEL = {
    "kinds": [3, 5],
    "districts": [2],
    "colour_by": "district",
    "size_by": "betweenness",
    "focus": 7,
    "focus_label": "IHK Elbaue",
    "depth": 2,
    "grouping": "district",  # an option this program may not know: kept as it is
}


def test_save_list_overwrite_rename_delete(uow_factory, services):
    views = services.saved_views
    uow_factory.user_name = "Anna Beispiel"
    first = views.save("Kammern im Norden", {"panel": PANEL, "view_rect": [0, -1.5, 4, 2]})
    assert first.created_by == "Anna Beispiel"
    assert first.panel == PANEL and first.view_rect == (0.0, -1.5, 4.0, 2.0)
    views.save("Ämter Süd", {"panel": {"kinds": [1]}})
    assert [v.name for v in views.list()] == ["Ämter Süd", "Kammern im Norden"]  # German order
    assert views.list("karte") == []

    with pytest.raises(ConflictError, match="„Kammern im Norden“ gibt es schon"):
        views.save("kammern im norden", {"panel": {}})  # any case: the same name
    again = views.save("Kammern im Norden", {"panel": {"kinds": [9]}}, overwrite=True)
    assert again.id == first.id and again.panel == {"kinds": [9]} and again.view_rect is None

    renamed = views.rename(first.id, "  Kammern Nord ")
    assert renamed.name == "Kammern Nord" and views.get(first.id).name == "Kammern Nord"
    with pytest.raises(ValidationError) as err:
        views.rename(first.id, "Ämter Süd")
    assert "gibt es schon" in err.value.errors["name"]

    views.delete(first.id)
    views.delete(first.id)  # deleted twice (another user was quicker): no error
    assert [v.name for v in views.list()] == ["Ämter Süd"]
    with pytest.raises(NotFoundError):
        views.get(first.id)


def test_bad_names_and_settings_are_refused(services):
    views = services.saved_views
    with pytest.raises(ValidationError, match="Namen"):
        views.save("   ", {})
    with pytest.raises(ValidationError):
        views.save("x" * 101, {})
    with pytest.raises(ValidationError):
        views.save("Unfug", {"panel": {"as_of": date(2025, 1, 1)}})  # not JSON
    with pytest.raises(ValidationError):
        views.save("Unfug", {"view_rect": [float("nan"), 0, 1, 1]})
    with pytest.raises(ValidationError):
        views.save("Unfug", {}, kind="tabelle")
    views.save("Landkarte Harz", {}, kind="karte")
    with pytest.raises(ValidationError, match="Karte"):
        views.save("Landkarte Harz", {}, overwrite=True)  # a map view is no network view
    assert views.list() == []


def test_views_are_shared_and_reported_on_the_change_topic(engine):
    anna, ben = UnitOfWorkFactory(engine), UnitOfWorkFactory(engine)
    seen = []
    ben_sees = []
    anna.subscribe(seen.append)
    ben.subscribe(ben_sees.append)
    SavedViewService(anna).save("Gemeinsam", {"panel": {"depth": 3}})
    assert [v.panel for v in SavedViewService(ben).list()] == [{"depth": 3}]
    assert seen and seen[-1].touches("saved_views") and not seen[-1].touches("organisations")
    assert ben_sees == []  # another program learns it through the change notices


def test_a_broken_row_opens_as_an_empty_view(uow_factory, services):
    from wba_desktop.models import SavedView

    view = services.saved_views.save("Alt", {"panel": {"depth": 2}})
    with uow_factory() as uow:
        uow.session.get(SavedView, view.id).settings = "{kaputt"
        uow.commit()
    assert services.saved_views.get(view.id).settings == {}


def test_options_of_a_saved_panel_state():
    options = options_of(
        {**PANEL, "as_of": "2024-06-01", "min_strength": 2, "wba_regions": ["Nord"]}
    )
    assert options == GraphOptions(
        type_ids=(3, 5),
        region_ids=(2,),
        wba_regions=("Nord",),
        min_strength=2,
        as_of=date(2024, 6, 1),
        focus_id=7,
        depth=2,
    )
    today = date(2026, 12, 6)
    broken = {"kinds": "3", "depth": 9, "focus": True, "as_of": "gestern", "unbekannt": 1}
    assert options_of(broken, today=today) == GraphOptions(as_of=today)
    assert view_rect_of({"view_rect": [1, 1, 0, 2]}) is None  # x0 >= x1
    assert view_rect_of({"view_rect": ["a", 1, 2, 3]}) is None
