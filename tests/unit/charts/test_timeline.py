"""The Verbund timeline drawn into a plain matplotlib Figure (Agg, no Qt, no pyplot):
the artists it makes, German month labels, labels that do not overlap, PNG and PDF."""

from __future__ import annotations

import itertools
import struct
import warnings
from datetime import date, datetime, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from wba_desktop.charts.timeline import (
    GID_EVENT,
    GID_FUNDING,
    GID_MILESTONE,
    GID_PHASE,
    GID_TODAY,
    OVERDUE_COLOUR,
    TimelineData,
    draw_timeline,
    german_month,
    save_timeline,
)
from wba_desktop.exchange.table import ExportError

TODAY = date(2025, 6, 15)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


@pytest.fixture
def data() -> TimelineData:
    return TimelineData(
        title="Weiterbildungsverbund Beispiel (WBV-B)",
        phases=[
            ("Idee", date(2023, 9, 1), date(2023, 11, 1)),
            ("Anbahnung", date(2023, 11, 1), date(2024, 1, 15)),
            ("Konstituierung", date(2024, 1, 15), date(2024, 4, 1)),
            ("Aktiv", date(2024, 4, 1), None),
        ],
        milestones=[
            (date(2024, 1, 20), "Kooperationsvereinbarung", True, False),
            (date(2025, 3, 1), "Bedarfsanalyse abgeschlossen", False, True),
            (date(2025, 9, 1), "Konzept Verstetigung", False, False),
        ],
        events=[
            (at(date(2024, 1, 20)), "Kick-off", "Kick-off"),
            (at(date(2025, 3, 10)), "Informationsabend für Kommunen", "Informationsveranstaltung"),
        ],
        funding=(date(2024, 1, 1), date(2026, 12, 31)),
        today=TODAY,
    )


def draw(data: TimelineData, **figure_args) -> Figure:
    fig = Figure(figsize=(11, 4), dpi=100, **figure_args)
    FigureCanvasAgg(fig)
    draw_timeline(fig, data)
    return fig


def by_gid(fig: Figure, gid: str) -> list:
    return [a for a in fig.findobj() if a.get_gid() == gid]


def test_artists_per_element(data):
    fig = draw(data)
    bands = by_gid(fig, GID_PHASE)
    assert len(bands) == 4 and all(isinstance(b, Rectangle) for b in bands)
    assert [b.get_label() for b in bands] == ["Idee", "Anbahnung", "Konstituierung", "Aktiv"]
    assert len({to_hex(b.get_facecolor()) for b in bands}) == 4  # distinct colours
    assert len(by_gid(fig, GID_MILESTONE)) == 3
    assert len(by_gid(fig, GID_EVENT)) == 2
    assert len(by_gid(fig, GID_FUNDING)) == 1
    (today,) = by_gid(fig, GID_TODAY)
    assert list(today.get_xdata()) == [date2num(TODAY)] * 2
    texts = {t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))}
    assert {"heute", "Weiterbildungsverbund Beispiel (WBV-B)", "Kick-off"} <= texts
    assert "Förderzeitraum 01.01.2024 – 31.12.2026" in texts


def test_open_last_phase_runs_to_today(data):
    bands = by_gid(draw(data), GID_PHASE)
    first, last = bands[0], bands[-1]
    assert first.get_x() == pytest.approx(date2num(date(2023, 9, 1)))
    assert first.get_x() + first.get_width() == pytest.approx(date2num(date(2023, 11, 1)))
    assert last.get_x() + last.get_width() == pytest.approx(date2num(TODAY))


def test_milestones_done_filled_open_hollow_overdue_red(data):
    done, overdue, open_ = sorted(by_gid(draw(data), GID_MILESTONE), key=lambda m: m.get_xdata()[0])
    assert all(isinstance(m, Line2D) and m.get_marker() == "D" for m in (done, overdue, open_))
    assert to_hex(done.get_markerfacecolor()) == to_hex(done.get_markeredgecolor())
    assert to_hex(open_.get_markerfacecolor()) == "#ffffff"
    assert to_hex(overdue.get_markeredgecolor()) == OVERDUE_COLOUR
    assert to_hex(overdue.get_markerfacecolor()) == "#ffffff"


def test_german_month_axis(data):
    assert german_month(date2num(date(2026, 3, 1))) == "Mär 2026"
    assert german_month(date2num(date(2025, 10, 1))) == "Okt 2025"
    assert german_month(date2num(date(2024, 12, 1))) == "Dez 2024"
    fig = draw(data)
    fig.canvas.draw()
    (ax,) = fig.axes
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert labels and "Jan 2024" in labels
    months = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")
    assert all(label.split()[0] in months and label.split()[1].isdigit() for label in labels)


def test_crowded_labels_do_not_overlap():
    start = date(2025, 1, 6)
    events = [
        (at(start + timedelta(days=3 * i)), f"Workshop Nummer {i} zur Digitalisierung", "Workshop")
        for i in range(12)
    ]
    milestones = [
        (start + timedelta(days=4 * i), f"Meilenstein {i} mit langem Titel", i % 2 == 0, False)
        for i in range(10)
    ]
    data = TimelineData("Voll", [("Aktiv", start, None)], milestones, events, None, TODAY)
    fig = draw(data)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    (ax,) = fig.axes
    titles = {e[1][:10] for e in events} | {m[1][:10] for m in milestones}
    labels = [t for t in ax.texts if t.get_text()[:10] in titles]
    assert len(by_gid(fig, GID_EVENT)) == 12 and len(by_gid(fig, GID_MILESTONE)) == 10
    assert len(labels) >= 6  # as many as fit get a label
    boxes = [t.get_window_extent(renderer) for t in labels]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)


def test_empty_timeline_and_redraw(data):
    fig = draw(TimelineData("Leer", today=TODAY))
    assert by_gid(fig, GID_PHASE) == [] and len(by_gid(fig, GID_TODAY)) == 1
    draw_timeline(fig, data)  # the figure is cleared first
    assert len(by_gid(fig, GID_TODAY)) == 1 and len(by_gid(fig, GID_PHASE)) == 4


def test_constrained_layout_figure_without_warnings(data):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = draw(data, layout="constrained")
        fig.canvas.draw()


def test_save_png_and_pdf(data, tmp_path):
    png = save_timeline(data, tmp_path / "zeitleiste.png")
    raw = png.read_bytes()
    assert raw.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", raw[16:24])
    assert (width, height) == (1650, 600)  # 11 x 4 inches at 150 dpi
    pdf = save_timeline(data, tmp_path / "Zeitleiste.PDF")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Zeitleiste.PDF", "zeitleiste.png"]


def test_save_unknown_ending_or_missing_folder(data, tmp_path):
    with pytest.raises(ExportError, match=r"\.png und \.pdf"):
        save_timeline(data, tmp_path / "zeitleiste.svg")
    with pytest.raises(ExportError, match="Ordner"):
        save_timeline(data, tmp_path / "fehlt" / "zeitleiste.png")
    assert list(tmp_path.iterdir()) == []
