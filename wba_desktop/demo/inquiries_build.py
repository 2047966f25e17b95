"""Building the rows of the demo inquiries (see ``inquiries``): one inquiry at a time,
with its inquirer, topics, referrals, their follow-up activities, consent and dated
steps, as plain dicts for Core ``executemany``. Nothing here touches the database."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from wba_desktop.demo import inquiries_catalogue as cat
from wba_desktop.demo.directory import _fold_parts, _sorted
from wba_desktop.demo.directory_catalogue import DISTRICTS
from wba_desktop.models import Activity, Person
from wba_desktop.models.lotsen import OUTCOMES, SUCCESSES, Inquiry, Referral
from wba_desktop.services.lotsen.retention import months_before
from wba_desktop.services.privacy.erasure import neutral_name
from wba_desktop.services.privacy.erasure_rules import CLEARED_TEXT
from wba_desktop.services.shared_settings import DEFAULT_ANONYMISE_MONTHS
from wba_desktop.text.fold import search_key, sort_key

DAYS = cat.MONTHS * 30 + 7
ACTIVITY_KIND = "Vermittlung"
FOLLOW_UP = timedelta(days=14)
#: forced statuses: the age in days they get
_AGES = {"neu": (0, 5), "in Klärung": (3, 20), "vermittelt": (15, 45), "abgebrochen": (30, 300),
         "abgeschlossen": (60, 500)}  # fmt: skip
_CANCEL_NOTES = ("Ratsuchende/r hat sich nicht mehr gemeldet", "Anliegen hat sich erledigt",
                 "Anfrage zurückgezogen")  # fmt: skip


def months_after(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months (the inverse of ``months_before``)."""
    return months_before(day, -months)


def _weighted(rng: random.Random, pairs) -> str:
    return rng.choices([k for k, _ in pairs], [w for _, w in pairs])[0]


class Builder:
    def __init__(self, rng, today, ids, regions, topics, *, partners, coordinators, companies,
                 purpose_id, user_name) -> None:  # fmt: skip
        self.rng, self.today, self.ids = rng, today, ids
        self.region_ids = [rid for rid, _ags in regions]
        self.region_weights = [DISTRICTS[ags].weight if ags in DISTRICTS else 5
                               for _rid, ags in regions]  # fmt: skip
        self.topic_ids = topics
        self.topic_names = sorted(topics, key=lambda t: topics[t])
        self.partners, self.coordinators = partners, coordinators
        self.companies_by_region, self.all_companies = companies
        self.purpose_id, self.user_name = purpose_id, user_name
        self.people: list[dict] = []
        self.inquiries: list[dict] = []
        self.topics: list[dict] = []
        self.activities: list[dict] = []
        self.referrals: list[dict] = []
        self.changes: list[dict] = []
        self.consents: list[dict] = []

    # -- one inquiry -----------------------------------------------------------------------
    def inquiry(self, i: int, forced: str | None) -> None:
        rng, today = self.rng, self.today
        age = rng.randint(*_AGES[forced]) if forced else rng.randint(0, DAYS)
        received = today - timedelta(days=age)
        status = forced or self._status(age)
        outcome = ""
        if status == "abgeschlossen":
            k = i - 4  # the forced closed ones take the outcomes in turn
            outcome = OUTCOMES[k] if forced and 0 <= k < len(OUTCOMES) else (
                rng.choices(OUTCOMES, (30, 20, 30, 10, 10))[0])  # fmt: skip
        if i < len(self.region_ids):
            region = self.region_ids[i]
        else:
            region = rng.choices(self.region_ids, self.region_weights)[0]
        kind = _weighted(rng, cat.KIND_WEIGHTS)
        channel = _weighted(rng, cat.CHANNEL_WEIGHTS)
        topics = self._topics(i, kind)
        coordinator_id, coordinator = rng.choice(self.coordinators)
        iid = self.ids(Inquiry)
        org_id, person_id, share = self._inquirer(kind, region, received, channel, coordinator)
        self.inquiries.append({
            "id": iid, "received_on": received, "channel": channel, "inquirer_kind": kind,
            "organisation_id": org_id, "person_id": person_id, "region_id": region,
            "description": rng.choice(cat.DESCRIPTIONS[kind]),
            "urgency": _weighted(rng, cat.URGENCY_WEIGHTS) if i >= 3 else
            ("normal", "eilig", "sehr eilig")[i],
            "status": status, "outcome": outcome, "closed_on": None,
            "coordinator_id": coordinator_id, "share_contact": share, "version": 1,
        })  # fmt: skip
        self.topics += [{"inquiry_id": iid, "topic_id": self.topic_ids[t]} for t in topics]
        self._steps(iid, status, outcome, received, region, topics[0], coordinator)

    def _status(self, age: int) -> str:
        rng = self.rng
        if age <= 7:
            return rng.choices(("neu", "in Klärung", "vermittelt"), (50, 30, 20))[0]
        if age <= 45:
            return rng.choices(("in Klärung", "vermittelt", "abgeschlossen", "abgebrochen"),
                               (10, 50, 30, 10))[0]  # fmt: skip
        return rng.choices(("in Klärung", "vermittelt", "abgeschlossen", "abgebrochen"),
                           (2, 6, 80, 12))[0]  # fmt: skip

    def _topics(self, i: int, kind: str) -> list[str]:
        rng = self.rng
        if i < len(self.topic_names):
            chosen = [self.topic_names[i]]
        else:
            favoured = [t for t in cat.TOPICS_BY_KIND[kind] if t in self.topic_ids]
            pool = favoured if favoured and rng.random() < 0.85 else self.topic_names
            chosen = [rng.choice(pool)]
        if rng.random() < 0.25:
            other = rng.choice(self.topic_names)
            if other not in chosen:
                chosen.append(other)
        return chosen

    def _inquirer(self, kind, region, received, channel, coordinator):
        """(company, person, share contact): a company of the directory, or a new
        private inquirer marked ``inquirer``."""
        rng = self.rng
        if kind == "Unternehmen":
            local = self.companies_by_region.get(region) or self.all_companies
            if not local:
                return None, None, False
            org_id, contact = rng.choice(local)
            return org_id, contact, True
        female = rng.random() < 0.5
        first = rng.choice(cat.FEMALE if female else cat.MALE)
        last = rng.choice(cat.LAST)
        email = ""
        if channel == "E-Mail" or rng.random() < 0.4:
            email = f"{_fold_parts(first)}.{_fold_parts(last)}@post.example".replace(" ", "-")
        pid = self.ids(Person)
        source = f"Anfrage vom {received:%d.%m.%Y} ({channel})"
        consent = rng.random() < 0.6
        phone = f"+49 170 {rng.randint(2_000_000, 9_999_999)}"
        self.people.append({
            "id": pid, "salutation": "Frau" if female else "Herr", "first_name": first,
            "last_name": last, "email": email,
            "phone": "" if email and rng.random() < 0.5 else phone,
            "legal_basis": "Einwilligung" if consent else "öffentliche Aufgabe",
            "data_source": source, "informed_on": received, "inquirer": True,
            "search_key": _fold_parts(first, last, email), "sort_key": _sorted(last, first),
            "active": True, "anonymised_on": None,
        })  # fmt: skip
        if consent and self.purpose_id is not None:
            self.consents.append({
                "person_id": pid, "purpose_id": self.purpose_id, "status": "erteilt",
                "effective_on": received, "source": source, "recorded_by": coordinator,
                "recorded_at": datetime.combine(received, time(10)),
            })  # fmt: skip
        return None, pid, consent and rng.random() < 0.8

    # -- referrals and dated steps -----------------------------------------------------------
    def _day(self, start: date, lo: int, hi: int) -> date:
        return min(self.today, start + timedelta(days=self.rng.randint(lo, hi)))

    def _change(self, iid, day, field, value, note="", referral=None, who="") -> None:
        self.changes.append({
            "inquiry_id": iid, "referral_id": referral, "changed_on": day, "field": field,
            "value": value, "note": note, "user_name": who,
            "recorded_at": datetime.combine(day, time(10, len(self.changes) % 60)),
        })  # fmt: skip

    def _how_many(self, status: str, outcome: str) -> int:
        rng = self.rng
        if status in ("neu", "in Klärung"):
            return 0
        if status == "abgebrochen":
            return rng.choice((0, 0, 1))
        if status == "abgeschlossen" and outcome not in SUCCESSES:
            return rng.choices((0, 1, 2), (40, 45, 15))[0]
        return rng.choices((1, 2, 3), (60, 30, 10))[0]

    def _steps(self, iid, status, outcome, received, region, topic, who) -> None:
        rng, today = self.rng, self.today
        self._change(iid, received, "Status", "neu", "Anfrage aufgenommen", who=who)
        wanted = self._how_many(status, outcome)
        partners = self.partners.candidates(region, topic)
        chosen = rng.sample(partners, min(wanted, len(partners))) if wanted else []
        if status == "vermittelt" and not chosen:  # nobody to refer to: still open
            status = self.inquiries[-1]["status"] = "in Klärung"
        clarify = status == "in Klärung" or not chosen and status == "abgeschlossen"
        clarify = clarify or rng.random() < 0.3
        last = received
        if clarify and status != "neu":
            last = self._day(received, 0, 3)
            self._change(iid, last, "Status", "in Klärung", who=who)
        closed_ok = status == "abgeschlossen"
        first_success = True
        for n, partner in enumerate(chosen):
            referred = self._day(last, 0, 10 if n == 0 else 5)
            if n == 0:
                self._change(iid, referred, "Status", "vermittelt", who=who)
            rid, aid = self.ids(Referral), self.ids(Activity)
            answer, reason, answered = "offen", "", None
            old = (today - referred).days > 10
            if closed_ok:
                answer = "angenommen" if n == 0 or rng.random() < 0.7 else "abgelehnt"
            elif status == "vermittelt":
                # a partner silent for over six weeks has been asked: no year-old follow-ups
                weights = (65, 20, 15) if old else (25, 10, 65)
                if (today - referred).days > 45:
                    weights = (75, 25, 0)
                answer = rng.choices(("angenommen", "abgelehnt", "offen"), weights)[0]
            elif status == "abgebrochen":
                answer = rng.choice(("abgelehnt", "offen"))
            if answer != "offen":
                answered = self._day(referred, 1, 10)
                reason = rng.choice(cat.DECLINE_REASONS) if answer == "abgelehnt" else ""
                self._change(iid, answered, "Antwort", answer, reason, rid, who)
            result, result_on = "", None
            if closed_ok and answer == "angenommen":
                result = outcome if first_success else rng.choice(OUTCOMES)
                first_success = False
                result_on = self._day(answered or referred, 5, 60)
                self._change(iid, result_on, "Ergebnis", result, "", rid, who)
            self.referrals.append({
                "id": rid, "inquiry_id": iid, "organisation_id": partner,
                "contact_person_id": None, "referred_on": referred, "answer": answer,
                "answer_reason": reason, "answered_on": answered, "outcome": result,
                "outcome_on": result_on, "activity_id": aid, "version": 1,
            })  # fmt: skip
            done = result_on or answered
            self.activities.append({
                "id": aid, "happened_on": referred, "kind": ACTIVITY_KIND,
                "subject": f"Vermittlung: {topic}"[:200], "note": "",
                "organisation_id": partner, "person_id": None,
                "due_on": referred + FOLLOW_UP, "responsible": who, "done_on": done,
            })  # fmt: skip
            last = max(last, referred)
            for day in (answered, result_on):
                if day is not None:
                    last = max(last, day)
        if status in ("abgeschlossen", "abgebrochen"):
            closed = self._day(last, 0 if chosen else 2, 8 if chosen else 25)
            note = outcome if status == "abgeschlossen" else rng.choice(_CANCEL_NOTES)
            self._change(iid, closed, "Status", status, note, who=who)
            if outcome:
                self._change(iid, closed, "Ergebnis", outcome, who=who)
            self.inquiries[-1]["closed_on"] = closed
            for a in self.activities[len(self.activities) - len(chosen) :]:
                if a["done_on"] is None:
                    a["done_on"] = closed

    # -- storage limitation ------------------------------------------------------------------
    def anonymise_retired(self, months: int = DEFAULT_ANONYMISE_MONTHS) -> int:
        """The private inquirers the app would have anonymised by now (their inquiry
        closed ``months`` ago, see ``services.lotsen.retention``), in that state: the
        name replaced, contact and source emptied, consents gone, the description
        cleared. The demo opens as a desk that has run for 18 months, not with a
        backlog of hundreds of anonymisations."""
        cutoff = months_before(self.today, months)
        by_person = {p["id"]: p for p in self.people}
        retired = {
            q["person_id"]: q
            for q in self.inquiries
            if q["person_id"] in by_person and q["closed_on"] and q["closed_on"] <= cutoff
        }
        for pid, q in retired.items():
            name = neutral_name(pid)
            by_person[pid].update(
                salutation="", first_name="", last_name=name, email="", phone="",
                data_source="", active=False,
                anonymised_on=min(self.today, months_after(q["closed_on"], months)),
                search_key=search_key(name), sort_key=sort_key(name),
            )  # fmt: skip
            q["description"] = CLEARED_TEXT
        self.consents = [c for c in self.consents if c["person_id"] not in retired]
        return len(retired)
