"""A new filter shows its first hits from the top: the list does not stay scrolled
down to the record marked before (it stays marked when it still matches)."""

from __future__ import annotations

from wba_desktop.services.directory.organisations import OrganisationData


def test_filtering_scrolls_to_the_first_hits(qtbot, window, services):
    kind = next(t.id for t in services.reference.organisation_types() if t.name == "Unternehmen")
    for i in range(150):
        name = f"Werkstatt {i:03d}" if i % 2 else f"Bäckerei {i:03d}"
        services.organisations.create(OrganisationData(name=name, type_id=kind))
    view = window.organisations
    window.resize(1280, 800)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 150)
    last = view.model.id_at(149)  # a Werkstatt, far down
    assert view.select_id(last)
    bar = view.table.verticalScrollBar()
    assert bar.value() > 0
    view.search.setText("werkstatt")
    qtbot.waitUntil(lambda: view.model.rowCount() == 75, timeout=3000)
    assert bar.value() == 0  # the first hits are in sight
    assert view.current_id() == last  # still marked


def test_filter_boxes_show_their_all_entry_in_full_at_1280(qtbot, window):
    window.resize(1280, 800)
    for key in ("organisations", "people"):
        window.show_area(key)
        view = window.current_view()
        qtbot.waitUntil(lambda v=view: v.isVisible())
        for box in [*view.filters, view.active]:
            text_width = box.fontMetrics().horizontalAdvance(box.currentText())
            # the text, the padding and the arrow fit: nothing of „Alle …“ is cut
            assert box.width() >= text_width + 30, (key, box.currentText(), box.width())
