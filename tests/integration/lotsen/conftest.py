"""The fixed inquiries and referrals of ``data.py`` as the fixture ``lotsen``."""

from __future__ import annotations

import pytest

from tests.integration.lotsen.data import Fixture, build


@pytest.fixture
def lotsen(uow_factory) -> Fixture:
    return build(uow_factory)
