"""Integration tests run on SQLite and, when configured, on PostgreSQL (same code, same tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param
