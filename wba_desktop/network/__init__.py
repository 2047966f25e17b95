"""The multiplier network as a graph: built from the database, laid out, analysed, exported.

No Qt here (a layering test guards it): the canvas in ``wba_desktop.views.network``
draws what these modules compute, and the CLI (``wba-desktop graph``) exports it.

- ``graph``: ``GraphOptions`` and ``build_graph`` (two Core queries, one ``networkx.Graph``)
- ``layout``: fast force-directed and grouped layouts; ``positions``: stored positions
  (in the database); ``saved_views``: named views („Ansichten“)
- ``metrics``: the analysis panel (``centrality``: vectorised betweenness, closeness,
  eigenvector; ``cuts``: cut points and bridges explained in German words)
- ``gaps``: which kinds of multiplier are missing per district or WBA region (by seat
  or by coverage, „Zuständigkeit“)
- ``suggest``: introductions worth making (closing a gap, common partners), with the
  German reason
- ``export``: GEXF/GraphML for Gephi, PNG/SVG/PDF drawings without Qt
- ``view_export``: a view as a picture or a self-contained HTML page (``html_export``)
- ``service``: ``NetworkService``, the one entry point for the GUI and the CLI
- ``synthetic``: realistic random networks for benchmarks and tests
"""
