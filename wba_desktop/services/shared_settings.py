"""Settings kept in the database, so a whole team shares them (thresholds, rules)."""

from __future__ import annotations

import json
from typing import Any

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.models import AppSetting


class SharedSettings:
    """JSON values by key; a missing key gives the caller's default."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def get(self, key: str, default: Any = None) -> Any:
        with self._uow() as uow:
            row = uow.session.get(AppSetting, key)
            if row is None:
                return default
            try:
                return json.loads(row.value)
            except json.JSONDecodeError:
                return default

    def set(self, key: str, value: Any) -> None:
        with self._uow() as uow:
            row = uow.session.get(AppSetting, key)
            if row is None:
                row = AppSetting(key=key)
                uow.session.add(row)
            row.value = json.dumps(value, ensure_ascii=False)
            uow.commit()
