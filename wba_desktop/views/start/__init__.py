"""The start page's widgets: the count tiles, the cards with their fitted tables and the
partner chart (the page itself is views/shell/start_view.py)."""
