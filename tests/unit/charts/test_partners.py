"""The partner chart of the start page: one bar per district, stacked by kind, the
rarer kinds together as „weitere Arten“, an empty database as a sentence."""

from __future__ import annotations

from matplotlib.figure import Figure

from wba_desktop.charts.partners import GID_KIND, draw_partners

KINDS = ("Kammer", "Verein", "Schule", "Jobcenter")
COLOURS = ("#111111", "#222222", "#333333", "#444444")


def _segments(fig: Figure) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for patch in fig.axes[0].patches:
        gid = patch.get_gid() or ""
        if gid.startswith(GID_KIND):
            found.setdefault(gid[len(GID_KIND) :], []).append(patch.get_width())
    return found


def test_bars_per_district_stacked_by_kind_rare_kinds_together():
    counts = {
        ("Kammer", "Harz"): 5,
        ("Verein", "Harz"): 2,
        ("Kammer", "Börde"): 1,
        ("Schule", "Börde"): 1,
        ("Jobcenter", ""): 1,
    }
    fig = Figure()
    draw_partners(fig, KINDS, COLOURS, ("Harz", "Börde", ""), counts, top=2)
    segments = _segments(fig)
    assert segments["Kammer"] == [5, 1, 0]
    assert segments["Verein"] == [2, 0, 0]
    assert segments["weitere Arten"] == [0, 1, 1]  # Schule and Jobcenter
    ax = fig.axes[0]
    y = {t.get_text(): pos for t, pos in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)}
    assert y["Harz"] > y["Börde"] > y["ohne Landkreis"]  # the most partners on top
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["Kammer", "Verein", "weitere Arten"]


def test_no_partners_yet():
    fig = Figure()
    draw_partners(fig, KINDS, COLOURS, (), {})
    assert [t.get_text() for t in fig.axes[0].texts] == ["Noch keine Partner erfasst."]
