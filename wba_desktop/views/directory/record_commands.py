"""Delete and deactivate records the way a user expects: ask first, never lose links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wba_desktop.services.bundle import Services
from wba_desktop.text import format as fmt
from wba_desktop.views.common.conflict_dialog import guarded
from wba_desktop.views.common.messages import ask


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def delete_organisation(
    parent: QWidget, services: Services, org_id: int, version: int | None = None
) -> None:
    """Delete after asking; a referenced organisation is offered deactivation instead.
    ``version`` is the one the user saw (the list row); changed since, it asks again."""
    orgs = services.organisations
    title = _tr("Organisation löschen")
    detail = orgs.get(org_id)
    seen = detail.version if version is None else version
    people, rels = orgs.usage(org_id)
    if people or rels:

        def answer(i: int) -> None:
            if i == 0:
                deactivate = lambda v: orgs.set_active(org_id, False, expected_version=v)  # noqa: E731
                guarded(parent, title, _tr("deaktivieren"), deactivate, seen)

        ask(
            parent,
            _tr("Organisation löschen"),
            _tr(
                "„%1“ ist mit %2 und %3 verknüpft und kann deshalb nicht gelöscht werden. "
                "Stattdessen deaktivieren?"
            )
            .replace("%1", detail.data.name)
            .replace("%2", fmt.count(people, "Person", "Personen"))
            .replace("%3", fmt.count(rels, "Beziehung", "Beziehungen")),
            [
                (_tr("Deaktivieren"), QMessageBox.ButtonRole.AcceptRole),
                (_tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
            ],
            answer,
        )
        return

    def confirm(i: int) -> None:
        if i == 0:
            delete = lambda v: orgs.delete(org_id, expected_version=v)  # noqa: E731
            guarded(parent, title, _tr("löschen"), delete, seen)

    ask(
        parent,
        _tr("Organisation löschen"),
        _tr("„%1“ endgültig löschen?").replace("%1", detail.data.name),
        [
            (_tr("Löschen"), QMessageBox.ButtonRole.DestructiveRole),
            (_tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
        ],
        confirm,
        default=1,
    )


def delete_person(
    parent: QWidget, services: Services, person_id: int, version: int | None = None
) -> None:
    """Delete a person (and their affiliations) after asking, or only deactivate.
    ``version`` is the one the user saw (the list row); changed since, it asks again."""
    people = services.people
    detail = people.get(person_id)
    seen = detail.version if version is None else version
    links = len(services.affiliations.for_person(person_id))

    def answer(i: int) -> None:
        title = _tr("Person löschen")
        if i == 0:
            delete = lambda v: people.delete(person_id, expected_version=v)  # noqa: E731
            guarded(parent, title, _tr("löschen"), delete, seen)
        elif i == 1:
            deactivate = lambda v: people.set_active(person_id, False, expected_version=v)  # noqa: E731
            guarded(parent, title, _tr("deaktivieren"), deactivate, seen)

    extra = (
        (
            _tr(" Ihre Zuordnung wird mit gelöscht.")
            if links == 1
            else _tr(" Ihre %n Zuordnungen werden mit gelöscht.").replace("%n", fmt.integer(links))
        )
        if links
        else ""
    )
    ask(
        parent,
        _tr("Person löschen"),
        _tr("„%1“ endgültig löschen?").replace("%1", detail.display_name) + extra,
        [
            (_tr("Löschen"), QMessageBox.ButtonRole.DestructiveRole),
            (_tr("Nur deaktivieren"), QMessageBox.ButtonRole.AcceptRole),
            (_tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole),
        ],
        answer,
        default=2,
    )
