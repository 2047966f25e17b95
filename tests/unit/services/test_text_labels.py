"""Every text column has a German label for messages, or is derived (cut to length)."""

from __future__ import annotations

from sqlalchemy import String

from wba_desktop.db.labels import DERIVED, label
from wba_desktop.models import Base


def test_every_text_column_has_a_german_label():
    unlabelled = [
        f"{t.name}.{c.name}"
        for t in Base.metadata.sorted_tables
        for c in t.columns
        if isinstance(c.type, String) and c.name not in DERIVED and label(t.name, c.name) == c.name
    ]
    assert unlabelled == []
    assert label("person", "last_name") == "Nachname"
    assert label("verbund", "name") == "Name"
