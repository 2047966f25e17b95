"""Building the import preview row by row (used by ``ImportService.plan`` only).

Each data row is read into organisation and person data (validated by the services'
own checks, see :mod:`~wba_desktop.services.importing.rows`), then linked: to the same
organisation or person named further up in the file (organisations by normalised
name and city, else by name when exactly one of that name has no conflicting address,
see ``lookup.address_conflict``, so a row with a damaged "PLZ Ort" joins its
organisation; people by e-mail or by name at the same organisation), and to existing
records through :class:`~wba_desktop.services.importing.lookup.Lookups` (same rule).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wba_desktop.exchange.mapping import FIELDS, Mapping
from wba_desktop.exchange.spreadsheet import cell_name
from wba_desktop.i18n import _
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.importing.consent_columns import read_row as read_consent_row
from wba_desktop.services.importing.contacts import FieldCleaner
from wba_desktop.services.importing.lookup import Lookups, address_conflict
from wba_desktop.services.importing.offer_columns import OFFER_INPUTS, read_offers
from wba_desktop.services.importing.plan import (
    Action,
    PlannedOrganisation,
    PlannedPerson,
    PlanRow,
    row_head,
)
from wba_desktop.services.importing.rows import (
    AFFILIATION_LIMITS,
    ORG_INPUTS,
    PERSON_INPUTS,
    cell_text,
    read_organisation,
    read_person,
)
from wba_desktop.text import clean as text_rules

_NAMES = frozenset({"last_name", "full_name", "first_name"})
_CONTACTS = frozenset({"email", "phone", "mobile"})


class Planner:
    """Builds the plan row by row, keeping within-file duplicates together."""

    def __init__(
        self, mapping: Mapping, headers: list[Any], lookups: Lookups, default_action: Action
    ) -> None:
        self.mapping = mapping
        self.lookups = lookups
        self.default_action = default_action
        self.cleaner = FieldCleaner()
        self.rows: list[PlanRow] = []
        self.orgs: list[PlannedOrganisation] = []
        self.people: list[PlannedPerson] = []
        self._org_index: dict[tuple[str, str], int] = {}
        self._org_names: dict[str, list[int]] = {}
        self._org_raw: dict[tuple, tuple[OrganisationData, dict[str, str]]] = {}
        # what repeats with the same organisation cells: the warnings about its kind and
        # districts
        self._org_warnings: dict[tuple, list[str]] = {}
        self._labels: dict[str, str] = {}
        self._person_email: dict[str, int] = {}
        self._person_name: dict[tuple[int, tuple[str, str]], int] = {}
        self._person_rows: list[PlanRow] = []  # per planned person: the row naming it first
        self._first_org: dict[int, int] = {}  # planned person -> first organisation named
        cols = sorted(mapping.columns.items())
        self._org_cols = [(c, f) for c, f in cols if f in ORG_INPUTS]
        self._person_cols = [(c, f) for c, f in cols if f in PERSON_INPUTS]
        self._aff_cols = [(c, f) for c, f in cols if f in ("function", "department")]
        self._header_texts = tuple(str(headers[c]) if c < len(headers) else "" for c, _ in cols)
        self._cols = cols
        # per mapped column: its field and which of the row's dicts takes it (see _values)
        self._targets = [
            (c, f, 0 if f in ORG_INPUTS else 1 if f in PERSON_INPUTS else 2) for c, f in cols
        ]
        self._offers = bool(OFFER_INPUTS & set(mapping.columns.values()))
        self._org_links: dict[int, int] = {}  # shared organisation data's id -> orgs index
        self._org_seen: dict[int, str] = {}  # orgs index -> „Organisation wie in Zeile n“
        self._column_of = {f: c for c, f in cols}
        self._headers = headers
        #: „Einwilligung <Zweck>“ columns (set by the service) and the day of the import
        self.consent_columns: list = []
        self.today = date.today()
        #: the topic list for „Leistungen“ (``offer_columns.load_topics``; set by the service)
        self.offer_topics: dict[str, tuple[int, bool]] = {}

    def label_of(self, target: str) -> str:
        """How a message names a field: column letter and the header the user wrote."""
        label = self._labels.get(target)
        if label is None:
            label = self._labels[target] = self._label_of(target)
        return label

    def _label_of(self, target: str) -> str:
        col = self._column_of.get(target)
        if col is None:
            return _(FIELDS.get(target, target))
        header = self._headers[col] if col < len(self._headers) else None
        letter = cell_name(0, col)[:-1]
        if header:
            return _("Spalte {letter} „{header}“").format(letter=letter, header=header)
        return _("Spalte {letter}").format(letter=letter)

    def _values(self, row: list[Any]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """The row's texts per field: organisation, person, affiliation."""
        values: tuple[dict[str, str], dict[str, str], dict[str, str]] = ({}, {}, {})
        n = len(row)
        for c, f, target in self._targets:
            if c < n:
                value = row[c]
                if value is not None:
                    text = value if value.__class__ is str else cell_text(value, f)
                    if text:
                        values[target][f] = text
        return values

    def add(self, index: int, cells: list[Any]) -> None:
        org_values, person_values, aff_values = self._values(cells)
        if not (org_values or person_values or aff_values):
            return  # a blank row
        if self._is_header(cells):
            return  # the header repeated (printed lists repeat it on every page)
        row = PlanRow(row_no=index + 1, cells=cells, action=self.default_action)
        errors: dict[str, str] = {}
        if "tags" in org_values and person_values and not org_values.get("org_name"):
            person_values["tags"] = org_values.pop("tags")  # no organisation: the person's
        if org_values.get("org_name"):
            self._add_org(row, org_values, errors)
            if self._offers and org_values.keys() & OFFER_INPUTS:
                self._read_offers(row, org_values, errors)
        elif org_values and not person_values:
            errors["org_name"] = _("{org_name}: Bitte ausfüllen.").format(
                org_name=self.label_of("org_name")
            )
        elif org_values:
            row.warnings.append(_("Angaben zur Organisation ohne deren Namen nicht übernommen"))
        if not person_values.keys().isdisjoint(_NAMES):
            data, person_errors, warnings = read_person(person_values, self.cleaner, self.label_of)
            errors.update({k: m for k, m in person_errors.items() if k not in errors})
            row.warnings.extend(warnings)
            row.person_data = data
        elif not person_values.keys().isdisjoint(_CONTACTS):
            if row.org_data is None:
                errors["last_name"] = _("Nachname: Bitte ausfüllen.")
            else:
                row.warnings.append(_("Kontaktdaten ohne Namen einer Person nicht übernommen"))
        if aff_values:
            self._read_affiliation(row, aff_values, errors)
        if self.consent_columns:
            self._read_consents(row, cells, errors)
        if not errors and row.org_data is None and row.person_data is None:
            errors["org_name"] = _("Weder Organisation noch Nachname angegeben.")
        if errors:
            row.status = "rejected"
            row.reasons = [self._reason(row.row_no, k, m) for k, m in errors.items()]
            row.org_name, row.person_name = _names(org_values, person_values)
            row.org_data = row.person_data = None
        else:
            self._link(row)
        self.rows.append(row)

    def _read_affiliation(
        self, row: PlanRow, values: dict[str, str], errors: dict[str, str]
    ) -> None:
        """Function and department: cleaned, or the message why not."""
        for name in ("function", "department"):
            text = values.get(name)
            if not text:
                continue
            limit = AFFILIATION_LIMITS[name]
            message = None
            if len(text) > limit or text_rules.has_problem(text):
                message = text_rules.check(self.label_of(name), text, limit)
            if message:
                errors[name] = message
            else:
                setattr(row, name, text_rules.clean(text))

    def _read_offers(self, row: PlanRow, values: dict[str, str], errors: dict[str, str]) -> None:
        topics, groups, problems, warnings = read_offers(values, self.offer_topics, self.label_of)
        errors.update({k: m for k, m in problems.items() if k not in errors})
        row.warnings.extend(warnings)
        row.offer_topics, row.offer_groups = topics, groups

    def _read_consents(self, row: PlanRow, cells: list[Any], errors: dict[str, str]) -> None:
        consents, problems = read_consent_row(self.consent_columns, cells, self.today)
        headers = {c.column: c.header for c in self.consent_columns}
        for col, message in problems.items():
            errors[f"consent_{col}"] = f"{headers[col]}: {message}"
        if consents and row.person_data is None and not problems:
            errors["consent"] = _("Einwilligung ohne Person (Nachname fehlt).")
        row.consents = consents

    def _is_header(self, cells: list[Any]) -> bool:
        if not self._cols:
            return False
        first = self._cols[0][0]
        if first >= len(cells) or str(cells[first]) != self._header_texts[0]:
            return False
        texts = tuple(str(cells[c]) if c < len(cells) else "" for c, _ in self._cols)
        return texts == self._header_texts

    def _reason(self, row_no: int, target: str, message: str) -> str:
        """``Zeile 7, Spalte H „E-Mail“: „x@“ ist keine gültige E-Mail-Adresse.``"""
        if target.startswith("consent"):  # the message starts with the column's header
            return f"{row_head(row_no)}, {message}"
        if target in self._column_of:
            _field, _sep, rest = message.partition(": ")
            return f"{row_head(row_no)}, {self.label_of(target)}: {rest or message}"
        return f"{row_head(row_no)}: {message}"

    def _add_org(self, row: PlanRow, values: dict[str, str], errors: dict[str, str]) -> None:
        raw = tuple(values.items())  # in column order: the same for the same cells
        cached = self._org_raw.get(raw)
        if cached is None:
            data, org_errors = read_organisation(values, self.cleaner, self.label_of)
            if not org_errors:
                self._resolve_refs(data, values, row)
            cached = self._org_raw[raw] = (data, org_errors)
        else:
            warnings = self._org_warnings.get(raw)
            if warnings is None:
                warnings = self._org_warnings[raw] = self._ref_warnings(values)
            row.warnings.extend(warnings)
        data, org_errors = cached
        errors.update(org_errors)
        row.org_data = data

    def _resolve_refs(self, data: OrganisationData, values: dict[str, str], row: PlanRow) -> None:
        lk = self.lookups
        data.type_id = lk.type_id(values.get("org_type", ""))
        data.region_id = lk.region_id(values.get("region", ""), data.city)
        if values.get("coverage", "").strip():  # an empty cell keeps what is stored
            data.coverage_region_ids = lk.region_ids(values["coverage"])[0]
        row.warnings.extend(self._ref_warnings(values))

    def _ref_warnings(self, values: dict[str, str]) -> list[str]:
        out = []
        kind = values.get("org_type", "")
        if kind and not self.lookups.knows_type(kind):
            out.append(
                f"{self.label_of('org_type')}: „{kind}“ unbekannt, als „Sonstige“ übernommen"
            )
        region = values.get("region", "")
        if region and self.lookups.region_id(region, "") is None:
            out.append(
                f"{self.label_of('region')}: „{region}“ ist kein Landkreis in Sachsen-Anhalt"
            )
        unknown = self.lookups.region_ids(values.get("coverage", ""))[1]
        if unknown:
            names = ", ".join(f"„{u}“" for u in unknown)
            out.append(
                f"{self.label_of('coverage')}: {names} ist kein Landkreis in Sachsen-Anhalt"
                if len(unknown) == 1
                else f"{self.label_of('coverage')}: {names} sind keine Landkreise in Sachsen-Anhalt"
            )
        return out

    def _link(self, row: PlanRow) -> None:
        """Find the row's organisation and person in the file above and in the database."""
        if row.org_data is not None:
            data = row.org_data
            idx = self._org_links.get(id(data))  # rows of the same cells share their data
            if idx is not None:  # linked before: nothing new to learn from the same cells
                row.matches.append(self._same_org(idx))
                row.organisation = idx
            else:
                self._link_org(row, data)
        if row.person_data is not None:
            self._link_person(row)
        row.status = "match" if row.matches else "new"
        row.action = self.default_action if row.matches else Action.NEW

    def _link_org(self, row: PlanRow, data: OrganisationData) -> None:
        """The row's organisation: one planned further up (same name and city, else the
        one of that name without a conflicting address), or a new one, matched to the
        database. Where name and city decided, later rows of the same cells take the
        same one without asking again."""
        lk = self.lookups
        key = lk.org_key(data.name, data.city)
        idx = self._org_index.get(key) if key[1] else None  # same name and city
        if idx is None:  # the same name and no conflicting address: the same one
            fits = [
                i
                for i in self._org_names.get(key[0], [])
                if not address_conflict(
                    data.city, data.postcode, self.orgs[i].data.city, self.orgs[i].data.postcode
                )
            ]
            idx = fits[0] if len(fits) == 1 else None
        if idx is None:
            idx = self._org_index[key] = len(self.orgs)
            self._org_names.setdefault(key[0], []).append(idx)
            match = lk.match_org(data.name, data.city, data.postcode)
            planned = PlannedOrganisation(
                data=_copy_org(data),
                first_row=row.row_no,
                match_id=match[0] if match else None,
                match_label=match[1] if match else "",
                type_given="org_type" in self._column_of,
                region_given="region" in self._column_of,
            )
            self.orgs.append(planned)
            if match:
                row.matches.append(
                    _("Organisation „{match}“ ist schon vorhanden").format(match=match[1])
                )
        else:
            planned = self.orgs[idx]
            row.matches.append(self._same_org(idx))
            for part in ("city", "postcode"):  # a damaged first row learns its address
                if not getattr(planned.data, part) and getattr(data, part):
                    setattr(planned.data, part, getattr(data, part))
        row.organisation = idx
        if key[1] and self._org_index.get(key) == idx:  # decided by name and city for good
            self._org_links[id(data)] = idx

    def _same_org(self, idx: int) -> str:
        """„Organisation wie in Zeile n“ for the planned organisation ``idx``."""
        text = self._org_seen.get(idx)
        if text is None:
            text = self._org_seen[idx] = _("Organisation wie in Zeile {first_row}").format(
                first_row=self.orgs[idx].first_row
            )
        return text

    def _link_person(self, row: PlanRow) -> None:
        data = row.person_data
        email = data.email.lower()
        # within the file the same spelling counts (cheap); the database match below
        # folds umlaut spellings like PersonService.find_duplicates
        name = (data.last_name.casefold(), data.first_name.casefold())
        idx = self._person_email.get(email) if email else None
        if idx is None and row.organisation is not None:
            idx = self._person_name.get((row.organisation, name))
        if idx is not None:
            row.matches.append(
                _("Person wie in Zeile {first_row}").format(first_row=self.people[idx].first_row)
            )
        else:
            idx = len(self.people)
            planned = PlannedPerson(data=data, first_row=row.row_no)
            match = self.lookups.match_person_email(email) if email else None
            if match:
                planned.match_id, planned.match_reason = match, "gleiche E-Mail-Adresse"
                row.matches.append(
                    _("Person mit der E-Mail-Adresse {email} ist vorhanden").format(
                        email=data.email
                    )
                )
            self.people.append(planned)
            self._person_rows.append(row)
        if email:
            self._person_email.setdefault(email, idx)
        if row.organisation is not None:
            self._person_name.setdefault((row.organisation, name), idx)
            self._first_org.setdefault(idx, row.organisation)
        row.person = idx

    def match_people_by_name(self, session) -> None:
        """People without an e-mail match: same name at the same (existing) organisation."""
        wanted: dict[tuple[int, str], list[int]] = {}
        for pidx, oidx in self._first_org.items():
            person, org = self.people[pidx], self.orgs[oidx]
            if person.match_id is None and org.match_id is not None:
                key = self.lookups.person_name_key(person.data.last_name, person.data.first_name)
                wanted.setdefault((org.match_id, key), []).append(pidx)
        if not wanted:
            return
        found = self.lookups.people_at(session, {oid for oid, _ in wanted})
        by_person: dict[int, int] = {}
        for key, pidxs in wanted.items():
            pid = found.get(key)
            if pid is not None:
                for pidx in pidxs:
                    self.people[pidx].match_id = pid
                    self.people[pidx].match_reason = "gleicher Name bei derselben Organisation"
                    by_person[pidx] = pid
        for pidx in by_person:
            row = self._person_rows[pidx]  # the row naming the person first
            row.matches.append(
                _("Person „{label}“ ist bei der Organisation vorhanden").format(
                    label=self.people[pidx].label
                )
            )
            row.status, row.action = "match", self.default_action


def _copy_org(data: OrganisationData) -> OrganisationData:
    return OrganisationData(**{**data.__dict__, "tags": list(data.tags)})


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(org: dict[str, str], person: dict[str, str]) -> tuple[str, str]:
    """Organisation and person a row names, from its cells as written (for a rejected
    row, whose data did not pass the checks)."""
    name = person.get("full_name") or " ".join(
        person[k] for k in ("first_name", "last_name") if person.get(k)
    )
    return _short(org.get("org_name", "")), _short(name)
