"""Settings kept in the database, so a whole team shares them (thresholds, rules, our
agency's own organisation)."""

from __future__ import annotations

import json
from typing import Any

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError
from wba_desktop.i18n import _
from wba_desktop.models import AppSetting, Organisation


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


OWN_ORGANISATION = "own_organisation_id"

#: months after an inquiry is closed (or cancelled) when its private inquirer is
#: anonymised automatically (the Lotsen desk's retention; ``lotsen.retention``)
ANONYMISE_MONTHS = "lotsen_anonymise_months"
DEFAULT_ANONYMISE_MONTHS = 6


class AgencySettings:
    """Our own agency's organisation in the directory (shared by the whole team)."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory
        self._shared = SharedSettings(uow_factory)

    def own_organisation(self) -> tuple[int, str] | None:
        """(id, name) of our agency, or None when not set or deleted meanwhile."""
        org_id = self._shared.get(OWN_ORGANISATION)
        if not isinstance(org_id, int):
            return None
        with self._uow() as uow:
            org = uow.session.get(Organisation, org_id)
            return (org.id, org.name) if org is not None else None

    def own_contact(self) -> tuple[str, str]:
        """(name, e-mail) of our agency for files that name an organiser; ("", "")
        when none is set."""
        org_id = self._shared.get(OWN_ORGANISATION)
        if not isinstance(org_id, int):
            return "", ""
        with self._uow() as uow:
            org = uow.session.get(Organisation, org_id)
            return (org.name, org.email) if org is not None else ("", "")

    def set_own_organisation(self, org_id: int | None) -> None:
        if org_id is not None:
            with self._uow() as uow:
                if uow.session.get(Organisation, org_id) is None:
                    raise NotFoundError(_("Diese Organisation gibt es nicht (mehr)."))
        self._shared.set(OWN_ORGANISATION, org_id)
