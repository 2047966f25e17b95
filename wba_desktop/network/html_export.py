"""A network view as one self-contained HTML page for partners who do not have the app.

One ``.html`` file: the data as JSON in a ``<script type="application/json">`` block,
a small canvas viewer in inline JavaScript (no CDN, no network access, no cookies):
pan by dragging, zoom with the wheel (or the + / − buttons), a tooltip with name,
kind and district on hover, a search box that highlights the matches, and a legend of
the kinds. Nothing from the database ever reaches the page as markup: the title is
HTML-escaped, the data is JSON with ``<``, ``>``, ``&`` and the JavaScript line
separators escaped (so an organisation called ``</script><img onerror=…>`` stays a
name), and the viewer writes names with ``textContent`` only.

Layout coordinates have y pointing up (as in matplotlib); the viewer flips them.
Coordinates are rounded to 1/1000 of an edge length, which keeps 20,000 organisations
and 55,000 ties at about 2 MB.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path

import networkx as nx

FALLBACK_COLOUR = "#808080"
PERSON_COLOUR = "#9aa5b0"
PERSON_KIND = "Person"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _colour(value: object) -> str:
    """Only ``#rrggbb`` reaches the page's styles (no ``url(…)`` from the database)."""
    text = str(value or "")
    return text if _COLOUR.match(text) else FALLBACK_COLOUR


def script_json(data: object) -> str:
    """``data`` as JSON that is safe inside a ``<script>`` element: no ``</script>``,
    no ``<!--``, no HTML entity and no JavaScript line separator can come out of it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def page_data(
    graph: nx.Graph,
    positions: Mapping[Hashable, tuple[float, float]],
    sizes: Mapping[Hashable, float] | None = None,
    people: nx.Graph | None = None,
    view_rect: Sequence[float] | None = None,
) -> dict:
    """The JSON the viewer reads: columns of node values, edges as index pairs, the
    kinds with their colours and counts. ``people``: the person layer (only people
    who consented to being shown in network maps are in it)."""
    kinds: dict[str, int] = {}
    colours: list[str] = []
    districts: dict[str, int] = {}
    xs, ys, rs, ks, ds, names = [], [], [], [], [], []
    index: dict[Hashable, int] = {}
    top = max((float(v) for v in (sizes or {}).values()), default=0.0) or 1.0

    def add(node, name: str, kind: str, colour: str, district: str, size: float) -> None:
        x, y = positions[node]
        if kind not in kinds:
            kinds[kind] = len(kinds)
            colours.append(_colour(colour))
        if district not in districts:
            districts[district] = len(districts)
        index[node] = len(xs)
        xs.append(round(float(x), 3))
        ys.append(round(float(y), 3))
        rs.append(round(size, 1))
        ks.append(kinds[kind])
        ds.append(districts[district])
        names.append(name)

    for node, data in graph.nodes(data=True):
        if node not in positions:
            continue
        value = float((sizes or {}).get(node, 0.0))
        add(
            node,
            str(data.get("name") or node),
            str(data.get("kind") or "Sonstige"),
            str(data.get("colour") or FALLBACK_COLOUR),
            str(data.get("district") or ""),
            3.0 + 9.0 * math.sqrt(max(value, 0.0) / top),
        )
    edges: list[int] = []
    for u, v in graph.edges():
        if u in index and v in index:
            edges += (index[u], index[v])
    if people is not None:
        for node, data in people.nodes(data=True):
            if isinstance(node, str) and node in positions:
                add(node, str(data.get("name") or ""), PERSON_KIND, PERSON_COLOUR, "", 2.5)
        for u, v in people.edges():
            if (isinstance(u, str) or isinstance(v, str)) and u in index and v in index:
                edges += (index[u], index[v])
    counts = [0] * len(kinds)
    for k in ks:
        counts[k] += 1
    rect = [float(v) for v in view_rect] if view_rect is not None else None
    if rect is not None and not all(math.isfinite(v) for v in rect):
        rect = None
    return {
        "x": xs,
        "y": ys,
        "r": rs,
        "k": ks,
        "d": ds,
        "n": names,
        "e": edges,
        "kinds": list(kinds),
        "colours": colours,
        "counts": counts,
        "districts": list(districts),
        "rect": rect,
    }


def render_page(data: Mapping, title: str, note: str = "") -> str:
    """The whole page as text (see the module docstring)."""
    return (
        _TEMPLATE.replace("%TITLE%", html.escape(title))
        .replace("%NOTE%", html.escape(note))
        .replace("%DATA%", script_json(data))
    )


def write_html(
    graph: nx.Graph,
    positions: Mapping[Hashable, tuple[float, float]],
    path: str | os.PathLike[str],
    *,
    title: str,
    note: str = "",
    sizes: Mapping[Hashable, float] | None = None,
    people: nx.Graph | None = None,
    view_rect: Sequence[float] | None = None,
) -> Path:
    """Write the page for ``graph`` to ``path`` (UTF-8); returns the path."""
    path = Path(path)
    data = page_data(graph, positions, sizes, people, view_rect)
    path.write_text(render_page(data, title, note), encoding="utf-8")
    return path


_TEMPLATE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WBA Desktop">
<title>%TITLE%</title>
<style>
html, body { margin: 0; height: 100%; font: 14px system-ui, "Segoe UI", sans-serif;
  color: #1f3b57; }
body { display: flex; flex-direction: column; }
header { display: flex; gap: 12px; align-items: center; padding: 8px 12px;
  border-bottom: 1px solid #d5dde5; flex-wrap: wrap; }
h1 { font-size: 16px; margin: 0; flex: 1 1 auto; }
#note { color: #5b6b7a; font-size: 12px; }
#search { padding: 4px 8px; min-width: 16em; }
main { flex: 1; display: flex; min-height: 0; }
#stage { flex: 1; position: relative; min-width: 0; }
canvas { width: 100%; height: 100%; display: block; cursor: grab; }
canvas.dragging { cursor: grabbing; }
aside { width: 15em; overflow: auto; border-left: 1px solid #d5dde5; padding: 8px; }
aside h2 { font-size: 13px; margin: 4px 0 8px; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { display: flex; gap: 6px; align-items: center; margin: 3px 0; font-size: 12px; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
#tip { position: absolute; pointer-events: none; background: #fffffff0; padding: 4px 8px;
  border: 1px solid #b8c4cf; border-radius: 4px; font-size: 12px; display: none;
  white-space: pre; }
.zoom { position: absolute; right: 8px; bottom: 8px; display: flex; gap: 4px; }
.zoom button { width: 28px; height: 28px; font-size: 16px; }
</style>
</head>
<body>
<header>
<h1>%TITLE%</h1>
<span id="note">%NOTE%</span>
<input id="search" type="search" placeholder="Suchen …" aria-label="Suchen">
<span id="hits"></span>
</header>
<main>
<div id="stage"><canvas id="net"></canvas><div id="tip"></div>
<div class="zoom"><button id="zin" title="Vergrößern">+</button>
<button id="zout" title="Verkleinern">−</button>
<button id="zfit" title="Alles zeigen">⤢</button></div></div>
<aside><h2>Arten</h2><ul id="legend"></ul></aside>
</main>
<script type="application/json" id="data">%DATA%</script>
<script>
"use strict";
(function () {
  var D = JSON.parse(document.getElementById("data").textContent);
  var N = D.x.length, canvas = document.getElementById("net"), ctx = canvas.getContext("2d");
  var tip = document.getElementById("tip"), stage = document.getElementById("stage");
  var scale = 1, ox = 0, oy = 0, hover = -1, hits = [], drag = null, queued = false;
  var lower = D.n.map(function (s) { return s.toLowerCase(); });

  function size() {
    var r = window.devicePixelRatio || 1;
    canvas.width = stage.clientWidth * r; canvas.height = stage.clientHeight * r;
    ctx.setTransform(r, 0, 0, r, 0, 0);
  }
  function fit(rect) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, i;
    if (rect) { x0 = rect[0]; y0 = rect[1]; x1 = rect[2]; y1 = rect[3]; }
    else for (i = 0; i < N; i++) {
      x0 = Math.min(x0, D.x[i]); x1 = Math.max(x1, D.x[i]);
      y0 = Math.min(y0, D.y[i]); y1 = Math.max(y1, D.y[i]);
    }
    if (!(x1 > x0)) { x0 -= 1; x1 += 1; }
    if (!(y1 > y0)) { y0 -= 1; y1 += 1; }
    var w = stage.clientWidth, h = stage.clientHeight, pad = rect ? 1 : 1.08;
    scale = Math.min(w / ((x1 - x0) * pad), h / ((y1 - y0) * pad));
    ox = w / 2 - scale * (x0 + x1) / 2; oy = h / 2 + scale * (y0 + y1) / 2;
  }
  function sx(i) { return ox + scale * D.x[i]; }
  function sy(i) { return oy - scale * D.y[i]; }
  function draw() {
    queued = false;
    var w = stage.clientWidth, h = stage.clientHeight, i, a, b, e = D.e;
    ctx.clearRect(0, 0, w, h);
    ctx.strokeStyle = "rgba(110,125,140,0.35)"; ctx.lineWidth = 0.6; ctx.beginPath();
    for (i = 0; i < e.length; i += 2) {
      a = e[i]; b = e[i + 1];
      ctx.moveTo(sx(a), sy(a)); ctx.lineTo(sx(b), sy(b));
    }
    ctx.stroke();
    var zoom = Math.max(0.6, Math.min(2.5, Math.sqrt(scale / 40)));
    for (i = 0; i < N; i++) {
      var x = sx(i), y = sy(i), r = D.r[i] * zoom;
      if (x < -r || y < -r || x > w + r || y > h + r) continue;
      ctx.beginPath(); ctx.arc(x, y, r, 0, 6.2832);
      ctx.fillStyle = D.colours[D.k[i]]; ctx.fill();
    }
    ctx.lineWidth = 2.5; ctx.strokeStyle = "#e67e22";
    hits.concat(hover >= 0 ? [hover] : []).forEach(function (j) {
      ctx.beginPath(); ctx.arc(sx(j), sy(j), D.r[j] * zoom + 4, 0, 6.2832); ctx.stroke();
    });
  }
  function later() { if (!queued) { queued = true; requestAnimationFrame(draw); } }
  function nodeAt(px, py) {
    var best = -1, bd = 100, zoom = Math.max(0.6, Math.min(2.5, Math.sqrt(scale / 40)));
    for (var i = 0; i < N; i++) {
      var dx = sx(i) - px, dy = sy(i) - py, d = dx * dx + dy * dy, r = D.r[i] * zoom + 4;
      if (d <= r * r && d < bd) { bd = d; best = i; }
    }
    return best;
  }
  function zoomAt(px, py, f) {
    ox = px - (px - ox) * f; oy = py - (py - oy) * f; scale *= f; later();
  }
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var b = canvas.getBoundingClientRect();
    zoomAt(ev.clientX - b.left, ev.clientY - b.top, ev.deltaY < 0 ? 1.25 : 0.8);
  }, { passive: false });
  canvas.addEventListener("mousedown", function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, ox: ox, oy: oy }; canvas.classList.add("dragging");
  });
  window.addEventListener("mouseup", function () {
    drag = null; canvas.classList.remove("dragging");
  });
  window.addEventListener("mousemove", function (ev) {
    if (drag) {
      ox = drag.ox + ev.clientX - drag.x; oy = drag.oy + ev.clientY - drag.y;
      tip.style.display = "none"; later(); return;
    }
    var b = canvas.getBoundingClientRect(), px = ev.clientX - b.left, py = ev.clientY - b.top;
    if (px < 0 || py < 0 || px > b.width || py > b.height) return;
    var i = nodeAt(px, py);
    if (i !== hover) { hover = i; later(); }
    if (i < 0) { tip.style.display = "none"; return; }
    var lines = [D.n[i], D.kinds[D.k[i]]], district = D.districts[D.d[i]];
    if (district) lines.push(district);
    tip.textContent = lines.join("\\n");
    tip.style.left = (px + 14) + "px"; tip.style.top = (py + 14) + "px";
    tip.style.display = "block";
  });
  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    hits = [];
    if (q) for (var i = 0; i < N; i++) if (lower[i].indexOf(q) >= 0) hits.push(i);
    document.getElementById("hits").textContent =
      q ? hits.length.toLocaleString("de-DE") + " Treffer" : "";
    if (hits.length) {
      var w = stage.clientWidth, h = stage.clientHeight;
      ox += w / 2 - sx(hits[0]); oy += h / 2 - sy(hits[0]);
    }
    later();
  });
  document.getElementById("zin").onclick = function () {
    zoomAt(stage.clientWidth / 2, stage.clientHeight / 2, 1.25);
  };
  document.getElementById("zout").onclick = function () {
    zoomAt(stage.clientWidth / 2, stage.clientHeight / 2, 0.8);
  };
  document.getElementById("zfit").onclick = function () { fit(null); later(); };
  var legend = document.getElementById("legend");
  D.kinds.forEach(function (name, k) {
    var li = document.createElement("li"), dot = document.createElement("span");
    var text = document.createElement("span");
    dot.className = "dot"; dot.style.background = D.colours[k];
    text.textContent = name + " (" + D.counts[k].toLocaleString("de-DE") + ")";
    li.appendChild(dot); li.appendChild(text); legend.appendChild(li);
  });
  window.addEventListener("resize", function () { size(); later(); });
  size(); fit(D.rect); draw();
})();
</script>
</body>
</html>
"""
