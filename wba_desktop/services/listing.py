"""What a list service is asked for besides the filter: the sort order.

The sort keys are the list services' column keys ("name", "region_name",
"organisation" …), so the value type belongs to the services' API. Views build it
and hand it over without reaching into ``wba_desktop.db``; the services translate a
key into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sort:
    """Sort by a column key of the list service, ascending or descending."""

    key: str = "name"
    ascending: bool = True
