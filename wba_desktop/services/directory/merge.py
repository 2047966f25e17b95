"""Merging two duplicate records („Zusammenführen“): organisations or people.

:meth:`MergeService.preview_organisations` / :meth:`~MergeService.preview_people`
show both records field by field and what each carries; ``merge_organisations`` /
``merge_people`` then, in one unit of work: check that neither record changed since
the preview (``expected_versions``; else :class:`~wba_desktop.errors.StaleEdit` and
nothing changes), give the survivor the chosen value per field (tags united), move
everything pointing at the other record to the survivor (``merge_orgs``,
``merge_people``), delete the other record, and write a merge entry into the audit
log on the survivor naming the other record (label and number) and what moved. The
other record's deletion is logged as every deletion is.

For people the data protection fields follow fixed rules, never a choice: the
earliest „informiert am“, a restriction of either stays, the earliest objection
stays, the later review date; an anonymised person cannot be merged.

Who may merge: both roles of the team database may delete organisations and people
(``db/roles.py``), so merging needs no privilege of its own; a login without DELETE
gets the database's refusal as :class:`~wba_desktop.errors.PermissionDeniedError`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import fields as dc_fields
from datetime import date

from sqlalchemy.orm import Session

from wba_desktop.db import UnitOfWorkFactory, audit
from wba_desktop.db.audit_merges import MERGED_ID
from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import AppSetting, Organisation, Person
from wba_desktop.models.base import utcnow
from wba_desktop.services.conflicts import plain
from wba_desktop.services.directory import organisation_rules as org_rules
from wba_desktop.services.directory import person_rules
from wba_desktop.services.directory.merge_fields import (
    MergeField,
    MergePreview,
    MergeResult,
    MergeSide,
    blank,
    check_choices,
    chosen,
    moved_sentence,
)
from wba_desktop.services.directory.merge_orgs import move_organisation_links, organisation_links
from wba_desktop.services.directory.merge_people import move_person_links, person_links
from wba_desktop.services.shared_settings import OWN_ORGANISATION

log = logging.getLogger(__name__)

ORGANISATIONS, PEOPLE = "organisations", "people"
#: the notes fields, whose texts may be joined
NOTES = {"notes"}
#: fields whose values of both records are united, not chosen
UNITED = ("tags", "coverage_region_ids")
#: people's data protection fields a user chooses like any other field
PERSON_PRIVACY_CHOICES = {
    "legal_basis": "Rechtsgrundlage",
    "data_source": "Herkunft der Daten",
    "review_note": "Grund der Aufbewahrung",
}
#: people's data protection fields a rule decides: label, rule text
PERSON_PRIVACY_RULES = {
    "informed_on": ("Informiert am", "das frühere Datum"),
    "restricted": ("Verarbeitung eingeschränkt", "bleibt eingeschränkt, wenn einer es ist"),
    "objected_on": ("Widerspruch am", "ein Widerspruch bleibt bestehen (das frühere Datum)"),
    "review_after": ("Nächste Prüfung", "das spätere Datum"),
}


def _min_date(a: date | None, b: date | None) -> date | None:
    return min(d for d in (a, b) if d is not None) if a or b else None


def _max_date(a: date | None, b: date | None) -> date | None:
    return max(d for d in (a, b) if d is not None) if a or b else None


def org_label(org: Organisation) -> str:
    return f"{org.name} ({org.city})" if org.city else org.name


def person_label(p: Person) -> str:
    name = person_rules.person_name(p)
    return f"{name} <{p.email}>" if p.email else name


def _field_rows(
    data_a, data_b, labels: Mapping[str, str], show: Callable[[str, object], str]
) -> list[MergeField]:
    out = []
    for name, label in labels.items():
        va, vb = getattr(data_a, name), getattr(data_b, name)
        united = name in UNITED  # tags and covered districts: both kept
        out.append(
            MergeField(
                name,
                label,
                show(name, va),
                show(name, vb),
                blank(va),
                blank(vb),
                both_allowed=not united and name in NOTES,
                choosable=not united,
                rule="beide zusammen" if united else "",
            )
        )
    return out


class MergeService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- previews ----------------------------------------------------------------------
    def preview_organisations(self, a_id: int, b_id: int) -> MergePreview:
        """Both organisations field by field and what each carries."""
        with self._uow() as uow:
            s = uow.session
            a, b = (org_rules.current_record(s, i, None) for i in self._two(a_id, b_id))
            da, db = org_rules.data_of(a), org_rules.data_of(b)
            rows = _field_rows(da, db, org_rules.FIELD_LABELS, org_rules.shower(s))
            return MergePreview(
                ORGANISATIONS,
                MergeSide(a.id, a.version, org_label(a), organisation_links(s, a.id)),
                MergeSide(b.id, b.version, org_label(b), organisation_links(s, b.id)),
                tuple(rows),
            )

    def preview_people(self, a_id: int, b_id: int) -> MergePreview:
        """Both people field by field (data protection fields with their rule) and
        what each carries."""
        with self._uow() as uow:
            s = uow.session
            a, b = (person_rules.current_record(s, i, None) for i in self._two(a_id, b_id))
            self._not_anonymised(a, b)
            da, db = person_rules.data_of(a), person_rules.data_of(b)
            rows = _field_rows(da, db, person_rules.FIELD_LABELS, lambda _n, v: plain(v))
            for name, label in PERSON_PRIVACY_CHOICES.items():
                va, vb = getattr(a, name), getattr(b, name)
                rows.append(MergeField(name, label, plain(va), plain(vb), blank(va), blank(vb)))
            for name, (label, rule) in PERSON_PRIVACY_RULES.items():
                va, vb = getattr(a, name), getattr(b, name)
                rows.append(
                    MergeField(name, label, plain(va), plain(vb), blank(va), blank(vb), False, rule)
                )
            return MergePreview(
                PEOPLE,
                MergeSide(a.id, a.version, person_label(a), person_links(s, a.id)),
                MergeSide(b.id, b.version, person_label(b), person_links(s, b.id)),
                tuple(rows),
            )

    # -- merging -----------------------------------------------------------------------
    def merge_organisations(
        self,
        survivor_id: int,
        other_id: int,
        choices: Mapping[str, str],
        expected_versions: Mapping[int, int] | None = None,
    ) -> MergeResult:
        """Merge organisation ``other_id`` into ``survivor_id`` (see the module)."""
        names = set(org_rules.FIELD_LABELS) - set(UNITED)
        check_choices(choices, names, NOTES)
        versions = expected_versions or {}
        with self._uow() as uow:
            s = uow.session
            keep_id, gone_id = self._two(survivor_id, other_id)
            keep = org_rules.current_record(s, keep_id, versions.get(keep_id))
            gone = org_rules.current_record(s, gone_id, versions.get(gone_id))
            mine, theirs = org_rules.data_of(keep), org_rules.data_of(gone)
            values = {
                f.name: chosen(f.name, choices, getattr(mine, f.name), getattr(theirs, f.name))
                for f in dc_fields(mine)
                if f.name not in UNITED
            }
            data = org_rules.OrganisationData(
                **values,
                tags=sorted({*mine.tags, *theirs.tags}, key=str.casefold),
                coverage_region_ids=sorted(
                    {*(mine.coverage_region_ids or ()), *(theirs.coverage_region_ids or ())}
                ),
            )
            data = org_rules.validate(data)
            org_rules.check_refs(s, data)
            label = org_label(gone)
            moved, joined, dropped = move_organisation_links(s, keep.id, gone.id)
            org_rules.apply_to(keep, data, s)
            keep.updated_at = utcnow()  # a merge is a change of the survivor
            own = s.get(AppSetting, OWN_ORGANISATION)  # our agency was the other record
            if own is not None and own.value.strip() == json.dumps(gone.id):
                own.value = json.dumps(keep.id)
            result = MergeResult(ORGANISATIONS, keep.id, gone.id, label, moved, joined, dropped)
            self._finish(s, "organisation", keep, gone, result)
            uow.commit()
        log.info("organisation %s merged into %s", other_id, survivor_id)
        return result

    def merge_people(
        self,
        survivor_id: int,
        other_id: int,
        choices: Mapping[str, str],
        expected_versions: Mapping[int, int] | None = None,
    ) -> MergeResult:
        """Merge person ``other_id`` into ``survivor_id`` (see the module)."""
        names = (set(person_rules.FIELD_LABELS) - {"tags"}) | set(PERSON_PRIVACY_CHOICES)
        check_choices(choices, names, NOTES)
        versions = expected_versions or {}
        with self._uow() as uow:
            s = uow.session
            keep_id, gone_id = self._two(survivor_id, other_id)
            keep = person_rules.current_record(s, keep_id, versions.get(keep_id))
            gone = person_rules.current_record(s, gone_id, versions.get(gone_id))
            self._not_anonymised(keep, gone)
            mine, theirs = person_rules.data_of(keep), person_rules.data_of(gone)
            values = {
                f.name: chosen(f.name, choices, getattr(mine, f.name), getattr(theirs, f.name))
                for f in dc_fields(mine)
                if f.name != "tags"
            }
            data = person_rules.PersonData(
                **values, tags=sorted({*mine.tags, *theirs.tags}, key=str.casefold)
            )
            data = person_rules.validate(data)
            privacy = {
                name: chosen(name, choices, getattr(keep, name), getattr(gone, name))
                for name in PERSON_PRIVACY_CHOICES
            }
            privacy.update(
                informed_on=_min_date(keep.informed_on, gone.informed_on),
                restricted=bool(keep.restricted or gone.restricted),
                objected_on=_min_date(keep.objected_on, gone.objected_on),
                review_after=_max_date(keep.review_after, gone.review_after),
            )
            label = person_label(gone)
            moved, joined, dropped = move_person_links(s, keep.id, gone.id)
            person_rules.apply_to(keep, data, s)
            for name, value in privacy.items():
                setattr(keep, name, value)
            keep.updated_at = utcnow()
            result = MergeResult(PEOPLE, keep.id, gone.id, label, moved, joined, dropped)
            self._finish(s, "person", keep, gone, result)
            uow.commit()
        log.info("person %s merged into %s", other_id, survivor_id)
        return result

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _two(a_id: int, b_id: int) -> tuple[int, int]:
        if a_id == b_id:
            raise ValidationError(
                {"other_id": _("Ein Datensatz lässt sich nicht mit sich selbst zusammenführen.")}
            )
        return a_id, b_id

    @staticmethod
    def _not_anonymised(*people: Person) -> None:
        for p in people:
            if p.anonymised_on is not None:
                raise ValidationError(
                    {"other_id": _("Eine anonymisierte Person lässt sich nicht zusammenführen.")}
                )

    @staticmethod
    def _finish(s: Session, table: str, keep, gone, result: MergeResult) -> None:
        """Flush the survivor, log the merge on it, then delete the other record."""
        s.flush()
        moved = {k: result.moved.get(k, 0) + result.joined.get(k, 0) for k in result.moved}
        moved.update({k: v for k, v in result.joined.items() if k not in moved})
        audit.bulk(
            s,
            table,
            audit.CHANGED,
            [keep.id],
            {
                "merged_with": [None, f"{result.other_label} (Nr. {gone.id})"],
                MERGED_ID: [None, gone.id],
                "merged_moved": [None, moved_sentence(moved)],
            },
        )
        s.delete(gone)
        s.flush()
