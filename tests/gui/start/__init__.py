"""GUI tests of the start page's widgets (views/start)."""
